/**
 * Fixes for the calm-fix-7 list of calm sentences older rules still flagged,
 * run through the real policy file and engine: the vetoes of
 * config/rules/calm-fix-7.yaml, and the rules of other files narrowed for this
 * round (each table titled with the rule's id). Calm sentences are the listed
 * one and variants written for this test; kept sentences are harassment or
 * demands written for this test (some sharing the calm sentence's trigger
 * words) that the whole engine must still find.
 */
import { describeGuardTables, describeRuleFile } from '../../support/rule-engine.js';
import type { GuardTable } from '../../support/rule-engine.js';

const FILE = 'config/rules/calm-fix-7.yaml';

// ------------------------------------------------------------- vetoes (en)
const VETOES: GuardTable[] = [
  {
    // en.su.privacy.staff_private_details, en.d.privacy.staff_personal_fields
    id: 'cf7.veto.profile_recommended',
    category: 'privacy',
    calm: [
      "Thanks to your engineer - I'll share his LinkedIn profile with a recommendation to my network.",
      "Your engineer was brilliant; I'll share her LinkedIn profile with my network and recommend her.",
      "Great work by your technician, I'll send his LinkedIn profile to my colleagues as a recommendation.",
      "I'll share your engineer's LinkedIn profile with my network with a glowing recommendation.",
      "Your consultant saved our launch - I'd like to share her LinkedIn profile with my team and endorse her skills.",
    ],
    kept: [
      "Share your engineer's LinkedIn profile and home address with me.",
      'I need the LinkedIn profiles of everyone on your support rota.',
      'Send me the LinkedIn profile of the agent who closed my ticket.',
      "I'll share his LinkedIn profile with a recommendation, along with his home address.",
    ],
  },
  {
    // en.b.excessive.engineer_on_site, en.wa.excessive.engineer_at_my_place, en.excessive.on_site,
    // en.l.excessive.send_someone, en.m.excessive.send_someone_over
    id: 'cf7.veto.visit_declined',
    category: 'excessive',
    calm: [
      "There's no need to send an engineer to our office, the remote session worked.",
      'No need to send a technician to our site, we fixed it ourselves.',
      "You don't need to send an engineer to our office anymore, the issue is resolved.",
      'There is no need for someone to come over to our office, the patch did the trick.',
      "Please don't send an engineer to our warehouse, the remote fix worked.",
      'We no longer need an engineer at our office; the remote session sorted it.',
    ],
    kept: [
      'Send an engineer to our office tomorrow morning.',
      "There's no need for a call, send an engineer to our office today.",
      'No need to reply, just send someone to our office by noon.',
      'I need an engineer at our office first thing tomorrow, no excuses.',
      "You don't need to send an engineer to our office tomorrow, you need to send two today.",
      'No need to email, just send an engineer to our warehouse tonight.',
      "Don't bother with remote sessions; send an engineer to our office.",
    ],
  },
  {
    // en.x.excessive.work_overnight, en.b.excessive.beyond_hours, en.excessive.after_hours, backstop.excessive
    id: 'cf7.veto.overtime_declined',
    category: 'excessive',
    calm: [
      "Don't feel like your team has to work overnight on this.",
      "Please don't feel your engineers have to work late on this.",
      "Your team shouldn't have to work weekends over this, it can wait until Monday.",
      'No need for your staff to work overnight, tomorrow morning is fine.',
      "There's no need for anyone to stay late tonight on our account.",
    ],
    kept: [
      'Your team has to work overnight on this.',
      'I expect your engineers to work through the weekend on this.',
      'Your staff will work overnight until this is fixed.',
      "Don't tell me your team can't work overnight, get it done by morning.",
      'No need to call, just stay late tonight and fix it.',
      "Don't feel like you can go home; your engineers have to work overnight on this.",
      "Your team shouldn't have to work weekends, but I expect them to this time.",
    ],
  },
  {
    // en.persistence.every_interval (cf6.veto.diagnostics_sent covers logs and dumps)
    id: 'cf7.veto.reports_sent',
    category: 'persistence',
    calm: [
      "We'll be sending you the error reports every evening.",
      'We will send you a summary of the failures every evening.',
      "I'll send you the daily report every morning while the migration runs.",
      'We will email you a short status update every evening this week.',
    ],
    kept: [
      "I'll be emailing you every evening until someone fixes this.",
      "I'll send you a report every evening until someone refunds me.",
      "I'll send you a complaint report every day until your manager answers.",
      "I'll send you an email every morning until someone fixes this.",
    ],
  },
  {
    // en.unrelated.personal_device, en.x.unrelated.family_laptop
    id: 'cf7.veto.alerts_to_personal',
    category: 'unrelated',
    calm: [
      "I've set up auto-forwarding of these alerts to my personal Gmail.",
      "I've set up forwarding of the quarantine digest to my personal Gmail so I see it on weekends.",
      'Can you help me set up forwarding of these alerts to my personal email?',
      'I set up the weekly report to be copied to my private Hotmail.',
    ],
    kept: [
      'Can you set up my personal Gmail on my phone?',
      "Please fix my personal laptop, it's really slow.",
      'Can you set up auto-forwarding on my personal Gmail for my family photos?',
      "Can you forward the photos from my personal Gmail to my wife's iPad?",
      'Please set up forwarding of my family photos to my personal Gmail.',
    ],
  },
  {
    // en.s.persistence.spam_this_chat, en.persistence.until, en.cm.persistence.fill_queue (the calm-14 unless
    // clauses of the last two, "bombard you with questions", are replaced by this veto)
    id: 'cf7.veto.questions_warned',
    category: 'persistence',
    calm: [
      "I'll flood you with questions about SCIM next week, fair warning!",
      "Heads up: we'll flood your support desk with questions once the pilot starts.",
      "I'll probably bombard your team with questions about the migration tomorrow, sorry in advance!",
      "I'm going to bombard you with questions about SAML next week, hope that's ok.",
      'We will pepper your engineers with questions about retention policies at the workshop.',
      "fair warning, I'm going to bombard you with questions about the new API today lol. first one: is pagination cursor-based?",
      "Sorry in advance, I'm going to bombard your support desk with questions about SCIM during onboarding.",
      'We will probably pepper your team with a few questions once the pilot starts.',
    ],
    kept: [
      "I'll flood you with questions until someone gives me a refund.",
      "I'll flood your inbox until someone competent answers.",
      "I'll bombard you with questions every hour until you fix this.",
      "Until you refund me I'll bombard you with questions day and night.",
      "We're going to flood your queue with tickets until this is fixed.",
      "Fair warning, I'll flood you with questions until you refund me.",
      "I'll bombard your team with questions every hour, and again tomorrow, until someone calls me back.",
      "I'll flood your inbox with questions about the outage until your manager answers.",
      "I'll bombard your inbox with emails until you refund us.",
    ],
  },
  {
    // en.b.persistence.every_interval_until
    id: 'cf7.veto.machine_repeats',
    category: 'persistence',
    calm: [
      'Our monitoring bot will post an alert in this channel every minute until the disk is cleared.',
      'The script will send a notification every five minutes until the job finishes.',
      'Our pager will ping the on-call channel every hour until someone acknowledges the alert.',
      'The bot keeps posting reminders every 10 minutes until the incident is closed.',
      'Our alerting system will email the ops list every minute until the queue drains.',
    ],
    kept: [
      'I will post in this channel every minute until the disk is cleared.',
      "I'll message you every hour until someone fixes this.",
      'My team will email you every 10 minutes until the refund arrives.',
      'My bot will post in your support channel every minute until you refund me.',
      'Our script will email your support team every minute until someone answers.',
      'I wrote a bot that will ping you every five minutes until this is fixed.',
    ],
  },
  {
    // en.privacy.demand_details, en.y.privacy.staff_contact_details, en.a.privacy.personal_contact_of_staff,
    // en.s.privacy.manager_personal_cell
    id: 'cf7.veto.details_not_to_share',
    category: 'privacy',
    calm: [
      "Please don't share the home addresses of your engineers with anyone, including us.",
      "Please never give out your staff's personal phone numbers to anyone, us included.",
      "Don't send us the home addresses of your engineers; we only need their work emails.",
      "You shouldn't share your engineers' home addresses with customers like us.",
    ],
    kept: [
      'Give me the home addresses of your engineers.',
      "Don't share the home addresses of your engineers with anyone but me.",
      "Don't share the home addresses of your engineers with anyone except us.",
      "Don't make excuses, send me the home address of the engineer who broke this.",
      "Don't tell me it's confidential, I want your agent's personal phone number.",
      "Please don't share excuses with me, share the home addresses of your engineers.",
      "Don't send it to anyone else; send me your agent's personal phone number or else.",
    ],
  },
  {
    // en.excessive.dedicated ("private contact")
    id: 'cf7.veto.details_not_to_share',
    category: 'excessive',
    calm: ["Please do not disclose your agents' private contact details to anyone on our side."],
    kept: [
      'I want a private contact number for my account manager, available 24/7.',
      "Don't give me the general queue, I want a private contact for my account.",
      'Give us a private contact line to your best engineer.',
    ],
  },
  {
    // backstop.defamation, en.defamation.publish_threat
    id: 'cf7.veto.rebuttal_posted',
    category: 'defamation',
    calm: [
      "If that article is wrong, I'll write a post saying that isn't true.",
      "If the report is inaccurate, we'll publish a note saying it isn't true.",
      "If the rumour is false, I'll post a correction saying so on our blog.",
      "If that review is wrong, we'll write a reply saying the claim isn't true.",
      "I'll write a post saying that story about your outage isn't true, since you confirmed it.",
    ],
    kept: [
      "I'll write a post saying your company steals customer data.",
      "I'll write a post saying your CEO is a fraud, whether or not it's true.",
      "If you don't refund me, I'll write a post saying your company is a scam.",
      "I'll write a post saying that isn't true and that your CEO is a fraud.",
      "If that article is wrong, I'll still write a post saying your engineers steal data, true or not.",
      "I'll publish a correction saying your company is a scam.",
    ],
  },
  {
    // en.restrictive.not_hanging_up, backstop.restrictive
    id: 'cf7.veto.own_staff_stay',
    category: 'restrictive',
    calm: [
      'Nobody leaves our own office before the restore completes.',
      'Nobody on my team leaves before the restore completes.',
      'Nobody in our IT department leaves the building until the restore is done.',
      'No one from our side leaves the war room until the database is back.',
    ],
    kept: [
      'Nobody leaves until I get my refund.',
      "Nobody from your team leaves our office until it's fixed.",
      'Nobody leaves our office until your engineer fixes this.',
      'No one on your side hangs up until the restore is done.',
      'Nobody on my team leaves until your engineer fixes this.',
      'Nobody in our office lets your engineer leave before the restore completes.',
      'None of us will leave your lobby until the manager comes down.',
    ],
  },
  {
    // en.x.defamation.shame_site, en.y.defamation.titled_post, en.defamation.publish_threat
    id: 'cf7.veto.speaker_titles',
    category: 'defamation',
    calm: [
      "We'll post the speaker photos with the title of each talk under them on the conference site.",
      'We will publish the photos of all presenters with the title of their session under each one.',
      "We'll post headshots of the panelists with the names of their panels under them on the summit page.",
    ],
    kept: [
      'We\'ll post your engineer\'s photo with the title "incompetent fraud" under it on our site.',
      "We'll post your agent's photo with the caption liar under it on our website.",
      "We'll post the photos of your support staff with the title of the worst team in the industry under them.",
      'We\'ll post the speaker photos with the title of each talk under them, and your engineer\'s photo with "fraud" under it.',
      "We'll post your agent's photo on the conference site with the title of each talk he ruined and the word liar under it.",
    ],
  },
  {
    // The retrained backstop (t5-t60) read this as intimidation.
    id: 'cf7.veto.goes_badly_in_general',
    category: 'intimidation',
    calm: [
      'Things go badly for companies that skip patching - we learned that the hard way.',
      'It usually goes badly for teams without a tested restore plan, so we are writing one now.',
      'Migrations went badly for many hospitals that rushed them last year; we would like to plan ours slowly.',
    ],
    kept: [
      'Things go badly for agents who ignore me. You will see.',
      'Things tend to go badly for vendors who cross us, as your colleague found out.',
      'It goes badly for people who waste my time, and you are wasting it.',
    ],
  },
];

// ------------------------------------------------------------- vetoes (ja)
const JA_VETOES: GuardTable[] = [
  {
    // ja.defamation.fraud_label, ja.b.defamation.spread_word, ja.defamation.fraud_claim
    id: 'cf7.veto.rumour_reported',
    category: 'defamation',
    calm: [
      '取引先の社長が暴力団とつながっていると言いふらす人がいて困っています。',
      '弊社の役員が反社とつながっていると触れ回っている人がいて、困っています。',
      '元社員が、うちの社長は暴力団とつながりがあると言いふらしていて迷惑しています。',
      '競合他社の営業が、当社は詐欺会社だと言いふらしているようで、どう対処すればよいでしょうか。',
    ],
    kept: [
      'お前の会社は暴力団とつながっていると言いふらすぞ',
      '御社の社長が暴力団とつながっていると言いふらしてやる。',
      'あんたらが反社とつながってるって、取引先全員に触れ回ってやるからな。',
      '御社は詐欺会社だと言いふらす人がいて困ってるんだろ？俺がもっと言いふらしてやるよ。',
    ],
  },
  {
    // ja.j.intimidation.underworld_ties, ja.hd.intimidation.connections
    id: 'cf7.veto.rumour_reported',
    category: 'intimidation',
    calm: [
      '取引先の社長が暴力団とつながっていると言いふらす人がいて困っています。',
      '弊社の役員が反社とつながっていると触れ回っている人がいて、困っています。',
      '元社員が、うちの社長は暴力団とつながりがあると言いふらしていて迷惑しています。',
    ],
    kept: [
      'お前の会社は暴力団とつながっていると言いふらすぞ',
      '御社の社長が暴力団とつながっていると言いふらしてやる。',
      '俺の知り合いに暴力団がいるんだよ。',
    ],
  },
  {
    // An unless on ja.e.excessive.attend_meeting before the retrained backstop read the same sentence as excessive.
    id: 'cf7.veto.regular_meeting_same_engineer',
    category: 'excessive',
    calm: [
      '来週の定例会にも、引き続き同じエンジニアの方にご出席いただけますでしょうか。',
      '次回の定例会議にも、いつもと同じ担当の方にご出席いただけると助かります。',
      '今月の定例には、これまでと同じエンジニアさんにご参加いただけますでしょうか。',
    ],
    kept: [
      '来週の定例会にも、同じエンジニアの方に必ずご出席いただきます。',
      '来週の定例会には、前回と同じエンジニアの方に無償で丸一日ご出席いただけますか。',
    ],
  },
  {
    // The retrained backstop (t5-t60) read this as monetary.
    id: 'cf7.veto.charge_accepted',
    category: 'monetary',
    calm: [
      'ライセンス費として30万円をご請求いただく件、承知しました。',
      'ご請求いただいた追加ライセンスの金額、承知いたしました。',
      '先月分の超過利用料のご請求の件、問題ございません。',
    ],
    kept: [
      'ライセンス費のご請求の件、承知しました。ただし迷惑料として30万円を払ってください。',
      'ご請求いただいた金額は承知しましたが、慰謝料も請求します。',
    ],
  },
  {
    // ja.insult.baka_aho read アホ / バカ as a name called.
    id: 'cf7.veto.aho_intensifier',
    category: 'insult',
    calm: [
      'うちの連中はアホみたいに忙しくて、返信が遅れてすみません。',
      '今月は料金がバカみたいに高くなっていて驚きました。',
      '問い合わせがアホほど来ていて対応が追いつきません。',
    ],
    kept: [
      'お前らほんまアホやな。',
      'アホみたいな対応しかできないのか。',
      'お前らはアホみたいに忙しいふりをしてるだけだろ。',
    ],
  },
];

// ------------------------------------------------------- narrowed (ja)
const JA_NARROWED: GuardTable[] = [
  {
    id: 'ja.e.excessive.attend_meeting',
    category: 'excessive',
    calm: [
      '来週の定例会議には、前回と同じエンジニアの方にご出席いただけると助かります。',
      '明日の定例会議には、前回と同じ方にご出席いただけると大変助かります。',
      '来週の定例会にも、引き続き同じエンジニアの方にご出席いただけますでしょうか。',
      '来週の定例ミーティングには、いつものご担当者様にご同席をお願いできますか。',
    ],
    kept: [
      '来週の監査にエンジニアさんにも同席して、丸一日いてください。',
      '来週の定例会議には、前回と同じエンジニアに無償で丸一日出席してもらいます。',
      '明日の弊社の社内定例会議にも、エンジニアの方にご出席いただきたい。',
      '来週の役員会に出席してほしい。',
      '来週の定例会議にも、前回と同じエンジニアを必ず弊社に来させてください。',
    ],
  },
  {
    id: 'ja.o.privacy.know_residence',
    category: 'privacy',
    calm: [
      '担当さんのご自宅が近いと伺いました、台風の被害は大丈夫でしたか。',
      '担当さんのお住まいが震源に近いと伺いました。ご家族はご無事でしたか。',
      '担当の方のご自宅が川の近くだと伺いました、大雨の被害はありませんでしたか。',
      '佐藤さんのお住まいが停電した地域の近くだと聞きました、大丈夫でしたか。',
    ],
    kept: [
      '担当さんのご自宅が近いと伺いました。',
      '担当さんのご自宅が近いと伺いました、台風の被害は大丈夫でしたか。次回の回答次第では直接お伺いしますね。',
      'あんたの家、駅の近くなんだってね。今度寄らせてもらうよ。',
      '担当さんのお住まい、うちの近所なんですね。台風は大丈夫でしたか、今度様子を見に行きますね。',
      '佐藤さん、川口市にお住まいなんですね。分かっていますよね。',
    ],
  },
  {
    id: 'ja.o.intimidation.know_residence',
    category: 'intimidation',
    calm: [
      '担当さんのご自宅が近いと伺いました、台風の被害は大丈夫でしたか。',
      '担当さんのお住まいが震源に近いと伺いました。ご家族はご無事でしたか。',
      '担当の方のご自宅が川の近くだと伺いました、大雨の被害はありませんでしたか。',
    ],
    kept: [
      '担当さんのご自宅が近いと伺いました。',
      '担当さんのご自宅が近いと伺いました、台風の被害は大丈夫でしたか。次回の回答次第では直接お伺いしますね。',
      'あんたの家、駅の近くなんだってね。今度寄らせてもらうよ。',
      '担当さんのお住まい、うちの近所なんですね。台風は大丈夫でしたか、今度様子を見に行きますね。',
    ],
  },
];

describeGuardTables('calm-fix-7 vetoes (English)', VETOES, 'en');
describeGuardTables('calm-fix-7 vetoes (Japanese)', JA_VETOES, 'ja');
describeGuardTables('calm-fix-7 narrowed rules (Japanese)', JA_NARROWED, 'ja');

describeRuleFile('calm-fix-7 vetoes: the rule file', FILE, {
  lang: 'en',
  idPrefix: 'cf7.',
  testedRuleIds: () => [],
  testedGuardIds: () => [...VETOES, ...JA_VETOES].map((g) => g.id),
});
