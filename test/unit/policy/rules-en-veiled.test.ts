/**
 * English veiled threats (config/rules/en-veiled.yaml, ids en.q.*): implied
 * physical threats (violence) from the English items of the training set t31
 * and the rule writer's own probes, run through the real policy file and
 * engine, so every rule file (and every veto) is in play. One table per rule
 * with positives written for this test (not taken from any corpus), each with a
 * fragment the rule's own evidence must cover, and calm look-alikes in which
 * the whole engine must not find violence.
 */
import { describeRuleFile, describeRuleKinds, engineWithOnly } from '../../support/rule-engine.js';
import type { RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/en-veiled.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('en-veiled.yaml');

const KINDS: RuleKind[] = [
  {
    rule: 'en.q.violence.shame_if_accident',
    category: 'violence',
    positives: [
      [
        'Would be a real pity if your support lead had a nasty fall on the way to the station. Anyway, the refund.',
        'pity if your support lead had a nasty fall',
      ],
      [
        "It'd be such a shame if Mr. Ono suffered some sort of accident before Friday.",
        'shame if Mr. Ono suffered some sort of accident',
      ],
      [
        "Terrible shame if Ms. Sato met with an unfortunate accident, wouldn't it.",
        'met with an unfortunate accident',
      ],
    ],
    negatives: [
      'Sorry to hear your engineer had an accident last week, hope he recovers quickly.',
      "It would be a shame if the migration had a hiccup, so let's test it first.",
    ],
  },
  {
    rule: 'en.q.violence.hate_for_anything_to_happen',
    category: 'violence',
    positives: [
      [
        "I'd hate for something bad to happen to your receptionist. She seems sweet.",
        'something bad to happen to your receptionist',
      ],
      [
        'Would be awful if anything happened to your kids, Mr. Kato. Call me today.',
        'anything happened to your kids',
      ],
      [
        "it'd be sad if something were to happen to him before the fix ships",
        'something were to happen to him',
      ],
    ],
    negatives: [
      "I'd hate for anything to happen to our data during the move, so please take a backup.",
      'Would be awful if something happened to the tenant during the upgrade.',
    ],
  },
  {
    rule: 'en.q.violence.fire_if',
    category: 'violence',
    positives: [
      [
        'Shame if your office went up in flames one night. These old buildings, you know.',
        'your office went up in flames',
      ],
      [
        'Hope your server room has good fire insurance. Would be awful if your server room caught fire.',
        'your server room caught fire',
      ],
      ['imagine if your hq burned to the ground, just saying', 'your hq burned to the ground'],
    ],
    negatives: [
      'What happens to our data if your data center catches fire? Do you have a DR site?',
      'We have a fire drill tomorrow, so your office contact will not reach us.',
    ],
  },
  {
    rule: 'en.q.violence.keep_body_parts',
    category: 'violence',
    positives: [
      [
        'Your engineer ought to decide if he likes keeping all ten fingers. Fix the export.',
        'keeping all ten fingers',
      ],
      [
        'Sorry for being blunt but your tech should think about whether he wants to keep his teeth.',
        'keep his teeth',
      ],
      ["if your rep wants to keep both her hands she'll call me back", 'keep both her hands'],
    ],
    negatives: [
      'Please remind your technicians to keep their hands clear of the rack rails; our safety policy requires gloves.',
      'If you want to keep your hands free, use the headset during the call.',
    ],
  },
  {
    rule: 'en.q.violence.broken_bones_fix',
    category: 'violence',
    positives: [
      [
        "Emails don't get results. Broken fingers do. Just something my dad used to say.",
        'Broken fingers do',
      ],
      ["nothing a few broken ribs wouldn't fix, if you ask me", "nothing a few broken ribs wouldn't fix"],
      ["Sorry doesn't work. Busted kneecaps work.", 'Busted kneecaps work'],
    ],
    negatives: [
      'Our engineer has a broken leg, so he will join the call remotely.',
      "My son broke his arm so I'm off on Friday; please contact Aiko.",
    ],
  },
  {
    rule: 'en.q.violence.sharpening_knives',
    category: 'violence',
    positives: [
      [
        'Spent my lunch break sharpening my hunting knife while waiting for your callback. Nice and sharp now.',
        'sharpening my hunting knife',
      ],
      [
        "I was cleaning my shotgun while on hold for an hour. thought you'd like to know",
        'cleaning my shotgun',
      ],
      ['Honed all my kitchen knives on hold today. Very therapeutic.', 'Honed all my kitchen knives'],
    ],
    negatives: [
      "We're a knife sharpening shop and our product catalogue mail with sharpening my knives tips is quarantined by the filter.",
      "I'll be cleaning my rifle after the range day, so I'm out of office Friday.",
    ],
  },
  {
    rule: 'en.q.violence.capability_boast',
    category: 'violence',
    positives: [
      ['I boxed professionally for 12 years btw. no reason. escalate this please', 'I boxed professionally'],
      ['fair warning im a black belt and my temper is short. engineer on the phone now', 'im a black belt'],
      [
        "I bench 180 kg and I'm running out of patience with your engineer. think about that.",
        'I bench 180 kg',
      ],
    ],
    negatives: [
      "I'm a black belt in Excel formulas. Anyway, how do I export the audit log?",
      'Our newsletter for the club mentions that I used to box, and it keeps getting quarantined. Can you allowlist it?',
    ],
  },
  {
    rule: 'en.q.violence.way_of_dealing',
    category: 'violence',
    positives: [
      [
        'Where I come from we have a way of dealing with people who waste our time.',
        'a way of dealing with people',
      ],
      ['In the army we knew how to deal with people who let the unit down.', 'knew how to deal with people'],
      ['Round here there are ways of dealing with folks who lie to customers.', 'ways of dealing with folks'],
    ],
    negatives: [
      'In the military we had a way of dealing with stress: checklists. Could you send yours for the migration?',
      'Where I come from we have a way of dealing with complaints: a ticket and a reply within a day.',
    ],
  },
  {
    rule: 'en.q.violence.past_victim',
    category: 'violence',
    positives: [
      [
        "The last tech who hung up on me, let's just say he won't be doing that again.",
        'The last tech who hung up',
      ],
      ['Dealt with IT guys like you before. One of them still walks with a limp.', 'still walks with a limp'],
      [
        'last rep that ignored my emails? never did it again. ended up in hospital actually',
        'last rep that ignored',
      ],
    ],
    negatives: [
      "The last engineer who handled this doesn't work there anymore, so could someone else pick it up?",
      'The last vendor who tried that approach left the company, thanks for taking over.',
    ],
  },
  {
    rule: 'en.q.violence.ask_what_happened',
    category: 'violence',
    positives: [
      [
        "you don't want me to show up. ask your colleagues in Nagoya what happened last time",
        'ask your colleagues in Nagoya what happened last time',
      ],
      [
        'Final warning. Ask your manager what happened to the last guy.',
        'Ask your manager what happened to the last',
      ],
      [
        'Ask your team what happened last time I had to come down to visit them.',
        'Ask your team what happened last time',
      ],
    ],
    negatives: [
      'Ask your colleagues what happened last time with the certificate, they fixed it quickly.',
      'Could you ask your team what happened last time the relay failed?',
    ],
  },
  {
    rule: 'en.q.violence.grabbed_next_time',
    category: 'violence',
    positives: [
      [
        "I grabbed your technician by the collar last time. Next time I won't let him go.",
        'grabbed your technician by the collar',
      ],
      ["Next time I won't go so easy on your installer.", "Next time I won't go so easy"],
      ['I shoved him against the wall when he came on-site.', 'shoved him against the wall'],
    ],
    negatives: [
      "Next time I won't let the sync run over the weekend; I'll schedule it for Monday.",
      'Our guard grabbed the intruder by the collar; can you pull his badge logs for the police?',
    ],
  },
  {
    rule: 'en.q.violence.friends_who_would',
    category: 'violence',
    positives: [
      [
        "I know a guy who'd do it for fifty quid. Fix the account.",
        "I know a guy who'd do it for fifty quid",
      ],
      [
        'I know people in Osaka who would love to meet your support manager.',
        'I know people in Osaka who would love to meet',
      ],
      ['She has friends who are not so patient. Call her back.', 'She has friends who are not so patient'],
    ],
    negatives: [
      "I know some people who'd love to meet your sales team, happy to introduce you for a reference deal.",
      'I know a few people who have had the same DKIM issue.',
    ],
  },
  {
    rule: 'en.q.violence.crowd_visit',
    category: 'violence',
    positives: [
      [
        "I'll show up at your office with fifty angry drivers if this isn't fixed by Monday.",
        'show up at your office with fifty',
      ],
      [
        "We'll be coming to your HQ mob-handed if this isn't sorted by Friday.",
        'coming to your HQ mob-handed',
      ],
      [
        'our drivers will be visiting your office in large numbers unless someone calls us',
        'visiting your office in large numbers',
      ],
    ],
    negatives: [
      'Our members will come to your office in large numbers for the partner day, thanks for hosting!',
      'We will come to your office with 5 people for the QBR on the 11th. Could you book a room?',
    ],
  },
  {
    rule: 'en.q.violence.not_gentle_people',
    category: 'violence',
    positives: [
      [
        'My workers are not gentle people and they will come to your office.',
        'My workers are not gentle people',
      ],
      ["They aren't patient men, and they know where your building is.", "aren't patient men"],
      [
        "my brothers are not very forgiving types. they'll sort it out with you at the office.",
        'my brothers are not very forgiving types',
      ],
    ],
    negatives: [
      'Their admins are not patient people, our customers. Please speed up the ticket.',
      'Our auditors are not patient people; the report has to come by Friday.',
    ],
  },
  {
    rule: 'en.q.violence.my_lads_will',
    category: 'violence',
    positives: [
      [
        "my lads will pop round your office and sort this out if you don't call me back",
        'my lads will pop round',
      ],
      ['My boys can drive down to Yokohama and find him.', 'My boys can drive down'],
      ['Otherwise my mates are going to pay your manager a visit.', 'my mates are going to pay'],
    ],
    negatives: [
      'My lads will come to your training session on Thursday.',
      'My boys will come to the demo with their laptops.',
    ],
  },
  {
    rule: 'en.q.violence.staff_children_school',
    category: 'violence',
    positives: [
      [
        'Nice pictures of your son at the school gate, Mr. Ito. Small world. Anyway I expect a call today about the ticket.',
        'pictures of your son',
      ],
      [
        "You have a daughter at St Mary's primary, don't you? Lovely school. Expect your call today.",
        "You have a daughter at St Mary's primary",
      ],
      [
        'Your kids walk home from school on their own, right? Be careful. Escalate my ticket.',
        'Your kids walk home from school',
      ],
    ],
    negatives: [
      "Congrats on your son's graduation from high school! Thanks for the help.",
      'Hope your daughter enjoyed her first day at school! The ticket is resolved.',
    ],
  },
  {
    rule: 'en.q.violence.family_safe',
    category: 'violence',
    positives: [
      [
        "You'd want your kids to stay safe, I'm sure. Close my ticket this week.",
        'want your kids to stay safe',
      ],
      [
        "I wonder what you'd do to protect your family. Think about it before you refuse.",
        "what you'd do to protect your family",
      ],
      [
        "Surely you'd like your wife to feel secure at home. Approve the credit.",
        'like your wife to feel secure',
      ],
    ],
    negatives: [
      'Stay safe during the typhoon, we want your kids to stay safe too.',
      'We want your family to feel safe over the holiday, so take care and reply next week.',
    ],
  },
  {
    rule: 'en.q.violence.home_address_held',
    category: 'violence',
    positives: [
      [
        "We have the home address of your engineer. We won't need to use it, provided the credit is approved.",
        'have the home address of your',
      ],
      [
        "I'm aware of the home address of your manager, so let's keep it that way and fix this.",
        'aware of the home address of your',
      ],
      [
        "I'll send the call recording to your agent's home address so her family can hear it.",
        "send the call recording to your agent's home address so her family",
      ],
    ],
    negatives: [
      'We accidentally received the home address of your account manager in a CC, please remove it.',
      'Please ship the replacement token to the home address of your customer contact if they work remotely.',
    ],
  },
  {
    rule: 'en.q.violence.easy_to_find',
    category: 'violence',
    positives: [
      [
        'Funny how easy it is to find out where your agents live these days. Just an observation.',
        'easy it is to find out where your agents live',
      ],
      [
        "I haven't yet needed to find where you live. Let's keep it that way.",
        "haven't yet needed to find where you live",
      ],
      [
        "it's surprisingly easy to track down where staff park",
        'surprisingly easy to track down where staff park',
      ],
    ],
    negatives: [
      "It's surprisingly easy to find out where people live from leaked data. Does MailGuard detect doxxing?",
      "How do we protect our employees, since it's very easy to find where staff live online?",
    ],
  },
  {
    rule: 'en.q.violence.announced_presence',
    category: 'violence',
    positives: [
      ["Found where your agent parks, level B2. I'll be in the area Thursday.", "I'll be in the area"],
      [
        "Your engineer's neighbourhood is on his blog. I'll be passing through soon.",
        "I'll be passing through",
      ],
      [
        'I happen to spend a lot of time in the neighbourhood where your manager lives.',
        'spend a lot of time in',
      ],
    ],
    negatives: [
      "I'll be in town next week for the conference, could we meet for coffee at your office?",
      "I'll be in the area on Thursday; can we do the QBR then? Our staff park in the visitor lot.",
    ],
  },
  {
    rule: 'en.q.violence.paths_cross',
    category: 'violence',
    positives: [
      [
        'It would be unfortunate if our paths happened to cross near his place.',
        'unfortunate if our paths happened to cross',
      ],
      ['Someone with a grudge could just show up at his door.', 'Someone with a grudge could just show up'],
      ['Shame if we ever crossed paths. Shame if our paths crossed, I mean.', 'Shame if our paths crossed'],
    ],
    negatives: [
      'A former employee with a grudge could show up at our office; someone with a grudge could turn up. How do we block him?',
      "It would be a shame if our paths didn't cross at the summit!",
    ],
  },
  {
    rule: 'en.q.violence.routine_observed',
    category: 'violence',
    positives: [
      [
        "Nice and quiet in the morning by the river where your manager runs. I'd fix the ticket if I were him.",
        'Nice and quiet in the morning',
      ],
      [
        "Your lead engineer's Instagram shows the same 7am jog by the canal every day. Ticket still open though.",
        'same 7am jog',
      ],
      [
        'does your manager still train at that boxing gym in Shibuya? might drop in and have a word',
        'does your manager still train at that',
      ],
    ],
    negatives: [
      'Your engineer ran the same 10k route as me in the charity race, well done to him!',
      'Our policy says staff take the same commute route; how do we set location alerts?',
    ],
  },
  {
    rule: 'en.q.violence.go_home_to',
    category: 'violence',
    positives: [
      [
        'I will call your references about your team, including the ones who go home at 6 to Chiba.',
        'including the ones who go home at 6 to Chiba',
      ],
      [
        'Everyone will hear about it, especially those who head home to Kawasaki.',
        'especially those who head home to Kawasaki',
      ],
      ['even the agents who commute from Omiya', 'even the agents who commute from Omiya'],
    ],
    negatives: [
      'Please include the ones who go home early in the invite list.',
      'Especially the staff who commute by train will like the mobile app.',
    ],
  },
  {
    rule: 'en.q.violence.knows_shift_end',
    category: 'violence',
    positives: [
      ['I know when your shift ends. Be seeing you.', 'I know when your shift ends'],
      ['i know what time you clock off, half five. think about that', 'i know what time you clock off'],
      ['I know exactly when your engineer leaves. Just saying.', 'I know exactly when your engineer leaves'],
    ],
    negatives: [
      "I know what time your shift ends so I'll call before 5.",
      "I know when your team leaves, so we'll email before 6.",
    ],
  },
  {
    rule: 'en.q.violence.staff_entrance',
    category: 'violence',
    positives: [
      [
        "Someone wait by the back entrance of your office at 6pm and they'd see the whole support team leave.",
        'wait by the back entrance',
      ],
      ["I'll be standing outside the staff exit tonight.", 'standing outside the staff exit'],
      ['parked near your staff entrance all evening', 'parked near your staff entrance'],
    ],
    negatives: [
      'Our courier will wait by the staff entrance to deliver the hardware.',
      'During the fire drill everyone waits at the rear exit assembly point.',
    ],
  },
  {
    rule: 'en.q.violence.alone_late',
    category: 'violence',
    positives: [
      [
        "Must get dark when you're leaving that office alone at 11pm. Just saying.",
        "dark when you're leaving that office alone",
      ],
      [
        "lonely walking to the station on your own that late, isn't it",
        'lonely walking to the station on your own',
      ],
      [
        'Leaving the building by yourself at midnight must be scary.',
        'Leaving the building by yourself at midnight must be scary',
      ],
    ],
    negatives: [
      'Our staff walk home alone late; is the dark mode of the VPN app available?',
      "Hope you get home safe, it's dark when leaving alone this late. Thanks for staying!",
    ],
  },
  {
    rule: 'en.q.violence.until_walks_out',
    category: 'violence',
    positives: [
      [
        "I'll be in the car park until the engineer who broke our mail walks out. I can wait.",
        'until the engineer who broke our mail walks out',
      ],
      [
        'Standing in your lobby until whoever closed my ticket comes out.',
        'until whoever closed my ticket comes out',
      ],
      ['waiting outside till he steps out... until he steps out.', 'until he steps out'],
    ],
    negatives: [
      "We'll wait in reception until your engineer comes out of the meeting.",
      'The job keeps running until the worker process gets out of the queue.',
    ],
  },
  {
    rule: 'en.q.violence.minutes_from_office',
    category: 'violence',
    positives: [
      [
        "I'm five minutes from your office. Keep ignoring me and see what happens.",
        "I'm five minutes from your office",
      ],
      [
        "I'm not far from your Osaka office and I won't be asking nicely.",
        "I'm not far from your Osaka office",
      ],
      ['got your building on Google Maps. fifteen minutes by taxi.', 'your building on Google Maps'],
    ],
    negatives: [
      "I'm ten minutes from your office, could I drop by to pick up the hardware token?",
      'Your office building is on Google Maps with the wrong address, just so you know.',
    ],
  },
  {
    rule: 'en.q.violence.dont_make_me_come',
    category: 'violence',
    positives: [
      ["don't make me drive over there. you won't like it.", "don't make me drive over"],
      ["you don't want me turning up at your office, trust me", "you don't want me turning up"],
      ['Do not make me fly down to Tokyo. You will not like it.', 'Do not make me fly down'],
    ],
    negatives: [
      "We don't want you to come down here for the install; remote is fine.",
      "You don't want me to send the logs again, they're huge.",
    ],
  },
  {
    rule: 'en.q.violence.see_you_outside',
    category: 'violence',
    positives: [
      ["i'll see you outside, pal. we'll settle this.", 'see you outside'],
      ['You and I are going to be having words, sunshine.', 'You and I are going to be having words'],
      ["meet me outside and say that again. i'll meet you outside.", 'meet you outside'],
    ],
    negatives: [
      "I'll see you outside the station at 9 for the on-site visit.",
      'See you outside the venue at 9 for the conference.',
    ],
  },
  {
    rule: 'en.q.violence.when_you_see_me',
    category: 'violence',
    positives: [
      ['remember this when you see me, mate.', 'remember this when you see me'],
      ["Tell him I'll meet him in person soon. He'll know why.", "He'll know why"],
      ['remember my face when u see me in person', 'remember my face when u see me'],
    ],
    negatives: [
      "Remember this when you see me at the conference booth, I'll buy you a coffee!",
      "Tell her thanks, she'll know why, and see you soon at the QBR.",
    ],
  },
  {
    rule: 'en.q.violence.just_you_and_me',
    category: 'violence',
    positives: [
      ["Which office are you in? Let's sort this out face to face, just you and me.", 'just you and me'],
      ['come down outside, just the two of us, no cameras', 'just the two of us'],
      ["I'll be in town. Let's settle it in person, just me and you, no managers.", 'just me and you'],
    ],
    negatives: [
      "Let's have a call, just you and me, to settle the pricing in person next week.",
      'Just you and me in the meeting room with the demo; which office is best?',
    ],
  },
  {
    rule: 'en.q.violence.while_you_can',
    category: 'violence',
    positives: [
      ['enjoy your holiday. while you can.', 'enjoy your holiday. while you can'],
      ['Enjoy your weekend... while you still can.', 'while you still can'],
      ['sleep well while you can', 'sleep well while you can'],
    ],
    negatives: [
      'Enjoy the sunshine while you can, the forecast says rain all week.',
      'Enjoy your quiet period while you can, the release is next month!',
    ],
  },
  {
    rule: 'en.q.violence.lucky_distance',
    category: 'violence',
    positives: [
      ["good thing we're thousands of miles apart. otherwise.", "good thing we're thousands of miles apart"],
      [
        "if I was there you'd be getting a proper hiding, lucky it's only email",
        "you'd be getting a proper hiding",
      ],
      ["you're lucky we're on different continents", "lucky we're on different continents"],
    ],
    negatives: [
      "Lucky we're on different continents, the follow the sun support works well.",
      "Good thing it's only a chat; the latency on calls is awful.",
    ],
  },
  {
    rule: 'en.q.violence.in_this_town',
    category: 'violence',
    positives: [
      [
        'Do you know what happens to people who rip off a small business around here?',
        'what happens to people who rip off a small business around here',
      ],
      [
        'You know what happens to vendors who lie in this town?',
        'what happens to vendors who lie in this town',
      ],
      [
        'ask around what happens to folks that cheat people in my neighbourhood',
        'what happens to folks that cheat people in my neighbourhood',
      ],
    ],
    negatives: [
      'What happens to people who leave the company around here? Do their licences free up?',
      'What happens to accounts that expire in this tenant?',
    ],
  },
  {
    rule: 'en.q.violence.feed_to_dog',
    category: 'violence',
    positives: [
      ['gonna find whoever pushed this update and feed him to my dogs lol', 'feed him to my dogs'],
      ["I'll hunt down the developer who wrote this UI.", 'hunt down the developer who'],
      ['feed your engineer to the sharks, honestly', 'feed your engineer to the sharks'],
    ],
    negatives: [
      'Our threat team wants to hunt down whoever sent this phishing campaign. Can you share the logs?',
      'We hunt down every account that clicked the link; is there an API?',
    ],
  },
];

describeRuleKinds('English veiled threat rules (t31)', KINDS, alone, 'en');

describeRuleFile('English veiled threat (t31) rules: the rule file', RULE_FILE, {
  lang: 'en',
  idPrefix: 'en.q.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  offsets: { engine: alone, text: "Dont   make me DRIVE over there. you  won't like it." },
});
