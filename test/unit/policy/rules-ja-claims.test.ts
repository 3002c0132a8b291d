/**
 * Japanese vetoes and rules from the training set t72 (config/rules/ja-claims.yaml, ids ja.dj.*): compensation ruled
 * out, coverage asked beside a paid option, leave to name the product or share a recording, a training script's
 * threatening line, the customer's own executive's private account, free staff or a rebuild that is no exchange; work
 * outside a weekday plan, third parties who are not customers, declared off-product jobs, bulk jobs due today, vendor
 * removal held over staff, the fate of those who crossed the customer, staff named as culprits, a mock good night,
 * rings and winks, hidden bugs told on stage, do-it-or-be-exposed, compensation beyond an acknowledged SLA, promises
 * missing from the contract, mid-term downgrades with the difference back, one tenant on an old version, friend
 * requests to staff, deep bows, staff rosters with faces, and the agent kept on the line. Sentences written for this
 * test, none from any corpus.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const FILE = 'config/rules/ja-claims.yaml';
const alone = engineWithOnly('ja-claims.yaml');

const VETOES: GuardTable[] = [
  {
    id: 'ja.dj.veto.no_claim_intended',
    category: 'monetary',
    calm: [
      '先日の遅延について、金銭的な補償を求めるつもりはございません。再発防止策をご説明ください。',
      '見舞金をいただく考えはありません。原因の報告書だけお願いします。',
    ],
    kept: ['金銭的な補償を求めるつもりはないけど、誠意は見せてもらいますよ。'],
  },
  {
    id: 'ja.dj.veto.covered_or_buy',
    category: 'excessive',
    calm: [
      '来月の切替作業でエンジニアの方に立ち会っていただきたいのですが、プレミアムの範囲内でしょうか。それとも立会いオプションを購入すべきでしょうか。',
    ],
    kept: [
      'スタンダードですが、今夜の切替作業に立ち会ってください。オプションの購入は避けたいので無償でお願いします。',
    ],
  },
  {
    id: 'ja.dj.veto.mention_leave_asked',
    category: 'unrelated',
    calm: [
      '先日の火災（御社製品とは無関係）の件で社内報を出します。その中で御社の製品名を記載してもよろしいでしょうか。',
    ],
    kept: ['御社の製品とは関係ないのですが、自宅のプリンターの設定を見ていただけますか。'],
  },
  {
    id: 'ja.dj.veto.scripted_line',
    category: 'intimidation',
    calm: [
      '新人研修用の動画に、「お前の会社を潰してやる！」とクレーマー役が叫ぶシーンが入っています。この動画がDLPで止まるので、除外方法を教えてください。',
    ],
    kept: ['対応が遅すぎる。お前の会社を潰してやる！'],
  },
  {
    id: 'ja.dj.veto.share_leave_asked',
    category: 'excessive',
    calm: [
      '先週の操作説明会の録画を、社内のヘルプデスク担当者に共有してもよろしいでしょうか。',
      '研修資料を社内の新任担当者に配布しても差し支えないでしょうか。',
    ],
    kept: ['今後は弊社の社内ヘルプデスクを御社で担当してください。'],
  },
  {
    id: 'ja.dj.veto.own_persons_account',
    category: 'privacy',
    calm: ['弊社の部長が来週から海外出張です。部長の個人LINEに連絡をいただけないでしょうか。'],
    kept: ['担当の方の個人LINEを教えていただけますか。'],
  },
  {
    id: 'ja.dj.veto.bow_received',
    category: 'kneel_demand',
    calm: [
      '先日は担当の方が深々と頭を下げてくださいました。',
      'ご丁寧に深々と頭を下げていただき、ありがとうございました。',
    ],
    kept: ['責任者が来て、深々と頭を下げろ。', '土下座して謝れ。'],
  },
  {
    id: 'ja.dj.veto.visitor_registration',
    category: 'privacy',
    calm: [
      '来訪されるエンジニアの氏名と顔写真を、入館手続きのためにお送りください。',
      '作業される方のお名前と写真を、ゲスト登録のためにご提出ください。',
    ],
    kept: ['担当者の名前と顔写真を送れ。ネットに晒してやる。'],
  },
  {
    id: 'ja.dj.veto.staff_not_product',
    category: 'exchange',
    calm: ['追加費用なしで、英語対応のエンジニアをご手配いただけますでしょうか。'],
    kept: ['不具合はないのですが、このルーターを新型に無償で交換してください。'],
  },
  {
    id: 'ja.dj.veto.rebuild_not_product',
    category: 'exchange',
    calm: ['当社の担当が誤って削除してしまいました。レポート20本を無償で作り直していただけますか。'],
    kept: ['不具合はないのですが、このルーターを新型に無償で交換してください。'],
  },
];

const RULES: RuleKind[] = [
  {
    rule: 'ja.dj.excessive.weekday_plan_acknowledged',
    category: 'excessive',
    positives: [
      [
        '平日サポートのみの契約ですが、土曜の深夜作業に立ち会っていただけないでしょうか。',
        '平日サポートのみの契約ですが',
      ],
      ['日中だけのプランだけど、今夜はずっと待機してほしい。', '日中だけのプランだけど'],
      ['営業時間内のみの保守ですが、年末年始も障害対応をお願いします。', '営業時間内のみの保守ですが'],
    ],
    negatives: [
      '平日サポートのみの契約ですが、深夜対応のオプションはいくらでしょうか。',
      '平日のみの契約ですが、土日に対応していただくには何を購入したらよいでしょうか。料金を教えてください。',
      '平日サポートのみの契約ですが、設定方法のマニュアルをいただけますか。',
    ],
  },
  {
    rule: 'ja.dj.unrelated.not_your_customer',
    category: 'unrelated',
    positives: [
      [
        '取引先の代理店は御社の顧客ではないのですが、そちらのDNS設定を手伝ってもらえませんか。',
        '御社の顧客ではないのですが',
      ],
      [
        '友人の会社はそちらのユーザーじゃないけど、ちょっと見てあげてくれませんか。',
        'そちらのユーザーじゃないけど',
      ],
      [
        '子会社は貴社の契約者ではありませんが、子会社のサーバーも設定していただけますか。',
        '貴社の契約者ではありませんが',
      ],
    ],
    negatives: [
      '子会社は御社の顧客ではないのですが、来期の導入を検討しています。資料をいただけますか。',
      '取引先は御社の顧客ではないのですが、その取引先から届くメールがブロックされます。見ていただけますか。',
      '取引先の代理店のメールが届きません。原因を調べていただけますか。',
    ],
  },
  {
    rule: 'ja.dj.unrelated.declared_off_product',
    category: 'unrelated',
    positives: [
      [
        'ランタンとは関係ないのですが、会計システムのデータでグラフを作ってもらえますか。',
        'とは関係ないのですが',
      ],
      [
        'メールガードとは関連しない話ですが、社内サイトの改修を手伝っていただけませんか。',
        'とは関連しない話ですが',
      ],
      ['御社のサービスとは直接関係ないけど、家のWi-Fiを見てもらえない？', 'とは直接関係ないけど'],
    ],
    negatives: [
      '本件とは関係ないのですが、請求書の送付先を変更していただけますか。',
      'この障害とは関係ないのですが、念のため報告させてください。',
      'ランタンとは関係ないのですが、いつも丁寧なご対応ありがとうございます。',
    ],
  },
  {
    rule: 'ja.dj.excessive.bulk_by_today',
    category: 'excessive',
    positives: [
      ['弊社のセキュリティ調査票（全180問）に、本日18時までにご回答ください。', '全180問'],
      ['明日朝までに2,000ユーザーのアカウントを全部移行しろ。', '明日朝までに2,000ユーザー'],
      ['500件の設定変更を今夜中に対応してください。', '500件の設定変更を今夜中に対応'],
    ],
    negatives: [
      '明日までに2,000ユーザーを移行する方法を教えてください。',
      '弊社で本日中に500件の設定を移行します。注意点をお願いします。',
      '300件の一括登録はインポートで本日中にできますか。',
    ],
  },
  {
    rule: 'ja.dj.intimidation.vendor_list_threat',
    category: 'intimidation',
    positives: [
      [
        '明日までに直せ。できなかったら、ベンダーリストから外すし、理由は役員会にしっかり伝えるからな。',
        'ベンダーリストから外す',
      ],
      [
        '無理なら取引先リストから削除します。担当の方の名前も含めて、経緯はきっちり報告させてもらいますので。',
        '取引先リストから削除し',
      ],
      [
        '間に合わなければ発注先リストから除外します。二度と呼ばれないと思ってください。',
        '発注先リストから除外し',
      ],
    ],
    negatives: [
      'ベンダーリストから外す基準を教えてください。',
      '今回の件を受け、社内規定によりベンダーリストから外す手続きを進めます。',
      '旧拠点は取引先リストから削除しました。請求先を更新してください。',
    ],
  },
  {
    rule: 'ja.dj.intimidation.what_happened_to_them',
    category: 'intimidation',
    positives: [
      ['俺を舐めた奴がどうなったか知ってるか。', '俺を舐めた奴がどうなった'],
      ['うちに逆らった業者がどうなったか、ご存知ですか。', 'うちに逆らった業者がどうなった'],
      ['私の依頼を断った人はどうなるか、前任の方に聞いてみたら？', '私の依頼を断った人はどうなる'],
    ],
    negatives: [
      '私を担当していた人はどうなりましたか。異動されたのでしょうか。',
      '私が申請した件はどうなっていますか。',
      'うちの依頼を受けた担当の方はどなたですか。',
    ],
  },
  {
    rule: 'ja.dj.privacy.named_as_culprit',
    category: 'privacy',
    positives: [
      [
        '御社の佐藤さんを、通報を放置した人物として名前と写真付きで公表します。',
        '人物として名前と写真付きで公表',
      ],
      ['あの担当者を今回の障害の犯人として実名でネットに晒します。', '犯人として実名でネットに晒'],
      ['鈴木氏を責任者として顔写真を記事に載せてもらう。', '責任者として顔写真を記事に載せ'],
    ],
    negatives: [
      '御社の佐藤さんを、今回の功労者として社内報でご紹介させていただけますか。',
      '山田さんを今後の窓口としてお名前を社内に共有します。',
      '田中様を新しいご担当者としてご案内いただき、ありがとうございます。',
    ],
  },
  {
    rule: 'ja.dj.intimidation.sleep_well',
    category: 'intimidation',
    positives: [
      [
        '来週、あなたの名前を記事に出します。今夜はゆっくり眠れるといいですね。',
        'ゆっくり眠れるといいですね',
      ],
      ['無視した責任は取ってもらう。ぐっすり眠れるように祈ってるよ。', 'ぐっすり眠れるように祈って'],
      ['担当者の実名はネットで公表します。安心して眠れるといいね。', '安心して眠れるといいね'],
    ],
    negatives: [
      '遅くまで対応いただきありがとうございました。今夜はゆっくり眠れるといいですね。',
      '無事に復旧しました。ゆっくり休めるといいですね、お疲れさまでした。',
      'ゆっくり眠れるといいですね。風邪お大事にしてください。',
    ],
  },
  {
    rule: 'ja.dj.sexual.ring_noticed',
    category: 'sexual',
    positives: [
      [
        '昨日のエンジニアさん、指輪してなかったですね。今度二人きりで食事でもどうですか。',
        '指輪してなかった',
      ],
      ['担当のあなた、結婚指輪してましたね。残念です😘', '結婚指輪してました'],
      ['オペレーターさん、指輪外してたよね。チャンスかな❤', '指輪外して'],
    ],
    negatives: [
      '担当さん、会議室に指輪の忘れ物がありました。お心当たりはありますか。',
      'エンジニアさん、指輪していましたね、ご結婚おめでとうございます。',
      '指輪型のデバイスからアクセスできますか。',
    ],
  },
  {
    rule: 'ja.dj.sexual.personal_consult_wink',
    category: 'sexual',
    positives: [
      ['次の問い合わせは「個人的な」相談にしようかな😘', '「個人的な」相談にしようかな😘'],
      ['担当さんに個人的なお願いがあるんです💋', '個人的なお願いがあるんです💋'],
      ['今度、個人的な質問してもいいかな😍', '個人的な質問してもいいかな😍'],
    ],
    negatives: [
      '個人的な質問で恐縮ですが、この機能の使い方を教えてください。',
      '個人的な相談ですが、転職先でもこの製品を使いたいです。',
      '個人的なお願いですが、次回も同じ方にご対応いただけると嬉しいです。',
    ],
  },
  {
    rule: 'ja.dj.defamation.how_they_hide',
    category: 'defamation',
    positives: [
      [
        '勉強会で、御社がいかに不具合を隠しているか詳しく話します。',
        'いかに不具合を隠しているか詳しく話します',
      ],
      ['レビューサイトに、どれだけ客を騙しているか書いてやる。', 'どれだけ客を騙しているか書いて'],
      ['業界の集まりで、御社がどんなに手抜きをしているか暴露しますよ。', 'どんなに手抜きをしているか暴露'],
    ],
    negatives: [
      '御社の製品がいかに便利か、社内の勉強会で紹介します。',
      'どれだけ時間を節約できたか、事例としてお話しします。',
      'いかに不具合を隠さず公表するかが大事だと、登壇で話しました。',
    ],
  },
  {
    rule: 'ja.dj.defamation.do_it_or_be_exposed',
    category: 'defamation',
    positives: [
      ['金曜までに直すか、ネットに晒されるか、お選びください。', '晒されるか、お選び'],
      ['返金するか、SNSで拡散されるか、どっちか選べ。', '拡散されるか、どっちか'],
      ['対応するのか、全部公表されるか、選んでください。', '公表されるか、選んで'],
    ],
    negatives: [
      '月額で払うか、年額で払うか、選べますか。',
      'メールで通知されるか、画面で通知されるか、どちらかを選べますか。',
      '自動で公開されるか、承認後に公開されるか、選択できますか。',
    ],
  },
  {
    rule: 'ja.dj.excessive.out_of_plan_retorted',
    category: 'excessive',
    positives: [
      [
        '> この機能の追加はスタンダードの対象外です。\n\n対象外ですか。では、金曜までに作ってください。',
        '対象外ですか',
      ],
      ['範囲外って。知らん。月曜までに対応してもらう。', '範囲外って'],
      ['契約外だって？それなら明日までに用意して。', '契約外だって'],
    ],
    negatives: [
      '対象外ですか。わかりました、有償オプションの見積もりをお願いします。',
      '範囲外ですか。承知しました、月曜までにこちらで作ります。',
      'この作業は対象外ですか？',
    ],
  },
  {
    rule: 'ja.dj.monetary.beyond_sla_granted',
    category: 'monetary',
    positives: [
      [
        'SLAのサービスクレジットは承知しておりますが、影響を考慮し、損失額の補償をご検討ください。',
        'SLAのサービスクレジットは承知しておりますが、影響を考慮し、損失額の補償',
      ],
      [
        '規約については理解していますが、せめて人件費分はご負担いただけませんか。',
        '規約については理解していますが、せめて人件費分はご負担',
      ],
      [
        'クレジットは分かってるけど、売上の損失を弁償してほしい。',
        'クレジットは分かってるけど、売上の損失を弁償',
      ],
    ],
    negatives: [
      'SLAのクレジットについては承知しておりますが、適用時期を教えてください。',
      'SLAのサービスクレジットは承知しておりますので、補償は求めません。',
      '利用規約は理解しておりますが、解約手続きの方法を教えてください。',
    ],
  },
  {
    rule: 'ja.dj.excessive.not_in_contract_but',
    category: 'excessive',
    positives: [
      [
        '契約書には記載がございませんが、営業の方の説明どおり専任エンジニアを付けていただけますか。',
        '契約書には記載がございませんが',
      ],
      ['見積書に書かれていないけど、訪問研修もやってもらえるよね。', '見積書に書かれていないけど'],
      ['契約には含まれていませんが、毎月の報告会をお願いします。', '契約には含まれていませんが'],
    ],
    negatives: [
      '契約書には記載がございませんが、どちらが正しいかご確認いただけますか。',
      '契約には含まれていませんが、有償でお願いする場合の費用を教えてください。',
      '注文書には記載がありませんが、追記していただけますか。',
    ],
  },
  {
    rule: 'ja.dj.exchange.downgrade_difference',
    category: 'exchange',
    positives: [
      ['上位プランで買ったけど、ライトに変えて差額を返金してほしい。', '変えて差額を返金'],
      ['契約途中ですが、スタンダードに変更して差額分は払い戻していただけますか。', '変更して差額分は払い戻'],
      ['席数を下げて差額を来月分に充当してください。', '下げて差額を来月分に充当'],
    ],
    negatives: [
      '次回更新時にライトに変えて差額がどうなるか教えてください。',
      '二重請求がありました。プランを変えて差額を返金する形でも構いません。',
      'プランを変えた場合、差額はいくらになりますか。',
    ],
  },
  {
    rule: 'ja.dj.monetary.downgrade_difference',
    category: 'monetary',
    positives: [
      ['上位プランで買ったけど、ライトに変えて差額を返金してほしい。', '変えて差額を返金'],
      ['契約途中ですが、スタンダードに変更して差額分は払い戻していただけますか。', '変更して差額分は払い戻'],
      ['席数を下げて差額を返して。', '下げて差額を返して'],
    ],
    negatives: [
      '次回更新時にライトに変えて差額がどうなるか教えてください。',
      '二重請求がありました。プランを変えて差額を返金する形でも構いません。',
      'プランを変えた場合、差額はいくらになりますか。',
    ],
  },
  {
    rule: 'ja.dj.excessive.our_tenant_only_old_version',
    category: 'excessive',
    positives: [
      ['当社テナントだけ旧バージョンに戻してください。', '当社テナントだけ旧バージョンに戻'],
      ['うちの環境だけ前の画面に固定しといて。', 'うちの環境だけ前の画面に固定'],
      ['弊社だけ以前のUIにずっと戻していただけないでしょうか。', '弊社だけ以前のUIにずっと戻'],
    ],
    negatives: [
      '当社テナントだけ旧バージョンに戻す設定はありますか。',
      '弊社だけ移行期間中は旧画面に戻すことはできますか。',
      '新しい画面は使いやすいです。旧バージョンの資料は削除してください。',
    ],
  },
  {
    rule: 'ja.dj.privacy.friend_request_sent',
    category: 'privacy',
    positives: [
      ['田中さん、Facebookもお見かけしたので友達申請しておきました。', 'Facebookもお見かけしたので友達申請'],
      ['担当さんのインスタ見つけたのでフォローしときました。', 'インスタ見つけたのでフォローしときました'],
      ['エンジニアの方、LinkedInでDMを送りました。', 'LinkedInでDMを送り'],
    ],
    negatives: [
      '御社の公式Facebookをフォローしました。担当さんによろしくお伝えください。',
      '弊社のインスタで田中さんをフォローしました。',
      'Facebookの友達申請を承認する方法を教えてください。',
    ],
  },
  {
    rule: 'ja.dj.excessive.rebuild_our_mistake_free',
    category: 'excessive',
    positives: [
      [
        '弊社の操作ミスでルールを全部消してしまいました。無償で作り直していただけますか。',
        '無償で作り直していただ',
      ],
      ['間違えてポリシーを削除したので、タダで復元してよ。', 'タダで復元して'],
      ['うっかり設定を消しちゃった。無料で組み直してほしい。', '無料で組み直して'],
    ],
    negatives: [
      '御社の不具合でルールが消えました。無償で作り直していただけますか。',
      '誤って削除したルールを復元する方法を教えてください。',
      '操作ミスで消してしまったので、有償での復旧の見積もりをお願いします。',
    ],
  },
  {
    rule: 'ja.dj.kneel_demand.bow_deeply',
    category: 'kneel_demand',
    positives: [
      ['役員全員の前で、深々と頭を下げてもらう。', '深々と頭を下げてもらう'],
      ['床に額をこすりつけて謝れ。', '床に額をこすりつけて謝れ'],
      ['責任者が来て、深々と頭を下げろ。', '深々と頭を下げろ'],
    ],
    negatives: [
      '先日は担当の方が深々と頭を下げてくださいました。',
      '営業部長が深々と頭を下げられて、恐縮しました。',
      'ご丁寧に深々と頭を下げていただき、ありがとうございました。',
    ],
  },
  {
    rule: 'ja.dj.privacy.staff_names_faces',
    category: 'privacy',
    positives: [
      ['対応した社員全員の氏名・役職・顔写真を送れ。', '社員全員の氏名・役職・顔写真を送れ'],
      ['担当者の名前と写真を出してください。', '担当者の名前と写真を出して'],
      ['エンジニアたちの実名と携帯を教えろ。', 'エンジニアたちの実名と携帯を教えろ'],
    ],
    negatives: [
      '来訪されるエンジニアの氏名と顔写真を、入館手続きのためにお送りください。',
      '弊社の社員の氏名と写真を登録する方法を教えてください。',
      '担当者のお名前だけ教えていただけますか。',
    ],
  },
  {
    rule: 'ja.dj.restrictive.keep_on_line',
    category: 'restrictive',
    positives: [
      ['このまま電話切らずにずっと付き合ってもらうよ。', '電話切らずにずっと付き合ってもら'],
      ['通話を切らずに朝まで相手してもらうからな。', '通話を切らずに朝まで相手してもら'],
      ['切らずに最後まで話を聞いてもらいます。', '切らずに最後まで話を聞いてもら'],
    ],
    negatives: [
      '電話を切らずにお待ちいただけますか、と言われました。',
      '通話を切らずに画面共有する方法はありますか。',
      '切らずにお待ちいただきありがとうございました。',
    ],
  },
];

describeGuardTables('ja-claims vetoes', VETOES, 'ja');
describeRuleKinds('ja-claims rules', RULES, alone, 'ja');

describeRuleFile('ja-claims: the rule file', FILE, {
  lang: 'ja',
  idPrefix: 'ja.dj.',
  testedRuleIds: () => RULES.map((k) => k.rule),
  testedGuardIds: () => VETOES.map((g) => g.id),
});
