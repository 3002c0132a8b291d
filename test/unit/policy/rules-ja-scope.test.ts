/**
 * Japanese scope (config/rules/ja-scope.yaml, ids ja.o.*): constructions from
 * the Japanese items of the training set t30 (privacy, defamation and excessive
 * demands, with calm look-alikes). One table per rule with positives written for
 * this test (not taken from any corpus), each with the fragment the rule's own
 * evidence must cover, and calm negatives the whole engine must not flag; one
 * calm/kept table per veto and per narrowed rule of another file.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/ja-scope.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('ja-scope.yaml');

const KINDS: RuleKind[] = [
  // ------------------------------------------------------------ excessive
  {
    rule: 'ja.o.excessive.not_contracted_but',
    category: 'excessive',
    positives: [
      [
        '子会社2社はまだ契約していないのですが、当面は弊社の契約の中でまとめて面倒を見ていただけませんか。',
        '契約していないのですが',
      ],
      [
        'アーカイブのオプションは契約しておりませんが、過去5年分の検索をご対応いただけないでしょうか。',
        '契約しておりませんが',
      ],
      [
        '平日プランであることは承知しておりますが、年末年始の移行作業にもご対応いただくことは可能でしょうか。',
        '平日プランであることは承知',
      ],
    ],
    negatives: [
      'アーカイブのオプションは契約しておりませんが、追加する場合の費用を教えていただけますか。',
      '子会社はまだ契約していないのですが、見積もりをお願いできますか。',
      'まだ契約していないのですが、資料をお送りいただけないでしょうか。',
      '現在は契約していないのですが、再契約の手続きをお願いできますか。',
      '訓練メールのオプションは契約しておりませんが、有償で実施していただくことは可能でしょうか。',
      '平日プランであることは承知しております。休日の障害は翌営業日の対応で結構です。',
    ],
  },
  {
    rule: 'ja.o.excessive.weekend_on_weekday_plan',
    category: 'excessive',
    positives: [
      [
        '日曜日にどなたかに見ていただくことはできませんか。うちはスタンダードプランです。',
        '日曜日にどなたかに見ていただ',
      ],
      ['ベーシックプランなんですが、土日もご対応いただけると助かります。', '土日もご対応いただ'],
    ],
    negatives: [
      'スタンダードプランです。土曜の障害なので、月曜で大丈夫です。ご対応いただければ幸いです。',
      'スタンダードプランですが、休日対応は有償で追加できますか。土日にご対応いただける場合の料金を教えてください。',
      'プレミアムプランなので、日曜にご対応いただけますよね。',
    ],
  },
  {
    rule: 'ja.o.excessive.insist_after_refusal',
    category: 'excessive',
    positives: [
      ['そこを何とか、今回だけでも来ていただけませんか。', 'そこを何とか'],
      ['そこをなんとか本日中に対応してもらえませんか。', 'そこをなんとか'],
    ],
    negatives: [
      '無理を言ってすみません。そこを何とかしていただきありがとうございました。',
      'そこを何とか、見積もりを出していただけると助かります。',
      'そこを何とかしてほしいという気持ちもありますが、本日はリモートで結構です。',
    ],
  },
  {
    rule: 'ja.o.excessive.onsite_all_sites',
    category: 'excessive',
    positives: [
      ['全国の各支店に出張して、操作説明をしていただきたいです。', '各支店に出張'],
      ['全12拠点で対面の導入説明会をお願いできますか。', '全12拠点で対面'],
    ],
    negatives: [
      '全拠点での対面研修を有償でお願いする場合、費用はいくらになりますか。',
      'プレミアムのオンサイトプランで、各拠点への訪問をお願いします。',
      '全拠点で同じ設定にしたいので、リモートで手順を教えていただけますか。',
    ],
  },
  {
    rule: 'ja.o.excessive.outsourced_work',
    category: 'excessive',
    positives: [
      [
        'ついでに、社内のファイルサーバーの権限の棚卸しもお願いできないでしょうか。',
        'ついでに、社内のファイルサーバーの権限の棚卸しもお願いでき',
      ],
      [
        '御社の方で、古いメールボックス20個分の取り込みを代わりにしていただけませんか。',
        '御社の方で、古いメールボックス20個分の取り込み',
      ],
      [
        '貴社のエンジニアさんに、ISMS用の手順書類を作成していただけると助かります。',
        '手順書類を作成していただけ',
      ],
    ],
    negatives: [
      '移行作業は有償の構築支援になるとのこと、見積もりをお願いできますか。',
      'ついでにもう一点、隔離の設定についてお伺いしてもよろしいでしょうか。',
      '御社の方でログの調査をしていただけますか。',
    ],
  },
  // ------------------------------------------------------------ privacy
  {
    rule: 'ja.o.privacy.name_to_search',
    category: 'privacy',
    positives: [
      ['担当のミサキって本名？苗字教えて、あとで検索するから', '苗字教え'],
      ['フルネームで名乗れ。SNSで晒すから', 'フルネームで名乗'],
    ],
    negatives: [
      '署名に表示される苗字を、ローマ字のフルネームに変更する方法を教えてください。',
      '私の本名で登録されているアカウントを検索しても出てきません。',
    ],
  },
  {
    rule: 'ja.o.privacy.personal_phone_until',
    category: 'privacy',
    positives: [
      ['上長の私用携帯、言うまで帰さないよ。', '上長の私用携帯'],
      ['担当の個人の番号、今すぐ教えろや', '担当の個人の番号'],
    ],
    negatives: [
      '上長の個人携帯はお教えできないとのこと、承知しました。代表番号に折り返しをお願いします。',
      '社員の個人携帯をMFAに登録させたいのですが、手順を教えてください。',
    ],
  },
  {
    rule: 'ja.o.privacy.staff_roster',
    category: 'privacy',
    positives: [
      ['そちらのサポートチームの名簿、氏名と顔写真付きで送ってください。', '名簿、氏名'],
      ['御社の担当者全員の本名、こっちで特定してるところだから。', '担当者全員の本名'],
    ],
    negatives: [
      '弊社の社員名簿をCSVでインポートする際、氏名の列の形式を教えてください。',
      'サポートの担当者全員の氏名が記載された連絡体制表は、契約書に添付されていますか。',
    ],
  },
  {
    rule: 'ja.o.privacy.publish_named_recording',
    category: 'privacy',
    positives: [
      ['通話の録音、担当者名入りでTikTokに上げるから。', '担当者名入りでTikTokに上げ'],
      ['実名を出して動画を公開します。', '実名を出して動画を公開'],
    ],
    negatives: [
      '対応いただいた担当者名を入れて、社内報告書に載せてもよろしいでしょうか。',
      '感謝の気持ちを込めて、担当者名を入れてお礼の投稿をしたいのですが問題ありませんか。',
      '実名入りでインタビューを載せても構いませんか。',
    ],
  },
  {
    rule: 'ja.o.privacy.know_residence',
    category: 'privacy',
    positives: [
      [
        '担当の鈴木さん、浦和にお住まいなんですね。うちの事務所から近いですね。',
        'さん、浦和にお住まいなんですね',
      ],
      ['あんたの家、駅の裏らしいね。すぐ近くだわ', 'あんたの家、駅の裏らしいね'],
    ],
    negatives: [
      '担当の鈴木さん、浦和にお住まいなんですね、私も浦和出身です。',
      '担当の方、大阪にお住まいなんですね。今度大阪に出張するので、おすすめのお店を教えてください。',
      '在宅勤務の担当さんのご自宅は回線が細いと伺いましたが、画面共有は大丈夫ですか。',
      '担当の高橋様のご自宅がうちの近所だと伺って驚きました。今後ともよろしくお願いします。',
    ],
    /** The statistical backstop flags this bare remark alone; the rule needs a pressure cue. */
    ownNegatives: ['担当の鈴木さん、浦和にお住まいなんですね。'],
  },
  {
    rule: 'ja.o.intimidation.know_residence',
    category: 'intimidation',
    positives: [
      ['担当の鈴木さん、浦和にお住まいなんですね。弊社からすぐです。', 'さん、浦和にお住まいなんですね'],
      ['あんたの家、駅の裏らしいね。次はちゃんと答えてくれると信じてるよ。', 'あんたの家、駅の裏らしいね'],
    ],
    negatives: ['担当の鈴木さん、浦和にお住まいなんですね、私の地元です。今後ともよろしくお願いします。'],
  },
  {
    rule: 'ja.o.privacy.workplace_and_shift',
    category: 'privacy',
    positives: [
      [
        'そっちのコールセンターってどこ？シフト何時に終わんの？出てくるまで待ってるから',
        'コールセンターってどこ',
      ],
    ],
    negatives: [
      '御社のサポートセンターはどこにありますか。打ち合わせに伺いたいので、何時に終わるか教えてください。',
    ],
  },
  // ---------------------------------------------------------- defamation
  {
    rule: 'ja.o.defamation.quoted_label_published',
    category: 'defamation',
    positives: [
      [
        '御社のことは「客を騙すぼったくり業者」として記事にまとめて公開します。',
        'ぼったくり業者」として記事',
      ],
    ],
    negatives: ['「料金が安すぎる詐欺」という迷惑メールが届いたので、判定を確認してください。'],
    ownNegatives: ['元社員が「この会社は詐欺」と投稿した件で名誉毀損の削除依頼を出す予定です。'],
  },
  {
    rule: 'ja.o.defamation.label_post_conditional',
    category: 'defamation',
    positives: [
      [
        '金曜までに返金がなければ、ブログに「顧客を見捨てる会社」として記事を載せます。',
        'ブログに「顧客を見捨てる会社」として記事',
      ],
      ['今週中に直らなければ、口コミに「客を騙す会社」と書いて公開します。', '口コミに「客を騙す会社」と書'],
      [
        '対応いただけない場合は、「顧客を見捨てる会社」として記事を公開します。',
        '場合は、「顧客を見捨てる会社」として記事',
      ],
    ],
    negatives: [
      '明日までに直らなければ、口コミに「対応が遅かった」と正直な感想を書いて投稿します。',
      '「今すぐ支払え」という件名の迷惑メールが届きます。明日までに隔離できなければ、全社に注意喚起を公開します。',
    ],
  },
  {
    rule: 'ja.o.defamation.crime_claim_spread',
    category: 'defamation',
    positives: [
      ['お前らが顧客データ売ってるってSNSで拡散しとくわ', '売ってるってSNSで拡散'],
      ['解約者のデータを隠してるって掲示板に書いてやる', '隠してるって掲示板に書'],
    ],
    negatives: ['御社が顧客データを売っていると書かれた投稿を見ましたが、本当ですか。'],
  },
  {
    rule: 'ja.o.defamation.doctored_evidence',
    category: 'defamation',
    positives: [
      [
        '録音を少し編集すれば、担当が過失を認めたように見せられる。',
        '編集すれば、担当が過失を認めたように見せ',
      ],
    ],
    negatives: ['画像を加工して本物のように見せたなりすましメールを検知できますか。'],
  },
];

describeRuleKinds('Japanese scope rules', KINDS, alone, 'ja');

// ------------------------------------------- veto and narrowed rules of other files
const GUARDS: GuardTable[] = [
  {
    id: 'ja.o.veto.third_party_post',
    category: 'defamation',
    calm: [
      '元社員がSNSに「この会社は客を騙す詐欺会社」と投稿したため、法的措置を検討しています。メールの保全方法を教えてください。',
      '匿名のアカウントが掲示板に「社長は横領している」などと書き込みました。送信ログを出したいです。',
    ],
    kept: [
      'お前らは詐欺会社だってSNSに書き込んでやる',
      '「客を騙す詐欺会社」と口コミに投稿してやるから覚悟しとけ',
    ],
  },
  {
    id: 'ja.persistence.every_interval',
    category: 'persistence',
    calm: [
      'プレミアム24時間プランです。契約どおり30分おきに状況のご連絡をお願いします。',
      '24時間契約なので、1時間ごとに進捗をご連絡いただけますか。',
    ],
    kept: ['直るまで30分おきに電話するからな', '毎日電話してやるから覚悟しとけ'],
  },
  {
    id: 'ja.b.excessive.odd_hours',
    category: 'excessive',
    calm: [
      'プレミアムプランなので、日曜にご対応いただけますよね。',
      '24時間契約ですので、深夜2時に電話対応をお願いします。',
    ],
    kept: ['土日もサポートしてもらえませんか。', '深夜2時に電話で対応してもらえませんか。'],
  },
  {
    id: 'ja.excessive.onsite',
    category: 'excessive',
    calm: [
      'プレミアムのオンサイトプランで、各拠点への訪問をお願いします。',
      'オンサイト保守の契約に基づき、本社への訪問をお願いします。',
    ],
    kept: ['今すぐ本社に来てください。', 'エンジニアに事務所まで来ていただけませんか。'],
  },
];

describeGuardTables('Japanese scope: veto and narrowed rules of other files', GUARDS, 'ja');

describeRuleFile('Japanese scope rules: the rule file', RULE_FILE, {
  lang: 'ja',
  idPrefix: 'ja.o.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => GUARDS.filter((g) => g.id.startsWith('ja.o.')).map((g) => g.id),
  offsets: {
    engine: alone,
    text: 'ﾕｷって本名？苗字なに？ググるから教えて。担当者全員の実名とSNS、特定してるから御社の分も公開する',
  },
});
