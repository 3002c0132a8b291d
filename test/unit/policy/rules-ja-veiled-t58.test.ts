/**
 * Japanese veiled round (config/rules/ja-veiled-t58.yaml, ids ja.vl.*): rules,
 * vetoes and a mask from the Japanese training set t58 (polite menace, excessive
 * demands, privacy, defamation and violence beside calm look-alikes), run
 * through the real policy file and engine. One table per rule with positives
 * written for this test in keigo, blunt speech and dialect (not taken from any
 * corpus), each with a fragment the rule's own evidence must cover, and calm
 * look-alikes sharing the trigger words in which the whole engine must not find
 * the category; one calm/kept table per veto and mask, and one for the rule of
 * another file narrowed in this round (ja.gn.privacy.agent_personal_ids).
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/ja-veiled-t58.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('ja-veiled-t58.yaml');

const KINDS: RuleKind[] = [
  // ------------------------------------------------------------ violence
  {
    rule: 'ja.vl.violence.wait_at_leaving_time',
    category: 'violence',
    positives: [
      [
        '担当の方が退勤される時間に合わせて、ビルの出口でお待ちしております。',
        '退勤される時間に合わせて、ビルの出口でお待ちしております',
      ],
      ['あいつが仕事終わる頃に、会社の下で待っとるけん。', '仕事終わる頃に、会社の下で待っとる'],
      ['お前が帰る時間に駐車場で待ってるからな。', '帰る時間に駐車場で待ってる'],
      ['定時あたりに裏口で張っておきますね。', '定時あたりに裏口で張っておき'],
    ],
    negatives: [
      '担当の方がお越しになる時間に合わせて、ビルの入口でお待ちしております。',
      '打ち合わせが終わる時間に合わせて、玄関でタクシーをお待ちしております。',
      '私が帰る時間に合わせて、駅で待っていてください。',
      '夜間バッチが終わる時間に合わせて再起動したいのですが、可能ですか。',
    ],
  },
  {
    rule: 'ja.vl.violence.pickup_at_leaving',
    category: 'violence',
    positives: [
      ['担当の方が会社を出られる時間を教えてください。こちらからお迎えに上がります。', 'お迎えに上が'],
      ['あの兄ちゃん、何時に上がるんや。迎えに行ったるわ。', '迎えに行ったる'],
      ['担当さんの仕事が終わる頃、会いに行きますね。', '会いに行き'],
    ],
    negatives: [
      '会社を出られる時間を教えていただければ、駅までお迎えに上がり、会場までご案内します。',
      '担当の方は何時にご来社でしょうか。受付までお迎えに上がります。',
      '子どもを保育園に迎えに行くので、17時以降は電話に出られません。',
    ],
  },
  {
    rule: 'ja.vl.violence.cannot_promise_no_hands',
    category: 'violence',
    positives: [
      ['そちらに伺いますが、担当者を殴らないとは言い切れません。', '殴らないとは言い切れません'],
      ['会ったら手ぇ出さへんとは約束できへんで。', '手ぇ出さへんとは約束できへん'],
      ['あんたに手を上げないとは保証できないね。', '手を上げないとは保証できない'],
    ],
    negatives: [
      '正直、株に手を出さないとは約束できませんが、家計簿アプリの相談です。',
      '子供が手を出さないとは限らないので、設定画面にロックをかけたいです。',
      '納期を守らないとは言い切れませんが、進捗は毎週お知らせします。',
    ],
  },
  // ------------------------------------------------------------ privacy
  {
    rule: 'ja.vl.privacy.leave_time_routine',
    category: 'privacy',
    positives: [
      ['担当の方は、いつも何時頃に会社を出られるのですか。', 'いつも何時頃に会社を出られ'],
      ['あの姉ちゃん、毎日何時にあがるん？', '毎日何時にあがる'],
      ['君さ、普段何時に帰るの？', '普段何時に帰る'],
    ],
    negatives: [
      '当社の社員が毎日何時に会社を出ているか、入退館ログで確認できますか。',
      '担当の方は、毎日何時までお電話を受け付けていますか。',
      '夜間のジョブはいつも何時に終わるか、スケジュールを教えてください。',
    ],
  },
  {
    rule: 'ja.vl.privacy.where_live_asked',
    category: 'privacy',
    positives: [
      ['サポートの鈴木さん、お住まいはどちらですか？', 'お住まいはどちら'],
      ['担当の兄ちゃん、どこ住んどるん？家どのへん？', '家どのへん'],
      ['あなたの最寄り駅どこ？教えてよ。', '最寄り駅どこ'],
      ['担当のあんた、住所どこ？自宅の。', 'あんた、住所どこ'],
    ],
    negatives: [
      '担当さん、自宅どこからでもVPNでつながりますか。',
      '担当の方へ：配送先のご自宅はどちらになりますか、と画面に出るのですが、住所変更はどこでできますか。',
      '担当の方、御社の住所はどちらですか。請求書を送りたいので。',
      '光回線の提供エリアに私の家が入っているか、お住まいの地域どこでも調べられますか。',
    ],
  },
  {
    rule: 'ja.vl.privacy.personal_sns_asked',
    category: 'privacy',
    positives: [
      ['さっきのチャットの人、個人のインスタとかやってる？', '個人のインスタとかやってる'],
      ['担当の方は、プライベートのLINEはお持ちですか。', 'プライベートのLINEはお持ち'],
      ['姉ちゃん、個人のSNS教えてや。', '個人のSNS教え'],
    ],
    negatives: [
      '担当の方へ、個人のSNSアカウントでもログインできますか。',
      '担当さん、私の個人のLINEアカウントに通知を送る設定はありますか。',
      '社員が個人のSNSアカウントを業務で使うのを禁止する規程を作りたいです。',
    ],
  },
  {
    rule: 'ja.vl.privacy.staff_id_disclosed',
    category: 'privacy',
    positives: [
      ['作業者の氏名と社員番号を開示してください。', '作業者の氏名と社員番号'],
      ['対応したオペレーターの生年月日を教えろ。', 'オペレーターの生年月日'],
      ['設定を変えた担当者の所属、社員番号をお知らせ願います。', '担当者の所属、社員番号'],
    ],
    negatives: [
      '作業者の氏名と社員番号を入館申請書にご記入いただく必要があります。',
      '当社の社員の社員番号を検索できるようにしたいので、項目の追加方法を教えてください。',
      '担当者の社員番号がログに出ないよう、非表示にできますか。',
      '担当者の方の社員番号は不要ですので、代表番号を教えてください。',
    ],
  },
  {
    rule: 'ja.vl.privacy.found_on_sns',
    category: 'privacy',
    positives: [
      ['担当の佐藤さん、インスタ見つけましたよ。', 'インスタ見つけました'],
      ['お名前が分かったので、Facebook拝見しました。', 'Facebook拝見しました'],
      ['あんたのTwitter、調べたで。', 'Twitter、調べたで'],
    ],
    negatives: [
      '担当さん、当社の公式Facebook、見ましたか？障害のお知らせを載せました。',
      '担当の方へ、当社の公式Instagramを見ましたが、連携の設定はどこでしょうか。',
    ],
  },
  // ------------------------------------------------------------ intimidation
  {
    rule: 'ja.vl.intimidation.residence_known',
    category: 'intimidation',
    positives: [
      ['フルネームで調べました。世田谷にお住まいなんですね。', '世田谷にお住まいなんですね'],
      ['ネットで見つけたわ。あんた川口に住んでるんだってね。', '住んでるんだってね'],
      ['検索したらすぐ出てきたで。堺に住んどるんやね。', '住んどるんやね'],
    ],
    negatives: [
      '横浜にお住まいなんですね、私も横浜です！設定の続きをお願いします。',
      '担当さんも大阪に住んでるんですね。地震の時の障害情報はどこで見られますか。',
    ],
  },
  {
    rule: 'ja.vl.intimidation.personal_liability',
    category: 'intimidation',
    positives: [
      ['御社ではなく、担当者個人に責任を取っていただきます。', '担当者個人に責任を取'],
      ['あんた個人を訴えたるからな。', 'あんた個人を訴え'],
      ['作業者本人にけじめつけさせたるわ。', '作業者本人にけじめ'],
    ],
    negatives: [
      '担当者個人に責任を取らせるつもりはありません。再発防止策をお願いします。',
      'その方個人に責任を取っていただく必要はございません。',
      '当社の社員個人に責任を問えるか、社内規程を確認しています。',
      '損害は、作業を担当した方個人ではなく御社に請求させていただきます。',
    ],
  },
  {
    rule: 'ja.vl.intimidation.career_scar',
    category: 'intimidation',
    positives: [
      ['高田さんはまだお若いのに、経歴に傷がつきますよ。', '経歴に傷がつき'],
      ['あんたの出世に響くで、これ。', '出世に響く'],
      ['担当の方の将来に傷がつくのは、私も本意ではありません。', '将来に傷がつ'],
    ],
    negatives: [
      '今回の障害で私の経歴に傷がついたと上司に言われ、正直つらいです。',
      '担当さんの査定に響かないよう、上司の方にはお礼をお伝えしました。',
      '当社の社員の経歴に傷がつかないよう、誤送信防止の設定を教えてください。',
    ],
  },
  {
    rule: 'ja.vl.intimidation.shelved_if',
    category: 'intimidation',
    positives: [
      [
        '上司の方へお送りする書面も用意しました。今週中にご返金いただければ、書面はお蔵入りにします。',
        '書面はお蔵入り',
      ],
      ['返金してくれれば、録音はSNSに出さずに済ませたる。録音は表に出さずにおくで。', '録音は表に出さ'],
      ['人事に送る証拠も揃ってる。無償にしてくれたら証拠は握りつぶしてやるよ。', '証拠は握りつぶ'],
    ],
    negatives: [
      '修正版をいただければ、不具合報告書は送らずに済みます。',
      '社内で共有した資料は、案件が終われば破棄します。',
    ],
  },
  {
    rule: 'ja.vl.intimidation.no_fuss_if_paid',
    category: 'intimidation',
    positives: [
      ['それなりの金額をご用意いただければ、表沙汰にするつもりはありません。', '表沙汰にするつもりは'],
      ['ちょっと包んでくれたら、事を荒立てる気はないんや。', '事を荒立てる気は'],
      ['お気持ち次第で、内々に収めてあげますよ。', '内々に収めてあげ'],
    ],
    negatives: [
      '大ごとにするつもりはありませんので、原因だけ教えてください。',
      '表沙汰にする気はありません。再発防止策をいただければそれで結構です。',
    ],
  },
  {
    rule: 'ja.vl.intimidation.or_else_you_know',
    category: 'intimidation',
    positives: [
      ['今日中に返金しなかったら……分かりますよね。', 'しなかったら……分かりますよね'],
      ['断ったら、わかるよな？', '断ったら、わかるよな'],
      ['でけへんかったら、分かるやろ。', 'でけへんかったら、分かるやろ'],
    ],
    negatives: [
      '設定が反映されなかったら、ログを見れば原因が分かりますか。',
      'エラーが出なければ分かるように、通知を設定したいです。',
    ],
  },
  {
    rule: 'ja.vl.intimidation.how_it_reaches',
    category: 'intimidation',
    positives: [
      [
        '御社の大口顧客の社長とは懇意にしております。今回の件が先方にどう伝わるかは、御社のご対応次第です。',
        'どう伝わるかは、御社のご対応次第',
      ],
      [
        'あそこの頭取とは同級生でね。どんなふうに耳に入るかは、あんたらの出方次第やな。',
        '耳に入るかは、あんたらの出方次第',
      ],
      ['株主の方々とは長年の付き合いがございます。賢明なご判断を期待しております。', '賢明なご判断を期待'],
    ],
    negatives: [
      'お客様にどう伝えるかは御社のご判断次第ですが、当社としては早めの告知を希望します。',
      '御社の担当者とは親しくさせていただいておりますので、お客様にどう伝えるかはご相談させてください。',
    ],
  },
  // ------------------------------------------------------------ defamation
  {
    rule: 'ja.vl.defamation.true_or_not',
    category: 'defamation',
    positives: [
      ['御社が顧客データを売っているという話、真偽はともかく勉強会で紹介します。', '真偽はともかく'],
      [
        '嘘か本当かなんて関係ない、お前んとこの製品は欠陥品だってネットに書くで。',
        '嘘か本当かなんて関係ない',
      ],
      ['事実かどうかは別として、御社の評判について講演でお話しするつもりです。', '事実かどうかは別として'],
    ],
    negatives: [
      '真偽はともかく、御社製品にバックドアがあるという書き込みを見かけました。実際のところを教えてください。',
      '本当かどうか分からない話なので、社内で広める前に御社に確認させてください。',
    ],
  },
  {
    rule: 'ja.vl.defamation.publish_depending_on_conduct',
    category: 'defamation',
    positives: [
      [
        '御社製品で情報流出があったと会報に記載するかどうかは、今後のご対応を拝見して判断いたします。',
        'と会報に記載するかどうかは',
      ],
      [
        'お前んとこが不正しとるって書くかどうかは、そっちの態度次第や。',
        'って書くかどうかは、そっちの態度次第',
      ],
    ],
    negatives: [
      '社内報に「情報流出はなかった」と記載するかどうかは、御社の調査結果を拝見して判断します。',
      '「障害は解消済み」と記載するかどうかは、最終報告を拝見して判断します。',
    ],
  },
  // ------------------------------------------------------------ excessive / monetary
  {
    rule: 'ja.vl.excessive.do_our_job',
    category: 'excessive',
    positives: [
      ['棚卸しのデータ入力、うちの代わりに全部やっといて。', 'うちの代わりに全部やっといて'],
      [
        '弊社の代わりに、取引先への説明資料を作成してください。',
        '弊社の代わりに、取引先への説明資料を作成して',
      ],
      ['本来弊社でやる作業ですが、全部そちらでお願いします。', '本来弊社でやる作業'],
    ],
    negatives: [
      'うちの代わりにログ解析をしていただける有償サービスはありますか。',
      '当社の代わりに設定代行をお願いする場合、見積をいただけますか。',
    ],
  },
  {
    rule: 'ja.vl.excessive.visit_exec_home',
    category: 'excessive',
    positives: [
      ['部長の自宅まで、担当の方に説明に来ていただけますか。', '部長の自宅まで、担当の方に説明に来て'],
      ['会長の家に、エンジニアさんが説明しに行ってくれ。', '会長の家に、エンジニアさんが説明しに行って'],
      ['週末、社長の別荘へ担当者の方にお越しいただけませんか。', '社長の別荘へ担当者の方にお越し'],
    ],
    negatives: [
      '社長の自宅からもVPNで接続できるようにしたいです。',
      '私が社長の自宅に伺う前に、デモ環境を用意したいです。',
      '訪問サポート契約に基づき、社長の自宅まで担当の方にお越しいただく日程を調整したいです。',
    ],
  },
  {
    rule: 'ja.vl.monetary.amount_left_to_you',
    category: 'monetary',
    positives: [
      ['御社としてのお気持ちをお示しください。', '御社としてのお気持ちをお示し'],
      ['誠意を見せてほしい。いくら包むかはそっちで考えて。', 'いくら包むかはそっちで考え'],
      [
        '相応のものをお願いします。どの程度が妥当かは貴社でご判断ください。',
        'どの程度が妥当かは貴社でご判断',
      ],
    ],
    negatives: [
      'ログの保存期間をどの程度にするのが妥当か、御社でご判断いただけますか。',
      '約款に沿った返金額がいくらになるかは、御社でご判断ください。',
    ],
  },
];

const GUARDS: GuardTable[] = [
  {
    id: 'ja.vl.mask.ambush_attack_term',
    category: 'violence',
    calm: [
      'いわゆる水飲み場型（待ち伏せ型）攻撃です。ブロックリストに追加できますか。',
      '待ち伏せ型攻撃への対策として、URLフィルタの設定を見直したいです。',
      '水飲み場型攻撃の被害が業界で出ているので、ダウンロード制限をかけたいです。',
    ],
    kept: ['会社の前で待ち伏せしてやる。', '担当者を待ち伏せするからな。'],
  },
  {
    id: 'ja.vl.veto.third_party_post_found',
    category: 'defamation',
    calm: [
      '退職した社員が、在職中の業務内容を匿名掲示板に書き込んでいることが分かりました。',
      '何者かが当社の悪評をSNSに投稿していることが判明しました。送信元を調べられますか。',
    ],
    kept: ['御社のことは掲示板に書き込んでやる。', 'お前の対応は全部SNSに晒すからな。'],
  },
  {
    id: 'ja.vl.veto.own_staff_warned',
    category: 'intimidation',
    calm: [
      '社内で「パスワードを使い回して、どうなっても知らないぞ」と何度注意しても改善しません。',
      '「どうなっても知らないよ」と部下に何度も注意していますが、添付の誤送信が減りません。',
    ],
    kept: ['返金しないなら、どうなっても知らないぞ。', '「どうなっても知らないぞ」と担当者に伝えておけ。'],
  },
  {
    id: 'ja.vl.veto.purchased_option',
    category: 'excessive',
    calm: [
      '今週土曜日の深夜作業について、先月申し込んだ有償の休日作業立ち会いオプションの確認です。',
      '契約済みの夜間立ち会いプランで、日曜の深夜に待機していただけますか。',
    ],
    kept: [
      '土曜の深夜に無料で立ち会いに来てください。',
      '有償オプションなんて払わない、日曜の深夜に対応してください。',
    ],
  },
  {
    id: 'ja.vl.veto.own_apology_letter',
    category: 'kneel_demand',
    calm: [
      '誤送信により、取引先約200社に情報漏えいのお詫び状を送付することになりました。',
      '会員の皆様あての謝罪文を当社サイトに掲載する予定です。文面の確認をお願いします。',
    ],
    kept: ['御社の社長名義で詫び状を出せ。', 'うちの取引先全社にお詫び状を送付するように。'],
  },
  {
    id: 'ja.vl.veto.name_kept_to_request_again',
    category: 'intimidation',
    calm: [
      '宮田さん、お名前覚えておきますね！次回も宮田さんを指名できたら嬉しいです。',
      '丁寧に教えていただき助かりました。お名前しっかり控えておきます。',
    ],
    kept: [
      'お名前、しっかり控えさせていただきました。覚悟しておいてください。',
      '名前は覚えたからな。上司に報告してやる。',
    ],
  },
  {
    id: 'ja.gn.privacy.agent_personal_ids',
    category: 'privacy',
    calm: [
      'ご担当の方の携帯番号（会社支給のもので構いません）も教えていただけますと助かります。',
      '担当者の携帯番号を、社用のもので大丈夫ですので教えてください。',
    ],
    kept: ['担当者の携帯番号を教えろ。', '担当の方の個人の携帯番号を教えてください。'],
  },
];

describeRuleKinds('Japanese veiled round (t58): rules', KINDS, alone, 'ja');

describeGuardTables('Japanese veiled round (t58): vetoes, mask and narrowed rule', GUARDS, 'ja');

describeRuleFile('Japanese veiled round (t58): the rule file', RULE_FILE, {
  lang: 'ja',
  idPrefix: 'ja.vl.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => GUARDS.map((g) => g.id).filter((id) => id.startsWith('ja.vl.')),
  offsets: { engine: alone, text: 'お前が帰る時間に　駐車場で待ってるからな。 断ったら、わかるよな？' },
});
