/**
 * Japanese inappropriate demands (config/rules/ja-asks.yaml, ids ja.as.*), run through the real
 * policy file and engine, so every rule file (and every veto) is in play. One table per rule with
 * positives written for this test (not taken from any corpus) in keigo, plain and casual speech,
 * each with a fragment the rule's own evidence must cover, and calm look-alikes (an SLA credit under
 * the terms, a real double charge refunded, a visit the contract includes, a deadline with a
 * business reason for the customer's own work, a question whether something is in scope) in which
 * the whole engine must not find the rule's category. Then calm/kept tables for the two rules of
 * other files narrowed for t34's calm items and the writer's own calm probes.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/ja-asks.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('ja-asks.yaml');

const KINDS: RuleKind[] = [
  // ---------------------------------------------------------------- excessive
  {
    rule: 'ja.as.excessive.shachou_ga_chokusetsu',
    category: 'excessive',
    positives: [
      ['社長が直接来て説明しろ。', '社長が直接来て説明'],
      ['役員の方が直接ご来社のうえ、経緯をご説明いただくよう求めます。', '役員の方が直接ご来社'],
      ['お宅の社長、うちの本社に来させて。', '社長、うちの本社に来させて'],
      ['上の人間を連れてこいよ。', '上の人間を連れてこい'],
      [
        '部長さんご本人に弊社までお越しいただきたいと考えております。',
        '部長さんご本人に弊社までお越しいただ',
      ],
    ],
    negatives: [
      '契約に含まれる年2回の訪問点検、来月お越しいただけますか。社長も同席します。',
      '責任者の方から電話でご説明いただけますでしょうか。',
      '当社の社長が来週御社を訪問する予定です。',
      '弊社の部長を連れて伺います。',
      '新任の部長がご挨拶にお越しになるとのこと、お待ちしております。',
      // an apology in person is kneel_demand, not excessive
      '社長さん直筆の詫び状を持って、うちまで来てください。',
    ],
  },
  {
    // probe round 30
    rule: 'ja.as.excessive.executive_calls_tonight',
    category: 'excessive',
    positives: [
      ['今夜中に社長本人から私に電話をさせてください。', '社長本人から私に電話'],
      ['社長本人から電話をもらうまで、この件は終わりにしないから。今日中にね。', '社長本人から電話'],
      ['本日中に会長ご本人から直接ご連絡をいただけますでしょうか。', '会長ご本人から直接ご連絡'],
    ],
    negatives: [
      '本日、弊社の社長本人から御社にお電話する予定です。',
      '役員の方から、来週の定例でご説明いただけますか。',
      '社長本人からのお電話、ありがとうございました。',
      '契約どおり、障害時は責任者から今日中にご連絡いただけるとのこと、承知しました。',
    ],
  },
  {
    rule: 'ja.as.excessive.round_the_clock',
    category: 'excessive',
    positives: [
      ['年中無休24時間で、うち専用に対応してほしい。', '年中無休24時間で、うち専用に対応してほしい'],
      ['24時間365日、うちの専任として対応すること。', '24時間365日、うちの専任として対応すること'],
      ['昼夜を問わず電話に出られるようにしておけ。', '昼夜を問わず電話に出られるようにしておけ'],
    ],
    negatives: [
      '24時間対応のプランの料金を教えてください。',
      'プレミアムプランの24時間サポートを契約しています。夜間障害の連絡先を教えてください。',
      '当社のシステムは24時間稼働していますので、監視の設定を見直したいです。',
    ],
  },
  {
    rule: 'ja.as.excessive.offhours_fine_private',
    category: 'excessive',
    positives: [
      ['夜間や休日でも構いません。担当の方の携帯に直接連絡させてください。', '夜間や休日でも構いません'],
      ['夜中でも休日でもいいから、あんたの携帯に直接かけるわ。番号教えて。', '夜中でも休日でもいいから'],
      ['土日でも大丈夫なので、個人の携帯番号を教えてください。', '土日でも大丈夫'],
    ],
    negatives: [
      '夜間や休日でも構いませんので、ご都合のよいときにメールでご返信ください。',
      '休日でも構いませんので、私の携帯に直接お電話ください。',
      '夜間でも大丈夫です。当方の携帯番号は署名に記載しています。',
    ],
  },
  {
    rule: 'ja.as.excessive.bulk_by_deadline',
    category: 'excessive',
    positives: [
      ['今日中に管理者全員分の設定を全部そっちでやって。', '今日中に管理者全員分の設定を全部そっちでやって'],
      [
        '明日中に過去7年分のアーカイブ（約4,000万通）を再インデックスしていただけないでしょうか。',
        '過去7年分のアーカイブ（約4,000万通）を再インデックスしていただけ',
      ],
      [
        '明日の朝9時までに、300人分のアカウントを全部登録しておいて。',
        '300人分のアカウントを全部登録しておいて',
      ],
    ],
    negatives: [
      '明日の監査に必要なので、今日中に昨日分のレポートの出力方法を教えていただけますか。',
      '昨夜から障害が続いています。プレミアムプランなので今夜中に原因を特定していただけないでしょうか。',
      '今日中に全部のユーザーへパスワードリセットを案内したいので、一括送信の手順を教えてください。',
      '来週の監査に提出するため、今週中に先月分の監査ログのエクスポート方法を教えてください。',
    ],
  },
  {
    rule: 'ja.as.excessive.too_much_bother',
    category: 'excessive',
    positives: [
      ['こっちでやるのは面倒だから、そっちで全部やって。', '面倒だから、そっちで全部やって'],
      ['こっちは手を動かすつもりはありません。', '手を動かすつもりはありません'],
      ['マニュアル見るのもめんどくさいし、御社でやってよ。', 'めんどくさいし、御社でやって'],
    ],
    negatives: [
      '一件ずつ設定するのは面倒なので、そちらで一括設定できる機能はありますか。',
      '手作業は手間なので、自動化の手順を教えてください。',
    ],
  },
  {
    rule: 'ja.as.excessive.free_build',
    category: 'excessive',
    positives: [
      ['連携モジュールを来週までにタダで作って。', 'タダで作って'],
      ['当社向けに勤怠システムと連携するよう無償で拡張してください。', '無償で拡張'],
      ['うち向けにSlack連携を無料で追加開発してください。', '無料で追加開発'],
    ],
    negatives: [
      '無償で提供されている連携機能の設定方法を教えてください。',
      '無料トライアル中ですが、連携モジュールの作り方のドキュメントはありますか。',
      '仕様と異なる動作なので、保証の範囲内で無償で改修していただけると理解しています。',
    ],
  },
  {
    rule: 'ja.as.excessive.free_managed_service',
    category: 'excessive',
    positives: [
      [
        '毎月ログをレビューしてレポートを作成し、役員会で報告していただけないでしょうか。無償でお願いします。',
        '無償でお願いします',
      ],
      [
        '毎週うちのテナントの設定をチェックしてほしい。長い付き合いなんだからタダでやってよ。',
        'タダでやって',
      ],
      [
        '取締役会でセキュリティ状況をご説明いただきたく、サービスでお願いできればと存じます。',
        'サービスでお願いでき',
      ],
    ],
    negatives: [
      '毎月のレポートは管理画面で作成できると伺いました。無料プランでも使えますか。',
      '月次レビューのサービスは有償とのことなので、お見積もりをお願いします。',
    ],
  },
  {
    rule: 'ja.as.excessive.agents_until_decent',
    category: 'excessive',
    positives: [
      ['いるだけ全員順番に出して。', 'いるだけ全員順番に出して'],
      ['まともなのが出てくるまで変え続けて。', '出てくるまで変え続け'],
      ['分かる人が出るまで何人でも替えてください。', '出るまで何人でも替えてください'],
    ],
    negatives: [
      '担当の方を変えていただけますか。',
      '認証コードが届くまで何度か送信し直してください、と案内されました。',
    ],
  },
  {
    rule: 'ja.as.excessive.publish_on_ir',
    category: 'excessive',
    positives: [
      [
        '御社のIRページに、今回の障害の責任が御社にあると明記してください。',
        'IRページに、今回の障害の責任が御社にあると明記して',
      ],
      ['株主総会の資料に今回の障害の経緯を載せろ。', '株主総会の資料に今回の障害の経緯を載せろ'],
      [
        'プレスリリースで当社への責任を認めて公表していただきたい。',
        'プレスリリースで当社への責任を認めて公表していただ',
      ],
    ],
    negatives: [
      '御社のIRページに掲載されている決算資料を拝見しました。',
      '導入事例としてプレスリリースに弊社名を掲載していただけるとのこと、ありがとうございます。',
      // a published apology is kneel_demand, not excessive
      '業界紙に御社社長名で謝罪広告を載せてください。',
    ],
  },
  {
    rule: 'ja.as.excessive.restore_past_retention',
    category: 'excessive',
    positives: [
      [
        '保持期間が切れて削除されたものも含めて、全部復元してください。',
        '保持期間が切れて削除されたものも含めて',
      ],
      ['保存期間を過ぎたメールも全部戻せ。', '保存期間を過ぎたメールも全部'],
      ['保持期限が経過したデータも含めて復旧していただきます。', '保持期限が経過したデータも含めて'],
    ],
    negatives: [
      '保持期間が切れて削除されたメールも含めて復元できますか。',
      '保存期間を過ぎたデータも含めて削除されるのか、仕様を教えてください。',
    ],
  },
  {
    rule: 'ja.as.excessive.come_over_now',
    category: 'excessive',
    positives: [
      ['家のテレビが映らないんだよ。今から来てくれない？', '今から来てくれない'],
      ['すぐうちに来てもらえる？', 'すぐうちに来てもらえる'],
      ['今夜、事務所まで来てください。', '今夜、事務所まで来てください'],
    ],
    negatives: [
      '先日は今すぐ来ていただき、ありがとうございました。',
      'すぐに来ていただける予定と伺いました。',
    ],
    // The statistical backstop finds excessive here; this rule must not.
    ownNegatives: ['オンサイト保守の契約どおり、今日中に来ていただけますか。'],
  },
  // ----------------------------------------------------------------- monetary
  {
    rule: 'ja.as.monetary.third_party_costs',
    category: 'monetary',
    positives: [
      ['店のキャンセル料3万、返せよ。', 'キャンセル料3万、返せ'],
      ['先方へのお詫びの菓子折り代は御社でご負担願います。', '菓子折り代は御社でご負担願'],
      ['タクシー代と残業代、全部そっちで払ってもらうからな。', '残業代、全部そっちで払ってもら'],
    ],
    negatives: [
      '先月分が二重に請求されていました。重複分の返金をお願いします。',
      '誤って請求されたキャンセル料を返金してください。',
      'SLAの稼働率を下回った月のサービスクレジットを、規約どおり来月の請求から差し引いてください。',
      '店舗のキャンセル料の請求メールがフィッシングかどうか確認したいです。',
      'タクシー代の負担は求めていません。原因だけ教えてください。',
    ],
  },
  {
    rule: 'ja.as.monetary.from_salary',
    category: 'monetary',
    positives: [
      ['お前の給料から出せばいいだろうが。', '給料から出せ'],
      ['担当者の給料から天引きして払ってもらえばいい。', '給料から天引き'],
      ['あんたのボーナスから弁償しろ。', 'ボーナスから弁償'],
    ],
    negatives: [
      '給与計算システムのメールが隔離されています。社員の給料から天引きされる保険料の通知です。',
      '私の給料から払うので、個人の追加ライセンスを購入できますか。',
    ],
  },
  {
    rule: 'ja.as.monetary.price_cut_condition',
    category: 'monetary',
    positives: [
      ['次年度の利用料を今年度の半額とすること。', '利用料を今年度の半額とすること'],
      ['更新料はゼロにしてもらいます。', '更新料はゼロにしてもらいます'],
      ['来年度の保守料を3割引きとすること。', '保守料を3割引きとすること'],
    ],
    negatives: [
      '今月の利用料を半額にするキャンペーンは適用されますか。',
      '年額にすると月額の2割引きになると伺いましたが、本当ですか。',
    ],
    // The statistical backstop finds monetary in a polite renewal request; this rule must not.
    ownNegatives: ['来期の更新にあたり、料金を1割引きにしていただくことはご検討いただけないでしょうか。'],
  },
  // ---------------------------------------------------------------- unrelated
  {
    rule: 'ja.as.unrelated.office_cabling',
    category: 'unrelated',
    positives: [
      ['新オフィスのLANの配線工事をお願いできますか。', 'LANの配線工事'],
      ['会議室の無線LANのアクセスポイントを増設してほしい。', 'アクセスポイントを増設'],
      ['ついでにWi-Fiの設置もやってくれよ。', 'Wi-Fiの設置'],
    ],
    negatives: [
      '御社のエージェントの導入前に、LAN配線工事が必要かどうか教えてください。',
      'Wi-Fiの設置場所によって通信要件は変わりますか。',
    ],
  },
  {
    rule: 'ja.as.unrelated.copier',
    category: 'unrelated',
    positives: [
      ['うちのプリンターがさ、印刷できないんだよね。何とかして。', 'プリンターがさ、印刷でき'],
      ['事務所のコピー機の紙詰まり、リモートで見てください。', 'コピー機の紙詰まり'],
      ['複合機のトナーのランプが消えないんだけど。', '複合機のトナー'],
    ],
    negatives: [
      'プリンターからのスキャンtoメールが届きません。御社のゲートウェイで隔離されていませんか。',
      '複合機のエラー通知メールがブロックされているようです。確認をお願いします。',
    ],
  },
  {
    rule: 'ja.as.unrelated.office_documents',
    category: 'unrelated',
    positives: [
      ['パワポのスライドのレイアウトが崩れたから直して。', 'パワポのスライド'],
      ['エクセルのグラフの書式がおかしいんだけど、見てくれない？', 'エクセルのグラフ'],
      ['息子の卒論、Wordの目次がずれるので直し方を教えてください。', 'Wordの目次'],
    ],
    negatives: [
      'これはサポート対象範囲でしょうか。Wordのマクロ付きファイルが隔離されています。',
      '管理画面からExcelで出力したログの集計表の関数について、列の意味を教えてください。',
      'PowerPointのスライドを添付したメールが隔離されました。解除方法を教えてください。',
    ],
  },
  {
    rule: 'ja.as.unrelated.competitor_settings',
    category: 'unrelated',
    positives: [
      ['B社製品のスパム判定閾値の設定方法を教えてください。', 'B社製品のスパム判定閾値'],
      ['他社のVPNの設定手順を教えてもらえますか。', '他社のVPNの設定手順'],
      ['競合のセキュリティ製品のエラーを見てくれよ。', '競合のセキュリティ製品のエラー'],
    ],
    negatives: [
      '他社製品から御社への移行手順を教えてください。',
      '他社のVPN経由でアクセスすると二要素認証が失敗します。対象範囲かどうか教えてください。',
    ],
  },
  {
    rule: 'ja.as.unrelated.who_else_then',
    category: 'unrelated',
    positives: [
      ['他社のVPNの件だけど、お前がやらないなら誰がやんの？', 'お前がやらないなら誰がやん'],
      ['うちのプリンターだよ。あんたが見ないなら誰が見るんだよ。', 'あんたが見ないなら誰が見る'],
      [
        '家のテレビのことだけど、御社が対応しないなら一体誰が対応するんですか。',
        '御社が対応しないなら一体誰が対応',
      ],
    ],
    negatives: [
      '御社の管理画面の障害です。御社が対応しないなら誰が対応するのか、窓口を教えてください。',
      '誰がやるか決めたいので、御社の作業範囲を教えてください。',
    ],
  },
  {
    rule: 'ja.as.unrelated.private_device_unlock',
    category: 'unrelated',
    positives: [
      ['社長の私物のiPadのパスコード、忘れたらしいんだけど、そっちで解除できる？', 'iPadのパスコード、忘れ'],
      ['妻のiPhoneのパスコードを忘れたので解除してください。', 'iPhoneのパスコードを忘れ'],
      ['娘のスマホの画面ロックを外してほしい。', 'スマホの画面ロックを外し'],
    ],
    negatives: [
      '私物のスマホから御社のサービスにサインインできません。',
      '社員の私物スマホを紛失しました。リモートロックで保護できますか。',
    ],
  },
];

describeRuleKinds('Japanese demand rules (t34)', KINDS, alone, 'ja');

/** This file's veto, then the rules of other files narrowed for calm look-alikes found while writing this file. */
const GUARDS: GuardTable[] = [
  {
    // Several after-hours rules read "call me even on a holiday" as a demand on the agent's hours.
    id: 'ja.as.veto.own_phone_any_hour',
    category: 'excessive',
    calm: [
      '休日でも構いませんので、私の携帯に直接お電話ください。',
      '夜遅くでも大丈夫ですから、当方の携帯にご連絡いただければと思います。',
    ],
    kept: [
      '夜間や休日でも構いません。担当の方の携帯に直接連絡させてください。',
      '土日も深夜も、私の携帯にすぐ折り返す体制で対応しろ。',
    ],
  },
  {
    // ja-broad.yaml: the customer's own team standing by late is not after-hours service asked.
    id: 'ja.b.excessive.odd_hours',
    category: 'excessive',
    calm: [
      'SCIMの同期が止まっています。プレミアムプランなので今夜中に原因を調べていただけますか。当社側も22時まで待機しています。',
      'メンテナンス当日は、弊社の担当も23時まで待機しておきます。',
    ],
    kept: ['土日でも22時まで待機していただけますか。', '深夜に電話で対応してもらいたい。'],
  },
  {
    // ja-late.yaml: 同業他社 is a peer company, not another vendor's product.
    id: 'ja.l.unrelated.other_vendor_any',
    category: 'unrelated',
    calm: [
      '同業他社の情報システム担当者から評判を聞いて導入を決めました。初期設定の手順を教えてください。',
      '同業他社のシステム部門の方にも紹介したいので、導入事例の資料を送っていただけますか。お願いします。',
    ],
    kept: ['他社の勤怠システムが動かないから直して。', '他社製の複合機の設定をお願いします。'],
  },
  {
    // ja-last.yaml: 同業他社 again.
    id: 'ja.t.unrelated.other_vendor_fix',
    category: 'unrelated',
    calm: [
      '同業他社の情報システム部門から評判を聞いて契約しました。初期設定を見ていただけますか。',
      '同業他社のシステム担当の方に勧められました。導入手順を調べていただけますか。',
    ],
    kept: [
      '他社製の会計ソフトがエラーになります。なんとかしていただけませんか。',
      '他社のVPNが落ちた。直してもらえる？',
    ],
  },
  {
    // ja-indirect.yaml: the product's own logs exported to Excel are the product.
    id: 'ja.x.unrelated.office_it',
    category: 'unrelated',
    calm: [
      '管理画面からExcelで出力したログの集計表の関数について、列の意味を教えてください。',
      '管理画面からダウンロードしたCSVをExcelのピボットで集計すると件数が合いません。集計条件を教えてください。',
    ],
    kept: [
      'Excelの関数がエラーになるので、直し方を教えてください。',
      '事務所のプリンタの設定をお願いします。',
    ],
  },
];

describeGuardTables('Japanese demand rules (t34): narrowed rules of other files', GUARDS, 'ja');

describeRuleFile('Japanese demand rules (t34): the rule file', RULE_FILE, {
  lang: 'ja',
  idPrefix: 'ja.as.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => GUARDS.map((g) => g.id),
  offsets: { engine: alone, text: '件名：至急\n\n社長が直接来て説明しろ。　店のキャンセル料3万、返せよ。' },
});
