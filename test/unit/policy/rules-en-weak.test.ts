/**
 * English weak spots (config/rules/en-weak.yaml, ids en.wk.*): constructions
 * from the English training set t49 (intimidation, defamation, privacy,
 * violence and excessive demands beside close calm look-alikes) and the rule
 * writer's own paraphrases. One table per rule, with positives written for
 * this test (not taken from any corpus) and calm look-alikes; one calm/kept
 * table per veto.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/en-weak.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('en-weak.yaml');

const KINDS: RuleKind[] = [
  // ---------------------------------------------------------------- intimidation
  {
    rule: 'en.wk.intimidation.never_work_again',
    category: 'intimidation',
    positives: [
      [
        "Fix it by noon or I'll make sure your manager never gets another job in this industry.",
        'make sure your manager never gets another job',
      ],
      [
        'We will make sure that engineer never works in this town again.',
        'make sure that engineer never works in this town',
      ],
      [
        "I'll make sure she doesn't get a decent reference anywhere.",
        "make sure she doesn't get a decent reference",
      ],
    ],
    negatives: [
      'Please make sure we never get double-billed again.',
      'Could you make sure your team never gets these duplicate alerts again?',
      'Please make sure the new agent never gets the old config again.',
    ],
  },
  {
    rule: 'en.wk.intimidation.people_lose',
    category: 'intimidation',
    positives: [
      [
        'My patience is not endless. When it goes, people tend to lose their jobs.',
        'people tend to lose their jobs',
      ],
      [
        'People who cross me usually lose their contracts. Just so you know.',
        'People who cross me usually lose their contracts',
      ],
      ["I'd hate to lose my temper. Folks end up losing things when I do.", 'Folks end up losing things'],
    ],
    negatives: [
      'During the outage people lost emails and files, so please check the backup.',
      'Our users lose their sessions every time the proxy restarts.',
    ],
  },
  {
    rule: 'en.wk.intimidation.rather_not_call',
    category: 'intimidation',
    positives: [
      [
        "I know a few people at Tech Daily and at your biggest customers. I'd rather not have to make some calls.",
        'rather not have to make some calls',
      ],
      [
        'I would prefer not to start making calls to your investors. Waive the fee and we can forget all this.',
        'prefer not to start making calls',
      ],
      [
        'I know editors at the Business Times and at two of your biggest customers. Think it over.',
        'I know editors at the Business Times',
      ],
    ],
    negatives: [
      'I know someone at your Osaka office who helped us last year. Could you forward this to her?',
      "I'd rather not have to make calls to the hotline each day, so could we get email updates?",
    ],
  },
  {
    rule: 'en.wk.intimidation.ring_investors',
    category: 'intimidation',
    positives: [
      [
        "Build the connector by Friday. Otherwise I'll be on the phone with your investors.",
        "Otherwise I'll be on the phone with your investors",
      ],
      [
        'Do it, or else we will be talking to your board and to the press by Monday.',
        'or else we will be talking to your board',
      ],
      [
        "Approve the credit, if not I'll be in touch with your shareholders.",
        "if not I'll be in touch with your shareholders",
      ],
    ],
    negatives: [
      "Please send the logs today, otherwise I'll be on the phone with your support team again tomorrow.",
      "If the price rises again, we'll be talking to other suppliers at renewal.",
    ],
  },
  {
    rule: 'en.wk.intimidation.recognise_you',
    category: 'intimidation',
    positives: [
      ["I've heard you twice now. I'll recognise your voice anywhere.", "I'll recognise your voice anywhere"],
      ['I know your face now. Keep that in mind.', 'I know your face now'],
      ['Be careful with people who can recognise you.', 'people who can recognise you'],
    ],
    negatives: [
      "I'd recognise that error anywhere - it's the old TLS bug again.",
      "See you at the summit next week, I'll recognise you anywhere from your profile photo!",
    ],
  },
  {
    rule: 'en.wk.intimidation.friend_finds_anyone',
    category: 'intimidation',
    positives: [
      ['My cousin is a guy who can find anyone from a phone number.', 'guy who can find anyone'],
      ["I've got a mate who could track down anybody, just saying.", 'mate who could track down anybody'],
      ['I know someone who can locate you with a surname.', 'someone who can locate you'],
    ],
    negatives: [
      'Our recruiter is someone who can find anyone with the right skills, we can introduce her.',
      'Is there a search feature that can find anyone in the directory by surname?',
    ],
  },
  {
    rule: 'en.wk.intimidation.find_it_myself',
    category: 'intimidation',
    positives: [
      ["You won't tell me your surname or where you live? Fine. I'll find it myself.", "I'll find it myself"],
      ['Keep your home address secret then. I will find out myself.', 'I will find out myself'],
      ["Don't give me your full name, I can find it on my own.", 'I can find it on my own'],
    ],
    negatives: [
      "No worries, I'll find it myself in the documentation.",
      'If the export path is not in the manual, I will find out myself by testing.',
    ],
  },
  {
    rule: 'en.wk.intimidation.shame_if_changed',
    category: 'intimidation',
    positives: [
      ['Nice LinkedIn profile. Shame if a complaint ruined that.', 'Shame if a complaint ruined'],
      ['You have a bright career ahead. Shame if one bad review ended it.', 'Shame if one bad review ended'],
      [
        "Lovely promotion last year. Shame if something changed that, isn't it?",
        'Shame if something changed',
      ],
    ],
    negatives: [
      'Shame if the rain changed our plans for the offsite.',
      "It's a shame the update changed the login page, our users liked the old one.",
    ],
  },
  {
    rule: 'en.wk.intimidation.unfinished_business',
    category: 'intimidation',
    positives: [
      ['Tell your engineer he and I have unfinished business.', 'he and I have unfinished business'],
      ['You and I still have some unfinished business.', 'You and I still have some unfinished business'],
      ['I have unfinished business with your manager.', 'unfinished business with your manager'],
    ],
    negatives: [
      'We still have unfinished business on the migration checklist.',
      'The ticket shows unfinished business from the last sprint.',
    ],
  },
  // ---------------------------------------------------------------- violence
  {
    rule: 'en.wk.violence.quicker_than_law',
    category: 'violence',
    positives: [
      [
        "Who pushed that update? I'm not suing him. What I have in mind is quicker.",
        'What I have in mind is quicker',
      ],
      [
        'Forget lawyers. My plan is more personal than that for the engineer who did this.',
        'My plan is more personal',
      ],
      [
        'For that developer I have something more direct than a lawsuit in mind.',
        'something more direct than a lawsuit',
      ],
    ],
    negatives: [
      'What I have in mind is quicker: a config flag instead of a patch.',
      'Our lawyers say a settlement is quicker than court, so please send the draft.',
    ],
  },
  {
    rule: 'en.wk.violence.bump_into',
    category: 'violence',
    positives: [
      [
        'I hear you live near Nakano. Perhaps we will bump into each other one evening.',
        'we will bump into each other',
      ],
      ['Your station is on my way home. I might run into you some night.', 'I might run into you'],
      ["We'll probably run into each other in the dark car park after your shift.", 'run into each other'],
    ],
    negatives: [
      "Maybe we'll bump into each other at the conference in May!",
      'We could run into each other at the partner summit next week.',
    ],
  },
  {
    rule: 'en.wk.violence.know_where_to_find',
    category: 'violence',
    positives: [
      [
        'If the rebuild fails, your engineer is personally responsible. I know where to find him.',
        'I know where to find him',
      ],
      [
        "I've been to her office before. I know exactly where to find her.",
        'I know exactly where to find her',
      ],
      ['If nobody calls back, I know where to find your rep.', 'I know where to find your rep'],
    ],
    negatives: [
      'Thanks, I know where to find you if I need anything else.',
      'I know where to find the setting now, it is in the portal.',
    ],
  },
  {
    rule: 'en.wk.violence.if_you_follow_me',
    category: 'violence',
    positives: [
      [
        "I'm coming to your office Monday. I'll hand the broken router over personally, if you catch my drift.",
        'personally, if you catch my drift',
      ],
      [
        "I'll be bringing the contract to your office. Whoever signed it is there to meet me.",
        'Whoever signed it is there to meet me',
      ],
      [
        "I'm delivering the faulty units myself. Whoever approved this is there to receive them.",
        'Whoever approved this is there to receive them',
      ],
    ],
    negatives: [
      'The setting sits at the tenant level, not the user level, if you follow me.',
      "I'm bringing the units to your office Monday for the scheduled RMA; whoever is at reception can sign.",
    ],
  },
  {
    rule: 'en.wk.violence.settled_outside',
    category: 'violence',
    positives: [
      ['Where I grew up, this would be settled in a car park.', 'settled in a car park'],
      ['Men have settled less than this in a back alley.', 'settled less than this in a back alley'],
      ['We used to settle things out back in the alley.', 'settle things out back in the alley'],
    ],
    negatives: [
      'The parking fee is settled in the car park machine, not by invoice.',
      'We settled in the new office last month, thanks for the help with the move.',
    ],
  },
  {
    rule: 'en.wk.violence.good_thing_patient',
    category: 'violence',
    positives: [
      [
        "Good thing for your manager that I'm a calm man. Back home we'd settle it outside.",
        "Good thing for your manager that I'm a calm man",
      ],
      ["Good thing I'm civilised. In the old days I'd use my fists.", "Good thing I'm civilised"],
      ["Good thing for him I'm patient, because in person I'm less so.", "Good thing for him I'm patient"],
    ],
    negatives: [
      "Good thing I'm patient - the upload took three hours.",
      "Good thing I'm a reasonable man, I read the changelog before upgrading.",
    ],
  },
  {
    rule: 'en.wk.violence.on_their_way',
    category: 'violence',
    positives: [
      [
        'Be a shame if something happened to your engineer on his way home.',
        'something happened to your engineer on his way home',
      ],
      [
        "Something happens to your agents on their way to work, don't blame me.",
        'Something happens to your agents on their way to work',
      ],
      [
        'Imagine if something bad happens to her on her way in.',
        'something bad happens to her on her way in',
      ],
    ],
    negatives: [
      'Our van had a flat tyre on the way back from your depot.',
      'Let us know if anything happened to the parcel on its way.',
    ],
  },
  {
    rule: 'en.wk.violence.see_me_at_door',
    category: 'violence',
    positives: [
      ["Call me today or you'll see me on your doorstep.", "you'll see me on your doorstep"],
      ["You'll find me at your front door if this isn't fixed.", "You'll find me at your front door"],
      ["Ignore me again and you'll have me at your reception.", "you'll have me at your reception"],
    ],
    negatives: [
      "You'll find me at your reception at 10 for the scheduled workshop.",
      "You'll see me at your desk for the training session we booked.",
    ],
  },
  {
    rule: 'en.wk.violence.outside_rules',
    category: 'violence',
    positives: [
      [
        'I want to talk to your engineer in person, outside of your company rules.',
        'in person, outside of your company rules',
      ],
      [
        'We can sort this face to face, away from the office policies.',
        'face to face, away from the office policies',
      ],
      [
        'Let us discuss it privately, outside your corporate rules.',
        'privately, outside your corporate rules',
      ],
    ],
    negatives: [
      'Can we meet in person at your office to review the rollout?',
      'Could we discuss it privately on a call, since it concerns a staff member of ours?',
    ],
  },
  {
    rule: 'en.wk.violence.when_finishes',
    category: 'violence',
    positives: [
      ['What time does he leave the office? Just curious.', 'What time does he leave'],
      ['Tell me when she gets off work. No reason.', 'when she gets off'],
      ['When do you finish tonight? Never mind why.', 'When do you finish'],
    ],
    negatives: [
      'When do you finish the migration? We need to plan the cutover.',
      'What time does she leave today? I want to send thanks before she goes.',
    ],
  },
  // ---------------------------------------------------------------- defamation
  {
    rule: 'en.wk.defamation.grave_claim_published',
    category: 'defamation',
    positives: [
      [
        "I've written a blog post saying your company hid a data breach from regulators. It stays unpublished unless you refund us.",
        'hid a data breach',
      ],
      [
        'My keynote will explain how your firm knowingly sells backdoored routers. Whether I give it depends on your answer.',
        'knowingly sells',
      ],
      [
        'My thread says you got customers breached on purpose. It goes live tonight unless someone calls.',
        'breached on purpose',
      ],
    ],
    negatives: [
      'A blog post claims that your company hid a breach last year. Is this true?',
      'We will present our coordinated disclosure of the leak after you patch, as agreed.',
      'Our postmortem blog explains how our team concealed nothing and disclosed the incident within 24 hours.',
    ],
  },
  {
    rule: 'en.wk.defamation.spread_as_crime',
    category: 'defamation',
    positives: [
      [
        "I'm posting this as deliberate sabotage on every forum I can find.",
        'posting this as deliberate sabotage on every forum',
      ],
      [
        'We are telling all our clients that your firm employs criminals.',
        'telling all our clients that your firm employs criminals',
      ],
      [
        'I will describe it as fraud to our partners and on my socials.',
        'describe it as fraud to our partners',
      ],
    ],
    negatives: [
      'We are reporting this to the police as criminal sabotage by a former employee of ours.',
      'I am reporting this as a bug on the community forum.',
    ],
  },
  {
    rule: 'en.wk.defamation.caption_under_face',
    category: 'defamation',
    positives: [
      ["Your photo goes online with the word 'fraud' under it.", "with the word 'fraud' under it"],
      [
        'I will share the video with the caption LIAR over your face.',
        'with the caption LIAR over your face',
      ],
      [
        'Your name will be posted with the words useless clown next to it.',
        'with the words useless clown next to it',
      ],
    ],
    negatives: [
      "Can each chart show the label 'latency' next to it?",
      'Our badge photo has the words VISITOR under it; can that be changed?',
    ],
  },
  {
    rule: 'en.wk.defamation.post_goes_live_or',
    category: 'defamation',
    positives: [
      ['Refund us by Friday or my review goes live.', 'Refund us by Friday or my review goes live'],
      [
        'Pay for our downtime or the article will go up tomorrow.',
        'Pay for our downtime or the article will go up',
      ],
      ['Call me back today or our post goes public.', 'Call me back today or our post goes public'],
    ],
    negatives: [
      'Our post goes live tomorrow; could you check the technical details before it does?',
      'Pay the invoice by Friday please; our blog post about the webinar goes live next week.',
    ],
  },
  // ---------------------------------------------------------------- privacy
  {
    rule: 'en.wk.privacy.face_on_every_forum',
    category: 'privacy',
    positives: [
      ['Imagine your face on every tech forum tomorrow.', 'your face on every tech forum'],
      ['Your name on all review sites by Monday. Your choice.', 'Your name on all review sites'],
      ['I can put your photo on every Facebook group in town.', 'your photo on every Facebook group'],
    ],
    negatives: [
      'I saw your photo on the webinar page, great talk.',
      'Your name on all speaker pages is misspelt, could you check?',
    ],
  },
  {
    rule: 'en.wk.privacy.names_on_signs',
    category: 'privacy',
    positives: [
      [
        "I'll bring placards with the names and photos of your support agents.",
        'placards with the names and photos of your support agents',
      ],
      [
        'Flyers showing the faces of your engineers are being printed.',
        'Flyers showing the faces of your engineers',
      ],
      [
        'His home address printed on leaflets, handed out at the station.',
        'home address printed on leaflets',
      ],
    ],
    negatives: [
      'We printed banners with the names of our sponsors for the event.',
      'Could your signs show the names of the meeting rooms?',
    ],
  },
  {
    rule: 'en.wk.privacy.staff_named_in_posts',
    category: 'privacy',
    positives: [
      [
        'My Trustpilot post tonight will include the full names of the two agents who hung up on me.',
        'include the full names of the two agents',
      ],
      ["The site will be listing every engineer I've dealt with.", "listing every engineer I've dealt with"],
      ['My blog post will include the names of your staff involved.', 'include the names of your staff'],
    ],
    negatives: [
      'Please list every engineer who has admin access to our tenant, for the audit.',
      'Our thank-you post will include the names of the agents who helped, if they agree.',
    ],
  },
  {
    rule: 'en.wk.privacy.heard_where_live',
    category: 'privacy',
    positives: [
      ['I heard you live in Setagaya.', 'I heard you live in'],
      ['Someone told me she lives near Ikebukuro station.', 'Someone told me she lives near'],
      ["I've been told he lives on the same street as my brother.", "I've been told he lives on"],
    ],
    negatives: [
      'I heard you live in Kyushu - hope you are safe after the typhoon.',
      'I heard they live in a different time zone, so we can wait for the reply.',
    ],
  },
  {
    rule: 'en.wk.privacy.culprit_name_for_harm',
    category: 'privacy',
    positives: [
      [
        "Give me the name of the engineer who deleted our data. I'm not going to sue him.",
        'Give me the name of the engineer who',
      ],
      [
        'Tell me the full name of the agent who hung up. I want to have a word.',
        'Tell me the full name of the agent who',
      ],
      [
        'Send me the name of that developer who did this. I have something else in mind.',
        'Send me the name of that developer who',
      ],
    ],
    negatives: [
      'Could you give me the name of the engineer who fixed it? I want to thank her manager.',
      'Please tell me the name of the person who handles our renewal.',
    ],
  },
  {
    rule: 'en.wk.privacy.with_your_name',
    category: 'privacy',
    positives: [
      ['The recording goes up tonight. With your voice.', 'With your voice'],
      ["I'll post the clip with your face and your name.", 'with your face'],
      ['It is going on YouTube with your full name.', 'with your full name'],
    ],
    negatives: [
      'The training video goes up tonight with your voice-over, as agreed. Thanks again!',
      'Please reply with your full ticket number.',
    ],
  },
  {
    rule: 'en.wk.privacy.name_and_number_given',
    category: 'privacy',
    positives: [
      [
        "I'll give reporters Ms. Ito's name and mobile number.",
        "give reporters Ms. Ito's name and mobile number",
      ],
      ['I will hand the press his personal number.', 'hand the press his personal number'],
      [
        "I'll send them the engineer's name and home address.",
        "send them the engineer's name and home address",
      ],
    ],
    negatives: [
      'I will give them our office phone number so they can call us back.',
      'Please send them the name and number of our billing contact.',
    ],
  },
  {
    rule: 'en.wk.privacy.have_name_and_photo',
    category: 'privacy',
    positives: [
      ['I have your name, your photo and plenty of time.', 'I have your name, your photo'],
      ["I've got your full name and your address now.", "I've got your full name and your address"],
      ['I got your name and your face from the portal.', 'I got your name and your face'],
    ],
    negatives: [
      'I have your name and your photo for the visitor badge, thanks.',
      "I've got your name and your number from the registration form, see you at the workshop.",
    ],
  },
  {
    rule: 'en.wk.privacy.know_your_office',
    category: 'privacy',
    positives: [
      ["Dinner tonight? I know you're in the Shibuya office.", "I know you're in the Shibuya office"],
      ['I know you work at the Umeda branch, I could pick you up.', 'I know you work at the Umeda branch'],
      [
        'Drinks after work, sweetheart? I know you sit in the Namba building.',
        'I know you sit in the Namba building',
      ],
    ],
    negatives: [
      'I know you are in the Osaka office, so could you ask your Tokyo colleague to join?',
      'I know you work at the Sendai branch; is the address on the invoice right?',
    ],
  },
  {
    rule: 'en.wk.privacy.bow_filmed',
    category: 'privacy',
    positives: [
      [
        'Your manager bows to my staff. Forehead down. Then I share the video with our whole company.',
        'share the video',
      ],
      ['He kneels on camera and I upload the clip afterwards.', 'upload the clip'],
      ['She grovels, we film it, and I circulate the footage.', 'circulate the footage'],
    ],
    negatives: [
      'Could you post the video of the webinar on the portal?',
      'Please share the recording of the training with our team.',
    ],
  },
  // ---------------------------------------------------------------- restrictive
  {
    rule: 'en.wk.restrictive.stand_at_entrance',
    category: 'restrictive',
    positives: [
      [
        'I will stand at the entrance of your Osaka office until the refund arrives.',
        'stand at the entrance of your Osaka office',
      ],
      [
        "We're going to sit in the lobby of your headquarters all day.",
        'sit in the lobby of your headquarters',
      ],
      [
        "I'll picket outside the doors of your building until someone signs.",
        'picket outside the doors of your building',
      ],
    ],
    negatives: [
      "I'll wait at the entrance of your office until someone collects me for the scheduled meeting.",
      "We'll stand at the gates of your campus for the delivery until the courier arrives.",
    ],
  },
  // ---------------------------------------------------------------- discriminatory
  {
    rule: 'en.wk.discriminatory.countries_where',
    category: 'discriminatory',
    positives: [
      [
        'Your helpdesk is staffed by people from countries with no standards.',
        'staffed by people from countries',
      ],
      ["These are people from places where they can't even spell.", "people from places where they can't"],
      [
        'The service desk is run by agents from parts of the world that never learnt IT.',
        'run by agents from parts of the world',
      ],
    ],
    negatives: [
      'Our customers are people from countries across Asia, so can the portal show more languages?',
      'Is your support run from countries inside the EU, for data residency?',
    ],
  },
  {
    rule: 'en.wk.discriminatory.someone_local',
    category: 'discriminatory',
    positives: [
      [
        'No offence, your foreign staff are hopeless. Transfer me to someone local.',
        'Transfer me to someone local',
      ],
      ["I can't stand the accent. Put me through to somebody native.", 'Put me through to somebody native'],
      ['Offshore people again. Give me an agent from this country.', 'Give me an agent from this country'],
    ],
    negatives: [
      'Can you put me through to someone in billing?',
      'Please connect me with someone local for the on-site visit.',
    ],
  },
  // ---------------------------------------------------------------- kneel_demand
  {
    rule: 'en.wk.kneel_demand.written_admission',
    category: 'kneel_demand',
    positives: [
      [
        'Your CEO apologises to me in writing, admitting every failure was his.',
        'apologises to me in writing, admitting',
      ],
      [
        'He will apologise in writing on letterhead, admitting it was all his fault.',
        'apologise in writing on letterhead, admitting',
      ],
      [
        'I want her apologising to us in writing and admitting she lied.',
        'apologising to us in writing and admitting',
      ],
    ],
    negatives: [
      'Could you confirm in writing that the root cause is fixed?',
      'Thank you for apologising in writing; the incident report was clear.',
    ],
  },
  // ---------------------------------------------------------------- monetary
  {
    rule: 'en.wk.monetary.refund_as_condition',
    category: 'monetary',
    positives: [
      ['Unless my refund comes through, the photos go on Instagram.', 'Unless my refund'],
      ["If I don't get the refund, his name goes online.", "If I don't get the refund"],
      ['You will get the badge back once I get my credit.', 'once I get my credit'],
    ],
    negatives: [
      'Once the refund is processed under your terms, please send the receipt.',
      'Until the credit for the double charge arrives we will not post the invoice.',
    ],
  },
  {
    rule: 'en.wk.monetary.months_credited',
    category: 'monetary',
    positives: [
      [
        'Credit our account for the next four months and we will move on.',
        'Credit our account for the next four months',
      ],
      ['I want a full refund of the remaining 18 months.', 'full refund of the remaining 18 months'],
      ['Credit my account for the coming two years.', 'Credit my account for the coming two years'],
    ],
    negatives: [
      'Can we get a full refund of the remaining months under your terms if we cancel?',
      'Is it possible to credit our account for the next billing cycle instead of a card refund?',
    ],
  },
  // ---------------------------------------------------------------- unrelated
  {
    rule: 'en.wk.unrelated.patching_for_us',
    category: 'unrelated',
    positives: [
      ['Could your tech do the Windows updates for us this weekend?', 'do the Windows updates for us'],
      [
        'Please handle our monthly patching for us while our admin is away.',
        'handle our monthly patching for us',
      ],
      ['Can you run all the server patches for us?', 'run all the server patches for us'],
    ],
    negatives: [
      'Can you apply the connector updates for us? They are part of the managed service.',
      'Does your appliance install its own patches automatically?',
    ],
  },
  // ---------------------------------------------------------------- excessive
  {
    rule: 'en.wk.excessive.move_global_maintenance',
    category: 'excessive',
    positives: [
      [
        'Move your maintenance window to a slot that suits us.',
        'Move your maintenance window to a slot that suits us',
      ],
      [
        'Please shift the global maintenance around our month-end close.',
        'shift the global maintenance around our',
      ],
      [
        'Reschedule the platform-wide maintenance to fit our batch jobs.',
        'Reschedule the platform-wide maintenance to fit our',
      ],
    ],
    negatives: [
      'Is it possible to move the maintenance window that suits us better for our dedicated instance?',
      'When is the next global maintenance? We want to plan around it.',
    ],
  },
  {
    rule: 'en.wk.excessive.limit_acknowledged',
    category: 'excessive',
    positives: [
      [
        'I know your plan covers business hours. But please get someone on it now, at midnight.',
        'I know your plan covers business hours',
      ],
      [
        "I understand onboarding workshops aren't included in our plan. Still, we'd like three.",
        "I understand onboarding workshops aren't included in our plan",
      ],
      [
        "I'm aware that the contract says weekdays only, but we need a weekend engineer anyway.",
        "I'm aware that the contract says weekdays only",
      ],
    ],
    negatives: [
      "I know your plan covers business hours, so we'll wait until tomorrow morning.",
      "I understand workshops aren't included in our plan, but could you send a quote for two?",
    ],
  },
  {
    rule: 'en.wk.excessive.engineer_in_our_meetings',
    category: 'excessive',
    positives: [
      [
        'We want an engineer to join our daily stand-ups from now on.',
        'engineer to join our daily stand-ups',
      ],
      [
        'Have one of your engineers attend our weekly change review.',
        'one of your engineers attend our weekly change review',
      ],
      [
        'Please assign a TAM who dials into our monthly steering calls.',
        'TAM who dials into our monthly steering calls',
      ],
    ],
    negatives: [
      'Could an engineer join our meeting once next week to explain the change?',
      'Our enterprise contract includes a TAM; please have them join our monthly review as agreed.',
    ],
  },
  {
    rule: 'en.wk.excessive.huge_questionnaire',
    category: 'excessive',
    positives: [
      [
        'Please fill in our 300-question vendor questionnaire by tomorrow.',
        '300-question vendor questionnaire',
      ],
      ['Complete the 150 control assessment before noon.', '150 control assessment'],
      ['We need the 80-page RFP answered within two hours.', '80-page RFP'],
    ],
    negatives: [
      'Please fill in our 300-question questionnaire by next month, no rush.',
      'Could you send the 20-question form by tomorrow?',
    ],
  },
  {
    rule: 'en.wk.excessive.bespoke_feature',
    category: 'excessive',
    positives: [
      ['We need a custom integration with our HR system. Build it for us by Friday.', 'custom integration'],
      ['Please add a bespoke approval step for us before the end of the week.', 'bespoke approval step'],
      ['A custom connector for our ERP, for free, is what we expect.', 'custom connector'],
    ],
    negatives: [
      'Could you send a quote for a custom integration with our HR system?',
      'Is a custom connector for our ERP on the roadmap?',
    ],
  },
  {
    rule: 'en.wk.excessive.review_own_code',
    category: 'excessive',
    positives: [
      [
        'Please do a full code review of our internal billing scripts.',
        'full code review of our internal billing scripts',
      ],
      [
        'We want a thorough security audit of our in-house web application.',
        'thorough security audit of our in-house web application',
      ],
      [
        'I need a complete review of my own Python repo before Monday.',
        'complete review of my own Python repo',
      ],
    ],
    negatives: [
      'Could you recommend a partner for a full code review of our internal scripts?',
      'Can you send a quote for a complete audit of our in-house application?',
    ],
  },
  {
    rule: 'en.wk.excessive.want_it_in_hours',
    category: 'excessive',
    positives: [
      ['Two weeks for a custom report? I want it in two hours.', 'I want it in two hours'],
      [
        'Your estimate says five days for the export. I want this within 3 hours.',
        'I want this within 3 hours',
      ],
      ['A week to build the script? I want the script in one hour.', 'I want the script in one hour'],
    ],
    negatives: [
      'I want it in two colours, blue and grey, for the dashboard.',
      'The call is at noon; I want this resolved in good time.',
    ],
  },
  {
    rule: 'en.wk.excessive.tonight_under_menace',
    category: 'excessive',
    positives: [
      ["You'll fix it tonight. I'm not asking.", "You'll fix it tonight"],
      ['Get an engineer on this tonight, or else.', 'Get an engineer on this tonight'],
      ["You'll finish this tonight or you'll regret it.", "You'll finish this tonight"],
    ],
    negatives: [
      'Could you get an engineer on this tonight? Our premium plan covers nights.',
      "You'll fix it tonight? Great, thank you so much.",
    ],
  },
];

const VETOES: GuardTable[] = [
  {
    id: 'en.wk.veto.reported_post',
    category: 'defamation',
    calm: [
      "Our SOC spotted a thread on Reddit calling Vantora 'a scam run by thieves'. It links to a fake login page.",
      "Our brand monitoring found two posts claiming 'they steal data'. Can you help us take them down?",
      "Our monitoring tool flagged several tweets saying 'this company is a fraud'. Looks like a bot network.",
    ],
    kept: [
      "I'll post on every forum saying you are a scam and you steal data.",
      'Your company is a scam and you steal data. Everyone will hear it from me.',
    ],
  },
  {
    id: 'en.wk.veto.shame_senders',
    category: 'defamation',
    calm: [
      'Could the digest name and shame repeat offenders, i.e. the senders we block most?',
      'Can we name and shame a spammer domain in the weekly report?',
      'Is there a way to name and shame any senders that fail DMARC?',
    ],
    kept: ["I'll name and shame you online.", 'We will name and shame your company on LinkedIn.'],
  },
  {
    id: 'en.wk.veto.host_in_lobby',
    category: 'violence',
    calm: [
      "I'll be waiting in the lobby at 9 to sign your technician in for the install.",
      "I'll be waiting in the lobby to escort your engineers, our building requires it.",
      "We'll be waiting in the lobby to let your team through security.",
    ],
    kept: [
      "I'll be waiting in the lobby for you after your shift. Alone.",
      "I'll be waiting in the parking lot for your engineer, and he will regret it.",
    ],
  },
  {
    id: 'en.wk.veto.engineer_sits_in',
    category: 'restrictive',
    calm: [
      'I want an engineer to sit in our office every Friday to check the reports.',
      'We would like someone from your team to sit in our office during the rollout.',
      'Please send a consultant to come and sit in our office next week.',
    ],
    kept: [
      "I'm sitting in your lobby until someone refunds me.",
      "We'll stay in your office until the fix is deployed.",
    ],
  },
  {
    id: 'en.wk.veto.lobby_ambush',
    category: 'restrictive',
    calm: [
      "I'll just wait in the lobby until I see one of your engineers come out.",
      "I'm waiting outside until I spot the woman who hung up on me.",
      'I will wait in the car park until I catch your manager leaving.',
    ],
    kept: [
      "I'm staying in your lobby until you refund me.",
      "We'll sit in your reception until the CEO comes down.",
    ],
  },
  {
    id: 'en.wk.veto.own_weekend',
    category: 'excessive',
    calm: [
      'Could you cover the overtime for the weekend we spent rebuilding the mailboxes?',
      'The weekend our team lost to this outage cost us dearly; can we get the SLA credit?',
      'We want compensation for the weekend my staff had to work.',
    ],
    kept: [
      'I want your engineers working this weekend, whatever your plan says.',
      'Send someone to our office on Saturday and Sunday to fix it.',
    ],
  },
];

describeRuleKinds('English weak-spot rules (t49)', KINDS, alone, 'en');
describeGuardTables('English weak-spot vetoes (t49)', VETOES, 'en');

describeRuleFile('English weak-spot (t49) rules: the rule file', RULE_FILE, {
  lang: 'en',
  idPrefix: 'en.wk.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => VETOES.map((g) => g.id),
});
