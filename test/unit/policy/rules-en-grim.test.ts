/**
 * English grim menace (config/rules/en-grim.yaml, ids en.gr.*): violence and
 * intimidation from the English items of the training sets t38 (veiled threats)
 * and t40 and the rule writer's own probes, run through the real policy file and
 * engine, so every rule file (and every veto) is in play. One table per rule
 * with positives written for this test (not taken from any corpus), each with a
 * fragment the rule's own evidence must cover, and calm look-alikes in which
 * the whole engine must not find the category; then the veto of this file and
 * the rules of other files narrowed for calm sentences, each with calm and kept
 * sentences.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/en-grim.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('en-grim.yaml');

const KINDS: RuleKind[] = [
  {
    rule: 'en.gr.violence.weeks_off_after',
    category: 'violence',
    positives: [
      [
        'My cousin does "debt collection" in Nagoya. People he visits usually need a couple of weeks in hospital afterwards.',
        'usually need a couple of weeks in hospital',
      ],
      [
        'My brother-in-law is very persuasive, and the ones who argue with him tend to spend several weeks off work.',
        'tend to spend several weeks off work',
      ],
    ],
    negatives: [
      'Our accounts team usually needs a few days off after quarter close, so please send invoices early.',
      'My colleague needs a few weeks off work after surgery, so I am the contact now.',
    ],
  },
  {
    rule: 'en.gr.violence.break_things_when_kept_waiting',
    category: 'violence',
    positives: [
      [
        'Our recovery team will drop by your office to collect the refund. They have a habit of breaking things when they are kept waiting.',
        'have a habit of breaking things when they are kept waiting',
      ],
      [
        'My lads are in Tokyo on Monday; they tend to break fingers when they get ignored.',
        'tend to break fingers when they get ignored',
      ],
    ],
    negatives: [
      'The interns tend to break things in staging when they are rushed, so please lock down the admin role.',
      'Cheap cables often break when they are bent too far; can you send the certified ones?',
    ],
  },
  {
    rule: 'en.gr.violence.collector_in_person',
    category: 'violence',
    positives: [
      [
        'If nobody answers by Friday, maybe your engineer can explain the outage to my brother in person.',
        'explain the outage to my brother in person',
      ],
      [
        'My cousins from the "collections department" will come by your office to pick it up in person.',
        'My cousins from the "collections department" will come by your office to pick it up in person',
      ],
    ],
    negatives: [
      'Could your engineer explain the SPF setup to my colleague at the workshop on Friday?',
      'Our collections department will contact you about the overdue invoice from March.',
    ],
  },
  {
    rule: 'en.gr.violence.weapon_disclaimer',
    category: 'violence',
    positives: [
      ['I keep a shotgun in my truck. No reason, just mentioning it. Now fix the sync.', 'I keep a shotgun'],
      ["I've got a machete in my car right now. Make of that what you will.", "I've got a machete"],
    ],
    negatives: [
      'Our shop sells hunting rifles and the product catalogue emails get quarantined. Just so you know, they are legitimate.',
      'I have a box cutter for opening the hardware shipment; the appliance arrived fine, thanks.',
    ],
  },
  {
    rule: 'en.gr.violence.picturing_using_it_on',
    category: 'violence',
    positives: [
      [
        "I'm holding a hammer and picturing who I'd like to use it on.",
        "picturing who I'd like to use it on",
      ],
      [
        'Got a nice sharp kitchen knife here, thinking I might use it on your engineer.',
        'sharp kitchen knife here, thinking I might use it on you',
      ],
    ],
    negatives: [
      'Which of the two connectors would you use for SAP? I am picturing the cloud one.',
      'We have a sharp rise in spam and I am thinking about which filter to use.',
    ],
  },
  {
    rule: 'en.gr.violence.nobody_around',
    category: 'violence',
    positives: [
      [
        'Your night shift takes the last train from Shibuya, I hear. Maybe I will catch that train one night. No one around at that hour.',
        'No one around at that hour',
      ],
      [
        'I know where your engineer parks. Nobody much about in that car park after dark, is there.',
        'Nobody much about',
      ],
    ],
    negatives: [
      'Nobody is around at that hour to approve the change, so can we move the maintenance window?',
      'There is no one around on the weekend to restart the server if it hangs.',
    ],
  },
  {
    rule: 'en.gr.violence.catch_on_way_home',
    category: 'violence',
    positives: [
      [
        "I'd like to have a word with her on her way home from the station.",
        'have a word with her on her way home',
      ],
      [
        'Maybe I will wait for your engineer after work and walk with him on his commute.',
        'walk with him on his commute',
      ],
    ],
    negatives: [
      'Is there a way to get the alert on my way home? I would like push notifications.',
      'I will take the same train as your engineer to the conference on Friday, see you there!',
    ],
  },
  {
    rule: 'en.gr.violence.shift_end_in_person',
    category: 'violence',
    positives: [
      [
        'which floor does your manager sit on and what time does he leave? I want to thank him face to face.',
        'what time does he leave',
      ],
      ['When does your shift end, Ms. Ito? I would love to say hello in person.', 'When does your shift end'],
    ],
    negatives: [
      'What time does your shift end? I would like to call you back before then.',
      'What time does your shift end? I would rather finish this with you than start over with the next agent.',
    ],
  },
  {
    rule: 'en.gr.violence.waiting_outside',
    category: 'violence',
    positives: [
      ["I'm parked across from your entrance. He has to come out sometime.", 'He has to come out sometime'],
      ["White van by your staff exit. I'm very good at waiting.", "I'm very good at waiting"],
    ],
    negatives: [
      "I'm outside your office for the 2pm meeting, can someone come down to sign me in?",
      "I'm very good at waiting, take your time with the RCA, no rush.",
    ],
  },
  {
    rule: 'en.gr.violence.private_chat_outside',
    category: 'violence',
    positives: [
      ['Tell your engineer we will have a quiet chat. Outside.', 'quiet chat. Outside'],
      ['He and I are due a little talk in the car park.', 'little talk in the car park'],
    ],
    negatives: [
      'Could we have a private conversation outside the main call about pricing?',
      'Can we have a quiet word outside of business hours about the roadmap?',
    ],
  },
  {
    rule: 'en.gr.violence.address_car_time',
    category: 'violence',
    positives: [
      [
        "I know your office address. I've got a car and all weekend.",
        "I know your office address. I've got a car",
      ],
      [
        'Better hope the fix lands before I get there. I have your address and a full tank.',
        'fix lands before I get there',
      ],
    ],
    negatives: [
      'I have your office address for the courier; the RMA unit will be shipped Monday.',
      'I hope the fix arrives before I go on leave next week.',
    ],
  },
  {
    rule: 'en.gr.violence.object_to_body',
    category: 'violence',
    positives: [
      ['whoever wrote this parser deserves a cricket bat across the face', 'cricket bat across the face'],
      [
        'Honestly a crowbar to the kneecaps would teach your release manager something.',
        'crowbar to the kneecaps',
      ],
    ],
    negatives: [
      'Our engineer hurt his knee playing football, so he will join remotely.',
      'Please put me through to your billing team.',
    ],
  },
  {
    rule: 'en.gr.violence.through_glass',
    category: 'violence',
    positives: [
      ["I'll throw your manager through the front window.", 'throw your manager through the front window'],
      [
        'one more canned answer and I put whoever sent it through your reception glass',
        'put whoever sent it through your reception glass',
      ],
    ],
    negatives: [
      'We push all traffic through the firewall into the DMZ.',
      'Can you put the ticket through to the window team?',
    ],
  },
  {
    rule: 'en.gr.violence.knock_off_face',
    category: 'violence',
    positives: [
      ["I'll smack that grin right off your face", 'smack that grin right off your face'],
      ['keep talking and I will punch you in the mouth', 'punch you in the mouth'],
    ],
    negatives: [
      'Can you knock the old logo off the login page?',
      'I will punch in the new licence key tonight.',
    ],
  },
  {
    rule: 'en.gr.violence.physically_regret',
    category: 'violence',
    positives: [
      ['I will make the person who approved this physically pay for it.', 'physically pay for'],
      ['Your engineer is going to physically regret closing my ticket.', 'physically regret'],
    ],
    negatives: [
      'I physically moved the appliance to another rack.',
      'We physically separated the two networks; will the connector still work?',
    ],
  },
  {
    rule: 'en.gr.violence.dangerous_place',
    category: 'violence',
    positives: [
      [
        'Tell your director my drivers are nowhere near as patient as I am if he refuses to come.',
        'my drivers are nowhere near as patient as I am',
      ],
      [
        'If your CEO declines, remind him a warehouse is a dangerous place for visitors.',
        'dangerous place for visitors',
      ],
    ],
    negatives: [
      'A factory floor is a dangerous place for visitors, so please bring safety boots and a hard hat for the site survey.',
      'My users are not as patient as I am, so please prioritise this.',
    ],
  },
  {
    rule: 'en.gr.violence.he_can_try',
    category: 'violence',
    positives: [
      [
        "Customer: I've locked the door of the training room.\nAgent: Sir, can the engineer leave?\nCustomer: He can try.",
        'He can try.',
      ],
      [
        'Your consultant is not leaving our office until the data is back. She is welcome to try.',
        'She is welcome to try.',
      ],
    ],
    negatives: [
      'Can you try restarting? He can try.',
      'Our account is locked. Can he try again? He can try.',
    ],
  },
  {
    rule: 'en.gr.violence.security_wont_help',
    category: 'violence',
    positives: [
      ['Call security if you like, they will not save you.', 'Call security if you like, they will not save'],
      ["im coming to ur office tomorrow. your guards won't protect you.", "your guards won't protect you"],
    ],
    negatives: [
      'Bring security if you want to the QBR, we are happy to host them.',
      'Email security will not help you if users click phishing links, which is why we bought your training module.',
    ],
  },
  {
    rule: 'en.gr.violence.want_me_to_come_over',
    category: 'violence',
    positives: [
      ['Do you want me to drive down there? Because I will.', 'Do you want me to drive down there?'],
      ['you want me to come over there?? keep it up', 'you want me to come over there?'],
    ],
    negatives: [
      'Do you want me to come over there with the logs on a USB stick?',
      'Do you want me to come down to your office for the workshop?',
    ],
  },
  {
    rule: 'en.gr.violence.accidents_happen_to',
    category: 'violence',
    positives: [
      [
        'Funny how bad things happen to engineers who ignore tickets. Just saying.',
        'Funny how bad things happen to engineers',
      ],
      [
        'Shame if something happened to your office. Or to the people inside it.',
        'Or to the people inside it',
      ],
    ],
    negatives: [
      'Accidents happen, do not worry about the deleted rule, we restored it.',
      "Funny how things start working after a reboot, isn't it.",
    ],
  },
  {
    rule: 'en.gr.violence.car_damage',
    category: 'violence',
    positives: [
      ["Shame if your manager's car had its tyres slashed in that car park.", 'tyres slashed'],
      [
        'Nice silver Audi in bay 3. Would be a pity if someone keyed the paintwork one night.',
        'keyed the paintwork',
      ],
    ],
    negatives: [
      'Our delivery van had its tyres slashed last night, so the hardware return will be late.',
      'The windscreen of my car cracked on the motorway, so I will join the call late.',
    ],
  },
  {
    rule: 'en.gr.violence.at_the_door',
    category: 'violence',
    positives: [
      [
        "I'd like to share my thoughts face to face at her front door.",
        'share my thoughts face to face at her front door',
      ],
      [
        'I will deliver my complaint personally, on his doorstep.',
        'deliver my complaint personally, on his doorstep',
      ],
    ],
    negatives: [
      'I will deliver the signed contract personally at your office on Monday.',
      'Please hand the loaner laptop to her in person at her home address.',
    ],
  },
  {
    rule: 'en.gr.violence.nothing_between_us',
    category: 'violence',
    positives: [
      ["You won't always have a desk between us, Mr. Ono.", "won't always have a desk between us"],
      ["Let's see how brave you are with no phone line between us.", 'no phone line between us'],
    ],
    negatives: [
      'We will not always have a desk for the contractor, so please enable hot-desking licences.',
      'Please just call us: there is no chat window between us and the sales team.',
    ],
  },
  {
    rule: 'en.gr.violence.not_violent_but',
    category: 'violence',
    positives: [
      [
        "I'm not a violent man, but there's a first time for everything.",
        "I'm not a violent man, but there's a first time for everything",
      ],
      ["I've done time for less than this. Fix it.", "I've done time for less"],
    ],
    negatives: [
      'I am not a violent person but I am very disappointed with the service.',
      "I'm not an aggressive person, but I do need this answered today.",
    ],
  },
  {
    rule: 'en.gr.violence.pray_we_never_meet',
    category: 'violence',
    positives: [
      ['Pray we never meet in person.', 'Pray we never meet'],
      ["You'd better hope we don't run into each other.", "You'd better hope we don't run into each other"],
    ],
    negatives: [
      'Pray we never see an outage like this again.',
      'I hope we meet at the user conference next month.',
    ],
  },
  {
    rule: 'en.gr.intimidation.visit_to_home',
    category: 'intimidation',
    positives: [
      [
        "I'll be paying a visit to your manager's house this weekend.",
        "paying a visit to your manager's house",
      ],
      ["My lads might drop by his parents' place, seeing as nobody answers.", 'drop by his parents'],
    ],
    negatives: [
      'Could one of your engineers visit his home this weekend and set up his laptop?',
      'I will pay a visit to your office for the QBR next month.',
    ],
  },
  {
    rule: 'en.gr.violence.settle_in_person',
    category: 'violence',
    positives: [
      ["I've got your name and plenty of patience. We'll talk in person eventually.", "We'll talk in person"],
      [
        "Next time I see you, we'll settle this the old-fashioned way.",
        "we'll settle this the old-fashioned way",
      ],
    ],
    negatives: [
      "We'll talk in person at the QBR next week, looking forward to it.",
      "We'll settle the renewal face to face at the meeting.",
    ],
  },
  {
    rule: 'en.gr.violence.sort_out_myself',
    category: 'violence',
    positives: [
      [
        'If this is not fixed by Friday I will come and sort your engineer out myself.',
        'sort your engineer out myself',
      ],
      ['Maybe your manager would like to explain himself to my boys.', 'explain himself to my boys'],
    ],
    negatives: [
      'I will sort the firewall out myself if you send the docs.',
      'Come by the stand and we will sort you out with a loaner laptop.',
    ],
  },
  {
    rule: 'en.gr.violence.stay_indoors',
    category: 'violence',
    positives: [
      ["Nothing personal, but I'd stay off the streets this week.", "I'd stay off the streets"],
      ['Tell him to stay indoors after dark for a while. Friendly advice.', 'Tell him to stay indoors'],
    ],
    negatives: [
      'You should stay indoors this week, the typhoon is coming; no rush on the ticket.',
      'Better stay at home if you have a fever, I can wait for the reply.',
    ],
  },
  {
    rule: 'en.gr.violence.what_happens_to_snitches',
    category: 'violence',
    positives: [
      ['You know what happens to snitches.', 'You know what happens to snitches'],
      ['Guess what happens to people like you where I come from.', 'Guess what happens to people like you'],
    ],
    negatives: [
      'You know what happens to tickets left open over the weekend? They auto-close.',
      'Remember what happens to licences that expire? Do they get deleted?',
    ],
  },
  {
    rule: 'en.gr.intimidation.job_hunting',
    category: 'intimidation',
    positives: [
      ['Keep ignoring me and you will be job hunting by Christmas, I promise.', 'job hunting'],
      ["If this isn't fixed, your agent had better start updating her CV.", 'updating her CV'],
    ],
    negatives: [
      'If you are ever looking for a new job, we are hiring!',
      'Our admin is looking for a new job, so please send the password to Ken instead.',
    ],
  },
  {
    rule: 'en.gr.intimidation.fired_or_sent_away',
    category: 'intimidation',
    positives: [
      [
        "I'll make sure she's transferred to the night shift at a call centre.",
        "make sure she's transferred to the night shift",
      ],
      ['I will keep emailing until your manager fires you.', 'until your manager fires you'],
    ],
    negatives: [
      "Please make sure he's transferred to the right queue.",
      'Can you make sure the ticket is moved to the network team?',
    ],
  },
  {
    rule: 'en.gr.intimidation.not_here_next',
    category: 'intimidation',
    positives: [
      ["You'll be done here if I tell your supervisor.", "You'll be done here"],
      [
        "Half of your agents won't be employed there by the next renewal, mark my words.",
        "Half of your agents won't be employed",
      ],
    ],
    negatives: [
      "You'll be done here by 5, right? We want the migration finished tonight.",
      "Some of your agents won't be there next week because of Golden Week, correct?",
    ],
  },
  {
    rule: 'en.gr.intimidation.lose_job',
    category: 'intimidation',
    positives: [
      ['u lose ur job tomorrow if u dont fix. my friend is director.', 'u lose ur job'],
      ['You could lose your visa over this, I will make sure of it.', 'You could lose your visa'],
    ],
    negatives: [
      'If we lose the account data, will you restore it?',
      'Sorry to hear your team may lose jobs in the restructuring.',
    ],
  },
  {
    rule: 'en.gr.intimidation.fragile_career',
    category: 'intimidation',
    positives: [
      ["Promotions can be so fragile, can't they, Mr. Ito?", 'Promotions can be so fragile'],
      [
        'Probation periods are so easy to lose, Ms. Abe. My complaint goes to your director today.',
        'Probation periods are so easy to lose',
      ],
    ],
    negatives: [
      'Careers in IT can be precarious these days.',
      'Jobs in this industry are fragile for everyone, says the survey we read.',
    ],
  },
  {
    rule: 'en.gr.intimidation.shame_if_career',
    category: 'intimidation',
    positives: [
      [
        'It would be a real pity if your manager received a formal complaint about your conduct right before your appraisal.',
        'pity if your manager received a formal complaint',
      ],
      [
        'Shame if the first entry on her new record was my complaint, Ms. Hara.',
        'Shame if the first entry on her new record',
      ],
    ],
    negatives: [
      'It would be a shame if the report showed the wrong totals; could you check the export?',
      'Would be a shame if your team missed the webinar, it is great.',
    ],
  },
  {
    rule: 'en.gr.intimidation.for_much_less',
    category: 'intimidation',
    positives: [
      ['Engineers get fired for far less, Ms. Kudo.', 'Engineers get fired for far less'],
      ['Your manager should know speakers get dropped for much less.', 'speakers get dropped for much less'],
    ],
    negatives: [
      'People get fired for much less, so I understand your caution with the admin rights.',
      'Contracts get cancelled for much less in our sector, I get it.',
    ],
  },
  {
    rule: 'en.gr.intimidation.recruiters_told',
    category: 'intimidation',
    positives: [
      [
        "If this isn't fixed, every recruiter I know will hear your engineers' names.",
        'every recruiter I know',
      ],
      ['I will forward his name to his former employers, unless you refund us.', 'his former employers'],
    ],
    negatives: [
      'Our recruiter will contact your engineer about the job opening he asked about.',
      "We'll gladly be a reference for your engineer with his former employers, he was outstanding.",
    ],
  },
  {
    rule: 'en.gr.intimidation.friend_of_boss',
    category: 'intimidation',
    positives: [
      [
        "I'm an old golf buddy of your CEO and I won't hesitate to tell him which of his staff embarrassed him.",
        "I'm an old golf buddy of your CEO",
      ],
      [
        'My brother is on the board at your biggest customer. Your call.',
        'My brother is on the board at your biggest customer',
      ],
    ],
    negatives: [
      "I'm a friend of your CEO from university, please tell him hello!",
      "I'm a friend of your CEO from university, please send him my best regards.",
    ],
  },
  {
    rule: 'en.gr.intimidation.authority_clout',
    category: 'intimidation',
    positives: [
      [
        "I'm friendly with a few people at the labour standards office. Inspections can be so unpleasant.",
        'friendly with a few people at the labour standards',
      ],
      [
        'Our chairman knows some people at the tax bureau. I would hate for an audit to disrupt your quarter.',
        'knows some people at the tax bureau',
      ],
    ],
    negatives: [
      'Our friends at the tax office asked for the invoice in the qualified format.',
      'Our auditor asked for the SOC 2 report; our contacts at the regulator need it too.',
    ],
  },
  {
    rule: 'en.gr.intimidation.that_kind_of_pull',
    category: 'intimidation',
    positives: [
      ["I've got that sort of clout, so choose carefully.", "I've got that sort of clout"],
      ['I have plenty of influence with your management, Ms. Abe.', 'I have plenty of influence with your'],
    ],
    negatives: [
      'I have a lot of influence over our renewal decision, so let us talk pricing.',
      'That kind of pull request needs two reviewers in our repo.',
    ],
  },
  {
    rule: 'en.gr.intimidation.background_recited',
    category: 'intimidation',
    positives: [
      [
        "You went to high school in Kobe, right? I'd answer faster if I were you.",
        'You went to high school in',
      ],
      ['Kenta, raised in Sendai? I did my homework. Escalate now.', 'raised in Sendai?'],
    ],
    negatives: [
      'You grew up in Sakai? Me too!',
      'The new hire joined in 2022, lives in Osaka, and will be our admin contact.',
    ],
  },
  {
    rule: 'en.gr.intimidation.family_will_hear',
    category: 'intimidation',
    positives: [
      ['Your wife will find out exactly how you treat customers.', 'Your wife will find out'],
      [
        'I found you on Facebook; your parents are going to hear all about this.',
        'your parents are going to hear',
      ],
    ],
    negatives: [
      'Your family will get to see you more with the new four-day week, congrats!',
      'Your kids will love the new mobile app.',
    ],
  },
  {
    rule: 'en.gr.intimidation.family_seeing_name',
    category: 'intimidation',
    positives: [
      [
        'How would your kids feel reading your name in the papers as the man who ruined a hospital?',
        'your name in the papers',
      ],
      ['Every morning your boss will see her name next to the word negligent.', 'her name next to'],
    ],
    negatives: [
      'Think about how your users would feel seeing this error on their phones.',
      'Please put her name next to the release in the credits, she deserves it.',
    ],
  },
  {
    rule: 'en.gr.intimidation.false_accusation',
    category: 'intimidation',
    positives: [
      ['Do it, or I tell the regulator you took kickbacks.', 'tell the regulator you took kickbacks'],
      [
        "I'll tell the police your engineers stole our data, whether they did or not.",
        'tell the police your engineers stole',
      ],
    ],
    negatives: [
      'We received a phishing email claiming you hacked our servers. Is this genuine?',
      'Please tell us whether the fix is enabled or not.',
    ],
  },
  {
    rule: 'en.gr.intimidation.see_how_they_like',
    category: 'intimidation',
    positives: [
      ['See how your manager likes being investigated.', 'See how your manager likes being investigated'],
      [
        'Let us see how your engineers enjoy getting named in the press.',
        'see how your engineers enjoy getting named',
      ],
    ],
    negatives: [
      'See how your users like it and let us know.',
      'We will see how the new filter handles being tested with our traffic.',
    ],
  },
  {
    rule: 'en.gr.intimidation.wish_you_didnt',
    category: 'intimidation',
    positives: [
      ["You're going to wish you never closed my ticket.", "You're going to wish you never"],
      ['whoever did this will wish they hadnt', 'whoever did this will wish they hadnt'],
    ],
    negatives: [
      "You'll wish you had upgraded sooner, the new version is great.",
      'You will wish you had enabled MFA earlier, trust me.',
    ],
  },
  {
    rule: 'en.gr.intimidation.determined_person',
    category: 'intimidation',
    positives: [
      [
        "You'd be surprised what a motivated customer can dig up.",
        "You'd be surprised what a motivated customer can dig up",
      ],
      [
        'you would be amazed what a bored man can find out about an agent.',
        'you would be amazed what a bored man can find',
      ],
    ],
    negatives: [
      "You'd be amazed what a determined person can do with your API.",
      'You will be surprised how much a patient admin can achieve with this tool.',
    ],
  },
  {
    rule: 'en.gr.intimidation.one_call_and',
    category: 'intimidation',
    positives: [
      [
        'A single call from me and your career is over. I have friends at the Nikkei.',
        'A single call from me and',
      ],
      ['One word from me and you are done there, I know your chairman.', 'One word from me and'],
    ],
    negatives: [
      'One call and it was fixed, thanks!',
      'One email and the team restored everything, thank you.',
    ],
  },
  {
    rule: 'en.gr.intimidation.follow_home',
    category: 'intimidation',
    positives: [
      [
        'These things have a way of following people home, Ms. Mori.',
        'things have a way of following people home',
      ],
      [
        "It is in everyone's interest, including yours personally, to keep this friendly.",
        'including yours personally',
      ],
    ],
    negatives: [
      'The VPN profile follows you home on your laptop.',
      'Does the mailbox policy follow people home onto their own devices?',
    ],
  },
  {
    rule: 'en.gr.intimidation.family_whereabouts',
    category: 'intimidation',
    positives: [
      ['Your family is in Yokohama, right? Lovely area.', 'Your family is in Yokohama, right?'],
      [
        'His kids live near Kichijoji, correct? Quiet neighbourhood.',
        'His kids live near Kichijoji, correct?',
      ],
    ],
    negatives: [
      'Your family is in Yokohama, right? Hope they are safe after the earthquake.',
      'Your parents are in Osaka? Hope they are enjoying the holiday.',
    ],
  },
  {
    rule: 'en.gr.intimidation.faster_than_lawyers',
    category: 'intimidation',
    positives: [
      ["Lawyers are slow. I'm not.", "Lawyers are slow. I'm not"],
      ["Courts take years. I don't.", "Courts take years. I don't"],
    ],
    negatives: [
      "Lawyers are slow, so we'd rather settle this through your dispute process.",
      'The courts are slow and expensive, so we propose mediation.',
    ],
  },
  {
    rule: 'en.gr.intimidation.find_out_myself',
    category: 'intimidation',
    positives: [
      ["Fine, don't give me her surname. I'll find it out myself.", "I'll find it out myself"],
      [
        "Then I'll find out one way or another. Your employee directory isn't that hard to get.",
        "I'll find out one way or another",
      ],
    ],
    negatives: [
      "I'll find out myself from the logs if you can't share the root cause.",
      'If the docs are unclear, I will find it out myself in the API reference.',
    ],
  },
  {
    rule: 'en.gr.intimidation.name_spread',
    category: 'intimidation',
    positives: [
      ["I'll be outside your HQ handing out leaflets with your name and photo.", 'leaflets with your name'],
      [
        'Our whole association will hear her name and exactly what she did.',
        'hear her name and exactly what she did',
      ],
    ],
    negatives: [
      'We hand out flyers with our names on them at trade shows.',
      'Everyone will hear her name and what she did for us at the award dinner, thank you!',
    ],
  },
  {
    rule: 'en.gr.intimidation.clips_will_end_up',
    category: 'intimidation',
    positives: [
      [
        'Recordings of your support team will end up on YouTube unless you call me.',
        'Recordings of your support team will end up',
      ],
      [
        'If I get another canned reply, clips of your agents will be posted with their names.',
        'clips of your agents will be posted',
      ],
    ],
    negatives: [
      'Recordings of your agents will be used for training, right?',
      'Will recordings of your support staff be deleted after the retention period?',
    ],
  },
];

/** The veto of this file, and the rules of other files narrowed here (calm sentences cleared, menace kept). */
const GUARDS: GuardTable[] = [
  {
    id: 'en.gr.veto.read_out_received',
    category: 'intimidation',
    calm: [
      'Customer: One of our staff got an email this morning. It says, hold on, I\'ll read it: "Pay up or you will regret it." Can you check whether others got it?',
      'The text he got says, let me read it out: "You will regret this, all of you." Can your filter catch these?',
    ],
    kept: ['Pay up or you will regret it.', 'Refund us by Friday. You will regret this, all of you.'],
  },
  {
    id: 'en.x.intimidation.polite_menace',
    category: 'intimidation',
    calm: [
      'I trust you understand what it will take to migrate 4,000 mailboxes over one weekend; please send a plan.',
      'I hope you appreciate what it would take to re-certify every device, so let us plan it together.',
    ],
    kept: [
      'I trust you understand what will happen if the refund is late.',
      'I trust you understand the consequences of refusing.',
    ],
  },
  {
    id: 'en.intimidation.regret',
    category: 'intimidation',
    calm: [
      "You'll wish you had upgraded sooner, the new version is great.",
      'You will wish you had enabled MFA earlier, trust me.',
    ],
    kept: ["You'll wish you had never crossed me.", 'You will wish you had listened, Mr. Ota.'],
  },
  {
    id: 'en.r.intimidation.going_to_wish',
    category: 'intimidation',
    calm: [
      "You'll wish you had switched to the annual plan years ago.",
      "You'll wish you had turned on DMARC from the start.",
    ],
    kept: ["You'll wish you'd never been born.", "You will wish you hadn't closed my ticket."],
  },
  {
    id: 'en.y.intimidation.regret_it',
    category: 'intimidation',
    calm: [
      'You will wish you had enabled MFA earlier, trust me.',
      'You will wish you had moved to SSO sooner.',
    ],
    kept: [
      'You will wish you had helped me when you had the chance.',
      "I'll make sure everyone who touched this ticket regrets it.",
    ],
  },
  {
    id: 'en.x.intimidation.career_shame',
    category: 'intimidation',
    calm: [
      "Would be a shame if your team's promotion of the new feature got delayed.",
      'It would be a pity if the promotion for the new bundle ended before we could buy it.',
    ],
    kept: [
      'Would be a shame if your promotion fell through over this ticket.',
      'Nice career you have there, it would be a pity to lose it.',
    ],
  },
];

describeRuleKinds('English grim menace rules (t38, t40)', KINDS, alone, 'en');

describeGuardTables('English grim menace (t38, t40): veto and narrowed rules of other files', GUARDS, 'en');

describeRuleFile('English grim menace (t38, t40) rules: the rule file', RULE_FILE, {
  lang: 'en',
  idPrefix: 'en.gr.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => GUARDS.map((g) => g.id),
  offsets: { engine: alone, text: "I'm  parked across from your ENTRANCE.   He has to come out sometime." },
});
