/**
 * Japanese implied round (config/rules/ja-implied.yaml, ids ja.im.*): rules and
 * vetoes from the Japanese training set t62 (implied physical threats, veiled
 * coercion, insult by sarcasm or comparison, money hinted at, remarks on age,
 * unrelated demands, beside calm look-alikes), run through the real policy file
 * and engine. One table per rule with positives written for this test in keigo,
 * blunt speech and dialect (not taken from any corpus), each with a fragment the
 * rule's own evidence must cover, and calm look-alikes sharing the trigger words
 * in which the whole engine must not find the category; one calm/kept table per
 * veto, and one per rule of another file narrowed in this round.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/ja-implied.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('ja-implied.yaml');

const KINDS: RuleKind[] = [
  // ------------------------------------------------------------ intimidation
  {
    rule: 'ja.im.intimidation.withdraw_if_paid',
    category: 'intimidation',
    positives: [
      [
        '担当者の件は人事部に報告済みです。利用料を全額返金していただけるのであれば、申し入れは取り下げます。',
        '返金していただけるのであれば、申し入れは取り下げ',
      ],
      [
        'あんたの上司にはもう言うてある。金払うてくれたら、なかったことにしたるわ。',
        '払うてくれたら、なかったことに',
      ],
      [
        '口コミに書き込む準備はできています。補償をいただければ、投稿は見送ってもかまいません。',
        '補償をいただければ、投稿は見送',
      ],
    ],
    negatives: [
      '全額返金していただけるのであれば、解約は考え直します。',
      '返金の手続きが済んだら、問い合わせは取り下げます。ありがとうございました。',
      '返金していただけるなら、こちらの申請は取り下げます。',
    ],
  },
  {
    rule: 'ja.im.intimidation.discipline_hinted',
    category: 'intimidation',
    positives: [
      [
        '担当者のお名前は人事に伝えました。懲戒処分にあたるかどうかは、そちらでご判断ください。',
        '懲戒処分にあたる',
      ],
      ['あんたの名前、本社に送っといたで。クビになるかどうかは知らんけどな。', 'クビになるかどうかは知らん'],
    ],
    negatives: [
      '懲戒処分の規定を見直すにあたり、担当の方に監査ログの出し方を伺いたいです。',
      '当社の社員の行為が就業規則上の懲戒処分に該当するか、ログをもとに確認したいです。',
    ],
  },
  {
    rule: 'ja.im.intimidation.boss_would_see',
    category: 'intimidation',
    positives: [
      ['このやり取りを、あなたの上司が見たらどう思うでしょうね。', 'あなたの上司が見たらどう思う'],
      ['お前の嫁さんがこれ聞いたらなんて言うやろな。', 'お前の嫁さんがこれ聞いたらなんて言う'],
      [
        '担当さんのご家族がこの録音を聞いたら、どんな顔をされるでしょうか。',
        'ご家族がこの録音を聞いたら、どんな顔',
      ],
    ],
    negatives: [
      'この報告書を私の上司が見たらどう思うか、正直心配です。',
      'うちの部長がこのログを見たらどう思うか、担当さんにも相談させてください。',
    ],
  },
  {
    rule: 'ja.im.intimidation.trouble_later_yours',
    category: 'intimidation',
    positives: [
      ['会話は全部録音してあります。後で困るのはそちらですよ。', '後で困るのはそちら'],
      ['スクショ撮ってあるからね。あとで泣きを見るのはあんたやで。', 'あとで泣きを見るのはあんた'],
      ['記録は保存済みです。後々後悔するのは御社の方ですからね。', '後々後悔するのは御社'],
    ],
    negatives: [
      '後で困るのは私なので、ログは保存しておきます。',
      '後で困るのは当社の利用者なので、記録の保存期間を教えてください。',
    ],
  },
  {
    rule: 'ja.im.intimidation.appraisal_lowered',
    category: 'intimidation',
    positives: [
      ['部長さんに言っとくわ、あんたの査定落としといてって。', '査定落としといて'],
      [
        'あなたの上司に伝えておきます。今年のボーナス、楽しみにしておいてくださいね。',
        'ボーナス、楽しみにしておいて',
      ],
      ['お前の評価下げさせたるからな、課長に電話しとく。', '評価下げさせ'],
    ],
    negatives: [
      '佐藤さんの対応は素晴らしかったので、上司の方に伝えて評価を上げてもらいたいです。',
      '弊社の社員の評価を下げてしまうので、この障害の原因を教えてください。',
    ],
  },
  {
    rule: 'ja.im.intimidation.record_hoped_clean',
    category: 'intimidation',
    positives: [
      ['警察の知り合いに相談してみます。担当さん、前科つかないといいですね。', '前科つかないといい'],
      ['あんた、捕まらないといいけどね。', '捕まらないといいけど'],
      ['担当の方が訴えられないといいですね、本当に。', '訴えられないといいですね'],
    ],
    negatives: [
      '息子が事故の件で捕まらないといいのですが、担当さんに相談してもいいですか。',
      '担当の方が処分されないと聞いてほっとしました。',
    ],
  },
  {
    rule: 'ja.im.intimidation.my_word_decides',
    category: 'intimidation',
    positives: [
      ['御社を取引先リストから外すのは、私の一言で済むんです。', '私の一言で済む'],
      ['お宅との契約切るんは、わしの胸三寸や。よう考えや。', 'わしの胸三寸'],
      ['担当さんの処遇なんて、私の電話一本で決まるんですよ。', '私の電話一本で決まる'],
    ],
    negatives: [
      '御社との契約更新は私の一存で決まりますので、ご安心ください。',
      '私の一言で済む話ですので、社内で調整しておきます。',
    ],
  },
  {
    rule: 'ja.im.intimidation.holding_back',
    category: 'intimidation',
    positives: [
      [
        'うちの社長はかなり怒っています。私が抑えているうちに対応された方が、担当さんのためですよ。',
        '私が抑えているうちに',
      ],
      [
        '兄貴は昔やんちゃしとった人間でな、もう熱くなっとる。俺が止めとる間にはよ直せ。',
        '昔やんちゃしとった人間',
      ],
      ['私がなだめている間に返金した方が身のためですよ。', '私がなだめている間に'],
    ],
    negatives: [
      '私が在庫を押さえているうちに、発注をお願いします。',
      '私が予約枠を押さえている間に、日程をご連絡ください。',
    ],
  },
  {
    rule: 'ja.im.intimidation.next_encounter',
    category: 'intimidation',
    positives: [
      [
        '駅でお見かけしましたよ。次にお見かけしたときは、直接お話しさせていただきます。それまでに解決しておいてください。',
        '次にお見かけしたときは、直接お話',
      ],
      ['今度見かけたら声かけるわ。それまでに片付けとき。', '今度見かけたら声かけ'],
    ],
    negatives: [
      '先日は駅でお見かけしたのにご挨拶できず失礼しました。次にお会いしたときはぜひお声がけください。',
      '次にお会いしたときにご挨拶させてください。いつもありがとうございます。',
    ],
  },
  // ------------------------------------------------------------ violence
  {
    rule: 'ja.im.violence.proxy_settlers',
    category: 'violence',
    positives: [
      ['こういう揉め事に話をつけてくれる連中なら、いくらでも知っとるで。', '揉め事に話をつけてくれる連中'],
      ['知り合いに頼んで、そっちの会社に顔出してもらおうか。', '知り合いに頼んで、そっちの会社に顔出して'],
      ['喧嘩の片をつけるのが得意な若い衆が、うちにはいましてね。', '喧嘩の片をつけるのが得意な若い衆'],
    ],
    negatives: [
      'こういう揉め事に話をつけてくれる弁護士の知り合いがいるので、相談してみます。',
      '社内のトラブルの片をつけるため、管理者権限の移譲方法を教えてください。',
    ],
  },
  {
    rule: 'ja.im.violence.bones_broken',
    category: 'violence',
    positives: [
      ['あんた、骨の一本や二本で済むと思ってんの？', '骨の一本や二本で済む'],
      ['お前、五体満足で帰れると思うなよ。', '五体満足で帰れると思う'],
      ['担当さん、骨の二本くらいで済めばいいですけどね。', '骨の二本くらいで済め'],
    ],
    negatives: [
      'スキーで転んで、骨の一本で済んでよかったと医者に言われました。',
      '私は骨の一本や二本で済むなら安いと思って作業しましたが、結局データが消えました。',
    ],
  },
  {
    rule: 'ja.im.violence.accident_unwatched',
    category: 'violence',
    positives: [
      [
        '御社の裏口、夜は人通りがないんですね。先日確認しました。事故というのは、ああいう場所で起きるものです。',
        '事故というのは、ああいう場所で起きるもの',
      ],
      [
        '担当さんのいつもの帰り道、知ってますよ。人目のない場所では何が起きても不思議じゃないですね。',
        '人目のない場所では何が起き',
      ],
    ],
    negatives: [
      '事故というのは、手順を省いたときに起きるものです。再発防止策をお願いします。',
      '人通りの少ない道はお気をつけてお帰りください。いつもありがとうございます。',
    ],
  },
  {
    rule: 'ja.im.violence.if_i_come',
    category: 'violence',
    positives: [
      ['ワシが行ったら、ただじゃ済まへんで。', 'ワシが行ったら、ただじゃ済まへん'],
      ['俺が乗り込んだら、無事じゃ済まねえぞ。', '俺が乗り込んだら、無事じゃ済ま'],
      ['私が伺ったら、ただでは済みませんよ。', '私が伺ったら、ただでは済みません'],
    ],
    negatives: [
      '私が伺ったら、すぐに作業を始めていただけますか。',
      '俺が行ったら、ただで直してもらえるんですか？',
    ],
  },
  {
    rule: 'ja.im.violence.home_and_family',
    category: 'violence',
    positives: [
      ['お前の家なんて調べりゃ分かる。家族もいるんだろ？', '家族もいるんだろ'],
      [
        'ご自宅の場所は特定しています。お子さんもいらっしゃるんですよね。',
        'お子さんもいらっしゃるんですよね',
      ],
    ],
    negatives: [
      '自宅から作業することになりました。家族もいるので、夜の電話は控えてください。',
      'ご自宅で療養中と伺いました。ご家族もいらっしゃるでしょうから、お大事になさってください。',
    ],
  },
  // ------------------------------------------------------------ privacy
  {
    rule: 'ja.im.privacy.home_findable',
    category: 'privacy',
    positives: [
      ['お前の住所くらい、名前で検索すればすぐ分かるんだよ。', '住所くらい、名前で検索すればすぐ分か'],
      ['担当さんの自宅なんて、調べりゃ一発で出ますよ。', '自宅なんて、調べりゃ一発で出'],
    ],
    negatives: ['担当さん、住所変更の手続きは、会員番号で調べればすぐ分かりますか。'],
    // ja.privacy.identify (another file) still flags these two: noted in the round's report.
    ownNegatives: [
      '私の住所は登録情報を調べればすぐ分かるはずです。',
      '配送先の住所は伝票番号で調べればすぐ分かります。',
    ],
  },
  {
    rule: 'ja.im.privacy.agent_vehicle_known',
    category: 'privacy',
    positives: [
      ['地下駐車場にいつも停めてる白いプリウス、担当さんのですよね。', 'いつも停めてる白いプリウス'],
      ['毎朝乗ってくる青い自転車、あんたのやろ。', '自転車、あんたのやろ'],
    ],
    negatives: [
      '私がいつも停めている駐車場が満車で、担当さんとの打ち合わせに遅れました。',
      'ご来社の際は、いつも停めていただいている来客用駐車場をご利用ください。',
    ],
  },
  {
    rule: 'ja.im.privacy.routine_observed',
    category: 'privacy',
    positives: [
      ['高橋様が品川駅の改札を通られるところをお見かけしました。', '改札を通られるところをお見かけ'],
      ['あんた、いつもあの時間に帰るんやね。', 'いつもあの時間に帰'],
    ],
    negatives: [
      '先日、駅の改札を通られるところをお見かけしましたが、ご挨拶できず失礼しました、高橋様。',
      '偶然、駅を出るところを見かけましたよ、佐藤さん。お元気そうで何よりです。',
    ],
  },
  // ------------------------------------------------------------ insult
  {
    rule: 'ja.im.insult.how_useless',
    category: 'insult',
    positives: [
      ['あなたがどれだけ使えないか、上司に全部伝えておきます。', 'どれだけ使えない'],
      ['お前らがいかに役立たずか、よう分かったわ。', 'いかに役立たず'],
    ],
    negatives: [
      '御社の製品のこの機能がどれだけ使えないか、具体的にまとめて担当さんに送ります。',
      'いかに使えない設定が多いか、担当さんにもご確認いただきたいです。',
    ],
  },
  {
    rule: 'ja.im.insult.third_rate_vendor',
    category: 'insult',
    positives: [
      ['お宅みたいな三流ベンダーに頼んだのが間違いでした。', '三流ベンダー'],
      ['こんな二流の業者、初めて見ましたよ。', '二流の業者'],
      ['御社は素人集団ですか。', '素人集団'],
    ],
    negatives: [
      '二流のベンダーとは違い、御社の対応はいつも素晴らしいです。',
      '三流のメーカーと比べられることもあるそうですが、私はそうは思いません。',
    ],
  },
  {
    rule: 'ja.im.insult.patronising_praise',
    category: 'insult',
    positives: [
      ['「再起動してください」ですか。えらいえらい。', 'えらいえらい'],
      ['マニュアル読めたんですね、よくできまちたね〜。', 'よくできまちた'],
      ['研修でそれしか習わなかったんですか？', '研修でそれしか習わなかったんですか'],
    ],
    negatives: [
      '息子が自分でアップデートできたので、えらいえらいと褒めました。',
      '研修で習った手順どおりに設定しましたが、エラーが出ます。',
    ],
  },
  {
    rule: 'ja.im.insult.insulting_to_x',
    category: 'insult',
    positives: [
      ['御社のサポートは猿並みですね。いや、猿に失礼でした。', '猿に失礼でした'],
      ['担当の方には、せめて小学生並みの説明をしていただきたいです。', '小学生並みの説明'],
      ['あんたの回答、AI以下の回答やな。', 'AI以下の回答'],
    ],
    negatives: [
      '担当の方の回答はAI並みの速さで、本当に助かりました。',
      '子供向けの説明資料があれば、担当の方から送っていただけますか。',
      '担当の方からの回答、以下の内容で問題ありません。',
      '新人並みの知識しかない私でも、担当の方の説明で設定できました。',
    ],
  },
  {
    rule: 'ja.im.insult.reading_problem',
    category: 'insult',
    positives: [
      ['御社のエンジニアの方は、読解力に何か問題でもおありなのでしょうか。', '読解力に何か問題でもおあり'],
      ['あんた、頭になんか問題あるんか？', '頭になんか問題あ'],
    ],
    negatives: [
      '担当の方から届いたメールの日本語に問題があるのか、文字化けして読めません。',
      '私の理解力に問題があるのかもしれませんが、担当の方、もう一度ご説明いただけますか。',
    ],
  },
  // ------------------------------------------------------------ discriminatory
  {
    rule: 'ja.im.discriminatory.age_staff',
    category: 'discriminatory',
    positives: [
      [
        '定年間際の方に回されても、こちらは困ります。担当を替えてください。',
        '定年間際の方に回されても、こちらは困',
      ],
      ['年寄りの担当じゃクラウドの話は分からんやろ。', '年寄りの担当じゃクラウドの話は分から'],
      ['前回の方はご年配でしたね。若い方の方がお詳しいのではないでしょうか。', '若い方の方がお詳し'],
    ],
    negatives: [
      'ご年配のお客様にも分かりやすい画面にしていただけますか。',
      '若い方の方がお詳しい分野なので、新人研修の教材を担当の方に送ってほしいです。',
    ],
    // ja.discriminatory.age (another file) still flags this self-description: noted in the round's report.
    ownNegatives: ['私のような年寄りには分からない操作が多いので、担当の方に電話で教えていただきたいです。'],
  },
  // ------------------------------------------------------------ unrelated
  {
    rule: 'ja.im.unrelated.family_homework',
    category: 'unrelated',
    positives: [
      ['息子の夏休みの自由研究、ちょっと手伝ってもらえません？', '息子の夏休みの自由研究'],
      ['娘の大学のレポート、情報セキュリティのところを代わりに書いてください。', '娘の大学のレポート'],
    ],
    ownNegatives: ['娘の宿題サイトが御社のフィルタでブロックされるので、許可する設定をやってもらえますか。'],
    negatives: ['息子が卒論のデータを送れないと言っています。添付ファイルの制限を教えてください。'],
  },
  {
    rule: 'ja.im.unrelated.personal_device_setup',
    category: 'unrelated',
    positives: [
      ['私の個人のスマホ、初期設定やってもらえません？', '私の個人のスマホ'],
      ['嫁のパソコン、調子悪いから直してや。', '嫁のパソコン'],
    ],
    negatives: [
      '私のスマホに御社のアプリをインストールしたら、ログインできません。',
      '私のパソコンでMFAの登録をやってもらえますか、手順がよく分かりません。',
    ],
  },
  // ------------------------------------------------------------ monetary
  {
    rule: 'ja.im.monetary.withdraw_if_paid',
    category: 'monetary',
    positives: [
      [
        'あなた個人を訴える準備をしています。明日までに全額返金するなら、考え直してもかまいません。',
        '全額返金するなら、考え直',
      ],
      ['SNSに晒す準備はできとる。金払うてくれたら、引っ込めたるわ。', '金払うてくれたら、引っ込め'],
    ],
    negatives: ['全額返金の手続きが済んだら、この問い合わせは取り下げます。'],
    // ja.monetary.refund (another file) reads the refund itself: this file alone must not.
    ownNegatives: ['返金していただけるのであれば、解約は見送ります。'],
  },
];

const GUARDS: GuardTable[] = [
  {
    id: 'ja.im.veto.own_copy_filtered',
    category: 'violence',
    calm: [
      '当社メルマガ（件名：「価格で殴り込み、全品半額」）が「暴力的な表現」として隔離されました。',
      'キャンペーンの見出し「ライバルをぶっ飛ばす速さ！」が迷惑メールに判定されてしまいます。',
    ],
    kept: [
      '件名に「至急」と書いたのに隔離された。お前の会社に殴り込みに行ってやる。',
      '明日お前の会社に殴り込みに行くからな。',
    ],
  },
  {
    id: 'ja.im.veto.market_entry_idiom',
    category: 'violence',
    calm: [
      '来月、低価格を武器に関西へ殴り込みをかけます。',
      '新商品で殴り込みをかける予定なので、配信設定を相談させてください。',
    ],
    kept: ['今から会社に殴り込みに行ったるわ。', 'お前らのところに殴り込みに行くからな。'],
  },
  {
    id: 'ja.im.veto.own_foolish_act',
    category: 'insult',
    calm: [
      'いやあ、こっちもアホなことしてしもうてね。',
      '馬鹿なことやらかしちゃいまして、設定を全部消しました。',
      'うちの社員がアホなことしてしまって、すみません。',
    ],
    kept: ['あんたらアホなことしてくれたな。', 'あんた、ほんまアホやな。', '担当のアホ、何やってんの。'],
  },
  {
    id: 'ja.im.veto.sso_integration',
    category: 'unrelated',
    calm: [
      '他社製VPNの認証を御社IDのSAMLで行いたいです。設定例を教えてください。',
      '他社製の勤怠システムにSSOでログインさせたいので、手順を教えてください。',
    ],
    kept: [
      '他社製のプリンタの設定を代わりにやってください。',
      '他社製のルーター、ついでに見てもらえません？',
    ],
  },
  // ------------------------------------------------- rules of other files narrowed
  {
    id: 'ja.intimidation.visit_threat (apologised visit)',
    category: 'intimidation',
    calm: [
      '来週の定例、大勢で押しかける形になり恐縮ですが、会議室の広さをご確認ください。',
      '突然押しかけてしまい申し訳ありませんでした。',
    ],
    kept: ['会社まで押しかけてやるからな。', '明日押しかけるぞ、申し訳ないなんて思わないからな。'],
  },
  {
    id: 'ja.exchange.free_switch (a migration to be attended)',
    category: 'exchange',
    calm: ['土曜の移行作業に、御社のエンジニアさんに立ち会っていただけますか。'],
    kept: ['無償で新品に交換してください。', '無料で上位プランに変更してください。'],
  },
  {
    id: 'ja.privacy.personal_contact (a supervisor’s work mail)',
    category: 'privacy',
    calm: ['あなたの上司の名前とメアド教えてください。', '責任者の方のお名前と連絡先を教えてください。'],
    kept: ['担当者の個人の携帯番号を教えろ。', 'あなたの上司の個人のLINE教えて。'],
  },
  {
    id: 'ja.x.kneel.humiliating (pages with no apology)',
    category: 'kneel_demand',
    calm: [
      'A4で2枚くらい、ちょっと書いてもらえません？',
      '設定手順を3枚くらいにまとめて書いていただけますか。',
    ],
    kept: ['謝罪文を手書きで50枚書け。', '反省文を100枚書いて持ってこい。'],
  },
  {
    id: 'ja.e.intimidation.personal_blame (liability ruled out)',
    category: 'intimidation',
    calm: [
      '本件は会社間の問題であり、サポートご担当者様個人の責任を問うものではございません。',
      '担当者様個人の責任は問いません。資料の送付をお願いします。',
    ],
    kept: ['担当者様個人の責任も問われることになるでしょう。', 'あなた個人の責任を取っていただきます。'],
  },
  {
    id: 'ja.w.privacy.investigated (the company’s own office)',
    category: 'privacy',
    calm: ['本社の住所は調べた。担当のやつ、明日電話に出ろよ。'],
    kept: ['本社の住所も、担当のお前の自宅も調べた。', '担当さんの自宅の住所、調べておきましたよ。'],
  },
  {
    id: 'ja.mx.privacy.real_name_shift_end (found by waiting, not asked)',
    category: 'privacy',
    calm: ['担当さんの退勤時間くらい、駐車場で待っていれば分かりますから。'],
    kept: ['担当さんの退勤時間を教えてください。', 'オペレーターの本名を教えてください。'],
  },
];

describeRuleKinds('Japanese implied round (t62): rules', KINDS, alone, 'ja');

describeGuardTables('Japanese implied round (t62): vetoes and narrowed rules', GUARDS, 'ja');

describeRuleFile('Japanese implied round (t62): the rule file', RULE_FILE, {
  lang: 'ja',
  idPrefix: 'ja.im.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => GUARDS.map((g) => g.id).filter((id) => id.startsWith('ja.im.')),
  offsets: {
    engine: alone,
    text: 'ワシが行ったら、　ただじゃ済まへんで。 あんた、骨の一本や二本で済むと思ってんの？',
  },
});
