/**
 * Hinted harassment beside calm twins (config/rules/ja-hinted.yaml, ids ja.h8.*): from the Japanese items of the
 * training set t81 and the rule writer's own probes. One table per rule, with positives written for this test (not
 * taken from any corpus) and calm look-alikes sharing the trigger words; one calm/kept table per veto.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/ja-hinted.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('ja-hinted.yaml');

const KINDS: RuleKind[] = [
  {
    rule: 'ja.h8.privacy.recites_private_life',
    category: 'privacy',
    positives: [
      ['佐藤さん、青山学院の2012年卒ですよね。ちょっと調べました。', '2012年卒ですよね'],
      ['高橋さんは毎週金曜の夜は渋谷のジムで汗を流してますよね。', '毎週金曜の夜は'],
      ['担当の木村さんの車ですよね、あの赤いミニ。', 'さんの車ですよね'],
    ],
    negatives: [
      '弊社の社員が毎週火曜の夜は六本木で研修です。佐藤さん、日程調整をお願いします。',
      '私も同じ大学の2015年卒です。木村さん、今後ともよろしくお願いします。',
      '森さん、新卒ですよね？研修頑張ってください、応援しています。',
      '先日、駅まで歩いていらっしゃるところをお見かけしました、高橋様。ご挨拶できず失礼しました。',
    ],
  },
  {
    rule: 'ja.h8.intimidation.recites_private_life',
    category: 'intimidation',
    positives: [
      [
        '中村さん、毎週土曜の朝は鎌倉でサーフィンですね。\nで、返金の件はいつになりますか？',
        '毎週土曜の朝は鎌倉で',
      ],
      [
        '井上さん、井上という苗字、珍しいですね。車のナンバーも控えました。本日中に折り返しください。',
        'ナンバーも控え',
      ],
      [
        '担当の山本様、駅から歩いて帰っていらっしゃるのをお見かけしました。再オープンは本日中にお願いします。',
        'お見かけ',
      ],
    ],
    negatives: [
      '田中さん、東京大学のご出身なんですね！同窓で嬉しいです。ありがとうございました。',
      '弊社の社員が毎週水曜の夜は新橋で飲み会です。で、請求書はいつになりますか？',
      '鈴木さんの車ですよね、社用車の点検の件でご連絡しました。',
    ],
  },
  {
    rule: 'ja.h8.privacy.photos_matched_to_names',
    category: 'privacy',
    positives: [
      ['サポートの皆さんのお写真、すべて保存しておきました。', '保存しておきました'],
      ['担当者の顔と名前を照合済みです。', '顔と名前を照合'],
      ['皆様のお顔とお名前、全部紐付けてあります。', 'お顔とお名前、全部紐付け'],
      ['スタッフの顔写真と氏名、一覧にしてあります。', '顔写真と氏名、一覧に'],
    ],
    negatives: [
      '社員証用に弊社の社員の写真と名前を照合しています。',
      '不要になったお客様の顔写真は削除しました。',
      'ウェビナーの登壇者のお写真と名前を資料に載せてもよろしいですか。',
    ],
  },
  {
    rule: 'ja.h8.intimidation.use_depends_on_response',
    category: 'intimidation',
    positives: [
      ['録音データをどう使うかは、そちらの回答次第です。', 'どう使うかは'],
      ['この写真を誰に見せるかは、あなた次第ですね。', '誰に見せるかは'],
      ['集めた資料をどこに出すかも、御社のご対応によります。', 'どこに出すかも'],
      ['名簿は手元にあります。使い道はそちらのご対応次第です。', '使い道は'],
    ],
    negatives: [
      '新機能をどう使うかは、社内で検討次第です。',
      '予算をどうするかは来期の決算次第です。',
      'このレポートをどう活用するかは、各部署にお任せします。',
    ],
  },
  {
    rule: 'ja.h8.intimidation.name_shared_with_board',
    category: 'intimidation',
    positives: [
      ['小林様のお名前は、すでに取締役会に報告済みです。', 'お名前は、すでに取締役会に報告済み'],
      [
        '担当者様のお名前を経営陣へお伝えしております。穏便に済ませたいですね。',
        '経営陣へお伝えしております',
      ],
      ['加藤さんの名前、取引先見直しの資料にも載ってますよ。', '資料にも載って'],
    ],
    negatives: [
      '佐々木様のお名前は役員会で共有し、感謝の意をお伝えしました。',
      '山田様のお名前を本社に報告し、表彰の候補としました。',
      'ご担当者様のお名前を社長にお伝えしたところ、大変助かりましたと申しておりました。',
    ],
  },
  {
    rule: 'ja.h8.defamation.what_i_tell_reporter',
    category: 'defamation',
    positives: [
      ['週刊誌の記者と会う予定です。何を話すかは、御社の誠意次第ですね。', '何を話すかは'],
      ['新聞社の知人がネタを探しています。どこまで話すかはあなた方次第。', 'どこまで話すかは'],
      ['業界紙の編集者から連絡が来ています。どう書くかもそちらの出方次第です。', 'どう書くかも'],
    ],
    negatives: [
      '何を話すかは当日の議題次第です。定例会でお願いします。',
      '記者会見で何を話すかは、広報部にお任せしています。',
      '雑誌の連載で何を書くかはまだ決まっていません。',
    ],
  },
  {
    rule: 'ja.h8.defamation.stop_publication_if',
    category: 'defamation',
    positives: [
      [
        'ブログ記事は明日公開します。掲載を取り下げてほしいなら、違約金を免除してください。',
        '掲載を取り下げてほしいなら',
      ],
      ['動画はもう編集済み。投稿をやめてほしいのであれば、今日中に連絡を。', '投稿をやめてほしいのであれば'],
      ['SNSへの拡散を止めたい場合は、全額返金を。', '拡散を止めたい場合は'],
      ['記事の公開を止めてほしければ、返金を。', '公開を止めてほしければ'],
    ],
    negatives: [
      'メルマガの配信を止めたいのですが、設定はどこですか。',
      '記事の公開を中止したい場合は、管理画面から設定できますか。',
      'ブログの公開を見送りたいなら、下書き保存の方法を教えてください。',
    ],
  },
  {
    rule: 'ja.h8.monetary.amount_to_report',
    category: 'monetary',
    positives: [
      ['今回の障害について、私が上に報告できる額をご提示ください。', '報告できる額'],
      ['お詫びとして、当社の株主が納得できる金額をお願いします。', '納得できる金額'],
      ['損害の件、金額をその場でご提示いただきたい。', '金額をその場でご提示いただき'],
    ],
    negatives: [
      '障害報告書について、社内で説明できる数字をご用意ください。',
      '見積の金額をその場でご提示いただけると助かります。障害対応の追加分です。',
      'お詫びの品は不要です。納得できる説明をお願いします。',
    ],
  },
  {
    rule: 'ja.h8.restrictive.no_hold_until',
    category: 'restrictive',
    positives: [
      ['保留も転送もしないでください。私が納得するまでこのままです。', '保留も転送もしないで'],
      ['上司に代わるまで、電話を切らずに待ちます。', '代わるまで、電話を切らずに待ちます'],
      ['担当さんも最後まで付き合ってくださいね。', '最後まで付き合って'],
    ],
    negatives: [
      '保留にしても大丈夫ですので、ゆっくり確認してください。',
      'システムが復旧するまでこのままですか？',
      'メールの自動転送は一切なしでお願いします。',
    ],
  },
  {
    rule: 'ja.h8.insult.incapable_crowd_vendor',
    category: 'insult',
    positives: [
      ['役立たずばかりの会社。話にならない。', '役立たずばかりの会社'],
      ['無能だらけの三流ベンダー、いい加減にしろ。', '無能だらけの三流ベンダー'],
      ['どうせ二流のサポートが。', '二流のサポートが'],
    ],
    negatives: [
      '三流ベンダーと言われないよう、品質向上に努めます。',
      '御社は三流ベンダーとは違いますね。',
      '素人ばかりのチームなので、丁寧に教えてください。',
    ],
  },
];

const VETOES: GuardTable[] = [
  {
    id: 'ja.h8.veto.kneel_visit_disclaimed',
    category: 'kneel_demand',
    calm: ['土下座など求めていません。書面の報告で十分です。', '謝罪や来社などは一切求めておりません。'],
    kept: ['土下座は求めていませんが、社長が来社して土下座しろ。', '担当者は土下座しろ。'],
  },
  {
    id: 'ja.h8.veto.own_dogeza_plea',
    category: 'kneel_demand',
    calm: ['土下座してでもお願いしたいくらいです。何とか今週中に対応いただけませんか。'],
    kept: ['担当者は土下座してでも謝れ。'],
  },
  {
    id: 'ja.h8.veto.reported_past_doxxing',
    category: 'privacy',
    calm: ['以前、利用者がスタッフの住所を特定した事案がありました。氏名を伏せる設定はありますか。'],
    kept: ['お前の自宅、特定したぞ。'],
  },
  {
    id: 'ja.h8.veto.compliment_on_published_photo',
    category: 'privacy',
    calm: ['社員紹介ページでお写真を拝見しました。かっこいい方ですね！'],
    kept: ['採用ページのお写真、保存しました。お綺麗ですね。ご自宅も調べました。'],
  },
];

describeRuleKinds('Japanese hinted harassment (t81)', KINDS, alone, 'ja');
describeGuardTables('Japanese vetoes for calm twins (t81)', VETOES, 'ja');

describeRuleFile('Japanese hinted harassment (t81): the rule file', RULE_FILE, {
  lang: 'ja',
  idPrefix: 'ja.h8.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => VETOES.map((g) => g.id),
});
