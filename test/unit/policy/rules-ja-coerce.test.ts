/**
 * Japanese coercion detectors (config/rules/ja-coerce.yaml, ids ja.j.*): non-physical
 * menace and coercion (clout, connections, a predecessor who quit, knowledge kept
 * quiet, "nothing to lose", "our own way") and the privacy, monetary and excessive
 * demands around them, run through the real policy file and engine, so every rule
 * file (and every veto) is in play. One table per rule with positives written for
 * this test (not taken from any corpus), each with a fragment the rule's own
 * evidence must cover, and calm look-alikes in which the whole engine must not find
 * the rule's category. Then calm/kept tables for the rules of other files narrowed
 * for t32's calm items and the writer's own calm probes.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/ja-coerce.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('ja-coerce.yaml');

/** ja.j.intimidation.can_find_you and ja.j.privacy.can_find_you share one construction (YAML anchors). */
const CAN_FIND_YOU: Pick<RuleKind, 'positives' | 'negatives'> = {
  positives: [
    ['担当さん、社員紹介のページに写真が出てましたね。探せますよ。', '探せますよ'],
    ['お前のフルネーム分かったし、すぐ見つけられるからな。', '見つけられるから'],
    ['あなたのSNS、名前で検索したら辿れますね。', '辿れます'],
  ],
  negatives: [
    'ファイルは名前で検索すれば探せますよ、と担当さんに教わりました。',
    '送信元の名前から攻撃者を特定できますか。',
  ],
};

const KINDS: RuleKind[] = [
  // ------------------------------------------------------------- intimidation
  {
    rule: 'ja.j.intimidation.one_word_from_me',
    category: 'intimidation',
    positives: [
      ['業界紙の編集長とは古い付き合いでね。私が一言言えば御社の評判なんてすぐ終わりですよ。', '一言言えば'],
      ['わしが一声かけりゃ、あんたの会社なんか来年には干上がるけぇの。', '一声かけりゃ'],
      ['役員に電話一本入れれば、あなたの処遇はすぐ決まるんですよ。', '電話一本入れれば'],
    ],
    negatives: [
      'メールで一言伝えればすぐ対応してくださるので、本当に助かっています。',
      '電話一本で解約できるのは便利ですね。',
    ],
  },
  {
    rule: 'ja.j.intimidation.friend_of_the_boss',
    category: 'intimidation',
    positives: [
      [
        '御社の社長とは大学の同期でしてね。担当の方の評価くらい、どうとでもなりますよ。',
        '社長とは大学の同期',
      ],
      [
        '人事部長さんとはゴルフ仲間なんだよ。あんたの査定がどうなるか楽しみだね。',
        '人事部長さんとはゴルフ仲間',
      ],
      ['取締役とは旧知の仲です。ご自身のためにも、よくお考えください。', '取締役とは旧知の仲'],
    ],
    negatives: [
      '御社の社長とは長年の友人でして、今後ともよろしくお願いいたします。',
      '部長とは同期なので、会議でお会いできるのを楽しみにしています。',
    ],
  },
  {
    rule: 'ja.j.intimidation.clout',
    category: 'intimidation',
    positives: [
      ['うちの会長、県警に顔が利くんですよ。そちらの会社くらいどうにでもなります。', '顔が利'],
      [
        '地元の議員さんとは長年のお付き合いがありましてね。その意味、わかりますよね。',
        '議員さんとは長年のお付き合い',
      ],
      [
        '私は業界で顔が広いんでね。御社が次の入札に出られなくなっても知りませんよ、言っときますけど。',
        '顔が広',
      ],
    ],
    negatives: [
      '顔が広い営業の方に紹介していただき、導入を決めました。ありがとうございます。',
      '警察に相談した上で、被害届を出す予定です。ログの提出をお願いします。',
    ],
  },
  {
    rule: 'ja.j.intimidation.underworld_ties',
    category: 'intimidation',
    positives: [
      ['うちの兄貴、昔やくざやってたんだよね。今でも仲間と飲んでるよ。', 'やくざ'],
      ['知り合いに反社の人います。それだけ言っときます。', '反社'],
      ['弊社の顧問は、その筋では名の知れた方でして。お会いになりますか。', 'その筋'],
    ],
    negatives: [
      '暴力団排除条項について、契約書の該当箇所を教えてください。',
      '取引先の反社チェックの結果を送付します。',
    ],
  },
  {
    rule: 'ja.j.intimidation.make_you_gone',
    category: 'intimidation',
    positives: [
      ['上に全部報告して、来月にはいなくなってもらいますから。', 'いなくなってもらいます'],
      ['あんたが仕事を失うまで、本社にクレーム入れ続けるからな。', '仕事を失うまで'],
      ['お前の居場所をなくしてやるよ。', '居場所をなくしてやる'],
    ],
    negatives: [
      'うちの社員の仕事を奪うようなツールは導入したくないんです。',
      '不要になったアカウントにはいなくなってもらう運用で、削除手順を教えてください。',
    ],
  },
  {
    rule: 'ja.j.intimidation.predecessor_gone',
    category: 'intimidation',
    positives: [
      [
        '前任の担当さん、私が少しきつく言ったら休職されたそうで。あなたは長く続くといいですね。',
        '前任の担当さん、私が少しきつく言ったら休職',
      ],
      ['前の担当の子、俺が怒鳴ったら次の週に辞めたわ。', '前の担当の子、俺が怒鳴ったら次の週に辞め'],
      [
        '以前の窓口の方、私が強く言ったらすぐ異動になりましたね。今度の方は長く続くといいんですが。',
        '以前の窓口の方、私が強く言ったらすぐ異動',
      ],
    ],
    negatives: [
      '前任の担当さん、退職されたとのこと、寂しいです。後任の方によろしくお伝えください。',
      '前回の担当の方は異動されたと伺いました。引き継ぎをよろしくお願いします。',
    ],
  },
  {
    rule: 'ja.j.intimidation.you_too',
    category: 'intimidation',
    positives: [
      ['前の業者の担当は一か月で辞めたよ。あんたも、そうなりたい？', 'あんたも、そうなりたい'],
      [
        '前の窓口の人、クビになったらしいですよ。担当さんも同じ目に遭いたいですか。',
        '担当さんも同じ目に遭いたい',
      ],
      ['前の会社の担当、辞めちゃったんだよね。そうならないといいね。', 'そうならないといいね'],
    ],
    negatives: [
      '先月の障害で業務が止まりました。そうならないといいですね、と社内で話していたのですが。',
      'あなたもそうなりたいと思える先輩がいる職場ですね。',
    ],
  },
  {
    rule: 'ja.j.intimidation.nothing_to_lose',
    category: 'intimidation',
    positives: [
      ['こっちも失うもんなんかもうないんや。何でもやったるで。', '失うもんなんかもうない'],
      ['私にはもう失うものがありません。覚悟しておいてください。', '失うものがありません'],
      ['失う物は何もないんで、手段は選びませんよ。', '失う物は何もない'],
    ],
    negatives: [
      '失うものは何もないので、新しいプランを試してみます。',
      '失うものはないので、何でも聞いてみようと思いダメ元で問い合わせました。',
    ],
  },
  {
    rule: 'ja.j.intimidation.our_own_way',
    category: 'intimidation',
    positives: [
      ['弁護士なんか通さない。こっちはこっちのやり方でけじめつけさせてもらう。', 'こっちはこっちのやり方で'],
      ['法律とは別のやり方で、落とし前をつけてもらいます。', '法律とは別のやり方'],
      ['後で泣きついても遅いからね、覚悟しときな。', '後で泣きついても遅い'],
    ],
    negatives: [
      'こちらはこちらのやり方で移行を進めますので、手順書だけください。',
      '弁護士に相談しております。今後は代理人を通じてご連絡いたします。',
    ],
  },
  {
    rule: 'ja.j.intimidation.no_protection',
    category: 'intimidation',
    positives: [
      [
        'あんたのこと守ってくれる人なんか、どこにもおらんで。',
        'あんたのこと守ってくれる人なんか、どこにもおらん',
      ],
      ['規約でお前は守れへんぞ。', '規約でお前は守れ'],
      ['今後、安心して出社できるとは思わないでください。', '安心して出社できるとは思わないで'],
    ],
    negatives: [
      'このままでは安心して眠れません。早急に脆弱性を修正してください。',
      '規約でユーザーのデータは守られていますか。',
    ],
  },
  {
    rule: 'ja.j.intimidation.kept_quiet_as_long_as',
    category: 'intimidation',
    positives: [
      [
        '担当の方の過去、私は存じております。余計なことを言うつもりはありません、ご要望さえ聞いていただければ。',
        '余計なことを言うつもりはありません',
      ],
      ['あなたの弱みは握ってますから、言うこと聞いた方がいいですよ。前職のこととか。', '弱みは握'],
      ['このことは黙っておいてあげます。値引きの件、聞いてくださる限りは。', '黙っておいてあげます'],
    ],
    negatives: [
      '余計なことを言うつもりはありませんが、ログだけ確認していただけますか。',
      '黙っておいてあげますね、と同僚が冗談を言っていました。',
    ],
  },
  {
    rule: 'ja.j.intimidation.only_said_i_can',
    category: 'intimidation',
    positives: [
      [
        'インスタにあなたの写真ありましたよ。すぐ探せますね。いえ、別に何もしませんよ。',
        '別に何もしませんよ',
      ],
      [
        '担当さんのお名前、住所まで調べられるんですよ。何もしないって、調べられると言っただけです。',
        '調べられると言っただけ',
      ],
      ['お姉さんの顔、覚えてるよ。べつに何もしないけどさ。', 'べつに何もしないけど'],
    ],
    negatives: [
      '別に何もしませんよ、設定はデフォルトのままです。',
      'ログを調べたところ、こちらでは何もしていませんでした。',
    ],
  },
  {
    rule: 'ja.j.intimidation.can_find_you',
    category: 'intimidation',
    ...CAN_FIND_YOU,
  },
  {
    rule: 'ja.j.intimidation.rumour_near_family',
    category: 'intimidation',
    positives: [
      ['あなたのご家族、ご近所で噂になったら大変でしょうね。', 'ご近所で噂に'],
      ['あんたの親、地元で言いふらされたら恥ずかしいやろな。', '地元で言いふらさ'],
      ['担当さんのお子さん、保育園で広まったら可哀想ですね。', '保育園で広ま'],
    ],
    negatives: [
      '学校で噂になっている詐欺メールを、子供にも注意喚起しています。',
      'ご近所で噂の新しいプランについて教えてください。',
    ],
  },
  {
    rule: 'ja.j.intimidation.shout_outside',
    category: 'intimidation',
    positives: [
      ['会社の前でお前の名前を拡声器で連呼してやるからな。', '会社の前でお前の名前を拡声器で連呼'],
      ['あんたの上司の家の前で騒いでやるわ。', '家の前で騒い'],
      ['本社の前で担当者の名前を書いたビラ配りますよ。', '本社の前で担当者の名前を書いたビラ'],
    ],
    negatives: [
      '会社の前で工事をしていて騒音がひどく、電話が聞き取りにくいです。',
      '駅の前で配られていたビラの詐欺サイトをブロックしたいです。',
    ],
  },
  {
    rule: 'ja.j.intimidation.recognised_everywhere',
    category: 'intimidation',
    positives: [
      ['あんたの顔、回しといたから。どこで会っても、みんな気づくよ。', 'どこで会っても、みんな'],
      ['どこに行っても、うちの連中はあなたを知ってますからね。', 'どこに行っても、うちの連中'],
      ['今後どこにいても、社員全員があなたのことを分かります。', 'どこにいても、社員全員'],
    ],
    negatives: [
      'どこで会っても、みんな笑顔で挨拶してくれる良いチームですね。ありがとうございます。',
      'どこにいても使えるので、みんな喜んでいます。',
    ],
  },
  {
    rule: 'ja.j.intimidation.who_is_watching',
    category: 'intimidation',
    positives: [
      [
        '御社の社員さん、毎朝駅前で見かけますよ。誰が見ているか分かりませんからね。',
        '誰が見ているか分かりません',
      ],
      ['担当さん、お昼はいつも同じ定食屋ですよね。誰が見てるかわからないよ。', '誰が見てるかわからない'],
      [
        'スタッフの方、帰りに社員証を付けたままですよね。誰が見ているか知れませんよ。',
        '誰が見ているか知れません',
      ],
    ],
    negatives: [
      '公共Wi-Fiでは誰が見ているか分かりませんので、VPNの利用を社員に徹底しています。',
      '誰が見ているか分からないので、画面ロックを設定しました。',
    ],
  },
  {
    rule: 'ja.j.intimidation.think_what_it_means',
    category: 'intimidation',
    positives: [
      [
        '私の父は市議会議長です。その意味を、どうぞよくお考えください。',
        'その意味を、どうぞよくお考えください',
      ],
      ['こちらは株主でもあります。この意味、おわかりですよね。', 'この意味、おわかりですよね'],
      ['言ってる意味、分かるよな。', '言ってる意味、分かるよな'],
    ],
    negatives: [
      'このエラーメッセージの意味を教えてください。',
      '設定画面の項目について、その意味をよく考えてから変更します。',
    ],
  },
  {
    rule: 'ja.j.intimidation.tell_your_clients',
    category: 'intimidation',
    positives: [
      [
        '取引先の皆さんに、御社の対応がいかにひどいかお伝えすることになりますね。嫌なら明日までに回答を。',
        '取引先の皆さんに、御社の対応がいかにひどいかお伝えすることになります',
      ],
      ['御社の主要顧客に、この不誠実な対応を話すつもりです。', '主要顧客に、この不誠実な対応を話すつもり'],
      [
        'この件が表に出れば、御社の営業はさぞお困りになるでしょうね。対応いただけない場合の話ですが。',
        'さぞお困りになるでしょう',
      ],
    ],
    negatives: [
      '取引先にも御社の製品の良さをお伝えするつもりです。',
      '他のユーザーもさぞお困りでしょうから、早めに告知をお願いします。',
    ],
  },
  {
    rule: 'ja.j.intimidation.chance_before',
    category: 'intimidation',
    positives: [
      [
        '来週の業界会合で本件を取り上げます。その前に、ご相談の機会を差し上げたいと思います。',
        'その前に、ご相談の機会を差し上げ',
      ],
      [
        '月末に記事を出します。それまでに、お話し合いの時間を設けて差し上げます。',
        'それまでに、お話し合いの時間を設け',
      ],
      ['それまでにご提案の機会を与えます。', 'それまでにご提案の機会を与え'],
    ],
    negatives: [
      'その前に、打ち合わせの日程をご相談させてください。',
      '導入前に、ご相談の時間をいただけますか。',
    ],
  },
  {
    rule: 'ja.j.intimidation.unless_names_aired',
    category: 'intimidation',
    positives: [
      ['今月中にご返金いただけない場合、担当者の実名と通話録音をSNSに公開します。', 'ご返金いただけない場合'],
      [
        '期限までに対応されない場合は、担当者の氏名を業界のメーリングリストに共有いたします。',
        '対応されない場合',
      ],
      ['回答してもらえないなら、あんたの名前と録音をネットに流すから。', '回答してもらえないなら'],
    ],
    negatives: [
      'ご対応いただけない場合は、契約を解除し、他社への乗り換えを検討します。',
      'ご回答いただけない場合は、弊社の担当者名で再度ご連絡いたします。',
    ],
  },
  // ------------------------------------------------------------------ privacy
  {
    rule: 'ja.j.privacy.recording_online',
    category: 'privacy',
    positives: [
      ['あんたの声、録音したからな。ユーチューブに上げたろか、名前付きで。', 'ユーチューブに上げ'],
      ['担当さんとの通話の音声、TikTokに投稿しますね。', 'tiktokに投稿し'],
      ['お前の顔写真、掲示板に晒してやる。', '掲示板に晒し'],
    ],
    negatives: [
      '弊社のウェビナーの録画をYouTubeに公開してもよろしいでしょうか。',
      '社内研修用の動画をYouTubeに上げたいのですが、担当の方の許可は取れていますか。',
    ],
  },
  {
    rule: 'ja.j.privacy.identity_known',
    category: 'privacy',
    positives: [
      ['担当さんの本名、もうバレてますよ。', '担当さんの本名、もうバレて'],
      ['お前の住所、とっくに割れてるからな。', 'お前の住所、とっくに割れて'],
      ['あなたの顔はもう特定済みです。', 'あなたの顔はもう特定済'],
    ],
    negatives: [
      '攻撃者の身元はもう割れていますか。',
      '私の住所が外部に特定されないよう、設定を教えてください。',
    ],
  },
  {
    rule: 'ja.j.privacy.name_at_venue',
    category: 'privacy',
    positives: [
      [
        '佐藤さんのお名前を、来月の業界勉強会で出させていただきます。',
        '佐藤さんのお名前を、来月の業界勉強会で出させ',
      ],
      ['担当者の方の氏名も、株主総会の資料に記載します。', '担当者の方の氏名も、株主総会の資料に記載'],
      ['あんたの名前、SNSで晒すから。', 'あんたの名前、snsで晒'],
    ],
    negatives: [
      '田中さんのお名前を、社内の表彰で推薦として挙げさせていただきました。',
      '担当者の方のお名前を、導入事例の資料に記載してもよろしいでしょうか。ご了承いただければ幸いです。',
    ],
  },
  {
    rule: 'ja.j.privacy.can_find_you',
    category: 'privacy',
    ...CAN_FIND_YOU,
  },
  {
    rule: 'ja.j.privacy.family_question',
    category: 'privacy',
    positives: [
      ['お姉さん、彼氏いるの？', 'お姉さん、彼氏いる'],
      ['あんたって子供おるん？', 'あんたって子供おる'],
      ['担当さんは結婚してるの？', '担当さんは結婚して'],
    ],
    negatives: ['あなたは家族向けプランの対象ですか、と聞かれました。', 'ご家族で使えるプランはありますか。'],
  },
  {
    rule: 'ja.j.privacy.boss_home',
    category: 'privacy',
    positives: [
      ['部長の自宅住所を教えろ。', '部長の自宅住所'],
      ['責任者の家の場所、送ってくれ。', '責任者の家の場所'],
      ['お前の上司の名前言え。', '上司の名前言え'],
    ],
    negatives: [
      '弊社の上司の自宅住所を変更したので、請求先の登録を更新してください。',
      '上司の名前を入力する欄がどこにあるか教えてください。',
    ],
  },
  {
    rule: 'ja.j.privacy.staff_watched',
    category: 'privacy',
    positives: [
      [
        '御社の社員の方々、昼休みによく駅前のカフェにいらっしゃいますよね。',
        '社員の方々、昼休みによく駅前のカフェにいらっしゃいますよね',
      ],
      [
        'スタッフさんたち、帰りはいつも同じバス停にいますよね。',
        'スタッフさんたち、帰りはいつも同じバス停にいますよね',
      ],
      [
        '社員さんたち、お昼はだいたい裏の定食屋にいますよね。',
        '社員さんたち、お昼はだいたい裏の定食屋にいますよね',
      ],
    ],
    negatives: [
      '社員の方々、昼休みにもご対応いただきありがとうございます。',
      '当社の社員は毎朝このコンビニに寄っていますよね、と警備の方に言われました。',
    ],
  },
  {
    rule: 'ja.j.privacy.where_you_live',
    category: 'privacy',
    positives: [
      ['兄ちゃん、どこ住んどるんや。', 'どこ住んど'],
      ['あんた、どこ住んでんの。', 'どこ住んでん'],
      ['お姉さんの声かわいいね。一人暮らし？', '一人暮らし？'],
    ],
    negatives: ['どこに住んでいても使えるサービスですか？', '一人暮らしの母のパソコンにも入れられますか。'],
  },
  {
    rule: 'ja.j.privacy.routine_tracked',
    category: 'privacy',
    positives: [
      ['山田さん、毎朝8時に東西線に乗られてますね。', '山田さん、毎朝8時に東西線に乗られ'],
      ['佐藤くん、昨日は駅前のスーパーに寄ってたね。', '佐藤くん、昨日は駅前のスーパーに寄って'],
      ['担当さんは毎週金曜にジムに通われてるんですね。', '担当さんは毎週金曜にジムに通われ'],
    ],
    negatives: [
      '私は毎朝中央線で通勤しているのですが、車内からVPNに繋がりません。',
      '田中さん、毎朝のバックアップが昨日は走っていませんでした。',
    ],
  },
  {
    rule: 'ja.j.privacy.home_life_known',
    category: 'privacy',
    positives: [
      ['僕、担当の中村さんと同じマンションなんですよ。', '中村さんと同じマンション'],
      ['ご実家のご両親、お元気ですか。', 'ご実家のご両親'],
      ['あなたのお子さん、たしか中学生でしたね。', 'あなたのお子さん、たしか中学生'],
    ],
    negatives: ['私の実家の両親にもこの製品を勧めました。', '駐車場の予約方法を教えてください。'],
  },
  // ------------------------------------------------------------------ monetary
  {
    rule: 'ja.j.monetary.waive_fees',
    category: 'monetary',
    positives: [
      ['違約金は免除、来年度のライセンスは半額ということでお願いします。', '違約金は免除'],
      ['違約金なんか一円も払わないからね。', '違約金なんか一円も'],
      ['来月の利用料は無料ということでよろしいですね。', '来月の利用料は無料'],
    ],
    negatives: [
      '契約を解除させていただきます。違約金については規約どおりお支払いします。',
      'キャンペーンで初月の利用料は無料と伺いましたが、合っていますか？',
    ],
  },
  {
    rule: 'ja.j.monetary.full_return',
    category: 'monetary',
    positives: [
      ['今年度の利用料の全額返還を求めます。', '利用料の全額返還'],
      ['払った料金を全額払い戻せ。', '料金を全額払い戻せ'],
      ['ライセンス料の返還を要求いたします。', 'ライセンス料の返還'],
    ],
    negatives: [
      '二重に請求された料金の払い戻し手続きを教えてください。',
      '規約に基づく利用料の返還について、必要書類は何ですか？',
    ],
  },
  {
    rule: 'ja.j.monetary.losses_paid',
    category: 'monetary',
    positives: [
      ['損害額は200万円です。これを払わないのであれば、こちらにも考えがあります。', '払わないのであれば'],
      [
        '実損が50万ほど出てるから、それを何とかしてほしいんだよね。',
        '実損が50万ほど出てるから、それを何とか',
      ],
      ['売上の損失を補償いただけない場合、取引を見直します。', '補償いただけない場合'],
    ],
    negatives: [
      '損害保険の請求に使うので、障害の報告書をいただけますか。',
      '実損が80万円ほど出ておりますが、SLAの範囲で結構です。',
    ],
  },
  {
    rule: 'ja.j.monetary.despite_terms',
    category: 'monetary',
    positives: [
      ['規約で返金できないのは承知していますが、残り半年分を返してください。', '返金できないのは承知'],
      ['返金不可とのことは存じておりますが、何とかご配慮いただけませんか。', '返金不可とのことは存じて'],
      ['返金不可なのは知ってるけど、なんとか返してよ。', '返金不可なのは知って'],
    ],
    negatives: [
      '返金不可であることは理解しました。解約手続きだけ進めてください。',
      '返金できないとは知りませんでした。規約のページを教えてください。',
    ],
  },
  {
    rule: 'ja.j.monetary.positive_proposal',
    category: 'monetary',
    positives: [
      ['担当者の名前はスライドに載せます。その前に、前向きなご提案をお待ちしております。', '前向きなご提案'],
      ['公表する前に、色よいお返事を期待しています。担当者の氏名も出しますので。', '色よいお返事'],
      ['事と次第によっては穏便に済まないかもしれません。誠意ある回答をお待ちします。', '誠意ある回答'],
    ],
    negatives: [
      '新機能について前向きなご提案をいただき、ありがとうございました。',
      '改善について前向きなご回答をお待ちしております。',
    ],
  },
  // ------------------------------------------------------------------ excessive
  {
    rule: 'ja.j.excessive.free_of_charge',
    category: 'excessive',
    positives: [
      ['追加料金なしで、来週までに全拠点の設定作業をやってもらえますか。', '追加料金なしで'],
      ['年末の休日に待機してほしいんだけど、お金は出せないんだよね。', 'お金は出せない'],
      ['費用はかけずに、エンジニアを週末に派遣してください。', '費用はかけずに'],
    ],
    negatives: [
      '追加費用なしで使える機能はありますか。',
      '今回の作業は契約内なので、追加料金なしで対応いただけると伺いました。',
    ],
  },
  {
    rule: 'ja.j.excessive.lend_engineer',
    category: 'excessive',
    positives: [
      ['社内イベントの日、技術者の方を一人お借りできませんか。', '技術者の方を一人お借り'],
      ['エンジニアの派遣がない場合、こちらにも考えがあります。', 'エンジニアの派遣がない場合'],
      ['スタッフを一日貸してくれよ。', 'スタッフを一日貸して'],
    ],
    negatives: [
      '技術者の方をお借りする場合の費用について、お見積もりをお願いします。',
      'オンサイト支援を有償でお願いしたいので、お見積もりをください。',
    ],
  },
  {
    rule: 'ja.j.excessive.right_now',
    category: 'excessive',
    positives: [
      ['今すぐやれよ、今ここで。', '今すぐやれよ、今ここで'],
      ['電話切らずに直せ。', '電話切らずに直せ'],
      ['ログ全部出せ、今日中に。', '全部出せ、今日中'],
    ],
    negatives: [
      'お電話を切らずにお待ちいただけますか、と言われたので待っています。',
      'ログは今日中に送ります。',
    ],
  },
  {
    rule: 'ja.j.excessive.come_over',
    category: 'excessive',
    positives: [
      ['だから来いって言ってんの。来ないなら俺がそっちに行くよ。', '来いって言って'],
      ['はよ来てくれんと、こっちから乗り込むけぇ。', '来てくれんと'],
      ['エンジニアが来ないんなら、こちらから伺います。', '来ないんなら'],
    ],
    negatives: ['返事が来ないなら、こちらから伺いますね。', '荷物が来なかったら、私が取りに行きます。'],
  },
  {
    rule: 'ja.j.excessive.free_on_site',
    category: 'excessive',
    positives: [
      ['無償でのオンサイト対応を確約してください。', '無償でのオンサイト'],
      ['無料で現地に来て設定してよ。', '無料で現地'],
      ['サービスで訪問していただけますよね。', 'サービスで訪問'],
    ],
    negatives: [
      '無償のオンサイト支援はプランに含まれていると聞きましたが、本当ですか？',
      'オンサイト支援の料金を教えてください。',
    ],
  },
];

describeRuleKinds('Japanese coercion rules (t32)', KINDS, alone, 'ja');

const GUARDS: GuardTable[] = [
  // Narrowed in ja-broad.yaml: ja.b.veto.neutral_consequence (転職 is neutral, not the agent's next employer).
  {
    id: 'ja.b.veto.neutral_consequence',
    category: 'intimidation',
    calm: [
      '人手不足で転職が相次いでおり、社内の対応が遅れています。',
      '転職した前任者から引き継いだ設定について質問です。',
    ],
    kept: [
      'この業界は長いので、御社の社員の転職先になりそうな会社にも、大体どこにでも顔が利きます。',
      'あなたの転職先にも私の知り合いがいますから、どうなるか分かりますよね。',
    ],
  },
  // Narrowed in ja.yaml: ja.intimidation.not_get_away (潰す inside 握りつぶす).
  {
    id: 'ja.intimidation.not_get_away',
    category: 'intimidation',
    calm: [
      '責任者に直接手紙を出します。会社宛てじゃ握りつぶすだろうから。',
      '御社宛てに送っても握りつぶされるだけなので、担当部署を教えてください。',
    ],
    kept: ['お前の会社、潰してやるからな。', 'あんたの会社なんか潰れても知らん。覚悟しろ。'],
  },
  // Narrowed in ja.yaml and ja-threat.yaml: 首が飛ぶ思い (the customer's own fright, an idiom).
  {
    id: 'ja.intimidation.fire_you',
    category: 'intimidation',
    calm: [
      '先週の障害、上長に報告したら首が飛ぶ思いでしたｗ 報告書のおかげで乗り切れました。',
      '課長に詰められて首が飛ぶかと思いました。助かりました、ありがとうございます。',
    ],
    kept: ['このままだと担当さんの首が飛ぶぞ。', 'お前の首が飛んでも知らんからな。'],
  },
  {
    id: 'ja.h.intimidation.head_on_the_line',
    category: 'intimidation',
    calm: ['部長に報告したときは首が飛ぶような思いでした。', '監査の前は首が飛ぶかと思うほど緊張しました。'],
    kept: ['この件、あなたのクビ一つで済めばいいですけどね。', '担当さんの首が飛ぶことになりますね。'],
  },
  // Narrowed in ja.yaml: ja.privacy.where_live (どこに住んでいても: a question about the service).
  // Narrowed in ja-broad.yaml: ja.b.privacy.personal_ask (the same calm question).
  {
    id: 'ja.b.privacy.personal_ask',
    category: 'privacy',
    calm: [
      'どこに住んでいても利用できるプランはありますか。',
      'ユーザーがどこに住んでいようと同じ設定で使えますか？',
    ],
    kept: ['兄ちゃん、どこに住んでるんや。', 'お姉さん、下の名前は？'],
  },
  {
    id: 'ja.privacy.where_live',
    category: 'privacy',
    calm: [
      'どこに住んでいても同じ料金で使えますか？',
      '社員がどこに住んでても、在宅からVPNに接続できますか。',
    ],
    kept: ['あんたどこに住んでるの？教えてよ。', 'お姉さん、家どこ？教えて。'],
  },
];

describeGuardTables('Japanese coercion (t32): narrowed rules of other files', GUARDS, 'ja');

describeRuleFile('Japanese coercion (t32) rules: the rule file', RULE_FILE, {
  lang: 'ja',
  idPrefix: 'ja.j.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => GUARDS.map((g) => g.id),
  offsets: { engine: alone, text: 'わしが　一声かけりゃ、あんたの会社なんか　干上がるけぇの。' },
});
