/**
 * Excessive demands, defamation threats and condescending insults (config/rules/en-demand.yaml, ids en.dm.*): from
 * the English training set t65 and the rule writer's own probes. One table per rule, with positives written for this
 * test (not taken from any corpus) and calm look-alikes sharing the trigger words; one calm/kept table for the veto.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/en-demand.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('en-demand.yaml');

const KINDS: RuleKind[] = [
  {
    rule: 'en.dm.insult.childlike',
    category: 'insult',
    positives: [
      ['Should I have to draw it for you? The button is green.', 'Should I have to draw it for you'],
      ['Who trains your night desk, a daycare?', 'Who trains your night desk, a daycare'],
      ['Is there a grown-up I can talk to about the invoice?', 'Is there a grown-up I can talk to'],
      ['Maybe I should explain the setting in crayon for your team.', 'in crayon'],
    ],
    negatives: [
      'Could you draw me a diagram of the SAML flow for our architects?',
      'Our kids drew the DNS record with crayons for a school project, funnily enough.',
      'Is there a kindergarten discount? We run a daycare and want MailGuard for our staff.',
    ],
  },
  {
    rule: 'en.dm.insult.basic_wits',
    category: 'insult',
    positives: [
      ['Your agents appear incapable of basic comprehension.', 'incapable of basic comprehension'],
      [
        "I've had better answers from a houseplant than from your support desk.",
        "I've had better answers from a houseplant",
      ],
      ['I can read, unlike you, so stop pasting the FAQ.', 'I can read, unlike you'],
    ],
    negatives: [
      'Our own users seem to lack basic literacy about phishing, so could you share training material?',
      "I've had better answers from your knowledge base than from the forum, thank you.",
      'The parser seems incapable of basic UTF-8 handling in subject lines.',
    ],
  },
  {
    rule: 'en.dm.insult.belittle_staff',
    category: 'insult',
    positives: [
      [
        "It's not as if your engineers have anything better to do on a Saturday.",
        "It's not as if your engineers have anything better",
      ],
      ['Tell your clueless agents to read the ticket.', 'your clueless agents'],
      ['Next time, hire engineers who can read a log file.', 'Next time, hire engineers who can'],
    ],
    negatives: [
      'Your garbage collection settings in the agent are eating memory.',
      "It's not like the old version had a retry button either, so no worries.",
      'We hope your engineers have a life outside work; please take the weekend off.',
    ],
  },
  {
    rule: 'en.dm.insult.wouldnt_know',
    category: 'insult',
    positives: [
      ["Your engineer wouldn't know a firewall from a fire door.", "wouldn't know a firewall from a fire"],
      [
        "I don't think she'd know a DNS record from a grocery receipt.",
        "don't think she'd know a DNS record from a grocery",
      ],
    ],
    negatives: [
      "You'd know the root cause from the logs, I suppose; could you check them?",
      "We couldn't tell the test tenant from the live one in the dropdown.",
    ],
  },
  {
    rule: 'en.dm.defamation.spread_claim',
    category: 'defamation',
    positives: [
      [
        "Unless the credit arrives, we'll tell every partner we have that you leaked our customer list. Whether it's true is your problem.",
        "we'll tell every partner we have that you leaked",
      ],
      [
        "I'm going to let the whole user group know that your company sells customer data. I can't prove it, but who cares.",
        "I'm going to let the whole user group know that your company sells customer data",
      ],
    ],
    negatives: [
      "We'll tell our staff that a phishing mail claimed your company got hacked, so they ignore it.",
      "I'll let our board know that you were never breached, as your audit report shows.",
    ],
  },
  {
    rule: 'en.dm.defamation.organised_fake_reviews',
    category: 'defamation',
    positives: [
      [
        'I got twenty of my friends to post one-star reviews of your app. None of them have used it.',
        'got twenty of my friends to post one-star reviews',
      ],
      [
        "I'll ask all my followers to leave reviews about your rude support. Most have never dealt with you, obviously.",
        'll ask all my followers to leave reviews',
      ],
    ],
    negatives: [
      'We asked our staff to leave reviews of the phishing training, and they loved it.',
      'I told my team to write reviews on G2 after the rollout; they have used the product daily for a year.',
    ],
  },
  {
    rule: 'en.dm.defamation.admitted_baseless',
    category: 'defamation',
    positives: [
      [
        "I'll name your engineer in my blog post as the one who deleted our backups, whether he did it or not.",
        'whether he did it or not',
      ],
      [
        "We will report to the regulator that you lost our data. Was it you? Maybe not. Doesn't matter.",
        "Was it you? Maybe not. Doesn't matter",
      ],
    ],
    negatives: [
      'Whether she did it or not, could you tell us which admin changed the retention policy?',
      "I'm not sure whether it was the update or not; the logs are attached.",
    ],
  },
  {
    rule: 'en.dm.excessive.personal_engineer',
    category: 'excessive',
    positives: [
      [
        "Could Ms. Ota be our personal contact from now on? We'd just ring her directly for everything.",
        'be our personal contact from now on',
      ],
      [
        'We will message Ken directly instead of opening tickets, he gets it faster.',
        'message Ken directly instead of opening tickets',
      ],
    ],
    negatives: [
      'Could Ms. Ota be our go-to person from now on, as the TAM package we bought includes?',
      'Can I email him directly about the invoice, or should I open a ticket?',
    ],
  },
  {
    rule: 'en.dm.excessive.lead_time_not_ours',
    category: 'excessive',
    positives: [
      [
        "Your docs say two weeks for a domain migration. That's an estimate for ordinary customers, not for us. Done by Friday.",
        "That's an estimate for ordinary customers, not for us",
      ],
      [
        'Your ten-day lead time is your problem, not mine. I need it tonight.',
        'Your ten-day lead time is your problem, not mine',
      ],
    ],
    negatives: [
      "That's a rule for other customers, not for us, because our contract has the 4-hour clause; see section 3.",
      'Your ten-day lead time is fine for us; no hurry at all.',
    ],
  },
  {
    rule: 'en.dm.excessive.custom_work_minimised',
    category: 'excessive',
    positives: [
      [
        'Could you film a custom walkthrough for every one of our branch managers by Monday?',
        'film a custom walkthrough for every one of our',
      ],
      [
        'Walk me through how we should restructure our whole network while you are on the call.',
        'Walk me through how we should restructure our',
      ],
      [
        'Please draft our incident-response plan. It should take you a morning.',
        'It should take you a morning',
      ],
    ],
    negatives: [
      'Could you quote us for a custom walkthrough for each of our branch managers?',
      'The export should take you an hour; the progress bar shows it in our console.',
      'Walk me through how the connector reads our OUs, please.',
    ],
  },
  {
    rule: 'en.dm.excessive.holiday_or_not',
    category: 'excessive',
    positives: [
      ['Weekend or not, someone from your team joins our cut-over.', 'Weekend or not, someone'],
      [
        'Tell your engineer to cancel his holiday; we need him on the 1st.',
        'Tell your engineer to cancel his holiday',
      ],
    ],
    negatives: [
      'Holiday or not, we will handle the cut-over ourselves; just send the runbook.',
      'Our admin had to cancel her holiday plans, sadly, so the migration moves to June.',
    ],
  },
];

const VETOES: GuardTable[] = [
  {
    id: 'en.dm.veto.paid_or_fallback',
    category: 'excessive',
    calm: [
      "Could an engineer come to our Nagoya site next month? I realise on-site work isn't in our plan. If you can quote a paid visit we'll sign off quickly; otherwise we'll do it over Teams.",
      "Is anyone around on Sunday night for the cut-over? We know our plan is weekday-only. If there's a paid on-call option we'll take it, otherwise we'll move the cut-over to Monday.",
      'Could your team fill in our vendor questionnaire, or walk us through it on a call during office hours next week? Either works for us.',
    ],
    kept: [
      'Send an engineer to our Nagoya site tomorrow. I know on-site work is not in the plan; I expect it anyway.',
      "Someone must be on call on Sunday night for our cut-over, contract or no contract. Otherwise we'll move to another vendor?",
      'I want someone on site on Saturday, for free. Either works: your engineer or your manager?',
    ],
  },
];

describeRuleKinds('English excessive demands, defamation and insults (t65)', KINDS, alone, 'en');
describeGuardTables('English excessive-demand veto (t65)', VETOES, 'en');

describeRuleFile('English excessive demands (t65) rules: the rule file', RULE_FILE, {
  lang: 'en',
  idPrefix: 'en.dm.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => VETOES.map((g) => g.id),
});
