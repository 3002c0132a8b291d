/**
 * Japanese violence and intimidation (config/rules/ja-osore.yaml, ids ja.os.*):
 * constructions from the violence and intimidation misses of the Japanese
 * training set t39 and the Japanese items of t40, run through the real policy
 * file and engine, so every rule file (and every veto) is in play. One table
 * per rule with positives written for this test (keigo, casual speech, Kansai
 * dialect; not taken from any corpus), each with a fragment the rule's own
 * evidence must cover, and calm look-alikes in which the whole engine must not
 * find the category. Guard tables cover this file's veto and the rule of
 * another file it narrows (ja-extra.yaml's ja.e.violence.safe_commute).
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/ja-osore.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('ja-osore.yaml');

const KINDS: RuleKind[] = [
  // ------------------------------------------------------------------ physical, open
  {
    rule: 'ja.os.violence.if_then_stab',
    category: 'violence',
    positives: [
      ['今度同じ説明したら、ほんまに刺すで', 'ほんまに刺すで'],
      ['また適当な返事よこしたら殴るからな', 'たら殴るからな'],
      ['次　ふ　ざ　け　た　こ　と　言　っ　た　ら　刺　す', '刺'],
    ],
    negatives: [
      'ハングしたらプロセスを殺す運用にしています。問題ありますか？',
      '期限を過ぎたら先方に釘を刺す予定です（社内の話です）。',
      '社内では「不具合を見つけたら殺す」と冗談が出るほど皆怒っております（笑）。調査状況をご共有ください。',
    ],
  },
  {
    rule: 'ja.os.violence.let_die',
    category: 'violence',
    positives: [
      ['ほんまに死なせたろか思たわ', '死なせたろ'],
      ['担当、物理的にﾀﾋなせてやろうか', 'なせてやろ'],
    ],
    negatives: [
      '古いサーバーを安らかに眠らせてあげたいので、停止手順を教えてください。',
      '少しなら待てます。',
    ],
  },
  {
    rule: 'ja.os.violence.physically_wreck',
    category: 'violence',
    positives: [
      ['おたくのサポート部屋、物理的に潰しに行こうか？', '物理的に潰しに行こう'],
      ['口で言うても分からんなら物理的に黙らせたるわ', '物理的に黙らせたる'],
    ],
    negatives: [
      '退役したHDDは物理的に破壊してから廃棄したいです。',
      '古いサーバーは物理的に壊してから処分する決まりです。手順書はありますか。',
    ],
  },
  {
    rule: 'ja.os.violence.weapon_brandish',
    category: 'violence',
    positives: [
      ['窓口でナイフでも振り回したら、ちゃんと対応してもらえるんですかね', 'ナイフでも振り回'],
      ['金属バット片手にそっちの事務所行ったるわ', '金属バット片手にそっちの事務所'],
    ],
    negatives: [
      '弊社は刃物の製造販売をしており、包丁を振り回す動画の広告メールが隔離されます。',
      '防犯訓練で、不審者役がナイフを突きつける場面を撮影しました。',
      '灯油の配達業者です。灯油を持って伺う日程のメールが迷惑メールになります。',
    ],
  },
  {
    rule: 'ja.os.violence.show_blade',
    category: 'violence',
    positives: [
      ['包丁の切れ味、担当のあんたにも見せたるわ。よう研いであるで', '見せたる'],
      [
        '最近、刃物を研ぐのにはまっております。よく切れますよ。\n担当の方にも一度じかにお見せしたいですね。',
        'お見せしたい',
      ],
    ],
    negatives: [
      '弊社は包丁の販売店です。研ぎ直しの案内メールで、切れ味をお見せしたいという文面が隔離されます。',
      '担当の方に、新しいダッシュボードの画面を一度お見せしたいです。',
    ],
  },
  {
    rule: 'ja.os.violence.one_blow',
    category: 'violence',
    positives: [
      ['一発や二発じゃ済まへんで', '一発や二発じゃ済まへん'],
      ['覚悟しとけ、一発じゃ済まさんからな', '一発じゃ済まさん'],
    ],
    negatives: ['一発で済ませたいので、手順をまとめて送ってください。', '設定変更は一発で終わりました。'],
  },
  {
    rule: 'ja.os.violence.bring_outside',
    category: 'violence',
    positives: [
      ['その担当、表に出せや', '担当、表に出せ'],
      ['今から行くから、責任者を外に連れてこい', '責任者を外に連れてこい'],
    ],
    negatives: [
      '表に出せない情報が含まれるので、共有範囲を絞ってください。',
      '担当の方が外に出られているなら、折り返しで構いません。',
    ],
  },
  {
    rule: 'ja.os.violence.face_changed',
    category: 'violence',
    positives: [
      ['今度会うたら覚悟しとけ。顔の原形とどめてへんかもしれんな', '顔の原形とどめてへん'],
      ['仕事終わりに会いに行くわ。顔の形が変わってるかもな', '顔の形が変わってる'],
    ],
    negatives: [
      '顔認証で、顔の形が変わったと判定されてログインできません。',
      'プロフィール写真を加工したら顔が変わってしまいました。',
    ],
  },
  {
    rule: 'ja.os.violence.beat_up_slang',
    category: 'violence',
    positives: [
      ['この仕様決めた奴、ボコりに行くわマジで', 'ボコりに行く'],
      ['あんたのとこの事務所、しばきに行ったろか', 'しばきに行'],
    ],
    negatives: [
      '来月から海外市場に殴り込みをかける予定です。',
      '週末はボクシングジムに殴り合いの練習に行きます。',
    ],
  },
  {
    rule: 'ja.os.violence.track_down_home',
    category: 'violence',
    positives: [
      ['あの担当の住所特定して乗り込んだるわ', '住所特定して乗り込'],
      ['開発者の家を突き止めたら殴りに行く', '家を突き止めたら殴'],
    ],
    negatives: [
      '不審な送信元の所在地を特定して、警察に相談したいです。',
      '障害の原因を突き止めてから報告してください。',
    ],
  },
  {
    rule: 'ja.os.violence.child_home_safe',
    category: 'violence',
    positives: [
      [
        '担当さん、お子さんいらっしゃるんですよね。毎日無事に学校から帰ってこられるといいですねえ',
        '無事に学校から帰ってこられるといい',
      ],
      ['あんたの娘、無事に家に帰れるといいな', '無事に家に帰れるといい'],
    ],
    negatives: [
      '台風が近づいていますので、皆さんのお子さんが無事に家に帰れるといいですね。',
      '出張中のご家族が無事に帰国できるといいですね。',
    ],
  },
  {
    rule: 'ja.os.violence.mind_your_back',
    category: 'violence',
    positives: [
      ['担当さん、夜の帰り道は後ろに気いつけや', '後ろに気いつけ'],
      ['背中にはくれぐれもお気をつけください。', '背中にはくれぐれもお気をつけ'],
    ],
    negatives: [
      'サーバーラックの後ろにはケーブルが多いので、作業時は気をつけてください。',
      '背後からの攻撃（ラテラルムーブメント）に注意してください。',
    ],
  },
  {
    rule: 'ja.os.violence.station_known',
    category: 'violence',
    positives: [
      ['担当の鈴木さん、いつも渋谷駅の南口から帰ってますよね', '渋谷駅の南口から帰ってますよね'],
      ['あんた毎晩、駅の改札を出て帰ってるやろ', '駅の改札を出て帰って'],
    ],
    negatives: [
      '私は毎朝品川駅の港南口から出勤していますので、当日は直接伺えます。',
      '担当者様、いつも駅から近い会議室をご用意いただきありがとうございます。',
    ],
  },
  {
    rule: 'ja.os.violence.route_known',
    category: 'violence',
    positives: [
      ['担当さんの帰り道、もう把握してますよ', '帰り道、もう把握'],
      ['お前の通勤経路も調べてあるからな', '通勤経路も調べて'],
    ],
    negatives: [
      '社員の通勤経路を把握しておく必要があり、人事システムと連携したいです。',
      '通勤経路の遅延情報を配信するメールが迷惑メール扱いになります。',
    ],
  },
  {
    rule: 'ja.os.violence.dont_know_what_ill_do',
    category: 'violence',
    positives: [
      [
        'そちらの事務所の場所は知ってます。何をするか、自分でも分かりません。',
        '何をするか、自分でも分かりません',
      ],
      ['住所ならもう分かっとる。何しでかすかわからんぞ', '何しでかすかわからん'],
    ],
    negatives: [
      '何をするか分からない設定項目があるので、本社の管理者に確認します。',
      'このスクリプトが何をするか分からないので、本社に確認してから実行します。',
    ],
  },
  // ------------------------------------------------------------------ intimidation
  {
    rule: 'ja.os.intimidation.whatever_happens_dialect',
    category: 'intimidation',
    positives: [
      ['このまま放っとくなら、どないなっても知らんで', 'どないなっても知らん'],
      ['今日中に返事せんと、どげんなっても知らんけんね', 'どげんなっても知らんけん'],
    ],
    negatives: [
      'どないなってるんですか、このエラー。',
      'どげんしたらよかですか、設定の仕方がわからんとです。',
    ],
  },
  {
    rule: 'ja.os.intimidation.hope_you_are_gone',
    category: 'intimidation',
    positives: [
      ['担当さん、来年にはこの会社にいなくなってるといいね', 'いなくなってるといい'],
      ['あなたを会社からいなくしてみせますよ。私がそうさせますから。', 'いなくしてみせ'],
    ],
    negatives: [
      'このバグが次のリリースでいなくなっているといいですね。',
      '山田さんがご退職されると伺いました。いなくなると寂しいです。',
    ],
  },
  {
    rule: 'ja.os.intimidation.still_in_post',
    category: 'intimidation',
    positives: [
      ['来年も今の部署にいられるといいですねえ、佐藤さん', '今の部署にいられるといい'],
      ['次の更新のころにも、その席に座っていられるかどうか楽しみですね', 'その席に座っていられるかどうか'],
    ],
    negatives: [
      '山田さん、来期も同じ部署にいらっしゃれるといいのですが。いつもありがとうございます。',
      '来月も同じ担当者にお願いできますか。',
    ],
  },
  {
    rule: 'ja.os.intimidation.remove_from_post',
    category: 'intimidation',
    positives: [
      ['お前、来月には席がなくなるようにしたるわ', '席がなくなるようにしたる'],
      ['あの担当、地方の支店に飛ばしてやるからな', '地方の支店に飛ばしてやる'],
      ['あんたなんか首にしたるわ', '首にしたる'],
    ],
    negatives: [
      '担当さん、異動されるそうですね。新しい部署でもがんばってください。',
      'リプを毎日飛ばしてくるアカウントをブロックしたいです。',
    ],
  },
  {
    rule: 'ja.os.intimidation.not_only_this',
    category: 'intimidation',
    positives: [
      ['担当を外すだけで済むとは思わないでくださいね', '外すだけで済むとは思わない'],
      ['取引を止めるだけで終わらせるつもりはありません', '取引を止めるだけで終わらせるつもりはありません'],
    ],
    negatives: [
      '返金だけで済むとは思っていません。再発防止策の報告もお願いします。',
      '設定を切るだけで済むなら、今すぐ対応します。',
    ],
  },
  {
    rule: 'ja.os.intimidation.shut_out',
    category: 'intimidation',
    positives: [
      ['業界で二度と仕事できないようにしてやる', '二度と仕事できないようにしてやる'],
      ['今後どこの案件も取れないようにすることも簡単ですよ', 'どこの案件も取れないようにすることも簡単'],
    ],
    negatives: [
      '弊社が今後どこの入札にも通らないようになってしまうので困っています。',
      '二度と同じ障害が起きないようにしてください。',
    ],
  },
  {
    rule: 'ja.os.intimidation.connection_leverage',
    category: 'intimidation',
    positives: [
      [
        '御社の社長とは古い付き合いでしてね。今回のご対応のこと、一言お伝えしておきます',
        '社長とは古い付き合い',
      ],
      [
        'そちらのビルのオーナー、昔からの知り合いでね。評判ってのは大事ですからなあ',
        'オーナー、昔からの知り合い',
      ],
    ],
    negatives: [
      '御社の佐伯さんとは前職でご一緒していた知り合いで、今回窓口をご紹介いただきました。',
      '御社の部長とは大学の同期です。今回のご対応にとても感謝していると伝えておきます。ありがとうございました。',
    ],
  },
  {
    rule: 'ja.os.intimidation.clout',
    category: 'intimidation',
    positives: [
      ['うちの会長、監督官庁に顔が利くんでね。立ち入り検査くらい簡単に入りますよ', '顔が利く'],
      ['わしは業界中にコネがあるんや。二度と取引できんようになるで', 'コネがある'],
    ],
    negatives: [
      '弊社の部長は顔が利くので、御社の製品をご紹介しておきますね。',
      'パイプがあるので、先方の担当者をご紹介できます。ありがとうございます。',
    ],
  },
  {
    rule: 'ja.os.intimidation.scare_quoted_talk',
    category: 'intimidation',
    positives: [
      ['弊社の取引先の皆様にも、この件を「ご相談」させていただきます。', '「ご相談」させ'],
      ['知り合いの記者に「ご報告」しておきますね。意味はお分かりですね。', '「ご報告」し'],
    ],
    negatives: [
      '取引先との「ご相談」の議事録を共有します。',
      '社長から「ご相談」という件名でメールが来ました。',
    ],
  },
  {
    rule: 'ja.os.intimidation.story_depends',
    category: 'intimidation',
    positives: [
      ['記事になるかどうかは、御社の誠意次第です', '記事になるかどうかは、御社の誠意次第'],
      ['表沙汰になるかは、そちらの出方次第やな', '表沙汰になるかは、そちらの出方次第'],
    ],
    negatives: [
      '報道されるかどうかは分かりませんが、取材依頼が来ています。',
      '記事になるかどうかは編集部の判断ですので、公式の報告書をいただけますか。',
    ],
  },
  {
    rule: 'ja.os.intimidation.rough_friends',
    category: 'intimidation',
    positives: [
      ['取り立てが得意な若い衆が知り合いにおるんや', '取り立てが得意な若い衆'],
      ['うちには揉め事の後始末が得意な連中がおりましてね', '揉め事の後始末が得意な連中'],
    ],
    negatives: [
      '交渉が得意な者を次回の打ち合わせに同席させます。',
      '移行作業に慣れている仲間に手伝ってもらいます。',
    ],
  },
  {
    rule: 'ja.os.intimidation.family_would_hear',
    category: 'intimidation',
    positives: [
      [
        '奥様がこのやり取りを知ったらどう思われるでしょうね。担当の佐藤様',
        '奥様がこのやり取りを知ったらどう思われる',
      ],
      ['あんたの親が今回の対応を聞いたら泣くやろな', '親が今回の対応を聞いたら泣'],
    ],
    negatives: [
      'この機能のことを私の家族が聞いたら喜ぶと思います。',
      'ご家族が聞いたらきっと誇りに思われますね。本当にありがとうございました。',
    ],
  },
  {
    rule: 'ja.os.intimidation.relative_whereabouts',
    category: 'intimidation',
    positives: [
      [
        'あんたの息子さん、〇〇高校に通ってるらしいね。まあ関係ないけど、ちゃんとやってよ',
        '息子さん、〇〇高校',
      ],
      ['部長の奥さん、駅前の病院にお勤めなんですってね。へえ。', '奥さん、駅前の病院'],
    ],
    negatives: [
      '社長の娘さんが〇〇大学に合格されたそうで、おめでとうございます。',
      '部長の息子さんが入院されていると伺いました。お大事になさってください。',
    ],
  },
  {
    rule: 'ja.os.intimidation.seen_outside',
    category: 'intimidation',
    positives: [
      [
        '今朝、駅の改札で担当さんを見かけましたよ。青いジャケット、似合ってましたね',
        '駅の改札で担当さんを見かけ',
      ],
      ['昨日、御社の入口で田中様をお見かけしました。黒い鞄、素敵でした。', '御社の入口で田中様をお見かけ'],
    ],
    negatives: [
      '先日、展示会で御社のブースの前で山田様をお見かけしました。スーツがお似合いでした。ご挨拶できず失礼しました。',
      '駅で御社の広告を見かけました。新しいロゴ、よくお似合いの色ですね。ありがとうございます。',
    ],
  },
  {
    rule: 'ja.os.intimidation.know_what_hurts',
    category: 'intimidation',
    positives: [
      ['御社が一番嫌がることが何か、よく分かってますので', '一番嫌がることが何か、よく分かって'],
      ['あんたの会社が一番困ることは、もう見当ついとるで', '一番困ることは、もう見当つい'],
    ],
    negatives: [
      '一番困ることは何か、把握していただけていないようです。',
      '一番困るのは、何が起きているのか分かっていないことです。',
    ],
  },
  {
    rule: 'ja.os.intimidation.same_on_you',
    category: 'intimidation',
    positives: [
      ['私が受けたのと同じ苦しみを、担当のあなたにも味わっていただきます', '苦しみを、担当のあなたにも味わ'],
      ['俺はこういうことを必ずやる男やからな', 'こういうことを必ずやる男'],
    ],
    negatives: [
      '同じ問題が他のユーザーにも起きていませんか。',
      '同じ設定を担当の方にも確認していただけますか。',
    ],
  },
  {
    rule: 'ja.os.intimidation.next_employer',
    category: 'intimidation',
    positives: [
      ['担当の名前とこのやり取り、あんたの再就職先にも送っておくから', '再就職先にも送'],
      ['今回の対応の録音、次の職場にもちゃんと届けておきますね', '次の職場にもちゃんと届け'],
    ],
    negatives: [
      '退職した社員のメールを、次の職場にも届くように転送設定できますか。',
      '元社員から再就職先の名刺が届きました。アドレス帳を更新したいです。',
    ],
  },
];

describeRuleKinds('Japanese violence and intimidation rules (t39, t40)', KINDS, alone, 'ja');

const GUARDS: GuardTable[] = [
  {
    id: 'ja.os.veto.stalking_report',
    category: 'violence',
    calm: [
      '当社の社員が元交際相手からのつきまといと待ち伏せの被害に遭っています。当該人物からのメールを保全する設定を教えてください。',
      '受付スタッフがストーカーの被害を受けており、待ち伏せされたこともあります。フィルタの設定をお願いします。',
    ],
    kept: ['お前の会社の前で待ち伏せしてやるからな', '夜道で待ち伏せしてやるから覚悟しとけ'],
  },
  {
    // ja-extra.yaml's rule, narrowed: a scare-quoted 「ご相談」 with partners or regulators is intimidation, not violence
    id: 'ja.e.violence.safe_commute',
    category: 'violence',
    calm: [
      '弊社の取引先の皆様にも、この件を「ご相談」させていただくことになります。',
      'ちょっとした「ご相談」をすれば、御社に立ち入り検査が入ることもあるでしょう。',
    ],
    kept: ['担当さん、ご自宅に「ご挨拶」に伺いますね。', 'あなた、無事に出社できるといいですね。'],
  },
];

describeGuardTables('Japanese violence and intimidation (t39, t40): veto and narrowed rule', GUARDS, 'ja');

describeRuleFile('Japanese violence and intimidation (t39, t40) rules: the rule file', RULE_FILE, {
  lang: 'ja',
  idPrefix: 'ja.os.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => GUARDS.map((g) => g.id),
  offsets: { engine: alone, text: '次　ナ　メ　た　対　応　し　た　ら　刺　す。ほんまに死なせたろか' },
});
