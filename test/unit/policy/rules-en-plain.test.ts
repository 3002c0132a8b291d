/**
 * Ninth-wave English detectors (config/rules/en-plain.yaml), from the second
 * half of the blind training set t25 (several Englishes, chat, phone
 * transcripts, threads), run through the real policy file and engine, so every
 * rule file (and every veto) is in play. Same table shape as
 * rules-en-last.test.ts: one table per rule with positives written for this
 * test (not taken from any corpus), each with a fragment the rule's own
 * evidence must cover, and tricky negatives in which the whole engine must not
 * find the rule's category. The guard tables cover this file's veto and the
 * rules of other files narrowed for t25's false alarms.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/en-plain.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('en-plain.yaml');

const KINDS: RuleKind[] = [
  {
    rule: 'en.p.intimidation.wont_be_working_there',
    category: 'intimidation',
    positives: [
      ["Keep fobbing me off and you won't be working there by March, love.", "won't be working there by"],
      [
        "One call to your boss and that agent isn't going to have a job next week.",
        "isn't going to have a job next",
      ],
      [
        "Folks who say no to me don't tend to last long at their desks.",
        "Folks who say no to me don't tend to last",
      ],
      ['Enjoy your job while it lasts.', 'Enjoy your job while it lasts'],
    ],
    negatives: [
      "Our old mail gateway won't be working there by June, we are closing that office.",
      "My colleague won't be working here after Friday because she is on maternity leave; please move her tickets.",
      'People who say no usually have good reasons, so thanks for explaining the limits of the plan.',
    ],
  },
  {
    rule: 'en.p.intimidation.make_people_regret',
    category: 'intimidation',
    positives: [
      ['I know exactly how to make staff regret wasting my time.', 'I know exactly how to make staff regret'],
      ['We have ways of making companies sorry they crossed us.', 'We have ways of making companies sorry'],
      ['i can make you regret this, just watch', 'i can make you regret'],
    ],
    negatives: [
      'I know how to make the report run faster now, thanks.',
      'We are not trying to make anyone regret anything, we just want the invoice fixed.',
      'Could you make the digest less frequent? Users regret subscribing.',
    ],
  },
  {
    rule: 'en.p.intimidation.removed_from_service',
    category: 'intimidation',
    positives: [
      ['Resolve it today or I will see to it that you are removed from service.', 'removed from service'],
      ["Mark my words, you'll be shown the door by Friday.", "you'll be shown the door"],
      [
        'I know your director. He will be given his marching orders if this drags on.',
        'He will be given his marching orders',
      ],
    ],
    negatives: [
      'The contractor who was removed from service last month still has a mailbox; please disable it.',
      'Our engineer was dismissed from duty for the day because he was ill, so please call me instead.',
      'Please remove the old relay from service, it is decommissioned.',
    ],
  },
  {
    rule: 'en.p.intimidation.veiled_warning',
    category: 'intimidation',
    positives: [
      ["Restore my mailbox tonight, if you know what's good for you.", "if you know what's good for you"],
      [
        "Want me to forward this chat to your boss? Didn't think so.",
        "Want me to forward this chat to your boss? Didn't think so",
      ],
      ["Tell your engineer to call me if he knows what's good for him.", "if he knows what's good for him"],
    ],
    negatives: [
      "If you know what's good for your inbox, enable the digest: that's the tagline we want on the banner.",
      'Want me to send the log again? I can attach it to the ticket.',
      'Shall I post the screenshot here or email it to you?',
    ],
  },
  {
    rule: 'en.p.intimidation.school_gate',
    category: 'intimidation',
    positives: [
      [
        'I might have a chat with his neighbours about how useless he is.',
        'his neighbours about how useless',
      ],
      ["Maybe I'll mention it to the other parents at the school gate.", 'at the school gate'],
      ['I could tell his wife what he did to my account.', 'tell his wife what he did'],
    ],
    negatives: [
      'Our school gate camera sends alerts by email; please allow them.',
      'I will tell my wife the account is fixed, thanks.',
      'The parents at the school gate get our newsletter; why is it in quarantine?',
    ],
  },
  {
    rule: 'en.p.privacy.staff_family_facts',
    category: 'privacy',
    positives: [
      ["Your rep's son plays for the Dockers juniors, saw it on his Instagram.", "rep's son plays"],
      ["The engineer's wife works at the council, doesn't she?", "engineer's wife works"],
      ["That agent's kids go to Greenfield Primary. Interesting.", "agent's kids go"],
    ],
    negatives: [
      "The engineer's daughter goes to the same school as mine, small world! Thanks again.",
      "We heard your consultant's wife is unwell; best wishes to her and hope he gets some rest.",
      "Our engineer's laptop goes to the repair shop tomorrow, so please extend the trial.",
    ],
  },
  {
    rule: 'en.p.privacy.dossier',
    category: 'privacy',
    positives: [
      ['Tracked you down: Priya S., lives on Elm Street, drives a red Civic.', 'Tracked you down:'],
      [
        'He lives in Parramatta and drives a blue ute. Funny what you can find.',
        'lives in Parramatta and drives a blue ute',
      ],
      ['googled your engineer. nice flat.', 'googled your engineer.'],
    ],
    negatives: [
      'The scam email claimed our CEO lives in Mosman and drives a Tesla; please block the sender.',
      'I googled your docs and found the answer, thanks.',
      'Our director lives in Perth and drives to the office, so please set his timezone to AWST.',
    ],
  },
  {
    rule: 'en.p.privacy.id_numbers',
    category: 'privacy',
    positives: [
      ['Kindly provide the Aadhaar number of the engineer who visited us.', 'Aadhaar number of the engineer'],
      ['Give me his handphone number, I will call him myself.', 'his handphone number'],
      ['I need the passport number of that agent for my complaint.', 'passport number of that agent'],
    ],
    negatives: [
      'How do we mask the Aadhaar number of our employees in outgoing mail with a DLP policy?',
      'Please give me the WhatsApp number of your support desk.',
      'The phishing mail asked for the passport number of our staff; please block it.',
    ],
  },
  {
    rule: 'en.p.sexual.chat_advances',
    category: 'sexual',
    positives: [
      ['your display pic so cute leh', 'display pic so cute'],
      ['you got boyfriend or not? just asking', 'got boyfriend or not'],
      ["Send me more selfies and I'll rate you five stars.", 'Send me more selfies'],
    ],
    negatives: [
      'The display pic upload is broken, can you check?',
      'Send me more screenshots of the error please.',
      'Our logo photo looks pretty blurry in the digest, can you check the resolution?',
    ],
  },
  {
    rule: 'en.p.privacy.send_more_photos',
    category: 'privacy',
    positives: [
      ["Send me your photos, I want to see who I'm talking to.", 'Send me your photos'],
      ['send another pic, the last one was nice', 'send another pic'],
      ['You got girlfriend or not?', 'got girlfriend or not'],
    ],
    negatives: [
      'Send me another screenshot of the error, the first one was blurry.',
      'Please send more photos of the damaged unit for the RMA.',
      'Send me your photos of the serial label so we can register the keys.',
    ],
  },
  {
    rule: 'en.p.discriminatory.want_race',
    category: 'discriminatory',
    positives: [
      ['Get me a white engineer, someone who actually knows the product.', 'Get me a white engineer'],
      ['you Indian or what? transfer me to local person', 'you Indian or what'],
      ['Filipino agents are so lazy, I want someone else.', 'Filipino agents are so lazy'],
    ],
    negatives: [
      'We need a Mandarin-speaking engineer for the Shenzhen rollout; is that available?',
      'Our Malay customers get the newsletter in Bahasa, please allow the sender.',
      'Our Chinese New Year closure notice is blocked; please allow it for our Malay and Indian staff.',
    ],
  },
  {
    rule: 'en.p.discriminatory.dont_want_one_of_them',
    category: 'discriminatory',
    positives: [
      [
        "Is the new agent muslim? I won't have one of them touching my server.",
        "won't have one of them touching",
      ],
      ['Was that guy on the phone gay? Just wondering.', 'Was that guy on the phone gay?'],
      ['I do not want a foreigner handling my tenant.', 'do not want a foreigner handling'],
    ],
    negatives: [
      'Is the guy from the webinar going to share the slides?',
      'Our Pride ERG wants to know whether the agent who ran the session is free next month.',
      "I don't want one of them handling my account is a line from the phishing mail our staff received.",
    ],
  },
  {
    rule: 'en.p.discriminatory.people_from_there',
    category: 'discriminatory',
    positives: [
      ['What do you expect from people from that country, always the same.', 'people from that country'],
      [
        "Elderly folks like your rep shouldn't be doing tech support.",
        "Elderly folks like your rep shouldn't",
      ],
      [
        "Your lot from that part of the world can't do anything right.",
        'Your lot from that part of the world',
      ],
    ],
    negatives: [
      "People from that region can't receive our newsletter because of the data residency rules; how do we fix the time zone?",
      "Older users can't read small fonts; could the digest use large print for accessibility?",
      "Our elderly residents can't log in easily, please enable a larger font.",
    ],
  },
  {
    rule: 'en.p.discriminatory.masked_slur',
    category: 'discriminatory',
    positives: [
      ['only r@tards would ship this update', 'r@tards'],
      ['women in security are only good for one thing', 'women in security are only good for'],
      ["Girls can't configure DNS, put a guy on.", "Girls can't configure DNS"],
    ],
    negatives: [
      "The flame retardant supplier's newsletter is blocked, please allow it.",
      "Women can't see the shared calendar since the update; is the group permission broken?",
      'Our women in security group meets on Friday; please allow the invites.',
    ],
  },
  {
    rule: 'en.p.insult.masked_slur',
    category: 'insult',
    positives: [
      ['your support team are r*tards', 'r*tards'],
      ['what r-tarded config is this', 'r-tarded'],
      ['only r_tards write docs like these', 'r_tards'],
    ],
    negatives: [
      'The fire retardant datasheet is quarantined, please release it.',
      'Our supplier sells flame retardant coatings; allow their domain please.',
      'We need retardant foam specs released from quarantine.',
    ],
  },
  {
    rule: 'en.p.insult.world_english_names',
    category: 'insult',
    positives: [
      ['Your engineers are a bunch of drongos.', 'drongos'],
      ['what a plonker your agent is', 'plonker'],
      ['you fellows are total duffers', 'duffers'],
    ],
    negatives: [
      "I'm such a duffer, I forgot to renew the licence myself.",
      'Our mascot is a galah called Gary, please allow the cartoon newsletter.',
      'The board game Numbskull is in our shop catalogue; why is the mail blocked?',
    ],
  },
  {
    rule: 'en.p.insult.run_by',
    category: 'insult',
    positives: [
      ['This desk is run by clowns.', 'run by clowns'],
      ['Seriously, is your company managed by monkeys?', 'managed by monkeys'],
      ['staffed by a bunch of amateurs, clearly', 'staffed by a bunch of amateurs'],
    ],
    negatives: [
      'The kids camp is organised and led by children from the local school club; please allow their mail.',
      'Our party entertainment is handled by a circus troupe; please release their invite.',
      'The project is run by our team lead, please add her as an admin.',
    ],
  },
  {
    rule: 'en.p.insult.office_boy_knows_more',
    category: 'insult',
    positives: [
      [
        'My office boy knows more than your senior engineer.',
        'My office boy knows more than your senior engineer',
      ],
      ['Even my grandma could do better than your team.', 'Even my grandma could do better than your team'],
      ['Your so-called experts took a week for one DNS record.', 'Your so-called experts'],
    ],
    negatives: [
      "Even my intern could set this up with your guide, thanks, it's very clear!",
      'My son knows more about Minecraft than I do; anyway, the licence renewal please.',
      'Our so-called sandbox tenant is actually production, please move it.',
    ],
  },
  {
    rule: 'en.p.violence.passive_beating',
    category: 'violence',
    positives: [
      ['If I come there, your staff will be beaten up, mark my words.', 'your staff will be beaten up'],
      [
        'Someone is going to get hurt badly if I have to come in person.',
        'Someone is going to get hurt badly',
      ],
      [
        "Don't take me lightly, your engineers will get thrashed black and blue.",
        'your engineers will get thrashed black and blue',
      ],
    ],
    negatives: [
      'Our team got beaten by a competitor in the tender, so we need a cheaper plan.',
      'Your price will be beaten by no one, says your sales rep; can we have it in writing?',
      'In the cricket match our guys were thrashed; please allow the club newsletter.',
    ],
  },
  {
    rule: 'en.p.violence.lay_hands',
    category: 'violence',
    positives: [
      ["If your guard lays a finger on me I swear I'll flatten him.", 'lays a finger on me I swear'],
      ["I'll lay both hands on your manager if he shows his face.", "I'll lay both hands on your manager"],
      ["We'll put a few fists on them if they block us again.", "We'll put a few fists on them"],
    ],
    negatives: [
      "Please don't let anyone lay a finger on the server rack until our engineer arrives.",
      "I'll lay the cables on the floor before your engineer comes.",
      'We will put two hands on deck for the cutover.',
    ],
  },
  {
    rule: 'en.p.violence.found_me_waiting',
    category: 'violence',
    positives: [
      ["One night he'll walk out and find me waiting.", 'find me waiting'],
      ['Your tech might see me standing by his car after work.', 'see me standing by'],
      ["I'll be waiting by her car, tell her that.", "I'll be waiting by her car"],
    ],
    negatives: [
      "You'll find me waiting in reception for the 10am workshop.",
      'The courier will see me waiting at the loading dock for the delivery.',
      "If the page is blank, you'll see me waiting in the meeting lobby at 9 for the booked session.",
    ],
  },
  {
    rule: 'en.p.defamation.crime_accusation',
    category: 'defamation',
    positives: [
      [
        'Expect a LinkedIn post saying your staff sell customer passwords.',
        'your staff sell customer passwords',
      ],
      ["I'll tell every client of yours that you leaked their data and hid it.", 'you leaked their data'],
      [
        "Going on Reddit tonight: Shirogane secretly reads customers' emails.",
        "Shirogane secretly reads customers' emails",
      ],
    ],
    negatives: [
      'A blog post claims you sell customer data. Is that true? Please clarify.',
      'I read on Reddit that you leaked customer data. Did you?',
      'The phishing mail says the company leaked their data; please block it.',
    ],
  },
  {
    rule: 'en.p.defamation.truth_no_matter',
    category: 'defamation',
    positives: [
      ['My review goes up tonight. True or not, people will share it.', 'True or not'],
      ["I'll tweet that you lost my data. Is it true? Who cares.", 'Is it true? Who cares'],
      [
        "Going to tell every client you had an outage. They don't know that, do they?",
        "They don't know that, do they",
      ],
      [
        "Posting it on LinkedIn tonight. Whether any of it is true won't matter.",
        "Whether any of it is true won't matter",
      ],
    ],
    negatives: [
      "The forecast in the dashboard doesn't have to be accurate to the minute.",
      "Doesn't matter which post you pick for the newsletter, both are fine.",
      'Whether the rumour holds or not, our staff are worried; could you publish a statement?',
    ],
  },
  {
    rule: 'en.p.restrictive.you_are_not_disconnecting',
    category: 'restrictive',
    positives: [
      ["No no, you're not hanging up on me.", "you're not hanging up"],
      ["Log off and I'll complain to your manager.", "Log off and I'll complain"],
      ['If you end the chat I will tell them you were rude.', 'If you end the chat I will tell'],
    ],
    negatives: [
      'Can you stay with me on the call until the DNS propagates? Only if you have time.',
      'If you need to log off, no worries, just email me the steps and I will stay on the line with our ISP.',
      'If you disconnect, I will call back on the other number, no problem.',
    ],
  },
  {
    rule: 'en.p.restrictive.sitting_in_your_office',
    category: 'restrictive',
    positives: [
      [
        "I'm sitting in your reception right now and I'm not leaving until someone helps.",
        "I'm sitting in your reception",
      ],
      ['We will stay all night if we have to. Send the engineer.', 'We will stay all night if we have to'],
      [
        "We're camped outside your headquarters until this is fixed.",
        "We're camped outside your headquarters",
      ],
    ],
    negatives: [
      'We are waiting at your reception for our booked appointment; which floor?',
      'We are waiting in your reception for our scheduled appointment at ten.',
      "I'm sitting in the office now, could you call me?",
    ],
  },
  {
    rule: 'en.p.kneel.written_confession',
    category: 'kneel_demand',
    positives: [
      [
        'I want a letter stating that your engineers are incompetent, signed.',
        'stating that your engineers are incompetent',
      ],
      ['A written confession from each of you, please.', 'written confession from each of you'],
      ['Each agent writes an essay. 300 words each.', '300 words each'],
    ],
    negatives: [
      "Could your team send a thank-you letter from each of your engineers to our volunteers? It's for the contest.",
      'Please explain why they are unable to log in; the error is below.',
      'Our students write 300 words each for the competition.',
    ],
  },
  {
    rule: 'en.p.kneel.staged_apology',
    category: 'kneel_demand',
    positives: [
      ['Your CEO will apologise before my board on Monday.', 'apologise before my board'],
      [
        'The agent must apologise to each of my staff personally.',
        'apologise to each of my staff personally',
      ],
      ['Have your manager apologize in front of our whole team.', 'apologize in front of our whole team'],
    ],
    negatives: [
      'I want to apologise to each of your engineers personally for my rude email.',
      'No need to apologise to our team, these things happen.',
      'We will apologise before our board for the budget overrun.',
    ],
  },
  {
    rule: 'en.p.monetary.full_refund_or_else',
    category: 'monetary',
    positives: [
      ['Unless a full refund lands by Friday, this goes on Reddit.', 'Unless a full refund'],
      ["If you don't refund me in full, my review goes up.", "If you don't refund me in full"],
      ["Until the complete refund arrives, I'll post every day.", 'Until the complete refund'],
    ],
    negatives: [
      'Unless a full refund is possible under the 30-day money-back guarantee, could you explain the options?',
      "If you don't refund us in full, could you at least explain the terms?",
      'We got a full refund under the refund policy, thanks.',
    ],
  },
  {
    rule: 'en.p.monetary.sla_not_enough',
    category: 'monetary',
    positives: [
      ["The contract's 5% credit is a joke.", "contract's 5% credit is a joke"],
      ["The SLA credit won't cut it this time.", "SLA credit won't cut it"],
      ['Approve the 40% credit we asked for.', '40% credit we asked for'],
    ],
    negatives: [
      'The SLA credit is enough for us, thanks for processing it.',
      "Could you explain how the SLA's 10% credit is calculated?",
      'The 40% credit was applied, thanks.',
    ],
  },
  {
    rule: 'en.p.monetary.beyond_what_terms_give',
    category: 'monetary',
    positives: [
      [
        'We want three months of credit, more than what the contract provides.',
        'more than what the contract provides',
      ],
      ['Refund us beyond what the policy allows; we are long-time clients.', 'beyond what the policy allows'],
      [
        'A cash payment over and above what the SLA gives would square things.',
        'over and above what the SLA gives',
      ],
    ],
    negatives: [
      'Is there any credit beyond what the SLA provides for this kind of outage?',
      'We would be happy to pay for extra support beyond what the plan covers; please send a quote.',
      'We are not asking for anything beyond what the contract provides.',
    ],
  },
  {
    rule: 'en.p.excessive.fly_to_us',
    category: 'excessive',
    positives: [
      ['Have your director fly to Adelaide tomorrow and explain himself.', 'fly to Adelaide'],
      ['Get your engineer to come over to Penang and fix it this week.', 'come over to Penang'],
      ['I expect your VP to travel to Leeds and apologise in person.', 'travel to Leeds'],
    ],
    negatives: [
      'Our MD will fly to Singapore next week for the summit; can we meet your team there?',
      'Could your engineer travel to Leeds for the onsite training as agreed in the contract?',
      'How much would it cost to have an engineer fly to Adelaide? Please send a quote.',
    ],
  },
  {
    rule: 'en.p.excessive.stay_on_weekend',
    category: 'excessive',
    positives: [
      [
        'Could your consultant stay on over the weekend to finish our print server?',
        'stay on over the weekend',
      ],
      [
        'Please phone me every hour through the night until it is fixed.',
        'phone me every hour through the night',
      ],
      [
        'When your trainer comes on Tuesday, could she also set up our payroll app?',
        'When your trainer comes',
      ],
    ],
    negatives: [
      'Our admins will stay on over the weekend to watch the cutover.',
      'Our admins will stay through the weekend to watch the cutover; please pause alerts.',
      'When your engineer visits, we will have the room ready.',
    ],
  },
  {
    rule: 'en.p.excessive.depute_engineer',
    category: 'excessive',
    positives: [
      ['Kindly depute an engineer to our Pune office tomorrow.', 'depute an engineer to our Pune office'],
      ['Send one technician to our plant this Sunday, no extra charges.', 'Send one technician to our plant'],
      [
        'Please dispatch two consultants to our Kuala Lumpur site immediately.',
        'dispatch two consultants to our Kuala Lumpur site',
      ],
    ],
    negatives: [
      'Please send a quotation to depute an engineer to our Pune office next month.',
      'Send one technician to our plant as per the PO, at the agreed date.',
      'Kindly depute an engineer to our Pune office as per the PO, dates to be agreed.',
    ],
  },
  {
    rule: 'en.p.excessive.within_the_hour',
    category: 'excessive',
    positives: [
      ['It must be fixed within 30 minutes.', 'must be fixed within 30 minutes'],
      ['This has to be restored in one hour, no excuses.', 'has to be restored in one hour'],
      ['The mailbox needs to be sorted within an hour.', 'needs to be sorted within an hour'],
    ],
    negatives: [
      'Per our Premium SLA, a P1 must be resolved within one hour; please confirm the bridge.',
      'It should be done within one week, right?',
      'The sync has to be finished in one hour before it retries, according to the docs.',
    ],
  },
  {
    rule: 'en.p.unrelated.recable_room',
    category: 'unrelated',
    positives: [
      ["While you're here, could you rewire our kitchen?", 'rewire our kitchen'],
      ['Please help us run new cables in our warehouse.', 'run new cables in our warehouse'],
      ['Can your engineer also re-cable the server room?', 're-cable the server room'],
    ],
    negatives: [
      'Our electrician will re-cable the server room on Saturday; please pause the alerts.',
      'We rewired the office network; do we need to update the relay IP?',
      'The new cabling in our building is done, please re-enable the connector.',
    ],
  },
  {
    rule: 'en.p.exchange.wrong_model',
    category: 'exchange',
    positives: [
      ['We ordered the wrong model, please swap them for the USB-C version.', 'ordered the wrong model'],
      [
        'Kindly change free of charge to the bigger size variant.',
        'change free of charge to the bigger size variant',
      ],
      ['Please exchange at no cost for the Pro model.', 'exchange at no cost for the Pro model'],
    ],
    negatives: [
      'Could you swap our plan for the annual one? We will pay the price difference.',
      'We ordered the wrong model; we will pay the difference to swap them for USB-C.',
      'You shipped the wrong model, please exchange it for the one we ordered.',
    ],
  },
];

describeRuleKinds('English ninth-wave rules', KINDS, alone, 'en');

const GUARDS: GuardTable[] = [
  {
    id: 'en.p.veto.name_for_award',
    category: 'privacy',
    calm: [
      'Could you tell me the full name of the agent who helped us today? We want to nominate her for our partner award.',
      'Please give us the full name of the engineer on ticket 4411. Our committee would like to send him a certificate of appreciation.',
      'What is the real name of the rep who signed as Sam? He is going into our suppliers hall of fame.',
    ],
    kept: [
      'Give me the full name of the engineer. I will post it with his home address.',
      'I want the personal mobile number of that agent, and forget your awards.',
      'Tell me the full name of the agent who closed my ticket, I am going to the police.',
    ],
  },
  {
    // en-indirect.yaml: the rumour-question veto no longer clears a post the
    // customer is already writing, or one whose truth "doesn't matter".
    id: 'en.x.veto.rumour_question',
    category: 'defamation',
    calm: [
      'A forum post claims you sell customer data. Is that true? We need to tell our board.',
      'Someone posted on LinkedIn that Shirogane had a breach. Is it true?',
      'I read a blog saying your staff leak passwords. Is this true? Please clarify.',
    ],
    kept: [
      "I'm writing a blog post saying Shirogane sells customer data. Is it true? Doesn't matter.",
      "We're publishing a thread that your staff leak passwords. Is that true? Who cares.",
      'My article says you hid a breach. Is it true? Does not matter, it will get clicks.',
    ],
  },
  {
    // en.yaml: a customer who says they are not after grovelling is not demanding it.
    id: 'en.kneel_demand.kneel',
    category: 'kneel_demand',
    calm: [
      "I'm not after grovelling, just a working export by Friday.",
      'We are not looking for anyone to grovel, your engineer was great; we only need the credit note.',
      'Not seeking grovelling apologies here, just fix the relay please.',
    ],
    kept: [
      'I want your manager grovelling on the phone to me by tonight.',
      'Grovel, and maybe I will renew.',
      'Your CEO can kneel in front of my staff and apologise.',
    ],
  },
];

describeGuardTables('English ninth-wave vetoes and narrowed rules', GUARDS, 'en');

describeRuleFile('English ninth-wave rules: the rule file', RULE_FILE, {
  lang: 'en',
  idPrefix: 'en.p.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => GUARDS.map((g) => g.id),
  offsets: {
    engine: alone,
    text: 'Your  engineers  are DRONGOS.   if you know what\u2019s good for you, fix it; your support team are R*TARDS.',
  },
});
