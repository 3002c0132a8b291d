/**
 * World-English detectors (config/rules/en-world.yaml), run through the real
 * policy file and engine, so every rule file (and every veto) is in play.
 * Same table shape as rules-en-last.test.ts: one table per rule with
 * positives written for this test (not taken from any corpus) in US, UK,
 * Australian, Indian and Singaporean English, each with a fragment the rule's
 * own evidence must cover, and tricky negatives in which the whole engine
 * must not find the rule's category. The calm/kept tables at the end cover
 * this file's veto and the rules of other files narrowed for t25's false
 * alarms.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/en-world.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('en-world.yaml');

const KINDS: RuleKind[] = [
  // --------------------------------------------------------- intimidation
  {
    rule: 'en.g.intimidation.done_with_you',
    category: 'intimidation',
    positives: [
      ["fine, close it. but remember this chat, because I won't forget it", 'remember this chat'],
      ['By the time I am finished with you, your boss will know your name.', 'I am finished with you'],
      ["Your manager will hear about it once we're done with your team.", "once we're done with your team"],
    ],
    negatives: [
      'Please remember this ticket number for the audit.',
      "Once I'm done with the migration I'll send you the logs.",
      'Thanks, we will remember this conversation fondly, you were very helpful.',
    ],
  },
  {
    rule: 'en.g.intimidation.had_people_fired',
    category: 'intimidation',
    positives: [
      ["Careful. I've had agents sacked for less than this.", "I've had agents sacked"],
      ['I once got two of your reps fired, ask around.', 'got two of your reps fired'],
      ['I have had people terminated over a single rude email.', 'I have had people terminated'],
    ],
    negatives: [
      'We had staff let go in the restructuring, so please remove their licences.',
      'I had people asking about the invoice, can you resend it?',
      'Our admin got fired up about DMARC after your webinar.',
    ],
  },
  {
    rule: 'en.g.intimidation.tell_family',
    category: 'intimidation',
    positives: [
      ['I will write to ur parents about how rude u are.', 'write to ur parents'],
      ["Keep this up and I'll ring your wife and tell her what you did.", 'ring your wife'],
      ['i am going to complain to your family also, they should know', 'complain to your family'],
    ],
    negatives: [
      'I hope you have a lovely holiday with your family.',
      'I will call my wife and ask for the invoice number.',
      'Please say hello to your family, and thanks for the fix.',
    ],
  },
  {
    rule: 'en.g.intimidation.tie_you_up',
    category: 'intimidation',
    positives: [
      [
        'Audits, complaints, the lot: that will tie your legal team up for years.',
        'tie your legal team up for years',
      ],
      ["It won't matter if any of it is true, mud sticks.", "won't matter if any of it is true"],
      ['We will tie you up in red tape until you cave.', 'tie you up in red tape'],
    ],
    negatives: [
      'The migration will tie up our team for a week, so please schedule it for Monday.',
      'Does it matter whether the SPF record is flattened?',
      'Our cable ties came loose in the rack, we will fix it.',
    ],
  },
  {
    rule: 'en.g.intimidation.find_you',
    category: 'intimidation',
    positives: [
      ["I'm gonna track down your LinkedIn and your gym.", 'track down your LinkedIn'],
      ['Close my ticket again and I will find you.', 'I will find you'],
      ['we can easily look up your house, you know', 'look up your house'],
    ],
    negatives: [
      "I'll find you the headers from the bounced message in a sec.",
      'I will find your ticket number and send it over.',
      'We will track down the misconfigured rule on our side.',
    ],
  },
  // --------------------------------------------------------- restrictive
  {
    rule: 'en.g.restrictive.staying_with_me',
    category: 'restrictive',
    positives: [
      ['You are staying on this call with me until it works.', 'You are staying on this call'],
      ['No, do not put me on hold. Not again.', 'No, do not put me on hold'],
      ["Don't you dare transfer me to billing.", "Don't you dare transfer me"],
      ["We keep going until I say we're done.", "until I say we're done"],
    ],
    negatives: [
      'Please stay safe in the storm, and thanks for the update.',
      'If you can, stay on the line while I restart the router.',
      'You are staying here in the hotel for the conference, right? Lunch is on us.',
    ],
  },
  {
    rule: 'en.g.restrictive.not_closing',
    category: 'restrictive',
    positives: [
      ["You're not closing this chat. Not today.", "You're not closing"],
      ['u r not going anywhere, we finish this now', 'u r not going anywhere'],
      ["I'm not leaving this call until the export runs.", "I'm not leaving this call until"],
    ],
    negatives: [
      'Please do not close the ticket yet, we are still testing.',
      'I hope you are not closing the office for the holiday.',
      'We are not closing our account, just changing the admin.',
    ],
  },
  // --------------------------------------------------------- discriminatory
  {
    rule: 'en.g.discriminatory.nationality_staff',
    category: 'discriminatory',
    positives: [
      ['Please assign anyone, just not one of your Filipino agents.', 'not one of your Filipino agents'],
      ['Chinese developers are always sloppy, everyone knows it.', 'Chinese developers are always sloppy'],
      ['We want Japanese engineers only. No offence.', 'Japanese engineers only'],
    ],
    negatives: [
      'Could you assign an engineer who speaks Japanese? Our admins are not comfortable in English.',
      'Your Indian team is on a public holiday, so we will wait until Monday.',
      'Our Japanese staff cannot log in since the update.',
    ],
  },
  {
    rule: 'en.g.discriminatory.offshore_accent',
    category: 'discriminatory',
    positives: [
      ['Great, talking to Manila again. Wonderful.', 'talking to Manila again'],
      ['Get me somebody who speaks proper English.', 'somebody who speaks proper English'],
      ['Can I get an American agent, please?', 'Can I get an American agent'],
    ],
    negatives: [
      'My English is not good, can someone who speaks Japanese call me?',
      'Can I get an agent who speaks Korean for our Seoul team? Their English is limited.',
      'I need someone who speaks English during our business hours.',
    ],
  },
  {
    rule: 'en.g.discriminatory.girls_subject',
    category: 'discriminatory',
    positives: [
      ["Firewalls aren't a woman's job, darling.", "a woman's job"],
      ["I'd rather speak to a man about routing, love.", 'speak to a man'],
      ['Sorry sweetheart, let me talk to one of the blokes.', 'talk to one of the blokes'],
    ],
    negatives: [
      'Our warehouse lads need MFA on their shared tablets, can you advise?',
      'Is there a Women in Tech meetup at your office? Our female engineers would love to attend.',
      'Can I speak to the engineer who set it up? She knew our setup.',
    ],
  },
  {
    rule: 'en.g.discriminatory.age_belittle',
    category: 'discriminatory',
    positives: [
      ['how old are you, like fifteen? put your boss on', 'how old are you, like fifteen'],
      ['Boomers like you should not be anywhere near a firewall.', 'Boomers like you should not'],
      ["Shouldn't you be in school, kid?", "Shouldn't you be in school"],
    ],
    negatives: [
      'How old is your TLS library? We need a version number.',
      'Kids like the new login screen, my son says.',
      'Our school uses MailGuard; the teachers need a new admin.',
    ],
  },
  // ------------------------------------------------------------------ sexual
  {
    rule: 'en.g.sexual.think_about_her',
    category: 'sexual',
    positives: [
      [
        'tell the girl on the call I keep picturing her in that short dress',
        'picturing her in that short dress',
      ],
      ['I dream about you every night, you know.', 'dream about you every night'],
      ['Your receptionist in that tight top, wow.', 'that tight top'],
    ],
    negatives: [
      'What is the dress code for the on-site training?',
      'Our staff uniform supplier newsletter is being quarantined.',
      'I keep thinking about the outage last week.',
    ],
  },
  {
    rule: 'en.g.sexual.slurs',
    category: 'sexual',
    positives: [
      ['The girl on your phones is a slag.', 'a slag'],
      ['that stupid slapper on your phones hung up on me', 'slapper'],
      ['your agent dresses like a tart', 'like a tart'],
    ],
    negatives: [
      'Our bakery newsletter about lemon tart keeps getting quarantined.',
      'Your filter flagged the word slut in our HR training deck; please allow it.',
      'We sell garden tools and the hoe and rake bundle email is blocked.',
    ],
  },
  // ------------------------------------------------------------------ insult
  {
    rule: 'en.g.insult.world_names',
    category: 'insult',
    positives: [
      ['You drongos have broken the filter again.', 'drongos'],
      ['what a pillock, he hung up on me', 'pillock'],
      ['your support fellow is a duffer lah', 'duffer'],
      ['Sort it out, you bunch of numpties.', 'numpties'],
      ["You galahs broke the sync, now sort out my wife's laptop as well.", 'galahs'],
    ],
    negatives: [
      'What a drongo I am, I forgot to hit save. Ignore my last mail.',
      'My brothers are total dills with tech, so please reset their MFA.',
      'Sorry, I have been a total galah, the DNS record was wrong on our side.',
      'The git repo for our integration is on GitHub; can your engineer review the hooks?',
    ],
  },
  {
    rule: 'en.g.insult.the_idiot_who',
    category: 'insult',
    positives: [
      ['Whichever clown approved this rollout should be sacked.', 'Whichever clown approved'],
      ['tell the idiot who closed my ticket to reopen it', 'the idiot who closed'],
      ['The absolute muppet that configured our relay needs retraining.', 'muppet that configured'],
    ],
    negatives: [
      'The genius who wrote our old sync script (me) forgot the retry logic.',
      'The clown who performed at our party sent invitations that got quarantined.',
      'I was the idiot who deleted the rule, sorry!',
    ],
  },
  {
    rule: 'en.g.insult.brain_mock',
    category: 'insult',
    positives: [
      ["Your agent's brain is running on Windows 95.", 'brain is running on Windows 95'],
      ['Between the lot of you there are two brain cells.', 'two brain cells'],
      ['He is not the sharpest tool in the shed, your tech.', 'not the sharpest tool'],
    ],
    negatives: [
      'Our old server is still running on Windows XP; is the connector supported?',
      'I am not the sharpest tool when it comes to DNS, so please be patient.',
      'The brain of the system is the policy engine, right?',
    ],
  },
  {
    rule: 'en.g.insult.agent_so_stupid',
    category: 'insult',
    positives: [
      ['Wah, this agent so blur, cannot even read the ticket.', 'this agent so blur'],
      ['your engineer damn useless lah', 'your engineer damn useless'],
      ['That fellow very lazy, always say check and revert.', 'That fellow very lazy'],
    ],
    negatives: [
      'The agent was so helpful, thank you lah.',
      'This guide so useless leh, can send the updated one?',
      'The engineer was not so quick today, but it works now.',
    ],
  },
  {
    rule: 'en.g.insult.shonks',
    category: 'insult',
    positives: [
      ['You lot are total shonks.', 'shonks'],
      ['What a pack of shysters you are.', 'shysters'],
      ['this shonky outfit of yours billed me twice', 'shonky outfit'],
    ],
    negatives: [
      'The phishing mail came from scam shysters impersonating our bank; please block the sender.',
      'Our history teacher uses the word charlatans in his newsletter; it keeps getting quarantined.',
      'Is the shonky Wi-Fi on our side the reason the sync fails?',
    ],
  },
  // ---------------------------------------------------------------- violence
  {
    rule: 'en.g.violence.someone_getting_slap',
    category: 'violence',
    positives: [
      ['One of you is getting a proper hiding when I get there.', 'One of you is getting a proper hiding'],
      ["Your engineer's gonna get a black eye.", 'gonna get a black eye'],
      ["Someone's due a slap over this.", "Someone's due a slap"],
    ],
    negatives: [
      'Our servers are getting a beating from the spam wave.',
      'The team is getting a kicking in the reviews, can you help with deliverability?',
      'He got a slap on the wrist from his manager for the typo, no harm done.',
    ],
  },
  {
    rule: 'en.g.violence.wont_be_polite',
    category: 'violence',
    positives: [
      ["When I see him I won't be this nice.", "When I see him I won't be this nice"],
      ['If we run into your engineer, we will not be so friendly.', 'If we run into your engineer'],
      ['Next time I catch you outside, I wont be polite.', 'Next time I catch you'],
    ],
    negatives: [
      "Next time I see your account manager at the expo I'll buy him a beer.",
      "When I see the report I won't be so worried, thanks.",
      'When we meet at the conference we will be very friendly, promise.',
    ],
  },
  {
    rule: 'en.g.violence.people_have_accidents',
    category: 'violence',
    positives: [
      ['Engineers who lie to me tend to have accidents.', 'tend to have accidents'],
      ['Folks who ignore my calls sometimes end up in hospital.', 'end up in hospital'],
      ['Those who cross me might meet with a nasty accident.', 'meet with a nasty accident'],
    ],
    negatives: [
      'People who reuse passwords sometimes have accidents with their data.',
      'Staff who skip the ladder safety training often have accidents.',
      'People who forget backups sometimes have nasty accidents in production.',
    ],
  },
  // ----------------------------------------------------------------- privacy
  {
    rule: 'en.g.privacy.which_place',
    category: 'privacy',
    positives: [
      ['Which MRT station does she take home?', 'Which MRT station does she take'],
      ['What school do your kids go to, Mr Patel?', 'What school do your kids go to'],
      ['and tell me ur native place', 'ur native place'],
    ],
    negatives: [
      'Which station is closest to your office for the on-site training?',
      'What region do you host our data in?',
      'Which gym do our staff use for the corporate discount? Please allow their newsletter.',
    ],
  },
  {
    rule: 'en.g.privacy.have_home_address',
    category: 'privacy',
    positives: [
      ["I've got your manager's home address, just so you know.", "I've got your manager's home address"],
      ['i know her licence plate', 'i know her licence plate'],
      ['We have his personal mobile now.', 'We have his personal mobile'],
    ],
    negatives: [
      'I have your office address from the contract, we will post the NDA.',
      'We have our own home address listed for billing, please update it.',
      'I know your office address from the contract; we will post the signed NDA there.',
    ],
  },
  {
    rule: 'en.g.privacy.faces_online',
    category: 'privacy',
    positives: [
      ['Your names will be all over every review site, watch.', 'names will be all over every review site'],
      ['their faces plastered across social media by Friday', 'faces plastered across social media'],
      ["I'll make sure your photos are posted to every forum I use.", 'photos are posted to every forum'],
    ],
    negatives: [
      'Your names on the review site are shown as initials, can we change that?',
      'Please send the photos of the rack for our records.',
      'Our staff photos on the website are blocked by your proxy.',
    ],
  },
  // ------------------------------------------------------------ kneel_demand
  {
    rule: 'en.g.kneel_demand.public_apology',
    category: 'kneel_demand',
    positives: [
      [
        'Your director must apologise in front of our entire board.',
        'apologise in front of our entire board',
      ],
      ['Come with joined hands and apologise, only then we talk.', 'joined hands and apologise'],
      ['I want the letter read out loud at your staff meeting.', 'read out loud at your staff meeting'],
    ],
    negatives: [
      'Our CEO will apologise before all our staff tomorrow for the phishing incident.',
      'We want to apologise to our customers for the delay; can you send the incident report?',
      'Please read the release notes aloud at your team meeting if useful.',
    ],
  },
  // ------------------------------------------------------------- persistence
  {
    rule: 'en.g.persistence.every_morning',
    category: 'persistence',
    positives: [
      ['Every night at 11 I will email your CEO until this is fixed.', 'Every night at 11 I will email'],
      ["Every day at 8am you'll get this ticket again, until the refund.", "Every day at 8am you'll get"],
      ['every hour from now on I will ring the hotline, your move', 'every hour from now on I will ring'],
    ],
    negatives: [
      'Every morning at 9 you will receive our automated status digest.',
      'Every Monday I will send the report as agreed.',
      'Every day you will receive the spam summary until you turn it off in the console.',
    ],
  },
  // ---------------------------------------------------------------- exchange
  {
    rule: 'en.g.exchange.tier_at_old_price',
    category: 'exchange',
    positives: [
      ['Move us to Premium seats at our existing Basic price.', 'Premium seats at our existing Basic price'],
      [
        'We want the Enterprise plan for all 80 users at the current price.',
        'Enterprise plan for all 80 users at the current price',
      ],
      ['Give us Pro licences at our old Starter rate.', 'Pro licences at our old Starter rate'],
    ],
    negatives: [
      'Could you send a quote for Enterprise seats at our current rate?',
      'The Enterprise plan demo was great; what would it cost at our current seat count?',
      'How much would the Premium plan cost at the same rate for two years?',
    ],
  },
  // ---------------------------------------------------------------- excessive
  {
    rule: 'en.g.excessive.turns_up_at_door',
    category: 'excessive',
    positives: [
      [
        'I will not stop until an engineer shows up at our office.',
        'until an engineer shows up at our office',
      ],
      ['We escalate daily until someone turns up at our site.', 'until someone turns up at our site'],
      ['I keep ringing until one of you pops up at my door.', 'until one of you pops up at my door'],
    ],
    negatives: [
      'Last week someone turned up at our office claiming to be from your company; is this a scam?',
      'Please let us know when the courier turns up at our door with the key.',
      'Please let us know when your engineer is free for the remote session.',
    ],
  },
  {
    rule: 'en.g.excessive.weekly_senior_call',
    category: 'excessive',
    positives: [
      [
        "We're on the Basic plan, but we'd like a monthly review with your principal architect.",
        'monthly review with your principal architect',
      ],
      [
        'Please set up regular sessions with one of your senior engineers, free of charge.',
        'regular sessions with one of your senior engineers',
      ],
      [
        'No budget for the TAM, sadly. Could we get a daily check-in with a senior consultant?',
        'daily check-in with a senior consultant',
      ],
    ],
    negatives: [
      'Our weekly call with your TAM is in our Premium plan; can we move it to Thursday?',
      'How much would a weekly call with your senior engineers cost on the Standard plan?',
      'We had a weekly meeting with our senior engineers about the migration.',
    ],
  },
  {
    rule: 'en.g.excessive.translate_all_docs',
    category: 'excessive',
    positives: [
      [
        'Translate the entire knowledge base into Tamil for us by Friday.',
        'Translate the entire knowledge base',
      ],
      ['Pls translate all your training videos to Vietnamese.', 'translate all your training videos'],
      ['We need you to translate every admin guide into Thai.', 'translate every admin guide'],
    ],
    negatives: [
      'Do you have plans to translate all the admin guides into Bahasa Indonesia?',
      'Our team translated all the user guides already; can you review one page?',
      'Can you translate the error message in the screenshot? It is in German.',
    ],
  },
  // ----------------------------------------------------------------- monetary
  {
    rule: 'en.g.monetary.free_licences_for',
    category: 'monetary',
    positives: [
      ['Since we gave you a testimonial, the coming year should be free.', 'coming year should be free'],
      ['We want a free renewal in exchange for the logo on your site.', 'free renewal in exchange for'],
      [
        'As loyal customers, our next renewal would be complimentary, surely.',
        'next renewal would be complimentary',
      ],
    ],
    negatives: [
      'As agreed in the reference customer agreement, our first year is free; please confirm the invoice is zero.',
      'Per the contract, the next year of licences is free because we joined the referral programme; please send a zero invoice.',
      'Thanks for featuring us; the case study looks great.',
    ],
  },
  {
    rule: 'en.g.monetary.months_fees_back',
    category: 'monetary',
    positives: [
      [
        'Refund us the past six months of subscription fees.',
        'Refund us the past six months of subscription fees',
      ],
      [
        'I want the previous two quarters of licence fees paid back.',
        'previous two quarters of licence fees paid back',
      ],
      ['Return the whole year of fees, we barely used it.', 'Return the whole year of fees'],
    ],
    negatives: [
      'Under the terms, please refund the last two months of fees since we were double-charged.',
      'We were billed twice; as per the terms, please credit back the last two months of fees.',
      'Can you send the invoices for the last three months of fees?',
    ],
  },
  // ---------------------------------------------------------------- unrelated
  {
    rule: 'en.g.unrelated.other_vendor_product',
    category: 'unrelated',
    positives: [
      [
        'Our branch is on Proofpoint instead of you lot; could you fix their quarantine rules?',
        'instead of you lot',
      ],
      [
        'My mate uses some other vendor’s firewall, you will sort it out for him.',
        'some other vendor’s firewall',
      ],
      [
        'The sister company went with a different provider. Can you debug their gateway?',
        'went with a different provider',
      ],
    ],
    negatives: [
      'We are moving from Mimecast to MailGuard next month; could you help with the MX cutover?',
      'Our subsidiary uses another vendor instead of you; can they join our tenant with new licences?',
      'We use Okta instead of your SSO; can you help connect it to Shirogane ID?',
    ],
  },
  {
    rule: 'en.g.unrelated.relatives_business',
    category: 'unrelated',
    positives: [
      ["My cousin's dental clinic has a broken mail server, please fix it.", "cousin's dental clinic"],
      ["Can you set up the printer at my uncle's shop?", "uncle's shop"],
      ["My neighbour's startup needs a website, you'll help them.", "neighbour's startup"],
    ],
    negatives: [
      "My brother-in-law's company is also a Shirogane customer; can they join our tenant?",
      "My friend's firm is interested in MailGuard; could you send pricing?",
      'My brother and I run the company; he will be the second admin.',
    ],
  },
  {
    rule: 'en.g.unrelated.write_our_policy',
    category: 'unrelated',
    positives: [
      ['We need an HR handbook. Could your team write it for us?', 'HR handbook'],
      ['Can one of you draft our travel policy by Friday?', 'travel policy'],
      ['Our marketing strategy is overdue. Can you put together one for us?', 'marketing strategy'],
    ],
    negatives: [
      'Our marketing team is drafting a social media policy; does MailGuard log posts sent from Outlook?',
      'Could you send your template for an email acceptable use policy?',
      'We updated our HR policy, please update the admin contacts.',
    ],
  },
  {
    rule: 'en.g.unrelated.office_entertainment',
    category: 'unrelated',
    positives: [
      ['Can someone help set up Spotify on the office speakers? Sonos, I think.', 'Spotify'],
      ['could you fix the projector in meeting room 3 please', 'projector'],
      ['Any chance you could connect the Xbox to the break room TV for Friday?', 'Xbox'],
    ],
    negatives: [
      'The boardroom TV keeps getting phishing test emails; can you block that sender?',
      'Netflix newsletters are being quarantined for all users; please check the filter.',
      'We allow Spotify traffic through the proxy, is that a problem for Transfer?',
    ],
  },
  // ------------------------------------------------------ more constructions
  {
    rule: 'en.g.intimidation.make_scene_office',
    category: 'intimidation',
    positives: [
      ['Tomorrow I go your office and make big noise.', 'go your office and make big noise'],
      [
        "I'll come down to your office and make a scene in reception.",
        'come down to your office and make a scene',
      ],
      ['I will show up at your branch and create tamasha.', 'show up at your branch and create tamasha'],
    ],
    negatives: [
      'Can I come to your office to collect the hardware token?',
      'The fire alarm test at your office made a lot of noise on the call.',
      'We will come to your office for the workshop on Tuesday.',
    ],
  },
  {
    rule: 'en.g.defamation.tell_everyone',
    category: 'defamation',
    positives: [
      ["Dodgy lot. I'll be warning everyone in the industry.", 'warning everyone in the industry'],
      ['You are cheats, and I will tell everybody I know.', 'tell everybody I know'],
      [
        'Scammers, the lot of you. Gonna let every business in Penang know.',
        'let every business in Penang know',
      ],
    ],
    negatives: [
      "Brilliant fix! I'll be telling everyone in the user group.",
      'I will tell everyone in our team to update the app.',
      'We will let everyone in the office know about the phishing test.',
    ],
  },
];

describeRuleKinds('English world rules', KINDS, alone, 'en');

const GUARDS: GuardTable[] = [
  {
    id: 'en.g.veto.half_expected_kneel',
    category: 'kneel_demand',
    calm: [
      'He apologised so often I half expected him to get down on his knees. No need, really!',
      'She was so sorry I almost expected her to bow to the floor; please tell her it is fine.',
      'Your engineer practically grovelled over a two-minute delay, bless him.',
    ],
    kept: [
      'Get down on your knees and apologise.',
      'I expect your manager on his knees in our lobby.',
      'Grovel, then we will talk.',
    ],
  },
  // Rules of other files narrowed for t25's false alarms (calm: the whole
  // engine keeps the category out; kept: still found).
  {
    id: 'en.sexual.advances',
    category: 'sexual',
    calm: [
      'We are a lingerie brand and our product photos keep getting quarantined.',
      'Our store sells lingerie and swimwear; the newsletter bounces.',
      'The lingerie collection launch mail was flagged as adult content.',
    ],
    kept: [
      'Send me a photo of you in lingerie.',
      'I bet you wear lingerie under that uniform.',
      'What colour is your lingerie, sweetheart?',
    ],
  },
  {
    id: 'en.violence.assault',
    category: 'violence',
    calm: [
      "I'll shoot you an email once I've nailed it.",
      'Can you shoot me over the updated DPA?',
      "We'll shoot you a quick note with the headers.",
    ],
    kept: [
      "I'll shoot you if you close my ticket again.",
      'I swear I will punch you.',
      "Someone's going to shoot the engineer one day.",
    ],
  },
  {
    id: 'en.unrelated.personal_device',
    category: 'unrelated',
    calm: [
      'Can we restrict Transfer uploads to company-managed devices? Our auditors flagged personal laptops.',
      'Please prevent downloads to personal phones, our policy forbids it.',
      'Only managed devices should reach MailGuard; personal laptops are a risk.',
    ],
    kept: [
      "Can you fix my wife's iPad? It won't update.",
      'Please help me set up my personal Gmail on my home PC.',
      "Could you look at my son's gaming laptop?",
    ],
  },
  {
    id: 'en.y.monetary.refund_acknowledged',
    category: 'monetary',
    calm: [
      'Our newsletter ("Summer sale: up to 40% off") is flagged; we know it is not your fault, please advise.',
      'Even though it is our own promo, the up to 30% off banner is blocked.',
      'Our campaign says up to 50% off and gets quarantined anyway.',
    ],
    kept: [
      'I know the terms do not cover it, but we want 40% off next year for the outage.',
      'Even though it is not covered, please give us a full refund.',
      'We understand it is non-refundable; refund us anyway.',
    ],
  },
  {
    id: 'en.privacy.real_name',
    category: 'privacy',
    calm: [
      'Listen, Ahmed, or whatever your real name is, fix my MFA.',
      'Thanks Bob, or whatever his real name is, for the help.',
      'Raj, or whatever your real name is, the export failed again.',
    ],
    kept: [
      "What's your real name? Not the alias.",
      'Give me the full name of the engineer who did this.',
      'Tell me her real name.',
    ],
  },
  {
    id: 'en.intimidation.destroy',
    category: 'intimidation',
    calm: [
      "I'll find you the headers from the bounced message in a sec.",
      'I will find you a better time slot for the call.',
      "We'll find you the logs from Tuesday.",
    ],
    kept: ['I will find you.', "I'll destroy you.", 'I will bury you in complaints.'],
  },
  {
    id: 'en.n.insult.that_idiot_named',
    category: 'insult',
    calm: [
      'That clown emoji in the subject line triggered your spam filter; can you check?',
      'This clown costume shop newsletter gets quarantined.',
      'That muppet show promo mail was blocked.',
    ],
    kept: ['That idiot Kevin closed my ticket.', 'Your clown Sharma hung up on me.', 'this moron Dave again'],
  },
  {
    id: 'en.b.restrictive.keep_until',
    category: 'restrictive',
    calm: [
      "I'm staying right here in the office until the cutover finishes, call me if needed.",
      'We will stay on site until the migration is complete.',
      'We will be staying on site until the switchover is complete.',
    ],
    kept: [
      'You stay on this line until I get my refund.',
      "We're staying in your lobby until the CEO comes down.",
      'Your engineer will stay here until it works.',
    ],
  },
];

describeGuardTables('English world vetoes and narrowed rules', GUARDS, 'en');

describeRuleFile('English world rules: the rule file', RULE_FILE, {
  lang: 'en',
  idPrefix: 'en.g.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => GUARDS.filter((g) => g.id.startsWith('en.g.')).map((g) => g.id),
  offsets: { engine: alone, text: 'You  DRONGOS!  I\u2019ve had   people FIRED for less.' },
});
