/**
 * Japanese vetoes and rules from the training set t66 (config/rules/ja-demand.yaml, ids ja.dm.*): calm requests the
 * contract or the vendor covers, honest reviews and calm reports, swearing at machines; staff called names as a group,
 * sarcasm about reading like a child, the agent's head "updated", and the customer's own wholesale work handed to the
 * vendor. Sentences written for this test, none from any corpus.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const FILE = 'config/rules/ja-demand.yaml';
const alone = engineWithOnly('ja-demand.yaml');

const VETOES: GuardTable[] = [
  {
    id: 'ja.dm.veto.own_24h_plan',
    category: 'excessive',
    calm: [
      '今夜23時からの切替作業、プレミアムの24時間窓口で立ち会いをお願いしたいです。',
      '深夜のメンテナンスですが、24時間サポート契約の範囲で夜間の立ち会いをお願いできますか。',
    ],
    kept: [
      'スタンダード契約ですが、今夜23時からの切替作業に立ち会ってください。',
      '契約外なのは分かってますけど、今夜は深夜まで立ち会ってもらいます。',
    ],
  },
  {
    id: 'ja.dm.veto.vendor_said_covered',
    category: 'excessive',
    calm: [
      '移行が終わるまで、毎週の定例会で進捗をご報告いただけますでしょうか。定例会は導入支援パックの範囲内と伺っております。',
      '設定内容のレビューをお願いできますか。年1回のレビューは保守契約に含まれるとご案内いただきました。',
    ],
    kept: ['移行が終わるまで、御社のエンジニアに弊社へ常駐していただきます。常駐も範囲内と伺っております。'],
  },
  {
    id: 'ja.dm.veto.factual_review',
    category: 'defamation',
    calm: [
      '今回の経緯について、事実に基づいてレビューサイトに投稿する予定です。',
      '良かった点も悪かった点も、事実のとおり口コミに書くつもりです。',
    ],
    kept: [
      '対応次第では、事実に基づいて御社は詐欺会社だとレビューに書きますよ。',
      '事実に基づいて、御社は詐欺会社だとレビューに書いてやる。対応次第ではな。',
    ],
  },
  {
    id: 'ja.dm.veto.review_takedown_asked',
    category: 'defamation',
    calm: [
      '以前書いた私のレビューについて、御社の営業の方から削除してほしいと連絡がありました。',
      '先月投稿した口コミについて、そちらの担当の方から取り下げてほしいと依頼がありました。',
    ],
    kept: ['返金しないなら、御社は詐欺会社だと口コミに書いて拡散しますよ。'],
  },
  {
    id: 'ja.dm.veto.rumour_asked_about',
    category: 'defamation',
    calm: [
      'ネットで「シロガネが顧客データを売ってる」って書き込みを見かけたんですが、事実ですか？',
      'SNSで御社が情報漏えいを隠しているという投稿を見ました。公式の見解があれば教えてください。',
    ],
    kept: ['御社が情報漏えいを隠していると、取引先全部に言いふらしてやりますよ。'],
  },
  {
    id: 'ja.dm.veto.claim_about_us_reported',
    category: 'defamation',
    calm: [
      '御社の営業の方が、他社に「当社は設定ミスで事故を起こした」と話していると、取引先から伺いました。事実と異なりますので訂正をお願いします。',
    ],
    kept: ['御社の担当者は詐欺師だと、業界中に言いふらしてやりますよ。'],
  },
  {
    id: 'ja.dm.veto.swearing_at_machine',
    category: 'insult',
    calm: [
      'ふざけんなよ、このサーバー…また落ちてる。失礼しました、独り言です。',
      'ふざけるなよこのPC、また勝手に再起動した。',
    ],
    kept: [
      'ふざけんなよ、お前らのせいでサーバーが止まったんだぞ。',
      'おどれらボケばっかりか、サーバーも直せんのか。',
    ],
  },
];

const RULES: RuleKind[] = [
  {
    rule: 'ja.dm.insult.you_lot_names',
    category: 'insult',
    positives: [
      ['おどれらボケばっかりか。', 'おどれらボケ'],
      ['お前らアホしかおらんのか。', 'お前らアホ'],
      ['あんたら揃いも揃ってポンコツやな。', 'あんたら揃いも揃ってポンコツ'],
    ],
    negatives: [
      'お前らって言い方は良くないと部下に注意しました。',
      'あんたらの会社の新製品、評判いいですね。',
    ],
  },
  {
    rule: 'ja.dm.insult.even_a_child',
    category: 'insult',
    positives: [
      ['3歳児でも書けるような手順を、すでに2回お送りしておりますが。', '3歳児でも書け'],
      ['中学生でも理解できる話なのに、なんで伝わらないんですか。', '中学生でも理解'],
    ],
    negatives: [
      '小学生でも分かるようなマニュアルを作りたいので、テンプレートはありますか。',
      '子どもでもできる設定なので助かりました。',
    ],
  },
  {
    rule: 'ja.dm.insult.update_your_head',
    category: 'insult',
    positives: [
      ['ついでに担当者の頭の中も一度アップデートされてはいかがですか。', '担当者の頭の中も一度アップデート'],
      ['あんたの脳みそ再起動したほうがええで。', 'あんたの脳みそ再起動'],
    ],
    negatives: [
      '担当者の方の端末もアップデートが必要でしょうか。',
      '頭の中を整理してから再度問い合わせます。',
    ],
  },
  {
    rule: 'ja.dm.excessive.vendor_does_our_job',
    category: 'excessive',
    positives: [
      [
        '連休中に御社の方で全ユーザーの設定作業をすべて済ませておいてください。',
        '御社の方で全ユーザーの設定作業をすべて済ませ',
      ],
      ['毎月の棚卸し作業を、御社でやっていただくことってできませんか。', '棚卸し作業を、御社でやって'],
      ['取引先約200社への案内文の作成から送付まで、御社でお願いします。', '作成から送付まで、御社でお願い'],
    ],
    negatives: [
      '全ユーザーの設定作業を御社でお願いする場合のお見積りをいただけますか。',
      '設定作業は当社で全部行いますので、御社では手順のご確認だけお願いします。',
      '他社製ルーターの設定作業を、御社の方で代わりにしていただけますか。',
    ],
  },
];

describeGuardTables('ja-demand vetoes', VETOES, 'ja');
describeRuleKinds('ja-demand rules', RULES, alone, 'ja');

describeRuleFile('ja-demand: the rule file', FILE, {
  lang: 'ja',
  idPrefix: 'ja.dm.',
  testedRuleIds: () => RULES.map((k) => k.rule),
  testedGuardIds: () => VETOES.map((g) => g.id),
});
