/**
 * Short English chat/web detectors (config/rules/en-short.yaml): txt-speak,
 * slang, sarcasm, obfuscated swearing, veiled threats, doxxing asks, sexual
 * remarks and demands in one or two lines, run through the real policy file
 * and engine, so every rule file (and every veto) is in play. Same table shape
 * as rules-en-casual.test.ts: one table per rule with positives written for
 * this test (not taken from any corpus), each with a fragment the rule's own
 * evidence must cover, and tricky negatives in which the whole engine must not
 * find the rule's category. The calm/kept tables at the end are for this
 * file's veto and for rules of other files narrowed for false alarms of t28.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/en-short.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('en-short.yaml');

const KINDS: RuleKind[] = [
  // -------------------------------------------------------------- violence
  {
    rule: 'en.s.violence.come_down_there',
    category: 'violence',
    positives: [
      ['fix it or ill come down there and take it out of someones hide', 'take it out of someones hide'],
      ['im coming down there tomorrow. you wont like what happens', 'im coming down there'],
      ["I'll drive over there myself and you will regret it.", "I'll drive over there"],
    ],
    negatives: [
      "I'll drive down there tomorrow to pick up the replacement keys.",
      'ill come down there and sign the contract in person, thx',
      'I will head over there for the workshop on Friday, see you!',
    ],
  },
  {
    rule: 'en.s.violence.outside_your_office',
    category: 'violence',
    positives: [
      [
        'gonna be outside ur building at 6. bring the tech who wiped my data 👊',
        'gonna be outside ur building',
      ],
      ["I'll be waiting outside your HQ, we can talk face to face.", "I'll be waiting outside your HQ"],
      ['im outside ur office rn. see u soon', 'im outside ur office'],
    ],
    negatives: [
      "I'll be outside your office at 5 for the pickup, can someone bring the parcel down?",
      'I am outside your building, reception says I need a visitor badge, thanks.',
      'ill be outside ur office in a taxi, is the demo still on?',
    ],
  },
  {
    rule: 'en.s.violence.know_where_office',
    category: 'violence',
    positives: [
      ['i know where ur team sits. 2nd floor by the window right? 🙂', 'i know where ur team sits'],
      ['I found out where your support staff work. See u soon.', 'I found out where your support staff work'],
      ['i know exactly where ur office is 😈', 'i know exactly where ur office is'],
    ],
    negatives: [
      'i know where ur office is, can i drop off the old router there?',
      'I found out where your office is from the invoice, can I return the old router there?',
      'I know where your docs are, thanks, the link in the footer works.',
    ],
  },
  {
    rule: 'en.s.violence.someone_getting_hurt',
    category: 'violence',
    positives: [
      [
        'somebody at ur office is gonna get hurt if my site stays down',
        'somebody at ur office is gonna get hurt',
      ],
      [
        'if this happens again someone at your company will get hurt',
        'someone at your company will get hurt',
      ],
      ['one of ur engineers at ur office is getting hurt, just saying', 'is getting hurt'],
    ],
    negatives: [
      'Someone at our office got hurt tripping on a cable, so the admin is out today.',
      'Nobody is getting hurt by this bug, it is just annoying.',
      'someone at your office is getting hurt by those chairs lol, health and safety should look. anyway reset my 2fa pls',
    ],
  },
  {
    rule: 'en.s.violence.hope_house_burns',
    category: 'violence',
    positives: [
      ['hope their homes get torched tbh', 'hope their homes get torched'],
      ['i hope ur office catches fire with the servers in it', 'hope ur office catches fire'],
      ['hope your dev team’s houses burn down', 'hope your dev team’s houses burn down'],
    ],
    negatives: [
      'hope your office enjoys the cake we sent!',
      'I hope your building gets its power back soon, we saw the news.',
      'hope ur house is ok after the storm, no rush on the ticket',
    ],
  },
  {
    rule: 'en.s.violence.nice_area_shame',
    category: 'violence',
    positives: [
      ['nice little house u got there. would be a shame.', 'nice little house'],
      ['hope ur kids enjoy ur neighborhood. would be a pity', 'hope ur kids enjoy ur neighborhood'],
      ['Lovely street u live on. It would be a shame.', 'Lovely street'],
    ],
    negatives: [
      'hope ur family enjoys the holidays, thanks for all the help',
      'nice area btw, would be a shame to leave it. anyway can you move our data region?',
      'Lovely neighbourhood around your office, we had lunch there after the meeting.',
    ],
  },
  {
    rule: 'en.s.violence.watch_ur_back',
    category: 'violence',
    positives: [
      ['close my ticket again and watch ur back', 'watch ur back'],
      ['ok. watch yer back from now on', 'watch yer back'],
      ['u better watch ya back', 'watch ya back'],
    ],
    negatives: [
      'watch your back-ups, they fill the disk fast',
      'we watch ur blog for updates, great stuff',
      'I watch your status page every morning.',
    ],
  },
  // ---------------------------------------------------------- intimidation
  {
    rule: 'en.s.intimidation.know_what_happens',
    category: 'intimidation',
    positives: [
      ['you know what happens to companies that cheat me', 'you know what happens to companies that cheat'],
      ['u know what happens to ppl who mess w my money? ask around', 'u know what happens to ppl who mess'],
      ['Do you know what happens to agents who lie to me?', 'know what happens to agents who lie'],
    ],
    negatives: [
      'do u know what happens to emails that fail dmarc? do they bounce?',
      'you know what happens to companies that skip dmarc? asking for my slides',
      'Do you know what happens to users who forget their password? Can they reset it?',
    ],
  },
  {
    rule: 'en.s.intimidation.shame_if_something',
    category: 'intimidation',
    positives: [
      ['would be a pity if ur website went down on black friday. just saying', 'pity if ur website went'],
      ['real shame if your app store rating dropped overnight', 'shame if your app store rating dropped'],
      ['shame if somethin happened to ur reviews', 'shame if somethin happened to ur'],
    ],
    negatives: [
      'Shame if your servers had a hiccup during the sale, is there a failover we can buy?',
      'It was a shame that your app crashed, but the update fixed it, thanks.',
      'What a shame the webinar was cancelled, will there be a recording?',
    ],
  },
  {
    rule: 'en.s.intimidation.little_thank_you',
    category: 'intimidation',
    positives: [
      [
        'whats ur engineers home address? want to send him a little surprise 😉',
        'send him a little surprise',
      ],
      ['where does she live? gonna bring her a little present 🙂', 'bring her a little present'],
      ['Need the home address of that agent. Gonna leave him a little gift 😈', 'leave him a little gift'],
    ],
    negatives: [
      'can you send the engineer a little thank you card from us? he was great',
      'what is the address of your office? want to send the team a little thank you, they were great',
      'Could you send us a little reminder before renewal? 🙂',
    ],
  },
  {
    rule: 'en.s.intimidation.followers_hear',
    category: 'intimidation',
    positives: [
      ['refund now or my 200k subscribers hear about this', 'or my 200k subscribers hear'],
      ['do it or all my followers find out how you treat ppl', 'or all my followers find out'],
      ['fix my account or else my viewers will know', 'or else my viewers will know'],
    ],
    negatives: [
      'or my team will hear about it in the standup, no worries',
      'Can my followers see the status page, or is it private?',
      'Post the update on X or my subscribers will not know when the app is back, thanks!',
    ],
  },
  // ------------------------------------------------------------ defamation
  {
    rule: 'en.s.defamation.say_you_sell',
    category: 'defamation',
    positives: [
      ['gimme a refund or ill say u sell ppl data', 'say u sell ppl data'],
      ['im gonna tell everyone u steal customer money', 'tell everyone u steal customer money'],
      ['Unless this is fixed I will post that you leak user passwords.', 'post that you leak user passwords'],
    ],
    negatives: [
      'ill say u sold me on the premium plan, the demo was great',
      'gonna tell everyone u guys have the best support ever',
      'A scammer said you sell user data, is that mail from you?',
    ],
  },
  // --------------------------------------------------------------- insult
  {
    rule: 'en.s.insult.you_all_fucks',
    category: 'insult',
    positives: [
      ['ur all lazy f*cks', 'ur all lazy f*cks'],
      ['yall r useless f**kers', 'yall r useless f**kers'],
      ['you guys are absolute wankers', 'you guys are absolute wankers'],
    ],
    negatives: [
      'the f*cks in our logs are from a user, can the filter mask them?',
      'you are all set, thanks for the fix',
      'ur all good, the mail went through',
    ],
  },
  {
    rule: 'en.s.insult.joined_slur',
    category: 'insult',
    positives: [
      ['ur a s t u p i d b i t c h', 'ur a s t u p i d b i t c h'],
      ['u r a dumb cow', 'u r a dumb cow'],
      ['youre such a lazy bastard', 'youre such a lazy bastard'],
    ],
    negatives: [
      'my cat is a fat cow lol, anyway can u fix the login',
      'thx, ur a legend. our fat cow mascot is back on the login page',
      'you are a lifesaver, thanks',
    ],
  },
  {
    rule: 'en.s.insult.how_trash_u_r',
    category: 'insult',
    positives: [
      ['free months or my followers hear how trash u r', 'hear how trash u r'],
      ['everyone will know how useless u guys are', 'know how useless u guys'],
      ['my boss will see how incompetent your support is', 'see how incompetent your support is'],
    ],
    negatives: [
      'everyone will know how helpful u guys are',
      'I want to see how useful your support plan is before we buy.',
      'let me know how useless the old filter rule is, we can remove it',
    ],
  },
  {
    rule: 'en.s.insult.you_guys_are_crooks',
    category: 'insult',
    positives: [
      ['yall are scammers', 'yall are scammers'],
      ['u ppl r total clowns', 'u ppl r total clowns'],
      ['you lot are amateurs', 'you lot are amateurs'],
    ],
    negatives: [
      'u guys are not scammers, my bank just flagged it, sorry',
      'ppl say u guys are legit, so we signed up',
      'you lot are brilliant, thanks',
    ],
  },
  {
    rule: 'en.s.insult.very_bad_people',
    category: 'insult',
    positives: [
      ['ur company is cheater company. very bad people', 'very bad people'],
      ['your support team are so bad people honestly', 'so bad people'],
      ['you guys is trash company', 'is trash company'],
    ],
    negatives: [
      'The spam comes from very bad people, can your filter stop them?',
      'Your support team is not a bad team at all, thanks.',
      'Very bad weather here, so the office is closed, can we move the call?',
    ],
  },
  // --------------------------------------------------------- discriminatory
  {
    rule: 'en.s.discriminatory.someone_who_isnt',
    category: 'discriminatory',
    positives: [
      ['is there anyone there who isnt a foreigner', 'anyone there who isnt a foreigner'],
      ['gimme someone that is not a woman pls', 'someone that is not a woman'],
      ['i want an agent who isn’t indian', 'an agent who isn’t indian'],
    ],
    negatives: [
      'is there anyone there who speaks japanese? my boss prefers it',
      'Is there someone who is not on holiday who can approve this?',
      'we need someone who isnt an admin to test the user view',
    ],
  },
  // ---------------------------------------------------------------- sexual
  {
    rule: 'en.s.sexual.what_does_she_look_like',
    category: 'sexual',
    positives: [
      ['what does the girl who answered my chat look like? asking for myself 😉', 'look like'],
      ['whats she look like? got insta? 😏', 'whats she look like'],
      ['what does ur agent Mia look like, is she single', 'what does ur agent Mia look like'],
    ],
    negatives: [
      'what does the error look like on her screen? she sent a pic',
      'What does the digest look like for the agent? Can you send a screenshot?',
      'what does your new dashboard look like? 😉',
    ],
  },
  {
    rule: 'en.s.sexual.are_you_married',
    category: 'sexual',
    positives: [
      ['u have nice name. u are married?', 'u are married?'],
      ['ill keep asking til u give it up babe', 'give it up babe'],
      ['does the agent have a boyfriend lol', 'does the agent have a boyfriend'],
    ],
    negatives: [
      'the form asks if the account holder is married, is that field required?',
      'do u have a backup of the old config?',
      'are u taking the ticket or should i email?',
    ],
  },
  {
    rule: 'en.s.sexual.beautiful_name',
    category: 'sexual',
    positives: [
      ['u have very beautiful name madam', 'u have very beautiful name'],
      ['ur so pretty smile in the pic dear 😍', 'ur so pretty smile'],
      ['you have such a cute voice, whats ur number', 'you have such a cute voice'],
    ],
    negatives: [
      'u have a beautiful dashboard btw',
      'Your new logo is so pretty, great redesign.',
      'you have a cute mascot on the login page lol',
    ],
  },
  // --------------------------------------------------------------- privacy
  {
    rule: 'en.s.privacy.manager_personal_cell',
    category: 'privacy',
    positives: [
      ['i want his boss’s personal cell, not the switchboard', 'his boss’s personal cell'],
      ['give me the agents manager’s private number', 'manager’s private number'],
      ['send her personal cell', 'her personal cell'],
      ['ur agents personal number pls, i wanna talk to her after work', 'agents personal number'],
    ],
    negatives: [
      "i need her manager's email to approve the PO, the office line is fine",
      'we need your reps personal phone policy for the audit',
      'Can I have the escalation manager’s office number?',
      'my personal cell is in the profile, pls call that one',
    ],
  },
  {
    rule: 'en.s.privacy.post_staff_details',
    category: 'privacy',
    positives: [
      ['ill post all ur staff names and numbers on reddit', 'post all ur staff names and numbers on'],
      ['gonna dump your agents emails on pastebin', 'dump your agents emails on'],
      [
        'I will upload your engineers full names all over twitter.',
        'upload your engineers full names all over',
      ],
    ],
    negatives: [
      'can you post the agents names on the ticket so i know who to thank?',
      'please share your engineers names on the intranet page for our org chart',
      'we post our staff emails on our own website, can the filter handle the spam?',
    ],
  },
  {
    rule: 'en.s.privacy.screenshot_with_name',
    category: 'privacy',
    positives: [
      [
        'screenshotting this chat w ur name on it. all over tiktok by tonight',
        'screenshotting this chat w ur name',
      ],
      [
        'Saved this conversation with your full name. Posting it online.',
        'Saved this conversation with your full name',
      ],
      ['recording this call with ur name, goin viral', 'recording this call with ur name'],
    ],
    negatives: [
      'im recording this call for training purposes with ur name on it, hope thats ok',
      'saved the chat with your name so I can ask for you next time, thanks!',
      'I saved this chat with the fix steps for our wiki.',
    ],
  },
  {
    rule: 'en.s.privacy.where_does_she_live',
    category: 'privacy',
    positives: [
      ['where does he live? the tech who came yesterday', 'where does he live'],
      ['what college did ur agent go to', 'what college did ur agent go'],
      ['cute agent. where does she live?', 'where does she live'],
    ],
    negatives: [
      'where does she live? asking for the shipping form of our new hire',
      'Where does the config file live on Linux?',
      'what school did your team recommend for the phishing training? we liked it',
    ],
  },
  // ------------------------------------------------------------ persistence
  {
    rule: 'en.s.persistence.spam_this_chat',
    category: 'persistence',
    positives: [
      ['im gonna spam ur inbox till u answer', 'im gonna spam ur inbox'],
      ['ok ill blow up ur phones all week', 'ill blow up ur phones'],
      ['we’ll flood your support line until someone calls back', 'we’ll flood your'],
    ],
    negatives: [
      'the spam filter keeps flooding our inbox with digests',
      "i'll spam test the chat widget tonight, dont worry",
      'a pupil wrote that he would blow up the lab, how do I pull his mails quietly?',
    ],
  },
  {
    rule: 'en.s.persistence.times_and_more',
    category: 'persistence',
    positives: [
      [
        'called u 30 times this week and ill do 30 more next week',
        'called u 30 times this week and ill do 30',
      ],
      ['reopened it 12 times, gonna do it again tomorrow', 'reopened it 12 times'],
      ['every email, every call, every day till its fixed', 'every email, every call'],
    ],
    negatives: [
      'i reopened it 3 times because the bug came back, can you check',
      'We called your line 2 times and the menu cut us off.',
      'Every email and every call from the vendor goes to quarantine, why?',
    ],
  },
  // ------------------------------------------------------------- excessive
  {
    rule: 'en.s.excessive.minutes_deadline',
    category: 'excessive',
    positives: [
      ['need a reply within 15 mins, at any hour', 'reply within 15 mins'],
      ['want this up in 20 min or im cancelling', 'up in 20 min'],
      ['pls answer in 5 minutes every time, we need that', 'answer in 5 minutes'],
    ],
    negatives: [
      'fixed in 10 min, thank you so much!',
      'the otp code expires in 5 min, can u extend it?',
      'need the report done within 30 min pls, our sla covers it',
    ],
  },
  {
    rule: 'en.s.excessive.after_hours_low_plan',
    category: 'excessive',
    positives: [
      ['can u guys do the data move sunday? we r on the free plan', 'sunday'],
      ['weekend support NOW. i dont care what plan we have', 'weekend support'],
      ['need ur engineers on a call at 10pm tonight, we on the starter tier', 'tonight'],
    ],
    negatives: [
      'we are on the basic plan, is support open on saturday?',
      'can we upgrade so u can do the migration this weekend? we r on starter',
      'we are on standard, we will do the cutover ourselves this weekend, just fyi',
    ],
  },
  // -------------------------------------------------------------- monetary
  {
    rule: 'en.s.monetary.refund_years_threat',
    category: 'monetary',
    positives: [
      ['refund me both years or ill sue', 'refund me both years'],
      ['full refund for the last 3 yrs or my lawyer calls', 'refund for the last 3 yrs'],
      ['refund all 6 months unless u want a chargeback', 'refund all 6 months'],
    ],
    negatives: [
      'refund for the 2 months we didnt use, per the policy, pls',
      'Am I eligible to get a refund for 2 months or only one?',
      'how do i get a refund for 3 months of the add-on? it was billed by mistake',
    ],
  },
  // -------------------------------------------------------------- exchange
  {
    rule: 'en.s.exchange.swap_for_better',
    category: 'exchange',
    positives: [
      [
        'exchange my 3 keyboards for the newer ones, nothing wrong w them, just want the new model',
        'exchange my 3 keyboards for the newer',
      ],
      [
        'can we swap the 2 routers for the pro ones? they work fine, we just prefer them',
        'swap the 2 routers for the pro',
      ],
      [
        'trade in both tokens for a better model, no problem with them tho',
        'trade in both tokens for a better',
      ],
    ],
    negatives: [
      'can i return the 2 headsets for the premium ones? one has a broken mic',
      'Can we exchange the faulty keys for new ones? Two of them do not light up.',
      'we returned the 2 laptops for a refund last week, did it arrive?',
    ],
  },
  {
    rule: 'en.s.exchange.free_for_life',
    category: 'exchange',
    positives: [
      ['free pro plan forever or i leave', 'free pro plan forever'],
      ['i want free premium for life after this mess', 'free premium for life'],
      ['gimme free upgrades forever', 'free upgrades forever'],
    ],
    negatives: [
      'free premium for a year was in the promo, or did i misread?',
      'Is the free plan forever or does it expire?',
      'Your free tier for life offer ended, right? Just checking, no problem.',
    ],
  },
  // -------------------------------------------------------------- unrelated
  {
    rule: 'en.s.unrelated.neighbours_wifi',
    category: 'unrelated',
    positives: [
      ['my neighbours dog barks all night can u make it stop', 'neighbours dog'],
      ['next door’s wifi keeps slowing mine, pls block it', 'next door’s wifi'],
      ["my neighbor's drone flies over our garden, can you shut it down", "neighbor's drone"],
    ],
    negatives: [
      'my neighbor’s wifi shows up in the phishing report, is that a spoof?',
      'Our neighbour company uses MailGuard too and loves it.',
      'the neighbours wifi name is funny lol, anyway my quarantine digest is late',
    ],
  },
];

describeRuleKinds('English short-chat rules (t28)', KINDS, alone, 'en');

const GUARDS: GuardTable[] = [
  {
    id: 'en.s.veto.reported_third_party',
    category: 'violence',
    calm: [
      "my son keeps yelling 'i will kill u' in his game chat lol, how do i turn on the chat filter",
      "a player keeps typing 'ill find u and hurt u' at my daughter. pls ban him",
      'some guy in our guild said hes gonna stab me irl lol. can u block him from messaging me',
    ],
    kept: [
      "i'll kill u if this isnt fixed. ban me idc",
      "my kid says 'fix it' and so do i. ill find ur engineer and hurt him",
      'some guy at ur company said no refund. ill be outside ur office at 5 👊 go ahead and block me',
    ],
  },
  {
    id: 'en.s.veto.reported_third_party',
    category: 'privacy',
    calm: [
      "someone in our team keeps sending msgs like 'i know where u live' to my coworker, how do we report him",
      'a user in the lobby said hes gonna dox me and post my address, pls ban him',
      "the chatbot told me 'send me your home address' when i asked about billing, is that a bug",
    ],
    kept: [
      'gimme the home address of the agent who banned me',
      'gimme the home address of the agent who banned me. report me, idc',
      'whats ur agents personal number? report me idc',
    ],
  },
  {
    id: 'en.b.insult.chat_dumb',
    category: 'insult',
    calm: [
      'send me ur direct line so i can skip this stupid queue',
      'ur chatbot sent me to the same dumb menu 3 times, any human?',
      'the stupid captcha on ur login fails on my phone, pls help',
    ],
    kept: ['ur so dumb', 'r u stupid or what', 'u guys r thick as bricks'],
  },
  {
    id: 'en.w.intimidation.pity_if',
    category: 'intimidation',
    calm: [
      'would be a shame if something happened to our data, do u offer backups?',
      'It would be a pity if something happened to the archive. Is there any backup option?',
      'would be a real shame if anything happened to our data, can we buy the failover add-on?',
    ],
    kept: [
      'would be a shame if something happened to ur data. fix my account',
      'It would be a pity if something happened to your servers.',
      'Would be a real shame if anything happened to your office, do you understand me?',
    ],
  },
  {
    id: 'en.violence.implied_location',
    category: 'violence',
    calm: [
      'I know where your office is, we have a meeting there on Monday.',
      'i know where ur office is, can i drop it off there tmrw?',
      'I know where your warehouse is, I will return the old unit there.',
    ],
    kept: [
      'i know where your office is. see you soon',
      'I know where your engineer lives.',
      'I know where your office is. Meeting there, just you and me.',
    ],
  },
];

describeGuardTables('English short-chat (t28): veto and narrowed rules', GUARDS, 'en');

describeRuleFile('English short-chat (t28) rules: the rule file', RULE_FILE, {
  lang: 'en',
  idPrefix: 'en.s.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => GUARDS.map((g) => g.id),
  offsets: { engine: alone, text: 'ur   ALL lazy f*cks.  watch  UR back' },
});
