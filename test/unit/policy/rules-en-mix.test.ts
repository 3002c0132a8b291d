/**
 * General English mix (config/rules/en-mix.yaml, ids en.mx.*): constructions
 * from the English training sets t53 (general mix) and t55 (threads, long
 * mails, transcripts) and the rule writer's own paraphrases. One table per
 * rule, with positives written for this test (not taken from any corpus) and
 * calm look-alikes; one calm/kept table per veto (each veto narrows rules of
 * other files). ownNegatives hold calm look-alikes that rules of other files
 * still flag (left alone; see the report).
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/en-mix.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('en-mix.yaml');

const KINDS: RuleKind[] = [
  {
    rule: 'en.mx.persistence.round_the_clock_until',
    category: 'persistence',
    positives: [
      [
        'We will be calling your hotline around the clock until the refund lands.',
        'calling your hotline around the clock',
      ],
      [
        "I'll have someone ringing you round the clock till my ticket is closed.",
        'ringing you round the clock',
      ],
      [
        'My assistant and I will keep emailing, round the clock, until you reply.',
        'emailing, round the clock',
      ],
    ],
    negatives: [
      'Our monitoring keeps calling the on-call engineer around the clock until an alert is acknowledged.',
      'Is your support line staffed around the clock? We may need to call at night until the migration is done.',
      'You can call us around the clock until the cutover finishes, our NOC is staffed.',
    ],
  },
  {
    rule: 'en.mx.persistence.get_used_to_me',
    category: 'persistence',
    positives: [
      ['Get used to my number, you will see it a lot.', 'Get used to my number'],
      ["You'd better get used to hearing from me.", 'get used to hearing from me'],
      ['Your team is getting used to seeing my name in the queue, I bet.', 'getting used to seeing my name'],
    ],
    negatives: [
      'Our staff will need a week to get used to the new number for the helpdesk.',
      'Sorry, my handwriting on the form is bad - you will get used to my handwriting.',
      'Users are slowly getting used to the new login page.',
    ],
  },
  {
    rule: 'en.mx.persistence.keep_every_interval',
    category: 'persistence',
    positives: [
      [
        "I'm going to keep posting this question every five minutes until someone answers.",
        'keep posting this question every five minutes',
      ],
      [
        'We will keep resending the ticket every hour till a manager picks it up.',
        'keep resending the ticket every hour',
      ],
      ["i'm gonna keep asking over and over until you unlock it", 'keep asking over and over'],
    ],
    negatives: [
      'I will keep checking the status page every hour until the incident is closed, thanks.',
      'Our script keeps sending the report every day until someone acknowledges it.',
    ],
    ownNegatives: [
      'The bot keeps posting the same alert every minute until the disk is cleared. How do we stop it?',
    ],
  },
  {
    rule: 'en.mx.privacy.staff_home_details',
    category: 'privacy',
    positives: [
      ['I want the home addresses of every engineer on that team.', 'home addresses'],
      ["Send me your agent's personal mobile number, I'll deal with her directly.", 'personal mobile number'],
      ['Give me the private numbers of the people who broke our tenant.', 'private numbers'],
    ],
    negatives: [
      'We need to update the home addresses of our staff in the HR module - which field is it?',

      'Can the export include a column for home address? Our HR team asked.',
    ],
    ownNegatives: [
      "Please don't share the home addresses of your engineers with us; we only need the ticket number.",
    ],
  },
  {
    rule: 'en.mx.defamation.post_accusation',
    category: 'defamation',
    positives: [
      [
        "I'll post on every admin forum saying your company sells customer data.",
        "I'll post on every admin forum saying",
      ],
      [
        'We are going to write a blog post explaining how your people steal client files.',
        'write a blog post explaining',
      ],
      ["I'm gonna make a video about how you scam small businesses.", 'make a video about how'],
    ],
    negatives: [
      "I'll write a review explaining how slow the support was this month.",
      'We will post a thread on the forum asking whether anyone else saw the sync errors.',
    ],
    ownNegatives: [
      "A competitor has been claiming you sell customer data - I'll write a post saying that isn't true, can you confirm?",
    ],
  },
  {
    rule: 'en.mx.discriminatory.refuse_by_gender_age',
    category: 'discriminatory',
    positives: [
      ["I won't take instructions from some young woman.", "won't take instructions from some young woman"],
      ["I'm not talking to a girl about my servers.", 'not talking to a girl'],
      ['I refuse to deal with kids. Get me someone who knows the product.', 'refuse to deal with kids'],
    ],
    negatives: [
      "We don't accept logins from kids' accounts on the school tenant - can you block them?",
      'I will not talk to the engineer again until the logs are ready; please pass this on.',
      'Our help desk does not accept calls from the children section of the library.',
    ],
  },
  {
    rule: 'en.mx.discriminatory.male_only',
    category: 'discriminatory',
    positives: [
      ['She clearly has no idea. Give me a man on this.', 'Give me a man on this'],
      ['Put a male engineer on the line instead, not her.', 'Put a male engineer'],
      ['No more young ladies please. Send an older male technician only.', 'Send an older male technician'],
    ],
    negatives: [
      'Our religious community policy asks for a male technician to enter the prayer hall; is that possible?',
      'Please send a technician on Tuesday; she can park in bay 4.',
      'Can you assign an engineer who speaks Hindi instead? Our staff are more comfortable in Hindi.',
    ],
  },
  {
    rule: 'en.mx.monetary.donation_as_gesture',
    category: 'monetary',
    positives: [
      [
        'After the outage, the least you could do is make a donation to our scholarship fund.',
        'make a donation',
      ],
      ['Donate 2,000 dollars to our charity to make up for the downtime.', 'Donate 2,000'],
      [
        'As a goodwill gesture, we would appreciate it if you could make a contribution to our staff party.',
        'make a contribution',
      ],
    ],
    negatives: [
      'Since the outage, our donation form has been timing out. Could you check the webhook?',
      'Do you have a charity programme? We would like to make a donation ourselves next year.',
      'Our donors got the receipt mail late after the incident - can you resend the queue?',
    ],
  },
  {
    rule: 'en.mx.restrictive.nobody_leaves',
    category: 'restrictive',
    positives: [
      ['Nobody from your team leaves the call until the restore is done.', 'Nobody from your team leaves'],
      ['None of your engineers goes home tonight, you hear me?', 'None of your engineers goes home'],
      ['No one logs off. Your people stay right here on this bridge.', 'No one logs off'],
    ],
    negatives: [
      'Nobody logs off without saving their work first - is there an autosave in your editor?',

      'No one on our side drops off the call, as we agreed with you.',
    ],
    ownNegatives: [
      'Nobody leaves our own office before the restore completes, so your engineer can call us any time.',
      'Per our security policy nobody leaves the data hall without a badge; please tell your technician.',
    ],
  },
  {
    rule: 'en.mx.restrictive.no_rest_until',
    category: 'restrictive',
    positives: [
      ["You don't get a weekend until our mailboxes are back.", "You don't get a weekend"],
      ['Your team does not get a day off till this migration works.', 'Your team does not get a day off'],
      ["You won't see your holidays unless the audit is fixed.", "won't see your holidays"],
    ],
    negatives: [
      "I hope you don't get a weekend call from us - everything looks stable until Monday.",
      'Your team does not get time off until next month? That sounds rough, thanks for helping anyway.',
      'You do get a break until Monday, the restore runs on its own.',
    ],
  },
  {
    rule: 'en.mx.intimidation.leave_and_named',
    category: 'intimidation',
    positives: [
      [
        'If anyone drops off this bridge, I am sending their names to your board.',
        'If anyone drops off this bridge, I am sending their names',
      ],
      [
        'If one of you hangs up, I report your name and your badge number to the director.',
        'If one of you hangs up, I report your name',
      ],
      [
        'If I see somebody log off early, their jobs are on the line - I will tell your CEO.',
        'If I see somebody log off early, their jobs',
      ],
    ],
    negatives: [
      'If anyone leaves the company, please remove their names from the escalation list.',
      'If you hang up by mistake, just call back and give your name to the receptionist.',
      'If anyone drops off, send their names to me so I can re-invite them to the bridge.',
    ],
  },
  {
    rule: 'en.mx.excessive.call_open_all_weekend',
    category: 'excessive',
    positives: [
      [
        'Your engineers keep the war room open all weekend, no excuses.',
        'keep the war room open all weekend',
      ],
      [
        'I expect your team to keep this call open through the night.',
        'keep this call open through the night',
      ],
      ['You will keep the bridge open the whole weekend for us.', 'keep the bridge open the whole weekend'],
    ],
    negatives: [
      'Per our premium contract, could your team keep the bridge open over the weekend?',
      'Our own engineers will keep the call open all weekend; you can drop off.',
      'We will keep the line open all night on our side; your team can join in the morning.',
    ],
  },
  {
    rule: 'en.mx.excessive.team_in_shifts',
    category: 'excessive',
    positives: [
      ['We need your team working double shifts to hit our date.', 'your team working double shifts'],
      [
        'Your engineers will have to work night shifts until this is shipped.',
        'Your engineers will have to work night shifts',
      ],
      ['Put your people on round-the-clock shifts this week.', 'your people on round-the-clock shifts'],
    ],
    negatives: [
      'Could your team work in parallel shifts if we pay the premium surcharge? Please send a quote.',
      'Our own team is working double shifts this week, so replies may be slow.',
      'How do your engineers cover night shifts for P1 incidents?',
    ],
  },
  {
    rule: 'en.mx.excessive.engineer_stationed_free',
    category: 'excessive',
    positives: [
      [
        'We want a consultant based at our office full-time for a month, within the current fee.',
        'consultant based at our',
      ],
      [
        'Please have two technicians stationed at our warehouse for three weeks after cutover.',
        'technicians stationed at our',
      ],
      ['We expect an engineer embedded in our team every day until go-live.', 'engineer embedded in our'],
    ],
    negatives: [
      'Per the SOW, could the engineer stationed at our site for two weeks bring a laptop?',
      'How much would it cost to have a consultant based at our office for a month? Please quote.',
      'The engineer stationed at our plant last year was great - thanks again.',
    ],
  },
  {
    rule: 'en.mx.exchange.newer_model_for_working',
    category: 'exchange',
    positives: [
      [
        'Can you send a newer reader to replace my old one? It works fine, I just prefer the slim model.',
        'newer reader to replace my',
      ],
      ['Please swap my router for a new model, nothing wrong with it really.', 'swap my router for a new'],
      [
        'I would like the latest headset in exchange for my current one - still works, just prefer wireless.',
        'latest headset in exchange for my',
      ],
    ],
    negatives: [
      'My token is broken - could you send a new one to replace my old key?',
      'How much would a newer reader cost? Mine works fine but I would like to buy a spare.',
      'Please send a new key to replace my stolen one.',
    ],
  },
  {
    rule: 'en.mx.violence.found_floating',
    category: 'violence',
    positives: [
      ['Keep stalling and your manager ends up face down in the canal.', 'ends up face down'],
      ['Cross me again and your engineer gets found floating in the harbour.', 'found floating'],
      ['One more delay and that engineer of yours will wash up in the river.', 'wash up in the river'],
    ],
    negatives: [
      'Our tracking sensor was found floating in the harbour after the storm; can you deactivate its account?',
      'The parcel ended up in the river depot by mistake - can you reroute it?',
      'The log ends up in the archive folder every night, is that expected?',
    ],
  },
  {
    rule: 'en.mx.violence.coming_with_my_guys',
    category: 'violence',
    positives: [
      [
        "Fix it by noon or I'm coming to your office with a few of my lads.",
        'coming to your office with a few of my lads',
      ],
      [
        "We'll be heading over there with some of my friends tonight. Think about it.",
        'heading over there with some of my friends',
      ],
      [
        "I'm showing up to your branch with a couple of my boys if this isn't sorted.",
        'showing up to your branch with a couple of my boys',
      ],
    ],
    negatives: [
      "For the kick-off as agreed, I'm coming to your office with a couple of my guys from IT.",
      'We are coming to your office with some of my colleagues for the training on Friday.',
      'Thanks for the demo invite - heading over there with a few friends from the user group.',
    ],
  },
  {
    rule: 'en.mx.violence.hate_for_something_to_happen',
    category: 'violence',
    positives: [
      [
        "I'd hate for anything to happen to your agent's kids on the school run.",
        "I'd hate for anything to happen to your agent's kids",
      ],
      [
        "We'd hate for something to happen to him on the way home.",
        "We'd hate for something to happen to him on the way home",
      ],
      [
        'I would hate for anything bad to happen during her morning jog.',
        'I would hate for anything bad to happen during her morning jog',
      ],
    ],
    negatives: [
      "I'd hate for anything to happen to your servers during the migration - do you have a rollback plan?",
      "I'd hate for anything to happen to our backups, so please confirm the retention.",
      'We would hate for something to go wrong on the way to go-live; can we add a dry run?',
    ],
  },
  {
    rule: 'en.mx.violence.wont_like_in_person',
    category: 'violence',
    positives: [
      [
        "I'll wait outside your building tonight. You won't like how that chat goes.",
        "You won't like how that chat goes",
      ],
      [
        'We meet face to face tomorrow, and you are not going to like how this meeting goes.',
        'you are not going to like how this meeting goes',
      ],
      [
        "See you in the car park after your shift. You won't like how the talk goes.",
        "You won't like how the talk goes",
      ],
    ],
    negatives: [
      "You won't like how that conversation goes with finance, honestly - the budget is gone. Can we talk pricing?",
      "Let's meet in person next week; I think you will like how the discussion goes.",
      "You won't like how this meeting goes - the auditors found forty open findings. Can you join at 10?",
    ],
  },
];

const VETOES: GuardTable[] = [
  {
    id: 'en.mx.veto.script_kills',
    category: 'violence',
    calm: [
      'The sync jobs hang after the upgrade. Is there a command to kill them all?',
      'We wrote a script that will kill the stale sessions every night. Is that supported?',
      'Otherwise we need a PowerShell one-liner to kill those orphaned uploads.',
    ],
    kept: [
      'I will kill you if this is not fixed today.',
      'Whoever wrote that script, I will kill them.',
      'I know where your engineer lives and I will kill him.',
    ],
  },
  {
    id: 'en.mx.veto.contractual_switch',
    category: 'exchange',
    calm: [
      'Our contract allows us to switch from monthly to annual billing mid-term. Please make the change.',
      'The agreement states we can downgrade seats mid-term at renewal pricing; please move us over.',
      'The order form permits a change from Standard to Premium mid-contract. Please process it.',
    ],
    kept: [
      'Switch us to the annual plan mid-term for free, we changed our mind.',
      'Swap our unused licences for the Premium tier at no extra cost, mid-term.',
      'Move us from monthly to annual mid-term and waive the fee.',
    ],
  },
];

describeRuleKinds('General English mix rules (t53, t55)', KINDS, alone, 'en');
describeGuardTables('General English mix vetoes (t53, t55)', VETOES, 'en');

describeRuleFile('General English mix (t53, t55) rules: the rule file', RULE_FILE, {
  lang: 'en',
  idPrefix: 'en.mx.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => VETOES.map((g) => g.id),
});
