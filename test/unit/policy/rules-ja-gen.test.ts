/**
 * Japanese general mix (config/rules/ja-gen.yaml, ids ja.gn.*): constructions from the Japanese
 * training set t46 and the rule writer's own probes across registers, run through the real policy
 * file and engine, so every rule file (and every veto) is in play. One table per rule with
 * positives written for this test (not taken from any corpus), each with a fragment the rule's own
 * evidence must cover, and calm look-alikes (the customer's own data, HR questions, a warm closing,
 * reports of third-party fraud, retries of jobs, accommodation requests) in which the whole engine
 * must not find the category. Two rules of other files were narrowed (a tax season mentioned as the
 * reason for a busy office; a beyond-plan option asked with its cost); their calm/kept tables
 * follow.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/ja-gen.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('ja-gen.yaml');

const KINDS: RuleKind[] = [
  {
    rule: 'ja.gn.privacy.agent_personal_ids',
    category: 'privacy',
    positives: [
      ['確認のためや、あんたの生年月日と社員番号ここで言ってみ。', 'あんたの生年月日'],
      ['公平を期すため、担当者様の社員番号をお教えいただけますか。', '担当者様の社員番号'],
      ['お前の本名教えろや、偽名やろどうせ', 'お前の本名'],
      ['オペレーターさんの誕生日、教えてくれたら許してあげる', 'オペレーターさんの誕生日'],
    ],
    negatives: [
      '私の生年月日を登録し間違えたので、変更方法を教えてください。',
      '社員番号でユーザーを検索できる機能はありますか。',
      '担当者の方の社員番号は不要ですので、代表番号を教えてください。',
      '画面に担当の方の社員番号が表示されないようにしたいのですが、設定を教えてください。',
    ],
  },
  {
    rule: 'ja.gn.privacy.agent_visa_status',
    category: 'privacy',
    positives: [
      ['ところで、チャン様の在留カードの期限、そろそろだと伺っております。', '様の在留カード'],
      ['担当さんのビザ、来月で切れるらしいじゃん', 'さんのビザ'],
      ['あなたの在留資格のこと、知ってますよ。', 'あなたの在留資格'],
    ],
    negatives: [
      '弊社の外国籍社員の在留資格の期限管理に、このツールを使えますか。',
      '私のビザの更新手続きで来週は休みます。代わりの窓口を教えてください。',
      '在留カード番号の欄をマスキングする設定はありますか。',
    ],
  },
  {
    rule: 'ja.gn.intimidation.visa_leverage',
    category: 'intimidation',
    positives: [
      [
        'リー様のビザの更新、無事に通るといいですね。入管には知り合いも多いもので。',
        'ビザの更新、無事に通る',
      ],
      [
        'あんたの在留資格の審査、うまくいくといいな。俺から一声かけてやってもいいんだぜ',
        '在留資格の審査、うまく',
      ],
      [
        'ワン様の在留期限が迫っていると伺いました。更新の審査が順調に進むよう、関係各所に口添えもできますよ。',
        '更新の審査が順調',
      ],
    ],
    negatives: [
      '私の在留資格の更新が無事に終わりました。関係各所へのご連絡ありがとうございました。',
      '弊社の社員のビザの更新が順調に進むよう、担当者に必要書類を伺いたいです。',
      'ライセンスの更新は順調に進んでおります。担当様、ご配慮ありがとうございました。',
    ],
  },
  {
    rule: 'ja.gn.intimidation.ruin_business',
    category: 'intimidation',
    positives: [
      ['この業界で御社が営業できないようにするのは簡単ですよ。', '営業できないようにするのは'],
      ['俺が一言いえば、お前らこの辺で商売できんようにしたるぞ', '商売できんようにしたる'],
      ['わしにかかれば、そっちが仕事できへんようにするくらい何でもないわ', '仕事できへんようにする'],
    ],
    negatives: [
      '障害のせいで昨日は商売ができないようになってしまい、本当に困りました。',
      '御社のサービスが止まって営業できない状態です。至急ご対応ください。',
      '業界全体で取引が止まらないようにする仕組みを作りたいです。',
    ],
  },
  {
    rule: 'ja.gn.intimidation.agent_career_at_stake',
    category: 'intimidation',
    positives: [
      ['この返事ひとつで、担当者様の将来が決まると思っておいてください。', '担当者様の将来が決まる'],
      ['あんたの首がかかってるってこと、忘れんなよ', 'あんたの首がかかって'],
      ['ご回答次第では、担当さんの立場がどうなるか分かりませんね。', '担当さんの立場がどうなる'],
    ],
    negatives: [
      '担当者様の今後のご活躍をお祈り申し上げます。',
      '担当の方の将来が楽しみですね、とても丁寧な対応でした。',
      'あなたの将来のために、この資格は役立つと思いますよ、と後輩に伝えました。',
    ],
  },
  {
    rule: 'ja.gn.intimidation.revenue_share_leverage',
    category: 'intimidation',
    positives: [
      ['弊社が貴社の売上の3割を占めていることを、どうかお忘れなく。', '弊社が貴社の売上の3割'],
      ['うちがそっちの売上の半分持ってるって分かってんの？', 'うちがそっちの売上の半分'],
      ['当社が御社の売上のどれだけを占めているか、よくお考えの上ご返信ください。', '当社が御社の売上のどれだけ'],
    ],
    negatives: [
      '御社の売上レポート機能で、当社の部門別の集計は出せますか。',
      '当社の売上の3割はECサイト経由なので、停止は困ります。',
      '当社は御社の代理店として売上目標を確認したいです。',
    ],
  },
  {
    rule: 'ja.gn.violence.watch_your_back_way_home',
    category: 'violence',
    positives: [
      ['山田さん、夜道は背後に気をつけた方がええで。', '夜道は背後に気をつけ'],
      ['帰宅途中は後ろをよく振り返ることですね。', '帰宅途中は後ろをよく振り返'],
      ['お前、駅まで後ろに注意しとけよ', '駅まで後ろに注意'],
    ],
    negatives: [
      '雪で滑りやすいので、帰り道は足元に気をつけてお帰りください。',
      '帰宅時に後ろの席の人がPCを覗き込めないよう、画面ロックの設定を教えてください。',
      '通勤中でも使えるよう、スマホアプリの設定方法を教えてください。',
    ],
  },
  {
    rule: 'ja.gn.violence.safety_for_now',
    category: 'violence',
    positives: [
      [
        '社員の皆さんが毎日無事に帰宅できているのは何よりです。それがいつまで続くかは分かりませんがね。',
        '社員の皆さんが毎日無事',
      ],
      [
        'スタッフの方々の平穏な日常、続くかどうかは御社の対応次第かもしれませんね。',
        'スタッフの方々の平穏',
      ],
      ['担当さんのご家族も元気にされてるようで。賢明なご判断を期待してますよ。', '担当さんのご家族も元気'],
    ],
    negatives: [
      '台風の中、社員の皆様が無事に出社できているか心配です。対応次第でご連絡ください。',
      'スタッフの皆さんの安全が第一ですので、復旧作業は無理なさらないでください。',
      '担当の方が元気そうで安心しました。お大事になさってください。',
    ],
  },
  {
    rule: 'ja.gn.sexual.room_with_dinner',
    category: 'sexual',
    positives: [
      ['吉田さん、本当にお綺麗ですね。今度お仕事抜きで食事でもどうですか。ホテルも予約しておきます。', 'ホテルも予約'],
      ['担当の子、かわいいよね。二人で飲みに行こうよ、部屋も取っとくからさ', '部屋も取っ'],
      ['プライベートでお食事いかがでしょう。お部屋をご用意しておきますので。', 'お部屋をご用意'],
    ],
    negatives: [
      '来週の研修ではエンジニアの方のホテルも予約しておきます。夕食は会場で用意します。',
      '出張の際はお部屋を押さえておきますので、食事の希望もお知らせください。',
      '会議室の部屋を予約しました。プライベートチャネルのURLは別途送ります。',
    ],
  },
  {
    rule: 'ja.gn.defamation.unverified_publication',
    category: 'defamation',
    positives: [
      ['「御社が情報を売っている」という記事をブログに載せます。裏取りはしません。', '裏取りはしません'],
      ['真偽はどうでもいい、とにかくSNSで拡散するから', '真偽はどうでもいい'],
      ['勉強会で配布する資料には、私の憶測も交えております。', '憶測も交え'],
    ],
    negatives: [
      'ネットに御社の悪評が書かれていましたが、事実の確認はしておりません。削除申請の方法はありますか。',
      '障害報告書を社内で配布しますので、事実関係の確認をお願いできますか。',
      '推測も含まれますが、原因はDNS設定ではないかと考えております。',
    ],
  },
  {
    rule: 'ja.gn.defamation.fraud_kana',
    category: 'defamation',
    positives: [
      ['みんなに教えたる。あそこはサギ！', 'はサギ！'],
      ['詐欺会社だってネットに書きまくってやるよ', '詐欺会社'],
      ['口コミに書きます。さぎがいしゃ。', 'さぎがいしゃ'],
    ],
    negatives: [
      '詐欺会社を名乗るメールが届きました。ブロック方法を教えてください。',
      'うさぎのイラストのアイコンをネットで使いたいのですが。',
      'フィッシング被害の注意喚起を社内に書きたいので、詐欺業者の手口を教えてください。',
    ],
  },
  {
    rule: 'ja.gn.insult.agent_intelligence',
    category: 'insult',
    positives: [
      ['担当のあんた、頭に何か問題あるんちゃうか', '頭に何か問題'],
      ['その方は一度、専門の病院で診てもらった方がよろしいかと存じます。', '専門の病院で診て'],
      ['失礼ながら、オペレーターの方は理解力に何らかの欠陥がおありでは。', '理解力に何らかの欠陥'],
    ],
    negatives: [
      '母が来週病院で診てもらうので、その間の代理申請を担当の方にお願いしたいです。',
      '御社のシステムのどこかに問題があるのではないでしょうか。',
      '担当の方、体調を崩されたと伺いました。お大事になさってください。',
    ],
  },
  {
    rule: 'ja.gn.insult.sarcastic_easy_job',
    category: 'insult',
    positives: [
      ['テンプレ返すだけのお仕事、楽でいいですね。', 'だけのお仕事、楽で'],
      ['さぞかしお暇なんでしょうね、そちらは。', 'さぞかしお暇'],
      ['この対応で、貴社の社員教育のレベルがよくわかりました。', '貴社の社員教育のレベルがよくわかり'],
    ],
    negatives: [
      '御社の採用ページを見て応募しました。採用基準がよくわかりました。',
      'ボタンを押すだけの作業なので、自分でやってみます。',
      '丁寧な説明で、設定の意味がよく理解できました。',
    ],
  },
  {
    rule: 'ja.gn.persistence.repeated_nag',
    category: 'persistence',
    positives: [
      ['早く\n早く\n早く\n早くしろ', '早く'],
      ['直せ\n直せって\n直せよ\nまだ直せないのか', '直せ'],
      ['返事して\nおい返事して\n返事して\n返事してよ', '返事して'],
    ],
    negatives: [
      '早くご対応いただき助かりました。早く復旧したのでお客様にも早く連絡できました。',
      'まだ届いていません。確認をお願いします。',
      '返信してもエラーになります。返信の設定を教えてください。',
    ],
  },
  {
    rule: 'ja.gn.persistence.call_until',
    category: 'persistence',
    positives: [
      ['返事が来るまで、毎日何度でもお電話いたします。', 'まで、毎日何度でもお電話'],
      ['回答来るまで、一日10回はメールするけん', 'まで、一日10回はメール'],
      ['納得できるまで、こちらから問い合わせ続けますので。', '問い合わせ続けます'],
    ],
    negatives: [
      '送信に失敗した場合は、成功するまで自動で再送し続ける設定にできますか。',
      '月末まで毎日レポートを送信する設定はどこにありますか。',
      '復旧するまで、毎朝の定例で社内に状況を共有しています。',
      '完了するまで毎日メールで進捗を送る設定にしたいのですが、できますか。',
      '切替が終わるまで、毎晩エンジニアの方から進捗のお電話をいただけますか。',
      '迷惑メールを送り続ける相手を、ドメインごとブロックしたいです。',
      '日報を上長宛てに送り続ける仕組みを作りたいと考えています。',
    ],
  },
  {
    rule: 'ja.gn.discriminatory.nationality_swap',
    category: 'discriminatory',
    positives: [
      ['外人の担当じゃ話にならん。日本人に代えて。', '外人'],
      [
        'ご担当が外国籍の方とのことですが、日本の商習慣をご理解いただけないかと存じます。担当の変更をお願いします。',
        '外国籍',
      ],
      ['日本生まれの人じゃないと分からないと思うので、日本人のスタッフに代わってほしい。', '日本生まれ'],
    ],
    negatives: [
      '外国籍の社員が多いので、英語のできる担当の方に代わっていただけますか。',
      '外国人社員向けに多言語のマニュアルはありますか。変更履歴も知りたいです。',
      '日本語が苦手な外国籍スタッフのため、通訳付きの窓口はありますか。',
    ],
  },
  {
    rule: 'ja.gn.discriminatory.motherhood',
    category: 'discriminatory',
    positives: [
      ['子持ちの担当さんはどうせすぐ休むでしょ。外してください。', '子持ちの担当さん'],
      ['育休明けの人に任せるとか無理。お迎えで早退するんでしょ？', '育休明けの人'],
      ['妊娠中の方は当てにならないので、男性の担当にしてくださいませ。', '妊娠中の方'],
    ],
    negatives: [
      '産休明けの社員のアカウントを再有効化する設定を教えてください。',
      '子育て中の社員向けに時短勤務の制度を作ったので、勤怠の設定を変えたいです。',
      '育休明けのママさん社員の方、復帰おめでとうございます、とお伝えください。',
    ],
  },
  {
    rule: 'ja.gn.restrictive.stay_in_lobby',
    category: 'restrictive',
    positives: [
      ['回答もらうまで、受付から動かんけんね。', '受付から動かん'],
      ['責任者が出てくるまで、本社のロビーに居座るつもりです。', 'ロビーに居座'],
      ['終電を過ぎても事務所で待ち続けますので、そのおつもりで。', '終電を過ぎても事務所で待ち'],
    ],
    negatives: [
      '明日の打ち合わせでは、受付で待っていればよろしいでしょうか。',
      '定時を過ぎても残っているジョブを確認する方法はありますか。',
      'ロビーに置いてある端末が動かない件で問い合わせました。',
      '警備員さんに、入口から動かないでくださいと言われたのでここで待っています。',
    ],
  },
  {
    rule: 'ja.gn.kneel_demand.forehead_to_ground',
    category: 'kneel_demand',
    positives: [
      ['責任者が来て、床に頭こすりつけて詫びろ。', '床に頭こすりつけ'],
      ['額を地面につけてお詫びいただきたい。', '額を地面につけ'],
      ['土に額すりつけて謝らんかい', '土に額すりつけ'],
    ],
    negatives: [
      'ラックの土台を地面につけて固定する方法を教えてください。',
      '額面どおりの請求書を再発行してください。',
      '床の配線が地面につかないようにしてほしいです。',
    ],
  },
];

describeRuleKinds('Japanese general mix rules (t46)', KINDS, alone, 'ja');

const GUARDS: GuardTable[] = [
  {
    id: 'ja.f.unrelated.personal_matter',
    category: 'unrelated',
    calm: [
      '確定申告期の真っ只中で、顧問先への説明に追われました。障害報告書をお願いします。',
      '年末調整の時期に重なり、問い合わせが遅れました。お願いいたします。',
    ],
    kept: [
      '確定申告のやり方を教えてください。',
      'e-Taxで確定申告したいので、設定して教えてください。',
    ],
  },
  {
    id: 'ja.b.excessive.beyond_plan_acknowledged',
    category: 'excessive',
    calm: [
      '当院はスタンダードプランですが、ログの保存期間を延ばす必要があれば、費用も含めてご案内ください。電話でも構いません。',
      'うちはベーシックプランですが、土日対応をつける場合の費用を教えてください。',
    ],
    kept: [
      'スタンダードプランですが、土日も電話に出てください。',
      'ベーシックプランだけど、毎朝来て作業してほしい。',
    ],
  },
  {
    id: 'ja.b.persistence.every_until',
    category: 'persistence',
    calm: [
      '完了するまで毎日メールで進捗を送る設定にしたいのですが、できますか。',
      '検証が終わるまで、開発チームには毎日ログを送っております。',
    ],
    kept: [
      '返金されるまで毎日メールを送り続けます。',
      '回答いただけるまで、毎朝お電話いたします。',
      'ご回答をいただけるまで、同じ内容を1時間ごとに自動送信する設定をいたしました。',
    ],
  },
];

describeGuardTables('Rules of other files narrowed for t46', GUARDS, 'ja');

describeRuleFile('Japanese general mix (t46) rules: the rule file', RULE_FILE, {
  lang: 'ja',
  idPrefix: 'ja.gn.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  offsets: { engine: alone, text: 'ｱﾝﾀの社員番号と  生年月日、言って。' },
});
