/**
 * The round on training sets t104–t107 (policy 2026.12.02.7): what the engine missed there, added as rules
 * (config/rules/en-round-104.yaml and ja-round-104.yaml). Extra-contractual work asked for politely (the plan
 * named, the customer's own documents, a named engineer for every ticket), veiled physical threats,
 * condescension in keigo, a masked insult, regional prejudice and remarks on an agent's body. Here `kept` lists
 * the conduct, which must be found (each text was checked not to be found by the previous policy, 2026.12.02.6),
 * and `calm` the near-misses, which must not be. The texts were written for this test, not taken from any corpus.
 */
import { describeGuardTables } from '../../support/rule-engine.js';
import type { GuardTable } from '../../support/rule-engine.js';

const EN_GUARDS: GuardTable[] = [
  {
    id: 'en.r104.excessive.outside_plan_admitted',
    category: 'excessive',
    kept: [
      'We are on the Standard plan. Going forward we would like a monthly threat report for each of our eight departments, written by one of your analysts.',
    ],
    calm: [
      'I understand weekend support is not included in our plan, so we will handle the cutover ourselves. Could you send the checklist?',
      'We are on the Standard plan. How much would the Premium upgrade cost for 300 users?',
    ],
  },
  {
    id: 'en.r104.excessive.same_engineer_always',
    category: 'excessive',
    kept: [
      'Could you make sure Haruto stays on all our tickets from now on? We do not want to explain everything again.',
    ],
    calm: ['Haruto was great on the SSO ticket, please pass on our thanks.'],
  },
  {
    id: 'en.r104.excessive.write_our_documents',
    category: 'excessive',
    kept: [
      'Could one of your experts rewrite our information security policy? It is due for its annual revision.',
      'just rewrite our onboarding handbook for us, could you? your team knows the product better',
    ],
    calm: ["We'd like to write our own acceptable-use policy. Do you have a template we could start from?"],
  },
  {
    id: 'en.r106.violence.fix_your_face',
    category: 'violence',
    kept: ['fix the sync today or I fix your face'],
    calm: ['The app keeps flipping my face in the profile photo, can you fix the crop?'],
  },
];

const JA_GUARDS: GuardTable[] = [
  {
    id: 'ja.r104.excessive.outside_plan_admitted',
    category: 'excessive',
    kept: [
      'すみませ〜ん、今度の日曜にちょっとだけ設定見てもらえたりします？笑 スタンダードなのは分かってるんですけど、平日は本業で手が回らなくて…20分くらいでいいので！',
    ],
    calm: [
      'スタンダードプランなのは承知しております。日曜日の対応が必要な場合、有償オプションの料金を教えてください。',
    ],
  },
  {
    id: 'ja.r104.excessive.named_engineer_always',
    category: 'excessive',
    kept: [
      '前回ご対応いただいた田村さん、説明がとても分かりやすかったです！今後はうちの問い合わせは全部田村さんに担当してもらう…みたいなことってできますか？',
    ],
    calm: ['先日の佐藤さんのご対応、とても分かりやすかったです。ありがとうございました。'],
  },
  {
    id: 'ja.r106.violence.push_off',
    category: 'violence',
    kept: ['あーもう無理。お前んとこの担当、駅のホームで見かけたら線路に突き落とすわ'],
    calm: ['駅のホームで落とし物をしたので、その間にメールが来ていたら教えてください。'],
  },
  {
    id: 'ja.r106.violence.night_road_alone',
    category: 'violence',
    kept: ['強気なのは電話だけか。夜道で一人のときも同じ態度でいられるといいね。'],
    calm: ['先日は遅くまでありがとうございました。夜道はお気をつけてお帰りください。'],
  },
  {
    id: 'ja.r106.violence.not_empty_handed',
    category: 'violence',
    kept: ['次に御社へ伺うときは手ぶらでは参りません。何を持っていくかはご想像にお任せします。'],
    calm: ['次に御社へ伺うときは手ぶらでは参りません。資料を一式お持ちします。'],
  },
  {
    id: 'ja.r106.violence.hands_will_fly',
    category: 'violence',
    kept: ['電話だから我慢してるけど、手が出る前に今日中に直してもらえます？'],
    calm: ['手が離せないので、後ほどこちらから折り返します。'],
  },
  {
    id: 'ja.r106.intimidation.name_noted',
    category: 'intimidation',
    kept: ['井上さんね。メモしました。このお名前、あとで必ず使わせてもらいますから。'],
    calm: ['担当の方のお名前を、社内の報告書で使わせていただいてもよろしいでしょうか。'],
  },
  {
    id: 'ja.r107.insult.keigo_condescension',
    category: 'insult',
    kept: [
      '何度ご説明すればよいのでしょう。あなた、本当に頭がお悪いんですね。',
      '御社の皆様は日本語の読解がお得意でないようですので、箇条書きで書き直しました。',
    ],
    calm: ['私は頭が悪いので、もう少し分かりやすく教えていただけると助かります。'],
  },
  {
    id: 'ja.r107.insult.masked_baka',
    category: 'insult',
    kept: ['お前ら馬〇か。リンクが開かないって言ってるんだよ。'],
    calm: ['設定値の欄が○○になっているのですが、何を入れればよいですか。'],
  },
  {
    id: 'ja.r107.insult.vendor_name_pun',
    category: 'insult',
    kept: ['クソガネのサポートに期待するだけ無駄でした。'],
    calm: ['シロガネのサポートにはいつも助けられています。'],
  },
  {
    id: 'ja.r107.discriminatory.regional',
    category: 'discriminatory',
    kept: ['大阪の人間は仕事が適当だから嫌なんです。東京の担当者に回してください。'],
    calm: ['九州の拠点でも同じ設定を使いたいので、手順を教えてください。'],
  },
  {
    id: 'ja.r107.sexual.body_line',
    category: 'sexual',
    kept: ['次のWeb会議は、もう少し体のラインが分かる服で参加してくださいね。'],
    calm: ['グラフの体裁について、ラインの色が分かるように変更できますか。'],
  },
];

describeGuardTables('t104–t107 round: English rules', EN_GUARDS, 'en');
describeGuardTables('t104–t107 round: Japanese rules', JA_GUARDS, 'ja');
