/**
 * Fixes for the calm-12 round of false alarms, run through the real policy
 * file and engine: calm sentences this round's rule writers found flagged
 * by older rules (a customer paying its own invoice, a standard prepayment
 * discount, work booked in a services order, seats moved to another region
 * or tenant, claims to the vendor's credit, a scam impersonating the
 * company, peers asked on a forum, the customer's own people or an event's
 * speakers introduced, sympathy for an accident, executives planning
 * something together, a joke about incident calls, small talk about the
 * agent's parents; in Japanese safety tips, 一発で済まない for a fix, knives
 * as goods, connections offered to help, 知らんけど about one's own try,
 * thanks for a visit and a visit the package includes).
 *
 * The vetoes of config/rules/calm-12.yaml and config/rules/calm-12-ja.yaml
 * and every rule of another file narrowed with an unless clause have a table
 * here: calm sentences (variants written for this test) must no longer raise
 * the category, kept sentences (real threats or demands of the same shape)
 * must still raise it.
 */
import { describeGuardTables, describeRuleFile } from '../../support/rule-engine.js';
import type { GuardTable } from '../../support/rule-engine.js';

const FILE_EN = 'config/rules/calm-12.yaml';
const FILE_JA = 'config/rules/calm-12-ja.yaml';

// ------------------------------------------------------------ vetoes (en)
const EN_VETOES: GuardTable[] = [
  {
    id: 'c12.veto.accident_sympathy',
    category: 'violence',
    calm: [
      'Sorry to hear your engineer had an accident. Accidents happen to anyone.',
      "So sorry to hear about your technician's fall. Accidents happen to anyone. Wish him a speedy recovery.",
      'I hope she is recovering well. Accidents can happen to anyone.',
    ],
    kept: [
      "Shame about your engineer's accident. Accidents happen to anyone, you might be next.",
      'Sorry to hear your engineer had an accident. Accidents happen to people who ignore my tickets.',
      "Sorry to hear about your engineer's accident. I'll burn your office down if this isn't fixed.",
      "Accidents happen to people like you. Wouldn't want your family to get hurt.",
    ],
  },
  {
    id: 'c12.veto.family_greeting',
    category: 'intimidation',
    calm: [
      'Your parents live in Osaka? Say hi to them for me!',
      'Your mum lives in Kyoto? Send her my best!',
      'Oh, your parents live in Sapporo? Hope you get to see them over the holidays.',
    ],
    kept: [
      "Your parents live in Osaka? I'll say hi to them for you.",
      'Your parents live in Osaka? I have friends there. Say hi to them for me.',
      'Your parents live in Osaka? Nice. Say hi to them for me, or else.',
      'Your kids go to school in Setagaya? Say hi to them for me.',
      'Your family is in Yokohama, right? Lovely area.',
      'Your parents live in Osaka? Say hi to them for me! I know their address.',
    ],
  },
  {
    id: 'c12.veto.vendor_credit',
    category: 'defamation',
    calm: [
      'We will inform our customers that your team found the insider who leaked the files.',
      'We will tell our clients that your SOC traced the contractor who leaked the design files.',
      "I'll tell the auditors that your engineers read our mailboxes only with our written approval.",
      "I'll inform our auditors that your staff accessed our logs only with our explicit consent.",
    ],
    kept: [
      'We will inform our customers that your team leaked the files.',
      "I'll tell the auditors that your engineers read our mailboxes without our approval.",
      "I'll tell everyone that your team found the insider who leaked the files, unless you refund us.",
    ],
  },
  {
    id: 'c12.veto.impersonation_scam',
    category: 'defamation',
    calm: [
      "I'll inform our users that the spam campaign claiming to be from your company is a scam.",
      "We'll tell our customers that the text messages claiming to come from your company are a fraud.",
      "I'll warn our staff that the phishing mails posing as your support team are a scam.",
    ],
    kept: [
      "I'll inform our users that your company is a scam.",
      "I'll tell our users that the texts claiming to be from your company are a scam, and your company is a scam too.",
      "I'll leave reviews everywhere posing as a customer, saying your company is a scam.",
    ],
  },
  {
    id: 'c12.veto.standard_discount',
    category: 'monetary',
    calm: [
      'Given the outage, is the 10% discount for annual prepayment still available?',
      "After last week's incident we're reviewing budgets: does the 5% discount for paying upfront still apply?",
      "Because of the downtime we're rethinking our billing; do you still offer the 15% discount for annual prepayment?",
    ],
    kept: [
      'Given the outage, we expect a 10% discount on the renewal.',
      'Is the 10% discount for annual prepayment still available on top of a free month for the outage?',
      'Given the outage, give us 20% off the renewal to make up for it.',
    ],
  },
  {
    id: 'c12.veto.booked_in_order',
    category: 'excessive',
    calm: [
      'We need an engineer on our bridge on Saturday for the cutover, as agreed in the professional services order.',
      'Please have a consultant join our war room this Sunday night for the migration, as booked under the SOW.',
      'We need your engineer on the call tonight from 10pm, as arranged in the engagement letter.',
    ],
    kept: [
      'As agreed in the SOW, your engineer works business hours only, but we need him on our bridge on Saturday anyway.',
      'We need an engineer on our bridge every night this week, as agreed in the order.',
      'We need an engineer on our bridge on Saturday for the cutover, free of charge.',
    ],
  },
  {
    id: 'c12.veto.seats_relocated',
    category: 'exchange',
    calm: [
      'Can you move our seats to the EU region? No extra cost I hope.',
      'Please transfer our 50 seats to our new subsidiary tenant for free if possible.',
      'Can you move our mailboxes to the Frankfurt region? No extra charge, I assume.',
    ],
    kept: [
      'Move our seats to the EU region and upgrade us to Premium at no extra cost.',
      'Move us to the Enterprise plan for the same price.',
      'Swap our old appliances for the new model and move them to our Osaka data centre for free.',
    ],
  },
];

// ------------------------------------------------------------ vetoes (ja)
const JA_VETOES: GuardTable[] = [
  {
    id: 'c12.veto.package_includes_visit_ja',
    category: 'excessive',
    calm: [
      '導入パッケージにはオンサイト支援が1日含まれています。来月、大阪の工場までお越しいただけますか。',
      '保守契約には年2回の訪問点検が含まれています。来週、本社までお越しいただけますか。',
      '年間サポートプランにはオンサイト対応が2回付いています。来月、名古屋の事務所に来ていただけますか。',
    ],
    kept: [
      'オンサイト支援はパッケージに含まれていませんが、無償で工場まで来てください。',
      '導入パッケージにはオンサイト支援が1日含まれています。来月から毎日、大阪の工場に来てください。',
      '導入パッケージにはオンサイト支援が1日含まれています。直るまで工場に常駐してください。',
    ],
  },
  {
    id: 'c12.veto.safety_tip_ja',
    category: 'violence',
    calm: [
      'バックで駐車するときは後ろに気をつけてください',
      'フォークリフトで後退する際は後ろに注意してください',
      '雪で階段が凍結しているときは足元に気をつけてください',
    ],
    kept: [
      '夜道に気をつけてください',
      '駐車場で待ってるから、背中に気をつけろよ',
      'バックで駐車するときは後ろに気をつけたほうがいいですよ、何が起きるか分からないので',
      '駐車するときに後ろから何かぶつからないように、背中に気をつけてね、担当さん',
    ],
  },
  {
    id: 'c12.veto.goods_weapon_ja',
    category: 'violence',
    calm: [
      '弊社は刃物メーカーで、包丁を持って展示会に行く予定です',
      '当社は包丁の製造販売をしておりまして、来週の見本市にサンプルの包丁を持って行きます',
      '野球部の練習用にバットを持って行く予定です',
    ],
    kept: [
      '包丁を持って御社に行くからな',
      '刃物メーカーの人間だから、包丁持って担当の家に行ってやる',
      'バットを持ってそっちに行くぞ',
    ],
  },
  {
    id: 'c12.veto.own_try_ja',
    category: 'intimidation',
    calm: [
      'どうなっても知らんけど、一応再起動してみますわ',
      'どうなっても知らないけど、とりあえずキャッシュ消してみる',
      'どうなっても知りませんが、自己責任でベータ版を入れてみます',
    ],
    kept: [
      'どうなっても知らんぞ',
      'どうなっても知らんけど、お前の会社に行ってみるわ',
      'どうなっても知りませんよ。',
    ],
  },
];

describeGuardTables('calm-12 vetoes (English)', EN_VETOES, 'en');
describeGuardTables('calm-12 vetoes (Japanese)', JA_VETOES, 'ja');

// ------------------------------------------ rules of other files narrowed
const EN_NARROWED: GuardTable[] = [
  {
    id: 'en.monetary.compensation',
    category: 'monetary',
    calm: [
      'Can we pay the renewal invoice in cash at your Tokyo office?',
      'Could I pay the annual invoice by bank transfer instead of card?',
      "We'd like to pay the renewal invoice in two instalments.",
    ],
    kept: [
      'You should pay our invoice for the extra consultants we had to hire.',
      'Can we pay the renewal invoice late and you cover our overtime costs from the outage?',
    ],
  },
  {
    id: 'en.du.exchange.unused_converted',
    category: 'exchange',
    calm: [
      'Can the unused seats be moved to our new subsidiary tenant, and what would that cost?',
      "We don't use 20 of our seats. Could they be moved to our Singapore entity's subscription, and is there a fee for that?",
    ],
    kept: [
      "We don't use 40 of our seats. Convert them into consulting hours at no cost.",
      "I don't care what it would cost you: turn our unused seats into training days for free.",
    ],
  },
  {
    id: 'en.defamation.slander',
    category: 'defamation',
    calm: [
      "I'll write to the board that your tool caught the attacker stealing data.",
      "I'll tell our board that your product stopped the ransomware stealing data from the finance share.",
      "We'll tell the regulator that your filter blocked the attacker who was stealing customer data.",
    ],
    kept: [
      "I'll write to the board that your staff are stealing our data.",
      'Your tool caught the attacker, but you are stealing our data yourselves.',
    ],
  },
  {
    id: 'en.defamation.publish_threat',
    category: 'defamation',
    calm: [
      "I'll post in the community forum asking whether anyone else sees the DKIM failures.",
      "I'm going to post on Reddit asking if anyone else has seen the SAML timeouts.",
      "We're posting the names and photos of our new hires on our company blog.",
    ],
    kept: [
      "I'll post in every forum that you're scammers.",
      "I'll post on Reddit asking if anyone else got ripped off by your scam company.",
    ],
  },
  {
    id: 'en.f.privacy.publish_names_photos',
    category: 'privacy',
    calm: [
      'Could you share the names and photos of your presenters for the event page?',
      'Please share the names and headshots of your trainers for our workshop flyer.',
      "We'll post the names and photos of our new interns on LinkedIn next week.",
    ],
    kept: [
      "I'm posting the names and photos of your support agents on LinkedIn unless you refund us.",
      "Share the names and photos of your agents or I'll post them online.",
    ],
  },
  {
    id: 'en.a.intimidation.clout_with_executives',
    category: 'intimidation',
    calm: [
      'Our CEO is close with your CEO and they want a joint press release.',
      "Our chairman plays golf with your CEO and they'd like to co-host a webinar.",
      'Our CTO and your CTO are old friends and they want a joint case study.',
    ],
    kept: [
      "Our CEO plays golf with your CEO. One call and you're fired.",
      'Our CEO is close with your CEO, and they want a joint press release. He will hear about how you treated me, make sure of it.',
    ],
  },
  {
    id: 'en.violence.watch_out',
    category: 'violence',
    calm: [
      "Let's hope we never meet again at 3am on a bridge call!",
      'Hope we never meet again under these circumstances!',
      "Here's hoping we never meet on another P1 call.",
    ],
    kept: [
      "You'd better hope we never meet in a dark alley.",
      'Hope we never meet outside your office at 3am.',
    ],
  },
];

const JA_NARROWED: GuardTable[] = [
  {
    id: 'ja.e.violence.when_we_meet',
    category: 'violence',
    calm: [
      'バグ修正が一発で済まないのは理解しています',
      '設定変更が一発で済まないこともあると聞いています',
      '移行作業は一発では済まないと思うので、手順書を分けてもらえますか',
    ],
    kept: ['会ったら一発じゃ済まさないからな', '一発じゃ済まないぞ、覚悟しとけ'],
  },
  {
    id: 'ja.f.intimidation.connections',
    category: 'intimidation',
    calm: [
      '弊社の部長は業界に顔が利くので、御社の製品を紹介しておきますね',
      'うちの社長は地元の業界にも顔が利くので、取引先に御社のサービスを紹介しておきます',
      '弊社の会長は業界に顔が利きますので、御社をぜひ推薦させてください',
    ],
    kept: [
      'うちは業界に顔が利くので、御社の評判なんてどうにでもなりますよ',
      '業界に顔が利くので、御社の対応のひどさを紹介しておきますね',
    ],
  },
  {
    id: 'ja.excessive.onsite',
    category: 'excessive',
    calm: [
      '先週はエンジニアを弊社まで派遣していただき、ありがとうございました。',
      '先日は弊社までお越しいただき、ありがとうございました',
      '昨日は工場に駆けつけてくださり、本当に助かりました',
    ],
    kept: [
      '今週も毎日エンジニアを派遣してください',
      '先週は来ていただきありがとうございました。今週も毎日エンジニアを派遣してください。',
    ],
  },
];

describeGuardTables('calm-12: rules of other files narrowed (English)', EN_NARROWED, 'en');
describeGuardTables('calm-12: rules of other files narrowed (Japanese)', JA_NARROWED, 'ja');

describeRuleFile('calm-12 vetoes (English): the rule file', FILE_EN, {
  lang: 'en',
  idPrefix: 'c12.',
  testedRuleIds: () => [],
  testedGuardIds: () => EN_VETOES.map((g) => g.id),
});

describeRuleFile('calm-12 vetoes (Japanese): the rule file', FILE_JA, {
  lang: 'ja',
  idPrefix: 'c12.',
  testedRuleIds: () => [],
  testedGuardIds: () => JA_VETOES.map((g) => g.id),
});
