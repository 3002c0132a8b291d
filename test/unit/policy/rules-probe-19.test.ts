/**
 * Probe round 19 (the fourth 2026-12-03 session's third round), run through
 * the real policy file and engine: test/fixtures/probes/probe-19.jsonl holds
 * harassment and calm items alike in both languages, written before the
 * rules were read, for the border of violence and intimidation (a physical
 * harm implied, a non-physical threat to the agent's job) beside calm
 * escalations, technical uses of violent words and a reply announced to a
 * board, and for defamation beside insult. The round's new rules are in
 * en-reach.yaml and ja-reach.yaml and tested in rules-en-reach and
 * rules-ja-reach; this file tests the guard it widened in en.yaml:
 * en.insult.collective_noun no longer reads a crime claim told to others
 * ("Everyone will know you're a bunch of con artists") as an insult as well
 * as defamation, as en.insult.you_noun already does.
 */
import { describeProbeRound } from '../../support/rule-engine.js';
import type { GuardTable } from '../../support/rule-engine.js';

const EN_GUARDS: GuardTable[] = [
  {
    id: 'en.insult.collective_noun',
    category: 'insult',
    calm: [
      "Everyone will know you're a bunch of con artists.",
      // (en.insult.you_noun's unless as well; "telling … that you are a pack of liars" is still an insult to the backstop)
      'We are warning our partners that you are a gang of crooks.',
      'I will post everywhere that you are a bunch of thieves.',
    ],
    kept: [
      "You're a bunch of con artists.",
      'What a bunch of clowns you are.',
      "Everyone will know you're a bunch of morons.",
    ],
  },
];

describeProbeRound(
  19,
  { en: 23, ja: 15 },
  {
    'p19-en-006':
      'a threat to pursue the agent "until you\'re off this account": intimidation, and the engine also reads "I won\'t stop until" as persistence, which the words allow',
  },
  { en: EN_GUARDS },
);
