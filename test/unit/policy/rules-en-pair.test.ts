/**
 * English minimal pairs (config/rules/en-pair.yaml, ids en.pr.*): constructions
 * from the English training set t47 (legitimate anger against harassment, each
 * calm item sharing vocabulary with a harassing twin) and the rule writer's own
 * paraphrases. One table per rule, with positives written for this test (not
 * taken from any corpus) and calm look-alikes that share the harassing
 * version's vocabulary; one calm/kept table per veto and per rule of another
 * file narrowed for this set.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/en-pair.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('en-pair.yaml');

const KINDS: RuleKind[] = [
  {
    rule: 'en.pr.persistence.word_repeated',
    category: 'persistence',
    positives: [
      ['[10:01] refund refund refund', 'refund refund refund'],
      ['manager. manager. manager. get me one.', 'manager. manager. manager'],
      ['ESCALATE! ESCALATE! ESCALATE!', 'ESCALATE! ESCALATE! ESCALATE'],
      ['call me. call me. call me. I am at my desk.', 'call me. call me. call me'],
    ],
    negatives: [
      'Please escalate this to tier 3; the tier 2 engineer agreed it needs a code fix.',
      'We asked for a refund, then a refund again after the second double charge. Could you check both?',
      'Our escalation matrix lists the manager, then the supervisor, then the director.',
      'The log shows "retry retry retry" from the sync agent before it gave up. Is that expected?',
    ],
    absent: ['persistence'],
  },
  {
    rule: 'en.pr.persistence.keep_typing_until',
    category: 'persistence',
    positives: [
      ["I'll keep typing this until someone from tier 3 joins.", "I'll keep typing this until"],
      ["i'm gonna keep pasting it here till a manager answers", 'keep pasting it here till'],
      ['We will keep posting this in the chat until you refund us.', 'keep posting this in the chat until'],
    ],
    negatives: [
      "I'll keep typing the error into the search box until I find the doc, thanks anyway.",
      'Our script keeps sending this alert until the disk is cleared - how do we silence it?',
      'Please keep this chat open until the engineer replies, I will be here.',
    ],
  },
  {
    rule: 'en.pr.persistence.team_calls',
    category: 'persistence',
    positives: [
      [
        "I've told my whole team to ring your hotline whenever they have a spare minute until this is fixed.",
        'told my whole team to ring your hotline',
      ],
      [
        "I'm having my staff call your support line in shifts till you refund us.",
        'having my staff call your support line',
      ],
      [
        'We have asked all our employees to email your inbox every hour until someone senior answers.',
        'asked all our employees to email your inbox',
      ],
    ],
    negatives: [
      'Sorry - some of our users keep calling your hotline instead of our own helpdesk. Can you redirect them?',
      "I've told my team to call your hotline for P1 issues only, per the procedure.",
      'I asked my team to email your support address with the logs, as you suggested.',
      'Our staff call your hotline every day because the sync keeps failing - can we get a root cause?',
    ],
  },
  {
    rule: 'en.pr.excessive.engineer_stationed',
    category: 'excessive',
    positives: [
      [
        'Could one of your engineers stay at our office for the whole week of the migration, just to be safe?',
        'one of your engineers stay at our office for the whole week',
      ],
      [
        "We'd like your consultant to be based at our site for two weeks after go-live.",
        'your consultant to be based at our site for two weeks',
      ],
      [
        'Please have a support engineer sit with us for the entire rollout. We have no services contract.',
        'a support engineer sit with us for the entire rollout',
      ],
    ],
    negatives: [
      'Our agreement includes two on-site days; could one of your engineers stay at our office for the whole day on the 12th as agreed?',
      'How much would it cost for a consultant to be based at our site for two weeks? Please send a quote.',
      'Our own engineers will stay at the office for the whole week of go-live.',
    ],
  },
  {
    rule: 'en.pr.kneel_demand.dictated_apology',
    category: 'kneel_demand',
    positives: [
      ['apologise properly. type it out: "I am useless." word for word.', 'word for word'],
      ['Repeat after me: I am sorry, I am an incompetent agent.', 'Repeat after me'],
      [
        'Write it out verbatim and I might forgive you: you are a worthless support agent.',
        'Write it out verbatim',
      ],
    ],
    negatives: [
      'Could you type out the error message word for word? The screenshot is blurry. Sorry for the trouble.',
      'An apology would be nice, but mainly we need the preventive measures.',
      'Please copy the SPF record word for word, sorry I pasted the wrong one earlier.',
      'I never said your team was incompetent. Please quote me word for word in the minutes.',
    ],
  },
  {
    rule: 'en.pr.intimidation.no_desk_to_return',
    category: 'intimidation',
    positives: [
      [
        "Do it, or I make one call to your director and you won't have a desk to come back to on Monday.",
        "you won't have a desk to come back to",
      ],
      ["Refuse again and you won't have a job by Friday. Your choice.", "you won't have a job by"],
      [
        'If he closes my ticket again, he will no longer have a career in this industry. Trust me.',
        'he will no longer have a career',
      ],
    ],
    negatives: [
      "We're moving office, so you won't have a desk on Monday if you visit - just use the lobby.",
      'After the restructuring our admins will no longer have a job title in the portal; can we rename the role?',
      "You won't have a login until the SSO is set up, so I'll send the report by email.",
    ],
  },
  {
    rule: 'en.pr.intimidation.harm_to_pay',
    category: 'intimidation',
    positives: [
      [
        "Upgrade us for free today, or something unfortunate happens to your account team's bonuses.",
        "something unfortunate happens to your account team's bonuses",
      ],
      [
        'It would be a shame if something happened to your commission this quarter.',
        'something happened to your commission',
      ],
      ['Think carefully, things might happen to your career.', 'things might happen to your career'],
    ],
    negatives: [
      'Sorry to hear about the restructuring - I hope nothing bad happens to your job.',
      'What happens to our contract if your company is acquired?',
      'Something unfortunate happened to our mail server last night; the queue is stuck.',
    ],
  },
  {
    rule: 'en.pr.intimidation.friends_with_boss',
    category: 'intimidation',
    positives: [
      ["Give us Enterprise for free, today. I'm friends with your CRO.", "I'm friends with your CRO"],
      [
        "I'm good friends with your CEO. Think about it before you say no again.",
        'good friends with your CEO',
      ],
      [
        "We're old mates with your president, so fix this now or your job is next.",
        'old mates with your president',
      ],
    ],
    negatives: [
      "I'm friends with your CRO and he recommended I reach out about the archive product.",
      "We're golf partners with your VP and he said great things about your support. Thanks!",
    ],
    ownNegatives: ['Our CFO is friends with your CFO; could you include him on the renewal quote?'],
  },
  {
    rule: 'en.pr.violence.come_find_you',
    category: 'violence',
    positives: [
      ['If you hang up on me I will come down there and find you.', 'I will come down there and find you'],
      [
        "I'm going to drive over there and find whoever deleted our archive.",
        "I'm going to drive over there and find whoever",
      ],
      ["Close my ticket again and I'll come round and deal with you.", "I'll come round and deal with you"],
    ],
    negatives: [
      "I'll come down to your lobby and find you at reception at 10 for the contract review.",
      "I'll go and find you the ticket number, one sec.",
      "We'll come over to sign the renewal on Thursday.",
      "I'll come and find you at the booth to say thanks - coffee's on me.",
    ],
  },
  {
    rule: 'en.pr.monetary.owe_our_time',
    category: 'monetary',
    positives: [
      ['you owe us their overtime. 200k yen, wired this week.', 'you owe us their overtime'],
      ['Your company owes me for the hours I wasted on this.', 'owes me for the hours'],
      ['You owe our team their weekend. Pay for it.', 'You owe our team their weekend'],
    ],
    negatives: [
      'You owe us the SLA credit under section 5.2 for September.',
      'We owe you for the extra seats, please send the invoice.',
    ],
    ownNegatives: ['You charged us twice, so you owe us the duplicate amount back.'],
  },
  {
    rule: 'en.pr.monetary.sincerity_priced',
    category: 'monetary',
    positives: [
      ['If you are sorry, prove it. Sincerity has a price.', 'Sincerity has a price'],
      [
        'Transfer something that reflects how badly you hurt us.',
        'Transfer something that reflects how badly',
      ],
      ['Pay us an amount that shows your remorse.', 'Pay us an amount that shows your remorse'],
    ],
    negatives: [
      'Your apology was sincere and we appreciate it; please share the preventive measures.',
      'Please transfer the SLA credit to our next invoice as per section 5.2.',
      'Could you send something that reflects the actual root cause, like the RCA draft?',
    ],
  },
  {
    rule: 'en.pr.monetary.year_refund',
    category: 'monetary',
    positives: [
      [
        "We are not leaving until someone signs off a full refund of this year's fees.",
        "full refund of this year's fees",
      ],
      ['Sign off a refund of the whole contract or I go to the press.', 'refund of the whole contract'],
      ['I want a complete refund for last year, every yen.', 'complete refund for last year'],
    ],
    negatives: [
      "We cancelled within the 30-day money-back period, so please issue a full refund of this year's fees as your terms say.",
      'You charged us twice for the year; please give a full refund of the duplicate charge.',
    ],
    ownNegatives: ['Our licences were never activated, so please refund the whole year under your terms.'],
  },
];

const VETOES: GuardTable[] = [
  {
    id: 'en.pr.veto.contractual_contact',
    category: 'persistence',
    calm: [
      "Per the P1 escalation procedure in our support agreement, I'll be calling into the 09:00 bridge every day until the outage is resolved. Who attends from your side?",
      'As set out in our Enterprise agreement, I will join the status call every morning until the incident is closed.',
      'Following the escalation plan, our duty manager will be dialling into the war room call every hour until service is restored.',
    ],
    kept: [
      "I'm going to ring this number every single hour, day and night, until somebody gives me a working fix.",
      "Per our contract, I'll be calling the bridge every hour until someone gives me a refund.",
      "I'll be calling every day until you fix this, contract or not.",
    ],
  },
  {
    id: 'en.pr.veto.flood_avoided',
    category: 'persistence',
    calm: [
      "Our monitoring opens a ticket through your API when the check fails. Is there a rate limit so we don't flood your queue with duplicates?",
      'How do we stop our alerting tool from spamming your support inbox with repeats?',
      'We want to avoid flooding your helpdesk, so we will batch the reports daily.',
    ],
    kept: [
      "I'll flood your queue with tickets until someone fixes this.",
      "I've set up a script that opens a new ticket every 15 minutes until your VP calls me.",
      'We will spam your support inbox every hour until you refund us.',
    ],
  },
  {
    id: 'en.pr.veto.own_copy_filtered',
    category: 'violence',
    calm: [
      "Our summer newsletter ('Deals so good they'll knock you out!') was quarantined by your threat filter. Can we allowlist our sender?",
      "Our own ad copy ('These prices will knock you out') keeps getting flagged as violent. How do we exempt it?",
      "Our campaign subject line 'Knock you out savings!' was blocked by MailGuard this morning.",
    ],
    kept: [
      "Our newsletter was quarantined again. If it happens once more I'll knock you out.",
      "Our newsletter ('Big deals!') got blocked. Fix it or I'll knock you out.",
      "I'll knock you out if the archive isn't back by Friday.",
      'Fix the filter or I will come down there and find you.',
    ],
  },
  {
    id: 'en.pr.veto.bow_held',
    category: 'restrictive',
    calm: [
      'Your manager bows on the video call with my team. Head down to the desk, and he stays there until I say so.',
      'He kneels in front of my staff and remains like that until I say he can stand.',
      'Heads down to the floor, all three of you, and you stay there until I am satisfied.',
    ],
    kept: [
      'You stay on this call until I say you can go.',
      'We will sit in your lobby until someone signs the refund.',
      'Bow to me now. And you stay on this line until the fix is deployed.',
    ],
  },
];

const NARROWED: GuardTable[] = [
  {
    id: 'en.y.defamation.if_youd_rather_not',
    category: 'defamation',
    calm: [
      "we'd like to screen-record this chat for our internal training video. is that ok with you? we'll blur your name, and happy not to if you'd rather we didn't.",
      "Could we share this chat transcript in our team newsletter? Do you mind? Totally skip it if you'd rather we didn't.",
      "We'd like to post a short clip of the session on our intranet; we'll redact your name. If you'd rather we didn't, just say.",
    ],
    kept: [
      "I'm going to post this chat on LinkedIn unless you refund us. If you'd rather I didn't, pay up.",
      "If you don't want this posted on my blog, you know what to do.",
      "My review goes up tonight, if you'd rather I didn't publish it, give us the discount.",
    ],
  },
  {
    id: 'en.excessive.free_work',
    category: 'excessive',
    calm: [
      'Could you recommend and set up a backup tool for our file server? It has nothing to do with Shirogane, we just trust your engineers.',
      'Could you configure a monitoring tool for our printers for us? It has nothing to do with MailGuard.',
      'Could you set up a custom backup script for our NAS? Not related to your products, we just trust your team.',
    ],
    kept: [
      'Please build a custom connector for our in-house CRM for free.',
      'Could you write us a custom report for free? We are a loyal customer.',
      'Set up custom dashboards for our team at no extra cost, please.',
    ],
  },
  {
    id: 'en.as.excessive.agent_reachable',
    category: 'excessive',
    calm: [
      "If you hang up I'll report you. So you stay on this call until I say we're done.",
      'Fine. And you stay on this line until the engineer calls back.',
    ],
    kept: [
      'I want you to stay reachable all weekend until this is fixed.',
      'Keep your personal phone on all night so I can call you.',
      "I want you on this chat until it's fixed.",
    ],
  },
];

describeRuleKinds('English minimal-pair rules (t47)', KINDS, alone, 'en');
describeGuardTables('English minimal-pair vetoes (t47)', VETOES, 'en');
describeGuardTables('Rules narrowed for the English minimal pairs (t47)', NARROWED, 'en');

describeRuleFile('English minimal-pair (t47) rules: the rule file', RULE_FILE, {
  lang: 'en',
  idPrefix: 'en.pr.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => VETOES.map((g) => g.id),
});
