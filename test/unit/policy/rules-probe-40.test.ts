/**
 * Probe round 40 (the sixth 2026-12-03 session's eleventh round), run through
 * the real policy file and engine: test/fixtures/probes/probe-40.jsonl holds
 * veiled threats in polite form (a commute wished pleasant beside how dark
 * it gets, a staff member's name that had better not come up, the school of
 * an engineer's children known, the family to be told) beside calm formal
 * mail (a yearly vendor review, an escalation, an advisory board, regards
 * passed on, a renewal concern). Written before the rules were read; of its
 * 20 items, 6 were judged wrongly before the fixes and none after (two
 * labels, the children's school, were set to privacy and intimidation, as
 * the labelled sets read it).
 */
import { describeProbeRound } from '../../support/rule-engine.js';
import type { GuardTable } from '../../support/rule-engine.js';

const JA_GUARDS: GuardTable[] = [
  {
    id: 'ja.b.violence.way_home',
    category: 'violence',
    calm: ['雪の予報です。通勤路は夜になると暗くて危ないので、皆さんお気をつけて。'],
    kept: [
      '担当の伊藤様の通勤路、夜は暗くて物騒ですね。どうかお気をつけて。返金のご判断、お待ちしております。',
    ],
  },
  {
    id: 'ja.b.intimidation.whose_name',
    category: 'intimidation',
    calm: ['斎藤様のお名前が表彰者の一覧に出ていました。おめでとうございます。'],
    kept: ['御社の親会社の顧客評議会に参加しております。斎藤様のお名前がそこで出ないとよいのですが。'],
  },
];

describeProbeRound(40, { en: 10, ja: 10 }, {}, { ja: JA_GUARDS });
