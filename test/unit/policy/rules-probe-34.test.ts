/**
 * Probe round 34 (the sixth 2026-12-03 session's fifth round), run through
 * the real policy file and engine: test/fixtures/probes/probe-34.jsonl holds
 * monetary and exchange demands put indirectly (a goodwill gesture of
 * ¥500,000, three free months, staff overtime, a consultant, lost sales, a
 * hotel; a free move to a higher tier, keys replaced for their colour) and,
 * for each, a calm twin (an SLA credit claimed under its clause, a double
 * charge refunded, a pro-rata refund under the contract, a warranty
 * replacement, a downgrade the terms allow, a credit promised in writing).
 * Written before the rules were read; of its 32 items, 2 were judged
 * wrongly before the fixes and none after: 払ってもらいます is read by
 * ja.x.monetary.bear_costs, and en.r.exchange.dislike_replace is new.
 */
import { describeProbeRound } from '../../support/rule-engine.js';
import type { GuardTable } from '../../support/rule-engine.js';

const JA_GUARDS: GuardTable[] = [
  {
    id: 'ja.x.monetary.bear_costs',
    category: 'monetary',
    calm: [
      'コンサルの費用を当社で払ってもらいます、と経理から連絡がありました。社内の話ですのでお気になさらず。',
    ],
    kept: ['御社の尻拭いのために雇ったコンサルの費用を払ってもらいます。'],
  },
];

describeProbeRound(34, { en: 16, ja: 16 }, {}, { ja: JA_GUARDS });
