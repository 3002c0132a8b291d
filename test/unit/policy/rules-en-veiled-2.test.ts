/**
 * English veiled menace, second round (config/rules/en-veiled-2.yaml, ids en.vl.*): constructions from the English
 * training set t57 (subtle intimidation, excessive demands, privacy, defamation and violence beside calm look-alikes)
 * and the rule writer's own paraphrases. One table per rule, with positives written for this test (not taken from any
 * corpus) and calm look-alikes sharing the trigger words; one calm/kept table per veto, and one per rule of another
 * file narrowed for this round (`en.hm.violence.accidents_happen`, `en.intimidation.fired`).
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/en-veiled-2.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('en-veiled-2.yaml');

const KINDS: RuleKind[] = [
  // ------------------------------------------------------------------ intimidation
  {
    rule: 'en.vl.intimidation.colour_their_view',
    category: 'intimidation',
    positives: [
      [
        'I sit on the procurement board of our federation. It would be a shame if this episode were to shape their decision next month.',
        'were to shape their decision',
      ],
      [
        'Forty member firms follow my lead. It would be unfortunate if my experience with your support coloured their evaluation.',
        'coloured their evaluation',
      ],
      [
        "I'd find it regrettable if this treatment happened to influence the committee's vote on your renewal.",
        "influence the committee's vote",
      ],
    ],
    negatives: [
      'It would be unfortunate if my own view of the product were coloured by one bad weekend, so please help me fix this.',
      'Our committee will evaluate three vendors next month; please send the security questionnaire.',
    ],
  },
  {
    rule: 'en.vl.intimidation.end_of_your_time',
    category: 'intimidation',
    positives: [
      [
        'Whether this is the end of your career at your company depends on how fast that credit appears.',
        'end of your career at',
      ],
      [
        'This could be the last week of your job with them, unless my ticket is closed today.',
        'last week of your job with',
      ],
      ["Up to you whether today is the end of his time here. I'd choose wisely.", 'end of his time here'],
    ],
    negatives: [
      'We heard it is the end of your time at the company - good luck in the new role!',
      'Is this the end of your shift? If so, could you hand the ticket to a colleague?',
    ],
  },
  {
    rule: 'en.vl.intimidation.not_saying_anything_will_happen',
    category: 'intimidation',
    positives: [
      [
        "I know where your head office is. I'm not saying anything will happen, of course.",
        "I'm not saying anything will happen",
      ],
      [
        'I am not saying something bad could happen to your team. I am just reminding you who I am.',
        'I am not saying something bad could happen',
      ],
      [
        "i'm not saying that anything is going to happen. just think about it before you close my ticket",
        "i'm not saying that anything is going to happen",
      ],
    ],
    negatives: [
      "I'm not saying anything will happen to the data during the migration, but please take a backup first.",
      "I'm not saying anything about the outage until our engineers finish the review.",
    ],
  },
  {
    rule: 'en.vl.intimidation.friends_at_regulator',
    category: 'intimidation',
    positives: [
      [
        "I have a few friends at the tax office. Just saying, they'd love to hear how you treat customers.",
        'friends at the tax office',
      ],
      [
        'You should know my brother-in-law has contacts in the police. Keep that in mind when you answer.',
        'contacts in the police',
      ],
      [
        'An old classmate works at the regulator. Let us hope nobody needs to mention your name over dinner.',
        'classmate works at the regulator',
      ],
    ],
    negatives: [
      'A friend at the Financial Services Agency recommended your platform to us, so here we are.',
      'Our contacts at the regulator require a data-retention statement; could you send yours?',
    ],
  },
  {
    rule: 'en.vl.intimidation.amazing_how_fast',
    category: 'intimidation',
    positives: [
      [
        'Funny how quickly a tax audit gets scheduled once someone mentions a company to the right people.',
        'Funny how quickly a tax audit gets scheduled',
      ],
      [
        "It's amazing how fast a licence can be revoked when somebody makes a call.",
        'amazing how fast a licence can be revoked',
      ],
      [
        'Remarkable how soon careers end once I put in a word with the board.',
        'Remarkable how soon careers end',
      ],
    ],
    negatives: [
      "It's amazing how fast the audit got scheduled once we submitted the form - thank you!",
      'Funny how quickly the renewal went through this year; the new portal is great.',
    ],
  },
  {
    rule: 'en.vl.intimidation.rather_not_make_that_call',
    category: 'intimidation',
    positives: [
      [
        "My cousin edits the business pages of the Herald. I'd rather not make that call, but I will.",
        "I'd rather not make that call",
      ],
      [
        "Your investors would be interested in this thread. I'm sure you'd rather I didn't forward it.",
        "you'd rather I didn't",
      ],
      [
        'I know your boss well. I would prefer not to have to make that phone call tonight.',
        'prefer not to have to make that phone call',
      ],
    ],
    negatives: [
      "I'd rather not make that call to our CEO until we know the root cause. Any update?",
      "You'd rather I didn't restart the server now? Fine, I'll wait for your go-ahead.",
    ],
  },
  {
    rule: 'en.vl.intimidation.journalist_wants_story',
    category: 'intimidation',
    positives: [
      [
        "My neighbour at the Gazette is hunting for a story about vendors that lose data. Your call, today's the deadline.",
        'hunting for a story about',
      ],
      [
        'A friend of mine at a tech blog is looking for a juicy scoop on support desks that ignore customers. Unless this is fixed, she gets one.',
        'looking for a juicy scoop on',
      ],
      [
        "I have screenshots, and a mate who's dying for a story like this. Find a way to restore the files.",
        'dying for a story like',
      ],
    ],
    negatives: [
      'A friend of mine at the Gazette is looking for a story about SaaS security - would your press office comment?',
      'Our marketing team is looking for a story about a successful migration; could we do a case study with you?',
    ],
  },
  {
    rule: 'en.vl.intimidation.dig_up_personal',
    category: 'intimidation',
    positives: [
      [
        'Our investigators are excellent at digging up dirt. Keep that in mind before you refuse again.',
        'excellent at digging up dirt',
      ],
      [
        'I have a private detective on retainer. He finds personal things about individual staff. Think it over.',
        'personal things about individual staff',
      ],
      [
        'My attorneys are very good at uncovering secrets about your people, personal ones.',
        'good at uncovering secrets',
      ],
    ],
    negatives: [
      'The eDiscovery module is very good at finding things in employee mailboxes - can we restrict it to HR?',
      'Our lawyers are very good at finding information in contracts; they will review your DPA this week.',
    ],
  },
  {
    rule: 'en.vl.intimidation.still_have_job_tomorrow',
    category: 'intimidation',
    positives: [
      [
        "Your supervisor will hear about this. Let's see if you still have that desk on Monday.",
        'see if you still have that desk',
      ],
      [
        "I've emailed your director. We'll see whether she still has her badge by Friday.",
        'whether she still has her badge',
      ],
      ["i wonder if he'll still have a job after my complaint lands", "if he'll still have a job"],
    ],
    negatives: [
      'Let me know if you still have that headset model in stock; we need twenty more.',
      'Could you check whether he still has his badge? It may have expired after the audit.',
    ],
  },
  {
    rule: 'en.vl.intimidation.names_come_up',
    category: 'intimidation',
    positives: [
      [
        'Every renewal crosses my desk. I would hate for people from your support team to come up when we review vendors.',
        'people from your support team to come up',
      ],
      [
        "It would be a shame if your engineers' names came up at our board meeting, so I trust this is handled.",
        "engineers' names came up",
      ],
      [
        'I would rather not have individuals from your team come up in those conversations.',
        'individuals from your team come up',
      ],
    ],
    negatives: [
      "Your engineers' names came up at our board meeting - they want to thank the team for the quick fix.",
      'Names from your support team come up in our awards shortlist every year; congratulations again.',
    ],
  },
  {
    rule: 'en.vl.intimidation.awkward_for_staff',
    category: 'intimidation',
    positives: [
      [
        'Our chairman sits on the board of your parent company. We trust this will be resolved without consequences for the individuals involved.',
        'consequences for the individuals involved',
      ],
      [
        'As a major investor in your partner, we expect a solution that spares any embarrassment for your staff involved.',
        'embarrassment for your staff involved',
      ],
      [
        'We remind you of our shareholding. We are sure you will avoid any unpleasantness for those involved.',
        'unpleasantness for those involved',
      ],
    ],
    negatives: [
      "To avoid awkwardness for the people involved, we'll present the incident summary to our board ourselves.",
      'The outage caused real trouble for the people involved on our side; please send the RCA.',
    ],
  },
  {
    rule: 'en.vl.intimidation.wont_ask_nicely',
    category: 'intimidation',
    positives: [
      [
        "This is the last polite message. Next week I won't be asking so nicely.",
        "I won't be asking so nicely",
      ],
      [
        "Fix it today. You don't want to see the side of me that shows up when I'm ignored.",
        "You don't want to see the side of me that",
      ],
      ['We will not be asking politely again.', 'We will not be asking politely'],
    ],
    negatives: [
      "Sorry for the grumpy message - you don't want to meet the version of me that hasn't had coffee, haha.",
      'Could you ask nicely on our behalf? The carrier never answers us.',
    ],
  },
  {
    rule: 'en.vl.intimidation.false_complaint_leverage',
    category: 'intimidation',
    positives: [
      [
        "Credit the invoice or we'll report your engineer to the police for theft. He didn't take anything, but that won't matter.",
        'report your engineer to the police',
      ],
      [
        "We'll file a complaint with the labour bureau about your overtime. Whether it's true doesn't matter to me.",
        'file a complaint with the labour bureau',
      ],
      [
        "I'll lodge a report with the data protection authority. They'll have to investigate you anyway.",
        'lodge a report with the data protection authority',
      ],
    ],
    negatives: [
      'We had to file a report with the police about the stolen laptop. Can you wipe it remotely?',
      'We will file a complaint with the regulator about the breach notice, as our counsel requires.',
    ],
  },
  // ------------------------------------------------------------------ monetary
  {
    rule: 'en.vl.monetary.refund_remaining_term',
    category: 'monetary',
    positives: [
      [
        'Whether your manager hears about this depends on a refund of the remaining two years of our subscription.',
        'refund of the remaining two years',
      ],
      [
        "Refund the rest of our contract term by Monday, or I'll take this further.",
        'Refund the rest of our contract term',
      ],
      [
        'You can make this easy: a refund for the entire contract, otherwise we talk to your board.',
        'refund for the entire contract',
      ],
    ],
    negatives: [
      'Per the termination clause, please refund the unused months of our subscription pro rata.',
      'Could you tell me whether a refund of the remaining months is possible under our terms?',
    ],
  },
  // ------------------------------------------------------------------ defamation
  {
    rule: 'en.vl.defamation.false_complaint_filed',
    category: 'defamation',
    positives: [
      [
        "We'll tell every client of yours, saying your engineer stole our files. He didn't, but who will check?",
        'saying your engineer stole',
      ],
      [
        "I'm going to post a thread claiming your staff leaked our data. Not true, but it doesn't matter.",
        'claiming your staff leaked',
      ],
      [
        'Unless you pay, we will send a letter alleging she falsified the audit logs. True or not.',
        'alleging she falsified',
      ],
    ],
    negatives: [
      "Just saw a forum post claiming your service sells customer data. That's not true, right? We need a statement.",
      'A blogger is saying your company leaked data. It is not true, so could you publish a correction?',
    ],
  },
  {
    rule: 'en.vl.defamation.no_proof_needed',
    category: 'defamation',
    positives: [
      [
        "My review will say your agents steal card numbers. I don't need evidence, of course - people will believe it.",
        "I don't need evidence",
      ],
      [
        "We do not have any proof that you sold our data. Doesn't matter, the post goes out tonight.",
        'We do not have any proof',
      ],
      [
        "I don't actually have proof your team is scamming us, obviously. Everyone on LinkedIn will still read it.",
        "I don't actually have proof",
      ],
    ],
    negatives: [
      "I don't have proof yet that the sync is dropping files, but I'll post the logs here tomorrow.",
      "We don't have evidence of a breach, obviously, which is why we'd like the access logs for the review.",
    ],
  },
  {
    rule: 'en.vl.defamation.goes_live_on_send',
    category: 'defamation',
    positives: [
      [
        'My post calling your company a scam goes live on Reddit the moment I press enter.',
        'goes live on Reddit the moment',
      ],
      [
        'The review says your staff are thieves. It goes up on Trustpilot unless my refund lands today.',
        'goes up on Trustpilot unless',
      ],
      [
        'Warning to your clients: you leak passwords. This goes on LinkedIn as soon as I hear nothing back.',
        'goes on LinkedIn as soon as',
      ],
    ],
    negatives: [
      'Our case study goes live on LinkedIn the moment your legal team approves it.',
      'The release note goes on our blog as soon as the patch is deployed.',
    ],
  },
  {
    rule: 'en.vl.defamation.scandal_made_up',
    category: 'defamation',
    positives: [
      [
        "A fraud story about you runs on our newsletter tonight. There isn't any fraud, technically. There will be, unless you call.",
        "There isn't any fraud, technically. There will be",
      ],
      [
        'We can write up your cover-up on the Wikipedia page by tonight unless this is fixed.',
        'Wikipedia page',
      ],
      [
        "There was no breach. There might be one online by morning if you don't refund us.",
        'There was no breach. There might be',
      ],
    ],
    negatives: [
      'Someone added an outdated breach claim to your Wikipedia page; you may want to correct it.',
      'There was no breach in our tenant, thankfully. There will be an audit next week though.',
    ],
  },
  // ------------------------------------------------------------------ privacy
  {
    rule: 'en.vl.privacy.names_photos_to_circulate',
    category: 'privacy',
    positives: [
      [
        'Send us the names and photos of all the engineers on that change. We will circulate them to our group companies.',
        'names and photos of all',
      ],
      [
        'We want the full names and home addresses of every agent who touched the ticket, so everyone knows who to blame.',
        'full names and home addresses of every',
      ],
      [
        'Provide names plus pictures of your support staff. They go on the wall in our lobby.',
        'names plus pictures of your',
      ],
    ],
    negatives: [
      'Please send the full names and photographs of the engineers visiting on Monday so our security desk can issue badges.',
      'Could you confirm the names and roles of the engineers on the change? We keep them in our change log.',
    ],
    ownNegatives: [
      'Can the directory show names and photos of all our employees? We want to share it internally.',
    ],
  },
  {
    rule: 'en.vl.privacy.recordings_with_names',
    category: 'privacy',
    positives: [
      [
        "I'm posting the call recordings online with the agents' full names in the titles.",
        "posting the call recordings online with the agents' full names",
      ],
      [
        "Unless you call me back, I'll upload all of them to YouTube with each engineer's name.",
        "upload all of them to YouTube with each engineer's name",
      ],
      [
        'We are publishing our chats on the forum with the staff names visible.',
        'publishing our chats on the forum with the staff names',
      ],
    ],
    negatives: [
      "We share the call recordings internally for training, with the agents' names redacted.",
      "Can we upload the transcripts to our portal with the agents' names removed?",
    ],
  },
  {
    rule: 'en.vl.privacy.commute_recited',
    category: 'privacy',
    positives: [
      [
        'You catch the 18:40 bus from Shinagawa, right? Fix my account.',
        'You catch the 18:40 bus from Shinagawa, right?',
      ],
      [
        "you always get off the train at Kamata after nine, don't you? anyway, about my ticket",
        "you always get off the train at Kamata after nine, don't you?",
      ],
      ['You still take the late train home, yeah? Interesting.', 'You still take the late train home, yeah?'],
    ],
    negatives: [
      'You take the train to our office from Tokyo station, right? The meeting starts at 10.',
      "How do I get to your office - you take the bus from the station, don't you?",
    ],
  },
  // ------------------------------------------------------------------ violence
  {
    rule: 'en.vl.violence.dark_walk',
    category: 'violence',
    positives: [
      [
        "You leave at seven, don't you? Long dark road home after that. I'd make sure this is fixed.",
        'Long dark road home',
      ],
      [
        'She takes the last bus. Quiet lonely stretch past the park. Sort my account out.',
        'lonely stretch past',
      ],
      [
        'He gets off the train at nine. Dark empty street after that. Just saying.',
        'Dark empty street after that',
      ],
    ],
    negatives: [
      'It is a lovely quiet walk past the river to our office, you will enjoy it.',
      'Long dark road past the factory after the storm; your courier should take care, the lights are out.',
    ],
    ownNegatives: [
      'Your engineer has a long dark walk home from the station after the late session - please take a taxi, we will pay.',
    ],
  },
  {
    rule: 'en.vl.violence.enjoy_while_can',
    category: 'violence',
    positives: [
      [
        'Tell your agent to enjoy her walk home while she still can.',
        'enjoy her walk home while she still can',
      ],
      ['enjoy your legs while you can, pal', 'enjoy your legs while you can'],
      ['Your manager should enjoy his health while he can.', 'enjoy his health while he can'],
    ],
    negatives: [
      'Tell him to enjoy his short commute while he can - the office moves to Chiba next year.',
      'Enjoy your holiday, and your freedom from tickets, while it lasts.',
    ],
    ownNegatives: ['Enjoy your weekend while you can, the rollout starts Monday!'],
  },
  {
    rule: 'en.vl.violence.want_to_be_elsewhere',
    category: 'violence',
    positives: [
      [
        "I'll be at your office on Monday. The guy who broke our sync will want to be somewhere else.",
        'will want to be somewhere else',
      ],
      ["I'm flying in tomorrow. She'd better not be there when I arrive.", "She'd better not be there"],
      ["i'm coming down there friday. he'd better stay out of my way.", "he'd better stay out of my way"],
    ],
    negatives: [
      "I'll be in Tokyo on Thursday for the conference. He'll want to be somewhere else during the keynote - it's dull.",
      'The fire drill is on Friday; you will want to be somewhere else, it is very loud.',
    ],
  },
  {
    rule: 'en.vl.violence.little_walk_until_agreed',
    category: 'violence',
    positives: [
      [
        "I'll wait by your entrance. Your engineer and I will take a little drive, and he comes back when he's signed.",
        'take a little drive',
      ],
      [
        'See you in the lobby. The two of us will go for a quiet walk until she agrees to our terms.',
        'The two of us will go for a quiet walk',
      ],
      ['He can come back once he has agreed to what I want.', 'He can come back once he has agreed'],
    ],
    negatives: [
      'After the workshop the two of us will go for a short walk to the plant to look at the wiring.',
      "I'll wait for Mr. Ono in the lobby and we can go for a little walk to the site; he can come back after lunch.",
    ],
  },
  // ------------------------------------------------------------------ excessive
  {
    rule: 'en.vl.excessive.know_plan_but',
    category: 'excessive',
    positives: [
      [
        "I know we're on the Basic plan but we still need someone on call every weekend.",
        "I know we're on the Basic plan but",
      ],
      [
        'We understand our plan is Standard, but from now on please run all our sessions after 21:00.',
        'We understand our plan is Standard, but',
      ],
      [
        "I realise we're only on business-hours support, but I'm sure you can accommodate a night call.",
        "I realise we're only on business-hours support, but",
      ],
    ],
    negatives: [
      "I know we're on Standard, but is there a way to upgrade to 24/7 for one month? What would it cost?",
      "We know we're on the Basic plan but could you tell us what Premium would include?",
    ],
  },
  {
    rule: 'en.vl.excessive.send_someone_over_now',
    category: 'excessive',
    positives: [
      ["I'm asking nicely. Send someone over today.", 'Send someone over today'],
      ['Send an engineer over right now or else.', 'Send an engineer over right now'],
      [
        'Whatever it takes, send somebody round this afternoon. I mean it.',
        'send somebody round this afternoon',
      ],
    ],
    negatives: [
      'Could you send someone over this afternoon? Our on-site plan covers it.',
      'Please send an engineer over today if the contract allows; otherwise remote is fine.',
    ],
  },
];

const VETOES: GuardTable[] = [
  {
    // en.y.defamation.press_threat
    id: 'en.vl.veto.disclosure_for_review',
    category: 'defamation',
    calm: [
      "Our IR team would like to name Shirogane as the vendor involved. Could you confirm whether that's acceptable? We'll share the draft for a factual check.",
      'We must publish a timely disclosure and plan to name your company as the vendor. Would you object?',
      'Our statement will name you as the vendor; we will send it for your review before it is released.',
    ],
    kept: [
      "We'll name your company as the vendor that leaked our data unless you refund us. We'll share the draft for a factual check.",
      "I'll name you as the vendor in tomorrow's papers. Do you agree that's fair, you crooks?",
      'We are going to the press tomorrow, and we will name you as the company that lost our files.',
    ],
  },
  {
    // en.excessive.after_hours, en.x.excessive.standby_polite
    id: 'en.vl.veto.named_plan_covers',
    category: 'excessive',
    calm: [
      'Per our Enterprise 24/7 agreement, please have the on-call engineer reachable during our change window tonight.',
      'Under our Premium 24x7 support plan, we would like an engineer on standby this Saturday night.',
      'As covered by the Platinum after-hours contract, please keep the bridge open overnight.',
    ],
    kept: [
      'Per our Enterprise 24/7 agreement, I want your engineer on his personal mobile all weekend.',
      'We are on Standard, but I want an engineer on standby every weekend for free.',
      'Have the on-call engineer reachable tonight, even though our plan does not include it.',
    ],
  },
  {
    // backstop.monetary
    id: 'en.vl.veto.contract_defined_credit',
    category: 'monetary',
    calm: [
      'Schedule 3 of our agreement calls it a "compensation credit": 10% of the monthly fee for each full hour of Severity 1 downtime beyond the threshold. Please apply it for the outage on 8 June.',
      'Section 4.2 of the SLA defines service credits of 5% per hour of downtime. Please apply the credit for ticket 4411.',
    ],
    kept: [
      'Our SLA defines a service credit, but we expect a full refund of the year on top of it. Please apply it.',
      'The contract says credits are capped at 10%, but surely you can knock 30% off our renewal as a sorry.',
      'We demand JPY 1,000,000 in compensation for lost revenue.',
    ],
  },
  {
    // en.w.intimidation.remember_you
    id: 'en.vl.veto.name_remembered_praised',
    category: 'intimidation',
    calm: [
      "thank you Mr. Watanabe! I'll remember your name for next time - you're the first person who actually understood our routing setup.",
      "Thanks so much. I'll remember your name and ask for you next time.",
      "You were brilliant today. I'm going to remember your name.",
    ],
    kept: [
      "Thanks for nothing. I'll remember your name.",
      "Thank you for your reply. I'll remember your name, and so will your manager.",
      "Thanks. I'll remember your name, and your supervisor will hear about this.",
    ],
  },
  {
    // en.h.violence.others_know_where, en.privacy.where_lives
    id: 'en.vl.veto.own_staff_harassed_reported',
    category: 'violence',
    calm: [
      "One of our receptionists is being harassed by an ex-partner. He's been emailing her saying he knows where she lives and will wait outside our office. Can you block him?",
      'Our nurses are being threatened by a former patient. He wrote that he knows where they live. Please preserve the mails for the police.',
    ],
    kept: [
      "One of our staff is being harassed by your agent. I know where he lives and I'll wait outside.",
      'I know where your engineer lives and I will wait outside his house.',
      'Our staff are being harassed by your agent. I know where he lives and I will wait outside his house.',
    ],
  },
  {
    // en.privacy.publish ("doxxing")
    id: 'en.vl.veto.own_people_doxxed',
    category: 'privacy',
    calm: [
      'A threat actor has been doxxing our executives - home addresses were posted on a paste site last week.',
      'Our directors were doxxed last month. Can the DLP rule flag their home addresses in outbound mail?',
      'Someone has been doxxing our staff on a forum; can we block mail to that domain?',
    ],
    kept: [
      "I'll dox your agents if this isn't fixed today.",
      'We have been doxxing your engineers on our blog, one by one.',
      'We are going to dox your whole support team.',
    ],
  },
];

const NARROWED: GuardTable[] = [
  {
    // en-harm.yaml: unless for a literal accident with a device or a spill
    id: 'en.hm.violence.accidents_happen',
    category: 'violence',
    calm: [
      "Accidents happen - one of our staff dropped her laptop down the stairs and it's dead. How do we reset her MFA?",
      'Accidents happen: I spilled coffee on my phone in the car park and lost my authenticator.',
    ],
    kept: [
      'Accidents happen in stairwells, you know. Especially to agents who lie to customers.',
      'Accidents happen on the way home to people who cross me.',
      'I dropped my phone on the stairs. Accidents happen to people who lie to me, be careful.',
    ],
  },
  {
    // en.yaml: unless for the customer's own people losing their jobs
    id: 'en.intimidation.fired',
    category: 'intimidation',
    calm: [
      'If this outage continues, people here may lose their jobs - our sales team already missed a tender.',
      'Some of us could lose our jobs if the launch slips again, so please treat this as P1.',
      'Our engineers might lose their jobs over this incident; please send the RCA today.',
    ],
    kept: [
      "I'll make sure you lose your job over this.",
      'People here may lose their jobs, and I will make sure you lose yours too.',
      'Your agent loses his job if this is not fixed today.',
    ],
  },
];

describeRuleKinds('English veiled menace, second round (t57)', KINDS, alone, 'en');
describeGuardTables('English veiled menace, second round: vetoes (t57)', VETOES, 'en');
describeGuardTables(
  'English veiled menace, second round: rules of other files narrowed (t57)',
  NARROWED,
  'en',
);

describeRuleFile('English veiled menace, second round (t57): the rule file', RULE_FILE, {
  lang: 'en',
  idPrefix: 'en.vl.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => VETOES.map((g) => g.id),
});
