/**
 * Long structured Japanese mail (config/rules/ja-long.yaml, ids ja.u.*): the
 * abusive or demanding sentence buried in technical detail. Run through the
 * real policy file and engine, so every rule file (and every veto) is in play.
 * One table per rule with positives written for this test (not taken from any
 * corpus), each with a fragment the rule's own evidence must cover, and calm
 * look-alikes in which the whole engine must not find the rule's category;
 * one calm/kept table per veto of this file and per veto of another file that
 * this round narrowed.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/ja-long.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('ja-long.yaml');

const KINDS: RuleKind[] = [
  {
    rule: 'ja.u.insult.vermin_gang',
    category: 'insult',
    positives: [
      ['規約の細かい話を、客の財布を狙うハゲタカ連中とするつもりはない。', 'ハゲタカ連中'],
      ['あんたらみたいなゴキブリ共に払う金は一円もない。', 'ゴキブリ共'],
      ['返金を渋る寄生虫どもめ、さっさと処理しろ。', '寄生虫ども'],
    ],
    negatives: [
      '倉庫のゴキブリ駆除の件で業者を呼びました。',
      '害虫対策のメールマガジンが迷惑メールに入ってしまいます。',
      'ハイエナのキャラクターのスタンプが文字化けします。',
    ],
  },
  {
    rule: 'ja.u.insult.criminal_gang',
    category: 'insult',
    positives: [
      ['3週間放置ですか。お前らは犯罪者集団か。', '犯罪者集団か'],
      ['御社は犯罪組織ですか？こんな請求、ありえません。', '犯罪組織ですか'],
      ['あんたらは泥棒どころか犯罪者の集まりだよ。', '犯罪者の集まりだ'],
    ],
    negatives: [
      'フィッシングの送信元は犯罪者集団だと思われます。ブロックをお願いします。',
      '犯罪組織からの攻撃メールが増えています。御社の対策を教えてください。',
      '御社が犯罪者集団だという投稿を見かけましたので、念のためお知らせします。',
    ],
  },
  {
    rule: 'ja.u.insult.useless_since',
    category: 'insult',
    positives: [
      ['ログの見方も分からないポンコツなんだから、上の人に代われ。', '分からないポンコツなんだから'],
      [
        '迷惑メール一つ止められない、まともに設定もできない役立たずなんだから黙ってろ。',
        'できない役立たずなんだから',
      ],
      ['説明もろくにできない無能のくせに、偉そうな口をきくな。', 'できない無能のくせに'],
    ],
    negatives: [
      '印刷もできないポンコツなんだから、このプリンタはもう買い替えます。',
      '私はExcelもろくにできない役立たずなので、手順を詳しく教えてください。',
      '設定が分からない部分があるので、手順書をいただけますか。',
    ],
  },
  {
    rule: 'ja.u.discriminatory.nationality_barred',
    category: 'discriminatory',
    positives: [
      ['当社の案件に外国人が関わるな。', '外国人が関わるな'],
      ['今後、フィリピン人の担当者は一切よこすな。', 'フィリピン人の担当者は一切よこすな'],
      ['ベトナム人が当社のログを触らないことを保証してください。', 'ベトナム人が当社のログを触らない'],
      [
        '中国籍の方には、当社の案件を担当していただきたくありません。',
        '中国籍の方には、当社の案件を担当していただきたく',
      ],
    ],
    negatives: [
      '当社の韓国人社員がログインできません。アカウントをご確認ください。',
      '中国人の方にも分かるよう、英語の資料も用意していただけますか。',
      '外国人の利用者が多いので、英語の画面に切り替える方法を教えてください。',
      '中国からのアクセスを遮断するため、IP制限の設定方法を教えてください。',
      '当社の韓国系のスタッフが担当することのないよう、社内で調整しました。',
    ],
  },
  {
    rule: 'ja.u.discriminatory.that_country',
    category: 'discriminatory',
    positives: [
      ['あの国の連中は平気でデータを盗むに決まってる。', 'あの国の連中は平気でデータを盗む'],
      ['あの国の人間って、すぐ嘘をつくでしょう。', 'あの国の人間って、すぐ嘘'],
      ['あの国の方々は情報を平気で持ち出すと聞いております。', 'あの国の方々は情報を平気で持ち出'],
    ],
    negatives: [
      'あの国の人たちは親切でした。出張で行ってきました。',
      'この国の人にも使いやすいよう、多言語対応をお願いします。',
    ],
  },
  {
    rule: 'ja.u.sexual.hotel_room',
    category: 'sexual',
    positives: [
      ['今回のお礼、ホテルの部屋でゆっくりさせてよ。', 'ホテルの部屋でゆっくり'],
      ['会社より、ホテルの部屋の方がいいよね？', 'ホテルの部屋の方が'],
      ['次は担当さんとホテルで二人きりで打ち上げしたいな。', 'ホテルで二人'],
    ],
    negatives: [
      '出張先のホテルの部屋からVPNにつながりません。',
      'ホテルのWi-Fiでサインインできないのですが、原因は何でしょうか。',
      '研修会場のホテルに来ていただく際の入館方法をお送りします。',
    ],
  },
  {
    rule: 'ja.u.intimidation.deal_mysteriously_lost',
    category: 'intimidation',
    positives: [
      [
        '私は来期の調達の決裁者です。御社との契約がなぜか更新されなくなっても、私のせいではありませんので。',
        '契約がなぜか更新されなくなっても',
      ],
      [
        '当社の選定委員は私です。次の入札で御社が「たまたま」落ちても、私はあずかり知りません。',
        '入札で御社が「たまたま」落ちても',
      ],
    ],
    negatives: [
      '証明書の更新がなぜか通らなくなりました。ログを添付します。',
      '契約の更新がなぜか止まってしまったようです。ご確認をお願いします。',
      '購買部の承認がないと、発注がなぜか止まったら困るので、事前に確認させてください。',
    ],
  },
  {
    rule: 'ja.u.monetary.bear_our_costs',
    category: 'monetary',
    positives: [
      [
        '障害のせいで発生したアルバイトの待機費用を、御社でご負担いただけますか。',
        '待機費用を、御社でご負担',
      ],
      ['再送作業にかかった人件費も補填してください。', '人件費も補填'],
      ['この損失を全部補償してほしい。', '損失を全部補償して'],
    ],
    negatives: [
      '送料は当社で負担いたしますので、交換をお願いします。',
      '損害保険の請求に使うため、障害報告書をいただけますか。',
      'SLAでは損失の補償はされないという理解でよろしいでしょうか。',
    ],
  },
  {
    rule: 'ja.u.monetary.full_loss_paid',
    category: 'monetary',
    positives: [
      ['当社の損害額は約200万円です。この全額を今月中にお支払いください。', 'この全額を今月中にお支払'],
      ['試算では売上の減少は80万円でした。その全額を補償していただきたい。', 'その全額を補償'],
    ],
    negatives: [
      '二重請求による損失は3万円です。この全額を返金してください。',
      '損失は約50万円でしたが、社内で処理しました。ご報告まで。',
    ],
  },
  {
    rule: 'ja.u.monetary.difference_credited',
    category: 'monetary',
    positives: [
      [
        '故障はありませんが、小型モデルに交換してほしいです。安くなる差額は来月の利用料から差し引いてください。',
        '差額は来月の利用料から差し引',
      ],
      [
        'ルーターを小型の機種と交換していただき、差額を保守料に充当していただけますか。',
        '差額を保守料に充当',
      ],
    ],
    negatives: [
      '二重請求の差額を来月の利用料から差し引いていただけますか。',
      '交換の件、承知しました。差額の請求書をお送りください。',
    ],
  },
  {
    rule: 'ja.u.excessive.knowingly_beyond',
    category: 'excessive',
    positives: [
      [
        '無理を言っているのは重々承知ですが、日曜の夜までに新しい連携機能を当社向けに作ってください。',
        '無理を言っているのは重々承知',
      ],
      [
        '平日プランの範囲を超えているのは分かっていますが、祝日の朝9時までに全拠点の設定を終わらせてください。',
        '範囲を超えているのは分かって',
      ],
      ['契約外なのは分かってるけど、今日中に全部やって。', '契約外なのは分かって'],
    ],
    negatives: [
      '範囲外であることは承知しておりますので、有償でのお見積りを本日18時までにいただけますか。',
      '無理を申し上げているのは承知しておりますが、可能な範囲で明日の朝までにご回答いただけますと助かります。',
      '無理を言っているのは承知のうえで、来月中のご対応をご検討ください。',
      '休日であることは承知しておりますが、本日18時までの監視延長、ありがとうございました。',
    ],
  },
];

describeRuleKinds('Japanese long-mail rules', KINDS, alone, 'ja');

const GUARDS: GuardTable[] = [
  {
    id: 'ja.u.veto.fiction_lines',
    category: 'violence',
    calm: [
      '脚本の台詞が隔離されます。「殺してやる」と彼は叫んだ。脚本の中の台詞ですので、除外できますか。',
      '「ぶっ殺すぞ」と男は言った。\n小説ですので、当然ながら作中の台詞です。分類器の除外設定を教えてください。',
    ],
    kept: ['小説なんか読んでる場合じゃない。お前ら全員ぶっ殺すぞ。', '殺してやる。台詞じゃないからな。'],
  },
  {
    id: 'ja.u.veto.own_reminders',
    category: 'persistence',
    calm: [
      '未登録の社員には全員終わるまで毎日催促します。リマインドは毎朝自動で送れますか。',
      '登録が済むまで、通知を毎日自動で送信できるスケジュールはありますか。',
    ],
    kept: [
      '返事が来るまで毎日電話し続けるからな。',
      '返金するまで毎朝クレームを送り続けます。',
      '直るまで、毎日自動でクレームを送り続けるからな。',
    ],
  },
  {
    id: 'ja.u.veto.change_of_agent',
    category: 'exchange',
    calm: [
      '前回うっかり設定を誤って消してしまいました。担当は別の人に替えてください。',
      '社員が落として壊したのは自分たちのミスです。窓口は別の担当者に代えてもらえますか。',
    ],
    kept: [
      '社員が落として壊したトークンを新品に交換してください。',
      '誤って初期化した端末を新しいのに取り替えてほしい。',
      '社員が落として壊したトークンなので、担当者に交換してもらえますか。',
    ],
  },
  {
    id: 'ja.u.veto.sit_in_condition',
    category: 'excessive',
    calm: [
      'いまロビーにいます。エンジニアが来て目の前で直すまでここを動きません。',
      '責任者が来て説明するまで帰りません。',
    ],
    kept: ['今すぐエンジニアを事務所に来させて直せ。', '明日の朝一番で本社に来て直してください。'],
  },
  {
    id: 'ja.u.veto.thanks_invitation',
    category: 'excessive',
    calm: [
      '今回のお礼がしたいので、今度うちの会社に来てよ。',
      'ご馳走するので、近いうちに事務所に来てくださいね。',
    ],
    kept: ['今すぐエンジニアを事務所に来させて直せ。', '直らないなら、担当が会社に来て説明しろ。'],
  },
  {
    id: 'ja.u.veto.taken_for_fool',
    category: 'insult',
    calm: [
      'そんな言い訳を信じるほどバカだと思ってるんですか。きちんと原因を説明してください。',
      '客をアホだとでも思っているんですか。ログを見れば分かります。',
    ],
    kept: ['お前バカだろ。', 'こんなことも分からないなんて、担当はアホなの？'],
  },
  {
    id: 'ja.u.veto.name_in_apology',
    category: 'privacy',
    calm: [
      '社長名義の謝罪文をトップページに掲載すること。それから、設定を誤ったエンジニアの名前も載せること。',
    ],
    kept: ['担当者の名前と顔写真をネットに晒してやる。', '謝罪はいらない。担当の実名をSNSに載せるからな。'],
  },
  // Narrowed in ja.yaml: ja.veto.meta no longer clears "フィルタリングもできない" aimed at staff.
  {
    id: 'ja.veto.meta',
    category: 'insult',
    calm: [
      '迷惑メールのフィルタに「バカ」という単語を登録したいです。',
      'フィルタのNGワードに「クズ」を追加しました。',
    ],
    kept: ['メールのフィルタリングもまともにできない役立たずなんだから、せめて返事くらいしろ。'],
  },
  // Narrowed in ja.yaml (ja.veto.sla_terms) and ja-far.yaml (ja.f.veto.contract_refund):
  // "SLAのクレジットは頂戴しますが、加えて…" / "…は承知しておりますが" ask beyond the SLA.
  {
    id: 'ja.veto.sla_terms',
    category: 'monetary',
    calm: [
      'SLAに基づくサービスクレジットの適用をお願いします。',
      'SLAのとおりクレジットを次回請求に適用してください。',
    ],
    kept: [
      'SLAのクレジットは頂戴しますが、加えてこの人件費を御社にご負担いただけませんか。',
      'SLAのクレジットが月額の5%であることは承知しておりますが、この待機費用全額をご負担いただけないでしょうか。',
    ],
  },
  {
    id: 'ja.f.veto.contract_refund',
    category: 'monetary',
    calm: ['規約に基づく返金をお願いします。', '契約に定める返金の手続きを教えてください。'],
    kept: [
      'SLAに基づくサービスクレジットはありがたく頂戴いたしますが、加えてこの残業代を御社にご負担いただけませんか。',
    ],
  },
];

describeGuardTables('Japanese long-mail vetoes and narrowed vetoes', GUARDS, 'ja');

describeRuleFile('Japanese long-mail rules: the rule file', RULE_FILE, {
  lang: 'ja',
  idPrefix: 'ja.u.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => GUARDS.map((g) => g.id),
  offsets: { engine: alone, text: '設定もできない役立たずなんだから。\n　お前らは犯罪者集団か。' },
});
