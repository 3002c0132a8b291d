/**
 * Fixes for the calm-10 round of false alarms (hard negatives: angry, blunt or
 * sarcastic customers with legitimate demands, quoted abuse, technical and
 * idiomatic words, accommodation requests, staff named in thanks), run through
 * the real policy file and engine: the vetoes of config/rules/calm-10.yaml,
 * and the rules of other files narrowed for this round (each table is titled
 * with the id it changes). Calm sentences are the probes of
 * test/fixtures/probes/calm-10.jsonl the engine flagged and variants written
 * for this test; kept sentences are real harassment or demands, written for
 * this test, that must still be caught. The last block checks that the whole
 * calm-10 probe set raises no alarm.
 */
import { describeGuardTables, describeProbeSet, describeRuleFile } from '../../support/rule-engine.js';
import type { GuardTable } from '../../support/rule-engine.js';

const FILE = 'config/rules/calm-10.yaml';
const PROBES = 'test/fixtures/probes/calm-10.jsonl';

// ------------------------------------------------------------ vetoes (en)
const EN_VETOES: GuardTable[] = [
  {
    id: 'c10.veto.bot_scorn',
    category: 'insult',
    calm: [
      'Your chatbot is useless. Put me through to a human being please.',
      'Honestly the phone menu is useless, I pressed 3 five times.',
      'This virtual assistant is completely useless, can I get a real agent?',
    ],
    kept: [
      'Your chatbot is useless and so are you.',
      'Your chatbot is useless, your agents are idiots.',
      'You are useless, all of you.',
      'ur support bot has more brains than u and the bot is garbage',
      'The chatbot is useless, just like you.',
    ],
  },
  {
    id: 'c10.veto.right_of_reply',
    category: 'defamation',
    calm: [
      "I'm writing a review of your product for my tech blog. It will mention the data loss we had, because it happened. Happy to include a response from your team.",
      "I'm writing up the outage on my blog next week. Happy to include a statement from your side.",
    ],
    kept: [
      "I'm writing a review on my blog calling you frauds and scammers. Happy to include a response from your team.",
      "I'll post on Twitter that your staff are liars unless you refund me. Happy to include your response.",
      "I'll post everywhere that you are a scam company.",
    ],
  },
];

// ------------------------------------------------------------ vetoes (ja)
const JA_VETOES: GuardTable[] = [
  {
    id: 'c10.veto.charged_after_cancel_ja',
    category: 'monetary',
    calm: [
      '自動更新オフにしてたのに課金されたんですけど。返金してください。',
      '先月解約したのに今月も請求が来ています。返金をお願いします。',
    ],
    kept: [
      '解約したのに課金された。返金と、迷惑料も払え。',
      '自動更新を止めたのに請求された。返金に加えて慰謝料も請求します。',
    ],
  },
  {
    id: 'c10.veto.promised_refund_ja',
    category: 'monetary',
    calm: [
      '5月12日に「交換品も不良の場合は返金します」とご回答いただきました。交換品も不良でしたので、返金をお願いします。',
      '窓口で「届かなければ返金いたします」と案内されました。届いていないので返金してください。',
    ],
    kept: ['「返金します」と回答されました。返金に加えて、損害も賠償してください。', '返金しろ。'],
  },
  {
    id: 'c10.veto.accommodation_contact_ja',
    category: 'unrelated',
    calm: [
      '娘が自閉症で電話が苦手です。娘のアカウントに関する連絡はすべてメールでお願いできますか。',
      '母は耳が遠いので、母のアカウントについてのご連絡は書面でお願いします。',
    ],
    kept: [
      '娘が自閉症なので、娘のゲームのアカウントの設定をしてください。',
      '娘のゲームのアカウントが乗っ取られたので取り返してください。',
    ],
  },
];

describeGuardTables('calm-10 vetoes (English)', EN_VETOES, 'en');
describeGuardTables('calm-10 vetoes (Japanese)', JA_VETOES, 'ja');

// ------------------------------------------------------- narrowed rules (en)
const EN_NARROWED: GuardTable[] = [
  {
    id: 'en.unrelated.family_device',
    category: 'unrelated',
    calm: [
      'My daughter has autism and gets distressed by phone calls. Can all communication about her account be by email, please?',
      'Please can the invoices be sent in large print or as accessible PDFs? My father is partially sighted and handles the account.',
      'My son is deaf, could you set up text-only contact on our account?',
    ],
    kept: [
      "Can you fix my daughter's laptop? It keeps freezing.",
      "Please help me set up my son's iPad for his school.",
    ],
  },
  {
    id: 'en.kneel_demand.apology_letter',
    category: 'kneel_demand',
    calm: [
      'Your agent told me, and I quote, "stop wasting my time, idiot." I\'m not accepting that. I want him spoken to and a written apology from the company.',
      'I expect the agent to be disciplined and a written apology from your company.',
    ],
    kept: [
      'I want him spoken to and a written apology from the company signed by your CEO.',
      'I demand a handwritten apology letter from your president on my desk by Monday.',
    ],
  },
  {
    id: 'en.sexual.advances',
    category: 'sexual',
    calm: [
      'someone keeps DMing my staff "send nudes or I post your address". is there a way to block them on your platform?',
      'A stranger keeps messaging our moderators asking for nudes. Can you ban the account?',
    ],
    kept: ['Send me nudes tonight.', 'Are you single? Send me some pics of you.'],
  },
  {
    id: 'en.excessive.after_hours',
    category: 'excessive',
    calm: [
      'Please pass my thanks to Ravi Kumar in technical support, who patiently walked me through the reinstall at 11pm his time.',
      'Thanks to Ana, who stayed on the call with us until 1am her time.',
    ],
    kept: [
      'I need an engineer to call me at 11pm tonight.',
      'We expect your team to work this weekend on it, at no charge.',
    ],
  },
];

// ------------------------------------------------------- narrowed rules (ja)
const JA_NARROWED: GuardTable[] = [
  {
    id: 'ja.x.defamation.polite_publish',
    category: 'defamation',
    calm: [
      '今回の件は、事実のとおりGoogleの口コミに星1で書かせていただきます。配達が三回遅れて折り返しもなかった、ということをそのまま書きます。',
      'あったことをそのまま、口コミに星2で書かせていただきます。',
    ],
    kept: [
      '事実のとおり、口コミに星1で御社は詐欺だと書かせていただきます。',
      '御社のずさんな対応を口コミに書かせていただきます。',
    ],
  },
  {
    id: 'ja.b.defamation.quoted_label / ja.o.defamation.quoted_label_published',
    category: 'defamation',
    calm: [
      '御社のマーケットプレイスに「ここの店主は詐欺師で泥棒」という口コミが投稿されました。事実無根です。削除申請の方法を教えてください。',
      '「この会社は詐欺」という書き込みが寄せられました。削除をお願いできますか。',
    ],
    kept: [
      '「しろがねは詐欺会社」と口コミに書いてやる。',
      '返金しなければ、「御社は泥棒」という記事を公開します。',
    ],
  },
  {
    id: 'ja.b.excessive.minutes_deadline',
    category: 'excessive',
    calm: [
      '他のチームが一週間直せなかったルーター、伊藤さんが5分で直してくれた。表彰してあげて',
      '山田さんが10分で直してくださいました。ありがとうございます。',
    ],
    kept: ['5分で直せ。', '10分以内に復旧させろ。'],
  },
  {
    id: 'ja.violence.hit',
    category: 'violence',
    calm: [
      '御社のアプリストアで「開発者は撃ち殺されるべき」というレビューが付きました。コンテンツポリシー違反なので削除してください。',
      '「担当をぶん殴る」というメッセージが届きました。送信元を調べられますか。',
    ],
    kept: ['ぶん殴るぞ。', '担当をぶん殴ってやる、というレビューを書いてやる。'],
  },
  {
    id: 'ja.monetary.refund',
    category: 'monetary',
    calm: [
      '納期について二度も事実と異なるご説明をいただきました。未着の注文について全額返金を請求します。',
      '届いていない商品の返金をお願いします。',
    ],
    kept: ['未着の注文について全額返金と、慰謝料も請求します。', '使った分も含めて全額返金しろ。'],
  },
];

describeGuardTables('calm-10 narrowed rules (English)', EN_NARROWED, 'en');
describeGuardTables('calm-10 narrowed rules (Japanese)', JA_NARROWED, 'ja');

// ------------------------------------------------------- the probe set
describeProbeSet('calm-10 probe set (test/fixtures/probes/calm-10.jsonl)', PROBES, { en: 100, ja: 100 });

describeRuleFile('calm-10 vetoes: the rule file', FILE, {
  lang: 'en',
  idPrefix: 'c10.',
  testedRuleIds: () => [],
  testedGuardIds: () => [...EN_VETOES, ...JA_VETOES].map((g) => g.id),
});
