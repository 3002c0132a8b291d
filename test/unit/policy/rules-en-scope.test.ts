/**
 * Rules and vetoes of config/rules/en-scope.yaml (ids en.o.*), from the
 * English items of the blind training set t30 (privacy, defamation and
 * excessive demands, with calm look-alikes) and the rule writer's own probes,
 * and the firing rules of other files narrowed for t30's calm items (each
 * table titled with the rule's id). Every sentence here was written for this
 * test; calm sentences are look-alikes the engine must leave alone, kept
 * sentences are real harassment or demands that must still be caught.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const FILE = 'config/rules/en-scope.yaml';
const alone = engineWithOnly('en-scope.yaml');

// ------------------------------------------------------------------ rules
const KINDS: RuleKind[] = [
  {
    rule: 'en.o.excessive.rca_rush',
    category: 'excessive',
    positives: [
      [
        'I need a complete post-mortem listing every commit from the last quarter within 30 minutes.',
        'complete post-mortem',
      ],
      ['Send us a detailed incident report by noon, our board is asking.', 'detailed incident report'],
      [
        'Please provide an exhaustive root cause analysis in the next hour.',
        'exhaustive root cause analysis',
      ],
    ],
    negatives: [
      'Please send a full root cause analysis within 5 business days as the contract says.',
      'Could you send a preliminary summary within the hour and the full RCA next week?',
      'A full RCA would be great when you can, no rush.',
    ],
  },
  {
    rule: 'en.o.excessive.standing_member',
    category: 'excessive',
    positives: [
      [
        'Could one of your engineers attend all our daily stand-ups from now on? Free of charge, of course.',
        'attend all our daily stand-ups',
      ],
      [
        "We'd like your engineer to join our weekly change meeting as a standing member.",
        'join our weekly change meeting',
      ],
    ],
    negatives: [
      'Our TAM joins our weekly meetings as per our contract; could she also attend the Tuesday call?',
      'Could your engineer join our call on Tuesday to go through the error?',
      'Could an engineer join our weekly meeting every Monday? Please send a quote for the hours.',
    ],
  },
  {
    rule: 'en.o.excessive.audit_other_system',
    category: 'excessive',
    positives: [
      [
        'Could you do a full security audit of our network while you are at it?',
        'full security audit of our network',
      ],
      [
        'Could you do a complete security assessment of our AWS environment for us?',
        'complete security assessment of our AWS',
      ],
      [
        'While you’re in there, please do a thorough review of our Azure setup too.',
        'thorough review of our Azure',
      ],
    ],
    negatives: [
      'Do you offer a full security audit of our Microsoft 365 tenant, and what is the pricing?',
      'We ordered the professional services package; could you schedule the full audit of our firewall rules?',
      'Our auditor did a full review of our network last month and MailGuard passed.',
    ],
  },
  {
    rule: 'en.o.excessive.not_on_contract',
    category: 'excessive',
    positives: [
      [
        'Our subsidiary in Osaka is not on our contract, but can you support them too until April?',
        'not on our contract',
      ],
      [
        "Two of our partner firms aren't covered by our licence; could you configure the filter for them under our account?",
        "aren't covered by our licence",
      ],
    ],
    negatives: [
      "Our subsidiary isn't on our contract yet. How much would it cost to add them?",
      'The Osaka office is not on our contract, so please ignore their ticket.',
      'Is the Osaka branch on our contract? Could you check?',
    ],
  },
  {
    rule: 'en.o.excessive.lack_own_means',
    category: 'excessive',
    positives: [
      [
        "We don't have the DLP add-on, but could you build the rules for us? You clearly know how.",
        "We don't have the DLP add-on",
      ],
      [
        "We don't have the staff for it, so could your team go through all 4,000 mailboxes for us?",
        "We don't have the staff for it",
      ],
    ],
    negatives: [
      "We don't have the archive module. Could you send a quote for it?",
      "We don't have the staff for it. Could you recommend a partner who can?",
      "We don't have the reporting add-on; how can we export the numbers ourselves?",
    ],
  },
  {
    rule: 'en.o.excessive.manual_each',
    category: 'excessive',
    positives: [
      [
        'Could your team go through every mailbox by hand and delete the phishing mail?',
        'go through every mailbox by hand',
      ],
      ['Please check each attachment manually before releasing it.', 'check each attachment manually'],
    ],
    negatives: [
      'We will check each one manually, but could you tell us which log field to use?',
      'Is there a way to review every message individually in the console?',
      'We checked every mailbox by hand yesterday and found nothing.',
    ],
  },
  {
    rule: 'en.o.excessive.write_our_docs',
    category: 'excessive',
    positives: [
      [
        'Can your consultants draft our business continuity plan for the audit?',
        'draft our business continuity plan',
      ],
      [
        'Could your support team write our whole information security policy set before the audit?',
        'write our whole information security policy',
      ],
    ],
    negatives: [
      'Could you send us your information security policy for our vendor review?',
      "We've drafted our incident response procedures; could you check the MailGuard section?",
      'Could you send a quote for a consultant to write our security policies?',
    ],
  },
  {
    rule: 'en.o.excessive.free_coverage',
    category: 'excessive',
    positives: [
      ['Provide us 24/7 support at no extra cost for the next two months.', 'Provide us 24/7 support'],
      ['Give us a dedicated engineer for free until this is over.', 'Give us a dedicated engineer'],
    ],
    negatives: [
      'Could you give us 24/7 support as included in our enterprise plan?',
      'Could you give us dedicated support during the trial, as the pilot terms say?',
    ],
  },
  {
    rule: 'en.o.defamation.truth_irrelevant',
    category: 'defamation',
    positives: [
      [
        'A blogger is writing that your filter reads our mail. True or not, it doesn’t matter, it goes live tomorrow.',
        'True or not',
      ],
      [
        'My post says you sell customer data. Is it accurate? Who cares, people will share it.',
        'Is it accurate?',
      ],
    ],
    negatives: [
      'Is it true that MailGuard stores attachments? It doesn’t matter much, just curious.',
      'Is it true? Does the filter scan attachments twice?',
    ],
  },
  {
    rule: 'en.o.defamation.doctored_evidence',
    category: 'defamation',
    positives: [
      [
        'With a little editing these recordings will sound like your agent insulting us. Post goes up tonight.',
        'With a little editing',
      ],
      [
        'Once I crop the chat log it will look like your team admitted the breach.',
        'Once I crop the chat log',
      ],
    ],
    negatives: [
      'With some editing of the rule, the alert will show the sender address.',
      'After we edit the policy, will the report show the new rule?',
    ],
    absent: ['defamation'],
  },
  {
    rule: 'en.o.intimidation.regret_when_business',
    category: 'intimidation',
    positives: [
      ["You're going to regret this when your customers start leaving.", 'regret this when your customers'],
      ['You will regret ignoring us when your renewals dry up.', 'regret ignoring us when your renewals'],
    ],
    negatives: [
      "You won't regret it when your users stop getting phishing mail, said your sales rep.",
      'We regret the delay; our customers were patient.',
    ],
  },
  {
    rule: 'en.o.intimidation.faces_to_remember',
    category: 'intimidation',
    positives: [
      ['I have your agents’ names. Names to remember when this is over.', 'Names to remember'],
      ['Send me their photos, those are faces I need to remember later.', 'faces I need to remember'],
    ],
    negatives: [
      'I’ll remember your names next time I’m at your conference booth, you were great.',
      'Too many names to remember in this console; can we rename the policies later?',
    ],
  },
  {
    rule: 'en.o.intimidation.lives_near_me',
    category: 'intimidation',
    positives: [
      [
        'Your engineer Mr Sato lives in Chiba, a few minutes from my office. Tell him to call me back.',
        'lives in Chiba, a few minutes from my',
      ],
      [
        'Turns out your agent lives near the station, right next to my gym. Have her answer today.',
        'lives near the station, right next to my',
      ],
    ],
    negatives: [
      'Our office is in Chiba, not far from your data centre, so a visit is easy.',
      'I live in Osaka, close to our branch; can I use the Osaka support line?',
    ],
  },
  {
    rule: 'en.o.violence.outside_for',
    category: 'violence',
    positives: [
      ["I'll be waiting outside for that agent who hung up on me.", 'waiting outside for that'],
      ["We'll be at the entrance for your engineer tonight, tell him.", 'at the entrance for your'],
    ],
    negatives: [
      "I'll be outside for the courier to pick up the appliance at 3pm.",
      "I'll be in the lobby for the scheduled install, your engineer can call me.",
    ],
  },
  {
    rule: 'en.o.privacy.shift_end',
    category: 'privacy',
    positives: [
      ["What time do the agents finish? I'll wait for her outside.", 'What time do the agents finish'],
      [
        'Where exactly is your office and what time does that guy get off work?',
        'what time does that guy get off',
      ],
    ],
    negatives: [
      'What time does the support shift end so I can call before it closes?',
      'What time does the night shift finish? We want to schedule the maintenance call.',
    ],
  },
  {
    rule: 'en.o.privacy.find_on_social',
    category: 'privacy',
    positives: [
      [
        "You have an Instagram, right? I'll find her on Instagram then. First name?",
        "I'll find her on Instagram",
      ],
      ['Which city are you in? I can find you on LinkedIn easily.', 'I can find you on LinkedIn'],
    ],
    negatives: [
      'Our company page? You can find us on LinkedIn, thanks for the help!',
      'Our company page? You can find us on LinkedIn.',
    ],
  },
  {
    rule: 'en.o.privacy.post_name_photo',
    category: 'privacy',
    positives: [
      ["I'm going to post the agent's full name and photo on Twitter.", 'post the agent'],
      ['We will share that engineer’s name and picture all over social media.', 'share that engineer'],
    ],
    negatives: [
      "We'd love to post your engineer's name and photo on LinkedIn to thank him, would it be OK?",
      'Please do not share my name and photo online.',
    ],
  },
  {
    rule: 'en.o.sexual.looks_cuter',
    category: 'sexual',
    positives: [
      ['u look so much hotter on the video call than in ur emails', 'u look so much hotter'],
      ['You are way prettier than your profile photo, you know.', 'You are way prettier'],
    ],
    negatives: [
      'The new dashboard looks cuter than the old one.',
      'Your new UI is prettier than before, nice work.',
    ],
  },
  {
    rule: 'en.o.monetary.consolation_money',
    category: 'monetary',
    positives: [
      ['I want 500,000 yen in consolation money for this.', 'consolation money'],
      ['Pay us hush money and nobody hears about it.', 'hush money'],
    ],
    negatives: [
      "We don't want consolation money, just the fix.",
      'No consolation payment is needed; please restore the archive.',
    ],
  },
  {
    rule: 'en.o.intimidation.know_what_it_means',
    category: 'intimidation',
    positives: [
      [
        "Give me his address so I can send a little something. He'll know what it means.",
        "He'll know what it means",
      ],
      [
        'I left a present at her doorstep. She will know exactly what it means.',
        'She will know exactly what it means',
      ],
    ],
    negatives: [
      "Send her a little something, she'll know what it means, she was so helpful.",
      "If the error says 0x80, you'll know what it means from the docs.",
    ],
  },
];

describeRuleKinds('en-scope rules', KINDS, alone, 'en');

// ----------------------------------------------------------------- vetoes
const VETOES: GuardTable[] = [
  {
    id: 'en.o.veto.third_party_posted',
    category: 'defamation',
    calm: [
      "We're suing a competitor who posted on Reddit that we are crooks. How do we export his emails?",
      'We are taking action against a former contractor who wrote on LinkedIn that our firm is a scam.',
      'A troll account that tweeted we are fraudsters is being reported; can we block mail from it?',
    ],
    kept: [
      "I'll post on Reddit that you are crooks who steal data.",
      "We're going to tell everyone on LinkedIn that your company is a scam.",
      'I will write on every forum that your staff are fraudsters.',
    ],
  },
  {
    id: 'en.o.veto.install_purchased',
    category: 'excessive',
    calm: [
      'We purchased the on-site installation package; can the engineer come to our Osaka office on Monday?',
      'Our order came with the on-site setup service. Could you send someone to our data centre next week?',
      'We bought the appliance with the deployment package. Please have your technician visit our plant on Friday.',
    ],
    kept: [
      'Could you send an engineer to our Osaka office on Monday to install it?',
      'We bought the appliance online. Send a technician to our plant tomorrow.',
      'I want an engineer at our office by Friday, no excuses.',
    ],
  },
];

describeGuardTables('en-scope vetoes', VETOES, 'en');

// ------------------------------------------------ narrowed rules of other files
const NARROWED: GuardTable[] = [
  {
    id: 'en.y.defamation.if_youd_rather_not',
    category: 'defamation',
    calm: [
      'Would it be OK to mention you by name in our case study? Completely fine if you’d rather we didn’t.',
      'We are writing a blog post about the rollout; totally fine if you’d rather we didn’t name your engineer.',
      'May we thank you by name in our newsletter, with your permission? Fine if you’d rather not.',
    ],
    kept: [
      'If you’d rather I didn’t share this on LinkedIn, refund us today.',
      'If you don’t want this posted online, you know what to do.',
      'If you’d rather we didn’t publish the story, waive the fees.',
    ],
  },
  {
    id: 'en.y.privacy.staff_contact_details',
    category: 'privacy',
    calm: [
      'Our PII scanner test set has home addresses of test employees. Does it detect them?',
      'testing the DLP rules with dummy data: personal numbers for fake staff, does the filter catch them?',
      'Can the classifier spot mobile numbers of employees in a synthetic data sample?',
    ],
    kept: [
      'Give me the home addresses of all engineers on this case.',
      'I want the personal numbers of every agent who touched my ticket.',
      'Send me the mobile numbers for your support staff.',
    ],
  },
  {
    id: 'en.b.exchange.swap_without_defect',
    category: 'exchange',
    calm: [
      'We have a change freeze from 28 December to 4 January; nothing is wrong, we just ask you to hold updates.',
      'Our code freeze runs from 1 to 5 May; the licences work fine, so no changes to the tenant please.',
      'We have a change freeze from 20 December, so please don’t push updates; our seats work fine.',
    ],
    kept: [
      'Swap our licences for the premium tier at no cost, we don’t use them.',
      'Change our 200 seats to the enterprise plan for free, mid-term.',
      'Exchange our unused licences for tokens at the same price.',
    ],
  },
  {
    id: 'en.x.unrelated.own_site_or_phone',
    category: 'unrelated',
    calm: [
      "I'm writing up the incident for our company blog; could you confirm the dates?",
      'We will post a summary on our company website; can you check the timeline?',
    ],
    kept: [
      'Could you help fix our company blog? It’s slow.',
      'Can you take a look at our company website, it’s down?',
    ],
  },
  {
    id: 'en.excessive.after_hours',
    category: 'excessive',
    calm: [
      'This clip is going online tonight so everyone sees how you talk to customers, and I want your full name.',
      'The review goes live tonight; we just want the ticket number for it.',
    ],
    kept: [
      'Our new video goes live tonight. Can you keep the support line open tonight for us?',
      'I need an engineer on call tonight until this is fixed.',
    ],
  },
  {
    id: 'en.b.monetary.goodwill_money',
    category: 'monetary',
    calm: [
      'I want his home address to send him a little something for ruining my week. He’ll know what it means.',
      'Give me her address, a little something for what she did to us.',
    ],
    kept: [
      'A little something for our trouble would be appreciated.',
      'Maybe a little something in the envelope would speed this up.',
    ],
  },
  {
    id: 'en.defamation.publish_threat',
    category: 'defamation',
    calm: [
      "I'm going to post your engineer's name and photo on LinkedIn so people know who he is.",
      'We will post the agent’s full name and photo on Twitter unless you call back.',
    ],
    kept: [
      "I'm going to post on LinkedIn that your engineer deleted our archive on purpose.",
      'I will tell everyone on Twitter that your agents lie to customers.',
    ],
  },
];

describeGuardTables('en-scope: narrowed rules of other files', NARROWED, 'en');

describeRuleFile('en-scope rules and vetoes: the rule file', FILE, {
  lang: 'en',
  idPrefix: 'en.o.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => VETOES.map((g) => g.id),
  offsets: {
    engine: alone,
    text: 'Please send an  EXHAUSTIVE root cause analysis   within the hour.',
  },
});
