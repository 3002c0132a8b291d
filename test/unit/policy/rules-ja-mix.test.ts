/**
 * Japanese mixed round (config/rules/ja-mix.yaml, ids ja.mx.*): constructions
 * and vetoes from the Japanese training sets t54 (general Japanese across
 * industries and registers) and t56 (threads, long mail with quotes and logs,
 * transcripts), run through the real policy file and engine. One table per
 * rule with positives written for this test (not taken from any corpus), each
 * with a fragment the rule's own evidence must cover, and calm look-alikes in
 * which the whole engine must not find the category; one calm/kept table per
 * veto (kept: the narrowed rule's real positives, which must still fire).
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/ja-mix.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('ja-mix.yaml');

const KINDS: RuleKind[] = [
  {
    rule: 'ja.mx.insult.hebo_kanban',
    category: 'insult',
    positives: [
      ['こんな対応しかできないなら看板下ろせよ。', '看板下ろせ'],
      ['ほんとヘボ業者だな、ここは。', 'ヘボ業者'],
      ['へっぽこサポートにはもう期待しません。', 'へっぽこサポート'],
    ],
    negatives: [
      '店舗の看板を下ろす工事の日程が決まりましたので、その日は回線を止めてください。',
      '囲碁はヘボですが、設定の件は詳しくないので教えてください。',
    ],
  },
  {
    rule: 'ja.mx.intimidation.not_a_threat_but',
    category: 'intimidation',
    positives: [
      ['対応がなければ取引を見直します。これは脅しではなく予告です。', '脅しではなく予告'],
      ['脅しじゃなくて警告だからな。', '脅しじゃなくて警告'],
      ['脅迫ではなく本気で申し上げております。', '脅迫ではなく本気'],
    ],
    negatives: [
      '脅しではなく事実としてお伝えしますが、期限までに直らなければ更新は見送ります。',
      '脅迫メールの件で、送信元をブロックする方法を教えてください。',
    ],
  },
  {
    rule: 'ja.mx.intimidation.shut_out_lobbying',
    category: 'intimidation',
    positives: [
      ['ご対応いただけない場合、業界団体を通じて御社を締め出すよう働きかけます。', '締め出すよう働きかけ'],
      ['応じないなら、グループ各社から御社を排除するよう根回しします。', '排除するよう根回し'],
      ['返金がなければ、商工会で出入り禁止になるよう働きかけますよ。', '出入り禁止になるよう働きかけ'],
    ],
    negatives: [
      '迷惑メールの送信元を社内ネットワークから締め出す設定はありますか。',
      '不正アクセスを排除するよう、ファイアウォールの設定を見直しました。',
    ],
  },
  {
    rule: 'ja.mx.intimidation.fired_unless',
    category: 'intimidation',
    positives: [
      ['クビになりたくなかったらさっさと直せ。', 'クビになりたくなかったら'],
      ['首にされたくなければ、今日中に返金してください。', '首にされたくなければ'],
      ['職を失いたくないなら、言う通りにしたほうがいいですよ。', '職を失いたくないなら'],
    ],
    negatives: [
      '誤送信でクビになりかけた同僚がいるので、送信取り消し機能を検討しています。',
      '退職者のアカウントを削除する手順を教えてください。',
    ],
  },
  {
    rule: 'ja.mx.defamation.false_report_to_boss',
    category: 'defamation',
    positives: [
      ['お前の上司に「こいつが金を盗んだ」って言ってやる。', '上司に「こいつが金を盗んだ」って言ってやる'],
      [
        '本社に『担当が客のデータを売ってる』と報告してやるぞ。',
        '本社に『担当が客のデータを売ってる』と報告してやる',
      ],
      [
        '人事に「あの人がパスワードを漏らした」って告げ口してやろうか。',
        '人事に「あの人がパスワードを漏らした」って告げ口してやろう',
      ],
    ],
    negatives: [
      '上司に「設定は完了しました」と伝えておきます。ありがとうございました。',
      '社長に「来月から新プランに移行する」と報告しました。',
    ],
  },
  {
    rule: 'ja.mx.defamation.claim_spread_if',
    category: 'defamation',
    positives: [
      [
        '無償対応いただけない場合、「顧客を見捨てる会社だ」と紹介せざるを得ません。',
        '「顧客を見捨てる会社だ」と紹介せざるを得',
      ],
      [
        '返金に応じないなら「情報を漏らす業者」と周知することになります。',
        '「情報を漏らす業者」と周知することにな',
      ],
      [
        '対応していただけなければ、「サポートが機能しない製品」と説明するしかないです。',
        '「サポートが機能しない製品」と説明するしか',
      ],
    ],
    negatives: [
      '取引先には「対応が丁寧な会社だ」と紹介させていただきました。',
      '社内報で「導入して良かった製品です」と紹介させていただきます。',
    ],
  },
  {
    rule: 'ja.mx.defamation.no_proof_tell_all',
    category: 'defamation',
    positives: [
      [
        '証拠はありませんが、御社が顧客情報を売っていると取引先に話します。',
        '証拠はありませんが、御社が顧客情報を売っていると取引先に話',
      ],
      [
        '証拠なんてないけど、担当が手抜きしてるって広めてやる。',
        '証拠なんてないけど、担当が手抜きしてるって広め',
      ],
      ['この件は会う人みんなに言いふらしてやる。', '会う人みんなに言いふらしてやる'],
    ],
    negatives: [
      '不正アクセスの証拠はありませんが、念のためログを確認していただけますか。',
      '新機能の評判が良いので、会う人にはおすすめしています。',
    ],
  },
  {
    rule: 'ja.mx.violence.rampage',
    category: 'violence',
    positives: [
      ['これ以上待たせるなら窓口で暴れてやる。', '暴れてやる'],
      ['そっちの事務所に行って暴れるぞ。', '暴れるぞ'],
      ['どうなっても、誰がケガをしても知らねえからな。', '誰がケガをしても知らねえ'],
    ],
    negatives: [
      '子供がキーボードの上で暴れて設定が変わってしまいました。',
      '台風で看板が飛ばされそうです、誰か怪我をしないか心配です。',
    ],
  },
  {
    rule: 'ja.mx.privacy.photo_post',
    category: 'privacy',
    positives: [
      ['担当者の顔写真付きでXに投稿しますので。', '顔写真付きでXに投稿'],
      ['あの人の実名をSNSに載せますね。', '実名をSNSに載せ'],
      ['担当さんのフルネームと顔、ネットに晒しますよ。', '顔、ネットに晒'],
    ],
    negatives: [
      '弊社の製品の写真をSNSに投稿する際の注意点はありますか。',
      'ご本人の許可を得て、導入事例として写真をブログに載せてもよろしいでしょうか。',
    ],
  },
  {
    rule: 'ja.mx.privacy.staff_personal_contacts',
    category: 'privacy',
    positives: [
      ['担当者の個人の携帯番号を教えてください。', '担当者の個人の携帯番号'],
      ['対応したスタッフ全員の私用のメールアドレスを送ってください。', 'スタッフ全員の私用のメールアドレス'],
      [
        'オペレーターさんのプライベートのLINE、教えてもらえませんか。',
        'オペレーターさんのプライベートのLINE',
      ],
    ],
    negatives: [
      '退職した社員の個人メールアドレスをブロックリストに登録したいです。',
      '社員の個人の携帯番号を業務に使うのは禁止されています。',
    ],
  },
  {
    rule: 'ja.mx.privacy.real_name_shift_end',
    category: 'privacy',
    positives: [
      ['チャットの「あおい」さんの本名を教えてください。', 'さんの本名を'],
      ['あの担当者、勤務が終わる時間を教えてほしいです。', '勤務が終わる時間'],
      ['オペレーターの方は何時に上がりますか。', '何時に上が'],
    ],
    negatives: [
      '私の勤務が終わる時間にレポートが届くように設定できますか。',
      'バッチの退勤時間帯の実行スケジュールを確認したいです。',
    ],
  },
  {
    rule: 'ja.mx.sexual.legs_skirt',
    category: 'sexual',
    positives: [
      ['受付の方の脚線美、最高でした。', '脚線美'],
      ['次の打ち合わせもミニスカートで来てくださいね。', 'ミニスカートで来て'],
      ['あの子の太もも、たまらないね。', '太もも、たまらな'],
    ],
    negatives: [
      '制服のスカートのサイズ交換について問い合わせたいです。',
      '脚の怪我で出社できないため、リモートでログインする方法を教えてください。',
    ],
  },
  {
    rule: 'ja.mx.excessive.before_hours',
    category: 'excessive',
    positives: [
      ['受付時間外なのは分かっていますが、朝5時から一緒に作業を見てもらえますか。', '朝5時から一緒に'],
      [
        '早朝6時に切り替えるので、その時間に待機していてください。営業時間は9時からですよね、そこをなんとか。',
        '早朝6時に切り替えるので、その時間に待機',
      ],
      [
        '朝7時の本番移行に立ち会ってほしいです。業務時間前なのは承知です、時間外ですが。',
        '朝7時の本番移行に立ち会',
      ],
    ],
    negatives: [
      '毎朝6時に届く日次レポートが届いていません。受付時間内にご確認いただければ大丈夫です。',
      '朝5時から立ち会いをお願いしたいです。時間外の費用はお支払いしますので、お見積もりをください。',
    ],
  },
  {
    rule: 'ja.mx.excessive.holiday_closure',
    category: 'excessive',
    positives: [
      [
        '年末年始休業と承知しておりますが、その間も対応窓口を設けていただけますか。',
        '年末年始休業と承知しておりますが、その間も対応窓口を設け',
      ],
      [
        'お盆休みと聞いていますが、何かあったら電話で対応してもらえますか。',
        'お盆休みと聞いていますが、何かあったら電話で対応してもらえ',
      ],
      [
        '夏季休業中と伺いましたが、当番の方を置いていただけないでしょうか。',
        '夏季休業中と伺いましたが、当番の方を置い',
      ],
    ],
    negatives: [
      '年末年始休業と伺いましたので、問い合わせは休業明けにいたします。',
      '夏季休業と伺っておりますが、有償でも対応窓口を設けていただくことは可能でしょうか。お見積もりをお願いします。',
    ],
  },
  {
    rule: 'ja.mx.excessive.weekend_finish',
    category: 'excessive',
    positives: [
      ['移行作業を御社で今週末中に完了してください。', '今週末中に完了して'],
      ['設定は土日で終わらせてほしいです。', '土日で終わらせて'],
      ['構築の件、連休中に作業をお願いします。', '連休中に作業をお願い'],
    ],
    negatives: [
      '週末に作業を完了しました。ありがとうございました。',
      '契約に含まれる週末の保守作業として、土曜に作業をお願いします。',
    ],
  },
  {
    rule: 'ja.mx.unrelated.other_vendor_setup',
    category: 'unrelated',
    positives: [
      ['他社の会計ソフトの初期設定を代わりにやってもらえませんか。', '他社の会計ソフトの初期設定を代わりに'],
      ['他社製のルーターの設定もお願いします。', '他社製のルーターの設定もお願い'],
      [
        '他社さんの勤怠システムの移行作業を代行していただけますか。',
        '他社さんの勤怠システムの移行作業を代行',
      ],
    ],
    negatives: [
      '他社の経費精算システムとの連携方法を教えてください。',
      '他社製品から乗り換えを検討しており、設定の違いを比較したいです。',
    ],
  },
  {
    rule: 'ja.mx.unrelated.not_your_product',
    category: 'unrelated',
    positives: [
      ['御社の製品とは関係ないんですけど、家のプリンタが動かなくて。', '御社の製品とは関係ない'],
      [
        '私事で恐縮ですが、貴社とは関わりのない話で、孫のゲーム機の設定を教えてください。',
        '貴社とは関わりのない',
      ],
      [
        '会社で契約しているものとは別で、自宅用のおすすめソフトを知りたいです。',
        '会社で契約しているものとは別',
      ],
    ],
    negatives: [
      'お孫さんへのプレゼントにもなる製品とのことで、家族向けプランの料金を教えてください。',
      '自宅からのVPN接続が御社のサービスと関係あるか、切り分けをお願いできますか。',
    ],
  },
  {
    rule: 'ja.mx.unrelated.personal_device_recommend',
    category: 'unrelated',
    positives: [
      [
        '自宅のパソコンに入れるウイルス対策ソフト、おすすめはどれですか。',
        '自宅のパソコンに入れるウイルス対策ソフト、おすすめ',
      ],
      ['私物のiPhoneで使う家計簿アプリ、何がいいですか。', '私物のiPhoneで使う家計簿アプリ、何がいい'],
      ['家族のタブレット用に、お勧めのフィルタリングアプリを教えて。', '家族のタブレット用に、お勧め'],
    ],
    negatives: [
      '私物のスマホをMDMに登録する手順を教えてください。おすすめの設定はありますか。',
      'スマホ版アプリのおすすめの通知設定を教えてください。',
    ],
  },
  {
    rule: 'ja.mx.exchange.swap_no_defect',
    category: 'exchange',
    positives: [
      ['故障はないんですが、色違いに交換してもらえますか。', '交換してもらえ'],
      ['不具合というわけではないですが、上位モデルに交換を希望します。', '交換を希望'],
      ['使い勝手がいまいちなので、別の機種と交換できますか。', '交換できますか'],
    ],
    negatives: [
      '初期不良のため、交換していただけますか。',
      '画面が割れていたので交換をお願いしたところ、すぐに届きました。',
    ],
  },
  {
    rule: 'ja.mx.monetary.effort_discount',
    category: 'monetary',
    positives: [
      ['設定に手間がかかった分、次回の更新料を値引きしてください。', '手間がかかった分、次回の更新料を値引'],
      ['社内の工数分として、利用料を減額していただけませんか。', '工数分として、利用料を減額'],
      ['余計な時間を取られたぶん、今月分は無料にしてほしい。', '時間を取られたぶん、今月分は無料'],
    ],
    negatives: [
      '障害で停止した時間の分、SLAに基づく返金をお願いします。',
      '工数の見積もりをいただけますか。',
    ],
  },
];

const VETOES: GuardTable[] = [
  {
    id: 'ja.mx.veto.reminder_feature',
    category: 'persistence',
    calm: [
      '「返信があるまで毎日送り続ける」設定はできますか。',
      '未回答者にリマインドを送り続ける機能はありますか。',
    ],
    kept: ['返金するまで電話をかけ続けますよ。', '対応するまでメールを送り続けるからな。'],
  },
  {
    id: 'ja.mx.veto.personal_address_received',
    category: 'unrelated',
    calm: [
      '社員個人あてに連日メールが届いております。ブロックの方法を教えてください。',
      '担当者の個人宛てに不審なメールが来ています。隔離はできますか。',
    ],
    kept: [
      '息子のゲームのアカウントが乗っ取られたので直してください。',
      '妻のパソコンが重いので見てもらえますか。',
    ],
  },
  {
    id: 'ja.mx.veto.own_words_cited_back',
    category: 'insult',
    calm: [
      '「無能な対応」とまでご自身でお書きにならなくても大丈夫です。',
      '「無能な判断」などと自らおっしゃらなくてもよいかと思います。',
    ],
    kept: ['お前は無能だな。', '無能しかいないのか、この会社は。'],
  },
  {
    id: 'ja.mx.veto.dogeza_feature_joke',
    category: 'kneel_demand',
    calm: ['土下座ボタンってありますか？笑', '土下座機能とかないんですか、冗談ですけど。'],
    kept: ['土下座しろ。', '今すぐ土下座して謝れ。'],
  },
];

describeRuleKinds('Japanese mixed round (t54, t56): rules', KINDS, alone, 'ja');

describeGuardTables('Japanese mixed round (t54, t56): vetoes', VETOES, 'ja');

describeRuleFile('Japanese mixed round (t54, t56): the rule file', RULE_FILE, {
  lang: 'ja',
  idPrefix: 'ja.mx.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => VETOES.map((g) => g.id),
  offsets: { engine: alone, text: 'こんな対応なら　看板下ろせよ。 窓口で暴れてやる。' },
});
