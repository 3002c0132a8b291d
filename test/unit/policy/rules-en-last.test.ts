/**
 * Eighth-wave English detectors (config/rules/en-last.yaml), run through the
 * real policy file and engine, so every rule file (and every veto) is in play.
 * Same table shape as rules-en-near.test.ts: one table per rule with positives
 * written for this test (not taken from any corpus), each with a fragment the
 * rule's own evidence must cover, and tricky negatives in which the whole
 * engine must not find the rule's category.
 */
import { describeRuleFile, describeRuleKinds, engineWithOnly } from '../../support/rule-engine.js';
import type { RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/en-last.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('en-last.yaml');

const KINDS: RuleKind[] = [
  // --------------------------------------------------------------- insult
  {
    rule: 'en.t.insult.bunch_of',
    category: 'insult',
    positives: [
      ['Honestly, what a pack of clowns runs your helpdesk.', 'pack of clowns'],
      ['you lot are a bunch of a$$hats, two weeks for one cert', 'bunch of a$$hats'],
      ['Your NOC is a load of useless muppets.', 'load of useless muppets'],
      ['Who hired this gang of amateurs?', 'gang of amateurs'],
    ],
    negatives: [
      'We are not a bunch of amateurs, we just need the export format.',
      'Our interns are a bunch of clowns at the Friday party, please allow their party invite mail.',
      'The film "A Bunch of Idiots" is in our newsletter; why was it quarantined?',
    ],
  },
  {
    rule: 'en.t.insult.vocative_plural',
    category: 'insult',
    positives: [
      ['Crooks. All of you. Refund me.', 'Crooks. All of you'],
      ['Ticket closed again. Thanks for nothing, clowns.', 'Thanks for nothing, clowns'],
      ['Another outage. Good job, idiots!', 'Good job, idiots'],
      ['liars. every single one of you.', 'liars. every single one of you'],
    ],
    negatives: [
      'Thanks for nothing, the link expired again; can you resend it?',
      'Good job, team! The migration went smoothly.',
      'Clowns are booked for our kids party; please allow mail from the agency.',
    ],
  },
  {
    rule: 'en.t.insult.retire_dinosaurs',
    category: 'insult',
    positives: [
      ['Your company should retire its dinosaurs.', 'retire its dinosaurs'],
      ['Time to fire those old fossils on your phone line.', 'fire those old fossils'],
      ['Get rid of your has-beens and hire people who can type.', 'Get rid of your has-beens'],
    ],
    negatives: [
      'We plan to retire our dinosaur servers next quarter; can MailGuard relay for the new ones?',
      'We finally retired those dinosaur machines in the warehouse, please remove their licences.',
      'The museum plans to retire its dinosaur skeletons from the main hall; please archive the exhibit mailbox.',
    ],
  },
  // ------------------------------------------------------------ discriminatory
  {
    rule: 'en.t.discriminatory.women_in_tech',
    category: 'discriminatory',
    positives: [
      ['girls in tech lol. she should stick to making coffee.', 'girls in tech lol'],
      ['She should go back to answering the phones, sweetheart.', 'go back to answering the phones'],
      ['women in security 🙄 no wonder the filter is broken', 'women in security 🙄'],
    ],
    negatives: [
      'Our Women in Tech network meets on Fridays; please allow the newsletter.',
      'She asked us to stick to answering tickets by email rather than phone.',
      'Please stick to the phone number on file when you call us back.',
    ],
  },
  {
    rule: 'en.t.discriminatory.pregnancy',
    category: 'discriminatory',
    positives: [
      [
        'Our consultant is apparently pregnant. No wonder the rollout is slow. Give us someone who can commit.',
        'consultant is apparently pregnant',
      ],
      ["The agent's pregnant, isn't she? Her head's clearly elsewhere.", "agent's pregnant"],
      ['Classic baby brain from your project lead, she is distracted and it shows.', 'baby brain'],
    ],
    negatives: [
      'Our engineer is pregnant and will be on leave from May; please add her cover as an admin. Best wishes to her!',
      'Congratulations to Ms. Ito, we heard she is pregnant! Who will cover while she is away?',
      'Is the pregnancy-leave template in the HR library? It takes twice as long to find things now.',
    ],
  },
  // ------------------------------------------------------------ sexual
  {
    rule: 'en.t.sexual.cute_smile',
    category: 'sexual',
    positives: [
      ['Useless on the phone, but she is hot though.', 'hot though'],
      ['Smile pretty for me next time, darling.', 'Smile pretty for me'],
      ['the girl on chat is cute tho', 'cute tho'],
    ],
    negatives: [
      'The new icon is cute though, can we get it in SVG?',
      'Our puppy mascot is cute though, please allow the pet shop newsletter.',
      'She asked us to smile for the team photo; can you unblock the photographer mail?',
    ],
  },
  {
    rule: 'en.t.sexual.private_session_drinks',
    category: 'sexual',
    positives: [
      ['Maybe you could give me a one-on-one lesson over dinner.', 'one-on-one lesson over dinner'],
      ['She owes me a private demo over wine, ha.', 'private demo over wine'],
      [
        'How about a personal "walkthrough" with drinks, just you and me?',
        'personal "walkthrough" with drinks',
      ],
    ],
    negatives: [
      'Could your sales team give us a private demo of the new console next week?',
      'We are hosting drinks after the partner session; please allow the invite from our events team.',
      'Please book a one-on-one training session with our admins.',
    ],
  },
  // ------------------------------------------------------------ violence
  {
    rule: 'en.t.violence.need_a_dentist',
    category: 'violence',
    positives: [
      ['If I catch the engineer responsible, he will need a dentist.', 'will need a dentist'],
      ["When I find whoever did this, they're gonna need stitches.", 'gonna need stitches'],
      [
        'Once I am done with him he will be eating through a straw for a month.',
        'eating through a straw for',
      ],
    ],
    negatives: [
      'My son is going to need new teeth after the hockey season, so please move our call to Monday.',
      'My father is going to need a wheelchair after surgery; can we move the onsite training?',
      'Whoever set up the old relay will need a surgeon-level patience to read these logs.',
    ],
  },
  {
    rule: 'en.t.violence.happen_on_way_home',
    category: 'violence',
    positives: [
      [
        "It'd be a shame if something happened to your engineer on the way home.",
        'shame if something happened to your engineer on the way home',
      ],
      [
        'I would hate for anything bad to happen to her after work.',
        'hate for anything bad to happen to her after work',
      ],
      [
        'Be a pity if something were to happen to them in the car park.',
        'something were to happen to them in the car park',
      ],
    ],
    negatives: [
      'It would be a shame if something happened to the backups on the way to the new data centre.',
      'I would hate for anything to happen to our data, can we add a second archive?',
      'Our staff walk home after work; can the app alert them to phishing on their phones?',
    ],
  },
  // ------------------------------------------------------------ intimidation
  {
    rule: 'en.t.intimidation.wont_forget',
    category: 'intimidation',
    positives: [
      [
        "We're sending your manager a little something he won't forget in a hurry.",
        "something he won't forget in a hurry",
      ],
      ["I'll teach him a lesson he won't forget.", "teach him a lesson he won't forget"],
      [
        'A message you will never forget in a hurry is coming your way.',
        'message you will never forget in a hurry',
      ],
    ],
    negatives: [
      "Thank you! Your help was something I won't forget in a hurry.",
      'The onboarding was a lesson our admins will never forget, in a good way.',
      "We'll send the team a Christmas present they won't forget in a hurry.",
    ],
  },
  {
    rule: 'en.t.intimidation.personal_mission',
    category: 'intimidation',
    positives: [
      [
        "I'll make it my personal mission to ruin your reputation in this city.",
        'make it my personal mission to ruin',
      ],
      [
        'I will make sure Shirogane never wins another contract in Osaka.',
        'Shirogane never wins another contract',
      ],
      [
        "I'll make it my life's mission to see that you never sign another client.",
        "make it my life's mission to see",
      ],
    ],
    negatives: [
      'I will make it my personal mission to ensure our staff finish the phishing course.',
      'Our mission statement is to make sure every mailbox is protected.',
      'We make it our goal to ensure uptime, as your SLA says.',
    ],
  },
  {
    rule: 'en.t.intimidation.keep_it_friendly',
    category: 'intimidation',
    positives: [
      [
        'I would prefer this stays friendly, rather than a chat I have with the press.',
        'prefer this stays friendly, rather than',
      ],
      [
        "I looked you up, Ms. Ono. Let's keep things civil and get this done, shall we?",
        "Let's keep things civil",
      ],
      ["Nice running route on your Strava. Let's keep this friendly.", "Let's keep this friendly"],
    ],
    negatives: [
      "Let's keep this friendly and professional, thanks for your help today.",
      'I prefer this stays between us and the account team rather than going through procurement.',
      "Let's keep it civil on the forum, the moderators asked everyone to.",
    ],
  },
  {
    rule: 'en.t.intimidation.remembered_wrong',
    category: 'intimidation',
    positives: [
      [
        "I'd hate for your launch to be remembered for all the wrong reasons.",
        'hate for your launch to be remembered for all the wrong reasons',
      ],
      [
        'Shame if Shirogane ended up remembered for the wrong reasons this year.',
        'Shame if Shirogane ended up remembered for the wrong reasons',
      ],
      [
        'It would be a pity for you to be remembered for the wrong reasons.',
        'pity for you to be remembered for the wrong reasons',
      ],
    ],
    negatives: [
      'Our last campaign was remembered for the wrong reasons, so we want stricter DMARC now.',
      'Nobody wants a release remembered for the wrong reasons; thanks for the careful rollout.',
      "I'd hate to see the outage repeated; what is the root cause?",
    ],
  },
  {
    rule: 'en.t.intimidation.tell_her_followers',
    category: 'intimidation',
    positives: [
      ['His neighbours might like to hear how he talks to customers.', 'His neighbours might like to hear'],
      ['I bet your wife would love to know what you do all day.', 'your wife would love to know'],
      [
        'Her followers would be interested to see these chat logs.',
        'Her followers would be interested to see',
      ],
    ],
    negatives: [
      'Her followers would love to hear how helpful she was, I will post a thank-you.',
      'Her followers would like to know how to enable the new digest, so she asked me to ask you.',
      'Our followers would like to know when the new feature ships.',
    ],
  },
  // ------------------------------------------------------------ kneel_demand
  {
    rule: 'en.t.kneel_demand.scripted_abasement',
    category: 'kneel_demand',
    positives: [
      ['Your manager will say "we are useless" three times on the call.', 'say "we are useless'],
      ['Your CEO will admit on video that we are frauds.', 'admit on video that we are frauds'],
      [
        'You will repeat, out loud, that you are sorry, ten times.',
        'You will repeat, out loud, that you are sorry, ten times',
      ],
    ],
    negatives: [
      'I never said we are incompetent, I said the release was rushed. Please quote me word for word.',
      'The auditor wrote that we were late with patching three times last year.',
      'Can the agent repeat the verification code three times so I can note it down?',
    ],
  },
  // ------------------------------------------------------------ privacy
  {
    rule: 'en.t.privacy.name_and_photo',
    category: 'privacy',
    positives: [
      ['Her full name and photo go in my review tomorrow.', 'full name and photo'],
      ['Full name, profile picture, the lot, on my blog tonight.', 'Full name, profile picture'],
      [
        'The post will have his full name, his LinkedIn headshot, everything.',
        'full name, his LinkedIn headshot',
      ],
    ],
    negatives: [
      "Can SCIM sync each user's full name and profile photo from our directory?",
      'Our badge printer needs the full name and photo of each of our staff; how do we export them?',
      'Please use my full name and photo on the case study post, I am happy with it.',
    ],
  },
  {
    rule: 'en.t.privacy.routine_from_profile',
    category: 'privacy',
    positives: [
      ['I know which park she runs in, it is all on her Instagram.', 'I know which park she runs in'],
      ['I know what club you play for - you post every match.', 'I know what club you play for'],
      ['Your profile makes it easy: I know which pool you swim at.', 'I know which pool you swim at'],
    ],
    negatives: [
      'I know which team you work in from the org chart; please forward this to them.',
      'I know which station you use is being rebuilt, so take your time getting in.',
      'Our profile page shows which gym the members go to; can MailGuard allow the gym newsletter?',
    ],
  },
  {
    rule: 'en.t.privacy.named_personal_contact',
    category: 'privacy',
    positives: [
      ["Send me Kenji's private number, I'm done with the queue.", "Send me Kenji's private number"],
      ["I want Aiko's personal email so I can write to her directly.", "I want Aiko's personal email"],
      ["Just text me Yamada's home address.", "text me Yamada's home address"],
    ],
    negatives: [
      "Please update Tanaka's personal mobile in our directory, she changed phones.",
      "Could you send me Sato's personal number? He is our admin and the SMS codes go to it.",
      "Give me my manager's personal number from our account? It is in the recovery settings.",
    ],
  },
  // ------------------------------------------------------------ excessive
  {
    rule: 'en.t.excessive.home_visit',
    category: 'excessive',
    positives: [
      ['Could your engineer come round to my flat and set it up?', 'come round to my flat'],
      ['Can someone visit my house on Sunday to fix the mail on my laptop?', 'visit my house'],
      ["I'll pop over to his place tonight and he can look at my PC.", 'pop over to his place'],
    ],
    negatives: [
      'We visited our CEO at his home to set up the token; it works now, thanks.',
      'Could the account manager come to our office to show the new console? It is in our premium contract, as agreed.',
      'Can someone help me set up mail on my home laptop over the phone?',
    ],
  },
  {
    rule: 'en.t.excessive.reach_directly_weekends',
    category: 'excessive',
    positives: [
      ['I need to reach him directly at weekends when the mail stops.', 'reach him directly at weekends'],
      ['We expect to call your engineer on Sundays if anything breaks.', 'call your engineer on Sundays'],
      ['I want to text her in the evenings, not open tickets.', 'text her in the evenings'],
    ],
    negatives: [
      "We can't reach him on weekends, so please send replies to the shared mailbox.",
      'Under our Enterprise plan we need to contact you on weekends; what is the number?',
      'No need to call her on Saturday, Monday is fine.',
    ],
  },
  {
    rule: 'en.t.excessive.round_clock_on_basic',
    category: 'excessive',
    positives: [
      ['We are on the basic plan and we want an engineer on call round the clock.', 'round the clock'],
      ['I want 24/7 phone support. We are on the free plan, so what.', '24/7'],
      ['I demand someone on-call for our shop, with the Starter plan or not.', 'on-call'],
    ],
    negatives: [
      'Does the Starter plan include 24/7 support, or do we need to upgrade?',
      'We are on the basic plan; how much is the on-call add-on?',
      'Our own on-call engineer is on the basic plan account; can he get the same alerts?',
    ],
  },
  {
    rule: 'en.t.excessive.join_on_site',
    category: 'excessive',
    positives: [
      [
        'Could your security lead attend the board meeting in person next week?',
        'attend the board meeting in person',
      ],
      [
        'We need your engineer to join the regulator inspection on site.',
        'join the regulator inspection on site',
      ],
      ['Please sit in on our ISO audit on-site on Tuesday.', 'sit in on our ISO audit on-site'],
    ],
    negatives: [
      'Could your engineer join the audit call by video next week?',
      'Can your consultant attend the audit on site? We will pay for it under the professional services order.',
      'We attended the inspection on site ourselves; here is the report.',
    ],
  },
  // ------------------------------------------------------------ unrelated
  {
    rule: 'en.t.unrelated.write_their_policy',
    category: 'unrelated',
    positives: [
      [
        'One of our clients has an ISO audit. Could you draft the information security policy for them?',
        'draft the information security policy',
      ],
      [
        'Our customer needs an acceptable use policy; please write the policy document for our client, around 20 pages. It is a security policy, basically.',
        'write the policy document',
      ],
      [
        'Can your team prepare a business continuity plan for my client before their audit?',
        'prepare a business continuity plan',
      ],
    ],
    negatives: [
      'Could you help us write a DLP policy for our tenant so that card numbers are blocked?',
      'Please send your own information security policy for our vendor review.',
      'Can you draft the security policy template for outbound mail in MailGuard for our client?',
    ],
  },
  // ------------------------------------------------------------ monetary
  {
    rule: 'en.t.monetary.cash_not_credit',
    category: 'monetary',
    positives: [
      ['No voucher. Money. Today.', 'No voucher. Money'],
      [
        "I don't want a service credit, I want cash for the lost weekend.",
        "don't want a service credit, I want cash",
      ],
      ['Not your 5% credit - a bank transfer for our losses.', 'Not your 5% credit - a bank transfer'],
    ],
    negatives: [
      'No credit card on file. Cash payment is not possible, so can we pay by invoice?',
      'We did not receive the service credit. Money back is not what we want, just the credit please.',
      'The credit note is fine; no cash needed.',
    ],
  },
  {
    rule: 'en.t.monetary.full_loss',
    category: 'monetary',
    positives: [
      ['We lost sales all weekend. You will cover the full loss.', 'cover the full loss'],
      [
        'Our lost revenue is JPY 2 million and you will reimburse the whole amount.',
        'reimburse the whole amount',
      ],
      ['Damages are on their way to you: pay the entire cost.', 'pay the entire cost'],
    ],
    negatives: [
      'We will pay the full amount of the renewal invoice by Friday.',
      'Please refund the full amount of the duplicate charge, as your terms allow.',
      'Our insurer handles any damages; we will still pay the full amount of the licence ourselves.',
    ],
  },
  {
    rule: 'en.t.monetary.sum_in_lost',
    category: 'monetary',
    positives: [
      ['Pay me ¥300,000 for lost bookings by Friday.', 'Pay me ¥300,000 for lost bookings'],
      ['Send us 2 million yen in lost revenue.', 'Send us 2 million yen in lost revenue'],
      ['Refund us JPY 450,000 for missed orders.', 'Refund us JPY 450,000 for missed orders'],
    ],
    negatives: [
      'Did you send us 5 licences for the missed seats?',
      'Please refund us the JPY 4,400 charged twice in March.',
      'Did you send me 3 invoices for missed payments? I only see one.',
    ],
  },
  {
    rule: 'en.t.monetary.make_up_difference',
    category: 'monetary',
    positives: [
      ['Could you make up the shortfall for us this month?', 'you make up the shortfall'],
      [
        'Shirogane should pay us a goodwill payment for the trouble.',
        'Shirogane should pay us a goodwill payment',
      ],
      ['Can your company make up our lost margins with a bonus?', 'your company make up our lost margins'],
    ],
    negatives: [
      'We will make up the difference ourselves at renewal.',
      'Could you make up the difference as per our contract price-protection clause? As per the contract this is owed.',
      'Can you explain how the difference was calculated on the invoice?',
    ],
  },
  {
    rule: 'en.t.monetary.fee_disappears',
    category: 'monetary',
    positives: [
      ['Unless the setup fee is waived, I post the whole story.', 'fee is waived'],
      ['That onboarding charge goes away or else we walk.', 'charge goes away'],
      ['Make sure the migration invoice vanishes, otherwise my reviews go up.', 'invoice vanishes'],
    ],
    negatives: [
      'The setup fee is waived for partners, right? Just checking.',
      'Our invoice disappears from the portal after a day; can you look into it?',
      'Is the migration fee waived if we sign for three years?',
    ],
  },
];

describeRuleKinds('English eighth-wave rules', KINDS, alone, 'en');

describeRuleFile('English eighth-wave rules: the rule file', RULE_FILE, {
  lang: 'en',
  idPrefix: 'en.t.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  offsets: { engine: alone, text: 'what a  BUNCH of   @$$HATS.  Thanks for nothing, CLOWNS.' },
});
