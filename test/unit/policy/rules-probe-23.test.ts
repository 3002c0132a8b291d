/**
 * Probe round 23 (the fifth 2026-12-03 session), run through the real policy
 * file and engine: test/fixtures/probes/probe-23.jsonl holds angry but
 * legitimate customers again (sarcasm about canned replies and closed
 * tickets, swearing at a situation, a status page that lied, a renewal in
 * doubt, lawyers consulted calmly, an overcharge, a manager asked for) in
 * both languages, and the same messages turned into harassment by one
 * sentence, written before the rules were read. Of its 56 items, 5 were
 * judged wrongly before the fixes and none after: an overcharge refunded "as
 * your terms require" (two twin monetary rules), a named contact asked for
 * within the customer's plan, an engineer wanted at the customer's office
 * "every night until" it is fixed (an excessive demand, not the customer's
 * own contact), and the customer's own calls (毎日何十回でも電話します) read
 * as a demand for daily calls. One label was corrected: a fix demanded
 * "tonight" under a threat is also excessive, as the corpus labels deadlines.
 */
import { describeProbeRound } from '../../support/rule-engine.js';
import type { GuardTable } from '../../support/rule-engine.js';

const EN_GUARDS: GuardTable[] = [
  {
    id: 'en.b.monetary.refund_period',
    category: 'monetary',
    calm: [
      'The invoice is wrong again. Correct it and refund the difference, as your terms require.',
      'Refund the difference as your order form allows, please.',
      'Please refund the difference, as the agreement says.',
    ],
    kept: ['Refund the difference, now.', 'I want the difference refunded, terms or no terms.'],
  },
  {
    id: 'en.x.monetary.refund_inconvenience',
    category: 'monetary',
    calm: [
      'We were overcharged for March. Please refund the difference as the contract states.',
      'Could you refund the price difference, as our agreement provides?',
    ],
    kept: [
      'We expect a refund for the inconvenience, as your terms say nothing about it.',
      'I want a full refund for all the stress, beyond the SLA.',
    ],
  },
  {
    id: 'en.excessive.dedicated',
    category: 'excessive',
    calm: [
      "Nobody owns this. I'd like a single named contact until it's resolved, within our support plan.",
      'Could we get a named contact for the rollout, within our Enterprise plan?',
    ],
    kept: [
      'I want a dedicated engineer, within the plan or not.',
      'I want a dedicated engineer on this from now on.',
      'Give us a named contact person starting today.',
    ],
  },
  {
    id: 'en.persistence.interval_until',
    category: 'persistence',
    calm: [
      'I expect an engineer at our office in Osaka tonight, and every night until this is fixed, at no cost.',
      'I want a technician on our site every morning until the migration is done.',
      'Send someone to our office every day until the outage is over.',
    ],
    kept: [
      'I will call every hour until someone fixes it.',
      "I'll come to your office every day until you refund me.",
      "I'll email your engineer every hour until this is fixed.",
    ],
  },
];

const JA_GUARDS: GuardTable[] = [
  {
    id: 'ja.f.excessive.regular_calls',
    category: 'excessive',
    calm: [
      '解決するまで毎日何十回でも電話しますので覚悟してください。',
      '毎朝こちらから電話しますから、出てください。',
    ],
    kept: ['毎朝8時に担当の方から電話でご報告いただけないでしょうか。', '毎日電話で進捗を報告してください。'],
  },
];

describeProbeRound(23, { en: 36, ja: 20 }, {}, { en: EN_GUARDS, ja: JA_GUARDS });
