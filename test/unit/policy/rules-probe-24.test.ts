/**
 * Probe round 24 (the fifth 2026-12-03 session's second round), run through
 * the real policy file and engine: test/fixtures/probes/probe-24.jsonl holds
 * the look-alikes of excessive, unrelated and privacy demands (24/7 support
 * the plan includes, a visit in the statement of work, a reasonable
 * deadline, a paid option asked about, an integration with another vendor's
 * product, the agent's name for a log) beside the real demands, in both
 * languages, written before the rules were read. Of its 55 items, 5 were
 * judged wrongly before the fixes and none after; every calm item was calm
 * already. Fixed: engineers sent to stay at the customer's site
 * (en.excessive.dedicated reads plurals, "at", site and premises, and an
 * imperative "send"; not the customer's own engineers); a word with a staff
 * member promised in person once their home address is asked
 * (en.r.intimidation.word_in_person); a visit's cost or the work's cost
 * pushed onto the vendor is an excessive demand, not also compensation (the
 * veto ja.r.veto.visit_cost_not_money, and ja.d8.veto.work_at_cost_not_money
 * with the work named first). Reading the calm variants found damages asked
 * plainly (損害分を払ってください) unflagged (ja.r.monetary.pay_for_damage) and
 * a third party's payment (取引先に払ってもらう) and damages under the
 * contract (a veto, as three rules read them) read as demands.
 * One label was corrected: a staff member's private Instagram asked for "to
 * talk to you there" is an advance as well as privacy.
 */
import { describeProbeRound } from '../../support/rule-engine.js';
import type { GuardTable } from '../../support/rule-engine.js';

const EN_GUARDS: GuardTable[] = [
  {
    id: 'en.excessive.dedicated',
    category: 'excessive',
    calm: [
      'Our engineers will stay at our office overnight for the cutover.',
      "Please send the engineers' names who will be at our site, for security.",
      "We'd like two engineers to be stationed at our site during the cutover; please quote for it.",
    ],
    kept: [
      'Send two of your engineers to stay at our site for the whole month. Our budget for this is zero.',
      'I want your engineer to sit with our team every day, free.',
      'We need a technician to be stationed at our plant until the end of the quarter, at no cost.',
    ],
  },
];

const JA_GUARDS: GuardTable[] = [
  {
    id: 'ja.d8.veto.work_at_cost_not_money',
    category: 'monetary',
    calm: [
      '4000アカウント分の設定見直しを、御社の負担で今週中に全部やってください。',
      '全拠点の点検を御社の負担でやってください。',
    ],
    kept: [
      '設定見直しを御社の負担でやってください。損害分の費用も払ってください。',
      '御社の負担で100万円を支払ってください。',
    ],
  },
  {
    id: 'ja.x.monetary.pay_up',
    category: 'monetary',
    calm: ['取引先に損害分を払ってもらう予定です。', '保険会社から損害分を払ってもらうことになりました。'],
    kept: ['売上を弁償しろ。', '損害分を払ってもらう。'],
  },
];

describeProbeRound(24, { en: 36, ja: 19 }, {}, { en: EN_GUARDS, ja: JA_GUARDS });
