/**
 * Fixes for the blind calm probe set calm-6 (English and Japanese), run through
 * the real policy file and engine: the rules and vetoes of
 * config/rules/calm-6-en.yaml / calm-6-ja.yaml, and the firing rules of other
 * files narrowed for calm-6 (each table is titled with the rule's id). Every
 * sentence here was written for this test; calm sentences are look-alikes the
 * engine must leave alone, kept sentences are real harassment or demands the
 * rule must still catch.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const EN_FILE = 'config/rules/calm-6-en.yaml';
const JA_FILE = 'config/rules/calm-6-ja.yaml';
const aloneEn = engineWithOnly('calm-6-en.yaml');
const aloneJa = engineWithOnly('calm-6-ja.yaml');

// ------------------------------------------------------------ rules (en)
const EN_KINDS: RuleKind[] = [
  {
    rule: 'en.c6.unrelated.hr_policy',
    category: 'unrelated',
    positives: [
      [
        "Could your team help our HR department draft our company's sexual harassment prevention policy?",
        'draft our',
      ],
      [
        'Could you review our disciplinary procedure before we publish it?',
        'review our disciplinary procedure',
      ],
      ['Would you please write an anti-bullying policy for us?', 'anti-bullying policy'],
      ['Can one of your consultants help us update our employee handbook?', 'update our employee handbook'],
    ],
    negatives: [
      'We have drafted our harassment prevention policy; can MailGuard flag messages that break it?',
      'Could you help us write DLP rules in MailGuard for our harassment policy?',
      'Can you help us update our retention policy in the console?',
      'Our HR team reviewed the harassment policy last week, thanks for the webinar.',
    ],
  },
  {
    rule: 'en.c6.monetary.review_for_discount',
    category: 'monetary',
    positives: [
      [
        'We love MailGuard, so we will post a five-star review on G2 and do a case study with you. In return, could you give us 50% off the renewal?',
        '50% off',
      ],
      [
        'Happy to leave a glowing review - in exchange, could you knock our next renewal down by half?',
        'by half',
      ],
      ["We'd be glad to be a case study. Could we get a discount on the renewal in return?", 'a discount'],
      ['Could you give us three months free if we write a testimonial for your site?', 'months free'],
    ],
    negatives: [
      'We left you a five-star review on G2 last month. Separately, could you send the renewal quote?',
      "We're happy to join your case study programme. Is there a discount for early renewal listed in your price sheet?",
      'Please apply the referral credit from your referral program; we also posted a positive review.',
    ],
  },
];

// ------------------------------------------------------------ rules (ja)
const JA_KINDS: RuleKind[] = [
  {
    rule: 'ja.c6.unrelated.hr_policy',
    category: 'unrelated',
    positives: [
      ['弊社のセクハラ防止規程の作成をお手伝いいただけないでしょうか。', 'セクハラ防止規程の作成'],
      ['就業規則の作成を手伝っていただけませんか。', '就業規則の作成'],
      ['パワハラ防止方針を作っていただけると助かります。', 'パワハラ防止方針を作って'],
      ['懲戒規程の見直しをお願いできますか。', '懲戒規程の見直し'],
    ],
    negatives: [
      '弊社で作成したハラスメント防止規程に沿って、メールガードで検知できますか。',
      'メールガードの送信ポリシーの作成をお願いできますか。',
      '就業規則を改定しましたので、社内周知のメールが隔離されないようにしたいです。',
    ],
  },
  {
    rule: 'ja.c6.monetary.review_for_discount',
    category: 'monetary',
    positives: [
      [
        'ITreviewに高評価のレビューを投稿し、導入事例にもご協力いたします。その代わりと言っては何ですが、次回更新時の費用を半額にしていただくことはできないでしょうか。',
        '費用を半額に',
      ],
      [
        '高評価のレビューを書きますので、その代わりに来年の料金を半額にしていただけませんか。',
        '料金を半額に',
      ],
      ['導入事例に協力する代わりに、更新費用を3割引きにしていただくことは可能でしょうか。', '費用を3割引き'],
    ],
    negatives: [
      '導入事例へのご協力の件、承知しました。更新費用の見積もりをお送りください。',
      '紹介プログラムのご案内いただいた割引を適用していただけますか。導入事例にも協力します。',
      '高評価のレビューを投稿しました。今後ともよろしくお願いいたします。',
    ],
  },
];

describeRuleKinds('calm-6 rules (English)', EN_KINDS, aloneEn, 'en');
describeRuleKinds('calm-6 rules (Japanese)', JA_KINDS, aloneJa, 'ja');

// ------------------------------------------------------------ vetoes
const EN_VETOES: GuardTable[] = [
  {
    id: 'en.c6.veto.self_target_next',
    category: 'violence',
    calm: [
      'honestly I could strangle whoever wrote our old firewall rules... which was me, in 2016 :) anyway, which IP ranges do you send from?',
      'I could strangle whoever wrote these rules... oh wait, it was me.',
      'I could kill whoever set up this connector... which was us, last year.',
    ],
    kept: [
      'I will strangle whoever answered my ticket. Which was your agent, Mike.',
      "I'm going to strangle whoever is on shift tonight... you know who you are.",
      'I could strangle whoever closed my ticket.',
    ],
  },
];

const JA_VETOES: GuardTable[] = [
  {
    id: 'ja.c6.veto.sample_subjects',
    category: 'intimidation',
    calm: [
      '社員向けの標的型メール訓練で、以下のような件名のテンプレートを使用しております。\n・放置すると後悔することになります\nこれらの訓練メールが隔離されてしまいます。許可する手順をご教示ください。',
      '以下のような迷惑メールが届きました。\n・今すぐ支払わないと後悔することになります\nブロックする設定を教えてください。',
      '詐欺メールで次のような文面が来ています。\n・後悔させてやる\n検知されずに届いてしまいました。',
    ],
    kept: [
      'こんな対応で後悔することになりますよ。',
      '詐欺メールの件はもういい。対応しないなら後悔させてやる。',
      '以下の件名で何度も送ったのに無視するなら、後悔させてやる。',
    ],
  },
];

describeGuardTables('calm-6 veto (English)', EN_VETOES, 'en');
describeGuardTables('calm-6 veto (Japanese)', JA_VETOES, 'ja');

// ------------------------------------------------------- narrowed (en)
const EN_NARROWED: GuardTable[] = [
  {
    id: 'en.x.excessive.work_overnight',
    category: 'excessive',
    calm: [
      "our team is staying late tonight and won't leave until the cutover is done - just in case we need to ping you, chat is 24/7 on the Premium plan, right?",
      "I'm working through the weekend on the migration, just letting you know in case you see odd traffic.",
      'Our IT team is all staying late tonight for the switchover; no action needed from you.',
    ],
    kept: [
      "We're working late tonight, can your engineers stay tonight too?",
      'Can your team stay late tonight to finish this?',
      'We are staying late tonight, so we expect your engineers to stay tonight as well.',
    ],
  },
  {
    id: 'en.kneel_demand.kneel',
    category: 'kneel_demand',
    calm: [
      'The headline was "Kneel, bow and breathe: 5-minute desk yoga", with sections on kneeling-chair posture.',
      'Our wellness mail about kneeling stretches for back pain was quarantined.',
      'Our training deck includes a case where a customer demanded that staff kneel (dogeza); can we share it via Transfer?',
      'The slides describe an abusive caller who made the clerk kneel on the floor.',
    ],
    kept: [
      'Kneel and apologise to me, now.',
      'A customer like me demanding that you kneel is what you deserve.',
      'I want your manager on his knees, grovelling.',
    ],
  },
  {
    id: 'en.kneel_demand.apology_letter / en.l.kneel_demand.by_hand',
    category: 'kneel_demand',
    calm: [
      "To be clear, we don't need an apology letter or anything formal about the June outage.",
      'We do not expect a written apology from anyone; the RCA is what we want by Friday.',
      'Our training covers a customer who forced staff to write a handwritten apology, as an example of harassment.',
    ],
    kept: [
      'I need a handwritten apology letter signed by your CEO by Friday.',
      "We don't need your excuses, we need a signed apology letter from the president.",
      'Write me an apology by hand, or I go to the press.',
    ],
  },
  {
    id: 'en.kneel_demand.in_person',
    category: 'kneel_demand',
    calm: [
      "I appreciate that your account manager offered to visit our office to apologise in person, but that really isn't necessary.",
      "Your director offered to apologise in person; that's not necessary, a call with engineering is enough.",
      'A public apology would be unnecessary; please just send the root cause.',
    ],
    kept: [
      'Your CEO must apologise in person, or else.',
      "I want a public apology on your website by Monday, and that's not negotiable.",
      'Get your manager down here and apologise in person.',
    ],
  },
  {
    id: 'en.unrelated.personal_device',
    category: 'unrelated',
    calm: [
      'Someone posted her home address and phone number on a forum; can we search outgoing mail for that string?',
      'A stalker published his private address and mobile number; please check whether it left through our mail.',
      'Please check whether our exports include staff home addresses and phone numbers.',
    ],
    kept: [
      "Fix my son's laptop, please, it's not working.",
      'Can you help set up my home printer?',
      "Could you take a look at my daughter's phone, it won't sync?",
    ],
  },
  {
    id: 'en.excessive.after_hours',
    category: 'excessive',
    calm: [
      "Off-topic: my son's gaming PC gets a blue screen every evening, could someone take a look at the minidump?",
      'Our backup job fails every night; could you tell us which log to look at?',
      'The sync runs every weekend and I wonder whether you can see why it stalls.',
    ],
    kept: [
      'I need someone on call every night until this is fixed.',
      'Our server crashes every night and I need someone to fix it tonight.',
      'I expect you to answer every weekend.',
    ],
  },
];

// ------------------------------------------------------- narrowed (ja)
const JA_NARROWED: GuardTable[] = [
  {
    id: 'ja.restrictive.wont_leave',
    category: 'restrictive',
    calm: [
      'ログインするまでプッシュ通知が届かず、閉じ込められたような状態です。',
      'リダイレクトのループに閉じ込められてしまい、画面から出られません。',
      '認証画面に閉じ込められて困っています。',
    ],
    kept: [
      'お前を会議室に閉じ込めてやる。',
      '閉じ込めるぞ、覚悟しとけ。',
      '担当者を閉じ込めてでも話をつける。',
    ],
  },
  {
    id: 'ja.defamation.expose_online',
    category: 'defamation',
    calm: [
      '当社社員の自宅住所と電話番号が、ネット掲示板に晒されるという被害が発生しました。',
      '社員の写真がSNSに晒されたような事案があり、調査したいです。',
      '取引先の担当者が掲示板に晒される被害に遭いました。',
    ],
    kept: [
      'ネットに晒してやるからな。',
      'お前の対応、全部SNSで拡散するから。',
      '掲示板に御社の悪口を全部書き込んでやる。',
    ],
  },
  {
    id: 'ja.b.persistence.every_until',
    category: 'persistence',
    calm: [
      '移行が完了するまでの約3週間、毎晩21時に、エンジニアの方からお電話で進捗確認をしていただけないでしょうか。',
      '復旧するまで毎日、担当者様からご連絡をいただけますと助かります。',
    ],
    kept: [
      '返金に応じるまで毎日電話し続けます。',
      '対応するまで毎晩クレームを送り続けるからな。',
      '解決するまで毎日電話させてもらいますね。',
    ],
  },
  {
    id: 'ja.excessive.onsite',
    category: 'excessive',
    calm: [
      'プレミアムプランのP1対応手順（契約書6.2項）に基づき、復旧まで電話会議へのエンジニアの常駐をお願いいたします。',
      '契約の手順に従い、障害対応中は技術者の常駐をお願いします。',
    ],
    kept: [
      '今すぐエンジニアを常駐させろ。',
      '明日から本社にエンジニアを常駐させてください。',
      '今すぐ事務所に来い。',
    ],
  },
  {
    id: 'ja.insult.baka_aho',
    category: 'insult',
    calm: [
      'ERPの中継サーバからのメールが、550 5.7.1で拒否されます。',
      '原因はDNSサーバかな？',
      'ドライバからの通知メールが届きません。',
      '原因はプロキシサーバかもしれません。',
    ],
    kept: [
      'バカじゃないの？',
      'サーバも直せないバカか？',
      'このバカ担当が。',
      'ほんまバカらしい対応やな、アホか。',
    ],
  },
  {
    id: 'ja.insult.rough_address',
    category: 'insult',
    calm: [
      '社員アンケートに「毎朝出てくるポップアップがうざい」という声がありました。',
      '毎回の確認メッセージがうざいと言われています。',
      'MFAの通知がうざいという苦情が多いです。',
    ],
    kept: ['お前マジでうざい。', '担当者がうざい。', 'てめえの対応がうざいんだよ。'],
  },
  {
    id: 'ja.b.kneel_demand.bow',
    category: 'kneel_demand',
    calm: [
      'いえいえ、頭を下げていただくようなことじゃないですよ。原因が分かればそれで十分です。',
      '頭を下げていただかなくても大丈夫です。',
      'そんな、頭を下げてもらうほどのことでもありません。',
    ],
    kept: ['部長に頭を下げてもらう。', '社長が来て頭を下げてもらう。', '頭を下げに来い。'],
  },
];

describeGuardTables('calm-6 narrowed rules (English)', EN_NARROWED, 'en');
describeGuardTables('calm-6 narrowed rules (Japanese)', JA_NARROWED, 'ja');

describeRuleFile('calm-6 English rules and veto: the rule file', EN_FILE, {
  lang: 'en',
  idPrefix: 'en.c6.',
  testedRuleIds: () => EN_KINDS.map((k) => k.rule),
  testedGuardIds: () => EN_VETOES.map((g) => g.id),
  offsets: {
    engine: aloneEn,
    text: "We'd be glad to be a CASE STUDY.  Could we get  a discount on the renewal in return?",
  },
});

describeRuleFile('calm-6 Japanese rules and veto: the rule file', JA_FILE, {
  lang: 'ja',
  idPrefix: 'ja.c6.',
  testedRuleIds: () => JA_KINDS.map((k) => k.rule),
  testedGuardIds: () => JA_VETOES.map((g) => g.id),
  offsets: { engine: aloneJa, text: '就業規則の作成を手伝っていただけませんか。' },
});
