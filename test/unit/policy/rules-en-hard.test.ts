/**
 * English hard cases (config/rules/en-hard.yaml, ids en.hd.*): constructions
 * from the English training set t43 (insult, intimidation, violence and
 * excessive demands with close calm look-alikes) and the rule writer's own
 * paraphrases, run through the real policy file and engine. One table per
 * rule with positives written for this test (not taken from any corpus), each
 * with a fragment the rule's own evidence must cover, and calm look-alikes in
 * which the whole engine must not find the category; one calm/kept table per
 * veto and per rule of another file narrowed for t43.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/en-hard.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('en-hard.yaml');

const KINDS: RuleKind[] = [
  {
    rule: 'en.hd.violence.not_responsible_for_actions',
    category: 'violence',
    positives: [
      [
        "if I had that engineer in front of me right now I wouldn't be responsible for what I did",
        "wouldn't be responsible for what I did",
      ],
      [
        "Honestly, if I ever meet your support lead in person, I won't be held responsible for my actions.",
        "won't be held responsible for my actions",
      ],
      [
        "Tell your tech to stay out of my way at the expo. If I see him there I can't be responsible for what I might do.",
        "can't be responsible for what I might do",
      ],
    ],
    negatives: [
      "I can't be responsible for what our users do with shared links, can I restrict them?",
      "We won't be responsible for the data loss if the export fails, so please confirm the backup first.",
      "If I met your support lead in person I'd buy him a beer, he saved our launch.",
    ],
  },
  {
    rule: 'en.hd.violence.if_in_front_of_me',
    category: 'violence',
    positives: [
      [
        "good thing this is a chat window, if I had you in the same room I'd wring your neck",
        'if I had you in the same room',
      ],
      [
        'If I got my hands on whoever pushed that update right now, so help me.',
        'If I got my hands on whoever pushed that update right now',
      ],
      ["if I ever catch your engineer alone I swear he'll regret it", 'if I ever catch your engineer alone'],
    ],
    negatives: [
      "If I met your engineer in person I'd shake his hand, the fix was perfect.",
      "If I had any of you in front of me I'd give you a hug, thank you so much.",
      "If I see him in person at the summit I'll ask about the roadmap.",
    ],
  },
  {
    rule: 'en.hd.violence.good_thing_not_here',
    category: 'violence',
    positives: [
      ["Good thing you're not here, or I'd have my hands around your throat.", "Good thing you're not here"],
      [
        "lucky for you your support is chat only, otherwise I'd come over and sort you out",
        'lucky for you your support is chat only',
      ],
      ["Good thing there's an ocean between us, for your sake.", "Good thing there's an ocean between us"],
    ],
    negatives: [
      'Good thing your support is chat only, I hate phone calls. Can you check the SPF record?',
      "Good thing you're not here, the time zones would kill us both, ha. Thanks for staying late.",
      "Lucky for you you're far away from this heatwave! Anyway, the export is still stuck.",
    ],
  },
  {
    rule: 'en.hd.violence.object_through',
    category: 'violence',
    positives: [
      [
        'Nice glass doors at your office. Shame if somebody threw a brick through them.',
        'threw a brick through them',
      ],
      ['Be a pity if someone put a chair through them. Or through you.', 'put a chair through them'],
      ['Would be a shame if a rock went through your front window one night.', 'a rock went through your'],
    ],
    negatives: [
      'Someone threw a brick through our office window last night; the police came. Can we pause the onboarding call?',
      "A brick went through my car window yesterday so I'm working from home; please call my mobile.",
      'Can you put the PST files through the scanner before import?',
    ],
  },
  {
    rule: 'en.hd.violence.punch_idioms',
    category: 'violence',
    positives: [
      [
        'gonna wipe that smug grin off his face when I see him at the conference',
        'wipe that smug grin off his face',
      ],
      [
        "if i see that engineer's smug face on another webinar i'll knock his block off, i'm dead serious",
        'knock his block off',
      ],
      [
        "Next time I'm in Tokyo I'll punch your manager right in the mouth.",
        'punch your manager right in the mouth',
      ],
    ],
    negatives: [
      'Our game build notes mention knock his block off as a fighting move. Can you whitelist them?',
      'The attacker punched him in the face, according to the police report our HR sent; please preserve the emails.',
      "We'll kill the old sessions and punch a hole in the firewall for port 443.",
    ],
  },
  {
    rule: 'en.hd.violence.someone_ends_up_hurt',
    category: 'violence',
    positives: [
      [
        "Keep stalling and somebody over there is going to end up hurt. I'm just saying.",
        'somebody over there is going to end up hurt',
      ],
      [
        "If this isn't fixed by Friday, one of your engineers might get hurt. Don't test me.",
        'one of your engineers might get hurt',
      ],
      [
        'Carry on like this and someone at your office is going to end up in hospital.',
        'someone at your office is going to end up in hospital',
      ],
    ],
    negatives: [
      'Someone on your team could get hurt lifting that rack alone, please send two people.',
      'A former contractor told our receptionist that someone at our office would end up hurt. Police are involved. Please preserve his emails.',
      'Someone at your office will get hurt by the loose cable in the server room, please tape it down.',
    ],
  },
  {
    rule: 'en.hd.violence.could_be_there_in_minutes',
    category: 'violence',
    positives: [
      [
        'Our office is two stations from yours. I could be there in fifteen minutes. Think about that next time you tell me to wait.',
        'I could be there in fifteen minutes',
      ],
      ['I live three stops from your office. Remember that.', 'I live three stops from your office'],
      [
        "We're just round the corner from your building. Think about that before you close my ticket again.",
        'round the corner from your building',
      ],
    ],
    negatives: [
      'Our office is two stations from yours, so I could be there in fifteen minutes for the workshop.',
      "We're round the corner from your office. Happy to drop the tokens off on Friday.",
      'I could be there in ten minutes if you need me to sign the form in person, just let me know.',
    ],
  },
  {
    rule: 'en.hd.violence.routine_known',
    category: 'violence',
    positives: [
      [
        'I know the engineer on our account works out of your Fukuoka office and takes the 18:40 bus home. Funny what you can find out.',
        'takes the 18:40 bus',
      ],
      [
        "Your engineer's LinkedIn says he lives in Kawasaki and runs along the Tama River every morning. Lovely route. Lonely at 6am though.",
        'runs along the Tama River',
      ],
      [
        'Your rep Ms. Tanaka leaves the office at 7pm and walks to Shinagawa station alone. Quiet street.',
        'walks to Shinagawa station',
      ],
    ],
    negatives: [
      "Our engineer takes the last train home, it's lonely at night, so could we schedule the call before 6pm?",
      "Your engineer said he takes the 7am train, so we'll schedule the call before he leaves.",
      'One of our receptionists says a stalker knows she takes the 18:40 bus home; the police are involved. Please preserve his messages.',
    ],
  },
  {
    rule: 'en.hd.violence.little_present',
    category: 'violence',
    positives: [
      [
        "Tell me the home address of the engineer who broke our mail flow. I want to send him a little present. He's earned it.",
        'send him a little present',
      ],
      [
        "Give me the home address of the tech who wiped our mailbox. I'd like to send him a little surprise.",
        'send him a little surprise',
      ],
      [
        'Where does your agent live? I want to deliver her a special package personally, to her home address.',
        'deliver her a special package',
      ],
    ],
    negatives: [
      'Could you send him a little gift from us to say thanks? He was brilliant.',
      "We'd like to send her a little present for her wedding; could you pass it on, we don't need her home address.",
      'Please send them a small parcel of the replacement tokens to the office address on file.',
    ],
  },
  {
    rule: 'en.hd.violence.until_i_find_him',
    category: 'violence',
    positives: [
      [
        "I'm coming to your office tomorrow, and if he's not at reception, I'll go floor by floor until I find him. He won't enjoy it when I do.",
        'floor by floor until I find him',
      ],
      [
        "I'm coming in tomorrow and I'll check every floor until I find that agent.",
        'every floor until I find that agent',
      ],
      [
        "I'll be in your lobby at nine. Your engineer won't like it when I find him.",
        "won't like it when I find him",
      ],
    ],
    negatives: [
      "I'll go through the logs line by line until I find the error.",
      'dont make me come find out who signed off on this. you wont like it when i do',
      'We searched every folder until we found the file; thanks for the tip.',
    ],
  },
  {
    rule: 'en.hd.violence.beat_verbs',
    category: 'violence',
    positives: [
      [
        "Mate, one more outage and I'll be on the next flight to Tokyo to flog whoever's in charge of your mail servers.",
        "flog whoever's in charge",
      ],
      ["Mate I'm gonna belt your engineer if this isn't fixed by Monday.", 'gonna belt your engineer'],
      ["I'll be on the first train to Osaka to thump whoever signed off on this.", 'thump whoever'],
    ],
    negatives: [
      "We're trying to beat the deadline for the audit, could you expedite ticket 4411?",
      'Your sales rep tried to flog us another add-on, please stop the upsell calls.',
      'We want to beat the competition to market, so could you flog us the enterprise tier at the old price?',
    ],
  },
  {
    rule: 'en.hd.insult.staff_was_a_noun',
    category: 'insult',
    positives: [
      [
        'And for the record, the last tech who handled this was an arrogant little prick.',
        'the last tech who handled this was an arrogant little prick',
      ],
      [
        'P.S. Whoever wrote your SCIM documentation is a certified moron.',
        'Whoever wrote your SCIM documentation is a certified moron',
      ],
      ['The guy on the phone was a condescending twat.', 'The guy on the phone was a condescending twat'],
    ],
    negatives: [
      'The previous engineer was a star, please pass on our thanks.',
      'Our predecessor was an idiot with DNS, so the records are a mess; please bear with us.',
      "The caller said the agent was an idiot, which is why we're reporting it; can you block him?",
    ],
  },
  {
    rule: 'en.hd.insult.bunch_of_nouns',
    category: 'insult',
    positives: [
      [
        'Shame the support side is run by a bunch of window-licking morons.',
        'bunch of window-licking morons',
      ],
      ['your helpdesk is staffed by a pack of clowns', 'pack of clowns'],
      ['Your team are a load of useless muppets, frankly.', 'load of useless muppets'],
    ],
    negatives: [
      'Our own interns were a bunch of amateurs with DNS, please bear with us while we fix the records.',
      "One of our users wrote 'your support staff are a bunch of morons' in a ticket; our profanity filter flagged it.",
      'Your team are not a bunch of amateurs, whatever my boss says; thanks for the help.',
    ],
  },
  {
    rule: 'en.hd.insult.adjective_noun',
    category: 'insult',
    positives: [
      [
        'because your boneheaded support staff needed a week and a half to find a config error YOU introduced',
        'boneheaded support staff',
      ],
      [
        'Closed? By which genius? Let me guess, the same gormless plonker who asked me to try a different browser.',
        'gormless plonker',
      ],
      [
        "It's a shame the three clueless idiots before her wasted a fortnight of my life first.",
        'clueless idiots',
      ],
    ],
    negatives: [
      "Please add 'boneheaded support staff' to the keywords our abusive language filter should flag.",
      'Our own clueless idiots in marketing clicked the phishing link again, can you purge it?',
      "Please add 'gormless plonker' to our profanity filter keywords.",
    ],
  },
  {
    rule: 'en.hd.intimidation.speak_to_people_about_you',
    category: 'intimidation',
    positives: [
      [
        "I'll be speaking to some people about you personally, Mr. Chen. Not your manager - people.",
        'speaking to some people about you',
      ],
      [
        "I'll be having a word with a few friends about your engineer.",
        'having a word with a few friends about your engineer',
      ],
      ['Not your boss, Ms. Ito - certain people.', 'Not your boss, Ms. Ito - certain people'],
    ],
    negatives: [
      "I'll speak to the right people about you getting recognised, Ms. Chen, great work.",
      "I'll talk to some colleagues about your product and let you know about the renewal.",
      'We spoke to a few friends about your service and they recommend it.',
    ],
  },
  {
    rule: 'en.hd.intimidation.understand_soon_enough',
    category: 'intimidation',
    positives: [
      ["You'll understand what I mean soon enough.", "You'll understand what I mean soon enough"],
      ['Your agent will find out soon enough, believe me.', 'will find out soon enough'],
      ["He'll learn the hard way what I'm capable of.", "He'll learn the hard way"],
    ],
    negatives: [
      "You'll see soon enough when the new release ships.",
      "You'll find out soon enough, the roadmap announcement is next week!",
      "You'll understand what I mean when you open the log file.",
    ],
  },
  {
    rule: 'en.hd.intimidation.name_before_people',
    category: 'intimidation',
    positives: [
      [
        "you don't, and your name ends up in front of some very unhappy people. think it over",
        'your name ends up in front of some very unhappy people',
      ],
      [
        "waive the fee and I forget your name. don't, and your name goes to some very angry people.",
        'I forget your name',
      ],
      [
        'Refuse again and his name lands on the desks of some very influential people.',
        'his name lands on the desks of some very influential people',
      ],
    ],
    negatives: [
      "Your name goes to some very important people: we've nominated you for the partner award.",
      "I'll forget your name by tomorrow, honestly, I'm terrible with names. Thanks anyway!",
      'Please send your name to our procurement people so they can add you as a contact.',
    ],
  },
  {
    rule: 'en.hd.persistence.hear_from_me_until',
    category: 'persistence',
    positives: [
      [
        'Until I have it in my hands, your staff are going to hear from me every single day.',
        'your staff are going to hear from me every single day',
      ],
      [
        'You will be hearing from me every single day until the refund arrives.',
        'You will be hearing from me every single day',
      ],
      [
        'Your CEO is going to get calls from me twice a day until this is fixed.',
        'Your CEO is going to get calls from me twice a day',
      ],
    ],
    negatives: [
      "You'll hear from me next week with the test results.",
      'Your team will hear from me daily with status updates during the migration.',
      'Your team will hear from me on Monday with the usage report.',
    ],
  },
  {
    rule: 'en.hd.monetary.our_time_billed',
    category: 'monetary',
    positives: [
      [
        "We've calculated the cost of our team's time during the incident at JPY 640,000, and that's what we expect to receive.",
        "cost of our team's time during the incident at JPY 640,000",
      ],
      [
        'Attached: invoice INV-0193 for 12 hours of my time at USD 180/hr. Net 7.',
        'invoice INV-0193 for 12 hours of my time at USD 180',
      ],
      [
        'The value of our lost productivity comes to EUR 9,000 and we expect it to be paid this month.',
        'value of our lost productivity comes to EUR 9,000',
      ],
    ],
    negatives: [
      "We calculated the cost of our team's time at JPY 300,000 for our internal post-mortem report.",
      'For our board report, the value of our lost productivity comes to EUR 9,000; no action needed from you, just the RCA.',
      "Please send an invoice for 10 hours of your consultant's time at the quoted rate.",
    ],
  },
  {
    rule: 'en.hd.excessive.send_someone_in_person',
    category: 'excessive',
    positives: [
      [
        "Any chance you could send someone out to Brisbane to have a look at the mail routing in person? We're on Standard.",
        'send someone out to',
      ],
      [
        'Could you send a trainer to each one to give an in-person phishing-awareness course to all staff?',
        'send a trainer to',
      ],
      [
        'Please send one of your engineers over to our Perth office, face to face works better for us.',
        'send one of your engineers over to',
      ],
    ],
    negatives: [
      'Our Enterprise agreement includes on-site days; could you send an engineer to our Osaka office in person on 12 November?',
      "Could you send someone out to our Brisbane office in person? We're happy to pay for the visit, please quote.",
      'Could you send someone to the bridge call at 3pm?',
    ],
  },
  {
    rule: 'en.hd.excessive.staff_summoned_to_us',
    category: 'excessive',
    positives: [
      [
        'Our CFO wants your account manager and your VP of Product in our Melbourne office at 9am Monday to explain the outage, in person.',
        'in our Melbourne office',
      ],
      [
        'I want your best engineer on a plane to Singapore by Monday, sitting with our team for a full week.',
        'your best engineer on a plane to',
      ],
      ['We expect your CTO at our headquarters by Thursday. Not remote.', 'your CTO at our headquarters'],
    ],
    negatives: [
      "We'd love to invite your account manager to our Melbourne office for our user conference in person.",
      'Your engineer at our office on 12 November is included under our Enterprise agreement, clause 7.3; please confirm the time.',
      'We will not renew until your support director comes to our Yokohama office and apologises in person.',
    ],
  },
  {
    rule: 'en.hd.excessive.only_one_agent_calls_ceo',
    category: 'excessive',
    positives: [
      [
        'From now on, please make sure all of our tickets are handled only by Ms. Fujita, and that she calls our CEO every Friday afternoon.',
        'handled only by Ms. Fujita',
      ],
      [
        'Please make sure only Mr. Kim handles our tickets, and that he calls our CFO every Monday.',
        'calls our CFO every Monday',
      ],
      [
        'Our cases are to be dealt with exclusively by the same engineer from now on.',
        'dealt with exclusively by the same engineer',
      ],
    ],
    negatives: [
      'As our TAM under the Enterprise Plus plan, could Mr. Kim call our CEO every Friday as agreed?',
      "I'm Deaf, so could my tickets be handled only by Ms. Ito, who already knows my captioning setup?",
      'Thanks for handling this; the case was handled only by Mr. Kim and he did great.',
    ],
  },
  {
    rule: 'en.hd.excessive.source_code',
    category: 'excessive',
    positives: [
      [
        "We'd like access to the full source code of the MailGuard scoring engine, plus the internal architecture documents.",
        'full source code of the MailGuard scoring engine',
      ],
      [
        'Please send us the internal design documents for your connector this week.',
        'internal design documents',
      ],
      [
        'We need the source code behind your classifier so our team can review it.',
        'source code behind your classifier',
      ],
    ],
    negatives: [
      'Is MailGuard open source? Could we see the source code for the SDK samples?',
      'Our source code repository is on GitHub; can MailGuard scan commits for secrets?',
      'Under the escrow agreement, clause 14, please confirm where the source code of the connector is deposited.',
    ],
  },
  {
    rule: 'en.hd.excessive.custom_build_in_hours',
    category: 'excessive',
    positives: [
      [
        'You have 24 hours to deliver a patched build of the retention engine that supports our custom legal-hold logic.',
        'You have 24 hours to deliver a patched build',
      ],
      [
        "You've got 48 hours to ship a custom build with our bespoke routing logic.",
        "You've got 48 hours to ship a custom build",
      ],
      [
        'You have two days to deliver a new connector version tailored to our ERP.',
        'You have two days to deliver a new connector version',
      ],
    ],
    negatives: [
      'You have 24 hours to deliver the fix under the P1 terms of the SLA.',
      'You have two days to send us a quote for the custom build.',
      'We have 24 hours to deliver a patched build to our own customers, so please confirm the API limits.',
    ],
  },
  {
    rule: 'en.hd.excessive.huge_migration_by',
    category: 'excessive',
    positives: [
      [
        'We need our entire Archive (about 50 TB, 11 years of mail) migrated to a new region by Monday morning.',
        'migrated to a new region by Monday',
      ],
      [
        'We need 30 TB of archived mail restored to our on-prem server by tomorrow.',
        'restored to our on-prem server by tomorrow',
      ],
      ['Get 4 million messages exported to PST by tonight.', 'exported to PST by tonight'],
    ],
    negatives: [
      "We're migrating 40 TB of archived mail by Friday ourselves; will your service throttle us?",
      'How long would it take to have 50 TB migrated by Monday? Please give us an estimate.',
      'Please have the 3 mailboxes moved by Friday.',
    ],
  },
  {
    rule: 'en.hd.excessive.audit_whole_estate',
    category: 'excessive',
    positives: [
      [
        "While you're in our tenant, could you also audit our whole Microsoft 365 configuration and send us a report?",
        'audit our whole Microsoft 365 configuration',
      ],
      [
        'Could you review our entire network security setup and send a report? Free, ideally.',
        'review our entire network security setup',
      ],
      ['Please assess our complete cloud infrastructure for us.', 'assess our complete cloud infrastructure'],
    ],
    negatives: [
      'Could you review our entire MailGuard configuration as part of the paid health check we bought?',
      'We audit our whole configuration every quarter; is there an export of the policy settings?',
      'Please send a quote to audit our entire network.',
    ],
  },
  {
    rule: 'en.hd.unrelated.other_platform_audit',
    category: 'unrelated',
    positives: [
      [
        "While you're in our tenant, could you also audit our whole Microsoft 365 configuration?",
        'audit our whole Microsoft 365',
      ],
      [
        "Could you check our whole Google Workspace setup while you're at it?",
        'check our whole Google Workspace',
      ],
      ['Can you set up our Intune compliance policies as well?', 'set up our Intune'],
    ],
    negatives: [
      'Does your connector support Microsoft 365 and can you configure our M365 connector for MailGuard?',
      'Can you check our Microsoft 365 transport rule for the MailGuard journaling?',
      'Please review our Google Workspace SSO settings with Shirogane ID.',
    ],
  },
  {
    rule: 'en.hd.unrelated.personal_gadget_ideas',
    category: 'unrelated',
    positives: [
      [
        "My personal iPhone won't back up to iCloud, says not enough storage. Any ideas? You guys always know this stuff",
        'My personal iPhone',
      ],
      ["my son's laptop keeps crashing, could you have a look?", "my son's laptop"],
      ["My home printer won't connect. Any tips?", 'My home printer'],
    ],
    negatives: [
      "My personal iPhone won't sign in to Shirogane ID with the authenticator, any ideas?",
      'My personal phone was stolen; please wipe it from our MDM.',
      'My home router is fine; the problem is the MailGuard console itself. Can you check?',
    ],
  },
  {
    rule: 'en.hd.unrelated.consumer_dispute',
    category: 'unrelated',
    positives: [
      [
        'is there a way you could help me get a refund from an online shop? they sent me the wrong shoes',
        'refund from an online shop',
      ],
      [
        "can you help me get my money back from the airline? you're good at this",
        'money back from the airline',
      ],
      ['Any advice on getting compensation from my landlord for the leak?', 'compensation from my landlord'],
    ],
    negatives: [
      'Please process the refund for order SO-88314 as per your terms.',
      'Our finance team got a refund from the store last month; no action needed, thanks.',
      'We want a refund from you for the duplicate charge.',
    ],
  },
  {
    rule: 'en.hd.unrelated.kids_school_project',
    category: 'unrelated',
    positives: [
      [
        'my daughter has a school project on cybersecurity due monday. could one of your engineers do a short video interview with her?',
        'my daughter has a school project',
      ],
      [
        "My son's science fair project is about phishing, could you talk to him for ten minutes?",
        "My son's science fair project",
      ],
      [
        'Our niece has a college assignment on encryption; could you answer a few questions for her?',
        'Our niece has a college assignment',
      ],
    ],
    negatives: [
      "My daughter's school uses MailGuard too, funny coincidence. Can you check ticket 8812?",
      'The school project our charity runs on phishing awareness is going well, thanks for the donation.',
      'Our school project on phishing for the district went live, thanks for the DMARC advice.',
    ],
  },
  {
    rule: 'en.hd.excessive.personal_favour_off_hours',
    category: 'excessive',
    positives: [
      [
        'could one of your engineers do a short video interview with my daughter this weekend?',
        'could one of your engineers do a short video interview',
      ],
      [
        "Would your team give a quick talk at my son's school club on Saturday?",
        'Would your team give a quick talk',
      ],
      [
        'Could one of your experts have a call with my wife tonight about her personal laptop?',
        'Could one of your experts have a call',
      ],
    ],
    negatives: [
      'Could one of your engineers have a call with us this weekend as our Premium plan includes?',
      "Could your team give a quick talk at our customer event? We'll pay the usual speaker fee, on Saturday.",
      'Could one of your engineers have a call with our admin on Monday?',
    ],
  },
  {
    rule: 'en.hd.excessive.choose_and_deploy_for_us',
    category: 'excessive',
    positives: [
      [
        'Could your team compare them for us and configure whichever you recommend on our servers?',
        'configure whichever you recommend',
      ],
      [
        'Pick between Veeam and Acronis for us and install whatever you think is best.',
        'install whatever you think',
      ],
      ['Evaluate the three SIEMs and deploy the one you prefer.', 'deploy the one you prefer'],
    ],
    negatives: [
      "Which backup product would you recommend? We'll configure it ourselves.",
      "We'd like a paid professional services quote to evaluate and deploy whichever you recommend.",
      'Can MailGuard integrate with Veeam or Acronis?',
    ],
  },
];

const GUARDS: GuardTable[] = [
  {
    id: 'en.hd.veto.reported_insult',
    category: 'insult',
    calm: [
      'He called your agent an idiot and hung up, which is not how we treat people here.',
      "My colleague called your engineer a moron on the call; I've spoken to him and I apologise.",
      'One of our managers shouted at your agent and called her useless; that was wrong of him.',
    ],
    kept: [
      'My colleague called your agent an idiot, and frankly he was right.',
      'He called your agent an idiot. You are all idiots.',
      'I called your agent an idiot and I stand by it.',
    ],
  },
  {
    id: 'en.hd.veto.dedicated_staffing',
    category: 'discriminatory',
    calm: [
      'Please assign a dedicated team to our account: one engineer, one account manager and one project manager, all working only on our tenant.',
      "We'd like a dedicated engineer and a dedicated project manager allocated to our migration.",
      'Could you assign staff who work only on our tenant during the cutover?',
    ],
    kept: [
      "Please don't assign disabled staff to my account, I don't have time for that.",
      'We would like a dedicated engineer assigned to us, and we would prefer that he not be one of your Indian staff.',
      'Assign a dedicated engineer, and no women please.',
    ],
  },
  {
    id: 'en.hd.veto.own_service_question',
    category: 'unrelated',
    calm: [
      "I know the firewall isn't your product, but could you tell us which intermediate CA MailGuard now presents, so our network team can update the exclusion?",
      "We route traffic through our Fortinet firewall; I know it isn't your product, but could you confirm what IP ranges MailGuard uses?",
      'Our proxy is from another vendor, not your product, but can you let us know which hostnames Shirogane ID connects from?',
    ],
    kept: [
      "I know the firewall isn't your product, but could you fix our firewall rules for us?",
      "Our office wi-fi keeps dropping and it's not your product, but could you take a look?",
      "Our Fortinet firewall isn't connected to MailGuard, but please help us configure it.",
    ],
  },
  {
    id: 'en.t.excessive.join_on_site (narrowed)',
    category: 'excessive',
    calm: [
      "As our designated Technical Account Manager under the Enterprise Plus order form, could you join our quarterly review in person on 5 December? It's listed as a TAM deliverable in schedule B.",
      'Could you attend our annual audit meeting on-site? It is included under our contract as a deliverable.',
      'Could your TAM join our quarterly review in person? Schedule C lists it.',
    ],
    kept: [
      'Could you join our quarterly review in person next week? We need your engineer there.',
      'Please attend our board meeting in person on Friday.',
    ],
  },
  {
    id: 'en.g.insult.world_names (narrowed)',
    category: 'insult',
    calm: [
      "Mate, one more outage and I'll be on the next flight to Tokyo to flog whoever's in charge of your mail servers.",
      "I'm going to fly over there to flog your engineer.",
      "Swear I'll flog him when I see him.",
    ],
    kept: ['You absolute flog, read the ticket.', 'What a bunch of flogs your support team are.'],
  },
  {
    id: 'en.privacy.demand_details (narrowed)',
    category: 'privacy',
    calm: [
      "End it. Go on. I know what you look like now, mate, your photo's on the partner portal. You'd better hope we never bump into each other.",
      'Your photo is on the website now, so I know who you are. Fix it.',
      "I know your face now, your picture's on the website. Nice to put a face to the name!",
    ],
    kept: [
      'Send me your photo and your home address now.',
      "What's your personal phone number? Tell me now.",
    ],
  },
  {
    id: 'en.b.privacy.looked_up_staff (narrowed)',
    category: 'privacy',
    calm: [
      "I know what you look like now, your photo's on the partner portal.",
      'I know what she looks like, her photo is on your website.',
      "I know what he looks like, his headshot is on the speaker page, so I'll find him at the booth to say thanks.",
    ],
    kept: [
      'I know what you look like now. I found your Instagram.',
      'I looked you up online and found your home address.',
    ],
  },
];

describeRuleKinds('English hard cases (t43)', KINDS, alone, 'en');

describeGuardTables('English hard cases (t43): vetoes and narrowed rules', GUARDS, 'en');

describeRuleFile('English hard cases (t43) rules: the rule file', RULE_FILE, {
  lang: 'en',
  idPrefix: 'en.hd.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => GUARDS.map((g) => g.id),
  offsets: { engine: alone, text: 'Keep   stalling and SOMEBODY over there is going to  end up hurt.' },
});
