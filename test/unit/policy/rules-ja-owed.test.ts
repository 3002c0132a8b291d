/**
 * Japanese demands (config/rules/ja-owed.yaml, ids ja.ow.*): monetary, exchange,
 * excessive and unrelated demands from the Japanese items of t39 and t40 (and
 * t37) and the rule writer's own probes, run through the real policy file and
 * engine, so every rule file (and every veto) is in play. One table per rule
 * with positives written for this test (not taken from any corpus), each with a
 * fragment the rule's own evidence must cover, and calm look-alikes (SLA and
 * terms refunds, purchased options, visits inside the contract, quotes) in which
 * the whole engine must not find the category; then the veto and the rules of
 * other files narrowed for this file's calm sentences.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/ja-owed.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('ja-owed.yaml');

const KINDS: RuleKind[] = [
  // ------------------------------------------------------------ monetary
  {
    rule: 'ja.ow.monetary.settle_for_sum',
    category: 'monetary',
    positives: [
      ['20万円で手を打つって言ってんだから、さっさと払えよ。', '20万円で手を打'],
      ['ご契約金額の半額返金で手を打たせていただきます。', '半額返金で手を打'],
      ['まあ80万なら水に流してやってもいい。', '80万なら水に流'],
    ],
    negatives: [
      '見積もりの50万円で手を打ちましょう。発注手続きを進めます。',
      '年額120万円で手を打ちませんか？',
      '金で許してもらえると思うなよ。',
    ],
  },
  {
    rule: 'ja.ow.monetary.sum_as_price',
    category: 'monetary',
    positives: [
      ['80万払えば、今回のことは黙っててやるよ。', '80万払えば'],
      ['明日中に30万用意できたら、書き込みは消してやる。', '30万用意できたら'],
    ],
    negatives: [
      '100万円を振り込めば更新できますか？',
      '請求書の30万円を振り込みました。ご確認ください。',
      '追加ライセンス分の12万円を払えば、今月から使えますか。',
    ],
  },
  {
    rule: 'ja.ow.monetary.refund_beyond_terms',
    category: 'monetary',
    positives: [
      ['規約違反でも構わないから、先月分を返金してください。', '規約違反でも構わないから、先月分を返金'],
      ['規約上できないのは分かってるけど、返金してよ。', '規約上できないのは分かってるけど、返金'],
    ],
    negatives: [
      '規約上、返金は難しいとのこと、承知いたしました。',
      '規約外の返金は可能でしょうか？',
      '規約に基づき、未使用期間分の返金をお願いします。',
    ],
  },
  {
    rule: 'ja.ow.monetary.waive_penalty',
    category: 'monetary',
    positives: [
      ['解約金なしで解約させてもらうからな。', '解約金なしで解約させてもら'],
      ['違約金は払わずに契約を切らせていただきます。', '違約金は払わずに契約を切'],
    ],
    negatives: [
      '違約金なしで解約できますか？',
      '違約金なしで解約させていただけるとのこと、ありがとうございます。',
      '契約上、30日前の通知で違約金なしで解約できるはずです。解約手続きをお願いします。',
    ],
  },
  {
    rule: 'ja.ow.monetary.for_the_trouble',
    category: 'monetary',
    positives: [
      [
        'こっちが迷惑を被った分、次回の更新料から差し引いていただきます。',
        '迷惑を被った分、次回の更新料から差し引',
      ],
      ['手間を取らされた分、今月の利用料を割引してもらうからね。', '手間を取らされた分、今月の利用料を割引'],
    ],
    negatives: [
      'ご迷惑をおかけした分、こちらで費用を負担いたします。',
      '「ご迷惑をおかけした分、今月は値引きいたします」とのことで、ありがとうございます。',
      '損した分は自分で取り返します。',
    ],
  },
  {
    rule: 'ja.ow.monetary.bill_to_zero',
    category: 'monetary',
    positives: [
      ['請求はチャラにしといて。障害のせいで仕事にならなかったんだから。', '請求はチャラにしとい'],
      ['こんだけ待たせたんだから、今月分はタダにしとけよ。', '今月分はタダにしとけ'],
    ],
    negatives: [
      '無料トライアル中の請求はゼロにしておいてください。',
      'SLAに基づき、今月の請求はゼロにしておいていただけますか。',
    ],
  },
  {
    rule: 'ja.ow.monetary.sincerity_sum',
    category: 'monetary',
    positives: [
      ['お詫びのしるしとして相応の金額をお支払いいただきたく存じます。', 'お詫びのしるしとして相応の金額'],
      ['然るべき額をご提示ください。今回の件は看過できません。', '然るべき額をご提示'],
      ['金額につきましては、御社でご判断ください。', '金額につきましては、御社でご判断'],
    ],
    negatives: [
      '誠意ある対応をお願いします。',
      '相応の金額をご提示いただければ、導入を検討します。',
      '金額については御社の見積もりを待ちます。',
    ],
  },
  // ------------------------------------------------------------ exchange
  {
    rule: 'ja.ow.exchange.free_plan_change',
    category: 'exchange',
    positives: [
      ['上位プランへの切り替えを無料でやってよ。', '切り替えを無料でやって'],
      ['ライセンスの移行、タダでやってくれるよね？', 'ライセンスの移行、タダでやって'],
    ],
    negatives: [
      'プラン変更は無料でできますか？',
      'キャンペーン期間中はプラン変更を無料でやっていただけると伺いました。いつ反映されますか。',
    ],
  },
  // ------------------------------------------------------------ excessive
  {
    rule: 'ja.ow.excessive.staff_kept_up',
    category: 'excessive',
    positives: [
      ['今晩中に担当者を張り付かせてください。', '担当者を張り付かせ'],
      ['週末も開発チームに対応させろ。', '開発チームに対応させろ'],
      ['朝までにSEに徹夜させてでも直させろ。', 'SEに徹夜させ'],
    ],
    negatives: [
      'エンジニアの方が徹夜で対応してくださったと聞きました。ありがとうございます。',
      '土日も担当者をつけていただけるプレミアム契約に切り替えたいので、見積もりをお願いします。',
      '今夜中に作業を終わらせたいので、担当者をつけていただけるプランがあれば教えてください。',
    ],
  },
  {
    rule: 'ja.ow.excessive.dispatch_to_site',
    category: 'excessive',
    positives: [
      [
        '技術者を当社の工場まで向かわせていただけますか。明日中にお願いします。',
        '技術者を当社の工場まで向かわせ',
      ],
      ['誰か現場に寄越してよ。', '誰か現場に寄越'],
    ],
    negatives: [
      'オンサイト保守契約に基づき、明日エンジニアを弊社まで派遣してください。',
      '技術者を現地まで派遣していただく場合の費用を教えてください。',
    ],
  },
  {
    rule: 'ja.ow.excessive.visit_asked_kindly',
    category: 'excessive',
    positives: [
      [
        '事務所まで足を運んでいただけないでしょうか。契約に訪問がないのは存じておりますが。',
        '事務所まで足を運んでいただ',
      ],
      ['使い方がよく分からないので、一度お店に来てもらえないかしら。', 'お店に来てもらえ'],
    ],
    negatives: [
      '先日は店舗まで来ていただき、ありがとうございました。',
      '来週、弊社まで来ていただいて、新製品のご提案をいただけますか。',
    ],
    // near scope: the package that includes the visit is named in the sentence before (an older
    // rule, ja.excessive.onsite, still reads this one sentence at a time).
    ownNegatives: [
      '導入パッケージにはオンサイト支援が1日含まれています。来月、大阪の工場までお越しいただけますか。',
    ],
  },
  {
    rule: 'ja.ow.excessive.write_our_reports',
    category: 'excessive',
    positives: [
      ['経営会議用の資料を毎月そちらで作っていただけると助かるんですが。', '資料を毎月そちらで作って'],
      ['監査用の報告書、毎回御社の方でまとめてもらえませんか。', '報告書、毎回御社の方でまとめて'],
    ],
    negatives: [
      '毎月御社で作成していただいているレポートの件で質問です。',
      '月次レポートを毎月そちらで作成する機能はありますか？',
    ],
  },
  {
    rule: 'ja.ow.excessive.feature_by_deadline',
    category: 'excessive',
    positives: [
      ['今夜中に新機能を実装してください。', '今夜中に新機能を実装して'],
      ['土日中にSCIM連携を追加してもらえませんか。', '土日中にSCIM連携を追加してもら'],
    ],
    negatives: ['来週までにAPIの機能追加の予定はありますか？', '今日中に設定を追加していただけますか。'],
  },
  {
    rule: 'ja.ow.excessive.fixed_person',
    category: 'excessive',
    positives: [
      ['弊社専任の担当者を固定でつけていただきたいです。', '弊社専任の担当者を固定でつけ'],
      ['決まった人を一人つけてよ、毎回説明するの面倒だから。', '決まった人を一人つけ'],
    ],
    negatives: [
      '専任担当のプランはありますか？料金を教えてください。',
      'いつも決まった方をつけていただいており、ありがとうございます。',
    ],
  },
  // ------------------------------------------------------------ unrelated
  {
    rule: 'ja.ow.unrelated.home_device_help',
    category: 'unrelated',
    positives: [
      ['実家のパソコンも設定してもらえませんか。', '実家のパソコンも設定してもらえ'],
      ['娘のiPadのWi-Fi接続を見てほしい。', '娘のiPadのWi-Fi接続を見てほしい'],
    ],
    negatives: [
      '自宅のPCにエージェントをインストールする方法を教えてください。',
      '在宅勤務の社員の自宅のPCでもメールが受信できません。見てもらえますか。',
    ],
  },
];

describeRuleKinds('Japanese demands (ja-owed.yaml)', KINDS, alone, 'ja');

const GUARDS: GuardTable[] = [
  {
    id: 'ja.ow.veto.purchased_option',
    category: 'excessive',
    calm: [
      '先月「夜間・休日サポート」オプションを購入しました。年末年始の作業日にはエンジニアの方に待機していただけるようお願いします。',
      '時間外サポート契約に加入しております。日曜の切り替え作業に立ち会っていただけますか。',
    ],
    kept: [
      'プランにないのは分かっていますが、年末年始も待機していただけるようお願いします。',
      '休日に作業するので、日曜に待機していただけませんか。時間外は含まれていないのは承知しています。',
    ],
  },
  {
    id: 'ja.t.excessive.go_onsite',
    category: 'excessive',
    calm: [
      '御社の役員の方に弊社まで出向いていただき、直接謝罪していただきたい。',
      '担当の方に当社まで来ていただいて、頭を下げてもらいたい。',
    ],
    kept: [
      '御社の担当者に弊社まで出向いていただき、作業していただきたい。契約外なのは承知しています。',
      'エンジニアの方に現地へ行っていただきたいです。',
    ],
  },
  {
    id: 'ja.b.unrelated.personal_account',
    category: 'unrelated',
    calm: [
      '担当者個人宛てのメールが別の部署に届いてしまいました。原因を調べていただけますか。',
      '社長個人宛のメールが迷惑メールに振り分けられます。',
    ],
    kept: ['私用のLINEで送ったデータを見てほしい。', '息子のゲームのアカウントが乗っ取られたので直して。'],
  },
  {
    id: 'ja.b.unrelated.other_software',
    category: 'unrelated',
    calm: [
      'SPFにM365とkintoneのincludeが入っているため、上限を超えます。見ていただけますか。',
      'DNSにSalesforceのレコードも入っていますが、確認していただけますか。',
    ],
    kept: ['Excelのマクロが動かないので見てもらえませんか。', 'Zoomの画面共有ができないので調べてほしい。'],
  },
  {
    id: 'ja.d.excessive.fixed_dedicated',
    category: 'excessive',
    calm: [
      'プレミアムサポートの専任担当の方が異動されたと伺いました。契約書どおり、後任の方のお名前をご連絡いただけますか。',
      '契約に基づく専任担当の引き継ぎ日程を教えてください。',
    ],
    kept: ['専任のエンジニアをつけてください。', 'うちに専属の担当者を付けろ。'],
  },
  {
    id: 'ja.excessive.dedicated',
    category: 'excessive',
    calm: [
      '契約書第3条に基づき、専任の担当の引き継ぎ期間を設けてください。',
      '専任担当の後任が決まりましたら、お知らせください。',
    ],
    kept: ['専任のエンジニアをつけてください。', 'つきっきりで対応しろ。'],
  },
  {
    id: 'ja.excessive.onsite',
    category: 'excessive',
    calm: ['ねえ、僕の家のPC見に来てよ。', '来週、弊社まで来ていただいて、新製品のご提案をいただけますか。'],
    kept: ['今すぐ事務所に来てよ。', '弊社まで来ていただいて、設定作業をお願いできますか。'],
  },
  {
    id: 'ja.b.excessive.come_to_us',
    category: 'excessive',
    calm: [
      '来週、当社まで来ていただいて、ご提案をいただけると嬉しいです。',
      '一度弊社に来てもらって、デモンストレーションをお願いできますか。',
    ],
    kept: ['エンジニアさんに店まで来てもらいたい。', 'うちまで来いよ。'],
  },
  {
    id: 'ja.excessive.free_work',
    category: 'excessive',
    calm: [
      'キャンペーン期間中はプラン変更を無料でやっていただけると伺いました。いつ反映されますか。',
      '無料で移行作業をやっていただけると伺いましたので、日程の候補をお送りします。',
      '旧プランから新プランへの移行は無料で対応していただけるとご案内いただきましたが、手順を教えてください。',
    ],
    kept: ['無料で移行作業をやってください。', 'タダでコネクタを作ってくれ。'],
  },
  {
    id: 'ja.exchange.free_switch',
    category: 'exchange',
    calm: [
      '旧プランから新プランへの移行は無料で対応していただけるとご案内いただきましたが、手順を教えてください。',
      '上位エディションへの切り替えは無償とご案内いただいた件、いつ反映されますか。',
    ],
    kept: ['無償で上位プランに変更しろ。', 'タダで新しいのに交換してよ。'],
  },
  {
    id: 'ja.unrelated.personal_device',
    category: 'unrelated',
    calm: [
      '自宅のPCにエージェントをインストールする方法を教えてください。',
      '私用のスマホのエージェントの設定方法を教えてください。',
    ],
    kept: ['自宅のプリンターが印刷できないので直してほしい。', '子供のゲーム機の設定を教えて。'],
  },
];

describeGuardTables('Japanese demands: veto and narrowed rules of other files', GUARDS, 'ja');

describeRuleFile('Japanese demands rules: the rule file', RULE_FILE, {
  lang: 'ja',
  idPrefix: 'ja.ow.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => GUARDS.filter((g) => g.id.startsWith('ja.ow.')).map((g) => g.id),
  offsets: {
    engine: alone,
    text: 'ﾃﾏを取らされた分、今月の利用料を割引してもらうからね。あと30万円で手を打ってやるよ。',
  },
});
