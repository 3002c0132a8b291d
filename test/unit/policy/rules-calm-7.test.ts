/**
 * Fixes for the blind calm probe set calm-7 (test/fixtures/probes/calm-7.jsonl,
 * English and Japanese), run through the real policy file and engine: the
 * vetoes of config/rules/calm-7.yaml, and the firing rules of other files
 * narrowed for calm-7 (each table is titled with the rule's id). Every sentence
 * here was written for this test; calm sentences are look-alikes the engine
 * must leave alone (kind wishes, idioms, contracted visits and hours, the
 * customer's own users or staff, phrases cited to test the product), kept
 * sentences are real harassment or demands that must still be caught.
 */
import { describeGuardTables, describeRuleFile } from '../../support/rule-engine.js';
import type { GuardTable } from '../../support/rule-engine.js';

// ------------------------------------------------------------ vetoes
const EN_VETOES: GuardTable[] = [
  {
    id: 'c7.veto.wait_for_meeting',
    category: 'restrictive',
    calm: [
      "We'll wait in reception until your engineer comes out of the meeting",
      "We're early, so we'll wait in the lobby until your consultant finishes her call.",
      "I'll wait at the front desk until the account manager wraps up his presentation.",
    ],
    kept: [
      "We'll wait in reception until your manager comes out to face us.",
      "We'll wait in your reception until your engineer comes out of the meeting, no matter how long it takes.",
      "I'm staying on this line until you refund me.",
      'We will sit in your lobby until someone fixes this.',
      "I'm not leaving your office until I get my money back.",
    ],
  },
  {
    id: 'c7.veto.onsite_entitled',
    category: 'excessive',
    calm: [
      "As per our agreement (Schedule 2, Onsite Support), a P1 not resolved remotely within 8 hours entitles us to an engineer on site. We're at 9 hours on case 30021. Please dispatch someone to our Leeds data centre.",
      'Our support contract includes on-site engineer visits for hardware faults. The appliance has failed. Please send an engineer to our Osaka office tomorrow.',
    ],
    kept: [
      'Send an engineer to our office this Saturday for free.',
      'The agreement entitles us to an engineer on site for P1s. This is a P2, but please send someone to our office today anyway, for free.',
      'I know on-site visits are not covered by our plan. Please send a technician to our site today anyway.',
    ],
  },
  {
    id: 'c7.veto.insult_at_a_thing',
    category: 'insult',
    calm: [
      'ur useless chat bot just loops',
      'ur stupid captcha keeps failing',
      'your useless hold music again, twenty minutes now',
      'ur crappy portal logged me out twice today',
    ],
    kept: [
      'ur stupid, fix it',
      'ur useless',
      'ur stupid support team cant do anything',
      'ur useless chat bot is as dumb as the idiots who built it',
      'your useless agents and your useless bot, all of you are morons',
    ],
  },
];

const JA_VETOES: GuardTable[] = [
  {
    id: 'c7.veto.honest_review_ja',
    category: 'defamation',
    calm: [
      '請求の件でCapterraに星1のレビューを書きました。二重請求が解消されれば喜んで更新します。脅しではなく、正直な感想です。',
      '口コミに正直な感想を書きました。改善されたら書き直します。',
    ],
    kept: [
      '口コミに書きました。詐欺会社だと。直したら更新します、正直な感想です。',
      'ネットに晒してやる。正直な感想だから、直すまで更新しません。',
      '口コミにも書いたし、SNSでも拡散します。正直な感想なので、改善されたら更新します。',
    ],
  },
];

describeGuardTables('calm-7 vetoes (English)', EN_VETOES, 'en');
describeGuardTables('calm-7 vetoes (Japanese)', JA_VETOES, 'ja');

// ------------------------------------------------------- narrowed (en)
const EN_NARROWED: GuardTable[] = [
  {
    id: 'en.excessive.after_hours',
    category: 'excessive',
    calm: [
      "Lucky we're in different time zones, you can work on it overnight",
      "Handy that we're in opposite time zones: your engineers can look at it overnight (our night) and we'll test in the morning.",
      "I know it's Friday evening for you - please don't work on this over the weekend.",
      "Please don't stay late on our ticket tonight, tomorrow is fine.",
    ],
    kept: [
      'I need someone on call every night until this is fixed.',
      "We're in different time zones, so I expect your engineers to be available overnight our time, at no cost.",
      'Please work on it overnight, we need it by 8am.',
      'I want your team working this weekend.',
    ],
  },
  {
    id: 'en.q.violence.family_safe',
    category: 'violence',
    calm: [
      "We want your family to stay healthy, so please don't rush the ticket while you're off sick",
      'Get well soon - we want your kids to stay healthy too, so rest up.',
      "We'd like your family to stay healthy; take your sick leave, the ticket can wait.",
    ],
    kept: [
      'I want your family to stay safe, so fix this today.',
      "You'd like your kids to stay unharmed, wouldn't you? Refund me.",
      "Think about what you'd do to protect your children before you close my ticket again.",
    ],
  },
  {
    id: 'en.defamation.slander',
    category: 'defamation',
    calm: [
      'Attaching the headers from the sextortion scam that hit 60 of our staff today.',
      'The invoice scam that got through yesterday spoofed our CFO.',
      'We are considering legal action against the former employee who stole our client list, not against you.',
      'The intruder who stole our laptops also took the badge reader.',
    ],
    kept: [
      'You people are scammers.',
      'Your company is a bunch of crooks and liars.',
      'You stole our data and covered up the breach.',
      'Shirogane steals customer data.',
    ],
  },
  {
    id: 'en.kneel_demand.kneel',
    category: 'kneel_demand',
    calm: [
      "We want to test whether your product flags phrases like 'I'll wait for you outside' or 'kneel and apologise'.",
      "Our test list has phrases like 'kneel and apologise' and 'grovel'; which category do they map to?",
    ],
    kept: [
      'Kneel and apologise to me, now.',
      'I want your manager on his knees, grovelling.',
      'Do a dogeza in front of my whole team.',
    ],
  },
  {
    id: 'en.intimidation.warning',
    category: 'intimidation',
    calm: [
      "Our awareness slogan is 'Think before you click - or the hackers will eat you alive', and MailGuard flags it.",
      'In this market the competitors will eat you alive if you stand still, so we need the new API soon.',
    ],
    kept: [
      'We eat vendors like you for breakfast.',
      'This is your final warning.',
      'Mark my words, you will regret closing this ticket.',
    ],
  },
  {
    id: 'en.persistence.interval_until',
    category: 'persistence',
    calm: [
      'I have to nag our own users every day until they enrol in MFA.',
      'We remind our staff every morning until they finish the training; can the portal do it?',
      // t77: the customer's own chore, with the technical words masked.
      "I'd rather not execute the sync manually every hour until 3.10 comes out.",
      'We re-import the file by hand every morning until the fix ships.',
    ],
    kept: [
      'I will call every hour until you answer.',
      'Expect me to ring every 10 minutes until my refund is approved.',
      "I'll email your support team every day until this is fixed.",
    ],
  },
  {
    id: 'en.b.persistence.reopen_every_time',
    category: 'persistence',
    calm: [
      'I have to nag our own users every day until they enrol in MFA.',
      'We chase our managers every day about access reviews; can we automate it?',
    ],
    kept: [
      "I'll keep nagging you every hour until you give in.",
      "I'm going to chase your team every 30 minutes.",
      "I'll open a new ticket every time you close this one.",
    ],
  },
  {
    id: 'en.privacy.publish',
    category: 'privacy',
    calm: [
      "Our portal shows home addresses to every manager; we got a complaint that it's basically doxxing ourselves.",
      'Publishing the whole org chart with mobiles was like doxxing our own staff, so we pulled it.',
    ],
    kept: [
      "I'll dox your agent if this isn't fixed.",
      "I'm going to post your agent's full name and photo online.",
      "Unless you refund me, I'm uploading the recording with her name on YouTube.",
    ],
  },
  {
    id: 'en.unrelated.off_topic_task',
    category: 'unrelated',
    calm: [
      "I'm away next week for my sister's wedding, so my colleague Rina will cover the ticket.",
      "I'll be off from Friday for a family wedding; please copy Tom on replies.",
    ],
    kept: [
      'Could you proofread my wedding speech?',
      'Can you help with my tax return?',
      "Please write a speech for my daughter's wedding.",
    ],
  },
  {
    id: 'en.privacy.where_lives',
    category: 'privacy',
    calm: [
      "Hope the typhoon isn't too bad where you live. Stay safe with your family.",
      "Hope the snow isn't too bad where you live, and that the trains are running.",
    ],
    kept: [
      'Tell me where your agent lives.',
      'I know where he lives and where he parks.',
      'The storm is nothing. I know where you live.',
    ],
  },
  {
    id: 'en.privacy.demand_details',
    category: 'privacy',
    calm: [
      'Give your family our best, and enjoy the holiday.',
      "Your family's safety comes first, we want them safe.",
      'Please send your kids our love, and happy new year.',
    ],
    kept: [
      "Give me your agent's home address.",
      'Send me his personal mobile number now.',
      "I want your family's names and where they live.",
    ],
  },
];

// ------------------------------------------------------- narrowed (ja)
const JA_NARROWED: GuardTable[] = [
  {
    id: 'ja.violence.hit',
    category: 'violence',
    calm: [
      '週末のゴルフコンペ、バット持っていくわけじゃないですが、気合いは十分です。',
      '監査ではアクセスレビューの項目でボコボコにやられました。',
      '社内では血祭りにあげられましたが（私が）、原因がはっきりして説明できました。',
    ],
    kept: ['殴るぞ。', 'ボコボコにしてやる。', 'バット持って行くからな。', '担当者を血祭りにあげてやる。'],
  },
  {
    id: 'ja.z.violence.weapon_ready',
    category: 'violence',
    calm: [
      '週末のゴルフコンペ、バット持っていくわけじゃないですが、気合いは十分です。',
      '包丁を用意しておくわけではありませんが、料理教室の案内メールが届きません。',
    ],
    kept: ['金属バット持って行きますね。', '包丁を研いで待ってます。', 'バットを用意して待ってるから。'],
  },
  {
    id: 'ja.violence.verbs',
    category: 'violence',
    calm: ['監査ではボコボコにやられました。', 'レビューでボコボコにされましたが、指摘はもっともでした。'],
    kept: ['ボコボコにしてやる。', '担当者を痛めつけてやる。', '叩きのめすぞ。'],
  },
  {
    id: 'ja.q.violence.weapon_mentioned',
    category: 'violence',
    calm: [
      '週末のゴルフコンペ、バット持っていくわけじゃないですが笑 さて本題ですが、SSOの証明書更新の手順を教えてください。',
    ],
    kept: [
      '今からバット持っていくから、担当出せ。',
      '明日、お宅に包丁持参しますね。',
      'ナイフを研いでおきます。担当によろしく。',
    ],
  },
  {
    id: 'ja.x.violence.something_happens',
    category: 'violence',
    calm: [
      '工場見学の際、ヘルメット未着用の場合の身の安全は保証いたしかねますので、ご注意ください。',
      '構内では安全靴を着用いただけない場合、身の安全は保証しかねます。',
      '立入禁止区域に入られた場合の身の安全は保証いたしかねます。',
    ],
    kept: [
      '身の安全は保証できませんよ。',
      'ヘルメットがあっても身の安全は保証できないからな。',
      '無傷で帰れると思うな。',
      '病院送りにしてやる。',
    ],
  },
  {
    id: 'ja.violence.family',
    category: 'violence',
    calm: [
      '台風の間はご安全に。ご家族も無事でいてほしいです。',
      '地震のニュースを見ました。ご家族が無事でありますように。',
    ],
    kept: [
      '家族がどうなっても知らないよ。',
      'ご家族に無事でいてほしいなら、今日中に返金しろ。',
      'お子さんに何かあっても知りませんよ。',
    ],
  },
  {
    id: 'ja.defamation.expose_online',
    category: 'defamation',
    calm: [
      '弊社のステータスページで障害の事後レビューを公開する予定です。',
      '社員がSNSで取引先の担当者を晒す投稿をしてしまいました。',
      '振り返りのレビューをブログに公開します。',
    ],
    kept: ['ネットに晒してやるからな。', '口コミに全部書き込んでやる。', 'ネットで全部晒します。'],
  },
  {
    id: 'ja.b.excessive.odd_hours',
    category: 'excessive',
    calm: [
      'プレミアムプランには土日サポートが含まれておりますので、今週土曜10時〜14時のテナント移行時にご対応いただけますでしょうか。',
      '契約に夜間対応が含まれていますので、深夜2時の切替にご対応いただけますか。',
    ],
    kept: [
      '土日に電話でサポートしてください。',
      '深夜でも対応してもらえますよね。',
      '土日対応が含まれていないのは分かっていますが、土曜にご対応いただけませんか。',
    ],
  },
  {
    id: 'ja.b.persistence.every_until',
    category: 'persistence',
    calm: [
      '管理者として、MFA登録が終わるまで自社のユーザーに毎日しつこく催促しないといけない状況です。登録完了まで毎日自動でリマインドを送る機能はありますか。',
      '弊社の社員が研修を終えるまで、毎朝通知を送る設定はありますか。',
    ],
    kept: [
      '返金に応じるまで毎日電話し続けます。',
      '対応するまで毎晩クレームを送り続けるからな。',
      '直るまで1時間おきに電話します。何度でも。',
      '返金するまで毎日電話し続けます。返金の設定はありますか。',
    ],
  },
  {
    id: 'ja.x.privacy.polite_home_details',
    category: 'privacy',
    calm: [
      '退職した前任管理者の個人携帯番号を御社の連絡先情報から削除していただけますか。',
      '前任者の個人の携帯番号は、御社の名簿から削除をお願いします。',
    ],
    kept: [
      '担当の方のご自宅のご住所を教えていただけますか。',
      '担当者さんの個人の携帯番号をお伺いできますか。',
      'あなたの個人のLINEを教えてください。',
    ],
  },
  {
    id: 'ja.persistence.every_interval',
    category: 'persistence',
    calm: [
      '契約上、P1は解決まで1時間ごとに連絡をいただけるはずです。1時間ごとの連絡の再開をお願いいたします。',
      '毎日の報告の継続をお願いします。',
    ],
    kept: ['毎日電話しますからね。', '5分おきにかけてやる。', '1時間ごとにメールを送り続けます。'],
  },
];

describeGuardTables('calm-7 narrowed rules (English)', EN_NARROWED, 'en');
describeGuardTables('calm-7 narrowed rules (Japanese)', JA_NARROWED, 'ja');

describeRuleFile('calm-7 vetoes: the rule file', 'config/rules/calm-7.yaml', {
  lang: 'en',
  idPrefix: 'c7.',
  testedRuleIds: () => [],
  testedGuardIds: () => [...EN_VETOES, ...JA_VETOES].map((g) => g.id),
});
