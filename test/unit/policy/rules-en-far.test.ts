/**
 * Fifth-wave English detectors and vetoes (config/rules/en-far.yaml), run
 * through the real policy file and engine, so every rule file (and every veto)
 * is in play. Same table shape as rules-en-wide.test.ts: one table per rule
 * with positives written for this test (not taken from any corpus), each with
 * a fragment the rule's own evidence must cover, and tricky negatives in which
 * the whole engine must not find the rule's category. Vetoes have tables of
 * calm messages (the category must stay out) and kept ones (still found).
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/en-far.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('en-far.yaml');

const KINDS: RuleKind[] = [
  // --------------------------------------------------------------- insult
  {
    rule: 'en.f.insult.emoji',
    category: 'insult',
    positives: [
      ['🖕 here is what I think of your update', '🖕'],
      ['two hours for a password reset 🤡🤡', '🤡🤡'],
      ['🤡 <- your helpdesk, in one picture', '🤡 <- your'],
      ['you people 🤡 never read the logs', 'you people 🤡'],
    ],
    negatives: [
      'The clown emoji in our phishing awareness slides is not rendering in Outlook, can you check?',
      'Our marketing team used a 🎉 in the subject line and the filter quarantined it.',
      'Thanks for the quick fix 👍 everything works again.',
    ],
  },
  {
    rule: 'en.f.insult.sarcastic_genius',
    category: 'insult',
    positives: [
      ['Another brilliant release from the geniuses at your dev team.', 'geniuses at'],
      ['Bravo, you brainiacs, the dashboard is blank again.', 'you brainiacs'],
      [
        'You are the so-called security experts, so why can nobody answer this?',
        'so-called security experts',
      ],
    ],
    negatives: [
      'Thanks to the geniuses at your support team, our migration went smoothly - kudos!',
      'Our CTO calls the SOC team our rocket scientists, and they need admin rights to the console.',
      'Is there a guide for the masterminds in our finance team who keep clicking phishing links?',
    ],
  },
  {
    rule: 'en.f.insult.dim_comparison',
    category: 'insult',
    positives: [
      ['Your agents are thick as a bag of hammers.', 'thick as a bag of hammers'],
      ['Did they hire you from a petting zoo?', 'hire you from a petting zoo'],
      ['Never met a team of people with fewer brain cells.', 'team of people with fewer brain cells'],
      ['If incompetence were a sport you would win gold.', 'If incompetence were a sport'],
    ],
    negatives: [
      'The appliance is dense as a rack unit can be, please send the airflow spec.',
      'We hired a contractor from a staffing agency to handle the rollout.',
      'Our team of people with no admin rights cannot install the agent.',
    ],
  },
  {
    rule: 'en.f.insult.disease_or_garbage',
    category: 'insult',
    positives: [
      ['You lot are a plague on every IT department you touch.', 'You lot are a plague'],
      ['Your support is worse than useless.', 'Your support is worse than useless'],
      ['Your engineers are parasites living off our licence fees.', 'Your engineers are parasites'],
    ],
    negatives: [
      'The malware family you flagged is a plague for small businesses, thanks for blocking it.',
      'Our old spam filter was worse than useless, which is why we moved to you.',
      'Is your company a member of the anti-phishing working group?',
    ],
  },
  {
    rule: 'en.f.insult.should_be_cleaning',
    category: 'insult',
    positives: [
      ['Your tier-1 agent should be flipping burgers, not touching DNS.', 'should be flipping burgers'],
      [
        'Whoever wrote this runbook is a complete amateur.',
        'Whoever wrote this runbook is a complete amateur',
      ],
      [
        'The guy who approved the change was an absolute clown.',
        'The guy who approved the change was an absolute clown',
      ],
    ],
    negatives: [
      'Our cleaning crew should be cleaning floors on level 3 on Friday, so the server room will be open.',
      'Whoever wrote the new onboarding guide did a great job, it is very clear.',
      'The person who called was an amateur radio operator asking about port 25.',
    ],
  },
  {
    rule: 'en.f.insult.useless_nerds',
    category: 'insult',
    positives: [
      ['Get me a human, not these useless script-readers.', 'useless script-readers'],
      ['You are useless geeks with a ticketing system.', 'useless geeks'],
      ['Typical support drones who can only read from a script.', 'drones who can only read from a script'],
    ],
    negatives: [
      'Our old monitoring bots are useless now that we use your API, can we delete them?',
      'The nerds at our office love the new dashboard.',
      'Can the bots in our pipeline read the scripts folder via the API?',
    ],
  },
  {
    rule: 'en.f.insult.age_mockery',
    category: 'insult',
    positives: [
      ['okay boomer, just reset the token', 'okay boomer'],
      ['ok grandpa, I will wait while you find your glasses', 'ok grandpa'],
      ['Ok granny, take your time with the logs', 'Ok granny'],
    ],
    negatives: [
      'My grandma uses your mail app and loves it.',
      'Ok, Grant will send the logs tomorrow.',
      'Okay - Boomerang integration is working again.',
    ],
  },
  {
    rule: 'en.f.insult.disability',
    category: 'insult',
    positives: [
      ['I will not be helped by a defective person.', 'defective person'],
      ['Stop sending me retarded people.', 'retarded people'],
      ['Why is a spastic guy answering the phones?', 'spastic guy'],
    ],
    negatives: [
      'The defective unit was replaced, thank you.',
      'We found a defective cable in rack 4.',
      'The person handling our ticket was very patient.',
    ],
  },
  {
    rule: 'en.f.insult.hire_people_who_think',
    category: 'insult',
    positives: [
      ["Can't you hire people who actually think?", "Can't you hire people who actually think"],
      ['Cant you just hire someone who can read?', 'Cant you just hire someone who can read'],
      ["Can't you hire staff who know anything?", "Can't you hire staff who know anything"],
    ],
    negatives: [
      'Can you recommend a partner who can help us hire people for the SOC?',
      'We hire people who think carefully about security, so we chose you.',
      "We can't hire anyone who knows Kubernetes, is managed service available?",
    ],
  },
  // --------------------------------------------------------- discriminatory
  {
    rule: 'en.f.discriminatory.religion_reassign',
    category: 'discriminatory',
    positives: [
      ['Your technician wears a turban. Reassign our case to someone else.', 'wears a turban'],
      ["Given her religion I'm not comfortable with her seeing our data.", 'her religion'],
      ['I do not want someone like that touching our firewall.', 'someone like that touching'],
    ],
    negatives: [
      'Our receptionist wears a hijab in the badge photo and the face match fails; can you adjust the threshold?',
      'Please reassign the ticket to someone else, the current engineer is on leave according to the autoreply.',
      'Our staff observe their faith on Fridays, so please schedule the maintenance for Thursday.',
    ],
  },
  {
    rule: 'en.f.discriminatory.women_belong',
    category: 'discriminatory',
    positives: [
      ['Women like you should be in the kitchen, not in a SOC.', 'should be in the kitchen'],
      ['Put a real man on the phone instead.', 'Put a real man on'],
      ['Go and fetch one of the lads, love.', 'Go and fetch one of the lads'],
    ],
    negatives: [
      'Our women in security meetup would love a speaker from your team.',
      'Please put a man-in-the-middle detection rule on the proxy.',
      'Could one of the engineers fetch the logs from the boxes we sent?',
    ],
  },
  {
    rule: 'en.f.discriminatory.age_mockery',
    category: 'discriminatory',
    positives: [
      ['ok boomer, read the ticket again', 'ok boomer'],
      ['Maybe ask your grandchildren how to use email.', 'ask your grandchildren how'],
      ['okay gramps, I will type slowly', 'okay gramps'],
    ],
    negatives: [
      'My grandchildren set up the account for me, could you help me log in?',
      'We are asking your team how to export the audit log.',
      'Okay, Grandview office is online again.',
    ],
  },
  {
    rule: 'en.f.discriminatory.nationality_slur',
    category: 'discriminatory',
    positives: [
      ["Your Filipino agents can't even understand a simple question. Typical.", 'Your Filipino agents'],
      ['Your offshore team is clueless, as always.', 'Your offshore team'],
      ['Your Chinese engineers copied this from a forum.', 'Your Chinese engineers'],
    ],
    negatives: [
      'Your Indian support team was very helpful during our night shift, thank you.',
      'Could your Korean engineers join the call, since our office is in Seoul?',
      'Your overseas staff answered quickly; is there a Japanese-speaking line too?',
    ],
  },
  {
    rule: 'en.f.discriminatory.disability',
    category: 'discriminatory',
    positives: [
      ['Why do I have to hear this guy stutter through the steps?', 'hear this guy stutter'],
      ['I will not talk to a damaged person like her.', 'damaged person'],
      ["I can't listen to some woman stammering for ten minutes.", 'listen to some woman stammering'],
    ],
    negatives: [
      'The audio on the recording stutters, can you check the codec?',
      'A damaged cable caused the outage on our side.',
      'Our engineer with a hearing aid needs captions on the call, please.',
    ],
  },
  // --------------------------------------------------------------- violence
  {
    rule: 'en.f.violence.not_to_talk',
    category: 'violence',
    positives: [
      ["I'm coming to your office, and I won't be there to talk.", "I won't be there to talk"],
      ['We will meet your engineer, and it won’t be with words.', 'it won’t be with words'],
      ['My brothers will come along. They’re not big talkers.', 'They’re not big talkers'],
    ],
    negatives: [
      "I won't be there to talk through the plan on Monday, my deputy will join instead.",
      'It won’t be words that convince our board, it will be the audit report.',
      'They’re not big fans of the new UI, but the filter works.',
    ],
  },
  {
    rule: 'en.f.violence.with_friends',
    category: 'violence',
    positives: [
      [
        "Maybe I'll come round with a few of my mates and sort this out.",
        'come round with a few of my mates',
      ],
      ['I could pay him a visit with my brothers.', 'pay him a visit with my brothers'],
      ['We will drop by with some friends from the gym.', 'drop by with'],
    ],
    negatives: [
      'Our CEO would like to drop by with a thank-you card after the project.',
      'I will come over with my colleague Aiko for the kickoff on Tuesday.',
      'Feel free to visit with your team when you are in Fukuoka.',
    ],
  },
  {
    rule: 'en.f.violence.shame_if_waiting',
    category: 'violence',
    positives: [
      [
        'It would be a shame if someone were waiting in the car park for your engineer.',
        'It would be a shame if someone',
      ],
      ['It’d be a pity if one of my guys happened to bump into you tonight.', 'It’d be a pity if one of'],
      ['Would be a real shame if somebody followed her home.', 'be a real shame if somebody'],
    ],
    negatives: [
      'It would be a shame if someone missed the webinar, could you resend the link?',
      'It would be a shame if the lifts were out again during the audit, please check with facilities.',
      'It would be a pity if some users were locked out when the policy changes.',
    ],
  },
  {
    rule: 'en.f.violence.smash_people',
    category: 'violence',
    positives: [
      ['I will smash your servers and anyone standing near them.', 'smash your servers and anyone standing'],
      ['I will wreck the office and whoever is sitting in it.', 'wreck the office and whoever is sitting'],
      ['I will trash your racks with anybody working there.', 'trash your racks with anybody working'],
    ],
    negatives: [
      'The load test will smash the API with requests, is that allowed?',
      'Please destroy the old disks and send the certificate to anyone who asks.',
      'We need to wreck and rebuild the test tenant next week.',
    ],
  },
  {
    rule: 'en.f.violence.weapon_emoji',
    category: 'violence',
    positives: [
      ['restore the mailbox today or 🔪', 'or 🔪'],
      ['you fix it or else 🔫', 'or else 🔫'],
      ['🔪🔪 see you at 6', '🔪🔪'],
    ],
    negatives: [
      'The knife emoji 🔪 in our recipe newsletter triggers the filter.',
      'Is the 💣 icon in the dashboard the zip bomb detector?',
      'Our chef uses a 🔪 in every post, can you whitelist the sender?',
    ],
  },
  // ----------------------------------------------------------- intimidation
  {
    rule: 'en.f.intimidation.think_about_it',
    category: 'intimidation',
    positives: [
      ['Think about that before you tell me no again.', 'Think about that before you tell me'],
      ['Think long and hard about your next answer, Ms. Sato.', 'Think long and hard about your next answer'],
      ['You think about this tonight.', 'think about this tonight'],
    ],
    negatives: [
      'Please think about this before the next release, a dark mode would help our SOC.',
      'We will think about it over the weekend and reply on Monday.',
      'Think carefully about your next release notes, they confused our admins.',
      "I'll tell all the members of our trade forum that your staff snoop on mailboxes. Think about that before you reply.",
    ],
  },
  {
    rule: 'en.f.intimidation.veiled_menace',
    category: 'intimidation',
    positives: [
      [
        'Not everybody I know handles disputes through the courts.',
        'Not everybody I know handles disputes through the courts',
      ],
      ['I’d hate for your boss to find out what you said.', 'I’d hate for your boss to find out'],
      ['As of today, you’re on the list.', 'As of today, you’re on the list'],
    ],
    negatives: [
      'I would hate for anyone to miss the maintenance notice, can you resend it?',
      'Am I on the list for the beta of the new console?',
      'Everyone I know settles things through the reseller, so please quote via them.',
    ],
  },
  {
    rule: 'en.f.intimidation.reputation_ruin',
    category: 'intimidation',
    positives: [
      ["You'll find out how much damage one angry client can do.", "You'll find out how much damage"],
      ['Don’t make me show you.', 'Don’t make me show you'],
      ['It takes one post to destroy a vendor like you.', 'one post to destroy'],
    ],
    negatives: [
      'You will find out how much storage you have left in the admin console.',
      'Show me how fast a tenant can be restored from backup.',
      'It takes one click to destroy a test tenant, so please add a confirmation.',
    ],
  },
  {
    rule: 'en.f.intimidation.job_loss',
    category: 'intimidation',
    positives: [
      ['I will make sure this is your last week at that company.', 'make sure this is your last week'],
      ["I'll write to your director until you're out of a job.", "until you're out of a job"],
      ['Keep this up and you lose your bonus, I promise.', 'lose your bonus'],
    ],
    negatives: [
      'Please make sure this is the last maintenance window this month.',
      'Our admin will be out of the office until Friday.',
      'Do agents lose their session when the console times out?',
    ],
  },
  {
    rule: 'en.f.intimidation.family_location',
    category: 'intimidation',
    positives: [
      ['Your wife still lives in Nerima, right?', 'Your wife still lives in'],
      ['Three kids at the local primary school, Mr. Ito.', 'Three kids at the local primary school'],
      ["Don't answer, then. I'll find him some other way.", "I'll find him some other way"],
    ],
    negatives: [
      'My kids at the school use your parental filter, how do I whitelist the library site?',
      'Our office lives in a shared building, so please register the visitor in advance.',
      "If the SSO link fails I'll find another way to log in.",
    ],
  },
  {
    rule: 'en.f.privacy.family_location',
    category: 'privacy',
    positives: [
      ['Your parents live near Kyoto station, don’t they?', 'Your parents live near'],
      ['Two kids at that international school, I hear.', 'Two kids at that international school'],
      ['Your son goes to school in Meguro.', 'Your son goes to school in'],
    ],
    negatives: [
      'Our kids at school get the student licence, right?',
      'Your family plan lives in the billing tab, is that correct?',
      'The tenant lives in the EU region, please confirm.',
    ],
  },
  // ---------------------------------------------------------- kneel_demand
  {
    rule: 'en.f.kneel_demand.public_apology',
    category: 'kneel_demand',
    positives: [
      [
        'Your director will apologise in front of all of our staff at the town hall.',
        'apologise in front of all of our staff',
      ],
      [
        'Each engineer must write to us by hand, apologising for the outage.',
        'write to us by hand, apologising',
      ],
      ['I want an apology made in front of my whole team.', 'apology made in front of my whole team'],
    ],
    negatives: [
      'Our CEO will apologise to our customers in front of the press; can you give us an incident summary?',
      'Please write the config by hand if the import tool fails, explaining each field in a comment.',
      'We presented the incident in front of our board and they accepted your report.',
    ],
  },
  // ---------------------------------------------------------------- privacy
  {
    rule: 'en.f.privacy.publish_names_photos',
    category: 'privacy',
    positives: [
      [
        'The post has the names and headshots of the two agents. It goes live Monday.',
        'names and headshots of',
      ],
      ['We will pin them on our noticeboard and share them on LinkedIn, signed.', 'share them on LinkedIn'],
      ["I'm posting the review with engineer Mr. Sato's name in it.", "Sato's name"],
    ],
    negatives: [
      'Please send the names and roles of the engineers who will attend the kickoff.',
      'We will share the post on LinkedIn once your marketing team approves the quote.',
      'Could you confirm the engineer Sato’s name is on the access list for our data centre?',
    ],
  },
  {
    rule: 'en.f.privacy.staff_numbers',
    category: 'privacy',
    positives: [
      ['Give me the private mobile numbers of your night staff.', 'private mobile numbers of your'],
      ['I want your engineers’ personal phone numbers, not a hotline.', 'engineers’ personal phone numbers'],
      ['Send the home phone numbers of the on-call team.', 'home phone numbers of the'],
    ],
    negatives: [
      'How do we hide the personal mobile numbers of our employees in the directory sync?',
      'Can the admin console mask users’ private phone numbers in exports?',
      'Our staff personal numbers are stored in HR, not in your product.',
    ],
  },
  // ---------------------------------------------------------------- sexual
  {
    rule: 'en.f.sexual.advance',
    category: 'sexual',
    positives: [
      ['Is she as cute as her voice?', 'she as cute as'],
      ['Let me take you out for drinks after the ticket is closed.', 'take you out for drinks'],
      ['Send me a selfie and I will close the ticket.', 'Send me a selfie'],
      ['we could talk it over in private ;)', 'in private ;)'],
    ],
    negatives: [
      'Our team dinner is on Friday, so please schedule the cutover for Monday.',
      'Is the new console as fast as the old one?',
      'The selfie check for MFA enrolment fails on Android, can you look?',
      'Could you send me a photo of your appliance’s rear panel?',
    ],
  },
  // -------------------------------------------------------------- monetary
  {
    rule: 'en.f.monetary.hinted_payment',
    category: 'monetary',
    positives: [
      ["And don't come empty-handed.", "don't come empty-handed"],
      ['Your director can bring an envelope that makes up for our losses.', 'bring an envelope that'],
      ['We expect the appropriate sum for our trouble.', 'appropriate sum'],
    ],
    negatives: [
      'Please send the invoice with the correct amount for the 40 seats.',
      'Could you quote the right figure for a three-year term?',
      'Real money transfers were blocked by the filter; can you whitelist the bank?',
      'We will bring an envelope with the signed contract to the meeting.',
    ],
  },
  {
    rule: 'en.f.monetary.refund_beyond_terms',
    category: 'monetary',
    positives: [
      [
        'I want the whole annual fee refunded, even though we used it for nine months.',
        'whole annual fee refunded',
      ],
      ["Refund us the full year's subscription now.", 'Refund us the full year'],
      ['Buy me a brand-new laptop to make up for it.', 'Buy me a brand-new laptop'],
    ],
    negatives: [
      'We cancelled within the 30-day money-back window, so please refund the full annual fee.',
      'Can we buy a new laptop licence for our new hire?',
      'Is the annual fee refunded pro rata under the terms if we cancel?',
    ],
  },
  {
    rule: 'en.f.monetary.free_months_goodwill',
    category: 'monetary',
    positives: [
      ['After the outage, we want three extra months free.', 'extra months free'],
      [
        'Given the incident, two additional months at no charge seems fair.',
        'additional months at no charge',
      ],
      ['We over-ordered, so we want to sell them back for cash.', 'sell them back for cash'],
    ],
    negatives: [
      'Your promotion page offers two extra months free for new annual plans - how do we apply it?',
      'The renewal quote shows 12 months; can you add the extra month we paid for?',
      'Can we trade in the old appliance when we order the new model?',
    ],
  },
  {
    rule: 'en.f.monetary.settlement_amount',
    category: 'monetary',
    positives: [
      ['We will accept a settlement of JPY 3,000,000.', 'settlement of JPY 3,000,000'],
      ['Pay damages of $40,000 by Friday.', 'damages of $40,000'],
      ['A compensation of 500,000 yen is the minimum.', 'compensation of 500,000'],
    ],
    negatives: [
      'Our insurer asks whether a settlement of 2 claims affects the policy.',
      'The invoice shows a payout of 3 credits, is that correct?',
      'The SLA credit of 10% has been applied, thank you.',
    ],
  },
  // --------------------------------------------------------------- exchange
  {
    rule: 'en.f.exchange.trade_in',
    category: 'exchange',
    positives: [
      ['Could we swap the unused seats for a discount on next year?', 'swap the unused seats for a discount'],
      [
        'Can we convert our remaining firewall subscription into endpoint licences?',
        'convert our remaining firewall subscription into endpoint licences',
      ],
      ['We want to trade the spare keys back for a credit.', 'trade the spare keys back for a credit'],
    ],
    negatives: [
      'How do we exchange the authorization code for an access token in the OAuth flow?',
      'The SAML response should convert group claims into roles.',
      'Our script will convert the CSV into the import format.',
    ],
  },
  {
    rule: 'en.f.exchange.mid_term_switch',
    category: 'exchange',
    positives: [
      [
        'Please switch us to the 5-seat pack now, the terms say no refund but still.',
        'switch us to the 5-seat',
      ],
      ['Move me to a cheaper tier for the remaining months.', 'Move me to a cheaper'],
      ['Could you extend our trial by two months, free of course?', 'extend our trial'],
    ],
    negatives: [
      'At renewal in April, please switch us to the 50-seat pack.',
      'How do I move a user to the smaller group in the console?',
      'Can we extend our trial? We are happy to pay for the extension.',
    ],
  },
  // -------------------------------------------------------------- excessive
  {
    rule: 'en.f.excessive.plan_excludes_but',
    category: 'excessive',
    positives: [
      [
        "I know our contract doesn't cover weekends, but could you monitor our migration on Sunday?",
        "contract doesn't cover weekends",
      ],
      [
        'The plan does not include phone support, but can someone call me anyway?',
        'plan does not include phone support',
      ],
      [
        'Our package doesn’t include on-site visits; could you send someone at no extra charge?',
        'package doesn’t include on-site visits',
      ],
    ],
    negatives: [
      "Our plan doesn't cover weekends; can you confirm what time the Monday window starts?",
      'The contract does not include on-site visits, so we will install the appliance ourselves.',
      'If the tier does not include phone support, where do I find the upgrade price?',
    ],
  },
  {
    rule: 'en.f.excessive.named_engineer',
    category: 'excessive',
    positives: [
      ['We would like one named engineer we can call on weekends.', 'one named engineer we can call'],
      ['Could we have a personal technician to call directly any time?', 'a personal technician to call'],
      [
        'Please give us a dedicated contact whose mobile we can ring in the evenings.',
        'a dedicated contact whose mobile',
      ],
    ],
    negatives: [
      'Our premium plan lists a named engineer; who is ours?',
      'Please list a specific contact person to call in the escalation matrix document.',
      'We assigned one named engineer to call your hotline.',
    ],
  },
  {
    rule: 'en.f.excessive.pop_round',
    category: 'excessive',
    positives: [
      ['Could somebody pop round this afternoon and check the router?', 'somebody pop round'],
      ['Can one of your lads swing by tomorrow to look at it?', 'one of your lads swing by'],
      ["I'd rather someone came, if that's all right.", "I'd rather someone came"],
    ],
    negatives: [
      'Someone from our IT team will pop round to each desk to install the agent.',
      'Could you tell me how to drop by the console settings page?',
      'Somebody dropped by our stand at the expo and asked about pricing.',
    ],
  },
  {
    rule: 'en.f.excessive.recurring_calls',
    category: 'excessive',
    positives: [
      ['Could you provide daily status calls until the rollout ends?', 'daily status calls'],
      ['Can your team join nightly 15-minute check-ins with us?', 'nightly 15-minute check-ins'],
      ['Please set up hourly briefings for our board during the upgrade.', 'hourly briefings'],
    ],
    negatives: [
      'We hold daily stand-ups, so please reply before 9:00 if you can.',
      'Our daily status calls are internal; just email the RCA when ready.',
      'Can the hourly report be exported to CSV?',
    ],
  },
  {
    rule: 'en.f.excessive.internal_records',
    category: 'excessive',
    positives: [
      ['Send us your source code for the agent by Saturday.', 'source code'],
      ['We want your internal emails about the outage. Deliver them by tomorrow.', 'internal emails'],
      ['Provide the code diffs of the fix before the weekend.', 'code diffs'],
    ],
    negatives: [
      'Our internal change records are attached; please review them by Friday.',
      'Is the source code of the browser extension available on GitHub?',
      'Please send the public RCA by tomorrow, internal details are not needed.',
    ],
  },
  {
    rule: 'en.f.excessive.until_small_hours',
    category: 'excessive',
    positives: [
      ["You'll keep working until four in the morning if that's what it takes.", 'until four in the morning'],
      ['Your on-call person must pick up at 2 a.m. on Saturday.', 'at 2 a.m. on Saturday'],
      ['Give us 24/7 on-site support during the audit.', '24/7 on-site'],
      [
        'If the engineer is not at our warehouse by noon, we are cancelling.',
        'If the engineer is not at our',
      ],
    ],
    negatives: [
      'The batch job on our side runs until 3 a.m., so please schedule the maintenance after that.',
      'Our own staff will work until two in the morning on the cutover.',
      'Your engineer stayed with us until 3 a.m. - thank you so much.',
      'Is 24/7 on-site cover available as a paid option?',
    ],
  },
  // -------------------------------------------------------------- unrelated
  {
    rule: 'en.f.unrelated.personal_tech',
    category: 'unrelated',
    positives: [
      ["My son's laptop has a virus, can you remove it?", "son's laptop"],
      ['My PlayStation account got locked, please help.', 'My PlayStation'],
      [
        'Which antivirus would you recommend for my daughter at university?',
        'Which antivirus would you recommend for my',
      ],
    ],
    negatives: [
      'Which antivirus would you recommend running alongside your agent on our servers?',
      'My account on your console shows the wrong time zone.',
      "My husband's laptop got your agent by mistake - how do we uninstall it?",
      'Our tax office requires DMARC, can you help with the record?',
    ],
  },
  {
    rule: 'en.f.unrelated.other_vendor',
    category: 'unrelated',
    positives: [
      ['Our shop’s CRM (not yours, I know) is down, could you fix it?', 'not yours, I know'],
      ['The switches (another brand) keep rebooting; can you take a look remotely?', 'another brand'],
      ['Could you fix our cash register while you are here?', 'cash register'],
    ],
    negatives: [
      'The cash register vendor asked for your SMTP relay settings; we just need the documentation link.',
      'Thanks for the reply - not yours, I know, but the other vendor fixed their bug.',
      'Our printers and routers are listed in the asset inventory you asked for.',
    ],
  },
  // ------------------------------------------------------------ defamation
  {
    rule: 'en.f.defamation.tell_everyone_that',
    category: 'defamation',
    positives: [
      ['I will be telling all 300 members that you sell our data.', 'telling all 300 members that you sell'],
      [
        'I will warn everyone at the association that this vendor is a fraud.',
        'warn everyone at the association that this vendor is a fraud',
      ],
      [
        'I am informing all of them that your staff steal passwords.',
        'informing all of them that your staff steal',
      ],
    ],
    negatives: [
      'Please tell everyone on your team that the phishing wave is over.',
      'We are telling all our customers that the scam emails are not from us.',
      'I will tell everyone that the fix worked, thanks.',
    ],
  },
  // ------------------------------------------------------------ persistence
  {
    rule: 'en.f.persistence.reopen_forever',
    category: 'persistence',
    positives: [
      ["I'll reopen this ticket a thousand times if I need to.", 'reopen this ticket a thousand'],
      ['Close it again and see who gets tired first.', 'see who gets tired first'],
      [
        'I will forward this to your CEO every morning until it is fixed.',
        'forward this to your CEO every morning until',
      ],
    ],
    negatives: [
      'Can I reopen the ticket if the issue comes back next week?',
      'Our monitoring sends a report every morning until the job is disabled.',
      'Please resend the invite; the first one expired.',
      'We will send you our export every day until March, as agreed in the migration plan.',
    ],
  },
  // ------------------------------------------------------------ restrictive
  {
    rule: 'en.f.restrictive.not_leaving_premises',
    category: 'restrictive',
    positives: [
      ["I'm in your lobby and I'm not leaving until someone sees me.", "I'm not leaving"],
      [
        "I'm not going anywhere. I'm at your reception with a printout of the ticket.",
        "I'm not going anywhere",
      ],
      ["I'm outside your building. I'm not leaving.", "I'm not leaving"],
    ],
    negatives: [
      "I'm not going anywhere, we love the product - just need help with the renewal form.",
      "I'm not leaving the company, I'm just moving teams, so please update the admin contact.",
      'I visited your lobby last year for the expo; I’m not going anywhere near that booth again, it was crowded.',
    ],
  },
];

describeRuleKinds('English fifth-wave rules', KINDS, alone, 'en');

const GUARDS: GuardTable[] = [
  {
    id: 'en.f.veto.honest_review',
    category: 'defamation',
    calm: [
      "I'll write an honest and fair Capterra review next month about the onboarding.",
      'We will describe the outage factually in our Trustpilot review.',
      "I'm going to post an honest review on G2, accurately describing the delays.",
    ],
    kept: [
      "I'll honestly tell everyone in my Google review that you're scammers.",
      'I will post a one-star review on G2 saying you are frauds.',
      "I'll write a scathing Trustpilot review unless you fix this.",
    ],
  },
  {
    id: 'en.f.veto.entitled_service',
    category: 'excessive',
    calm: [
      "We're entitled to two on-site days a year. Could you send an engineer to our Osaka office next week?",
      'The training visit is included in our enterprise package. Please send the trainer to our Kobe site on the 3rd.',
      'Weekend cover is covered under our premium contract, so please have someone on call this Saturday.',
    ],
    kept: [
      'Send an engineer to our Osaka office tomorrow morning.',
      'On-site visits are not included in our plan, but send someone to our office anyway.',
      "I want someone here this Sunday, I don't care what's in the contract.",
      'Could your developers write us a custom integration? We would expect it to be covered by our subscription.',
      'I believe we are entitled to a free on-site day, so send an engineer to our office tomorrow.',
      'While your engineer is here for the rollout included in our contract, could he also move our server rack to the basement?',
      'The visit is covered by our plan; while your consultant is on site, could she also set up the printers in every classroom?',
    ],
  },
  {
    id: 'en.f.veto.invites_calls',
    category: 'excessive',
    calm: [
      'If your engineers need anything from our side tonight, call my mobile as many times as you like.',
      'Feel free to ring me at any hour during tonight’s cutover.',
      'Please call me whenever you need, even over the weekend - I will be on the bridge.',
    ],
    kept: [
      'Have your engineer call me tonight at 11 pm.',
      'I expect someone to answer my calls this weekend.',
      'You will be available on Sunday for our migration.',
    ],
  },
  {
    id: 'en.f.veto.past_figure',
    category: 'excessive',
    calm: [
      'The outage affected 2,300 users across five sites; please send the RCA by end of next week.',
      'About 1,800 accounts were locked out by the policy. Please send your analysis by Friday.',
      'Our blast radius was roughly 900 mailboxes and 4,000 devices, send what you can by tomorrow.',
    ],
    kept: [
      'Re-enrol all 2,300 users by tomorrow morning.',
      'Migrate our 4,000 mailboxes by Monday.',
      'I need all 1,800 accounts rebuilt by tonight.',
    ],
  },
  {
    id: 'en.f.veto.name_to_thank',
    category: 'privacy',
    calm: [
      "Could you tell me the full name of the engineer who fixed our SSO? I'd like to send a letter of appreciation to his team lead.",
      "What's the surname of the agent from last night? We want to commend her to her manager. Kudos to her.",
      'Please give me the full name of the technician so I can send a note of thanks.',
    ],
    kept: [
      "Tell me the agent's full name and her home address, I want to thank her personally.",
      'Give me her personal mobile number, I have a note of thanks for her.',
      "What is the full name of the agent? I'm going to post it everywhere.",
    ],
  },
  {
    id: 'en.f.veto.point_of_sale',
    category: 'insult',
    calm: [
      'Our till software (SmaRegi POS) stopped sending receipts by email, can you check the relay?',
      'The POS terminal in our shop cannot reach your SMTP server.',
      'Your team asked for our POS vendor name, it is Square.',
    ],
    kept: [
      'Your product is a POS and you know it.',
      'your support team is a bunch of POS',
      'You people are a POS company.',
    ],
  },
  {
    id: 'en.f.veto.self_described_age',
    category: 'discriminatory',
    calm: [
      "I'm just an old man who is bad with computers, please explain the MFA step slowly.",
      'Tell the agent a lonely old woman is waiting for her call back about the filter.',
      'As an old timer in IT, I appreciate the clear docs.',
    ],
    kept: [
      "You're too old to understand this, put someone young on.",
      'Women just cannot do networking.',
      "She's too young for this, give me a man.",
    ],
  },
  {
    id: 'en.f.veto.visit_to_confront',
    category: 'excessive',
    calm: [
      "Send your engineer round to our shop and we'll see how tough he is then.",
      "Have that technician come to our office, we'll see how clever he is.",
      'Send your manager down here and we’ll see how brave he is.',
    ],
    kept: [
      'Send an engineer to our office tomorrow morning.',
      'Your engineer must come to our plant today.',
      'Have your technician come to our shop today.',
    ],
  },
  {
    id: 'en.f.veto.all_day_on_the_line',
    category: 'persistence',
    calm: [
      "I'm not hanging up. I've got all day.",
      "Don't put me on hold. I have all day, young man.",
      "I've got all day, so I'll stay on the line until a supervisor comes.",
    ],
    kept: [
      "I've got all day. I'll call you every hour until it's fixed.",
      "I have all day. I'll ring back every ten minutes and stay on the line each time.",
      'I will email you every morning until someone answers.',
    ],
  },
  {
    id: 'en.f.veto.bare_you_know',
    category: 'monetary',
    calm: [
      "I'd hate for your boss to hear about this. You know what I mean.",
      'Some people are less patient than me. You know what I mean?',
      'Think about it. And you know what I mean.',
    ],
    kept: [
      'Show us your sincerity with real compensation.',
      'We expect appropriate compensation. You know what I mean.',
      'Pay us 300,000 yen for the downtime, you know what I mean.',
    ],
  },
];

describeGuardTables('English fifth-wave vetoes', GUARDS, 'en');

describeRuleFile('English fifth-wave rules: the rule file', RULE_FILE, {
  lang: 'en',
  idPrefix: 'en.f.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => GUARDS.map((g) => g.id),
  offsets: { engine: alone, text: 'OK  BOOMER, you   BRAINIACS lost our data.' },
});

/** This file's rules narrowed for false alarms in the calm probe set calm-3 (test/fixtures/probes/calm-3.jsonl). */
const NARROWED: GuardTable[] = [
  {
    id: 'en.f.insult.dim_comparison: the customer calling themself dim is self-deprecation',
    category: 'insult',
    calm: [
      "Honestly I'm thick as a brick today, I set the wrong retention again. How do I undo it?",
      "We must be dense as a post, we still can't find the export button.",
      "Sorry, I'm dumb as a bag of hammers this morning - where is the audit log export?",
    ],
    kept: [
      'Whoever wrote this sync code is dumb as a box of rocks.',
      'That engineer of yours is thick as two short planks.',
      'I swear the agent I spoke to is dumb as a rock.',
    ],
  },
  {
    id: 'en.f.unrelated.other_vendor: what is asked is mail handling after all',
    category: 'unrelated',
    calm: [
      'Not yours, I know, but the same threats arrive by email as well; could you hold messages from that address?',
    ],
    kept: ['Not yours, I know, but can you look at our printers and routers?'],
  },
];

describeGuardTables('Rules of this file narrowed for false alarms in calm-3', NARROWED, 'en');
