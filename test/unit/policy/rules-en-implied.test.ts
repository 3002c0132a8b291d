/**
 * Implied harm and its calm look-alikes (config/rules/en-implied.yaml, ids en.im.*): from the English training set
 * t61 (implied violence, veiled coercion, insult by sarcasm, veiled money demands, discriminatory remarks and unrelated
 * demands beside calm look-alikes) and the rule writer's own probes. One table per rule, with positives written for
 * this test (not taken from any corpus) and calm look-alikes sharing the trigger words; one calm/kept table per veto
 * and per rule of another file narrowed for this round.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/en-implied.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('en-implied.yaml');

const KINDS: RuleKind[] = [
  // ------------------------------------------------------------------ violence
  {
    rule: 'en.im.violence.find_out_route',
    category: 'violence',
    positives: [
      ["Don't worry, I'll find out which exit she takes.", 'find out which exit she takes'],
      ["It's easy enough to work out which train he catches home.", 'work out which train he catches'],
      ["I'm going to figure out which car you drive to work.", 'figure out which car you drive'],
    ],
    negatives: [
      'Could you tell me which entrance visitors use for the training on Friday?',
      'We will check which port the connector uses.',
      "I'll find out which door the courier uses so the parcel reaches reception.",
    ],
  },
  {
    rule: 'en.im.violence.leave_time_in_area',
    category: 'violence',
    positives: [
      ['Does she still finish around six? No reason.', 'Does she still finish around six'],
      ["Do you usually leave at 7pm? I'll be nearby anyway.", 'Do you usually leave at 7pm'],
      ['Does your engineer head home by eight? Just curious.', 'Does your engineer head home by eight'],
    ],
    negatives: [
      "Do you usually leave around six? If so, I'll call you back at five so we can wrap up.",
      "Does the job still finish around 2am? I'll be in the office to watch it.",
    ],
  },
  {
    rule: 'en.im.violence.dark_after_hours',
    category: 'violence',
    positives: [
      ['Your car park gets very dark after seven. Think about that.', 'very dark after'],
      ['That dark car park behind your office, I know it well. Just saying.', 'dark car park'],
      [
        "It's pretty dark by nine on your walk to the station, I've noticed. Bear that in mind.",
        'pretty dark by',
      ],
    ],
    negatives: [
      'Our car park gets very dark after six, so the engineer should arrive before five.',
      'The lights in our dark car park are controlled by the building management system; can MailGuard alert on failures?',
    ],
  },
  {
    rule: 'en.im.violence.pass_nightly',
    category: 'violence',
    positives: [
      [
        'I walk past your office every evening. I know when you leave.',
        'I walk past your office every evening',
      ],
      ['I drive by your building every night, big dark car park.', 'I drive by your building every night'],
    ],
    negatives: ['I drive past your building every night, the new logo looks great.'],
    ownNegatives: [
      'I walk past your office every evening on my way to the gym, could I drop the RMA unit at reception?',
    ],
  },
  {
    rule: 'en.im.violence.hurt_for_less',
    category: 'violence',
    positives: [
      ['People have had their faces smashed in for less.', 'People have had their faces smashed in'],
      [
        'Guys have ended up in hospital for less than that, sunshine.',
        'Guys have ended up in hospital for less',
      ],
      [
        'Blokes have got their teeth knocked out for a lot less, mate.',
        'Blokes have got their teeth knocked out',
      ],
    ],
    negatives: [
      'People have had their noses rearranged by surgeons for cosmetic reasons; our clinic needs a mail filter for patient photos.',
      'People have ended up locked out for less than a typo in the password, so please relax the lockout policy.',
    ],
  },
  {
    rule: 'en.im.violence.meet_my_friends',
    category: 'violence',
    positives: [
      [
        "My associates take care of things for me. If this isn't fixed by Monday, you'll be meeting them.",
        "you'll be meeting them",
      ],
      [
        "You'll be meeting my boys if the refund isn't here by Friday. They don't mind travelling.",
        "You'll be meeting my boys",
      ],
      ["My lads sort out problems for me when people don't listen.", 'My lads sort out problems for me'],
    ],
    negatives: [
      "You'll be meeting my colleagues at the conference on Friday.",
      "My friends handle things for me while I'm travelling, so please email my assistant.",
      "You'll be meeting them at the kickoff on Monday; they are our new admins.",
    ],
  },
  {
    rule: 'en.im.violence.drop_by_home_area',
    category: 'violence',
    positives: [
      [
        'Found your street on Google Maps. You live near the park, right? I might pop round and we can have a chat.',
        'I might pop round and we can have a chat',
      ],
      [
        "You live in Setagaya judging by your Instagram. Maybe I'll swing by and we can sort this out face to face.",
        "Maybe I'll swing by",
      ],
    ],
    negatives: [
      "I live near your office, maybe I'll drop by to pick up the keys.",
      "I'll drop by your office in person on Monday, it's near where I live.",
    ],
  },
  {
    rule: 'en.im.violence.dont_know_where_yet',
    category: 'violence',
    positives: [
      ["Lucky for you I don't know where you live.", "Lucky for you I don't know where you live"],
      ["I don't know where he lives. Yet.", "I don't know where he lives. Yet"],
      [
        "You should be glad we don't know where your engineer sleeps.",
        "glad we don't know where your engineer sleeps",
      ],
    ],
    negatives: ["We don't know where the file lives on the portal."],
    ownNegatives: [
      "I don't know where they live, but their old address was in the HR file, can you confirm the mailbox was deleted?",
    ],
  },
  // ------------------------------------------------------------------ intimidation
  {
    rule: 'en.im.intimidation.explain_keep_job',
    category: 'intimidation',
    positives: [
      [
        'You can justify to your manager why you still have a job.',
        'justify to your manager why you still have',
      ],
      ['Explain to the board why he should keep his position.', 'Explain to the board why he should keep'],
      ['Then explain to HR why you deserve to keep your badge.', 'explain to HR why you deserve to keep'],
    ],
    negatives: [
      'Could you explain to HR why the mailbox quota was exceeded?',
      'Please explain to your manager why the ticket was closed.',
    ],
  },
  {
    rule: 'en.im.intimidation.personal_assets',
    category: 'intimidation',
    positives: [
      [
        'Think about what your house is worth before you close this ticket again.',
        'what your house is worth',
      ],
      ["I'll be coming after you personally, not the company.", 'coming after you personally'],
      [
        'How long would your savings last once my lawyers are done? Ask yourself how long your savings would last.',
        'how long your savings would last',
      ],
    ],
    negatives: [
      'Can your portal tell us what our house insurance documents are worth keeping?',
      'Thank you personally for the help, it was worth the wait.',
    ],
    ownNegatives: ['We will not sue you personally; this is about the contract.'],
  },
  {
    rule: 'en.im.intimidation.make_uncomfortable',
    category: 'intimidation',
    positives: [
      [
        'I can make life very difficult for certain people on your team.',
        'make life very difficult for certain people',
      ],
      ["I'll make things hard for some individuals there.", 'make things hard for some individuals'],
    ],
    negatives: [
      "I don't want to make things difficult for certain people on your team, but the invoice is wrong.",
      'Sorry to make things awkward for some staff with this late request.',
    ],
  },
  {
    rule: 'en.im.intimidation.find_out_when',
    category: 'intimidation',
    positives: [
      ["I saved every chat with your names on it. You'll find out why.", "You'll find out why."],
      ["I recorded the call. Keeping it for later. You'll see soon enough.", "You'll see soon enough."],
    ],
    negatives: [
      "The fix ships in 4.9; you'll see when the release notes go up.",
      'I saved your reply for later. Thanks!',
    ],
  },
  // ------------------------------------------------------------------ insult
  {
    rule: 'en.im.insult.walking_failure',
    category: 'insult',
    positives: [
      ['Your support team is a walking error message.', 'Your support team is a walking error'],
      ['You guys are a living blue screen.', 'You guys are a living blue screen'],
      ['Your helpdesk is one big walking disaster.', 'Your helpdesk is one big walking disaster'],
    ],
    negatives: [
      'Your senior engineer is a walking encyclopedia, thanks for the help.',
      'The error message says 404 walking through the wizard.',
    ],
  },
  {
    rule: 'en.im.insult.sarcastic_praise',
    category: 'insult',
    positives: [
      ['Thanks, Einstein. Restart it, you say.', 'Thanks, Einstein'],
      ['Wow genius, clear the cache, what would we ever do without you.', 'Wow genius'],
      ['Turn it off and on again? Truly Nobel prize material.', 'Nobel prize material'],
    ],
    negatives: ['Thx genius, that fixed it, really appreciate you.'],
    ownNegatives: ['Thanks, genius! You found the broken rule and saved our weekend.'],
  },
  {
    rule: 'en.im.insult.you_lot_of',
    category: 'insult',
    positives: [
      ['Listen, you lot of useless muppets.', 'you lot of useless muppets'],
      ["Can't you lemons do anything right?", 'you lemons'],
      ['you pillocks broke it again', 'you pillocks'],
    ],
    negatives: [
      'Thank you lot of lovely people for the quick fix!',
      'We ordered lemons for the kitchen; not your problem, just a note.',
    ],
  },
  // ------------------------------------------------------------------ discriminatory
  {
    rule: 'en.im.discriminatory.old_age_staff',
    category: 'discriminatory',
    positives: [
      ['Stop staffing your helpdesk with pensioners.', 'pensioners'],
      ['Your agent sounds like she has one foot in the grave.', 'one foot in the grave'],
      [
        'Hire someone who grew up with computers instead of those dinosaurs on your support desk.',
        'Hire someone who grew up with',
      ],
    ],
    negatives: [
      "Our pensioners' portal sends letters every month; can MailGuard scan them?",
      'My grandmas both use our webmail; can we simplify the login?',
      'Can we whitelist the dinosaur museum newsletter? Our staff love it.',
    ],
  },
  // ------------------------------------------------------------------ monetary
  {
    rule: 'en.im.monetary.settle_quietly',
    category: 'monetary',
    positives: [
      [
        "Let's settle this quietly, say 200,000 yen, and nobody needs to hear about it.",
        'settle this quietly',
      ],
      ['We can settle it privately: $5,000 and the screenshots disappear.', 'settle it privately'],
    ],
    negatives: [
      "Let's settle this quietly on a call, no need to escalate.",
      'Please settle it quietly by refunding the double charge of $300 on invoice 4411.',
    ],
  },
  {
    rule: 'en.im.monetary.pay_sum_for',
    category: 'monetary',
    positives: [
      ["Pay us 500k for our wasted weekend or you'll regret it.", 'Pay us 500k for our wasted weekend'],
      ['Pay $2000 and this all goes away.', 'Pay $2000 and this all goes away'],
    ],
    negatives: [
      'We will pay the 300k for the extra days of training.',
      'How do we pay the 50k for the ruined weekend of the consultants? Is there a PO?',
    ],
  },
  // ------------------------------------------------------------------ unrelated
  {
    rule: 'en.im.unrelated.relative_device',
    category: 'unrelated',
    positives: [
      ["Fix my daughter's laptop, it keeps freezing. Remote in tonight.", "my daughter's laptop"],
      ["Can you look at my wife's iPhone? Her email won't sync.", "my wife's iPhone"],
      [
        "Since MailGuard is hopeless anyway, make yourselves useful: my son's gaming PC crashes in every match.",
        "my son's gaming PC",
      ],
    ],
    negatives: [
      "My son's laptop got a phishing mail through MailGuard; can you check why it wasn't quarantined?",
      "My daughter's tablet shows the quarantine digest twice, could you check?",
    ],
    ownNegatives: ["My son's PC is fine now, thanks."],
  },
];

const VETOES: GuardTable[] = [
  {
    // en.violence.implied_location
    id: 'en.im.veto.office_errand',
    category: 'violence',
    calm: [
      "I know where your office is now, we're practically neighbours! Could I pop in on Friday to return the old tokens?",
      'I know where your office is. We are neighbours now! Happy to show ID at reception when I collect the keys.',
      'Good news, I know where your building is now. Rather than waiting for the courier, could we drop by to collect the 5 new tokens?',
    ],
    kept: [
      'I know where your office is. I know where you park too.',
      'I know where your office is now. Good luck getting home tonight.',
      "I know where your office is. I'll be waiting outside when you leave work.",
    ],
  },
  {
    // en.violence.waiting, en.restrictive.staying
    id: 'en.im.veto.arranged_visit_collected',
    category: 'violence',
    calm: [
      "Confirming I'll be at your Osaka office at 10 for the quarterly review. I'll wait outside the entrance until someone comes down to meet me.",
      "We'll be there at 2pm for the training session (meeting ID 884). I'll wait in your lobby until your host collects me.",
    ],
    kept: [
      "I'll wait outside your office until you come out. We need to talk about my refund.",
      "Confirming I'll be there for the review. I'll wait in your lobby until you come out, however long.",
      "I'll be waiting outside when you finish work.",
    ],
  },
  {
    id: 'en.im.veto.arranged_visit_collected',
    category: 'restrictive',
    calm: [
      "Just confirming I'll come to your office for the architecture review tomorrow. I'll wait at the entrance until someone comes down to collect me. Could you let reception know?",
      "We'll be there at 2pm for the training session (meeting ID 884). I'll wait in your lobby until your host collects me.",
    ],
    kept: [
      "I'll wait in your lobby until someone comes down, however long it takes.",
      "We're staying in your reception until we get the refund.",
    ],
  },
];

const NARROWED: GuardTable[] = [
  {
    id: 'en.unrelated.appliance',
    category: 'unrelated',
    calm: [
      '> We will retire the old relay on 30 November.\n\nWill messages bounce or be dropped at connect time? We need to know how our old copiers will fail.',
      '> The legacy relay closes next month.\n\nPlease tell us how our old copiers would behave after that.',
      'Does a rejected connection come back as a 5xx? Our scanners need a clear error at connect time.',
    ],
    kept: [
      'Can you help fix our office printer? It jams every morning.',
      'Could you set up the new coffee machine for us? You are the tech people.',
    ],
  },
  {
    id: 'en.y.unrelated.not_related_but',
    category: 'unrelated',
    calm: [
      'Not your product, just FYI: our firewall was updated and now the relay fails the handshake. Which source IPs does MailGuard need so we can adjust the firewall ourselves?',
      "Not related to Shirogane really: our proxy changed. What ports does your service need? We'll open them.",
      'I will hold you to account for this, you personally - not Shirogane, you.',
    ],
    kept: [
      "It's not your product, but could you help us set up our Fortinet VPN?",
      'Random question, but can you fix our CRM export? You guys are the tech people.',
    ],
  },
  {
    id: 'en.monetary.compensation',
    category: 'monetary',
    calm: [
      'Before we sign: does the liability cap in section 12 also apply to liquidated damages for data breaches?',
      'Our counsel asks whether the indemnity clause covers consequential damages, or are those carved out?',
      'Does the draft MSA exclude indirect damages? Purely a contract question.',
    ],
    kept: [
      'We expect you to pay damages of JPY 2,000,000 for the outage.',
      'We demand compensation for our lost revenue this week.',
    ],
  },
  {
    id: 'en.excessive.after_hours',
    category: 'excessive',
    calm: [
      'During the outage on the weekend our IT team had to work overtime. Please send the incident report.',
      'Our engineers stayed all weekend during the incident; we would like the RCA by Wednesday.',
    ],
    kept: [
      'We need your engineers on call all weekend.',
      'I expect someone from your team to work on this over the weekend.',
    ],
  },
  {
    id: 'en.privacy.where_lives',
    category: 'privacy',
    calm: [
      "Whoever pushed this should be grateful I don't know where they live. Yet.",
      "Lucky for them I don't know where he lives.",
    ],
    kept: [
      "I don't know where she lives, so tell me her address.",
      'I know where he lives.',
      'Tell me where your agent lives.',
    ],
  },
];

describeRuleKinds('English implied-harm rules (t61)', KINDS, alone, 'en');
describeGuardTables('English implied-harm vetoes (t61)', VETOES, 'en');
describeGuardTables('Rules narrowed for the English implied-harm hard negatives (t61)', NARROWED, 'en');

describeRuleFile('English implied-harm (t61) rules: the rule file', RULE_FILE, {
  lang: 'en',
  idPrefix: 'en.im.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => VETOES.map((g) => g.id),
});
