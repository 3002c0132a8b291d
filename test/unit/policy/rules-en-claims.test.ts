/**
 * Claims beyond the contract and the means that back them (config/rules/en-claims.yaml, ids en.dx.*): from the English
 * items of the training set t71 and the rule writer's own probes. One table per rule, with positives written for this
 * test (not taken from any corpus) and calm look-alikes sharing the trigger words; one calm/kept table per veto.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/en-claims.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('en-claims.yaml');

const KINDS: RuleKind[] = [
  {
    rule: 'en.dx.excessive.free_outside_plan',
    category: 'excessive',
    positives: [
      [
        'Our Lisbon office works nights, outside your support hours. Please assign a Portuguese-speaking engineer to them for free.',
        'assign a Portuguese-speaking engineer',
      ],
      [
        'Weekend cover is not in our contract, I know. Could you provide a dedicated analyst on Saturdays at no extra cost?',
        'provide a dedicated analyst',
      ],
      [
        'Can you arrange an interpreter for our Osaka team at no additional charge? Their calls fall outside the support window.',
        'arrange an interpreter',
      ],
    ],
    negatives: [
      'Our Lisbon office works outside your support hours. Could you quote us for a Portuguese-speaking engineer?',
      'Can you arrange an engineer for the call on Tuesday? Our plan includes weekday phone support.',
      'Weekend cover is not in our contract. Is there a paid option to provide an analyst on Saturdays?',
    ],
  },
  {
    rule: 'en.dx.excessive.unwritten_promise',
    category: 'excessive',
    positives: [
      [
        'Your sales rep promised us free onboarding workshops. It was not in the contract, but we expect you to honour it and start them on Monday.',
        'It was not in the contract, but',
      ],
      [
        'Your manager told us at the demo that migration help was included. She forgot to put it in the order, so assign someone now.',
        'forgot to put it in the order',
      ],
      [
        "The rep assured us a named engineer. That isn't in our agreement, but honour it anyway.",
        "That isn't in our agreement, but",
      ],
    ],
    negatives: [
      "Your rep promised a discount. It isn't in our contract, but could you check whether it still applies?",
      'The rep mentioned migration help. He never put it in the order; how much would it cost to add it to the order?',
      'Our old vendor promised a lot. None of that matters now; thanks for the smooth onboarding.',
    ],
  },
  {
    rule: 'en.dx.excessive.permanent_old_version',
    category: 'excessive',
    positives: [
      [
        'Please keep our tenant on the old console layout forever; we do not like the redesign.',
        'keep our tenant on the old console layout forever',
      ],
      [
        'Revert our account to the previous release permanently, we have no time to retrain.',
        'Revert our account to the previous release permanently',
      ],
      [
        'We want you to pin our workspace at the legacy interface for good.',
        'pin our workspace at the legacy interface for good',
      ],
    ],
    negatives: [
      'Could you roll our tenant back to the previous version until the fix for the export bug is out?',
      'Is there a way to keep our users on the old layout for two weeks while we retrain them?',
      'We permanently removed the old version of our add-in from every laptop.',
    ],
  },
  {
    rule: 'en.dx.excessive.wake_someone',
    category: 'excessive',
    positives: [
      [
        "I don't care that it's 2am in Tokyo. Wake an engineer up and get him on this.",
        'Wake an engineer up',
      ],
      ['Your team is asleep? Then get somebody out of bed.', 'get somebody out of bed'],
      ['Call your engineers up right now, it is urgent for us.', 'Call your engineers up'],
    ],
    negatives: [
      "Please don't wake anyone up for this; tomorrow morning is fine.",
      'No need to wake someone up, the alert was a false positive.',
      'Our alarm should wake the on-call admin up on our side.',
    ],
  },
  {
    rule: 'en.dx.exchange.swap_plan',
    category: 'exchange',
    positives: [
      [
        'Can we get the Enterprise seats we purchased switched to the Standard plan? We just prefer something smaller.',
        'seats we purchased switched to',
      ],
      [
        'Please swap our Premium licences for the Basic tier, we honestly do not need the extras.',
        'swap our Premium licences for the Basic tier',
      ],
      [
        'We want to trade the plan we bought for the Lite edition and get a refund.',
        'trade the plan we bought for the Lite edition',
      ],
    ],
    negatives: [
      'The licences we bought were switched to the new tier names in the portal, and the refund for the old invoice arrived; thanks.',
      'The licences we bought were switched to the wrong tier by your billing bug; please fix it.',
      'Could you quote us what it would cost to swap our plan for the Enterprise tier?',
    ],
  },
  {
    rule: 'en.dx.monetary.swap_plus_credit',
    category: 'monetary',
    positives: [
      ['Swap our Gold seats for the Silver plan plus a credit for the difference, please.', 'plus a credit'],
      ['We would like to exchange the tier we bought and a refund of the rest.', 'and a refund'],
      ['Downgrade our plan to Lite + a credit, Pro is overkill.', '+ a credit'],
    ],
    negatives: [
      'Please downgrade our plan at the next renewal and a credit note is not needed.',
      'After the outage, please apply the SLA credit and swap the plan as agreed.',
      'Could you swap the seats between our two tenants? The plan stays the same.',
    ],
  },
  {
    rule: 'en.dx.monetary.my_amount_for',
    category: 'monetary',
    positives: [
      ['I will keep writing until I get my $20,000 for the outage.', 'get my $20,000 for the outage'],
      ['We want our EUR 5,000 for the lost orders by Friday.', 'want our EUR 5,000 for the lost orders'],
      ['I deserve my 300,000 yen for the inconvenience.', 'deserve my 300,000 yen for the inconvenience'],
    ],
    negatives: [
      'When do we get our SLA credit for the downtime under the terms?',
      'We get our 500 licences for the new office next week.',
      'Please tell me when I will receive my invoice for the renewal.',
    ],
  },
  {
    rule: 'en.dx.monetary.refund_unused_period',
    category: 'monetary',
    positives: [
      [
        'Please refund us for the whole of the past year. Nothing went wrong, we just barely used it.',
        'refund us for the whole of the past year',
      ],
      [
        'We want our money back for the entire last quarter; the product worked fine, we simply did not use it.',
        'our money back for the entire last quarter',
      ],
      [
        'Can I get my money back for all of last year? No fault on your side, we never used the archive.',
        'my money back for all of last year',
      ],
    ],
    negatives: [
      'We cancelled within the 30-day window; please refund the whole of last month under your refund policy.',
      'Please refund us for the entire last quarter: the service was down for three weeks.',
      'We barely used the trial, so please do not convert it into a paid plan.',
    ],
  },
  {
    rule: 'en.dx.monetary.appropriate_gesture',
    category: 'monetary',
    positives: [
      ['We expect a meaningful gesture for the trouble we had.', 'expect a meaningful gesture'],
      [
        'A firm like yours surely knows what an adequate gesture would be after this week.',
        'knows what an adequate gesture would be',
      ],
      [
        'We will need some gesture that compensates our team for the weekend.',
        'some gesture that compensates',
      ],
    ],
    negatives: [
      'Thank you for the kind gesture of extending our trial.',
      "Your app's pinch gesture is not appropriate for gloves; could you add buttons?",
      'Swiping left is the gesture that opens the menu in your mobile app.',
    ],
  },
  {
    rule: 'en.dx.kneel_demand.sealed_letter',
    category: 'kneel_demand',
    positives: [
      [
        'An email is not enough. I want a letter of apology signed by your president and sent to our board.',
        'letter of apology signed by your president',
      ],
      ['We demand an apology on paper with the company seal before we talk again.', 'with the company seal'],
      [
        'Your apology must be printed and delivered by hand, or we will not continue.',
        'apology must be printed and delivered by hand',
      ],
    ],
    negatives: [
      'Thanks for the apology signed by your CEO, we appreciate it.',
      'Our regulator asks for an incident statement signed by your CEO, is that possible?',
      'The contract must be returned with the company seal on page 3.',
    ],
  },
  {
    rule: 'en.dx.privacy.film_staff',
    category: 'privacy',
    positives: [
      ["I'll film all of your engineers at the stand and post it on TikTok.", 'film all of your engineers'],
      [
        "I'm going to photograph every one of your receptionists and put them online.",
        'photograph every one of your receptionists',
      ],
      ['I will record each of your agents leaving work and upload the video.', 'record each of your agents'],
    ],
    negatives: [
      'May we film your engineers at the partner summit for our case study video on YouTube?',
      "We'll record our own staff for the phishing awareness video and upload it to the intranet.",
      'Please record the team call so that the people who missed it can watch it later.',
    ],
  },
  {
    rule: 'en.dx.privacy.staff_contacts_posted',
    category: 'privacy',
    positives: [
      [
        "Unless this is fixed by tonight, I'll share this whole ticket with the agents' direct lines on Reddit.",
        "share this whole ticket with the agents' direct lines",
      ],
      [
        'Give me a reason not to post the chat log with your engineers full names on LinkedIn.',
        'post the chat log with your engineers full names',
      ],
      [
        "I'm going to publish every reply along with your team's mobile numbers online.",
        "publish every reply along with your team's mobile numbers",
      ],
    ],
    negatives: [
      "Please don't publish our staff's names online; remove them from the public case study.",
      'Could you share the support team names with our procurement office for the vendor file?',
      'We will post the outage summary on our status page, without any names.',
    ],
  },
  {
    rule: 'en.dx.privacy.names_and_photos_of_everyone',
    category: 'privacy',
    positives: [
      [
        'Give me the names and home addresses of the engineers who touched our account.',
        'Give me the names and home addresses of the',
      ],
      [
        'Send us the full names, departments and photos of every agent on this ticket.',
        'Send us the full names, departments and photos of every',
      ],
      [
        'Forward me the names and personal numbers of all the admins involved.',
        'Forward me the names and personal numbers of all',
      ],
    ],
    negatives: [
      'Please send us the names and photos of the engineers visiting on Monday for their visitor badges.',
      'Please list the report names for each policy in the export.',
      'Could you share the names and photos of the speakers for the webinar page?',
    ],
  },
  {
    rule: 'en.dx.privacy.named_in_release',
    category: 'privacy',
    positives: [
      [
        'Your engineer Ms. Sato will be named in our newsletter as the one who ignored the ticket.',
        'will be named in our newsletter',
      ],
      [
        'Your agent ignored us and everyone will know it. His full name, his photo, on every slide.',
        'His full name, his photo',
      ],
      [
        'Your agent gets named in a blog post as the person who lost our data. Let us see how he likes it.',
        'gets named in a blog post',
      ],
    ],
    negatives: [
      'Your engineer will be named in our newsletter to thank him for the quick fix.',
      'Our CEO will be named in a press release about the partnership next week.',
      'The attachment will be named in the report as the file responsible for the alert.',
    ],
  },
  {
    rule: 'en.dx.privacy.with_their_photos',
    category: 'privacy',
    positives: [
      [
        'I am writing a blog post about your useless support staff, with their names and photos.',
        'with their names and photos',
      ],
      [
        "I'll post a thread about the engineers responsible, with each of their faces and names.",
        'with each of their faces and names',
      ],
      [
        'Your team leaked our data. The article goes online Monday with all of their photos and full names.',
        'with all of their photos and full names',
      ],
    ],
    negatives: [
      'We will publish a post welcoming our new hires, with their names and photos.',
      'Thank you to your support staff; we will post a thank-you note with their names and photos if they agree.',
      'The speakers for the event are listed on our page with their photos and names.',
    ],
  },
  {
    rule: 'en.dx.privacy.private_social',
    category: 'privacy',
    positives: [
      ["I saw you're on Instagram, so I'll message you there from now on.", "I saw you're on Instagram"],
      ['I have sent her a friend request so she can help me after hours.', 'sent her a friend request'],
      [
        'I found that he is also on Snapchat. Tell him to answer me there.',
        'I found that he is also on Snapchat',
      ],
    ],
    negatives: [
      'I saw your company page on Facebook announced the new release.',
      'Our marketing team sent you a connection request on LinkedIn after the conference.',
      'Is the MailGuard add-in also on the Outlook store?',
    ],
  },
  {
    rule: 'en.dx.intimidation.names_known',
    category: 'intimidation',
    positives: [
      [
        "I'll make sure his name is known in every user group in the country.",
        "I'll make sure his name is known",
      ],
      [
        'We will make sure the engineers names become public once this is over.',
        'We will make sure the engineers names become public',
      ],
      [
        "I'll decide who is personally responsible, and it won't end at a ticket.",
        "I'll decide who is personally responsible",
      ],
    ],
    negatives: [
      "I'll make sure her name is known to your managers, with thanks for the great work.",
      'We will make sure the file names are known to the auditors.',
      'Your root-cause report should decide who is responsible for the config change.',
    ],
  },
  {
    rule: 'en.dx.intimidation.vendor_list_why',
    category: 'intimidation',
    positives: [
      [
        "You'll be struck off the supplier list and I'll make sure the board knows exactly why.",
        'make sure the board knows exactly why',
      ],
      [
        "Don't bother showing your face at the renewal meeting, because I'll have you blacklisted.",
        "Don't bother showing your face",
      ],
      [
        'I am getting you removed from our vendor list, and I will make sure everyone knows why.',
        'make sure everyone knows why',
      ],
    ],
    negatives: [
      'Please make sure procurement knows why the renewal is delayed; they asked me.',
      'We removed the old firewall from our vendor list; make sure your team knows why we chose MailGuard.',
      "Don't bother showing your face at the booth, I'll come to your desk instead, ha.",
    ],
  },
  {
    rule: 'en.dx.restrictive.dont_dare_close',
    category: 'restrictive',
    positives: [
      ["Don't you dare hang up on me.", "Don't you dare hang up"],
      ['Do not you even think about closing this chat.', 'Do not you even think about closing'],
      ["I'm keeping the call open until someone senior answers.", "I'm keeping the call open until"],
    ],
    negatives: [
      "Please don't close the ticket yet, we are still testing.",
      'The session stays open until the export finishes, no rush.',
      "I'm keeping this ticket for our records.",
      "Don't you dare close the ticket as resolved before we verify the fix, kidding, but keep it open.",
    ],
  },
  {
    rule: 'en.dx.sexual.personal_interest',
    category: 'sexual',
    positives: [
      ['Your agent is cute. Tell her I noticed 😉', 'Tell her I noticed'],
      [
        "I hear he's single. My next call is a personal one, if you know what I mean.",
        'My next call is a personal one',
      ],
      ['He was wearing that blue shirt again. Tell him I noticed.', 'Tell him I noticed'],
    ],
    negatives: [
      'The login page looks different. Tell him I noticed the new logo, nice work.',
      'My next ticket is a personal one: my home router, sorry about that.',
      'Your engineer spotted the expired certificate. Tell him I noticed how fast he was, thanks.',
    ],
  },
  {
    rule: 'en.dx.unrelated.granted_unrelated',
    category: 'unrelated',
    positives: [
      [
        "Could you help set up our payroll export? Not strictly related to MailGuard, but you're the IT people.",
        'Not strictly related to MailGuard',
      ],
      [
        'Our licence is for Transfer, but we want you to install the new printers too.',
        'Our licence is for Transfer, but we want you to install',
      ],
      [
        'Please build us a warehouse stock app. Nothing really to do with your product, but you code well.',
        'Nothing really to do with your product',
      ],
    ],
    negatives: [
      'The latency is not really related to MailGuard, our ISP confirmed it. No action needed.',
      'Our plan is for MailGuard, and we want to add Transfer: could you quote it?',
      'Is the quarantine digest not directly related to the spam score? Thanks.',
    ],
  },
];

describeRuleKinds('English claims and their means (t71) rules', KINDS, alone, 'en');

const VETOES: GuardTable[] = [
  {
    id: 'en.dx.veto.scripted_line',
    category: 'intimidation',
    calm: [
      'Our training film has a scene where the villain says "I know where you live" to a cashier. Can you stop the DLP alert?',
      'The role-play script in which an actor threatens "you will regret this" gets flagged by Transfer. Why?',
    ],
    kept: ["You'll regret this, and I'm not an actor in some video.", 'You will regret this, I promise.'],
  },
  {
    id: 'en.dx.veto.own_people_internal',
    category: 'privacy',
    calm: [
      'We will publish the names and photos of our new security ambassadors on the intranet. Can Shirogane ID restrict it?',
      'We post the headshots of our own award winners in the internal newsletter; is the image size limited?',
    ],
    kept: [
      "I'll publish the names and photos of your staff on LinkedIn unless this is fixed.",
      'Your agents will be named in my blog post, with their photos and names, tonight.',
    ],
  },
  {
    id: 'en.dx.veto.ring_remark',
    category: 'unrelated',
    calm: ['Your engineer was wearing a wedding ring on the video call, by the way.'],
    kept: ['Can you help me write a speech for my wedding?'],
  },
  {
    id: 'en.dx.veto.granted_unrelated',
    category: 'excessive',
    calm: [
      'Could you build us a custom Tableau report on our sales data? Not really related to MailGuard, but you know data.',
    ],
    kept: ['Build us a custom report template for free by Friday.'],
  },
];

describeGuardTables('English claims and their means (t71) vetoes', VETOES, 'en');

describeRuleFile('English claims and their means (t71) rules: the rule file', RULE_FILE, {
  lang: 'en',
  idPrefix: 'en.dx.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => VETOES.map((g) => g.id),
});
