/**
 * Probe round 29 (the fifth 2026-12-03 session's seventh round), run through
 * the real policy file and engine: test/fixtures/probes/probe-29.jsonl holds
 * long, heated but legitimate mails (payroll notices quarantined three
 * times, a missed release date, tickets closed unresolved, a non-renewal, a
 * clinic's reminders broken) with signatures and paragraphs, in the
 * corpus's style, and the same mails turned into demands or harassment.
 * Written before the rules were read; of its 16 items, 3 were judged
 * wrongly before the fix and 2 after. Fixed: advice the customer reports
 * being given ("the chatbot keeps telling me to restart my router") is no
 * request about an appliance (en.unrelated.appliance). Known: a threat to
 * make a named engineer known across the industry as a liar, labelled
 * defamation and privacy here, is read as defamation with intimidation (en)
 * or with an insult (ja); the words allow either reading.
 */
import { describeProbeRound } from '../../support/rule-engine.js';
import type { GuardTable } from '../../support/rule-engine.js';

const EN_GUARDS: GuardTable[] = [
  {
    id: 'en.unrelated.appliance',
    category: 'unrelated',
    calm: [
      'Also, the chatbot keeps telling me to restart my router, which has nothing to do with this. Could a human look at the logs?',
      'Your agent told us to reboot the office router. Done, still broken. Can you check the connector?',
    ],
    kept: [
      'Can you fix my home router? It drops every evening.',
      'Could you help me set up my new printer at home?',
    ],
  },
];

describeProbeRound(
  29,
  { en: 10, ja: 6 },
  {
    'p29-en-008':
      'a named engineer to be known across the industry as a liar: read as defamation with intimidation (en.a.intimidation.name_spread_internally) where the label has privacy; the words allow both',
    'p29-ja-005':
      '担当エンジニアの名前を調べて、業界中に嘘つきだと言いふらします: read as defamation with an insult (嘘つき) where the label has privacy; the words allow both',
  },
  { en: EN_GUARDS },
);
