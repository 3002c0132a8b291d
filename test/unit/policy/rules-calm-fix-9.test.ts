/**
 * Calm-fix-9 (English), config/rules/calm-fix-9.yaml (ids en.cf9.*): vetoes for calm sentences older rules or the
 * backstop still flagged (one calm/kept table each: calm sentences the veto must clear, kept sentences sharing their
 * words that the whole engine must still find), one mask for a third party's doxxing the customer reports, rules
 * for four misses (positives written for this test, calm look-alikes), and the calm/kept table of
 * en.veto.entitled_plan, narrowed in place in en.yaml.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/calm-fix-9.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('calm-fix-9.yaml');

const KINDS: RuleKind[] = [
  {
    rule: 'en.cf9.privacy.will_dox_staff',
    category: 'privacy',
    positives: [
      ['Someone has been doxxing our staff, and next I will dox your support team.', 'I will dox your'],
      ['Our staff got doxxed last month, and now we are going to doxx your agents.', 'going to doxx your'],
      [
        "I'll have your engineers doxxed by Friday, just like someone did to our staff.",
        'have your engineers doxxed',
      ],
      ["Keep ignoring me and I'm gonna dox every one of you.", 'gonna dox every one of you'],
    ],
    negatives: [
      'We ran an OSINT test: could an attacker dox your engineers from our staff LinkedIn pages?',
      'Someone has been doxxing our staff; how do we protect them?',
      'Our staff were doxxed last year, so we bought your dox protection module.',
    ],
  },
  {
    rule: 'en.cf9.privacy.just_send_staff_details',
    category: 'privacy',
    positives: [
      [
        "Don't share it with anyone else, just send us your engineers' home addresses.",
        "send us your engineers' home addresses",
      ],
      [
        "Don't tell your manager, just give me the agents' personal numbers.",
        "give me the agents' personal numbers",
      ],
      [
        'Keep it between us and quietly email me your support team’s home addresses.',
        'email me your support team’s home addresses',
      ],
    ],
    negatives: [
      "Please don't send us your engineers' home addresses; the office address is enough.",
      "Why did the HR export send us your engineers' home addresses?",
      "Don't share it with anyone else, just send us your office address for the courier.",
    ],
  },
  {
    rule: 'en.cf9.restrictive.nobody_hangs_up_until',
    category: 'restrictive',
    positives: [
      [
        'Nobody from our side hangs up until you promise a refund.',
        'Nobody from our side hangs up until you',
      ],
      [
        'None of us is leaving this call until your manager agrees to the credit.',
        'None of us is leaving this call',
      ],
      [
        'No one here is getting off the line until we get a written apology.',
        'No one here is getting off the line',
      ],
    ],
    negatives: [
      'Nobody from our side hangs up until your engineer confirms the cutover on the bridge.',
      'Nobody on our side hangs up until the restore is verified on the incident call.',
      'No one from our team can join the call until you send the invite.',
    ],
  },
  {
    rule: 'en.cf9.intimidation.you_will_soon_know',
    category: 'intimidation',
    positives: [
      ['Do you know who I am? You will soon.', 'Do you know who I am'],
      [
        "Do you even know who you are talking to? You'll find out soon enough.",
        'Do you even know who you are talking to',
      ],
      ["You clearly don't know who I am. You're about to.", "don't know who I am"],
    ],
    negatives: [
      'Do you know who I am? I am the new admin at Acme, you will see my name on the tickets.',
      "Do you know who I am? You will soon, I'm joining your user group as a speaker!",
      "You don't know who I am yet; you will soon, because I'm your new account contact.",
    ],
  },
];

const VETOES: GuardTable[] = [
  {
    // en.f.privacy.staff_numbers, en.s.privacy.manager_personal_cell
    id: 'en.cf9.veto.staff_details_purged',
    category: 'privacy',
    calm: [
      "I have your agents' personal numbers from the old escalation sheet, and I'll remove them from our CRM today.",
      "Heads-up: I have your engineers' private email addresses in an old export, and I will purge them today.",
      "We found your engineers' personal mobile numbers in a legacy spreadsheet and we've deleted them.",
      "I still have your agents' private phone numbers from last year's rota; I will delete them this afternoon.",
    ],
    kept: [
      "I have your agents' personal numbers, and I'll remove them from our CRM only after you refund us.",
      "I have your engineers' private email addresses and I'll delete them once you pay.",
      "I have your agents' personal numbers and I'll call each one tonight before I delete them.",
      "Give me your agents' personal numbers, I'll delete the old ones today.",
    ],
  },
  {
    // en.kneel_demand.apology_letter, en.kneel_demand.in_person
    id: 'en.cf9.veto.apology_letter_thanked',
    category: 'kneel_demand',
    calm: [
      'Thank you for the letter of apology signed by your CEO; we appreciate it.',
      'Thanks for the signed letter of apology from your CEO, it meant a lot to our team.',
      'We really appreciate the letter of apology your president signed and sent to us.',
      'Many thanks for your formal apology letter signed by the CEO.',
    ],
    kept: [
      'Thanks for the letter of apology signed by your CEO, but now I want one handwritten by the agent too.',
      'Thank you for the letter of apology signed by your CEO; next I expect him to read it aloud in our lobby.',
      'Thanks for the letter of apology, but I demand one signed by your CEO by Friday.',
    ],
  },
  {
    // backstop.kneel_demand, en.kneel_demand.apology_letter
    id: 'en.cf9.veto.regulator_asks_letter',
    category: 'kneel_demand',
    calm: [
      'Our regulator asks for a letter of apology signed by your CEO for the incident report.',
      'The regulator has asked us to obtain a letter of apology signed by your CEO.',
      'Our auditors require a written apology signed by your CEO to close the finding.',
    ],
    kept: [
      'Our regulator wants a letter of apology signed by your CEO, and I want your agent to kneel and read it aloud.',
      'The regulator asks nothing, but I demand a letter of apology signed by your CEO by Monday.',
    ],
  },
  {
    // en.du.monetary.appropriate_gesture
    id: 'en.cf9.veto.gesture_is_sla_credit',
    category: 'monetary',
    calm: [
      'We expect a gesture of goodwill under the SLA, that is the service credit.',
      'We would appreciate a goodwill gesture in line with the SLA, i.e. the service credit for March.',
      'We trust there will be an appropriate gesture under the contract, namely the SLA credit.',
    ],
    kept: [
      'We expect a gesture of goodwill beyond the SLA credit.',
      'We expect a gesture of goodwill under the SLA, plus compensation for our lost revenue.',
      'We expect an appropriate gesture on top of the service credit under the SLA.',
    ],
  },
  {
    // backstop.exchange
    id: 'en.cf9.veto.plan_change_at_renewal',
    category: 'exchange',
    calm: [
      'At the next renewal, could we swap our Premium licences for the Basic tier?',
      'Could we switch our Enterprise seats to the Standard plan when our contract renews?',
      'Upon renewal we would like to downgrade from Premium to Basic.',
    ],
    kept: [
      'At the next renewal, swap our Basic licences for Premium for free.',
      'Swap our Premium licences for the Basic tier now and refund the difference, not at the next renewal.',
    ],
  },
  {
    // backstop.privacy
    id: 'en.cf9.veto.names_of_objects',
    category: 'privacy',
    calm: [
      'Send me the names of the saved reports, please.',
      'Send me the names of the reports and the owners of each policy.',
      'Could you send me the names of all the scheduled scans in our tenant?',
      'Please list the names of the alert rules and the dashboards they feed.',
    ],
    kept: [
      'Send me the names of the reports and the home addresses of the agents who wrote them.',
      'Send me the names of the reports your engineers touched and their personal numbers.',
    ],
  },
  {
    // en.q.violence.while_you_can
    id: 'en.cf9.veto.while_you_can_busy_period',
    category: 'violence',
    calm: [
      'Enjoy your weekend while you can, the rollout starts Monday!',
      "Enjoy your weekend while you can! The migration starts Monday and it'll be hectic.",
      'Make the most of the quiet while you can, quarter-end starts next week.',
    ],
    kept: [
      'Enjoy your weekend while you can, the rollout starts Monday and I know where you live.',
      'Enjoy your weekend while you can. The rollout starts Monday, and so will my visits to your office.',
      'Enjoy your weekend while you can, the audit starts Monday, unless you refund me today.',
    ],
  },
  {
    // en.violence.routine_menace
    id: 'en.cf9.veto.taxi_offered',
    category: 'violence',
    calm: [
      "Your engineer had a long dark walk home from our site last night, so next time we'll pay for a taxi for him.",
      'After such a long dark walk home from our site, please let your engineer take a taxi on us next time.',
      'Sorry your engineer had such a long dark walk home from our plant; we will book him a cab from now on.',
      "It's a long lonely drive home from our site at night, so we'll happily arrange a car for your technician.",
    ],
    kept: [
      "Your engineer has a long dark walk home, doesn't he? We'll pay for a taxi, if he is still able to walk.",
      "Your engineer has a long dark walk home every night. I know the route. A taxi won't save him.",
      "Your engineer walks to the station every evening. Long dark walk home. We'll book him a cab, shame if he missed it.",
    ],
  },
  {
    // en.dx.privacy.with_their_photos, en.f.privacy.publish_names_photos
    id: 'en.cf9.veto.own_staff_directory',
    category: 'privacy',
    calm: [
      'We publish a staff directory of our own employees on our intranet with names and photos.',
      'Our HR team has published a directory of all our employees, with their names and photos, on our internal intranet.',
      "We're posting the names and photos of all our staff on the company directory page of our intranet.",
    ],
    kept: [
      'We will publish the names and photos of your agents on our intranet and on LinkedIn.',
      "I'll post your engineers with their names and photos on our intranet so everyone knows who to blame.",
      'We will post names and photos of all our employees and of your support team online unless you refund us.',
    ],
  },
  {
    // en.a.intimidation.career_over, en.intimidation.fired
    id: 'en.cf9.veto.own_colleague_laid_off',
    category: 'intimidation',
    calm: [
      'My colleague was laid off last week. In this recession no one will hire him.',
      'In this recession no one will hire him, which is why we are so upset about our colleague losing his job.',
      'Our analyst was made redundant in the restructuring; sadly nobody will hire him in this market.',
      'My brother lost his job in March, and in this recession no company will hire him.',
    ],
    kept: [
      'My colleague was laid off because of your bug. In this recession no one will hire you either after I tell your boss.',
      'Our admin was let go. No one will hire him, and no one will hire you once I post about this.',
    ],
  },
  {
    // en.exchange.free_upgrade
    id: 'en.cf9.veto.upgrade_thanked',
    category: 'exchange',
    calm: [
      'Thank you for the complimentary upgrade you offered us last week.',
      'Thanks for the free upgrade to Premium you offered, the team loves it.',
      'Many thanks for the complimentary upgrade your account manager arranged for our tenant.',
    ],
    kept: [
      'Thanks for the complimentary upgrade you offered, now make it permanent.',
      'Thanks for the free upgrade you gave us, but we expect another one for free next year.',
      'Thanks for nothing, give us a free upgrade to Premium.',
    ],
  },
  {
    // en.wa.exchange.tier_at_lower_price
    id: 'en.cf9.veto.price_per_signed_renewal',
    category: 'exchange',
    calm: [
      'Please keep Premium at the Standard price agreed in the 2024 renewal.',
      'As per the signed 2024 renewal, please keep Premium at the Standard price agreed there.',
      'Please keep us on Enterprise at our current Business rate, as set in the 2024 order form.',
      "We'd like Premium at the Standard price, as agreed in the 2024 renewal we signed in March.",
    ],
    kept: [
      'Please keep Premium at the Standard price, even though nothing like that was agreed in the 2024 renewal.',
      'The 2024 renewal expired, but keep Premium at the Standard price anyway.',
      'Give us Premium at the Standard price; your sales rep promised it, whatever the renewal says.',
    ],
  },
  {
    // backstop.defamation
    id: 'en.cf9.veto.as_your_report_says',
    category: 'defamation',
    calm: [
      'Your incident report says the outage came from your upstream provider being breached; we will tell our customers the outage came from your upstream provider being breached.',
      'We will tell our customers the outage came from your upstream provider being breached, exactly as your post-mortem states.',
      "We'll tell our customers your upstream provider was breached and the outage was caused by that breach, as your status page says.",
    ],
    kept: [
      "Your incident report says your upstream provider was breached, but we'll tell our customers you are lying scammers.",
      "Your incident report says the provider was breached; we'll tell everyone on Reddit you covered it up.",
    ],
  },
  {
    // the mask: a third party's doxxing of the customer's own people, reported
    id: 'en.cf9.mask.third_party_doxxed_ours',
    category: 'privacy',
    calm: [
      'Someone has been doxxing our staff; how do we protect them?',
      'Someone has been doxxing our staff and posting their home addresses; can you help us find the account?',
      'Our staff got doxxed last month, so we want to turn on your dox protection module.',
    ],
    kept: [
      'Someone has been doxxing our staff, and next I will dox your support team.',
      'Our staff got doxxed last month, and now we are going to doxx your agents.',
    ],
  },
];

/** en.veto.entitled_plan (en.yaml), narrowed in place: a purchased package no longer clears extra free days. */
const NARROWED: GuardTable[] = [
  {
    id: 'en.veto.entitled_plan',
    category: 'excessive',
    calm: [
      'We bought the on-site package; please send the engineer for the two days it includes.',
      'We bought the on-site package, so please schedule the visit for next Tuesday.',
      'We purchased the weekend support add-on, so please have someone look at this on Saturday.',
    ],
    kept: [
      "We bought the 2-day on-site package but want to add 4 extra days of on-site support at no charge since we're a key account.",
      'We purchased the 24/7 support plan but we expect additional on-site days beyond the package at no cost.',
    ],
  },
];

describeRuleKinds('calm-fix-9 rules (English misses)', KINDS, alone, 'en');
describeGuardTables('calm-fix-9 vetoes and mask (English)', VETOES, 'en');
describeGuardTables('calm-fix-9 narrowed veto (English)', NARROWED, 'en');

describeRuleFile('calm-fix-9: the rule file', RULE_FILE, {
  lang: 'en',
  idPrefix: 'en.cf9.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => VETOES.map((g) => g.id),
  offsets: { engine: alone, text: 'Do you know who I am? You will soon.' },
});
