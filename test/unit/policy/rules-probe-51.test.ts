/**
 * Probe round 51 (the seventh 2026-12-03 session's eleventh round), run
 * through the real policy file and engine: test/fixtures/probes/probe-51.jsonl
 * holds excessive demands, the weakest demand category in the pooled blind
 * sets (a change window every Sunday at 2am on the Standard plan, a warehouse
 * visit with remote refused, a custom connector unpaid, a VP's report every
 * evening, free training, five-minute answers day or night), each beside a
 * calm twin inside the plan or offered as paid. Written before the rules
 * were read; of its 21 items, 2 were judged wrongly before the fixes and
 * none after.
 */
import { describeProbeRound } from '../../support/rule-engine.js';
import type { GuardTable } from '../../support/rule-engine.js';

const JA_GUARDS: GuardTable[] = [
  {
    // a nightly report announced as the customer's due (もらいます), not only asked for
    id: 'ja.x.excessive.beyond_scope',
    category: 'excessive',
    calm: ['障害が解決するまで、毎晩状況をご報告いただけると助かります。'],
    kept: [
      'この件が片付くまで、毎晩、開発部長から書面で状況報告をもらいます。',
      '毎日、進捗を電話で報告してもらうからな。',
    ],
  },
];

describeProbeRound(51, { en: 12, ja: 9 }, {}, { ja: JA_GUARDS });
