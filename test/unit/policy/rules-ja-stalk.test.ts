/**
 * Japanese stalking and menace round (config/rules/ja-stalk.yaml, ids ja.sk.*):
 * rules and vetoes from the Japanese training set t64 (violence, intimidation
 * and privacy beside calm twins sharing their words), run through the real
 * policy file and engine. One table per rule with positives written for this
 * test in keigo, blunt speech and dialect (not taken from any corpus), each
 * with a fragment the rule's own evidence must cover, and calm look-alikes
 * sharing the trigger words in which the whole engine must not find the
 * category; one calm/kept table per veto.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/ja-stalk.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('ja-stalk.yaml');

const KINDS: RuleKind[] = [
  // ---------------------------------------------------------------- violence
  {
    rule: 'ja.sk.violence.from_behind',
    category: 'violence',
    positives: [
      [
        '山本様、毎晩ジムで鍛えていらっしゃるそうですね。ただ、背後から襲われたらひとたまりもないでしょう。',
        '背後から襲われたらひとたまりもない',
      ],
      [
        'あんた体鍛えとるらしいな。まあ後ろからやられたらどうしようもないけどな。',
        '後ろからやられたらどうしようもない',
      ],
    ],
    negatives: [
      'ラックの背面ケーブルは、後ろからではどうにもならないので前面から差し替えてください。',
      '後ろから見ても設定画面はどうにもならないので、管理者に確認します。',
    ],
  },
  {
    rule: 'ja.sk.violence.mock_safe_commute',
    category: 'violence',
    positives: [
      ['明日も、いつも通り会社に来られるといいですね、田村さん。', 'いつも通り会社に来られるといい'],
      ['あんた、今夜も無事に家に帰れたらええな。', '今夜も無事に家に帰れたらええ'],
    ],
    negatives: ['台風が近づいていますので、皆さん明日もいつも通り出勤できるといいですね。'],
    // flagged by a rule of another file (left alone in this round): this file alone must not.
    ownNegatives: [
      '今日も遅くまでありがとうございました。無事に帰宅できるといいのですが、お疲れさまでした。',
    ],
  },
  {
    rule: 'ja.sk.violence.teach_with_body',
    category: 'violence',
    positives: [
      ['言葉で通じない相手には、体で分からせるしかありませんね。', '体で分からせ'],
      ['お前みたいなんは、体に教えたらなあかんな。', '体に教えたら'],
    ],
    negatives: [
      'この操作は研修で何度もやって、体で覚えるしかないと思っています。',
      '新人さんには手順を体で分かるまで練習してもらっています。',
    ],
  },
  {
    rule: 'ja.sk.violence.fighter_meet',
    category: 'violence',
    positives: [
      ['私、柔道を二十年やっておりまして。一度直接お会いしてお話ししましょうか。', '柔道を二十年やって'],
      ['俺キックボクシング歴十年やぞ。いっぺん会って話そうや。', 'キックボクシング歴'],
    ],
    negatives: [
      '息子が空手をやっておりまして、大会の写真を社内報に載せたら配信保留になりました。',
      'うちの部長、柔道部出身なんですよ。来月の定例で直接お会いするのを楽しみにしています。',
    ],
  },
  {
    rule: 'ja.sk.violence.big_man_visit',
    category: 'violence',
    positives: [
      [
        '強面の男が数人で御社の受付に来たら、どう対応されるんでしょうね。',
        '強面の男が数人で御社の受付に来たら',
      ],
      [
        '体重120キロの男がそっちの窓口に行ったら、どうなるか試してみよか。',
        '体重120キロの男がそっちの窓口に行ったら',
      ],
    ],
    negatives: [
      '大柄な男性が受付に来たら、入館証を渡していただければ結構です。',
      '身長の高い社員が窓口に行きますので、よろしくお願いします。',
    ],
  },
  {
    rule: 'ja.sk.violence.settle_outside',
    category: 'violence',
    positives: [
      ['もう電話じゃ無理や。表で話つけようや。', '表で話つけ'],
      ['これ以上は外で決着をつけましょう。', '外で決着をつけ'],
    ],
    negatives: [
      '営業が取引先と外で話をつけてきたそうですが、障害はまだ直っていません。',
      '会議室が埋まっているので、外で話しましょうか。近くのカフェで打ち合わせでも。',
    ],
  },
  {
    rule: 'ja.sk.violence.staff_exit_waiting',
    category: 'violence',
    positives: [
      ['御社の通用口、何時に出てくるか分かってますんで。待ってますね。', '通用口'],
      ['裏の出口で待っとるけん、退勤したら顔見せえや。', '裏の出口'],
    ],
    negatives: [
      '明日の搬入は社員用の出入口からお願いします。受付で待っています。',
      '防災訓練のため、通用口の場所を教えていただけますか。',
    ],
  },
  {
    rule: 'ja.sk.violence.staff_exit_known',
    category: 'violence',
    positives: [
      ['大阪のビル、従業員用の出口は地下の一つだけですよね。', '従業員用の出口は地下の一つだけですよね'],
      ['あんたらの通用口って駐車場側やろ？', '通用口って駐車場側やろ'],
    ],
    negatives: [
      '納品の際、通用口は駐車場側ですよね？台車で伺います。',
      '車椅子の社員が参加しますが、裏口はバリアフリーですよね。',
    ],
  },
  {
    rule: 'ja.sk.violence.wait_near_office',
    category: 'violence',
    positives: [
      ['電話じゃ埒があかん。会社の下で待っとるけん、出てこいや。', '会社の下で待っとる'],
      ['直接話をつけます。御社の前の駐車場で待ってますから。', '御社の前の駐車場で待ってます'],
    ],
    negatives: [
      '打ち合わせの前に早めに着きそうなので、御社の前のカフェで待ってます。',
      '明日の訪問、御社の入口で待っていますね。受付の場所を教えてください。',
    ],
  },
  {
    rule: 'ja.sk.violence.send_acquaintances',
    category: 'violence',
    positives: [
      [
        '知り合いに頼んで、あんたの会社に挨拶に行かせるわ。楽しみにしとき。',
        '知り合いに頼んで、あんたの会社に挨拶に行かせ',
      ],
      ['うちの若いのに言うて、そっちに顔出させますんで。', '若いのに言うて、そっちに顔出させ'],
    ],
    negatives: [
      '知り合いに頼んで、来月の展示会に顔を出させます。御社のブースにも寄らせますね。',
      '後輩に言って、御社のセミナーに顔出させますね。',
    ],
  },
  {
    rule: 'ja.sk.violence.next_encounter',
    category: 'violence',
    positives: [
      ['今度会うたら、どうなるか知らんで。', '今度会うたら、どうなる'],
      ['次に見かけたときは、無事で済むといいですね。', '次に見かけたときは、無事で'],
    ],
    negatives: [
      '次にお会いしたときに、改めてお礼を申し上げます。',
      '次にお会いしたとき、どうなるか分からない点は打ち合わせで詰めましょう。よろしくお願いします。',
    ],
  },
  {
    rule: 'ja.sk.violence.car_check_hint',
    category: 'violence',
    positives: [
      ['担当さんの車、駐車場で見たよ。タイヤ、ちゃんと見といた方がええで。', 'タイヤ、ちゃんと見といた方'],
      [
        'あなたの車、いつも同じ場所に停まってますね。ブレーキは点検しておいた方がいいですよ。',
        'ブレーキは点検しておいた方',
      ],
    ],
    negatives: [
      '社用車のブレーキは点検しておいた方がいいと整備工場に言われました。',
      '駐車場の監視カメラで車のナンバーを確認した方がいいですか？',
    ],
  },
  {
    rule: 'ja.sk.violence.lonely_route',
    category: 'violence',
    positives: [
      ['田中さんのお子さん、通学の道は人通りが少ないですよね。', '通学の道は人通りが少な'],
      ['あんたの帰り道、夜は人気がないやろ。', '帰り道、夜は人気がない'],
    ],
    negatives: [
      '下校の時間帯は人通りが少ないので、見守りカメラの通知設定を教えてください。',
      '帰宅の時間帯は人通りが少ないため、防犯の注意喚起メールを社員さんに送りたいです。',
    ],
  },
  {
    rule: 'ja.sk.violence.go_settle_directly',
    category: 'violence',
    positives: [
      ['今日中に直さへんなら、乗り込んで話つけたるわ。覚悟しとけ。', '乗り込んで話つけ'],
      ['返事がないなら、こっちから行って直接話をつけますから。逃げないでくださいね。', '行って直接話をつけ'],
    ],
    negatives: [
      '来週そちらに伺って、直接お詫びと打ち合わせをさせていただきます。',
      '先方の事務所に行って話をつけてきました。障害の件は引き続きお願いします。',
    ],
  },
  // ------------------------------------------------------------ intimidation
  {
    rule: 'ja.sk.intimidation.use_is_ours',
    category: 'intimidation',
    positives: [
      ['このやり取り、全部保存してあります。使い道はこちらで決めますので。', '使い道はこちらで決め'],
      ['通話は録音済みや。どこに出すかはわし次第やで。', 'どこに出すかはわし次第'],
    ],
    negatives: [
      '手順のスクショを撮りました。社内手順書にどう使うかはこちらで決めます。',
      '録音データの使い方は、品質管理の目的に限るとこちらで決めています。',
    ],
  },
  {
    rule: 'ja.sk.intimidation.finish_you',
    category: 'intimidation',
    positives: [
      ['この記録を本社に送って、担当者を潰しますからね。', '担当者を潰します'],
      ['お前のことは終わらせてやるよ。', 'お前のことは終わらせてやる'],
    ],
    negatives: [
      '今日中にこのチケットを終わらせていただけると助かります。',
      'あなたのおかげで作業を終わらせることができました。',
    ],
  },
  {
    rule: 'ja.sk.intimidation.recordings_to_media',
    category: 'intimidation',
    positives: [
      ['通話の録音、週刊誌に持ち込んだら面白い記事になるでしょうね。', '週刊誌に持ち込んだら'],
      ['このチャットのやり取り、知り合いの記者に見せたらどうなるかな。', '記者に見せたら'],
    ],
    negatives: [
      '通話録音の保存期間について、社内報の記者に見せる前に確認させてください。許可はいただいています。',
      '先日の取材を受けた件、録音は広報にお渡ししました。',
    ],
  },
  {
    rule: 'ja.sk.intimidation.refusers_regretted',
    category: 'intimidation',
    positives: [
      ['俺に逆らった奴は、みんな辞めていったで。', '逆らった奴は、みんな辞め'],
      [
        '弊社の依頼をお断りになった会社は、皆さん後で後悔なさいました。',
        'お断りになった会社は、皆さん後で後悔',
      ],
    ],
    negatives: [
      '以前お断りした方は、後で別の窓口を紹介してもらえたそうです。',
      'お断りの連絡をした方は、後悔しないよう理由を添えてください。',
    ],
  },
  {
    rule: 'ja.sk.intimidation.predecessor_fate',
    category: 'intimidation',
    positives: [
      ['前任の方がどうして急に辞めたか、ご存じですか？', '前任の方がどうして急に辞めたか、ご存じ'],
      ['前の担当、なんでおらんようになったか知っとる？いなくなったんやで。', 'なんで'],
    ],
    negatives: [
      '前の担当の方がなぜ異動になったか、差し支えなければ教えていただけますか。寂しくなります。',
      '前任の方がどうして退職されたかは存じませんが、大変お世話になりました。',
    ],
  },
  {
    rule: 'ja.sk.intimidation.may_do_anything',
    category: 'intimidation',
    positives: [
      [
        'うちの主人、気が短いんです。この話を聞いたら何をしでかすか分かりませんよ。',
        '何をしでかすか分かりません',
      ],
      ['若い連中が怒っとってな、何するか分からへんで。', '何するか分からへん'],
    ],
    negatives: ['このマクロは何をするか分からないので、中身を確認してから実行したいです。'],
    // flagged by a rule of another file (left alone in this round): this file alone must not.
    ownNegatives: [
      'うちの猫がキーボードに乗ると何をするか分からないので、画面ロックの設定を教えてください。',
    ],
  },
  {
    rule: 'ja.sk.intimidation.name_passed_on',
    category: 'intimidation',
    positives: [
      ['あんたの名前、もう親分に伝えてあるから。覚悟しときな。', 'あんたの名前、もう親分に伝えて'],
      [
        '担当さんのお顔、会長にも伝えてありますので。覚悟なさってください。',
        '担当さんのお顔、会長にも伝えて',
      ],
    ],
    negatives: [
      '担当の方のお名前、社長にも伝えておきました。とても感謝しておりました。',
      '担当さんの名前を上司に伝えて、表彰の推薦をしました。',
    ],
  },
  {
    rule: 'ja.sk.intimidation.standing_at_work',
    category: 'intimidation',
    positives: [
      [
        'この件が広まったら、あなたが職場でどんな扱いになるか、よく考えてください。',
        'あなたが職場でどんな扱いになるか',
      ],
      ['担当のお前が社内でどう評価されるか、楽しみやな。', 'お前が社内でどう評価'],
    ],
    negatives: [
      '社内でどういう評価になるか心配なので、当社の稟議用に見積書をください。',
      '私が社内でどんな扱いになるか不安ですが、原因報告書をお願いします。',
    ],
  },
  {
    rule: 'ja.sk.intimidation.find_out_ourselves',
    category: 'intimidation',
    positives: [
      [
        '担当者の実名を教えていただけないなら、こちらで特定します。',
        '教えていただけないなら、こちらで特定し',
      ],
      ['あんたの自宅なんか、調べる方法はなんぼでもあるんやで。', '調べる方法はなんぼでも'],
    ],
    negatives: [
      'ログを出していただけないなら、こちらで調べます。原因の切り分けを進めます。',
      '障害の原因を調べる方法はいろいろあると思いますが、手順を教えてください。',
    ],
  },
  {
    rule: 'ja.sk.intimidation.others_will_act',
    category: 'intimidation',
    positives: [
      [
        '担当の名前は界隈に流しといた。あとはあいつらが好きにやってくれるわ。',
        'あとはあいつらが好きにやって',
      ],
      [
        '担当者の写真、フォロワーに共有しておきます。後はみんながうまくやってくれるでしょう。',
        '後はみんながうまくやって',
      ],
    ],
    negatives: [
      '設定は終わりました。あとはみんなが自由に使ってくれるでしょう。',
      '資料を共有しました。後はチームのみんながうまくやってくれると思います。',
    ],
  },
  {
    rule: 'ja.sk.intimidation.tell_their_contacts',
    category: 'intimidation',
    positives: [
      ['あんたのインスタ特定したで。フォロワー全員にこの件DMしとくわ。', 'フォロワー全員にこの件DMし'],
      ['担当さんのXの友達に、全部教えてあげますね。', '友達に、全部教えて'],
    ],
    negatives: [
      '当社アカウントのフォロワーにメンテナンスの件をDMしたいのですが、一括送信はできますか。',
      '家族にも連絡しましたが、アカウントの特定方法を教えてください。',
    ],
  },
  // ----------------------------------------------------------------- privacy
  {
    rule: 'ja.sk.privacy.leaving_time_asked',
    category: 'privacy',
    positives: [
      ['担当の佐藤さん、今日は何時に退社されますか。', '何時に退社'],
      ['兄ちゃん、あんた何時に上がるん？', '何時に上がる'],
    ],
    negatives: [],
    // flagged by a rule of another file (left alone in this round): this file alone must not.
    ownNegatives: [
      '佐藤さん、今日は何時に退社されますか。それまでに資料をお送りします。',
      '担当さん、何時に上がられますか？無理なさらないでくださいね。',
    ],
  },
  {
    rule: 'ja.sk.privacy.routine_recited',
    category: 'privacy',
    positives: [
      ['中村様は、毎週水曜の夜に駅前のプールに通っていらっしゃいますね。', 'に通っていらっしゃ'],
      ['あんた、土曜の朝は近所の公園に行ってはるやろ。', 'に行ってはる'],
    ],
    negatives: [
      '私も毎週水曜の夜にジムに通っていますが、そのジムを騙ったメールが届きました。',
      '当社の社員が毎朝事務所に寄っていますので、入館証の発行をお願いします。',
    ],
  },
  {
    rule: 'ja.sk.privacy.name_to_crowd',
    category: 'privacy',
    positives: [
      ['5chの住人に、担当の本名教えといたわ。', '5chの住人に、担当の本名教え'],
      ['アンチの連中に、あなたの顔写真を渡しておきますね。', '連中に、あなたの顔写真を渡し'],
    ],
    negatives: [
      '掲示板に当社社員のアカウント情報が掲載されていました。パスワードのリセット方法を教えてください。',
      'フォロワーにメンテナンス日程を教えておきます。',
    ],
  },
  {
    rule: 'ja.sk.privacy.real_name_home_needed',
    category: 'privacy',
    positives: [
      ['内容証明を送るので、担当者の自宅の住所が必要です。', '担当者の自宅の住所が必要'],
      ['あんたの本名を出せ。', 'あんたの本名を出せ'],
    ],
    negatives: ['入館手続きのため、担当者の方の氏名が必要です。本名でなくて名札のお名前で結構です。'],
    // flagged by a rule of another file (left alone in this round): this file alone must not.
    ownNegatives: ['担当者の自宅住所は不要です。会社宛てにお送りください。'],
  },
  {
    rule: 'ja.sk.privacy.recordings_to_media',
    category: 'privacy',
    positives: [
      ['あの担当の通話録音、テレビ局に売り込んだろか。', 'テレビ局に売り込んだろか'],
      ['お電話の音声、新聞社の記者に聞かせたら喜ばれるでしょうね。', '記者に聞かせたら'],
    ],
    negatives: ['通話録音のデータを、監査のため弊社の法務に見せてもよいでしょうか。'],
  },
  {
    rule: 'ja.sk.privacy.train_recited',
    category: 'privacy',
    positives: [
      ['小林様は毎朝、8時5分の快速にお乗りですね。', '快速にお乗り'],
      ['あんた、毎晩最終のバスに乗っとるやろ。', 'バスに乗っと'],
    ],
    negatives: [
      '私は毎朝同じ電車に乗って通勤していますが、今日は遅延で遅れます。',
      '社員が毎日電車で通っているので、VPNの接続時間を延ばしたいです。',
    ],
  },
  {
    rule: 'ja.sk.privacy.staff_shift_asked',
    category: 'privacy',
    positives: [
      ['あの女性オペレーターさんのシフトを教えてください。', 'シフトを教えて'],
      ['誰がいつ出てるか、担当者の名前付きで勤務表を出してくれ。', '勤務表を出して'],
    ],
    negatives: [
      '当社社員のシフトをシロガネに連携したいので、インポートの形式を教えてください。',
      'サポート窓口の受付時間を教えてください。',
    ],
  },
  {
    rule: 'ja.sk.privacy.name_photo_posted',
    category: 'privacy',
    positives: [
      ['担当者のこと、実名入りで掲示板に書いておきます。', '実名入りで掲示板に書'],
      ['あの店員、顔写真付きでインスタに上げたるわ。', '顔写真付きでインスタに上げ'],
    ],
    negatives: ['ウェビナーの講師紹介として、お名前入りで告知サイトに載せてもよろしいでしょうか。'],
    // flagged by a rule of another file (left alone in this round): this file alone must not.
    ownNegatives: ['当社の社員の顔写真付きで採用サイトに載せたいのですが、画像の形式を教えてください。'],
  },
];

const GUARDS: GuardTable[] = [
  {
    id: 'ja.sk.veto.kill_me_rhetorical',
    category: 'violence',
    calm: [
      'こんな仕様変更、現場殺す気ですか（笑）手順書はありますか。',
      '毎週のアップデートって、うちの情シス殺す気か？冗談だけど。',
    ],
    kept: ['お前、殺すぞ。', '担当のあんたを殺す気でいくからな。'],
  },
  {
    id: 'ja.sk.veto.file_with_addresses',
    category: 'privacy',
    calm: [
      '社員の自宅住所を含むファイルが、誤って外部に共有されていました。リンクを失効させたいです。',
      '顧客の連絡先が入ったCSVを送ってしまいました。ダウンロード履歴を教えてください。',
    ],
    kept: ['担当者の自宅の住所を教えてください。', 'あんたの個人の携帯番号を教えろ。'],
  },
  {
    id: 'ja.sk.veto.name_withheld',
    category: 'privacy',
    calm: [
      '担当の方のご説明をブログで紹介させてください。お名前は伏せて掲載します。',
      '今回の対応を事例として社内報に載せます。担当者様の実名は出さずに掲載いたします。',
      // 2026-12-03: names the customer asks to be kept out.
      '返信メールに担当者のフルネームを載せるのはやめた方がいいと、弊社のコンプラ部門から指摘がありました。',
      '担当者のフルネームを返信メールに載せないでください。',
      '社員の顔写真をサイトに掲載するのは控えた方がよいと思います。',
    ],
    kept: [
      '担当の顔写真をネットに晒すからな。',
      '名前は伏せずにSNSに晒してやる。',
      '担当者の名前を載せないでほしければ、誠意を見せろ。',
      '担当者のフルネームをネットに載せるぞ。',
      '担当者の顔写真をSNSに晒す。',
    ],
  },
  {
    id: 'ja.sk.veto.contract_allowance',
    category: 'excessive',
    calm: [
      '土曜の夜間作業への立ち会いを、契約上の作業枠（年4回）の1回分として承知しております。',
      '今夜22時からの作業、保守プラン上の訪問枠の1回分として承知しています。',
    ],
    kept: [
      '契約外なのは承知していますが、今夜22時から対応してください。',
      '保守契約の範囲内で、土日も夜間対応していただけますか。スタンダードプランなのは承知しています。',
    ],
  },
  {
    id: 'ja.sk.veto.own_try_hedge',
    category: 'intimidation',
    calm: [
      'どうなっても知らんけど、とりあえず再起動してみたら動きました。',
      'どうなっても知らないけど、思い切って設定を戻したら直りましたｗ',
    ],
    kept: ['どうなっても知らんけどな、あんたの責任やで。', '返事がないなら、どうなっても知らないからな。'],
  },
];

describeRuleKinds('Japanese stalking and menace round (t64): rules', KINDS, alone, 'ja');

describeGuardTables('Japanese stalking and menace round (t64): vetoes', GUARDS, 'ja');

describeRuleFile('Japanese stalking and menace round (t64): the rule file', RULE_FILE, {
  lang: 'ja',
  idPrefix: 'ja.sk.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => GUARDS.map((g) => g.id),
  offsets: {
    engine: alone,
    text: 'ＭＲＩ検査の話はさておき、　表で話つけようや。 あんたの名前、もう親分に伝えてあるから。覚悟しときな。',
  },
});
