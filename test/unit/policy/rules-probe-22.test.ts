/**
 * Probe round 22 (the fourth 2026-12-03 session's sixth round), run through
 * the real policy file and engine: test/fixtures/probes/probe-22.jsonl holds
 * angry but legitimate customers (an outage, a wiped allow-list, a long hold,
 * a closed ticket, a complaint to management, swearing at a situation) in
 * both languages, with a few of the same messages turned into harassment by
 * one buried sentence, written before the rules were read. Two false alarms
 * and one extra category were fixed: c13.veto.product_scorn also clears "what
 * a joke of a release", and en.insult.you_noun's crime claim told to others
 * also covers one heard or read by others ("every forum will hear that
 * you're crooks"). Two English calm complaints are still flagged by the
 * statistical backstop as insults and are listed as known: its model scores
 * "Stop sending me canned answers. I need an engineer who has actually read
 * the logs" and "Your agent closed the ticket without asking me … please
 * don't do that again" far above its threshold (1.74 against 0.19 for the
 * first), which a veto should not paper over; the backstop needs such
 * complaints among its training negatives.
 */
import { describeProbeRound } from '../../support/rule-engine.js';
import type { GuardTable } from '../../support/rule-engine.js';

const EN_GUARDS: GuardTable[] = [
  {
    id: 'c13.veto.product_scorn',
    category: 'insult',
    calm: [
      'Honestly, what a joke of a release. Please roll the connector on our tenant back to 4.1.',
      'What a mess of an update. Can you tell us when the fix ships?',
      'What an absolute disaster of a migration. We need the old rules restored today.',
    ],
    kept: ['What a joke of a release, you idiots.', 'What a joke you are.', 'What a joke of a support team.'],
  },
  {
    id: 'en.insult.you_noun',
    category: 'insult',
    calm: [
      "We pay for Premium. I expect a full refund, or every forum will hear that you're crooks.",
      'Everyone in our sector will read that you are thieves.',
      'The whole association will learn that you are frauds.',
    ],
    kept: ["You're crooks.", 'Every forum will hear about it, you thieves.', 'You are frauds and liars.'],
  },
];

describeProbeRound(
  22,
  { en: 13, ja: 12 },
  {
    'p22-en-005': 'a calm complaint about canned answers, flagged as an insult by the backstop (see above)',
    'p22-en-008':
      'a calm complaint about a ticket closed without asking, flagged as an insult by the backstop (see above)',
    'p22-en-012':
      'a callback demanded within 5 minutes beside a threat to drag someone out: violence, and the engine also reads the 5-minute deadline as excessive, which the words allow',
  },
  { en: EN_GUARDS },
);
