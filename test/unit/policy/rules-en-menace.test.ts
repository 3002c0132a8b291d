/**
 * English menace detectors (config/rules/en-menace.yaml, ids en.z.*): veiled and
 * open physical threats (violence) and non-physical menace (intimidation), run
 * through the real policy file and engine, so every rule file (and every veto)
 * is in play. One table per rule with positives written for this test (not taken
 * from any corpus), each with a fragment the rule's own evidence must cover, and
 * calm look-alikes in which the whole engine must not find the rule's category.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/en-menace.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('en-menace.yaml');

const KINDS: RuleKind[] = [
  // ---------------------------------------------------------------- violence
  {
    rule: 'en.z.violence.fall_down_stairs',
    category: 'violence',
    positives: [
      [
        'Think it over. Someone could trip in front of a train, you know how it is.',
        'trip in front of a train',
      ],
      ['you could fall down the stairs at your office, just saying. refund me', 'fall down the stairs'],
      ['Accidents happen, people fall down stairs. Approve the credit.', 'people fall down stairs'],
    ],
    negatives: [
      'My colleague fell down the stairs yesterday, so our admin is off work this week.',
      'Our script lets users slip off the list when they unsubscribe.',
    ],
  },
  {
    rule: 'en.z.violence.on_your_way',
    category: 'violence',
    positives: [
      ['Careful walking home tonight, Sato.', 'Careful walking home'],
      [
        'Fix the SSO today, or maybe we bump into each other on your way to the car park.',
        'bump into each other on your way to the car park',
      ],
      ['be careful driving home, mate. my ticket is still open', 'careful driving home'],
    ],
    negatives: [
      'Careful driving home tonight, the roads are icy. Thanks for staying late!',
      'Maybe we bump into each other at the conference next week.',
    ],
  },
  {
    rule: 'en.z.violence.knows_movements',
    category: 'violence',
    positives: [
      [
        "I have your support lead's schedule. Yoga on Mondays, night shift on Fridays.",
        "I have your support lead's schedule",
      ],
      ['i got ur managers routine. gym at 7, home by 9. reactivate my account', 'i got ur managers routine'],
      [
        'I know which train your night team takes home. Do the math.',
        'I know which train your night team takes',
      ],
    ],
    negatives: [
      "I have your engineer's schedule for the on-site visit on Tuesday morning.",
      'I know which train line your office is near, so I will come by for the meeting.',
    ],
  },
  {
    rule: 'en.z.violence.knows_home',
    category: 'violence',
    positives: [
      ['I know your engineer lives in Saitama. Process the refund.', 'I know your engineer lives'],
      ['i figured out ur agent parks behind the station. fix my dns', 'i figured out ur agent parks'],
    ],
    negatives: ['I know your engineer lives far away, so a remote session is fine.'],
  },
  {
    rule: 'en.z.violence.found_home_sleep_well',
    category: 'violence',
    positives: [
      ['I tracked down your home address. Sleep tight.', 'I tracked down your home address'],
      [
        "I found your engineer's home. You think you're safe behind that desk?",
        "I found your engineer's home",
      ],
    ],
    negatives: [
      'I found your home page very helpful, thanks.',
      'Got your home office set up? Sleep well tonight, the migration is done.',
    ],
  },
  {
    rule: 'en.z.violence.find_on_way_out',
    category: 'violence',
    positives: [
      ['If he keeps ignoring me I will find him in the car park.', 'find him in the car park'],
      ["i'll come and get him myself, and he won't like it", "i'll come and get him myself"],
      ['Tell her I will find her on her way out tonight.', 'find her on her way out'],
    ],
    negatives: [
      "I'll find him in the directory and add him to the distribution list.",
      "I'll come and get him myself from the station at 9 for the workshop.",
    ],
  },
  {
    rule: 'en.z.violence.waited_outside',
    category: 'violence',
    positives: [
      [
        'Sat outside your Umeda office all evening. No sign of Mr. Ito. Next time.',
        'Sat outside your Umeda office',
      ],
      [
        'waited in front of ur building for the tall guy from support. didnt see him. ill try again tmrw',
        'waited in front of ur building',
      ],
    ],
    negatives: [
      'I waited outside your office for the meeting but reception never called me in. Can we try again next week?',
      'The courier waited outside your office for an hour; please tell reception to sign for parcels.',
    ],
  },
  {
    rule: 'en.z.violence.people_like_you_get_hurt',
    category: 'violence',
    positives: [
      ['people like u get hurt, eventually', 'people like u get hurt'],
      [
        'People like your engineer tend to end up injured. Not by me, of course.',
        'People like your engineer tend to end up injured',
      ],
    ],
    negatives: [
      'People like you make this job a pleasure.',
      'People like you get promoted fast, honestly. Great work.',
    ],
  },
  {
    rule: 'en.z.violence.hurt_someone',
    category: 'violence',
    positives: [
      ["Escalate now or I'll hurt someone over there.", "I'll hurt someone"],
      ['im gonna hurt one of your agents if this isnt fixed', 'im gonna hurt one of your agents'],
    ],
    negatives: ["This bug will hurt someone's feelings if the wrong name shows in the greeting."],
  },
  {
    rule: 'en.z.violence.friends_visit',
    category: 'violence',
    positives: [
      ['A few guys I know might drop by your branch.', 'guys I know might drop by'],
      ["Pay up, or you won't enjoy meeting my friends.", "you won't enjoy meeting my friends"],
      [
        'Some mates of mine will pay your manager a little visit.',
        'mates of mine will pay your manager a little visit',
      ],
    ],
    negatives: ['A few friends of mine will visit your booth at the expo.'],
  },
  {
    rule: 'en.z.violence.handles_things',
    category: 'violence',
    positives: [
      [
        'my cousin takes care of problems for people. know what i mean?',
        'cousin takes care of problems for people',
      ],
      [
        'I have a friend who handles situations. One phone call. Think about that.',
        'friend who handles situations',
      ],
    ],
    negatives: ['My brother handles things for our small firm, so please copy him on the reply.'],
  },
  {
    rule: 'en.z.violence.bring_the_guys',
    category: 'violence',
    positives: [
      ['Tomorrow I am bringing my boys and we will sort this out face to face.', 'bringing my boys'],
      ["We'll settle this at your office, the old-fashioned way.", 'the old-fashioned way'],
    ],
    negatives: [
      "I'm bringing a couple of the guys from our IT team to the training at your office.",
      'We still file tickets the old-fashioned way, by fax to your office.',
    ],
  },
  {
    rule: 'en.z.violence.in_person_differently',
    category: 'violence',
    positives: [
      ['Be glad we are only talking over the phone.', 'glad we are only talking over the phone'],
      ['In person, this chat would end very differently for you.', 'end very differently for you'],
    ],
    negatives: ["I'm glad we're talking by email; it's easier to share the logs."],
  },
  {
    rule: 'en.z.violence.over_shoulder',
    category: 'violence',
    positives: [
      ['Tell your engineer to keep looking over his shoulder.', 'keep looking over his shoulder'],
      ['you better start watching over your shoulder', 'start watching over your shoulder'],
    ],
    negatives: ["Keep looking over the shoulder of the new admin for a week, that's our onboarding."],
  },
  {
    rule: 'en.z.violence.who_to_look_for',
    category: 'violence',
    positives: [
      ['Saw your team photo. Now I know exactly who to wait for.', 'I know exactly who to wait for'],
      ['nice staff page. we know who to look for now', 'we know who to look for'],
    ],
    negatives: ['Now I know exactly who to contact for DKIM issues. Thanks!'],
  },
  {
    rule: 'en.z.violence.when_i_see_her',
    category: 'violence',
    positives: [
      ["I'll remember your face when I see you.", "I'll remember your face when I see you"],
      ["Tell him I remember his name. Kobe isn't that big a town.", "Kobe isn't that big a town"],
    ],
    negatives: [
      "I'll remember that when I see the next invoice.",
      "Sapporo isn't that big a city, so one data centre is enough for our users there.",
    ],
  },
  {
    rule: 'en.z.violence.fighter',
    category: 'violence',
    positives: [
      [
        'I did karate for years. Happy to explain my invoice to your manager round the back.',
        'explain my invoice to your manager round the back',
      ],
      ['I was a boxer for ten years. Tell your engineer that.', 'I was a boxer for ten years'],
    ],
    negatives: ['I boxed for years, so typing with my wrist brace is slow. Bear with me.'],
  },
  {
    rule: 'en.z.violence.weapon_mentioned',
    category: 'violence',
    positives: [
      [
        "I keep a hunting knife in my truck. Just so you know who you're dealing with.",
        'I keep a hunting knife',
      ],
      ['I own a gun and my patience is running out. Keep that in mind.', 'I own a gun'],
    ],
    negatives: [
      "We're a knife manufacturer; our newsletter keeps getting quarantined for the word blade.",
      'I use a box cutter to open the appliance shipment, is the seal part of the warranty?',
    ],
  },
  // ------------------------------------------------------------ intimidation
  {
    rule: 'en.z.intimidation.call_family',
    category: 'intimidation',
    positives: [
      ["If your manager doesn't reply today I'm calling his wife.", 'calling his wife'],
      ['Refund me, or I will be texting your husband.', 'texting your husband'],
    ],
    negatives: ['Please call his wife, she is his emergency contact; he fainted at our office.'],
  },
  {
    rule: 'en.z.intimidation.make_problems',
    category: 'intimidation',
    positives: [
      [
        'My brother is a judge and he can make serious trouble for people like you.',
        'he can make serious trouble for people like you',
      ],
      ['I will make real problems for your support team.', 'I will make real problems for your support team'],
    ],
    negatives: ['This outage will cause serious problems for your other customers too.'],
  },
  {
    rule: 'en.z.intimidation.not_forgotten',
    category: 'intimidation',
    positives: [
      [
        "I haven't forgotten what your engineer did to us.",
        "I haven't forgotten what your engineer did to us",
      ],
      ['I am not a woman who forgets.', 'not a woman who forgets'],
    ],
    negatives: ["I haven't forgotten how kindly your engineer treated us last year."],
  },
  {
    rule: 'en.z.intimidation.everyone_regretted',
    category: 'intimidation',
    positives: [
      ['Every supplier that crossed us has regretted it.', 'Every supplier that crossed us has regretted'],
      [
        'Any company that ever stiffed my firm regrets it to this day.',
        'Any company that ever stiffed my firm regrets',
      ],
    ],
    negatives: ['Every vendor who has crossed the 99.9% mark gets our preferred status.'],
  },
  {
    rule: 'en.z.intimidation.cleaning_toilets',
    category: 'intimidation',
    positives: [
      ['I will make sure whoever refused this is cleaning toilets by May.', 'cleaning toilets'],
      ['I have a lot of influence with your leadership. Approve it.', 'I have a lot of influence with your'],
    ],
    negatives: ['Please make sure that whoever signed off is copied on the reply.'],
  },
];

describeRuleKinds('English menace rules (t29)', KINDS, alone, 'en');

const GUARDS: GuardTable[] = [
  {
    id: 'en.z.veto.gift_to_office',
    category: 'violence',
    calm: [
      'I know where your office is, so expect a box of donuts on Friday!',
      'i know where ur office is lol, ill drop off some cookies as a thank you',
      "I know where you're based, I'll send a thank you card to the team.",
    ],
    kept: [
      'I know where your office is. See you on Friday.',
      'I know where your engineer lives.',
      'I know where your office is. Sleep well.',
    ],
  },
  // en.yaml en.excessive.after_hours: the agent's way home named in a veiled threat is not a demand for service hours.
  {
    id: 'en.excessive.after_hours',
    category: 'excessive',
    calm: [
      'Get the SSO fixed before tonight or maybe we bump into each other on your way to the station.',
      'fix it by tonight or i run into you on your way home',
    ],
    kept: [
      'I need an engineer to work on this tonight.',
      'We expect your team to be on call this weekend for the migration.',
    ],
  },
  // en.yaml en.excessive.on_site: "need someone to own this" is ownership, not a person sent to a place.
  {
    id: 'en.excessive.on_site',
    category: 'excessive',
    calm: [
      "I'd like this escalated, please. We need someone to own this end to end.",
      'We need somebody to take this over; the ticket keeps bouncing.',
    ],
    kept: ["I want an engineer in Kobe by three o'clock.", 'We need someone at our Osaka office by Monday.'],
  },
];

describeGuardTables('English menace (t29): veto and narrowed rules', GUARDS, 'en');

describeRuleFile('English menace (t29) rules: the rule file', RULE_FILE, {
  lang: 'en',
  idPrefix: 'en.z.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => GUARDS.map((g) => g.id),
  offsets: { engine: alone, text: 'Careful   WALKING home tonight,  Sato.' },
});
