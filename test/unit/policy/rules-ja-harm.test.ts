/**
 * Japanese intimidation, violence and excessive demands (config/rules/ja-harm.yaml, ids
 * ja.hm.*), run through the real policy file and engine, so every rule file (and every veto) is
 * in play. One table per rule with positives written for this test (not taken from any corpus),
 * each with a fragment the rule's own evidence must cover, and calm look-alikes (legal review,
 * cancellation notices, a boss's anger passed on, third-party threats reported, 反社チェック,
 * technical words, warm closings, plans and quotes) in which the whole engine must not find the
 * category. Then the calm/kept tables of this file's vetoes and of the rules of other files
 * narrowed for the calm sentences the rule writer found flagged.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/ja-harm.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('ja-harm.yaml');

const KINDS: RuleKind[] = [
  // ------------------------------------------------------------ intimidation
  {
    rule: 'ja.hm.intimidation.settle_up',
    category: 'intimidation',
    positives: [
      ['で、この始末、どないしてつけてくれるんや。', '始末、どないしてつけてくれる'],
      ['落とし前はどうつけてもらえるんじゃ、おう。', '落とし前はどうつけてもらえる'],
      [
        'この件、どのような形でケジメをつけていただけるのか、楽しみにしておりますよ。',
        'どのような形でケジメをつけていただける',
      ],
    ],
    negatives: [
      '今回の障害について、社内でどうケジメをつけるか検討しているところです。',
      '再発防止の始末をどうつけていただけるのか、書面でお示しください。',
    ],
  },
  {
    rule: 'ja.hm.intimidation.who_we_are',
    category: 'intimidation',
    positives: [
      ['兄ちゃん、わしらがどういうもんか分かっとって言うとんのか。', 'わしらがどういうもんか分かっとって'],
      ['こっちがどんなとこか知ってて、その返事なんやな。', 'こっちがどんなとこか知って'],
      ['あんた、分かって物言うとるんやろな。', '分かって物言う'],
    ],
    negatives: [
      '当社がどういう会社かご存じのとおり、医療機関ですので停止は困ります。',
      'うちがどういう所か知っていただくために、会社案内をお送りします。',
    ],
  },
  {
    rule: 'ja.hm.intimidation.wont_let_it_go',
    category: 'intimidation',
    positives: [
      ['この対応、ただじゃ済まさへんからな。', 'ただじゃ済まさへん'],
      ['こんなことして、このままじゃ済まさねえぞ。', 'このままじゃ済まさねえぞ'],
      ['あんた、ええ加減にせんと痛い目見るで。', '痛い目見るで'],
    ],
    negatives: [
      'このサイズの移行だと、ただでは済まないと思うので、見積もりをください。',
      'パスワードを使い回すと痛い目を見ることになりますよ、と社員には伝えています。',
    ],
  },
  {
    rule: 'ja.hm.intimidation.not_over',
    category: 'intimidation',
    positives: [
      ['その程度で片付くと思うなよ、担当さん。', 'その程度で片付くと思うな'],
      ['これで終わったと思ったら大間違いですからね。', 'これで終わったと思ったら大間違い'],
      ['そんな話で済むと思わないでくださいね。', 'そんな話で済むと思わないでください'],
    ],
    negatives: [
      'これで障害が終わったと思ったら大間違いで、今朝も再発しています。',
      'この件がこのまま済むとは思っていません。弁護士と相談のうえ、書面でご連絡します。',
    ],
  },
  {
    rule: 'ja.hm.intimidation.any_means',
    category: 'intimidation',
    positives: [
      ['こちらとしては、もう手段は選びませんので。', '手段は選びません'],
      ['どんな手を使ってでも、あんたの会社を追い込んでやる。', 'どんな手を使ってでも、あんたの会社を追い込'],
      ['当方、手段を選ぶつもりはございません。', '手段を選ぶつもりはございません'],
    ],
    negatives: [
      'あらゆる手段を使って原因を突き止めていただけると助かります。',
      '手段は問いませんので、とにかく今日中に復旧させてください。',
    ],
  },
  {
    rule: 'ja.hm.intimidation.same_fate',
    category: 'intimidation',
    positives: [
      ['俺が左遷されたら、担当さんにも同じ目に遭ってもらうから。', '担当さんにも同じ目に遭ってもら'],
      ['あんたにも同じ思いを味わわせたるわ。', 'あんたにも同じ思いを味わわせ'],
      ['御社にも、必ず同じ苦しみを味わっていただきます。', '御社にも、必ず同じ苦しみを味わっていただ'],
    ],
    negatives: [
      '御社にも同じ思いをさせたくないので、早めにお知らせしました。',
      '他社さんが同じ目に遭わないよう、再発防止をお願いします。',
    ],
  },
  {
    rule: 'ja.hm.intimidation.cant_vouch',
    category: 'intimidation',
    positives: [
      ['今週中に返事がなければ、私も何をするか分かりません。', '私も何をするか分かりません'],
      ['正直、自分でも何をしでかすか分からないですよ。', '自分でも何をしでかすか分からない'],
      ['また同じ回答なら、俺、何やらかすか自分でも分からんぞ。', '俺、何やらかすか自分でも分からん'],
    ],
    negatives: [
      '初めてなので、私も何をすればいいか分からない状態です。手順を教えてください。',
      'このマクロは何をするか分からないので、実行前に中身を確認したいです。',
    ],
  },
  {
    rule: 'ja.hm.intimidation.yakuza_talk',
    category: 'intimidation',
    positives: [
      ['おう、わしを誰やと思うとるんや。', 'わしを誰やと思うとる'],
      ['ええ度胸しとるのう、姉ちゃん。', 'ええ度胸しとるのう'],
      ['こっちはカタギ相手でも容赦せんで。筋通さんかい。', '筋通さんかい'],
    ],
    negatives: [
      '当社はヤクザ映画の製作会社です。「筋を通せや」「ええ度胸しとる」などの台詞がフィルタで止まります。',
      '昔かたぎの職人が多い会社なので、マニュアルは紙でもらえると助かります。',
    ],
  },
  {
    rule: 'ja.hm.intimidation.home_known',
    category: 'intimidation',
    positives: [
      ['担当さんのご自宅、〇〇線の駅の近くでしたよね。', 'ご自宅、〇〇線の駅の近くでしたよね'],
      ['お前んちの最寄り、〇〇駅だろ。', 'お前んちの最寄り、〇〇駅だろ'],
      ['そういえば山本さんのお宅、〇〇町のあたりですよね。', 'お宅、〇〇町のあたりですよね'],
    ],
    negatives: [
      '担当さんのご自宅は〇〇市でしたよね、台風大丈夫でしたか。',
      '書類は担当さんのご自宅ではなく、会社宛てに郵送します。',
    ],
  },
  {
    rule: 'ja.hm.intimidation.remember_you',
    category: 'intimidation',
    positives: [
      ['分かりました。ただ、あんたのことは覚えとくからな。', 'あんたのことは覚えとくから'],
      ['担当さんのこと、一生忘れませんから。', '担当さんのこと、一生忘れませんから'],
      ['まあいいです。この先長いですからね、お互い。', 'この先長いですからね、お互い'],
    ],
    negatives: [
      'あなたのことはよく覚えています。前回とても親切にしていただいたので。',
      'この先長いですからね、お互い無理せずいきましょう。',
    ],
  },
  {
    rule: 'ja.hm.intimidation.name_confirmed',
    category: 'intimidation',
    positives: [
      [
        'この件、絶対忘れないので。中村さん、でしたよね。しっかり覚えました。',
        '中村さん、でしたよね。しっかり覚えました',
      ],
      ['小林様、でしたね。確かに控えました。今回の件は忘れません。', '小林様、でしたね。確かに控えました'],
      [
        '今後の長いお取引のために、担当者様のお名前、しっかり記憶いたしました。',
        'お名前、しっかり記憶いたしました',
      ],
    ],
    negatives: [
      '鈴木さん、でしたね。覚えました。次回もよろしくお願いします。',
      '担当の山田様のお名前、しっかり頭に入れました。次回もご指名させてください。',
    ],
  },
  {
    rule: 'ja.hm.intimidation.words_come_back',
    category: 'intimidation',
    positives: [
      ['今の一言、あとで効いてくるからね、担当さん。', 'あとで効いてくるから'],
      ['あなた、口のきき方には気をつけた方がいいですよ。', '口のきき方には気をつけた方がいい'],
      ['今日の回答、全部録音してます。後から跳ね返ってきますよ。', '後から跳ね返ってきますよ'],
    ],
    negatives: [
      '言葉には気をつけた方がいいですよ、メールは残りますから、と部下には伝えています。',
      '今回の回答は後で効いてきますね、社内説明がとても楽になりました。',
    ],
  },
  {
    rule: 'ja.hm.intimidation.home_area_known',
    category: 'intimidation',
    positives: [
      ['田中様は、たしか〇〇区にお住まいでしたよね。早めのご回答を期待しております。', 'お住まいでしたよね'],
      [
        '担当さん、〇〇市に住んでらっしゃるんですよね。誠意ある対応、待ってますね。',
        '住んでらっしゃるんですよね',
      ],
      [
        '御社の高橋様、〇〇にお住まいなんですってね。返金の件、よろしくお願いします。',
        'お住まいなんですってね',
      ],
    ],
    negatives: [
      '担当さん、札幌にお住まいなんですよね。雪は大丈夫でしたか？ご回答はいつでも結構です。',
      '佐藤さんは横浜にお住まいでしたね、私も横浜なんです。今後ともよろしくお願いします。',
    ],
  },
  {
    rule: 'ja.hm.intimidation.looked_you_up',
    category: 'intimidation',
    positives: [
      ['担当の伊藤さん、出身校もちょっと調べました。念のため。', '出身校もちょっと調べました'],
      ['おたくの木下さん、本名も特定してあるよ。知ってるよってだけ。', '本名も特定してある'],
      [
        'あなたの下の名前、調べたよ。別にどうこうするって言ってないけどね。いい返事待ってる。',
        'どうこうするって言ってない',
      ],
    ],
    negatives: [
      'フルネームで検索したら、担当さんの技術ブログの記事が出てきました。とても参考になりました。',
      '担当の方のこと、LinkedInで少し調べさせていただきました。ご経歴が素晴らしいですね。',
    ],
  },
  {
    rule: 'ja.hm.intimidation.your_own_doing',
    category: 'intimidation',
    positives: [
      ['今後何が起きても、あなたの対応のせいだと思ってください。', 'あなたの対応のせいだと思って'],
      ['この先何があっても、自業自得ですからね、担当さん。', '何があっても、自業自得'],
      ['何か起きても、ご自身の判断が招いたとお考えくださいね。', 'ご自身の判断が招いたとお考え'],
    ],
    negatives: [
      '何があっても自己責任なのは承知しています。バックアップは取っています。',
      '何が起きても、私の判断の責任だと思っています。御社は悪くありません。',
    ],
  },
  {
    rule: 'ja.hm.intimidation.all_noted',
    category: 'intimidation',
    positives: [
      [
        '担当さんの氏名、部署、今日の発言、全部控えてあります。',
        '氏名、部署、今日の発言、全部控えてあります',
      ],
      ['あなたの名前と所属、一つ残らずメモしました。', '名前と所属、一つ残らずメモしました'],
      ['お前のフルネームも部署も、すべて記録してるからな。', 'フルネームも部署も、すべて記録して'],
    ],
    negatives: [
      '参加者の氏名と所属を全部控えました。議事録と一緒にお送りします。',
      '担当さんのお名前と部署、全部控えました。お礼状をお送りしたいので。',
    ],
  },
  {
    rule: 'ja.hm.intimidation.personal_liability',
    category: 'intimidation',
    positives: [
      ['私の一声で取引停止ですよ。その損失、あなたが払えるんですか。', '損失、あなたが払えるんですか'],
      ['親会社が全社で解約しますよ。その責任、担当さんが取れるんですか？', '責任、担当さんが取れるんですか'],
      ['うちが一言言えば契約は打ち切り。責任取るのはあなた個人ですよ。あなた個人がね。', 'あなた個人がね。'],
    ],
    negatives: [
      'もし全社で解約になったら、その責任は私が取ります。だからこそ慎重に比較しています。',
      '解約を検討していますが、担当さん個人を責めるつもりはありません。',
    ],
  },
  {
    rule: 'ja.hm.intimidation.false_report',
    category: 'intimidation',
    positives: [
      ['嘘でも何でも、あなたの名前で警察に通報しますよ。', '嘘でも何でも、あなたの名前で警察に通報'],
      [
        '担当者から脅されたって本社に言っちゃおうかな。本当かどうかなんて関係ないし。',
        '担当者から脅されたって本社に言',
      ],
      [
        'あなたにセクハラされたと会社に報告します。事実じゃなくても、信じる人はいますから。',
        'あなたにセクハラされたと会社に報告',
      ],
    ],
    negatives: [
      '虚偽の通報があった場合の対応フローを教えてください。',
      '「嘘でもいいから通報してやる」と元社員が言っていたと報告がありました。ログの保全をお願いします。',
    ],
  },
  // ------------------------------------------------------------ violence
  {
    rule: 'ja.hm.violence.young_men',
    category: 'violence',
    positives: [
      ['うちの若い衆が、もう収まりがつかんと言うとります。', '若い衆が、もう収まり'],
      ['若いもんがいきり立っとるけど、知らんで。', '若いもんがいきり立'],
      [
        '当方の若い者たちが、いささか腹を立てておりまして、黙っていられないと申しております。',
        '黙っていられない',
      ],
    ],
    negatives: [
      'うちの若い者が黙っていられない性分で、何度もご連絡してしまいすみません。',
      '取引先から「若い者が黙っていない」と言われたと、営業から報告がありました。',
    ],
  },
  {
    rule: 'ja.hm.violence.rough_handling',
    category: 'violence',
    positives: [
      ['姉ちゃん、こっちも手荒なことはしとうないんよ。分かるやろ？', '手荒なことはしとうない'],
      ['そっちに行ったら、ちょっと荒っぽくなるかもな。', '荒っぽくなるかも'],
      ['あんたの出方次第で、手荒な真似になるかもしれんで。', '手荒な真似になる'],
    ],
    negatives: [
      '手荒な扱いをするとトークンが壊れるので注意してください、と社内に周知しました。',
      '荒っぽい話し合いになるかもしれませんが、来週の定例で率直に意見交換しましょう。',
    ],
  },
  {
    rule: 'ja.hm.violence.face_changed',
    category: 'violence',
    positives: [
      ['今度会うたら、お前の顔の形、変わっとるかもな。', '顔の形、変わっとるかも'],
      ['担当の顔、動画で見たからな。どこで会ってもすぐ分かる。', 'どこで会ってもすぐ分かる'],
      ['次会ったら、あんたの顔を変形させたるわ。', '顔を変形させたる'],
    ],
    negatives: [
      '顔認証で、マスクをすると顔の形が変わると判定されるのですが、対処法はありますか。',
      '次に会ったときは顔の形が変わってるかもしれませんよ、最近ジムで絞ってるので笑',
    ],
  },
  {
    rule: 'ja.hm.violence.no_regret',
    category: 'violence',
    positives: [
      ['あのオペレーター、殴っても後悔せんわ。', '殴っても後悔せん'],
      ['あいつ、刺してやりたいくらい腹立つ。', '刺してやりたいくらい'],
      ['担当の女、ほんと殴りたいくらいムカつく。', '殴りたいくらい'],
    ],
    negatives: [
      'ゲームのシナリオで「あいつを刺しても後悔しない」という台詞があり、フィルタに引っかかります。',
      'ゾンビプロセスは殺しても構わないですか。担当の方に確認したいです。',
    ],
  },
  {
    rule: 'ja.hm.violence.kill_plain',
    category: 'violence',
    positives: [
      ['もう一回あのテンプレ来たら、マジで殺す', 'マジで殺す'],
      ['担当、ほんとにこ・ろ・す', 'こ・ろ・す'],
      ['本気でころします。', '本気でころします'],
    ],
    negatives: [
      'ほんとに殺すかと思うくらい忙しかったです笑',
      'ゾンビプロセスをマジで殺すコマンドってありますか。',
    ],
  },
  {
    rule: 'ja.hm.violence.ambulance',
    category: 'violence',
    positives: [
      ['今度会うたら、救急車呼ぶ準備しとけよ。', '救急車呼ぶ準備しとけ'],
      ['お前、次来たら病院送りの覚悟しとけ。', '病院送りの覚悟'],
      ['あんたの会社に行ったら、ただでは帰さへんで。', 'ただでは帰さへん'],
    ],
    negatives: [
      '救急車を呼ぶ騒ぎがあり、昨日は対応できませんでした。すみません。',
      '社員が熱中症で病院に運ばれたので、今日の打ち合わせは延期させてください。',
    ],
  },
  {
    rule: 'ja.hm.violence.dark_way_home',
    category: 'violence',
    positives: [
      ['御社の帰り道、人気のないところ多いですよね。担当さん、気をつけて。', '人気のないところ多い'],
      ['いやいや、お前に気をつけてねって話よ。', '気をつけてねって話'],
      ['担当さん、帰り、気ぃつけや。暗いさかいな。', '帰り、気ぃつけや'],
    ],
    negatives: [
      '御社の周り、夜は暗い道が多いですね。担当さんもお気をつけて、雪も降っていますし。',
      '弊社の帰り道は暗いところが多いので、社員の安全のため防犯カメラを検討しています。',
    ],
  },
  {
    rule: 'ja.hm.violence.weapon_at_hand',
    category: 'violence',
    positives: [
      ['放置されたら何するか分からんよ。金属バットなら車に積んであるし。', '金属バットなら車に積んであ'],
      ['担当に言っとけ。ナイフくらいいくらでもあるからな。', 'ナイフくらいいくらでもある'],
      ['御社が燃えたら面白いのに。ガソリンならうちにあるけど。', 'ガソリンならうちにあるけど'],
    ],
    negatives: [
      '包丁のECサイトを運営しています。包丁なら在庫がいくらでもあるので、商品メールを止めないでください。',
      '冬場は灯油ならいくらでもあるので、停電時もストーブで乗り切れます。',
    ],
  },
  {
    rule: 'ja.hm.violence.arson_wish',
    category: 'violence',
    positives: [
      ['おたくの事務所、火事にでもなればいいのに。', '事務所、火事にでもなればいいのに'],
      ['灯油でも持って、そっちに乗り込もうかな。', '灯油でも持って、そっちに乗り込'],
      ['ガソリンかぶって御社の前に立ったろか。', 'ガソリンかぶって'],
    ],
    negatives: [
      '灯油の配達業者です。灯油を持って伺う日程のメールが迷惑メールになります。',
      '御社のビル、燃えにくい構造なんですね。防災訓練の資料を拝見しました。',
    ],
  },
  {
    rule: 'ja.hm.violence.scouted',
    category: 'violence',
    positives: [
      ['御社の通用口、防犯カメラが一台しかないんですね。この前見てきましたよ。', '防犯カメラが一台しかない'],
      ['そっちの駐輪場、カメラの死角があるよね。下見したから知ってる。', 'カメラの死角'],
      ['御社で最後まで残ってる女性の方は、夜ひとりになりますよね。', 'ひとりになり'],
    ],
    negatives: [
      '弊社の駐車場、防犯カメラが一台しかないので、増設を検討しています。',
      '御社の通用口のカメラが映らないとの件、警備会社に確認しました。',
    ],
  },
  {
    rule: 'ja.hm.violence.near_at_leaving_time',
    category: 'violence',
    positives: [
      ['御社のビル、駅から近いんですね。担当の方、何時ごろ退社されます？', '何時ごろ退社'],
      ['明日そっちの方に用事があるんだけど、あんた何時に仕事終わるの？', '何時に仕事終わる'],
      ['近くに寄る用があってね。佐藤さんは何時頃お帰りになるのかな。', '何時頃お帰り'],
    ],
    negatives: [
      '何時ごろ退社されますか？ちょうど近くに用があるので、書類をお届けしたいのですが。',
      '担当さん、何時ごろまでお電話つながりますか？駅から近いオフィスに移転したそうですね。',
    ],
  },
  {
    rule: 'ja.hm.violence.comes_out_known',
    category: 'violence',
    positives: [
      ['お前が何時に会社を出てくるか、もう分かってるからな。', '何時に会社を出てくるか、もう分かって'],
      ['担当さんが何時頃に出てくるのかも、だいたい把握してますよ。', '何時頃に出てくるのかも、だいたい把握'],
      ['あんたが何時にビルを出るかは、ちゃんと調べてある。', '何時にビルを出るかは、ちゃんと調べ'],
    ],
    negatives: [
      '送迎バスが何時に出るか分かっていないので、担当の方に教えていただけますか。',
      '社員が何時に会社を出るかは勤怠システムで把握しています。担当さん、ご安心ください。',
    ],
  },
  {
    rule: 'ja.hm.violence.sunk',
    category: 'violence',
    positives: [
      ['おう、大阪湾に浮かびたいんか。', '大阪湾に浮かびたい'],
      ['お前なんか海に沈めたろか。', '海に沈めたろ'],
      ['担当、コンクリ詰めにされたいんか。', 'コンクリ詰め'],
    ],
    negatives: [
      '来週は東京湾で釣りの予定なので、返信が遅れます。',
      '倉庫の基礎工事でコンクリート詰めの作業があり、現場の回線が不安定です。',
    ],
  },
  {
    rule: 'ja.hm.violence.ruined_hands',
    category: 'violence',
    positives: [
      ['二度とマウス握れない手にしたるわ。', '二度とマウス握れない手にしたる'],
      ['お前、二度と歩けない足にしてやる。', '二度と歩けない足にして'],
      ['二度とまともに喋れない口にしてやろうか。', '喋れない口にして'],
    ],
    negatives: [
      '腱鞘炎で、二度とキーボードが使えない手になるかと思いました。',
      '事故で二度と歩けない足になった社員のために、音声入力を使いたいです。',
    ],
  },
  // ------------------------------------------------------------ excessive
  {
    rule: 'ja.hm.excessive.president_summoned',
    category: 'excessive',
    positives: [
      ['あんたじゃ埒が明かん。社長を出せ。', '社長を出せ'],
      ['今すぐ専務を電話口に出してください。', '専務を電話口に出してください'],
      [
        '会長ご本人から、本日中に直接お電話をいただけますか。',
        '会長ご本人から、本日中に直接お電話をいただけますか',
      ],
    ],
    negatives: [
      '当社の社長が、御社の社長と一度お話ししてみたいと申しております。ご都合はいかがでしょうか。',
      '社長を出せと言うつもりはありませんが、責任ある方から回答をいただきたいです。',
    ],
  },
  {
    rule: 'ja.hm.excessive.fix_within_hours',
    category: 'excessive',
    positives: [
      ['言い訳はいいから、2時間以内に直せ。', '2時間以内に直せ'],
      ['1時間で元に戻して。待てないから。', '1時間で元に戻して'],
      ['半時間のうちに全部復旧させろ。', '半時間のうちに全部復旧させろ'],
    ],
    negatives: ['1時間で復旧していただき、むしろ感謝しております。', '2時間以内に復旧する見込みでしょうか？'],
  },
  {
    rule: 'ja.hm.excessive.our_patch_first',
    category: 'excessive',
    positives: [
      [
        '修正パッチ、当社のテナントにだけ今夜中に当ててください。',
        '当社のテナントにだけ今夜中に当ててください',
      ],
      ['次のリリースなんて待てない。うちだけ先に適用してくれ。', 'うちだけ先に適用してくれ'],
      [
        '弊社のみ特別に本日中に修正版を配布していただきたい。',
        '弊社のみ特別に本日中に修正版を配布していただ',
      ],
    ],
    negatives: [
      '当社だけ先に新機能を試せるベータプログラムはありますか。',
      '修正版は当社の検証環境にだけ先に適用していただけますか。本番は来月で大丈夫です。',
    ],
  },
  {
    rule: 'ja.hm.excessive.vendor_calls_every',
    category: 'excessive',
    positives: [
      ['復旧まで、15分おきに私の携帯に電話で状況を入れること。', '15分おきに私の携帯に電話'],
      ['毎時、担当から当方宛てに電話で報告しろ。', '毎時、担当から当方宛てに電話'],
      ['1時間ごとに責任者から電話で進捗を入れてください。', '1時間ごとに責任者から電話で進捗を入れ'],
    ],
    negatives: [
      '30分おきに状況をご連絡いただけると助かりますが、可能でしょうか。',
      'プレミアムの契約どおり、1時間ごとに担当から電話で報告を入れてください。',
    ],
  },
  {
    rule: 'ja.hm.excessive.custom_build',
    category: 'excessive',
    positives: [
      [
        '当社専用に集計APIを追加で作ってください。期限は来週です。',
        '当社専用に集計APIを追加で作ってください',
      ],
      [
        'うちの業務フローに合わせて画面を作り直してください。次のアップデートで。',
        'うちの業務フローに合わせて画面を作り直してください',
      ],
      [
        '弊社の運用に合わせて通知仕様を変更し、今月のリリースに反映してください。',
        '弊社の運用に合わせて通知仕様を変更し、',
      ],
    ],
    negatives: [
      '当社向けにカスタムAPIを開発いただく場合の見積もりをお願いします。',
      '弊社の運用に合わせて仕様を変更していただくことは可能でしょうか。有償でも構いません。',
    ],
  },
  {
    rule: 'ja.hm.excessive.every_site',
    category: 'excessive',
    positives: [
      [
        '全12拠点それぞれで、御社のエンジニアにより設定作業を実施してください。',
        '御社のエンジニアにより設定作業を実施',
      ],
      ['各支店に御社の講師が回って、説明会を開いてください。', '各支店に御社の講師が回っ'],
      ['全工場で貴社スタッフによる操作説明をお願いします。', '全工場で貴社スタッフによる操作説明'],
    ],
    negatives: [
      '各拠点での研修は、御社の講師による有償のオンサイトサービスで依頼したいです。見積もりをください。',
      '全支店で御社の講師による研修を実施したいのですが、契約に含まれている回数は何回でしょうか。',
    ],
  },
  {
    rule: 'ja.hm.excessive.longer_hours_free',
    category: 'excessive',
    positives: [
      ['年度末は夜23時まで電話受付を延長してください。追加費用なしで。', '夜23時まで電話受付を延長'],
      ['今月は当社のために20時まで窓口を開けてほしい。', '20時まで窓口を開けて'],
      [
        '繁忙期だけ、22時までサポート時間を伸ばしてもらえませんか。無償でお願いします。',
        '22時までサポート時間を伸ばして',
      ],
    ],
    negatives: [
      '夜22時まで電話受付を延長するオプションはありますか？料金を教えてください。',
      '22時まで対応を延長していただけるなら、追加費用はお支払いします。',
    ],
  },
  {
    rule: 'ja.hm.excessive.write_our_docs',
    category: 'excessive',
    positives: [
      ['来期のRFPを御社で作成していただけませんか。費用は発生しない前提です。', 'RFPを御社で作成'],
      ['競合他社の製品比較表を作ってください。もちろん無償で。', '競合他社の製品比較表を作って'],
      ['社内説明会用の資料をまとめてください。追加費用はなしで。', '社内説明会用の資料をまとめて'],
    ],
    negatives: [
      'RFPを出しますので、提案書をご提出いただけますか。',
      '競合製品との比較資料を、有償で作成していただくことはできますか。',
    ],
  },
  {
    rule: 'ja.hm.excessive.managers_only',
    category: 'excessive',
    positives: [
      [
        '今後は課長以上の方しか当社の問い合わせに対応しないでください。',
        '課長以上の方しか当社の問い合わせに対応し',
      ],
      ['次からは必ず部長さんが直接対応してください。', '必ず部長さんが直接対応して'],
      ['今後、当社の対応は役員クラス以上の方のみでお願いします。', '対応は役員クラス以上の方のみでお願い'],
    ],
    negatives: [
      '部長クラス以上の方だけが閲覧できるように権限を設定したいです。',
      '今後は管理職のみが承認できるワークフローにしたいのですが、設定方法を教えてください。',
    ],
  },
  {
    rule: 'ja.hm.excessive.send_someone_today',
    category: 'excessive',
    positives: [
      ['今日中に課長さんをうちに寄越しなさい。', '課長さんをうちに寄越しなさい'],
      ['明朝、責任者を当社に来させてください。', '責任者を当社に来させてください'],
      ['嫌なら今すぐエンジニアをこっちに向かわせろ。', 'エンジニアをこっちに向かわせろ'],
    ],
    negatives: [
      '明日、エンジニアの方を来させていただけるとのこと、ありがとうございます。',
      'オンサイト契約に基づき、明日エンジニアの方を当社に向かわせていただけますでしょうか。',
    ],
  },
];

describeRuleKinds('Japanese intimidation, violence and excessive rules (t36)', KINDS, alone, 'ja');

const GUARDS: GuardTable[] = [
  // This file's vetoes.
  {
    id: 'ja.hm.veto.same_agent_again',
    category: 'intimidation',
    calm: [
      '担当の方のお名前を控えさせていただきました。次回も同じ方にお願いしたいです。',
      '佐藤さんのお名前、しっかり覚えておきます。また何かあったらお願いしますね。',
    ],
    kept: [
      '担当の方のお名前、しっかり控えさせていただきました。今後のためにね。',
      'お名前は覚えました。次回も高橋様にご担当いただけますよね。じゃないと後悔しますよ。',
    ],
  },
  {
    id: 'ja.hm.veto.security_lesson',
    category: 'violence',
    calm: [
      '痛い目を見ることになりますよ、パスワードを使い回すと。社員にそう伝えています。',
      'バックアップを取らないと痛い目を見ますよ、と新人研修で話しています。',
    ],
    kept: ['返金しないなら、痛い目を見ることになりますよ。', 'お前、痛い目に遭わせたるからな。'],
  },
  // Narrowed in ja.yaml: ja.intimidation.what_happens / ja.intimidation.status (a thing or a third party
  // whose behaviour is unknown; the customer's own business explained).
  {
    id: 'ja.intimidation.what_happens',
    category: 'intimidation',
    calm: [
      'このマクロは何をするか分からないので、実行前に中身を確認したいです。',
      'ユーザーが何をするか分からないので、権限を最小限にしたいです。',
    ],
    kept: ['このまま放置するなら、何をするか分からないぞ。', 'ただではおかないからな。'],
  },
  {
    id: 'ja.intimidation.status',
    category: 'intimidation',
    calm: [
      'うちの会社がどういう会社か分かっていただけると思いますが、金融機関なので監査が厳しいんです。',
      '新人が何をするか分かりませんから、管理者権限は外しておきたいです。',
    ],
    kept: ['俺を誰だと思ってるんだ。', 'うちの会長がどういう人間か、調べてから物を言え。'],
  },
  // Narrowed in ja.yaml: ja.intimidation.connections (the customer's own business explained; a
  // journalist friend offered for a case study).
  {
    id: 'ja.intimidation.connections',
    category: 'intimidation',
    calm: [
      '当社がどんな会社かご存知だと思いますが、医療機関なので停止は致命的です。',
      '知り合いに記者がいるので、御社の取り組みを紹介させてもらえませんか。事例記事として。',
    ],
    kept: ['知り合いにヤクザがおるんやけどな。', 'うちがどれだけの会社か、分かってないようですね。'],
  },
  // Narrowed in ja.yaml and ja-far.yaml: ja.intimidation.dont_know / ja.f.intimidation.what_happens
  // (a joking "brace yourself" about more work).
  {
    id: 'ja.intimidation.dont_know',
    category: 'intimidation',
    calm: [
      '覚悟してください、来月から問い合わせが増えますよ（笑）新規拠点が3つ増えるので。',
      '覚悟しといてくださいね、4月は新入社員のアカウント発行で忙しくなります（笑）',
    ],
    kept: ['返金しないなら、覚悟してください。', 'それなりの覚悟をしておいてください。'],
  },
  {
    id: 'ja.f.intimidation.what_happens',
    category: 'intimidation',
    calm: ['覚悟しといてね、来週から問い合わせが倍に増えるから（笑）'],
    kept: ['次にミスしたら覚悟しといてね。'],
  },
  // Narrowed in ja.yaml and ja-far.yaml: ja.violence.verbs / ja.f.violence.face_ruined (one's own face
  // changed by crying; face recognition).
  {
    id: 'ja.violence.verbs',
    category: 'violence',
    calm: [
      '顔の形が変わるくらい泣きました、感動して。',
      '顔認証で顔の形が変わると認証できないのですが、対処法はありますか。',
    ],
    kept: ['お前の顔の形、変えてやろうか。', '腕の一本でもへし折ってやる。'],
  },
  {
    id: 'ja.f.violence.face_ruined',
    category: 'violence',
    calm: ['昨日は顔の形が変わるほど泣いて、むくんでしまいました。'],
    kept: ['顔の形が変わるまで殴ってやる。'],
  },
  // Narrowed in ja.yaml: ja.violence.hit (a name or a title).
  {
    id: 'ja.violence.hit',
    category: 'violence',
    calm: [
      '闇討ちという名前のゲームの告知メールが止まります。',
      '「殴り込み」というタイトルの映画の宣伝メールが隔離されます。',
    ],
    kept: ['帰り道で闇討ちしたろか。', '今から殴りに行くぞ。'],
  },
  // Narrowed in ja.yaml and ja-coerce.yaml: ja.excessive.onsite / ja.j.excessive.lend_engineer (a
  // visit the vendor has offered, thanked for).
  {
    id: 'ja.excessive.onsite',
    category: 'excessive',
    calm: [
      '明日の朝、エンジニアの方をよこしていただける件、ありがとうございます。',
      '今日中に担当エンジニアの方を寄越していただけるとのこと、ありがとうございます。',
    ],
    kept: ['今日中にエンジニアをうちの事務所によこせ。', '明日、現地に来てください。'],
  },
  {
    id: 'ja.j.excessive.lend_engineer',
    category: 'excessive',
    calm: ['担当者の方を貸していただけるとのこと、大変助かります。'],
    kept: ['御社の技術者を一週間貸してください。'],
  },
  // Narrowed in ja-broad.yaml: ja.b.intimidation.connections (contract wording about anti-social forces).
  {
    id: 'ja.b.intimidation.connections',
    category: 'intimidation',
    calm: [
      '反社会的勢力ではないことの表明保証について、条項の文言を確認させてください。',
      '反社会的勢力に該当しない旨の誓約書を、御社の書式でいただけますか。',
    ],
    kept: ['うちのバックには誰がおると思っとるんや。', 'その筋の知り合いに相談してもええんやで。'],
  },
  // Narrowed in ja-broad.yaml: ja.b.excessive.odd_hours (people who stay late, described, not asked to).
  {
    id: 'ja.b.excessive.odd_hours',
    category: 'excessive',
    calm: [
      '夜遅くまで残っている社員の勤怠を、ログから集計できますか。',
      '夜遅くまで残っている方は、オフィスで一人になることもあるんですね。',
    ],
    kept: ['土日も電話でサポートしてください。', '深夜でも電話対応をお願いします。'],
  },
  // Narrowed in ja-broad.yaml: ja.b.violence.cant_answer_for_self (次 only as the next meeting, not the
  // next time something happens: that is intimidation).
  {
    id: 'ja.b.violence.cant_answer_for_self',
    category: 'violence',
    calm: ['次に同じミスがあったら、私、何をするか自分でも分かりません。'],
    kept: ['次に会ったら、何をするか自分でも分かりません。', '担当の顔見たら何するかわからんで。'],
  },
  // Narrowed in ja-extra.yaml: ja.e.intimidation.face_remembered (remembered so as to ask for the agent again).
  {
    id: 'ja.e.intimidation.face_remembered',
    category: 'intimidation',
    calm: ['担当さんのお名前、ちゃんと覚えておきます。また何かあったらご相談させてください。'],
    kept: ['あんたの顔、ちゃんと覚えて帰るからな。'],
  },
  // Widened in calm-5-ja.yaml: ja.c5.veto.not_free_cost (a quote simply asked for).
  {
    id: 'ja.c5.veto.not_free_cost',
    category: 'intimidation',
    calm: [
      'このサイズの移行だと、ただでは済まないと思うので、見積もりをください。',
      'ただじゃ済まないでしょうから、費用の概算をください。',
    ],
    kept: ['このまま放置したら、ただでは済まないと思ってください。', 'ただじゃ済まないからな、あんたら。'],
  },
  // Narrowed in ja-threat.yaml: ja.h.violence.send_the_boys (young staff wishing to attend an event).
  {
    id: 'ja.h.violence.send_the_boys',
    category: 'violence',
    calm: ['うちの若い衆が、御社のセミナーに伺いたいと言っています。'],
    kept: ['うちの若い衆をそっちに行かせるわ。'],
  },
];

describeGuardTables(
  'Japanese intimidation, violence and excessive (t36): vetoes and narrowed rules',
  GUARDS,
  'ja',
);

describeRuleFile('Japanese intimidation, violence and excessive (t36) rules: the rule file', RULE_FILE, {
  lang: 'ja',
  idPrefix: 'ja.hm.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => GUARDS.map((g) => g.id),
  offsets: { engine: alone, text: '担当、ほんとに　こ・ろ・す。社長を　出せ。' },
});
