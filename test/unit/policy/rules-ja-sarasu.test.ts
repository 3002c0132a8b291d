/**
 * Japanese exposure and smear rules (config/rules/ja-sarasu.yaml, ids ja.sr.*):
 * privacy, defamation, insult, discriminatory and restrictive constructions
 * from the Japanese items of the training sets t39 and t40 and the rule
 * writer's own probes, run through the real policy file and engine, so every
 * rule file (and every veto) is in play. One table per rule with positives
 * written for this test (not taken from any corpus), each with a fragment the
 * rule's own evidence must cover, and calm look-alikes in which the whole
 * engine must not find the category. Two rules of other files narrowed with an
 * `unless` for calm sentences have calm/kept tables below.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/ja-sarasu.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('ja-sarasu.yaml');

const KINDS: RuleKind[] = [
  {
    rule: 'ja.sr.defamation.accusation_spread',
    category: 'defamation',
    positives: [
      [
        '対応しないなら、御社が顧客データを横流ししているとSNSで拡散します。',
        '横流ししているとSNSで拡散します',
      ],
      [
        '御社が脆弱性を隠蔽している旨を、業界団体の会合で発言させていただきます。',
        '隠蔽している旨を、業界団体の会合で発言させていただ',
      ],
      [
        '返金しないなら、週刊誌の記者に「顧客情報が流出していた」とたれこむ予定です。',
        '流出していた」とたれこむ',
      ],
    ],
    negatives: [
      '御社が情報漏えいを隠蔽しているという投稿がSNSで拡散されています。削除依頼の方法を教えてください。',
      '「詐欺にご注意ください」と社内に周知します。',
      '不正アクセスがあった旨を社内で共有します。',
    ],
  },
  {
    rule: 'ja.sr.defamation.venue_threat',
    category: 'defamation',
    positives: [
      ['ブログで言うてやるわ。ぼったくりの詐欺会社やってな。', 'ブログで言うてやる'],
      ['まとめサイトに持ち込んでやる。客のデータを盗む会社だってな。', 'まとめサイトに持ち込んでやる'],
    ],
    negatives: [
      '御社の製品は最高だとQiitaに記事を書きます。',
      '詐欺メールの手口をまとめて、社内ブログで周知します。',
    ],
  },
  {
    rule: 'ja.sr.defamation.search_suggest',
    category: 'defamation',
    positives: [
      ['社名と「詐欺」がセットで検索候補に出るようにしてやる。', '検索候補に出るようにして'],
      [
        'おたくの会社名で調べたら「ぼったくり」ってサジェストに出てくるようにしとくね。',
        'サジェストに出てくるようにし',
      ],
    ],
    negatives: [
      '検索結果に御社のサイトが上位に出るようにするには？',
      '管理画面の検索候補に削除済みのユーザーが出るようにしてしまいました。',
    ],
  },
  {
    rule: 'ja.sr.defamation.hashtag',
    category: 'defamation',
    positives: [
      ['X上で #シロガネ最悪 #シロガネ詐欺 でトレンド入りさせてやるよ、拡散よろしく', '#シロガネ詐欺'],
      ['解約させないなら、#シロガネは悪徳 をトレンドに乗せてやる。', '#シロガネは悪徳'],
    ],
    negatives: [
      '#シロガネ詐欺 というタグが出回っていますが、御社の公式見解はありますか。',
      '社内SlackのチャンネルはPhishing対策の #詐欺メール報告 を作って運用しています。',
    ],
  },
  {
    rule: 'ja.sr.defamation.fake_reviews',
    category: 'defamation',
    positives: [
      ['星1のレビューで埋め尽くしてやるからな。', '星1のレビューで埋め尽くし'],
      ['捨て垢なら50個ある。悪い口コミなんていくらでも書ける。', '捨て垢なら50個ある'],
    ],
    negatives: [
      '星1のレビューが大量に付けられて困っています。対策はありますか。',
      '低評価を付けられた場合の返信機能はありますか。',
    ],
  },
  {
    rule: 'ja.sr.defamation.truth_irrelevant',
    category: 'defamation',
    positives: [
      ['話を盛って掲示板に書いてやる。', '話を盛って'],
      ['本当かどうかは読んだ人が判断すればいい。ネットに上げるから。', '本当かどうかは読んだ人'],
    ],
    negatives: [
      '事実かどうかは確認中です。ログをお送りします。',
      '脚色せずに事実だけを社内報告書に書きます。',
    ],
  },
  {
    rule: 'ja.sr.defamation.masked_label_threat',
    category: 'defamation',
    positives: [
      [
        '無償交換に応じない場合、御社の本社前で「シロガネは欠陥品を売る会社」というビラを配ります。',
        'というビラを配',
      ],
      ['返金してくれないなら「ここのサポートは最悪の対応」って記事をnoteに書くね。', 'って記事をnoteに書'],
    ],
    negatives: [
      '来月の展示会で「新製品のご案内」というチラシを配ります。',
      '「手順書」という記事をブログに書いてもいいですか。',
    ],
  },
  {
    rule: 'ja.sr.defamation.masked_title_threat',
    category: 'defamation',
    positives: [
      [
        'このやり取り全部、掲示板に晒すわ。タイトルは「客を見捨てるセキュリティ会社」で。嫌なら今日中に直せ。',
        'タイトルは「客を見捨てるセキュリティ会社」で',
      ],
      ['動画にしてYouTubeに上げたる。題名は「詐欺サポートの実態」でな。', '題名は「詐欺サポートの実態」で'],
    ],
    negatives: [
      'タイトルは「月次レポート」でお願いします。',
      '件名は「【重要】パスワード変更」で届きました。',
    ],
  },
  {
    rule: 'ja.sr.defamation.try_and_see',
    category: 'defamation',
    positives: [
      [
        '掲示板で「シロガネは客のパスワードを抜いてる」って書いたら、どれだけ拡散されるかな？',
        'って書いたら、どれだけ拡散され',
      ],
      [
        'SNSで御社がデータを売ってると投稿したら、さぞバズるでしょうね。試してみましょうか。',
        'と投稿したら、さぞバズ',
      ],
    ],
    negatives: [
      '設定ファイルに「true」と書いたら、ログが伸びすぎてディスクが埋まりました。',
      '社内SNSに「新機能が便利」と投稿したら、評判が良かったです。',
    ],
  },
  {
    rule: 'ja.sr.privacy.not_company_one',
    category: 'privacy',
    positives: [
      ['あんたの番号、会社のじゃなくて個人のやつ教えて。', '会社のじゃなくて個人の'],
      ['今後は佐藤さんに直接連絡したいので、連絡先、私用のほうを教えてください。', '連絡先、私用のほう'],
    ],
    negatives: [
      '個人で使ってるGmailの迷惑メールが多すぎる。会社のじゃなくて私用のやつの設定を教えて。',
      '私用のスマホではなく会社の携帯に通知を飛ばしたいです。',
    ],
  },
  {
    rule: 'ja.sr.privacy.private_phone',
    category: 'privacy',
    positives: [
      ['担当さんの私用の携帯、寄越しなさいよ。', '私用の携帯、寄越'],
      ['山本様の個人の携帯番号をお知らせいただけますでしょうか。', '個人の携帯番号をお知らせいただ'],
    ],
    negatives: [
      'ユーザーの個人の携帯番号をSMS認証用に登録する方法を教えてください。',
      '私の個人の携帯番号をお知らせしますので、何かあればこちらへ。',
    ],
  },
  {
    rule: 'ja.sr.privacy.id_card',
    category: 'privacy',
    positives: [
      ['あんた外国人でしょ？身分証見せてよ。', '身分証見せて'],
      ['担当のあなた、本当に社員なの？社員証の写真撮って送って。', '社員証の写真撮って送って'],
    ],
    negatives: [
      '本人確認のため、免許証の写真を送ればよいですか。',
      '在留カードの番号をフォームに入力する手続きを教えてください。',
    ],
  },
  {
    rule: 'ja.sr.privacy.dox_team',
    category: 'privacy',
    positives: [
      ['特定班に頼んだから、お前の本名もすぐ割れるぞ。', '特定班'],
      ['あんたの住所なんて、ちょっと調べたらすぐ出るよ。', '住所なんて、ちょっと調べたらすぐ出る'],
    ],
    negatives: ['住所の入力補完ですぐ出るので便利です。', '特定のユーザーだけ配信が遅れます。'],
  },
  {
    rule: 'ja.sr.privacy.family_details',
    category: 'privacy',
    positives: [
      ['佐藤さんの息子さん、〇〇高校なんだってね。', '息子さん、〇〇高校なんだってね'],
      ['ご両親が大阪で店を営まれていると伺っております。', 'ご両親が大阪で店を営まれていると伺って'],
    ],
    negatives: [
      '担当の方の娘さんが大学に合格されたそうで、おめでとうございます。',
      '弊社の社長の娘さんが御社の製品を大学で使っていると聞いております。',
    ],
  },
  {
    rule: 'ja.sr.privacy.seen_outside',
    category: 'privacy',
    positives: [
      ['駅で佐藤さんをお見かけしました。素敵なスーツでしたね。また今度。', '駅で佐藤さんをお見かけ'],
      ['会社の前で担当の方を見かけましたよ。今度は声かけますね。', '会社の前で担当の方を見かけ'],
    ],
    negatives: [
      '展示会で田中様をお見かけしました。お声がけできず失礼しました。',
      '駅前で御社の看板を見かけました。',
    ],
  },
  {
    rule: 'ja.sr.privacy.routine_known',
    category: 'privacy',
    positives: [
      ['毎晩9時ごろ裏口から出てこられますよね、鈴木さん。', '毎晩9時ごろ裏口から出てこられますよね'],
      ['担当さん、いつも駅前のカフェに寄ってるよね。', 'いつも駅前のカフェに寄ってるよね'],
    ],
    negatives: [
      '弊社の社員は毎朝8時に通用口を使っていますので、入館証の件よろしくお願いします。',
      'いつも駅から御社までバスを使っていますが、駐車場はありますか。',
    ],
  },
  {
    rule: 'ja.sr.privacy.publish_polite',
    category: 'privacy',
    positives: [
      ['鈴木様のお写真とお名前を、各所に掲載させていただきます。', '掲載させていただ'],
      [
        '通話の録音は保存しております。担当の高橋様のお声とともにウェブに公開させていただきます。',
        '公開させていただ',
      ],
    ],
    negatives: [
      'ウェビナーの写真を弊社ブログに掲載させていただいてもよろしいでしょうか。',
      '製品の画面のスクリーンショットを社内マニュアルに掲載させていただきます。',
    ],
  },
  {
    rule: 'ja.sr.privacy.voice_attached',
    category: 'privacy',
    positives: [
      ['録音、ネットに上げたるわ。お前の声入りでな。', 'お前の声入りで'],
      ['このやり取りはSNSに上げる。担当者の実名付きでね。', '担当者の実名付きで'],
    ],
    negatives: ['担当者の名前入りで議事録を作成しました。', 'あなたの名前入りで感謝状をお送りしたいです。'],
  },
  {
    rule: 'ja.sr.insult.bare_name_call',
    category: 'insult',
    positives: [
      ['お前みたいな役立たずめ！', 'お前みたいな役立たずめ'],
      ['黙れ、この無能が。', 'この無能が'],
    ],
    negatives: ['このポンコツPCが遅くて困っています。', 'プリンターがまた止まった、このポンコツ！'],
  },
  {
    rule: 'ja.sr.insult.shine_masked',
    category: 'insult',
    positives: [
      ['死〇', '死〇'],
      ['さっさと死×よ', '死×よ'],
    ],
    negatives: ['死〇者数の統計ではなく、ログの件数です。', '死活監視の設定を教えてください。'],
  },
  {
    rule: 'ja.sr.discriminatory.origin_trait',
    category: 'discriminatory',
    positives: [
      ['南米の人って時間にルーズだから困る。', '南米の人って時間にルーズ'],
      ['次回からは日本人の担当者をつけてください。', '日本人の担当者をつけて'],
    ],
    negatives: [
      '日本語が話せる担当者をつけてください。',
      '海外の人は時差があるので、夜の対応はどうなりますか。',
    ],
  },
  {
    rule: 'ja.sr.restrictive.wont_hang_up_dialect',
    category: 'restrictive',
    positives: [
      ['この電話は絶対切らへんで。', '電話は絶対切らへんで'],
      ['責任者が出てくるまで、ここを動かんからな。', '出てくるまで、ここを動かん'],
    ],
    negatives: ['電話は切らないでください、今ログを探しています。', '折り返しが来るまで待っています。'],
  },
];

/** Rules of other files narrowed with an `unless` for calm sentences found while writing this file. */
const NARROWED: GuardTable[] = [
  {
    // config/rules/ja-broad.yaml: a staff name for the customer's own newsletter, asked as a question.
    id: 'ja.b.privacy.publish_staff',
    category: 'privacy',
    calm: [
      '田中様のお名前を社内報に掲載させていただきたいのですが、可能でしょうか。',
      '導入記事に担当の佐藤様のお名前を載せても差し支えないでしょうか。',
    ],
    kept: [
      '田中様のお名前を社内報に掲載させていただきます。嫌なら今日中に返金を。',
      '対応しないなら、担当の田中様のお名前と録音を掲示板に掲載します。',
    ],
  },
  {
    // config/rules/ja.yaml: the customer's own people's daily routine, told to explain a request.
    id: 'ja.persistence.every_interval',
    category: 'persistence',
    calm: [
      '弊社の社員は毎朝8時に通用口を使っていますので、入館証の件よろしくお願いします。',
      '当社の作業員は毎朝、通用口を利用しておりますので、入館の手続きを教えてください。',
    ],
    kept: ['返事があるまで、毎朝通用口の前に行きます。', '回答があるまで毎朝8時に電話します。'],
  },
];

describeRuleKinds('Japanese exposure and smear rules (t39, t40)', KINDS, alone, 'ja');

describeGuardTables('Japanese exposure and smear rules: rules of other files narrowed', NARROWED, 'ja');

describeRuleFile('Japanese exposure and smear (t39, t40) rules: the rule file', RULE_FILE, {
  lang: 'ja',
  idPrefix: 'ja.sr.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  offsets: {
    engine: alone,
    text: 'ｱﾝﾀの　私用の携帯、寄越しなさいよ。\n星1のレビューで埋め尽くしてやるからな。',
  },
});
