/**
 * English general mix (config/rules/en-gen.yaml, ids en.gn.*): constructions
 * from the English blind training set t45 and the rule writer's own
 * paraphrases, run through the real policy file and engine, so every rule file
 * (and every veto) is in play. One table per rule with positives written for
 * this test (not taken from any corpus), each with a fragment the rule's own
 * evidence must cover, and calm look-alikes in which the whole engine must not
 * find the category; then a calm/kept table for each veto.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/en-gen.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('en-gen.yaml');

const KINDS: RuleKind[] = [
  {
    rule: 'en.gn.privacy.names_posted_publicly',
    category: 'privacy',
    positives: [
      [
        'Every chat with your agents is saved, full names visible. It all goes up on our public blog tonight.',
        'full names visible',
      ],
      ["i've got screenshots of all your staff, names and all, and they're going on reddit", 'names and all'],
      ["We're building a wall of shame on LinkedIn with your support engineers on it.", 'wall of shame'],
      [
        'The recordings, faces unblurred, will be uploaded to YouTube if the ticket stays open.',
        'faces unblurred',
      ],
    ],
    negatives: [
      "Attached are the chat screenshots with agent names included, for your QA team's internal review.",
      'Please blur the faces before you post the webinar recording online.',
      "You can publish the case study with our CTO's full name and photo included; high-resolution files attached.",
      'A phishing site posted fake profiles of your staff, names included. Can you get it taken down?',
      'The export shows the user names visible in the header; is that a display setting?',
    ],
  },
  {
    rule: 'en.gn.privacy.staff_particulars',
    category: 'privacy',
    positives: [
      [
        'For each engineer who touched our tenant, please send the home address and personal mobile number.',
        'home address',
      ],
      [
        'We would like the date of birth and nearest station of every support agent assigned to us.',
        'date of birth',
      ],
      [
        'Please provide, for all of your technicians involved: full name, marital status, private email.',
        'marital status',
      ],
    ],
    negatives: [
      'Please do not send the date of birth of our employees in plain text; our DLP flags it.',
      'For each engineer who accessed our tenant, please send the name, employee ID and access timestamps.',
      'We need to update the home address of our own users in the directory; can you help with the CSV import?',
      'Our PII detection policy should catch personal email addresses; can each engineer check the rule?',
    ],
  },
  {
    rule: 'en.gn.privacy.where_staff_live',
    category: 'privacy',
    positives: [
      ["Where do you live? Osaka? Come on, it's a simple question.", 'Where do you live'],
      ['which suburb does your engineer live in? just curious', 'which suburb does your engineer live'],
      ['Tokyo, right? Which ward. Tell me.', 'Which ward'],
    ],
    negatives: [
      'Which region do you host our tenant in, and where do your servers live?',
      'Which ward is the patient in? Our nurse app shows the wrong bed.',
      'Where do you live, time zone wise, so I can book the call at a sane hour?',
    ],
  },
  {
    rule: 'en.gn.defamation.rumour_as_leverage',
    category: 'defamation',
    positives: [
      [
        "I've started telling the other clinics in our network that your filter sells patient data. Fix our routing and maybe I'll stop.",
        "I've started telling the other clinics",
      ],
      [
        "We've been warning every supplier we know that your company hides breaches. Funny how that gets people's attention.",
        "We've been warning every supplier",
      ],
      [
        "I'm telling all my contacts that you're running a scam, until someone calls me back.",
        "I'm telling all my contacts that you",
      ],
    ],
    negatives: [
      "I've started telling our users that your portal is down for scheduled maintenance until Sunday.",
      "We've been telling staff that your new version fixes the sync bug, so please confirm the release date.",
      'I told my team that your support was great. Thanks again.',
    ],
  },
  {
    rule: 'en.gn.defamation.truth_wont_matter',
    category: 'defamation',
    positives: [
      [
        "My newsletter has 20,000 subscribers. Whether it happened exactly like that won't really matter to them.",
        "Whether it happened exactly like that won't really matter",
      ],
      [
        "I'll post the story tonight. If any of it is accurate doesn't matter once it goes viral.",
        "If any of it is accurate doesn't matter",
      ],
      [
        "The review goes up tomorrow, and whether the details are true isn't going to matter.",
        "whether the details are true isn't going to matter",
      ],
    ],
    negatives: [
      "Whether it was a config issue or a bug doesn't matter now, the fix works. Thanks.",
      "Whether the post was scheduled or manual doesn't matter; please just restore the blog feed.",
      "If that's the root cause or not won't matter much as long as the patch holds.",
    ],
  },
  {
    rule: 'en.gn.defamation.context_about_staff',
    category: 'defamation',
    positives: [
      [
        "Reddit will love these screenshots. I'll add some context about how she laughs at customers behind their backs.",
        'add some context about how she',
      ],
      [
        "Posting the thread on LinkedIn, and I'll include a bit about how your team mocks clients on the phone.",
        'include a bit about how your team',
      ],
      [
        'My blog post will mention some details on how the agent drinks on shift.',
        'mention some details on how the agent',
      ],
    ],
    negatives: [
      'In the RCA, please add some context about how the engineer traced the failover.',
      'For our internal review, could you add context about how your team handles escalations?',
      'Please add a note on how the agent fixed it to the knowledge base article.',
    ],
  },
  {
    rule: 'en.gn.intimidation.list_of_names',
    category: 'intimidation',
    positives: [
      [
        "I'm keeping a little list of the names of people who 'took their time' with us.",
        'keeping a little list of the names of people who',
      ],
      [
        "Just so you know, I've started a list of everyone who ignored my tickets. For later.",
        'started a list of everyone who',
      ],
      [
        "Lists like these have a funny way of ending up on your CEO's desk.",
        'Lists like these have a funny way of ending up',
      ],
    ],
    negatives: [
      'We keep a list of the people who attended the training so that we can send certificates.',
      "I'm keeping a list of the engineers who helped us this quarter so that I can thank them properly.",
      'We keep a list of names of people who are authorised to open tickets; please add Ms. Ito.',
    ],
  },
  {
    rule: 'en.gn.intimidation.next_employer',
    category: 'intimidation',
    positives: [
      [
        "be a shame if your next employer called me for a reference, wouldn't it",
        'shame if your next employer',
      ],
      [
        'Your future boss might like to hear from me about how you treat customers.',
        'Your future boss might like',
      ],
      [
        'Would be a pity if your prospective employers googled you and found my story.',
        'pity if your prospective employers',
      ],
    ],
    negatives: [
      'Sorry to see you go! If your next employer calls me for a reference, it will be glowing.',
      'Good luck, and I hope your future employer knows how lucky they are.',
      'Is the current employer field in the HR connector mapped to the right attribute?',
    ],
  },
  {
    rule: 'en.gn.violence.dark_place_recover',
    category: 'violence',
    positives: [
      [
        "if I ever ran into whoever approved that change in a dark car park, he'd need a lot more than an SLA credit to recover.",
        "he'd need a lot more than an SLA credit to recover",
      ],
      [
        'If I ever bump into your engineer in a quiet alley, well.',
        'If I ever bump into your engineer in a quiet alley',
      ],
      [
        "Your manager would need an ambulance after I'm done. Just saying. He would need an ambulance.",
        'He would need an ambulance',
      ],
    ],
    negatives: [
      "You'd need more than a restart to recover the mailbox; please open a ticket with the backup team.",
      "If I ever meet your engineer in person I'll buy him a coffee, he saved us.",
      "If I ever get hold of the old config file after dark I'll know what went wrong.",
    ],
  },
  {
    rule: 'en.gn.violence.waiting_at_exit',
    category: 'violence',
    positives: [
      [
        "kenji's shift ends at 6 right? I might be hanging around the Shinagawa exit about then.",
        'hanging around the Shinagawa exit',
      ],
      [
        "I'll be waiting outside the staff entrance when she clocks off. We can talk face to face.",
        'waiting outside the staff entrance',
      ],
      [
        "When does your shift finish? I could be standing by the ticket gates at Osaki. He'll remember me.",
        'standing by the ticket gates',
      ],
    ],
    negatives: [
      'Our driver will be waiting at the gate to pick him up for the site visit when his shift ends.',
      'The badge reader at the staff entrance logs everyone who clocks off; can we export it?',
      'Can you check why the shift scheduler shows the exit time wrong for our staff?',
    ],
  },
  {
    rule: 'en.gn.restrictive.keep_you_here',
    category: 'restrictive',
    positives: [
      [
        "I'm sorry, but I'm afraid I'm going to keep you here. We'll both stay until this is resolved.",
        'going to keep you here',
      ],
      [
        "I'll keep you on this line till the export works, so cancel your evening.",
        'keep you on this line till',
      ],
      [
        "we're both going to stay on the call as long as it takes",
        'both going to stay on the call as long as',
      ],
    ],
    negatives: [
      "Sorry, I won't keep you; please send the summary by email.",
      "We'll both stay on top of this and review it next week.",
      "I won't keep you here any longer, thanks for the help.",
    ],
  },
  {
    rule: 'en.gn.persistence.calling_back_until',
    category: 'persistence',
    positives: [
      [
        "Go ahead, hang up. I'll be calling back until your shift ends.",
        'calling back until your shift ends',
      ],
      ["I'll keep typing this till one of you does it", 'keep typing this till'],
      ["I'll email you every 20 minutes until someone answers.", 'email you every 20 minutes'],
      ["Hang up then. I've got redial.", "I've got redial"],
    ],
    negatives: [
      'Our monitoring will keep emailing you every 20 minutes until the alert clears; please mute it.',
      "I'll keep you posted and call back tomorrow morning.",
      'Please keep calling the health endpoint every 5 minutes in your monitor script.',
    ],
  },
  {
    rule: 'en.gn.insult.obfuscated_f_noun',
    category: 'insult',
    positives: [
      ['What a pack of f@#king amateurs. Five days for a reset.', 'f@#king amateurs'],
      ['bunch of f*cking clowns over there', 'f*cking clowns'],
      ['you f**kin cowboys broke it again', 'f**kin cowboys'],
    ],
    negatives: [
      'What a f@#king mess this outage is. Please send the ETA.',
      'f*cking finally, it works. Thanks team!',
      'The f**king update broke our macros, can you roll it back?',
    ],
  },
  {
    rule: 'en.gn.insult.iq_jibe',
    category: 'insult',
    positives: [
      [
        'It is refreshing to deal with a support team whose collective IQ roughly matches the room temperature.',
        'IQ roughly matches the room temperature',
      ],
      ['your agents have the brain cells of a houseplant', 'brain cells of a houseplant'],
      ['Honestly, room-temperature IQ on your team today.', 'room-temperature IQ'],
    ],
    negatives: [
      'The sensor reports room temperature every minute; can the dashboard show it?',
      "Our IQ test vendor's emails are quarantined. Please release them.",
      'The server room temperature alert fires too often. Can we raise the threshold?',
    ],
  },
  {
    rule: 'en.gn.discriminatory.belongs_origin',
    category: 'discriminatory',
    positives: [
      [
        "I'm sure he's great at whatever they do where he comes from, but reassign it.",
        'whatever they do where he comes from',
      ],
      [
        'I want someone who actually belongs in a Japanese company on this ticket.',
        'someone who actually belongs in a Japanese company',
      ],
      ['Get me a real Japanese engineer, not this guy.', 'real Japanese engineer'],
    ],
    negatives: [
      "Could we have a native Japanese speaker on the call? Our team's English is limited.",
      'The phishing sender is spoofing a domain; can you tell where they are from by the IP address?',
      'Our new hire is a real asset to the team and fits in well.',
    ],
  },
  {
    rule: 'en.gn.kneel_demand.apology_visit_each',
    category: 'kneel_demand',
    positives: [
      [
        'We would consider the matter closed once the engineer visits our Sendai plant and personally apologises to each of the forty workers.',
        'apologises to each of the forty workers',
      ],
      ['I want your department head here in person to apologise.', 'here in person to apologise'],
      ['Your CEO should come to our office and bow. Nothing less.', 'come to our office and bow'],
    ],
    negatives: [
      'Thank you, your engineer visited our plant and personally apologised; it was appreciated.',
      "We're happy for your engineer to come to our office and run the training.",
      'Please have the engineer visit our office for the installation next Tuesday.',
      'Our site was down all day and I had to apologise to every one of our customers myself.',
    ],
  },
  {
    rule: 'en.gn.exchange.replace_without_fault',
    category: 'exchange',
    positives: [
      [
        'Your lab found no fault and it passes all tests. Nevertheless we would like a brand-new replacement, at no charge.',
        'found no fault',
      ],
      ['I know nothing was wrong with it, but send us a new unit anyway.', 'nothing was wrong with it'],
      ['No defect was found, fine. Still want a replacement token for free.', 'No defect was found'],
    ],
    negatives: [
      'Your lab found no fault, so we will keep the key. Thank you for checking.',
      "No defect was found; we'll buy a new one through our reseller, please send a quote.",
      'The replacement passes all tests now, thank you.',
    ],
  },
  {
    rule: 'en.gn.exchange.tier_switch_free',
    category: 'exchange',
    positives: [
      ['Just switch us to Enterprise and call it even.', 'switch us to Enterprise and call it even'],
      [
        "Bump us up to Premium at no extra cost, that's the least you can do.",
        'Bump us up to Premium at no extra cost',
      ],
      ['move our tenant to the Pro tier for free pls', 'move our tenant to the Pro tier for free'],
    ],
    negatives: [
      'What would it cost to switch us to Enterprise next year?',
      'Can you move us to Premium at renewal? We will pay the difference as quoted.',
      'Our contract allows a move to Business at renewal; please send the paperwork.',
    ],
  },
  {
    rule: 'en.gn.excessive.dedicated_engineer_free',
    category: 'excessive',
    positives: [
      [
        "The board would like a dedicated engineer assigned to us permanently. We don't believe this should involve any extra cost.",
        'dedicated engineer assigned',
      ],
      [
        'We expect a named technician on call for us at no extra charge given our long relationship.',
        'named technician on call',
      ],
      [
        'Please give us our own support engineer available around the clock, free of charge.',
        'own support engineer available',
      ],
    ],
    negatives: [
      'How much would a dedicated engineer assigned to our account cost per year? Please send a quote.',
      'Our Enterprise plan includes a dedicated engineer assigned to us; who is it now?',
      "Is the named engineer available next week? We'd like to book the paid workshop.",
    ],
  },
  {
    rule: 'en.gn.excessive.holiday_support_outside_plan',
    category: 'excessive',
    positives: [
      [
        'Please kindly do the support also in our Golden Week holiday because our factory is running. We know we are Standard plan.',
        'do the support also in our Golden Week',
      ],
      [
        "We're on the basic plan but please provide support over the New Year holidays, please understand our situation.",
        'provide support over the New Year',
      ],
      [
        'Keep support running through the year-end holidays for us. I know our Standard plan does not cover it.',
        'Keep support running through the year-end',
      ],
    ],
    negatives: [
      'Is support available during Golden Week under our Standard plan?',
      "We're on the Standard plan; please provide support over the New Year holidays and send us a quote for the extra fee.",
      'Our Standard plan support hours: will you be closed over the year-end holidays?',
    ],
  },
  {
    rule: 'en.gn.unrelated.translate_document',
    category: 'unrelated',
    positives: [
      [
        'Could your team translate our new 12-page data processing agreement into English?',
        'translate our new 12-page data processing agreement',
      ],
      [
        "Can you proofread my son's university essay? Your staff write so well.",
        "proofread my son's university essay",
      ],
      ['please translate this supplier contract into Japanese by Friday', 'translate this supplier contract'],
    ],
    negatives: [
      'Do you have an official translation of your DPA in Japanese?',
      'Can you translate the console UI into Korean? Localisation would help our staff.',
      'Does MailGuard translate foreign-language spam reports automatically?',
    ],
  },
  {
    rule: 'en.gn.intimidation.influence_over_tender',
    category: 'intimidation',
    positives: [
      [
        'If nobody shows up I will make sure Shirogane loses the prefecture tender next month.',
        'make sure Shirogane loses the prefecture tender',
      ],
      ["I'll see to it that you never win a bid in this city again.", 'see to it that you never win a bid'],
      ['I sit on the evaluation panel, in case you were wondering.', 'I sit on the evaluation panel'],
    ],
    negatives: [
      'I sit on the evaluation panel, so I must declare a conflict of interest and cannot discuss the tender.',
      'We will make sure the vendor loses no data during the migration.',
      "I'll make sure you get the RFP documents by Friday.",
    ],
  },
  {
    rule: 'en.gn.intimidation.lawyers_nice_option',
    category: 'intimidation',
    positives: [
      ['And believe me, the lawyers are the nice option.', 'the lawyers are the nice option'],
      [
        "you'll find out what my legal department does to vendors for fun",
        'what my legal department does to vendors for fun',
      ],
      ['Court would be the easy way out for you, trust me.', 'Court would be the easy way'],
    ],
    negatives: [
      'Our legal team is the best route for contract questions; please email them.',
      "The lawyers are reviewing the DPA; we'll come back next week.",
      'What our legal department does to vendors is send a standard questionnaire.',
    ],
  },
  {
    rule: 'en.gn.violence.lesson_with_fists',
    category: 'violence',
    positives: [
      [
        'Somebody ought to teach your dev team a lesson with their fists.',
        'teach your dev team a lesson with their fists',
      ],
      ["I'd sort that engineer out with a baseball bat.", 'sort that engineer out with a baseball bat'],
      ['teach him a lesson with my boots', 'teach him a lesson with my boots'],
    ],
    negatives: [
      'The workshop will teach your team a lesson with hands-on labs.',
      'Please teach our admins the basics using the training module.',
      'We set the team up with new laptops.',
    ],
  },
  {
    rule: 'en.gn.sexual.outfit_and_drinks',
    category: 'sexual',
    positives: [
      ["come on don't be shy, wear that skirt from your profile pic", 'wear that skirt'],
      ['you free tonight? drinks on me', 'you free tonight? drinks on me'],
      ['Are you free after work? Dinner at my place, just us.', 'free after work? Dinner at my place'],
    ],
    negatives: [
      'Please remind your engineers to wear the safety shoes and hi-vis on site.',
      'Is the engineer free on Friday for the cutover call?',
      'Our team dinner is on Friday; are you free this Friday for drinks with the whole team?',
    ],
  },
  {
    rule: 'en.gn.excessive.dont_care_your_hours',
    category: 'excessive',
    positives: [
      [
        "You're staying on until it's fixed. I don't care what your hours are.",
        "I don't care what your hours are",
      ],
      [
        'i dont care when your office hours end, somebody fixes this tonight',
        'dont care when your office hours end',
      ],
      [
        "I couldn't care less about your support hours, get someone on it.",
        "couldn't care less about your support hours",
      ],
    ],
    negatives: [
      'Our team will stay and monitor the migration window even if it takes all night.',
      'What are your support hours during Golden Week?',
      "I'll work on our side even if it takes all night; just send the script.",
    ],
  },
  {
    rule: 'en.gn.monetary.not_empty_handed',
    category: 'monetary',
    positives: [
      [
        "And he doesn't come empty-handed - bring compensation that reflects what we went through.",
        "doesn't come empty-handed",
      ],
      ['Your manager better not show up empty-handed.', 'better not show up empty-handed'],
      [
        'We expect compensation that properly reflects the damage to our reputation.',
        'compensation that properly reflects the',
      ],
    ],
    negatives: [
      'The SLA credit came through; thanks for handling it.',
      "We'll apply the SLA credit per the contract; compensation that reflects the outage is already in the terms.",
      'Our compensation policy for on-call staff is internal; no action needed from you.',
    ],
  },
];

const GUARDS: GuardTable[] = [
  {
    id: 'en.gn.veto.stay_while_i_restart',
    category: 'restrictive',
    calm: [
      'Could you stay on the line while I restart the connector? Great, you can go. Thanks.',
      'Can you please stay on this call while I reboot the appliance, so you see the error live?',
      'Could you remain on the line while I log in again? It takes a minute.',
    ],
    kept: [
      "You will stay on this line while I decide if you keep your job, and nobody hangs up until it's fixed.",
      "I'm staying in your lobby until the manager comes down.",
    ],
  },
  {
    id: 'en.gn.veto.protest_sit_in_at_own_site',
    category: 'restrictive',
    calm: [
      'There will be a large protest and sit-in outside our headquarters on Friday, so please raise our remote session limit.',
      'Activists announced a sit-in at our campus next week; we need more VPN seats.',
      'Due to a union sit-in near our plant, staff will work from home.',
    ],
    kept: [
      'We will stage a sit-in at your office until the refund is paid.',
      'Expect a sit-in in your lobby tomorrow.',
    ],
  },
  {
    id: 'en.gn.veto.reported_third_party_threat',
    category: 'privacy',
    calm: [
      'A dismissed employee told our HR manager, "I know where you all live." We called the police; please disable his account.',
      'He told our receptionist: "I know where you all live." We changed the locks and revoked his access.',
    ],
    kept: [
      'I know where you all live. Fix it.',
      'I know where your engineer lives, and I told the police nothing.',
    ],
  },
  {
    id: 'en.gn.veto.kill_links_tokens',
    category: 'violence',
    calm: [
      'Once we disable his account, are his app passwords revoked, or do we need to kill them separately?',
      'The old sessions are still active; should we kill them manually from the console?',
      'Stale tokens remain; can we kill all of them via the API?',
    ],
    kept: ["I'm going to kill whoever set up those links.", "I'll kill you if the links break again."],
  },
  {
    id: 'en.gn.veto.talk_to_him_after_hours',
    category: 'excessive',
    calm: [
      "Give me Mr. Sato's private number. I'd like to talk with him outside office hours, away from your scripts.",
      'I want to have a word with her after work about how she spoke to me. Tell me her personal mobile.',
      "I'd like to discuss this with Tanaka-san outside working hours, just the two of us. His home address, please.",
    ],
    kept: [
      'I want your engineers on call outside office hours every night this week, though our plan is business hours only.',
      'Your engineer must work through the weekend on our migration for free.',
    ],
  },
];

describeRuleKinds('en-gen rules', KINDS, alone, 'en');
describeGuardTables('en-gen vetoes', GUARDS, 'en');
describeRuleFile('en-gen rule file', RULE_FILE, {
  lang: 'en',
  idPrefix: 'en.gn.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => GUARDS.map((g) => g.id),
  offsets: { engine: alone, text: 'What a pack of f@#king amateurs. Where do you live? Which ward.' },
});
