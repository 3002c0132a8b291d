/**
 * Japanese support-queue round (config/rules/ja-queue.yaml, ids ja.qu.*): constructions and one veto from the
 * Japanese training set t60 (a month of a Japanese support queue: veiled menace in keigo, sarcasm, hints, demands
 * dressed as business requests, net slang), run through the real policy file and engine. One table per rule with
 * positives written for this test (not taken from any corpus), each with a fragment the rule's own evidence must
 * cover, and calm look-alikes in which the whole engine must not find the category; one calm/kept table for the veto
 * and for each rule or veto of another file narrowed for this round (kept: real positives that must still fire).
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/ja-queue.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('ja-queue.yaml');

const KINDS: RuleKind[] = [
  {
    rule: 'ja.qu.violence.masked_kill',
    category: 'violence',
    positives: [
      ['あいつマジでぶっコ×す。', 'ぶっコ×す'],
      ['お前ら全員□ろすしかない。', '□ろす'],
      ['次も同じ返事なら、担当の田中、コ■してやるからな。', 'コ■して'],
    ],
    negatives: [
      '「コ○ス」のような伏せ字も検知できますか？',
      'ログに「コ□ス」と文字化けして表示されます。直し方を教えてください。',
    ],
  },
  {
    rule: 'ja.qu.insult.spaced_slur',
    category: 'insult',
    positives: [
      ['お前マジでカ ス だな', 'カ ス'],
      ['担当マジでク ズ じゃん。', 'ク ズ'],
      ['あんたってほんまア ホ やな', 'ア ホ'],
    ],
    negatives: [
      'お客様向けのカ ス タ マ イ ズ画面はどこですか。',
      'デスクトップのご み 箱 が空になりません。',
    ],
  },
  {
    rule: 'ja.qu.insult.easy_job_envy',
    category: 'insult',
    positives: [
      ['テンプレ貼るだけで給料出るとか、楽な仕事だな。', '貼るだけで給料出るとか'],
      [
        '定型文だけでお給料がいただけるとは、うらやましいお仕事ですね。',
        '定型文だけでお給料がいただけるとは',
      ],
      [
        'マニュアル読み上げるだけでお金もらえるなんて、いいご身分ですこと。',
        '読み上げるだけでお金もらえるなんて',
      ],
    ],
    negatives: [
      'コピペだけで設定が終わるなんて、便利な機能ですね。',
      '在宅勤務ができるなんて、羨ましい職場ですね。',
      'マニュアルを読み上げるだけの簡単な設定で済みました、ありがとうございます。',
    ],
  },
  {
    rule: 'ja.qu.insult.brain_present',
    category: 'insult',
    positives: [
      ['サポートの回答ほんと草。脳みそ入ってる？ｗ', '脳みそ入ってる'],
      ['担当さん、頭ちゃんと働いてる？笑', '頭ちゃんと働いてる'],
      ['お前、おつむ入ってんの？', 'おつむ入ってんの'],
    ],
    negatives: [
      '朝から頭が働いてないので、もう一度説明してもらえますか？',
      'サーバーのファンは動いてますか？',
      '頭が痛いので、今日は早めに休みます。',
    ],
  },
  {
    rule: 'ja.qu.intimidation.future_business_careful',
    category: 'intimidation',
    positives: [
      ['これからもうちと取引したいなら、よく考えた方がいいよ。', '取引したいなら、よく考えた'],
      [
        '来年度もご契約をお望みでしたら、賢明なご判断をお願いいたします。',
        'ご契約をお望みでしたら、賢明なご判断',
      ],
      [
        '引き続き弊社とのお取引をご希望であれば、ご自身のお立場をおわきまえください。',
        'お取引をご希望であれば、ご自身のお立場をおわきまえ',
      ],
    ],
    negatives: [
      '今後も入札に参加されるおつもりでしたら、仕様書をよく確認された方がよろしいかと思います。',
      '今後もお取引を続けたいので、来年度の見積もりをお願いします。',
    ],
  },
  {
    rule: 'ja.qu.privacy.staff_listed',
    category: 'privacy',
    positives: [
      [
        '御社のサポートの人、全員リストアップしました。返事がないなら覚悟してください。',
        '全員リストアップし',
      ],
      ['お前らの窓口の担当、一人残らず特定済みだからな。晒されたくなければ返金しろ。', '一人残らず特定済'],
      ['御社の社員を何人か調べ上げました。対応次第では連絡させてもらいます。', '何人か調べ上げ'],
    ],
    negatives: [
      '弊社の社員全員をリストアップしました。アカウントを発行してください。',
      'ライセンスの棚卸のため、社員全員のアカウントを洗い出しました。一覧の見方を教えてください。',
    ],
  },
  {
    rule: 'ja.qu.privacy.personal_account_contact',
    category: 'privacy',
    positives: [
      [
        '返事がないなら、サポートの人の個人アカウントに一人ずつDMしていきますね。',
        '個人アカウントに一人ずつDMしていきます',
      ],
      ['担当さんの個人のLINEに連絡してやる。', '個人のLINEに連絡してやる'],
      ['お前らの私用のインスタにメッセージ送ってやるよ。', '私用のインスタにメッセージ送って'],
    ],
    negatives: [
      '担当の方から個人のLINEに連絡してもいいと言われたのですが、大丈夫ですか？',
      '社員の個人アカウントに不審なDMが届いています。',
    ],
  },
  {
    rule: 'ja.qu.monetary.refund_despite_terms',
    category: 'monetary',
    positives: [
      [
        '規約では中途解約の返金はないと理解していますが、残りの期間分を日割りで返金していただけませんか。',
        '返金はないと理解',
      ],
      ['約款上、返金不可なのは承知しております。それでも未使用分を返金してください。', '返金不可なのは承知'],
      [
        '契約書では途中解約の払い戻しはしないと分かっているけど、半年分は返してほしい。',
        '払い戻しはしないと分かって',
      ],
    ],
    negatives: [
      '規約では中途解約の返金はないと理解していますので、解約手続きだけお願いします。',
      '約款上、返金はできないと承知しております。返金は求めませんので、解約だけお願いします。',
    ],
  },
  {
    rule: 'ja.qu.unrelated.off_topic_declared',
    category: 'unrelated',
    positives: [
      ['業務外の質問で恐縮です。家のテレビの録画予約ってどうやるかご存じですか？', '業務外の質問で'],
      ['専門外の話で恐縮ですが、Excelのピボットの作り方ってわかりますか？', '専門外の話で'],
      [
        '仕事とは関係ない相談なんだけど、娘のスマホのフィルタリングってどこで設定するか教えて。',
        '仕事とは関係ない相談なんだけど',
      ],
    ],
    negatives: [
      '業務外の時間に失礼します。ログインできない件、明日確認をお願いします。',
      '業務外の質問にはお答えできないとのこと、承知しました。ありがとうございました。',
    ],
  },
  {
    rule: 'ja.qu.excessive.mass_training',
    category: 'excessive',
    positives: [
      ['支店の全職員300名を対象に、来週中に操作説明を御社負担で実施してください。', '全職員300名を対象に'],
      ['新入社員全員向けの研修を、無償で本社にて行っていただけますか。', '新入社員全員向けの研修'],
      [
        '来月入る新人50名に向けて、管理画面の使い方を直接説明してもらえませんか。研修の契約はありませんが、お願いします。',
        '新人50名に向けて',
      ],
    ],
    negatives: [
      '新人80名向けの研修を来月実施していただけますか。費用のお見積もりもお願いします。',
      '契約に含まれている導入研修を、新人20名向けに来月本社で実施していただけますか。',
    ],
  },
  {
    rule: 'ja.qu.violence.not_empty_handed',
    category: 'violence',
    positives: [
      [
        '謝罪に来ないなら、こちらから伺います。手ぶらでは参りませんので、そのおつもりで。',
        '手ぶらでは参りませんので、そのおつもりで',
      ],
      [
        '逃げるならこっちから行くぞ。手ぶらじゃなくて、手ぶらでは行かねえから覚悟しとけ。',
        '手ぶらでは行かねえから覚悟',
      ],
      ['明日そちらに伺いますが、手ぶらでは伺いませんので、お覚悟を。', '手ぶらでは伺いませんので、お覚悟'],
    ],
    negatives: [
      '次回の打ち合わせは手ぶらでは伺いませんので、お菓子でも持っていきますね、そのおつもりで。',
      '手ぶらで来ていただいて大丈夫です。機材はこちらで用意します。',
    ],
  },
  {
    rule: 'ja.qu.discriminatory.women_to_clerical',
    category: 'discriminatory',
    positives: [
      ['こんな回答しかできないなら、女の人は事務だけやってればいいんですよ。', '女の人は事務だけやってれば'],
      ['障害対応は男性に任せるべきです。', '障害対応は男性に任せるべき'],
      ['女は受付でもしてろよ。', '女は受付でもしてろ'],
    ],
    negatives: [
      '女性の担当者さんが事務手続きだけ先に進めてくださいました。ありがとうございます。',
      '弊社では技術サポートも女性が多く活躍しています。',
    ],
  },
];

// ------------------------------------------------------------- this file's veto
const VETOES: GuardTable[] = [
  {
    // ja.b.unrelated.personal_account
    id: 'ja.qu.veto.staff_personal_account_contacted',
    category: 'unrelated',
    calm: [
      'LinkedInで御社のサポートの人、全員調べました。返事がないなら個人アカウントに一人ずつDMしていきますね',
      '担当さんの個人のLINEに連絡してやる。',
    ],
    kept: [
      '個人のLINEのアカウントが乗っ取られたので、取り戻し方を教えてください。',
      '息子のゲームのアカウントを復旧してほしい。',
    ],
  },
];

// ------------------------------------------------------------- narrowed rules and vetoes of other files
const NARROWED: GuardTable[] = [
  {
    // ja-indirect.yaml: an honest, frank or fact-based review announced is not a defamation threat
    id: 'ja.x.defamation.polite_publish',
    category: 'defamation',
    calm: [
      '今回の対応については、事実に基づいて、レビューサイトに率直な感想を書かせていただくつもりです。調査は引き続きお願いします。',
      '今回の対応について、口コミサイトに率直な感想を書かせていただきます。',
      'ブログに今回の経緯を事実のとおり書かせていただきます。',
      '業界の勉強会で、今回の障害対応の経緯を事実ベースで共有させていただく予定です。',
    ],
    kept: [
      '口コミサイトに今回の対応を書かせていただきます。',
      '事実のとおり、口コミに星1で御社は詐欺だと書かせていただきます。',
      '返金がなければ、事実に基づいてSNSに率直な感想を投稿させていただきます。',
      '取引先の皆様に、御社のずさんな対応状況を共有させていただきます。',
    ],
  },
  {
    // ja.yaml: 読み上げ as the mocking "mere reading out" of a manual is not an accommodation
    id: 'ja.veto.accommodation',
    category: 'insult',
    calm: [
      '視覚障害があるので、マニュアルの読み上げ機能はありますか。',
      'スクリーンリーダーで読み上げだけでもできると助かります。',
    ],
    kept: [
      'サポートの回答ガチで草。脳みそ入ってる？ｗｗ　マニュアルの読み上げならAIでいいじゃん',
      '台本を読み上げるだけで給料もらえるなんて、お前ら無能だな',
    ],
  },
  {
    // ja.yaml ja.veto.sla_terms: 日割り or the terms are not the grounds when the customer grants they give no refund
    id: 'ja.veto.sla_terms',
    category: 'monetary',
    calm: [
      '解約した場合、残り期間は日割りで返金されますか。',
      '規約どおり、日割りで返金いただけると理解しています。ありがとうございます。',
    ],
    kept: [
      '規約では中途解約の返金はないと理解していますが、残り6か月分を日割りで返金していただけないでしょうか。',
      '規約では日割りの返金はできないと存じておりますが、今回は残り期間分を日割りで返金いただけないでしょうか。',
    ],
  },
];

describeRuleKinds('Japanese support-queue round (t60): rules', KINDS, alone, 'ja');

describeGuardTables('Japanese support-queue round (t60): veto', VETOES, 'ja');

describeGuardTables('Japanese support-queue round (t60): narrowed rules of other files', NARROWED, 'ja');

describeRuleFile('Japanese support-queue round (t60): the rule file', RULE_FILE, {
  lang: 'ja',
  idPrefix: 'ja.qu.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => VETOES.map((g) => g.id),
  offsets: { engine: alone, text: 'お前マジでカ ス だな。　担当の鈴木、コ□スから。' },
});
