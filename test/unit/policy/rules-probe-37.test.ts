/**
 * Probe round 37 (the sixth 2026-12-03 session's eighth round), run through
 * the real policy file and engine: test/fixtures/probes/probe-37.jsonl holds
 * restrictive conduct (the line not to be hung up, a sit-in at reception or
 * a showroom, a chat not to be closed) and kneel demands (an apology letter
 * in the president's name for every employee, a bow outside the shop, a
 * handwritten apology from the CEO) beside calm twins (waiting on hold as
 * asked, a screen share kept open, a bridge the Premium plan covers, a
 * written root-cause report and corrective actions, an apology that would
 * be nice). Written before the rules were read; of its 27 items, 2 calm ones
 * were flagged before the fixes and none after.
 */
import { describeProbeRound } from '../../support/rule-engine.js';
import type { GuardTable } from '../../support/rule-engine.js';

const EN_GUARDS: GuardTable[] = [
  {
    id: 'en.x.excessive.feature_by_date',
    category: 'excessive',
    calm: ['Please send a written root-cause report and the corrective actions by Friday.'],
    kept: ['We need a custom export built just for us by Friday.'],
  },
];

const JA_GUARDS: GuardTable[] = [
  {
    id: 'ja.d.restrictive.keep_company',
    category: 'restrictive',
    calm: ['画面共有はこのままつないでおきますので、確認が終わったら教えてください。'],
    kept: ['納得するまで付き合ってもらうからな。'],
  },
];

describeProbeRound(37, { en: 12, ja: 15 }, {}, { en: EN_GUARDS, ja: JA_GUARDS });
