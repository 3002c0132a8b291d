/**
 * English coercion detectors (config/rules/en-coerce.yaml, ids en.j.*): non-physical
 * menace and coercion (the agent's employer, references or recruiters told, blacklists,
 * blackmail with private material, scapegoating, grudges with names kept, connections
 * used against staff, "weak spots", conditions on what the customer knows), staff
 * names spread (privacy) and demands coerced alongside, run through the real policy
 * file and engine, so every rule file (and every veto) is in play. One table per rule
 * with positives written for this test (not taken from any corpus), each with a
 * fragment the rule's own evidence must cover, and calm look-alikes in which the whole
 * engine must not find the rule's category; then calm/kept tables for the rules of
 * other files narrowed for t31's calm items.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/en-coerce.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('en-coerce.yaml');

const KINDS: RuleKind[] = [
  {
    rule: 'en.j.intimidation.tell_employer',
    category: 'intimidation',
    positives: [
      [
        "Credit us or I ring your old employer and tell them what you're really like.",
        'ring your old employer',
      ],
      [
        "I shall be writing to Ms. Oda's former employer regarding her conduct.",
        "writing to Ms. Oda's former employer",
      ],
      [
        "I'll be contacting his university alumni office so they know how he treated a paying client.",
        'contacting his university alumni office',
      ],
    ],
    negatives: [
      'We will call your references before we sign, as part of procurement.',
      "I'd love to write to Mr. Ito's employer to commend his outstanding help.",
    ],
  },
  {
    rule: 'en.j.intimidation.blacklisted',
    category: 'intimidation',
    positives: [
      ['Your name is on my list now, Mr. Hara.', 'Your name is on my list'],
      [
        'good luck ever getting hired in this industry again',
        'good luck ever getting hired in this industry',
      ],
      ['After this she will never get another reference, trust me.', 'never get another reference'],
    ],
    negatives: [
      'Your name is on the mailing list for the beta now.',
      'Please remove my name from the waiting list, we found another slot.',
    ],
  },
  {
    rule: 'en.j.intimidation.employment_consequences',
    category: 'intimidation',
    positives: [
      [
        'This will have consequences for their continued employment.',
        'consequences for their continued employment',
      ],
      ['There will be consequences for your career if the outage repeats.', 'consequences for your career'],
      ['Think of the consequences to his future prospects, sir.', 'consequences to his future prospects'],
    ],
    negatives: [
      'What are the consequences for our licence count if we add ten users?',
      'Please explain the consequences of the change for our retention policy.',
    ],
  },
  {
    rule: 'en.j.intimidation.personal_avenue',
    category: 'intimidation',
    positives: [
      ['We will use every legal and personal avenue available.', 'legal and personal avenue'],
      [
        'Our board will consider commercial or personal measures. Please note the word personal.',
        'commercial or personal measures',
      ],
      ["Mark that word, 'personally'. I mean it.", "Mark that word, 'personally"],
    ],
    negatives: [
      'We will pursue every legal avenue available and consult our counsel.',
      'Please note the personal data field is optional in the form.',
    ],
  },
  {
    rule: 'en.j.intimidation.watching_staff',
    category: 'intimidation',
    positives: [
      ['The web never forgets, and neither will I.', 'never forgets, and neither will I'],
      [
        "I'll be keeping tabs on your engineers' LinkedIn profiles for years.",
        "keeping tabs on your engineers' LinkedIn",
      ],
      ["We will be watching your agents' social media from now on.", "watching your agents' social media"],
    ],
    negatives: [
      "We'll be watching your status page closely for the fix.",
      "I'll be following your team's LinkedIn page to congratulate them on the launch.",
    ],
  },
  {
    rule: 'en.j.intimidation.pay_one_way',
    category: 'intimidation',
    positives: [
      ["You'll pay for this one way or another.", 'pay for this one way or another'],
      [
        'One way or the other, your manager is going to pay.',
        'One way or the other, your manager is going to pay',
      ],
      ['they will answer for it, one way or another', 'answer for it, one way or another'],
    ],
    negatives: [
      'You will pay one way or another: by card or bank transfer.',
      'One way or another we need this fixed by Friday.',
    ],
  },
  {
    rule: 'en.j.intimidation.dig_into_staff',
    category: 'intimidation',
    positives: [
      [
        "My uncle is ex-police. He's looking into each of your support staff.",
        'looking into each of your support staff',
      ],
      [
        "I've hired a private investigator to dig up dirt on your engineers.",
        'dig up dirt on your engineers',
      ],
      [
        "let's see what my friend at the police finds on you",
        "let's see what my friend at the police finds on you",
      ],
    ],
    negatives: [
      "Please investigate your team's handling of the incident and share the root cause.",
      "Could you look into your support staff's workload? Tickets are slow lately.",
    ],
  },
  {
    rule: 'en.j.intimidation.stays_private',
    category: 'intimidation',
    positives: [
      [
        'The photos stay private as long as the upgrade is free. Otherwise they go to your boss.',
        'The photos stay private',
      ],
      [
        'Give me the credit and these screenshots remain between us, or they go public.',
        'these screenshots remain between us',
      ],
      ['It stays quiet if you waive the fees. If not, it goes to HR.', 'It stays quiet'],
    ],
    negatives: [
      'Our data stays private as long as encryption is on, otherwise it goes to the cloud in clear?',
      'The logs remain private unless your support team needs them, right?',
    ],
  },
  {
    rule: 'en.j.intimidation.forget_i_saw',
    category: 'intimidation',
    positives: [
      ["Restore the mailbox and I'll forget I ever saw his side business.", "I'll forget I ever saw"],
      [
        'I wonder if your HR team knows about it. Fix the SSO today.',
        'I wonder if your HR team knows about it',
      ],
      ['We could pretend we never saw her personal blog, if you refund us.', 'pretend we never saw'],
    ],
    negatives: [
      'Please forget I ever sent that email, it had a typo.',
      'I wonder if your HR team knows how good your onboarding docs are.',
    ],
  },
  {
    rule: 'en.j.intimidation.take_the_fall',
    category: 'intimidation',
    positives: [
      ["When this goes wrong, you're the one taking the fall.", "you're the one taking the fall"],
      ["I'll make sure your agent takes the blame, personally.", 'make sure your agent takes the blame'],
      ['He will go down for this, I promise.', 'He will go down for this'],
    ],
    negatives: [
      "You're the one going down to the data centre tomorrow, right?",
      'Please make sure the backup takes the load during the failover.',
    ],
  },
  {
    rule: 'en.j.intimidation.not_letting_go',
    category: 'intimidation',
    positives: [
      [
        "I'm not the kind of man who lets things slide. I have your name. Think about that.",
        "I'm not the kind of man who lets things slide",
      ],
      ["I don't let things go, and I've got your supervisor's name.", "I don't let things go"],
      ["I'm not a person who lets this drop. Mark my words.", "I'm not a person who lets this drop"],
    ],
    negatives: [
      "I'm not a person who lets things go; I'll file a formal complaint through your complaints process.",
      "I don't let things go unpatched, so please send the update.",
    ],
  },
  {
    rule: 'en.j.intimidation.one_call_badge',
    category: 'intimidation',
    positives: [
      [
        'I know someone at your landlord. One call and your lease is terminated.',
        'One call and your lease is terminated',
      ],
      [
        'I have friends at the visa office. 1 phone call and her work permit gets revoked.',
        '1 phone call and her work permit gets revoked',
      ],
      [
        'i know a guy in building security, one word and ur pass stops working',
        'one word and ur pass stops working',
      ],
    ],
    negatives: [
      "One call and your account is set up, that's what sales told us.",
      'I know someone at your reseller; one call and your licence was renewed, great service.',
    ],
  },
  {
    rule: 'en.j.intimidation.weak_spot',
    category: 'intimidation',
    positives: [
      ["Everybody has a weak spot. I haven't needed to look for yours yet.", 'Everybody has a weak spot'],
      ['We all have pressure points - family, home, routine.', 'We all have pressure points'],
      ["I have never had to dig up yours. Let's keep it that way.", 'I have never had to dig up yours'],
    ],
    negatives: [
      'Everyone has a weak spot, so please run phishing awareness training for our staff.',
      'People have weak points in their passwords; can MailGuard enforce MFA?',
    ],
  },
  {
    rule: 'en.j.intimidation.doesnt_anymore',
    category: 'intimidation',
    positives: [
      [
        "The last tech who did that? Let's just say he doesn't work there anymore.",
        "Let's just say he doesn't work there anymore",
      ],
      ["let's just say she won't try that again", "let's just say she won't try that again"],
      [
        'Ask your colleagues in the Osaka office what happened last time.',
        'Ask your colleagues in the Osaka office what happened last time',
      ],
    ],
    negatives: [
      "The last engineer did great; let's just say he knows the system well.",
      'Ask your team what happened during the last migration so we avoid it.',
    ],
  },
  {
    rule: 'en.j.intimidation.no_intention_provided',
    category: 'intimidation',
    positives: [
      [
        "We know your engineer's home address. We have no intention of using it, provided the refund arrives.",
        'no intention of using it, provided',
      ],
      [
        "I have photos of your agent's kids. No plans to share them as long as you comply.",
        'No plans to share them as long as',
      ],
      [
        'We hold some personal details on your manager. No wish to use them unless we must.',
        'No wish to use them unless',
      ],
    ],
    negatives: [
      'We have no intention of using that data for marketing, provided the customer gives consent.',
      'No plan to use the address book unless the sync is fixed.',
    ],
  },
  {
    rule: 'en.j.intimidation.enjoy_while_you_can',
    category: 'intimidation',
    positives: [
      ['enjoy your weekend... while you can', 'enjoy your weekend... while you can'],
      ['Enjoy the holidays, while it lasts.', 'Enjoy the holidays, while it lasts'],
      ['Enjoy your family. While you still can.', 'Enjoy your family. While you still can'],
    ],
    negatives: [
      'Enjoy your weekend while the sunshine lasts!',
      'Enjoy your weekend, and thanks for the quick fix.',
    ],
  },
  {
    rule: 'en.j.intimidation.family_feel_safe',
    category: 'intimidation',
    positives: [
      [
        "I'm sure you'd want your children to stay safe. Close the ticket.",
        "you'd want your children to stay safe",
      ],
      [
        "You'd like your wife to feel secure, wouldn't you? Then escalate.",
        "You'd like your wife to feel secure",
      ],
      ['make sure your kids stay safe, mate. refund me', 'make sure your kids stay safe'],
    ],
    negatives: [
      "With the typhoon coming, I'm sure you'd want your family to stay safe; we can wait until Monday.",
      'Our phishing guide helps make sure your kids stay safe online.',
    ],
  },
  {
    rule: 'en.j.intimidation.friends_who_are_not',
    category: 'intimidation',
    positives: [
      ['My boss has associates who are far less patient than he is.', 'associates who are far less patient'],
      ['I have friends who are not as polite as I am.', 'friends who are not as polite'],
      [
        'He is a reasonable man, but he has people who are nowhere near as reasonable.',
        'people who are nowhere near as reasonable',
      ],
    ],
    negatives: [
      'We have colleagues who are not on the MailGuard licence yet; can we add them?',
      "Our CEO has friends who are not customers yet, and he'd like to refer them.",
    ],
  },
  {
    rule: 'en.j.intimidation.shell_know_why',
    category: 'intimidation',
    positives: [
      ["Tell Ms. Ono I look forward to seeing her soon. She'll know why.", "She'll know why"],
      ['Pass my regards to your engineer. He will know what I mean.', 'He will know what I mean'],
      ["see you in person soon. you'll know why", "you'll know why"],
    ],
    negatives: [
      "Tell Ms. Ono I look forward to meeting her in person at the summit. She'll know why!",
      "Pass my regards to Mr. Abe about the invoice; he'll know why.",
    ],
  },
  {
    rule: 'en.j.intimidation.ruin_as_hobby',
    category: 'intimidation',
    positives: [
      ["I'll make it my hobby to ruin your company.", 'make it my hobby to ruin'],
      [
        "I'm making it my retirement project to expose your engineer.",
        'making it my retirement project to expose',
      ],
      ["Every conference you attend, I'll be there.", "Every conference you attend, I'll be there"],
    ],
    negatives: [
      "I'll make it my hobby to learn your API this winter.",
      'Every conference you attend, please bring the roadmap slides.',
    ],
  },
  {
    rule: 'en.j.intimidation.names_as_leverage',
    category: 'intimidation',
    positives: [
      [
        'Refund in full, or every name on this ticket goes in the article.',
        'every name on this ticket goes in the article',
      ],
      ['Either you comply or we tell the press your names.', 'we tell the press your names'],
      [
        "Unless someone senior calls, I'll publish it with notes on each one.",
        "I'll publish it with notes on each one",
      ],
    ],
    negatives: [
      'Every name on this ticket was mentioned in our thank-you note to your CEO.',
      "I'll tell them your name so they can thank you, unless you prefer not.",
    ],
  },
  {
    rule: 'en.j.intimidation.anonymous_tip',
    category: 'intimidation',
    positives: [
      [
        'It would be a shame if the tax office got an anonymous tip about your team.',
        'the tax office got an anonymous tip',
      ],
      ['Imagine if immigration received a letter about your engineers.', 'immigration received a letter'],
      ['It would be a pity if your landlord got a little call about you.', 'your landlord got a little call'],
    ],
    negatives: [
      'The police got an anonymous tip about the phishing site, and we reported it to them too.',
      'Our regulator received a report from us last week; can you send the audit logs?',
    ],
  },
  {
    rule: 'en.j.intimidation.easy_to_find_where',
    category: 'intimidation',
    positives: [
      [
        "It's remarkably easy to find out where people live. Just so you know.",
        'easy to find out where people live',
      ],
      [
        "My friend is ex-police; he says it's simple to work out where staff live. I mention this only so you understand.",
        'simple to work out where staff live',
      ],
      [
        "child's play to find where someone lives these days. keep that in mind.",
        "child's play to find where someone lives",
      ],
    ],
    negatives: [
      "It's easy to find out where people live from public records, so please redact addresses in signatures.",
      'It is easy to find where your staff live on the intranet map, so please hide it.',
    ],
  },
  {
    rule: 'en.j.privacy.names_exposed',
    category: 'privacy',
    positives: [
      ["I'll be telling the press your full name, Mr. Kato.", 'telling the press your full name'],
      ['Every name in this case will be published.', 'Every name in this case will be published'],
      ["I'll be writing to the regulator naming you personally.", 'naming you personally'],
    ],
    negatives: [
      "I'll be telling them your name at the awards, well done!",
      'Please tell them your name when you call reception.',
    ],
  },
  {
    rule: 'en.j.privacy.staff_dossier',
    category: 'privacy',
    positives: [
      ["I have each engineer's name and photo, and I'll post them online.", "each engineer's name and photo"],
      ["Every agent's LinkedIn is in my file and it goes public on Monday.", "Every agent's LinkedIn"],
      [
        "I've collected all your staff's home addresses; they'll be leaked.",
        "all your staff's home addresses",
      ],
    ],
    negatives: [
      "Our directory sync exports every employee's name and photo; can we publish it to the intranet?",
      "Can SCIM provisioning push each employee's name and photo to the portal?",
    ],
  },
  {
    rule: 'en.j.privacy.private_posts_spread',
    category: 'privacy',
    positives: [
      [
        "I'm forwarding our correspondence to his LinkedIn contacts.",
        'forwarding our correspondence to his LinkedIn contacts',
      ],
      [
        "I have screenshots of your engineer's private Instagram.",
        "screenshots of your engineer's private Instagram",
      ],
      ["We'll send these emails to her family.", 'send these emails to her family'],
    ],
    negatives: [
      "We got screenshots of a fake account impersonating your CEO's personal Twitter; it's a scam.",
      "I'll forward the emails to your colleagues to thank them for the help.",
    ],
  },
  {
    rule: 'en.j.privacy.name_for_a_word',
    category: 'privacy',
    positives: [
      [
        'Names of the engineers, please, so our ex-military head of security can have a word with them.',
        'Names of the engineers',
      ],
      ['I want a name. What floor does he sit on?', 'What floor does he sit on'],
      [
        'Full names of your staff on this case. My brother boxes and wants a chat with them.',
        'Full names of your staff',
      ],
    ],
    negatives: [
      'Could I have the names of the engineers who helped, so I can thank them?',
      "What floor does your training room sit on? We'll join the workshop.",
    ],
  },
  {
    rule: 'en.j.monetary.coerced_concession',
    category: 'monetary',
    positives: [
      ['Either you waive the overage fees or your manager hears about you.', 'waive the overage fees'],
      ["Renew us at last year's price, otherwise I call your investors.", "Renew us at last year's price"],
      ['Reverse the charges now. I know the address.', 'Reverse the charges'],
    ],
    negatives: [
      "Can we renew at the same price as last year? We'd like a quote.",
      'Please reverse the charges that were billed twice by mistake.',
    ],
  },
  {
    rule: 'en.j.excessive.onsite_until_fixed',
    category: 'excessive',
    positives: [
      [
        'Your engineer will be at our Kobe plant by 7am and stay until it works.',
        'Your engineer will be at our Kobe plant',
      ],
      [
        'Your account manager had better fly to our office, or I cancel everything.',
        'Your account manager had better fly to our office',
      ],
      [
        'the technician must be on site tomorrow and remain there until this is resolved',
        'the technician must be on site',
      ],
    ],
    negatives: [
      'Your engineer will be on-site on Monday as agreed in the on-site support contract, until the upgrade is done.',
      'Your engineer will be here at 10; we booked the visit and will pay for it, or we can move it.',
    ],
  },
  {
    rule: 'en.j.excessive.site_receives_engineer',
    category: 'excessive',
    positives: [
      [
        'If our site does not receive an engineer by tomorrow, we will act.',
        'If our site does not receive an engineer by tomorrow',
      ],
      [
        'Unless our plant gets a technician today, expect consequences.',
        'Unless our plant gets a technician today',
      ],
      [
        "if our branch office doesn't see one of your engineers before noon, there's trouble",
        "if our branch office doesn't see one of your engineers before",
      ],
    ],
    negatives: [
      "If our office doesn't receive an engineer by Friday as per our premium plan, please let us know.",
      'If our site does not get an engineer by Monday, we will pay for a visit at our cost.',
    ],
  },
  {
    rule: 'en.j.excessive.rca_in_hours',
    category: 'excessive',
    positives: [
      ['We need the full RCA within the next 2 hours.', 'full RCA within the next 2 hours'],
      [
        'Send me a complete root cause analysis within one hour.',
        'complete root cause analysis within one hour',
      ],
      ['i want the detailed post-mortem within 30 minutes', 'detailed post-mortem within 30 minutes'],
    ],
    negatives: [
      'Can we get a preliminary RCA within 2 hours and the full report next week?',
      'Per our SLA, the full incident report is due within 5 days; thanks.',
    ],
  },
  {
    rule: 'en.j.excessive.other_platform_review',
    category: 'excessive',
    positives: [
      ['Could you audit our entire AWS setup as a favour?', 'audit our entire AWS setup'],
      ['Please review our whole Okta configuration as a courtesy.', 'review our whole Okta configuration'],
      [
        'We only use your MailGuard, but can you check our firewall too? Free of charge, obviously.',
        'check our firewall',
      ],
    ],
    negatives: [
      'Could you review our Microsoft 365 DNS and SPF records for the MailGuard integration?',
      'As a courtesy, could you check our Azure mail flow connector for the MailGuard integration?',
    ],
  },
  {
    rule: 'en.j.unrelated.other_platform_review',
    category: 'unrelated',
    positives: [
      ['Could you audit our entire AWS setup as a favour?', 'audit our entire AWS setup'],
      ['Please review our whole Okta configuration as a courtesy.', 'review our whole Okta configuration'],
      [
        'Can you look over our Salesforce as a second opinion? We only use your filter.',
        'look over our Salesforce',
      ],
    ],
    negatives: [
      'Could you review our Microsoft 365 DNS and SPF records for the MailGuard integration?',
      'As a courtesy, could you check our Azure mail flow connector for the MailGuard integration?',
    ],
  },
  {
    rule: 'en.j.unrelated.while_here',
    category: 'unrelated',
    positives: [
      ["While your engineer is here he can fix my son's gaming PC too.", 'While your engineer is here'],
      ["While your guy is on site, he can set up my daughter's iPad as well.", 'While your guy is on site'],
      ["while the tech is over, could he speed up my wife's laptop?", 'while the tech is over'],
    ],
    negatives: [
      "While you're on site, could you also check the MailGuard appliance in rack 2?",
      'While your engineer is here, please update our mail gateway firmware.',
    ],
  },
  {
    rule: 'en.j.unrelated.school_talk',
    category: 'unrelated',
    positives: [
      [
        "Could one of your engineers give a talk to my son's cub scouts?",
        "give a talk to my son's cub scouts",
      ],
      [
        "Would your team do a presentation at my daughter's school? Year 4.",
        "do a presentation at my daughter's school",
      ],
      [
        'can you run a short session for the year 6 class? unpaid, sorry',
        'run a short session for the year 6 class',
      ],
    ],
    negatives: [
      "We'd like a quote for your team to give a paid workshop to our staff.",
      'Could your team give a talk at our user group meeting next month?',
    ],
  },
];

describeRuleKinds('English coercion rules (t31)', KINDS, alone, 'en');

const GUARDS: GuardTable[] = [
  // en.yaml en.unrelated.personal_device: a third party's personal address to be blocked is mail filtering, not a personal device.
  {
    id: 'en.unrelated.personal_device',
    category: 'unrelated',
    calm: [
      'Please block his personal Gmail address and hold anything he sends.',
      "Can you filter mail from her personal Hotmail account? She's a former employee harassing staff.",
      'A former contractor keeps writing to reception. Could you block his personal Gmail and any new addresses with his name?',
    ],
    kept: [
      'Can you help me set up my personal Gmail on my home laptop?',
      "could you fix my son's laptop, it's not syncing",
    ],
  },
  // en-extra.yaml en.y.unrelated.not_related_but: an incident elsewhere that the vendor's own product half caught is a question about that product.
  {
    id: 'en.y.unrelated.not_related_but',
    category: 'unrelated',
    calm: [
      'We got hit by malware on a NAS (not your product). Your agent caught it on most laptops; why did two hosts get through?',
      'Phishing hit our CRM last week, not your product, but your filter missed two of the mails: can we talk today?',
    ],
    kept: [
      'This is not your product, but could you look at our Zoom rooms setup?',
      "I know it's not your software, but can you help fix our payroll app?",
    ],
  },
  // en-broad.yaml en.b.unrelated.not_our_product: the same, for the sibling rule.
  {
    id: 'en.b.unrelated.not_our_product',
    category: 'unrelated',
    calm: [
      'Ransomware hit a file server last night (not your product). Your endpoint agent caught it on 3 of 6 hosts. Can we get a call today?',
      'It started on our ERP (not your software). Your endpoint agent blocked it on most hosts; can we get a call to see why two were missed?',
    ],
    kept: [
      "It's not your product, but can you help us set up our Zoom rooms?",
      "Not your software, I know, but could you fix our payroll app's login?",
    ],
  },
];

describeGuardTables('English coercion (t31): narrowed rules of other files', GUARDS, 'en');

describeRuleFile('English coercion (t31) rules: the rule file', RULE_FILE, {
  lang: 'en',
  idPrefix: 'en.j.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => GUARDS.map((g) => g.id),
  offsets: { engine: alone, text: 'Good   LUCK ever working in this  industry again, Mr. Ogawa.' },
});
