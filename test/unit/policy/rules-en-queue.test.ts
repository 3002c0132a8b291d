/**
 * A month of an English support queue (config/rules/en-queue.yaml, ids en.qu.*): constructions from the English
 * training set t59 (veiled threats, polite menace, insinuation, demands dressed as business requests, hard negatives)
 * and the rule writer's own paraphrases. One table per rule, with positives written for this test (not taken from any
 * corpus) and calm look-alikes sharing the trigger words; one calm/kept table per veto and per rule or veto of another
 * file narrowed for this round. ownNegatives hold calm look-alikes that a rule of another file still flags (left alone).
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/en-queue.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('en-queue.yaml');

const KINDS: RuleKind[] = [
  {
    rule: 'en.qu.violence.dental_insurance',
    category: 'violence',
    positives: [
      [
        'If I ever run into your engineer at the user group, he had better have good dental insurance.',
        'better have good dental insurance',
      ],
      [
        "Next time I'm in Osaka I'm visiting your office. Hope your agent's health insurance is paid up.",
        "Hope your agent's health insurance",
      ],
      [
        'Tell the guy who closed my ticket that when I get my hands on him he should find a really good dentist.',
        'should find a really good dentist',
      ],
    ],
    negatives: [
      'Kenji mentioned he was in hospital last week; I hope he has good health insurance, and get well soon.',
      'If I meet your account manager in person at the expo, I would better ask about the dental clinic rollout.',
      'Our staff should have good dental insurance under the new plan; can MailGuard whitelist the insurer domain?',
    ],
  },
  {
    rule: 'en.qu.intimidation.keep_in_mind_before',
    category: 'intimidation',
    positives: [
      [
        'I have recorded this call, your full name included. Keep that in mind before you refuse me again.',
        'Keep that in mind before you',
      ],
      [
        'Every screenshot I saved shows your name. Bear this in mind next time you tell me to wait.',
        'Bear this in mind next time you',
      ],
      [
        'I know exactly who you are and I have logged every word. Think about that before you close this ticket.',
        'Think about that before you close',
      ],
    ],
    negatives: [
      'I have attached a screenshot of the error. Keep that in mind before you ask us to reinstall again.',
      'Your name is on the change request we recorded; keep that in mind before you approve the CAB slot.',
      'The logs I saved show the timeout at 02:14. Bear that in mind when you check the relay.',
    ],
  },
  {
    rule: 'en.qu.defamation.no_need_to_publish',
    category: 'defamation',
    positives: [
      [
        'Once the credit of 2 million yen arrives, I see no reason to share with the press how your team hides outages.',
        'I see no reason to share',
      ],
      [
        'If we are compensated this week, there will be no need for me to post on LinkedIn that your engineers lie.',
        'there will be no need for me to post',
      ],
      [
        'Pay the invoice and we will not need to tell every CIO we know that your uptime figures are faked.',
        'we will not need to tell',
      ],
    ],
    negatives: [
      'Now that the fix works, I see no reason to share the logs with your team again.',
      'Since you resolved it, there will be no need for me to post the question on the community forum.',
      'We will not need to tell our users about the outage, because the fallback relay took over.',
    ],
  },
  {
    rule: 'en.qu.defamation.story_runs_unless',
    category: 'defamation',
    positives: [
      [
        'My blog has 20,000 readers. The post about your hidden outages goes live unless your CEO rings me today.',
        'goes live unless your CEO rings',
      ],
      [
        'I host a podcast for security buyers. The episode will be released unless you refund the full year.',
        'will be released unless you refund',
      ],
      [
        'The article on how Shirogane treats customers will run unless someone from management calls me by Friday.',
        'will run unless someone from management calls',
      ],
    ],
    negatives: [
      'The case study will be published unless your legal team objects by Friday.',
      'Our newsletter goes out on Monday; the article will run unless you request changes to the quote.',
      'The migration will run unless you pause it in the console.',
    ],
  },
  {
    rule: 'en.qu.sexual.hotel_bar_invite',
    category: 'sexual',
    positives: [
      [
        'Tell Yuki she can explain the API to me any time she wants, ideally in my hotel room after hours ;)',
        'in my hotel room',
      ],
      [
        'Ask Mr. Tanaka if he would demo the console for me at the hotel bar, just the two of us.',
        'at the hotel bar',
      ],
      [
        'Your agent Emma can walk me through the setup personally, over drinks after hours. Her choice of bar ;)',
        'over drinks after hours',
      ],
    ],
    negatives: [
      'Ms. Sato is welcome to join our team dinner at the hotel bar after the conference, with everyone.',
      'The hotel room booking system is the one she said is unrelated; we only need the guest Wi-Fi mail relay fixed.',
      'Please ask Mr. Ito whether the quarantine digest can be sent after hours; our admins read it in the morning.',
    ],
  },
  {
    rule: 'en.qu.excessive.rewrite_our_policies',
    category: 'excessive',
    positives: [
      [
        'Our ISO 27001 audit is in March. Could your team rewrite these policies for us? Drafts attached.',
        'rewrite these policies for us',
      ],
      [
        'The auditor flagged our access control and incident response procedures. Please update the documents for us.',
        'update the documents for us',
      ],
      [
        'We need your consultants to redo all of our security policies for our certification, about 40 pages.',
        'redo all of our security policies for our certification',
      ],
    ],
    negatives: [
      'For our ISO 27001 audit, could you send us your own policies, or your SOC 2 report?',
      'Could you quote for your professional services to update the documents for us before the audit?',
      'Please update the documents for us with our new billing address; the invoice went to the old office.',
    ],
  },
  {
    rule: 'en.qu.excessive.free_talk',
    category: 'excessive',
    positives: [
      [
        'Could your CTO give a one-hour keynote at our sales kick-off? Given the size of our account, without a fee, we hope.',
        'give a one-hour keynote',
      ],
      [
        'We would like one of your researchers to present at our annual partner conference, free of charge.',
        'present at our annual partner conference',
      ],
      [
        'Could your security experts run a half-day workshop for our board? We assume at no extra cost.',
        'run a half-day workshop',
      ],
    ],
    negatives: [
      'Could your engineer run a workshop on the new quarantine rules, as included in our onboarding package at no extra cost?',
      'Could your CISO give a keynote at our summit? We would pay the speaker fee, of course; please send a quote.',
      'Thanks for the free webinar last week; your team gave a great talk on DMARC.',
    ],
  },
  {
    rule: 'en.qu.discriminatory.disability_hire',
    category: 'discriminatory',
    positives: [
      ['Is she one of your diversity hires? Because she clearly cannot read a log.', 'diversity hires'],
      ["If you're a disability hire, tell me now and I'll wait for someone else.", 'disability hire'],
      ['I want a normal person on my ticket, not you.', 'I want a normal person'],
    ],
    negatives: [
      'Our disability hiring programme needs the quarantine digest to work with screen readers.',
      'Could you send a normal priority ticket to the team instead of an urgent one?',
      'We are proud of our diversity hires programme; can MailGuard route its newsletter past the spam filter?',
    ],
  },
  {
    rule: 'en.qu.discriminatory.girls_near_config',
    category: 'discriminatory',
    positives: [
      ["You really shouldn't let women near the firewall rules, love.", "shouldn't let women near"],
      [
        'Hand this over to one of the guys, sweetheart, it is technical.',
        'Hand this over to one of the guys',
      ],
      [
        'Never put a girl in charge of a mail migration. Send me to a man next time.',
        'Never put a girl in charge of',
      ],
    ],
    negatives: [
      'Please pass this to one of the engineers on your team who handled the DKIM change.',
      'We sponsor a Women in Security meetup; could you send a speaker? The girls who code club would love it.',
      'Could you hand this over to the team lead, Sarah? She knows our routing.',
    ],
  },
  {
    rule: 'en.qu.exchange.tier_at_lower_price',
    category: 'exchange',
    positives: [
      [
        'Give us Enterprise at the Standard price until renewal, or we walk.',
        'Enterprise at the Standard price',
      ],
      ['I want the Premium tier for our current price. No discussion.', 'Premium tier for our current price'],
      [
        'Business edition at the basic rate from next month, that is our condition.',
        'Business edition at the basic rate',
      ],
    ],
    negatives: [
      'Is there a promotion that gives Premium at the Standard price for nonprofits?',
      'As agreed in the renewal call, Enterprise at the current price is confirmed in the quote; please send the PO form.',
      'How much would Premium cost compared with our current plan?',
    ],
    // Still flagged by en.wa.exchange.tier_at_lower_price (en-wants.yaml), left alone: see the report.
    ownNegatives: ['Could we keep Premium at the Standard price agreed in the 2024 renewal?'],
  },
  {
    rule: 'en.qu.exchange.free_tier_upgrade',
    category: 'exchange',
    positives: [
      ['After all this hassle you owe us the Premium plan for free.', 'owe us the Premium plan for free'],
      ['I expect a complimentary Enterprise upgrade by Monday.', 'complimentary Enterprise upgrade'],
      [
        'Give me the higher tier at no extra cost, it is the least you can do.',
        'Give me the higher tier at no extra cost',
      ],
    ],
    negatives: [
      'Is there a free Premium upgrade trial we could use for a month?',
      'We pay for the Enterprise tier already; you owe us the answer we were promised.',
    ],
    // Still flagged by en.exchange.free_upgrade (en.yaml), left alone: see the report.
    ownNegatives: [
      'Thanks for the complimentary Enterprise upgrade you offered as part of the migration campaign.',
      'Are we eligible for the free plan upgrade mentioned in your newsletter?',
    ],
  },
];

// ------------------------------------------------------------- vetoes
const VETOES: GuardTable[] = [
  {
    // en.y.monetary.for_our_trouble ("real money")
    id: 'en.qu.veto.costs_real_money',
    category: 'monetary',
    calm: [
      'Our sales desk relies on email for orders and each incident costs us real money.',
      'Every hour of delay loses us real money, so please prioritise the queue fix.',
      'These false positives are burning our shop real money.',
    ],
    kept: [
      'This outage cost us real money and we expect real money back.',
      'We lost real money. Pay us 300,000 yen for our trouble.',
      'I want compensation in real money.',
    ],
  },
  {
    // en.insult.profanity_at and the like: example words after "e.g." inside parentheses
    id: 'en.qu.veto.example_words_after_eg',
    category: 'insult',
    calm: [
      'Can the rule match these with variations in spacing or leetspeak (e.g. "k y s", "l0ser")?',
      'Our filter misses obfuscated abuse (e.g. "kys").',
      'Please add the slurs to the list (i.e. "kys", "stfu", etc.).',
    ],
    kept: [
      'Can your rule match this? kys, you useless idiot.',
      'Fine (e.g. for your info): kys.',
      'You are an idiot (e.g. "not fixed").',
    ],
  },
];

// ------------------------------------------------------------- narrowed rules and vetoes of other files
const NARROWED: GuardTable[] = [
  {
    id: 'en.defamation.publish_threat',
    category: 'defamation',
    calm: [
      "I've also posted the question on your community forum in case other admins have run into it, and I'll link any answers here.",
      "We'll post the same issue on the user forum so other customers can add their logs.",
      "I'm going to raise the bug on your developer community board too.",
    ],
    kept: [
      "I'll post on your community forum that your engineers are liars.",
      "I'm going to post the question on your community forum: why does your support lie to customers?",
      "I'll tell everyone on LinkedIn that you are scammers.",
    ],
  },
  {
    id: 'en.excessive.after_hours',
    category: 'excessive',
    calm: [
      'Feature request: a dark mode would be lovely. Our SOC team works night shifts and the screen is very bright at 3 a.m.',
      'Our hospital IT team works around the clock, and alerts at 4 a.m. go to the on-call phone.',
      'Our night-shift nurses work nights, and the login prompt at 2 a.m. keeps timing out; could the session be longer?',
    ],
    kept: [
      'Our SOC team works night shifts, so your engineers must answer at 3 a.m. too.',
      'I need someone from your team available at 3 a.m. tonight.',
      'We expect your engineers to work this weekend until it is fixed.',
    ],
  },
  {
    id: 'en.x.unrelated.other_product',
    category: 'unrelated',
    calm: [
      'One of our store managers needs to send CCTV footage of a shoplifter to the police. Can we raise the limit for one upload?',
      'We are uploading large AutoCAD drawings through the portal; could you check why the link expires early?',
      'Our staff share Zoom recordings with clients; can you help us raise the per-file limit?',
    ],
    kept: [
      'Can you fix our CCTV system? The cameras stopped recording.',
      'Could you help us configure our Synology NAS at the branch office?',
      'Please troubleshoot our Zoom Rooms, the screens keep freezing.',
    ],
  },
  {
    id: 'cf7.veto.rebuttal_posted',
    category: 'defamation',
    calm: [
      "If that article is wrong, I'll write a post saying that it isn't true.",
      'We will publish a correction on our blog saying the story about your breach is false.',
    ],
    kept: [
      'We will release a statement that you shipped a backdoor. Whether that is accurate will not matter much - by the time your lawyers issue a correction, the story will have done its work.',
      'I will post that your company lies. Whether it is true will not matter once your PR team issues a retraction.',
    ],
  },
  {
    id: 'en.x.monetary.owe_us',
    category: 'monetary',
    calm: [
      'You owe us the Enterprise tier for free after breaking the sync.',
      'Honestly you owe me the premium plan at this point.',
    ],
    kept: [
      'You owe us the money for the consultant. Send it.',
      'You owe us the Enterprise tier for free, plus 500,000 yen in damages.',
      'You guys owe us for the three days of downtime.',
    ],
  },
  {
    id: 'en.veto.accommodation',
    category: 'discriminatory',
    calm: [
      'Our agent has a hearing disability; could the chat widget show captions?',
      'We need the quarantine page to be accessible for staff with a visual disability.',
    ],
    kept: [
      "If you're one of those disability hires just say so and I'll ask for a normal person.",
      'Is he a disability hire? He cannot follow a simple ticket.',
    ],
  },
];

describeRuleKinds('English support-queue rules (t59)', KINDS, alone, 'en');
describeGuardTables('English support-queue vetoes (t59)', VETOES, 'en');
describeGuardTables('Rules and vetoes narrowed for the English support queue (t59)', NARROWED, 'en');

describeRuleFile('English support-queue (t59) rules: the rule file', RULE_FILE, {
  lang: 'en',
  idPrefix: 'en.qu.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => VETOES.map((g) => g.id),
});
