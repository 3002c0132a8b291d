/**
 * Probe round 38 (the sixth 2026-12-03 session's ninth round), run through
 * the real policy file and engine: test/fixtures/probes/probe-38.jsonl holds
 * unrelated demands (a child's games console, another vendor's accounting
 * software, an office printer, a personal Gmail, a laptop to choose, another
 * vendor's CRM templates) beside calm questions where another product meets
 * the company's own (a mail relay, Excel add-ins after the agent update, an
 * allow-list entry, a third-party firewall blocking the update server, a
 * home router and the VPN client). Written before the rules were read; of
 * its 22 items, 2 were judged wrongly before the fixes and none after.
 */
import { describeProbeRound } from '../../support/rule-engine.js';
import type { GuardTable } from '../../support/rule-engine.js';

const EN_GUARDS: GuardTable[] = [
  {
    id: 'en.cm.unrelated.not_yours_software',
    category: 'unrelated',
    calm: ['Our CRM, which is not yours, sends mail through your relay. Is it compatible with TLS 1.3?'],
    kept: ['Our CRM, which is not yours, needs its email templates redesigned. Could your team do that?'],
  },
];

const JA_GUARDS: GuardTable[] = [
  {
    id: 'ja.n.unrelated.other_vendor',
    category: 'unrelated',
    calm: [
      '弊社のファイアウォール（他社製）が御社の更新サーバーをブロックしています。許可すべきホストとポートを教えてください。',
    ],
    kept: ['生産管理システム（他社製）の移行を手伝っていただけますか。'],
  },
];

describeProbeRound(38, { en: 12, ja: 10 }, {}, { en: EN_GUARDS, ja: JA_GUARDS });
