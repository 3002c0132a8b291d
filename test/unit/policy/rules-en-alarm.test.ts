/**
 * False alarms and misses of the English training set t69 (config/rules/en-alarm.yaml, ids en.fa.*): one table per
 * rule, with positives written for this test (not taken from any corpus) and calm look-alikes sharing the trigger
 * words; one calm/kept table per veto.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/en-alarm.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('en-alarm.yaml');

const KINDS: RuleKind[] = [
  {
    rule: 'en.fa.privacy.staff_details_held',
    category: 'privacy',
    positives: [
      [
        "I've got all your agents' personal numbers now, and I'm going to call every one of them tonight.",
        "I've got all your agents' personal numbers",
      ],
      [
        "We found your support team's private email addresses. Watch what we'll do with them.",
        "We found your support team's private email addresses",
      ],
      [
        "I know your engineers' home addresses. Let's see how brave they are now.",
        "I know your engineers' home addresses",
      ],
    ],
    negatives: [
      "We found your engineers' personal emails in a breach dump by accident; please delete them from the list we sent.",
      'We have our engineers personal emails on file for the on-call rota, and we will update them monthly.',
    ],
    // Still flagged by en.f.privacy.staff_numbers and en.s.privacy.manager_personal_cell (reported).
    ownNegatives: [
      "I have your agents' personal numbers from the old escalation sheet, and I'll remove them from our CRM today.",
      'Heads-up: I have your engineers private email addresses in an old export, and I will purge them today.',
    ],
  },
  {
    rule: 'en.fa.intimidation.target_until_clicks',
    category: 'intimidation',
    positives: [
      [
        'I will send fake invoices to the private inboxes of your engineers until one of them opens one.',
        'until one of them opens one',
      ],
      [
        "Each of your agents will get my little test at their personal address. Then we'll see how safe your staff really are.",
        "Then we'll see how safe your staff really are",
      ],
      [
        'I keep mailing each of your support people at home until one of you slips up.',
        'until one of you slips up',
      ],
    ],
    negatives: [
      'Could you run a phishing simulation on our own staff until one of them clicks, so we can measure the training?',
      "Once the new filter is live, we'll see how secure your product really is against our red team, as authorised in the scope of work.",
      'Please keep the banner on each of our users until one of them clicks acknowledge.',
    ],
  },
];

const VETOES: GuardTable[] = [
  {
    id: 'en.fa.veto.forwarded_subject',
    category: 'violence',
    calm: [
      "Subject: FW: I'll break your legs\n\nHi team, a user received this from an outside address. Can you block the sender?\n\n---------- Forwarded message ---------\nFrom: x@mail.example\nI'll break your legs.\n-----\n\nThanks.",
      "Subject: Fwd: you're dead\n\nOur receptionist got the mail below; please add the domain to the block list.\n\n---------- Forwarded message ---------\nFrom: y@mail.example\nyou're dead\n-----",
      'Subject: RE: FW: watch your back tonight\n\nFollowing up on the forwarded threat: is the sender blocked now?',
    ],
    kept: [
      "Subject: refund\n\nI'll break your legs if the refund isn't in by Friday.",
      "Subject: FW: invoice\n\nForwarding this again. I'll break your legs if it isn't fixed today.",
      "Subject: you're dead\n\nWatch your back tonight, I know where you park.",
    ],
  },
  {
    id: 'en.fa.veto.named_scam_kind',
    category: 'defamation',
    calm: [
      'Our CFO received a mail demanding bitcoin. We think it is an advance-fee scam; can you tell us if your team saw it too?',
      'Could you lower the scam-score threshold for invoices from new domains? Your team suggested it.',
      'We believe your users might get the same gift-card scam, so we are warning your team as well.',
    ],
    kept: [
      'You are a scam outfit and your team knows it.',
      'Your company is run by crooks and thieves.',
      'Your support is a scam, and I will tell everyone.',
    ],
  },
  {
    id: 'en.fa.veto.family_requester',
    category: 'privacy',
    calm: [
      'One of our engineers passed away, and his family asked us to keep his mailbox; could you give us the steps for a legal hold?',
      'Our colleague died in March; her parents have requested a copy of her mail, so we need the export steps.',
      'His widow has asked us to preserve his archive; what do we need to send you?',
    ],
    kept: [
      "Tell me where your engineer's family lives.",
      "Give me his family's names, now.",
      "I want your agent's home address and his kids' school.",
    ],
  },
  {
    id: 'en.fa.veto.contract_penalty_credit',
    category: 'monetary',
    calm: [
      'Please confirm the service credit of JPY 120,000 as set out in Schedule 2, clause 4.',
      'We claim the SLA credit of USD 800 as specified in Appendix C for the outage on 3 May.',
      'Kindly apply the penalty credit of 30,000 yen as defined in section 7 of the agreement.',
    ],
    kept: [
      'On top of the service credit as specified in Annex B, we demand JPY 2,000,000 in damages.',
      'We want JPY 500,000 as compensation for our wasted weekend.',
      'Pay us JPY 1,000,000 or we go to the press.',
    ],
  },
  {
    id: 'en.fa.veto.package_bought',
    category: 'excessive',
    calm: [
      'Please assign a dedicated engineer for the migration, as described in the Enterprise onboarding package we bought.',
      'We would like a named contact for the rollout as included in the premium plan we purchased last month.',
      'Could you give us a dedicated technician for the cut-over, as listed in the order form we signed?',
    ],
    kept: [
      'I demand a dedicated engineer for free, whatever is described in the package we bought.',
      'We expect a dedicated engineer to sit with our team every day.',
      'Assign a personal engineer to us permanently.',
    ],
  },
];

describeRuleKinds('English t69 alarms and misses', KINDS, alone, 'en');
describeGuardTables('English t69 vetoes', VETOES, 'en');

describeRuleFile('English t69 alarms and misses: the rule file', RULE_FILE, {
  lang: 'en',
  idPrefix: 'en.fa.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => VETOES.map((g) => g.id),
});
