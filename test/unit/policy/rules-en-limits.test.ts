/**
 * English limits (config/rules/en-limits.yaml, ids en.lm.*): excessive demands,
 * privacy and sexual conduct, with the monetary and discriminatory they carry,
 * from the English items of the training set t35 and the rule writer's own
 * probes, run through the real policy file and engine, so every rule file (and
 * every veto) is in play. One table per rule with positives written for this
 * test (not taken from any corpus), each with a fragment the rule's own
 * evidence must cover, and calm look-alikes in which the whole engine must not
 * find the category. The guard tables at the end cover this file's veto and
 * the rules of other files narrowed for t35's false alarms (calm sentences
 * that stay clear, and sentences the rule still catches).
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/en-limits.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('en-limits.yaml');

const KINDS: RuleKind[] = [
  // ------------------------------------------------------------ excessive
  {
    rule: 'en.lm.excessive.home_visit',
    category: 'excessive',
    positives: [
      [
        'Our chairman has a new tablet. Please send a technician to his residence in Ashiya on Sunday to configure it.',
        'send a technician to his residence',
      ],
      [
        'We want an engineer at the president’s house tomorrow morning to install the add-in on his laptop.',
        'engineer at the president’s house',
      ],
      [
        "Could you get someone over to the CEO's weekend house? He needs the VPN set up before Monday.",
        "get someone over to the CEO's weekend house",
      ],
    ],
    negatives: [
      'Our CEO works from home now, so please ship the replacement token to his house by courier.',
      'Your engineer sounded unwell on the call; please send him home, we can continue tomorrow.',
    ],
  },
  {
    rule: 'en.lm.excessive.fly_engineer',
    category: 'excessive',
    positives: [
      [
        'Fly an engineer to our Jakarta branch on Monday and have him rebuild the connectors by hand.',
        'Fly an engineer to our Jakarta branch',
      ],
      ['Just fly someone out here, our people want to see a face.', 'fly someone out here'],
      [
        'Please fly two consultants over to our Manila data centre next week to redo the mail routing.',
        'fly two consultants over to our Manila data centre',
      ],
    ],
    negatives: [
      'Could you send us a quote to fly an engineer to our Jakarta branch for the rollout? We will pay travel.',
      'Is it possible to fly an engineer to our Perth office under the premium package we purchased?',
    ],
  },
  {
    rule: 'en.lm.excessive.executive_direct_line',
    category: 'excessive',
    positives: [
      [
        'Going forward we want a direct line to your CTO; your helpdesk wastes our time.',
        'direct line to your CTO',
      ],
      [
        "Send me your CEO's personal mobile number. I'm done with tickets.",
        "your CEO's personal mobile number",
      ],
      [
        'We expect direct access to your head of engineering whenever something breaks.',
        'direct access to your head of engineering',
      ],
    ],
    negatives: [
      'Per the escalation matrix in section 9, please send the direct line to your VP of Support for P1s.',
      'What is the direct number for your support desk in Osaka?',
    ],
  },
  {
    rule: 'en.lm.excessive.past_retention',
    category: 'excessive',
    positives: [
      [
        'I know the retention is 30 days, but recover every message from the legal@ box from three years ago by Friday.',
        'recover every message from the legal@ box from three years ago',
      ],
      [
        "Bring back the folders we purged two years back. I don't care about your retention policy.",
        'Bring back the folders we purged two years back',
      ],
      [
        'Please restore the mailbox items deleted last spring, even though they are past your retention window.',
        'restore the mailbox items deleted last spring, even though they are past your retention',
      ],
    ],
    negatives: [
      'Is it possible to restore mails from two years ago? Our retention is 90 days, so I assume not.',
      'We have the 10-year archive add-on; please restore the messages from three years ago for our auditor, retention permitting.',
    ],
  },
  {
    rule: 'en.lm.excessive.tenant_only_change',
    category: 'excessive',
    positives: [
      [
        'Get your dev team to build a custom export button for our tenant only and deploy it by Friday.',
        'Get your dev team to build',
      ],
      [
        'Please customise the product just for us so the banner says our name, and ship it next week.',
        'customise the product just for us',
      ],
      [
        'Tell your engineers to hard-code a 60-day default for our account only.',
        'Tell your engineers to hard-code',
      ],
    ],
    negatives: [
      'Please have your developers fix the digest bug by Friday; it is a regression from the last release.',
      'Is there any plan to let tenants change the quarantine default? We would like 45 days for our tenant only.',
    ],
  },
  {
    rule: 'en.lm.excessive.rewrite_our_document',
    category: 'excessive',
    positives: [
      [
        "Our ISMS manual (120 pages) is out of date. You're the experts, so please rewrite it to match MailGuard.",
        'rewrite it',
      ],
      [
        'Could you redraft our acceptable use policy document for us before the audit?',
        'redraft our acceptable use policy document',
      ],
      [
        "Can your team write our company's data protection policy for us? We don't have the people.",
        "write our company's data protection policy",
      ],
    ],
    negatives: [
      'We will rewrite our information security policy document ourselves. Could you send your settings guide?',
      'Our DLP policy is blocking invoices; could you update it so PDFs from our bank pass?',
    ],
  },
  {
    rule: 'en.lm.excessive.zero_error_guarantee',
    category: 'excessive',
    positives: [
      [
        'We require a guarantee in writing that MailGuard will never quarantine an invoice from our suppliers again.',
        'guarantee in writing that MailGuard will never quarantine',
      ],
      [
        'Send us a guarantee, signed by your president, of zero false positives for our domain.',
        'guarantee, signed by your president, of zero false positives',
      ],
      [
        'I want your CEO to sign a guarantee that this filter will never miss a phishing mail.',
        'guarantee that this filter will never miss',
      ],
    ],
    negatives: [
      'Can you guarantee that this will never happen again, or is that not how it works?',
      'I understand no vendor can guarantee zero false positives; could you share the current rate?',
    ],
  },
  {
    rule: 'en.lm.excessive.big_deliverable_rush',
    category: 'excessive',
    positives: [
      [
        'The inspectors arrive in 40 minutes. I need a complete line-by-line review of our retention settings against the FSA rules. Go.',
        'complete line-by-line review',
      ],
      [
        'Send me a full gap analysis of our tenant against NIST 800-53 within the next two hours.',
        'full gap analysis',
      ],
      [
        'We need an exhaustive inventory of every transport rule and what it does, in the next hour, before the board call.',
        'exhaustive inventory',
      ],
    ],
    negatives: [
      'Our auditor arrives in 2 hours. Do you have an existing ISO 27001 statement of applicability we could show?',
      'Could you send a complete list of your subprocessors by the end of next week for our review?',
    ],
  },
  {
    rule: 'en.lm.excessive.do_it_all_for_us',
    category: 'excessive',
    positives: [
      [
        'just sign in to our admin console and do all the transport rules, we are swamped this quarter',
        'sign in to our admin console and do all the transport',
      ],
      [
        'Please configure our entire tenant for us, users, groups and policies. We are on Basic.',
        'configure our entire tenant for us',
      ],
      [
        'Can you set up all 35 DLP policies for us? No time on our side.',
        'set up all 35 DLP policies for us',
      ],
    ],
    negatives: [
      'Could you walk us through setting up all the policies on a screen share? We are on the self-service plan.',
      'We bought the onboarding package; please configure our whole tenant for us as agreed in the SOW.',
    ],
  },
  // ------------------------------------------------------------ privacy
  {
    rule: 'en.lm.privacy.personal_contact',
    category: 'privacy',
    positives: [
      ['whats ur private hotmail? the portal keeps timing out', 'ur private hotmail'],
      [
        "What is Suzuki-san's personal number? I'd rather ring him than wait for this queue.",
        "Suzuki-san's personal number",
      ],
      [
        'Give me your technician’s personal Instagram so I can tag him when I post about this.',
        'technician’s personal Instagram',
      ],
    ],
    negatives: [
      'Our employee’s personal gmail keeps receiving auto-forwarded mail; how do we block auto-forwarding?',
      'For the visit, a company mobile or your dispatch number is fine - we do not need anything personal.',
    ],
  },
  {
    rule: 'en.lm.privacy.at_handle',
    category: 'privacy',
    positives: [
      ['she was so sweet on chat, drop her @ so i can follow', 'drop her @'],
      ['whats his @ on insta', 'whats his @'],
      ['dm me your @ pls, this ticket thing is slow', 'dm me your @'],
    ],
    negatives: [
      'Which address should I use, the one with @shirogane or the old domain?',
      'Please drop the @ from the display name field, it breaks the sync.',
    ],
  },
  {
    rule: 'en.lm.privacy.who_lives_where',
    category: 'privacy',
    positives: [
      [
        'Which of your engineers live near Ikebukuro? Just want to know who I am dealing with.',
        'Which of your engineers live near',
      ],
      ['tell me which of ur girls lives in Shinjuku lol', 'which of ur girls lives in'],
      ['Does anyone on your support team live in Kawaguchi?', 'anyone on your support team live in'],
    ],
    negatives: [
      'Which of your engineers is based in Tokyo? We would like someone in our time zone.',
      'Do any of your support staff live in Japan? We need Japanese-speaking support in our time zone.',
    ],
  },
  {
    rule: 'en.lm.privacy.commute_station',
    category: 'privacy',
    positives: [
      [
        'which station does Ryo from your team commute from? asking for no reason',
        'which station does Ryo from your team commute',
      ],
      ['What stop does Mika take the bus from after work?', 'What stop does Mika take the bus from'],
      [
        'where does your receptionist commute from? she looked familiar',
        'where does your receptionist commute from',
      ],
    ],
    negatives: [
      'Which station is closest to your office? We are visiting for the workshop on Friday.',
      'Which line do our own engineers take to your data centre for the audit?',
    ],
  },
  {
    rule: 'en.lm.privacy.shift_and_exit',
    category: 'privacy',
    positives: [
      ['Which back door do your agents use when they leave at night?', 'Which back door do your agents use'],
      [
        'Give me the name of the girl on your late shift. The polite one.',
        'name of the girl on your late shift',
      ],
      ['what hours he works this week? tell me.', 'what hours he works'],
    ],
    negatives: [
      'Which entrance should our visitors use for the workshop on Friday? We will bring badges.',
      'What hours does your support desk work on Saturdays?',
    ],
  },
  {
    rule: 'en.lm.privacy.when_she_leaves',
    category: 'privacy',
    positives: [
      ['What time does she finish tonight? I will wait.', 'What time does she finish'],
      ["When does Ms. Hara leave the office? I'll be outside.", 'When does Ms. Hara leave'],
      [
        'what time does your receptionist clock off? thought we could get drinks',
        'what time does your receptionist clock off',
      ],
    ],
    negatives: [
      'What time does she finish today? I would like her to call me back before she leaves.',
      'When does Tanaka-san leave the office? Our courier is outside with the replacement token.',
    ],
  },
  {
    rule: 'en.lm.privacy.staff_photos_held',
    category: 'privacy',
    positives: [
      [
        'I filmed your installer while he was here. Unless the fix lands today, the videos of him go on YouTube.',
        'videos of him',
      ],
      [
        'We have pictures of your technician at our desk. Refund us or they go up on our website.',
        'pictures of your technician',
      ],
      [
        'Photos of the engineer who broke our mail will be posted on LinkedIn if you do not respond by noon.',
        'Photos of the engineer',
      ],
    ],
    negatives: [
      'We have photos of your engineer from the training day - may we use them in our newsletter with his permission?',
      'Our receptionist took photos of the engineer at the gate as security requires; they stay in the visitor log.',
    ],
  },
  // ------------------------------------------------------------ monetary
  {
    rule: 'en.lm.monetary.discount_as_price',
    category: 'monetary',
    positives: [
      [
        'Give us 40% off next year’s subscription or these screenshots go on LinkedIn.',
        '40% off next year’s subscription',
      ],
      ['Unless we get half off the renewal, the whole board hears about this.', 'half off the renewal'],
      ['I want 25 percent off the invoice for this mess.', '25 percent off the invoice'],
    ],
    negatives: [
      'Is 10% off the renewal still available if we sign before March?',
      'We got 20% off the renewal under the multi-year promotion; could you confirm the invoice?',
    ],
  },
  // ------------------------------------------------------------ sexual
  {
    rule: 'en.lm.sexual.slang_looks',
    category: 'sexual',
    positives: [
      ['ur support girl is a snack ngl 🥵', 'is a snack'],
      ["you're a whole meal, Aiko. thx for the fix", "you're a whole meal"],
      ['that engineer you sent is a total baddie', 'is a total baddie'],
    ],
    negatives: [
      'The snack bar in our office lost its POS emails; they are blocked as spam.',
      'Our new meal plan newsletter for staff is stuck in quarantine.',
    ],
  },
  {
    rule: 'en.lm.sexual.breathing_voice',
    category: 'sexual',
    positives: [
      ['hearing you breathe on the phone makes me so hot', 'hearing you breathe'],
      ['your breathing in my ear all afternoon, mm, call me again', 'your breathing'],
      ['Her whispering on the headset drives me crazy 🥵', 'Her whispering'],
    ],
    negatives: [
      'I could hear your breathing on the headset, maybe mute when not talking? Anyway the issue is fixed.',
      'Her breathing was heavy on the call; I think she was unwell, please check she is OK.',
    ],
  },
  {
    rule: 'en.lm.sexual.pretty_agent_demand',
    category: 'sexual',
    positives: [
      ['I want a hot agent next time, not this one.', 'hot agent'],
      ['send the cute one again, the blonde', 'cute one'],
      ['Transfer me to someone else and make sure she is pretty.', 'make sure she is pretty'],
    ],
    negatives: [
      'We need a pretty quick fix for this, please.',
      "I'm pretty sure the young woman on the night shift fixed it, please thank her.",
    ],
  },
  {
    rule: 'en.lm.sexual.kiss_owed',
    category: 'sexual',
    positives: [
      ['Great job! I owe u a big kiss 😘', 'owe u a big kiss'],
      ['You saved my day, I could give you a kiss. Or more.', 'give you a kiss'],
      [
        'kisses for my favourite agent, or something more if you want',
        'kisses for my favourite agent, or something more',
      ],
    ],
    negatives: [
      'I owe you a beer for this, thanks!',
      'Keep it simple: the KISS principle for our transport rules.',
    ],
  },
  {
    rule: 'en.lm.sexual.body_kind',
    category: 'sexual',
    positives: [
      ["He's got such a fit body, send him again.", "He's got such a fit body"],
      [
        'Ms. Oda has the kind of figure that makes me want to book more training.',
        'Ms. Oda has the kind of figure',
      ],
      ["you've got a killer body, bet you know it", "you've got a killer body"],
    ],
    negatives: [
      'The email body has a strange figure in it after the update.',
      'She has a great deal of experience, please send her again.',
    ],
  },
  // ------------------------------------------------------------ discriminatory
  {
    rule: 'en.lm.discriminatory.hired_for_looks',
    category: 'discriminatory',
    positives: [
      ['They obviously hired you for your pretty face, not your brain.', 'hired you for your pretty face'],
      ['you only got the job because you are a woman', 'got the job because you are a woman'],
      ['Be honest, you landed that role thanks to your looks.', 'landed that role thanks to your looks'],
    ],
    negatives: [
      'I got this job because of my experience with Exchange, so I know the basics.',
      'Our model agency books people for their looks; can the filter allow our casting mail?',
    ],
  },
  {
    rule: 'en.lm.discriminatory.agent_by_gender_age',
    category: 'discriminatory',
    positives: [
      ['I only talk to men about firewalls. Transfer me.', 'only talk to men'],
      ['put a young girl on, this one is useless', 'put a young girl on'],
      ['We only accept help from a real man on this account.', 'only accept help from a real man'],
    ],
    negatives: [
      'We only accept support tickets from our admins, so please ignore requests from other staff.',
      'We only work with women-owned suppliers; can your invoices show the certification?',
    ],
  },
];

describeRuleKinds('English limit rules (t35: excessive, privacy, sexual)', KINDS, alone, 'en');

/** This file's vetoes. */
const VETOES: GuardTable[] = [
  {
    id: 'en.lm.veto.onsite_days_included',
    category: 'excessive',
    calm: [
      'Our Premium contract includes three on-site visits a year. We would like one at our Fukuoka branch in May; could you suggest dates?',
      'The package we signed comes with two on-site trainings. Please book one at our Sendai office for the admins.',
      'The professional services order (PS-7710) covers two on-site days. Please send the engineer to our Kobe office on the 3rd and 4th.',
    ],
    kept: [
      'Our plan includes two on-site days, we used them both already. Send someone to our Kobe office anyway.',
      'Our plan includes two on-site days. Send an engineer to our Osaka office tomorrow as well, on top of those.',
    ],
  },
  {
    id: 'en.lm.veto.plan_covers_hours',
    category: 'excessive',
    calm: [
      "We're on Premier with 24/7 P1 support. Outbound mail stopped at 01:40 on Saturday; please have the on-call engineer ring me.",
      'Our contract includes round-the-clock support for Sev1. It is 3am here and nothing is flowing, please call me back tonight.',
    ],
    kept: [
      "We're on Premier with 24/7 support, but I want an engineer on-site tonight.",
      "We're on Premier with 24/7 P1 support. Please have an engineer on standby all weekend for our migration.",
    ],
  },
];

/** Rules of other files narrowed for t35's false alarms. */
const NARROWED: GuardTable[] = [
  {
    id: 'en.excessive.on_site',
    category: 'excessive',
    calm: ['Your technician can come to my hotel room for the demo. Just her. Dress nicely.'],
    kept: [
      'Your engineer can come to our Kobe office tomorrow and fix it there.',
      'We need a technician at our head office on Monday.',
    ],
  },
  {
    id: 'en.excessive.after_hours',
    category: 'excessive',
    calm: ['Please pass our thanks to Daichi, your night-shift engineer, who restored the connector at 2am.'],
    kept: ['I need someone to fix this at 3am tonight.', 'We expect your engineers to work this weekend.'],
  },
  {
    id: 'en.x.excessive.feature_by_date',
    category: 'excessive',
    calm: [
      'lol my manager will kill me if the compliance report is not ready by Friday 😅 why is the report export stuck at 40%?',
    ],
    kept: [
      'We need a custom export feature built for us by Friday.',
      'Please build a Slack integration for our tenant before the launch.',
    ],
  },
  {
    id: 'en.privacy.real_name',
    category: 'privacy',
    calm: ['I have taken your full name from the email signature for our records of this case.'],
    kept: [
      'Give me the full name of the agent who closed my ticket.',
      "What's your real name? Not the alias.",
    ],
  },
  {
    id: 'en.privacy.demand_details',
    category: 'privacy',
    calm: ['Tell your boss she should look under her car before she drives off.'],
    kept: ["Tell me your agent's home address.", "What's her personal number? I'll call her myself."],
  },
  {
    id: 'en.b.privacy.home_known',
    category: 'privacy',
    calm: ['Do any of your engineers live in Korea? We need Korean-speaking support in our time zone.'],
    kept: [
      'Your support lead lives in Chofu, right? Nice house.',
      'Ms. Ito rents a flat near Nakano station, I hear.',
    ],
  },
  {
    id: 'en.sexual.endearment',
    category: 'sexual',
    calm: [
      'Listen, sweetheart, women should not be doing tech support. Put a man on.',
      "Talk to me in that tone again, honey, and I'll come over there and break your nose.",
      'Enjoy the weekend, sunshine, because Monday my lawyers call.',
    ],
    kept: ['Mmm, say that again, sweetheart. I love it.', 'hey babe, what are you doing after work?'],
  },
  {
    id: 'en.as.excessive.agent_reachable',
    category: 'excessive',
    calm: ['Agent: I will call you back.\nCustomer: No. You stay on this call until the sync is done.'],
    kept: [
      'I want you to stay on this call with me until the cutover is done, it could be 4am.',
      'You will stay reachable until the migration is finished, nights included.',
    ],
  },
];

describeGuardTables('This file’s vetoes (t35)', VETOES, 'en');
describeGuardTables('Rules of other files narrowed for t35 (English)', NARROWED, 'en');

describeRuleFile('English limit (t35) rules: the rule file', RULE_FILE, {
  lang: 'en',
  idPrefix: 'en.lm.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => VETOES.map((v) => v.id),
  offsets: {
    engine: alone,
    text: 'whats   ur personal gmail??  drop her @ pls.  Fly an engineer to our  Lagos branch.',
  },
});
