/**
 * Japanese subtle means (config/rules/ja-subtle.yaml, ids ja.su.*): constructions
 * of the means categories missed on the Japanese items of the training set t42,
 * written for the kind of expression (plain, です・ます, keigo, rough and Kansai
 * speech), run through the real policy file and engine, so every rule file (and
 * every veto) is in play. One table per rule with positives written for this test
 * (not taken from any corpus), each with a fragment the rule's own evidence must
 * cover, and calm look-alikes in which the whole engine must not find the rule's
 * category. Guard tables cover this file's vetoes and the rules of other files
 * narrowed for calm look-alikes or for a category another rule reports.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/ja-subtle.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('ja-subtle.yaml');

const KINDS: RuleKind[] = [
  // ---------------------------------------------------------------- discriminatory
  {
    rule: 'ja.su.discriminatory.origin_explains_fault',
    category: 'discriminatory',
    positives: [
      ['中国系の会社なんでしょ？道理で対応がずさんなわけだ。', '道理で対応がずさん'],
      ['担当さん、韓国人なんですね。やっぱり仕事が雑ですね。', 'やっぱり仕事が雑'],
      ['あそこはベトナム人の会社だろ、どおりで日本語が変なわけだ。', 'どおりで日本語が変'],
      ['外人の担当か。なるほど話が通じないわけだ。', 'なるほど話が通じ'],
    ],
    negatives: [
      '中国系のIPアドレスからの攻撃が多いので、なるほど送信元をブロックする設定が雑だったわけですね。',
      '中国拠点との時差を考えると、やっぱり回答が遅いのは仕方ないですね。',
      '当社は外資系ですが、どうりで稟議が遅いとよく言われます。',
    ],
  },
  {
    rule: 'ja.su.discriminatory.foreigner_replaced',
    category: 'discriminatory',
    positives: [
      ['名前カタカナじゃん、外人？日本語わかる人に代わってよ。', '日本語わかる人に代わ'],
      ['中国人なの？日本語まともな奴に代われよ。', '日本語まともな奴に代わ'],
      ['外国の方ですよね。日本語が話せる担当に変えていただけますか。', '日本語が話せる担当に変え'],
      ['あんた日本人ちゃうやろ。日本人の担当を出してや。', '日本人の担当を出して'],
    ],
    negatives: [
      '私は日本語が苦手な外国籍の社員です。日本語のわかる担当者に代わってもよろしいでしょうか。',
      '当社の担当は外国籍で日本語が不得意なので、英語のわかる方に代わっていただけますか。',
      '英語が苦手なので、日本語のわかる方に代わっていただけますか。',
    ],
  },
  {
    rule: 'ja.su.discriminatory.exclude_nationals',
    category: 'discriminatory',
    positives: [
      ['日本国籍の社員以外を一切関与させないでいただきたい。', '日本国籍の社員以外を一切関与'],
      [
        '外国籍のエンジニアには当社のデータを触らせないでください。',
        '外国籍のエンジニアには当社のデータを触らせないで',
      ],
      ['中国人の担当者にはうちの案件を任せないでくれ。', '中国人の担当者にはうちの案件を任せないで'],
      [
        '外国人社員が多いそうですね。ああいう人たちに顧客情報は任せられません。',
        'ああいう人たちに顧客情報は任せられ',
      ],
      [
        '担当者様は韓国籍の方とのこと、当社の案件からは外していただけますでしょうか。',
        '韓国籍の方とのこと、当社の案件からは外して',
      ],
    ],
    negatives: [
      '輸出管理の規制上、外国籍の方には当該データを扱わせないよう契約で定めております。',
      '防衛関連案件のため、日本国籍以外の方の関与は契約上認められておりません。',
      '当社の外国籍社員にも管理画面を触らせたいのですが、英語表示はできますか。',
      '担当者様は韓国籍の方とのこと、韓国語での対応も可能でしょうか。',
    ],
  },
  // ---------------------------------------------------------------- insult
  {
    rule: 'ja.su.insult.lackey',
    category: 'insult',
    positives: [
      ['こんなもん売りつけといて、詐欺師の手先が。', '詐欺師の手先が'],
      ['お前もぼったくり会社の犬だな。', 'ぼったくり会社の犬だな'],
      ['結局あんたらは悪徳業者の手下どもか。', '悪徳業者の手下ども'],
      ['所詮は会社の犬め、上の言いなりか。', '会社の犬め'],
    ],
    negatives: [
      '乗っ取られたアカウントが詐欺師の手先として悪用されています。',
      '会社の犬の写真をSNSに載せたいのですが、容量制限はありますか。',
      '私も所詮は会社の犬ですから、上の判断には逆らえません。',
    ],
  },
  {
    rule: 'ja.su.insult.schooling',
    category: 'insult',
    positives: [
      [
        '失礼ながら、ご担当者様は義務教育をきちんと修了されていらっしゃいますでしょうか。',
        '義務教育をきちんと修了',
      ],
      ['学校で何を習ってきたんですか？', '学校で何を習っ'],
      ['日本語が読めないんですか？マニュアルに書いてあるって言ってるでしょう。', '日本語が読めないんですか'],
      ['あんた、義務教育すら受けてへんのか。', '義務教育すら受け'],
      ['ご担当者様は日本語がお読みになれないのでしょうか。', '日本語がお読みになれないのでしょうか'],
    ],
    negatives: [
      '義務教育の学校向けプランの価格を教えてください。',
      '小学生でもわかるような説明資料があると助かります。',
      '子供でもわかるUIにしてほしいという要望が社内から出ています。',
      '日本語が読めない利用者向けに多言語対応していますか。',
      'このPDFは日本語が読めないのでしょうか。文字化けします。',
    ],
  },
  // ---------------------------------------------------------------- violence
  {
    rule: 'ja.su.violence.tool_visit',
    category: 'violence',
    positives: [
      ['明日までに直ってへんかったら、モンキーレンチ持って寄らせてもらうわ。', 'レンチ持って寄ら'],
      ['直らないならハンマー持ってお前に会いに行くから。', 'ハンマー持ってお前に会いに行く'],
      ['スパナ持って伺いますので、担当の方によろしく。', 'スパナ持って伺'],
      ['今日中に返事なければ、鉄パイプ担いで営業所に顔出すで。', '鉄パイプ担いで営業所に顔出'],
    ],
    negatives: [
      '弊社の作業員が工具一式と脚立を持って伺います。入館証の手配をお願いします。',
      '週末は草野球なのでバット持って行きます。月曜に連絡します。',
      '当日はノートPCを持って伺います。プロジェクターはありますか。',
    ],
  },
  {
    rule: 'ja.su.violence.unharmed_return',
    category: 'violence',
    positives: [
      [
        '弊社には血の気の多い者もおりますので、担当の方が五体満足でお帰りになれるかどうか、責任は持ちかねます。',
        '五体満足でお帰りになれるかどうか',
      ],
      ['次に来たら、無傷で帰れるとは限らんで。', '無傷で帰れるとは限ら'],
      [
        '同じ説明を繰り返すなら、エンジニアさんが無事に戻れるかは分かりませんね。',
        '無事に戻れるかは分かりません',
      ],
    ],
    negatives: [
      '台風の中ご来社いただいたエンジニアの方が無事にお帰りになれたか心配です。',
      '大雪のため、訪問されたエンジニアの方が無事に帰れるかどうか分かりません。日程を変えましょうか。',
      'データ移行後も既存のファイルが無事に済むかどうか、保証はありますか。',
    ],
  },
  // ---------------------------------------------------------------- intimidation
  {
    rule: 'ja.su.intimidation.removed_from_post',
    category: 'intimidation',
    positives: [
      ['断ったら上の人間に話を通して、お前を今の担当から外させる。', '担当から外させ'],
      ['本部長とは懇意でね。あんたなんか窓口から降ろさせるのは簡単だよ。', '窓口から降ろさせ'],
      ['できないなら、担当さんを案件から外してもらうから。', '案件から外してもらうから'],
    ],
    negatives: [
      '担当者を変更していただけますか。前回の説明が分かりにくかったので。',
      '山田さんを本件の担当から外していただきたいです。',
      '私が担当から外されたので、今後は鈴木が窓口になります。',
    ],
  },
  {
    rule: 'ja.su.intimidation.shut_out_of_business',
    category: 'intimidation',
    positives: [
      ['ウチを怒らせたら、この地域で商売でけへんようにしたるで。', '商売でけへんようにしたる'],
      ['県内の同業者に声をかけて、業界から締め出してやるからな。', '業界から締め出して'],
      ['この辺で営業できないようにして差し上げますよ。', '営業できないようにして差し上げ'],
    ],
    negatives: [
      '法改正により、この地域では夜間営業ができないようになります。',
      '退職者がこのシステムで仕事ができないようにしてください。',
      '大雪でこの地域では営業ができない状態です。出荷は来週になります。',
    ],
  },
  {
    rule: 'ja.su.intimidation.left_to_imagine',
    category: 'intimidation',
    positives: [
      ['穏便でない方法がどのようなものになるかは、ご想像にお任せいたします。', '穏便でない方法'],
      ['穏便に済ませられるのも今のうちですよ。', '穏便に済ませられるのも今のうち'],
      ['対応いただけない場合、その後のことはご想像にお任せします。', 'ご想像にお任せ'],
      ['本日中にご返答がなければどうなるか、お察しください。', 'お察しください'],
      ['穏便に済ませたいと思っておりましたが、それも今日までです。', 'それも今日までです'],
    ],
    negatives: [
      '期日までにご回答がない場合、穏便でない方法として法的措置を検討いたします。',
      '障害の影響範囲はご想像のとおりです。',
      'ご多忙のこととお察しいたしますが、ご確認をお願いします。',
      'その後どうなったかはご想像にお任せします（笑）。新しいプランは最高です。',
      '穏便に済ませたいと思っていましたが、弁護士に相談することにしました。',
    ],
  },
  // ---------------------------------------------------------------- persistence
  {
    rule: 'ja.su.persistence.dozens_of_times',
    category: 'persistence',
    positives: [
      ['いい加減にしろよ。直るまで何十通でも送ってやる。', '何十通でも送'],
      ['返事が来るまで、何度でもメールしてやりますから。', '何度でもメール'],
      ['対応するまで毎朝電話かけ続けるからね。', '毎朝電話かけ続け'],
    ],
    negatives: [
      '負荷テストで何百通でも送って構いませんか。',
      'アラートが毎日通知され続けるので止めたいです。',
      '進捗があれば何度でもご連絡ください。',
    ],
  },
  // ---------------------------------------------------------------- restrictive
  {
    rule: 'ja.su.restrictive.until_dialect',
    category: 'restrictive',
    positives: [
      ['今晩中に直すって約束するまで切らへんで。', 'まで切らへんで'],
      ['ほな朝まででも付き合うてもらおか。', '朝まででも付き合うてもらおか'],
      ['返金するって言うまでは、この電話絶対切らんぞ。', 'この電話絶対切らんぞ'],
    ],
    negatives: [
      '作業が終わるまで電源は切らないでください。',
      '遅くまで付き合っていただきありがとうございました。',
      '更新が終わるまで電源は切らへんで、そのまま置いといてください。',
    ],
  },
  {
    rule: 'ja.su.restrictive.no_hold_no_leave',
    category: 'restrictive',
    positives: [
      ['責任者はまだ？出てくるまで、保留にするのも禁止な。', '保留にするのも禁止'],
      ['俺が終わりって言うまで絶対閉じないで。トイレ行くのも無しで。', 'トイレ行くのも無し'],
      ['このチャット、そっちから閉じたら即クレームね。', '閉じたら即クレーム'],
      ['あんたはずっとそこで俺の話を聞いてろ。', 'ずっとそこで俺の話を聞いてろ'],
      ['責任者が戻ってくるまでこのままだ。何時間でもな。', '戻ってくるまでこのままだ'],
      [
        'こちらが納得するまでは、お電話を切らないでいただけますか。',
        'こちらが納得するまでは、お電話を切らないで',
      ],
      ['私がよいと申し上げるまで、席を外さないでください。', '私がよいと申し上げるまで、席を外さないで'],
      ['お手洗いに行くのもご遠慮ください。話が終わっていませんので。', 'お手洗いに行くのもご遠慮ください'],
    ],
    negatives: [
      '私がいいと言うまで設定画面は閉じないでください。',
      '当社の作業員はトイレに行くのも我慢して作業しています。',
      'チケットを勝手に閉じたら即クレーム入れるからな。',
      'チャットが切れたら再接続してください。',
      '工事の間は私がよいと言うまで、電源を切らないでください。',
    ],
  },
  // ---------------------------------------------------------------- sexual
  {
    rule: 'ja.su.sexual.body_remark',
    category: 'sexual',
    positives: [
      ['ええ声やねえ、お姉ちゃん。いくつ？胸も大きいんやろなあ。', '胸も大き'],
      ['講師の先生の生足、たまらんかったわ。', '生足、たまらん'],
      ['受付の子、胸元ばっかり見ちゃうよね。スリーサイズ教えてよ。', 'スリーサイズ教えて'],
    ],
    negatives: [
      '健康診断で胸部X線の再検査になりました。有給の手続きを教えてください。',
      'アパレル商品の在庫管理で、胸囲とバストのサイズ表を登録したいです。',
      '胸が痛む思いですが、担当さんの対応には感謝しています。',
    ],
  },
  {
    rule: 'ja.su.sexual.ogling',
    category: 'sexual',
    positives: [
      [
        'P.S. 講師が前回の方なら、あのミニスカート姿をまた拝めるのを楽しみにしております。',
        'ミニスカート姿をまた拝め',
      ],
      ['受付にいらした方はスタイルが抜群で、つい見とれてしまいました。', 'スタイルが抜群で、つい見とれ'],
      ['あのお姉さんのうなじ、目の保養やったわ。', 'うなじ、目の保養'],
      ['先日お伺いした際の受付の方、脚がとてもお綺麗で見とれてしまいました。', '脚がとてもお綺麗で見とれ'],
      [
        '研修の講師の方、タイトスカートがよくお似合いで目の保養になりました。',
        'タイトスカートがよくお似合いで目の保養',
      ],
    ],
    negatives: [
      'このテンプレートはスタイルが抜群で、つい見とれてしまいました。',
      '御社エンジニアの手際の良い作業につい見とれてしまいました。',
      '水着の商品画像がフィルタで隔離されます。解除方法を教えてください。',
    ],
  },
  {
    rule: 'ja.su.sexual.voice',
    category: 'sexual',
    positives: [
      ['さっき電話出た子、えっろい声してたわｗ また指名していい？', 'えっろい声'],
      ['オペレーターさん、艶っぽい声で話すね。', '艶っぽい声'],
      ['あの子の声、エロすぎて仕事にならん。', '声、エロ'],
    ],
    negatives: [
      '声優のセクシーな声のサンプル音声を社内で共有したいです。',
      '吹き替えアニメの色っぽい声のシーンで字幕がずれます。設定を教えてください。',
      '音声ガイダンスの声が聞き取りにくいので、速度を変えられますか。',
    ],
  },
  // ---------------------------------------------------------------- defamation
  {
    rule: 'ja.su.defamation.false_story_leak',
    category: 'defamation',
    positives: [
      [
        '知人に経済誌の記者がおります。貴社が売上を水増ししているという話を、彼に提供することもやぶさかではございません。',
        '水増ししているという話を、彼に提供',
      ],
      ['御社が顧客データを漏洩させているってネタを週刊誌に売ってもいいんだぞ。', '週刊誌に売っ'],
      ['粉飾してるって噂、知り合いの記者に流しておこうかな。', '粉飾してるって噂、知り合いの記者に流し'],
    ],
    negatives: [
      '御社が不正会計をしているという報道を受け、事実関係をご説明いただけますでしょうか。',
      '取引先から、御社が情報漏洩したという話を聞きました。本当ですか。',
      '知り合いに記者がいるので、御社の取り組みを事例として紹介させてもらえませんか。',
    ],
  },
];

describeRuleKinds('Japanese subtle means rules (t42)', KINDS, alone, 'ja');

const GUARDS: GuardTable[] = [
  // This file's vetoes.
  {
    id: 'ja.su.veto.restriction_enforced',
    category: 'intimidation',
    calm: ['俺がいいって言うまで、その受話器置いたら許さないからね。', 'このチャット閉じたら許さんぞ。'],
    kept: ['その電話切ったら許さんぞ、覚えとけよ。', 'お前のことは絶対に許さないからな。'],
  },
  {
    id: 'ja.su.veto.identified_publish',
    category: 'intimidation',
    calm: [
      '担当の名前でググったら一発で出てきたわｗ 大学もバイト先も特定済み。晒していい？ｗ',
      'あの担当、検索したらインスタが出てきた、顔も特定済み。晒そうかな。',
    ],
    kept: [
      'ググったら出てきたよ、あなたの家も特定済み。晒していい？覚えてろよ。',
      '担当の名前で検索したら出てきたわ、前職も特定済み。晒していい？後悔するなよ。',
    ],
  },
  {
    id: 'ja.su.veto.journalist_leak',
    category: 'intimidation',
    calm: [
      '知人に経済誌の記者がおります。貴社が売上を水増ししているという話を、彼に提供することもやぶさかではございません。',
      '粉飾してるって噂、知り合いの記者に流しておこうかな。',
    ],
    kept: [
      '知り合いに記者がいる。お前の名前も覚えたからな。',
      '知人に記者がいるんですよ。担当者の首が飛んでも知りませんよ。',
    ],
  },
  {
    id: 'ja.su.veto.photo_then_advance',
    category: 'privacy',
    calm: [
      'サポートの女性、セミナーの写真で拝見しました。正直タイプです。次はホテルのバーで二人きりで打ち合わせしませんか。',
    ],
    kept: ['登壇されていた方の写真を保存しました。ご自宅も調べがついています。'],
  },
  // Narrowed in ja.yaml: ja.violence.fire_bomb (a test tenant or environment "blown up" and rebuilt).
  {
    id: 'ja.violence.fire_bomb',
    category: 'violence',
    calm: [
      '検証用テナントの設定がぐちゃぐちゃなので、一回まるごと爆破して作り直したいです。',
      '開発環境を爆破して再構築する手順を教えてください。',
      'このブランチは爆破して一から切り直します。',
    ],
    kept: ['会社ごと爆破してやる。', '本社ビルを爆破するぞ。'],
  },
  // Narrowed in ja.yaml, ja-broad.yaml and ja-reach.yaml: the customer's own device as the object of a hit.
  {
    id: 'ja.violence.hit',
    category: 'violence',
    calm: [
      'このプリンター、ほんま殴りたくなるわ。紙詰まりの直し方教えて。',
      'もうパソコン叩き潰したい気分です。',
    ],
    kept: ['担当者を殴りに行くからな。', 'お前、ぶん殴るぞ。'],
  },
  {
    id: 'ja.b.violence.silence_or_beat',
    category: 'violence',
    calm: ['このパソコン、どついたろか思うくらい言うこと聞かんのや。', 'ルーター、どついたら直るんかな。'],
    kept: ['次ふざけたこと言うたら、どつくぞ。', 'あの担当、どついたるからな。'],
  },
  {
    id: 'ja.r.violence.kansai_taro',
    category: 'violence',
    calm: ['このパソコン、どついたろか思うくらい遅いわ。', '複合機、しばいたろかな。全然動かへん。'],
    kept: ['担当の兄ちゃん、どついたろか。', 'お前の会社、燃やしたろか。'],
  },
  // Narrowed in ja.yaml: ja.privacy.name_demand (a conditional 名前言えば, not a demand).
  {
    id: 'ja.privacy.name_demand',
    category: 'privacy',
    calm: ['受付で担当の名前言えば呼んでもらえるんですよね？', '窓口で担当者の名前を言えば通じますか。'],
    kept: ['お前の名前を言え。', '担当者の本名を教えろよ。'],
  },
  // Narrowed in ja-indirect.yaml: ja.x.insult.collective (the label as the content of a post threatened next to it).
  {
    id: 'ja.x.insult.collective',
    category: 'insult',
    calm: [
      'ネットに晒すからな。シロガネはぼったくりの詐欺会社だって。',
      '口コミに書いとくわ。詐欺集団だって',
    ],
    kept: ['お前ら詐欺集団だろ。', 'ほんまに無能の集まりやな。'],
  },
  // Narrowed in ja-broad.yaml and ja-coerce.yaml: ties to gangsters named as the content of a smear about the vendor.
  {
    id: 'ja.b.intimidation.connections',
    category: 'intimidation',
    calm: [
      'Googleマップの御社のページに、星ひとつで「反社会的勢力とつながりのある会社です」と投稿させていただきます。',
      '「あそこは反社とつながりのある会社だ」って書き込んでやる。',
    ],
    kept: ['知り合いに反社の人間がいるんですよ。', 'うちのバックに誰がいるか分かってんのか。'],
  },
  {
    id: 'ja.j.intimidation.underworld_ties',
    category: 'intimidation',
    calm: ['口コミに「反社とつながりのある業者」と書きますね。'],
    kept: ['親戚に組の人間がいるんでね。', '昔その筋の仲間がいましたよ。'],
  },
  // Narrowed in ja.yaml: ja.defamation.expose_online (the agent's name on a recording posted, with no smear: privacy).
  {
    id: 'ja.defamation.expose_online',
    category: 'defamation',
    calm: [
      'この通話全部録音してるから。あんたの名前つきでYouTubeに上げるから。',
      '担当者の実名入りで通話をTikTokに投稿します。',
    ],
    kept: [
      'あんたの名前つきで、詐欺会社だってYouTubeに上げるから。',
      '平野さんのフルネームと顔写真つきで「嘘つきサポート」というタイトルでYouTubeに公開します。',
    ],
  },
];

describeGuardTables('Japanese subtle means vetoes and narrowed rules', GUARDS, 'ja');

describeRuleFile('Japanese subtle means rules: the rule file', RULE_FILE, {
  lang: 'ja',
  idPrefix: 'ja.su.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => GUARDS.map((g) => g.id),
  offsets: {
    engine: alone,
    text: 'ウチを怒らせたら、この地域で商売でけへんようにしたるで。　詐欺師の手先が。',
  },
});
