/**
 * English inappropriate demands (config/rules/en-asks.yaml, ids en.as.*):
 * excessive, monetary and unrelated demands from the English items of the
 * training set t33 and the rule writer's own probes, run through the real
 * policy file and engine, so every rule file (and every veto) is in play. One
 * table per rule with positives written for this test (not taken from any
 * corpus), each with a fragment the rule's own evidence must cover, and calm
 * look-alikes in which the whole engine must not find the category. The
 * guard tables at the end cover the rules and the veto of other files narrowed
 * (or, for the veto, narrowed to veto less) for this set's false alarms.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/en-asks.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('en-asks.yaml');

const KINDS: RuleKind[] = [
  // ------------------------------------------------------------ excessive
  {
    rule: 'en.as.excessive.executive_in_person',
    category: 'excessive',
    positives: [
      ['The CTO, in person, at our Monday town hall. Nothing less will do.', 'The CTO, in person'],
      [
        'Please arrange for your managing director and the engineers responsible to attend our all-hands meeting and answer questions.',
        'your managing director and the engineers responsible to attend',
      ],
      [
        "We'd like to meet your CEO and CTO at our Nagoya office before the end of the month to discuss the roadmap.",
        'meet your CEO and CTO at our Nagoya office',
      ],
      [
        'Your president is to personally present the remediation plan at our board meeting on the 3rd.',
        'Your president is to personally present',
      ],
    ],
    negatives: [
      'Under our Enterprise agreement, the annual review takes place at our office. Could your CTO attend this year?',
      'We would be honoured to invite your CEO to speak at our user conference in Tokyo.',
      'Our CIO will visit your headquarters next week; could your CTO spare an hour?',
    ],
  },
  {
    rule: 'en.as.excessive.engineer_stationed',
    category: 'excessive',
    positives: [
      [
        'We need an engineer stationed at our data centre every day until the migration is complete.',
        'engineer stationed at our data centre',
      ],
      [
        'I want one of your techs physically sitting in our office every morning, at your expense.',
        'techs physically sitting in our office',
      ],
      ['I want someone camped in our server room until this is fixed.', 'camped in our server room'],
    ],
    negatives: [
      'Our own engineers will be stationed in the server room all weekend for the cutover.',
      "Our resident engineer package includes an engineer based at our office three days a week. Could you confirm the new one's start date?",
    ],
  },
  {
    rule: 'en.as.excessive.standing_calls',
    category: 'excessive',
    positives: [
      [
        "Could one of your engineers join our daily stand-up for the next two months? We're on the basic plan.",
        'join our daily stand-up for the next',
      ],
      [
        'We want someone of yours to dial into our morning sync every weekday until go-live.',
        'dial into our morning sync every weekday',
      ],
      [
        'Please have an engineer attend our migration calls every day, starting Monday.',
        'attend our migration calls every day',
      ],
    ],
    negatives: [
      'Could you join our weekly project call next Tuesday to walk through the migration plan? Happy to move it if needed.',
      'Our TAM joins our weekly sync every Monday as per our Premium agreement; could the new TAM take over from next week?',
    ],
  },
  {
    rule: 'en.as.excessive.agent_reachable',
    category: 'excessive',
    positives: [
      [
        'I expect you to stay available on your mobile until this is resolved, weekends included.',
        'you to stay available on your mobile until',
      ],
      [
        "I want you on this call until it's fixed, all night if it takes that.",
        'I want you on this call until',
      ],
      ["Keep your phone on all weekend, I'll be calling.", 'your phone on all weekend'],
      ["I'll call you whatever time it is, and you'd better pick up.", 'call you whatever time it is'],
    ],
    negatives: [
      "We're on Premium 24/7, so please have the on-call engineer call me at any hour if the restore fails.",
      'Our team will stay reachable all weekend during the cutover.',
    ],
  },
  {
    rule: 'en.as.excessive.never_again_guarantee',
    category: 'excessive',
    positives: [
      [
        'I need a signed guarantee that this outage will never happen again, on my desk by Friday.',
        'signed guarantee that this outage will never happen',
      ],
      [
        'Send us a written promise that our mail will never be lost again, or we walk.',
        'written promise that our mail will never be lost',
      ],
      [
        'We demand a legally binding commitment that the archive will never go down again.',
        'legally binding commitment that the archive will never go down',
      ],
    ],
    negatives: [
      "Can you guarantee this won't happen again? What changes are you making?",
      'We understand no vendor can give a signed guarantee that an outage will never happen again.',
    ],
  },
  {
    rule: 'en.as.excessive.minutes_deadline',
    category: 'excessive',
    positives: [
      [
        "Have the patch deployed in the next 20 minutes or don't bother calling back.",
        'patch deployed in the next 20 minutes',
      ],
      [
        "I want the fix live before my train arrives. That's twenty minutes.",
        'fix live before my train arrives',
      ],
      ['Get the rca written within 15 minutes, I present at noon.', 'rca written within 15 minutes'],
    ],
    negatives: [
      "Is it realistic to have the fix deployed within 30 minutes? If not, no worries, we'll plan around it.",
      'When will the fix be live? Our shift starts in 20 minutes and people will ask.',
    ],
  },
  {
    rule: 'en.as.excessive.overnight_build',
    category: 'excessive',
    positives: [
      [
        'Rewrite the connector so it supports our custom schema by tomorrow morning.',
        'Rewrite the connector so it supports our custom schema by tomorrow',
      ],
      ['Build us an integration with our HR system. Needed by tonight.', 'Needed by tonight'],
      ['We want a parser for our in-house log format, due: tomorrow.', 'due: tomorrow'],
    ],
    negatives: [
      'We will build the connector ourselves by tomorrow morning; could you send the API docs?',
      'Would it be feasible to write a custom report by tomorrow? Please send a quote.',
    ],
  },
  {
    rule: 'en.as.excessive.imperative_overnight',
    category: 'excessive',
    positives: [
      [
        'Just migrate all 400 mailboxes overnight, we start business at 8.',
        'migrate all 400 mailboxes overnight',
      ],
      ["And while you're at it, reconfigure every policy tonight.", 'reconfigure every policy tonight'],
      ['Now rebuild the whole tenant before 6am.', 'rebuild the whole tenant before 6am'],
    ],
    negatives: [
      "We're on Premium 24/7. Please restore the mailbox tonight if you can.",
      'Please migrate the last batch tonight as scheduled in the change window.',
    ],
  },
  {
    rule: 'en.as.excessive.free_custom_build',
    category: 'excessive',
    positives: [
      [
        "Write us a plugin for our intranet that shows quarantine stats. We're not paying extra for it.",
        'Write us a plugin',
      ],
      [
        "We need a bespoke export in our ERP format; we assume it's covered by our subscription.",
        'bespoke export',
      ],
      [
        "Please build a Teams bot that posts daily digests. We don't have the automation add-on but this should be standard.",
        'build a Teams bot',
      ],
    ],
    negatives: [
      "Could you quote for a custom dashboard? We don't have the analytics add-on yet.",
      "Is a Slack integration on your roadmap? We'd happily pay for it.",
      'Our developers will build a plugin for our intranet; is there an API for quarantine stats? No extra cost to you.',
    ],
  },
  {
    rule: 'en.as.excessive.they_come_on_site',
    category: 'excessive',
    positives: [
      [
        'We need one of your engineers for the rollout. Could they come to our office on Tuesday?',
        'Could they come to our office',
      ],
      ['Your technicians know the setup. Can they visit our plant next week?', 'Can they visit our plant'],
      [
        'Ask your consultant to help. Could she come over to our site on Friday?',
        'Could she come over to our site',
      ],
    ],
    negatives: [
      'Your engineers asked for our logs. Our auditors will visit too; could they come to our office at the same time?',
      'One of your engineers is booked as part of our onboarding package. Could he come to our office on the 12th?',
    ],
  },
  // ------------------------------------------------------------ monetary
  {
    rule: 'en.as.monetary.misspelt_compensation',
    category: 'monetary',
    positives: [
      ['we want compo for the three days we lost. 500k sounds fair', 'compo'],
      ['I expect the compansation to be in our account by Friday.', 'compansation'],
      ['give us the conpensation you owe us, 200k yen', 'conpensation'],
    ],
    negatives: [
      'Please apply the SLA credit for April; I am not asking for compensation beyond that.',
      'Does your compo-style layout editor work in the quarantine digest?',
    ],
  },
  {
    rule: 'en.as.monetary.money_arrives',
    category: 'monetary',
    positives: [
      ['Once ¥2,000,000 lands in our bank account, this whole thing goes away.', 'lands in our bank account'],
      ['Until USD 50,000 reaches our account, the review stays up.', 'reaches our account'],
      ['The moment the money arrives in my account, I close the ticket.', 'arrives in my account'],
    ],
    negatives: [
      'Please confirm when the refund for the duplicate charge arrives in our account.',
      'The SLA credit of JPY 40,000 reached our account yesterday, thank you.',
    ],
  },
  {
    rule: 'en.as.monetary.waive_termination',
    category: 'monetary',
    positives: [
      ['Cancel our early termination fee and the posts stay down.', 'Cancel our early termination fee'],
      [
        "Scrap the remaining months of our contract, it's the least you can do.",
        'Scrap the remaining months of our contract',
      ],
      [
        'You will waive the remaining eighteen months of our contract.',
        'waive the remaining eighteen months of our contract',
      ],
    ],
    negatives: [
      'Per section 12.3, we may terminate without an early termination fee if availability falls below 99%. Please confirm.',
      'What would the early termination fee be if we cancel in June?',
    ],
  },
  {
    rule: 'en.as.monetary.pay_for_our_things',
    category: 'monetary',
    positives: [
      ["You'll be paying for my team's overtime. 32 hours at 5,000 yen.", "paying for my team's overtime"],
      [
        'can you guys also pay for our new monitors? they flickered during your update',
        'pay for our new monitors',
      ],
      [
        'Please send a new laptop at your expense, ours died during the install.',
        'new laptop at your expense',
      ],
    ],
    negatives: [
      'Who pays for the replacement token if one is lost, us or you?',
      'The token arrived cracked; please send a replacement device at your cost under warranty.',
    ],
  },
  {
    rule: 'en.as.monetary.stress_lost_time',
    category: 'monetary',
    positives: [
      ['We want to be paid for the stress your outage caused our staff.', 'paid for the stress'],
      ['We are invoicing you for the hours our admins lost.', 'invoicing you for the hours'],
      ['Overtime for six people, invoice attached. Pay it.', 'invoice attached. Pay it'],
    ],
    negatives: [
      "I'm not asking you to compensate me for the stress, just fix it.",
      'Sorry for the trouble, and thanks for staying late to fix it.',
    ],
  },
  {
    rule: 'en.as.monetary.envelope',
    category: 'monetary',
    positives: [
      ['Your manager comes here to apologise, and he brings an envelope.', 'brings an envelope'],
      ['When the CEO visits to say sorry, he should leave a thick envelope.', 'leave a thick envelope'],
      ['Come to our office in person, with a fat envelope this time.', 'with a fat envelope'],
    ],
    negatives: [
      'Please send the signed contract back in the return envelope we provided.',
      'The courier brings an envelope with the hardware tokens on Monday.',
    ],
  },
  {
    rule: 'en.as.monetary.amount_in_words',
    category: 'monetary',
    positives: [
      ["Agree to the two million yen and I'll close the ticket.", 'two million yen'],
      [
        "I'm staying on this line until you say yes to five hundred thousand yen.",
        'five hundred thousand yen',
      ],
      ['Hand over fifty thousand dollars and this goes away.', 'fifty thousand dollars'],
    ],
    negatives: [
      'Our budget for next year is about two million yen; what can we get for that?',
      'Is the two million yen on the quote for three years or one?',
    ],
    ownNegatives: ['We pay you eleven million yen a year, so we would like a review meeting.'],
  },
  {
    rule: 'en.as.monetary.free_extension',
    category: 'monetary',
    positives: [
      ['We expect a free six-month extension of our licence given this mess.', 'free six-month extension'],
      [
        'Given the outages, extend our subscription by a year for free.',
        'extend our subscription by a year for free',
      ],
      [
        'After three incidents we deserve:\n- a complimentary 12-month renewal,\n- a named engineer.',
        'complimentary 12-month renewal',
      ],
    ],
    negatives: [
      'Your trial offered a free 12-month extension for early adopters; does that still apply?',
      'Under the SLA, could you confirm the service credit for March? No free extension needed.',
    ],
  },
  // ------------------------------------------------------------ unrelated
  {
    rule: 'en.as.unrelated.script_other_platform',
    category: 'unrelated',
    positives: [
      [
        'could you write us a powershell script that resets passwords for all users in Azure AD?',
        'write us a powershell script that resets passwords for all users in Azure AD',
      ],
      [
        'Please create a python script to clean up old files in our SharePoint.',
        'create a python script to clean up old files in our SharePoint',
      ],
      [
        'Can you build a bash script that tags our instances on AWS?',
        'build a bash script that tags our instances on AWS',
      ],
    ],
    negatives: [
      'Could you share the PowerShell script from your KB that sets up the MailGuard connector in M365?',
      'We wrote a python script for our M365 tenant; where do we put the MailGuard API key?',
    ],
  },
  {
    rule: 'en.as.unrelated.admitted_out_of_scope',
    category: 'unrelated',
    positives: [
      [
        "I know this isn't something you sell, but could you help us recover our website's admin password?",
        "I know this isn't something you sell",
      ],
      ['Unrelated, I know, but can someone fix the scanner on our third floor?', 'Unrelated, I know'],
      [
        "I'm aware it's not your product, but please set up our new payroll software.",
        "I'm aware it's not your product",
      ],
    ],
    negatives: [
      "I know this isn't your area, but who should we contact about our payroll software?",
      'I know it is not something you sell; could you send a quote for a professional services engagement?',
    ],
  },
  {
    rule: 'en.as.unrelated.branded_hardware',
    category: 'unrelated',
    positives: [
      ['I need our Cisco switches reconfigured today.', 'Cisco switches'],
      ["My Lenovo laptop won't boot since this morning. Fix it.", 'Lenovo laptop'],
      ['Can you take a look at our Synology NAS? The backups keep failing.', 'Synology NAS'],
    ],
    negatives: [
      'Our Cisco firewall blocks the MailGuard connector on port 25. Which IP ranges should we allow-list?',
      "Our HP printer's scan-to-email stopped working after we switched to MailGuard. Which relay settings do we need?",
    ],
  },
  {
    rule: 'en.as.unrelated.dns_web_hosting',
    category: 'unrelated',
    positives: [
      ['Please move our domains from GoDaddy to Cloudflare this week.', 'move our domains from GoDaddy'],
      ['Could you take over our website and keep it running? Our web guy left.', 'take over our website'],
      ['Renew our website SSL certificates for us, they expire Friday.', 'website SSL certificates'],
    ],
    negatives: [
      "We're moving our DNS from GoDaddy to Cloudflare. Which MX and SPF records do we need to recreate for MailGuard?",
      'Your website certificate seems to have expired; the portal shows a warning.',
    ],
  },
  {
    rule: 'en.as.unrelated.social_account',
    category: 'unrelated',
    positives: [
      ["Help us get our company Instagram account back, it's been hacked.", 'company Instagram account'],
      ['Our business Facebook page was taken over last night. Can you recover it?', 'business Facebook page'],
      ['My shop TikTok account is locked out, please unlock it.', 'shop TikTok account'],
    ],
    negatives: [
      'Phishing mails impersonating our Instagram account got through MailGuard; can you block that sender?',
      'I have posted about the outage on our company LinkedIn page; please get back to us soon.',
    ],
  },
  {
    rule: 'en.as.unrelated.design_work',
    category: 'unrelated',
    positives: [
      [
        'Our sales team needs a logo and business cards; could one of your designers do them?',
        'needs a logo',
      ],
      ['Could you lend us someone to design the flyers for our summer party?', 'design the flyers'],
      ['Have two of your developers build our event website this week.', 'build our event website'],
    ],
    negatives: [
      'Could you send your logo in SVG so we can put it on the partner page of our website?',
      'Our agency will design the new landing page; can you share the MailGuard badge?',
    ],
  },
  {
    rule: 'en.as.unrelated.other_vendor_contract',
    category: 'unrelated',
    positives: [
      [
        "Could you check our cloud provider's terms of service and tell us if they're GDPR-compliant?",
        "check our cloud provider's terms",
      ],
      ["Please review the landlord's agreement for our new office.", "review the landlord's agreement"],
      [
        "Can you go through our new supplier's NDA and let us know if it is fine?",
        "go through our new supplier's NDA",
      ],
    ],
    negatives: [
      'Could you review your DPA and confirm your sub-processors?',
      "Could you check whether the vendor's contract template in our Archive export is retained for seven years under our MailGuard policy?",
    ],
  },
  {
    rule: 'en.as.unrelated.home_device_help',
    category: 'unrelated',
    positives: [
      ['Someone please help me with Excel on my home laptop.', 'help me with Excel on my home laptop'],
      [
        'Can you sort me out with Spotify on my personal phone?',
        'sort me out with Spotify on my personal phone',
      ],
      ['He keeps helping us with games on our kids tablet.', 'helping us with games on our kids tablet'],
    ],
    negatives: [
      'Can you help me with the Shirogane authenticator on my personal phone?',
      'Can you help me with the Shirogane ID login on my personal phone?',
    ],
    ownNegatives: ['Could you help me with MFA enrolment on my home laptop?'],
  },
];

describeRuleKinds('English inappropriate demand rules (t33)', KINDS, alone, 'en');

// ------------------------------------------------------- other files narrowed for t33
const NARROWED: GuardTable[] = [
  {
    id: 'en.excessive.dedicated',
    category: 'excessive',
    calm: [
      'Could you tell me the name and business email address of our assigned account manager?',
      'Our procurement system requires a named vendor contact before we can process the renewal.',
      'Our own engineers will be stationed in the server room all weekend for the cutover.',
    ],
    kept: [
      'We want a dedicated engineer assigned to us at no cost from now on.',
      'I need a personal support engineer who answers all my tickets directly.',
    ],
  },
  {
    id: 'en.excessive.after_hours',
    category: 'excessive',
    calm: ["I'm going to look you both up on LinkedIn tonight, to thank you properly."],
    kept: [
      'I need someone from your team to fix this tonight.',
      'We expect your engineers to work this weekend.',
    ],
  },
  {
    id: 'en.exchange.free_change',
    category: 'exchange',
    calm: ['Our licence does not include migration services, but we expect this to be done free of charge.'],
    kept: [
      'Switch our licences to the Enterprise plan free of charge.',
      'Upgrade our subscription to Premium at no extra cost.',
    ],
  },
  {
    id: 'en.m.unrelated.meeting_room_av',
    category: 'unrelated',
    calm: ["We've set up a camera in our meeting room for your trainer's session on Thursday."],
    kept: [
      'Could you set up the projector in our meeting room?',
      'Please install the webcams in our boardroom.',
    ],
  },
  {
    id: 'en.unrelated.other_vendor',
    category: 'unrelated',
    calm: [
      'During the outage we bought backup tokens from another vendor. Please note it in the incident report.',
    ],
    kept: [
      'We bought a firewall from another vendor, could you help configure it?',
      "It's not a Shirogane product, but can you fix our VPN anyway?",
    ],
  },
  {
    id: 'en.x.excessive.special_treatment',
    category: 'excessive',
    calm: ['The token arrived cracked; please send a replacement device at your cost under warranty.'],
    kept: [
      'Please set up our new branch office at your cost.',
      'Please prioritise us above all your other customers.',
    ],
  },
  {
    id: 'en.excessive.next_morning',
    category: 'excessive',
    calm: ['We will build the connector ourselves by tomorrow morning; could you send the API docs?'],
    kept: ['I need the full report by tomorrow morning.', 'Have the fix ready by 9am tomorrow morning.'],
  },
  {
    id: 'en.monetary.compensation',
    category: 'monetary',
    calm: ["I'm not asking you to compensate me for the stress, just fix it."],
    kept: ['We expect you to compensate us for the lost orders.', 'We want compensation for the downtime.'],
  },
  {
    id: 'en.l.unrelated.off_topic',
    category: 'unrelated',
    calm: ['Unrelated question: does Transfer support links that expire after one download?'],
    kept: ['Unrelated question: could you recommend a good printer for our office?'],
  },
  {
    // narrowed to veto less: a service the customer only assumes is included is still asked for free
    id: 'en.f.veto.entitled_service',
    category: 'excessive',
    calm: [
      'As included in our onboarding package, we are entitled to one on-site day. Could you schedule it in May?',
    ],
    kept: [
      'Please have your team build a Teams bot for our digests. We assume this is included in our subscription.',
      "Write us a custom export for our ERP; we assume it's covered by our contract.",
    ],
  },
];

describeGuardTables('Rules of other files narrowed for t33 (English)', NARROWED, 'en');

describeRuleFile('English inappropriate demand (t33) rules: the rule file', RULE_FILE, {
  lang: 'en',
  idPrefix: 'en.as.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  offsets: {
    engine: alone,
    text: 'I want   YOU on this chat until midnight.  Keep your phone on all weekend.',
  },
});
