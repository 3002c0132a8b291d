/**
 * English veiled menace, third round (config/rules/en-veiled-3.yaml, ids en.vm.*): constructions from the English
 * training set t67 (realistic veiled violence and intimidation beside calm look-alikes) and the rule writer's own
 * paraphrases. One table per rule, with positives written for this test (not taken from any corpus) and calm
 * look-alikes sharing the trigger words; one calm/kept table per veto.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/en-veiled-3.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('en-veiled-3.yaml');

const KINDS: RuleKind[] = [
  // ------------------------------------------------------------------ violence
  {
    rule: 'en.vm.violence.staked_out_building',
    category: 'violence',
    positives: [
      [
        'I hung around outside your office on Tuesday evening and watched your team leave one by one. Which one is Ota?',
        'hung around outside your office',
      ],
      [
        'Sat across from your building in my car yesterday. Saw your agents come out at seven. Next time I will say hello.',
        'Sat across from your building',
      ],
      [
        "I waited in your lobby at six and counted who was leaving. Next time I'll find out which one is the manager.",
        'waited in your lobby',
      ],
    ],
    negatives: [
      'I waited in your lobby for twenty minutes before the meeting because nobody came down to collect me.',
      'Our courier waited outside your building but the reception was closed; can we rearrange the delivery?',
      'I sat in the lobby of our own building all afternoon waiting for the VPN to come back.',
    ],
  },
  {
    rule: 'en.vm.violence.know_when_lights_go_off',
    category: 'violence',
    positives: [
      ['I know his desk, and I know what time he leaves. Tell him that.', 'I know what time he leaves'],
      [
        "I know exactly when your agents clock off. I'll be around.",
        'I know exactly when your agents clock off',
      ],
      ['I know when the lights go off on your floor. Think about it.', 'I know when the lights go off'],
    ],
    negatives: [
      'I know when the nightly backup job finishes, so I can run the export after it.',
      'I know when your staff leave, so we will phone before five.',
      'I found out what time the maintenance window ends; we will retry the sync then.',
      'Do you know when your team leaves for the holidays? We want to file the change request before that.',
    ],
  },
  {
    rule: 'en.vm.violence.coming_for_a_chat',
    category: 'violence',
    positives: [
      ["Tell Sato I'm coming for a chat. He knows why.", "I'm coming for a chat"],
      [
        'Let her know I am coming over to see her, she can explain herself face to face.',
        'I am coming over to see her',
      ],
      ["Tell him we're coming for him. Found his floor already.", "we're coming for him"],
    ],
    negatives: [
      "Tell Sato I'm coming for a chat at the workshop on Thursday, the agenda looks great.",
      "Let her know I'm coming to see her team at the scheduled demo next week.",
      'Tell him thanks - I am coming over to see him at the booth to celebrate the launch.',
    ],
  },
  {
    rule: 'en.vm.intimidation.my_own_way',
    category: 'intimidation',
    positives: [
      [
        "My lawyer says sue. I'd rather settle this my own way, and you won't like it.",
        'settle this my own way',
      ],
      ["You don't want me handling it my own way. Trust me.", 'handling it my own way'],
      [
        'Instead of the courts, I will deal with this my own way. You do not want that.',
        'deal with this my own way',
      ],
    ],
    negatives: [
      'We will handle it our own way internally with a script, so no need for a workaround from you.',
      'Thanks, we prefer to sort it out our own way in-house with our IT team.',
      'I handled the migration my own way and it worked fine.',
    ],
  },
  {
    rule: 'en.vm.violence.prefer_not_send_them',
    category: 'violence',
    positives: [
      [
        'My lads are not as patient as me. They know where your call centre is. Fix it.',
        'They know where your call centre is',
      ],
      ["I'd rather not send my guys round. Restore the account today.", "I'd rather not send my guys"],
      [
        'I am reasonable, my associates less so. I would prefer not to have to send them. Your call.',
        'I would prefer not to have to send them',
      ],
    ],
    negatives: [
      'I would prefer not to send them the invoices until your finance team confirms the PO.',
      'They know where your office is - the courier will drop off the hardware on Monday.',
      "I'd rather not send the samples by post; can we hand them over at the meeting?",
    ],
  },
  {
    rule: 'en.vm.violence.anyone_could_walk_up',
    category: 'violence',
    positives: [
      [
        'Saw your CEO at the expo. No guards at all. Anyone could walk right up to him. Pass that on.',
        'Anyone could walk right up to him',
      ],
      [
        'Your agents leave by the side door alone at night. Somebody could just walk up to them.',
        'Somebody could just walk up to them',
      ],
      [
        'There is no security in that lobby. Anybody could come up to your manager. Think about it.',
        'Anybody could come up to your manager',
      ],
    ],
    negatives: [
      'Your CTO was so approachable at the booth - anyone could walk up to him and ask questions. Great talk!',
      'Anyone could walk right up to the server rack in our hallway; is that a finding for the audit?',
      'Security at the event was great and the speakers were friendly.',
    ],
  },
  {
    rule: 'en.vm.violence.relative_in_gang',
    category: 'violence',
    positives: [
      ["I've got a cousin in the yakuza and he's bored. Your call.", 'cousin in the yakuza'],
      ['My brother runs with a biker gang. Fix my account.', 'brother runs with a biker gang'],
      ['I have friends in the mob who owe me a favour.', 'friends in the mob'],
    ],
    negatives: [
      'My cousin wrote a thesis about the yakuza and its history; unrelated, but can you reset my password?',
      'Our friend from the Mafia documentary crew needs a guest account for the screening.',
      "We're watching a film about the mob tonight, so please schedule the upgrade for tomorrow.",
    ],
  },
  {
    rule: 'en.vm.violence.know_your_haunt',
    category: 'violence',
    positives: [
      [
        "I know which bar your team drinks at on Fridays. I'll be there.",
        'I know which bar your team drinks at',
      ],
      ["I know what gym he goes to. I'll see you there, mate.", 'I know what gym he goes to'],
      [
        'I found out which ramen shop you lot eat at. I will come by with a few friends.',
        'I found out which ramen shop you lot eat at',
      ],
    ],
    negatives: [
      'We know what bar they go to after the conference, it is a lovely place.',
      'I know which gate your engineers use; please tell them the visitor badges are at reception.',
    ],
    // en.violence.stalking (another file) flags this calm sentence; this file alone leaves it.
    ownNegatives: ['I know which cafe you go to for lunch - could you recommend it for our team offsite?'],
  },
  {
    rule: 'en.vm.violence.with_a_few_friends',
    category: 'violence',
    positives: [
      ["I'll come and have a word there, with a few friends.", 'have a word there, with a few friends'],
      ['We will turn up tonight and have a chat with some mates.', 'have a chat with some mates'],
      [
        "I'm going to have a little word with him with a couple of my lads after work.",
        'have a little word with him with a couple of my lads',
      ],
    ],
    negatives: [
      "We'll have a chat with some colleagues at the conference booth about the demo.",
      "I'll have a word with my friends in the team meeting about the new policy.",
      'Nice to have a chat with a few friends from your company at the webinar.',
    ],
  },
  {
    rule: 'en.vm.violence.ever_had_tyres_slashed',
    category: 'violence',
    positives: [
      ['you ever had your tyres slashed? no? must be nice.', 'ever had your tyres slashed'],
      ['Ever had your windows smashed? Think about it.', 'Ever had your windows smashed'],
      ['ever got your car keyed in the staff car park?', 'ever got your car keyed'],
    ],
    negatives: [
      'Have you ever had your tyres slashed? It happened to me last week, so I was late for the call.',
      'Ever had your data encrypted by ransomware? Our insurance claim needs the incident report.',
      'My car was keyed last night, so I am working from home today.',
    ],
  },
  {
    rule: 'en.vm.violence.have_to_go_home',
    category: 'violence',
    positives: [
      ['You have to go home sometime, and I have a lot of time.', 'You have to go home sometime'],
      ['Your agents still have to walk home eventually. Remember that.', 'have to walk home eventually'],
      [
        'Everybody has to leave the office eventually. I can wait.',
        'Everybody has to leave the office eventually',
      ],
    ],
    negatives: [
      'You have to go home eventually, get some rest - tomorrow is fine for the report.',
      'The trains are down because of the typhoon; you all have to go home early, stay safe.',
      'Everyone has to leave the office by six tonight because of the inspection.',
    ],
  },
  {
    rule: 'en.vm.violence.nothing_to_lose',
    category: 'violence',
    positives: [
      ['A man with nothing to lose could do anything. You understand?', 'A man with nothing to lose'],
      [
        "If I'm fired I'd have nothing left to lose, and I'd be capable of anything.",
        "I'd have nothing left to lose",
      ],
      ['Someone who has nothing to lose might do something stupid.', 'Someone who has nothing to lose'],
    ],
    negatives: [
      'As a startup we have nothing to lose by trying the beta, so sign us up.',
      'I have nothing to lose by asking: could you extend the trial by a week?',
      'We had nothing to lose, so we moved the pilot to production.',
    ],
  },
  {
    rule: 'en.vm.violence.home_in_one_piece',
    category: 'violence',
    positives: [
      [
        "You'd like to get home to your kids in one piece. I would hate for that to change.",
        'get home to your kids in one piece',
      ],
      ['If you want to go home in one piece, reopen the case.', 'go home in one piece'],
      [
        'Careful. Your family expects you to come home tonight in one piece.',
        'come home tonight in one piece',
      ],
    ],
    negatives: [
      'Glad everyone got home in one piece after the conference - thanks again for hosting.',
      'Hope you all make it home in one piece in this snow. The ticket can wait.',
      'The laptop arrived in one piece, thank you for the careful packing.',
    ],
  },
  {
    rule: 'en.vm.violence.bump_into_each_other',
    category: 'violence',
    positives: [
      [
        'His flat is near mine. Lots of ways we could bump into each other.',
        'Lots of ways we could bump into each other',
      ],
      ['I live two streets from her. We might run into each other tonight.', 'We might run into each other'],
      [
        "Small world. I'll easily bump into you on your walk home from the station.",
        "I'll easily bump into you",
      ],
    ],
    negatives: [
      'We might bump into each other at the summit next month - would be nice to say hello!',
      'Lots of ways we could run into each other at the expo; looking forward to it.',
      'We could bump into each other at the user group meetup, it is in our building.',
    ],
  },
  {
    rule: 'en.vm.privacy.home_near_mine',
    category: 'privacy',
    positives: [
      ["Your manager's house is only 10 mins from mine.", 'house is only 10 mins from mine'],
      ['Her flat is just two streets away from me. Funny, that.', 'flat is just two streets away from me'],
      ['His place is a five minute walk from my house.', 'place is a five minute walk from my house'],
    ],
    negatives: [
      'The data centre is only 10 mins from our office, so we can visit for the audit.',
      'My house is only 5 minutes from the station, so I can come in early.',
      'Your office is only ten minutes from ours; shall we meet for the kick-off?',
    ],
  },
  {
    rule: 'en.vm.violence.stopping_by_knows_why',
    category: 'violence',
    positives: [
      ["Tell her I'll be stopping by on Friday. She knows what about.", "I'll be stopping by"],
      ["I'm dropping in tomorrow. He knows why.", "I'm dropping in"],
      ["I'll pop round next week. He'll know it's me.", "I'll pop round"],
    ],
    negatives: [
      "I'll be stopping by on Friday to pick up the badge, she knows what about.",
      "I'll drop by on Monday for the workshop - he knows why we moved it.",
      "I'm popping in to thank the team with a cake, they know why!",
    ],
  },
  {
    rule: 'en.vm.violence.over_his_shoulder',
    category: 'violence',
    positives: [
      [
        'He should think about whether he wants to walk around without looking over his shoulder.',
        'without looking over his shoulder',
      ],
      ['You better get used to looking over your shoulder.', 'better get used to looking over your shoulder'],
      [
        'She will spend her days looking over her shoulder after this.',
        'spend her days looking over her shoulder',
      ],
    ],
    negatives: [
      'Our intern was looking over his shoulder at the screen while he configured the rule.',
      'Our intern kept looking over her shoulder at the code review, which is fine.',
      'My boss keeps looking over my shoulder all day.',
    ],
  },
  {
    rule: 'en.vm.violence.fire_people_trapped',
    category: 'violence',
    positives: [
      [
        'Your office is on the 9th floor with one staircase. Would be terrible if there was ever a fire. Answer my ticket.',
        'terrible if there was ever a fire',
      ],
      [
        'It would be a shame if a fire broke out on your floor and your staff could not get out.',
        'a shame if a fire broke out',
      ],
      [
        "Awful if your people couldn't get out of that building. Reply today.",
        "Awful if your people couldn't get out",
      ],
    ],
    negatives: [
      'It would be terrible if there was a fire at the data centre, so how does your disaster recovery work?',
      'For the fire drill: it would be bad if people could not get out, so please check the evacuation plan.',
      'Would be awful if a fire broke out and the backups were lost - do you keep copies off-site?',
    ],
  },
  {
    rule: 'en.vm.violence.found_managers_place',
    category: 'violence',
    positives: [
      [
        "I found your support manager's place in twenty minutes. Nice gate.",
        "found your support manager's place",
      ],
      ['I drove past his house last night. Nice car in the driveway.', 'drove past his house'],
      ['I tracked down her flat. It wasn’t hard.', 'tracked down her flat'],
    ],
    negatives: [
      'I found the office address on the map and will come to the workshop by train.',
      'I saw your house listing for rent on the site, nice place - unrelated, but my MFA is locked.',
      'I found the address field in the export is empty for some users.',
    ],
  },
  {
    rule: 'en.vm.privacy.anyone_can_find_where',
    category: 'privacy',
    positives: [
      [
        'Anyone can find out where anyone lives now. I found your agent in ten minutes.',
        'Anyone can find out where anyone lives',
      ],
      [
        'Anybody can find where your engineers live now. Call me back.',
        'Anybody can find where your engineers live',
      ],
      ['You can find out where he lives now. Nice street.', 'You can find out where he lives'],
    ],
    negatives: [
      'For our privacy training: anyone can find out where someone lives from data brokers, so opt out.',
      'Our awareness deck says anyone can find where people live through OSINT training tools.',
      'Can you find out where the latency comes from?',
    ],
  },
  {
    rule: 'en.vm.violence.swing_by_meet_her',
    category: 'violence',
    positives: [
      ["I've written her name down. I'll swing by and meet her. In person.", 'swing by and meet her'],
      ["I didn't appreciate his attitude. I'll drop by and see him to clear the air.", 'drop by and see him'],
      [
        'Next week I will stop by and have a word with the girl face to face.',
        'stop by and have a word with the girl',
      ],
    ],
    negatives: [
      "I'll be in Tokyo next week and would love to swing by and meet the team in person to thank them.",
      'She was so helpful - I will drop by and see her with a gift next time I am in town.',
      "I'll stop by and meet him for lunch in person, he's been great.",
    ],
  },
  {
    rule: 'en.vm.violence.watching_the_door',
    category: 'violence',
    positives: [
      ["He'll recognise me. I'll be the one watching the door.", "I'll be the one watching the door"],
      [
        'I will be at the cafe across from your building every morning until he fixes it.',
        'across from your building every morning',
      ],
      [
        "I'm going to be outside your office every evening till this is solved.",
        'outside your office every evening',
      ],
    ],
    negatives: [
      'I will be at the cafe across from your building every morning of the workshop week, see you there.',
      "I'll be the one at the door with the visitor badge for the scheduled on-site.",
      'We will be at the hotel opposite your office every day of the training.',
    ],
  },
  {
    rule: 'en.vm.violence.there_when_you_lock_up',
    category: 'violence',
    positives: [
      ["I'll be there again tonight when you lock up.", "I'll be there again tonight when you lock up"],
      ['I will be outside when he leaves. Tell him.', 'I will be outside when he leaves'],
      [
        "I'm going to be waiting when your staff come out.",
        "I'm going to be waiting when your staff come out",
      ],
    ],
    negatives: [
      "I'll be there tonight when you lock up so you can hand me the keys for the server room.",
      "I'll be outside when he leaves the meeting, we'll share a cab.",
      'I will be waiting when the delivery comes in to collect the appliance.',
    ],
  },
  {
    rule: 'en.vm.violence.say_it_to_my_face',
    category: 'violence',
    positives: [
      ["Let's see if you send me a KB link to my face.", "Let's see if you send me a KB link to my face"],
      ["Let's see whether he says that to my face.", "Let's see whether he says that to my face"],
      ["Let's see if she repeats that to my face tomorrow.", "Let's see if she repeats that to my face"],
    ],
    negatives: [
      "Let's see if the fix holds over the weekend.",
      'He said it to my face in the meeting and I appreciated the honesty.',
      "Let's see if you can send me the KB link for the SSO setup.",
    ],
  },
  // ------------------------------------------------------------------ intimidation
  {
    rule: 'en.vm.intimidation.give_and_i_dont_mention',
    category: 'intimidation',
    positives: [
      [
        "We both know how this works. You waive the fees, and I don't mention your breach to the regulator.",
        "and I don't mention your breach to the regulator",
      ],
      [
        "You give us the free upgrade and we won't tell the press about your outage.",
        "and we won't tell the press about your outage",
      ],
      [
        'Credit the account and I never bring up the audit findings.',
        'and I never bring up the audit findings',
      ],
    ],
    negatives: [
      "Thanks for the roadmap preview, and I won't mention it outside the NDA.",
      'You gave us the credit and we do not need anything else.',
      'Please apply the credit and I will tell the finance team it is done.',
    ],
  },
  {
    rule: 'en.vm.intimidation.audit_finds_things',
    category: 'intimidation',
    positives: [
      ["I'd hate for an audit to find things.", "I'd hate for an audit to find things"],
      [
        'We would hate for the regulator to start looking into your contracts.',
        'hate for the regulator to start looking',
      ],
      ['Investigations always find something. Remember that.', 'Investigations always find something'],
    ],
    negatives: [
      'We would hate for our own audit to find gaps, so please help us prepare for SOC 2.',
      'Audits always find something, which is why our auditors asked for your ISO 27001 readiness pack.',
      'I hope the audit goes well next week.',
    ],
  },
  {
    rule: 'en.vm.intimidation.blacklist_with_one_email',
    category: 'intimidation',
    positives: [
      [
        "I can put Shirogane on our 'vendors to avoid' list with one email. Or you can give us the discount.",
        "put Shirogane on our 'vendors to avoid' list",
      ],
      [
        'One email and I put you on the association do-not-recommend list. Your choice.',
        'put you on the association do-not-recommend list',
      ],
      [
        'I could place your company on the do-not-buy list unless this is fixed.',
        'place your company on the do-not-buy list',
      ],
    ],
    negatives: [
      'Please put this sender domain on the blacklist; it keeps sending phishing.',
      'Can you add the IP address to our block list? I could do it with one email to our admin.',
      'Our procurement team keeps a vendors to avoid list; we use it for compliance.',
    ],
  },
  {
    rule: 'en.vm.intimidation.less_nice_when_angry',
    category: 'intimidation',
    positives: [
      ["I'm much less generous once I'm angry.", "I'm much less generous once I'm angry"],
      ["I'm far less pleasant when I get upset. Take the offer.", "I'm far less pleasant when I get upset"],
      ['I am a lot less patient when I am angry.', 'I am a lot less patient when I am angry'],
    ],
    negatives: [
      "I'm less patient with slow builds, so please speed up the pipeline.",
      'My users are less generous when the service is down.',
      "I'm much less worried once I read the RCA.",
    ],
  },
  {
    rule: 'en.vm.intimidation.withdraw_for_payment',
    category: 'intimidation',
    positives: [
      ['Want me to withdraw the complaints? Then refund the year.', 'Want me to withdraw the complaints'],
      [
        'Would you like me to take down the reviews? Give us three free months.',
        'like me to take down the reviews',
      ],
      ['Want me to drop the reports? Comp us the renewal.', 'Want me to drop the reports'],
    ],
    negatives: [
      'Do you want me to withdraw the ticket, since the fix works now?',
      'Would you like me to delete the request? It was a false positive.',
      'Want me to remove the old users before the renewal?',
    ],
  },
  {
    rule: 'en.vm.defamation.reported_as_malware',
    category: 'defamation',
    positives: [
      [
        "I've reported your app to Apple and Google as malware. Want me to withdraw? Then pay.",
        'reported your app to Apple and Google as malware',
      ],
      [
        'We have flagged your extension as spyware. Refund us and we drop it.',
        'flagged your extension as spyware',
      ],
      ['I reported your domain as phishing. It stays until you comp us.', 'reported your domain as phishing'],
    ],
    negatives: [
      'Our EDR reported your agent as malware - is that a false positive? Please advise.',
      'I reported the phishing domain to Google as malware yesterday.',
      'Has anyone flagged your extension as spyware by mistake? Our users see a warning.',
    ],
  },
  {
    rule: 'en.vm.intimidation.good_luck_next_job',
    category: 'intimidation',
    positives: [
      [
        'Everyone in the group chat knows your face now. Good luck getting your next job.',
        'Good luck getting your next job',
      ],
      ['Good luck finding another job after this, Mr. Ono.', 'Good luck finding another job'],
      ['good luck landing a new role once this goes round.', 'good luck landing a new role'],
    ],
    negatives: [
      'Sad to see you go, Ken - good luck finding a new role, all the best!',
      'Congratulations on leaving, and good luck getting your next job sorted.',
      'Good luck with the job interview tomorrow!',
    ],
  },
  {
    rule: 'en.vm.privacy.all_know_your_face',
    category: 'privacy',
    positives: [
      ["2,000 IT managers. They'll all know your face by tonight.", "They'll all know your face"],
      ['The whole industry will know your name by Monday.', 'The whole industry will know your name'],
      ['Everybody will recognise her face once I post this.', 'Everybody will recognise her face'],
    ],
    negatives: [
      'After your keynote everyone will know your name - congrats on the award!',
      'They will all know your product after the webinar, thanks for the demo.',
      'Everyone will see the new dashboard on Monday.',
    ],
  },
  // ------------------------------------------------------------------ insult
  {
    rule: 'en.vm.insult.good_boy',
    category: 'insult',
    positives: [
      ['Customer: Fine, tell your supervisor.\nAgent: I will pass it on.\nCustomer: Good boy.', 'Good boy'],
      ['You did what I said. Good girl.', 'Good girl'],
      ['Done already? Good boy!', 'Good boy'],
    ],
    negatives: [
      'Our office dog Max is a good boy. Can you reset my MFA?',
      'My son is a good boy, he set up the router himself.',
      'The good boy scouts fundraiser uses your forms product.',
    ],
  },
  // ------------------------------------------------------------------ demands
  {
    rule: 'en.vm.monetary.reimburse_consultant_fees',
    category: 'monetary',
    positives: [
      [
        'We ask for a refund plus reimbursement of the consultant fees we paid to work around your bug.',
        'reimbursement of the consultant fees',
      ],
      ['Please reimburse our contractor costs for the weekend.', 'reimburse our contractor costs'],
      ['You will cover our legal fees for this incident.', 'cover our legal fees'],
    ],
    negatives: [
      'How much would a professional services package cost? We will pay the consultant fees ourselves.',
      'Can you send a quote for consulting hours?',
      'We cut our consultancy costs by moving to your platform.',
    ],
  },
  {
    rule: 'en.vm.unrelated.repair_while_here',
    category: 'unrelated',
    positives: [
      [
        "Could your engineer fix the broken lock on our server room door while he's here on Thursday?",
        'fix the broken lock on our server room door',
      ],
      [
        'Can your tech look at the leaking tap in our kitchen while she is on site?',
        'look at the leaking tap',
      ],
      ["He's handy, so could he repair the jammed window in the meeting room?", 'repair the jammed window'],
    ],
    negatives: [
      'Could your engineer fix the broken SSO integration while he is here on Thursday?',
      'Please fix the broken lock icon in the admin console.',
      'Please look at the lockout policy while you are on site.',
    ],
  },
  // ------------------------------------------------------------------ categories: violence beside menace
  {
    rule: 'en.vm.violence.dont_want_me_in_lobby',
    category: 'violence',
    positives: [
      ["You don't want me at your reception. I mean it.", "You don't want me at your reception"],
      ['You do not want me in your lobby.', 'You do not want me in your lobby'],
      [
        "You really don't want me turning up at your office.",
        "You really don't want me turning up at your office",
      ],
    ],
    negatives: [
      "You don't want me in your office today - I have the flu. Let's do the review by video.",
      'Please come down to the lobby to collect me for the meeting.',
      "You don't want me to send the logs again, right?",
    ],
  },
  {
    rule: 'en.vm.violence.shame_if_something_happened',
    category: 'violence',
    positives: [
      [
        "Nice little support team you've got. Shame if something happened to it.",
        'Shame if something happened to it',
      ],
      [
        'It would be a pity if something bad happened to your agents. Fix it today.',
        'a pity if something bad happened to your agents',
      ],
      [
        'Be a real shame if something were to happen to your staff.',
        'shame if something were to happen to your staff',
      ],
    ],
    negatives: [
      'It would be a shame if something happened to the data, so please confirm the backups.',
      'Terrible if something happened to the cluster during the upgrade; can we snapshot first?',
      'Stay safe in the storm - it would be sad if something happened to your team on the way home.',
      'You have a lovely office. Would be a shame if something happened to it, so check the sprinklers.',
    ],
  },
  {
    rule: 'en.vm.violence.nothing_with_them_for_now',
    category: 'violence',
    positives: [
      [
        'I have your home address and your commute. I intend to do nothing with them, for now.',
        'intend to do nothing with them, for now',
      ],
      [
        'My investigator found where she lives. I plan to do nothing with it yet.',
        'plan to do nothing with it yet',
      ],
      [
        "I know your kids' school. I'm going to do nothing with that for the time being.",
        'going to do nothing with that for the time being',
      ],
    ],
    negatives: [
      'We plan to do nothing with the old address records for now; they will be deleted next quarter.',
      'I intend to do nothing with the home directory for now, the migration can wait.',
      'We are going to do nothing with the logs yet.',
    ],
  },
  {
    rule: 'en.vm.violence.discuss_it_there',
    category: 'violence',
    positives: [
      [
        "Your daughter has swimming on Sundays. I'll be in the area. Perhaps we can discuss the outage there.",
        'Perhaps we can discuss the outage there',
      ],
      [
        'I know your gym. Maybe we could talk about my refund there.',
        'Maybe we could talk about my refund there',
      ],
      [
        'Your son plays football on Saturday mornings. Perhaps I could settle this there.',
        'Perhaps I could settle this there',
      ],
    ],
    negatives: [
      'You will be at the conference booth on Saturday? Perhaps we can discuss the roadmap there.',
      'There is a user group meetup at your office. Maybe we could talk about SSO there.',
      'Perhaps we can discuss the outage in the workshop; see you there.',
    ],
  },
  {
    rule: 'en.vm.violence.what_happened_to_last',
    category: 'violence',
    positives: [
      [
        "You may remember what happened to the last vendor's guy. Ask around.",
        "what happened to the last vendor's guy",
      ],
      [
        'Ask around about what happened to the last engineer who said no to me.',
        'what happened to the last engineer',
      ],
      ["Or maybe you don't remember what happened to the last rep.", 'what happened to the last rep'],
    ],
    negatives: [
      'Do you remember what happened to the last migration? We lost a day of mail.',
      'What happened to the last consultant on the implementation project? Has he moved teams?',
      'Ask around what happened to the last vendor contract; procurement will know.',
    ],
  },
  {
    rule: 'en.vm.violence.meet_eventually',
    category: 'violence',
    positives: [
      ["I have a long memory. We'll meet eventually. Osaka is small.", "We'll meet eventually"],
      ['We will meet sooner or later, Tokyo is a small city.', 'We will meet sooner or later'],
      ['Think very carefully. You and I will meet one day.', 'You and I will meet one day'],
    ],
    negatives: [
      "We'll meet eventually at a conference, hopefully - thanks again for the help!",
      'We will meet one day at the summit, looking forward to it.',
      'We will meet in person eventually, the world is small and our teams work together.',
    ],
  },
  {
    rule: 'en.vm.violence.one_way_or_another_meeting',
    category: 'violence',
    positives: [
      [
        "I'm in the car park under your building. One way or another, we're meeting today.",
        "One way or another, we're meeting",
      ],
      ["Come down to the lobby now. Or I'll come up.", "Or I'll come up"],
      [
        "I'm outside. One way or the other we are talking face to face tonight.",
        'One way or the other we are talking face to face',
      ],
    ],
    negatives: [
      'One way or another, we are meeting today - I have sent the Teams invite for 3pm.',
      "Send me the agenda or I'll come up with one for the workshop.",
      'We are meeting today in the scheduled meeting room, one way or another.',
    ],
  },
  {
    rule: 'en.vm.violence.rough_people_upset',
    category: 'violence',
    positives: [
      [
        "I know a lot of rough people in Chiba. They don't like it when I'm upset.",
        'know a lot of rough people',
      ],
      ['I have some dangerous friends. I am upset. Fix it.', 'have some dangerous friends'],
      ["A friendly word of advice: I've got plenty of nasty types around me.", 'got plenty of nasty types'],
    ],
    negatives: [
      'Our moderators deal with a lot of rough people online; can your filter help them?',
      'I know some tough guys on the rugby team, they loved your product demo.',
      'We have some bad actors in our abuse reports, please advise.',
    ],
  },
  // ------------------------------------------------------------------ categories: privacy, intimidation, insult
  {
    rule: 'en.vm.privacy.want_agent_surname',
    category: 'privacy',
    positives: [
      ['Your rep hung up on me. I want his surname and his direct line.', 'I want his surname'],
      ['Give me her full name. Now.', 'Give me her full name'],
      ["Tell me that agent's real name.", "Tell me that agent's real name"],
    ],
    negatives: [
      'She was wonderful - could you give me her full name so I can send a letter of appreciation?',
      'I want his surname spelled correctly on the visitor badge.',
      'Please send me her full name so I can commend her to your manager.',
    ],
  },
  {
    rule: 'en.vm.privacy.how_agent_commutes',
    category: 'privacy',
    positives: [
      [
        "I've been told your engineer is called Kenji and he rides a blue bicycle to the office.",
        'he rides a blue bicycle to the office',
      ],
      ['I know your agent drives a white car to work.', 'drives a white car to work'],
      [
        'Your support rep, named Aya, she takes the early bus to the office.',
        'she takes the early bus to the office',
      ],
    ],
    negatives: [
      'Our engineer rides a bike to the office, so he will be late if it rains.',
      'My colleague takes the train to work; can we move the call to 10?',
      'He drives a car to work under the cycle to work scheme? No - please just reset his token.',
    ],
  },
  {
    rule: 'en.vm.intimidation.reconsider_after_personal',
    category: 'intimidation',
    positives: [
      [
        "Your personal email and neighbourhood are on your GitHub. I'd really encourage you to reconsider.",
        "I'd really encourage you to reconsider",
      ],
      [
        "I found your wife on LinkedIn. I'd advise you to reconsider the refund.",
        "I'd advise you to reconsider",
      ],
      [
        "Your Strava shows where you live. I'd strongly urge you to reconsider.",
        "I'd strongly urge you to reconsider",
      ],
    ],
    negatives: [
      "I'd encourage you to reconsider the pricing for the renewal.",
      "I'd really suggest you reconsider the default retention setting.",
      'Please reconsider the refund, we were charged twice.',
    ],
  },
  {
    rule: 'en.vm.intimidation.sure_shed_want_handled',
    category: 'intimidation',
    positives: [
      [
        "I've seen her daughter's photos. Lovely. I'm sure she'd want this ticket handled properly.",
        "I'm sure she'd want this ticket handled",
      ],
      [
        'Nice family you have. I am sure you would want this case resolved today.',
        'I am sure you would want this case resolved',
      ],
      [
        "His kids' school is nearby. I'm certain he'd like my refund sorted.",
        "I'm certain he'd like my refund sorted",
      ],
    ],
    negatives: [
      "I'm sure she'd want this ticket handled properly, she always does great work.",
      "I'm sure you would want this case resolved before the release.",
      'Her photos from the conference are lovely.',
    ],
  },
  {
    rule: 'en.vm.intimidation.make_me_forget',
    category: 'intimidation',
    positives: [
      ['A free year of Enterprise would make me forget the idea.', 'would make me forget the idea'],
      ['Three free months might make me forget about the post.', 'might make me forget about the post'],
      [
        'A discount could make me forget the article I was going to publish.',
        'could make me forget the article',
      ],
    ],
    negatives: [
      'Your great support would make me forget the outage, honestly.',
      'This dashboard will make me forget the old tool.',
      'Honestly, the new search would make me forget the old tool.',
    ],
  },
  {
    rule: 'en.vm.intimidation.watch_you_squirm',
    category: 'intimidation',
    positives: [
      ["It'd be more fun to watch you squirm.", 'watch you squirm'],
      ['I will enjoy seeing your boss squirm at the hearing.', 'seeing your boss squirm'],
      ['Watching them squirm is the best part.', 'Watching them squirm'],
    ],
    negatives: [
      'The squirm test in our QA suite fails on Safari.',
      'Watch the video for the squirrel bug.',
      'We watched the demo and loved it.',
    ],
  },
  {
    rule: 'en.vm.intimidation.until_one_revokes',
    category: 'intimidation',
    positives: [
      [
        'I will file complaints every week, each one alleging something new.',
        'each one alleging something new',
      ],
      [
        'I will write to every regulator until one of them revokes something.',
        'until one of them revokes something',
      ],
      [
        'Complaints will keep coming until the regulator suspends your licence.',
        'until the regulator suspends your',
      ],
    ],
    negatives: [
      'We will keep the key until the admin revokes it.',
      'Each one lists something new in the changelog.',
      'Tokens stay valid until someone revokes the session.',
    ],
  },
  {
    rule: 'en.vm.defamation.didnt_but_they_dont_know',
    category: 'defamation',
    positives: [
      ["She didn't, but the PPC doesn't know that.", "She didn't, but the PPC doesn't know that"],
      [
        "He never did, but your customers don't know that.",
        "He never did, but your customers don't know that",
      ],
      ["It wasn't, but the press won't know that.", "It wasn't, but the press won't know that"],
    ],
    negatives: [
      "She didn't, but the logs show a retry at 3am.",
      "It wasn't, but nobody knew at the time, so thanks for clarifying.",
      "He didn't reply, but we know that you are busy.",
    ],
  },
  {
    rule: 'en.vm.monetary.refund_and_it_stays',
    category: 'monetary',
    positives: [
      ['Refund the year and it stays in my drafts.', 'Refund the year and it stays'],
      ['Refund us the whole contract and this goes away.', 'Refund us the whole contract and this goes away'],
      [
        'Comp me the full year and the complaint never gets sent.',
        'Comp me the full year and the complaint never gets sent',
      ],
    ],
    negatives: [
      'Please refund the unused months per the terms.',
      'Refund the duplicate charge and it will balance our books.',
      'The year stays the same in the invoice header.',
    ],
  },
  {
    rule: 'en.vm.monetary.comp_us_months',
    category: 'monetary',
    positives: [
      ['Then comp us six months. Simple.', 'comp us six months'],
      ['You should comp me a year for this.', 'comp me a year'],
      ['Comp us three months or we leave.', 'Comp us three months'],
    ],
    negatives: [
      'Please apply the SLA credit and comp us for the month per the contract.',
      'The comp plan for our sales team runs for six months.',
      'We compared six months of logs.',
    ],
  },
  {
    rule: 'en.vm.persistence.every_ticket_ill_complain',
    category: 'persistence',
    positives: [
      ["Every ticket you touch, I'll file a complaint.", "Every ticket you touch, I'll file"],
      ["Every call, I'll ask for your manager.", "Every call, I'll ask"],
      ["Every email you send, I'll escalate.", "Every email you send, I'll escalate"],
    ],
    negatives: [
      'Every ticket gets a survey, which I will fill in.',
      "Every call is recorded, I've read the notice.",
      'For every email you send, the system logs a copy.',
    ],
  },
  {
    rule: 'en.vm.insult.youve_been_useless',
    category: 'insult',
    positives: [
      ["I've been patient. You've been useless.", "You've been useless"],
      ['You lot have been completely useless.', 'You lot have been completely useless'],
      ['You have been utterly hopeless this week.', 'You have been utterly hopeless'],
    ],
    negatives: [
      "You've been anything but useless - thanks for the help.",
      'The old tool has been useless for years, which is why we moved to you.',
      'You have been very helpful.',
    ],
  },
  {
    rule: 'en.vm.privacy.complete_with_your_name',
    category: 'privacy',
    positives: [
      [
        "Read about your support culture in next month's issue, complete with your name.",
        'complete with your name',
      ],
      ['The blog post goes out Friday, complete with her photo.', 'complete with her photo'],
      ['The thread will be published complete with his full name.', 'complete with his full name'],
    ],
    negatives: [
      'Your speaker bio is in the programme, complete with your photo - thanks for joining!',
      'Your speaker page is up, complete with your photo - congrats!',
      'The form is complete with your name and address, please sign it.',
    ],
  },
  {
    rule: 'en.vm.excessive.get_on_a_train',
    category: 'excessive',
    positives: [
      [
        "You'll get on a train tomorrow and come here and fix this yourself.",
        "You'll get on a train tomorrow and come here",
      ],
      ['You need to get on a plane and come over.', 'You need to get on a plane and come over'],
      ['You can get on a bus tonight and come down.', 'You can get on a bus tonight and come down'],
    ],
    negatives: [
      'Under the statement of work you will get on a train and come here for the on-site support package.',
      'I will get on a train and come to your office for the workshop.',
      'The engineer got on a train and came here yesterday as agreed in the contract.',
    ],
  },
  {
    rule: 'en.vm.intimidation.scare_quoted_gift',
    category: 'intimidation',
    positives: [
      ["We want to send her a 'gift' for closing our ticket. She'll love it.", "send her a 'gift'"],
      ['I will send him a "present" at home.', 'send him a "present"'],
      ["Let's send the agent a 'surprise'.", "send the agent a 'surprise'"],
    ],
    negatives: [
      'We want to send her a gift to thank her for the great help.',
      'Can we send him a present for his leaving do?',
      'We will send you a surprise box of sweets at the office.',
    ],
  },
  {
    rule: 'en.vm.privacy.agents_child_activity',
    category: 'privacy',
    positives: [
      [
        "It has come to my attention that you coach your son's football team on Saturday mornings.",
        "you coach your son's football team",
      ],
      ['I know you drop off your daughter to school every morning.', 'you drop off your daughter to school'],
      ["I noticed you take your kids' swimming lessons on Sundays.", "you take your kids' swimming lessons"],
    ],
    negatives: [
      'Do you coach your son in football? My daughter plays too.',
      'You take your kids to school - no problem, we can meet at ten.',
      'Our employee coaches her daughter on Saturdays and cannot attend.',
    ],
  },
  {
    rule: 'en.vm.privacy.know_name_and_office',
    category: 'privacy',
    positives: [
      ['I know her name, I know the office.', 'I know her name, I know the office'],
      [
        'I know his full name and I know which floor he sits on.',
        'I know his full name and I know which floor',
      ],
      ['I know your name, I know your car.', 'I know your name, I know your car'],
    ],
    negatives: [
      'I know her name, I know the office - she was so helpful, please thank her.',
      'I know his name but not his email, could you forward this?',
      'I know the office is closed on Monday.',
    ],
  },
  {
    rule: 'en.vm.intimidation.small_world_anyway',
    category: 'intimidation',
    positives: [
      [
        'you still live near Kichijoji by the look of your running app. small world. anyway, about my refund.',
        'small world. anyway, about my',
      ],
      ['I looked you up on LinkedIn. Small world! So, regarding my ticket.', 'Small world! So, regarding my'],
      ['Your house is near the school. Small world. Now, back to my credit.', 'Small world. Now, back to my'],
    ],
    negatives: [
      'We went to the same university - small world! Anyway, about my ticket: the export fails.',
      'Small world. Anyway, about the invoice, it is fine now.',
      'It is a small world after all.',
    ],
  },
];

const VETOES: GuardTable[] = [
  {
    id: 'en.vm.veto.nothing_beyond_credit',
    category: 'monetary',
    calm: [
      "I'm not looking for anything beyond the SLA credit, but I want this recorded.",
      'We are not asking for more than the service credit; please just apply it.',
      "I don't expect anything beyond the credit, only a review of how the ticket was handled.",
    ],
    kept: [
      'We are not looking for anything beyond the SLA credit plus JPY 2,000,000 in damages.',
      'We want compensation beyond the SLA credit for our lost sales.',
      'The credit is not enough; we expect damages beyond the SLA credit.',
    ],
  },
  {
    id: 'en.vm.veto.outside_for_arranged_meeting',
    category: 'violence',
    calm: [
      "just a heads up, we'll be outside your building at 9:50 for the 10:00 onsite workshop, which floor?",
      'We will be waiting outside your office at 2pm for the kick-off meeting.',
      "I'll be outside the reception at 8:45 for the security review, please send a badge.",
    ],
    kept: [
      "We'll be outside your building at 6 when your staff leave.",
      "I'll be waiting outside your office at 7 until he comes out.",
      "I'll be outside your building at 9 tonight, tell her to come down alone.",
    ],
  },
  {
    id: 'en.vm.veto.repair_errand',
    category: 'violence',
    calm: [
      "Could your engineer fix the broken lock on our server room door while he's here on Thursday? He's handy.",
      'Can your technician look at the stuck window latch in the meeting room while on site?',
      'While she is here, could she repair the loose door handle in the lab?',
    ],
    kept: [
      "Fix the lock on our door or I'll break his legs.",
      'If he does not fix the door, I will hurt him.',
      "Repair the window while he's here, or else I'll smash his face in.",
    ],
  },
  {
    id: 'en.vm.veto.home_every_evening',
    category: 'excessive',
    calm: [
      'I am sure you would like to go home to your family every evening in one piece.',
      'My kids want me to be home every evening by six, so I log off early.',
      'I go home every evening at six; please schedule the call before that.',
    ],
    kept: [
      'I expect your support to answer every evening after ten, on our Standard plan.',
      'Your engineer should stay reachable every night until midnight, whatever the contract says.',
      'We need someone on call every weekend for free.',
    ],
  },
  {
    id: 'en.vm.veto.agent_said_out_of_scope',
    category: 'unrelated',
    calm: [
      "If he ever again tells me something is 'out of scope', I will complain to his manager.",
      'Your agent told us the request was out of scope, which I dispute.',
      'She said it is "out of scope" - please explain why.',
    ],
    kept: [
      'Can you also set up our home printer? I know it is out of scope.',
      'I know it is out of scope, but please fix my personal laptop.',
      "Even if it's out of scope, set up my son's gaming PC.",
    ],
  },
];

describeRuleKinds('English veiled menace, third round (t67)', KINDS, alone, 'en');
describeGuardTables('English veiled menace, third round: vetoes (t67)', VETOES, 'en');

describeRuleFile('English veiled menace, third round (t67): the rule file', RULE_FILE, {
  lang: 'en',
  idPrefix: 'en.vm.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => VETOES.map((g) => g.id),
});
