/**
 * English inappropriate demands (config/rules/en-wants.yaml, ids en.wa.*):
 * exchange, excessive, monetary and unrelated demands from the English items
 * of the training set t41 and the rule writer's own probes, run through the
 * real policy file and engine, so every rule file (and every veto) is in play.
 * One table per rule with positives written for this test (not taken from any
 * corpus), each with a fragment the rule's own evidence must cover, and calm
 * look-alikes (refunds and credits under the terms, paid or included visits,
 * quotes, questions, the customer's own work, technical words) in which the
 * whole engine must not find the category; plus the calm/kept table for the
 * one rule of another file narrowed here.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/en-wants.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('en-wants.yaml');

const KINDS: RuleKind[] = [
  // ------------------------------------------------------------------ monetary
  {
    rule: 'en.wa.monetary.credit_scorned',
    category: 'monetary',
    positives: [
      ['Refund the whole year. Not the SLA credit, the whole year.', 'Not the SLA credit'],
      [
        'You can keep your measly service credit, we want the $12,000 we lost paid back.',
        'keep your measly service credit',
      ],
      ['keep ur credit lol. i want my money back for all 6 months', 'keep ur credit'],
      [
        'Your service credit does not even come close to what we lost. Pay the full invoice back.',
        'service credit does not even come close',
      ],
      ['We expect three months of fees returned, not some token credit.', 'not some token credit'],
    ],
    negatives: [
      'We understand the service credit is what the contract gives; please apply it to the next invoice.',
      'Not the SLA credit question again - when will the RCA be ready?',
      'Keep your credit, I just want the filter fixed today.',
      "How will the service credit be calculated for last month's outage? The credit doesn't cover the whole month, right?",
      'The service credit did not appear on our invoice, could you check? The amount was $300.',
      'Please kill the stuck job and keep the credit balance on the account; no refund needed.',
    ],
  },
  {
    rule: 'en.wa.monetary.sum_for_trouble',
    category: 'monetary',
    positives: [
      ['We want USD 20,000 for the inconvenience, paid by Friday.', 'for the inconvenience'],
      ["I'll need five grand for my wasted time, or I'm going to the press.", 'for my wasted time'],
      [
        'Send us $3,000 to cover our time and trouble and we will close the ticket.',
        'to cover our time and trouble',
      ],
      ['€500 for all the hassle would be the least you can do.', 'for all the hassle'],
    ],
    negatives: [
      "Sorry for the trouble, I've attached the $2,000 invoice from our renewal for your records.",
      "Thanks for all the effort this week, we spent $500 on overtime on our side but that's on us.",
      "We'd happily pay $400 for the trouble of a priority migration, what's the quote?",
      'Thank you for your time. The renewal is GBP 4,000 and we will pay it next week.',
    ],
  },
  {
    rule: 'en.wa.monetary.you_pay_our_loss',
    category: 'monetary',
    positives: [
      ['We lost 40k in sales during the outage and you will cover those losses.', 'you will cover those'],
      [
        'Our contractor bill came to $6,000 because of your bug. Shirogane needs to reimburse that.',
        'Shirogane needs to reimburse that',
      ],
      [
        'The downtime cost us two days of bookings. I expect you to pay the whole amount back.',
        'you to pay the whole amount',
      ],
      ["We had to hire temps for a week. You're paying for the agency.", "You're paying for the agency"],
    ],
    negatives: [
      'We lost about 200 emails during the outage; could you help us recover them?',
      'Our insurer will cover the losses, we only need the incident report from you.',
      "The outage cost us a day of sales but we're not asking for compensation, just the RCA.",
      'We were charged twice for March; please refund the duplicate amount, which cost us a late fee with our bank.',
      'The contractor we brought in will execute the cutover; please make sure your team covers the DNS part.',
    ],
  },
  {
    rule: 'en.wa.monetary.refund_unused_time',
    category: 'monetary',
    positives: [
      ['Refund us for the 8 months we never used the archive module.', '8 months we never used'],
      ['I want my money back for the licences we barely touched this year.', 'licences we barely touched'],
      ["We'd like a refund for the unused months, as we hardly logged in.", 'refund for the unused months'],
      ["pay us back for the year we didn't even use it", "pay us back for the year we didn't even use"],
    ],
    negatives: [
      'We cancelled within the 30-day trial and never used it; please refund as per the money-back guarantee.',
      'We are entitled to a pro-rata refund for the unused months after termination, per clause 9.2.',
      "Is there a refund policy for seats we didn't use? Just checking before renewal?",
      "We never used the feature, so we'll drop it at renewal.",
      'Your terms say annual plans can be refunded pro rata within 45 days. We are on day 20. Please refund the unused months to the card.',
    ],
  },
  {
    rule: 'en.wa.monetary.goodwill_payment',
    category: 'monetary',
    positives: [
      ['Could you at least send a goodwill payment for the mess?', 'goodwill payment'],
      ['I think a goodwill cheque would be fair after three outages.', 'goodwill cheque'],
      [
        'Honestly some cash to buy the team lunch would go a long way after this week.',
        'cash to buy the team lunch',
      ],
    ],
    negatives: [
      'Thanks for the goodwill credit you offered last week, it was applied.',
      'Is there a goodwill payment policy for outages, or only the SLA credit?',
      "We're buying the team pizza tonight for getting through the outage, thanks for your help.",
    ],
  },
  // ----------------------------------------------------------------- excessive
  {
    rule: 'en.wa.excessive.restore_self_deleted',
    category: 'excessive',
    positives: [
      [
        'Recover the archive folders I purged myself two years ago, and do it for free.',
        'Recover the archive folders I purged myself',
      ],
      [
        'restore the teams we deleted ourselves last march. free. you owe us that much',
        'we deleted ourselves',
      ],
      ['Bring back the mailboxes from a backup we never bought, today.', 'from a backup we never bought'],
      [
        'Please restore the user accounts we removed on purpose in January, at no charge since you are the experts.',
        'we removed on purpose',
      ],
    ],
    negatives: [
      'Could you restore the mailbox we deleted by mistake yesterday? It should still be within the 30-day window.',
      "How can we restore mailboxes we deleted ourselves last year? We'd pay for a paid restore if needed.",
      'We restored the mailboxes we deleted ourselves from the recycle bin, thanks for the tip.',
      'Is it possible to recover data from a backup we never purchased? Just asking what the options are.',
    ],
  },
  {
    rule: 'en.wa.excessive.impossible_guarantee',
    category: 'excessive',
    positives: [
      [
        'We require a contractual guarantee that zero phishing emails will reach our inbox.',
        'guarantee that zero phishing',
      ],
      ['Kindly provide 100% detection guarantee in writing before we renew.', '100% detection'],
      [
        'I want it in writing: you guarantee no malware ever gets through, or we walk.',
        'guarantee no malware',
      ],
      ['Your company must commit to 100% accuracy on spam filtering.', '100% accuracy'],
    ],
    negatives: [
      'We understand no vendor can guarantee that no phishing will ever get through; what is your detection rate?',
      'Does MailGuard guarantee 100% detection? Our auditors asked.',
      'Thank you, the test run showed 100% detection on the EICAR samples.',
      'We had 100% uptime last quarter, great job.',
    ],
  },
  {
    rule: 'en.wa.excessive.rollout_all_by_today',
    category: 'excessive',
    positives: [
      [
        'need SPF and DKIM setup for all 30 of our domains done before 5pm today pls',
        'setup for all 30 of our domains',
      ],
      [
        'Complete the migration of all 12 subsidiaries by end of day, the board expects it.',
        'migration of all 12 subsidiaries',
      ],
      [
        'We want the policy rollout across our 40 branches finished within 3 hours.',
        'rollout across our 40 branches',
      ],
    ],
    negatives: [
      'Our team will handle the DMARC rollout for all 14 domains today; we just need the record values.',
      'How long would a migration for all 12 subsidiaries take? No rush, planning for next quarter.',
      'The rollout to all 20 sites finished today, thanks!',
      'Please abort the deployment to all 6 of our mail servers tonight; we found a bad config and will redo it next month.',
    ],
  },
  {
    rule: 'en.wa.excessive.engineer_posted_for_weeks',
    category: 'excessive',
    positives: [
      [
        'Please depute two of your engineers to our Pune plant for a fortnight to support the go-live.',
        'depute two of your engineers to our Pune plant for a fortnight',
      ],
      [
        'We need you to station a consultant at our head office for the whole migration.',
        'station a consultant at our head office for the whole migration',
      ],
      [
        'Kindly deploy one engineer at our Chennai branch for 3 weeks for user training.',
        'deploy one engineer at our Chennai branch for 3 weeks',
      ],
    ],
    negatives: [
      'As per our SOW, please depute one engineer to our Pune office for a week for the rollout.',
      'Can you send an engineer to our Pune office for two days? Please share the quote and day rate.',
      'Thank you for deputing your engineer to our branch for a week, it went very well.',
    ],
  },
  {
    rule: 'en.wa.excessive.travel_at_your_cost',
    category: 'excessive',
    positives: [
      [
        "Your engineer's flights and hotel will be at your cost, naturally.",
        'flights and hotel will be at your cost',
      ],
      [
        'Travel, boarding and lodging for the engineer to be borne by your company.',
        'lodging for the engineer to be borne by you',
      ],
      [
        'Send the trainer next week; travel and stay from your side, as we have no budget.',
        'travel and stay from your side',
      ],
    ],
    negatives: [
      'We will bear travel and stay for your engineer as per the SOW.',
      'Travel and accommodation for the visit: please book and invoice us.',
      'Our travel policy does not allow staff to stay at the hotel from your side of town.',
    ],
  },
  {
    rule: 'en.wa.excessive.visit_requested_formally',
    category: 'excessive',
    positives: [
      [
        'Kindly send one engineer to our Makati office for configuration of the gateway.',
        'Kindly send one engineer to our Makati office',
      ],
      [
        'We humbly request you to send a technician to our branch to install the agent on all PCs.',
        'request you to send a technician to our branch',
      ],
      [
        'Request for one of your engineers to visit our factory next week for setup.',
        'Request for one of your engineers to visit our factory',
      ],
    ],
    negatives: [
      'We request you to send an engineer to our office as per our on-site support contract.',
      'Requesting your engineer to visit our office; please share the quotation for a paid visit.',
      'Kindly send one engineer to our Makati office for the visit already booked, visitor badge will be at reception.',
    ],
  },
  {
    rule: 'en.wa.excessive.engineer_at_my_place',
    category: 'excessive',
    positives: [
      ['I want a technician at my clinic by 9am tomorrow.', 'want a technician at my clinic'],
      [
        'get me an engineer to my restaurant today, the POS mail alerts are down',
        'get me an engineer to my restaurant',
      ],
      ['we need an engineer at our store in Cebu tomorrow. no excuses', 'need an engineer at our store'],
    ],
    negatives: [
      'We already have a local technician at our store, we just need the config values from you.',
      'We need an engineer at our office for the on-site visit included in our Premium plan.',
      'Could you quote for an engineer at our warehouse for a day?',
    ],
  },
  // ------------------------------------------------------------------ exchange
  {
    rule: 'en.wa.exchange.trade_subscription',
    category: 'exchange',
    positives: [
      [
        "We'd prefer to swap our unused Archive licences for DLP seats instead.",
        'swap our unused Archive licences for DLP',
      ],
      [
        'Can we exchange the rest of our term on the cloud plan for the appliance? Nothing is wrong with it, our new CIO just prefers hardware.',
        'exchange the rest of our term on the cloud plan for the appliance',
      ],
      [
        'switch our 50 Transfer seats to Archive please, we never used Transfer',
        'switch our 50 Transfer seats to Archive',
      ],
      [
        'Turn the remaining 9 months of our subscription into training days instead.',
        'Turn the remaining 9 months of our subscription into training',
      ],
    ],
    negatives: [
      'Can we swap our Standard licences for Enterprise at renewal? Please send a quote.',
      'Please replace the expired certificate on our gateway with the new one.',
      'Could we switch our plan to annual billing?',
      "Our Transfer module keeps failing; could you replace our Transfer licences with Archive until it's fixed?",
    ],
  },
  {
    rule: 'en.wa.exchange.tier_at_lower_price',
    category: 'exchange',
    positives: [
      ["Give us Premium at the Basic price, we've been loyal for years.", 'Premium at the Basic price'],
      ['We expect the Enterprise plan for the price of Standard from now on.', 'for the price of Standard'],
      ["i want pro features at our starter rate or we're leaving", 'pro features at our starter rate'],
    ],
    negatives: [
      'Do you offer Enterprise features at the Standard price for non-profits?',
      'Your sales rep offered Enterprise at our current Standard price for the first year; can you confirm the promo?',
      'What would Enterprise cost compared with our current Standard price?',
      'Can we stay on Premium at the Basic price agreed in 2023 at the next renewal?',
    ],
  },
  // ----------------------------------------------------------------- unrelated
  {
    rule: 'en.wa.unrelated.office_device_mail',
    category: 'unrelated',
    positives: [
      ["our copier's scan-to-email stopped working with office 365, can you fix it", 'scan-to-email'],
      [
        "The printer can't send to Gmail anymore, SMTP auth error. Please help.",
        "printer can't send to Gmail",
      ],
      ['can u set up scan to email on the new Ricoh for our yahoo account', 'scan to email'],
    ],
    negatives: [
      'Scan-to-email messages from our copier are being quarantined by MailGuard; can you release them?',
      'Our MFP sends scan-to-email through your relay and it gets rejected; please check the SPF record.',
      'Does MailGuard support relaying scan-to-email from printers through Office 365?',
    ],
  },
  {
    rule: 'en.wa.unrelated.other_business_server',
    category: 'unrelated',
    positives: [
      ['Please also help with our SAP server, it keeps crashing since Monday.', 'help with our SAP server'],
      [
        'kindly do the needful and fix our Tally accounting software license error',
        'fix our Tally accounting software',
      ],
      ['could you look into our QuickBooks database, it is corrupted', 'look into our QuickBooks database'],
    ],
    negatives: [
      "Our ERP server's notification emails are being quarantined; please help.",
      'Could you help with the SSO integration for our CRM system?',
      'Your agent flagged our payroll server as infected; please check whether it is a false positive.',
    ],
  },
];

describeRuleKinds('English demand rules (t41)', KINDS, alone, 'en');

/** The rule of another file narrowed here, with what it must now leave alone and what it must still flag. */
const GUARDS: GuardTable[] = [
  {
    id: 'en.b.unrelated.not_our_product (narrowed: "I know it\'s not your call")',
    category: 'unrelated',
    calm: [
      "third outage this week and our sales team is losing it. not having a go at you, I know it's not your call. can you give me an ETA?",
      "I know it's not your fault, but could you look at why the quarantine digest is late?",
      "i know it's not your decision, can you escalate the feature request to product?",
    ],
    kept: [
      "I know it's not your product, but can you fix the Wi-Fi router at our branch?",
      "I know it's Microsoft, but could you look at our Teams meeting audio?",
      'Not your software, but please help us set up the printer at home.',
    ],
  },
];

describeGuardTables('Rules of other files narrowed for t41', GUARDS, 'en');

describeRuleFile('English demand (t41) rules: the rule file', RULE_FILE, {
  lang: 'en',
  idPrefix: 'en.wa.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  offsets: { engine: alone, text: 'Keep  your   pathetic service credit.  We want  $8,000 wired by Friday.' },
});
