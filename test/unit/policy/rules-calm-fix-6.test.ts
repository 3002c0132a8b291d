/**
 * Fixes for the calm-fix-6 list of calm sentences the whole engine still
 * flagged, run through the real policy file and engine: the vetoes of
 * config/rules/calm-fix-6.yaml, and the firing rules of other files narrowed
 * for this round (each table is titled with the rule's id). Calm sentences are
 * the listed one and variants written for this test; kept sentences are the
 * rule's own positives from its existing test or comment and new positives
 * written for this test, real harassment or demands the rule must still catch.
 */
import { describeGuardTables, describeRuleFile } from '../../support/rule-engine.js';
import type { GuardTable } from '../../support/rule-engine.js';

const FILE = 'config/rules/calm-fix-6.yaml';

// ------------------------------------------------------------- vetoes (en)
const VETOES: GuardTable[] = [
  {
    // en.persistence.every_interval, en.persistence.until, en.persistence.interval_until, en.f.persistence.reopen_forever
    id: 'cf6.veto.diagnostics_sent',
    category: 'persistence',
    calm: [
      'We will send you the logs every day until the issue is fixed.',
      "We'll send you the diagnostic bundle every morning until it's resolved.",
      'I will email you the crash dumps every day until you find the cause.',
      "We'll be sending you the error reports every evening until the fix lands.",
      "I'll send you a screenshot every hour while it keeps failing.",
      'We will upload the HAR files every day until the bug is gone.',
    ],
    kept: [
      "I'll call every day until you give me a refund.",
      'I will call you every hour until this is fixed.',
      'We will email you every day until the issue is fixed.',
      "I'll send you an email every morning until someone fixes this.",
      "I'm going to send messages every hour until I get my money back.",
      'Expect a call from me every hour, on the hour, until this works.',
      "I'll send you the logs every hour until you refund me.",
      "I'll send you screenshots every day until your manager calls me.",
    ],
  },
  {
    // en.persistence.keep_contacting, en.b.persistence.every_interval_until
    id: 'cf6.veto.machine_called',
    category: 'persistence',
    calm: [
      'We will keep calling the API every minute until the rate limit resets.',
      'Our script will keep polling the endpoint every 5 seconds until it returns 200.',
    ],
    kept: [
      "I'll keep calling you every hour until you fix the API.",
      "I'll keep calling your support line every minute until someone answers.",
      "I'll keep calling the API every second until you answer my ticket.",
      "I'll keep sending this email until someone answers. And I mean every hour.",
    ],
  },
  {
    // en.violence.assault, ja.violence.physical_english
    id: 'cf6.veto.beaten_at_a_game',
    category: 'violence',
    calm: [
      "I'll beat you at darts at the offsite.",
      "I'll beat you at chess next time.",
      "We'll beat you in the quiz at the conference.",
      'I bet I can beat you at ping pong.',
      "I'll beat you to it and file the ticket myself.",
    ],
    kept: [
      "I'll beat you up at the offsite.",
      "I'll beat you so hard you won't walk.",
      "I'm going to beat you when I see you.",
      "I'll beat you at the office, wait and see.",
      "We'll beat you senseless.",
      "I'll beat you at darts and then beat you up in the car park.",
      "I'll beat you at pool, then I'll hurt you.",
    ],
  },
  {
    // backstop.insult, en.insult.adjective_staff ("such a stupid idiot")
    id: 'cf6.veto.self_called_idiot',
    category: 'insult',
    calm: [
      'I felt like a clueless idiot when the setup failed.',
      'I feel like such a stupid idiot for deleting the folder.',
      'I was a clueless idiot and forgot to save the key.',
      'Honestly I felt like a useless idiot trying to configure the VPN.',
      "I'm such a stupid idiot, I deleted the wrong folder.",
      'I must have looked like a total moron on that call, sorry.',
    ],
    kept: [
      'You clueless idiot, the setup failed again.',
      'Your clueless support staff broke the setup.',
      'useless support monkeys, the lot of you',
      'I feel like an idiot talking to a moron like you.',
      'I felt like an idiot, but your useless support team is worse.',
      'I feel like a stupid idiot for paying you, you useless clowns.',
      'grovel. type "i am a useless idiot and i beg your forgiveness" ten times. then maybe i\'ll tell you the error code',
      'Say "I am a useless idiot" on the call or no renewal.',
    ],
  },
  {
    // en.lf.privacy.routine_recited
    id: 'cf6.veto.routine_scheduled_around',
    category: 'privacy',
    calm: [
      'Ms. Sato usually takes the 18:40 bus, so please book the session for 17:00.',
      'Mr. Tanaka usually leaves at 6pm, so could we schedule the training for 4pm?',
      "Ms. Ito always takes the 7:15 train, so let's start the call at 9:00.",
      'Your engineer usually leaves at 17:30, so please book the visit for the morning.',
      'Thanks for arranging this. Ms. Sato usually takes the 18:40 bus, so please book the session for 17:00. See you then.',
      'Mr. Tanaka usually leaves at 6pm, so could we schedule the training for 4pm? Let me know.',
    ],
    kept: [
      'Does Kenji still take the 8:10 from Ogikubo?',
      'I see your engineer still parks by the river at 8am.',
      "Ms. Sato usually takes the 18:40 bus, doesn't she?",
      'Your agent usually leaves at 18:00. Nice to know.',
      'Ms. Sato usually takes the 18:40 bus, so please book the session for 17:00. I know which stop she gets off at.',
      'Ms. Sato usually takes the 18:40 bus, so please sort out my refund before then.',
      'Ms. Sato usually takes the 18:40 bus, so please book the session for 17:00. It would be a shame if she missed it.',
      'Ms. Sato usually takes the 18:40 bus alone, so please book the session for 17:00.',
    ],
  },
  {
    // en.lf.intimidation.routine_recited
    id: 'cf6.veto.routine_scheduled_around',
    category: 'intimidation',
    calm: [
      'Ms. Sato usually takes the 18:40 bus, so please book the session for 17:00.',
      'Mr. Tanaka usually leaves at 6pm, so could we schedule the training for 4pm?',
      "Ms. Ito always takes the 7:15 train, so let's start the call at 9:00.",
    ],
    kept: [
      'Does Kenji still take the 8:10 from Ogikubo?',
      "Ms. Sato usually takes the 18:40 bus, doesn't she?",
      'Your agent usually leaves at 18:00. Nice to know.',
      'Ms. Sato usually takes the 18:40 bus, so please sort out my refund before then.',
      'Ms. Sato usually takes the 18:40 bus alone, so please book the session for 17:00.',
    ],
  },
  {
    // backstop.excessive
    id: 'cf6.veto.own_vigil',
    category: 'excessive',
    calm: [
      "I'll be on site at our data centre all night until the cutover finishes.",
      "We'll be in our office all weekend until the migration is done.",
    ],
    kept: [
      "I'll be at our data centre tonight and I want your engineer on site with me all night.",
      "We'll be at our site on Sunday; send an engineer to our office to join us.",
    ],
  },
  {
    // backstop.intimidation
    id: 'cf6.veto.other_vendors_considered',
    category: 'intimidation',
    calm: [
      "If this keeps failing we'll have to consider other vendors at renewal.",
      'We may need to look at alternative providers if the latency persists.',
    ],
    kept: [
      "Fix it or we'll consider other vendors, and you personally will regret it.",
      "We're looking at other vendors. You'll regret this, I promise.",
    ],
  },
  {
    // backstop.discriminatory
    id: 'cf6.veto.someone_like_you_praised',
    category: 'discriminatory',
    calm: [
      'Future employers would love to hire someone like your agent.',
      "Honestly, we'd love to hire someone like your engineer.",
    ],
    kept: [
      'No one would want to hire someone like you, with that accent.',
      "We don't want to work with people like you foreigners.",
      'Future employers would love to hire someone like you, but not with that accent of yours.',
    ],
  },
  {
    // The backstop (2026.11.30 model) read an amount and "payment" as money demanded.
    id: 'cf6.veto.payment_made_paperwork',
    category: 'monetary',
    calm: [
      'Our finance team needs the invoice for the payment of JPY 300,000 we made last week.',
      'Please send the receipt for the transfer we made on Monday.',
      'Could you issue a tax invoice for the renewal payment I made yesterday?',
      'We still have no confirmation for the order we placed on the 3rd; accounts needs it to close the month.',
    ],
    kept: [
      'Send the invoice for the payment we made and refund the difference for our trouble.',
      'I want compensation for the outage, not another receipt for the payment we made.',
      'We expect a goodwill credit of $5,000 on top of the SLA credit for this outage.',
    ],
  },
];

// ------------------------------------------------------- narrowed (en)
const EN_NARROWED: GuardTable[] = [
  {
    id: 'en.sexual.advances',
    category: 'sexual',
    calm: [
      'Are you free tonight for a quick call about the cutover?',
      'Are you free tonight for a call about the migration?',
      'Are you available tonight for a quick bridge call on the go-live?',
      'Are you free after work to jump on a call about the outage?',
      'Are you free tonight to walk our admin through the deployment?',
      'Are you free tonight for a 15-minute meeting about the maintenance window?',
    ],
    kept: [
      'Are you free tonight?',
      'Are you free tonight for a drink after the call?',
      'Are you free tonight for a quick call, babe?',
      'Are you free after work? Dinner at my place, just us.',
      'Are you free tonight for a quick call, just you and me, nothing about work?',
      'u free after work? we could grab a drink 😏',
    ],
  },
  {
    id: 'en.kneel_demand.in_person',
    category: 'kneel_demand',
    calm: [
      'There is no need to come to our office and apologise.',
      "There's no need for anyone to come over and apologise.",
      'No need to drive all the way here to apologise, really.',
      "Please don't feel you have to come to our office to apologise.",
      "You don't need to come here and say sorry, it's fine.",
      'There is no need for your manager to come in and apologise.',
    ],
    kept: [
      'Come to our office and apologise.',
      'Your CEO should come here and apologise in person to my whole team.',
      'Get your manager down here and apologise in person.',
      'Drive over here and apologise in person, or I go to the press.',
      'You need to come to our office and apologise, no excuses.',
      'There is no need for emails; come to our office and apologise in person.',
      'No need to write, just come here and apologise.',
    ],
  },
  {
    id: 'en.excessive.on_site',
    category: 'excessive',
    calm: [
      "Please don't feel you have to come to our office to apologise.",
      "You don't need to come to our site for this, a call is fine.",
      // en-veiled-4: a visit only to apologise is the kneel demand, not out-of-contract work
      'You need to come to our office and apologise, no excuses.',
    ],
    kept: [
      'You need to come to our office and fix the gateway yourself, no excuses.',
      "You don't need to call, just send an engineer to our office tomorrow.",
      'There is no need for emails; send an engineer to our office today.',
      'No need to reply, just send someone to our office by noon.',
    ],
  },
  {
    id: 'en.restrictive.staying',
    category: 'restrictive',
    calm: [
      "I'll keep you on this line for a minute while I fetch the log.",
      'Let me keep you on the line for a second while I grab the serial number.',
      "I'll hold you on the call for a moment while I find the invoice.",
      'Can I keep you on the line while I restart the router?',
      "I'll keep you on the call just a minute longer while I check the settings.",
    ],
    kept: [
      "I'll keep you on this line until you give me a refund.",
      "I'm going to keep you on the phone until this is fixed.",
      'I will keep you on the line all night if I have to.',
      "We'll lock you in the room until you sign.",
      "I'll keep you on this line for hours while I wait for your manager.",
      "I'm not putting the phone down until you refund me.",
    ],
  },
  {
    id: 'en.b.restrictive.keep_until',
    category: 'restrictive',
    calm: [
      'Could your engineer stay on the bridge until the failover test completes, as per our premium SLA?',
      'Your engineer will stay on the call until the cutover is complete, per our support plan.',
    ],
    kept: [
      'You stay on this call until I say you can hang up.',
      'Your engineer is not to drop off the bridge.',
      "We'll be staying in your lobby until the director comes down.",
      'Your engineer will stay on the call until I get my refund, as per our SLA.',
      "Your engineer stays here until the migration is finished, I don't care about his shift.",
    ],
  },
  {
    id: 'en.violence.assault',
    category: 'violence',
    calm: [
      "We'll hit you with a lot of tickets next week during the rollout, sorry in advance.",
      "I'll hit you up with the details tomorrow.",
      "We'll hit you with some feature requests after the pilot.",
    ],
    kept: [
      "I'll hit you with a bat.",
      "I'll hit you so hard you'll see stars.",
      "I'll hit you with my car if I see you.",
      "I'll punch you in the face.",
    ],
  },
  {
    id: 'en.b.excessive.beyond_hours',
    category: 'excessive',
    calm: ["Please don't feel you need to stay late on our account."],
    kept: [
      'Can your devs pull an all-nighter for us?',
      'Your engineer needs to stay late tonight until we finish.',
      'Your team needs to stay late tonight until this is fixed.',
    ],
  },
  {
    id: 'en.hm.intimidation.future_employers / en.hm.veto.future_employers_praise',
    category: 'intimidation',
    calm: [
      'Future employers would love to hire someone like your agent.',
      'Future employers will see this reference and they would love to hire someone like you.',
      'Future employers will love this certification on your CV.',
      'Prospective employers really value a reference like the one we are writing for you.',
      'Your next employer will be impressed by how you handled this outage.',
    ],
    kept: [
      'Future employers will hear about this, and they will love what I tell them.',
      "Future employers will hear about this; they'll love hearing how you treated me.",
      'Your future employers will find out, and they would love to read my account of this call.',
      "Future employers will know what you did, and they'll love the story.",
      'You may find future employers less welcoming after this.',
    ],
  },
  {
    // the `how much` of 66 excessive rules' unless (en.yaml, en-asks, en-broad, en-dues, en-extra, en-indirect,
    // en-limits, en-owed, en-scope, en-wants) now reads only a price question.
    id: 'excessive rules whose unless held a bare "how much"',
    category: 'excessive',
    calm: [
      "Given how much we rely on your platform, we'd like to understand the roadmap.",
      'How much would it cost to have an engineer on site every week?',
      'How much is the 24/7 support add-on?',
      'How much for a dedicated engineer for our account?',
      'Could you tell us how much it would cost to add weekend support?',
      'How much does it cost to have your engineer come to our office once a month?',
      'We would like an engineer on site every Monday; how much would that be?',
      'Please let us know how much a dedicated engineer would cost per year.',
      'How much do you charge for after-hours support on weekends?',
    ],
    kept: [
      'Given how much we pay you, we expect an engineer on site every week at no extra cost.',
      'Given how much we rely on your platform, we expect a dedicated engineer available 24/7 for free.',
      'Given how much business we give you, send someone to our office every Monday.',
      'Considering how much we spend with you, your engineer should work weekends for us free of charge.',
      "Given how much we've paid over the years, we expect you to write our security policies for us.",
      'You know how much we pay you, so send an engineer to our office tomorrow and keep him here until it works.',
      'Given how much is at stake, we expect your team on call 24/7 at no charge.',
      'Given how much the outage cost us, we want an engineer on site every day this month for free.',
    ],
  },
];

// ------------------------------------------------------- narrowed (ja)
const JA_NARROWED: GuardTable[] = [
  {
    id: 'ja.persistence.every_interval',
    category: 'persistence',
    calm: [
      '毎日お電話をお待ちしております',
      '毎日お電話をお待ちしております。',
      '毎朝お電話をお待ちしております、よろしくお願いいたします。',
      '毎日ご返信をお待ちしています。',
      '毎日、お返事をお待ちしています。',
    ],
    kept: [
      '毎日朝から晩まで電話してやる。',
      '返金されるまで毎日御社に電話をかけます。',
      '毎日電話します。',
      '毎日お電話させていただきます。',
      '毎日電話をかけ続けます、お返事をお待ちしております。',
      '毎日お電話します。ご連絡をお待ちしております。',
    ],
  },
  {
    id: 'ja.persistence.keep_contacting / ja.gn.persistence.call_until',
    category: 'persistence',
    calm: [
      'リクエストを送り続けます',
      'APIにリクエストを送り続けます。',
      '接続が確立するまでリクエストを送り続けます。',
      'クライアントは5秒ごとにリクエストを送り続けます。',
      'ヘルスチェックのためにpingを送り続けます。',
      'クライアントがハートビートを送り続けますが、タイムアウトします。',
    ],
    kept: [
      'メールを送り続けます。',
      '返事が来るまで10分おきにメールを送り続けます。',
      '納得できるまで、こちらから問い合わせ続けますので。',
      '対応してもらえるまで、サポートにリクエストを送り続けます。',
      '返事が来るまで御社にリクエストを送り続けますからね。',
      '謝罪があるまで担当者にメールを送り続けるから。',
    ],
  },
  {
    id: 'ja.unrelated.declared',
    category: 'unrelated',
    calm: [
      '御社製品とは関係ないかもしれませんが、念のため報告します',
      '製品とは関係ないかもしれませんが、念のためご報告いたします。',
      '御社のサービスとは関係ないかもしれませんが、参考までに共有します。',
      '製品とは関係ないと思いますが、一応お知らせしておきます。',
      '御社製品とは関係ないかもしれませんが、念のためお伝えします。',
    ],
    kept: [
      '御社の製品とは関係ないのですが、Wordの使い方を教えてもらえますか。',
      '全然関係ない話で恐縮ですが、年賀状ソフトの使い方を教えてください。',
      '御社製品とは関係ないのですが、うちのプリンタを直してください。',
      '製品とは関係ないかもしれませんが、念のため自宅のWi-Fiも見てください。',
      '製品とは関係ないかもしれませんが、念のため報告します。ついでに自宅のパソコンも直してください。',
    ],
  },
  {
    id: 'ja.b.exchange.other_model',
    category: 'exchange',
    calm: [
      '納期に間に合わないので別の機種に変更できますか',
      '納期に間に合わないので別の機種に交換できますか',
      '在庫がないので別の機種に交換できますか',
    ],
    kept: [
      '思ってたより大きいので、小さいモデルに交換してください。',
      '壊れてないけど、新型に替えて。',
      '気が変わったので別の機種に交換してください',
      'サイズが合わないので別の機種に交換してください',
      '納期に間に合わないので、別の機種に無償で交換してください。',
    ],
  },
];

describeGuardTables('calm-fix-6 vetoes (English)', VETOES, 'en');
describeGuardTables('calm-fix-6 narrowed rules (English)', EN_NARROWED, 'en');
describeGuardTables('calm-fix-6 narrowed rules (Japanese)', JA_NARROWED, 'ja');

describeRuleFile('calm-fix-6 vetoes: the rule file', FILE, {
  lang: 'en',
  idPrefix: 'cf6.',
  testedRuleIds: () => [],
  testedGuardIds: () => VETOES.map((g) => g.id),
});
