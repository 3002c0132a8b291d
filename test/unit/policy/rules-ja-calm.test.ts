/**
 * Japanese calm-heavy round (config/rules/ja-calm.yaml, ids ja.cm.*): vetoes
 * and rules from the Japanese training set t52 (angry or blunt but legitimate
 * customers using trigger words, beside harassment using similar words) and
 * the rule writer's own calm probes, run through the real policy file and
 * engine. One table per rule with positives written for this test (not taken
 * from any corpus), each with a fragment the rule's own evidence must cover,
 * and calm look-alikes in which the whole engine must not find the category;
 * one calm/kept table per veto, and one per rule of another file narrowed with
 * an `unless` (kept: that rule's real positives, which must still fire).
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/ja-calm.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('ja-calm.yaml');

const KINDS: RuleKind[] = [
  {
    rule: 'ja.cm.insult.quit_being_human',
    category: 'insult',
    positives: [
      ['こんな回答しかできないなら、人間やめたらどうですか。', '人間やめたらどう'],
      ['お前もう人間やめちまえよ。', '人間やめちまえ'],
      ['担当さん、人間辞めた方がいいですよ。', '人間辞めた方が'],
    ],
    negatives: [
      '繁忙期で人間やめたくなるほど忙しいですが、設定の件だけ教えてください。',
      '私は今週ずっと徹夜で、人間やめそうです。ログの取得方法を教えてください。',
      '「俺は人間をやめるぞ」という漫画の台詞がフィルタに引っかかりました。',
    ],
  },
  {
    rule: 'ja.cm.violence.kill_you_romaji',
    category: 'violence',
    positives: [
      ['プロセスより先にてめえをkillしてやる。', 'てめえをkillしてやる'],
      ['担当者をキルしたいわ、本気で。', '担当者をキルしたい'],
      ['あんたのことkillするぞ。', 'あんたのことkillするぞ'],
    ],
    negatives: [
      'kill -9 でプロセスを止めても再起動してきます。',
      '古いセッションをkillしたいのですが、管理画面からできますか。',
      'ゲームで敵をキルしたら通知が来るアプリが社内で流行っています。',
    ],
  },
  {
    rule: 'ja.cm.defamation.smear_title',
    category: 'defamation',
    positives: [
      ['担当者の顔写真、「客を見捨てる無責任サポート」ってタイトルでネットに晒すから。', 'ってタイトルで'],
      ['悪徳業者のハッシュタグ付けて、SNSで拡散してやる。', '悪徳業者のハッシュタグ付けて'],
      ['お前らの対応、「詐欺サポート」という見出しで掲示板に晒します。', 'という見出しで'],
    ],
    negatives: [
      '導入事例は「メール誤送信ゼロへの道」というタイトルで公開してもよろしいでしょうか。',
      '社内報に「セキュリティ強化の一年」という見出しで記事を書きました。',
      '「詐欺サポート」というタイトルで弊社が晒されている投稿を見つけました。削除依頼の方法はありますか。',
    ],
  },
  {
    rule: 'ja.cm.defamation.spread_rumour',
    category: 'defamation',
    positives: [
      ['お宅が顧客データを売ってるって噂、広めてやろうか。', '噂、広めてやろうか'],
      ['社長が横領してるという話を業界中に流してやる。', '話を業界中に流してやる'],
      ['サポートが客を騙してるみたいな噂をばらまいてやるよ。', '噂をばらまいてやる'],
    ],
    negatives: [
      '御社が情報を売っているという噂を流されて困っています。',
      '弊社が倒産するという噂がSNSで拡散されていて、取引先から問い合わせが来ています。',
      '新機能が出るという話を社内に広めておきました。楽しみにしています。',
    ],
  },
  {
    rule: 'ja.cm.privacy.named_review_posted',
    category: 'privacy',
    positives: [
      ['口コミサイトに担当者の実名入りで書き込みました。', '担当者の実名入りで書き込みました'],
      ['対応した人の名前入りでレビュー投稿しといたから。', '対応した人の名前入りでレビュー投稿しといた'],
      ['あんたのフルネーム入りでSNSに載せました。', 'あんたのフルネーム入りでSNSに載せました'],
    ],
    negatives: [
      '口コミに担当さんの名前入りで感謝の言葉を書きました。',
      'レビューに担当の方のお名前入りで、丁寧に対応していただいたと投稿しました。',
      '担当者名入りの見積書をPDFで送っていただけますか。',
    ],
  },
  {
    rule: 'ja.cm.persistence.daily_visit_until',
    category: 'persistence',
    positives: [
      ['返金されるまで、毎朝そちらの受付に伺います。', '毎朝そちらの受付に伺います'],
      ['回答が出るまで毎日本社に押しかけるからな。', '毎日本社に押しかける'],
      ['責任者が出てくるまで、連日御社に来社します。', '連日御社に来社します'],
    ],
    negatives: [
      '導入期間中は毎日御社に伺っている営業の山田です。',
      '毎週御社の事務所に伺う定例の日程を調整させてください。',
      '毎日会社に来るのが楽しみになるようなツールですね。',
    ],
  },
  {
    rule: 'ja.cm.excessive.visit_until_hold',
    category: 'excessive',
    positives: [
      ['技術者がうちに来るまで、この電話は切らないからな。', '技術者がうちに来るまで'],
      ['エンジニアをこっちに来させるまで絶対帰らないよ。', 'エンジニアをこっちに来させるまで'],
      ['責任者がここに来るまで繋ぎっぱなしにしますので。', '責任者がここに来るまで'],
    ],
    negatives: [
      'エンジニアの方がこちらに来るまで、作業は止めておきます。',
      '訪問が確定したので、担当者がこちらに来るまで待機しています。',
      '技術者の方が現地に来るまでの間、ログを取っておきます。',
    ],
  },
  {
    rule: 'ja.cm.excessive.send_someone_yokose',
    category: 'excessive',
    positives: [
      ['今すぐ技術者をうちの工場に寄こせ。', '技術者をうちの工場に寄こせ'],
      ['明日の朝までに誰か寄こしてください、現場が止まってるんで。', '誰か寄こしてください'],
      ['今夜中にエンジニア寄こせや。', 'エンジニア寄こせ'],
    ],
    negatives: [
      '先週はエンジニアを寄こしていただき、ありがとうございました。',
      '資料を寄こしてもらえますか、メールで大丈夫です。',
      '手が空いている時で構いませんので、マニュアルのPDFを寄こしてください。',
    ],
  },
];

// ------------------------------------------------------------- vetoes
const VETOES: GuardTable[] = [
  {
    id: 'ja.cm.veto.reported_user_words',
    category: 'insult',
    calm: [
      'ユーザーから「このクソアプリどうにかしろ」ってチケットが来てます。原因を調べてもらえますか。',
      '現場の社員から「このクソシステム遅すぎ」と苦情が上がっています。改善の予定はありますか。',
      'お客様から「クソサービス」という書き込みがありました。障害情報を確認させてください。',
    ],
    kept: [
      'ユーザーから「このクソアプリ」ってチケットが来てる、お前らのせいだぞバカが。',
      'このクソシステム、何とかしろよ。',
      'こんなクソサービスに金払ってたのが馬鹿らしい。',
    ],
  },
  {
    id: 'ja.cm.veto.face_known_not_private',
    category: 'privacy',
    calm: [
      'あんたの顔はもう覚えたからな。次会ったら殴る。',
      '担当の顔、動画で分かってるからな。見かけたらただじゃおかない。',
      'お前の顔はしっかり覚えました。',
    ],
    kept: [
      '担当の顔も自宅も分かってるからな。',
      'あなたの顔写真、もう保存してありますよ。',
      'お前の顔と住所、知ってるぞ。',
    ],
  },
  {
    id: 'ja.cm.veto.free_work_cost',
    category: 'monetary',
    calm: [
      '操作マニュアルを英語に翻訳していただけませんか。\n費用は御社負担でお願いします。',
      '手順書の作成をお願いしたいです。費用は御社持ちでお願いできますか。',
      '全拠点の設定作業を代行してください。費用はそちらの負担でお願いします。',
    ],
    kept: [
      '御社の障害で作業が止まりました。費用は御社負担で補填してください。',
      '障害のせいで翻訳作業がやり直しになりました。費用は御社負担でお願いします。',
      '弁護士費用は御社持ちでお願いします、迷惑をかけられたので。',
    ],
  },
  {
    id: 'ja.cm.veto.stutter_replace_not_insult',
    category: 'insult',
    calm: [
      '先日の担当の方、吃音があって聞き取りづらかったです。次は普通に話せる人に代わってください。',
      'どもりのある人は困ります。普通に喋れる人を出して。',
    ],
    kept: [
      '何どもってんの？普通に話せる人を出して。',
      '吃音だか知らんが、お前みたいな無能じゃなく普通に話せる人を出せ。',
      '普通にしゃべれる奴に代われ。',
    ],
  },
  {
    id: 'ja.cm.veto.woman_asked_sexual',
    category: 'excessive',
    calm: [
      '次の打ち合わせには若い女性の担当に来てほしいな。ミニスカートでね。',
      '会議には美人の担当者に来てもらいたいです。お酌もしてもらえたら最高。',
    ],
    kept: [
      '今すぐ担当者に来てもらいたい。',
      'エンジニアを本社に来させてください、明日中に。',
      '女性の担当者でいいから、今日中に事務所に来てください。',
    ],
  },
  {
    id: 'ja.cm.veto.advance_photo_not_privacy',
    category: 'privacy',
    calm: ['今度ご飯行こうよ。私服の写真送ってよ。', '声かわいいね。普段着の写真見せてよ。'],
    kept: [
      '声かわいいね。写真送ってよ、顔見て話したい。',
      '担当の顔写真送って。',
      '私服の写真送ってよ。あと担当さんの自宅の住所も教えて。',
    ],
  },
  {
    id: 'ja.cm.veto.contracted_visit_logistics',
    category: 'excessive',
    calm: [
      '保守契約（年2回の定期点検）の件、入館手続きが済みましたので、当日は受付までお越しください。',
      'オンサイト点検の当日は、2階の受付までお越しください。入館証をお渡しします。',
      '契約に基づく定期点検の日程が決まりました。駐車場は地下をご利用のうえ、受付にお越しください。',
    ],
    kept: [
      '明日10時に本社へエンジニアの方にお越しいただけますか。保守契約の範囲内（無償）でお願いします。',
      '保守契約の定期点検とは別に、今すぐ受付までお越しください。',
      '今すぐ本社受付までお越しください。',
    ],
  },
  {
    id: 'ja.cm.veto.name_in_court_filing',
    category: 'privacy',
    calm: ['担当者のあなたのお名前も訴状に記載させていただきます。', 'お前の名前も告訴状に載せるからな。'],
    kept: [
      'お前の名前も訴状に載せて、ネットで公開してやる。',
      '担当者の名前と顔写真をネットに晒す。',
      'あんたの実名、SNSで拡散するぞ。',
    ],
  },
  {
    // The backstop (2026.11.30 model) read 迷惑 and 費用を負担 as money demanded.
    id: 'ja.cm.veto.customer_bears_cost',
    category: 'monetary',
    calm: [
      'ご迷惑をおかけした分、こちらで費用を負担いたします。',
      '送料は当方で負担いたします。',
      '再設定にかかる実費は弊社で負担させていただきます。',
      '今回の追加作業の料金は私どもでお支払いいたします。',
    ],
    kept: [
      '迷惑料として御社が費用を負担しろ。',
      '御社で費用を負担してください。こちらで負担する理由はありません。',
      '慰謝料として50万円を支払ってください。',
    ],
  },
];

// ------------------------------------------------------- narrowed rules of other files
const NARROWED: GuardTable[] = [
  {
    id: 'ja.insult.baka_aho',
    category: 'insult',
    calm: [
      'いやー、バカみたいな話なんですけど、パスワードを書いたメモを捨ててしまいまして。',
      'ほんとアホみたいなミスなんですが、管理者を削除してしまいました。',
      '馬鹿みたいな失敗ですみません、設定を戻す方法を教えてください。',
    ],
    kept: ['お前バカか。', '担当者はアホなの？', 'バカみたいな対応しかできないのか、お前らは。'],
  },
  {
    id: 'ja.b.excessive.odd_hours',
    category: 'excessive',
    calm: [
      '毎日朝7時に届くはずのレポートが、昨日から来てません。',
      '毎朝6時に届く予定のダイジェストメールが届いていません。設定を確認してもらえますか。',
    ],
    kept: [
      '夜中でも電話で対応してもらえますよね。',
      '土日も電話対応をお願いします。',
      '深夜に電話で説明してください。',
    ],
  },
  {
    id: 'ja.persistence.every_interval',
    category: 'persistence',
    calm: [
      '移行期間中は毎日9時から定例の電話会議をお願いできればと存じます。',
      '先日合意しましたとおり、毎日17時に進捗をご連絡いただけますか。',
      'リリース週は毎朝10時からWeb会議で状況共有をお願いいたします。',
    ],
    kept: ['毎日電話しますから。', '5分おきにかけてやる。', '1時間ごとにメールを送ります。'],
  },
  {
    id: 'ja.b.unrelated.other_software',
    category: 'unrelated',
    calm: [
      '定例の件、Teamsの招待は弊社からお送りします。ご都合が悪ければお知らせください。',
      'Zoomの招待をお送りしますので、明日の打ち合わせにご参加いただけますか。',
    ],
    kept: ['Excelのマクロが動かないので見てもらえますか。', 'iPhoneの調子が悪いので教えてください。'],
  },
  {
    id: 'ja.x.intimidation.remembered',
    category: 'intimidation',
    calm: [
      'そちらに伺ったら、受付であなたのお名前を呼び出しますね。',
      '来社の際は、受付で担当者さんの名前を呼び出せばよろしいですか。',
    ],
    kept: [
      'あなたのお顔は覚えましたよ。',
      'この借りは必ず返しますよ。',
      '担当者の名前は全部控えてありますからね。',
    ],
  },
  {
    id: 'ja.b.intimidation.connections',
    category: 'intimidation',
    calm: [
      'あの会社は反社とつながっていると同業者に言いふらしてやる。',
      '取引先に、御社は反社とつながっているって書き込んでやる。',
    ],
    kept: [
      'うちには怖い知り合いが多いからね。',
      'その筋の人間に相談してもいいんだけどな。',
      'うちのバックに誰がいるか分かってる？',
    ],
  },
  {
    id: 'ja.insult.contempt',
    category: 'insult',
    calm: [
      'マジでふざけんなって感じの仕様変更ですね。旧仕様に戻す設定はありますか。',
      '正直ふざけるなという気持ちです。改善の予定を教えてください。',
    ],
    kept: ['ふざけんな、お前。', '黙って聞け。', 'ふざけてんのか、担当。'],
  },
  {
    id: 'ja.kneel.dogeza',
    category: 'kneel_demand',
    calm: [
      '今回の障害で、うちの社長が土下座する羽目になりました。原因を教えてください。',
      '弊社の営業が取引先に土下座して回りました。再発防止策を書面でください。',
    ],
    kept: [
      '土下座しろ。',
      'うちの社長が土下座する羽目になった。お前も土下座しに来い。',
      '床に頭をつけて謝れ。',
    ],
  },
  {
    id: 'ja.b.privacy.publish_staff',
    category: 'privacy',
    calm: [
      '弊社社員の顔写真を社員名簿にアップロードしたところ、サイズエラーになりました。',
      '当社従業員の名前を名簿に載せたのですが、表示が崩れます。',
    ],
    kept: [
      '担当者の名前と顔写真をネットに晒す。',
      '担当さんの録音、YouTubeに上げますね。',
      'あんたの実名、拡散してやる。',
    ],
  },
];

describeRuleKinds('Japanese calm-heavy round (t52): rules', KINDS, alone, 'ja');

describeGuardTables('Japanese calm-heavy round (t52): vetoes', VETOES, 'ja');

describeGuardTables('Japanese calm-heavy round (t52): rules of other files narrowed', NARROWED, 'ja');

describeRuleFile('Japanese calm-heavy round (t52): the rule file', RULE_FILE, {
  lang: 'ja',
  idPrefix: 'ja.cm.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => VETOES.map((g) => g.id),
  offsets: { engine: alone, text: 'お前もう　人間やめちまえよ。 今夜中にエンジニア寄こせや。' },
});
