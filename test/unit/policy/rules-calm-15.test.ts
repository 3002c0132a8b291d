/**
 * The calm-15 round (the 2026-12-03 session's own probes), run through the
 * real policy file and engine: false alarms found on the probe set
 * test/fixtures/probes/calm-15.jsonl, written before any rule was read
 * (look-alikes of excessive demands: a paid upgrade, a partner, an
 * entitlement, a reasonable deadline; of intimidation: calm consequences,
 * anger at a situation; abuse or threats a third party made, reported by
 * the customer; and privacy and insult look-alikes). The round's vetoes are in en-reach.yaml and tested in
 * rules-en-reach.test.ts; this file tests the guards it widened in other
 * files: the unless clause marked "2026-12-03" in en.yaml's
 * en.defamation.slander, and the third parties added to ja-next.yaml's
 * ja.x2.veto.third_party_said. Calm sentences are variants written for this
 * test; kept sentences are real harassment close to the calm wording.
 */
import { describeGuardTables, describeProbeSet } from '../../support/rule-engine.js';
import type { GuardTable } from '../../support/rule-engine.js';

const PROBES = 'test/fixtures/probes/calm-15.jsonl';

const EN_GUARDS: GuardTable[] = [
  {
    id: 'en.defamation.slander',
    category: 'defamation',
    calm: [
      'The scammer keeps emailing our finance team fake invoices. How do we report the sender to you?',
      'A fraudster impersonated our CEO in a message to two of our accountants yesterday.',
      'The crooks have been calling our branch staff pretending to be your support desk.',
    ],
    kept: [
      'You people are scammers, and the crooks in billing keep charging us twice.',
      'Your support team are scammers who keep telling our finance team lies.',
      'You are the scammers here, not the phishers.',
    ],
  },
  // Widened vetoes of en.yaml.
  {
    id: 'en.veto.stay_on_line_asked',
    category: 'restrictive',
    calm: [
      "Could your engineer stay on the bridge call until the failover finishes? It's within our Premium 24/7 hours.",
      'Would one of your consultants remain on the conference call until the cutover is confirmed?',
      'Can someone stay on the Teams call with us until the first sync completes?',
    ],
    kept: [
      'Your engineer will stay on the bridge call until this is fixed. Nobody hangs up.',
      "I'm not hanging up until your engineer fixes this, so he stays on the call all night.",
      'Nobody leaves the bridge call until I get my refund.',
    ],
  },
  {
    id: 'en.veto.own_product_asked',
    category: 'unrelated',
    calm: [
      "My printer at home isn't related to your product, I know, but does MailGuard need any port open on home routers for remote staff?",
      'I know the VPN is not yours, but does Shirogane support split tunnelling for its agent?',
      'I realise our router is another vendor, but can your agent work behind a proxy?',
    ],
    kept: [
      "I know it's not your product, but fix my home printer too.",
      'Come and set up the office Wi-Fi and our Fortinet firewall while you are here.',
      'Your engineer should also look at my personal laptop, it has nothing to do with MailGuard.',
    ],
  },
];

const JA_GUARDS: GuardTable[] = [
  {
    id: 'ja.x2.veto.third_party_said',
    category: 'defamation',
    calm: [
      '元業者が社員の自宅住所をネットに晒すと脅しています。本日中にアカウントを停止したいです。',
      '退職者が、会社の悪口をSNSに書くと言ってきています。ログの保全方法を教えてください。',
      '詐欺グループから、支払わなければ取引先に詐欺会社だと書くと脅されています。',
    ],
    kept: [
      '対応しないなら、お宅の社員の住所をネットに晒すぞ。',
      '返金しないなら、詐欺会社だとSNSに書いてやる。',
      '元業者が晒すと脅してきました。御社の対応が遅いなら、御社のこともネットに晒すからな。',
    ],
  },
];

describeGuardTables('calm-15: widened guards (en)', EN_GUARDS, 'en');
describeGuardTables('calm-15: widened guards (ja)', JA_GUARDS, 'ja');
describeProbeSet(
  'calm-15 probe set (test/fixtures/probes/calm-15.jsonl)',
  PROBES,
  { en: 56, ja: 48 },
  {
    // A home printer named beside a question about the product's ports: a veto for it would also clear an
    // unrelated request put as a question (関係ないのは承知ですが、プリンターも見てもらえますか).
    'c15-ja-048': 'unrelated (自宅のプリンター beside a question about MailGuard), left as a known alarm',
  },
);
