/**
 * Inappropriate demands beside calm twins (config/rules/en-demands-2.yaml, ids en.d8.*): from the English items of
 * the training set t82 and the rule writer's own probes. One table per rule, with positives written for this test
 * (not taken from any corpus) and calm twins that a plan, a paid quote, a warranty or a published rule covers; one
 * calm/kept table per veto.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/en-demands-2.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('en-demands-2.yaml');

const KINDS: RuleKind[] = [
  {
    rule: 'en.d8.excessive.impossible_guarantee',
    category: 'excessive',
    positives: [
      [
        'Please send us a signed guarantee that MailWall will never let a single phishing mail through. Our CFO requires it.',
        'guarantee that MailWall will never let a single',
      ],
      [
        'We need a written promise that the gateway will never go down, or we will not sign the renewal.',
        'promise that the gateway will never go down',
      ],
      [
        'Put it in writing: a guarantee of 100% protection, zero infections forever, on your letterhead.',
        'guarantee of 100% protection, zero infections forever',
      ],
    ],
    negatives: [
      'Does the Premier SLA guarantee 99.9% uptime, and how are credits calculated if it is missed?',
      'We understand no vendor can promise that nothing will ever get through; could you send the detection test results instead?',
      'Is there a warranty on the appliance hardware, and what does it cover?',
    ],
  },
  {
    rule: 'en.d8.excessive.overnight_fix',
    category: 'excessive',
    positives: [
      [
        'The patch for the LDAP timeout must be live by 7:00 tomorrow morning, not whenever your QA is done.',
        'patch for the LDAP timeout must be live by 7:00 tomorrow',
      ],
      [
        "Your hotfix has to be deployed before midnight. Not next month's update. Tonight.",
        'hotfix has to be deployed before midnight',
      ],
      [
        'The fix for the sync crash needs to be in production by tonight, whatever your release process says.',
        'fix for the sync crash needs to be in production by tonight',
      ],
    ],
    negatives: [
      "When will the fix for the sync crash be in production? Is it planned for next week's release?",
      'If possible, the patch would ideally be deployed by tomorrow, but we understand if it takes longer.',
      'Thanks for the workaround. We will wait for the fix in the scheduled release.',
    ],
  },
  {
    rule: 'en.d8.excessive.free_consulting_days',
    category: 'excessive',
    positives: [
      [
        'Could one of your architects spend a few days with us redesigning our branch VPN layout? We hope it can be part of our support.',
        'spend a few days with us redesigning',
      ],
      [
        'Would your team give us three full days planning our data-centre move? Just a friendly consulting session, nothing official.',
        'give us three full days planning',
      ],
      [
        'As a favour, could someone set aside two weeks helping us choose a new SIEM and design the rollout?',
        'set aside two weeks helping',
      ],
    ],
    negatives: [
      'Could you send a quote for a two-day professional services engagement reviewing our network design?',
      'Our engineers will spend three days reviewing the migration plan internally; we will reopen the ticket if needed.',
      'Thanks for the informal chat yesterday about the gateway settings. The config works now.',
    ],
  },
  {
    rule: 'en.d8.excessive.write_our_document',
    category: 'excessive',
    positives: [
      [
        'Could your team draft the email security chapter of our company handbook? About eight pages.',
        'draft the email security chapter of our company handbook',
      ],
      [
        'Since you know the product, please write our incident response playbook for us by Friday.',
        'write our incident response playbook for us',
      ],
      [
        'Would you prepare the access control pages for our ISMS submission? The auditor visits soon.',
        'prepare the access control pages for our ISMS submission',
      ],
    ],
    negatives: [
      'Do you publish a sample policy or template we could adapt for the password section of our handbook?',
      'Could you send a quote for professional services to draft the security section of our policy?',
      'We wrote the access section of our policy ourselves; could you confirm the default lockout values in Passgate?',
    ],
  },
  {
    rule: 'en.d8.excessive.until_you_send_someone',
    category: 'excessive',
    positives: [
      ['I will keep calling until you agree to send an engineer to Osaka.', 'until you agree to send'],
      [
        'Nobody leaves this chat until somebody promises to come to our plant.',
        'until somebody promises to come',
      ],
      [
        'We will not sign anything until your manager agrees to fly someone out here.',
        'until your manager agrees to fly',
      ],
    ],
    negatives: [
      'Our plan includes on-site visits, so please let us know when you can send an engineer.',
      'We can wait until you have an engineer free next week; the quote for the visit is approved.',
      'I will keep the ticket open until the replacement unit arrives, thanks.',
    ],
  },
  {
    rule: 'en.d8.exchange.refund_and_swap',
    category: 'exchange',
    positives: [
      [
        'Please refund our gateway subscription and give us the archive add-on for the same price instead.',
        'refund our gateway subscription and give us the archive add-on for the same price',
      ],
      [
        'We changed our minds: swap the Standard licence into a Premier seat pack for the same money.',
        'swap the Standard licence into a Premier seat pack for the same money',
      ],
      [
        'Can you refund the unused months and then let us have the vault product with that amount?',
        'refund the unused months and then let us have the vault product with that amount',
      ],
    ],
    negatives: [
      'We are within the 30-day refund window; could you refund the licence as your policy allows?',
      'How much would it cost to add the vault product to our existing subscription?',
      'Could you confirm the refund for the duplicate invoice has been processed?',
    ],
  },
  {
    rule: 'en.d8.exchange.free_upgrade',
    category: 'exchange',
    positives: [
      [
        'Could you upgrade us to Enterprise free of charge for the rest of the term? It would reassure our board.',
        'upgrade us to Enterprise free of charge',
      ],
      [
        'Please upgrade our mail plan from Basic to Advanced at no extra cost, as a sign of partnership.',
        'upgrade our mail plan from Basic to Advanced at no extra cost',
      ],
      ['Would you give us a free upgrade to the top tier? We have been loyal.', 'give us a free upgrade to'],
    ],
    negatives: [
      'Is the free upgrade to Premier in your spring campaign still available for existing customers?',
      'Could you send a quote to upgrade us from Lite to Premier for the remaining eight months?',
      'We are eligible for the loyalty offer; please upgrade us to Business as announced.',
    ],
  },
  {
    rule: 'en.d8.unrelated.not_what_you_do',
    category: 'unrelated',
    positives: [
      [
        "I know payroll isn't what you do, but could your team fix our payroll export anyway?",
        "know payroll isn't what you do",
      ],
      [
        'We realise website hosting is not your business, but please move our site to a new host.',
        'realise website hosting is not your business',
      ],
      [
        "I understand printers aren't really your thing, but can someone look at our office printers?",
        "understand printers aren't really your thing",
      ],
    ],
    negatives: [
      "I know it isn't your job to chase our other vendors, so we will contact them ourselves. Thanks!",
      'We know the gateway is your product; could you check why it rejects the new certificate?',
      'Could you confirm whether the archive add-on is included in our plan?',
    ],
  },
  {
    rule: 'en.d8.unrelated.run_whole_estate',
    category: 'unrelated',
    positives: [
      [
        'Could your team take over the patching of our entire Windows estate while our admin is on leave?',
        'take over the patching of our entire Windows estate',
      ],
      [
        'Please handle the backups for our whole office network until we hire someone.',
        'handle the backups for our whole office network',
      ],
      [
        'Would you look after the monitoring of the entire data centre for a few weeks?',
        'look after the monitoring of the entire data centre',
      ],
    ],
    negatives: [
      'Could you send a quote for a managed service contract covering monitoring of our whole network?',
      'We will take over the monitoring of our entire server room ourselves from April.',
      'Does the Sentry console show the monitoring status of all enrolled hosts?',
    ],
  },
];

const VETOES: GuardTable[] = [
  {
    id: 'en.d8.veto.refuse_to_pay',
    category: 'monetary',
    calm: [
      "Honestly we'd prefer not to pay for the extra workshop. Is the recorded version enough?",
      "We don't want to pay for it twice, so please cancel the duplicate order.",
    ],
    kept: [
      "We don't want to pay for it, refund the JPY 300,000 now.",
      'Pay us JPY 500,000 in compensation for the outage.',
    ],
  },
  {
    id: 'en.d8.veto.swap_not_money',
    category: 'monetary',
    calm: ['Refund the gateway licence and give us the archive product for the same amount.'],
    kept: [
      'Refund the gateway licence and give us the archive product for the same amount, plus JPY 200,000 in compensation.',
    ],
  },
  {
    id: 'en.d8.veto.other_product_incident_only',
    category: 'unrelated',
    calm: [
      'After the breach on our firewall in May (not your product), our board wants a review of our email settings in MailWall.',
    ],
    kept: ["Our firewall (not your product) is broken, can you fix it for us? I know it's not your product."],
  },
  {
    id: 'en.d8.veto.can_fix_in_an_hour',
    category: 'excessive',
    calm: ['Your engineers who can fix it in an hour were great last time, thanks again.'],
    kept: ['Fix it within an hour or I escalate. Your engineers must be on site today.'],
  },
  {
    id: 'en.d8.veto.free_year_is_money',
    category: 'excessive',
    calm: [
      'After the rough start we would like to request the next year free of charge as a goodwill gesture.',
    ],
    kept: ['We expect on-site training for 40 staff free of charge, and a year of support hours on top.'],
  },
  {
    id: 'en.d8.veto.plan_covers_24_7',
    category: 'excessive',
    calm: [
      'Sorry to call on a Saturday night. Our plan covers P1 incidents 24/7, and nobody can log in. Please call me back.',
    ],
    kept: ["I don't care that it's Saturday night and not covered by our plan 24/7, send an engineer now."],
  },
  {
    id: 'en.d8.veto.corrupt_technical',
    category: 'defamation',
    calm: ['Will stopping the scan corrupt the quarantine database, or is it safe to reboot?'],
    kept: ['Your company is corrupt and I will tell every customer that you are frauds.'],
  },
  {
    id: 'en.d8.veto.product_on_server',
    category: 'unrelated',
    calm: ['The Sentry agent on our print server keeps crashing after the update. Can you check the logs?'],
    kept: ['Fix our Salesforce permissions too, even though that is not your product.'],
  },
  {
    id: 'en.d8.veto.may_i_have_your_name',
    category: 'intimidation',
    calm: ['Could I have your full name, please? Our audit log needs the vendor contact.'],
    kept: ["I have your name now. You'll regret this, believe me."],
  },
  {
    id: 'en.d8.veto.dictated_statement',
    category: 'insult',
    calm: [
      'Your manager will read out a statement: that he is incompetent and that his team let us down. Word for word.',
    ],
    kept: ['You are an incompetent idiot and your team is useless.'],
  },
  {
    id: 'en.d8.veto.wait_outside_threat',
    category: 'sexual',
    calm: [
      "If the refund doesn't arrive, I'll wait for him outside your office and we can talk, just the two of us.",
    ],
    kept: ['I would love to take you to dinner, just the two of us, you are so cute.'],
  },
  {
    id: 'en.d8.veto.published_offer_question',
    category: 'exchange',
    calm: [
      'Is the free upgrade to Enterprise from your autumn promotion still open to customers who renewed in May?',
      'Does the spring campaign still include a free upgrade for existing Business customers?',
    ],
    kept: [
      'We expect a free upgrade to Premier, campaign or no campaign.',
      'Give us a free upgrade to the top tier now.',
    ],
  },
  {
    id: 'en.d8.veto.we_will_do_it_ourselves',
    category: 'unrelated',
    calm: [
      "I realise our printers aren't your job, so we'll contact the leasing company ourselves.",
      "We know the payroll tool isn't your product, so I will ask its vendor instead.",
    ],
    kept: [
      "I know our printers aren't your job, but could you fix them anyway?",
      'Fix our home router too, even though it is not your product.',
    ],
  },
];

describeRuleKinds('English inappropriate demands (t82)', KINDS, alone, 'en');
describeGuardTables('English vetoes for calm twins (t82)', VETOES, 'en');

describeRuleFile('English inappropriate demands (t82): the rule file', RULE_FILE, {
  lang: 'en',
  idPrefix: 'en.d8.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => VETOES.map((g) => g.id),
});
