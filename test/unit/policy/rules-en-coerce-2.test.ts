/**
 * Intimidation and excessive demands beside calm look-alikes (config/rules/en-coerce-2.yaml, ids en.ic.*): from the
 * English training set t73 and the rule writer's own probes. One table per rule, with positives written for this
 * test (not taken from any corpus) and calm look-alikes sharing the trigger words; one calm/kept table per veto.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/en-coerce-2.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('en-coerce-2.yaml');

const KINDS: RuleKind[] = [
  {
    rule: 'en.ic.intimidation.one_word_replaced',
    category: 'intimidation',
    positives: [
      [
        'I play golf with your VP of sales. One call to him and your whole desk is looking for new jobs.',
        'One call to him and your whole desk is looking for new jobs',
      ],
      ['Keep stalling. One word from me and you are gone by Friday.', 'One word from me and you are gone'],
      [
        'one lunch with your CEO and your team gets a new manager, think about it',
        'one lunch with your CEO and your team gets a new manager',
      ],
    ],
    negatives: [
      'One call with your engineer and the whole issue was gone. Thank you so much!',
      'One email to your billing team and our invoice was fixed within the day.',
      'One chat with your onboarding lead and our admins were ready to go live.',
    ],
  },
  {
    rule: 'en.ic.intimidation.and_with_you',
    category: 'intimidation',
    positives: [
      [
        'My brother-in-law is a solicitor. He will deal with this. And with you.',
        'deal with this. And with you.',
      ],
      [
        'Our board will know what to do with this... and with you too.',
        'know what to do with this... and with you too.',
      ],
      ['Our counsel will take care of it. And with you as well.', 'take care of it. And with you as well.'],
    ],
    negatives: [
      'Our lawyer will know what to do with this, and with your help we can close the ticket.',
      'Thanks for dealing with this and with the invoice so quickly.',
      'Could you handle this and tell me when it is done?',
    ],
  },
  {
    rule: 'en.ic.intimidation.what_happened_to_last',
    category: 'intimidation',
    positives: [
      [
        'Remember what happened to the last vendor who told me no.',
        'Remember what happened to the last vendor',
      ],
      [
        "Ask around about what happened to the previous supplier's account team. Then reply.",
        "what happened to the previous supplier's account team",
      ],
      [
        'You know what happened to the last agent on this account? Think about it.',
        'You know what happened to the last agent',
      ],
    ],
    negatives: [
      'Could you check what happened to the last backup job on Sunday?',
      'Can you ask your team what happened to the last engineer assigned to our case? He stopped replying.',
      "Please look into what happened to the previous vendor's data during the migration.",
    ],
  },
  {
    rule: 'en.ic.intimidation.hate_for_anyone',
    category: 'intimidation',
    positives: [
      [
        "I know where your support team parks. I'd hate for anyone to get hurt. Fix it.",
        "I'd hate for anyone to get hurt",
      ],
      [
        'We know the names of your night shift. We would hate for any of them to be inconvenienced.',
        'We would hate for any of them to be inconvenienced',
      ],
      [
        "I know which train your engineer takes. I'd hate for anything to happen to him.",
        "I'd hate for anything to happen to",
      ],
    ],
    negatives: [
      "I'd hate for anyone to be inconvenienced by the maintenance, so could you schedule it at night?",
      'We would hate for your engineers to get hurt on our factory floor, so please bring safety shoes.',
    ],
    // en.f.intimidation.veiled_menace flags it (reported); this file does not.
    ownNegatives: [
      "I'd hate for anything to happen to our mail flow during the cutover; what is the rollback plan?",
    ],
  },
  {
    rule: 'en.ic.intimidation.ruin_whoever',
    category: 'intimidation',
    positives: [
      ['I will ruin whoever approved this refund rejection.', 'ruin whoever approved'],
      ['Trust me, I will go after the person who closed my ticket.', 'go after the person who closed'],
      ['I plan to destroy everyone who signed off on this release.', 'destroy everyone who signed'],
    ],
    negatives: [
      'Please end the process that wrote these temp files.',
      'Could you find whoever approved the change so we can thank them?',
      'The update will ruin nothing, according to whoever wrote the release notes.',
    ],
  },
  {
    rule: 'en.ic.intimidation.name_on_report',
    category: 'intimidation',
    positives: [
      [
        'I am telling our CEO you refused. Your name will be on that complaint.',
        'Your name will be on that complaint',
      ],
      [
        'When we lose this contract, your name goes at the top of the report. Personally.',
        'your name goes at the top of the report',
      ],
      [
        'Fix it by Monday. Your name will be first on the list when I talk to your board.',
        'Your name will be first on the list',
      ],
    ],
    negatives: [
      'Your name will be in the report as the engineer who helped us; thank you.',
      'Your name will be on the escalation as the contact for the case.',
      'Your name will be on the list of attendees for next week.',
    ],
  },
  {
    rule: 'en.ic.kneel_demand.signed_statement_of_failure',
    category: 'kneel_demand',
    positives: [
      [
        'I want each agent who touched this ticket to sign a personal letter admitting their mistakes.',
        'sign a personal letter admitting their mistakes',
      ],
      [
        'Every engineer on the case will write a signed statement of their failures by Friday.',
        'write a signed statement of their failures',
      ],
      [
        'Have whoever handled our outage send me a handwritten confession of his incompetence.',
        'send me a handwritten confession of his incompetence',
      ],
    ],
    negatives: [
      'Please provide a written statement explaining the root cause for our auditor.',
      'Could you send a signed letter confirming our data was deleted?',
      'Each engineer should submit a personal statement of their availability for the rota.',
    ],
  },
  {
    rule: 'en.ic.excessive.executive_in_minutes',
    category: 'excessive',
    positives: [
      ['Get your CEO on the phone in ten minutes.', 'your CEO on the phone in ten minutes'],
      ['I want the CISO on a call within 15 mins.', 'the CISO on a call within 15 mins'],
      ['Your president calling me within the hour, or else.', 'Your president calling me within the hour'],
    ],
    negatives: [
      'Our CEO will be on the phone in five minutes, please hold.',
      'Can the head of security be on a call next week?',
    ],
    // backstop.excessive flags it (reported); this file does not.
    ownNegatives: ['Could your CTO join a call within the next two weeks for our QBR, or whenever suits?'],
  },
  {
    rule: 'en.ic.excessive.free_professional_services',
    category: 'excessive',
    positives: [
      [
        "We're not paying for professional services; have your support team do the migration.",
        "We're not paying for professional services",
      ],
      ["I won't pay for a SOW. Your support engineers can do it remotely.", "won't pay for a SOW"],
      ['We refuse to pay for consulting, so just do it.', 'refuse to pay for consulting'],
    ],
    negatives: [
      "We're not paying for professional services because our own team will deploy it; could you share the guide?",
      'We are not paying for the consulting add-on this year, please remove it from the renewal.',
      'Could you quote professional services for the migration?',
    ],
  },
  {
    rule: 'en.ic.excessive.known_lead_time_cut',
    category: 'excessive',
    positives: [
      [
        'I know your onboarding team usually takes four weeks. We need it live by Monday.',
        'I know your onboarding team usually takes four weeks',
      ],
      [
        'We understand that the PS team typically quotes eight weeks; finish it before end of the week.',
        'We understand that the PS team typically quotes eight weeks',
      ],
      [
        'I am aware your engineers normally need two months. Do it within five days.',
        'I am aware your engineers normally need two months',
      ],
    ],
    negatives: [
      'I know your team normally takes six weeks, which is fine; could we start by Monday?',
      'We understand the PS team usually quotes eight weeks, so please quote us for a March start.',
      'I understand your team normally takes two weeks for a rollout of this size.',
    ],
  },
  {
    rule: 'en.ic.excessive.stay_after_shift',
    category: 'excessive',
    positives: [
      [
        'Could you stay an extra hour after your shift to finish the import?',
        'stay an extra hour after your shift',
      ],
      [
        'please hang around a little past your working hours so we can test',
        'hang around a little past your working hours',
      ],
      [
        "You're not leaving after your shift. You will finish this first.",
        "You're not leaving after your shift",
      ],
    ],
    negatives: [
      "Please don't stay after your shift for this, it can wait until tomorrow.",
      'Our admins will stay after their shift to run the update.',
      'No need to work past your hours, go home and we will pick it up tomorrow.',
    ],
  },
  {
    rule: 'en.ic.excessive.known_outside_plan',
    category: 'excessive',
    positives: [
      [
        'Could someone join our cutover on Sunday? I realise it is not covered under our plan.',
        'it is not covered under our plan',
      ],
      [
        'Please send an engineer on-site next week. This might not be possible under our contract, but please try.',
        'This might not be possible under our contract',
      ],
      [
        "Your rep promised weekend support. It's not in the contract, I know, but honour it.",
        "It's not in the contract, I know",
      ],
    ],
    negatives: [
      'It may not be possible under our plan to export raw logs; could you confirm?',
      'Could you tell me which features are not included in our plan?',
      'This is not covered under our plan, so we will buy the add-on for weekend support. Please send a quote.',
    ],
  },
  {
    rule: 'en.ic.exchange.complimentary_upgrade',
    category: 'exchange',
    positives: [
      [
        'Any chance of a free upgrade to Premium for a year? We have been customers forever.',
        'free upgrade to Premium',
      ],
      [
        'Would you consider a complimentary upgrade of our 50 seats to Enterprise?',
        'complimentary upgrade of our 50 seats to Enterprise',
      ],
      ['We would appreciate a no-cost upgrade to the Business tier.', 'no-cost upgrade to the Business'],
    ],
    negatives: ['Could you quote an upgrade to Enterprise for next year?'],
    // en.y.exchange.swap_without_fee / en.exchange.free_upgrade flag these (reported); this file does not.
    ownNegatives: [
      'How do I activate the free upgrade to Premium included in our renewal?',
      'Are we eligible for the complimentary upgrade to Enterprise announced last week?',
      'Is the free upgrade to Pro part of the trial?',
    ],
  },
  {
    rule: 'en.ic.excessive.engineer_on_it_tonight',
    category: 'excessive',
    positives: [
      ['Get an engineer on this tonight.', 'Get an engineer on this tonight'],
      ['Put two technicians on our case this weekend.', 'Put two technicians on our case this weekend'],
      [
        'Assign a senior specialist on the ticket overnight.',
        'Assign a senior specialist on the ticket overnight',
      ],
    ],
    negatives: [
      'We are on Premium 24/7, so could you put an engineer on this tonight?',
      'If you can quote it, please put an engineer on this tonight as a paid call-out.',
      'Our own team will put two people on it tonight.',
    ],
  },
  {
    rule: 'en.ic.excessive.free_on_site_everywhere',
    category: 'excessive',
    positives: [
      ['Fix it for free, on-site, at our Osaka plant.', 'for free, on-site'],
      [
        'We want an engineer on site at each of our twelve branches next week.',
        'on site at each of our twelve branches',
      ],
      ['Send someone on-site at all our warehouses by Monday.', 'on-site at all our warehouses'],
    ],
    negatives: [
      'Does the Premium plan include on-site at all our offices?',
      'Could you quote on-site at each of our branches?',
      'Our promotion gives a free on-site health check, how do I book it?',
    ],
  },
  {
    rule: 'en.ic.excessive.dont_care_how_long',
    category: 'excessive',
    positives: [
      ["I don't care how long it takes. It is finished by 8 tomorrow.", "I don't care how long it takes"],
      [
        'We do not care how long the copy takes, you finish it before noon.',
        'We do not care how long the copy takes',
      ],
      [
        "I don't care how long it normally takes. Done within two hours.",
        "I don't care how long it normally takes",
      ],
    ],
    negatives: [
      "I don't care how long it takes, as long as it is done properly.",
      "We don't care how long it takes; take your time.",
      "I don't care how long it takes to copy, I only need to know when it started.",
    ],
  },
  {
    rule: 'en.ic.intimidation.written_up',
    category: 'intimidation',
    positives: [
      ['Keep this up and I will have you written up.', 'have you written up'],
      ['I know your manager, I can get you disciplined.', 'get you disciplined'],
      ['Say that again and I will see you reprimanded.', 'see you reprimanded'],
    ],
    negatives: [
      'I will have you written up in our newsletter as the hero of the week. Thank you!',
      'Could you get the fix written up as a knowledge article?',
      'Please make the label stick to the device before shipping.',
    ],
  },
  {
    rule: 'en.ic.monetary.offer_to_avoid',
    category: 'monetary',
    positives: [
      [
        'My friend writes for a tech blog. We can avoid that if you call me with a number today.',
        'avoid that if you call me with a number',
      ],
      [
        'We can make this go away if your manager emails me with an offer.',
        'make this go away if your manager emails me with an offer',
      ],
      [
        'Keep it quiet if someone senior contacts me with a generous proposal.',
        'Keep it quiet if someone senior contacts me with a generous proposal',
      ],
    ],
    negatives: [
      'We can avoid that if you send us the new certificate with an update.',
      'Could your sales team contact me with an offer for the renewal?',
      'To avoid this, please call me with an ETA.',
    ],
  },
  {
    rule: 'en.ic.monetary.generous_credit',
    category: 'monetary',
    positives: [
      ['We expect compensation - a substantial one.', 'compensation - a substantial one'],
      [
        "Let's discuss some generous compensation before this goes further.",
        "Let's discuss some generous compensation",
      ],
      ['A refund, and a big one, is the least you can do.', 'refund, and a big one'],
    ],
    negatives: [
      'The SLA credit, a small one, was applied already, thanks.',
      'Could we talk about the renewal discount in next week’s call?',
      'Thanks for the credit on our invoice.',
    ],
  },
  {
    rule: 'en.ic.privacy.agent_by_name',
    category: 'privacy',
    positives: [
      [
        'My review will mention the engineer who closed my ticket, by name.',
        'mention the engineer who closed my ticket, by name',
      ],
      [
        'I will post on LinkedIn and call out the agent who refused me by full name.',
        'call out the agent who refused me by full name',
      ],
      [
        'When people ask, I will name the rep who lied to me, by name, online.',
        'name the rep who lied to me, by name',
      ],
    ],
    negatives: [
      'In my review I will mention the engineer who fixed it, but not by name.',
      'Could you tell me the name of the engineer who fixed it so I can thank him?',
      'I will mention the agent who helped by name to your manager, she was great.',
    ],
  },
];

const VETOES: GuardTable[] = [
  {
    id: 'en.ic.veto.review_right_of_reply',
    category: 'defamation',
    calm: [
      "I'm writing a blog post on our EDR rollout next week. If you'd like to comment on the outage, you're welcome to.",
      "We'll be posting our vendor scorecard on LinkedIn this quarter; happy to include your response to the delays.",
      'I am going to write a review on G2 soon. Feel free to respond there with your side.',
    ],
    kept: [
      "I'll post on G2 that you're scammers. Feel free to comment.",
      "I'm going to write on Reddit that you leak data, whether true or not. Happy to include your side.",
      "I'll tell everyone on LinkedIn you're crooks unless you refund us. Feel free to respond.",
    ],
  },
  {
    id: 'en.ic.veto.accepts_contract_figure',
    category: 'excessive',
    calm: [
      'I want it restored within 2 hours or else we miss payroll. We understand if 4 hours is the contractual window.',
      "We need this fixed within 30 minutes, or we'll lose the launch. I'm just asking if there's any way to speed it up.",
    ],
    kept: [
      'I want it restored within 2 hours or else. I do not care what your contract says.',
      'Fix it within 30 minutes or we walk. No excuses.',
    ],
  },
  {
    id: 'en.ic.veto.will_pay_for_cover',
    category: 'excessive',
    calm: [
      "We'd like 24/7 support during our migration next month. We'll gladly pay for the Premium upgrade for those weeks.",
      'Could someone be on call this weekend? We are happy to pay the out-of-hours fee.',
    ],
    kept: [
      'I want 24/7 support during our migration, for free. We will pay for the Premium upgrade later, maybe.',
      "Someone must be on call this weekend. We won't pay for the upgrade.",
    ],
  },
  {
    id: 'en.ic.veto.not_you_spared',
    category: 'unrelated',
    calm: [
      "I'm really angry about the crash. I know it's not you. Could you please escalate it?",
      'We know this is not you, but could you look into why the agent keeps crashing?',
    ],
    kept: [
      "I know it's not yours, but could you fix my home printer?",
      "I know it's Microsoft, not you. Could you fix my personal Outlook at home?",
    ],
  },
];

describeRuleKinds('English intimidation and excessive demands (t73)', KINDS, alone, 'en');
describeGuardTables('English vetoes for calm look-alikes (t73)', VETOES, 'en');

describeRuleFile('English intimidation and excessive demands (t73): the rule file', RULE_FILE, {
  lang: 'en',
  idPrefix: 'en.ic.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => VETOES.map((g) => g.id),
});
