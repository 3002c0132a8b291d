/**
 * English exposure and abuse (config/rules/en-expose.yaml, ids en.ex.*): privacy,
 * defamation, insult, sexual, discriminatory and persistence constructions from the
 * English items of t38 and t40 and the rule writer's own probes (staff identities asked
 * for a public list, names, photos and recordings of agents to be posted, calls
 * streamed live, an agent's commute or home area, accusations of crime spread to
 * partners, review sites, the police or the press, "true or not", fake insiders, a
 * review held over the agent, scare-quoted "engineers", "you fraud", hotel-room
 * invitations, age slurs, comments on every post of an agent's account), run through
 * the real policy file and engine, so every rule file (and every veto) is in play. One
 * table per rule with positives written for this test (not taken from any corpus), each
 * with a fragment the rule's own evidence must cover, and calm look-alikes in which the
 * whole engine must not find the rule's category; then calm/kept tables for the veto of
 * this file and the rules of other files narrowed for t38's items.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/en-expose.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('en-expose.yaml');

const KINDS: RuleKind[] = [
  // ------------------------------------------------------------------ privacy
  {
    rule: 'en.ex.privacy.identities_for_public_list',
    category: 'privacy',
    positives: [
      [
        "Give me the names and photos of every engineer on the night shift. They're going on our website as a public wall of shame.",
        'photos of every engineer',
      ],
      [
        'I want the full names and employee numbers of all the agents who touched our case, so I can publish them.',
        'employee numbers of all the agents',
      ],
      [
        'Send the surnames and headshots of your whole escalation team; we will name and shame them.',
        'headshots of your whole escalation team',
      ],
    ],
    negatives: [
      'Please send the full names and badge numbers of the engineers visiting on Tuesday so building security can register them.',
      'For our SOC 2 audit we need the names of all staff who accessed our tenant; please provide them via the secure portal.',
    ],
  },
  {
    rule: 'en.ex.privacy.post_name_or_photo',
    category: 'privacy',
    positives: [
      [
        'We are putting up the name and photo of your night-shift engineer on our company blog tomorrow.',
        'putting up the name and photo of your night-shift engineer on our',
      ],
      [
        'The story goes live on Friday with her LinkedIn headshot, your support lead will love it.',
        'goes live on Friday with her LinkedIn headshot',
      ],
    ],
    negatives: [
      "I'd like to share your engineer's name and photo on our LinkedIn to thank him, if he agrees.",
      'The webinar recording goes live on Friday with the slides attached.',
    ],
  },
  {
    rule: 'en.ex.privacy.recording_with_names',
    category: 'privacy',
    positives: [
      [
        'I taped the whole call. Clips of your rep with his name will be on my YouTube channel by Friday.',
        'Clips of your rep with his name',
      ],
      [
        "I screen recorded your rep's face during the video call. It'll be on TikTok tonight unless I get a refund.",
        "screen recorded your rep's face",
      ],
    ],
    negatives: [
      "Can you send me the recording of yesterday's call with the agent's name? I need it for our internal training.",
      'I recorded the call for our records; can you tell me the engineer’s name for the notes?',
    ],
  },
  {
    rule: 'en.ex.privacy.call_streamed_live',
    category: 'privacy',
    positives: [
      [
        'heads up, this chat is being streamed live on Twitch to 3k viewers',
        'this chat is being streamed live on Twitch',
      ],
      ['Five hundred people are watching you fail right now, say hello.', 'hundred people are watching you'],
      [
        "We're streaming this call live to our 10k followers.",
        'streaming this call live to our 10k followers',
      ],
    ],
    negatives: [
      'Our marketing webinar is live on YouTube right now but the stream keeps buffering through your proxy.',
      "We're live on Twitch right now with our product launch and MailGuard is blocking the chat notifications.",
    ],
  },
  {
    rule: 'en.ex.privacy.commute_or_neighbourhood',
    category: 'privacy',
    positives: [
      ['Which station does your engineer get off at?', 'Which station does your engineer get off'],
      ['what area of osaka do you live in btw', 'what area of osaka do you live'],
      ['I need the neighbourhood she lives in. I have things to say to her.', 'neighbourhood she lives in'],
    ],
    negatives: [
      'Which station is closest to your office? Our engineer will visit on Monday.',
      'Which area do our users live in according to the geo-IP report?',
    ],
  },
  {
    rule: 'en.ex.privacy.haunts_asked',
    category: 'privacy',
    positives: [
      ['Which gym does Haruka go to? I think I have seen her there.', 'Which gym does Haruka go to'],
      ["What school does your agent's son attend?", "What school does your agent's son attend"],
    ],
    negatives: [
      'Which school does our intern attend? We need it for the education licence form.',
      'What gym does our team use for the offsite? Can the Wi-Fi there reach your portal?',
    ],
  },
  {
    rule: 'en.ex.privacy.agents_by_name',
    category: 'privacy',
    positives: [
      [
        'Expect a review of every one of your engineers by full name on Glassdoor.',
        'every one of your engineers by full name',
      ],
      [
        "I'm listing all of your support people, by name, on my blog tonight.",
        'all of your support people, by name',
      ],
    ],
    negatives: [
      'Thanks to each of your agents by name: Aiko, Ben and Chie were brilliant.',
      'Please list each of the engineers by name in the change record for our internal audit.',
    ],
  },
  {
    rule: 'en.ex.privacy.name_in_the_press',
    category: 'privacy',
    positives: [
      ["Your name will be in tomorrow's papers, Mr. Sato, personally.", "name will be in tomorrow's papers"],
      ['Every reader of our trade magazine will learn her name.', 'will learn her name'],
      [
        'Your voice and name are going in my podcast episode about the worst support in Japan.',
        'voice and name are going in my podcast',
      ],
    ],
    negatives: [
      'Your name will be in our release notes as the contact for the fix, thanks for all the help.',
      "Your team's names will be in our annual report's thank-you section.",
    ],
  },
  // ------------------------------------------------------------------ defamation
  {
    rule: 'en.ex.defamation.spread_accusation',
    category: 'defamation',
    positives: [
      [
        'Unless the credit arrives, our newsletter will tell 40,000 readers that your company launders money for spammers.',
        'your company launders',
      ],
      [
        'Refund me or I go on every review site saying your support deliberately deletes tickets.',
        'deliberately deletes',
      ],
      [
        'Next week I start informing your resellers that MailGuard is malware in disguise.',
        'MailGuard is malware',
      ],
    ],
    negatives: [
      'I will tell my team that the leak was on our side, not yours.',
      "I'll tell management how your filter stopped the intruders who were selling our customer lists.",
      'Tomorrow I will report that your scanner flagged malware in the vendor invoices.',
      "I'm going to tell everyone that your support deliberately went above and beyond.",
      'The thread on Reddit claims your engineers sold data; we do not believe it, but can we get a statement?',
      "We're writing a post-incident report showing that the attackers hacked a vendor account, not yours. I'll share it tonight.",
    ],
  },
  {
    rule: 'en.ex.defamation.word_gets_around',
    category: 'defamation',
    positives: [
      [
        'Would be a pity if word got around that your engineers browse client mailboxes.',
        'pity if word got around that your',
      ],
      [
        'Imagine if rumours started circulating that Shirogane staff sell customer data.',
        'Imagine if rumours started circulating that Shirogane',
      ],
    ],
    negatives: [
      'Word got around that your support is excellent, so we signed up!',
      'Once word gets out that the new release fixes DKIM, the tickets will stop.',
    ],
  },
  {
    rule: 'en.ex.defamation.true_or_not',
    category: 'defamation',
    positives: [
      [
        'Your engineer will be named in my complaint as the person responsible for the leak, true or not.',
        'true or not',
      ],
      [
        "Regardless of whether it's true, everyone online will blame your engineer.",
        "Regardless of whether it's true",
      ],
    ],
    negatives: [
      'Please let us know whether they were delivered or not.',
      "I'm not sure whether it was true or not, could you check the logs?",
    ],
  },
  {
    rule: 'en.ex.defamation.fabricated_source',
    category: 'defamation',
    positives: [
      ["We'll fabricate the evidence ourselves if we have to.", 'fabricate the evidence ourselves'],
      [
        'A "former support engineer" (guess who: me) will be posting on OpenWork next week.',
        'former support engineer" (guess who: me',
      ],
      [
        "I'll pose as a disgruntled ex-employee and post about your security culture.",
        'pose as a disgruntled ex-employee',
      ],
    ],
    negatives: [
      'Our audit team will write the report themselves once your logs arrive.',
      "Can you send a sample audit report? We'll write our own based on it.",
    ],
  },
  {
    rule: 'en.ex.defamation.headline_threat',
    category: 'defamation',
    positives: [
      [
        'My cousin works at a paper. Tomorrow the headline will read: Shirogane caught selling client data.',
        'headline will read: Shirogane caught',
      ],
      [
        'My friends at the Nikkei owe me. One phone call and the front page is Shirogane caught hiding breaches.',
        'front page is Shirogane caught',
      ],
    ],
    negatives: [
      'Did you see yesterday\'s headline "Vendor caught leaking data"? Are you affected?',
      'The headline is misleading, can you comment before our newsletter goes out tomorrow?',
    ],
  },
  {
    rule: 'en.ex.defamation.review_held_over',
    category: 'defamation',
    positives: [
      ['My write-up goes live at midnight. Last chance.', 'write-up goes live'],
      [
        'The video about your team is going up on Sunday unless I hear from your director. Tick tock.',
        'video about your team is going up',
      ],
    ],
    negatives: [
      'Our release goes live tonight; last chance to confirm the DNS change.',
      'My honest review goes live next week, thanks for all your help.',
    ],
  },
  // ------------------------------------------------------------------ insult
  {
    rule: 'en.ex.insult.scare_quotes_and_glorified',
    category: 'insult',
    positives: [
      ['Your so-called "experts" can\'t configure a simple SPF record.', 'so-called "experts" can\'t'],
      ["you're nothing but glorified chatbots, all of you", 'glorified chatbots'],
      ['honestly your techs are just script kiddies', 'your techs are just script kiddies'],
    ],
    negatives: [
      'The attackers were script kiddies, your WAF stopped them.',
      'Our pen testers found a glorified script kiddies toolkit on the compromised host.',
    ],
  },
  {
    rule: 'en.ex.insult.how_useless_named',
    category: 'insult',
    positives: [
      [
        "Now everyone knows how clueless 'Dan from support' really is.",
        "how clueless 'Dan from support' really is",
      ],
      [
        'The screenshots show how incompetent your night team guys are.',
        'how incompetent your night team guys are',
      ],
    ],
    negatives: [
      'How useless the old export function was! The new one is great.',
      'I told my boss how lazy our own team was about patching.',
    ],
  },
  {
    rule: 'en.ex.insult.vocative_fraud',
    category: 'insult',
    positives: [
      ['Enjoy your weekend, you crook.', ', you crook'],
      ['See you in the reviews - you lying charlatans!', '- you lying charlatans'],
    ],
    negatives: [
      'The phishing mail said "you fraud, pay now". Can you block the sender?',
      'Please flag messages from the sender that say: you thief, pay the invoice.',
    ],
  },
  {
    rule: 'en.ex.insult.adult_to_speak_to',
    category: 'insult',
    positives: [
      ['Is there an adult I can speak to?', 'Is there an adult I can speak'],
      ['Put a grown-up on the line, please.', 'Put a grown-up'],
    ],
    negatives: [
      'Is there an adult content filter we can enable for the guest Wi-Fi?',
      'How do I convert a child account to an adult account for a student who turned 18?',
    ],
  },
  {
    rule: 'en.ex.insult.cant_even',
    category: 'insult',
    positives: [
      ['people like you cannot even read a log file', 'cannot even read'],
      ['Your agents can\'t even spell "certificate" properly.', "can't even spell"],
    ],
    negatives: [
      'Our agents can’t even read the logs unless debug mode is on.',
      'Without admin rights your engineers cannot even read the audit table, right?',
    ],
  },
  // ------------------------------------------------------------------ sexual
  {
    rule: 'en.ex.sexual.hotel_room_invite',
    category: 'sexual',
    positives: [
      ['Come up to my room tonight and we can sort out the renewal properly ;)', 'Come up to my room'],
      [
        "Why don't you drop by my apartment after work, just the two of us, and we'll discuss the discount.",
        'drop by my apartment',
      ],
    ],
    negatives: [
      "I'm working from my hotel room this week and the VPN drops every hour, so please call me in the afternoon.",
      'Please send the replacement token to my hotel, I am travelling tonight.',
    ],
  },
  {
    rule: 'en.ex.sexual.body_and_clothes',
    category: 'sexual',
    positives: [
      ["Send me a full body pic please, I want to see who I'm talking to lol", 'full body pic please'],
      ["I bet you're still in bed right now, babe", "bet you're still in bed"],
      ['what are u wearing right now', 'what are u wearing'],
      ['You must look as good as you sound.', 'You must look as good as you sound'],
    ],
    negatives: [
      'Does the visitor badge need a full body photo or just the ID photo?',
      'Is the full body scanner at your data centre entrance mandatory for visitors?',
    ],
  },
  {
    rule: 'en.ex.sexual.take_out_after_hours',
    category: 'sexual',
    positives: [
      ["your agent Mika is gorgeous, I'd love to take her out for dinner", 'take her out'],
      [
        "Pretty voice on that rep. I'd like to see what she's like after hours.",
        "see what she's like after hours",
      ],
    ],
    negatives: [
      'Your agent Mika was great, please take her out for a team lunch on us as a thank you.',
      'Can you take her out of the distribution list? She left the company.',
    ],
  },
  // ------------------------------------------------------------------ discriminatory
  {
    rule: 'en.ex.discriminatory.age',
    category: 'discriminatory',
    positives: [
      ["Old men like you don't belong in tech support.", "Old men like you don't"],
      ["Ladies your age shouldn't be answering technical calls.", "Ladies your age shouldn't"],
      ['She is clearly too old to understand cloud email.', 'too old to understand'],
      ['You sound like you should have retired years ago.', 'should have retired years ago'],
    ],
    negatives: [
      'Young engineers like you are the future of this industry, thanks!',
      'The old server is too old for this version of the connector.',
    ],
  },
  // ------------------------------------------------------------------ persistence
  {
    rule: 'en.ex.persistence.every_post_until',
    category: 'persistence',
    positives: [
      [
        "I'll be messaging under every photo on his Facebook till he escalates.",
        'messaging under every photo',
      ],
      ['I will comment on each of her posts until she answers me.', 'comment on each of her posts'],
    ],
    negatives: [
      'Our social media bot comments on every post we publish; can MailGuard filter the notifications?',
      'I will reply to every post in the community thread once the fix is out.',
    ],
  },
];

describeRuleKinds('English exposure and abuse rules (t38, t40)', KINDS, alone, 'en');

const GUARDS: GuardTable[] = [
  // this file: a threatening mail someone received, read out by the caller.
  {
    id: 'en.ex.veto.read_out_received',
    category: 'privacy',
    calm: [
      'Our receptionist got a nasty message this morning. Let me read it: we know where your kids go to school. Can you block the sender?',
    ],
    kept: ['I know where your kids go to school. Call me back.'],
  },
  // en.yaml en.restrictive.staying: "which office you sit in" asks where the agent works; it is not a sit-in.
  {
    id: 'en.restrictive.staying',
    category: 'restrictive',
    calm: [
      'Which office do you sit in? I want to send the team a thank-you card.',
      'What floor do you sit in, Tokyo or Osaka? Just curious for the courier.',
    ],
    kept: [
      "I'm staying in your lobby until someone fixes this.",
      'We will sit in your reception until the refund is paid, which office do you sit in?',
    ],
  },
  // en.yaml en.insult.you_noun: a crime claim stated to third parties is defamation, not name-calling.
  {
    id: 'en.insult.you_noun',
    category: 'insult',
    calm: [
      "I'm posting this in every forum so people know you're thieves.",
      'We will write to your partners stating that your engineers are criminals.',
    ],
    kept: ["You're all thieves and idiots.", 'your support staff are morons'],
  },
  // en-formal.yaml en.m.privacy.home_address_known: the office building's address is not a home.
  {
    id: 'en.m.privacy.home_address_known',
    category: 'privacy',
    calm: ["I have your building's address and a car, and my kids' laptop needs fixing too."],
    kept: ["I have your engineer's home address. His kids walk past my car every morning."],
  },
  // en.yaml en.privacy.demand_details / en.privacy.publish: the company's public social page.
  {
    id: 'en.privacy.demand_details',
    category: 'privacy',
    calm: ["I'll post every day on your Facebook page until the invoice is paid."],
    kept: ["Send me her personal Facebook or I'll find it myself."],
  },
  {
    id: 'en.privacy.publish',
    category: 'privacy',
    calm: ['Until the refund lands I will be posting on your company Facebook page every morning.'],
    kept: ["I'll post your agent's full name and photo everywhere."],
  },
  // en.yaml en.defamation.publish_threat: recordings posted with the agents' names on screen are privacy.
  {
    id: 'en.defamation.publish_threat',
    category: 'defamation',
    calm: ["I'm cutting the calls together with your agents' names on screen and posting it to YouTube."],
    kept: ["I'm posting on YouTube that your company steals client data."],
  },
];

describeGuardTables('English exposure (t38): veto and narrowed rules of other files', GUARDS, 'en');

describeRuleFile('English exposure (t38, t40) rules: the rule file', RULE_FILE, {
  lang: 'en',
  idPrefix: 'en.ex.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  offsets: {
    engine: alone,
    text: 'Send me the  FULL names and photos of every engineer. they go on our website as a public list.',
  },
});
