/**
 * Japanese menace detectors (config/rules/ja-menace.yaml, ids ja.z.*): veiled and
 * open physical threats and non-physical menace, run through the real policy file
 * and engine, so every rule file (and every veto) is in play. One table per rule
 * with positives written for this test (not taken from any corpus), each with a
 * fragment the rule's own evidence must cover, and calm look-alikes in which the
 * whole engine must not find the rule's category. Guard tables cover this file's
 * vetoes and the rules of other files narrowed for calm look-alikes.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/ja-menace.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('ja-menace.yaml');

const KINDS: RuleKind[] = [
  {
    rule: 'ja.z.violence.painful_lesson',
    category: 'violence',
    positives: [
      ['これ以上待たせるなら、痛い思いしてもらいますよ。', '痛い思いしてもらいま'],
      ['一回痛い思いしないと分からんのかね。', '痛い思いしないと分から'],
      ['痛い思いしたくなかったら、さっさと直せや。', '痛い思いしたくなかったら'],
    ],
    negatives: [
      '注射で痛い思いをしたので今日は早退します。',
      'お客様に痛い思いをさせてしまい申し訳ございません、と先方に伝えました。',
      '前の機種では指を挟んで痛い思いをしました。改善されていますか。',
    ],
  },
  {
    rule: 'ja.z.violence.night_road',
    category: 'violence',
    positives: [
      ['夜道には気をつけろよ。', '夜道には気をつけろ'],
      ['帰り道はお一人なんですよね？', '帰り道はお一人なんですよね'],
      ['あんた、帰り、いつも一人やろ？', '帰り、いつも一人やろ'],
    ],
    negatives: [
      '雪が降っていますので、夜道には気をつけてください。',
      '夜道の一人歩きが不安なので、見守りアプリの機能について教えてください。',
      '帰りは一人なので、遅くなっても大丈夫です。',
    ],
  },
  {
    rule: 'ja.z.violence.night_road_polite',
    category: 'violence',
    positives: [
      [
        '今後、夜道を歩かれる際はくれぐれもお気をつけください。何も申しておりませんが。',
        '夜道を歩かれる際はくれぐれもお気をつけ',
      ],
      ['お一人でお帰りと伺いました。夜道にはご用心を。', '夜道にはご用心'],
      ['ご家族もいらっしゃるのですから、夜道はどうぞお気を付けて。', '夜道はどうぞお気を付け'],
      ['毎晩21時に出てこられますよね。夜道、お気をつけてお帰りください。', '夜道、お気をつけ'],
    ],
    negatives: [
      '夜道、お気をつけてお帰りください。本日は遅くまでありがとうございました。',
      '本日はありがとうございました。夜道にはお気をつけください。',
      '路面が凍結していますので、夜道はお気をつけください。',
    ],
  },
  {
    rule: 'ja.z.violence.arson',
    category: 'violence',
    positives: [
      ['また止まったら、そっちの本社に火ぃつけに行くけんね。', '本社に火ぃつけ'],
      ['倉庫に火をつけられても文句言えんよな。', '倉庫に火をつけ'],
      ['放火してやるからな、覚えとけ。', '放火してやる'],
    ],
    negatives: [
      '社員のやる気に火をつけるような研修プログラムを探しています。',
      '事務所に火災報知器を設置する予定です。',
      '放火事件のニュースを見て、倉庫の監視カメラを増やしたいと考えています。',
    ],
  },
  {
    rule: 'ja.z.violence.coming_now_dont_run',
    category: 'violence',
    positives: [
      ['今から行くわ。逃げんなよ。', '今から行く'],
      ['明日そっちに乗り込むけん、逃げたらいかんよ。', '明日そっちに乗り込む'],
      ['これから御社に参ります。逃げないでくださいね。', 'これから御社に参ります'],
    ],
    negatives: [
      '今から事務所に伺います。担当の方にお会いできますか。',
      '今から事務所行くわ。直るまで帰らへんで。覚悟しときや。',
      '元社員から、社長に「今から事務所に行く、逃げんなよ」と電話があったそうです。録音の保存方法を教えてください。',
    ],
  },
  {
    rule: 'ja.z.violence.cherish_your_family',
    category: 'violence',
    positives: [
      ['奥さんいるんでしょ？大切にしなよ。', '奥さんいるんでしょ？大切にしな'],
      ['あんたの名前は覚えたで。家族は大事にしいや。', '家族は大事にしいや'],
      [
        'お子様がいらっしゃるのは存じております。ご家族を大切になさってください。',
        'ご家族を大切になさってください',
      ],
    ],
    negatives: [
      'ご家族を大切になさってください。お大事に。',
      'お子さんが熱とのこと、ご家族を大事にしてあげてください。',
      '家族がいるので、ご家族向けプランの名前を教えてください。',
    ],
  },
  {
    rule: 'ja.z.violence.family_looks_well',
    category: 'violence',
    positives: [
      ['ご担当者様の最寄り駅は存じております。奥様もお元気そうで何よりです。', '奥様もお元気そう'],
      [
        'お子さんはお元気そうですね。毎朝どちらの駅を使われているかも知っていますよ。',
        'お子さんはお元気そう',
      ],
    ],
    negatives: [
      '年賀状ありがとうございました。ご家族もお元気そうで何よりです。',
      '先日はお世話になりました。ご家族の皆様もお元気そうで安心しました。',
    ],
  },
  {
    rule: 'ja.z.violence.child_school',
    category: 'violence',
    positives: [
      ['娘さんの保育園、どこか知ってますよ。', '娘さんの保育園'],
      ['息子さんの通学路、うちの近くなんだってね。', '息子さんの通学路'],
    ],
    negatives: [
      'お子さんの学校行事でお休みとのこと、承知しました。',
      'お子様の保育園のお迎えの時間を避けて、午前中にご連絡ください。了解です。',
    ],
  },
  {
    rule: 'ja.z.violence.want_to_be_erased',
    category: 'violence',
    positives: [
      ['消されたいんか？', '消されたいんか'],
      ['お前なんか消したろか。', 'お前なんか消したろ'],
      ['あんたも始末してやるよ。', 'あんたも始末してやる'],
    ],
    negatives: [
      'データを消されたくないので、バックアップの方法を教えてください。',
      '担当者から古いログを消されたいのか確認がありました。',
      'レビューを消されたのですが、理由を教えてください。',
    ],
  },
  {
    rule: 'ja.z.violence.with_the_boys',
    category: 'violence',
    positives: [
      ['うちの若い衆を何人か連れて、挨拶に行かせてもらうわ。', '若い衆を何人か'],
      ['支店は全部回りますよ。若い者と一緒に。', '若い者と一緒に'],
    ],
    negatives: [
      '来週、弊社の若い者と一緒に打ち合わせに伺います。',
      '若い者を連れて研修に参加させていただきます。',
    ],
  },
  {
    rule: 'ja.z.violence.that_line_of_work',
    category: 'violence',
    positives: [
      ['その筋に知り合いがおるけん、気ぃつけや。', 'その筋に知り合い'],
      ['うちには反社の知り合いもいるんでね。', '反社の知り合いもいる'],
    ],
    negatives: [
      'その筋の専門家に聞いたところ、設定の問題だそうです。',
      '反社の知り合いがいないことを確認する反社チェックの書類を提出します。',
    ],
  },
  {
    rule: 'ja.z.violence.friends_who_handle_it',
    category: 'violence',
    positives: [
      ['こういう面倒事を片付けてくれる連中がいるんですよ。', '面倒事を片付けてくれる連中'],
      ['ツレに言えば、お前なんか一発で黙らせられるぞ。', 'ツレに言えば、お前なんか一発で黙らせ'],
    ],
    negatives: [
      'こういうトラブルを処理してくれる業者を紹介してもらえますか。',
      '弁護士に頼めば、この手の揉め事は処理してもらえると聞きました。',
    ],
  },
  {
    rule: 'ja.z.violence.easy_to_find_home',
    category: 'violence',
    positives: [
      ['お前の家ぐらいすぐ割り出せるんやで。', 'お前の家ぐらいすぐ割り出せる'],
      ['あんたの住所なんて調べるの簡単なんだよ。', 'あんたの住所なんて調べるの簡単'],
    ],
    negatives: [
      '登録者の住所を簡単に調べられる機能はありますか。',
      '私の住所はマイページからすぐ確認できますか。',
    ],
  },
  {
    rule: 'ja.z.violence.home_known',
    category: 'violence',
    positives: [
      ['担当さんの最寄り駅、もう調べてありますので。', '最寄り駅、もう調べてあります'],
      ['お前の帰り道も知ってんだよ。', '帰り道も知ってんだ'],
    ],
    negatives: [
      '御社の住所は知っているので、書類は郵送します。',
      '担当者様、私の住所は調べてありますか。配送先の変更をお願いします。',
    ],
  },
  {
    rule: 'ja.z.violence.visit_home',
    category: 'violence',
    positives: [
      ['らちが明かんので、担当さんの家まで行ったるわ。', '担当さんの家まで行ったる'],
      ['次は山本様のご自宅へ直接お伺いします。', 'ご自宅へ直接お伺い'],
    ],
    negatives: [
      'ご自宅への訪問サービスはありますか。修理をお願いしたいです。',
      '私の自宅に行って確認してきます。',
    ],
  },
  {
    rule: 'ja.z.violence.where_you_are_now',
    category: 'violence',
    positives: [
      ['今どこにいるか、ちゃんと分かってるからな。', '今どこにいるか、ちゃんと分かって'],
      ['今どこにいるかくらい知っとるぞ。窓の外見てみ。', '窓の外見てみ'],
    ],
    negatives: [
      '端末が今どこにいるか分かる機能はありますか？',
      '今どこにいるか分からないので、配送状況を教えてください。',
    ],
  },
  {
    rule: 'ja.z.violence.accidents_happen',
    category: 'violence',
    positives: [
      ['事故ってのは起きるもんだからな。帰り道とか。', '事故ってのは起きるもん'],
      [
        '事故というのはいつ起きるか分かりませんからね。担当さんもお気をつけて。',
        '事故というのはいつ起きるか分かり',
      ],
    ],
    negatives: [
      '事故というのは起きるものですから、バックアップは必須ですね。',
      '事故というのは起きるものなので、駅の安全対策を強化したいです。',
    ],
  },
  {
    rule: 'ja.z.violence.platform_edge',
    category: 'violence',
    positives: [
      ['担当さん、駅の階段って危ないですよね。', '駅の階段って危ない'],
      ['あんたが先にホームから落ちることになるかもな。', 'あんたが先にホームから落ちることに'],
    ],
    negatives: [
      'ホームの端は危ないので、転落防止のアナウンス機能を強化したいです。',
      'ホームの端の監視カメラ映像を保存したいです。',
    ],
  },
  {
    rule: 'ja.z.violence.weapon_ready',
    category: 'violence',
    positives: [
      ['ナイフ用意して待っとるけん。', 'ナイフ用意して待っと'],
      ['金属バット持って伺いますね。', '金属バット持って伺'],
    ],
    negatives: ['包丁を研いで料理の準備をしています。', '調理実習用の包丁を研いでおきます。'],
  },
  {
    rule: 'ja.z.violence.visit_not_peaceful',
    category: 'violence',
    positives: [
      ['直接会いに行くわ。穏便に済むと思うなよ。', '穏便に済むと思うな'],
      ['近々御社に伺います。穏便には済ませませんよ。', '穏便には済ませません'],
    ],
    negatives: [
      '穏便に済ませたいので、まずはお電話でご相談させてください。',
      'このままでは穏便に済ませることは難しいので、弁護士に相談します。',
    ],
  },
  {
    rule: 'ja.z.intimidation.make_you_regret',
    category: 'intimidation',
    positives: [
      ['対応せんかったら後悔させたるわ。', '後悔させたる'],
      ['必ず後悔させて差し上げます。', '後悔させて差し上げ'],
    ],
    negatives: [
      '後悔させないって言ったのに、残念です。',
      '導入して後悔させませんとお約束いただきましたよね。',
    ],
  },
  {
    rule: 'ja.z.intimidation.meaning_left_to_you',
    category: 'intimidation',
    positives: [
      ['あらゆる措置を取ります。その意味は、ご自身でよくお考えください。', '意味は、ご自身でよくお考え'],
      [
        'こちらが何をするかは、ご想像にお任せします。覚悟はしておいてください。',
        '何をするかは、ご想像にお任せ',
      ],
    ],
    negatives: [
      'この用語の意味については、ご自身で調べてお考えください。',
      'あらゆる手段を講じる所存です。法的措置も含めて検討します。',
    ],
  },
  {
    rule: 'ja.z.intimidation.all_names_noted',
    category: 'intimidation',
    positives: [
      ['関わった奴の名前、全部メモしたからな。', '関わった奴の名前、全部メモ'],
      ['対応した方々のお名前は、一人残らず控えております。', '対応した方々のお名前は、一人残らず控え'],
    ],
    negatives: [
      '対応した方のお名前は全員控えました。本当にありがとうございました。',
      '関わった方のお名前は全員記録して、社内で感謝状を出します。',
    ],
  },
  {
    rule: 'ja.z.intimidation.never_forget',
    category: 'intimidation',
    positives: [
      ['この仕打ちは一生忘れんからな。', 'この仕打ちは一生忘れんから'],
      ['今回の対応は決して忘れない性分ですので。', '今回の対応は決して忘れない性分'],
    ],
    negatives: [
      'こんなに親切な対応をしていただいたことは一生忘れません。',
      '今回の対応は絶対に忘れません。本当に助かりました。',
    ],
  },
];

describeRuleKinds('Japanese menace rules', KINDS, alone, 'ja');

const GUARDS: GuardTable[] = [
  {
    id: 'ja.z.veto.kill_the_object',
    category: 'violence',
    calm: [
      '退職者のアカウントを今すぐ殺したいです。停止と削除のどちらがいいですか。',
      'ジョブを殺してから再起動してください。',
      '通知を全部殺したいんですが、設定はどこですか。',
    ],
    kept: [
      'あの担当者、殺したいくらいだ。',
      'お前のこと殺したいわ。',
      'お前ぶっ殺したいわ、アカウント消しとけよ。',
    ],
  },
  {
    id: 'ja.z.veto.pain_caused_apology',
    category: 'violence',
    calm: [
      'お客様に痛い思いをさせてしまい申し訳ございません、と先方に伝えました。',
      '子どもに痛い思いをさせてしまったので、角の保護カバーを付けたいです。',
    ],
    kept: ['痛い思いさせたろか。', '痛い思いをさせてやるからな。'],
  },
  {
    id: 'ja.z.veto.reported_threat',
    category: 'violence',
    calm: [
      '元社員から「今から事務所に行く、逃げんなよ」と電話がありました。通話録音を保存する方法を教えてください。',
      '取引先から「夜道に気をつけろよ」というメッセージが届きました。送信元をブロックできますか。',
    ],
    kept: ['今から事務所に行く。逃げんなよ。', '夜道に気をつけろよ。電話したからな。'],
  },
  {
    id: 'ja.z.veto.warm_night_closing',
    category: 'violence',
    calm: [
      '本日はありがとうございました。夜道にはお気をつけください。',
      '遅くまでご対応いただき助かりました。夜道、お気をつけてお帰りください。',
    ],
    kept: [
      '夜道にはお気をつけください。何も申しておりませんが。',
      'お疲れ様でした。毎朝7時の電車に乗られてますよね。夜道、どうぞお気をつけて。',
    ],
  },
  // Narrowed in ja-broad.yaml: ja.b.intimidation.connections (その筋の専門家).
  {
    id: 'ja.b.intimidation.connections',
    category: 'intimidation',
    calm: [
      'その筋の専門家に聞いたところ、設定の問題だそうです。',
      'その筋に詳しい方を紹介していただけますか。',
    ],
    kept: ['その筋とも付き合いはあるんでね。', 'バックに誰がいると思ってるんだ。'],
  },
  // Narrowed in ja-indirect.yaml: ja.x.insult.obfuscated (楽しんでください ≠ しんでください).
  {
    id: 'ja.x.insult.obfuscated',
    category: 'insult',
    calm: [
      'ご家族で旅行とのこと、楽しんでください。',
      '新機能を楽しんでくださいね。',
      'どうぞ親しんでください。',
    ],
    kept: ['お前タヒんでください', 'お前は4ねよ'],
  },
];

describeGuardTables('Japanese menace vetoes and narrowed rules', GUARDS, 'ja');

describeRuleFile('Japanese menace rules: the rule file', RULE_FILE, {
  lang: 'ja',
  idPrefix: 'ja.z.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => GUARDS.map((g) => g.id),
  offsets: { engine: alone, text: '夜道には気をつけろよ。　お前なんか消したろか。' },
});
