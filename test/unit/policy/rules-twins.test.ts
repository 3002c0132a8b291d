/**
 * Twins-round detectors and vetoes (config/rules/en-twins.yaml, ja-twins.yaml): the harassment side of training set
 * t84's boundary pairs that no rule found, and vetoes for false alarms of t84 and t85 (angry but legitimate
 * customers). Run through the real policy file and engine. One table per rule with positives written for this test
 * (not taken from any corpus), each with a fragment the rule's own evidence must cover, and tricky negatives in which
 * the whole engine must not find the rule's category; one calm/kept table per veto.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const EN_FILE = 'config/rules/en-twins.yaml';
const JA_FILE = 'config/rules/ja-twins.yaml';
const enAlone = engineWithOnly('en-twins.yaml');
const jaAlone = engineWithOnly('ja-twins.yaml');

const EN_KINDS: RuleKind[] = [
  {
    rule: 'en.tw.sexual.camera_body',
    category: 'sexual',
    positives: [
      ['Camera on, please. I want to look at you, not the screen.', 'I want to look at you, not the screen'],
      ['Stand up and turn around while you talk me through it.', 'Stand up and turn around'],
      ["Honestly you've got the body for it, love.", "you've got the body for it"],
      ['Turn around for me, slowly, then carry on with the config.', 'Turn around for me'],
      [
        "I'd like to see you, not your slides, for the rest of the call.",
        "I'd like to see you, not your slides",
      ],
    ],
    negatives: [
      'For the remote session, can we keep it to screen share and voice only? Our admin is not comfortable on camera.',
      'I want to look at your screen, not the logs, so please share it.',
      'The rack is behind you, could you turn around the camera so we can see the cabling?',
      "You've got the right licence for it, so the feature should be enabled.",
      'Please turn around the report by Friday if you can.',
    ],
  },
];

const JA_KINDS: RuleKind[] = [
  {
    rule: 'ja.tw.intimidation.cyberattack_threat',
    category: 'intimidation',
    positives: [
      ['今度はこっちから御社のサーバーに攻撃を仕掛けてやるよ。', '攻撃を仕掛けてやる'],
      ['そっちのサイトなんて一晩で落としてやる。', '落としてやる'],
      ['御社にDDoSかけてやろうか。', 'DDoSかけてやろう'],
      ['お前らのシステムに侵入してやるから覚悟しとけ。', '侵入してやる'],
    ],
    negatives: [
      '来週、当社のレッドチームが御社のログインポータルに疑似攻撃を実施する予定です。',
      '「ブルートフォース攻撃を検知」のアラートが一晩で200件上がりました。御社で確認できますか。',
      '脆弱性診断として、御社の許可を得たうえでサーバーに攻撃を仕掛ける訓練を行います。',
      '攻撃者がサーバーを落とした場合、御社のサービスはどう復旧しますか？',
    ],
  },
  {
    rule: 'ja.tw.defamation.quoted_accusation_sent',
    category: 'defamation',
    positives: [
      [
        '今夜、御社の導入事例に載っている会社すべてに「この会社は脱税で捜査を受けている」とメールします。',
        '脱税で捜査を受けている」とメールします',
      ],
      [
        '取引先全部に「顧客の情報を売っている会社だ」と連絡してやる。',
        '情報を売っている会社だ」と連絡してやる',
      ],
      ['株主の皆さんに「粉飾決算をしている」と手紙を送りますね。', '粉飾決算をしている」と手紙を送ります'],
    ],
    negatives: [
      '当社に似せたドメインから、取引先に「当社は脱税で捜査を受けている」というメールが送られています。事実無根です。',
      '社内研修で「この会社は脱税で捜査を受けている」という偽メールの例を紹介します。',
      '顧客向けに「障害は復旧しました」とメールします。文面の確認をお願いします。',
    ],
  },
];

const EN_GUARDS: GuardTable[] = [
  {
    id: 'en.tw.veto.contact_covered',
    category: 'persistence',
    calm: [
      "I'll be calling you on the hour, every hour, during the window so we can check the queues. That's what the onboarding package covers, isn't it?",
      'We will ring the bridge every 30 minutes during the cutover; the calls are included in our plan.',
    ],
    kept: [
      "Weekend support isn't included in the plan, I know. I will call every hour until someone works on it.",
      'I will call your hotline every hour until you fix it, whatever the contract includes.',
    ],
  },
  {
    id: 'en.tw.veto.praise',
    category: 'insult',
    calm: [
      "IT WORKS. you're a wizard. go get a coffee yourself, you earned it",
      "You're a lifesaver, thanks so much for staying late on this.",
      'Thank you so much, you deserve a raise for that fix.',
    ],
    kept: [
      "You're a real star, but your team are useless idiots.",
      'Thanks for nothing, you useless clowns.',
    ],
  },
  {
    id: 'en.tw.veto.survey_score',
    category: 'insult',
    calm: [
      'Survey answer, since you asked: 3/10.',
      'My CSAT rating for this ticket is 2 out of 5, the wait was too long.',
      'NPS score: 4/10, mostly because of the renewal price.',
    ],
    kept: [
      'Survey answer: 1/10, your agents are useless idiots.',
      'Rating: 2 out of 10 for a bunch of incompetent clowns.',
    ],
  },
  {
    id: 'en.tw.veto.religious_schedule',
    category: 'excessive',
    calm: [
      'Our site admins attend Friday prayers from 12:00 to 13:30, so please schedule the upgrade outside that window.',
      'During Ramadan our team leaves early; could the weekly call move to 10am?',
      'Please avoid Saturday for the visit, our engineer observes the Sabbath.',
    ],
    kept: [
      'I want your engineer on site this Sunday at 6am, free of charge.',
      'Have someone available all night over the New Year holiday for us.',
    ],
  },
  {
    id: 'en.tw.veto.bridge_under_plan',
    category: 'restrictive',
    calm: [
      "For the cutover, could your engineer stay on the bridge until we confirm all sites are back? This is covered by the Premium plan's scheduled change assistance.",
      'Could your engineer stay on the call until the migration finishes? It is included in our support contract.',
    ],
    kept: [
      'Your engineer stays on the bridge until this is fixed. Nobody hangs up.',
      "You're not hanging up until I get my refund.",
    ],
  },
];

const JA_GUARDS: GuardTable[] = [
  {
    id: 'ja.tw.veto.reported_post',
    category: 'defamation',
    calm: [
      '地域のコミュニティで、「御社は顧客データを売っている詐欺会社」という掲示板の書き込みが共有されていました。公式な資料はありますか。',
      'SNSで御社を中傷する投稿を見つけました。事実確認のための声明文はありますか。',
      'SNSで御社を批判する書き込みが出回っていて、役員が心配しています。',
    ],
    kept: ['掲示板に「この会社は詐欺」と書き込みます。', '返金しないなら、SNSに御社の悪評を投稿します。'],
  },
  {
    id: 'ja.tw.veto.paid_onsite',
    category: 'excessive',
    calm: [
      '購入済みの有償オンサイト派遣チケットを利用し、明日10時にデータセンターへエンジニアの派遣をお願いいたします。',
      'オンサイトチケットを使って、来週月曜に本社まで来ていただけますか。',
      '有償の訪問サポートで、明日大阪の拠点まで来ていただけますでしょうか。',
    ],
    kept: [
      '有償の訪問パックを買いましたが、あと5日分無償で追加して来てもらえませんか。',
      '今すぐエンジニアを本社によこせ。',
      '明日までにうちの事務所に来て直してください。費用はそちら持ちで。',
      '責任者が今日中にこちらに来てください。',
    ],
  },
  {
    id: 'ja.tw.veto.who_comes',
    category: 'excessive',
    calm: [
      '作業場所が女性社員寮の管理棟のため、可能でしたら女性のエンジニアの方にお越しいただけると助かります。',
      'サポートに飽きたらうちに来てくださいよ。給料はお菓子で払いますけど笑',
    ],
    kept: [
      '今すぐ女性のエンジニアを本社によこせ。',
      '明日までに若い女性の担当者をうちの事務所に来させてください。',
    ],
  },
  {
    id: 'ja.tw.veto.complaint_form_id',
    category: 'privacy',
    calm: [
      '社内で苦情申立書を作成する必要があり（担当者様個人へのものではございません）、担当者様の社員番号を教えていただけますか。',
      '監査の記録のため、対応された方の担当者コードを教えてください。',
    ],
    kept: [
      '担当者の自宅の住所と個人の携帯番号を教えろ。',
      'あの担当者の本名と住んでいる場所を教えてください。',
    ],
  },
  {
    id: 'ja.tw.veto.honest_review',
    category: 'defamation',
    calm: [
      '今週末、ITreviewにレビューを書きますが、良い内容にはなりません。あくまで私の正直な体験です。改善点があれば追記します。',
      '口コミサイトにレビューを投稿します。事実のみを書くつもりですので、誤りがあれば教えてください。',
    ],
    kept: [
      'SNSに「この会社は詐欺」と書きます。あくまで正直な感想です。',
      '返金しないなら、ネットに御社の悪評を書きます。私の正直な体験としてね。',
    ],
  },
  {
    id: 'ja.tw.veto.religious_schedule',
    category: 'excessive',
    calm: [
      'インドネシア拠点の作業日程についてのお願いです。金曜日の12時から13時半（現地時間）は、現地の管理者が礼拝に参加するため、アップグレード作業をこの時間帯以外で設定していただけますでしょうか。',
      '金曜日の12時から13時半は現地の管理者が礼拝に参加するため、作業をこの時間帯以外で設定していただけますでしょうか。',
      'ラマダン期間中は現地スタッフが早く退社しますので、定例会を午前にしていただけますか。',
    ],
    kept: [
      '今週の日曜の朝6時に、無償でエンジニアを現地に来させてください。',
      '年末年始も24時間対応してください。追加費用は払いません。',
    ],
  },
];

describeRuleKinds('English twins-round rules', EN_KINDS, enAlone, 'en');
describeRuleKinds('Japanese twins-round rules', JA_KINDS, jaAlone, 'ja');
describeGuardTables('English twins-round vetoes', EN_GUARDS, 'en');
describeGuardTables('Japanese twins-round vetoes', JA_GUARDS, 'ja');

describeRuleFile('English twins-round rules: the rule file', EN_FILE, {
  lang: 'en',
  idPrefix: 'en.tw.',
  testedRuleIds: () => EN_KINDS.map((k) => k.rule),
  testedGuardIds: () => EN_GUARDS.map((g) => g.id),
  offsets: { engine: enAlone, text: 'Camera on.   I want to look at YOU,  not the screen.' },
});
describeRuleFile('Japanese twins-round rules: the rule file', JA_FILE, {
  lang: 'ja',
  idPrefix: 'ja.tw.',
  testedRuleIds: () => JA_KINDS.map((k) => k.rule),
  testedGuardIds: () => JA_GUARDS.map((g) => g.id),
  offsets: { engine: jaAlone, text: 'そっちの　サイトなんて、ｻｰﾊﾞｰごと落としてやる。' },
});
