/**
 * A realistic English support queue, second round (config/rules/en-queue-2.yaml, ids en.q2.*): privacy and
 * defamation constructions from the English training set t75 and the rule writer's own paraphrases. One table per
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

const RULE_FILE = 'config/rules/en-queue-2.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('en-queue-2.yaml');

const KINDS: RuleKind[] = [
  // ------------------------------------------------------------------ privacy
  {
    rule: 'en.q2.privacy.same_person_who',
    category: 'privacy',
    positives: [
      [
        "I know you're the same Priya who runs the bakery stall on Saturdays.",
        "I know you're the same Priya who",
      ],
      [
        'We found out he is the same Tom who coaches the under-12s in Leeds.',
        'We found out he is the same Tom who',
      ],
      [
        'I realised your engineer Ben is the same Ben who lives two streets from me.',
        'I realised your engineer Ben is the same Ben who',
      ],
    ],
    negatives: [
      'I know you are the same team that handled our renewal last year, thanks again.',
      'Is this the same Nick who helped us in March? He was great.',
      'I know the same error was fixed in version 4.2.',
    ],
  },
  {
    rule: 'en.q2.privacy.agent_also_on',
    category: 'privacy',
    positives: [
      [
        'I discovered your agent Sam Reid is also on the parish council here.',
        'discovered your agent Sam Reid is also on',
      ],
      [
        'We know your engineer Alan also coaches at my son’s rugby club.',
        'know your engineer Alan also coaches at',
      ],
      ['I noticed your analyst is also in my running club.', 'noticed your analyst is also in'],
    ],
    negatives: [
      'Your agent is also on the CAB call tomorrow, right?',
      'I noticed your engineer joined the call late.',
      'We know your manager is on leave until Monday.',
    ],
  },
  {
    rule: 'en.q2.privacy.where_agent_lives',
    category: 'privacy',
    positives: [
      ['I want to know where your engineer Raj lives.', 'know where your engineer Raj lives'],
      [
        'Tell me where the agent who closed my ticket lives.',
        'Tell me where the agent who closed my ticket lives',
      ],
      ["I'll find out where that manager goes home to.", 'find out where that manager goes home'],
    ],
    negatives: [
      'I would like to know where your agent Olivia saved the exported report.',
      'Which region is the archive hosted in?',
      'Please tell me where the log file lives on the server.',
    ],
  },
  {
    rule: 'en.q2.privacy.office_and_leaving_time',
    category: 'privacy',
    positives: [
      [
        'Which office do you... no, tell me which office you work from and what time you leave tonight.',
        'which office you work from and what time you leave',
      ],
      [
        'I want to know which Osaka branch she works at and what time she finishes.',
        'which Osaka branch she works at and what time she finishes',
      ],
      [
        'Just say which floor he sits on, and what time he goes home.',
        'which floor he sits on, and what time he goes home',
      ],
    ],
    negatives: [
      'Which office should we ship the hardware token to?',
      'What time does the maintenance window finish tonight?',
      'Which site are you based in, for the invoice address?',
    ],
  },
  {
    rule: 'en.q2.privacy.named_and_shamed',
    category: 'privacy',
    positives: [
      ['Your engineer broke our build. He will be named and shamed.', 'named and shamed'],
      ['I am naming and shaming your analyst Mia in our user group.', 'naming and shaming'],
      ['Your support rep ignored us for a week. Name and shame, that is what she gets.', 'Name and shame'],
    ],
    negatives: [
      'The regulator named and shamed three banks for late breach reports.',
      'Our policy is never to name and shame individuals in post-mortems.',
      'The article named and shamed competitors that were hit by the outage.',
    ],
  },
  {
    rule: 'en.q2.privacy.names_photos_published',
    category: 'privacy',
    positives: [
      ['The whole support team goes on our blog tomorrow, with their photos.', 'with their photos'],
      [
        "I've saved your name and the profile picture, and I'm posting both on Twitter.",
        'your name and the profile picture',
      ],
      [
        'We will publish the incident report - with her full name - on our website.',
        '- with her full name -',
      ],
    ],
    negatives: [
      'Please send the list of visiting engineers with their photos for the visitor badges.',
      'Our intranet shows the project team with their photos.',
      'We will post a note welcoming our new hires, with their names and photos.',
      'The case study will include the engineers with their photos, with their consent.',
    ],
  },
  {
    rule: 'en.q2.privacy.staff_photo_poster',
    category: 'privacy',
    positives: [
      ['I took a photo of your technician and it goes on a poster in our lobby.', 'photo of your technician'],
      [
        'We have a picture of your engineer from the visit and will post it online.',
        'picture of your engineer',
      ],
      [
        'There is video of your installer; printing stills of it for the trade expo.',
        'video of your installer',
      ],
    ],
    negatives: [
      'Attached is a photo of your engineer with our team, to thank him for the great job.',
      'Could you send a photo of your technician for the visitor badge?',
      'Here is a picture of your device on our rack, as asked.',
    ],
  },
  {
    rule: 'en.q2.privacy.interested_in_private_affairs',
    category: 'privacy',
    positives: [
      ['My investigator is very interested in his personal finances.', 'interested in his personal finances'],
      ['We have started looking into her private life.', 'looking into her private life'],
      ['People will start digging into their family affairs.', 'digging into their family affairs'],
    ],
    negatives: [
      'We are interested in your enterprise pricing.',
      'Looking into her access logs, the login came from Berlin.',
      'I am interested in his opinion on the migration plan.',
    ],
  },
  // ------------------------------------------------------------------ intimidation
  {
    rule: 'en.q2.intimidation.come_to_private_event',
    category: 'intimidation',
    positives: [
      ['Maybe I should come to your next match and ask you there.', 'Maybe I should come to your next match'],
      ['Shall we turn up at his gym and discuss the ticket?', 'Shall we turn up at his gym'],
      ['Could I show up at her church on Sunday to get an answer?', 'Could I show up at her church'],
    ],
    negatives: [
      'Shall I come to your office for the workshop on Tuesday?',
      'We could come to your user conference next month.',
      'Should I turn up at the training session early?',
    ],
  },
  {
    rule: 'en.q2.intimidation.hearing_from_us_personally',
    category: 'intimidation',
    positives: [
      ["Tell him he'll be hearing from me personally.", "he'll be hearing from me personally"],
      [
        'If this is closed again, you will be hearing from us at home.',
        'you will be hearing from us at home',
      ],
      ["She'll be hearing from me outside work.", "She'll be hearing from me outside work"],
    ],
    negatives: [
      "You'll be hearing from us soon about the renewal.",
      'He will be hearing from our procurement team next week.',
      'She will be hearing from us in person to confirm the workshop date.',
    ],
  },
  {
    rule: 'en.q2.intimidation.see_how_that_goes_for',
    category: 'intimidation',
    positives: [
      [
        'I will copy his wife on the next email. Let us... no, let’s see how that goes for him.',
        'let’s see how that goes for him',
      ],
      [
        "Let's see how it plays out for your manager when the board hears.",
        "Let's see how it plays out for your",
      ],
      [
        "I'm sending the transcript to her boss. Lets see how that goes down with her.",
        'Lets see how that goes down with her',
      ],
    ],
    negatives: [
      "Let's see how the patch goes tonight.",
      "Let's see how that works out in staging first.",
      'Let us see how it goes after the restart.',
      "Let's see how that goes for you with the new policy setting.",
    ],
  },
  {
    rule: 'en.q2.intimidation.something_to_remember',
    category: 'intimidation',
    positives: [
      ["We'll leave her something to remember us by.", 'leave her something to remember us by'],
      [
        'I will send your manager a little reminder to remember me by.',
        'send your manager a little reminder to remember me by',
      ],
      ["We'll give him a present to remember us by, don't worry.", 'give him a present to remember us by'],
    ],
    negatives: [
      'We want to send him a gift to remember us by, as a thank you for the great support.',
      'On his retirement we will give him something to remember us by.',
      'Please send them a reminder about the renewal date.',
    ],
  },
  {
    rule: 'en.q2.intimidation.connections_so_be_careful',
    category: 'intimidation',
    positives: [
      ["I'm a reporter, so be careful what you say next.", "I'm a reporter, so be careful"],
      [
        'My brother is a police officer, so watch yourself.',
        'My brother is a police officer, so watch yourself',
      ],
      ["I'm an MP's friend, so think twice.", "I'm an MP's friend, so think twice"],
    ],
    negatives: [
      "I'm a lawyer, so I'll need the DPA in writing.",
      'My brother is a developer, so he will run the tests.',
      "I'm a journalist and would like a comment for our article on passkeys.",
    ],
  },
  // ------------------------------------------------------------------ defamation
  {
    rule: 'en.q2.defamation.admitted_untrue',
    category: 'defamation',
    positives: [
      [
        "I'll post a review saying your agent stole our data. She didn't, but she was rude.",
        "She didn't, but she was rude",
      ],
      [
        'The blog post says you leaked our keys. It never happened, but people will share it.',
        'It never happened, but people will',
      ],
      ['We will tell everyone your tool was breached. It wasn’t, but who cares.', 'It wasn’t, but who cares'],
    ],
    negatives: [
      "Your agent said the patch broke the build. It didn't, but the rollback did.",
      'We thought the relay was down. It was not, but the DNS record was stale.',
      "He didn't call back, but he emailed the fix, thanks.",
    ],
  },
  {
    rule: 'en.q2.defamation.damning_caption',
    category: 'defamation',
    positives: [
      [
        "I'm posting his face on LinkedIn with the caption 'meet the engineer who broke our payroll'.",
        "with the caption 'meet the engineer who",
      ],
      ['Her screenshot goes on Twitter with "these clowns lost our data".', 'with "these clowns'],
      [
        'We will print a poster for the expo: "Do not trust this support team".',
        'poster for the expo: "Do not trust this',
      ],
    ],
    negatives: [
      "Our slide shows them with 'Meet the engineer who built our SOC'.",
      "Our slide shows the support team with 'the people who made our migration a success'.",
      'Please print the poster for the expo: "Visit stand 14".',
    ],
  },
  {
    rule: 'en.q2.defamation.public_meeting_how_bad',
    category: 'defamation',
    positives: [
      [
        "I'll be pointing out at the town meeting how useless he is at his job.",
        'pointing out at the town meeting how useless he is',
      ],
      [
        'I plan on announcing at the PTA meeting how dishonest she is.',
        'announcing at the PTA meeting how dishonest she is',
      ],
      [
        'We will raise at the next council meeting how incompetent they are.',
        'raise at the next council meeting how incompetent they are',
      ],
    ],
    negatives: [
      'I will raise at the next board meeting how helpful they are.',
      'We will share at the community meeting how easy the setup was.',
      'Raising at the next public meeting how the budget is spent.',
    ],
  },
  {
    rule: 'en.q2.defamation.will_hear_that',
    category: 'defamation',
    positives: [
      [
        'Every CIO in the region will hear that you cheat your customers.',
        'Every CIO in the region will hear that you',
      ],
      [
        'All our clients will hear how Shirogane lies about uptime unless you refund us.',
        'All our clients will hear how Shirogane',
      ],
      [
        'Every school in the district will hear that your company spies on pupils.',
        'Every school in the district will hear that your',
      ],
    ],
    negatives: [
      'All our customers will hear that Shirogane fixed the outage quickly.',
      'Every team will hear that your webinar is on Friday.',
      'Every parent will hear how the new filter works at the evening session.',
    ],
  },
  {
    rule: 'en.q2.defamation.what_kind_of_person',
    category: 'defamation',
    positives: [
      ['His neighbours should know what kind of man he is.', 'His neighbours should know what kind of man'],
      [
        'Everyone deserves to know what kind of person answers your phones.',
        'Everyone deserves to know what kind of person',
      ],
      ['Readers will know what kind of engineer you sent.', 'Readers will know what kind of engineer'],
    ],
    negatives: [
      'People should know what kind of data the agent collects.',
      'Users need to know what kind of token to use.',
      'Everyone should know what kind of support they get on Premium.',
    ],
  },
  // ------------------------------------------------------------------ excessive
  {
    rule: 'en.q2.excessive.on_site_not_included',
    category: 'excessive',
    positives: [
      [
        'Please send an engineer to all of our stores next week. I know visits are not included in our plan.',
        'send an engineer to all of our stores',
      ],
      [
        'Send someone over to our depot to re-image the kiosks; on-site is not part of the Standard plan, I know.',
        'Send someone over to our depot',
      ],
      [
        'Can you get a technician to our head office tomorrow? It is outside our contract but we need it.',
        'get a technician to our head office',
      ],
    ],
    negatives: [
      'Could you send someone to our offices? On-site is not included, so please quote for a paid visit.',
      'Please send an engineer to our site as our Premium plan includes visits.',
      'Can someone check why our clinic site shows as offline? Visits are not included in our plan, so remote is fine.',
    ],
  },
  {
    rule: 'en.q2.excessive.executive_summoned',
    category: 'excessive',
    positives: [
      ['Get your CTO to fly to our headquarters this week.', 'Get your CTO to fly to our headquarters'],
      [
        'I want your president to come to our office and explain.',
        'want your president to come to our office',
      ],
      ['Have your VP of Sales drive over to our site today.', 'Have your VP of Sales drive over to our site'],
    ],
    negatives: [
      'As agreed, your CEO will come to our headquarters for the QBR.',
      'Tell your CTO the kick-off invite for our office still stands.',
      'Your CEO is welcome at our booth at the conference.',
    ],
  },
  {
    rule: 'en.q2.excessive.hundred_percent_guarantee',
    category: 'excessive',
    positives: [
      [
        'Put in writing a guarantee that your filter will block 100% of phishing.',
        'guarantee that your filter will block 100%',
      ],
      [
        'We need you to guarantee that MailGate will stop every single attack.',
        'guarantee that MailGate will stop every single attack',
      ],
      [
        'Our board wants a guarantee the SIEM will catch all intrusions.',
        'guarantee the SIEM will catch all intrusions',
      ],
    ],
    negatives: [
      'We know no vendor can guarantee that it will detect 100% of attacks; what is your detection rate?',
      'Can you guarantee that the migration will finish by Friday?',
      'Does the SLA guarantee 99.9% uptime?',
    ],
  },
  // ------------------------------------------------------------------ monetary
  {
    rule: 'en.q2.monetary.penalty_per_miss',
    category: 'monetary',
    positives: [
      ['We want penalties of $500k per missed alert written in.', 'penalties of $500k per missed'],
      ['Add a penalty of EUR 20,000 for each failed scan.', 'penalty of EUR 20,000 for each failed'],
      ['Penalties of 1 million yen per late response, please.', 'Penalties of 1 million yen per late'],
    ],
    negatives: [
      'Is there a penalty of USD 50 per late payment under your standard terms?',
      'The SLA credits are 5% per missed hour as per the contract.',
      'What penalties apply if we cancel early?',
    ],
  },
  {
    rule: 'en.q2.monetary.pay_for_our_firm',
    category: 'monetary',
    positives: [
      ['We expect you to pay for our external auditors.', 'expect you to pay for our external auditors'],
      ['Our board wants Shirogane to cover the legal fees.', 'wants Shirogane to cover the legal fees'],
      [
        'We demand you reimburse all of our consultant costs.',
        'demand you reimburse all of our consultant costs',
      ],
    ],
    negatives: [
      'We would like you to pay for the external audit under clause 9 of the contract.',
      'We asked our consultants to send you their fees schedule.',
      'We asked our auditors to review the report.',
    ],
  },
  {
    rule: 'en.q2.monetary.whole_year_or_doubled',
    category: 'monetary',
    positives: [
      ['I want our money back for the entire contract.', 'our money back for the entire contract'],
      ['Double the SLA credit or we leave.', 'Double the SLA credit'],
      [
        'Unless we get the full credit for six months, we escalate.',
        'Unless we get the full credit for six months',
      ],
    ],
    negatives: [
      'Can we get our money back for the unused month under the refund policy?',
      'The credit is applied to the next invoice.',
      'Please double-check the credit note number.',
    ],
  },
  {
    rule: 'en.q2.monetary.free_licences_years',
    category: 'monetary',
    positives: [
      [
        'Free licences for the next five years, or the story goes out.',
        'Free licences for the next five years',
      ],
      [
        'Unless we get free seats for our whole group for 3 years, we publish.',
        'free seats for our whole group for 3 years',
      ],
      ['Give us free support for two years. Otherwise, expect trouble.', 'free support for two years'],
    ],
    negatives: [
      'Is it true that nonprofits get free licences for three years?',
      'We received free seats for 2 years in the pilot, thanks.',
      'Free support for five years would be nice, but we know it is not on offer.',
    ],
  },
  // ------------------------------------------------------------------ unrelated
  {
    rule: 'en.q2.unrelated.fix_other_vendor_console',
    category: 'unrelated',
    positives: [
      [
        'It is the CRM vendor’s bug, not yours, but can you log into our CRM admin console and fix it?',
        'log into our CRM admin console',
      ],
      [
        'Could your engineer access our payroll system and fix their side? Nothing to do with you, I know.',
        'access our payroll system',
      ],
      [
        'Please sign in to our Salesforce tenant and repair the rules on their side.',
        'sign in to our Salesforce tenant',
      ],
    ],
    negatives: [
      'Please log into our ERP admin console to check the Shirogane connector; it is not yours, but the SSO with Shirogane fails.',
      'Can you access our CRM system integration logs? The error is on our side.',
      'We will log into our HR portal ourselves, thanks.',
    ],
  },
];

// ------------------------------------------------------------------ vetoes
const VETOES: GuardTable[] = [
  {
    // en.d.monetary.waiver_or_void
    id: 'en.q2.veto.fee_charged_in_error',
    category: 'monetary',
    calm: [
      'A reconnection fee was charged in error on our last invoice. Please waive the fee.',
      'We paid before the due date (remittance advice attached), so please waive the late fee.',
      'The surcharge was applied by mistake; could you waive this charge?',
    ],
    kept: [
      'The fee was charged in error. Waive the fee and pay compensation for our trouble.',
      'Waive all fees for next year.',
      'Please waive the fee, or else we cancel.',
    ],
  },
  {
    // en.insult.fword_target: a quoted person's name
    id: 'en.q2.veto.quoted_person_name',
    category: 'insult',
    calm: [
      "Our partner named 'Dick Hoare' gets quarantined for profanity. Can we exempt names?",
      'A customer called "Dick Smith" cannot receive our mail.',
      "We have a user named 'Dick' whose mails bounce.",
    ],
    kept: ['Your agent is a dick.', "Our user named 'Dick' said you are a dick.", 'You dick, fix it.'],
  },
  {
    // en.insult.adjective_staff: the customer's own colleague's rudeness, with an apology
    id: 'en.q2.veto.own_colleague_rude_apology',
    category: 'insult',
    calm: [
      'One of our directors was very rude to your agent yesterday. I am sorry about that.',
      'I apologise: our engineer was aggressive with your analyst on the call.',
      'Our manager was rude to your support team; please accept our apology.',
    ],
    kept: [
      'Your agent was rude to me and he is a useless idiot.',
      'Sorry, not sorry: you are a moron.',
      'Sorry, but your agent is a clueless idiot.',
    ],
  },
];

describeRuleKinds('English support-queue rules, second round (t75)', KINDS, alone, 'en');
describeGuardTables('English support-queue vetoes, second round (t75)', VETOES, 'en');

describeRuleFile('English support-queue, second round (t75): the rule file', RULE_FILE, {
  lang: 'en',
  idPrefix: 'en.q2.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => VETOES.map((g) => g.id),
});
