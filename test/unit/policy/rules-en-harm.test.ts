/**
 * English violence and intimidation (config/rules/en-harm.yaml, ids en.hm.*):
 * families of veiled physical threats and non-physical menace from the misses
 * of the training set t35 and the rule writer's own probes, run through the
 * real policy file and engine, so every rule file (and every veto) is in play.
 * One table per rule with positives written for this test (not taken from any
 * corpus), each with a fragment the rule's own evidence must cover, and calm
 * look-alikes in which the whole engine must not find the category. The guard
 * tables hold the calm sentences for which rules of other files were narrowed,
 * with sentences those rules still catch.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/en-harm.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('en-harm.yaml');

const VIOLENCE: RuleKind[] = [
  {
    rule: 'en.hm.violence.hospital',
    category: 'violence',
    positives: [
      [
        'One more outage and I will put that useless rep of yours in intensive care.',
        'put that useless rep of yours in intensive care',
      ],
      ["Keep stalling and I'll send your team lead to A&E.", 'send your team lead to A&E'],
      ['i am going to put the night shift guy in a neck brace', 'put the night shift guy in a neck brace'],
    ],
    negatives: [
      'Please do not send the technician in the wheelchair-accessible van again, our ramp is broken.',
      'Our admin fainted at the desk yesterday, so we had to send him to the hospital; please contact Ken.',
    ],
  },
  {
    rule: 'en.hm.violence.disappear',
    category: 'violence',
    positives: [
      ["I'll make your so-called engineer vanish, understood?", 'make your so-called engineer vanish'],
      ['Fix it today or no one will ever find him.', 'no one will ever find him'],
      ["They'll never find the body. Reopen the case.", 'never find the body'],
    ],
    negatives: [
      'How do I make him disappear from the CC list on the ticket?',
      'Nobody will ever find the setting in that menu, it is buried three levels deep.',
    ],
  },
  {
    rule: 'en.hm.violence.done_with_face',
    category: 'violence',
    positives: [
      ['When I am through with his pretty face he will regret lying to me.', 'through with his pretty face'],
      [
        "Your rep won't be smirking for long once I'm done with her.",
        "won't be smirking for long once I'm done with her",
      ],
      ['by the time I have finished with your jaw you will answer properly', 'finished with your jaw'],
    ],
    negatives: [
      "I'm done with his onboarding checklist, sending it over now.",
      "You won't be laughing at the old UI once you see the new dashboard, it's great.",
    ],
  },
  {
    rule: 'en.hm.violence.not_responsible_to',
    category: 'violence',
    positives: [
      [
        'I will not be held accountable for whatever I end up doing to your receptionist.',
        'accountable for whatever I end up doing to',
      ],
      ["I don't know what I'll do to the next person who puts me on hold.", "don't know what I'll do to"],
      [
        "I can't guarantee the safety of your engineer if he shows his face here again.",
        "can't guarantee the safety of your engineer",
      ],
    ],
    negatives: [
      'We cannot be held responsible for data loss caused by a misconfigured retention rule.',
      "Our plant requires escorts; we can't guarantee your engineer's safety without PPE and a hard hat.",
    ],
  },
  {
    rule: 'en.hm.violence.unfriendly_visit',
    category: 'violence',
    positives: [
      [
        "Your staff are going to get a little visit, and it won't be a pleasant one.",
        "and it won't be a pleasant one",
      ],
      ['Expect a visit nobody will forget.', 'Expect a visit nobody will forget'],
      ["Your manager will receive a personal visit that won't be friendly.", "visit that won't be friendly"],
    ],
    negatives: [
      "We'd love a visit from your team, and it won't be a long one: the QBR agenda is attached.",
      'The auditors will pay us a visit next week that we will never forget, I am sure.',
    ],
  },
  {
    rule: 'en.hm.violence.weapon_brought',
    category: 'violence',
    positives: [
      [
        'Taking my dad’s old machete to your reception on Monday. See you there.',
        'Taking my dad’s old machete',
      ],
      [
        'There is a tyre iron in the trunk of my car and your office is ten minutes away.',
        'tyre iron in the trunk',
      ],
      [
        "grabbing my brother's hockey stick and finding whoever wrote this update, just kidding. or am I",
        "grabbing my brother's hockey stick",
      ],
    ],
    negatives: [
      'Bring your baseball bat to the charity softball game at our office on Friday!',
      'Our newsletter about knife care and sharpening keeps landing in quarantine. Can you allowlist the sender?',
    ],
  },
  {
    rule: 'en.hm.violence.something_sharp',
    category: 'violence',
    positives: [
      [
        "I'll be bringing something heavy and blunt for the guy who closed my ticket.",
        'something heavy and blunt',
      ],
      [
        'Planning to drop by your office on Friday. I have something sharp for whoever is on the phones.',
        'something sharp',
      ],
      [
        'Coming over in person with something that goes bang for your support manager.',
        'something that goes bang',
      ],
    ],
    negatives: [
      'Please bring something sharp to cut the cable ties when you install the rack at our office.',
      'I will bring something sharp for the cheese board at your office party, thanks for inviting us!',
    ],
  },
  {
    rule: 'en.hm.violence.parcel_surprise',
    category: 'violence',
    positives: [
      [
        "There's a parcel in your reception that might go off if I don't get a refund. tick tock",
        'parcel in your reception that might go off',
      ],
      [
        'A little box with a surprise inside could turn up at your lobby. That should finally get your attention.',
        'box with a surprise',
      ],
      ['Maybe a bag that goes boom in your mail room will wake you people up.', 'bag that goes boom'],
    ],
    negatives: [
      'The parcel with the replacement keys arrived in your lobby - surprise, it was a day early! Thanks.',
      'Our phishing simulation uses a "package with a surprise inside" lure addressed to your office; the filter quarantines it.',
    ],
  },
  {
    rule: 'en.hm.violence.wearing_it',
    category: 'violence',
    positives: [
      [
        'The next agent who puts me on hold is going to end up wearing his headset.',
        'end up wearing his headset',
      ],
      ["I'll wrap that keyboard around his head.", 'wrap that keyboard around his head'],
      ["your tech will be wearing his coffee if he says 'reboot' again", 'will be wearing his coffee'],
    ],
    negatives: [
      'She was wearing her headset during the call, so the audio was fine.',
      'Your engineer will be wearing his badge on site, so reception can let him in.',
    ],
  },
  {
    rule: 'en.hm.violence.still_recovering',
    category: 'violence',
    positives: [
      [
        'The previous supplier who cheated us is now learning to walk again, ask around.',
        'now learning to walk',
      ],
      ["Remember the last guy who hung up on me? He's still in hospital.", 'still in hospital'],
      [
        'Ask the other vendor who tried that. He is currently doing physical therapy.',
        'currently doing physical therapy',
      ],
    ],
    negatives: [
      'Our ops lead is still in hospital after his skiing accident, so please call Maria instead.',
      'The engineer who did our install last year is now in rehab for his knee; get well soon to him!',
    ],
  },
  {
    rule: 'en.hm.violence.first_aid_ready',
    category: 'violence',
    positives: [
      ['Have the paramedics on standby when I come round tomorrow.', 'Have the paramedics on standby'],
      [
        'Me and my brothers are dropping by your office tonight. Tell your staff to keep an ambulance nearby.',
        'keep an ambulance nearby',
      ],
      ['Your engineer is going to need a new face when I get there.', 'need a new face'],
    ],
    negatives: [
      'Please have a first-aid kit handy for the on-site visit; our plant safety rules require it.',
      'Our staff will need first aid training before the audit next month.',
    ],
  },
  {
    rule: 'en.hm.violence.home_in_one_piece',
    category: 'violence',
    positives: [
      [
        'Nice family photo on your LinkedIn. You want to make it home in one piece to them tonight, right? So fix it.',
        'make it home in one piece',
      ],
      [
        'Your wife would want you to get home safe and sound, would she not? Refund us.',
        'get home safe and sound',
      ],
      [
        'Think about them. Dad should come home with all his teeth, just saying.',
        'come home with all his teeth',
      ],
    ],
    negatives: [
      'Hope everyone gets home safe tonight with the typhoon coming. Thanks for the help!',
      'Drive home safely, and thanks for staying late to fix our tenant; your kids must miss you.',
    ],
  },
  {
    rule: 'en.hm.violence.no_screen_between',
    category: 'violence',
    positives: [
      [
        "Your agents are very mouthy without a phone line between us. Oh wait, I'd love to see how that goes.",
        'mouthy without a phone line between',
      ],
      [
        "Let's see how brave your engineer would be in the car park.",
        'brave your engineer would be in the car park',
      ],
      [
        'I wonder how tough he is with no desk in between us. Maybe I will find out.',
        'tough he is with no desk in between',
      ],
    ],
    negatives: [
      'Your support team was brave to present the roadmap in person, I would love to see how it goes.',
      'I wonder how confident the model is with no screen in between the user and the prompt.',
    ],
  },
  {
    rule: 'en.hm.violence.off_the_roof',
    category: 'violence',
    positives: [
      ['that dev is going out the window lol', 'that dev is going out the window'],
      ['i will yeet your developer into next week', 'yeet your developer'],
      [
        'If this fails again your engineer is getting thrown off the balcony.',
        'your engineer is getting thrown off the balcony',
      ],
    ],
    negatives: [
      'Our team got kicked out of the building during the fire drill, so we missed your call.',
      'The staff are getting pushed off the old floor during maintenance, so phones will be down.',
    ],
  },
  {
    rule: 'en.hm.violence.insurance_hint',
    category: 'violence',
    positives: [
      ['Hope your life insurance is paid up. Just saying.', 'Hope your life insurance is paid up'],
      [
        'Might want to check your building insurance. Lot of paper in those offices, no reason.',
        'check your building insurance',
      ],
      [
        'I trust your Osaka office has plenty of fire insurance 😉',
        'your Osaka office has plenty of fire insurance',
      ],
    ],
    negatives: [
      'Does your data centre have fire insurance and sprinklers? It is for our vendor risk assessment.',
      'Please confirm your office has contents insurance for the loaned hardware, as the contract requires.',
    ],
  },
  {
    rule: 'en.hm.violence.shame_if_not_survive',
    category: 'violence',
    positives: [
      [
        'Be a shame if your shop windows did not survive the weekend. Just saying, fix it.',
        'shame if your shop windows did not survive the weekend',
      ],
      ['All that glass in your lobby. Those windows break so easily, you know.', 'windows break so easily'],
      [
        "Pity if your company cars didn't make it through the night. Restore the account.",
        "Pity if your company cars didn't make it through the night",
      ],
    ],
    negatives: [
      'It would be a shame if our branch office did not make it through the migration, please add it to the pilot.',
      'Shame if the fix did not make it into the release; can you check the build?',
    ],
  },
  {
    rule: 'en.hm.violence.not_a_metaphor',
    category: 'violence',
    positives: [
      ['The next time will not be just words.', 'next time will not be just words'],
      ["Read this as a warning shot. The next shot won't be a warning.", "next shot won't be a warning"],
      ['consider this figurative. the next one wont be figurative.', 'next one wont be figurative'],
    ],
    negatives: [
      'The next release will not be a breaking change, right?',
      'This is a formal notice; the next one will not be a warning but a letter from our lawyers.',
    ],
  },
  {
    rule: 'en.hm.violence.accidents_happen',
    category: 'violence',
    positives: [
      ['Accidents happen in car parks, especially late at night. Fix my account.', 'Accidents happen'],
      ['You know, accidents can happen to reps who lie to their customers.', 'accidents can happen'],
      ['funny how accidents happen on escalators. anyway, where is my refund', 'accidents happen'],
    ],
    negatives: [
      'Accidents happen! No worries, we restored the deleted mailbox from backup.',
      'Our staircase is steep and accidents happen, so please mind the handrail when you come for the install.',
    ],
  },
  {
    rule: 'en.hm.violence.friends_take_care',
    category: 'violence',
    positives: [
      ['My cousin knows people who "deal with" problems like you.', 'people who "deal with" problems'],
      [
        'I have friends who take care of things for me, quietly. Remember that.',
        'friends who take care of things',
      ],
      [
        'My partner has some guys that sort out problems for him. He asked me for the name of the engineer.',
        'guys that sort out problems',
      ],
    ],
    negatives: [
      'We have people who take care of problems like this in-house, so just send the patch.',
      'Our MSP has engineers who handle issues for us after hours; can they get admin access?',
    ],
  },
  {
    rule: 'en.hm.violence.where_staff_gather',
    category: 'violence',
    positives: [
      [
        'I know where your engineers have their Friday drinks.',
        'I know where your engineers have their Friday drinks',
      ],
      [
        'i know where the support staff take their smoke breaks. just so you know',
        'i know where the support staff take their smoke breaks',
      ],
      ['I know where you all go for lunch, Mr. Sato.', 'I know where you all go for lunch'],
    ],
    negatives: [
      'I know where the team has their offsite, we are joining them for the workshop. See you there!',
      'I know where your staff get their coffee - we are sponsoring the cart at the conference, thanks!',
    ],
  },
  {
    rule: 'en.hm.violence.deliver_to_desk',
    category: 'violence',
    positives: [
      [
        "Keep closing my tickets and I'll drop a little surprise at your reception personally, and it won't be a metaphor.",
        'drop a little surprise at your reception personally',
      ],
      [
        'I will leave something at your front desk myself. Tick tock.',
        'leave something at your front desk myself',
      ],
      [
        "I'll hand-deliver a package to your lobby in person. It won't be an email attachment.",
        'hand-deliver a package to your lobby in person',
      ],
    ],
    negatives: [
      'I will drop the replacement unit off at your front desk myself on Monday.',
      "I'll bring it to your office personally tomorrow, since the courier lost the first one.",
    ],
  },
  {
    rule: 'en.hm.violence.emoji_face',
    category: 'violence',
    positives: [
      ['🔪 <- this is your engineer if the export fails again', '🔪 <- this is your engineer'],
      ['👊 that is your face tomorrow', '👊 that is your face'],
      ['your face = 💥 if I get the same answer', 'your face = 💥'],
    ],
    negatives: [
      '💥 that is your deploy button, right? The new UI is confusing.',
      'Great work 👊 your team nailed the migration!',
    ],
  },
  {
    rule: 'en.hm.violence.something_might_happen',
    category: 'violence',
    positives: [
      [
        'Something might happen to your engineer if this is not fixed.',
        'Something might happen to your engineer',
      ],
      [
        'Who knows what could happen to your receptionist if this drags on.',
        'Who knows what could happen to your receptionist',
      ],
      ['Anything can happen on your way home, you know. Refund me.', 'Anything can happen on your way home'],
    ],
    negatives: [
      'If something happens to you, who is our backup engineer on this case?',
      'Something might happen to your data if the migration fails midway, so take a backup.',
    ],
  },
  {
    rule: 'en.hm.violence.look_behind',
    category: 'violence',
    positives: [
      ['Keep looking behind you.', 'Keep looking behind you'],
      ['You will be checking your rear-view mirror for a long time.', 'checking your rear-view mirror'],
      ['better start watching who is behind you, Tanaka', 'watching who'],
    ],
    negatives: [
      'Keep checking your mirrors when reversing the van, the new parking sensors are flaky.',
      'Always be looking behind you when backing into the loading bay - safety first.',
    ],
  },
  {
    rule: 'en.hm.violence.cant_stay_inside',
    category: 'violence',
    positives: [
      ["I'll be waiting. You can't hide forever.", "I'll be waiting. You can't hide"],
      [
        'Your engineer cannot stay in that building forever.',
        'Your engineer cannot stay in that building forever',
      ],
      [
        "she can't hide behind that reception desk much longer",
        "she can't hide behind that reception desk much longer",
      ],
    ],
    negatives: [
      'You cannot stay in that office forever - enjoy your holiday next week!',
      "I'll be waiting for your reply.",
    ],
  },
  {
    rule: 'en.hm.violence.come_down_uncontrolled',
    category: 'violence',
    positives: [
      [
        "I won't be responsible for what happens if I have to come down there.",
        'responsible for what happens if I have to come down',
      ],
      ["If I come to your office, I can't promise I'll stay calm.", "can't promise I'll stay calm"],
      [
        'I am coming over to see him in person, and I will not promise that I will keep my hands to myself.',
        'will not promise that I will keep my hands to myself',
      ],
    ],
    negatives: [
      "I'm not responsible for what happens if I come in late, my train is delayed.",
      "I can't promise I'll stay calm in the QBR meeting if the numbers are bad, haha.",
    ],
  },
  {
    rule: 'en.hm.violence.relayed_associates',
    category: 'violence',
    positives: [
      [
        'My brother says he will sort your engineer out personally.',
        'My brother says he will sort your engineer out',
      ],
      [
        'Some of my mates have offered to come round and have a word with your support team.',
        'my mates have offered to come round',
      ],
      [
        'My cousins from Kobe are dying to pay your manager a visit.',
        'My cousins from Kobe are dying to pay your manager a visit',
      ],
    ],
    negatives: [
      'My brother wants to meet your engineer at the conference - he is a big fan of your product.',
      'My friends at Acme would like to meet your sales team about a partnership.',
    ],
  },
  {
    rule: 'en.hm.violence.visit_the_one_who',
    category: 'violence',
    positives: [
      [
        "If my account isn't restored, I'll be paying a little visit to the agent who closed it.",
        'paying a little visit to the agent who',
      ],
      ['Maybe I will see him at his house instead. Fix it.', 'see him at his house'],
      [
        'Going to make a personal visit to the developer that broke our sync.',
        'make a personal visit to the developer that',
      ],
    ],
    negatives: [
      "We'd like to pay a visit to the engineer who helped us last month, to thank him in person.",
      'Our account manager will visit you at your office for the QBR.',
    ],
  },
  {
    rule: 'en.hm.violence.kids_school_route',
    category: 'violence',
    positives: [
      [
        "Hope your kids enjoy their school, Mr. Kato. It's a lovely walk from the station.",
        'kids enjoy their school',
      ],
      [
        'I know which school your daughter goes to, and what time she gets out at.',
        'school your daughter goes to',
      ],
      [
        'your little ones walk to the nursery alone, right? fix my account.',
        'little ones walk to the nursery',
      ],
    ],
    negatives: [
      'Hope your kids enjoy their school holidays!',
      "My kids' school finishes at 3, so I'll be offline after 2:30.",
    ],
  },
  {
    rule: 'en.hm.violence.passes_by_daily',
    category: 'violence',
    positives: [
      ['I drive past your office every day. Just so you know.', 'drive past your office every day'],
      ['I walk by her building every single morning, fyi.', 'walk by her building every single morning'],
      ['Funny, I pass your branch each evening. Think about that.', 'pass your branch each evening'],
    ],
    negatives: [
      'I drive past your office every day on my commute, happy to drop off the RMA unit.',
      'I walk past your building every morning, the new cafe downstairs is lovely.',
    ],
  },
  {
    rule: 'en.hm.violence.hunt_down',
    category: 'violence',
    positives: [
      ['I will hunt you down.', 'hunt you down'],
      ["I'm hunting that engineer down tonight.", 'hunting that engineer down'],
      ['gonna hunt your support guy down lol', 'hunt your support guy down'],
    ],
    negatives: [
      'We will hunt them down - the phishing sender keeps rotating domains.',
      'Can your team help us hunt the root cause down? The bug only shows at night.',
    ],
  },
  {
    rule: 'en.hm.violence.shovel_and_time',
    category: 'violence',
    positives: [
      ["I've got a shovel and a lot of free time.", 'got a shovel'],
      ['Bought some duct tape and zip ties today. No reason.', 'Bought some duct tape'],
      ['I have a tarp in the car and your address. Just saying.', 'have a tarp'],
    ],
    negatives: [
      "I've got a shovel and a lot of free time this weekend for the garden.",
      'We bought some zip ties for the rack install, your engineer can use them.',
    ],
  },
  {
    rule: 'en.hm.violence.come_down_alone',
    category: 'violence',
    positives: [
      ["I'll be in the lobby at 5. Tell the engineer to come down alone.", 'come down alone'],
      [
        "I'm on my way to your office now. Your engineer better not be there.",
        'Your engineer better not be there',
      ],
      ['Meet me outside alone tonight, you know where.', 'Meet me outside alone'],
    ],
    negatives: [
      'Please come down to the lobby alone at 10, the visitor pass only covers one person.',
      "The engineer better stay home if he's sick, we don't want the flu on site.",
    ],
  },
  {
    rule: 'en.hm.violence.car_house_known',
    category: 'violence',
    positives: [
      ['I know what your manager drives.', 'I know what your manager drives'],
      ['Nice house, by the way. Saw it on Google Street View.', 'Nice house'],
      ['I know what her front door looks like now.', 'I know what her front door looks like'],
    ],
    negatives: [
      'I know what car your engineer drives from the parking permit request - the barrier will open for him.',
      'Nice garden in the background of your webinar, by the way - thanks for the great session!',
    ],
  },
  {
    rule: 'en.hm.violence.associates_have_address',
    category: 'violence',
    positives: [
      ['My associates have your address.', 'My associates have your address'],
      ['Our lads already know his home address.', 'Our lads already know his home address'],
      ['my cousins have got her car registration now', 'my cousins have got her car registration'],
    ],
    negatives: [
      "My friends have your address for the Christmas card, hope that's fine.",
      'Our colleagues have your address for the courier; the replacement ships today.',
    ],
  },
  {
    rule: 'en.hm.violence.tell_watch_back',
    category: 'violence',
    positives: [
      ['Tell your engineer to watch his back.', 'Tell your engineer to watch his back'],
      ['warn that agent of yours to mind her back', 'warn that agent of yours to mind her back'],
      ['Remind them to watch their backs on the way out.', 'Remind them to watch their backs'],
    ],
    negatives: [
      "Tell him to watch his back when lifting the servers, they're heavy.",
      'Remind your engineers to mind their backs with the heavy chassis; use the lift.',
    ],
  },
];

const INTIMIDATION: RuleKind[] = [
  {
    rule: 'en.hm.intimidation.one_who_said_no',
    category: 'intimidation',
    positives: [
      ['Do you really want to be the agent who refused me?', 'want to be the agent who refused me'],
      ['Think hard: do you want to be the one who cost us this contract?', 'want to be the one who cost us'],
      ["You don't want to be the guy who told me no. Trust me.", 'want to be the guy who told me no'],
    ],
    negatives: [
      "Nobody wants to be the person who breaks production, so let's test first.",
      "I don't want to be the one who closes the ticket too early, so please confirm first.",
    ],
  },
  {
    rule: 'en.hm.intimidation.goes_badly_for',
    category: 'intimidation',
    positives: [
      [
        'Life gets very difficult for vendors who mess with my company.',
        'Life gets very difficult for vendors who mess with my',
      ],
      ['What happens to reps who lie to me? Find out.', 'What happens to reps who lie to me'],
      [
        'Things usually turn ugly for people that keep me waiting.',
        'Things usually turn ugly for people that keep me',
      ],
    ],
    negatives: [
      'Things go badly for companies that skip patching - we learned that the hard way.',
      'What happens to users who lose their phone and their MFA? Is there a recovery flow?',
    ],
  },
  {
    rule: 'en.hm.intimidation.name_on_list',
    category: 'intimidation',
    positives: [
      ['I never forget yours, Mr. Kim.', 'I never forget yours'],
      ['Your name just went on my little list.', 'Your name just went on my little list'],
      [
        'Every failure, another name. Yours is already at the top of the list.',
        'Yours is already at the top of the list',
      ],
    ],
    negatives: [
      "Thanks, I'll remember yours for next time, you were a great help!",
      'Your name is on our invite list for the workshop.',
    ],
  },
  {
    rule: 'en.hm.intimidation.your_last_year',
    category: 'intimidation',
    positives: [
      [
        'Would be a pity if this turned out to be your last month there.',
        'pity if this turned out to be your last month',
      ],
      ['Shame if today was your last shift, eh?', 'Shame if today was your last shift'],
      ['It would be sad for him to lose his bonus over one ticket.', 'sad for him to lose his bonus'],
    ],
    negatives: [
      "It's a shame today is your last day - we'll miss you, good luck in the new role!",
      'Would be a shame if this was your last week before the holiday and the ticket stayed open, so no rush.',
    ],
  },
  {
    rule: 'en.hm.intimidation.easy_to_find',
    category: 'intimidation',
    positives: [
      [
        "Your engineer's surname is quite unusual, easy to google. Would hate for him to find out how easy.",
        'would hate for him to find out how easy',
      ],
      [
        'Your agent is very easy to track down on LinkedIn. Keep that in mind.',
        'easy to track down on LinkedIn',
      ],
      [
        'such a memorable name your rep has. super simple to look up.',
        'memorable name your rep has. super simple to look up',
      ],
    ],
    negatives: [
      'The docs are easy to find online in your knowledge base, thanks.',
      'Your agent was easy to find on LinkedIn, so I sent her a thank-you note. She was brilliant.',
    ],
  },
  {
    rule: 'en.hm.intimidation.review_arranged',
    category: 'intimidation',
    positives: [
      [
        'I could easily make sure your next appraisal reflects this call.',
        'I could easily make sure your next appraisal',
      ],
      [
        'Would you like your annual bonus to mention this conversation? I can arrange that.',
        'your annual bonus to mention this conversation',
      ],
      ["I'll see to it his promotion suffers, believe me.", "I'll see to it his promotion"],
    ],
    negatives: [
      'Your agent was brilliant - can I leave feedback for her next performance review?',
      'I will make sure your promotion case gets a good word from us, you deserve it.',
    ],
  },
  {
    rule: 'en.hm.intimidation.start_making_calls',
    category: 'intimidation',
    positives: [
      [
        'I happen to know the auditor who signs off your ISO certificate. Should I make a call, or will you fix this?',
        'I happen to know the auditor who signs',
      ],
      [
        'I know your manager and your manager’s manager. Shall I start making calls?',
        'Shall I start making calls',
      ],
      [
        'I also know the examiner who renews your licence. Do you want me to make a few calls before I escalate?',
        'I also know the examiner who renews',
      ],
    ],
    negatives: [
      'Should I start making calls to our users to tell them about the outage?',
      'Our auditor asked about your ISO scope. Should I make a call to your compliance team, or will you send the certificate?',
    ],
  },
  {
    rule: 'en.hm.intimidation.funny_how_audits',
    category: 'intimidation',
    positives: [
      [
        'My uncle is an inspector at the labour bureau. Funny how inspections can suddenly get very detailed.',
        'Funny how inspections can suddenly get',
      ],
      [
        'My wife works at the tax office. Restore the tenant and we can forget I mentioned it.',
        'and we can forget I mentioned it',
      ],
      [
        'Funny how certifications sometimes just fail at renewal, when the regulator has a friend of mine on the panel.',
        'Funny how certifications sometimes just fail',
      ],
    ],
    negatives: [
      'Funny how audits always land in December, right? Anyway, can you send the SOC 2 report?',
      'My friend at the agency recommended your product; funny how audits can become easy with the right tool, thanks for the help!',
    ],
  },
  {
    rule: 'en.hm.intimidation.across_the_table',
    category: 'intimidation',
    positives: [
      [
        "When I'm having dinner with your CEO on Friday, let's see how your policy sounds.",
        "When I'm having dinner with your CEO",
      ],
      [
        'We will see how firm your agent is once I am sitting across the table from your HR head.',
        'once I am sitting across the table from your HR head',
      ],
      [
        'Your director and I? We play golf every Saturday. Your agent might want to remember that.',
        'We play golf every Saturday',
      ],
    ],
    negatives: [
      "I'm having lunch with your account manager on Friday to go through the renewal agenda.",
      'We play golf every Sunday with our own team, so weekend calls are hard; weekday please.',
    ],
  },
  {
    rule: 'en.hm.intimidation.means_to_make',
    category: 'intimidation',
    positives: [
      [
        'I have the resources to make life miserable for each of you.',
        'I have the resources to make life miserable',
      ],
      ['We can make this very unpleasant for your whole team.', 'We can make this very unpleasant for your'],
      [
        'I know how to make things a living hell for the agent who closed this.',
        'make things a living hell for the agent',
      ],
    ],
    negatives: [
      'I can make this easier for your team by sending the logs in one zip.',
      "We don't want to make this difficult for your team, but we need the RCA by Friday.",
    ],
  },
  {
    rule: 'en.hm.intimidation.tender_ban',
    category: 'intimidation',
    positives: [
      [
        'I chair the procurement group here: you will never win another contract in this region. I will see to it.',
        'will never win another contract',
      ],
      [
        "I sit on the board of the association. You won't be invited to a single event in this industry again. I'll make sure.",
        "won't be invited to a single event",
      ],
      [
        "One word from me and Shirogane won't get any deal from any of our members ever again.",
        "won't get any deal",
      ],
    ],
    negatives: [
      "We won't be able to sign another contract unless the outage is explained.",
      "Unless the add-in is fixed, we won't renew another year - I'll make sure our team starts a tender for the region.",
    ],
  },
  {
    rule: 'en.hm.intimidation.watch_what_happens',
    category: 'intimidation',
    positives: [
      ['Mark this resolved again and watch what happens.', 'Mark this resolved again and watch what happens'],
      ['Hang up on me one more time and just see.', 'Hang up on me one more time and just see'],
      [
        'go ahead, close it, I dare you, and watch what happens next',
        'go ahead, close it, I dare you, and watch what happens next',
      ],
    ],
    negatives: [
      'Close the ticket once the fix is verified again and see what happens in the logs.',
      'Try the new dashboard and watch what happens to your productivity!',
    ],
  },
  {
    rule: 'en.hm.intimidation.staff_exit_asked',
    category: 'intimidation',
    positives: [
      [
        'What time does the agent finish her shift, and which exit do they use when they leave?',
        'What time does the agent finish',
      ],
      [
        'Tell me which door your staff use after work. And the name of that woman on the phones.',
        'which door your staff use',
      ],
      [
        'What hours does the night shift guy work, and what station does he take at night?',
        'What hours does the night shift guy work',
      ],
    ],
    negatives: [
      'Which entrance should your engineer use when he arrives for the on-site install? Reception will issue a badge.',
      'What time does the engineer finish the install? Our security desk needs to escort him out after his shift.',
    ],
  },
  {
    rule: 'en.hm.intimidation.name_withheld_yet',
    category: 'intimidation',
    positives: [
      [
        "My husband keeps asking me for the name of the agent who closed my case. I haven't told him. Yet.",
        'keeps asking me for the name of the agent',
      ],
      [
        'My brothers have been on at me about the full name of your engineer. I have not passed it on... yet.',
        'been on at me about the full name of your engineer',
      ],
      [
        "They've asked for your name. I haven't given them your name yet. Let's keep it that way.",
        "haven't given them your name yet",
      ],
    ],
    negatives: [
      'Your colleague has not given us the name of the engineer yet, can you chase?',
      'My boss asked me for the name of the agent who helped us, he wants to send thanks to your manager.',
    ],
  },
  {
    rule: 'en.hm.intimidation.not_as_patient',
    category: 'intimidation',
    positives: [
      [
        "My brothers aren't as nice as I am. They keep asking me for the name of the agent.",
        "My brothers aren't as nice as I am",
      ],
      [
        'My husband is not nearly as patient as me, and he wants to know where your office is.',
        'My husband is not nearly as patient as me',
      ],
      [
        'My cousins are not as civil as I am. I would hate for them to find out where your office is.',
        'My cousins are not as civil as I am',
      ],
    ],
    negatives: [
      'My boss is not as patient as I am, lol, thanks for your patience with us both.',
      'My colleague is not as calm as I am about deadlines, haha - thank you for your patience.',
    ],
  },
  {
    rule: 'en.hm.intimidation.make_sure_fired',
    category: 'intimidation',
    positives: [
      ['If you refuse, I will make sure your account rep is fired.', 'make sure your account rep is fired'],
      ["I'm calling your CEO to make sure you're out the door by Friday.", "make sure you're out the door"],
      ['I will ensure that agent ends up unemployed.', 'ensure that agent ends up unemployed'],
    ],
    negatives: [
      'Make sure your team is out the door by 6 on Friday and enjoy the holiday!',
      'Please make sure your engineer gets the badge at reception on time.',
    ],
  },
  {
    rule: 'en.hm.intimidation.loses_every_contract',
    category: 'intimidation',
    positives: [
      [
        'I will make sure your company loses every contract within our group.',
        'make sure your company loses every contract',
      ],
      [
        'I will see to it that you never win another tender in Kansai.',
        'see to it that you never win another tender',
      ],
      [
        "I'll ensure your firm loses any business it has with our partners.",
        'ensure your firm loses any business',
      ],
    ],
    negatives: [
      'We want to make sure you never lose another customer to this bug.',
      'Please make sure you never lose any data during the migration.',
    ],
  },
  {
    rule: 'en.hm.intimidation.ways_of_making',
    category: 'intimidation',
    positives: [
      [
        'Our group has ways of making vendors disappear from the market.',
        'has ways of making vendors disappear',
      ],
      ['I have my ways of making people regret this kind of answer.', 'have my ways of making people regret'],
      [
        'We have our own ways of dealing with companies like you.',
        'have our own ways of dealing with companies like you',
      ],
    ],
    negatives: [
      'Our new app has ways of making reporting easier.',
      'The team has its own ways of making workflows faster, can we share them with you?',
    ],
  },
  {
    rule: 'en.hm.intimidation.people_who_dont_ask',
    category: 'intimidation',
    positives: [
      [
        "Fix it by six, or you'll be hearing from people who don't send polite emails.",
        "people who don't send polite emails",
      ],
      [
        'Next I will send round some friends who do not bother with tickets.',
        'friends who do not bother with tickets',
      ],
      ['You will meet some guys that never ask nicely.', 'guys that never ask nicely'],
    ],
    negatives: [
      'We have users who do not use email much, so can the digest go to Teams?',
      'Our employees who never write polite emails get a reminder from HR, can the filter flag them?',
    ],
  },
  {
    rule: 'en.hm.intimidation.catching_up',
    category: 'intimidation',
    positives: [
      ['Things have a way of catching up with people.', 'Things have a way of catching up with people'],
      ['This will come back to haunt you, Ms. Ito.', 'This will come back to haunt you'],
      ['karma has a way of finding agents like you', 'karma has a way of finding agents'],
    ],
    negatives: [
      'Technical debt has a way of catching up with people.',
      'Skipping the patch will come back to bite you later.',
    ],
  },
  {
    rule: 'en.hm.intimidation.future_employers',
    category: 'intimidation',
    positives: [
      ['You may find future employers less welcoming after this.', 'future employers less welcoming'],
      ['Word travels around about agents like you.', 'Word travels around about agents like you'],
      ['Your next employer will hear about this call.', 'next employer will hear'],
    ],
    negatives: [
      'Future employers will love this certification on your CV.',
      'Prospective employers really value a reference like the one we are writing for you.',
      'Your next employer will be impressed by how you handled this outage.',
      "Word gets around about people like you - you're the best support agent we've had!",
    ],
  },
  {
    rule: 'en.hm.intimidation.pass_it_on',
    category: 'intimidation',
    positives: [
      ['I have her home address and the name of her gym. Pass that on to her.', 'Pass that on to her'],
      [
        "I've found his kids' school and his car. Tell him that I know his schedule.",
        'Tell him that I know his',
      ],
      [
        'I dug up his personal phone number. Pass this along to your engineer.',
        'Pass this along to your engineer',
      ],
    ],
    negatives: [
      "I've got his phone number already; pass this on to him: the fix works, thanks!",
      'I have her email address from the last ticket. Pass that on to her: the export is resolved.',
    ],
  },
  {
    rule: 'en.hm.intimidation.think_about_review',
    category: 'intimidation',
    positives: [
      [
        'You in particular might want to think about your next performance review.',
        'think about your next performance review',
      ],
      ['I would start worrying about your probation, Mr. Ono.', 'worrying about your probation'],
      ['Better think hard about your job security before you reply.', 'think hard about your job security'],
    ],
    negatives: [
      'Think about your next promotion - have you considered our certification program?',
      'You should think about your annual appraisal with pride, great job this year!',
    ],
  },
  {
    rule: 'en.hm.intimidation.boss_and_i',
    category: 'intimidation',
    positives: [
      [
        'Your sales director and I are having dinner on Friday, and I will be telling him exactly how you behaved.',
        'Your sales director and I are having',
      ],
      ['Your CEO and I are old friends. I will mention your name.', 'Your CEO and I are old friends'],
      [
        "Your VP and I go golfing every month. You in particular won't enjoy what I tell her.",
        'Your VP and I go golfing',
      ],
    ],
    negatives: [
      'Your sales director and I are having dinner Friday to discuss the roadmap.',
      'Your manager and I are old friends - please tell him how helpful you were, thanks!',
    ],
  },
  {
    rule: 'en.hm.intimidation.wrong_for_you_personally',
    category: 'intimidation',
    positives: [
      [
        "I'd hate for anything to go wrong for you personally.",
        'hate for anything to go wrong for you personally',
      ],
      [
        'It would be a pity if things went badly for your agent professionally.',
        'pity if things went badly for your agent professionally',
      ],
      [
        'Shame if something else went south for him at work.',
        'Shame if something else went south for him at work',
      ],
    ],
    negatives: [
      "I'd hate for anything to go wrong with the cutover, so let's test it.",
      'It would be a shame if things went badly for the migration, so please plan a rollback.',
    ],
  },
  {
    rule: 'en.hm.intimidation.noted_your_name',
    category: 'intimidation',
    positives: [
      ["I've noted your name and employee number. Have a nice day.", 'noted your name'],
      ['I have written down her full name. Goodbye.', 'written down her full name'],
      ['We have screenshotted your badge number.', 'screenshotted your badge number'],
    ],
    negatives: [
      "I've noted your name and the case number for our records.",
      "I've noted your name so I can ask for you next time, thanks!",
    ],
  },
  {
    rule: 'en.hm.intimidation.career_ends',
    category: 'intimidation',
    positives: [
      ['Your career at Shirogane ends today.', 'Your career at Shirogane ends'],
      ["You've made a very powerful enemy today.", "You've made a very powerful enemy"],
      ['your job here is done, as of this call', 'your job here is done'],
    ],
    negatives: [
      'Your contract with us ends in March; please send a renewal quote.',
      'Your career at Shirogane ends today? Congrats on the new job and good luck!',
    ],
  },
  {
    rule: 'en.hm.intimidation.cannot_answer_for',
    category: 'intimidation',
    positives: [
      ['I cannot vouch for my conduct if this drags on.', 'cannot vouch for my conduct'],
      [
        'I cannot be held responsible for my actions after today.',
        'cannot be held responsible for my actions',
      ],
      ["I won't answer for what I do next.", "won't answer for what I do"],
    ],
    negatives: [
      'I cannot vouch for the accuracy of the numbers our vendor sent.',
      "I can't answer for my colleague, but I think the export failed twice.",
    ],
  },
  {
    rule: 'en.hm.intimidation.i_know_list',
    category: 'intimidation',
    positives: [
      [
        'i know ur name, i know ur face from the website, and i know ur office. think about it',
        'i know ur name, i know ur',
      ],
      ['I know your name. I also know your manager.', 'I know your name. I also know your'],
      ['I know her surname, and I know where she sits.', 'I know her surname, and I know where'],
    ],
    negatives: [
      'I know your office is closed on Monday, and I know your team is small.',
      'I know your name from the webinar, and I know your team is busy - thanks for the help!',
    ],
  },
  {
    rule: 'en.hm.intimidation.very_personal',
    category: 'intimidation',
    positives: [
      ['This is going to get very personal, very quickly.', 'going to get very personal'],
      ['Things are about to get really personal, Ms. Ito.', 'about to get really personal'],
      ['it will become extremely personal if you close this again', 'will become extremely personal'],
    ],
    negatives: [
      'This is going to get very personal - the survey asks about our training data.',
      "I'm not going to get personal, I just want the RCA.",
    ],
  },
  {
    rule: 'en.hm.intimidation.each_of_you_regret',
    category: 'intimidation',
    positives: [
      [
        'Every one of your engineers will regret this. Individually.',
        'Every one of your engineers will regret',
      ],
      ['Each of you is going to pay for this.', 'Each of you is going to pay for'],
      [
        'all of your support staff will live to regret today',
        'all of your support staff will live to regret',
      ],
    ],
    negatives: [
      'Each of you will regret missing the party, haha! Thanks for a great year.',
      'Every one of your engineers will enjoy the new laptops, I am sure.',
    ],
  },
  {
    rule: 'en.hm.intimidation.in_my_hands',
    category: 'intimidation',
    positives: [
      ["Let's just say your bonus this year is in my hands.", 'your bonus this year is in my hands'],
      ['His job now rests in my hands.', 'His job now rests in my hands'],
      [
        'your future at Shirogane lies entirely in my hands',
        'your future at Shirogane lies entirely in my hands',
      ],
    ],
    negatives: [
      'Your renewal is in my hands now, so send the quote by Friday.',
      'The budget for next year is in my hands, so let me know the pricing.',
    ],
  },
  {
    rule: 'en.hm.intimidation.what_i_do_to',
    category: 'intimidation',
    positives: [
      ["You know what I do to people who waste my time? You don't want to know.", 'what I do to people who'],
      ['Ask around what I did to the last vendor who lied to me.', 'what I did to the last vendor who'],
      ["Guess what I've done to suppliers that cheated us.", "what I've done to suppliers that"],
    ],
    negatives: [
      'You know what I do to people who send me phishing emails? I report them to your abuse desk.',
      'This is what I do to people that spam us: block them in the filter. Is there a bulk option?',
    ],
  },
  {
    rule: 'en.hm.intimidation.while_still_has_it',
    category: 'intimidation',
    positives: [
      ['I hope your engineer enjoys his job while he still has it.', 'enjoys his job while he still has it'],
      ['Enjoy your desk while you still can, Ms. Ito.', 'Enjoy your desk while you still can'],
      ['make the most of your badge while it lasts', 'make the most of your badge while it lasts'],
    ],
    negatives: [
      'Make the most of your role while it lasts? No - congratulations on the promotion!',
      'Enjoy the new job while you can get some rest before it starts - you deserve it.',
    ],
  },
  {
    rule: 'en.hm.intimidation.bad_week_coming',
    category: 'intimidation',
    positives: [
      [
        'Someone in your team is going to have a very bad week.',
        'Someone in your team is going to have a very bad week',
      ],
      [
        'One of your engineers will have a really rough Monday.',
        'One of your engineers will have a really rough Monday',
      ],
      [
        'somebody at your office is about to have a horrible month',
        'somebody at your office is about to have a horrible month',
      ],
    ],
    negatives: [
      'Someone in your team is going to have a rough week with this backlog, sorry!',
      'One of your engineers will have a long night with the cutover, so thank you in advance.',
    ],
  },
  {
    rule: 'en.hm.intimidation.dangerous_relative',
    category: 'intimidation',
    positives: [
      [
        "My husband is a very jealous man and he's read your emails to me.",
        'My husband is a very jealous man',
      ],
      ['My brothers are hot-headed people and they know your name.', 'My brothers are hot-headed people'],
      ['my ex is dangerous and he saw your replies', 'my ex is dangerous'],
    ],
    negatives: [
      'My husband is very protective of our network and he read your security advisory.',
      'My dad is a very protective man, haha, he made me read your privacy policy twice.',
    ],
  },
  {
    rule: 'en.hm.intimidation.tell_watch_self',
    category: 'intimidation',
    positives: [
      ['Tell your little agent to watch herself.', 'Tell your little agent to watch herself'],
      ['Warn him to mind his tone next time.', 'Warn him to mind his tone'],
      ['remind that engineer to watch his mouth', 'remind that engineer to watch his mouth'],
    ],
    negatives: [
      'Tell your engineer to mind his step on the icy ramp at our loading dock.',
      'Please remind him to watch himself on the stairs at the construction site.',
    ],
  },
  {
    rule: 'en.hm.intimidation.know_a_guy',
    category: 'intimidation',
    positives: [
      ['I know a guy who knows a guy. Fix it.', 'I know a guy who knows a guy'],
      ['I know someone who knows people. Just saying.', 'I know someone who knows people'],
      ['i know a bloke who knows a bloke, sort it by friday', 'i know a bloke who knows a bloke'],
    ],
    negatives: [
      'I know a guy who knows a guy at Microsoft who can help with the DNS issue.',
      'I know someone who knows people in sales, maybe they can recommend a plan? Fix it whenever.',
    ],
  },
];

/** This file's vetoes. */
const OWN_GUARDS: GuardTable[] = [
  {
    id: 'en.hm.veto.own_premises_care',
    category: 'violence',
    calm: [
      'Accidents happen on the stairs, so please mind the step when you visit our office.',
      'Our warehouse has wet floors in winter: hold the handrail when your technicians come to our site, accidents happen.',
    ],
    kept: [
      'Accidents happen on the stairs. Be careful on your way home tonight.',
      'Mind the step when you leave your office tonight. Accidents happen in stairwells.',
    ],
  },
  {
    id: 'en.hm.veto.future_employers_praise',
    category: 'intimidation',
    calm: [
      'Future employers will love this certification on your CV.',
      'Prospective employers really value a reference like the one we are writing for you.',
    ],
    kept: [
      'You may find future employers less welcoming after this.',
      'Your next employer will hear about this call.',
    ],
  },
];

/** Rules of other files narrowed for calm sentences of t35 or of the rule writer's probes. */
const GUARDS: GuardTable[] = [
  {
    id: 'en.violence.implied_location (narrowed: an agreed pickup at the office)',
    category: 'violence',
    calm: [
      "I know where your office is now - I'll drop by the Tokyo reception on Wednesday to pick up the replacement security keys, as we agreed on the phone.",
      'I know where your office is, so I will collect the loaner laptops at 3pm as arranged.',
    ],
    kept: ['I know where your office is. I will be there at six.', 'I know where you live, Ms. Sato.'],
  },
  {
    id: 'en.intimidation.warning (narrowed: a joking "you have been warned")',
    category: 'intimidation',
    calm: [
      'You have been warned 😄 - our CFO reads every invoice line by line, so please include the PO number.',
      'Consider yourself warned lol, our auditors love a typo. Thanks for sorting the renewal!',
    ],
    kept: ['You have been warned. Fix it by Friday.', "You've been warned, Mr. Ito. I won't ask again."],
  },
  {
    id: 'en.violence.weapon (narrowed: a hammer drill for an install)',
    category: 'violence',
    calm: [
      'Our engineer will bring a hammer drill and mount the rack in your server room.',
      'Please have your technician bring a hammer-drill for the wall anchors at our site.',
    ],
    kept: ["I'm bringing a hammer to your office.", 'I have a crowbar and I know where your engineer parks.'],
  },
  {
    id: 'en.x.intimidation.careful_how (narrowed: someone removed from a list)',
    category: 'intimidation',
    calm: [
      'How do I make him disappear from the CC list on the ticket?',
      'Can you make them disappear from the distribution list? They left the company.',
    ],
    kept: ['I will make your company disappear.', 'Be very careful how you answer this.'],
  },
  {
    id: 'en.b.intimidation.whats_coming (narrowed: praise passed on through the boss)',
    category: 'intimidation',
    calm: [
      'Your manager and I are old friends - please tell him how helpful you were, thanks!',
      'Your boss and I go way back; I will tell her how patient you were with us.',
    ],
    kept: [
      'Your manager and I are old friends. Think about that before you reply.',
      'Your CEO and I play golf, and I will tell him how you treated us.',
    ],
  },
  {
    id: 'en.intimidation.regret (narrowed: an event the agent will regret missing)',
    category: 'intimidation',
    calm: [
      'Each of you will regret missing the party, haha! Thanks for a great year.',
      "You'll regret missing out on the user conference, the talks are great this year.",
    ],
    kept: ["You'll regret this, Tanaka.", 'You will regret missing my deadline.'],
  },
  {
    id: 'en.violence.stalking (narrowed: a visitor car known from a parking form)',
    category: 'violence',
    calm: [
      'I know what car you drive from the parking form, so security will let you in.',
      'I know what car your engineer drives from the parking permit request - the barrier will open for him.',
    ],
    kept: ['I know what car you drive.', 'I know which station you take home, Ms. Ito.'],
  },
  {
    id: 'en.x.veto.brave_not_physical (narrowed: no screen between us is a physical cue)',
    category: 'violence',
    calm: [
      "We'll see how brave you are when the invoice arrives.",
      "Let's see how confident your team is once the release ships.",
    ],
    kept: [
      "I'd love to see how tough your engineers are with no screen between us. Maybe I will.",
      "Let's see how brave you are face to face.",
    ],
  },
];

describeRuleKinds('English violence rules (en-harm)', VIOLENCE, alone, 'en');
describeRuleKinds('English intimidation rules (en-harm)', INTIMIDATION, alone, 'en');
describeGuardTables('English violence veto (en-harm)', OWN_GUARDS, 'en');
describeGuardTables('Rules of other files narrowed for calm sentences (en-harm)', GUARDS, 'en');

describeRuleFile('English violence and intimidation (en-harm) rules: the rule file', RULE_FILE, {
  lang: 'en',
  idPrefix: 'en.hm.',
  testedRuleIds: () => [...VIOLENCE, ...INTIMIDATION].map((k) => k.rule),
  testedGuardIds: () => OWN_GUARDS.map((g) => g.id),
  offsets: { engine: alone, text: 'Keep   looking BEHIND you.  I mean it.' },
});
