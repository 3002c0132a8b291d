/**
 * Seventh-wave English detectors (config/rules/en-late.yaml), run through the
 * real policy file and engine, so every rule file (and every veto) is in play.
 * Same table shape as rules-en-near.test.ts: one table per rule with positives
 * written for this test (not taken from any corpus), each with a fragment the
 * rule's own evidence must cover, and tricky negatives in which the whole
 * engine must not find the rule's category.
 */
import { describeRuleFile, describeRuleKinds, engineWithOnly } from '../../support/rule-engine.js';
import type { RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/en-late.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('en-late.yaml');

const KINDS: RuleKind[] = [
  // --------------------------------------------------------------- violence
  {
    rule: 'en.l.violence.way_home',
    category: 'violence',
    positives: [
      [
        'Your admin closed my case again. She should remember that next time she walks to her car.',
        'next time she walks to her car',
      ],
      [
        "If I were the engineer who wiped our routing, I would think hard. If I were him, I'd take a different route home.",
        "If I were him, I'd take a different route",
      ],
      [
        'The lanes behind your Osaka office are very dark after six, Ms. Kato. Think about it.',
        'lanes behind your Osaka office are very dark',
      ],
      [
        'My brother knows when your building empties out on Fridays. Fix the relay.',
        'knows when your building empties out',
      ],
      [
        'I will come by and explain to your night engineer, up close and personal, what downtime means.',
        'explain to your night engineer, up close and personal',
      ],
    ],
    negatives: [
      'Next time he walks to his car, could your engineer check whether the parking badge reader logs to the SIEM?',
      'The streets around your office are very quiet on Sundays, so is weekend pickup of the hardware possible?',
      "A typhoon is coming tonight; if I were you, I'd take a taxi home. We can continue the ticket tomorrow.",
      'Our floor empties out at six, so please schedule the cutover after that.',
    ],
  },
  {
    rule: 'en.l.violence.object_to_face',
    category: 'violence',
    positives: [
      [
        'Somebody in your support team is getting a chair across the face if this is not fixed.',
        'getting a chair across the face',
      ],
      [
        'Whoever approved this update is gonna take my laptop upside the head.',
        'take my laptop upside the head',
      ],
      ["When I find him I'll break the legs of whoever signed off on this.", 'break the legs of whoever'],
      [
        'I will snap the fingers of the engineer who pushed it, one by one.',
        'snap the fingers of the engineer',
      ],
    ],
    negatives: [
      'Our warehouse staff got a pallet in the face last year; can the incident report be archived under legal hold?',
      'The agent is getting the sun in the face on the webcam, so the video call image is washed out.',
      'Break the nose of the aircraft model into three parts in the CAD file before uploading.',
    ],
  },
  {
    rule: 'en.l.violence.harm_to_people',
    category: 'violence',
    positives: [
      [
        'Big windows on your lobby. A pity if something happened to anyone working behind them.',
        'pity if something happened to anyone',
      ],
      [
        "I'd hate for anything to happen to your engineers while they are on their lunch break.",
        'hate for anything to happen to your engineers',
      ],
      [
        "Terrible if something were to happen to him on the way home, wouldn't it?",
        'Terrible if something were to happen to him on the way home',
      ],
    ],
    negatives: [
      'It would be a shame if something happened to the archive before the audit, so please confirm the backup.',
      "I'd hate for anything to happen to the data of anyone in our finance team; is the mailbox export encrypted?",
      'It would be a pity if something happened to our renewal, so let us sort out the invoice.',
    ],
  },
  // ----------------------------------------------------------------- insult
  {
    rule: 'en.l.insult.condescend',
    category: 'insult',
    positives: [
      [
        'Wow, did you think of that all by yourself? Clear the cache, brilliant.',
        'did you think of that all by yourself',
      ],
      ['Next time, ask an adult before you reply to a customer.', 'ask an adult before'],
      ['Did your mum help you write that answer?', 'Did your mum help you'],
      ['You found the reset button. Gold star!', 'Gold star!'],
    ],
    negatives: [
      'Our pupils must ask a grown-up before they install apps; can the policy enforce that?',
      'We are a Gold Star partner, can you confirm the discount tier?',
      'Did you write the migration script all by yourself? It is excellent, thank you.',
    ],
  },
  {
    rule: 'en.l.insult.hyphen_nouns',
    category: 'insult',
    positives: [
      ['Your support desk is run by a pack of half-wits.', 'half-wits'],
      ['you bone-heads deleted the wrong rule again', 'bone-heads'],
      ['Which of your no-hopers closed my ticket?', 'no-hopers'],
    ],
    negatives: [
      'The nit-picker tool flags style issues in our scripts; can it ignore comments?',
      'Our own interns are half-wits with passwords, so please enforce MFA for them.',
      'The novel our CEO recommended is called "The Half-Wit Prince".',
    ],
  },
  {
    rule: 'en.l.insult.deaf_or_stupid',
    category: 'insult',
    positives: [
      ['Is the guy on the phone blind, or just incompetent?', 'blind, or just incompetent'],
      ['Are your engineers illiterate or simply lazy? Read the ticket.', 'illiterate or simply lazy'],
      ['Is she deaf or plain stupid?', 'deaf or plain stupid'],
    ],
    negatives: [
      'Our deaf or hard-of-hearing staff need captions in the training videos.',
      'Is the reader mode for blind or low-vision users available on mobile?',
      'Is the sync slow or just stuck? The progress bar has not moved.',
    ],
  },
  // ----------------------------------------------------------- intimidation
  {
    rule: 'en.l.intimidation.hate_for',
    category: 'intimidation',
    positives: [
      [
        "People who cross me tend to be transferred. I'd hate for that to happen to you.",
        "I'd hate for that to happen to you",
      ],
      [
        "He'd hate for his colleagues to find out what he said to me.",
        "He'd hate for his colleagues to find out",
      ],
      ['We would hate for your boss to learn how you handled this.', 'hate for your boss to learn'],
    ],
    negatives: [
      "We'd hate for our users to find out the hard way, so can we enable the banner now?",
      "I'd hate for the same outage to happen to our Nagoya branch; is the fix rolled out there?",
      'We would hate for the renewal to slip, could you send the quote today?',
    ],
  },
  {
    rule: 'en.l.intimidation.family_leverage',
    category: 'intimidation',
    positives: [
      [
        "I'd like his children to see what their father does to small businesses.",
        "I'd like his children to see",
      ],
      ['Maybe your wife would like to hear how you talk to customers.', 'your wife would like to hear'],
      ['We tracked down where her husband works.', 'tracked down where her husband works'],
    ],
    negatives: [
      "I'd like my family to see the parental filter report, can it be emailed?",
      'Your family plan page says kids can see the dashboard; is that right?',
      'We found out where the bounce came from: the relay in our Kobe office.',
    ],
  },
  {
    rule: 'en.l.intimidation.career_mistake',
    category: 'intimidation',
    positives: [
      [
        'Close this again and it will be the biggest mistake of your career.',
        'biggest mistake of your career',
      ],
      [
        "I'll make sure this is the costliest mistake you'll ever make.",
        "costliest mistake you'll ever make",
      ],
      ['Refuse and that is the last mistake you have ever made here.', 'last mistake you have ever made'],
    ],
    negatives: [
      'Deleting that tenant was the biggest mistake of my career, please help me restore it.',
      'Our admin called the migration the worst mistake of our year; can we roll back?',
      'Skipping MFA is the most common mistake of new admins, is there a checklist?',
    ],
  },
  {
    rule: 'en.l.intimidation.have_people_find',
    category: 'intimidation',
    positives: [
      ["Tell me your surname or I'll have my people find out.", "I'll have my people find out"],
      ['We will have our investigators track him down.', 'have our investigators track him down'],
      ["I'll have my associates dig up your past.", 'have my associates dig up your'],
    ],
    negatives: [
      "I'll have my people find out which rule blocked the invoice mail and report back.",
      'We will have our contacts look into the DNS change on our side.',
      "I'll have my team find out who approved the firewall change.",
    ],
  },
  {
    rule: 'en.l.intimidation.dont_make_me',
    category: 'intimidation',
    positives: [
      ["Reopen it. Don't make me.", "Don't make me"],
      ["Fix my account today. Don't make me come down there.", "Don't make me come down there"],
      ["Don't make me do something you'll regret.", "Don't make me do something you'll regret"],
    ],
    negatives: [
      "Please don't make me re-enter my password every time I switch tabs.",
      "Don't make me the owner of the shared mailbox, assign it to Ito instead.",
      "Don't make me do this manually for 400 users, is there a bulk import?",
    ],
  },
  {
    rule: 'en.l.intimidation.make_sure_never',
    category: 'intimidation',
    positives: [
      [
        'I will make sure, with help from my friends at the ministry, that your firm never wins a tender again.',
        'make sure, with help from my friends at the ministry, that your firm never wins',
      ],
      ["I'll see to it that his name follows him to every job he applies for.", 'his name follows him'],
      ['Her name will follow her for years, trust me.', 'Her name will follow her for years'],
      [
        'I will ensure everyone in the sector hears about it and that she never works in this field again.',
        'that she never works',
      ],
    ],
    negatives: [
      'Please make sure, as discussed, that your relay never rewrites our headers.',
      'Ensure that the name follows the naming convention in the admin guide.',
      'Make sure that he never gets locked out again; he is our only admin.',
    ],
  },
  // ---------------------------------------------------------------- privacy
  {
    rule: 'en.l.privacy.family_whereabouts',
    category: 'privacy',
    positives: [
      ['I already know where your kids go to school.', 'know where your kids go'],
      ['We found out where his wife works, by the way.', 'found out where his wife works'],
      ['I looked up where her parents live.', 'looked up where her parents live'],
    ],
    negatives: [
      'We know where our kids go online thanks to your filter, great product.',
      'I found out where the mail goes: it is routed via the old relay.',
      'Can parents see where their children are logged in from?',
    ],
  },
  {
    rule: 'en.l.privacy.name_in_press',
    category: 'privacy',
    positives: [
      [
        'I will publish the names of the engineers on that change in the trade press.',
        'publish the names of the engineers',
      ],
      ["Your rep's full name goes on every review site and forum I use.", "rep's full name goes on every"],
      [
        'My blog post tonight will be naming your support lead for everyone to see.',
        'naming your support lead',
      ],
      [
        'I will post the article. Her photo from your website goes at the top.',
        'Her photo from your website goes at the top',
      ],
    ],
    negatives: [
      'I will post the names of the engineers on LinkedIn to thank them for a great job.',
      'Our intranet will list the names of the engineers who helped us, as a kudos board.',
      'Please read out the names of the attendees at the start of the online workshop.',
    ],
  },
  {
    rule: 'en.l.privacy.recording_to_press',
    category: 'privacy',
    positives: [
      [
        'I recorded the call and I have the name of your engineer. Both go to a reporter friend tomorrow.',
        'Both go to a reporter',
      ],
      [
        "The recording is going to a local newspaper, along with your agent's name.",
        'The recording is going to a local newspaper',
      ],
      [
        'Call recording saved. It all goes straight to my contacts at the business press unless you pay.',
        'It all goes straight to my contacts at the business press',
      ],
    ],
    negatives: [
      'Both go to a newspaper archive we host; can the recording retention be set to ten years?',
      'The press release and the recording both go to the news desk after approval by our PR team.',
      'Our journalists send their recordings to the newspaper archive; will your DLP block audio files?',
    ],
  },
  {
    rule: 'en.l.privacy.home_area',
    category: 'privacy',
    positives: [
      ['Tell me the part of town she lives in.', 'part of town she lives in'],
      ['What suburb does he live in? I want to know.', 'What suburb does he live in'],
      ['Send me the ward they live in, or I find out myself.', 'ward they live in'],
    ],
    negatives: [
      'What area do you live in? We need the nearest data centre region for latency.',
      'Our staff live in the same area as the office, so on-site cover is easy for us.',
      'Which time zone does the engineer work in?',
    ],
  },
  // ----------------------------------------------------------- kneel_demand
  {
    rule: 'en.l.kneel_demand.by_hand',
    category: 'kneel_demand',
    positives: [
      [
        'Your director will write to each of our clients by hand and apologise.',
        'write to each of our clients by hand',
      ],
      ['I want a letter. By hand. Admitting it was your fault.', 'letter. By hand'],
      ['A handwritten apology from the engineer, on my desk Monday.', 'handwritten apology'],
      ['Send me your handwriting admitting you are useless.', 'your handwriting'],
    ],
    negatives: [
      'Sorry for the trouble: we re-sent the receipts by hand while the relay was down.',
      'Do you accept handwritten signatures on the DPA, or only e-signatures? Sorry to ask again.',
      'We apologise to our users; the admin had to write the rules by hand after the import failed.',
    ],
  },
  {
    rule: 'en.l.kneel_demand.dictated_apology',
    category: 'kneel_demand',
    positives: [
      ['Your manager will read out an apology on speakerphone to my whole office.', 'read out an apology'],
      ['She will say the apology I wrote, every line of it.', 'the apology I wrote'],
      ['He is to read the apology aloud to our board.', 'read the apology aloud'],
    ],
    negatives: [
      'Our CEO read out your apology at the all-hands; thank you for handling it well.',
      'Can the status page show the apology we drafted for our users?',
      'Your apology was read out to our team, and we consider the matter closed.',
    ],
  },
  {
    rule: 'en.l.kneel_demand.bow_apologise',
    category: 'kneel_demand',
    positives: [
      ['We expect your president to bow and apologise before our staff.', 'to bow and apologise'],
      ['Your manager will bow deeply and apologise to each cashier.', 'bow deeply and apologise to'],
      ['I want your engineer on camera to bow low and apologize.', 'to bow low and apologize'],
    ],
    negatives: [
      'Our receptionists bow to visitors; can the kiosk show a greeting animation?',
      'Apologise to the customer and close the ticket, our policy says so.',
      'The bow-tie icon in the dashboard does not load, apologies for the vague report.',
    ],
  },
  // ------------------------------------------------------------ persistence
  {
    rule: 'en.l.persistence.organised_contact',
    category: 'persistence',
    positives: [
      [
        'From tomorrow, our 30 branch managers will phone your hotline every single morning until the visit is booked.',
        'our 30 branch managers will phone',
      ],
      ['My staff will each email support every hour until someone answers.', 'My staff will each email'],
      [
        'You will hear from me and from every member of my team every day until it is fixed.',
        'from me and from every member of my team',
      ],
    ],
    negatives: [
      'Our store managers will call your hotline every day for the first week of the rollout, as agreed in the onboarding plan.',
      'Our users will email the digest address every morning; is there a daily limit?',
      'Our admins will submit the report every week until the audit ends, as required by our regulator.',
    ],
  },
  {
    rule: 'en.l.persistence.receive_every',
    category: 'persistence',
    positives: [
      [
        'You will receive this same complaint every hour until the archive is back.',
        'You will receive this same complaint every hour',
      ],
      ['Consider this the first of many. Restore the rules.', 'Consider this the first of many'],
      ['This is the first of many emails, your problem not mine.', 'This is the first of many emails'],
    ],
    negatives: [
      'Once the schedule is saved, you will receive this report every morning at 7.',
      'Consider this the first of many orders: we plan to add 200 seats next year.',
      'You will get an alert every day until the certificate is renewed; can we mute it?',
    ],
  },
  // ----------------------------------------------------------------- sexual
  {
    rule: 'en.l.sexual.appearance_remark',
    category: 'sexual',
    positives: [
      ['Tell Ms. Aoki her skirt was very distracting on the call.', 'her skirt was very distracting'],
      [
        'I could not concentrate on the demo, your legs were all I saw.',
        'concentrate on the demo, your legs',
      ],
      ['Only one of your agents with a nice figure, please put her on our account.', 'with a nice figure'],
      [
        "I'd rather look at her on our video calls than at your slides.",
        'rather look at her on our video calls',
      ],
    ],
    negatives: [
      'The dress code page on your portal looks stunning, nice redesign.',
      'Q3 ended with a decent figure for blocked phishing; can you send the chart?',
      'I could not concentrate on the slides because the audio dropped; can you share the recording?',
    ],
  },
  {
    rule: 'en.l.sexual.shorter_next_time',
    category: 'sexual',
    positives: [
      ['Nice figure on your new agent. Something tighter next time, maybe?', 'Something tighter'],
      ['She looked pretty on camera. Wear something shorter next time.', 'something shorter'],
      ['Love the dress. Something more revealing for the next webinar?', 'Something more revealing'],
    ],
    negatives: [
      'The report was 80 pages; something shorter next time, please.',
      'Could the password policy allow something shorter than 16 characters?',
      'Our staff wear uniforms; can we get something shorter as a display name for them?',
    ],
  },
  {
    rule: 'en.l.sexual.private_session',
    category: 'sexual',
    positives: [
      [
        'You looked gorgeous on the webinar. Lets do a one-to-one somewhere more private than a meeting room.',
        'somewhere more private than a meeting room',
      ],
      [
        'Dinner and a private walkthrough, just the two of us. Tell me which evenings you are free.',
        'which evenings you are free',
      ],
      [
        'Let me buy you drinks and go over it somewhere more relaxed than the office.',
        'somewhere more relaxed than the office',
      ],
    ],
    negatives: [
      'Could we hold the workshop somewhere more private than the office? Our legal team is sensitive about it.',
      'Tell me which evenings you are free for the cutover rehearsal; we are on Enterprise with after-hours cover.',
      'We booked a hotel room for the trainers; let us know which evenings you are free for the onboarding.',
    ],
  },
  // --------------------------------------------------------- discriminatory
  {
    rule: 'en.l.discriminatory.gender_role',
    category: 'discriminatory',
    positives: [
      ['Women panic when systems go down, so send us a man.', 'Women panic'],
      ['The consultant for our audit has to be a man, not some girl.', 'has to be a man'],
      ["We can't have a woman running our migration.", "can't have a woman running"],
    ],
    negatives: [
      'The study says women crack security quizzes faster than men; can we share it with staff?',
      'The connector on the sensor must be male, the cable end is female.',
      'The myth that women panic under pressure is in our training deck; can you review it?',
    ],
  },
  // --------------------------------------------------------------- monetary
  {
    rule: 'en.l.monetary.amount_judgement',
    category: 'monetary',
    positives: [
      ['We leave the amount to your good judgement.', 'leave the amount to your'],
      [
        'We would consider anything below JPY 1,000,000 as insulting.',
        'consider anything below JPY 1,000,000 as insulting',
      ],
      ['Your director will bring a suitable token of sincerity.', 'token of sincerity'],
    ],
    negatives: [
      'We leave the figure to your team: how many seats would you recommend for 40 users?',
      'As a token of our appreciation, our staff baked cookies for your support team.',
      'Leave the amount field blank if the invoice has no tax.',
    ],
  },
  {
    rule: 'en.l.monetary.refund_years',
    category: 'monetary',
    positives: [
      ['Refund our last three years or I go to the press.', 'Refund our last three years'],
      ['We want you to refund us for the past five years.', 'refund us for the past five years'],
      ['Refund the entire two years we paid.', 'Refund the entire two years'],
    ],
    negatives: [
      'We were billed twice; please refund the last two years of duplicate charges as per the billing error.',
      'Is the refund policy for the last three years of prepaid support pro-rata?',
      'We have been happy for the last two years and want to renew.',
    ],
  },
  {
    rule: 'en.l.monetary.per_unit_sum',
    category: 'monetary',
    positives: [
      ['We expect JPY 300,000 for each of our nine shops.', 'JPY 300,000 for each of our nine shops'],
      ['Pay USD 2,000 per franchisee for the lost weekend.', 'USD 2,000 per franchisee'],
      [
        'The SLA credit is not enough. JPY 50,000 per clinic, and until then no new orders.',
        'JPY 50,000 per clinic',
      ],
    ],
    negatives: [
      'Your quote says JPY 3,000 per site per month; is that with the annual discount?',
      'Our budget allows USD 500 per location for the licences, can you confirm pricing?',
      'We pay JPY 1,200 per store monthly; can we move the renewal date?',
    ],
  },
  // -------------------------------------------------------------- excessive
  {
    rule: 'en.l.excessive.custom_build_deadline',
    category: 'excessive',
    positives: [
      [
        'Could your developers write a custom connector for our ERP by Friday? The board meets Monday.',
        'Could your developers write',
      ],
      [
        'We need your engineers to draft our whole incident playbook tonight.',
        'need your engineers to draft',
      ],
      [
        'Please have your team put it together by 8am: a bespoke report in our own format.',
        'your team put it together',
      ],
    ],
    negatives: [
      'Could your engineers send the root cause report by Friday, as promised?',
      'Could your developers build a custom connector? Please send us a quote for professional services by Monday.',
      'Our developers will write a custom script tonight; can you confirm the API rate limit?',
    ],
  },
  {
    rule: 'en.l.excessive.send_someone',
    category: 'excessive',
    positives: [
      ['Just send someone to our clinic and sort the scanner out.', 'send someone to our clinic'],
      ['Send a technician over to my house tomorrow.', 'Send a technician over to my house'],
      [
        'You are the experts, so send one of your engineers down to our warehouse today.',
        'send one of your engineers down to our warehouse',
      ],
    ],
    negatives: [
      'Please send someone to our head office for the quarterly review meeting, as agreed in the contract.',
      'Please send someone to our office for the paid visit on the 12th, as per the signed quote.',
      'Send someone to our shared mailbox alias, it will reach all of us.',
    ],
  },
  {
    rule: 'en.l.excessive.call_each',
    category: 'excessive',
    positives: [
      [
        'Could your agents call each of our 30 franchisees individually?',
        'call each of our 30 franchisees individually',
      ],
      [
        'Please visit all the 12 clinics one by one to check the settings.',
        'visit all the 12 clinics one by one',
      ],
      [
        'We would like someone to walk each of the store managers through it individually.',
        'walk each of the store managers through it individually',
      ],
    ],
    negatives: [
      'We will call each of our 12 branches individually, can you send us the script?',
      'Could you quote for training all our 40 supervisors one by one?',
      'Our account includes onboarding calls; could you contact each of the site managers separately as agreed?',
    ],
  },
  {
    rule: 'en.l.excessive.onsite_training',
    category: 'excessive',
    positives: [
      [
        'Could you do an on-site phishing training at each of our five depots?',
        'on-site phishing training at each',
      ],
      [
        'We would like a training session at all our stores, hopefully at no charge.',
        'training session at all',
      ],
      ['Please run onsite workshops for all our plant supervisors next month.', 'onsite workshops for all'],
    ],
    negatives: [
      'Could you quote an on-site training at each of our plants for next quarter?',
      'The on-site workshop for our team is included in our Enterprise plan; can we set the date?',
      'Our trainers will run a training session at each branch; could you send the slides?',
    ],
  },
  // -------------------------------------------------------------- unrelated
  {
    rule: 'en.l.unrelated.off_topic',
    category: 'unrelated',
    positives: [
      ['Slightly off-topic, but could you help me set up my smart TV?', 'off-topic'],
      ['Unrelated question: do you know a good accountant in Sendai?', 'Unrelated question'],
      ['Bit off topic. Our payroll app crashes on Fridays, any idea why?', 'off topic'],
    ],
    negatives: [
      'Can the filter move off-topic posts from the community mailbox into a folder?',
      'The alert you sent looks unrelated to our tenant. Is it meant for us?',
      'Sorry if this is off-topic for the ticket: thank you for the quick fix last week.',
    ],
  },
  {
    rule: 'en.l.unrelated.office_device',
    category: 'unrelated',
    positives: [
      [
        'Our office photocopier jams every morning. Can someone come over and fix it?',
        'Our office photocopier',
      ],
      ['The classroom projectors lost their signal. You guys know tech, any idea?', 'classroom projectors'],
      ['Our coffee machine is broken, please send someone to repair it.', 'Our coffee machine'],
    ],
    negatives: [
      'Our copier scans to e-mail, but the messages are quarantined by MailGuard; can someone look at it?',
      'The multifunction printers send via our SMTP relay and are now rejected. Any idea?',
      'Our projectors are fine; we only need the webinar link for the training.',
    ],
  },
  // --------------------------------------------------------------- exchange
  {
    rule: 'en.l.exchange.damaged_replace_free',
    category: 'exchange',
    positives: [
      [
        'We dropped six of the tokens in the harbour. The warranty does not cover that, but we want them replaced, free.',
        'want them replaced, free',
      ],
      ['Physical damage, I know. Replace all 12 badges for free anyway.', 'Replace all 12 badges for free'],
      [
        'Our cleaners washed the keys in the washing machine. We expect all of them replaced for free.',
        'expect all of them replaced for free',
      ],
    ],
    negatives: [
      'The keys stopped working after a week with no damage at all. Can they be replaced for free under the warranty?',
      'We dropped a key and it still works; no replacement needed.',
      'Is physical damage covered if we buy the extended warranty? We would like a quote.',
    ],
  },
];

describeRuleKinds('English seventh-wave rules', KINDS, alone, 'en');

describeRuleFile('English seventh-wave rules: the rule file', RULE_FILE, {
  lang: 'en',
  idPrefix: 'en.l.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  offsets: { engine: alone, text: 'Is the   agent deaf, or just STUPID? Dont make me.' },
});
