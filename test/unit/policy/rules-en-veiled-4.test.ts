/**
 * Indirect menace, sarcasm, polite coercion, veiled threats and fast chat (config/rules/en-veiled-4.yaml, ids
 * en.v4.*): from the English items of the training sets t79 and t80 and the rule writer's own probes. One table per
 * rule, with positives written for this test (not taken from any corpus) and calm look-alikes sharing the trigger
 * words; one calm/kept table per veto.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/en-veiled-4.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('en-veiled-4.yaml');

const KINDS: RuleKind[] = [
  {
    rule: 'en.v4.violence.my_guys_know_where',
    category: 'violence',
    positives: [
      [
        'my boys know where your support guys park. fix it today',
        'my boys know where your support guys park',
      ],
      [
        'Just so you know, our lads found out where ur night shift goes for lunch. Refund us.',
        'our lads found out where ur night shift goes for lunch',
      ],
      [
        "My friends know where that engineer of yours lives, so I'd get this sorted.",
        'My friends know where that engineer of yours lives',
      ],
    ],
    negatives: [
      'My guys know where the best ramen near your office is, we should all go after the launch!',
      'Our people know where your office is and will drop off the signed contract on Monday.',
      'my guys know where the config file lives, no worries, we found it',
    ],
  },
  {
    rule: 'en.v4.intimidation.not_at_office_at_home',
    category: 'intimidation',
    positives: [
      [
        'I want to talk to the engineer who closed my ticket. Not at the office. At his home.',
        'Not at the office. At his home',
      ],
      [
        'Give me her address, I\'d like to thank her personally at her home for all this "help".',
        'thank her personally at her home',
      ],
      [
        "We'll discuss it - not at your office, but at your own front door.",
        'not at your office, but at your own front door',
      ],
      ["I'd love to thank her in person. At her place, not the office.", 'At her place, not the office'],
    ],
    negatives: [
      'He works from home on Fridays, not at the office, so the VPN issue happens at his home.',
      'Please do not send the hardware to the office address; our admin is working from home this month.',
      'Our admin wants to test the client not at the office but at his home network to compare speeds.',
    ],
  },
  {
    rule: 'en.v4.intimidation.funny_what_you_can_find',
    category: 'intimidation',
    positives: [
      [
        'Ms. Tanaka has such a nice name. Funny what you can find online these days.',
        'Funny what you can find online',
      ],
      [
        'Your agent signs his emails with his full name. Amazing what one can dig up with a name and a photo.',
        'Amazing what one can dig up with a name',
      ],
      [
        "I looked your engineer up. Interesting what you can find in the electoral roll, isn't it?",
        'Interesting what you can find in the electoral roll',
      ],
    ],
    negatives: [
      'Funny what you can find on LinkedIn these days - our own staff overshare, can your DLP flag it?',
      'Our red team report shows how much attackers can find; funny what you can find online about our executives.',
      'Amazing what you can find in the admin console once the new filters are on.',
    ],
  },
  {
    rule: 'en.v4.intimidation.wont_still_be_working_there',
    category: 'intimidation',
    positives: [
      [
        "I've saved every reply Mr. Sato sent. Once my note reaches your CEO, I doubt he'll still be working there by spring.",
        "doubt he'll still be working there",
      ],
      [
        "Forwarding all this to your boss. Can't see her keeping her job after that.",
        "Can't see her keeping her job",
      ],
      [
        "If this goes to your director I don't think you'll still be employed there next month.",
        "don't think you'll still be employed there",
      ],
    ],
    negatives: [
      "Our old account manager is retiring, so I doubt he'll still be working there by spring.",
      "I don't think she's going to be working there after the transfer to the Osaka office, right?",
      "I wonder if he'll still be working on the migration after the handover.",
    ],
  },
  {
    rule: 'en.v4.intimidation.see_how_that_looks',
    category: 'intimidation',
    positives: [
      [
        "Go ahead and cancel my account. We'll see how that looks on the front page.",
        "We'll see how that looks on the front page",
      ],
      [
        "Refuse the refund then. Let's see how your CEO looks in the papers.",
        "Let's see how your CEO looks in the papers",
      ],
      [
        "Have me removed from the building. I'll see how it plays on Twitter.",
        "I'll see how it plays on Twitter",
      ],
    ],
    negatives: [
      "We'll see how it looks in the new UI once the patch is out.",
      "Let's see how that looks on our marketing site after the rebrand; send me the logo files.",
      'We will see how the press release reads on the news wire before approving it.',
    ],
  },
  {
    rule: 'en.v4.intimidation.on_the_board_of_your',
    category: 'intimidation',
    positives: [
      [
        "Our chairman sits on the board of your biggest customer. Just so you're aware.",
        'Our chairman sits on the board of your biggest customer',
      ],
      [
        "My father-in-law sits on the board of your largest investor. I'm sure you understand.",
        'My father-in-law sits on the board of your largest investor',
      ],
      [
        'FYI I am on the advisory board of your parent company.',
        'I am on the advisory board of your parent company',
      ],
    ],
    negatives: [
      "Our CEO sits on the board of your biggest reseller, so we'd love an introduction to your channel team.",
      'For compliance, please note our CFO is on the board of your largest customer; we declare this as a conflict of interest.',
      'Our chairman sits on the board of your main distributor and was very happy with the rollout. Thank you!',
    ],
  },
  {
    rule: 'en.v4.intimidation.keep_it_that_way',
    category: 'intimidation',
    positives: [
      [
        "Nice photo of your support team at the company picnic. Everyone's smiling. Let's keep it that way.",
        "Let's keep it that way",
      ],
      [
        "Ms. Ueda's kids look happy in her profile picture. I'd like to keep it that way.",
        "I'd like to keep it that way",
      ],
      ['your team seems really happy over there. hope it stays that way', 'hope it stays that way'],
    ],
    negatives: [
      "Our uptime has been perfect since the migration and everyone is happy. Let's keep it that way!",
      "Your team was so helpful and our staff are happy with the new console. Let's keep it that way, thanks!",
      'The tenant is finally stable and the users are happy. We hope it stays that way after the patch.',
    ],
  },
  {
    rule: 'en.v4.privacy.surname_in_town',
    category: 'privacy',
    positives: [
      [
        "Your engineer's surname is pretty rare around Setagaya. Just an observation.",
        'surname is pretty rare around Setagaya',
      ],
      [
        "Her family name isn't exactly common in Kobe, is it? Get the export working.",
        "isn't exactly common in Kobe",
      ],
      [
        "Mr. Oikawa's name is quite unusual in Sendai. I'm sure he knows that.",
        'name is quite unusual in Sendai',
      ],
    ],
    negatives: [
      'The surname Watanabe is very common in Tokyo, so our directory has three; please check the sync.',
      "Our CFO's last name is rare in Sapporo, so the bank flagged the transfer; can you whitelist the bank's domain?",
      'The name is quite common in Nagoya, so two of our users share it; can you merge the duplicate accounts?',
    ],
  },
  {
    rule: 'en.v4.privacy.not_many_of_that_name',
    category: 'privacy',
    positives: [
      [
        "Ms. Ikeda, is it? There aren't that many Ikedas in Tottori.",
        "There aren't that many Ikedas in Tottori",
      ],
      [
        "I noticed the engineer's name on the ticket. Can't be too many Kuwaharas living in Chofu.",
        "Can't be too many Kuwaharas living in Chofu",
      ],
      [
        'Your agent signs as Mr. Fujisawa. There cannot be many Fujisawas in Kamakura.',
        'There cannot be many Fujisawas in Kamakura',
      ],
    ],
    negatives: [
      "There can't be many users in Osaka affected by this, can you check his account?",
      "Our engineer says there aren't many tenants in Kyushu on the old version.",
      "His team noted there aren't many Fridays in December without a change freeze.",
    ],
  },
  {
    rule: 'en.v4.privacy.funny_what_you_can_find',
    category: 'privacy',
    positives: [
      [
        'Ms. Tanaka has such a nice name. Funny what you can find online these days.',
        'Funny what you can find online',
      ],
      [
        "I looked your engineer up. Interesting what you can find in the electoral roll, isn't it?",
        'Interesting what you can find in the electoral roll',
      ],
      [
        'Your agent has an unusual surname. Scary what you can find in a phone book.',
        'Scary what you can find in a phone book',
      ],
    ],
    negatives: [
      'Funny what you can find on LinkedIn these days - our own staff overshare, can your DLP flag it?',
      'Our red team report shows how much attackers can find; funny what you can find online about our executives.',
      'Amazing what you can find in the admin console once the new filters are on.',
    ],
  },
  {
    rule: 'en.v4.privacy.personal_id_of_the_girl_who',
    category: 'privacy',
    positives: [
      [
        'Can I get the private Instagram of the lady who ran our training on Tuesday? Just to say thanks ;)',
        'private Instagram of the lady who',
      ],
      [
        'Send me the personal number of that young woman from your onboarding team.',
        'personal number of that young woman from',
      ],
      [
        "What's the personal WhatsApp of the guy who fixed our mail flow? Want to chat outside work.",
        'personal WhatsApp of the guy who',
      ],
    ],
    negatives: [
      'Please do not share the personal email of the trainer who ran our session; the work one is fine.',
      'Could you send the personal account of the consultant from our own staff to the admin group?',
      'Can you confirm the personal data of the person who unsubscribed has been deleted under GDPR?',
    ],
  },
  {
    rule: 'en.v4.privacy.pic_of_yourself',
    category: 'privacy',
    positives: [
      ['send a selfie first so i know who im chatting with 😉', 'send a selfie'],
      ['dm me a pic of urself so i know who im dealing with', 'dm me a pic of urself'],
      ['can u share a photo of yourself? want to see what u look like', 'share a photo of yourself'],
    ],
    negatives: [
      "Can you send a photo of the error screen so we know what you're seeing?",
      'Send us a pic of the device label so we can identify the model.',
      'Please share a photo of your badge for site access on Tuesday.',
    ],
  },
  {
    rule: 'en.v4.defamation.drafts_until',
    category: 'defamation',
    positives: [
      [
        'The review is written and saved in my drafts until Friday. Refund us and it never sees daylight.',
        'saved in my drafts until',
      ],
      ['My thread about your "security" company is not posted. Yet.', 'not posted. Yet.'],
      ["i have a reddit post ready to go. one click and it's live. ur call", "one click and it's live"],
      [
        'Whether this blog post stays unpublished is up to you now.',
        'Whether this blog post stays unpublished is up to you',
      ],
    ],
    negatives: [
      "I've written a draft of the case study; it's sitting in my drafts for your approval before we publish.",
      "Our release notes aren't published yet. Can you confirm the new version number?",
      'The draft post is saved in my drafts folder for now - let me know if anything needs changing before it goes on our blog.',
      'The post is one click away from being live on our company blog; can you review the screenshots?',
    ],
  },
  {
    rule: 'en.v4.defamation.might_make_a_fun_thread',
    category: 'defamation',
    positives: [
      [
        "I've got screenshots of all your agents' replies. Would make a great Reddit thread, no pressure.",
        'Would make a great Reddit thread',
      ],
      [
        'Your names and faces, side by side with what you wrote. Might make a juicy LinkedIn post one day.',
        'Might make a juicy LinkedIn post',
      ],
      [
        'This whole saga could make an entertaining blog post: the vendor who lost our backups. Just saying.',
        'could make an entertaining blog post',
      ],
    ],
    negatives: [
      'Your team was amazing during the outage - this would make a great case study, with your permission.',
      'The migration story might make a fun blog post for our engineering team; thanks for all the help!',
      "Our intern's screenshots of the new dashboard would make a nice post on our internal wiki.",
    ],
  },
  {
    rule: 'en.v4.defamation.scam_slide_at_event',
    category: 'defamation',
    positives: [
      [
        'My keynote at the summit next month opens with one slide: Tsukuyomi = scammers.',
        'My keynote at the summit',
      ],
      [
        "I'm presenting at the Osaka meetup. My first slide calls you a fraud, with your support replies underneath.",
        'first slide',
      ],
      ['Kairos Scam Inc, right on my opening slide at the user group next week.', 'opening slide'],
    ],
    negatives: [
      'My talk at the conference is about phishing scams targeting accounting teams; can I use your detection stats?',
      'My opening slide at the meetup thanks your team for the fast breach response.',
      'Our presentation at the summit covers how to spot scam emails; can you share a sample?',
    ],
  },
  {
    rule: 'en.v4.defamation.what_those_pages_might_look_like',
    category: 'defamation',
    positives: [
      [
        "Imagine what your G2 ratings might look like by Monday if this isn't refunded.",
        'Imagine what your G2 ratings might look like by',
      ],
      [
        'I have 30 staff accounts. Picture how those review pages will look next week unless the credit comes through.',
        'Picture how those review pages will look next',
      ],
      ["Your Capterra stars won't last if nobody calls me back today.", "Your Capterra stars won't last"],
    ],
    negatives: [
      'Imagine what your pages might look like after the redesign - our marketing team loves the new layout.',
      'Think about how the review pages look on mobile; the stars overlap the text.',
      'I wonder what our own ratings will look like once we launch the new app.',
    ],
  },
  {
    rule: 'en.v4.defamation.no_proof_needed',
    category: 'defamation',
    positives: [
      ['filming a tiktok saying ur company sells our data. dont need proof lol', 'dont need proof'],
      [
        "I'll post a thread that you fake your uptime stats. Who needs evidence, it'll get retweets.",
        'Who needs evidence',
      ],
      [
        'Blog post going up tonight: your staff read our mail. Proof or not, people will believe it.',
        'Proof or not',
      ],
    ],
    negatives: [
      "We don't need proof of delivery for the upload, the video arrived fine.",
      "Our marketing video doesn't need sources, it's just a product tutorial.",
      'We no longer need evidence for the audit; the auditors accepted the logs. Please close the ticket.',
    ],
  },
  {
    rule: 'en.v4.insult.for_brains',
    category: 'insult',
    positives: [
      ['your tech has rocks for brains, put someone else on it', 'has rocks for brains'],
      ['Whoever wrote this KB article clearly has sh*t for brains.', 'for brains'],
      ['tell shit-for-brains in tier 2 to read the logs', 'shit-for-brains'],
    ],
    negatives: [
      'I must have rocks for brains, I forgot to enable the connector. Sorry!',
      "The scarecrow in the Wizard of Oz had straw for brains - that's our mascot for the phishing training.",
      'Our intern has mush for brains today after the long night, sorry if his ticket was unclear.',
    ],
  },
  {
    rule: 'en.v4.insult.sarcastic_medal',
    category: 'insult',
    positives: [
      [
        'Three days to tell me to restart. Do they give you a medal for that?',
        'Do they give you a medal for that',
      ],
      ['Is reading comprehension optional in your hiring process?', 'Is reading comprehension optional'],
      ['imagine being this bad at ur job lol', 'imagine being this bad at ur job'],
    ],
    negatives: [
      'Do they give certificates for completing the phishing awareness training?',
      'Is reading the release notes a requirement before upgrading to 6.2?',
      'Our trainers hand out medals for the best phishing reports each month; can the console export the counts?',
    ],
  },
  {
    rule: 'en.v4.insult.company_run_by_clowns',
    category: 'insult',
    positives: [
      ['what a circus run by clowns. fix the sync', 'run by clowns'],
      ['Honestly this is a company staffed by amateurs and liars.', 'company staffed by amateurs'],
      ['Your helpdesk is run by a bunch of monkeys.', 'helpdesk is run by a bunch of monkeys'],
      ['ur support is run by bots and idiots', 'support is run by bots and idiots'],
    ],
    negatives: [
      'We reported a fake site run by crooks impersonating your login page.',
      'This phishing email claims to be from a company run by thieves; please block the sender.',
      'Our warehouse is run by a small team from the local university, so please be patient with their questions.',
    ],
  },
  {
    rule: 'en.v4.discriminatory.pass_me_to_a_man',
    category: 'discriminatory',
    positives: [
      [
        'no offence hun, but can you put me through to a guy who actually knows networking',
        'put me through to a guy',
      ],
      ['Listen dear, transfer me to one of the men, this is technical.', 'transfer me to one of the men'],
      ["Can I speak to a man please? Women don't get firewalls.", 'Can I speak to a man'],
    ],
    negatives: [
      'Could you pass me to the guy who set up our SSO last week? He knows the config.',
      "Please pass me to one of the guys from yesterday's call, they had the logs.",
      'no offence but can you connect me to the engineer named Ken who did our migration?',
    ],
  },
  {
    rule: 'en.v4.sexual.looks_wasted_on_job',
    category: 'sexual',
    positives: [
      ['ur face is totally wasted on a helpdesk job lol', 'face is totally wasted on a helpdesk'],
      [
        'Your profile photo is honestly wasted in a call centre.',
        'profile photo is honestly wasted in a call centre',
      ],
      ["Her smile's wasted behind that support headset.", "smile's wasted behind that support headset"],
    ],
    negatives: [
      'Her talent is wasted on a support desk; she should be a solutions architect.',
      'Your skills are wasted in this role, you should apply for the engineering team.',
      'The budget is wasted on a support job nobody reads.',
    ],
  },
  {
    rule: 'en.v4.sexual.without_a_desk_between_us',
    category: 'sexual',
    positives: [
      [
        "I'd like to meet her in person, somewhere without a counter between us.",
        'somewhere without a counter between us',
      ],
      [
        "Let's talk about the renewal over dinner, you and me, somewhere more intimate.",
        'somewhere more intimate',
      ],
      ["Next time I'm in Tokyo I want to see you without a desk between us.", 'without a desk between us'],
    ],
    negatives: [
      'Could we book a meeting room somewhere more private for the workshop with our auditors?',
      "Let's find a place without a partition between us and our team for the training day.",
      'Could we do the demo somewhere more private? Our colleagues will join via screen-share.',
    ],
  },
  {
    rule: 'en.v4.monetary.something_shows_sincerity',
    category: 'monetary',
    positives: [
      [
        "Your VP should come with a little something that reflects your company's remorse.",
        "a little something that reflects your company's remorse",
      ],
      [
        'Please prepare a settlement which truly reflects your regret for the outage.',
        'settlement which truly reflects your regret',
      ],
      [
        'Your director will bring something that shows his sincerity when he visits.',
        'bring something that shows his sincerity',
      ],
    ],
    negatives: [
      'Please send a written report that shows your sincerity about fixing this.',
      "I'd like your manager to bring a letter that reflects your seriousness about this.",
      'Your engineer showed real sincerity on the call; thank you for the quick fix.',
    ],
  },
  {
    rule: 'en.v4.monetary.throw_in_free_year',
    category: 'monetary',
    positives: [
      [
        "downtime cost us a week of sales. chuck in two free months and we're even",
        'chuck in two free months',
      ],
      ['The credit is peanuts. Give us a free year or we cancel.', 'Give us a free year'],
      ["sla credit is a joke, toss in 6 months free and we're square", 'toss in 6 months free'],
    ],
    negatives: [
      'Your sales rep offered to throw in a free month if we sign before Friday, is that still valid?',
      "Could you add a free month to our trial? We're still evaluating.",
      'As agreed in the quote, please add a free year to our three-year renewal.',
    ],
  },
  {
    rule: 'en.v4.monetary.discount_or_else',
    category: 'monetary',
    positives: [
      [
        "If the renewal isn't cut by half, every one of our 20 subsidiaries posts a review.",
        "renewal isn't cut by half",
      ],
      [
        'Our licence fees get slashed by 40% this year, or we tell everyone at the user group.',
        'fees get slashed by 40%',
      ],
      ["Think about it: 50% off next year's renewal, otherwise we leave.", "50% off next year's renewal"],
    ],
    negatives: [
      "Is there any chance of a 20% discount on our renewal since we're a non-profit?",
      'Our renewal was discounted by 15% as offered by your sales team; please confirm the invoice.',
      'Do you offer 30% off the renewal for multi-year contracts?',
      'Is 15% off the renewal still available if we sign before June?',
    ],
  },
  {
    rule: 'en.v4.exchange.lost_replace_free',
    category: 'exchange',
    positives: [
      [
        'my kid dropped the appliance in the bath lol. send us a new one, free obviously',
        'send us a new one',
      ],
      [
        'We misplaced two of the YubiKeys at the conference. Please ship replacements at no charge.',
        'ship replacements',
      ],
      ["Our intern broke the card reader. Replace it for free, we're a big customer.", 'Replace it for free'],
    ],
    negatives: [
      'We lost two hardware keys at the offsite. How much would replacements cost?',
      'Our office manager lost a token; please send a new one and invoice us.',
      'The appliance arrived dead on arrival, please send a replacement free of charge under warranty.',
    ],
  },
];

const VETOES: GuardTable[] = [
  {
    id: 'en.v4.veto.sarcasm_at_design',
    category: 'insult',
    calm: [
      'Bravo, a masterpiece of UX. Is there an API for bulk release?',
      'Wow, the new settings page is a true masterpiece of UI design. Where did the export button go?',
      'Oh brilliant, another triumph of UI design. Where is the export now?',
    ],
    kept: [
      'Your developers are idiots, truly a masterpiece of UX.',
      'What a masterpiece of UX, you clowns.',
      'A masterpiece of stupidity from your useless team.',
    ],
  },
  {
    id: 'en.v4.veto.curt_correction',
    category: 'insult',
    calm: [
      'no thats wrong. read the ticket again pls.',
      'wrong cert. read the ticket again. SP not IdP',
      "no. that's not what i asked. please re-read my message. thanks",
    ],
    kept: [
      'thats wrong. read the ticket again, are you illiterate?',
      'no thats wrong, read my message again you moron',
      'wrong again, idiot. read the ticket.',
      'Hey dummies, read my ticket.',
      'Read the ticket, you absolute turnip.',
    ],
  },
  {
    id: 'en.v4.veto.manager_callback',
    category: 'excessive',
    calm: [
      'I want a written explanation, and I want your manager to call me this afternoon.',
      'I expect your manager to phone me before five, and a written report by Friday.',
      "This is the third time. I'd like your supervisor to ring me this afternoon.",
    ],
    kept: [
      'I want your manager to call me tonight at midnight, on the weekend too.',
      'We need a dedicated engineer on site and your manager to call us every day.',
      'I want your manager to call me every morning at 7am until this is fixed.',
    ],
  },
  {
    id: 'en.v4.veto.apology_disclaimed',
    category: 'kneel_demand',
    calm: [
      'Nobody at your company needs to grovel, fly here to apologise, or write us a letter.',
      'No one needs to kneel or travel to Osaka to say sorry.',
      "We don't expect your CEO to write us a formal apology letter.",
    ],
    kept: [
      'Nobody needs to grovel, but your director will come here and apologise in person.',
      'Your president will come to our office and bow before our staff.',
      "I don't need an email, your manager must come to our office and apologise in person.",
    ],
  },
  {
    id: 'en.v4.veto.keep_in_mind_signoff',
    category: 'violence',
    calm: [
      'P.S. I have kept every reply. Just something to keep in mind while you look at this.',
      'My board reads these tickets too. Just something to bear in mind when you reply.',
      'Just something to keep in mind while you look at this.',
    ],
    kept: [
      'I know where you park. Something to keep in mind on your walk to the car tonight.',
      'People get hurt in dark car parks. Just something to keep in mind.',
      "I'll be waiting outside your office at six. Just something to think about.",
    ],
  },
  {
    id: 'en.v4.veto.staying_on_the_line',
    category: 'persistence',
    calm: [
      "I'll still be here. This call doesn't end until your engineer joins it.",
      "This call doesn't end until someone from engineering joins. I've got all day.",
      'Put me on hold, transfer me, whatever. I will still be here.',
    ],
    kept: [
      "I'm not hanging up, and I'll call back every hour after that.",
      'I will call every day until you fix it.',
      "I'll keep calling until I get a refund, and this call doesn't end until then.",
    ],
  },
  {
    id: 'en.v4.veto.sit_in_under_way',
    category: 'excessive',
    calm: [
      "I'm sitting in your ground floor lobby right now. I'm not leaving until an engineer fixes our SSO in front of me.",
      "We are in your reception as I write this. We're not leaving until someone fixes the sync in front of us.",
      "I'm not leaving until an engineer comes down and fixes our mail relay in front of me. Call whoever you like.",
    ],
    kept: [
      "I'll be at your reception at 9 tomorrow and I'm not leaving until an engineer fixes it in front of me.",
      "I'm sitting in your lobby right now. Send an engineer to our Osaka office tonight to fix it in front of me.",
      "We're coming to your front desk on Monday and we'll sit there until your engineer fixes it in front of us.",
    ],
  },
  {
    id: 'en.v4.veto.customs_of_a_country',
    category: 'discriminatory',
    calm: [
      'I am sure someone at his level understands what sincerity looks like in Japan.',
      'Someone of your rank surely knows what good faith means in Japanese business.',
      "I'm sure your CEO understands what accountability means in this country.",
    ],
    kept: [
      'Foreigners like your agent never understand what respect means in Japan.',
      'Your agent has a thick accent and does not know how things are done in Japan.',
      "Women like her don't understand what responsibility means in our culture.",
    ],
  },
];

describeRuleKinds('English indirect menace and fast chat (t79 / t80)', KINDS, alone, 'en');
describeGuardTables('English vetoes for calm look-alikes (t79 / t80)', VETOES, 'en');

describeRuleFile('English indirect menace and fast chat (t79 / t80): the rule file', RULE_FILE, {
  lang: 'en',
  idPrefix: 'en.v4.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => VETOES.map((g) => g.id),
});
