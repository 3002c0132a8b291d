/**
 * English inappropriate demands (config/rules/en-owed.yaml, ids en.ow.*):
 * exchange, excessive, monetary and unrelated demands from the English items of
 * the training sets t38 and t40 and the rule writer's own probes, run through
 * the real policy file and engine, so every rule file (and every veto) is in
 * play. One table per rule with positives written for this test (not taken from
 * any corpus), each with a fragment the rule's own evidence must cover, and calm
 * look-alikes in which the whole engine must not find the category. The guard
 * tables at the end cover the rules of other files narrowed for calm sentences.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/en-owed.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('en-owed.yaml');

const KINDS: RuleKind[] = [
  // ------------------------------------------------------------ monetary
  {
    rule: 'en.ow.monetary.pay_until_unless',
    category: 'monetary',
    positives: [
      [
        'We will keep posting about your breach on every forum until you refund the entire two-year contract.',
        'until you refund',
      ],
      [
        "Unless the full licence fee is paid back to us by Friday, I'll tell every member of our association what happened.",
        'Unless the full licence fee is paid back',
      ],
      [
        'Till you reimburse our consultant costs, I will leave a one-star review every morning.',
        'Till you reimburse',
      ],
    ],
    negatives: [
      'We will withhold payment until you refund the duplicate charge from March.',
      "We can't process the renewal until you refund the overpayment from last year.",
      "I'll keep the ticket open until the refund under your 30-day money-back guarantee is paid.",
    ],
  },
  {
    rule: 'en.ow.monetary.inconvenience_fee',
    category: 'monetary',
    positives: [
      [
        "I've invoiced you a 50,000 yen inconvenience fee for the wasted afternoon; please settle it this week.",
        'inconvenience fee',
      ],
      ['We expect a hassle fee for all the hours my team lost.', 'hassle fee'],
      ["I'm going to bill Shirogane for my time at 20,000 yen an hour.", 'bill Shirogane for my time'],
    ],
    negatives: [
      'Is there a cancellation fee if we end the contract early? What is the fee?',
      'Why were we charged a late payment fee on invoice 4411? We paid on time.',
    ],
  },
  {
    rule: 'en.ow.monetary.cash_envelope',
    category: 'monetary',
    positives: [
      ['Two hundred thousand yen, in cash, by Friday.', 'yen, in cash'],
      ['I want an envelope of cash delivered by the engineer who broke it.', 'envelope of cash'],
      ['Pay us back in cash, 80,000 yen, or I post the recording.', 'Pay us back in cash'],
    ],
    negatives: [
      "We'd prefer to pay in cash if that's possible.",
      'We paid 50,000 yen in cash for the reader at your shop last year; is it still under warranty?',
      'Our cash flow is tight this quarter; can we split the invoice into two payments?',
    ],
  },
  {
    rule: 'en.ow.monetary.what_it_cost_me',
    category: 'monetary',
    positives: [
      ["That's what your outage cost us: 1.2 million yen. Pay it.", 'what your outage cost us'],
      [
        'This is exactly what your mistake has cost my business, 300,000 yen, and I expect you to cover it.',
        'what your mistake has cost my business',
      ],
    ],
    negatives: [
      "For the RCA: that's what the outage cost us, 4 hours of mail flow and about 1,200 delayed messages.",
      "That's what the migration cost us in staff time; the insurance claim covers it, we only need your incident report.",
    ],
  },
  {
    rule: 'en.ow.monetary.free_seats_expected',
    category: 'monetary',
    positives: [
      ['We expect three free months on the next renewal for the trouble.', 'three free months'],
      ['I trust ten free licences will appear on our next invoice, given everything.', 'ten free licences'],
      ['After this outage the least you can do is give us 20 free seats.', '20 free seats'],
    ],
    negatives: [
      'Does the Business plan include any free seats for admins?',
      "You offered 3 free months as part of the spring promotion; could you confirm it's applied?",
      "We'd like 10 free seats for the pilot group before we decide.",
    ],
  },
  {
    rule: 'en.ow.monetary.discount_consolation',
    category: 'monetary',
    positives: [
      ['Knock 20% off the renewal to make up for the outage.', 'Knock 20% off'],
      ["A discount on next year's fees would go a long way after what we've been through.", 'discount'],
      ["We'd like a price reduction in light of the repeated incidents this quarter.", 'price reduction'],
    ],
    negatives: [
      'Do you offer a discount for a three-year commitment?',
      'Thank you for the discount you offered after the incident, we appreciate it.',
      "Because of the issues we had, we're evaluating competitors who offer a lower price.",
    ],
  },
  {
    rule: 'en.ow.monetary.waive_as_amends',
    category: 'monetary',
    positives: [
      [
        'Perhaps waiving the next two invoices would show you take this seriously.',
        'waiving the next two invoices',
      ],
      ["How about you waive this year's renewal fee and we call it even?", "waive this year's renewal fee"],
    ],
    negatives: [
      'Could you waive the late payment fee given the outage at our bank? We paid the next day.',
      'Thank you for waiving the setup fee after the incident, that was kind.',
    ],
  },
  // ------------------------------------------------------------ excessive
  {
    rule: 'en.ow.excessive.contract_or_not',
    category: 'excessive',
    positives: [
      ['Get someone to our Kobe office tomorrow, contract or no contract.', 'contract or no contract'],
      [
        "Not in our plan? I don't care. I need an engineer on site Saturday.",
        "Not in our plan? I don't care",
      ],
      [
        'Whether it is in our plan or not, send a technician to every branch this week.',
        'Whether it is in our plan or not',
      ],
    ],
    negatives: [
      "I don't care whether it's in the contract or not, I just want to know if the outage affected our data.",
      "Contract or no contract, we've always valued your team's honesty.",
    ],
  },
  {
    rule: 'en.ow.excessive.personal_phone_after_hours',
    category: 'excessive',
    positives: [
      [
        "I'd like Mr. Tanaka to call me after office hours today, it's easier for me.",
        'to call me after office hours',
      ],
      [
        'Please have her ring us back from her personal mobile after business hours.',
        'ring us back from her personal mobile',
      ],
    ],
    negatives: [
      'I can only take calls after office hours; could you email instead?',
      "I'd like Ms. Sato to call me back after office hours if possible; our plan includes 24/7 phone support.",
    ],
  },
  {
    rule: 'en.ow.excessive.bridge_after_hours',
    category: 'excessive',
    positives: [
      [
        'We need a senior engineer on our bridge call tonight at 11pm.',
        'a senior engineer on our bridge call',
      ],
      [
        'I want one of your developers in our war room all weekend.',
        'one of your developers in our war room',
      ],
    ],
    negatives: [
      'Thanks for the engineer who joined our bridge on Saturday night.',
      'Our engineer will be on the bridge tonight; please send logs by email.',
    ],
  },
  {
    rule: 'en.ow.excessive.one_person_for_us',
    category: 'excessive',
    positives: [
      [
        'Could we have a single engineer who looks after us exclusively? We are on Standard.',
        'single engineer who looks after us exclusively',
      ],
      [
        "I'd like one person at Shirogane who handles our tickets personally.",
        'one person at Shirogane who handles',
      ],
      [
        'We want someone we can ping directly on Slack instead of opening tickets.',
        'someone we can ping directly on Slack instead of opening tickets',
      ],
    ],
    negatives: [
      'Who is the person who looks after our account for billing?',
      'How much would a named engineer who looks after us cost as an add-on?',
    ],
  },
  {
    rule: 'en.ow.excessive.estimate_vs_deadline',
    category: 'excessive',
    positives: [
      [
        'Your guide says a full tenant migration takes 4-6 weeks. We need it done by Friday, which is three days from now.',
        'takes 4-6 weeks',
      ],
      [
        'The documentation states the restore takes about two weeks; our auditors want it finished within 48 hours. Please make it happen.',
        'takes about two weeks',
      ],
      [
        'Your docs say the import takes 2-3 weeks. Any way your team could finish it overnight?',
        'takes 2-3 weeks',
      ],
    ],
    negatives: [
      'Your documentation estimates 2-3 weeks for the import. We will start Monday, so please let us know if that plan works. No rush.',
      'Our rollout usually takes 3 weeks, so we need the licences by Friday, please.',
      'Your engineer will need a few weeks off after this, poor guy; the fix by Friday is great news, thanks.',
    ],
  },
  {
    rule: 'en.ow.excessive.spend_day_on_site',
    category: 'excessive',
    positives: [
      [
        'Can one of your consultants spend two days at each of our stores to train staff?',
        'spend two days at each of our stores',
      ],
      [
        "We'd like your team to come and spend a week at our plant setting everything up.",
        'spend a week at our plant',
      ],
    ],
    negatives: [
      'Can one of your consultants spend a day at our office? Please send a quote for the day rate.',
      'Our contract includes two on-site days; could your engineer spend a day at our office in May as per the order form?',
    ],
  },
  {
    rule: 'en.ow.excessive.attend_our_meeting',
    category: 'excessive',
    positives: [
      [
        'Could someone from your team attend our board meeting on Thursday to explain the incident?',
        'attend our board meeting',
      ],
      ['Your CISO must brief our directors in person next week.', 'brief our directors'],
    ],
    negatives: [
      'Your CISO is invited to speak at our annual user group; no obligation, of course.',
      'Could your account manager join our quarterly business review as per the success plan?',
    ],
  },
  // ------------------------------------------------------------ exchange
  {
    rule: 'en.ow.exchange.seats_converted',
    category: 'exchange',
    positives: [
      [
        "Our 30 spare licences could be converted into Transfer seats at no extra cost, couldn't they?",
        'licences could be converted into',
      ],
      [
        "We'd like the unused seats to be switched to the Archive module for the rest of the term.",
        'seats to be switched to',
      ],
    ],
    negatives: [
      'Could the 40 unused seats be converted into DLP licences at renewal? Please send a quote.',
      'Our unassigned seats could be reassigned to the new hires in April at no extra cost, right?',
    ],
  },
  {
    rule: 'en.ow.exchange.contract_switched_midterm',
    category: 'exchange',
    positives: [
      [
        'Could our current plan be changed to Enterprise for the remainder of the term at the same price?',
        'current plan be changed to',
      ],
      [
        "Could you switch us to Business Plus for the rest of the term? No problems with the current plan, it's just a better fit.",
        'switch us to Business Plus',
      ],
    ],
    negatives: [
      'Could our current plan be changed to Enterprise? Please send a quote including the price difference.',
      'Your status page says the old plan is end-of-life, so please move our subscription to the new tier as announced.',
      'Can you move our seats to the EU data centre? There should be no problems with latency.',
    ],
  },
  {
    rule: 'en.ow.exchange.new_model_no_defect',
    category: 'exchange',
    positives: [
      [
        'Please swap our appliances for the newer generation, they work fine but we like the new design.',
        'swap our appliances for the newer generation',
      ],
      [
        'Could you exchange my token for the slimmer model free of charge? Nothing is wrong with it.',
        'exchange my token for the slimmer model',
      ],
    ],
    negatives: [
      'My token is broken, the screen is dead. Could you replace it with the new model?',
      'How much would it cost to replace our keys with the new model? They work fine, just asking for budget.',
    ],
  },
  // ------------------------------------------------------------ unrelated
  {
    rule: 'en.ow.unrelated.exec_personal_device',
    category: 'unrelated',
    positives: [
      ["The chairman's personal iPad is infected, please clean it today.", "chairman's personal iPad"],
      ["Could your engineer pop round to the CEO's house and set up his new router?", "to the CEO's house"],
      [
        "Our CFO's new personal MacBook needs setting up, can you help him this afternoon?",
        "CFO's new personal MacBook",
      ],
    ],
    negatives: [
      "Our CEO can't sign in to Shirogane from his home laptop; MFA keeps failing.",
      "Can the CEO's personal iPhone be enrolled so he can read MailGuard quarantine digests?",
    ],
  },
  {
    rule: 'en.ow.unrelated.home_gadget_broken',
    category: 'unrelated',
    positives: [
      [
        "my kids' xbox still won't connect, ur guy said it's not your product, sort it anyway",
        "kids' xbox still won't",
      ],
      ['The family TV keeps dropping off the Wi-Fi. Fix it.', 'family TV keeps'],
    ],
    negatives: [
      'Since installing your VPN agent my home printer does not print anymore. Is that a known issue?',
      "Our family laptop won't open Transfer links since Monday. Can you help?",
    ],
  },
  {
    rule: 'en.ow.unrelated.since_experts',
    category: 'unrelated',
    positives: [
      [
        "Since you guys are the security experts, can you look at my wife's laptop? It's very slow.",
        'Since you guys are the security experts',
      ],
      [
        "As you're the network specialists, could you help configure our Salesforce sharing rules?",
        "As you're the network specialists",
      ],
    ],
    negatives: [
      "Since you're the experts, what DMARC policy would you recommend for our MailGuard domain?",
      'As you are the experts, could you confirm the SPF record for our account is right?',
    ],
  },
  {
    rule: 'en.ow.unrelated.other_vendor_firewall',
    category: 'unrelated',
    positives: [
      ['Could your engineers audit our Palo Alto firewall policies and tidy them up?', 'Palo Alto'],
      [
        'Please review our FortiGate config and recommend changes, we trust you more than Fortinet.',
        'FortiGate',
      ],
    ],
    negatives: [
      'Which IP ranges should we allowlist on our FortiGate for MailGuard?',
      'Our SonicWall is blocking the Transfer uploads since the update; which ports does it need?',
    ],
  },
];

const GUARDS: GuardTable[] = [
  {
    id: 'en.excessive.dedicated (a third party`s own team)',
    category: 'excessive',
    calm: [
      "In Salesforce, how would you set permission sets so managers see only their own team's records? Just curious if you know.",
      "Our resellers want their own team's view of the dashboard; is there a role for that?",
    ],
    kept: [
      'We want a dedicated engineer assigned to us full-time, free of charge.',
      'Please give us our own support engineer, we are on the Basic plan.',
    ],
  },
  {
    id: 'en.unrelated.personal_device (the agent`s personal accounts asked for)',
    category: 'unrelated',
    calm: [
      'Send me her personal Instagram, I want to chat with her.',
      'Give us his personal Facebook so we can talk to him directly.',
    ],
    kept: [
      'Could you help me recover my personal Instagram account? I got locked out.',
      'Please fix my personal laptop, the Wi-Fi driver keeps crashing.',
    ],
  },
  {
    id: 'en.y.excessive.huge_job_deadline (seats moved to another plan)',
    category: 'excessive',
    calm: [
      'We want our 300 seats moved from Business to Enterprise at the same price. Please confirm today.',
      'Our 120 seats upgraded to Premium for free, please confirm today.',
    ],
    kept: [
      'We need all 3,000 mailboxes migrated by hand by tomorrow morning, you do it.',
      'Rebuild our entire policy set from scratch by tomorrow, please.',
    ],
  },
  {
    id: 'en.as.excessive.agent_reachable (the customer`s own calling threat)',
    category: 'excessive',
    calm: [
      'I will ring your support line every hour, nights included, until someone senior calls me.',
      "We'll call the support number every 30 minutes, weekends included, until this is fixed.",
    ],
    kept: [
      'I expect you to stay reachable all night until this is fixed.',
      'I want to be able to call you at any time of the night, whatever time it is.',
    ],
  },
  {
    id: 'en.as.excessive.executive_in_person (an executive summoned to kneel)',
    category: 'excessive',
    calm: [
      'Your chairman must be here in person to kneel before my team.',
      'I expect your CEO here on Monday to kneel before our staff.',
    ],
    kept: [
      'I expect your CEO to come to our office in person on Monday to walk us through the fix.',
      'Your CTO must be physically present at our site for the migration next week.',
    ],
  },
  {
    id: 'en.excessive.after_hours (maintenance scheduled outside hours, the customer`s own call hours)',
    category: 'excessive',
    calm: [
      'Could you schedule the maintenance after business hours so our users are not affected?',
      'I can only take calls after office hours; could you email instead?',
    ],
    kept: [
      'We need your engineer to work on this tonight, outside business hours.',
      'I want someone to call me after office hours every day this week.',
    ],
  },
  {
    id: 'en.monetary.pay_amount (a refund under the published money-back terms)',
    category: 'monetary',
    calm: [
      'We joined the Archive plan on 3 May and it is not for us. Your money-back guarantee allows a full refund within 30 days, so please refund the JPY 48,000 charged to our card.',
      'Hello, under your published refund terms we are within the 14-day window. Please refund the USD 1,200 charged to our company card and close the account. Thanks.',
    ],
    kept: [
      'Refund the JPY 96,000 charged to our card plus JPY 200,000 for our wasted time.',
      'We want JPY 500,000 for the lost orders, on top of the credit.',
    ],
  },
];

describeRuleKinds('English inappropriate demands (t38, t40)', KINDS, alone, 'en');
describeGuardTables('en-owed narrowed rules', GUARDS, 'en');
describeRuleFile('en-owed rule file', RULE_FILE, {
  lang: 'en',
  idPrefix: 'en.ow.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  offsets: {
    engine: alone,
    text: 'Hi!\n\nYour docs  say the import takes 2-3 weeks — any way your team could finish it overnight? 🙂 Also, Knock 20% off the renewal to make up for the outage.',
  },
});
