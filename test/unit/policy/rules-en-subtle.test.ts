/**
 * English means from the training set t41 (config/rules/en-subtle.yaml, ids
 * en.su.*), generalised to the kind of expression: defamation spread "whether
 * it happened or not", an engineer kept on the premises, call-backs and
 * autodial promised, a broad insult lexicon aimed at staff (British, American
 * and Australian slang), scripted self-abasement, nationality, accent and
 * gender prejudice about staff, staff's private details and selfies, legal
 * papers served at the agent's home, partners turned against the company, an
 * agent warned to stay clear, and remarks on an engineer's looks. Positives and
 * calm look-alikes were written for this test, not taken from any corpus. The
 * guard tables cover the file's four vetoes and the unless clause added to
 * `en.persistence.daily_campaign` (en.yaml).
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/en-subtle.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('en-subtle.yaml');

const KINDS: RuleKind[] = [
  {
    rule: 'en.su.defamation.truth_irrelevant',
    category: 'defamation',
    positives: [
      [
        'Every CFO in our network will hear that your company leaks payroll data. Whether it is true is irrelevant.',
        'Whether it is true is irrelevant',
      ],
      ["True or not, I'm going to tell the whole trade association you sold our data.", 'True or not'],
      [
        "I'll post it in every forum I'm in. The truth doesn't matter, people will believe what they read.",
        "The truth doesn't matter",
      ],
      [
        "We're about to tell our suppliers your platform was hacked; whether that really happened won't matter.",
        "whether that really happened won't matter",
      ],
    ],
    negatives: [
      "Whether it actually happened on our side or yours is beside the point; let's fix the root cause.",
      'True or not, the rumour about the outage should be checked against your status page. Can you confirm?',
      'The phishing email claims our CEO covered it up; true or not, we need the sender blocked.',
      "Whether the bounce was real or not doesn't matter much, the retry worked.",
    ],
  },
  {
    rule: 'en.su.defamation.audience_will_hear',
    category: 'defamation',
    positives: [
      [
        'All members of the regional retailers association are going to hear how Shirogane leaks customer data.',
        'All members of the regional retailers association are going to hear',
      ],
      [
        'Everyone in the local business network will be hearing that your company covered up a breach.',
        'Everyone in the local business network will be hearing that',
      ],
      [
        'Each of the owners at our Rotary club will learn that you lot are crooks who lose backups.',
        'Each of the owners at our Rotary club will learn',
      ],
    ],
    negatives: [
      "Every member of our security team will be hearing about the new quarantine features at Friday's lunch.",
      'Everyone in our chamber will hear how quickly your team fixed our breach - thanks again!',
      'All members of the board will hear the incident report on Monday; please send the RCA.',
    ],
  },
  {
    rule: 'en.su.restrictive.not_leaving_premises',
    category: 'restrictive',
    positives: [
      [
        "The technician isn't leaving this building until the firewall rules are sorted, I don't care how late it gets.",
        "technician isn't leaving this building until",
      ],
      [
        'Your consultant is not allowed to leave the site until every user is live.',
        'consultant is not allowed to leave the site until',
      ],
      [
        "Your engineer arrives Tuesday. If the cutover slips we'll lock the conference room and nobody goes home.",
        "we'll lock the conference room",
      ],
      [
        "When your tech gets here he won't be going home before the VPN works.",
        "he won't be going home before",
      ],
    ],
    negatives: [
      "Our engineer won't be leaving the site until the cutover is complete, he told us he prefers to stay.",
      "He won't be leaving the office until 7, so please call him before then.",
      "We'll lock the server room after your engineer finishes, it's our security policy.",
      'Your engineer will need a visitor badge; reception closes at six.',
    ],
  },
  {
    rule: 'en.su.persistence.call_back_again',
    category: 'persistence',
    positives: [
      ["Hang up on me and I'll ring straight back, again and again, all day.", "I'll ring straight back"],
      ["Put me on hold again and I'll just call you back. Every single time.", "I'll just call you back"],
      [
        'Transfer me and I will call right back and ask for you. And again. And again.',
        'I will call right back',
      ],
    ],
    negatives: [
      "If the line drops I'll call straight back.",
      "I'll call you back tomorrow once the reboot is done, thanks again.",
      "If this line drops, I'll call straight back and we can start again.",
    ],
  },
  {
    rule: 'en.su.persistence.ring_all_night',
    category: 'persistence',
    positives: [
      [
        'My phone is going to keep ringing your line all night until someone fixes this.',
        'keep ringing your line all night',
      ],
      ["I've set the auto-redial on, so every time you hang up it calls you back.", 'auto-redial'],
      ["We'll call you non-stop until one of you picks up.", "We'll call you non-stop"],
    ],
    negatives: [
      'Our on-call pager will keep ringing all night until the incident is acknowledged.',
      'Does your autodialer integration support SIP trunks?',
      'The alarm will ring all night if the UPS fails, so we set up monitoring.',
      'Where do I switch off the auto-redial setting on your softphone app?',
    ],
  },
  {
    rule: 'en.su.insult.your_plural_noun',
    category: 'insult',
    positives: [
      ['Get one of your useless wasters on the phone now.', 'one of your useless wasters'],
      ['Which of you halfwits closed my ticket?', 'Which of you halfwits'],
      ['Stop replying with canned answers, you useless pillocks.', 'you useless pillocks'],
      ['Some of you jobsworths need to learn to think.', 'Some of you jobsworths'],
      ['Tell your bottom-feeders to call me.', 'your bottom-feeders'],
      ['wake up one of ur lazy bludgers', 'one of ur lazy bludgers'],
    ],
    negatives: [
      'Your parasites scan found nothing on the USB stick.',
      'Our interns are a bunch of layabouts, ha, but they did find the bug.',
      'A customer called our agents lazy parasites, can you filter that word?',
      'Your jobsworth approval flow takes forever, can we skip a step?',
    ],
    // Another file's rule flags this today; this file must leave it alone.
    ownNegatives: ["Our intern typed 'you muppets' into a draft macro by mistake; can we recall it?"],
  },
  {
    rule: 'en.su.insult.trailing_lot',
    category: 'insult',
    positives: [
      ['Wasters, every last one of you.', 'Wasters, every last one of you'],
      ['Tell those overpaid layabouts in support to wake up.', 'those overpaid layabouts in support'],
      ['Fix the relay, numpties, all of you.', 'numpties, all of you'],
      ['the dipsticks at your helpdesk closed it again', 'dipsticks at your helpdesk'],
    ],
    negatives: [
      'The phishing mail calls our admins wasters, all of you, lol; please filter it.',
      'Those wasters in our own IT team forgot the DNS change, sorry about that.',
      'Please block the parasites in the shared mailbox rule; the spam filter missed them again.',
    ],
  },
  {
    rule: 'en.su.insult.collective',
    category: 'insult',
    positives: [
      ['Surely an office full of pen-pushers can manage a DNS record.', 'office full of pen-pushers'],
      ['Your support desk is a shower of wasters.', 'shower of wasters'],
      ['What a gaggle of numpties your team is.', 'gaggle of numpties'],
      ['You are a bunch of cowboys and your engineers prove it.', 'bunch of cowboys'],
    ],
    negatives: [
      'Our own IT guys are a bunch of layabouts, but that is not your problem.',
      'The zoo trip photos show a bunch of cockroaches in the insect house, fun day.',
      'We made a gaggle of paper pushers out of our own admins with this approval flow, ha.',
    ],
  },
  {
    rule: 'en.su.insult.company_is',
    category: 'insult',
    positives: [
      ['You lot are an absolute clown show.', 'You lot are an absolute clown show'],
      ['Your support team are brain-dead.', 'Your support team are brain-dead'],
      ['You lot are thick as two short planks.', 'You lot are thick as two short planks'],
      ['Your team is dumb as a box of rocks.', 'Your team is dumb as a box of rocks'],
      ['Your helpdesk is brain-dead, seriously.', 'Your helpdesk is brain-dead'],
      ['Honestly your support is a dumpster fire right now.', 'your support is a dumpster fire'],
    ],
    negatives: [
      'The migration was brain-dead simple, thanks for the docs.',
      'Honestly the new release is a dumpster fire, the agent eats 90% CPU.',
      'Our own rollout plan was a dumpster fire, my fault, sorry.',
      'The new onboarding flow is brain-dead simple, thanks.',
      'The software is garbage, honestly, the export fails again.',
    ],
  },
  {
    rule: 'en.su.insult.work_of_an',
    category: 'insult',
    positives: [
      [
        "Your engineer's suggestion to disable SPF was, frankly, the work of an imbecile.",
        'work of an imbecile',
      ],
      ["Your agent's reply was the handiwork of a total buffoon.", 'handiwork of a total buffoon'],
      [
        'Only a halfwit would suggest turning off DKIM, which your agent did.',
        'Only a halfwit would suggest',
      ],
      ['the advice from your last tech was worthy of a drooling numpty', 'worthy of a drooling numpty'],
    ],
    negatives: [
      'I felt like an idiot when I realised the DKIM selector was wrong.',
      'The old version was the work of an amateur, the new one is much better.',
      'We were the idiots here, the advice from your engineer was spot on.',
    ],
  },
  {
    rule: 'en.su.insult.you_absolute',
    category: 'insult',
    positives: [
      ['Fix it, you absolute weapon.', 'you absolute weapon'],
      ['cheers for nothing, you utter galah', 'you utter galah'],
      ['Read the headers, you dozy plank.', 'you dozy plank'],
      ['Cheers, you massive bellend.', 'you massive bellend'],
    ],
    negatives: [
      'You absolute legend, thank you!',
      'You great big star, it works now.',
      "I'm a total plank, I pasted the wrong key. Sorry!",
    ],
  },
  {
    rule: 'en.su.kneel_demand.scripted_self_abasement',
    category: 'kneel_demand',
    positives: [
      [
        'I want her on speaker and she admits she is useless, word for word, in front of my team.',
        'admits she is useless',
      ],
      ["Tell my board you're incompetent. Those exact words.", "Tell my board you're incompetent"],
      [
        'Your manager will say on video that he is not fit for his job, or we are not done.',
        'say on video that he is not fit for',
      ],
    ],
    negatives: [
      "I'll admit I'm useless with DNS; could someone walk me through it?",
      'I never said we are incompetent, only that the rollout was late; quote me exactly in the minutes.',
      'In the training role-play the agent says he is not qualified and escalates; is that the right script?',
      'She said she was not fit for the on-call rota this week because she is ill, so please use Ken.',
    ],
  },
  {
    rule: 'en.su.kneel_demand.recite_on_command',
    category: 'kneel_demand',
    positives: [
      ["Apologise properly. Say it and I'll let you go.", "Say it and I'll let you go"],
      ['Repeat after me: I am sorry and I failed you.', 'Repeat after me'],
      ['No, not that. The exact words. Sorry, I am incompetent.', 'not that. The exact words'],
    ],
    negatives: [
      'Could you repeat that word for word? The line was bad.',
      'Please send the exact words of the error message.',
      'I\'m not hanging up till you say the words "we\'ll pay."',
    ],
  },
  {
    rule: 'en.su.kneel_demand.apology_before_audience',
    category: 'kneel_demand',
    positives: [
      [
        "He can apologise in front of my whole staff on Monday, or we're done.",
        'apologise in front of my whole staff',
      ],
      [
        'The agent will say sorry to all of my employees on a video call.',
        'say sorry to all of my employees',
      ],
      ['I put her on speaker in front of my team and she grovels.', 'put her on speaker in front of my'],
    ],
    negatives: [
      'Please tell the agent there is no need to apologise in front of anyone, it was our mistake.',
      'Thank you for apologising to my team yesterday, it was appreciated.',
      'Please apologise to the customer on our behalf; we value the partnership.',
    ],
    // Another file's rule flags this today; this file must leave it alone.
    ownNegatives: [
      'Our MD will apologise to our whole staff at the all-hands for the outage; can you send a summary?',
    ],
  },
  {
    rule: 'en.su.discriminatory.call_centre_nationality',
    category: 'discriminatory',
    positives: [
      [
        'Is this some offshore call centre again? Put me through to somebody in the UK.',
        'Is this some offshore call centre',
      ],
      ['Oh great, another Filipino call center. Typical.', 'another Filipino call center'],
      ["is this an Indian helpdesk? course it is, can't understand a word", 'is this an Indian helpdesk'],
    ],
    negatives: [
      'Is this an Indian call centre? Just asking for our data residency questionnaire.',
      'Is this an offshore support team? We need to know for the GDPR sub-processor list.',
      'Our Manila call centre uses your gateway; is the regional relay in Singapore?',
    ],
  },
  {
    rule: 'en.su.discriminatory.proper_english',
    category: 'discriminatory',
    positives: [
      [
        'Transfer me to an agent who actually speaks proper English.',
        'an agent who actually speaks proper English',
      ],
      ['I want to speak to a real Brit, not someone reading a script.', 'a real Brit'],
      ['Get me someone without that thick accent, please.', 'without that thick accent'],
      ['put me through to someone in Australia, mate', 'put me through to someone in Australia'],
    ],
    negatives: [
      'Is there someone who speaks Japanese? My English is not so good.',
      'I am hard of hearing; could someone who speaks clearly and slowly call me?',
      'Our text-to-speech voice should read without an accent; which setting is that?',
    ],
  },
  {
    rule: 'en.su.discriminatory.gender_staffing',
    category: 'discriminatory',
    positives: [
      ["Don't send a woman this time, they can't handle the technical side.", "Don't send a woman"],
      [
        "We need a male engineer, not a pregnant lady who'll be off on maternity next month.",
        'not a pregnant lady',
      ],
      [
        'Assign someone young. Not some old guy who is too slow to keep up with the rollout.',
        'Not some old guy',
      ],
    ],
    negatives: [
      'Please send the engineer the admin list; the site lead is a young mother, not a night person, so mornings suit her best.',
      'Our safeguarding policy requires a female engineer for the girls school visit.',
      'We hired a young man for the helpdesk, not a contractor, so please add him to the support portal.',
    ],
  },
  {
    rule: 'en.su.privacy.staff_private_details',
    category: 'privacy',
    positives: [
      [
        'Please provide the home address and personal phone number of the engineer who closed my case.',
        'provide the home address',
      ],
      [
        'I require the real names and Instagram accounts of your support staff by Friday.',
        'require the real names',
      ],
      ['Tell me the residential suburb of the rep who handled my call.', 'Tell me the residential suburb'],
      [
        'For our vendor register we need the legal names and dates of birth of every agent on your roster.',
        'need the legal names',
      ],
    ],
    negatives: [
      'Does the DLP policy detect personal mobile numbers and home addresses in outbound mail?',
      'Please update our personal mobile number on the account.',
      'Our HR system needs the legal names of our own new hires; does the SCIM sync carry them?',
      "Please confirm the engineer's name and mobile number for the weekend bridge.",
    ],
  },
  {
    rule: 'en.su.privacy.selfie',
    category: 'privacy',
    positives: [
      ['send us a pic of yourself so we know who we are dealing with', 'send us a pic of yourself'],
      ['Send me a selfie so I can put a face to the name.', 'Send me a selfie'],
      ['dm me a photo of you, I want to see what you look like', 'dm me a photo of you'],
    ],
    negatives: [
      'Send me a screenshot of the error, please.',
      'Please send us a photo of the serial label on the appliance.',
      'Could you email me a photo of your badge for the visitor pass so reception can recognise you?',
    ],
  },
  {
    rule: 'en.su.intimidation.served_at_home',
    category: 'intimidation',
    positives: [
      [
        "My solicitor would be happy to hand-deliver the summons to your engineer's front door. Much more personal.",
        "hand-deliver the summons to your engineer's front door",
      ],
      [
        'We know where your agents live; our lawyer will serve the papers at their homes.',
        'serve the papers at their homes',
      ],
      [
        'My attorney likes to serve people at home, with the family watching. So much more personal that way.',
        'so much more personal that way',
      ],
    ],
    negatives: [
      'Please deliver the replacement appliance to our office, not my home.',
      'Our lawyer will serve the papers at your registered office as required.',
      'Our lawyer sent flowers to her home to thank her; a very personal touch.',
    ],
  },
  {
    rule: 'en.su.intimidation.turn_partners_against',
    category: 'intimidation',
    positives: [
      [
        "I'll get all my partners to stop recommending you, and don't think I can't.",
        "I'll get all my partners to stop recommending",
      ],
      [
        'One call from me and I will have every MSP in the state dump you. Try me.',
        'I will have every MSP in the state dump',
      ],
      [
        'We can make every dealer in the region drop Shirogane by June. Your call.',
        'We can make every dealer in the region drop',
      ],
    ],
    negatives: [
      "We'll have all our partners drop the legacy connector once yours ships, don't worry.",
      "I'll have all our customers switch to the new plan by the end of the quarter.",
      'We will get all our resellers to stop selling the legacy SKU once the new one ships, trust me it is popular.',
    ],
  },
  {
    rule: 'en.su.violence.stay_clear_of_me',
    category: 'violence',
    positives: [
      [
        "If I ever see your engineer in the car park I can't promise what I'd do to him.",
        "what I'd do to him",
      ],
      [
        "Tell that rep to keep well away from me if he ever comes to Manchester. I won't be responsible for my temper.",
        'keep well away from me',
      ],
      [
        'Should your manager find himself in Osaka, he should stay clear of me, for his own good.',
        'stay clear of me',
      ],
    ],
    negatives: [
      "Please stay clear of me this week, I have the flu and don't want to infect your engineer.",
      'What I do to help your engineer is send the logs early.',
      'Keep the test tenant away from me, I only need production access.',
    ],
  },
  {
    rule: 'en.su.sexual.nice_to_look_at',
    category: 'sexual',
    positives: [
      ["Send the cute one again, she's much easier on the eyes than the old guy.", 'easier on the eyes'],
      ['The receptionist is nice eye candy btw.', 'eye candy'],
      ['Your new engineer is a lot nicer to look at than her boss.', 'nicer to look at'],
    ],
    negatives: [
      'The new dashboard is much nicer to look at.',
      'Dark mode is easier on the eyes for our night shift agents.',
      'Your email template is much better to look at on mobile now.',
    ],
  },
  {
    rule: 'en.su.sexual.special_requirements',
    category: 'sexual',
    positives: [
      [
        "I have some special needs I'd like her to handle personally ;)",
        "special needs I'd like her to handle personally",
      ],
      [
        'Tell the pretty engineer I have a few private requests for her to take care of in my hotel room.',
        'private requests for her to take care of in my hotel',
      ],
      ['She can give me some extra attention after hours 😉', 'extra attention after hours'],
    ],
    negatives: [
      'Our event has special requirements for accessibility, which the coordinator will handle personally.',
      "We have some special requirements for the on-site session I'd like the engineer to review personally.",
      'Our CFO has dietary requirements; could she handle the lunch order personally?',
    ],
  },
];

describeRuleKinds('English subtle means (t41)', KINDS, alone, 'en');

const GUARDS: GuardTable[] = [
  {
    id: 'en.su.veto.apology_photo_not_sexual',
    category: 'sexual',
    calm: [
      'I want the agent to write an apology letter, and send a picture of her holding it next to her face.',
      'A handwritten note of apology, then a photo of him holding the letter, to my personal email.',
    ],
    kept: [
      'send a picture of her holding it in her bikini, then I close the ticket 😘',
      'forget the logs babe, send me a pic of you instead ;)',
    ],
  },
  {
    id: 'en.su.veto.published_allegation',
    category: 'insult',
    calm: [
      'My review says your support staff are criminals who lock accounts to extort upgrade fees.',
      'I posted a thread saying that your engineers are thieves who copy customer mail.',
    ],
    kept: [
      "I'll put up posters outside your office saying your staff are thieves. See how your employees like walking past that.",
      'Your support staff are criminals and idiots.',
    ],
  },
  {
    id: 'en.su.veto.see_how_after_publication',
    category: 'intimidation',
    calm: [
      "I've recorded this call and it's going on TikTok tonight with your name on it. Let's see how that goes for you.",
      "My review goes up on Google at noon. Let's see how it works out for you.",
    ],
    kept: [
      "I have your boss's full name. Let's see how that goes for you.",
      "I'm posting this online and calling your boss to get you fired. Let's see how that goes for you.",
    ],
  },
  {
    id: 'en.su.veto.linkedin_contact_request',
    category: 'intimidation',
    calm: [
      "If you won't pass it on, I'll find her on LinkedIn and message her myself.",
      'Give me his surname or I will look him up on LinkedIn and contact him directly.',
    ],
    kept: [
      "I'll find her on LinkedIn and message her myself. She'll regret ignoring me.",
      "I'll find you on Facebook. You'll regret this.",
    ],
  },
  {
    id: 'en.persistence.daily_campaign (unless: a new chat offered calmly, en-subtle)',
    category: 'persistence',
    calm: [
      "i'm going to reboot the connector host now. if not, no worries, i'll open a new one if it misbehaves",
      "I'll open a new ticket for the separate billing question, no rush.",
    ],
    kept: [
      "Close this and I'll just open another one. Every day until it's fixed.",
      "If you ignore this, I'll open a new ticket, no problem, again and again.",
    ],
  },
];

describeGuardTables('English subtle means (t41): vetoes and the narrowed rule', GUARDS, 'en');

describeRuleFile('English subtle means (t41) rules: the rule file', RULE_FILE, {
  lang: 'en',
  idPrefix: 'en.su.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => GUARDS.map((g) => g.id),
  offsets: {
    engine: alone,
    text: 'Get  one of   your LAZY parasites on the phone.  Which of you   halfwits did this?',
  },
});
