/**
 * Fixes for the calm-fix-3 round of calm sentences other rule writers found
 * flagged, run through the real policy file and engine: the veto of
 * config/rules/calm-fix-3.yaml, and the firing rules of other files narrowed
 * for this round (each table is titled with the rule ids). Calm sentences are
 * the reported one and variants written for this test; kept sentences are real
 * harassment or demands the rules must still catch.
 */
import { describeGuardTables, describeRuleFile } from '../../support/rule-engine.js';
import type { GuardTable } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/calm-fix-3.yaml';

// ------------------------------------------------------------- veto (en)
const EN_VETOES: GuardTable[] = [
  {
    id: 'en.cf3.veto.quote_for_extended_support',
    category: 'excessive',
    calm: [
      "We'd like 24/7 support. Could you send a quote?",
      'Our team needs weekend coverage from next quarter. What would the pricing be?',
      "We want someone on call overnight during next month's migration. Please share a quotation for the after-hours option.",
    ],
    kept: [
      "We need you available 24/7. I'm not paying extra, so don't bother with a quote.",
      'I want an engineer answering at 3am every night. Send me a quote and make it free.',
      'We need 24/7 support from tonight. Send a quote later.',
    ],
  },
  {
    id: 'en.cf3.veto.cited_from_contract',
    category: 'excessive',
    calm: [
      'As our contract states, the first on-site training is at no extra cost, so could you send someone to our office next month?',
      'Per our agreement, quarterly on-site reviews are included. Can we book the next one for June?',
      'Under the order form we are entitled to two days of onboarding. Could we schedule them for the week of the 10th?',
    ],
    kept: [
      "Send an engineer to our office tomorrow at no extra cost. I don't care what the contract says.",
      "Send someone on-site for free this week, our plan doesn't cover it but we deserve it.",
      'As our contract states, you support us. So send an engineer to our office tonight, free, or else.',
      // The pressing words count against the second form ("per our contract … included") too.
      'Per our contract on-site support is included, so send an engineer to our office tonight or else.',
    ],
  },
];

// ------------------------------------------------------- narrowed (en)
const EN_NARROWED: GuardTable[] = [
  // Narrowed with en.g.intimidation.find_you's friendly-purpose exception (reported still flagged).
  ...(
    [
      ['en.h.intimidation.find_your_life', 'intimidation'],
      ['en.privacy.find_out', 'privacy'],
    ] as const
  ).map(([id, category]) => ({
    id,
    category,
    calm: [
      "Great work, I'll find your LinkedIn profile and leave a recommendation.",
      "I'll find your LinkedIn and leave a recommendation, thanks again for the fix!",
    ],
    kept: [
      "I'm going to find your home and family.",
      "I'll find your LinkedIn and leave a recommendation your boss will love, or else.",
    ],
  })),
  {
    id: 'en.defamation.publish_threat',
    category: 'defamation',
    calm: [
      "I'm writing a post for our company blog about DMARC; could you check the SPF part?",
      "We're writing an article for our engineering blog on SPF flattening, can you review the DNS section?",
      "I'm writing about DKIM key rotation for my blog; is a 2048-bit selector supported?",
      "I'll write a post on my blog about setting up SSO with Okta, could you confirm the redirect URL?",
    ],
    kept: [
      "I'm writing a post for our company blog about your incompetent staff.",
      "I'll write about you on my blog until you refund me.",
      "I'll write about this company on my blog every day until you answer.",
      "I'll write about DMARC on my blog until you refund me.",
    ],
  },
  {
    id: 'en.g.intimidation.find_you / en.privacy.where_lives',
    category: 'intimidation',
    calm: [
      "I'll find you on LinkedIn and endorse you, thanks for the help!",
      'I will find you on LinkedIn to connect, you were brilliant today.',
      "We'll look up you on Twitter and give you a shout-out for the fix.",
    ],
    kept: [
      "I'll find you",
      "I'll find you on LinkedIn and make sure your boss knows what you did.",
      "I'll find you on LinkedIn and thank you for ruining our launch.",
    ],
  },
  {
    id: 'en.privacy.where_lives / en.g.intimidation.find_you',
    category: 'privacy',
    calm: [
      "I'll find you on LinkedIn and endorse you, thanks for the help!",
      'I will find you on LinkedIn to connect, you were brilliant today.',
      "We'll look up you on Twitter and give you a shout-out for the fix.",
    ],
    kept: [
      'I found you on Facebook, nice house',
      "I'll find you on LinkedIn and endorse you for incompetence.",
      "I'll find you on Facebook and connect with your wife.",
    ],
  },
  {
    id: 'en.b.excessive.free_service',
    category: 'excessive',
    calm: [
      'Could you give us dedicated support during the trial, at no cost as the pilot terms say?',
      'Per our pilot agreement, the onboarding workshop is provided at no charge; could you schedule it?',
      'As our contract states, the first admin training is at no extra cost, so please arrange it.',
      'Under the order form, the migration review is free of charge, can we book it for next week?',
    ],
    kept: [
      'give us dedicated support for free, we deserve it',
      "I know the pilot terms don't cover it, but give us dedicated support at no cost.",
      'The contract says nothing about it, but we want the migration done for free per our agreement.',
    ],
  },
];

// ------------------------------------------------------- narrowed (ja)
const JA_NARROWED: GuardTable[] = [
  {
    id: 'ja.b.privacy.knows_private / ja.b.intimidation.knows_private',
    category: 'privacy',
    calm: [
      'LinkedInであなたを見つけて推薦しておきますね。ありがとうございました！',
      '担当の佐藤さん、LinkedInで見つけたらお礼のメッセージを送りますね。',
      'LinkedInで担当の方を見つけてつながり申請させていただきます。助かりました。',
    ],
    kept: [
      'LinkedInであなたを見つけました。',
      'あなたのFacebook見つけたよ、家族の写真もね。',
      'LinkedInであなたを見つけて推薦しておくよ、上司にも無能ぶりを伝えておく。',
    ],
  },
  {
    id: 'ja.b.intimidation.knows_private / ja.b.privacy.knows_private',
    category: 'intimidation',
    calm: [
      'LinkedInであなたを見つけて推薦しておきますね。ありがとうございました！',
      '担当の佐藤さん、LinkedInで見つけたらお礼のメッセージを送りますね。',
      'LinkedInで担当の方を見つけてつながり申請させていただきます。助かりました。',
    ],
    kept: ['LinkedInであなたを見つけました。', 'あなたのFacebook見つけたよ、家族の写真もね。'],
  },
  {
    id: 'ja.excessive.training / ja.excessive.free_work',
    category: 'excessive',
    calm: [
      'パイロット契約の条件どおり、無料でオンサイト研修をお願いします。',
      'パイロット契約の条件どおり、無料で管理者研修をお願いします。',
      'トライアル規約に記載のとおり、無償で管理者向け研修をお願いできますか。',
      '契約に基づき、初回の操作説明会を無償で実施してください。',
    ],
    kept: [
      '契約外なのは分かっていますが、無料で研修をやってください。',
      '規約どおりかどうかは関係ない、無償で研修をお願いします。',
      '新人研修の講師を無料でお願いしたい。',
      '無償でコネクタを作って。',
    ],
  },
];

describeGuardTables('calm-fix-3 veto (English)', EN_VETOES, 'en');
describeGuardTables('calm-fix-3 narrowed rules (English)', EN_NARROWED, 'en');
describeGuardTables('calm-fix-3 narrowed rules (Japanese)', JA_NARROWED, 'ja');

describeRuleFile('calm-fix-3 vetoes: the rule file', RULE_FILE, {
  lang: 'en',
  idPrefix: 'en.cf3.',
  testedRuleIds: () => [],
  testedGuardIds: () => EN_VETOES.map((g) => g.id),
});
