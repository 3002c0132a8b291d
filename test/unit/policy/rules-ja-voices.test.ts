/**
 * Japanese voices (config/rules/ja-voices.yaml, ids ja.v.*): constructions
 * from the training set t27 across registers (elderly formal, SNS casual,
 * Kansai/Hakata dialect, keigo with veiled menace, romaji and katakana mixes).
 * One table per rule with positives written for this test (not taken from any
 * corpus), each with the fragment the rule's own evidence must cover, and calm
 * negatives the whole engine must not flag; one calm/kept table per veto and
 * per narrowed rule of another file.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/ja-voices.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('ja-voices.yaml');

const KINDS: RuleKind[] = [
  // ------------------------------------------------------------- violence
  {
    rule: 'ja.v.violence.romaji_kill',
    category: 'violence',
    positives: [
      ['kyou jitsu no uchi ni naosanai nara korosu zo', 'korosu zo'],
      ['tantou no yatsu, bukkorosu', 'bukkorosu'],
      ['ima kara koroshi ni iku kara na', 'koroshi ni iku'],
    ],
    negatives: [
      'korosuke to iu kyara no sutikkaa wo tsukaitai desu',
      'プロセスをkillする方法を教えてください。',
    ],
  },
  {
    rule: 'ja.v.violence.kill_bare',
    category: 'violence',
    positives: [
      ['てめえら全員ｺﾛｽ', '全員ｺﾛｽ'],
      ['お前マジでころす。', 'ころす'],
      ['担当〇す、絶対', '担当〇す'],
    ],
    negatives: ['ゾンビプロセスをころすにはどうすればいいですか。', 'ジョブを殺す設定はどこにありますか。'],
  },
  {
    rule: 'ja.v.violence.short_tempered_boys',
    category: 'violence',
    positives: [
      ['うちの若い衆は血の気が多いさかい、どうなるか知らんで', '若い衆は血の気が多'],
      ['舎弟どもは気が短いんで、はよ払った方がええぞ', '舎弟どもは気が短'],
      ['顧問の方々は気性の荒い方ばかりでして。', '顧問の方々は気性の荒'],
    ],
    negatives: [
      'うちの若い衆は研修中で、気が短いところもありますがよろしくお願いします。',
      '若い社員が気が短くて困っています、という相談ではありません。ログの保存期間を教えてください。',
    ],
  },
  {
    rule: 'ja.v.violence.visit_home',
    category: 'violence',
    positives: [
      ['担当さんのお宅、だいたい分かったから今度挨拶に行くわ', 'お宅、だいたい分かったから今度挨拶に行'],
      ['田中様のご自宅にも一度ご挨拶に伺おうと考えております。', 'ご自宅にも一度ご挨拶に伺'],
    ],
    negatives: [
      '新年のご挨拶に伺いたいのですが、担当様のご都合はいかがでしょうか。御社のオフィスで結構です。',
      '私の自宅まで担当さんが挨拶に来てくれて助かりました。',
    ],
  },
  {
    rule: 'ja.v.violence.know_commute',
    category: 'violence',
    positives: [
      ['あんたの帰り道、もう調べがついとるで。', '帰り道、もう調べがついとる'],
      ['担当者様の帰宅経路は存じ上げておりますので。', '帰宅経路は存じ上げて'],
    ],
    negatives: ['私の通勤経路だとVPNが切れるのですが、対処法はありますか。'],
  },
  // --------------------------------------------------------- intimidation
  {
    rule: 'ja.v.intimidation.you_know_what_happens',
    category: 'intimidation',
    positives: [
      ['返事せんかったらどないなるか、分かっとるやろな', 'どないなるか、分かっとるやろ'],
      ['このまま放置されたらどうなるかお分かりですよね', 'どうなるかお分かりですよね'],
    ],
    negatives: ['アップデートしたら設定がどうなるか分からないので、手順を教えてください。'],
  },
  {
    rule: 'ja.v.intimidation.career_hindrance',
    category: 'intimidation',
    positives: [
      ['担当の佐藤様、今後のご出世に響かなければよいのですが。', 'ご出世に響かなければ'],
      ['あんたの査定に影響出んとええけどな', '査定に影響出んと'],
    ],
    negatives: [
      '担当者様の評価に影響が出ないよう、社内には私から説明しておきます。',
      '私の査定に影響が出ないと助かるので、早めに対応をお願いします。',
    ],
  },
  {
    rule: 'ja.v.intimidation.find_out_anyway',
    category: 'intimidation',
    positives: [
      ['名乗らんでもええよ、調べりゃすぐ分かるんやぞ', '調べりゃすぐ分かるんやぞ'],
      ['お前の住所なんて特定するのなんて簡単だからな', '特定するのなんて簡単だからな'],
    ],
    negatives: ['エラーコードを調べればすぐ分かるかと思ったのですが、見つかりませんでした。'],
  },
  {
    rule: 'ja.v.intimidation.offline_visit',
    category: 'intimidation',
    positives: [
      ['自宅も特定した。返金しないならリアルでお話ししに行くわ', 'リアルでお話ししに行く'],
      ['担当のLinkedIn見つけたんで、直接話しに行きます', '直接話しに行'],
    ],
    negatives: ['来週の定例はオフラインでお話ししに伺います。資料は当日お持ちします。'],
  },
  // ---------------------------------------------------------------- insult
  {
    rule: 'ja.v.insult.zako',
    category: 'insult',
    positives: [
      ['こんな設定もできんとか、サポートってザコすぎ', 'ザコすぎ'],
      ['所詮は雑魚担当やな', '雑魚'],
    ],
    negatives: [
      '合宿では雑魚寝でしたが、研修はとても役に立ちました。',
      '週末は釣りで雑魚ばかりでした（笑）。本題ですが、ログの件です。',
    ],
  },
  {
    rule: 'ja.v.insult.really_trash',
    category: 'insult',
    positives: [
      ['この窓口、ほんまカスやな', 'ほんまカス'],
      ['担当マジでクズ。', 'マジでクズ'],
    ],
    negatives: [
      'マジでゴミ箱の中身が消えない、担当さん助けて。',
      '会社のゴミ出しルールが変わったので、マジでゴミが多いです。',
    ],
  },
  {
    rule: 'ja.v.insult.kasu_tail',
    category: 'insult',
    positives: [
      ['はよ返事せえやカス', 'やカス'],
      ['黙って直せよクズ', 'よクズ'],
    ],
    negatives: ['カスタムルールを作りたいのですが、よくわかりません。', 'ゴミ箱を空にしてもよろしいですか。'],
  },
  // --------------------------------------------------------- discriminatory
  {
    rule: 'ja.v.discriminatory.foreign_staff_out',
    category: 'discriminatory',
    positives: [
      ['今後は中国人に担当させないでいただけますか。', '中国人に担当させない'],
      ['外国籍の方は弊社の案件から外していただきたく存じます。', '外国籍の方は弊社の案件から外して'],
    ],
    negatives: [
      '外国籍の社員も使うので、英語の画面に変えてもらえますか。',
      '外国人の利用者向けに通訳サービスはありますか。',
    ],
  },
  {
    rule: 'ja.v.discriminatory.nation_trait',
    category: 'discriminatory',
    positives: [
      ['外人雇うてケチっとるんやろ', '外人雇うてケチ'],
      ['アジア系の人って責任感の意識が日本人と違うでしょう', 'アジア系の人って責任感の意識が日本人と違'],
      ['あんなんに日本の客の相手させんなや', 'あんなんに日本の客'],
    ],
    negatives: ['海外拠点の社員は時差があるので、対応時間が違うのは理解しています。'],
  },
  {
    rule: 'ja.v.discriminatory.slurs',
    category: 'discriminatory',
    positives: [
      ['お前みたいなガイジに何言うても無駄', 'ガイジ'],
      ['オカマみたいな声で話すな', 'オカマみたい'],
    ],
    negatives: ['おかまいなく、ゆっくりで結構です。', '長い時間ありがとうございました。'],
  },
  // ---------------------------------------------------------------- privacy
  {
    rule: 'ja.v.privacy.staff_id_demand',
    category: 'privacy',
    positives: [
      ['昨日の担当さんの本名フルで教えて。ちょっと調べたいから', '本名フルで教えて'],
      ['担当の子、インスタ教えてよ', 'インスタ教えて'],
    ],
    negatives: [
      '担当さんのフルネーム教えてください、お礼の手紙を送りたいので。',
      '御社の公式LINEを教えてください、通知を受け取りたいです。',
    ],
  },
  {
    rule: 'ja.v.privacy.agent_family',
    category: 'privacy',
    positives: [['担当さんの娘さん、駅前の小学校やろ？知っとるで', '娘さん、駅前の小学校']],
    negatives: ['担当さんのお子さんの運動会でお休みと伺いました。よい一日になりますように。'],
  },
  {
    rule: 'ja.v.intimidation.agent_family',
    category: 'intimidation',
    positives: [
      ['佐藤様の息子さん、たしか北高校でしたよね。良いご回答を期待しております。', '息子さん、たしか北高校'],
    ],
    negatives: ['うちの息子の学校でも御社のフィルタを使っているそうです。'],
  },
  // ------------------------------------------------------------- restrictive
  {
    rule: 'ja.v.restrictive.sit_in',
    category: 'restrictive',
    positives: [
      ['ご回答をいただけるまで、退出するつもりはございません。', '退出するつもりはございません'],
      ['責任者が出てくるまでロビーで待ち続けます。', 'ロビーで待ち続け'],
    ],
    negatives: ['明日は受付で来訪者の登録をしてから伺います。'],
  },
  {
    rule: 'ja.v.restrictive.line_kept',
    category: 'restrictive',
    positives: [
      ['返事もらうまで電話つなぎっぱなしにしとくから', '電話つなぎっぱなしにしとく'],
      ['受話器置いたらあかんで、話は終わってへん', '受話器置いたらあかん'],
      ['トイレも行かせへんからな', 'トイレも行かせへん'],
    ],
    negatives: ['会議中は電話をつなぎっぱなしにすると回線が落ちますか？'],
  },
  // ------------------------------------------------------------- persistence
  {
    rule: 'ja.v.persistence.daily_calls',
    category: 'persistence',
    positives: [
      ['返金されるまで、毎日朝晩お電話いたします。', '毎日朝晩お電話いたします'],
      ['直すまで毎晩電話かけますからね', '毎晩電話かけます'],
    ],
    negatives: ['毎週月曜に定例のお電話をいたしますので、ご都合をお知らせください。'],
  },
  // ----------------------------------------------------------------- demands
  {
    rule: 'ja.v.exchange.difference_waived',
    category: 'exchange',
    positives: [
      ['上位プランに変えたい。差額は払わへんけど', '差額は払わへん'],
      ['ライセンスをLinux版に交換して、差額は御社で負担してください', '差額は御社で負担して'],
    ],
    negatives: ['上位プランに変更したいです。差額はお支払いします。'],
  },
  {
    rule: 'ja.v.exchange.annual_to_monthly',
    category: 'exchange',
    positives: [
      [
        '年間契約から月払いに切り替えたいです。前払いした分は返してください。',
        '年間契約から月払いに切り替え',
      ],
    ],
    negatives: ['年間プランから月額プランへの変更方法を教えてください。次回更新時からで構いません。'],
  },
  {
    rule: 'ja.v.monetary.unused_refund',
    category: 'monetary',
    positives: [
      ['途中解約になりますが、未使用分を返金していただけませんか。', '未使用分を返金'],
      ['規約上返金不可なのは承知していますが、今月分だけでも返金をお願いします。', '返金不可なのは承知'],
    ],
    negatives: [
      '規約どおりの返金をお願いします。返金対象です。',
      '途中解約の場合の未使用分の返金について、規約上の扱いを教えてください。',
    ],
  },
  {
    rule: 'ja.v.excessive.overnight_build',
    category: 'excessive',
    positives: [
      ['明日中に全部のデータを移行しといてください', '明日中に全部のデータを移行しといて'],
      ['あと3時間でSSO連携を構築してほしいです', 'あと3時間でSSO連携を構築して'],
    ],
    negatives: [
      '本日中にパスワードのリセットをお願いします。',
      '予定通り明日中に移行をお願いします、全部で20件です。',
    ],
  },
  {
    rule: 'ja.v.excessive.night_attendance',
    category: 'excessive',
    positives: [
      ['深夜3時まで誰か待機してもらえませんか', '深夜3時まで誰か待機してもらえ'],
      ['明け方まで付き合うてくれへんか', '明け方まで付き合うてくれへん'],
    ],
    negatives: ['深夜まで対応してくれた担当さん、ありがとうございました。'],
  },
  {
    rule: 'ja.v.excessive.come_to_office',
    category: 'excessive',
    positives: [['担当と課長、揃ってうちの会社まで来て説明せえ', 'うちの会社まで来']],
    negatives: ['来月うちの会社まで営業の方に来ていただく件、日程を相談させてください。'],
  },
  {
    rule: 'ja.v.unrelated.kid_project',
    category: 'unrelated',
    positives: [
      ['孫に貰ったスマホの使い方をちょっと教えてちょうだい', '孫に貰ったスマホ'],
      ['息子の自由研究でセキュリティのこと教えてください', '息子の自由研究'],
      ['PS5のコントローラー繋がらんからなんとかして', 'PS5のコントローラー'],
    ],
    negatives: ['ドメインコントローラーのログを取り込む方法を教えてください。'],
  },
  {
    rule: 'ja.v.unrelated.not_yours_romaji',
    category: 'unrelated',
    positives: [['御社関係ないんですけど、家のWi-Fiの設定お願いできます？', '御社関係ないんですけど']],
    negatives: ['関係部署にも設定をお願いしてあります、ありがとうございます。'],
    ownNegatives: ['御社と関係ないかもしれませんが、原因を確認していただけますか。'],
  },
  {
    rule: 'ja.v.defamation.circulate_unless_paid',
    category: 'defamation',
    positives: [
      [
        '御社が情報を漏らしている疑いを取引先にご案内する準備をしております。お嫌でしたら補償をご検討ください。',
        '取引先にご案内',
      ],
    ],
    negatives: ['弊社の障害の件を取引先に周知する必要があるので、報告書をください。'],
  },
  {
    rule: 'ja.v.monetary.amount_left_to_you',
    category: 'monetary',
    positives: [['額はそっちの誠意次第や、分かるやろ', '額はそっちの誠意']],
    negatives: ['金額については御社のご判断で見積もりをお出しください。'],
  },
  {
    rule: 'ja.v.monetary.terms_dont_care',
    category: 'monetary',
    positives: [['規約なんか関係ねえ、今すぐ全額返せ', '規約なんか関係ねえ']],
    negatives: ['規約は関係ないと思いますが、設定の確認方法を教えてください。'],
  },
  {
    rule: 'ja.v.excessive.tonight_onsite',
    category: 'excessive',
    positives: [['今夜中に現場にエンジニア来てくれ', '今夜中に現場にエンジニア来て']],
    negatives: ['今夜中に私が現地で再起動してみます。'],
  },
  {
    rule: 'ja.v.excessive.dedicated_engineer',
    category: 'excessive',
    positives: [['今のプランのまま専任エンジニアをつけてください', '専任エンジニアをつけて']],
    negatives: ['専任エンジニアがつくプランの見積もりをください。'],
  },
  {
    rule: 'ja.v.privacy.personal_account_hounding',
    category: 'privacy',
    positives: [['担当の個人のインスタにDM送りまくるわ', '個人のインスタにDM送り']],
    negatives: ['個人のアカウントに通知を送る設定はありますか。'],
  },
  {
    rule: 'ja.v.privacy.home_known',
    category: 'privacy',
    positives: [['あんたの家、三鷹やろ', '家、三鷹やろ']],
    negatives: [
      'ご自宅は遠いと伺っておりますので、リモートで大丈夫です。',
      '担当の高橋様のご自宅がうちの近所だと伺って驚きました。今後ともよろしくお願いします。',
    ],
  },
];

describeRuleKinds('Japanese voices rules', KINDS, alone, 'ja');

const GUARDS: GuardTable[] = [
  {
    id: 'ja.v.veto.reported_third_party',
    category: 'insult',
    calm: [
      '社長が「ふざけんな」って言うて怒ってますけど、僕の設定ミスでした。',
      '現場から「このクソ画面、遅すぎ」と苦情が出ているので、表示速度の改善方法を教えてください。',
    ],
    kept: ['ふざけんなよ、このクソ会社', '社長もお前らのことクソ会社って言っとるわ、ボケ'],
  },
  {
    id: 'ja.v.veto.technical_hit',
    category: 'violence',
    calm: ['スクリプトでAPIをぶっ叩いたら制限に引っかかりました。', '孤児プロセスがぼこぼこ生えてきます。'],
    kept: ['お前の顔ぶっ叩いたるからな', 'ぼこぼこにしてやるぞ'],
  },
  {
    id: 'ja.intimidation.fire_you',
    category: 'intimidation',
    calm: ['新機能の告知、全員にメール飛ばしてやるつもりです。'],
    kept: ['お前なんか地方に飛ばしてやる', 'クビにしてやるからな'],
  },
  {
    id: 'ja.persistence.until',
    category: 'persistence',
    calm: ['こっちが納得するまで、あんた電話置いたらあかん。'],
    kept: ['対応するまで何回でも電話するからな'],
  },
];

describeGuardTables('Japanese voices: vetoes and narrowed rules of other files', GUARDS, 'ja');

describeRuleFile('Japanese voices rules: the rule file', RULE_FILE, {
  lang: 'ja',
  idPrefix: 'ja.v.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => GUARDS.map((g) => g.id),
  offsets: { engine: alone, text: 'お前ら全員ｺﾛｽ。 ﾏｼﾞでｺﾞﾐ、担当。差額は払わへん、プラン上げて' },
});
