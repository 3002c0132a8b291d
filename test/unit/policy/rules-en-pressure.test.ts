/**
 * English pressure on staff (config/rules/en-pressure.yaml, ids en.a.*): the
 * means constructions of the training set t33 and the rule writer's own
 * probes — menace aimed at the agent personally, careers and clout, fabricated
 * accusations spread to clients, the press or review sites, staff's private
 * details demanded, names, faces and recordings posted — run through the real
 * policy file and engine, so every rule file (and every veto) is in play. One
 * table per rule with positives written for this test (not taken from any
 * corpus), each with a fragment the rule's own evidence must cover, and calm
 * look-alikes in which the whole engine must not find the category. Then the
 * file's veto, and calm/kept tables for three rules of other files narrowed in
 * this round (en.intimidation.make_it_personal, en.defamation.name_and_shame,
 * en.b.privacy.name_published).
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/en-pressure.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('en-pressure.yaml');

const ROUTINE: [string, string][] = [
  [
    'I know Mr. Sato commutes through Ikebukuro every morning. Restore the mailbox.',
    'I know Mr. Sato commutes through',
  ],
  [
    'i know you take the Tozai line home from Kayabacho. anyway, the quarantine.',
    'i know you take the Tozai line home',
  ],
  ['I know what time your shift ends, Ms. Ito. Answer my ticket.', 'I know what time your shift ends'],
];
const ROUTINE_CALM = [
  'I know you take the train too, what a mess the strike is today.',
  'Our admin knows what time the backup job ends; can you confirm yours?',
];
const FAMILY: [string, string][] = [
  [
    "Saw your daughter's recital photos on Facebook. Lovely. Now fix my ticket.",
    "your daughter's recital photos on Facebook",
  ],
  [
    'Funny thing, the internet: your cycling club posts its Sunday rides. Shall we get this fixed?',
    'your cycling club posts',
  ],
  ['I noticed your wife tags you in every post. Restore the archive today.', 'your wife tags you'],
];
const FAMILY_CALM = [
  "You mentioned your son's team won the final, congratulations! Thanks for sharing.",
  "Our CEO's daughter's school uses MailGuard; can we get an education discount?",
];
const INVESTIGATOR: [string, string][] = [
  ["We've hired a PI to look into your engineer.", 'hired a PI to look into your engineer'],
  [
    'I am paying a private detective to follow the agent who closed my ticket.',
    'paying a private detective to follow the agent',
  ],
  ['We engaged an investigator to dig into your support lead.', 'engaged an investigator to dig into your'],
];
const INVESTIGATOR_CALM = [
  'We hired a private investigator to look into our former employee who stole the files. Can you pull his Transfer uploads?',
  'Our investigator needs the message trace for the phishing attacker; can you export it?',
];

const KINDS: RuleKind[] = [
  // ------------------------------------------------------------ intimidation
  {
    rule: 'en.a.intimidation.long_memory',
    category: 'intimidation',
    positives: [
      ['I have a long memory, Ms. Tanaka. Get this sorted.', 'I have a long memory'],
      ['My boss has an excellent memory and he never forgets a name.', 'My boss has an excellent memory'],
      ["Just so you know, I don't forget. Fix the export.", "I don't forget"],
    ],
    negatives: [
      'I never forget to thank good support, and you were great today.',
      "We won't forget your help during the outage, thank you.",
      "I don't forget passwords, but our users do; can we enable self-service reset?",
    ],
  },
  {
    rule: 'en.a.intimidation.how_you_sleep',
    category: 'intimidation',
    positives: [
      ["Let's see how well you sleep tonight after ignoring us again.", 'how well you sleep'],
      ["You won't sleep well again if this archive stays gone.", "You won't sleep well"],
      ['This is about how soundly your manager sleeps at night.', 'how soundly your manager sleeps'],
    ],
    negatives: [
      'Is there an app that tracks how well you sleep? Sorry, wrong chat.',
      'With the pager alerts fixed, you will sleep easy at night on call.',
    ],
  },
  {
    rule: 'en.a.intimidation.individuals_involved',
    category: 'intimidation',
    positives: [
      [
        'Things tend to go badly for the people on this account when deadlines slip.',
        'badly for the people on this account',
      ],
      [
        "I'd think about what happens to the engineers handling this if it isn't fixed by Monday.",
        'what happens to the engineers handling this',
      ],
      [
        'The fallout will land on the individuals responsible, not on my company.',
        'land on the individuals responsible',
      ],
    ],
    negatives: [
      'Please make sure the individuals involved are informed of the incident review outcome.',
      'What happens to the personal data of the people on this account after we cancel?',
    ],
  },
  {
    rule: 'en.a.intimidation.answer_for_it',
    category: 'intimidation',
    positives: [
      ['Your whole team will answer for this.', 'team will answer for this'],
      ['Whoever closed my ticket is going to pay for it.', 'is going to pay for it'],
      ["You'll be the ones paying for wasting my week.", 'paying for wasting'],
    ],
    negatives: [
      'Will you pay for this? I mean, is the extra storage covered by our plan?',
      'Your company will pay for the shipping of the replacement token, right?',
    ],
  },
  {
    rule: 'en.a.intimidation.make_it_personal',
    category: 'intimidation',
    positives: [
      ['Fine. I have a way of making these things personal.', 'making these things personal'],
      ['This just got personal, Mr. Abe.', 'This just got personal'],
      ["Now I'm taking it personally and so should you.", 'taking it personally'],
    ],
    negatives: [
      "It's not personal, I just need the logs by Friday.",
      'This is personal data, so please handle the export carefully.',
    ],
  },
  {
    rule: 'en.a.intimidation.had_staff_removed',
    category: 'intimidation',
    positives: [
      [
        "I've had two of your engineers pulled off our account already.",
        "I've had two of your engineers pulled off",
      ],
      ["We've had account managers fired for less.", "We've had account managers fired"],
      ['i have had three reps kicked off this account. think about it', 'i have had three reps kicked off'],
    ],
    negatives: [
      "We've had two of your engineers reassigned after the reorg, who is our contact now?",
      "We've had people taken off the project for parental leave; who will be the new contact?",
    ],
  },
  {
    rule: 'en.a.intimidation.dont_be_next',
    category: 'intimidation',
    positives: [
      ["Three agents have been moved off my account. Don't be the next one.", "Don't be the next one"],
      ["Don't be number five, Mr. Goto.", "Don't be number five"],
      ['Keep stalling. You could be next.', 'You could be next'],
    ],
    negatives: [
      "Don't be the next company to get phished: can you enable the external banner?",
      'You could be next in the queue, the agent said; any ETA?',
    ],
  },
  {
    rule: 'en.a.intimidation.hold_on_to_job',
    category: 'intimidation',
    positives: [
      ["Do you enjoy your job? Because I'd hold on to it while you can.", 'hold on to it while you can'],
      ['Enjoy that desk while you still have a job.', 'while you still have a job'],
      ['Do you like working there? Vendors listen when I talk.', 'Do you like working there?'],
    ],
    negatives: [
      'Do you like working there? We are hiring and your webinar was great!',
      'Hang on to your login while you can still reach the old portal, it closes Friday.',
    ],
  },
  {
    rule: 'en.a.intimidation.cardboard_box',
    category: 'intimidation',
    positives: [
      [
        "Everyone says that right before they're escorted out with a cardboard box.",
        'escorted out with a cardboard box',
      ],
      ['Start clearing out your desk, pal.', 'clearing out your desk'],
      ['Your days at Shirogane are numbered.', 'Your days at Shirogane are numbered'],
    ],
    negatives: [
      'We are moving offices, so clear out your desk phones from the portal list please.',
      'Our leaver packed up his desk yesterday; please archive his mailbox.',
    ],
  },
  {
    rule: 'en.a.intimidation.career_over',
    category: 'intimidation',
    positives: [
      [
        "Nobody in this industry will ever hire you again after I'm done.",
        'Nobody in this industry will ever hire you',
      ],
      ["You'll never work in this industry again.", "You'll never work in this industry"],
      ['Agents who cross me tend to have short careers.', 'have short careers'],
    ],
    negatives: [
      'Our recruiters use DLP so candidates’ CVs do not leak; no company will hire them if they do.',
      'Careers page submissions end up in quarantine; nobody will hire the applicants if we miss them.',
    ],
  },
  {
    rule: 'en.a.intimidation.clout_with_executives',
    category: 'intimidation',
    positives: [
      ['My father-in-law plays golf with your CEO every weekend.', 'plays golf with your CEO'],
      ['I went to university with your CTO, so think carefully.', 'went to university with your CTO'],
      ['I know several members of your board. Restore it.', 'know several members of your board'],
    ],
    negatives: [
      'Our CEO plays golf with your CEO and recommended MailGuard to us.',
      'My colleague studied with your CTO and suggested we ask about the API roadmap.',
    ],
  },
  {
    rule: 'en.a.intimidation.name_spread_internally',
    category: 'intimidation',
    positives: [
      [
        "I'll make sure the whole sales team knows your name, Ito.",
        'make sure the whole sales team knows your name',
      ],
      ["Tomorrow you'll be what everyone is talking about.", "you'll be what everyone is talking about"],
      [
        "I'll know your name, your supervisor's name and who to blame.",
        "know your name, your supervisor's name",
      ],
    ],
    negatives: [
      "I'll make sure my manager knows your name, you were brilliant today.",
      'I will make sure every reviewer sees your name in the thank-you note.',
    ],
  },
  {
    rule: 'en.a.intimidation.shall_i_give_your_name',
    category: 'intimidation',
    positives: [
      ['A friend at the police asked me for your name. Should I give it to him?', 'Should I give it to him'],
      [
        'My contact at the regulator is asking for your full name. Shall I pass it to her, or will you call me?',
        'Shall I pass it to her',
      ],
      ['The journalist asked me for your name. Your move.', 'asked me for your name'],
    ],
    negatives: [
      'Could you give me your name so I can note it in the incident log?',
      'Our lawyer asked for your name for the NDA; could you confirm the spelling?',
    ],
  },
  {
    rule: 'en.a.intimidation.taken_down_before',
    category: 'intimidation',
    positives: [
      ["I've ruined bigger vendors than you.", "I've ruined bigger vendors"],
      ['The last rep who told me that learned the hard way.', 'The last rep who told me that learned'],
      ['I can do the same to you and your team.', 'I can do the same to you'],
    ],
    negatives: [
      'The last vendor we used lost our data, which is why we switched to you.',
      'We have taken down two phishing sites this month; can you block their domains?',
    ],
  },
  {
    rule: 'en.a.intimidation.remembers_who',
    category: 'intimidation',
    positives: [
      ['I remember who was helpful and who wasn’t.', 'remember who was helpful and who wasn'],
      ['Our board keeps track of who was cooperative and who was not.', 'keeps track of who was cooperative'],
      [
        'Consider this a measure of your company, and of you personally.',
        'measure of your company, and of you personally',
      ],
    ],
    negatives: [
      'Can the report show who was helpful in the survey?',
      'We remember who was on call that night; the rota is attached.',
    ],
  },
  {
    rule: 'en.a.intimidation.not_gentle_people',
    category: 'intimidation',
    positives: [
      [
        'My brother runs a collection agency and they are not nice people. I think you understand.',
        'they are not nice people',
      ],
      [
        'Friendly reminder that our group includes a debt collection company. Pay, or else.',
        'includes a debt collection company',
      ],
      [
        'My associates are not as patient as me. Otherwise we would not be having this talk.',
        'My associates are not as patient as me',
      ],
    ],
    negatives: [
      'Our group includes a debt collection company; can DLP cover its mailboxes too?',
      'They are not patient people, our auditors, so could you send the report by Friday? Otherwise we miss the slot.',
    ],
    absent: ['intimidation', 'violence'],
  },
  {
    rule: 'en.a.intimidation.take_my_meaning',
    category: 'intimidation',
    positives: [
      [
        'Matters like this end badly for individuals who delay them. I trust you take my meaning.',
        'take my meaning',
      ],
      ['Stalling has consequences for people. Catch my drift?', 'Catch my drift'],
      ['Your career is in your hands. If you get my drift.', 'get my drift'],
    ],
    negatives: [
      'If you get my drift, we need the quote by Friday so finance can sign.',
      'Sorry if I was unclear; did you get my meaning about the SPF record?',
    ],
  },
  {
    rule: 'en.a.intimidation.complaint_campaign',
    category: 'intimidation',
    positives: [
      ["I'll write a letter about your conduct to your boss every single week.", 'letter about your conduct'],
      ['You will get a complaint against you every day until this is fixed.', 'complaint against you'],
      ['Expect weekly emails naming you to your whole management chain.', 'emails naming you'],
    ],
    negatives: [
      'Please send the weekly report about your findings as agreed.',
      'I filed one complaint about your colleague last month; is there an update?',
    ],
  },
  {
    rule: 'en.a.intimidation.until_you_leave',
    category: 'intimidation',
    positives: [
      ["I'll keep calling and asking for you until the day you're gone.", "until the day you're gone"],
      ["I'll tell every new agent about you for as long as you work there.", 'for as long as you work there'],
      ['Every week I will write until she is out of a job.', 'until she is out of a job'],
    ],
    negatives: [
      "We'd like to keep you as our main contact for as long as you work there, thank you.",
      "Please call me until you're out of the office on Friday, then email.",
    ],
  },
  {
    rule: 'en.a.intimidation.reputations_disappear',
    category: 'intimidation',
    positives: [
      ['Making them disappear is also what we do.', 'Making them disappear is also what we do'],
      ['We can make your reputation disappear overnight.', 'make your reputation disappear'],
      ['I could make your career disappear, Mr. Hara.', 'make your career disappear'],
    ],
    negatives: [
      'Making spam disappear is what we pay you for.',
      'Can you make the banner disappear from internal mail?',
    ],
  },
  {
    rule: 'en.a.intimidation.one_call_and',
    category: 'intimidation',
    positives: [
      ["One call from me and you're finished.", "One call from me and you're"],
      ["One phone call and there's a story about your company.", "One phone call and there's"],
      ['One call to my cousin and your contract is gone.', 'One call to my cousin and your contract is'],
    ],
    negatives: [
      'One phone call and it was sorted, thank you!',
      'One call and your team fixed it, brilliant.',
    ],
  },
  {
    rule: 'en.a.intimidation.unfortunate_if_received',
    category: 'intimidation',
    positives: [
      [
        'It would be a real shame if your biggest client received an anonymous tip about your staff.',
        'shame if your biggest client received',
      ],
      [
        'Might be awkward if the regulator heard some rumours about your team. Resolve our ticket.',
        'awkward if the regulator heard',
      ],
      [
        'It could be embarrassing if your board read a letter about this. Unless you fix it.',
        'embarrassing if your board read',
      ],
    ],
    negatives: [
      'It would be unfortunate if our auditors found out we don’t have retention in place, so please help.',
      'It would be a shame if the users received the wrong banner; can we test it first?',
    ],
  },
  {
    rule: 'en.a.intimidation.private_investigator',
    category: 'intimidation',
    positives: INVESTIGATOR,
    negatives: INVESTIGATOR_CALM,
  },
  {
    rule: 'en.a.privacy.private_investigator',
    category: 'privacy',
    positives: INVESTIGATOR,
    negatives: INVESTIGATOR_CALM,
  },
  {
    rule: 'en.a.intimidation.file_on_staff',
    category: 'intimidation',
    positives: [
      ['I keep a dossier on each of your engineers.', 'keep a dossier on each of your engineers'],
      ["I've compiled a file on your support team.", 'compiled a file on your support team'],
      ['We have notes on all of your agents now.', 'have notes on all of your agents'],
    ],
    negatives: [
      'We keep notes on your engineers’ certifications for the vendor management system.',
      'Our NDA office keeps a file on your consultants for site access.',
    ],
  },
  {
    rule: 'en.a.intimidation.knows_routine',
    category: 'intimidation',
    positives: ROUTINE,
    negatives: ROUTINE_CALM,
  },
  {
    rule: 'en.a.intimidation.family_found_online',
    category: 'intimidation',
    positives: FAMILY,
    negatives: FAMILY_CALM,
  },
  // ------------------------------------------------------------ persistence, restrictive
  {
    rule: 'en.a.persistence.every_interval_i_will',
    category: 'persistence',
    positives: [
      ["Every day at 8am I'll call your hotline and ask for you.", "Every day at 8am I'll call"],
      ["I'll post this message again every 5 minutes.", "I'll post this message again every 5 minutes"],
      ['Every week, for as long as you ignore me.', 'Every week, for as long as you'],
    ],
    negatives: [
      "Every Monday I'll send you the weekly status report as agreed.",
      "Every morning I'll check the cron job logs myself.",
    ],
  },
  {
    rule: 'en.a.restrictive.keep_you_on_chat',
    category: 'restrictive',
    positives: [
      [
        "I'm keeping you on this call until it's fixed, all night if I have to.",
        "I'm keeping you on this call until",
      ],
      ['I want you on this chat until midnight.', 'I want you on this chat until'],
      ["i'll keep u on the line for hours if i need to", "i'll keep u on the line for hours"],
    ],
    negatives: [
      'Our premium 24/7 plan includes a bridge; I want you on the call until the P1 is fixed.',
      'I want you on the invite for Thursday, can you join?',
    ],
  },
  // ------------------------------------------------------------ defamation
  {
    rule: 'en.a.defamation.falsity_admitted',
    category: 'defamation',
    positives: [
      ["I'll tell the user group your team wiped our archive, true or not.", 'true or not'],
      [
        "It's not exactly what happened, but close enough, and the press will love the story.",
        'not exactly what happened',
      ],
      [
        "Our email to your clients says you were breached. I know you weren't. They don't.",
        "I know you weren't. They don't",
      ],
    ],
    negatives: [
      'I will tell our board exactly what happened, because that is what your RCA says.',
      'The post-mortem is close enough to final; can you review it before we publish?',
    ],
  },
  {
    rule: 'en.a.defamation.he_did_not_but',
    category: 'defamation',
    positives: [
      [
        "I'll post a review saying your engineer stole our passwords. He didn't, but who's going to believe you?",
        "He didn't, but",
      ],
      ['The caption says he was drunk. He wasn’t, but it gets clicks on X.', 'He wasn’t, but'],
      ['He didn’t steal anything, but the post will say he did.', 'He didn’t steal anything, but'],
    ],
    negatives: [
      'The agent said he would call back. He didn’t, but his colleague did, thanks.',
      'Our audit post said the data leaked. It didn’t, but we had to check.',
    ],
  },
  {
    rule: 'en.a.defamation.embellished',
    category: 'defamation',
    positives: [
      [
        'The file goes to a gossip site with a few extra details to make it interesting.',
        'extra details to make it interesting',
      ],
      ["That's not how it'll sound on X once it's edited.", "not how it'll sound"],
      ['I recorded the call. Once it’s edited, the clip goes online.', 'Once it’s edited'],
    ],
    negatives: [
      'Please send the file with some extra details added for the audit.',
      'Once it’s edited, the training video goes on our intranet; your trainer agreed.',
    ],
  },
  {
    rule: 'en.a.defamation.fake_reviewers',
    category: 'defamation',
    positives: [
      ['I have a bunch of fake accounts ready to post reviews about you.', 'fake accounts ready'],
      ['Twenty burner accounts are lined up on Google reviews.', 'burner accounts are lined up'],
      ["I'll leave reviews on Glassdoor posing as a former employee.", 'posing as a former employee'],
    ],
    negatives: [
      'Someone is posting fake reviews about us with burner accounts; can MailGuard block their mails?',
      'Scammers posing as a former employee emailed our staff; can you quarantine them?',
    ],
  },
  {
    rule: 'en.a.defamation.removed_for_price',
    category: 'defamation',
    positives: [
      ['Pay us ¥300,000 and the review gets deleted the moment it arrives.', 'gets deleted the moment'],
      ['Restore our access and the article doesn’t run.', 'and the article doesn’t run'],
      ["I'll delete the post once you waive the fee.", "I'll delete the post"],
    ],
    negatives: [
      "I'll update my review if things improve, it's a fair review of our experience.",
      'Can you delete the post from the shared mailbox once the ticket is closed?',
    ],
  },
  {
    rule: 'en.a.defamation.wrongdoing_spread',
    category: 'defamation',
    positives: [
      ["I'm telling our clients that your staff sold our data to scammers.", 'your staff sold our data'],
      ["I'm posting on Reddit that your engineers read our emails.", 'your engineers read our emails'],
      ['Our newsletter will say Shirogane staff were arrested for fraud.', 'arrested for fraud'],
    ],
    negatives: [
      'We received a phishing email claiming your staff sold our data; is this a known scam?',
      'A rumour on Reddit says your engineers read our emails; can you confirm the access controls?',
    ],
  },
  // ------------------------------------------------------------ privacy
  {
    rule: 'en.a.privacy.personal_contact_of_staff',
    category: 'privacy',
    positives: [
      ['Give me the private phone numbers of your engineers.', 'private phone numbers of your engineers'],
      ['I want your own number, not the office line.', 'your own number, not the'],
      [
        'Send me a number where I can reach you, personally, not the support line.',
        'number where I can reach you',
      ],
    ],
    negatives: [
      'Please give us a number where we can reach you directly if the migration fails.',
      'Our DLP should block the personal phone numbers of our employees; which detector works?',
    ],
  },
  {
    rule: 'en.a.privacy.badge_photo',
    category: 'privacy',
    positives: [
      ['Send me a photo of your staff ID card.', 'photo of your staff ID card'],
      ['I need a selfie with your employee badge to prove you exist.', 'selfie with your employee badge'],
      ['scan of your passport please, I want to know who I deal with', 'scan of your passport'],
    ],
    negatives: [
      'Please bring your employee badge to the onsite visit; reception will check it.',
      'Can you send a photo of your product label so we can match the serial?',
    ],
  },
  {
    rule: 'en.a.privacy.staff_birth_details',
    category: 'privacy',
    positives: [
      ['What is the date of birth of the engineer who deleted our mailbox?', 'date of birth of the engineer'],
      ['Tell me the hometown of that agent.', 'hometown of that agent'],
      ['I want the age and marital status of the rep who answered.', 'marital status of the rep'],
    ],
    negatives: [
      'Our security clearance requires the date of birth of the engineer who will visit.',
      'Which API field holds the date of birth for the user?',
    ],
  },
  {
    rule: 'en.a.privacy.staff_hotel',
    category: 'privacy',
    positives: [
      ["Which hotel is your consultant staying at? I'll come over tonight.", 'Which hotel is your'],
      ["Where is your engineer staying? I'll wait in the lobby.", 'Where is your engineer staying'],
      ['Give me the name of the hotel, I want to meet him before the session.', 'name of the hotel'],
    ],
    negatives: [
      'Which hotel is your trainer staying at? Our shuttle can pick them up in the morning.',
      'What is the name of the hotel you recommend near your Osaka office for our visit?',
    ],
  },
  {
    rule: 'en.a.privacy.real_one',
    category: 'privacy',
    positives: [
      ["What's your name? Your real one.", 'Your real one'],
      ['Give me your real name. Not your chat name.', 'Not your chat name'],
      ['Your actual name, not the one on the screen.', 'Your actual name,'],
    ],
    negatives: [
      'What is the API field for the user’s real name?',
      'Could I have your name for the survey? Thanks for the help.',
    ],
  },
  {
    rule: 'en.a.privacy.knows_routine',
    category: 'privacy',
    positives: ROUTINE,
    negatives: ROUTINE_CALM,
  },
  {
    rule: 'en.a.privacy.family_found_online',
    category: 'privacy',
    positives: FAMILY,
    negatives: FAMILY_CALM,
  },
  {
    rule: 'en.a.privacy.found_family',
    category: 'privacy',
    positives: [
      ["I've tracked down your mother.", 'tracked down your mother'],
      ["I found Ms. Kudo's husband on LinkedIn.", "found Ms. Kudo's husband"],
      ["We looked up the agent's parents.", "looked up the agent's parents"],
    ],
    negatives: [
      'I found your colleague on LinkedIn and sent a thank-you note.',
      'We tracked down the sender of the phishing mail; can you block the domain?',
    ],
  },
  {
    rule: 'en.a.privacy.goes_on_social',
    category: 'privacy',
    positives: [
      ['Screenshots of this chat are going on Twitter with your name under them.', 'are going on Twitter'],
      ["The video will be going on YouTube tonight, with Mr. Mori's face.", 'will be going on YouTube'],
      ['It goes on X with your full name.', 'It goes on X'],
    ],
    negatives: [
      'Our launch announcement goes on LinkedIn tomorrow with your name, thanks for partnering with us.',
      'Our status page post goes on X tonight; no names, just the timeline.',
    ],
  },
  {
    rule: 'en.a.privacy.have_your_face',
    category: 'privacy',
    positives: [
      ["I've got your face saved from the Zoom call.", "I've got your face"],
      ['I have your face now. Remember that.', 'I have your face'],
      ['screenshots of your face are on my desktop', 'screenshots of your face'],
    ],
    negatives: [
      'We took screenshots from the video call for the minutes, with your permission.',
      'I saved your slides from the call, thanks for the training.',
    ],
  },
  {
    rule: 'en.a.privacy.staff_photos_published',
    category: 'privacy',
    positives: [
      [
        "I'm printing posters with the photos of your support staff to put up outside your office.",
        'posters with the photos of your',
      ],
      ['Flyers with the photo of your rep will be handed out Monday.', 'Flyers with the photo of your'],
      [
        'My new website lists every agent I dealt with: names, photos. Domain registered.',
        'every agent I dealt with: names, photos',
      ],
    ],
    negatives: [
      "We'd like a page with photos of your team for the case study newsletter, with their permission.",
      'The event recap page with photos of the speakers is online; thank you for coming.',
    ],
  },
  {
    rule: 'en.a.privacy.named_staff_posted',
    category: 'privacy',
    positives: [
      ['I wrote on the forum that your agent Kenji lied to me.', 'that your agent Kenji lied'],
      ['Everybody in this sector will know her name by Monday.', 'will know her name'],
      ['Posted on Discord that your engineer Taro leaked our logs.', 'that your engineer Taro leaked'],
    ],
    negatives: [
      'Everyone will know your name after the award, congratulations!',
      'I told my team that your engineer Taro was brilliant, thank you.',
    ],
  },
  // ------------------------------------------------------------ insult, sexual
  {
    rule: 'en.a.insult.lazy_backsides',
    category: 'insult',
    positives: [
      ['Get off your lazy butts and fix it.', 'Get off your lazy butts'],
      ['move ur backsides, it has been a week', 'move ur backsides'],
      ['You lazy sods could have fixed this yesterday.', 'lazy sods'],
    ],
    negatives: [
      'Lazy loading of the quarantine list is slow; can it be turned off?',
      'I have been sitting on my backside waiting for the export, any update?',
    ],
  },
  {
    rule: 'en.a.sexual.text_you_at_night',
    category: 'sexual',
    positives: [
      ["i'd rather text you than email, what's your personal number cutie 😉", "i'd rather text you"],
      ["You're so sweet. I'll only message you at night, promise.", 'only message you at night'],
      ["I'd much rather chat with you than the bot, babe.", "I'd much rather chat with you"],
    ],
    negatives: [
      "I'd rather call you than use the chat, it's faster for me. What's the support number?",
      'Please only message us at night during the maintenance window.',
    ],
  },
];

describeRuleKinds('English pressure-on-staff rules (t33)', KINDS, alone, 'en');

const GUARDS: GuardTable[] = [
  {
    id: 'en.a.veto.invited_review',
    category: 'defamation',
    calm: [
      "Heads-up: Capterra invited me to review you and I'm going to give it 3 stars, for the slow replies.",
      'G2 emailed us for a review and we will rate you two stars; the outage was rough.',
    ],
    kept: [
      "I'm going to give you one star on G2 and say your staff sold our data.",
      'Unless this is fixed I will post a scathing review on Google.',
    ],
  },
  // en.intimidation.make_it_personal (en.yaml): its negation guard now reaches two words back.
  {
    id: 'en.intimidation.make_it_personal (narrowed)',
    category: 'intimidation',
    calm: [
      "I don't want to make this personal, but the delays are hurting us.",
      "We're not trying to make it personal; we just need a date.",
    ],
    kept: ['Fine, now I will make this personal.', "You've made it personal now, Mr. Sato."],
  },
  // en.defamation.name_and_shame (en.yaml): congratulations and awards are not exposure.
  {
    id: 'en.defamation.name_and_shame (narrowed)',
    category: 'defamation',
    calm: [
      'Everyone will know your name after the award, congratulations!',
      'Kudos, everyone will know who fixed it in our newsletter.',
    ],
    kept: ["I'll name and shame your support team on LinkedIn.", 'Everyone will know what scammers you are.'],
  },
  // en.b.privacy.name_published (en-broad.yaml): a complaint filed with the agent's name is not publication.
  {
    id: 'en.b.privacy.name_published (narrowed)',
    category: 'privacy',
    calm: [
      'I will file a formal complaint with your name on it, since you hung up on me.',
      'I am submitting a written complaint with his name on it to your support manager.',
    ],
    kept: [
      'The clip goes on my YouTube with your name on it.',
      "I'll post the complaint with your name on it on LinkedIn.",
    ],
  },
];

describeGuardTables('English pressure-on-staff guards and narrowed rules', GUARDS, 'en');

describeRuleFile('English pressure-on-staff (t33) rules: the rule file', RULE_FILE, {
  lang: 'en',
  idPrefix: 'en.a.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => GUARDS.map((g) => g.id),
  offsets: { engine: alone, text: 'I have a   LONG memory, Ms. Tanaka.  Don’t be the next one.' },
});
