/**
 * Japanese vetoes and rules from the training set t66 (config/rules/ja-demand.yaml, ids ja.dm.*): calm requests the
 * contract or the vendor covers, honest reviews and calm reports, swearing at machines; staff called names as a group,
 * sarcasm about reading like a child, the agent's head "updated", and the customer's own wholesale work handed to the
 * vendor; second pass (ja-demand-b): monkeys, brains, duds, claims told to contacts, overnight bulk jobs, deadlines
 * without excuses, the plan waved away, free bulk rewrites. Sentences written for this test, none from any corpus.
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
  // Narrowed in other files (ja-demand-b): the customer's own question to be read again is sarcasm, not an easy
  // manual; a monkey that only recites is the insult, not a read-aloud accommodation.
  {
    id: 'ja.x.veto.easy_enough',
    category: 'insult',
    calm: [
      '小学生でも分かるような手順書があれば、社内向けに配りたいです。',
      '小学生でも分かるように書いた手順書を作ったので、内容をご確認いただけますか。',
    ],
    kept: [
      '子どもでも分かるように書いた問い合わせ文を、もう一度よく読んでいただけませんか。それでも分からないなら担当を替えてください。',
      '中学生でも理解できるように書いたメールを、何度お読みいただいても伝わらないんですね。',
    ],
  },
  {
    id: 'ja.veto.accommodation',
    category: 'insult',
    calm: [
      '高齢の社員がいるため、手順を読み上げていただけると助かります。',
      'スクリーンリーダーで読み上げるだけの環境でも使えますか。',
    ],
    kept: [
      'マニュアルを読み上げるだけのサルと話しても無駄なんだよ。',
      '台本を読み上げてるだけのオウムに用はない。',
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
      ['お前らksだな、話にならん。', 'お前らks'],
      ['てめえらkzばっかりだな。', 'てめえらkz'],
    ],
    negatives: [
      'お前らって言い方は良くないと部下に注意しました。',
      'あんたらの会社の新製品、評判いいですね。',
      'お前らksって何の略？と部下に聞かれました。',
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
  {
    rule: 'ja.dm.insult.only_a_monkey',
    category: 'insult',
    positives: [
      ['電話口でマニュアルを読み上げるだけのサルに用はない。', '読み上げるだけのサル'],
      ['謝るだけのオウムと話しても時間の無駄だ。', '謝るだけのオウム'],
      ['こんな猿じゃ話にならん、上を出せ。', 'こんな猿じゃ話にならん'],
    ],
    negatives: [
      'サルの画像が添付されたメールが隔離されていました。',
      'チャットボットは定型文を繰り返すだけのオウムみたいで、人と話したいです。',
      '動物園のサルに用はないので、その広告メールを止めたいです。',
    ],
  },
  {
    rule: 'ja.dm.insult.not_enough_brains',
    category: 'insult',
    positives: [
      [
        '御社のサポートならできるはずでしょう？ああ、そこまでの知能がないから無理なんですね。',
        'そこまでの知能がない',
      ],
      ['担当の方には、その程度の理解力もないんですか。', 'その程度の理解力もない'],
    ],
    negatives: [
      'サポートの方に伺います。御社のAIにはそこまでの読解力がないという理解でよいですか。',
      'サポートの方に伺いたいのですが、その程度の知識がなくても設定できますか。',
    ],
  },
  {
    rule: 'ja.dm.insult.dud_to_your_face',
    category: 'insult',
    positives: [
      ['ああ、またあんたか。ポンコツの。', 'あんたか。ポンコツの。'],
      ['役立たずに説明しても無駄だけど、また止まってる。', '役立たずに説明しても無駄'],
    ],
    negatives: [
      'このポンコツPCに言ってもしょうがないけど、また固まりました。',
      'ポンコツになったルーターを交換したいので、手順を教えてください。',
    ],
  },
  {
    rule: 'ja.dm.defamation.told_our_contacts',
    category: 'defamation',
    positives: [
      [
        '同業者の集まりには「あそこは顧客のデータで商売している」と言っておきますね。',
        '集まりには「あそこは顧客のデータで商売している」と言っておき',
      ],
      [
        '組合の会合で、御社には警察の捜査が入ってるって話しといたから。',
        '会合で、御社には警察の捜査が入ってるって話しといた',
      ],
      [
        '取引先みんなに、おたくは詐欺まがいの会社だと伝えておきます。',
        'みんなに、おたくは詐欺まがいの会社だと伝えておき',
      ],
    ],
    negatives: [
      '組合の会合で、御社に警察の捜査が入っていると聞いたのですが、本当ですか。',
      '取引先には、御社のシステム更新で納期が少し遅れると伝えておきます。',
      '組合の仲間には、うちが不正アクセスの被害に遭ったと伝えておきました。',
    ],
  },
  {
    rule: 'ja.dm.excessive.overnight_bulk_job',
    category: 'excessive',
    positives: [
      [
        '過去5年分の全ログが必要です。御社の方で今夜中に抽出して送ってください。',
        '御社の方で今夜中に抽出して',
      ],
      ['全ユーザーの台帳、そちらで明朝までに変換しておいてください。', 'そちらで明朝までに変換しておいて'],
    ],
    negatives: [
      '全件の抽出を御社の方で今夜中に行う場合のお見積りをいただけますか。',
      '全件のデータが御社側のミスで消えたので、御社の方で今夜中に抽出して戻してください。',
      '全件の抽出は当社で今夜中に行いますので、手順だけ教えてください。',
    ],
  },
  {
    rule: 'ja.dm.excessive.no_excuses_deadline',
    category: 'excessive',
    positives: [
      [
        '金曜までに必ず修正版を出してください。無理とか開発の都合とかは聞きたくありません。',
        '無理とか開発の都合とかは聞きたくありません',
      ],
      ['明日中に直して。できない理由なんて関係ない。', 'できない理由なんて関係ない'],
    ],
    negatives: [
      '金曜までに修正版をいただけると助かります。無理な場合は、見通しを教えてください。',
      '無理とは思いますが、今週中に目処だけでも伺えますか。',
    ],
  },
  {
    rule: 'ja.dm.excessive.plan_waved_away',
    category: 'excessive',
    positives: [
      ['プランとかどうでもいいんだよ。今日来れるよね？', 'プランとかどうでもいい'],
      ['営業時間とか関係ない、今夜中に誰か来てくれ。', '営業時間とか関係ない'],
    ],
    negatives: [
      '訪問が必要なら、プランとか関係なく有償でお願いします。',
      '規約とか知らないので、全額返金の条件を教えてください。',
      'プランはどうでもいいので、一番安い方法を教えてください。',
    ],
  },
  {
    rule: 'ja.dm.excessive.bulk_rewrite_no_charge',
    category: 'excessive',
    positives: [
      [
        '当社の規程類一式を全面的に見直して修正案を作成してください。別途のお見積りは不要です。',
        '別途のお見積りは不要',
      ],
      ['約30文書の改訂を、追加費用なしでお願いします。', '追加費用なし'],
    ],
    negatives: [
      '規程類一式の見直しをお願いした場合、費用はおいくらになりますか。見積もりをください。',
      '見積りは不要です。設定画面の場所だけ教えてください。',
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
