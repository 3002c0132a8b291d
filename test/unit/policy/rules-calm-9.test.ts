/**
 * Fixes for the calm-9 round, run through the real policy file and engine: the
 * vetoes and the one rule of config/rules/calm-9.yaml, and the rules and vetoes
 * of other files narrowed for this round (each table is titled with the id it
 * changes). Calm sentences are the ones this round's rule writers (calm-8,
 * en-limits, ja-rumor, ja-harm, en-harm) reported flagged but left, and
 * variants of them written for this test; kept sentences are real harassment,
 * written for this test, that must still be caught. The t36 tables cover the
 * training items t36-ja-025, -088, -109 and -118 with sentences of the same
 * families written for this test.
 */
import { describe, expect, it } from 'vitest';
import {
  categoriesOf,
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const FILE = 'config/rules/calm-9.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('calm-9.yaml');

// ------------------------------------------------------------ vetoes (en)
const EN_VETOES: GuardTable[] = [
  {
    id: 'c9.veto.leaving_wished_well',
    category: 'intimidation',
    calm: [
      'Your days at Shirogane are numbered – congrats on the new job!',
      'So your days at the helpdesk are numbered! Congratulations on the new role, they are lucky to have you.',
      'I hear your days on our account are numbered - good luck at the new company and thanks for everything.',
      'Your days at Shirogane are numbered, enjoy your retirement!',
      'Heard your days with the support team are numbered. We will miss you, all the best in the next chapter!',
    ],
    kept: [
      'Your days at Shirogane are numbered.',
      'Your days at Shirogane are numbered, pal. Start packing.',
      'your days there are numbered, trust me',
      "Congrats on your new job. Your days at Shirogane are numbered anyway, I'll tell your new employer what you did.",
      'Congratulations on the new role. Your days are numbered, pal.',
      "Enjoy your retirement. Your days at Shirogane are numbered, and I'll make sure you lose your pension.",
      "It'd be a pity if you lost your job over this. Enjoy your retirement early.",
    ],
  },
  {
    id: 'c9.veto.new_home_congrats (intimidation)',
    category: 'intimidation',
    calm: [
      'Nice house on your Instagram, congrats on the move',
      'Nice house in your Instagram post, congratulations on moving in.',
      'Lovely home you showed on your Instagram, congrats on the move and enjoy the garden.',
      'Beautiful house in your Instagram pics! Congrats on the move, and thanks again for the quick fix.',
    ],
    kept: [
      'Nice house on your Instagram, I know the street now.',
      'Cute kids on your Instagram, congrats. Be a shame if anything happened.',
      "Congrats on the move! Nice house on your Instagram, what's the address?",
    ],
  },
  {
    id: 'c9.veto.new_home_congrats (privacy)',
    category: 'privacy',
    calm: [
      'Nice house on your Instagram, congrats on the move!',
      'Saw the new flat on your Instagram story, congratulations on the move, Aiko!',
      'Beautiful house in your Instagram pics! Congrats on the move, and thanks again for the quick fix.',
    ],
    kept: [
      "What's your Instagram?",
      'Send me your Instagram handle.',
      "Congrats on the move! Nice house on your Instagram, what's the address?",
      'Nice house. Saw it on your Instagram.',
    ],
  },
  {
    id: 'c9.veto.badge_photo (sexual)',
    category: 'sexual',
    calm: [
      'Please send a photo of yourself for the visitor badge',
      'Could you send a photo of yourself for the visitor badge before Thursday?',
      'Please send me your photo for the building pass, passport style is fine.',
      'Send us a photo of yourself for the speaker page of our user conference, please.',
      'Can you send a picture of yourself for the site induction card? Our security office needs it.',
      'Can you send a picture of yourself? Our security office needs it for the induction card.',
    ],
    kept: [
      'Send me a photo of yourself.',
      'Send me a photo of yourself, just for me.',
      'Send a photo of yourself for my collection, sweetheart.',
      'Please send a photo of yourself in that uniform for the visitor badge, I bet you look hot.',
      'Please send a photo of yourself for the visitor badge, and another one just for me.',
      'Please send your photo for the badge, you look cute in the webinar.',
    ],
  },
  {
    id: 'c9.veto.badge_photo (privacy)',
    category: 'privacy',
    calm: ['Please send me your photo for the building pass, passport style is fine.'],
    kept: [
      "send me a photo of your employee badge. front side, with the photo. I want proof you're a real person.",
      "I'm editing the call so it sounds like your agent admits it, and it's going on YouTube with her name and photo from your conference page.",
      'Please send your photo for the badge, you look cute in the webinar.',
    ],
  },
  {
    id: 'c9.veto.deliver_to_own_staff',
    category: 'privacy',
    calm: [
      'please send the VPN guide to his personal email? No, to his work address',
      'Please send the courier to her home address, she is on leave',
      'Can you ship the replacement token to her home address? She works remotely.',
      'Could you email the install link to his personal address instead, he has no laptop yet.',
      'Kindly courier the YubiKey to their home address since they are fully remote.',
      'Please send the license key to her personal email, our mail server is down.',
    ],
    kept: [
      'Send me her home address.',
      'Give me his personal email or I will find it myself.',
      'Please send me the engineer’s home address so I can send flowers.',
      'Please send the courier to her home address and tell me where she lives.',
      "What's her personal email? Please send the report to her personal email.",
    ],
  },
];

// ------------------------------------------------------------ vetoes (ja)
const JA_VETOES: GuardTable[] = [
  {
    id: 'c9.veto.name_for_records_ja (intimidation)',
    category: 'intimidation',
    calm: [
      '担当の方のお名前をメモしておきたいので、フルネームを教えていただけますか。',
      '社内の報告書に記載するため、ご担当者様のお名前を控えさせていただきたいのですが、フルネームを教えていただけますでしょうか。',
      '本日はありがとうございました。次回問い合わせる際のために、担当の方のフルネームをメモしておきたいのですが、教えていただけますか。',
      '稟議書に担当者名を記録しておきたいので、フルネームを教えていただけますでしょうか。',
    ],
    kept: [
      '担当の方のお名前をメモしておきたいので、フルネームを教えていただけますか。後でどうなっても知りませんよ。',
      'お名前、しっかりメモしておきました。',
      '担当の方のお名前をメモしておきたいので、フルネームを教えていただけますか。今後のために。',
      'お名前を控えさせていただきたいので、フルネームを教えていただけますか。この件、上に報告しますから覚悟してください。',
    ],
  },
  {
    id: 'c9.veto.name_for_records_ja (privacy)',
    category: 'privacy',
    calm: [
      '担当の方のお名前をメモしておきたいので、フルネームを教えていただけますか。',
      '稟議書に担当者名を記録しておきたいので、フルネームを教えていただけますでしょうか。',
      'お礼状をお送りしたいので、担当の方のフルネームを教えていただけますか。',
      '丁寧にご説明いただきありがとうございました。議事録にお名前を残しておきたいので、フルネームを伺えますか。',
    ],
    kept: [
      'お前のフルネームを教えろ。覚えとくからな。',
      'フルネームは？メモしとくから。',
      '担当の方のお名前をメモしておきたいので、フルネームを教えていただけますか。ネットに書き込む際に必要ですので。',
      'お名前をメモしておきたいので、フルネームを教えていただけますか。あと携帯番号も。',
    ],
  },
  {
    id: 'c9.veto.story_reach_ja',
    category: 'intimidation',
    calm: [
      'うちは地元の商工会で顔が広いんですよ。次の会合で「シロガネに任せたら復旧に一週間かかった」って話しておきます。話すかどうかは御社次第ですが。',
      '私どもの業界は狭いので、噂はすぐに回ります。貴社が顧客の通信内容を覗いている、という話が広まれば、商談にも響くでしょう。',
      'こっちは地元のテレビ局にも知り合いがいるからね。夕方のニュースで「顧客データを放置する会社」ってやってもらうこともできるのよ。',
    ],
    kept: [
      '地元では顔が広いんでね。どうなるか、分かってますよね。',
      '業界は狭いので、噂はすぐに回りますよ。',
      '日経の記者に知り合いがおりますので、意味はお分かりですね。',
      '商工会で顔が広いんですよ。会合で「シロガネは最低」って話しておきます。あなたには覚悟してもらいますよ。',
      'テレビ局にも知り合いがいる。ニュースで「ずさんな会社」ってやってもらう。担当のあんたも覚悟しときなさい。',
    ],
  },
];

// -------------------------------------------------------------- the rule
const KINDS: RuleKind[] = [
  {
    rule: 'c9.ja.defamation.posts_if_multiply',
    category: 'defamation',
    positives: [
      [
        '口コミサイトに「サポートが最悪」といった投稿が相次いだら、どうなさいますか。',
        'といった投稿が相次いだら',
      ],
      [
        'SNSに「シロガネは顧客データを流出させた」というコメントが出回ったら、御社の株価はどうなるでしょうか。',
        'というコメントが出回ったら',
      ],
      [
        '「御社の製品はウイルスだらけ」みたいな書き込みが急に増えたら、上場前の御社には痛手でしょうね。',
        'みたいな書き込みが急に増えたら',
      ],
    ],
    negatives: [
      '弊社について「対応が遅い」といった口コミが増えた場合に備えて、レビュー監視の機能があれば教えてください。',
      '「サポートが最悪」といった投稿が増えた場合、御社のモニタリング機能で検知できますか。',
      '掲示板に「シロガネは詐欺会社」といった書き込みがありました。削除依頼の方法を教えてください。',
    ],
  },
];

// ---------------------------------------------------- narrowed rules (en)
const EN_NARROWED: GuardTable[] = [
  {
    id: 'en.kneel_demand.kneel (narrowed: a knee operated on, hurt or rested on)',
    category: 'kneel_demand',
    calm: [
      'Our last engineer who tried the beta needed surgery on his knee, so please send someone else to the workshop.',
      'Our admin had an operation on her knee last week, so the training has to move to May.',
      'Kenji is back from hospital after surgery on his knee; please route his tickets to Aya until Friday.',
      'She landed on her knee during the office move, so she will join the call remotely.',
      'The tech put the laptop on his knee and typed the fix in the lobby, brilliant service.',
    ],
    kept: [
      'I want your manager on his knees in my office tomorrow.',
      'Get down on your knees and beg.',
      'Your engineer can come on bended knee and apologise.',
      'After the surgery on our mail setup, I want your CEO on his knees.',
    ],
  },
  {
    id: 'en.intimidation.fired and en.hm.intimidation.make_sure_fired (narrowed: let go from a call or a shift)',
    category: 'intimidation',
    calm: [
      'make sure the engineer is let go from the bridge call once the fix is in',
      'Please make sure your engineer is let go early today, he has been on since 5am.',
      'Once we confirm the rollback, ensure the team is let go from the war room.',
      'Can you see that Mr. Tan is let go for the day after the cutover? He deserves the rest.',
      'Have the on-call tech let go from the incident bridge once the patch is verified.',
    ],
    kept: [
      'Make sure the engineer is let go.',
      'I will make sure the engineer is let go by Friday.',
      "I'll get him let go from the company, mark my words.",
      'Make sure he is let go from the company after this call.',
    ],
  },
  {
    id: 'en.intimidation.pity_if and en.y.intimidation.start_worrying (narrowed: the agent’s own leaving)',
    category: 'intimidation',
    calm: [
      'Would be a shame if your last day was spent on our ticket… enjoy retirement',
      'It would be a shame if your last day was spent on our ticket. Enjoy your retirement, you earned it!',
      'Would be a shame if you spent your farewell week on our outage, so let Aiko take it. Congrats on the new job!',
      "It'd be a pity if your leaving party was ruined by our ticket - please hand it over and enjoy your last day.",
    ],
    kept: [
      "It would be a shame if your engineer had a bad week, wouldn't it.",
      'Would be a shame if something happened to your job.',
      'Would be a shame if today was your last day.',
      'Enjoy your last day, Tanaka.',
      'Enjoy your last week here, pal. Your boss will hear from me.',
    ],
  },
  {
    id: 'en.q.violence.while_you_can (narrowed: what the agent can do with it)',
    category: 'violence',
    calm: [
      'Enjoy your bonus while you can spend it on holiday',
      'Make the most of the quiet week while you can take time off, the release lands Monday.',
      'Savour the weekend while you can sleep in, the migration starts Monday.',
      'Enjoy the long weekend while you can get away, the audit starts Monday!',
    ],
    kept: [
      'Enjoy your bonus while you can.',
      'Enjoy your weekend. While you can.',
      'Enjoy your job while you still can, Tanaka.',
      'Enjoy your legs while you can still use them.',
    ],
  },
  {
    id: 'en.privacy.where_lives (narrowed: a visitor’s car known from the parking form)',
    category: 'privacy',
    calm: [
      'I know what car your engineer drives from the parking permit request, so we reserved a spot next to the entrance.',
      'I know what car your engineer drives from the parking registration, so I saved him a bay by the lift.',
      'I know which car the engineer drives from the permit you sent, security will wave him through.',
    ],
    kept: [
      'I know what car your engineer drives.',
      'I know what car your engineer drives from the parking permit request, and I know where he lives.',
      'I know what car your agent drives from the visitor form, so tell him to watch his brakes.',
    ],
  },
  {
    id: 'en.y.privacy.found_on_social (narrowed: the agent’s child’s school echoed back with congratulations)',
    category: 'privacy',
    calm: [
      "Your daughter's school is near our office? What a coincidence, congrats on her getting in!",
      "Your daughter's school is near our office? Small world! Congrats on her graduation.",
      "You mentioned your daughter's school is near our office, congrats on her first day!",
    ],
    kept: [
      "Your daughter's school is near our office, congrats. I know which gate she uses.",
      "Your daughter's school photos are lovely, congrats on her graduation.",
      "I saw your son's school on your wife's Instagram, congrats.",
      "I found your daughter's school on Facebook.",
    ],
  },
  {
    id: 'en.unrelated.personal_device and en.x.unrelated.family_laptop (narrowed: a personal address used to register by mistake)',
    category: 'unrelated',
    calm: [
      'My personal gmail was used to register by mistake. Can you change the login to my work address?',
      'My personal gmail was used to register by mistake, please move the account to our company domain.',
      'I accidentally signed up with my personal Gmail, could you move the account to my company email?',
      'My personal Outlook.com address was used for the trial registration by mistake; please update it to my work one.',
    ],
    kept: [
      'Can you help me recover my personal gmail? It was hacked.',
      'My personal gmail keeps getting spam, please fix it.',
      "My wife's gmail was registered by mistake on her phone and now it won't sync, can you fix it?",
      'Please set up my personal iCloud on my new phone.',
    ],
  },
  {
    id: 'en.x.privacy.polite_details (narrowed: the customer’s own person registered with a personal address)',
    category: 'privacy',
    calm: ['Our intern registered with his personal gmail by mistake, please switch it to his work address.'],
    kept: [
      "Could you share your engineer's personal email? I'd like to thank him directly.",
      'Would you kindly pass on her personal mobile number?',
    ],
  },
];

// ---------------------------------------------------- narrowed rules (ja)
const JA_NARROWED: GuardTable[] = [
  {
    id: 'ja.b.intimidation.knows_private (narrowed: a profile read for a talk or a job offer, as its privacy twin)',
    category: 'intimidation',
    calm: [
      '佐藤さんのLinkedInを拝見し、ご経歴が素晴らしかったので、講演のご依頼をさせていただきたくご連絡しました。',
      '田中様のLinkedInのプロフィールを拝見し、ぜひ弊社のセミナーにご登壇いただきたくご連絡いたしました。',
      '鈴木さんのご経歴をLinkedInで拝見して素晴らしいと思い、採用のご相談でメッセージしました。',
      '山田様のLinkedInを拝見しましたが、ご経歴が素晴らしく、ぜひ一度お仕事のご相談をさせてください。',
    ],
    kept: [
      '佐藤さんのLinkedInを拝見しました。ご自宅も近くなんですね。',
      '佐藤さんのLinkedInを拝見しました。前職のこともよく存じ上げております。',
      '佐藤さんのLinkedInも拝見済みです。覚悟しておいてください。',
    ],
  },
  {
    id: 'ja.b.privacy.knows_private (narrowed: LinkedInで拝見 as well as LinkedInを拝見)',
    category: 'privacy',
    calm: ['鈴木さんのご経歴をLinkedInで拝見して素晴らしいと思い、採用のご相談でメッセージしました。'],
    kept: [
      '佐藤さんのLinkedInを拝見しました。ご自宅も近くなんですね。',
      '担当さんの実家、調べがついています。',
    ],
  },
  {
    id: 'ja.veto.meta (narrowed: the customer’s own threat of such posts, as a condition or a future)',
    category: 'defamation',
    calm: [
      '掲示板に「シロガネは詐欺会社」といった書き込みがありました。削除依頼の方法を教えてください。',
      '「対応が最悪」といった投稿が最近増えています。御社でも把握されていますか。',
      '弊社について「個人情報を売っている」という書き込みを見つけました。法務に相談中です。',
      '「サポートが最悪」といった投稿がされているのを見つけたので、ご報告します。',
    ],
    kept: [
      'ところで、IR担当の方は、投資家向けの掲示板で「顧客対応に重大な問題がある」といった書き込みが急に増えた場合、どう対応されるのでしょうね。',
      '「御社は個人情報を売っている」といった書き込みが掲示板に出たら、困るのは御社ですよね。',
      '「この会社は詐欺」という書き込みが広まれば、上場にも響くでしょうね。',
    ],
  },
];

describeGuardTables('calm-9 vetoes (English)', EN_VETOES, 'en');
describeGuardTables('calm-9 vetoes (Japanese)', JA_VETOES, 'ja');
describeRuleKinds('calm-9 rule (Japanese)', KINDS, alone, 'ja');
describeGuardTables('calm-9 narrowed rules (English)', EN_NARROWED, 'en');
describeGuardTables('calm-9 narrowed rules (Japanese)', JA_NARROWED, 'ja');

// The story itself stays defamation when c9.veto.story_reach_ja drops the connection's intimidation.
describe('c9.veto.story_reach_ja keeps the story as defamation', () => {
  const stories = JA_VETOES.find((g) => g.id === 'c9.veto.story_reach_ja')!.calm;
  it.each(stories)('still finds defamation in %j', (text) => {
    expect(categoriesOf(text, 'ja')).toContain('defamation');
  });
});

describeRuleFile('calm-9: the rule file', FILE, {
  lang: 'en',
  idPrefix: 'c9.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => [...EN_VETOES, ...JA_VETOES].map((g) => g.id.split(' ')[0]!),
});
