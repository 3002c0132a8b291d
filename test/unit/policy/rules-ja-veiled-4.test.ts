/**
 * Japanese veiled conduct, round 4 (config/rules/ja-veiled-4.yaml, ids ja.v4.*), from the Japanese items of the
 * training sets t79 (indirect menace, sarcasm, polite coercion) and t80 (fast chat and web): turning up at the vendor
 * "to see what happens", mock reassurance beside the agent's private life, private details listed as found, visits to
 * a staff member's home, public ratings and posts held over the vendor, staff photos or homes obtained, staff guessed
 * foreign or old and replaced for it, polite summons to apologise in person, same-day bulk reports, someone sent to
 * set everything up, and renewal cuts as the price of goodwill; with vetoes for "whatever happens" said with nothing
 * physical, a visit the contract provides, a kneel disclaimed, the customer's own calling schedule, calls kept up with
 * no call held, an apology visit with no word of money, and staying on a call. Also the two older vetoes narrowed in
 * place for this file (ja.q2.veto.elderly_staff_voice, ja.veto.apology_visit).
 * Sentences written for this test, none from any corpus.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const FILE = 'config/rules/ja-veiled-4.yaml';
const alone = engineWithOnly('ja-veiled-4.yaml');

const VETOES: GuardTable[] = [
  {
    id: 'ja.v4.veto.whatever_happens_not_physical',
    category: 'violence',
    calm: [
      '来週までに返金がなければ、何があっても知りませんからね。',
      'このまま放っておくなら、どうなっても責任は持てませんよ。',
    ],
    kept: ['帰り道、何があっても知らないからな。', 'お前の家の前で待ってるからな。何があっても知らん。'],
  },
  {
    id: 'ja.v4.veto.visit_in_contract',
    category: 'excessive',
    calm: [
      '保守契約に含まれている半年ごとの点検訪問の件です。来月の火曜か水曜に弊社本社にお越しいただけますか。',
      'ご契約内容で定められている年次のオンサイト点検について、11月中にお越しいただける日をお知らせください。',
    ],
    kept: ['ご契約内容に含まれております年次点検の件です。それとは別に、今週中に臨時で弊社に来てください。'],
  },
  {
    id: 'ja.v4.veto.kneel_disclaimed',
    category: 'kneel_demand',
    calm: [
      '土下座や謝罪文を求めるつもりはまったくありません。再発防止策だけ教えてください。',
      '詫び状を要求する気は一切ございませんので、ご安心ください。',
    ],
    kept: ['詫び状を求めるつもりはないけど、部長が来て頭を下げろ。'],
  },
  {
    id: 'ja.v4.veto.own_calling_schedule',
    category: 'excessive',
    calm: [
      '返事があるまで、平日は朝8時から夜7時まで、20分おきにサポート窓口へ電話します。',
      '回答をもらえるまで、毎日10時から17時まで、1時間おきに電話をかけ続けますから。',
    ],
    kept: ['毎日朝8時から夜7時まで電話する。夜間も休日も対応しろ。'],
  },
  {
    id: 'ja.v4.veto.calls_kept_up_not_held',
    category: 'restrictive',
    calm: [
      '結論が出るまで、10分おきに窓口に電話し続けます。そっちが音を上げるまでやめません。',
      '何回でもかけますよ。御社が謝るまでやめないから。',
    ],
    kept: ['電話は切らないよ。御社が謝るまでやめないから。'],
  },
  {
    id: 'ja.v4.veto.apology_visit_not_money',
    category: 'monetary',
    calm: ['この度の不具合について、課長様に当社までお詫びにご来社いただきたく、ご調整をお願いいたします。'],
    kept: ['お詫びに来社して、損害の補償として50万円を持参してください。'],
  },
  {
    id: 'ja.v4.veto.stay_on_call_not_dating',
    category: 'sexual',
    calm: [
      '直るまで電話は切らないから。あなたも最後まで付き合ってよ。',
      '調査に時間がかかるなら待ちます。担当さんも付き合ってください。',
    ],
    kept: ['好きになっちゃった。今度二人で付き合ってよ。'],
  },
  {
    id: 'ja.v4.veto.leaflets_not_violence',
    category: 'violence',
    calm: ['週明けまでに回答がなければ、おたくの本社の前でビラ配るからな。'],
    kept: ['ビラ配りのついでに、担当の帰り道で待ち伏せしてやる。'],
  },
];

/** The older vetoes narrowed in place for this file: what they still clear, and what they no longer clear. */
const NARROWED: GuardTable[] = [
  {
    id: 'ja.q2.veto.elderly_staff_voice (narrowed: a younger replacement asked)',
    category: 'discriminatory',
    calm: ['高齢の社員から「二段階認証の画面が難しい」と相談がありました。手順書はありますか。'],
    kept: ['電話の方、ご高齢の方には設定の話は難しいでしょうから、次は若い方に替えてください。'],
  },
  {
    id: 'ja.veto.apology_visit (narrowed: no refusal accepted)',
    category: 'excessive',
    calm: ['部長に謝罪に来させろ。'],
    kept: [
      '今週金曜の朝8時に、役員と担当者全員で当社にお越しください。社員の前で謝罪していただきます。ご都合が悪いという返事は受け付けません。',
    ],
  },
];

const RULES: RuleKind[] = [
  {
    rule: 'ja.v4.violence.coming_now_menace',
    category: 'violence',
    positives: [
      ['これから御社の事務所に向かいます。何が起きるか、お楽しみに。', '向かいます'],
      ['明日そっちの本社に乗り込むから、首を洗って待ってろ。', '乗り込むから'],
      ['窓口の場所は調べてある。近いうちに顔を出しますから、覚悟しておいてください。', '顔を出しますから'],
    ],
    negatives: [
      '明日そちらのオフィスに伺います。打ち合わせを楽しみにしています。',
      '今から会社に行きますので、戻り次第ログをお送りします。',
      'これから本社に向かうので、検証結果がどうなるかは後ほどご連絡します。',
      '今夜行きますから、待っててね（懇親会の件です）。',
    ],
  },
  {
    rule: 'ja.v4.violence.way_home_whatever',
    category: 'violence',
    positives: [
      ['帰り道、何があっても知らないからな。', '帰り道、何があっても知らない'],
      ['夜遅くに一人で帰るなら、どうなっても知らんぞ。', '夜遅くに一人で帰るなら、どうなっても知ら'],
      ['通勤途中で何が起きても知りませんよ。', '通勤途中で何が起きても知り'],
    ],
    negatives: [
      '社員の帰り道に何があっても会社は知らないという規程は問題ではないでしょうか。',
      '夜遅くのバッチで何があっても通知が来ない設定になっています。',
      '帰り道に雨が降っても知りませんよ、と上司に笑われました。',
    ],
  },
  {
    rule: 'ja.v4.intimidation.then_no_hard_feelings',
    category: 'intimidation',
    positives: [
      ['こっちも人間なんでね、我慢の限界ってものがある。その時はあしからず。', 'その時はあしからず'],
      [
        'これ以上放置されたら何をするか分かりません。そうなったら恨まないでくださいね。',
        'そうなったら恨まないで',
      ],
      ['堪忍袋の緒も切れかけてます。その際はご覚悟を。', 'その際はご覚悟を'],
    ],
    negatives: [
      '来週は休業します。その際はあしからずご了承ください。',
      '価格改定の件、契約更新の際は悪しからず。',
      'これ以上の延長はできない規定です。その場合は悪しからずご了承ください、と上司から言われました。',
    ],
  },
  {
    rule: 'ja.v4.intimidation.nothing_will_happen',
    category: 'intimidation',
    positives: [
      ['担当さんの最寄り駅も、よく行くカフェも分かりました。別に何もしませんけどね。', '何もしませんけど'],
      ['お名前で検索したら色々出てきますね。何もしないから安心して。', '何もしないから'],
      ['あなたのご家族のこと、少し調べました。べつに何もしませんよ。', '何もしませんよ'],
    ],
    negatives: [
      '週末は何もしませんから、メンテナンスは土曜でも大丈夫です。',
      '別に何もしていないのに、突然ログインできなくなりました。',
      '担当さんの説明どおり、再起動以外は何もしませんでした。',
    ],
  },
  {
    rule: 'ja.v4.intimidation.private_life_listed',
    category: 'intimidation',
    positives: [
      ['ちょっと調べたら、最寄り駅も行きつけの店も分かりましたよ。', '最寄り駅も行きつけ'],
      ['担当さんの出身大学も、通勤の経路も、全部出てきました。', '出身大学も、通勤'],
      ['SNSで見つけました。お子さんの学校も、自宅の場所も。', 'お子さんの学校も、自宅'],
    ],
    negatives: [
      '最寄り駅も自宅の住所も変わったので、登録情報を更新したいです。',
      '社員の最寄り駅も通勤経路も管理できる機能はありますか。',
      '新しいオフィスは最寄り駅もジムも近くて便利です。',
    ],
  },
  {
    rule: 'ja.v4.intimidation.visit_staff_home',
    category: 'intimidation',
    positives: [
      [
        'あの当番のエンジニアさん、ご自宅に直接お礼に伺いたいので住所を教えてください。',
        'ご自宅に直接お礼に伺',
      ],
      ['会社じゃなくて、あんたの実家に行くから。', '実家に行くから'],
      ['担当さんのお宅まで伺ってもいいんですよ、こっちは。', 'お宅まで伺っても'],
    ],
    negatives: [
      '弊社の営業がお客様のご自宅に伺う際のVPN設定を教えてください。',
      '担当者様、実家に行っていたため返信が遅れました。',
      '訪問看護のスタッフが利用者のご自宅に伺うときにタブレットが使えません。',
    ],
  },
  {
    rule: 'ja.v4.defamation.rating_drop_hint',
    category: 'defamation',
    positives: [
      [
        '値引きがないなら、口コミの星がどこまで下がるか見ものですね。うちは社員が500人いるので。',
        '星がどこまで下がるか見もの',
      ],
      [
        '対応しだいでは、レビューの評価がどうなるか楽しみにしててください。知り合いも多いので。',
        '評価がどうなるか楽しみ',
      ],
      [
        'グループ各社にアカウントがあります。比較サイトの点数、来月いくつになるかな。',
        '点数、来月いくつになるかな',
      ],
    ],
    negatives: [
      '御社の口コミの評価が高いので導入を決めました。',
      'アプリストアの評価が下がるのが心配です。早く修正をお願いします。',
      '新機能のレビュー評価がどうなるか楽しみです。',
    ],
  },
  {
    rule: 'ja.v4.defamation.spread_hint',
    category: 'defamation',
    positives: [
      ['このやり取り、SNSに載せたらどれくらい拡散されるかな。', 'SNSに載せたらどれくらい拡散'],
      ['このチャットのログ、ネットに上げたらどうなるかな。', 'ネットに上げたらどうなるかな'],
      ['スクショ撮ってあるから。5chに貼ったら祭りになるだろうね。', '5chに貼ったら祭り'],
    ],
    negatives: [
      'キャンペーンの告知をXに上げたら、思ったより拡散されました。',
      'SNSに投稿すると拡散されるリスクがあるので、共有リンクの無効化方法を教えてください。',
      '作成したマニュアルをネットに上げたらどうなるでしょうか。著作権的に問題ありますか。',
    ],
  },
  {
    rule: 'ja.v4.defamation.leaflets',
    category: 'defamation',
    positives: [
      ['返事なかったら、そっちの会社の前で配るチラシ作るわ。', 'チラシ作る'],
      ['担当の名前入りのビラ、本社前で撒いてやる。', 'ビラ、本社前で撒'],
      ['対応しないなら、おたくのブースの前でプラカード持って立ちますよ。', 'プラカード持って立'],
    ],
    negatives: [
      '新製品のチラシを作るので、ロゴのデータをいただけますか。',
      '弊社イベントのビラを配る予定です。QRコードの作り方を教えてください。',
      '不審なビラが社内に貼られていました。防犯カメラの映像を確認できますか。',
    ],
  },
  {
    rule: 'ja.v4.defamation.ruin_reputation',
    category: 'defamation',
    positives: [
      ['おまえんとこの評判、地に落としたるわ。', '評判、地に落としたる'],
      ['御社の信用、ズタズタにしてやりますから。', '信用、ズタズタにしてやります'],
      ['この会社の看板なんか汚してやる。', '看板なんか汚してやる'],
    ],
    negatives: [
      '御社の評判を落とさないよう、早めに対応をお願いします。',
      'ブランドイメージを傷つけるリスクがあるので、誤検知を早く直してください。',
      '弊社の信用を守るために、原因の報告書をください。',
    ],
  },
  {
    rule: 'ja.v4.privacy.staff_details_obtained',
    category: 'privacy',
    positives: [
      ['あんたの顔写真、もう押さえてあるから。', '顔写真、もう押さえて'],
      ['担当さんの自宅、もう突き止めました。', '自宅、もう突き止め'],
      ['オペレーターの住所も写真も入手しましたよ。', '写真も入手し'],
    ],
    negatives: [
      '攻撃者が社員の住所を入手していたようです。調査をお願いします。',
      '物件の写真を担当の方が入手してくださいました。ありがとうございます。',
      '顔写真の登録方法を担当さんに教えていただきました。',
    ],
  },
  {
    rule: 'ja.v4.discriminatory.origin_guess_swap',
    category: 'discriminatory',
    positives: [
      ['中国の人ですか？だったら担当変えてください。', '中国の人'],
      ['名前からして外国人でしょ。日本人の担当に交代して。', '外国人'],
      ['ハーフ？日本人の人に替えてよ。', 'ハーフ'],
    ],
    negatives: [
      '外国人のスタッフ向けに、管理画面を英語表示に変えてもらえますか。',
      '中国の子会社の担当を変更したいので、権限設定の方法を教えてください。',
      '海外拠点の社員（外国人）が多いので、通知を多言語に替えたいです。',
    ],
  },
  {
    rule: 'ja.v4.discriminatory.age_competence',
    category: 'discriminatory',
    positives: [
      ['昨日電話に出た方、お年を召した方のようで、話が全然かみ合いませんでした。', 'お年を召'],
      ['担当の方、ご年配のようでクラウドのことは分からないでしょうね。', 'ご年配'],
      ['あの高齢のオペレーター、話が通じない。', '高齢のオペレーター、話が通じ'],
    ],
    negatives: [
      '高齢の父が使うので、分からないことが多くて困っています。',
      'ご年配の会員様向けに文字を大きくしたいのですが、難しいでしょうか。',
      '高齢の利用者には難しいでしょうから、もっと簡単な画面に変えていただけますか。',
    ],
  },
  {
    rule: 'ja.v4.kneel_demand.apology_visit_polite',
    category: 'kneel_demand',
    positives: [
      ['今回の件、責任者の方に謝罪にお越しいただきたいと考えています。', '謝罪にお越しいただ'],
      ['お詫びのためにご来社いただけますか。日程をご連絡ください。', 'お詫びのためにご来社いただ'],
      ['役員の方にお詫びとしてご訪問をお願いしたいです。', 'お詫びとしてご訪問をお願い'],
    ],
    negatives: [
      '先日はお詫びにお越しいただき、ありがとうございました。',
      'お詫びにお越しいただく必要はありません。原因の報告だけお願いします。',
      '謝罪のための訪問は不要です。再発防止策をメールでください。',
    ],
  },
  {
    rule: 'ja.v4.excessive.compile_today',
    category: 'excessive',
    positives: [
      ['過去3年分のログをすべて抽出して、ユーザー別に集計したものを本日中にお送りください。', '本日中に'],
      [
        '全部のアカウントの権限を一覧表にまとめて、今日の18時までに作成していただけますか。',
        '今日の18時までに',
      ],
      ['今晩までに、過去2年分の請求データを全件まとめて送ってほしい。', '全件まとめ'],
    ],
    negatives: [
      '過去3年分のログをすべて抽出する方法を教えてください。本日中に対応したいので。',
      '全部のログを今日中にこちらで抽出します。エクスポートの手順をください。',
      'すべての端末の一覧表を本日中に作成しました。確認をお願いします。',
    ],
  },
  {
    rule: 'ja.v4.excessive.come_set_up',
    category: 'excessive',
    positives: [
      ['誰か来て設定やってくれんかね。', '誰か来て設定やってくれ'],
      ['エンジニア寄越して全部インストールしてほしい。', 'エンジニア寄越して全部インストールしてほしい'],
      ['明日、技術の人に来てもらって、事務所のパソコンを全部直してもらえないかな。', '技術の人に来て'],
    ],
    negatives: [
      '先週は誰か来て設定してくれて助かりました。',
      'エンジニアを派遣して設定していただく場合の費用を教えてください。',
      '担当の方に来ていただいて設定することは可能でしょうか。有償であればお見積もりをお願いします。',
    ],
  },
  {
    rule: 'ja.v4.monetary.discount_or_else',
    category: 'monetary',
    positives: [
      [
        '今月の障害で散々迷惑したんだ。来期の更新、半額にしてもらえないなら考えがあるよ。',
        '半額にしてもらえないなら',
      ],
      [
        '年額を3割引きにしていただけないなら、口コミに書くしかありませんね。',
        '3割引きにしていただけないなら',
      ],
      ['更新料を無料にしてくれないと、どうなるか分かってますよね。', '無料にしてくれないと'],
    ],
    negatives: [
      '来年度の更新、値引きしていただけないと予算が通らないので、見積もりの相談をさせてください。',
      '更新の値引きはキャンペーンの規定どおりで結構です。',
      '更新料の請求書を来週までにいただけないと経理が困ります。',
    ],
  },
];

describeGuardTables('ja-veiled-4 vetoes', VETOES, 'ja');
describeGuardTables('ja-veiled-4: older vetoes narrowed in place', NARROWED, 'ja');
describeRuleKinds('ja-veiled-4 rules', RULES, alone, 'ja');

describeRuleFile('ja-veiled-4: the rule file', FILE, {
  lang: 'ja',
  idPrefix: 'ja.v4.',
  testedRuleIds: () => RULES.map((k) => k.rule),
  testedGuardIds: () => VETOES.map((g) => g.id),
  offsets: {
    engine: alone,
    text: 'Ｘ社です。あんたの顔写真、もう押さえてあるから。誰か来て設定やってくれんかね。',
  },
});
