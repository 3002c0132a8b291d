/**
 * Violence, intimidation and privacy beside calm twins (config/rules/en-stalk.yaml, ids en.sk.*): constructions from
 * the English training set t63 (implied physical threats, stalking-type knowledge of staff's commute, car or route
 * home, non-physical coercion through careers, agencies and regulators, staff's names and numbers demanded or to be
 * published) and the rule writer's own paraphrases. One table per rule, with positives written for this test (not
 * taken from any corpus) and calm look-alikes sharing the trigger words; one calm/kept table per veto and per rule of
 * another file narrowed for this round.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/en-stalk.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('en-stalk.yaml');

const KINDS: RuleKind[] = [
  // ------------------------------------------------------------------ violence
  {
    rule: 'en.sk.violence.muscle_keen_to_meet',
    category: 'violence',
    positives: [
      [
        'My cousin works the doors at two bars in Shibuya. He is very keen to meet whoever decided to close my case.',
        'very keen to meet whoever',
      ],
      [
        'A few friends of mine from the boxing gym are really interested in meeting the engineer who broke our mail.',
        'really interested in meeting the engineer',
      ],
      [
        'My brother does security for a nightclub, and he is eager to have a word with your support manager.',
        'eager to have a word with your support manager',
      ],
    ],
    negatives: [
      'My brother runs the security team at our bank and is keen to meet your engineer to discuss a partnership demo.',
      'Our friends at the user group are very interested in meeting the engineer who gave the conference talk.',
    ],
  },
  {
    rule: 'en.sk.violence.knows_commute',
    category: 'violence',
    positives: [
      [
        'I know your name now, and I know you take the Tozai line from Kasai every morning.',
        'I know you take the Tozai line',
      ],
      ['Your agent looks tired. Chuo line, 7:45 departure, always alone.', 'Chuo line, 7:45 departure'],
      [
        'His commute must be so pleasant this time of year. He should answer my emails.',
        'His commute must be so pleasant',
      ],
    ],
    negatives: [
      'Our engineers take the Yamanote line to your office; which exit is nearest for the meeting?',
      'I saw the Keiyo line was suspended this morning, so no rush if your engineer is late for the visit.',
    ],
  },
  {
    rule: 'en.sk.violence.quiet_route_home',
    category: 'violence',
    positives: [
      [
        'Nice evening for your walk home, Yuki. That lane behind the station gets very quiet after nine.',
        'gets very quiet after nine',
      ],
      [
        "Your way home through the park, right? It is so dark after eight there, isn't it.",
        'is so dark after eight',
      ],
      [
        'He parks on your street and the road is pretty deserted after ten. Tell him to call me.',
        'is pretty deserted after ten',
      ],
    ],
    negatives: [
      'Our warehouse car park gets quiet after seven, so please schedule the engineer visit before then.',
      'The street in front of our building gets dark after six; take care on your walk home, and thanks again.',
    ],
  },
  {
    rule: 'en.sk.violence.size_and_fighting',
    category: 'violence',
    positives: [
      ["I'm 6'2 and I do MMA twice a week. just so you know.", "I'm 6'2"],
      ["I'm 120 kg and I used to be a bouncer. Think about that before you close my ticket.", "I'm 120 kg"],
      ['I am six foot five and I box. Be more helpful next time.', 'I am six foot five'],
    ],
    negatives: [
      "I'm 6'4 and the standing desk your facilities team sent is too low for my height; can we get a taller one?",
      "I'm six foot and I signed up for the charity boxing tournament your company sponsors. Thanks!",
    ],
  },
  {
    rule: 'en.sk.violence.not_talking_mood',
    category: 'violence',
    positives: [
      ["I'm coming to your office now and I'm not in a talking mood.", 'not in a talking mood'],
      ["On my way to your building. I'm in no mood for talking when I get there.", 'in no mood for talking'],
      ["I'll be in the lobby in ten minutes, and I'm not in a friendly mood.", 'not in a friendly mood'],
    ],
    negatives: [
      "Sorry, I'm not in a talking mood today; could you just email me the steps instead of calling?",
      'Not in the mood for another webinar, honestly. Can you send the slides?',
    ],
  },
  {
    rule: 'en.sk.violence.wait_for_whoever_comes_out',
    category: 'violence',
    positives: [
      [
        "I'm outside your building. I'll wait here for whoever from support walks out first.",
        'wait here for whoever from support walks out',
      ],
      [
        "Standing at your exit. Waiting for the first engineer who comes out. I've got all night.",
        'Waiting for the first engineer who comes out',
      ],
      [
        "I'm in your car park and I'll be waiting for any of you to come out.",
        'waiting for any of you to come out',
      ],
    ],
    negatives: [
      "I'm at your entrance for the 3pm meeting as agreed; I'll wait here for whoever comes down to collect me.",
      'The courier is waiting downstairs for whoever comes out to sign for the replacement appliance.',
    ],
  },
  {
    rule: 'en.sk.violence.courtesy_visit',
    category: 'violence',
    positives: [
      [
        'My associates can pay a courtesy visit to the engineer responsible, unless the refund is made this week.',
        'courtesy visit to the engineer',
      ],
      [
        'Our security contractors know how to arrange a friendly visit to the people who caused this.',
        'friendly visit to the people',
      ],
      [
        'Pay the credit by Friday. I trust a little visit will not be necessary.',
        'little visit will not be necessary',
      ],
    ],
    negatives: [
      'Thank you for the courtesy visit to our team last week; your account manager was very helpful.',
      'Our account manager will make a courtesy visit to the staff at our branch for the QBR, as arranged.',
    ],
  },
  {
    rule: 'en.sk.violence.our_people_will_meet_him',
    category: 'violence',
    positives: [
      [
        'Tell me which office he works in. My men will go there to meet him personally.',
        'My men will go there',
      ],
      [
        'Our people are going to visit his branch and explain to him what this loss means.',
        'Our people are going to visit his branch',
      ],
      ['my boys will be coming to see him tomorrow, then he understand', 'my boys will be coming to see him'],
    ],
    negatives: [
      'Our team will come to your office for the training workshop as scheduled on Tuesday.',
      'My staff will go there to meet him for the demo, thank you for arranging it.',
    ],
  },
  {
    rule: 'en.sk.violence.know_which_is_yours',
    category: 'violence',
    positives: [
      ['I know which car is yours, the blue hatchback by the gate.', 'I know which car is yours'],
      ['We found out which flat is his. Fix the outage.', 'found out which flat is his'],
      [
        'i know exactly which house belongs to her. call me back',
        'i know exactly which house belongs to her',
      ],
    ],
    negatives: [
      'Our guard knows which car is yours from the visitor parking permit, so you can park at the front.',
      'Somebody left their headlights on - do you know which car is yours in bay 4?',
    ],
    absent: ['violence', 'privacy'],
  },
  {
    rule: 'en.sk.violence.unpleasant_visitors_at_home',
    category: 'violence',
    positives: [
      [
        'It would be a shame if your engineers started getting unwelcome visitors at home.',
        'unwelcome visitors at home',
      ],
      ['Some late-night callers to his house might help him focus.', 'late-night callers to his house'],
      ['Your staff may soon have uninvited guests at their homes.', 'uninvited guests at their homes'],
    ],
    negatives: [
      'Two of our nurses have been getting unpleasant visitors at home and the police are involved; how do we hide their numbers?',
      'Our doorbell camera logs unexpected visitors at home; can the alert mail be whitelisted?',
    ],
  },
  {
    rule: 'en.sk.violence.think_about_your_kids',
    category: 'violence',
    positives: [
      ['Got children? Think about them before you tell me to wait again.', 'Think about them before you'],
      [
        'Think of your daughters next time you close a ticket on me.',
        'Think of your daughters next time you',
      ],
      [
        'He has a family. Tell him to think about his kids before he refuses me.',
        'think about his kids before he',
      ],
    ],
    negatives: [
      'We turned on the parental filter for staff with kids; think about them when you set the defaults.',
      'People who depend on your salary? Think about them before you tell me no, or I will get you fired.',
    ],
  },
  {
    rule: 'en.sk.violence.small_city_find_them',
    category: 'violence',
    positives: [
      ['Osaka is a small city. We will find him eventually.', 'Osaka is a small city'],
      ["My friends have short tempers, and it's a small world.", "it's a small world"],
      ['This is a small town. Sooner or later I run into your engineer.', 'This is a small town'],
    ],
    negatives: [
      'It is a small world: your engineer is an old classmate of mine. Great to meet him at the conference!',
      'Tokyo is a small city for our trucks; we will find them eventually in the fleet tracker, no worries.',
    ],
  },
  {
    rule: 'en.sk.violence.feels_like_at_home',
    category: 'violence',
    positives: [
      [
        'People who ruin businesses sometimes find out what it feels like at home.',
        'find out what it feels like at home',
      ],
      [
        'Remind your engineer that he has a family. Escalate this.',
        'Remind your engineer that he has a family',
      ],
      [
        'Maybe your manager should find out what that feels like for his kids.',
        'find out what that feels like for his kids',
      ],
    ],
    negatives: [
      'Please remind your engineer that he has a family and should go home; the overtime is not needed.',
      'We ran the outage drill so our team can find out what it feels like before the real cutover.',
    ],
  },
  {
    rule: 'en.sk.violence.nothing_with_that_yet',
    category: 'violence',
    positives: [
      [
        'I found the school his son goes to. I am not going to do anything with that. Yet.',
        'not going to do anything with that. Yet',
      ],
      [
        "I know her home address. I won't do anything about it... for now.",
        "won't do anything about it... for now",
      ],
      [
        "We're not going to use anything with this information, yet. The family address is noted.",
        'not going to use anything with this information, yet',
      ],
    ],
    negatives: [
      "The school's mail server bounced again; I'm not going to do anything with that yet, I'll wait for your fix.",
      "The home folder sync failed. I'm not going to do anything about it until you advise.",
    ],
  },
  {
    rule: 'en.sk.violence.me_showing_up_at_his_house',
    category: 'violence',
    positives: [
      ['Does he really want me showing up at his house?', 'want me showing up at his house'],
      ['Ask her if she would like us to turn up at her door.', 'like us to turn up at her door'],
      ['Your manager does not want me to show up at his place. Fix it.', 'want me to show up at his place'],
    ],
    negatives: [
      'Does the engineer want me to show up at his office for the on-site install, or meet him at ours?',
      'She said she would like us to turn up at her door only for the router delivery, as arranged.',
    ],
  },
  {
    rule: 'en.sk.violence.hate_for_anything_to_spoil',
    category: 'violence',
    // Still flagged by en.mx.violence.hate_for_something_to_happen (en-mix.yaml), left alone: see the report.
    ownNegatives: [
      "A typhoon is coming tonight; I'd hate for anything to happen on your way home, so stay safe.",
    ],
    positives: [
      [
        "Cute kids. I'd hate for anything to spoil their walk to school.",
        "I'd hate for anything to spoil their walk to school",
      ],
      [
        'We would hate for something to happen to your children.',
        'would hate for something to happen to your children',
      ],
      ["I'd hate for anything to ruin his drive home.", "I'd hate for anything to ruin his drive home"],
    ],
    negatives: [
      "I'd hate for anything to happen to the archive during the migration, so please take a backup first.",
    ],
  },
  // ------------------------------------------------------------------ intimidation
  {
    rule: 'en.sk.intimidation.careers_end_over_less',
    category: 'intimidation',
    positives: [
      [
        'I will name both engineers to your board. Careers have ended over less.',
        'Careers have ended over less',
      ],
      ['People get fired for less than this, you know.', 'People get fired for less'],
      ['Engineers have lost their jobs for much less.', 'Engineers have lost their jobs for much less'],
    ],
    negatives: [
      'Two of our own admins were fired for less, so we take the audit log seriously; can it be exported?',
      'Careers in cybersecurity have grown; can your team recommend training for our staff?',
    ],
  },
  {
    rule: 'en.sk.intimidation.one_email_and_gone',
    category: 'intimidation',
    positives: [
      [
        'One call from me to her agency and she is out of a job.',
        'One call from me to her agency and she is out of a job',
      ],
      ['One email to your director and he is gone.', 'One email to your director and he is gone'],
      [
        'Your agent is a contractor. Contractors can easily be replaced, Mr. Lee.',
        'Contractors can easily be replaced',
      ],
    ],
    negatives: [
      'Our own contractors can be replaced if they miss the migration, so please share the runbook.',
      'One email to your support address and the ticket is open; that works great.',
    ],
  },
  {
    rule: 'en.sk.intimidation.nobody_will_hire',
    category: 'intimidation',
    // Still flagged by en.a.intimidation.career_over (en-pressure.yaml), left alone: see the report.
    ownNegatives: [
      'In this recession no one will hire him, so our team kept the intern on; please add his mailbox.',
    ],
    positives: [
      [
        'Once I send these transcripts to HR, nobody will ever hire her again.',
        'nobody will ever hire her again',
      ],
      ['I will tell every recruiter I know. No company will touch him.', 'No company will touch him'],
      ['If we post the records, no one is going to employ you.', 'no one is going to employ you'],
    ],
    negatives: [
      'Our own staff said nobody will want to employ that old mail server again, ha. Please decommission it.',
    ],
  },
  {
    rule: 'en.sk.intimidation.read_about_herself',
    category: 'intimidation',
    positives: [
      [
        "I'd hate for him to read about himself on the news tonight.",
        "I'd hate for him to read about himself",
      ],
      [
        'We would hate for your agent to hear about it from the press.',
        'would hate for your agent to hear about it',
      ],
      [
        "I'd hate for her to find out about herself from the papers.",
        "I'd hate for her to find out about herself",
      ],
    ],
    negatives: [
      "I'd hate for her to hear the bad news from someone else; please tell the team the rollout is delayed.",
      'We would hate for you to read the whole log; the summary is attached.',
    ],
  },
  {
    rule: 'en.sk.intimidation.contacts_at_authority',
    category: 'intimidation',
    positives: [
      [
        'Refund the year or I call my friend at the tax office tomorrow morning.',
        'or I call my friend at the tax office',
      ],
      [
        'I have contacts at the Ministry of Labour. I could have them audit you. Your choice.',
        'I have contacts at the Ministry of Labour',
      ],
      [
        'We know people at the regulator. Give us the upgrade free, or else.',
        'We know people at the regulator',
      ],
    ],
    negatives: [
      'We have reported the breach to the regulator as required by law; please send your incident timeline.',
      'I have a friend at the tax office who uses your product; she says the export works fine.',
    ],
  },
  {
    rule: 'en.sk.intimidation.other_means_of_locating',
    category: 'intimidation',
    positives: [
      [
        'Send his number today, failing which we will find other ways of reaching him.',
        'find other ways of reaching him',
      ],
      ['Give me her last name or I will find it out myself.', 'or I will find it out myself'],
      [
        'Our director will use his own means to track down your engineer.',
        'use his own means to track down your engineer',
      ],
    ],
    negatives: [
      'If the knowledge base has no answer, or I find it myself, I will close the ticket.',
      'We will use other means of reaching the relay, such as the backup route, until the fix lands.',
    ],
  },
  // ------------------------------------------------------------------ privacy
  {
    rule: 'en.sk.privacy.that_persons_name',
    category: 'privacy',
    positives: [
      ["Send me that engineer's full name if you know what's good for you.", "that engineer's full name"],
      ["I want this agent's surname. Now.", "this agent's surname"],
      ["Give me that woman's home address.", "that woman's home address"],
    ],
    negatives: [
      "Could you tell me that engineer's full name? I want to thank him in our survey.",
      "That agent's full name is on the visitor badge list already, thanks.",
    ],
  },
  {
    rule: 'en.sk.privacy.name_surname_now',
    category: 'privacy',
    positives: [
      ['name. surname. now.', 'name. surname. now'],
      ['Your name, last name. Immediately.', 'Your name, last name. Immediately'],
      ['Full name. Family name. Today!', 'Full name. Family name. Today'],
    ],
    negatives: [
      'The form asks for a display name and a surname; which field maps to the GAL?',
      'Please put the name. Then the date. Thanks.',
    ],
  },
  {
    rule: 'en.sk.privacy.contact_at_any_hour',
    category: 'privacy',
    positives: [
      [
        'Provide the personal mobile number of your team lead so our CEO can call him day or night.',
        'personal mobile number of your team lead',
      ],
      [
        'Kindly share the WhatsApp ID and LinkedIn profile of the engineer, by EOD.',
        'WhatsApp ID and LinkedIn profile of the engineer',
      ],
      [
        'Send the mobile number and home address of your manager so we can contact him directly.',
        'mobile number and home address of your manager',
      ],
    ],
    negatives: [
      'Please share the on-call number of your support desk, as per the contract escalation matrix.',
      'We need the mobile numbers of our own staff exported from the directory.',
    ],
  },
  {
    rule: 'en.sk.privacy.play_named_recording',
    category: 'privacy',
    positives: [
      [
        "I'll be playing the recording at our industry conference, with the agent's full name announced.",
        'playing the recording at our industry conference',
      ],
      [
        'Send the call with his name on it. I will play it to my 300 followers on the stream.',
        'play it to my 300 followers on the stream',
      ],
      [
        'With her employee number read out, we will show the video at the next meetup.',
        'show the video at the next meetup',
      ],
    ],
    negatives: [
      "We will play the recording at our internal training session, with the agent's name redacted.",
      'Could you play it to the team at the meeting? His voice is clear on the sample we recorded.',
    ],
  },
  {
    rule: 'en.sk.privacy.name_staff_as_responsible',
    category: 'privacy',
    positives: [
      [
        'My blog post names Mr. Tanaka as the engineer responsible for the outage. It goes out tonight.',
        'names Mr. Tanaka as the engineer responsible',
      ],
      ['The letter to your CEO will name her as the person to blame.', 'name her as the person to blame'],
      [
        'I am naming your agent Kim as the one at fault on LinkedIn.',
        'naming your agent Kim as the one at fault',
      ],
    ],
    negatives: [
      'Our newsletter names Ms. Ito as the engineer responsible for the fast fix - thank you, she earned the praise.',
      'The RCA names the relay as the component responsible; please review it.',
    ],
  },
  {
    rule: 'en.sk.privacy.knows_commute',
    category: 'privacy',
    positives: [
      ['I noticed she takes the Ginza line home at 6.', 'she takes the Ginza line'],
      ['Hanzomon line, 8:20 departure. She looks lovely in the mornings.', 'Hanzomon line, 8:20 departure'],
      ['Your commute must be very long. Answer my ticket.', 'Your commute must be very long'],
    ],
    negatives: [
      'Our staff take the Marunouchi line; what is the nearest station to your office for the visit?',
      'I know your engineer takes the Keio line, which is suspended today, so no rush at all.',
    ],
  },
  {
    rule: 'en.sk.privacy.quiet_route_home',
    category: 'privacy',
    positives: [
      ['Your way home along the river gets so quiet after ten, right?', 'gets so quiet after ten'],
      ["Her street is very dark after eight, isn't it, Mari?", 'is very dark after eight'],
      ['His route home is deserted after midnight. Call me.', 'is deserted after midnight'],
    ],
    negatives: [
      'Our office building gets quiet after seven, so the upgrade could run then.',
      'Your walk home gets dark after five in winter; take care, and thanks for staying late yesterday.',
    ],
  },
  {
    rule: 'en.sk.privacy.know_which_is_yours',
    category: 'privacy',
    positives: [
      ['I know which car is his. The red one.', 'I know which car is his'],
      ['We worked out which apartment is yours.', 'We worked out which apartment is yours'],
      ['i know which desk is hers too', 'i know which desk is hers'],
    ],
    negatives: [
      'The guard knows which car is yours from the visitor parking list.',
      'Is that your car blocking the loading bay? Someone asked which car is yours.',
    ],
  },
  {
    rule: 'en.sk.privacy.found_it_not_hard',
    category: 'privacy',
    positives: [
      ["His house is near the river. I found it. It wasn't hard.", "I found it. It wasn't hard"],
      [
        'I tracked down where she lives, it was not difficult.',
        'I tracked down where she lives, it was not difficult',
      ],
      ['His flat is above a bakery. We found it, it was not difficult.', 'We found it, it was not difficult'],
    ],
    negatives: [
      'The setting was in the admin console. I found it. It was not hard, thanks for the tip.',
      'I found the home folder option; it was not difficult once I read the docs.',
    ],
  },
  {
    rule: 'en.sk.privacy.name_and_where_he_sits',
    category: 'privacy',
    positives: [
      ['tell me name of agent and which branch he sits', 'name of agent and which branch'],
      ['I want the name of the engineer and where he lives.', 'name of the engineer and where he lives'],
      ['Send the names of your staff and which office they work in.', 'names of your staff and which office'],
    ],
    negatives: [
      'Please send the name of the engineer and which office he sits in, for the visitor badge.',
      'Could I have the name of the agent and which branch she is at? We want to send a thank-you letter.',
    ],
  },
  {
    rule: 'en.sk.intimidation.long_reach',
    category: 'intimidation',
    positives: [
      ['Give me their real name. I have a very long reach, remember that.', 'I have a very long reach'],
      ["I'm a patient man, and I will wait until I know who you are.", "I'm a patient man"],
      ['Tell your manager our reach is long. Fix this.', 'our reach is long'],
    ],
    negatives: [
      'Our newsletter has a long reach in APAC; can the mail relay handle 200,000 recipients?',
      "I'm a patient man, so no rush on the quote; next week is fine.",
    ],
  },
  {
    rule: 'en.sk.privacy.staff_social_account',
    category: 'privacy',
    positives: [
      ["Your agent Yumi? She's on Instagram as @yumi.k. She'll hear from me there.", "She's on Instagram as"],
      ["He's on TikTok as kenji_fixes, I checked.", "He's on TikTok as"],
      ['I will tag him in every post about your outage until this is fixed.', 'tag him in every post'],
    ],
    negatives: [
      "Kudos to Mika - she's on Twitter as @mika_dev and we will tag her in every post about the launch, thanks!",
      'Our social media manager is on Instagram as @tobu_logistics; can the notification mails go there?',
    ],
  },
];

// ------------------------------------------------------------- vetoes
const VETOES: GuardTable[] = [
  {
    // en.privacy.real_name, en.privacy.publish and the like: names and photos for a building badge
    id: 'en.sk.veto.visitor_badge_details',
    category: 'privacy',
    calm: [
      'Our data centre issues photo security badges. Please send each engineer’s full name and a photo by Friday.',
      'For the site induction, your technicians need visitor passes: send their full names and photos to reception.',
    ],
    kept: [
      'Our building issues visitor badges. Send me your engineer’s full name and home address, or else.',
      'Send their full names and photos so I can post them online.',
    ],
  },
  {
    // backstop.monetary and money rules on "credit"
    id: 'en.sk.veto.credit_as_attribution',
    category: 'monetary',
    calm: [
      "We'd credit Shirogane, not named individuals, unless they're happy to be named.",
      'We will credit your team by name in the case study.',
    ],
    kept: [
      'We expect a credit of 500,000 yen to our account by Friday.',
      'Credit us the full year, not named individuals, and pay the compensation.',
    ],
  },
  {
    // en.x.violence.imagery, en.y.violence.at_the_door: "settle it outside"
    id: 'en.sk.veto.settle_outside_channel',
    category: 'violence',
    calm: [
      'Shall we settle it outside the ticket system? A quick call tomorrow would sort it.',
      'We would rather settle this outside of court, through a mediated call with your legal team.',
    ],
    kept: ["Let's settle this outside, you and me.", 'We can settle it outside the office, man to man.'],
  },
];

// ------------------------------------------------------------- narrowed rules of other files
const NARROWED: GuardTable[] = [
  {
    id: 'en.mx.privacy.staff_home_details',
    category: 'privacy',
    calm: [
      "Our privacy officer doesn't want staff home addresses or personal numbers leaving the HR system.",
      'Does provisioning sync the home address attribute for staff from Workday? We need to exclude it.',
    ],
    kept: ['I want the home addresses of your engineers.', 'Give me your agent’s personal mobile number.'],
  },
  {
    id: 'en.excessive.short_deadline',
    category: 'excessive',
    calm: [
      'she fixed our quarantine rule in 5 minutes and I want to give her 5 stars in the survey by name',
      'Your engineer resolved the relay issue in ten minutes; I want to thank him.',
    ],
    kept: [
      'Fix it in 10 minutes or I escalate.',
      'You fixed it in 5 minutes last time, so I want it fixed in 5 minutes now.',
    ],
  },
  {
    id: 'en.excessive.after_hours',
    category: 'excessive',
    calm: [
      'Our president would like to thank the engineer who recovered our archive on Sunday; could you tell me his department?',
      'The technician who patched the gateway over the weekend was great, we want to send a letter.',
    ],
    kept: [
      'I need an engineer to recover our archive on Sunday.',
      'We expect your team to work this weekend until it is fixed.',
    ],
  },
];

describeRuleKinds('English violence, intimidation and privacy rules (t63)', KINDS, alone, 'en');
describeGuardTables('English violence, intimidation and privacy vetoes (t63)', VETOES, 'en');
describeGuardTables('Rules narrowed for t63', NARROWED, 'en');

describeRuleFile('English violence, intimidation and privacy (t63) rules: the rule file', RULE_FILE, {
  lang: 'en',
  idPrefix: 'en.sk.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => VETOES.map((g) => g.id),
});
