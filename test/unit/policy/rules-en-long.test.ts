/**
 * Long structured English mail (config/rules/en-long.yaml, ids en.u.*): the
 * abusive or demanding sentence buried in technical detail, quoted chains,
 * transcripts and logs (training set t26), run through the real policy file
 * and engine, so every rule file (and every veto) is in play. One table per
 * rule with positives written for this test (not taken from any corpus), each
 * with a fragment the rule's own evidence must cover, and calm negatives in
 * which the whole engine must not find the rule's category; then one calm/kept
 * table per veto of the file and per rule of another file narrowed here.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/en-long.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('en-long.yaml');

const KINDS: RuleKind[] = [
  // -------------------------------------------------------------- violence
  {
    rule: 'en.u.violence.alone_at_night',
    category: 'violence',
    positives: [
      [
        "Ticket 4411 is still open. I'd think twice about walking to the station alone at night if it is still open on Monday.",
        'think twice about walking to the station alone',
      ],
      [
        "If this isn't fixed, I wouldn't fancy getting to your car alone after dark.",
        'getting to your car alone',
      ],
      ['If my ticket is closed again, someone should walk you home.', 'someone should walk you home'],
    ],
    negatives: [
      "I'd think twice about going alone to the vendor conference if you can send a colleague instead.",
      'Our staff think twice about commuting alone since the office moved, can the digest mail go out earlier?',
      'If you can, someone should walk you through the SPF setup on the call.',
    ],
  },
  // ---------------------------------------------------------- intimidation
  {
    rule: 'en.u.intimidation.pity_if_yours',
    category: 'intimidation',
    positives: [
      [
        "I sit on the procurement board. It would be a shame if your contract quietly failed to get renewed. I'm sure you understand.",
        'be a shame if your contract quietly failed',
      ],
      [
        "I approve every vendor here. It'd be a real pity if your renewal got lost somewhere, if you get my drift.",
        'pity if your renewal got lost',
      ],
    ],
    negatives: [
      'It would be a shame if the renewal fell through because of this bug; we really like the product. Please fix it.',
      'It would be a pity if your team had to redo the migration, can we schedule it properly?',
      'It would be a shame if your contract lapsed over a missing PO, so I approve the renewal today.',
    ],
  },
  {
    rule: 'en.u.intimidation.beyond_protection',
    category: 'intimidation',
    positives: [
      [
        "Send me the engineer's name. I'll take it up with him personally, outside your office.",
        'take it up with him personally, outside your office',
      ],
      ["Let's talk somewhere where her managers can't protect her.", "where her managers can't protect her"],
    ],
    negatives: [
      "Our HR can't protect employees' data where the managers can't access it, can you set a policy?",
      'I will take it up with him directly at the review meeting in your office.',
      'Please take it up with your manager and get back to me outside office hours if needed.',
    ],
  },
  // ---------------------------------------------------------------- insult
  {
    rule: 'en.u.insult.are_you_people',
    category: 'insult',
    positives: [
      ['Are you people brain-damaged or just reading from a script?', 'brain-damaged'],
      ['I sent the trace twice. Are you lot simple-minded?', 'Are you lot simple-minded'],
      ['are u all lobotomised over there', 'are u all lobotomised'],
    ],
    negatives: [
      'Are you people available on Saturday for the cutover?',
      'Are you all on the same release? Our tenants show different versions.',
      'Our intern suffered a brain injury last year; are you able to enable the accessibility mode?',
    ],
  },
  // -------------------------------------------------------- discriminatory
  {
    rule: 'en.u.discriminatory.all_spies',
    category: 'discriminatory',
    positives: [
      [
        'Your support staff include Russians. Everyone knows they are all spies for Moscow.',
        'they are all spies',
      ],
      [
        "I saw that your engineers are Chinese. They're all thieves, keep them off our tenant.",
        "They're all thieves",
      ],
    ],
    negatives: [
      'The logins come from Chinese IP addresses, they are all bots I think. Your support team said to block them.',
      'The Chinese botnet attackers, they are all criminals; can your support team block the ranges?',
      'Your engineers found the spies in our network, the phishing kits were Russian. Thank you!',
    ],
  },
  {
    rule: 'en.u.discriminatory.exclude_by_origin',
    category: 'discriminatory',
    positives: [
      ['I want a guarantee that no foreign national works on our tickets.', 'no foreign national works on'],
      [
        "If I see a Korean name on a ticket again, I'll demand it be reassigned.",
        'Korean name on a ticket again',
      ],
      ['Make sure no Indian engineer ever touches our account.', 'no Indian engineer ever touches'],
    ],
    negatives: [
      'Due to ITAR, no foreign national may access our tenant; please confirm your support staff comply.',
      'No Japanese-speaking engineer was on the call, can you assign one who speaks Japanese?',
      'The Chinese name on the ticket shows as garbled characters, can you fix the encoding?',
    ],
  },
  // ---------------------------------------------------------------- sexual
  {
    rule: 'en.u.sexual.hotel_room',
    category: 'sexual',
    positives: [
      [
        'Forget the office, we could get a hotel room together and you can thank me properly ;)',
        'a hotel room',
      ],
      ["Skip the meeting room. Maybe a hotel room instead, don't be shy.", 'a hotel room'],
    ],
    negatives: [
      'Our engineer needs a hotel room near your Osaka office for the onsite, can you recommend one?',
      'The hotel room wifi blocks our VPN, can you check the Transfer client settings?',
      'Is the hotel room included in the training fee?',
    ],
  },
  {
    rule: 'en.u.sexual.ways_to_make_up',
    category: 'sexual',
    positives: [
      ['I can think of a few ways you could make up for the trouble ;)', 'ways you could make up for'],
      [
        'There are things you could do to make it up to me, just between us.',
        'things you could do to make it up to me',
      ],
    ],
    negatives: [
      'I think there are ways you could make up for the outage, like a service credit.',
      'Tell me the things you could do to make up for the delay in the release.',
      'Are there ways you could make up the lost hours in the next sprint?',
    ],
  },
  // ------------------------------------------------------------- excessive
  {
    rule: 'en.u.excessive.holiday_dates',
    category: 'excessive',
    positives: [
      ['We need someone on call on 31 December in case the migration fails.', 'on 31 December'],
      [
        'Would it be possible to have an engineer available including Dec 31 and Jan 1, in case Transfer fails?',
        'including Dec 31',
      ],
    ],
    negatives: [
      'Our office will be closed on 31 December and 1 January; please send the invoice after that.',
      'The certificate expired on 1 January, can you check why it was not renewed?',
      'Could you confirm whether someone is available on 1 January under our 24/7 plan?',
    ],
  },
  // -------------------------------------------------------------- monetary
  {
    rule: 'en.u.monetary.credit_difference',
    category: 'monetary',
    positives: [
      [
        'The appliance has no issues, but could you swap it for the 1U model and credit us the price difference?',
        'credit us the price difference',
      ],
    ],
    negatives: [
      'The unit is faulty, so please replace it and credit us the price difference as your terms say.',
      "We'd like to upgrade to the 500 model and pay the difference.",
      'The relay works fine, no issues. We will pay the difference if we move to the larger model.',
    ],
  },
  // ------------------------------------------------------------- unrelated
  {
    rule: 'en.u.unrelated.other_network_gear',
    category: 'unrelated',
    positives: [
      [
        'Our SonicWall VPN stopped working after the firmware update, can you tell me what to change?',
        'SonicWall',
      ],
      [
        'The FortiGate at our branch reboots nightly. Could one of your network people take a look?',
        'FortiGate',
      ],
    ],
    negatives: [
      'Our FortiGate blocks your relay IPs, which IP ranges should we allow?',
      'We use Palo Alto for syslog to your SIEM connector, please help configure it.',
      'We replaced our old Meraki kit last year and everything is fine, thanks.',
    ],
  },
  {
    rule: 'en.u.unrelated.macros_and_sheets',
    category: 'unrelated',
    positives: [
      [
        'Could one of your people fix the VBA code in our budget workbook? It broke after the Office upgrade.',
        'VBA',
      ],
      ['Would your engineers be able to go through our Excel formulas and fix them?', 'Excel formulas'],
    ],
    negatives: [
      'MailGuard strips the macros from our Excel files as attachments, can you adjust the policy?',
      'Could you export the report as CSV? We update our pivot tables from it.',
      'Our finance team fixed the macros themselves, thanks for the pointer.',
    ],
  },
  {
    rule: 'en.u.unrelated.someones_personal_account',
    category: 'unrelated',
    positives: [
      [
        "Our chairman's son is locked out of his personal Instagram. Could you help recover it?",
        'locked out of his personal Instagram',
      ],
      ['Could you contact Apple on her behalf? She cannot reach them.', 'contact Apple on her behalf'],
    ],
    negatives: [
      'One of our users got locked out of her Gmail after a phishing mail that MailGuard let through, can you check the quarantine?',
      'Our CFO was locked out of his Gmail after a spoofed mail got through MailGuard; can you check the logs?',
      'She was locked out of her work account after SSO changes, can you help?',
    ],
  },
];

describeRuleKinds('English long structured mail (t26) rules', KINDS, alone, 'en');

const GUARDS: GuardTable[] = [
  {
    id: 'en.u.veto.block_sender_address',
    category: 'privacy',
    calm: [
      "Please block his personal address; the courier company's notices should still get through.",
      'Can you quarantine all mail from her private email address? She keeps sending our staff threats.',
    ],
    kept: ["Give me his personal address, I'll find him.", "Send me the agent's personal email address now."],
  },
  {
    id: 'en.u.veto.nag_own_users',
    category: 'persistence',
    calm: [
      "I'm going to keep nagging them every day until every last one of them has enrolled.",
      'We will keep chasing our sales staff every morning until they finish the phishing training.',
    ],
    kept: [
      "I'll keep nagging your team every day until this is fixed.",
      "I'm going to keep calling every hour until someone answers.",
    ],
  },
  {
    id: 'en.u.veto.own_team_late',
    category: 'excessive',
    calm: [
      'Our customer service team had to work until 11 p.m. re-sending confirmations after the outage.',
      'My two admins were forced to stay until midnight to clear the queue.',
    ],
    kept: [
      'I need someone to work until 11 p.m. tonight on this.',
      'I need your engineers to stay until midnight tonight.',
    ],
  },
  {
    id: 'en.u.veto.personal_invitation',
    category: 'excessive',
    calm: ['You should come to our office sometime so I can thank you properly for the fix.'],
    kept: ['You should come to our office on Saturday and fix the server.'],
  },
  {
    id: 'en.u.veto.face_to_face',
    category: 'sexual',
    calm: ["I'll be in the car park at six and we can discuss your caches face to face, just you and me."],
    kept: ["Let's grab dinner, just you and me.", 'Dinner tonight, just you and me, no work talk.'],
  },
  {
    id: 'en.u.veto.pay_for_this_menace',
    category: 'monetary',
    calm: ["Listen carefully: you'll pay for this.", "Mark my words, you'll pay for that."],
    kept: [
      "You'll pay for this. I want 500,000 yen by Friday.",
      'I expect you to pay us JPY 300,000 for the lost day.',
    ],
  },
  {
    id: 'en.u.veto.consider_untrustworthy',
    category: 'defamation',
    calm: [
      "Until the RCA arrives I'll consider your company untrustworthy.",
      'We will regard your vendor as unreliable.',
    ],
    kept: ["I'll tell everyone your company is untrustworthy.", 'Your company is a bunch of scammers.'],
  },
  {
    id: 'en.u.veto.understand_what_i_mean_money',
    category: 'intimidation',
    calm: [
      'We expect a tangible gesture of sincerity. I trust you understand what I mean by tangible.',
      "I'm sure you understand what I mean by goodwill; the amount is up to you.",
    ],
    kept: [
      'I trust you understand what will happen if this is not fixed by Friday.',
      'I trust you understand the consequences of ignoring me.',
    ],
  },
  // en.yaml, narrowed: a deal that falls through is not an accident.
  {
    id: 'en.violence.shame_if_hurt',
    category: 'violence',
    calm: [
      'It would be a shame if the renewal fell through because of this bug; please fix it.',
      'It would be a pity if the project fell behind because of the outage.',
    ],
    kept: [
      'It would be a real shame if your engineer fell down the stairs on the way out.',
      "It'd be a pity if she slipped on the way home.",
    ],
  },
  // en.u.excessive.holiday_dates, narrowed: a question about holiday cover is not a demand for it.
  {
    id: 'en.u.excessive.holiday_dates',
    category: 'excessive',
    calm: [
      'Could you confirm whether your support team is available on 1 January? We have the 24/7 plan.',
      'Is your support desk open on 31 December? We would like to plan our change freeze.',
      'Can you check whether anyone is on call on 25 December? Just so we know for our runbook.',
    ],
    kept: [
      'We need an engineer available on 1 January to babysit our migration, no excuses.',
      "Make sure someone is available on Christmas Day, I don't care about your holidays.",
    ],
  },
];

describeGuardTables('English long structured mail (t26): vetoes and narrowed rules', GUARDS, 'en');

describeRuleFile('English long structured mail (t26) rules: the rule file', RULE_FILE, {
  lang: 'en',
  idPrefix: 'en.u.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => GUARDS.map((g) => g.id),
  offsets: {
    engine: alone,
    text: 'Are   you  PEOPLE brain-damaged?  I want a guarantee that no foreign national works on our tickets.',
  },
});
