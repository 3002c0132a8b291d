/**
 * Probe round 27 (the fifth 2026-12-03 session's fifth round), run through
 * the real policy file and engine: test/fixtures/probes/probe-27.jsonl holds
 * calm money, exchange and work requests in business keigo and plain
 * English (a billing error after a cancellation, a refund under the terms,
 * an SLA credit, a warranty swap after a confirmed defect, a paid standby
 * quoted, compensation explicitly not asked) beside the real demands (lost
 * sales to be paid, a swap with no defect, an upgrade unpaid, gift vouchers
 * as an apology), written before the rules were read. Of its 30 items, 5
 * were judged wrongly before the fixes and none after: a polite possibility
 * question within the maintenance contract (可能でしょうか), free repair
 * asked about after the vendor's own diagnosis found a defect, a defect
 * mentioned only as not found (which cleared an exchange demand), nothing
 * found wrong and a new unit still wanted, and "we're not asking for
 * compensation" (a backstop monetary hit, cleared by the wider veto).
 */
import { describeProbeRound } from '../../support/rule-engine.js';
import type { GuardTable } from '../../support/rule-engine.js';

const EN_GUARDS: GuardTable[] = [
  {
    id: 'en.b.exchange.works_but_want_other',
    category: 'exchange',
    calm: [
      'We found nothing wrong on our side; please check yours and give us an update.',
      'Your engineer found nothing wrong with the appliance, so the fault must be in our network.',
    ],
    kept: [
      'Your engineer found nothing wrong, fine, but I still want a brand-new unit. Swap it.',
      'They found nothing wrong, but we still want a replacement unit.',
    ],
  },
  {
    id: 'en.w.veto.no_compensation_due',
    category: 'monetary',
    calm: [
      "We lost revenue during the outage, but we're not asking for compensation.",
      "I'm not asking for compensation.",
      'We are not asking for compensation yet.',
    ],
    kept: [
      "We're not asking for compensation, just refund the three months.",
      'We are not looking for damages, we want a refund of the annual fee and a discount.',
    ],
  },
];

const JA_GUARDS: GuardTable[] = [
  {
    id: 'ja.b.excessive.beyond_plan_acknowledged',
    category: 'excessive',
    calm: ['保守契約の範囲内で、来週の機器入れ替えに立ち会っていただくことは可能でしょうか。'],
    kept: ['保守の範囲で、明日来てください。', 'スタンダードプランですが、土日も来てください。'],
  },
  {
    id: 'ja.pr.excessive.free_audit',
    category: 'excessive',
    calm: [
      '御社の診断で不具合が確認されたとのことですので、無償修理の対象になるか教えていただけますか。',
      '診断の結果、故障が見つかったので、無償で修理していただけますか。',
    ],
    kept: ['無償でセキュリティ診断をしていただけますか。', '脆弱性診断を無料でやってください。'],
  },
  {
    id: 'ja.exchange.own_fault',
    category: 'exchange',
    calm: [
      '不具合があったので、新品に交換してください。気に入らないわけではありません。',
      '初期不良のため新品に交換してください。',
    ],
    kept: [
      '不具合は見つからなかったと言われましたが、気に入らないので新品に交換してください。',
      '故障はしていないけど、色が気に入らないので交換してください。',
    ],
  },
];

describeProbeRound(27, { en: 10, ja: 20 }, {}, { en: EN_GUARDS, ja: JA_GUARDS });
