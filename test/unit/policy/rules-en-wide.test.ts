/**
 * Third-wave English detectors and vetoes (config/rules/en-wide.yaml), run
 * through the real policy file and engine, so every rule file (and every veto)
 * is in play. Set-up from test/support/rule-engine.ts; same table shape as
 * rules-en-broad.test.ts: one table per rule with positives written for this
 * test in varied wording (not taken from any corpus), each with a fragment the
 * rule's own evidence must cover, and tricky negatives in which the whole
 * engine must not find the rule's category. Vetoes and masks have tables of
 * calm messages (the category must stay out) and kept ones (still found).
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/en-wide.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('en-wide.yaml');

const KINDS: RuleKind[] = [
  // ------------------------------------------------------------- violence
  {
    rule: 'en.w.violence.someone_ought_to',
    category: 'violence',
    positives: [
      ['Somebody should set fire to your office while the helpdesk is in it.', 'Somebody should set fire to'],
      ['honestly someone needs to beat up your agent who wrote that reply', 'someone needs to beat up'],
      ['Someone ought to firebomb your HQ, it would do the world a favour.', 'Someone ought to firebomb'],
      ['People should burn down your building with the support team inside.', 'People should burn down'],
      ['One day someone is going to shoot your CEO and nobody will blame them.', 'someone is going to shoot'],
    ],
    negatives: [
      'Someone should burn the backlog down, there are 400 tickets open on our side.',
      'Somebody needs to kill the stuck process on your relay, it is blocking our mail.',
      'Someone ought to torch the phishing senders, thank you for blocking them so fast.',
      'Someone should bomb the spam folder with filters, it is overflowing with phishing again.',
      'Someone should beat the prices you quoted; our procurement team wants a discount.',
    ],
  },
  {
    rule: 'en.w.violence.someone_gets_hurt',
    category: 'violence',
    positives: [
      ["Fix it today or somebody's getting hurt.", "somebody's getting hurt"],
      ['Keep stalling and one of you will get hurt.', 'one of you will get hurt'],
      ["If I come down there, someone's gonna get hurt.", "someone's gonna get hurt"],
      ['Your agents are going to get hurt if this continues.', 'Your agents are going to get hurt'],
      ['Push me once more and somebody could end up getting hurt.', 'somebody could end up getting hurt'],
    ],
    negatives: [
      "The rack in your data hall is leaning badly; somebody's going to get hurt.",
      'Please warn your engineer that the floor in our plant is wet, someone could get hurt.',
      'Nobody is getting hurt here, I just want the license key.',
      'The swollen batteries in the appliance worry us - someone might get injured.',
      'Our staff got hurt feelings over the tone of the last email, please be kinder.',
    ],
  },
  // --------------------------------------------------------- intimidation
  {
    rule: 'en.w.intimidation.remember_you',
    category: 'intimidation',
    positives: [
      ["I'll remember your name, Ms. Aoki. Think about that.", "I'll remember your name"],
      ["Don't think I'll forget this: I will never forget your face.", 'I will never forget your face'],
      [
        "I've noted your employee number. Choose your next words carefully.",
        "I've noted your employee number",
      ],
      ["I'm going to remember you, Tanaka. Every word.", "I'm going to remember you"],
      ['We have written down your staff ID, so watch what you say.', 'We have written down your staff ID'],
    ],
    negatives: [
      "Thanks so much, I'll remember your name for the feedback survey!",
      'Please remember your employee number when you log into the partner portal.',
      "I'll remember to clear the cache next time, sorry for the noise.",
      "You were so helpful - I'll remember you when our renewal comes up, in a good way.",
      'Could you tell me your name so I can reference it in the ticket?',
    ],
  },
  {
    rule: 'en.w.intimidation.career_ruin',
    category: 'intimidation',
    positives: [
      ["You'll never work in this industry again.", "You'll never work in this industry again"],
      [
        'None of you will be employed anywhere again once I am done.',
        'None of you will be employed anywhere again',
      ],
      ["I'll make sure he's flipping burgers by Christmas.", "I'll make sure he's flipping burgers"],
      ['Every recruiter in Osaka will hear about you.', 'Every recruiter in Osaka will hear about you'],
      ["I will personally make sure you're unemployed by Friday.", "make sure you're unemployed"],
    ],
    negatives: [
      'Automation will never work in this industry without good logs, in my opinion.',
      'That workaround will never work in this industry, auditors will reject it.',
      'Is it true that your team will work in our building again next month?',
      "I'll make sure you're invited to our user conference next year.",
      'Every recruiter in Tokyo knows your product, which is why we chose it.',
    ],
  },
  {
    rule: 'en.w.intimidation.report_immigration',
    category: 'intimidation',
    positives: [
      ["Maybe I'll call immigration about you.", 'call immigration'],
      [
        'I am going to report him to the immigration bureau, see how he likes that.',
        'report him to the immigration bureau',
      ],
      ["One call to immigration and you're gone, Nguyen.", 'One call to immigration'],
      ['Perhaps I should ring the immigration office about you.', 'ring the immigration office'],
      ['Keep it up and I will tip off immigration about your engineer.', 'tip off immigration'],
    ],
    negatives: [
      "Our employees' visa renewals need a letter; can you confirm our contract dates?",
      'Our immigration lawyer asked for your company registration number.',
      'Does your product support the immigration forms workflow for our HR team?',
      'We will call the immigration office ourselves about our new hire.',
      'The immigration paperwork for our engineer visiting your office is attached.',
    ],
  },
  // ------------------------------------------------------- discriminatory
  {
    rule: 'en.w.discriminatory.religious_dress',
    category: 'discriminatory',
    positives: [
      ["Don't send the guy in the turban again.", 'turban'],
      ['No hijabs on our site please, send someone else.', 'hijabs'],
      ['I would rather the woman with the headscarf did not come to our office.', 'headscarf'],
      ['Replace the engineer in the kippah, our board finds that kind of thing uncomfortable.', 'kippah'],
      ['Assign another technician, not the one wearing a niqab.', 'niqab'],
    ],
    negatives: [
      'Our engineer wears a hijab; is there a prayer room near your training room?',
      'No need to remove the headscarf for the badge photo, our security team confirmed.',
      'Your technician in the turban was excellent, please send him again.',
      'Headscarves are fine with our dress code; the only rule is a hard hat in the plant.',
      'Does your badge printer handle photos of staff wearing a kippah?',
    ],
  },
  {
    rule: 'en.w.discriminatory.legal_status',
    category: 'discriminatory',
    positives: [
      ['Are you even here legally?', 'Are you even here legally'],
      ['are you in this country legally or what', 'are you in this country legally'],
      ['Do you even have a visa, pal?', 'Do you even have a visa'],
      ['Go back to your own country and let a real engineer handle this.', 'Go back to your own country'],
      ['Are you allowed to work here legally? Your English says no.', 'Are you allowed to work here legally'],
    ],
    negatives: [
      'Are you here on Monday? I would like to go through the migration.',
      'Is it legal for us to store the logs here, legally speaking?',
      'Our consultant has to go back to his country next week, so please schedule the call earlier.',
      'Do you have a visa letter template for our engineers visiting your office?',
      'Are you even able to see the quarantine from here? Mine is empty.',
    ],
  },
  // --------------------------------------------------------------- sexual
  {
    rule: 'en.w.sexual.body_effect',
    category: 'sexual',
    positives: [
      ['Your voice does things to me, keep talking.', 'Your voice does things to me'],
      ['Her legs were very distracting during the training.', 'Her legs were very distracting'],
      ['the dress was so hot on your engineer yesterday', 'the dress was so hot'],
      ['Your lips drive me crazy on these video calls.', 'Your lips drive me crazy'],
      ['Tell Yuki her outfit turns me on.', 'her outfit turns me on'],
    ],
    negatives: [
      'Your voice recording of the steps was really clear, thank you.',
      'The popup on the dashboard was very distracting for our users.',
      'Her presentation was great and the dress code at our site is casual.',
      'The body of the email was stripped by the filter; can you check?',
      'Your smile in the webinar intro made the session feel friendly - great job team!',
    ],
  },
  {
    rule: 'en.w.sexual.room_invite',
    category: 'sexual',
    positives: [
      ['Forget the ticket, I will book us a hotel room tonight.', 'book us a hotel room'],
      ['come up to my room after the demo, just you', 'come up to my room after'],
      ["Let's spend the night together and talk about your career.", 'spend the night together'],
      ['Get us a room at the Hilton and I will sign the renewal.', 'Get us a room'],
      ['You should come back to my place tonight.', 'come back to my place tonight'],
    ],
    negatives: [
      'Could you book us a meeting room for the kickoff?',
      'We will book a hotel room for your engineer near the plant.',
      'Please reserve us a room for the workshop, any size is fine.',
      'Our travel policy covers a room for your consultants during the on-site training.',
      'Can you come to my desk after the demo to look at the logs?',
    ],
  },
  // ---------------------------------------------------------- restrictive
  {
    rule: 'en.w.restrictive.hold_on_line',
    category: 'restrictive',
    positives: [
      ["I'm not letting you hang up until this is fixed.", "I'm not letting you hang up"],
      ['You keep this line open until your manager calls me back.', 'You keep this line open until'],
      ['You stay right there, we are not done.', 'You stay right there'],
      ["We're not releasing you from this chat until the refund is approved.", "We're not releasing you"],
      ['I am not releasing you, do you understand?', 'I am not releasing you'],
    ],
    negatives: [
      "Please don't hang up until I confirm the code works, if that's ok.",
      'Stay on this line for the next agent, the menu says.',
      "I'm not releasing the update to our users until your patch is in.",
      'We kept the line open until the restore finished - thank you for your patience.',
      "You can stay right here in the lobby while you wait for your visitor badge, that's fine.",
    ],
  },
  // --------------------------------------------------------------- insult
  {
    rule: 'en.w.insult.fools_in_support',
    category: 'insult',
    positives: [
      ['Subject: For the idiots at support', 'idiots at support'],
      ['hey clowns in tier 2, read the logs', 'clowns in tier 2'],
      ['Dear muppets of your helpdesk, third time asking.', 'muppets of your helpdesk'],
      [
        'The morons running your customer service closed my ticket again.',
        'morons running your customer service',
      ],
      ['Hello imbeciles in L1, escalate this.', 'imbeciles in L1'],
    ],
    negatives: [
      'The idiots in our own support team forgot to renew the certificate, my fault.',
      'The morons at the phishing gang are targeting our CFO, please block them.',
      'Our helpdesk staff are great; the clowns in the marketing video made us laugh.',
      'Hello team in tier 2, could you review the logs I attached?',
      'Is there a way to rename the support group from "idiots" to something nicer? It was a prank.',
    ],
  },
  // -------------------------------------------------------------- privacy
  {
    rule: 'en.w.privacy.share_recording',
    category: 'privacy',
    positives: [
      [
        "I recorded the video call with your engineer. I'll share it in our industry Slack so everyone knows who to avoid.",
        'share it in our industry Slack',
      ],
      [
        "That agent's photo is in my screenshots. Unless you refund us, I will post them on our company LinkedIn page.",
        'post them on our company LinkedIn',
      ],
      [
        "I have footage of your technician. If you don't fix it, I'll put the video on every forum I know.",
        'put the video on every forum',
      ],
      [
        'I kept a clip of your operator losing it. Fix this or I drop it in our WhatsApp group to name and shame.',
        'drop it in our WhatsApp group',
      ],
      [
        "There's a recording of your rep. I'll circulate it to the association network so everyone sees.",
        'circulate it to the association network',
      ],
    ],
    negatives: [
      'I have a screen recording of the bug with your engineer on the call; can I share it in the ticket?',
      'Can I post the training video with your engineer on our intranet page? He said it was fine.',
      'We share the recording of every webinar with our team group afterwards.',
      'A recording of the outage dashboard is attached; please forward it to the engineer.',
      'I would like to share the photos from your booth on our LinkedIn page - is that OK with your staff?',
    ],
  },
  // ------------------------------------------------------------ excessive
  {
    rule: 'en.w.excessive.outside_plan_hours',
    category: 'excessive',
    positives: [
      [
        "We're on the weekday plan, but could an engineer join our cut-over call on Saturday night?",
        'Saturday',
      ],
      ['I know we are on Standard. We need someone on call at 2am on Sunday.', 'Sunday'],
      [
        'We are only on the business-hours plan; please have someone available evenings and weekends.',
        'evenings and weekends',
      ],
      ["We're on basic support. Please stand by overnight during the migration.", 'overnight'],
      ['we are on the starter plan, can someone be on a call with us at midnight?', 'midnight'],
    ],
    negatives: [
      "We're on the weekday plan; how much would Saturday cover cost for the cut-over?",
      "We're on Standard - is weekend support available as an add-on?",
      'Our migration runs on Sunday at 3am; we will handle it ourselves and report back on Monday.',
      "We're on the business plan. Could you confirm your support hours on weekends?",
      'We are on the standard plan and will pay the extra fee for overnight cover.',
    ],
  },
  {
    rule: 'en.w.excessive.translate_docs',
    category: 'excessive',
    positives: [
      [
        'Could you translate the entire admin guide into Vietnamese for our plant staff?',
        'translate the entire admin guide',
      ],
      [
        'Please translate your whole knowledge base into Thai by the end of the month.',
        'translate your whole knowledge base',
      ],
      ['We need the full user manual translated into Spanish, can you do that?', 'manual translated into'],
      [
        'Would your team translate all the deployment documentation into Korean for us?',
        'translate all the deployment documentation',
      ],
      [
        'We want your docs (around 300 pages) translated into French.',
        'docs (around 300 pages) translated into',
      ],
    ],
    negatives: [
      'Is there a Portuguese version of the admin guide available?',
      'Do you offer translation of the full user manual into German as a paid service? A quote would help.',
      'We will translate the admin guide into Thai ourselves; may we reuse your screenshots?',
      'Please translate this error message into English for me, it appears in Japanese.',
      'Do you have plans to translate the documentation into Korean on your roadmap?',
    ],
  },
  {
    rule: 'en.w.excessive.staff_days_free',
    category: 'excessive',
    positives: [
      [
        'We want one of your engineers to stay with us the whole week, free of charge.',
        'one of your engineers to stay with us the whole week',
      ],
      [
        'Could an engineer sit with our auditors all three days? Ideally at no cost.',
        'an engineer sit with our auditors all three days',
      ],
      [
        'Please have your consultants work at our office every day next month, for free.',
        'your consultants work at our office every day',
      ],
      [
        'We expect a specialist to be on our floor the entire week without charge.',
        'a specialist to be on our floor the entire week',
      ],
      [
        'We need one of your experts to join our war room all five days - no charge, please.',
        'one of your experts to join our war room all five days',
      ],
    ],
    negatives: [
      'Could one of your engineers stay with us the whole week? Please send a quote.',
      'We are happy to pay for an engineer to sit with our team all three days.',
      'One of your engineers joined us all day yesterday, thank you - the free lunch was on us.',
      'Is there a free webinar for our auditors next week?',
      'An engineer to be on call all week is part of our Premium plan, as per our contract; please confirm the name.',
    ],
  },
  // ------------------------------------------------------------- exchange
  {
    rule: 'en.w.exchange.same_price_switch',
    category: 'exchange',
    positives: [
      [
        'Switch us to the Advanced tier for the rest of the contract without changing the price.',
        'Switch us to',
      ],
      [
        'Can we convert 50 of our mail seats into archive seats? Same price.',
        'convert 50 of our mail seats into',
      ],
      ['Please move our Tokyo licences to the new product at no extra cost.', 'move our Tokyo licences to'],
      ['Upgrade us to Premium for the same money, we have been loyal.', 'Upgrade us to'],
      ['swap half of our seats for the analytics add-on, free of charge', 'swap half of our seats for'],
    ],
    negatives: [
      'Can we move 50 seats to the Advanced tier? Please send a quote for the price difference.',
      'Switch us to the Premium trial for two weeks at no extra cost, as your website offers.',
      'Please move our licences to the new tenant; the contract value stays the same since it is only a migration of the same product? Happy to pay the difference if not.',
      'We moved our users to the new domain at no extra cost to us, thanks to your script.',
      'Could you upgrade us to Premium? How much would it be, prorated?',
    ],
  },
  {
    rule: 'en.w.exchange.give_tier_free',
    category: 'exchange',
    positives: [
      ['give us Premium free till March', 'give us Premium free'],
      ['Just give us the enterprise plan for free and we are even.', 'give us the enterprise plan for free'],
      ['Give us Advanced licences free, that is the least you can do.', 'Give us Advanced licences free'],
      ['You should give us Pro free for a year after this mess.', 'give us Pro free'],
      ['Give us the Platinum tier free or we walk.', 'Give us the Platinum tier free'],
    ],
    negatives: [
      'Could you give us a free Premium trial? Your site says one is available.',
      'Give us the enterprise pricing sheet, please.',
      'You gave us Pro for free during the beta, thanks - we are now ready to pay.',
      'Give us a quote for the Advanced plan for 200 users.',
      'Please give us the free tier documentation link.',
    ],
  },
  // ------------------------------------------------------------- monetary
  {
    rule: 'en.w.monetary.cover_costs',
    category: 'monetary',
    positives: [
      ['We expect you to cover our legal fees for this incident.', 'cover our legal fees'],
      ['Please reimburse the overtime our staff worked over the weekend.', 'reimburse the overtime'],
      ['You should pay our lost revenue from Monday.', 'pay our lost revenue'],
      ['We would like Mizuchi to bear the insurance excess we had to pay.', 'bear the insurance excess'],
      [
        'Your company must foot the forensic investigation bill, as in foot all of the forensic costs.',
        'foot all of the forensic costs',
      ],
    ],
    negatives: [
      'Does your contract cover the deductible if a phishing mail gets through?',
      'Our insurer will cover the deductible; we only need the incident report from you.',
      'We will cover the overtime ourselves, no need to worry.',
      'Is it covered by the SLA if we have lost revenue during an outage?',
      'We already paid the legal fees; please send us the final RCA for our files.',
    ],
  },
  // ------------------------------------------------------------ unrelated
  {
    rule: 'en.w.unrelated.not_your_product',
    category: 'unrelated',
    positives: [
      [
        'Our NAS is not connected to any of your products, but can you fix its RAID?',
        'not connected to any of your products',
      ],
      [
        'The printer has nothing to do with your software; could you help set it up anyway?',
        'nothing to do with your software',
      ],
      [
        'The laptop is not enrolled in anything of yours. Please take a look at why it overheats.',
        'not enrolled in anything of yours',
      ],
      [
        'Our CRM is not managed by any Mizuchi service, but could your engineers check its API quota?',
        'not managed by any Mizuchi service',
      ],
      [
        'It is not protected by any of your tools - can you check why the router reboots?',
        'not protected by any of your tools',
      ],
    ],
    negatives: [
      'The alert came from a device not connected to any of your products, so please ignore it and close this ticket.',
      "That server is not protected by any of your tools - is that why we saw no alerts? Just FYI, we'll add it.",
      'Could you check why our tenant is not connected to any of your services after the migration?',
      'The user is not enrolled in anything of yours yet. How do we enrol them?',
      'Please help: our domain is not linked to any products in the admin console.',
    ],
  },
  {
    rule: 'en.w.excessive.call_staff_at_night',
    category: 'excessive',
    positives: [
      [
        "Give me his number, I'll call him directly at night when the sync breaks.",
        'call him directly at night',
      ],
      ['I will text her on weekends if anything goes down.', 'text her on weekends'],
      [
        'We will ring your engineer in the middle of the night if we need to.',
        'ring your engineer in the middle of the night',
      ],
      ["I'll phone them at 3am, that's what we pay for.", 'phone them at 3am'],
      ['I want to call you whenever I need, day or night.', 'call you whenever I need'],
    ],
    negatives: [
      'Can I call the emergency line at night if the gateway fails?',
      'We will call him at night per our premium support agreement, as agreed.',
      'Please do not call me at night, email is fine.',
      'Your engineer can call us directly on Monday morning.',
      'I will call the on-call number after hours, as included in our plan.',
    ],
  },
  {
    rule: 'en.w.excessive.plan_waved_away',
    category: 'excessive',
    positives: [
      [
        "I know we're on the basic plan. Don't care, send someone now.",
        "we're on the basic plan. Don't care",
      ],
      ['we are on standard, so what, I want weekend cover', 'we are on standard, so what'],
      [
        "We're only on the starter tier - whatever, fix it tonight.",
        "We're only on the starter tier - whatever",
      ],
      [
        "we're on the weekday plan. who cares. get an engineer on the phone",
        "we're on the weekday plan. who cares",
      ],
      [
        "I know we are on the Business contract; doesn't matter, I need on-site help.",
        "we are on the Business contract; doesn't matter",
      ],
    ],
    negatives: [
      "We're on the standard plan and don't care about the premium features, so please cancel the trial.",
      "We're on basic. We don't need weekend cover, thanks.",
      'We are on the business plan; does it include weekend support?',
      "I know we're on standard, so we'll wait until Monday.",
      "We're on the free tier and it doesn't matter much to us, just curious about limits.",
      "We're on Standard, so what options do we have for weekend coverage?",
      "We're on standard. Don't care about the upsell, just fix the bug.",
    ],
  },
  {
    rule: 'en.w.insult.how_thick',
    category: 'insult',
    positives: [
      ['Given how thick your support people are, I will spell it out.', 'how thick your support people are'],
      ['It shows how dense your engineers are.', 'how dense your engineers are'],
      ['I forgot how clueless your agents are.', 'how clueless your agents are'],
      ['Your staff are thick as a brick.', 'Your staff are thick as a brick'],
      ['Your reps are dumb as rocks, honestly.', 'Your reps are dumb as rocks'],
    ],
    negatives: [
      'I was surprised how thick your documentation is - 400 pages!',
      'How slow is your API today? Our calls are timing out.',
      'Your manual is thick, how dense your docs are is impressive.',
      'How dense should the rack layout be for your appliance?',
      'It shows how helpful your engineers are.',
    ],
  },
  {
    rule: 'en.w.monetary.amount_in_account',
    category: 'monetary',
    positives: [
      [
        'I want compensation: I will keep calling until the JPY 800,000 is in our account.',
        'JPY 800,000 is in our account',
      ],
      [
        'You owe us. Nobody rests until $15,000 lands in our bank account.',
        '$15,000 lands in our bank account',
      ],
      [
        'Damages first. I expect ¥2,000,000 in compensation arrives in our account by Friday.',
        '¥2,000,000 in compensation arrives in our account',
      ],
      ['Pay us what you owe: €5,000 hits my account or I escalate.', '€5,000 hits my account'],
      [
        'The compensation is overdue; call me when the USD 30k is in our account.',
        'USD 30k is in our account',
      ],
    ],
    negatives: [
      'The refund of JPY 12,000 is in our account now, as per your terms - thanks.',
      'Our overpayment of ¥50,000 arrived in our account yesterday, please close the ticket.',
      'The $300 SLA credit is on our statement, all good.',
      'The refund of ¥40,000 is in our account, per your terms; no compensation is due.',
      'Our overpayment refund of $500 is on our statement now; no compensation needed, thanks.',
    ],
  },
  // --- from the blind training set t12 ---
  {
    rule: 'en.w.restrictive.staff_kept',
    category: 'restrictive',
    positives: [
      ['you may NOT transfer me, you fix this yourself', 'you may NOT transfer me'],
      ["Don't even try to close this chat before my VPN works.", "Don't even try to close this chat"],
      [
        'Your technician is not leaving until the backup restores, tell his boss.',
        'Your technician is not leaving until',
      ],
      ["She isn't going home before the firewall is back up.", "She isn't going home before"],
      ["They're not going anywhere till the cutover is signed off.", "They're not going anywhere till"],
    ],
    negatives: [
      "Don't try to close the ticket yet, we are still testing.",
      "You can't transfer the licence to another tenant, can you?",
      "He isn't leaving until six because of the traffic, so no rush.",
      'Could you stay on the chat for a moment while I fetch the log?',
      'Please do not close the ticket until we confirm the fix on Monday.',
    ],
  },
  {
    rule: 'en.w.intimidation.career_ended',
    category: 'intimidation',
    positives: [
      [
        "Once I'm done, you'll never work in IT on this continent again.",
        "you'll never work in IT on this continent again",
      ],
      ["He'll never work in payments again after what I post.", "He'll never work in payments again"],
      ['Mark my words, she will never be hired by a bank again.', 'she will never be hired by a bank again'],
      [
        "You won't ever work as an engineer in this country again.",
        "You won't ever work as an engineer in this country again",
      ],
      [
        "They'll never get another job in this town again, I promise you.",
        "They'll never get another job in this town again",
      ],
    ],
    negatives: [
      "I hope you'll never work weekends again after this migration!",
      "Our old admin retired, he'll never work on the console again.",
      'Our interns will never work on the console again, they moved to sales.',
      'Glad to hear you will never work night shifts again.',
      'We will never work with spreadsheets again, thanks to your tool.',
    ],
  },
  {
    rule: 'en.w.intimidation.pity_if',
    category: 'intimidation',
    positives: [
      [
        'It would be a great pity if your renewal ran into unexpected difficulties.',
        'It would be a great pity if your renewal ran into unexpected difficulties',
      ],
      [
        "It'd be a shame if the tender encountered some problems at the board stage.",
        "It'd be a shame if the tender encountered some problems",
      ],
      [
        'Would be a real pity if your partner status hit any delays because of this ticket.',
        'Would be a real pity if your partner status hit any delays',
      ],
      [
        'It would be a shame if your certification met with sudden obstacles.',
        'It would be a shame if your certification met with sudden obstacles',
      ],
      [
        'It would be a pity if the audit of your company suffered unfortunate setbacks.',
        'It would be a pity if the audit of your company suffered unfortunate setbacks',
      ],
    ],
    negatives: [
      'It would be a pity if we had to cancel the workshop, could you confirm the date?',
      'It would be a shame to miss the webinar; is there a recording?',
      'What a pity the export had problems last night, thanks for fixing it.',
      'It would be a shame if the new feature were not in the next release.',
      'Shame about the delays, but the rollout went fine in the end.',
    ],
  },
  {
    rule: 'en.w.defamation.invented_claims',
    category: 'defamation',
    positives: [
      [
        'My video goes live tonight. Every claim in it is whatever I want it to be.',
        'Every claim in it is whatever I want',
      ],
      ["The blog post is drafted and I'll just make stuff up where I need to.", "I'll just make stuff up"],
      [
        'Each accusation in the thread will be whatever we decide.',
        'Each accusation in the thread will be whatever we decide',
      ],
      ["I'm going to make the rest up for my podcast episode about you.", "I'm going to make the rest up"],
      [
        'Every word in my review will be what I like, and it goes up at noon.',
        'Every word in my review will be what I like',
      ],
    ],
    negatives: [
      'Every claim in the report is backed by logs, see the attachment.',
      'Each word in the field is what the user typed, please check the encoding.',
      "We'll make the config up from your template and post it to the thread.",
      'Every detail in the video tutorial is what we wanted, thank you.',
      'I will make up the missing hours next week, sorry for the delay.',
    ],
  },
];

describeRuleKinds('English third-wave rules', KINDS, alone, 'en');

/** A veto or mask: the calm messages lose the category, the kept ones still have it. */
const GUARDS: GuardTable[] = [
  {
    id: 'en.w.mask.scheduled_on_site',
    category: 'excessive',
    calm: [
      'For the on-site install next week, please make sure the engineer brings a console cable.',
      'During the agreed on-site training, can you cover the new admin console?',
      "Before tomorrow's on-site session, please send the agenda.",
    ],
    kept: [
      'Send an engineer to our office tomorrow morning.',
      'We need on-site support at our Osaka plant today.',
      'I want someone on site at our HQ within two hours.',
    ],
  },
  {
    id: 'en.w.veto.friendly_wait',
    category: 'violence',
    calm: [
      "I'll be early, so I'll wait outside the main entrance at around 9:40 - no need to rush down.",
      "I'll be waiting outside the entrance before the site survey, no need to rush.",
      "I'll be waiting outside the gate for the office tour, no need to meet me at reception.",
    ],
    kept: [
      "I'll be waiting outside your building tonight, Kondo.",
      "I'll be waiting by your car after work.",
      "Don't worry about lunch, I'll be waiting outside your house when you get home.",
    ],
  },
  {
    id: 'en.w.veto.gendered_premises',
    category: 'discriminatory',
    calm: [
      'Our safeguarding rules mean only women may enter the dormitory. Could you assign a female technician for the visit?',
      "We run a women's refuge; please send a female engineer, since male visitors aren't allowed past reception.",
      'The site only admits female staff on that floor, so could a female engineer do the cabling?',
    ],
    kept: [
      'Please assign a male engineer, the last woman you sent was clueless.',
      'I want a man on this, not a woman.',
      'No women on our account please, they never understand networks.',
    ],
  },
  {
    id: 'en.w.veto.automated_retries',
    category: 'persistence',
    calm: [
      'Sorry for the duplicates - our monitoring kept resubmitting the request to your API every 5 minutes until validation passed.',
      'The scheduler was calling your webhook every 10 minutes until your server answered; I have turned it off.',
      'Our script kept posting to your API every hour until validation passed.',
    ],
    kept: [
      "I'll write a script that emails you every 5 minutes until you refund me.",
      "I'll call every 5 minutes until you fix it.",
      "We'll post in this chat every hour until someone answers.",
    ],
  },
  {
    id: 'en.w.veto.safety_hazard',
    category: 'violence',
    calm: [
      "There's a loose cable across your data hall floor, somebody's going to get hurt.",
      'The rack in cage 4 is leaning badly - someone will get hurt if nobody fixes it.',
      "Your engineer left the ladder in the corridor; somebody's going to get hurt.",
    ],
    kept: [
      "Fix it today or somebody's getting hurt.",
      "If I come down there, someone's gonna get hurt.",
      'Keep stalling and one of you will get hurt.',
    ],
  },
  {
    id: 'en.w.veto.thing_never_works',
    category: 'intimidation',
    calm: [
      'Automation will never work in this industry without good logs, in my opinion.',
      'That approach will never work anywhere with strict DMARC.',
      'Your workaround will never work in our industry, regulators forbid it.',
    ],
    kept: [
      "You'll never work in this industry again.",
      'None of you will be hired anywhere again.',
      "I'll make sure you're cleaning toilets by next month.",
    ],
  },
  {
    id: 'en.w.veto.own_people_called_fools',
    category: 'insult',
    calm: [
      'The idiots in our own support team forgot to renew the certificate, my fault.',
      'The idiots in my finance department deleted the mailbox, can you restore it?',
      'The clowns in our accounts team deleted the shared mailbox, can you restore it?',
    ],
    kept: [
      'The idiots in your support team closed my ticket again.',
      'you morons broke SSO',
      'To the clowns in tier 1: read the logs.',
    ],
  },
  {
    id: 'en.w.veto.not_connected_question',
    category: 'unrelated',
    calm: [
      'Could you check why our tenant is not connected to any of your services after the migration?',
      'The alert came from a device not connected to any of your products, so please ignore it and close this ticket.',
      'The warning is about a printer that has nothing to do with your software; no action is needed.',
    ],
    kept: [
      'Our NAS is not connected to any of your products, but can you fix its RAID?',
      'Could you help my son with his homework?',
      'The printer has nothing to do with your software; could you help set it up anyway?',
    ],
  },
  {
    id: 'en.w.veto.no_compensation_due',
    category: 'monetary',
    calm: [
      'The refund of ¥40,000 is in our account, per your terms; no compensation is due.',
      'Our overpayment refund of $500 is on our statement now; no compensation needed, thanks.',
      'We got the ¥8,000 back, compensation is not necessary.',
    ],
    kept: [
      'We demand ¥1,000,000 in compensation for the outage.',
      'You owe us. Nobody rests until $15,000 lands in our bank account.',
      'Pay our legal fees and ¥500,000 on top.',
    ],
  },
  {
    id: 'en.w.veto.hurt_figuratively',
    category: 'violence',
    calm: [
      'If this continues someone will get hurt financially - our payroll runs on your SSO.',
      'Our revenue is going to get hurt if the checkout emails keep bouncing.',
      "Somebody's going to get hurt in the audit if these logs stay missing.",
    ],
    kept: [
      "Fix it today or somebody's getting hurt.",
      'Someone is going to get hurt, and it will be your engineer.',
      'Keep stalling and one of you will get hurt.',
    ],
  },
  {
    id: 'en.w.veto.coverage_question',
    category: 'monetary',
    calm: [
      'Does the contract cover our legal fees if your breach notice was late? Please point me to the clause.',
      'Would your SLA cover the lost revenue from Monday? Just checking before our board meeting.',
      'Will the agreement cover compensation for the data restore? Point me to the section please.',
    ],
    kept: [
      'We expect you to cover our legal fees for this incident.',
      'You should pay our lost revenue from Monday.',
      'We demand ¥1,000,000 in compensation for the outage.',
    ],
  },
  {
    id: 'en.w.veto.done_or_offered_swap',
    category: 'exchange',
    calm: [
      'We moved our users to the new domain at no extra cost to us, thanks to your script.',
      'Switch us to the Premium trial for two weeks at no extra cost, as your website offers.',
      'Please upgrade us to the annual plan at no extra cost, as advertised in your newsletter.',
    ],
    kept: [
      'Switch us to the Advanced tier for the rest of the contract without changing the price.',
      'give us Premium free till March',
      'Upgrade us to Premium for the same money, we have been loyal.',
    ],
  },
  // --- from the blind training set t12 ---
  {
    id: 'en.w.veto.word_mentioned',
    category: 'insult',
    calm: [
      'Your mail filter seems to match "bakar" as "baka", so our colleague Bakar cannot send anything.',
      'The content rule flags the word "idiot" inside our product name Idiotproof Backup.',
      'Our newsletter is blocked because the scanner treats "Scunthorpe" as "cunt" again.',
      'The DLP policy keeps catching the string "moron" in Moroni, the capital of Comoros.',
      'Could the abuse filter stop tripping on "baka" in Malay surnames?',
    ],
    kept: [
      'You are a baka, learn to do your job.',
      'Stop acting like a moron, your filter blocked my mail again.',
      'Your support team are idiots, and the filter that blocked my mail is useless.',
    ],
  },
  {
    id: 'en.w.veto.prepaid_hours',
    category: 'excessive',
    calm: [
      'We would like to use 6 of our 20 prepaid hours for an on-site session next month. Could you confirm an engineer?',
      'Could we book two consulting days from our balance for an on-site workshop at our office?',
      'Please send an engineer to our plant on the 14th; we will draw it from our professional-services credits.',
    ],
    kept: [
      'Send an engineer to our office tomorrow, we need it fixed today.',
      'We need on-site support at our Osaka plant today.',
      'I want someone on site at our HQ within two hours.',
    ],
  },
  {
    id: 'en.w.veto.sit_in_on',
    category: 'restrictive',
    calm: [
      'Could your consultant sit in on our vendor demos next week?',
      'Would someone from your team be able to sit in with us during the migration call?',
      'Happy for your engineer to sit in at our quarterly review as an observer.',
    ],
    kept: [
      "I'll stage a sit-in at your office until you refund me.",
      "I'm not leaving your lobby until you refund me.",
      "We'll sit in your reception until your manager comes down.",
    ],
  },
];

describeGuardTables('English third-wave vetoes and masks', GUARDS, 'en');

describeRuleFile('English third-wave rules: the rule file', RULE_FILE, {
  lang: 'en',
  idPrefix: 'en.w.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => GUARDS.map((g) => g.id),
  offsets: {
    engine: alone,
    text: 'SOMEBODY should set FIIIRE to your ｏｆｆｉｃｅ while the helpdesk is in it.',
  },
});
