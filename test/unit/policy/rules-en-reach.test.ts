/**
 * Reach-round English detectors and vetoes (config/rules/en-reach.yaml), run
 * through the real policy file and engine, so every rule file (and every veto)
 * is in play. Same table shape as rules-en-far.test.ts: one table per rule
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

const RULE_FILE = 'config/rules/en-reach.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('en-reach.yaml');

const KINDS: RuleKind[] = [
  // --------------------------------------------------------- intimidation
  {
    rule: 'en.r.intimidation.shame_if_boss',
    category: 'intimidation',
    positives: [
      [
        'Shame if something happened to your performance review, Akira.',
        'Shame if something happened to your performance review',
      ],
      ['Would be awful if your director heard about this call, no?', 'awful if your director heard'],
      ['It would be sad if you lost your job over one ticket.', 'sad if you lost your job'],
      [
        'Terrible if your HR department received a copy of this chat.',
        'Terrible if your HR department received',
      ],
    ],
    negatives: [
      'It would be a shame if we had to rebuild the rules from scratch after the upgrade.',
      'Awful if something happened to your data, so we back it up nightly - is that enough?',
      'It would be a pity if your team missed the webinar, the recording is great.',
    ],
  },
  {
    rule: 'en.r.intimidation.or_boss_hears',
    category: 'intimidation',
    positives: [
      ['Refund us today or your manager hears about you.', 'or your manager hears about you'],
      [
        'Fix it, or else your director finds out about this call.',
        'or else your director finds out about this call',
      ],
      ['Close it again or your team lead gets a call about you.', 'or your team lead gets a call about you'],
      ['Do it now or ur boss will hear about u', 'or ur boss will hear about u'],
    ],
    negatives: [
      'Please cc me or your manager on the RCA so we both see it.',
      'Send the invoice to me or your finance team hears about it from our AP desk automatically.',
      'Is the approval sent to the admin or your manager by default?',
    ],
  },
  {
    rule: 'en.r.intimidation.people_who_cross_me',
    category: 'intimidation',
    positives: [
      ['Agents who ignore me usually end up looking for new jobs.', 'Agents who ignore me'],
      ["People who fob me off don't stay employed for long.", 'People who fob me'],
      ['Everyone who said no to me regretted it.', 'Everyone who said no to me'],
      ['The last rep who hung up on me is no longer with your company.', 'The last rep who hung up on me'],
      ['People that mess with me tend to learn the hard way.', 'People that mess with me'],
    ],
    negatives: [
      'The last engineer who helped me is no longer on the account, who replaced her?',
      'People who help me with DNS usually get a thank-you note from our CIO.',
      'Anyone who ignored the phishing banner ended up in the training group.',
    ],
  },
  {
    rule: 'en.r.intimidation.career_accident',
    category: 'intimidation',
    positives: [
      ['Accidents happen to careers every day, Mr. Wu.', 'Accidents happen to careers'],
      ['Your days at that helpdesk are numbered.', 'Your days at that helpdesk are numbered'],
      ['Enjoy your headset while it lasts.', 'Enjoy your headset while it lasts'],
      ['Whatever happens to her after this, she brought it on herself.', 'Whatever happens to her'],
    ],
    negatives: [
      "Windows 10's days are numbered, so when does your agent support Windows 11?",
      'Accidents happen - one of our admins deleted a mailbox, can you restore it?',
      'Enjoy your weekend, and thanks again for the quick fix!',
    ],
  },
  {
    rule: 'en.r.intimidation.unforgiving',
    category: 'intimidation',
    positives: [
      ["I'm not a forgiving woman, Mr. Ito.", "I'm not a forgiving"],
      ['I never forget names. Yours included.', 'I never forget names'],
      ["Your engineer should know I don't forget.", "I don't forget"],
      ['I do not forgive and I do not forget.', 'I do not forgive'],
    ],
    negatives: [
      'I never forget to attach the logs, so check the first message.',
      "I don't forget birthdays, but I did forget the renewal date - can you extend it?",
      'I never forget the admin password because it lives in our vault.',
    ],
  },
  {
    rule: 'en.r.intimidation.awkward_explaining',
    category: 'intimidation',
    positives: [
      [
        'If this drags on, your team lead will have some awkward explaining to do.',
        'awkward explaining to do',
      ],
      [
        'Unless I get a refund, your supervisor faces some very difficult questions to answer.',
        'difficult questions to answer',
      ],
      [
        'You will have a lot of uncomfortable explanations to give when my report lands.',
        'uncomfortable explanations to give',
      ],
      ['Fix it or he will have tough questions to face from his boss.', 'tough questions to face'],
    ],
    negatives: [
      'Our CFO will have some awkward questions to answer at the board meeting about the budget.',
      'If you have difficult questions to answer from your auditors, our docs may help.',
      'The quiz in the training has some hard questions to answer.',
    ],
  },
  {
    rule: 'en.r.intimidation.last_no',
    category: 'intimidation',
    positives: [
      [
        "I'll make sure it's the last mistake you ever make at that company.",
        'the last mistake you ever make',
      ],
      [
        'Close it again and I will see to it that it is the last ticket you close.',
        'the last ticket you close',
      ],
      ["Say that again and I'll make sure it's the last word you say in that job.", 'the last word you say'],
      ['I will make sure that was the last no you ever give a customer.', 'the last no you ever give'],
    ],
    negatives: [
      'This should be the last time you need to reset the token, the patch fixes it.',
      'Was that the last call you take before the weekend? No rush on our ticket.',
      'The last thing you do before upgrading is export the rules.',
    ],
  },
  {
    rule: 'en.r.intimidation.worst_nightmare',
    category: 'intimidation',
    positives: [
      ["I'll be your worst nightmare if this isn't fixed.", "I'll be your worst nightmare"],
      [
        'I can be your best friend or your worst nightmare.',
        'I can be your best friend or your worst nightmare',
      ],
      ["Trust me, I'm about to become your worst nightmare.", 'become your worst nightmare'],
      ['I am your worst nightmare, kid.', 'I am your worst nightmare'],
    ],
    negatives: [
      'Ransomware is your worst nightmare, so how does MailGuard stop it?',
      'A full mailbox outage on payday would be our worst nightmare.',
      'Your worst nightmare as an admin is a stale DKIM key - can we rotate ours?',
    ],
  },
  {
    rule: 'en.r.intimidation.on_notice',
    category: 'intimidation',
    positives: [
      ['Consider yourself on notice, Mr. Hall.', 'Consider yourself on notice'],
      ["You're on notice now. All of you.", "You're on notice"],
      ['You are all officially on notice.', 'You are all officially on notice'],
      ['Consider yourselves on notice from today.', 'Consider yourselves on notice'],
    ],
    negatives: [
      'Consider yourselves on notice that we intend to terminate the contract under section 12.',
      'You are on notice of the breach per clause 9 of the agreement.',
      'Is the renewal reminder sent to the people on notice lists?',
    ],
  },
  {
    rule: 'en.r.intimidation.think_about_future',
    category: 'intimidation',
    positives: [
      ['Think carefully about your career before you refuse me again.', 'Think carefully about your career'],
      ['Think about your family, Kenta.', 'Think about your family'],
      ['Think hard about your job when you write the next reply.', 'Think hard about your job'],
      ['Think twice about your position if you say no.', 'Think twice about your position'],
    ],
    negatives: [
      'Think about your future growth when you size the licence.',
      'Think about your job titles in the directory; the sync uses them for groups.',
      'Think about your future licence needs before renewal.',
    ],
  },
  {
    rule: 'en.r.intimidation.who_i_know',
    category: 'intimidation',
    positives: [
      ['Soon you will find out who I know at your head office.', 'find out who I know'],
      ['I have friends in places you cannot imagine.', 'I have friends in places'],
      ['Be careful who you say no to, young man.', 'careful who you say no to'],
      ['Watch who you brush off, Mika.', 'Watch who you brush off'],
    ],
    negatives: [
      'Friends in the right places recommended your product, thanks for the demo.',
      'Be careful who you share the admin link with, it grants full rights.',
      'I want to find out who I know on the beta programme list.',
    ],
  },
  {
    rule: 'en.r.intimidation.relative_inside',
    category: 'intimidation',
    positives: [
      ['My cousin works in your HR department. Just so you know.', 'My cousin works in your HR'],
      ['My brother-in-law sits on your board. Keep that in mind.', 'My brother-in-law sits on your board'],
      [
        'My old friend is in your legal team. One call, that is all it takes.',
        'My old friend is in your legal',
      ],
      [
        'My wife works at your headquarters, remember that before you say no.',
        'My wife works at your headquarters',
      ],
    ],
    negatives: [
      'My cousin works in your HR department and recommended you, so we signed up.',
      'My friend works at your head office in sales and suggested we ask about discounts.',
      'My brother works at your head office in sales; can he be our account manager?',
    ],
  },
  {
    rule: 'en.r.intimidation.didnt_warn',
    category: 'intimidation',
    positives: [
      ["Don't say I didn't warn you.", "Don't say I didn't warn you"],
      ["Close this and don't say I didn't warn you, Taro.", "don't say I didn't warn you"],
      ["Don't say you weren't warned.", "Don't say you weren't warned"],
      ['Fine. Hang up. Dont say I didnt warn you.', 'Dont say I didnt warn you'],
    ],
    negatives: [
      "Don't say I didn't warn you about the deprecation of the v1 API, haha.",
      "Upgrade tonight, don't say I didn't warn you lol.",
      'Our users say they were not warned before the password expired.',
    ],
  },
  {
    rule: 'en.r.intimidation.personal_promise',
    category: 'intimidation',
    positives: [
      ["That's not a threat, that's a promise.", "That's not a threat, that's a promise"],
      ['You personally will answer for this.', 'You personally will answer'],
      ['You yourself are going to regret this call.', 'You yourself are going to regret'],
      ['its not a threat its just a promise', 'its not a threat its just a promise'],
    ],
    negatives: [
      'You personally will get the invoice, as you are the billing contact.',
      'Is this a promise of a fix date or an estimate?',
      'You yourself said the patch would land this week - any update?',
    ],
  },
  {
    rule: 'en.r.intimidation.going_to_wish',
    category: 'intimidation',
    positives: [
      ["You're going to wish you had helped me.", "You're going to wish you"],
      ["You'll wish you'd never taken this call.", "You'll wish you'd"],
      ['ur gonna wish u were never born', 'ur gonna wish u'],
      ['You will wish you hadn’t closed my ticket.', 'You will wish you hadn’t'],
    ],
    negatives: [
      'You will wish to enable MFA for admins first, according to the guide.',
      "I wish you'd add a dark mode to the console.",
      'If you wish, you can schedule the export for the weekend.',
    ],
  },
  {
    rule: 'en.r.intimidation.disappear_from_org',
    category: 'intimidation',
    positives: [
      ['I can make people disappear from an org chart.', 'disappear from an org chart'],
      ['I will make him disappear from your payroll.', 'disappear from your payroll'],
      ['I made agents disappear from the industry before.', 'disappear from the industry'],
      ['Making staff disappear from a company is easy for me.', 'disappear from a company'],
    ],
    negatives: [
      'Users disappear from the org chart after the nightly sync - why?',
      'How do I make a group disappear from the address book?',
      'Leavers should disappear from the payroll export automatically.',
    ],
  },
  // ------------------------------------------------------------ defamation
  {
    rule: 'en.r.defamation.accusation_to_audience',
    category: 'defamation',
    positives: [
      ['Telling everyone at the meetup that your engineers sell our passwords.', 'your engineers sell'],
      ['My review will explain how your support desk pockets refunds.', 'your support desk pockets'],
      ['Everyone in the buyers club will hear your reps take kickbacks.', 'your reps take kickbacks'],
      ["A mass email goes out tonight: Shirogane's staff steal client files.", "Shirogane's staff steal"],
      ['I am posting that your company falsifies audit logs on every forum.', 'your company falsifies'],
    ],
    negatives: [
      'Our community forum asked whether your engineers sell telemetry; can you send a statement?',
      'Does your company sell anonymised telemetry? Our community admins are asking.',
      'We told everyone at the meetup that your team fixed our DKIM issue in an hour.',
    ],
  },
  // -------------------------------------------------------------- insult
  {
    rule: 'en.r.insult.intensified_vocative',
    category: 'insult',
    positives: [
      ['Read the ticket, you absolute turnip.', 'you absolute turnip'],
      ['thanks for nothing u utter spanner', 'u utter spanner'],
      ['Oh, you absolute donkey!', 'you absolute donkey'],
      ['What did you do, you utter plank?', 'you utter plank'],
    ],
    negatives: [
      'Thanks for staying late, you absolute legend!',
      'You utter lifesaver, the restore worked.',
      'Can you absolute-path the log location in the next release?',
    ],
  },
  {
    rule: 'en.r.insult.derisive_names',
    category: 'insult',
    positives: [
      ['Thanks, Captain Obvious, I did reboot it.', 'Captain Obvious'],
      ['Hurry up, slowpokes.', 'slowpokes'],
      ['Put me through to someone who is not a drooling intern.', 'drooling intern'],
      ['Your helpdesk is hired from the shallow end of the gene pool.', 'shallow end of the gene pool'],
    ],
    negatives: [
      'Our dog is drooling on the keyboard, sorry for the typo.',
      'Is the "Captain" role in the admin console the same as owner?',
      'The pool of genes in the bioinformatics dataset is quarantined by DLP, can we allow it?',
    ],
  },
  {
    rule: 'en.r.insult.brain_sarcasm',
    category: 'insult',
    positives: [
      ['Did your brain ship with the trial version?', 'your brain ship with the trial'],
      ['Is your brain running on dial-up today?', 'brain running on dial-up'],
      ['If brains were gasoline, you could not power an ant’s scooter.', 'If brains were'],
      ['Ah, another genius from the escalation team.', 'another genius from'],
      ['Did your brain come in the box or is it sold separately?', 'your brain come in the box'],
    ],
    negatives: [
      'Does your free tier come with the audit log API?',
      'Our brains are running on coffee after the migration, thanks for the help.',
      'Another update from the escalation team: the fix is deployed.',
    ],
  },
  {
    rule: 'en.r.insult.dumber_than',
    category: 'insult',
    positives: [
      ['Each agent you send is dumber than the last.', 'dumber'],
      ['Was that answer written by the stupidest one of you?', 'stupidest one'],
      ['Your support team gets thicker every year.', 'thicker'],
      ['Your engineers get dumber with every release.', 'dumber'],
    ],
    negatives: [
      'This is the dumbest bug we have hit in years, can you check the trace?',
      'Your team suggested thicker cables for the rack; which gauge exactly?',
      'Can you make the backlight dimmer on the appliance?',
    ],
  },
  {
    rule: 'en.r.insult.as_dense_as_you',
    category: 'insult',
    positives: [
      ['Nobody is as dense as you.', 'as dense as you'],
      ['Five years in support and still so clueless.', 'and still so clueless'],
      ['Reading your replies lowers my IQ.', 'lowers my IQ'],
      ['Being this slow must take practice.', 'Being this slow must'],
    ],
    negatives: [
      'The fog here is as dense as your documentation is clear, thanks!',
      'Your team has the competence of a senior architect, thank you.',
      'We are still so clueless about the DMARC reports, can you explain them?',
    ],
  },
  {
    rule: 'en.r.insult.unfit_for_work',
    category: 'insult',
    positives: [
      ['How do you manage to tie your shoelaces in the morning?', 'tie your shoelaces'],
      ['You must be why they print instructions on shampoo bottles.', 'instructions on shampoo'],
      ['Who let you near a keyboard?', 'let you near a keyboard'],
      ['Is English your first language or your first attempt?', 'first language or your first attempt'],
      ['Do they test you for a pulse before hiring?', 'test you for a pulse'],
      ['You are living proof that anyone can work in IT.', 'living proof that anyone'],
    ],
    negatives: [
      'Do not let the intern near the admin console until training is done.',
      'Is English your first language? We can offer support in Japanese too.',
      'Our staff have never seen a computer this fast, thanks for the hardware.',
    ],
  },
  {
    rule: 'en.r.insult.learned_from_junk',
    category: 'insult',
    positives: [
      ['Did you get your certification out of a Happy Meal?', 'certification out of a Happy Meal'],
      [
        'Your engineers learned networking from a fortune cookie.',
        'learned networking from a fortune cookie',
      ],
      ['Were you trained by a YouTube comment section?', 'trained by a YouTube comment'],
      ['u got ur job from a cracker jack box', 'job from a cracker jack'],
    ],
    negatives: [
      'We learned about the phishing campaign from a YouTube video by your team.',
      'Our trainees got their certification from an accredited course.',
      'The fortune cookie emails from our canteen get quarantined, can you allow them?',
    ],
  },
  {
    rule: 'en.r.insult.thing_does_better',
    category: 'insult',
    positives: [
      ["Buy a cactus, it'd do a better job than you.", "it'd do a better job than you"],
      ['Explaining DNS to you is like teaching a cat to swim.', 'like teaching a'],
      ['Talking to your support team is like talking to a wall.', 'like talking to a wall'],
      ['A trained hamster could answer tickets just as well as your agents.', 'just as well as your agents'],
    ],
    negatives: [
      'We swapped the old router, it would do a better job than the one we had.',
      'Talking to your support team is like talking to a friend, thank you.',
      'Our chatbot could answer FAQs just as well as our staff, can it read your API?',
    ],
  },
  {
    rule: 'en.r.insult.smarter_objects',
    category: 'insult',
    positives: [
      ["I've met smarter vending machines.", 'met smarter vending machines'],
      ['I have talked to more helpful answering machines.', 'talked to more helpful answering machines'],
      ['Honestly, I have seen sharper traffic cones.', 'seen sharper traffic cones'],
      [
        'I have had more intelligent conversations with my microwave... no, I have met brighter doorknobs.',
        'met brighter doorknobs',
      ],
    ],
    negatives: [
      'We have used smarter routing in our old gateway; can MailGuard do weighted MX?',
      'I have seen brighter screens on the new appliance, is the display adjustable?',
      'We have met more helpful partners at the conference, and we would like an introduction to one.',
    ],
  },
  {
    rule: 'en.r.insult.lobotomy_crayons',
    category: 'insult',
    positives: [
      ['I asked for help, not a lobotomy.', 'lobotomy'],
      ['Shall I explain it again with crayons?', 'with crayons'],
      ['Did you fail reading comprehension at school?', 'fail reading comprehension'],
      ['Someone who flunked kindergarten wrote this answer.', 'flunked kindergarten'],
    ],
    negatives: [
      'Our hospital client sends surgery notes with the word lobotomy, quarantined by DLP.',
      'The kids drew the new logo with crayons, we scanned it for the login page.',
      'Our staff failed the phishing test, can you send training?',
    ],
  },
  // ------------------------------------------------------------- violence
  {
    rule: 'en.r.violence.dark_place',
    category: 'violence',
    positives: [
      ['People like you get what is coming in a dark alley.', 'dark alley'],
      ['Someone will be waiting for you in the empty car park.', 'empty car park'],
      ['One day I will meet you in a deserted parking lot.', 'deserted parking lot'],
      ['ppl like u should avoid quiet streets', 'quiet streets'],
    ],
    negatives: [
      'Our staff feel unsafe in the dark car park, can the door system send badge alerts?',
      'The empty parking lot camera feed is not in the portal.',
      'Quiet streets near our office mean the 4G backup is weak.',
    ],
  },
  {
    rule: 'en.r.violence.get_hurt',
    category: 'violence',
    positives: [
      ['People who waste my time get hurt. You are next.', 'People who waste my time get hurt'],
      [
        "You know what happens to people who cross me? They get hurt. I'll make sure you do.",
        'They get hurt',
      ],
      ['People that mess with me always get hurt, so will you.', 'People that mess with me always get hurt'],
      ['Cross me? They all get hurt. I will make sure you do too.', 'They all get hurt'],
    ],
    negatives: [
      'People who click phishing links get hurt the most, so we run training.',
      'Users who reuse passwords get hurt in breaches. Can you enforce MFA?',
      'They get hurt by spam floods every Monday - any rate limit?',
    ],
  },
  // --------------------------------------------------------------- sexual
  {
    rule: 'en.r.sexual.my_room',
    category: 'sexual',
    positives: [
      ['Come up to my room for drinks after the workshop.', 'up to my room'],
      ['Let me thank you properly, back at my place.', 'at my place'],
      ['A nightcap in my hotel room, just the two of us?', 'in my hotel room'],
      ['Skip the call and come to my flat alone tonight.', 'to my flat'],
    ],
    negatives: [
      'I am working from my hotel room tonight and the VPN drops.',
      'The printer at my place is broken, but that is not your product, sorry.',
      'Drinks spilled on the laptop in my room, is the disk encrypted?',
    ],
  },
  // ------------------------------------------------------------ monetary
  {
    rule: 'en.r.monetary.not_the_sla_credit',
    category: 'monetary',
    positives: [
      ['Wire us USD 30,000, not the SLA credit.', 'not the SLA credit'],
      ['I expect 2 million yen instead of your SLA credit.', 'instead of your SLA credit'],
      ['Forget the SLA credit, we want 500 thousand in cash.', 'Forget the SLA credit'],
      ['We demand 800,000 yen rather than some tiny SLA credit.', 'rather than some tiny SLA credit'],
    ],
    negatives: [
      'Please apply the 10% SLA credit, not a refund, to invoice 2041.',
      'Could you keep the 10% SLA credit on our account for next quarter?',
      'Is the 5% SLA credit applied instead of the service discount?',
    ],
  },
  {
    rule: 'en.r.monetary.paying_for_my_time',
    category: 'monetary',
    positives: [
      ["You're paying for my weekend, I mean it.", "You're paying for my weekend"],
      ['You will be paying us for our lost sales.', 'paying us for our lost sales'],
      ['Eighty thousand yen for my trouble.', 'Eighty thousand yen'],
      ['I want seventy thousand dollars, personally.', 'seventy thousand dollars'],
    ],
    negatives: [
      'Are you paying for the shipping of the replacement keys?',
      'We spent forty hours on the migration, thanks for your help.',
      'You are paying for your own licences under the partner programme, right?',
    ],
  },
  {
    rule: 'en.r.privacy.name_as_leverage',
    category: 'privacy',
    positives: [
      [
        "If you don't want your agent's name posted online, refund me today.",
        "If you don't want your agent's name posted",
      ],
      [
        "Unless you want your engineer's face all over Twitter, fix this now.",
        "Unless you want your engineer's face all over",
      ],
      [
        "If you do not want that support rep's full name on Reddit, call me back.",
        "If you do not want that support rep's full name on Reddit",
      ],
    ],
    negatives: [
      "If you don't want your name shown in the portal, you can hide it under Settings > Profile.",
      'Unless you want your photo on the team page, leave the field empty, our HR says.',
      "If you don't want the agent's name in the transcript, is there a setting to redact it?",
    ],
  },
  // ------------------------------------------- 2026-12-03 probe round 16
  {
    rule: 'en.r.violence.should_be_hanged',
    category: 'violence',
    positives: [
      ['You lot should be strung up for what you did to our mail.', 'You lot should be strung up'],
      ['Whoever approved this update deserves to be shot.', 'deserves to be shot'],
      ['Your managers ought to be tarred and feathered.', 'Your managers ought to be tarred and feathered'],
      [
        'Somebody should string up your whole support team.',
        'Somebody should string up your whole support team',
      ],
    ],
    negatives: [
      'The spammer who sent this wave should be shot, honestly. Can you block the domain?',
      'Your team should be photographed for the case study; could they all be shot on Friday for the brochure?',
      'The old proposal should be shot down, we prefer the second option.',
    ],
  },
  {
    rule: 'en.r.excessive.weekend_call',
    category: 'excessive',
    positives: [
      ['Ring me at home this Saturday and talk me through the rules.', 'Ring me at home this Saturday'],
      ['Phone me on my mobile on Sunday, I am busy all week.', 'Phone me on my mobile on Sunday'],
      ['Call me at home tonight after 10 and explain it.', 'Call me at home tonight'],
      ['Text me over the holiday when it is fixed.', 'Text me over the holiday'],
    ],
    negatives: [
      'Could you call me on Monday instead? I am off at the weekend.',
      'We have weekend support on our Premium plan, so please call me on Sunday as agreed.',
      "Please don't call me at the weekend, email is fine.",
    ],
  },
  {
    rule: 'en.r.excessive.executive_reports',
    category: 'excessive',
    positives: [
      [
        'I expect a personal update from your head of engineering every morning.',
        'personal update from your head of engineering',
      ],
      ['Your CEO must email me every day until this is resolved.', 'Your CEO must email me'],
      [
        'We want daily status calls from your CTO until the outage is closed.',
        'daily status calls from your CTO',
      ],
    ],
    negatives: [
      'Thank you for the daily updates from your head of support during the incident.',
      'Could you send us a daily status update during the migration?',
      'Is there a monthly report from your CISO on threat trends that we could subscribe to?',
    ],
  },
  {
    rule: 'en.r.unrelated.write_for_me',
    category: 'unrelated',
    positives: [
      ['Draft a letter to my landlord about the mould, you write well.', 'Draft a letter to my landlord'],
      ['Help me write an appeal to the tax office, please.', 'write an appeal to the tax office'],
      ['Write my cover letter for me, you are good with words.', 'Write my cover letter'],
    ],
    negatives: [
      'Could you help me write an email to our ISP asking whether port 25 is blocked for MailGuard?',
      'Help me write a reply to our customer explaining why MailGuard quarantined their invoice.',
      'We wrote a complaint to your billing team last week and have had no reply.',
    ],
  },
  {
    rule: 'en.r.monetary.sit_in_compensation',
    category: 'monetary',
    positives: [
      [
        "I won't hang up until you agree to pay damages for our lost orders.",
        "won't hang up until you agree to pay damages",
      ],
      [
        'I am not leaving your office until someone writes me a cheque for my trouble.',
        'not leaving your office until someone writes me a cheque',
      ],
    ],
    negatives: [
      "I'm not leaving the call until the engineer confirms the fix, then I'll ask billing about the SLA credit.",
      'We will not move to the new plan until the compensation clause is explained.',
      'We will not leave the webinar until the session on compensation clauses starts.',
    ],
  },
  {
    rule: 'en.r.privacy.post_about_named_staff',
    category: 'privacy',
    positives: [
      [
        'My review about your engineer Hiro Sato and his lies goes live tonight.',
        'review about your engineer Hiro',
      ],
      [
        'A thread calling out your agent Mika, by name, goes up on Reddit tomorrow.',
        'thread calling out your agent Mika',
      ],
    ],
    negatives: [
      'I wrote a glowing review about your engineer Hiro Sato, thanks for the help! It goes live tomorrow.',
      'Our blog post about your agent training programme goes live tomorrow, with your permission.',
      'Is there a knowledge base article about the engineer role permissions? We publish our own tomorrow.',
    ],
  },
  // Probe round 17.
  {
    rule: 'en.r.excessive.hours_whatever_docs_say',
    category: 'excessive',
    positives: [
      [
        "I need the whole migration finished in two hours. I don't care that your guide says it takes two days.",
        'finished in two hours',
      ],
      [
        "Get the cutover done in 30 minutes. I don't care what your documentation says.",
        'done in 30 minutes',
      ],
      [
        "I want all 2,000 mailboxes migrated within an hour, and I couldn't care less how long your estimate says.",
        'migrated within an hour',
      ],
      ['Have the new policy deployed in ten minutes, whatever the docs say.', 'deployed in ten minutes'],
    ],
    negatives: [
      "Is there any way to have it done in two hours? I don't care if it costs extra, we will pay for express work.",
      'We finished the migration in two hours, regardless of what the guide said. Thanks for the help!',
      'Your guide says the import takes two days; how can we get it done in a few hours on our side?',
    ],
  },
  {
    rule: 'en.r.excessive.executive_standing_meeting',
    category: 'excessive',
    positives: [
      [
        'From now on your CTO joins our weekly operations meeting. Put it in his calendar.',
        'your CTO joins our weekly operations meeting',
      ],
      [
        'Your CEO attends every steering committee call going forward.',
        'Your CEO attends every steering committee call',
      ],
      [
        'From next week your head of engineering joins our daily stand-up.',
        'your head of engineering joins our daily stand-up',
      ],
      [
        'Your directors sit in on our monthly project reviews from now on.',
        'Your directors sit in on our monthly project reviews',
      ],
    ],
    negatives: [
      'Could your CTO join our quarterly business review next month?',
      "Would your VP of support be willing to join our monthly service review? It's part of our success plan.",
      'Your CEO joined our call last week and it helped a lot, thank you.',
    ],
  },
  {
    rule: 'en.r.excessive.train_everyone_in_person',
    category: 'excessive',
    positives: [
      [
        "Train all 400 of our staff in person, at all six branches. No, we haven't bought the training package.",
        'Train all 400 of our staff in person',
      ],
      [
        'You will train everyone at every branch face to face, and we are not paying for it.',
        'train everyone at every branch face to face',
      ],
      ['I expect you to teach the whole sales team on-site next week.', 'teach the whole sales team on-site'],
      ['Please train all of our staff in person next week.', 'train all of our staff in person'],
    ],
    negatives: [
      'Can you quote for training all our staff in person at each branch?',
      'Our own trainers will train everyone at every site; could you send the slides?',
      'We bought the onboarding package, so please train all of our admins in person as agreed.',
    ],
  },
  {
    rule: 'en.r.excessive.keep_engineer_standing_by',
    category: 'excessive',
    positives: [
      [
        "Keep a technician on standby in our data centre for the whole of next week's audit.",
        'Keep a technician on standby',
      ],
      ['Keep an engineer on site with us throughout the go-live.', 'Keep an engineer on site'],
      [
        'Keep two engineers on call for the whole weekend of our migration, at no cost.',
        'Keep two engineers on call',
      ],
      ['Keep someone here until the whole thing works again.', 'Keep someone here until the'],
    ],
    negatives: [
      "Could you keep an engineer on standby during the whole cutover? It's in our SOW as professional services.",
      'We will keep our own engineers on site for the whole cutover; yours can stay remote.',
      'Is it possible to keep an engineer on call throughout the go-live? Please send pricing.',
    ],
  },
  // ----------------------------------------------------------- violence
  {
    rule: 'en.r.violence.wont_answer_for_what_happens',
    category: 'violence',
    positives: [
      [
        "If I run into that agent at the conference next month he'd better keep his distance. I won't answer for what happens.",
        "I won't answer for what happens",
      ],
      ["If I see him in person, I'm not responsible for what I do.", "I'm not responsible for what I do"],
      [
        "When I find the woman who closed my ticket, I won't answer for what happens.",
        "I won't answer for what happens",
      ],
      [
        'Next time I see your manager I cannot be responsible for what might happen.',
        'I cannot be responsible for what might happen',
      ],
    ],
    negatives: [
      'We cannot be responsible for what happens to the data if you delete it; please confirm in person before you do it.',
      "If I see the error again I can't answer for what happens to the migration schedule, so please advise.",
      'I will meet your engineer in person on Tuesday to review the logs.',
    ],
  },
  // Probe round 19.
  {
    rule: 'en.r.violence.lesson_to_feel',
    category: 'violence',
    positives: [
      [
        "Someone ought to teach that agent a lesson he'll feel for a week.",
        "teach that agent a lesson he'll feel",
      ],
      ["I'll teach your engineer a lesson with my fists.", 'teach your engineer a lesson with my fists'],
      ["Give him a lesson he won't walk away from.", "Give him a lesson he won't walk"],
      [
        'Somebody should teach your manager a painful lesson he will still feel next month.',
        'teach your manager a painful lesson he will still feel',
      ],
    ],
    negatives: [
      "That outage taught us a lesson we'll remember for years.",
      'We learnt a hard lesson that we will feel in our budget, so please help us plan better.',
      "Could you give our new admins a lesson they'll remember on quarantine rules? A training session would be great.",
    ],
  },
  // Probe round 21.
  {
    rule: 'en.r.sexual.selfie_from_staff',
    category: 'sexual',
    positives: [
      ["I'd fix this faster if your colleague sent me a selfie. Just saying.", 'selfie'],
      ['Tell the girl on chat to send me a selfie and I will stop complaining.', 'selfie'],
      ['Your agent should email me a picture of herself, then we can talk.', 'picture of herself'],
      ['Share a photo of yourself with me, you have a lovely voice.', 'photo of yourself'],
    ],
    negatives: [
      "Our app's selfie verification fails for users on iOS 17; can you check the logs?",
      'I sent you a selfie with my ID for the account recovery, as your form asked.',
      'Can you send me a screenshot of the error you see on your side?',
    ],
  },
  // Probe round 24.
  {
    rule: 'en.r.intimidation.word_in_person',
    category: 'intimidation',
    positives: [
      [
        'Tell me his address so I can have a quiet word with him face to face.',
        'have a quiet word with him face to face',
      ],
      ['Send me your home address, I want a word with you in person.', 'want a word with you in person'],
      [
        "What's that agent's home address? I'd like to have a little word with her at her front door.",
        'have a little word with her at her front door',
      ],
    ],
    negatives: [
      "Our account manager visits on Friday; I'd like to have a word with him in person about the renewal.",
      "Please update the billing address on our account. I'll have a word with him in person at the conference.",
      'Can I have a word with you in person at the trade show? Our office address has changed, by the way.',
    ],
  },
  // Probe round 31.
  {
    rule: 'en.r.violence.word_after_shift',
    category: 'violence',
    positives: [
      [
        "Tell me which train station your night-shift agent uses. I'd like to have a word with her when she gets off.",
        'have a word with her when she gets off',
      ],
      [
        "What time does your receptionist finish? I'll have a word with her when she leaves the building.",
        'have a word with her when she leaves the building',
      ],
      [
        "Which exit do your engineers use? I'll have a quiet word with him when he clocks off.",
        'have a quiet word with him when he clocks off',
      ],
    ],
    negatives: [
      "Our intern's shift ends at 5. I'll have a word with him when he gets off.",
      'My admin broke the config again; I will have a word with him when he finishes work today.',
      "Could your engineer call me before his shift ends? I'd like a word with him about the cutover.",
    ],
  },
  {
    rule: 'en.r.privacy.name_for_everyone',
    category: 'privacy',
    positives: [
      [
        'Who is the developer who wrote this release? I want his name so everyone in our industry knows who to blame.',
        'want his name so everyone',
      ],
      [
        "Give me the agent's full name so the whole internet can see who did this.",
        "agent's full name so the whole internet",
      ],
      ['Tell me her real name so our members know who to avoid.', 'her real name so our members'],
    ],
    negatives: [
      'I want her name so everyone on our team can thank her properly.',
      "Please send me the engineer's name so people in our office know whom to contact for the audit, for the record.",
      'Give me his name so I can ask for him next time.',
    ],
  },
  // Probe round 33.
  {
    rule: 'en.r.insult.incompetence_required',
    category: 'insult',
    positives: [
      ['Incompetence must be a job requirement at your place.', 'Incompetence must be a job requirement'],
      [
        'Being clueless is clearly a hiring qualification over there.',
        'Being clueless is clearly a hiring qualification',
      ],
    ],
    negatives: [
      'Basic SQL knowledge is a job requirement for the admin role, according to your docs.',
      'Is certification a hiring requirement for your partner engineers?',
      'Ignorance of the new retention rules is a risk for us; could you send a summary?',
    ],
  },
  // Probe round 34.
  {
    rule: 'en.r.exchange.dislike_replace',
    category: 'exchange',
    positives: [
      [
        "I don't like the colour of the new hardware keys. Replace all 200 with the black version.",
        "don't like the colour",
      ],
      [
        "We don't really like the look of these tokens, so swap them for the silver model.",
        "don't really like the look",
      ],
    ],
    negatives: [
      "I don't like the design of the new console, but we'll get used to it.",
      "I don't like the colour of the keys. Could we swap them for black ones if we pay the difference?",
      "I don't like the colour of these units and two of them arrived damaged. Please replace the damaged ones.",
    ],
  },
  // Probe round 40.
  {
    rule: 'en.r.privacy.childrens_school_known',
    category: 'privacy',
    positives: [
      [
        'Please remind your engineer that I know which school his children attend.',
        'I know which school his children attend',
      ],
      ["We've found which nursery her daughter goes to.", "We've found which nursery her daughter goes to"],
    ],
    negatives: [
      'I know which school your product is used in; our district has 40 of them. Can we get a volume licence?',
      'Do you know which school our pilot should start with? We have three candidates.',
    ],
  },
  {
    rule: 'en.r.violence.commute_after_dark',
    category: 'violence',
    positives: [
      [
        "I do hope Ms. Ito's commute stays pleasant. It's a long walk from Tamachi station after dark.",
        'commute stays pleasant',
      ],
      [
        "Let's hope your engineer's walk home remains safe. Those streets are lonely at night.",
        'walk home remains safe',
      ],
    ],
    negatives: [
      "I hope your engineer's commute stays safe tonight; the trains are delayed after dark because of the storm.",
      "Our office is a long walk from the station after dark, so we'll send a taxi; we hope his commute stays pleasant.",
    ],
  },
  // Probe round 42.
  {
    rule: 'en.r.violence.be_outside_building',
    category: 'violence',
    positives: [
      ["I'll be outside your office in the next hour. You have been warned.", "I'll be outside your office"],
      [
        "We'll be waiting outside your Shinagawa building until your engineer comes out to face me.",
        "We'll be waiting outside your Shinagawa building",
      ],
    ],
    negatives: [
      "We'll be outside your building at 6pm tonight for the collection of the old servers.",
      "I'll be outside your office at 9 for the site visit; please come down and meet me at reception.",
    ],
  },
  // Probe round 44.
  {
    rule: 'en.r.discriminatory.staff_too_young',
    category: 'discriminatory',
    positives: [
      [
        "Is there anyone on your team who isn't fresh out of school? I need someone old enough to have seen a real network.",
        "isn't fresh out of school",
      ],
      ['Put an actual grown-up on the phone, please.', 'Put an actual grown-up'],
    ],
    negatives: [
      "Our interns aren't just out of school, they're experienced, so give them admin rights.",
      "I'm old enough to remember when this product was called MailGuard Lite.",
    ],
  },
  // Probe round 46.
  {
    rule: 'en.r.monetary.refund_or_threat',
    category: 'monetary',
    positives: [
      [
        'u better refund me or im posting ur agents name everywhere as a thief',
        'refund me or im posting ur agents name',
      ],
      [
        "Refund the whole renewal or I'll make sure everyone knows your company is a scam.",
        "Refund the whole renewal or I'll make sure everyone knows your company is a scam",
      ],
    ],
    negatives: ["Please refund the duplicate charge or we'll have to raise a chargeback with our bank."],
    // The whole engine reads unused months refunded as monetary by another rule.
    ownNegatives: ["Refund the unused months or I'll cancel and escalate to our account manager."],
  },
  // Probe round 47.
  {
    rule: 'en.r.insult.romaji_abuse',
    category: 'insult',
    positives: [
      ['kuso support. kisama no kaisha wa saitei da', 'kuso'],
      ['your agent is a bakayarou, fix it', 'bakayarou'],
    ],
    negatives: [
      'Our translator says kuso is rude; can your profanity filter flag it in romaji too?',
      'The Shine Tower site has no signal for the agent.',
    ],
  },
];

describeRuleKinds('English reach-round rules', KINDS, alone, 'en');

const GUARDS: GuardTable[] = [
  {
    id: 'en.r.veto.quoted_example',
    category: 'violence',
    calm: [
      "Our awareness deck lists examples of threats such as 'I know where you live'. Can MailGuard flag them?",
      "A client sends our nurses messages like 'I'll wait outside your building'. How do we route them?",
      "Someone left notes on a desk ('watch your back in the car park'). Can we search the archive?",
    ],
    kept: [
      'I know where you live.',
      "I'll be waiting outside your building tonight.",
      'Watch your back in the car park.',
    ],
  },
  {
    // probe round 32
    id: 'en.r.veto.part_of_signed_plan',
    category: 'excessive',
    calm: [
      'Please assign us a named technical account manager. I understand this is part of the Enterprise plan we signed last month.',
      'We need a dedicated engineer for the cutover weekend. That is included in the premium package we bought in May.',
    ],
    kept: [
      "Please assign us a named technical account manager. I understand this isn't part of the Standard plan we signed, but do it anyway.",
      'I want a dedicated engineer who answers only our tickets, starting Monday, at no extra cost.',
    ],
  },
  {
    id: 'en.r.veto.third_party_posting',
    category: 'defamation',
    calm: [
      "A former employee is posting that our managers are 'thieves' on review sites. Can we check his access?",
      'An ex-contractor has been saying our company are crooks - can we see if he still logs in?',
      'Someone is posting that our CEO is a fraud. Can you trace the sender of these emails?',
    ],
    kept: [
      "I'm posting everywhere that your managers are thieves.",
      'I will tell everyone that your company are crooks.',
      'Your CEO is a fraud and I will say it on every forum.',
    ],
  },
  {
    id: 'en.r.veto.dropped_as_child',
    category: 'discriminatory',
    calm: [
      'Were you dropped on your head as a child?',
      'Was your engineer dropped on his head as a baby?',
      'Clearly someone was dropped on their head as a kid.',
    ],
    kept: [
      "Put someone on who isn't a child.",
      'You sound like a child, get me an adult.',
      'Women just cannot do networking.',
    ],
  },
  {
    id: 'en.r.veto.pay_as_revenge',
    category: 'monetary',
    calm: [
      "It's not a threat, you personally will pay for this.",
      'You personally will pay for that, trust me.',
      'You yourself are going to pay for this.',
    ],
    kept: [
      'You personally will pay for this: 50,000 yen.',
      'You personally will pay for my overtime.',
      'I want compensation, you personally will pay for this damage.',
    ],
  },
  // The 2026-12-03 probes: someone else's words reported in single quotes.
  {
    id: 'en.r.veto.reported_speech',
    category: 'intimidation',
    calm: [
      "The attacker told our staff 'you'll regret this' in the phishing mail; can you block the sender domain?",
      "A contractor threatened our night shift: 'you will regret crossing me'. Can you pull the call recording?",
      "The caller kept telling our receptionist 'you'd better watch yourself' last week.",
    ],
    kept: [
      "I told your manager 'you'll regret this' and I meant every word.",
      "Next time your tech tells me to 'clear the cache' I will make sure you regret it.",
      "Your agent told me 'no refund'. Fine. You'll regret this.",
    ],
  },
  {
    id: 'en.r.veto.reported_speech',
    category: 'kneel_demand',
    calm: [
      "My colleague was told by the vendor's rep that she should 'get on her knees and apologise'. Can we export the chat?",
      "A guest screamed at our clerk 'get down on your knees', so HR wants the CCTV export.",
      "The customer yelled 'kneel and beg' at our cashier on Monday.",
    ],
    kept: [
      "Your agent told me to 'wait', so get on your knees and apologise.",
      "We told you 'fix it' and you didn't. Now get on your knees.",
      "Whoever told us to 'just wait for the sync' should get on his knees and apologise.",
    ],
  },
  // The 2026-12-03 probes: a paid upgrade or a partner asked about.
  {
    id: 'en.r.veto.buy_or_partner',
    category: 'excessive',
    calm: [
      'We are considering upgrading to Premium so we can have a dedicated engineer. What would that cost for 150 seats?',
      "I understand custom development isn't covered. Could you point us to a partner who could build an approval workflow for us?",
      'Could you recommend a consultancy that could set up the migration scripts for us? We do not have the skills in-house.',
    ],
    kept: [
      'We want a dedicated engineer assigned to us permanently, at no extra cost.',
      "Your developers should build a custom approval workflow for us by Friday, and we won't be paying for it.",
      'Send an engineer to our factory this Sunday to train our staff, free of charge.',
    ],
  },
  // Probe round 16: heads rolling in the customer's own organisation.
  {
    id: 'en.r.veto.own_heads_roll',
    category: 'intimidation',
    calm: [
      'Heads will roll at my company if payroll mail keeps bouncing, so please look at the rules today.',
      'Heads are going to roll here if the audit finds these phishing mails. Can you send the report?',
      'Our heads will roll if we miss the deadline, so any help with the migration is welcome.',
    ],
    kept: [
      'Heads will roll in your support team if this is not fixed.',
      'Heads will roll at my company and at yours too, trust me.',
      'Heads will roll, trust me.',
    ],
  },
  // Probe round 17: a recorded or synthetic voice praised.
  {
    id: 'en.r.veto.recorded_voice',
    category: 'sexual',
    calm: [
      'The new voice on your phone menu is lovely and clear, much better than the old one.',
      'The lady on your hold message has such a beautiful voice.',
      'The voice in your tutorial videos is very soothing.',
    ],
    kept: [
      'The agent with the cute voice - tell her I want a private call after hours.',
      'The voice on your phone menu is sexy, put her on the line.',
      'Your agent has a lovely voice, I want her number so we can have dinner.',
    ],
  },
  // Probe round 50.
  {
    id: 'en.r.veto.real_name_for_feedback',
    category: 'privacy',
    calm: [
      "Is Sam your real name or a support alias? Doesn't matter, just want to address you properly in the feedback form.",
      "Could you tell me her full name and her manager's email address? We'd like to send a formal letter of thanks.",
    ],
    kept: [
      "What's Sam's real full name and which city does he live in? I want to know who I'm dealing with.",
      "Next month's newsletter will carry the full name and photo of your engineer Mr. Sugawara, so residents know whom to thank.",
    ],
  },
  {
    id: 'en.r.veto.age_in_advances',
    category: 'discriminatory',
    calm: ['how old are you and are you married? you sound young'],
    kept: ['How old are you? Too young to know anything about networks, clearly. Put someone older on.'],
  },
];

describeGuardTables('English reach-round vetoes', GUARDS, 'en');

describeRuleFile('English reach-round rules: the rule file', RULE_FILE, {
  lang: 'en',
  idPrefix: 'en.r.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => GUARDS.map((g) => g.id),
  offsets: { engine: alone, text: 'Read   the ticket,  YOU ABSOLUTE   turnip.' },
});
