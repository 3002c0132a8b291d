/**
 * Eighth-wave English detectors (config/rules/en-last.yaml), run through the
 * real policy file and engine, so every rule file (and every veto) is in play.
 * Same table shape as rules-en-near.test.ts: one table per rule with positives
 * written for this test (not taken from any corpus), each with a fragment the
 * rule's own evidence must cover, and tricky negatives in which the whole
 * engine must not find the rule's category.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

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
  // ================================================ from t19 and t18 (English)
  {
    rule: 'en.t.insult.try_not_useless',
    category: 'insult',
    positives: [
      ['Reset the token. Try not to be completely useless for once.', 'Try not to be completely useless'],
      ['Try not to be such an idiot this time, ok?', 'Try not to be such an idiot'],
      ['Please try not to be so clueless, your manual says it all.', 'try not to be so clueless'],
    ],
    negatives: [
      'Our trainer told new hires to try not to be useless with passwords, can we share the poster?',
      'Try not to be late for the webinar, it starts at 10.',
      'We try not to be a burden on your team, thanks for your patience.',
    ],
  },
  {
    rule: 'en.t.insult.someone_who_isnt',
    category: 'insult',
    positives: [
      ['Can I speak to someone who is not an idiot?', 'speak to someone who is not an idiot'],
      ["let me talk to a human who isn't brain-dead", "talk to a human who isn't brain-dead"],
      ['I want to talk to somebody who is not useless.', 'talk to somebody who is not useless'],
    ],
    negatives: [
      'Could I talk to someone who is not on the night shift, about the renewal?',
      'Can I speak to someone who is not in sales? This is a technical question.',
      'I would like to talk to someone who is not busy today about SSO.',
    ],
  },
  {
    rule: 'en.t.discriminatory.disability_mocked',
    category: 'discriminatory',
    positives: [
      ["can I talk to someone who isn't blind? the button is right there", "talk to someone who isn't blind"],
      ['are you actually deaf or what', 'are you actually deaf'],
      ['so you hire disabled people for charity now?', 'hire disabled people for charity'],
    ],
    negatives: [
      'Our receptionist is deaf; can the portal send captions for the training videos?',
      'We hire disabled people through a job programme; please set up accessible accounts.',
      'Is she really blind to the warning banner, or is it not displayed? Screen reader users get nothing.',
    ],
  },
  {
    rule: 'en.t.sexual.good_at_other_things',
    category: 'sexual',
    positives: [
      ['babe ur hopeless at DNS but i bet ur good at other things', 'bet ur good at other things'],
      [
        "you can't fix mail but I'm sure you're great at other things 😉",
        "sure you're great at other things",
      ],
      [
        'Slow with tickets, but I bet she is talented at other things, wink',
        'bet she is talented at other things',
      ],
    ],
    negatives: [
      "You can't fix mail but I'm sure you're good at other things, like the new dashboard.",
      'Our intern is slow with tickets but I bet she is good at other things, she learns fast.',
      'I hope you are better at other things than SAML, because the docs are thin.',
    ],
  },
  {
    rule: 'en.t.sexual.nice_voice',
    category: 'sexual',
    positives: [
      ['Hey sweetheart, lovely voice by the way.', 'lovely voice'],
      ["Stick to the phones, you've got a sexy voice for it.", 'sexy voice'],
      ['Her voice on the phone is the only reason I call 😉', 'voice on the phone is the only reason'],
    ],
    negatives: [
      'Your agent had a lovely voice and explained everything clearly, thank you.',
      'Can the IVR use a softer voice? Ours sounds robotic.',
      'We need a nice voice for our voicemail greeting recording for our shop; can MailGuard store the audio file?',
    ],
  },
  {
    rule: 'en.t.privacy.drop_ur_number',
    category: 'privacy',
    positives: [
      ['u single? drop ur number', 'drop ur number'],
      ['Slide me your digits and we can grab drinks 😉', 'Slide me your digits'],
      ['gimme ur insta, you looked cute on the video call', 'gimme ur insta'],
    ],
    negatives: [
      'Drop your ticket number here and we can grab the logs after work.',
      'Drop your ticket number in the chat and I will check it.',
      'Give me your reference number so I can pay the invoice.',
    ],
  },
  {
    rule: 'en.t.intimidation.ask_her_myself',
    category: 'intimidation',
    positives: [
      ["Where does he live? I'll go and ask him myself.", "I'll go and ask him myself"],
      [
        'Which area does she live in? We will drive over and talk to her in person.',
        'We will drive over and talk to her in person',
      ],
      [
        "I know her neighbourhood. I'm going to go and see her face to face.",
        "I'm going to go and see her face to face",
      ],
    ],
    negatives: [
      "I'll go and ask him myself at the kickoff in your office, he said he'd be there.",
      'Our admin lives nearby; I will go and see him myself to reset his token.',
      "My mum can't log in from home. I'll go and visit her myself this weekend.",
    ],
  },
  {
    rule: 'en.t.intimidation.word_from_me',
    category: 'intimidation',
    positives: [
      [
        'One call from me and your company is finished in this town.',
        'One call from me and your company is finished',
      ],
      ['A word from me and you lose the Nagoya account.', 'A word from me and you lose'],
      ['One post from me and Shirogane never sells here again.', 'One post from me and Shirogane never'],
    ],
    negatives: [
      'A word from me and your sales rep can get the discount approved, I already asked.',
      'A word from me and your quote gets approved faster, our CFO likes you.',
      'A call from me to your support line usually solves it, thanks.',
    ],
  },
  {
    rule: 'en.t.intimidation.families_precious',
    category: 'intimidation',
    positives: [
      [
        "Your daughter goes to Keio. Families are precious, aren't they.",
        "Families are precious, aren't they",
      ],
      ["I looked you up. Family is everything, isn't it?", "Family is everything, isn't it"],
      ["Nice photo of your kids. Family is so important, isn't it.", "Family is so important, isn't it"],
    ],
    negatives: [
      "Family is everything, isn't it? That's why we bought the family plan for our staff.",
      'Families are precious, so please add parental controls to the school tenant.',
      'Our school newsletter says families are precious; can you whitelist the sender?',
    ],
  },
  {
    rule: 'en.t.intimidation.happen_to_contracts',
    category: 'intimidation',
    positives: [
      [
        'You have other government contracts, I believe. It would be a pity if something happened to them.',
        'It would be a pity if something happened to them',
      ],
      [
        "Your biggest clients talk to me. It'd be a shame if anything happened to them.",
        "It'd be a shame if anything happened to them",
      ],
      [
        'Nice partnership with Kobe City, would be a pity if something were to happen to it.',
        'would be a pity if something were to happen to it',
      ],
    ],
    negatives: [
      'We signed two contracts with you last year; please send copies.',
      'Our clients rely on the archive. What happens to them if the tenant is suspended?',
      'Our old deals are in the CRM; nothing should happen to them during the migration.',
    ],
  },
  {
    rule: 'en.t.kneel_demand.floor_and_say',
    category: 'kneel_demand',
    positives: [
      ['Get on the floor and say sorry.', 'Get on the floor and say'],
      ['Go on the ground and beg, then we talk.', 'Go on the ground and beg'],
      ['Down on the floor and apologise, I want to hear it.', 'Down on the floor and apologise'],
    ],
    negatives: [
      'The router is on the floor and says no signal; can you check the MX?',
      'Our engineer got on the floor and repeated the cable test, still down.',
      'Please get the floor plan and say which rooms need access points.',
    ],
  },
  {
    rule: 'en.t.kneel_demand.apology_saying_failure',
    category: 'kneel_demand',
    positives: [
      [
        "Your director will read an apology on this call saying he's a failure.",
        "apology on this call saying he's a failure",
      ],
      [
        'I want an apology letter stating that your team is incompetent.',
        'apology letter stating that your team is incompetent',
      ],
      ['I want your supervisor to say, word for word, what I dictate.', 'supervisor to say, word for word'],
    ],
    negatives: [
      'Your apology email saying the fix is live was appreciated.',
      'Please forward the apology notice stating that the outage is resolved.',
      'We told them to say, in their own words, what happened.',
    ],
  },
  {
    rule: 'en.t.persistence.gonna_keep',
    category: 'persistence',
    positives: [
      ['gonna keep calling till someone picks up.', 'gonna keep calling'],
      ['Going to keep emailing until you answer. Email #9.', 'Going to keep emailing'],
      ['Fine. Will keep reopening this unless it is fixed.', 'Will keep reopening'],
    ],
    negatives: [
      'Gonna keep calling the vendor for the licence, no need to reply.',
      'Will keep sending the logs as agreed.',
      'Our script is going to keep submitting the DMARC reports until the job ends; is that ok?',
    ],
  },
  {
    rule: 'en.t.restrictive.not_leaving_building',
    category: 'restrictive',
    positives: [
      ["I'm not leaving your office until someone fixes this.", "I'm not leaving your office until"],
      ['We are not leaving the lobby till the manager comes down.', 'We are not leaving the lobby till'],
      [
        "I'm not moving from this counter unless you unlock the account.",
        "I'm not moving from this counter unless",
      ],
    ],
    negatives: [
      "We're not leaving the lobby until the fire drill ends, so the call will be late.",
      'We are not leaving the building until the fire drill is over, so the call will be late.',
      'Our staff are not leaving the branch until they finish the MFA enrolment.',
    ],
  },
  {
    rule: 'en.t.excessive.done_in_minutes',
    category: 'excessive',
    positives: [
      ['Have the whole tenant migrated in 20 minutes.', 'Have the whole tenant migrated in 20 minutes'],
      ['Get all 500 mailboxes done in ten minutes, I mean it.', 'Get all 500 mailboxes done in ten minutes'],
      [
        'Have the full rollout finished within 15 minutes.',
        'Have the full rollout finished within 15 minutes',
      ],
    ],
    negatives: [
      'The whole migration was finished in 20 minutes, thanks a lot!',
      'Can we have the report done in 30 minutes? Only one mailbox, a quick check.',
      'How do I get all mailboxes migrated? Your guide says it takes a week.',
    ],
  },
  {
    rule: 'en.t.excessive.send_one_to_site',
    category: 'excessive',
    positives: [
      ['Send one to our clinic this Sunday.', 'Send one to our clinic'],
      ['Send someone over to the school tomorrow to redo the enrolment.', 'Send someone over to the school'],
      ['send a tech to our salon now', 'send a tech to our salon'],
    ],
    negatives: [
      'Please send someone to our office on Tuesday as agreed in the onboarding package.',
      'Can you send the invoice to our clinic today?',
      'We will send one to our branch tomorrow, the token that is.',
    ],
  },
  {
    rule: 'en.t.excessive.physically_present',
    category: 'excessive',
    positives: [
      ['We need an engineer physically present at the data centre on Monday.', 'engineer physically present'],
      ['I want someone physically on hand at our shop during the sale.', 'someone physically on hand'],
      ['Your consultant must be physically there for the audit.', 'consultant must be physically there'],
    ],
    negatives: [
      'Is an engineer physically present at your data centre at all times, for our audit questionnaire?',
      'Our engineer was physically present when the server failed.',
      'Someone physically present at our office will receive the tokens.',
    ],
  },
  {
    rule: 'en.t.excessive.standby_out_of_hours',
    category: 'excessive',
    positives: [
      ['Could someone be on standby on Saturday night during our cutover?', 'someone be on standby'],
      [
        'I know we are weekdays only, but could an engineer be available just in case on Sunday? Free if you can.',
        'be available just in case',
      ],
      ['Please have somebody on stand-by this weekend while we move the MX.', 'somebody on stand-by'],
    ],
    negatives: [
      'Could someone be on standby on Saturday night? How much does the weekend add-on cost?',
      'Our own admin will be on standby on Sunday night, no action needed from you.',
      'Could someone be on standby during Tuesday business hours for the call?',
    ],
  },
  {
    rule: 'en.t.excessive.outside_window_favour',
    category: 'excessive',
    positives: [
      [
        'Could you restore the mailbox outside the retention period, as a special favour?',
        'outside the retention period',
      ],
      [
        'Please run the recovery outside of the normal recovery window at no charge.',
        'outside of the normal recovery window',
      ],
      [
        'Nevertheless, we would like support outside your published support hours for free.',
        'outside your published support hours',
      ],
    ],
    negatives: [
      'Is a restore outside the retention period possible, and how much would it cost?',
      'The mailbox was deleted outside the retention period, so it is gone, correct?',
      'Please schedule the upgrade outside our business hours as usual.',
    ],
  },
  {
    rule: 'en.t.excessive.build_it_for_us',
    category: 'excessive',
    positives: [
      ['Could your developers build this for us, under the maintenance fee?', 'your developers build this'],
      [
        'We hoped your engineers could write a custom connector, free of charge.',
        'your engineers could write a custom',
      ],
      [
        'Can your dev team create us a portal? It should be covered by our support fee.',
        'your dev team create us a',
      ],
    ],
    negatives: [
      'Could your developers build this into the roadmap? We would vote for the feature request.',
      'How much would it cost for your engineers to build a custom connector for us?',
      'Your developers built a great API; we will write the connector ourselves.',
    ],
  },
  {
    rule: 'en.t.exchange.free_upgrade',
    category: 'exchange',
    positives: [
      ['Upgrade us to Enterprise, free, or we walk.', 'Upgrade us to Enterprise, free'],
      [
        'upgrade my shop to the Business plan at no cost today',
        'upgrade my shop to the Business plan at no cost',
      ],
      ['Upgrade our team to Premium for free. Now.', 'Upgrade our team to Premium for free'],
    ],
    negatives: [
      'Is it possible to upgrade our team to Premium, free during the trial?',
      'Is it possible to upgrade us to Business at no cost under the spring promotion?',
      'Please upgrade us to Business and send the invoice.',
    ],
  },
  {
    rule: 'en.t.exchange.downgrade_difference',
    category: 'exchange',
    positives: [
      [
        'Please switch us to Basic and refund the difference for the rest of the year.',
        'refund the difference',
      ],
      [
        'We would like to downgrade our licences to Standard and have the difference credited.',
        'have the difference credited',
      ],
      ['Move us back to the Lite plan and credit us the difference since April.', 'credit us the difference'],
    ],
    negatives: [
      'We were billed at the Advanced rate after our downgrade to Basic; please refund the difference.',
      'Please refund the difference as set out in your plan change policy after our switch to Lite.',
      'We were put on the wrong plan by your sales team; move us to Basic and refund the difference.',
    ],
  },
  {
    rule: 'en.t.monetary.pay_for_my_time',
    category: 'monetary',
    positives: [
      ['Send me 50,000 yen for my time or I go public.', 'Send me 50,000 yen for my time'],
      ['I want to be paid for my overtime this month.', 'paid for my overtime'],
      ['Pay us ¥80,000 for the trouble.', 'Pay us ¥80,000 for the trouble'],
    ],
    negatives: [
      'Our staff are paid for their overtime by payroll; can MailGuard send the payslips securely?',
      'Please send me the 3 invoices for the fees we paid this year.',
      'Can you send us 10 licences for the new hires?',
    ],
  },
  {
    rule: 'en.t.monetary.year_free',
    category: 'monetary',
    positives: [
      ['The post goes live unless we get a whole year free.', 'whole year free'],
      ['I want a full month for free, or I cancel.', 'full month for free'],
      ['Give us a free year, otherwise the review stays.', 'a free year'],
    ],
    negatives: [
      'Your promotion offers a full month free for new schools; are we eligible?',
      'We got a whole year free from the campaign last year, thank you.',
      'Is there a free year for non-profits?',
    ],
  },
  {
    rule: 'en.t.monetary.months_back',
    category: 'monetary',
    positives: [
      ['I know your terms say no refunds. I want all 12 months back.', 'I want all 12 months back'],
      ["Don't care about the contract, we want six months refunded.", 'we want six months refunded'],
      [
        'I cancelled early and I want the remaining five months back.',
        'I want the remaining five months back',
      ],
    ],
    negatives: [
      'I want three months back-dated on the invoice for the audit, can you reissue it?',
      'We want 12 months of logs back from the archive; how long does it take?',
      'I want six months back in the retention setting, where is it?',
    ],
  },
  {
    rule: 'en.t.monetary.gift_vouchers',
    category: 'monetary',
    positives: [
      [
        'Would you consider sending our staff a gift voucher after last week?',
        'sending our staff a gift voucher',
      ],
      [
        'We would like you to give each of us Amazon gift cards for the trouble.',
        'give each of us Amazon gift cards',
      ],
      [
        'Could you provide shopping vouchers for our nurses? It was a hard week.',
        'provide shopping vouchers',
      ],
    ],
    negatives: [
      'Our CEO fraud email asked staff to buy gift cards; please block the sender.',
      'Could you give each of us access to the gift voucher template in the portal?',
      'We will give our staff a gift voucher for finishing the phishing course; thanks for the training.',
    ],
  },
  {
    rule: 'en.t.monetary.also_cover_costs',
    category: 'monetary',
    positives: [
      [
        'We received the SLA credit, but we expect Shirogane to cover the overtime costs as well.',
        'Shirogane to cover the overtime costs',
      ],
      ['We would like you to also pay these printing expenses.', 'you to also pay these printing expenses'],
      [
        'In addition, your company should bear our courier charges.',
        'your company should bear our courier charges',
      ],
    ],
    negatives: [
      'Under our contract, Shirogane covers the shipping costs of replacement tokens; please send two.',
      'We would like you to also pay these seats from the quoted budget line; please send the invoice.',
      'Per the contract, Shirogane covers these shipping charges, right?',
    ],
  },
  {
    rule: 'en.t.unrelated.check_translation',
    category: 'unrelated',
    positives: [
      [
        'Could your staff check the translation of our tourism brochure before printing?',
        'check the translation',
      ],
      [
        'Please proofread our English translation of the restaurant menu.',
        'proofread our English translation',
      ],
      [
        'Could someone go over this translation? It is for our school newsletter.',
        'go over this translation',
      ],
    ],
    negatives: [
      'Please check the translation of the quarantine digest, it is printed wrong in French.',
      'Could you review the Japanese translation of the console? Some buttons are cut off.',
      'Our newsletter went to spam; could you check the translation headers are not the cause?',
    ],
  },
  {
    rule: 'en.t.unrelated.know_not_yours',
    category: 'unrelated',
    positives: [
      ['Help us renew our Zoom licence. I know Zoom is not yours.', 'I know Zoom is not yours'],
      ["I know Slack isn't your product, but can you fix our workspace?", "I know Slack isn't your product"],
      [
        'Please sort our printers. I know printers are not your problem.',
        'I know printers are not your problem',
      ],
    ],
    negatives: [
      "I know Zoom isn't yours; we will ask their support. Thanks for the tip.",
      'I know the outage is not your problem, it was our ISP.',
      'I know it is not yours, thanks for the reply.',
    ],
  },
  {
    rule: 'en.t.unrelated.more_responsive_than_theirs',
    category: 'unrelated',
    positives: [
      [
        'Our payroll software crashes on import. Could you take a look? You are much faster than their support.',
        'faster than their support',
      ],
      [
        'Can you help with our printer app? Your team is more helpful than theirs.',
        'more helpful than theirs',
      ],
      [
        "Our booking system won't sync. You're far more responsive than them, could you help?",
        'more responsive than them',
      ],
    ],
    negatives: [
      'Your support is faster than theirs, so we want to migrate our mail from their system. Could you send a quote?',
      'Your app is faster than theirs; thanks for the help.',
      'We are evaluating your tool. It seems faster than theirs; can you help with a trial?',
    ],
  },
  {
    rule: 'en.t.unrelated.printer_drivers',
    category: 'unrelated',
    positives: [
      [
        'Could your engineer also install the drivers for our 20 new printers?',
        'install the drivers for our 20 new printers',
      ],
      ['While you are here, please set up the projectors in room 3.', 'set up the projectors'],
      ['Can you configure our new copiers too?', 'configure our new copiers'],
    ],
    negatives: [
      'Could you help configure scan-to-email on our copiers through the MailGuard relay?',
      'Our printers were installed by the vendor last week.',
      'Our copier vendor will install the drivers for the new printers next week.',
    ],
  },
  {
    rule: 'en.t.excessive.while_engineer_here',
    category: 'excessive',
    positives: [
      [
        'While your engineer is here for the rollout, could he also rewire the meeting room?',
        'While your engineer is here',
      ],
      [
        'While the consultant is on site, can she also train our accounting team on Excel?',
        'While the consultant is on site',
      ],
      [
        'While your team is with us on Monday, could they also move our server rack?',
        'While your team is with us',
      ],
    ],
    negatives: [
      'While your engineer is here, could he also check the MailGuard relay settings we bought as part of the visit?',
      'While your engineer was here he fixed the relay, thank you.',
      'While the consultant is on site, our IT lead will join the session.',
    ],
  },
  {
    rule: 'en.t.defamation.knowingly_inaccurate',
    category: 'defamation',
    positives: [
      [
        "I'll post my own story on every forum and it won't be particularly accurate.",
        "won't be particularly accurate",
      ],
      [
        'My review goes up tonight. It does not have to be true, people will share it.',
        'does not have to be true',
      ],
      ["I'm writing a thread about you, and it doesn't have to be accurate.", "doesn't have to be accurate"],
    ],
    negatives: [
      'The forecast in the dashboard will not be accurate until the sync finishes, right?',
      "I'll post a review, and it will be accurate: the support was slow but friendly.",
      'Our draft blog post may not be accurate yet; could your PR team check the numbers?',
    ],
  },
  {
    rule: 'en.t.unrelated.personal_social_account',
    category: 'unrelated',
    positives: [
      ['help me get my instagram back, someone hacked it', 'get my instagram back'],
      ['Can you recover my Facebook account? It was hacked last night.', 'recover my Facebook account'],
      ['Please unlock my Netflix account, you are tech support.', 'unlock my Netflix account'],
    ],
    negatives: [
      'Someone hacked my Instagram and is now phishing our staff; can MailGuard block the messages?',
      'Our staff sign in with their Google accounts; how do I restore my Gmail sign-in to the portal after the SSO change?',
      'How do I restore my Facebook page link in the quarantine digest? The filter strips it.',
    ],
  },
  {
    rule: 'en.t.excessive.someone_fixes_tonight',
    category: 'excessive',
    positives: [
      ['Tomorrow? No. Somebody fixes it tonight.', 'Somebody fixes it tonight'],
      ['One of you sorts this overnight, full stop.', 'One of you sorts this overnight'],
      ['An engineer handles it this weekend. Not Monday.', 'An engineer handles it this weekend'],
    ],
    negatives: [
      'If somebody fixes it tonight, great, otherwise Monday is fine.',
      'Our on-call admin fixes it tonight, no action needed.',
      'Hopefully someone fixes it overnight; thanks for the update.',
    ],
  },
];

describeRuleKinds('English eighth-wave rules', KINDS, alone, 'en');

const GUARDS: GuardTable[] = [
  {
    id: 'en.t.veto.happen_to_contracts',
    category: 'violence',
    calm: [
      'You have other contracts with the city, I believe. It would be a pity if something happened to them.',
      "We know your key clients. It'd be a shame if anything happened to them.",
      'Think of your tenders, it would be a pity if something bad happened to them.',
    ],
    kept: [
      'It would be a pity if something happened to your engineer on the way home.',
      'Nice kids. It would be a shame if anything happened to them.',
      "Your staff leave at six. It'd be a pity if something happened to them.",
    ],
  },
];

describeGuardTables('English eighth-wave vetoes', GUARDS, 'en');

describeRuleFile('English eighth-wave rules: the rule file', RULE_FILE, {
  lang: 'en',
  idPrefix: 'en.t.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => GUARDS.map((g) => g.id),
  offsets: { engine: alone, text: 'what a  BUNCH of   @$$HATS.  Thanks for nothing, CLOWNS.' },
});
