/**
 * Japanese rules and vetoes from the training set t74 (config/rules/ja-coerce-2.yaml, ids ja.ic.*): intimidation in
 * keigo and blunt speech (careers ended, people "finished", pull with the agent's bosses, blame pinned on the agent,
 * examples made, kindness or harshness, predecessors' fate, enemies, one post, tips to authorities, "settle it
 * quietly", "I warned you", mock good nights, teams dismantled, friends of the vendor's executives, discipline,
 * names in reports, faces remembered, cornering, "find out who you are dealing with")
 * and excessive, monetary and unrelated demands (minutes or hours as orders, board-room demos, staying after a shift,
 * weekends against the plan, overnight orders, executives within minutes, free months, staff's own phones); with
 * vetoes for a fallback the customer accepts, a contractual deliverable, extra service paid for, leaving for another
 * vendor, a disciplinary report, the agent's name in an internal report, a ticket closed and a public profile seen.
 * Sentences written for this test, none from any corpus.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const FILE = 'config/rules/ja-coerce-2.yaml';
const alone = engineWithOnly('ja-coerce-2.yaml');

const VETOES: GuardTable[] = [
  {
    id: 'ja.ic.veto.fallback_accepted',
    category: 'excessive',
    calm: [
      '部長会議があるので30分以内にご回答いただけると助かります。難しければ明日で構いません。',
      '金曜の会議用に報告書を明朝までにいただけないでしょうか。難しい場合は概要だけで結構です。',
    ],
    kept: ['30分以内に回答しろ。'],
  },
  {
    id: 'ja.ic.veto.contract_deliverable',
    category: 'excessive',
    calm: [
      '契約書4.2項では月次レポートを毎月3日までにご提供いただくことになっておりますが、まだ届いておりません。',
    ],
    kept: ['報告書を2時間で出せ。'],
  },
  {
    id: 'ja.ic.veto.offers_to_pay',
    category: 'excessive',
    calm: [
      'ベーシックプランですが、決算期の1か月だけ夜間の電話サポートをお願いしたいです。上位プランへの日割りアップグレードの料金はお支払いします。',
    ],
    kept: ['ベーシックプランですが、決算期の1か月だけ夜間の電話サポートを無償でお願いしたいです。'],
  },
  {
    id: 'ja.ic.veto.leaving_for_other_vendor',
    category: 'unrelated',
    calm: ['来期は他社製品に乗り換える予定です。データの移行方法だけ教えてください。'],
    kept: ['他社製のファイアウォールの設定も見てください。'],
  },
  {
    id: 'ja.ic.veto.discipline_not_apology',
    category: 'kneel_demand',
    calm: ['今帰ったら上に報告して、始末書書かせてやる。'],
    kept: ['詫び状を書いて持ってこい。'],
  },
  {
    id: 'ja.ic.veto.named_in_internal_report',
    category: 'privacy',
    calm: ['社長への報告書にはお前の名前を書いとくからな。'],
    kept: ['担当者の名前をネットに晒してやる。'],
  },
  {
    id: 'ja.ic.veto.ticket_closed',
    category: 'restrictive',
    calm: ['この問い合わせを勝手に閉じたらどうなるか、よく考えてください。'],
    kept: ['電話切ったらどうなるか分かってるな。'],
  },
  {
    id: 'ja.ic.veto.public_profile_seen',
    category: 'privacy',
    calm: ['担当さんのプロフィール、LinkedInで見たよ。経歴すごいですね。'],
    kept: ['あんたの自宅の住所を教えろ。'],
  },
];

const RULES: RuleKind[] = [
  {
    rule: 'ja.ic.intimidation.career_ended',
    category: 'intimidation',
    positives: [
      ['私が一本電話すれば、誰かのキャリアが終わりますよ。', '誰かのキャリアが終わ'],
      ['上に話したら、あんたの首が飛ぶぞ。', 'あんたの首が飛'],
      ['このままだと担当者の席はなくなるからな。', '担当者の席はなくな'],
    ],
    negatives: [
      '担当者の仕事が増えないよう、手順をまとめていただけますか。',
      '前任の担当の方の職が変わったと伺いました。後任の方をご紹介ください。',
      '担当の方の仕事が終わり次第、引き継ぎをお願いします。',
    ],
  },
  {
    rule: 'ja.ic.intimidation.finish_person',
    category: 'intimidation',
    positives: [
      ['このメールを書いた奴、終わらせてやるよ。', '奴、終わらせてやる'],
      ['あんたを社会的に終わらせてやる。', 'あんたを社会的に終わらせてやる'],
      ['担当者は必ず終わらせるからな。', '担当者は必ず終わらせるから'],
    ],
    negatives: [
      '今日中に移行作業を終わらせてやるつもりです。手順を確認させてください。',
      '作業を早く終わらせるための方法はありますか。',
      '担当者の方が作業を終わらせるまで待ちます。',
    ],
  },
  {
    rule: 'ja.ic.intimidation.you_will_answer',
    category: 'intimidation',
    positives: [
      ['上に言うからな。説明させられるのはお前だよ。', '説明させられるのはお前'],
      ['結局、責任取らされるのはあんただから。', '責任取らされるのはあんた'],
      ['始末させられるのは担当者だろうな。', '始末させられるのは担当者'],
    ],
    negatives: [
      '説明させられるのは私なので、資料をいただけますか。',
      '社内で責任を取らされるのは私の上司です。原因を教えてください。',
      '説明資料の作成をお願いできますか。',
    ],
  },
  {
    rule: 'ja.ic.intimidation.pull_over_staff',
    category: 'intimidation',
    positives: [
      ['人事にコネがあるんだよ。あんたなんか簡単に飛ばされるぞ。', '人事にコネがある'],
      ['上層部にはツテがありますから。どうなるか分かりますよね。', '上層部にはツテがあります'],
      ['統括の携帯番号は知ってるからな。お前、覚えてろよ。', '統括の携帯番号は知ってるから'],
    ],
    negatives: [
      '人事にツテがあるので、御社の採用の件でご紹介できます。',
      '部長の携帯番号は知っていますので、直接連絡します。',
      '上層部にも報告済みです。引き続きよろしくお願いします。',
    ],
  },
  {
    rule: 'ja.ic.intimidation.blame_on_agent',
    category: 'intimidation',
    positives: [
      ['直らなかったら全部あんたのせいにしてやる。', '全部あんたのせいにしてやる'],
      ['すべて担当者のせいにしておくからな。', 'すべて担当者のせいにしておく'],
      ['気づいたら評価最低で飛ばされてるよ。', '評価最低で飛ばされ'],
    ],
    negatives: [
      '担当者のせいにするつもりはありません。原因を教えてください。',
      '評価最低のレビューが付いた件、御社で確認できますか。',
      '全部こちらの設定ミスでした。お騒がせしました。',
    ],
  },
  {
    rule: 'ja.ic.intimidation.make_example',
    category: 'intimidation',
    positives: [
      ['役員会に乗り込んで、あいつを見せしめにしてやる。', '見せしめにしてやる'],
      ['俺はこれまで何人も辞めさせてきたんだ。', '何人も辞めさせてきた'],
      ['あの担当は見せしめにするからな。', '見せしめにするから'],
    ],
    negatives: [
      '見せしめのような処分は望んでいません。再発防止策をお願いします。',
      '何人も辞めてしまったので、新任者向けの研修をお願いできますか。',
      '何人もの担当者に助けていただきました。',
    ],
  },
  {
    rule: 'ja.ic.intimidation.kind_or_hard',
    category: 'intimidation',
    positives: [
      ['味方には優しいけど、逆らう奴には容赦しないんだよね。あんたはどっち？', '逆らう奴には容赦しない'],
      ['協力しない人にはとことん厳しいよ、俺。君はどうする？', '協力しない人にはとことん厳しい'],
      [
        '協力的な方には親切にしますが、そうでない方には厳しいですよ。あなたはどちらですか。',
        'そうでない方には厳しい',
      ],
    ],
    negatives: [
      '協力しない人には厳しいルールが社内にあります。設定の推奨値を教えてください。',
      'そうでない方には厳しい条件になると伺いました。料金表をください。',
      '皆さん協力的で助かっています。',
    ],
  },
  {
    rule: 'ja.ic.intimidation.fate_of_predecessors',
    category: 'intimidation',
    positives: [
      ['前のベンダーの担当者たちがその後どうなったか、聞いてみるといい。', '担当者たちがその後どうなったか'],
      ['前の業者がその後どうなったか知ってるか。', '業者がその後どうなったか'],
      ['前任の営業があれからどうなったか、よく考えてみてください。', '営業があれからどうなったか'],
    ],
    negatives: [
      '前回のチケットがその後どうなったか教えてください。',
      '前の担当者がその後どうなったか気になっていました。お元気ですか。',
      '以前の障害はその後どうなりましたか。',
    ],
  },
  {
    rule: 'ja.ic.intimidation.not_make_enemy',
    category: 'intimidation',
    positives: [
      ['決裁する人間を敵に回さない方がいい。', '人間を敵に回さない方がいい'],
      ['俺を敵に回さないほうが身のためだよ。', '俺を敵に回さないほうが身のため'],
      ['うちを敵に回さない方が賢明ですよ。', 'うちを敵に回さない方が賢明'],
    ],
    negatives: [
      '敵に回さないよう、社内の調整を進めています。',
      '競合を敵に回すような価格設定は避けたいです。',
      'ユーザーを敵に回さないよう、通知の文面を一緒に考えていただけますか。',
    ],
  },
  {
    rule: 'ja.ic.intimidation.one_post_ends_you',
    category: 'intimidation',
    positives: [
      ['俺が一回つぶやけば御社の評判なんて一瞬で終わるよ。', 'つぶやけば御社の評判なんて一瞬で終わ'],
      ['私が投稿すれば、おたくの信用は地に落ちますよ。', '投稿すれば、おたくの信用は地に落ち'],
      ['ちょっと書き込めば会社なんて潰れるんだから。', '書き込めば会社なんて潰れ'],
    ],
    negatives: [
      '投稿すれば自動でバックアップされますか。',
      '御社の評判は業界でも良いと聞いています。',
      'ブログに書き込めば、御社の製品名を出しても良いでしょうか。',
    ],
  },
  {
    rule: 'ja.ic.intimidation.tip_off_hint',
    category: 'intimidation',
    positives: [
      ['監督官庁に匿名で情報が入ったら大変でしょうね。', '情報が入ったら大変でしょう'],
      ['警察が喜びそうな話も知ってるんですよ。', '警察が喜びそうな話'],
      ['取引先の耳に入ったら困りますよね。', '耳に入ったら困ります'],
    ],
    negatives: [
      '障害の情報が入ったら、すぐにご連絡ください。',
      '審査機関からの連絡が入れば、こちらから共有します。',
      '税務署への提出資料の作り方を教えてください。',
    ],
  },
  {
    rule: 'ja.ic.intimidation.smoothly_settle',
    category: 'intimidation',
    positives: [
      ['お互い穏便に済ませたいですよね？来月分を無料にしてくれれば。', '穏便に済ませたいですよね'],
      ['色々知ってるんですよ。穏便に収めたいでしょう、値引きしてくれれば。', '穏便に収めたいでしょう'],
      ['穏便にすませたいよね、返金すれば黙ってるよ。', '穏便にすませたいよね'],
    ],
    negatives: [
      '弊社としては穏便に済ませたいと考えております。再発防止策をご提示ください。',
      '穏便に済ませたいので、まずは担当者同士で話しませんか。',
      '穏便に解決できればと思います。',
    ],
  },
  {
    rule: 'ja.ic.intimidation.warned_you',
    category: 'intimidation',
    positives: [
      ['業界中に話して回るから。忠告はしたからね。', '忠告はしたから'],
      ['後で泣いても知らないよ。警告はしたぞ。', '警告はしたぞ'],
      ['どうなっても知らん。忠告はしましたよ。', '忠告はしましたよ'],
    ],
    negatives: [
      '利用者には警告はしましたので、アカウントのロックを解除してください。',
      '忠告はありがたく受け止めます。',
      '警告は表示されましたが、メールは届きました。',
    ],
  },
  {
    rule: 'ja.ic.intimidation.sleep_well_mock',
    category: 'intimidation',
    positives: [
      ['全員証人に呼ぶからな。せいぜい枕を高くして寝てください。', 'せいぜい枕を高くして寝'],
      ['今のうちにせいぜい安心して眠ってろ。', 'せいぜい安心して眠'],
      ['せいぜいぐっすり休んどけよ。', 'せいぜいぐっすり休'],
    ],
    negatives: [
      '修正ありがとうございます。これで枕を高くして寝られます。',
      'せいぜい2時間程度の作業だと思います。',
      '今夜はゆっくり休んでください。',
    ],
  },
  {
    rule: 'ja.ic.intimidation.team_dismantled',
    category: 'intimidation',
    positives: [
      ['御社のサポート部隊を解体させるのが俺の使命だ。', 'サポート部隊を解体させる'],
      ['この窓口を潰させてやる。', '窓口を潰させてやる'],
      ['あのチームを解散させるから。', 'チームを解散させる'],
    ],
    negatives: [
      '弊社のプロジェクトチームを解散することになりました。権限の削除をお願いします。',
      '部署の統合に伴い、アカウントを整理したいです。',
      'サポート部隊の皆さんに感謝しています。',
    ],
  },
  {
    rule: 'ja.ic.intimidation.friend_of_your_boss',
    category: 'intimidation',
    positives: [
      ['御社の社長とはゴルフ仲間でね。あとは察してください。', '御社の社長とはゴルフ仲間'],
      ['おたくの会長とは飲み友達なんだよ。この対応聞いたら何て言うかな。', 'おたくの会長とは飲み友達'],
      ['そちらの専務とは旧知の仲です。担当者の名前を添えて話しておきます。', 'そちらの専務とは旧知'],
    ],
    negatives: [
      '御社の社長とは大学の同級生です。よろしくお伝えください。',
      '御社の役員の方とは以前から知り合いで、導入を勧められました。',
      '御社の社長の講演を拝聴しました。',
    ],
  },
  {
    rule: 'ja.ic.intimidation.discipline_threat',
    category: 'intimidation',
    positives: [
      ['上に報告して、始末書書かせてやるからな。', '始末書書かせてやる'],
      ['あの担当を減給処分にさせてやる。', '減給処分にさせてやる'],
      ['懲戒にしてもらうから覚悟しとけ。', '懲戒にしてもらう'],
    ],
    negatives: [
      '社内で始末書を書くことになりました。経緯の報告書をいただけますか。',
      '懲戒処分の記録を管理する機能はありますか。',
      '減給処分の通知メールが届かない件です。',
    ],
  },
  {
    rule: 'ja.ic.intimidation.named_in_report',
    category: 'intimidation',
    positives: [
      ['会長への報告書にはあんたの名前を書いとくから。', '報告書にはあんたの名前を書いとく'],
      ['クレームにお前の名前を書いておくぞ。', 'クレームにお前の名前を書いておく'],
      ['稟議書に担当者の名前を載せてやるからな。', '稟議書に担当者の名前を載せてやる'],
    ],
    negatives: [
      '報告書に担当者の名前を記載する欄があります。お名前を教えていただけますか。',
      '議事録に担当者のお名前を入れてもよろしいでしょうか。',
      '報告書のテンプレートをください。',
    ],
  },
  {
    rule: 'ja.ic.intimidation.face_remembered',
    category: 'intimidation',
    positives: [
      ['あんたの顔、もう覚えたから。どこかで会ったらよろしくね。', 'もう覚えたから'],
      ['お前の顔はしっかり覚えたぞ。見かけたら声かけるわ。', 'しっかり覚えたぞ'],
      ['担当の顔、覚えたよ。いつか会うのが楽しみだね。', '覚えたよ'],
    ],
    negatives: [
      'ログイン画面の顔認証の手順、もう覚えたから大丈夫です。',
      '手順はもう覚えたから大丈夫です。',
      'あなたの顔写真が名刺に入っていて覚えやすいです。',
    ],
    ownNegatives: ['担当の方の顔と名前を覚えたので、展示会で会ったらご挨拶します。'],
  },
  {
    rule: 'ja.ic.intimidation.corner_agent',
    category: 'intimidation',
    positives: [
      ['大事になったら真っ先にあんたを追い込む。', 'あんたを追い込む'],
      ['お前を追い詰めてやる。', 'お前を追い詰めてやる'],
      ['法的にも、それ以外でも責任を取ってもらう。', '法的にも、それ以外でも'],
    ],
    negatives: [
      '原因を追い込むためのログを送ります。',
      '法的にも問題がないか確認してください。',
      '障害の原因を追い詰めていただきありがとうございます。',
    ],
  },
  {
    rule: 'ja.ic.intimidation.know_who_you_face',
    category: 'intimidation',
    positives: [
      ['誰を相手にしてるかよく調べた方がいいですよ。', '誰を相手にしてるかよく調べた方が'],
      ['誰を相手にしているか考えたほうがいい。', '誰を相手にしているか考えたほうが'],
      ['誰を相手にしてるか分かってるほうがいいぞ。', '誰を相手にしてるか分かってるほうが'],
    ],
    negatives: [
      '誰を相手にしているのか分からない不審なメールが届きました。',
      '相手先を調べた方がいいでしょうか。',
      'フィッシングの送信元が誰か調べていただけますか。',
    ],
  },
  {
    rule: 'ja.ic.excessive.minutes_order',
    category: 'excessive',
    positives: [
      ['10分で回答しろ。', '10分で回答しろ'],
      ['原因報告書を2時間で出せ。', '2時間で出せ'],
      ['5分以内に直せ。', '5分以内に直せ'],
    ],
    negatives: [
      '全社員に1分以内に通知を送れるか確認したいです。',
      '10分で設定できる手順はありますか。',
      '2時間で出せる範囲の暫定報告で構いません。',
    ],
  },
  {
    rule: 'ja.ic.excessive.in_person_order',
    category: 'excessive',
    positives: [
      ['今日の午後、役員会で修正のデモを対面でやれ。', '対面でやれ'],
      ['会議で説明しろ。今日中にだ。', '会議で説明しろ'],
      ['取締役会で報告をやれ。', '取締役会で報告をやれ'],
    ],
    negatives: [
      '役員会で説明する資料をいただけますか。',
      '対面での打ち合わせは可能でしょうか。有償であればお見積もりをお願いします。',
      '会議で報告するため、障害の概要をお送りください。',
    ],
  },
  {
    rule: 'ja.ic.excessive.after_shift_help',
    category: 'excessive',
    positives: [
      ['シフト終わった後も少し残って手伝ってもらえませんか。', 'シフト終わった後も少し残って'],
      ['定時後に残業して対応してください。', '定時後に残業して'],
      ['勤務が終わる後も延長して付き合ってほしい。', '勤務が終わる後も延長して'],
    ],
    negatives: [
      'シフト終わった後も残って対応いただき、ありがとうございました。',
      '定時後に残業して作業する場合の料金を教えてください。',
      'シフトの終わる時間を教えてください。',
    ],
  },
  {
    rule: 'ja.ic.excessive.weekend_against_plan',
    category: 'excessive',
    positives: [
      [
        '移行のため、打ち合わせを日曜日に設定いただけますか。契約上は難しいかもしれませんが。',
        '日曜日に設定いただ',
      ],
      ['プラン外なのは分かってるけど、土日に作業してもらえない？', '土日に作業してもらえ'],
      [
        '休日に立ち会っていただくことは可能でしょうか。プランでは対象外と存じますが。',
        '休日に立ち会っていただ',
      ],
    ],
    negatives: [
      '契約上は対象外と存じますので、土曜日に作業いただく場合のお見積もりをお願いします。',
      '土曜日に弊社で作業します。手順書をいただけますか。',
      '日曜日に設定いただいた件、ありがとうございました。',
    ],
  },
  {
    rule: 'ja.ic.excessive.overnight_order',
    category: 'excessive',
    positives: [
      ['3日？明日の朝までにやれって言ってるんだよ。', '明日の朝までにやれ'],
      ['今夜中にエンジニアがうちに来なければ、ただじゃおかない。', 'エンジニアがうちに来なければ'],
      ['明朝までに全部終わらせろ。', '明朝までに全部終わらせろ'],
    ],
    negatives: [
      '明日の朝までにやれる作業だけで構いません。',
      '今夜中にエンジニアが現場に来られるプランはありますか。',
      '明朝までに弊社で移行します。',
    ],
  },
  {
    rule: 'ja.ic.excessive.executive_in_minutes',
    category: 'excessive',
    positives: [
      ['CTOを出せ。5分以内に。', '5分以内に'],
      ['社長を呼べ。10分以内。', '10分以内'],
      ['責任者をよこせ。3分以内にだ！', '3分以内に'],
    ],
    negatives: [
      '担当者から5分以内に折り返しがありました。',
      '5分以内に復旧しました。',
      '責任者の方とお話しできますか。',
    ],
  },
  {
    rule: 'ja.ic.monetary.free_months_price',
    category: 'monetary',
    positives: [
      ['来月分、無償にしてくれれば黙ってるよ。', '来月分、無償にしてくれ'],
      ['3ヶ月分をタダにしろ。', '3ヶ月分をタダにしろ'],
      ['返金の件、気前よくお願いしますね。', '返金の件、気前よく'],
    ],
    negatives: [
      'トライアルの1ヶ月分は無償と伺いましたが、正しいですか。',
      '来月分の請求書を送ってください。',
      'トライアルで1か月分無料にしていただけると聞きました。',
      '気前よく対応していただき、ありがとうございました。',
    ],
  },
  {
    rule: 'ja.ic.unrelated.personal_devices',
    category: 'unrelated',
    positives: [
      ['終わった後、社員の私用スマホの設定も手伝ってください。', '私用スマホの設定も手伝'],
      ['自宅のパソコンの修理もお願いできますか。', '自宅のパソコンの修理'],
      ['個人の携帯を見てもらえない？', '個人の携帯を見て'],
    ],
    negatives: [
      '社員の私用スマホの利用を制限する設定を教えてください。',
      '私用スマホをMDMに登録する手順をください。',
      '個人用パソコンからのアクセスをブロックしたいです。',
      '私用のスマホにエージェントを入れる設定方法を教えてください。',
    ],
  },
];

describeGuardTables('ja-coerce-2 vetoes', VETOES, 'ja');
describeRuleKinds('ja-coerce-2 rules', RULES, alone, 'ja');

describeRuleFile('ja-coerce-2: the rule file', FILE, {
  lang: 'ja',
  idPrefix: 'ja.ic.',
  testedRuleIds: () => RULES.map((k) => k.rule),
  testedGuardIds: () => VETOES.map((g) => g.id),
  offsets: { engine: alone, text: 'Ｘ社です。１０分で回答しろ。説明させられるのはお前だからな。' },
});
