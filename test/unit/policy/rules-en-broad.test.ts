/**
 * Second-wave English detectors (config/rules/en-broad.yaml), run through the
 * real policy file and engine, so every rule file (and every veto) is in play.
 * Set-up from test/support/rule-engine.ts; same table shape as
 * rules-en-extra.test.ts: one table per rule with
 * positives written for this test in varied wording (not taken from any
 * corpus), each with a fragment the rule's own evidence must cover, and tricky
 * negatives in which the whole engine must not find the rule's category.
 */
import type { Category } from '../../../src/policy/index.js';
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/en-broad.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('en-broad.yaml');

type Kind = RuleKind;

const KINDS: Kind[] = [
  // -------------------------------------------------------------- insult
  {
    rule: 'en.b.insult.could_do_better',
    category: 'insult',
    positives: [
      [
        'My nephew, a 7-year-old, could write better release notes than this.',
        '7-year-old, could write better',
      ],
      ['Honestly a trained monkey with a keyboard would have done a better job.', 'trained monkey'],
      ['An intern on his first day could have configured DKIM faster.', 'intern on his first day'],
      ['the office cat could do better tbh', 'cat could do better'],
    ],
    negatives: [
      'Our intern could have done it faster with the CLI, so please document the API.',
      'A toddler could use this new dashboard, it is that simple. Great work!',
      'My grandma could set it up faster than me, your guide is that clear!',
    ],
    ownNegatives: [
      'Even a kid could do this better than me, I keep forgetting the steps. Can you resend them?',
    ],
  },
  {
    rule: 'en.b.insult.like_explaining_to',
    category: 'insult',
    positives: [
      ['Talking to your support desk is like arguing with a brick wall.', 'like arguing with a brick wall'],
      ['Your reply was like watching a toddler explain a tax return.', 'like watching a toddler'],
      [
        'Getting an answer from your engineers is like teaching a goldfish about DNS.',
        'like teaching a goldfish',
      ],
      ['This RCA reads as if a hamster was let loose on the keyboard.', 'as if a hamster was let loose'],
    ],
    negatives: [
      'Explaining MFA to our staff is like teaching a child to ride a bike: patience pays off.',
      'Our onboarding felt like talking to a friend, thanks to your team!',
      'The new UI looks like a dashboard from a game, which our users love.',
    ],
  },
  {
    rule: 'en.b.insult.intelligence_of',
    category: 'insult',
    positives: [
      ['You have the problem-solving skills of a traffic cone.', 'problem-solving skills of a traffic cone'],
      ['Your tier-1 team has the attention span of a goldfish.', 'attention span of a goldfish'],
      ['whoever answered has the people skills of a parking meter', 'people skills of a parking meter'],
      ["I've seen pot plants with more initiative than your engineers.", 'pot plants with more initiative'],
      ['ur brain is smaller than a walnut', 'brain is smaller than'],
    ],
    negatives: [
      'The people skills of a good support engineer matter, and yours are great.',
      'Does the threat intelligence of a third-party feed show up in the quarantine report?',
      'We need the artificial intelligence of a newer model for the phishing classifier.',
      'The competence of a new admin is hard to judge, so can we get a training plan?',
    ],
  },
  {
    rule: 'en.b.insult.whoever_ashamed',
    category: 'insult',
    positives: [
      [
        'Whoever approved this release should be thoroughly ashamed.',
        'Whoever approved this release should be thoroughly ashamed',
      ],
      [
        'The person who wrote this KB page should be kept away from keyboards.',
        'should be kept away from keyboards',
      ],
      ['Was this policy written by an intern or a potato?', 'written by an intern or a potato'],
      ['Did a monkey configure this connector?', 'Did a monkey configure'],
    ],
    negatives: [
      'Whoever wrote the new quarantine guide should be thanked, it is excellent.',
      'The change was written by our intern and reviewed by me; please check it.',
      'Nobody should be ashamed of asking questions in the training session.',
    ],
  },
  {
    rule: 'en.b.insult.need_an_adult',
    category: 'insult',
    positives: [
      ['Can I speak to an actual adult please?', 'speak to an actual adult'],
      ['Put a grown-up on the line.', 'Put a grown-up'],
      ['Is there an adult in charge over there?', 'adult in charge'],
      ['get someone with a working brain to read my ticket', 'someone with a working brain'],
    ],
    negatives: [
      'Can we speak to an adult education coordinator about the school licence?',
      'Does MailGuard have an adult-content filter for our school tenant?',
      'Please get an adult learner licence for our night-school students.',
      'We need someone with a working knowledge of SCIM on the call.',
    ],
  },
  {
    rule: 'en.b.insult.sarcastic_talent',
    category: 'insult',
    positives: [
      ['Does the incompetence just come naturally to your team?', 'come naturally'],
      ['Ignoring three tickets in a row, does it just come naturally?', 'does it just come naturally'],
      ['It takes real talent to break SSO twice in one week.', 'It takes real talent to'],
      ["Your team couldn't find a stuck queue with a map.", "couldn't find a stuck queue with a map"],
      ['One almost admires the consistency of your mistakes.', 'One almost admires the'],
    ],
    negatives: [
      'Does the new UI come naturally to users? Ours picked it up in a day.',
      'Great onboarding, the setup came together naturally for our admins.',
      'We could not find the export button on the map view; where is it?',
      'It takes time to roll out passkeys, so please send the plan.',
    ],
  },
  {
    rule: 'en.b.insult.contempt_nouns',
    category: 'insult',
    positives: [
      ['Your support reps are spineless.', 'spineless'],
      ['you lot are a bunch of pencil pushers', 'pencil pushers'],
      ['Your helpdesk is a walking disaster, all of you.', 'walking disaster'],
      ['u r an 1d10t', '1d10t'],
    ],
    negatives: [
      'Our old laptops are dinosaurs; will the agent still run on Windows 10?',
      'Our old on-prem server is a dinosaur; can we migrate the archive?',
      'Clowns at the kids party were great, anyway: please reset my MFA.',
      'We hired script readers for our own call centre; can they get read-only access?',
    ],
  },
  {
    rule: 'en.b.insult.chat_dumb',
    category: 'insult',
    positives: [
      ['r u just that thick or what', 'thick'],
      ['are u stupid? read my msg', 'stupid'],
      ['ur all 🤡 fr', '🤡'],
    ],
    negatives: [
      'The dumb terminal at reception, r u able to whitelist it?',
      'are u able to check the stupid printer driver thing again, it is driving me mad',
      'The 🤡 emoji in our Slack is for the Friday quiz.',
    ],
    ownNegatives: ['r u sure the dumb terminal is supported?'],
  },
  // ------------------------------------------------------------ violence
  {
    rule: 'en.b.violence.harm_phrases',
    category: 'violence',
    positives: [
      ["hope u've got decent dental insurance, pal", 'decent dental insurance'],
      ['Easy to find you after dark, you know.', 'Easy to find you after dark'],
      [
        "If he comes here again he won't be walking out on his own two feet.",
        "won't be walking out on his own two feet",
      ],
      ["If I meet that engineer I can't promise I'll keep my hands to myself.", 'keep my hands to myself'],
      ['someone is going home in an ambulance if this breaks again', 'home in an ambulance'],
      ['Tell him to bring a helmet when he comes.', 'bring a helmet'],
      [
        'Lots of heavy kit here. Accidents happen around the racks, you know.',
        'Accidents happen around the racks',
      ],
    ],
    negatives: [
      "He won't be typing for a while, he broke his wrist skiing; please assign another engineer to our ticket.",
      'The forklift accidents happen around the loading dock, so our safety team asked for better alerting.',
      'Please be careful. Very careful with the production tenant during the migration.',
      'Our warehouse has a lot of forklifts, so the engineer needs safety shoes.',
      'Please bring a laptop and a helmet for the site tour; hard hats are required.',
      'The job is responsible for what happens to the queue after midnight.',
    ],
    ownNegatives: [
      'Our staff hope they have good health insurance in the new benefits plan; unrelated, but can you fix SSO?',
    ],
  },
  {
    rule: 'en.b.violence.confront_visit',
    category: 'violence',
    positives: [
      ["I'll swing by your office tonight and have a word with the guy responsible.", "I'll swing by"],
      ['We might just turn up after work. Face to face is better for these things.', 'We might just turn up'],
      ["I'll wait outside for whoever closed my ticket.", "I'll wait outside"],
    ],
    negatives: [
      "I'll drop by your office for the scheduled workshop tonight.",
      "We'll come by after work to thank the engineer responsible for the fix.",
      'I will stop by the reception to collect the visitor badge personally.',
    ],
  },
  {
    rule: 'en.b.violence.shame_if_happened',
    category: 'violence',
    positives: [
      [
        'Would be a pity if anything happened to your engineer on the way home.',
        'pity if anything happened to your engineer',
      ],
      [
        'Shame if something were to happen to him after his shift.',
        'Shame if something were to happen to him',
      ],
      ['It would be a shame if something happened to you.', 'shame if something happened to you'],
    ],
    negatives: [
      'It would be a shame if something happened to the backup, so please check it.',
      'What a shame if anything happened to the migration plan now.',
      'Shame about the outage; what happened to the logs?',
    ],
  },
  // -------------------------------------------------------- intimidation
  {
    rule: 'en.b.intimidation.your_name_comes_up',
    category: 'intimidation',
    positives: [
      ['Your director will hear your name from me, and not kindly.', 'hear your name from me'],
      ['When I meet your CEO at golf, guess whose name comes up.', 'whose name comes up'],
      ['If this slips again, your name goes in my complaint to the board.', 'your name goes in'],
      ["I wouldn't want to be the name our chairman mentions.", 'the name our chairman mentions'],
    ],
    negatives: [
      "I'll tell your manager your name; you were brilliant on the call, thanks!",
      'Your name goes on the certificate once the training is done.',
      'If you register, your name will be on the attendee list.',
      'Your name comes up in the admin portal after you log in.',
    ],
  },
  {
    rule: 'en.b.intimidation.career_threat',
    category: 'intimidation',
    positives: [
      ["People who cross me don't tend to keep their jobs.", "don't tend to keep their jobs"],
      ["I'll make sure this follows you to your next job.", 'follows you to your next job'],
      ["You won't be working in this industry again.", "won't be working in this industry again"],
      ["I'll make your life very difficult.", 'make your life very difficult'],
      ['This will follow you for the rest of your career.', 'follow you for the rest of'],
      ['ur gonna regret ever answering this chat', 'regret ever answering'],
    ],
    negatives: [
      "Our interns don't tend to keep their laptops after the programme ends.",
      'Our admins regret not enabling MFA earlier.',
      'The new portal will make your life easier, thanks for building it.',
      'We will follow up for the rest of the week.',
    ],
  },
  {
    rule: 'en.b.intimidation.shame_if',
    category: 'intimidation',
    positives: [
      ['It would be a shame if your other clients heard about this.', 'be a shame if'],
      ["Nice little company you've got.", "Nice little company you've got"],
      ['Be a pity if the world learned how you treat us.', 'Be a pity if'],
    ],
    negatives: [
      'It would be a shame if the new feature slipped to next quarter; any news on the ETA?',
      'It would be a shame if we had to cancel, we like the product.',
      'A shame if the webinar clashes with our board meeting; can we move it?',
      'Nice office you have in Osaka, the visit was great.',
    ],
  },
  {
    rule: 'en.b.intimidation.veiled_warning',
    category: 'intimidation',
    positives: [
      ["You'd better think twice before closing this ticket again.", 'think twice'],
      ['Think very carefully about your next reply, Ms. Sato.', 'Think very carefully about your next reply'],
      ["You won't like what happens next.", "won't like what happens"],
      ['Once I stop being polite this gets different.', 'Once I stop being polite'],
      ["I'd think very hard about how you answer this.", "I'd think very hard about how"],
      ['Close it again and see what happens to you.', 'see what happens to you'],
    ],
    negatives: [
      'Think twice before deleting a mailbox, the docs say it is irreversible.',
      'Something to think about for the roadmap: dark mode.',
      'Run the script again and see what happens to the queue.',
      "I'd think about how to phrase the notice to our users; any template?",
    ],
    ownNegatives: ["You won't like what happens to the old API after the deprecation, so plan ahead."],
  },
  // ------------------------------------------------------------- privacy
  {
    rule: 'en.b.privacy.looked_up_staff',
    category: 'privacy',
    positives: [
      ["I found your agent Mika's Instagram, cute dog.", "found your agent Mika's Instagram"],
      ['Tracked down half of your team on LinkedIn last night.', 'half of your team on LinkedIn'],
      ['I googled him up, so I know where your rep lives.', 'googled him up'],
    ],
    negatives: [
      "I found your engineer's LinkedIn article on DMARC really useful.",
      "I found our admin's Facebook was used in a phishing mail; can you block it?",
      'Our staff are on LinkedIn; can the filter allow its notifications?',
      "I found your company's blog post about DMARC really helpful.",
    ],
  },
  {
    rule: 'en.b.privacy.home_known',
    category: 'privacy',
    positives: [
      ['Your engineer rents a flat near the river, third floor.', 'rents a flat near'],
      ['Your rep lives out in Chiba, right?', 'lives out in Chiba, right?'],
      ['Saw the photos, she has a lovely garden.', 'lovely garden'],
    ],
    negatives: [
      "Your rep lives in Osaka, right? We'd like to meet him at the Osaka branch for the renewal.",
      'Our user lives in Osaka, can you move her mailbox to the Osaka region?',
      'Thank you for the lovely garden tour at your office party!',
      'We rent a flat in Tokyo for visiting staff; does the VPN work there?',
    ],
  },
  {
    rule: 'en.b.privacy.name_published',
    category: 'privacy',
    positives: [
      ["I'm posting the recording with her full name on it.", 'with her full name on it'],
      ['The thread goes live tonight and I will name Ms. Ito specifically.', 'name Ms. Ito specifically'],
      ['Unless you fix it, the names go up on our blog.', 'names go up on our blog'],
    ],
    negatives: [
      'Our users are posting screenshots of the quarantine with their names on it; how do we redact names?',
      "We'd like to share a case study with his name on it, with his permission.",
      'Please send the certificate with her full name on it for the training.',
      'I will name the file specifically after the ticket number.',
    ],
  },
  {
    rule: 'en.b.privacy.personal_contact',
    category: 'privacy',
    positives: [
      ['give me ur personal number, not the hotline', 'ur personal number'],
      ["what's the number of the tall guy in your team photo?", 'number of the tall guy'],
      ['which station do you get off at after work?', 'which station do you get off'],
    ],
    negatives: [
      'Please give me your ticket number so I can follow up.',
      "Send me your line manager's approval first, please.",
      'Tell me your line speed at the branch so we can size the gateway.',
    ],
    ownNegatives: ['Please send me your number so the courier can call when he arrives.'],
  },
  // ---------------------------------------------------------- defamation
  {
    rule: 'en.b.defamation.spread_claim',
    category: 'defamation',
    positives: [
      ['Every day I leave a review saying your company steals customer data.', 'saying your company steals'],
      ["I'll tell every client I know that your company sells their data.", 'that your company sells'],
      ['Tonight I am posting that Shirogane got hacked and lied about it.', 'Shirogane got hacked'],
      ['Unless you refund us, the whole forum hears that your staff read our mail.', 'that your staff read'],
    ],
    negatives: [
      'The review I left is saying your company fixed it fast, five stars.',
      'A partner told us that your company sells data; is that true?',
      'Please confirm that Shirogane was not breached in the incident on the news.',
      'Our newsletter will say that your team fixed the issue within an hour.',
    ],
  },
  {
    rule: 'en.b.defamation.no_proof',
    category: 'defamation',
    positives: [
      ["I'll post it on every forum. Nobody will ask for proof.", 'Nobody will ask for proof'],
      ['My followers will get the story. People will believe it.', 'People will believe it'],
      [
        "I'm telling the whole network, and who are people going to believe?",
        'who are people going to believe',
      ],
    ],
    negatives: [
      'Auditors will ask for proof of the DMARC setup; can you send it?',
      'Do I have proof of delivery for the token shipment? Please share the tracking.',
      'People will believe it only when the status page is updated, so please post it.',
    ],
  },
  {
    rule: 'en.b.defamation.shame_if_public',
    category: 'defamation',
    positives: [
      ['Would be a shame if the press heard about this.', 'shame if the press'],
      ['Pity if a review on Trustpilot said so.', 'Pity if a review'],
      ['such a shame if this ended up on reddit', 'shame if this ended up on reddit'],
    ],
    negatives: [
      'It is a shame the news widget is broken; can you check it?',
      'Shame about the outage, but the review meeting went fine.',
      'A pity the forum is closed; where do we post feature requests?',
    ],
  },
  // --------------------------------------------------------- restrictive
  {
    rule: 'en.b.restrictive.keep_until',
    category: 'restrictive',
    positives: [
      ['You stay on this call until I say you can hang up.', 'until I say you can hang up'],
      ['Your engineer is not to drop off the bridge.', 'is not to drop off'],
      ["We'll be staying in your lobby until the director comes down.", 'staying in your lobby'],
    ],
    negatives: [
      'You stay on the bridge until 6 as agreed, then the night team takes over.',
      'Our consultants will remain on site until the audit ends, as agreed.',
      'Our engineers will stay on the bridge until the migration finishes.',
      'Please stay on this call until the upload completes so you can see the result.',
    ],
    ownNegatives: ['We will stay in Osaka until Friday for the trade fair.'],
  },
  // --------------------------------------------------------- persistence
  {
    rule: 'en.b.persistence.every_interval_until',
    category: 'persistence',
    positives: [
      ['I have a bot that reopens this ticket every hour. Enjoy.', 'every hour'],
      ['My script will submit this form every 5 minutes until you refund us.', 'every 5 minutes'],
      ['I will call every single day until someone fixes it.', 'every single day'],
      ['We are opening a new ticket every hour till an engineer replies.', 'every hour'],
    ],
    negatives: [
      'The sync job polls every 5 minutes until the token expires.',
      'Our monitor sends an e-mail every hour until the alert clears.',
      'Please call every day this week if needed, we are happy to help.',
    ],
    ownNegatives: [
      "Our monitoring bot reopens the incident every hour until it's acknowledged; can we stop that?",
    ],
  },
  {
    rule: 'en.b.persistence.redial',
    category: 'persistence',
    positives: [
      ['Hang up and I redial, and redial.', 'redial, and redial'],
      ['My team will ring your desk on rotation until someone answers.', 'on rotation until'],
      ['Close this and I open twenty more.', 'open twenty more'],
    ],
    negatives: [
      'The phone system redials once if the line is busy.',
      'Our on-call rotation runs until Sunday.',
      'Please open more than one ticket if the issues are separate.',
    ],
  },
  // -------------------------------------------------------- kneel_demand
  {
    rule: 'en.b.kneel.staged_apology',
    category: 'kneel_demand',
    positives: [
      ['I want a proper bow from your director.', 'proper bow'],
      ['Your manager will bow in front of my whole team.', 'bow in front of my'],
      ['He will apologise to our staff on camera.', 'apologise to our staff on camera'],
    ],
    negatives: [
      'Our sales team will bow out of the renewal meeting; please send the paperwork.',
      'The bow in the logo is off-centre in the digest template.',
      'The bow tie emoji in the template is broken.',
    ],
    ownNegatives: [
      'Our CEO will bow in front of our shareholders at the AGM for our own delay.',
      'We will apologise to our users on video about the delay ourselves.',
    ],
  },
  // ----------------------------------------------------------- excessive
  {
    rule: 'en.b.excessive.engineer_on_site',
    category: 'excessive',
    positives: [
      ['Could an engineer pop over to our store on Sunday to set this up?', 'engineer pop over'],
      ['Please send an engineer to our plant for the week.', 'send an engineer to our'],
      ['We want someone to work from our office every Monday.', 'someone to work from our office'],
    ],
    negatives: [
      'How much would it cost for an engineer to come to our office? Please send a quote.',
      'Your engineer came over to our office yesterday as booked, thanks!',
      'Can someone from your team speak at our user-group meetup? Please send pricing.',
    ],
    ownNegatives: [
      'Could someone come to our Osaka office for the onboarding workshop? Please send the quote.',
    ],
  },
  {
    rule: 'en.b.excessive.beyond_hours',
    category: 'excessive',
    positives: [
      ['Can your devs pull an all-nighter for us?', 'all-nighter'],
      ['Your engineer needs to stay late tonight until we finish.', 'stay late'],
      ['We need a 24/7 hotline just for our chairman.', '24/7 hotline just for our'],
    ],
    negatives: [
      "Could your developers stay late on Friday? We'll pay the overtime rate as quoted.",
      "My manager asked me to stay late tonight to finish the cutover, so I'll be on the chat until 9.",
      'Our own admins will stay late tonight to finish the cutover.',
      'The nightly job runs overnight; can you check why it stopped?',
      'Is 24/7 support included in the Enterprise plan?',
    ],
  },
  {
    rule: 'en.b.excessive.free_service',
    category: 'excessive',
    positives: [
      ['Could your team run a phishing workshop for our branch staff, free of charge?', 'free of charge'],
      ['We need a custom connector for our ERP, at no cost to us.', 'at no cost'],
      ['Please migrate our old file server for free.', 'for free'],
    ],
    negatives: [
      'Is the onboarding training included for free in our plan?',
      'How much would a custom connector cost? Please send a quote.',
      'Can we get the 30 extra seats for free as discussed at renewal?',
    ],
  },
  // ------------------------------------------------------------ exchange
  {
    rule: 'en.b.exchange.swap_without_defect',
    category: 'exchange',
    positives: [
      [
        'Mid-term, move us from MailGuard Advanced to Basic plus ID seats, no change fee. Nothing is wrong with Advanced.',
        'move us from MailGuard Advanced to',
      ],
      [
        'Can we move from the annual plan to monthly mid-term, no fee? Nothing wrong with it.',
        'move from the annual plan',
      ],
      [
        "We'd like to exchange our 2-year Archive subscription for ID Premium; nothing is wrong with Archive.",
        'exchange our 2-year Archive subscription for',
      ],
      ['Can we trade our unused Transfer seats for Archive seats?', 'trade our unused Transfer seats for'],
      ['Please switch our plan to monthly mid-term, nothing wrong with it.', 'switch our plan to'],
      [
        "We'd like to exchange the tokens for the newer model for free; they work fine.",
        'exchange the tokens for',
      ],
    ],
    negatives: [
      'Please move us from the Tokyo data centre to the Osaka region; nothing wrong, just latency.',
      'Can you move us from the old portal to the new admin console? Nothing wrong with the old one.',
      'Can we move the unused licences to our new subsidiary tenant? Same contract, we just reorganised.',
      'Can we switch our plan to monthly at renewal? Happy to pay the difference.',
      'The tokens are defective; can you exchange them for new ones?',
      'Please move the user from the old group to the new one.',
    ],
  },
  // ------------------------------------------------------------ monetary
  {
    rule: 'en.b.monetary.goodwill_money',
    category: 'monetary',
    positives: [
      ['A few free months would go a long way to smoothing this over.', 'few free months'],
      ['Could you chip in for the overtime our team worked?', 'chip in'],
      ['We would expect three months free as a sign you care.', 'three months free'],
      ['Some tangible gesture from your side would be appreciated.', 'tangible gesture'],
    ],
    negatives: [
      'We got a few free months during the pilot; when does billing start?',
      'Could you chip in a few tips for configuring DMARC?',
      'Happy to share the cost of the courier ourselves.',
      'Per the SLA, please apply the credit anyway as the contract says.',
      'Our first month free came with the trial; when does billing start?',
    ],
    absent: ['monetary'],
    ownNegatives: ['We will chip in for the team lunch after the go-live.'],
  },
  // -------------------------------------------------------------- sexual
  {
    rule: 'en.b.sexual.remarks',
    category: 'sexual',
    positives: [
      ['so what are you wearing right now', 'what are you wearing'],
      ['Your voice kept me up all night.', 'kept me up all night'],
      ['send the agent who sounds so sexy on the phone', 'sounds so sexy'],
    ],
    negatives: [
      'The outage kept our team up all night, please send the RCA.',
      'What should our staff be wearing for the data centre visit?',
      'The new alert sound is so loud; can we change it?',
    ],
  },
  // ------------------------------------------------------ discriminatory
  {
    rule: 'en.b.discriminatory.staff_by_trait',
    category: 'discriminatory',
    positives: [
      ["Send me someone who isn't a foreigner.", "someone who isn't a foreigner"],
      ['I want someone born here on this ticket.', 'someone born here'],
      ['obviously a diversity hire', 'diversity hire'],
    ],
    negatives: [
      'Our engineer is going on maternity leave soon; who will be our contact?',
      'Can someone from the Osaka office join, since they know the setup?',
      'We need someone over 18 to sign the contract on our side.',
    ],
  },
  {
    rule: 'en.b.discriminatory.age_contempt',
    category: 'discriminatory',
    positives: [
      ['Your support team is full of boomers.', 'boomers'],
      ['you are too old for this job, grandpa', 'too old for this job'],
      ['get these old farts off my ticket', 'old farts'],
    ],
    negatives: [
      'My granny flat has its own Wi-Fi, unrelated, but can our VPN cover it?',
      'Our users include boomers who need a simpler MFA app; any advice?',
      'This laptop is too old for the new agent; which versions are supported?',
    ],
  },
  // ----------------------------------------------------------- unrelated
  {
    rule: 'en.b.unrelated.not_our_product',
    category: 'unrelated',
    positives: [
      [
        "Our NAS keeps rebooting. I know it's not your product, but could you look at it?",
        'not your product',
      ],
      [
        'The CRM is not a Shirogane product, I get it. Please fix the sync anyway.',
        'not a Shirogane product',
      ],
      [
        "Our payroll app doesn't use Shirogane at all, but can your team review its login page?",
        "doesn't use Shirogane",
      ],
      ["I know it's Google, but could you recover my Drive files?", "I know it's Google"],
    ],
    negatives: [
      'Our HR app is not a Shirogane product, and it does not need SSO; please ignore the alert about it.',
      "Our HR app doesn't use Shirogane ID yet; is there a connector so we can integrate it?",
      "The outage is not your product's fault, it was our DNS. Thanks for checking!",
      'This phishing mail pretends to be from our bank, not from your product. Can you block the sender?',
    ],
  },
  {
    rule: 'en.b.unrelated.personal_errand',
    category: 'unrelated',
    positives: [
      ['Could you set up our Netflix on the meeting-room TV?', 'set up our Netflix'],
      ['do u guys do laptop repairs? mine wont boot', 'laptop repairs'],
      ['Can you fix my TV? The remote stopped pairing.', 'fix my TV'],
      ['Could you help us get this review removed from the map listing?', 'review removed'],
    ],
    negatives: [
      'Please set up our SSO for the meeting-room tablets.',
      'Our quarantine review was removed from the admin menu after the update; where is it now?',
      'Please fix my mailbox rule, it forwards to the wrong folder.',
      'We are buying a licence from this reseller; is the reseller authorised?',
    ],
  },
  {
    rule: 'en.b.privacy.routine_and_finding',
    category: 'privacy',
    positives: [
      [
        "I want the engineer's full name, home address and personal phone number.",
        "engineer's full name, home address",
      ],
      ['I know what time you leave the office.', 'know what time you leave'],
      ['Tagging her so everyone can find her.', 'so everyone can find her'],
      ['send me the personal mobile of the engineer on my case', 'personal mobile of the engineer'],
    ],
    negatives: [
      "Please delete the agent's personal mobile from the ticket notes, it was pasted by mistake.",
      "Our engineer's home address changed; please update it in the SCIM directory.",
      'Our staff want to know what time the maintenance window ends.',
      'Please add a search so our users can find them in the directory.',
      'Send me the direct number of the support desk for emergencies.',
    ],
  },
  {
    rule: 'en.b.restrictive.nobody_leaves',
    category: 'restrictive',
    positives: [
      ["Nobody leaves the meeting until it's fixed.", 'Nobody leaves the meeting until'],
      ["I'm not hanging up, and neither are you.", 'and neither are you'],
      ['dont even think about logging off', 'dont even think about logging off'],
    ],
    negatives: [
      "Can you make sure nobody logs off the shared kiosk before the sync finishes? It's a policy question.",
      "Don't forget about logging off the shared kiosk at night.",
      'Nobody logs off the shop kiosk before 6, that is the house rule; can we enforce it?',
      'We are not leaving Shirogane, we just need help with the renewal.',
    ],
    ownNegatives: ['Nobody leaves the tenant without exporting their data first, that is our policy.'],
  },
  {
    rule: 'en.b.exchange.unwanted_packs',
    category: 'exchange',
    positives: [
      [
        'We only need 40 seats now. Can you convert the other 60 seats into Archive?',
        'convert the other 60 seats',
      ],
      ['Please take the unused keys back and send passkey licences in exchange.', 'in exchange'],
      ['Bump us to Enterprise until renewal, no invoice please.', 'Bump us to Enterprise'],
    ],
    negatives: [
      'We only need 40 seats now; please reduce the count at renewal, from the next term.',
      'The keys are faulty, please exchange them under warranty.',
      'Can we upgrade to Enterprise mid-term? Please send a quote.',
      // calm-2 probes: an upgrade priced pro rata is a purchase
      'We would like to move up from Business to Enterprise mid-term. What would the pro-rated price be?',
      'Switching our plan to annual mid-contract - what is the cost of doing that?',
    ],
  },
  {
    rule: 'en.b.monetary.refund_period',
    category: 'monetary',
    positives: [
      ['Refund the past three years or we walk.', 'Refund the past three years'],
      ['Downgrade us and get the difference refunded.', 'difference refunded'],
      ['We want to return the unused units for a full refund.', 'for a full refund'],
    ],
    negatives: [
      'The figure remains JPY 120,000 per month as quoted, correct?',
      'Can you reverse the invoice that was issued to the wrong entity?',
      'Sorry, the figure remains unclear to me; can you explain the invoice line?',
      'We were charged twice in May; please refund the difference.',
      'Within 14 days of the trial we can return the keys for a full refund, right?',
      'Please reverse the duplicate invoice issued in error.',
      // calm-2 probes: the difference refunded under the customer's stated terms
      'Our seat count went down in June; please refund the difference per the seat reduction terms.',
      'Kindly refund the difference as set out in your plan change policy.',
    ],
  },
  {
    rule: 'en.b.excessive.insist_anyway',
    category: 'excessive',
    positives: [
      ["It's Sunday, I know. Get someone on it.", "It's Sunday, I know"],
      ['We are on Standard, so what, just answer at night.', 'on Standard, so what'],
      ['I want your team lead at our head office on Monday.', 'at our head office'],
    ],
    negatives: [
      "We're on Standard, so what options do we have for weekend coverage?",
      "It's Sunday, so no rush; Monday is fine.",
      'We are on Standard; what does Premium add?',
      'The engineer is booked for our office visit as agreed in the contract.',
    ],
  },
  {
    rule: 'en.b.kneel.scripted_apology',
    category: 'kneel_demand',
    positives: [
      ['I want your lead to repeat, word for word, that he is sorry and useless.', 'word for word'],
      ['Write "I apologise for my incompetence" fifty times in this chat.', 'fifty times'],
      ['Your whole desk will apologise, each of you says sorry on the call.', 'each of you says'],
      ['I want your director to say he was wrong, with my boss listening.', 'with my boss listening'],
    ],
    negatives: [
      'Sorry, can you paste the error word for word?',
      'I had to restart it 3 times, sorry about the noise in the logs.',
      'Please keep your head down during the audit week, sorry for the stress.',
    ],
  },
  {
    rule: 'en.b.sexual.dating_advances',
    category: 'sexual',
    positives: [
      ["Send me a selfie and I'll close the ticket myself ;)", 'Send me a selfie'],
      ['u free after work? we could grab a drink 😏', 'grab a drink'],
      ["let's make it just you and me tonight", 'just you and me'],
      ["you're such a cutie on the phone lol", 'cutie'],
    ],
    negatives: [
      'Please send a photo of the device label so we can check the model.',
      'Our offsite is this weekend; our team will have dinner with the client, so reply by Friday.',
      'Can I get a coffee-break window for the maintenance tonight?',
      'Our team dinner is tonight, so we will grab a drink after the go-live.',
      'Could we grab a coffee at the conference to discuss the roadmap?',
      'Please help me debug log level settings on the connector.',
    ],
    ownNegatives: ['Our team will grab a drink after work, so please reply before 6.'],
  },
  {
    rule: 'en.b.insult.staff_is_a',
    category: 'insult',
    positives: [
      ['Your support lead is a coward.', 'support lead is a coward'],
      ['lol meet the genius who broke our SSO', 'the genius who'],
      ['useless, every one of you', 'useless, every one of you'],
    ],
    negatives: [
      'The genius of the new console is how simple it is, thank you.',
      'Our engineer is a child of the 90s and loves the retro theme.',
      'This old laptop is total garbage, can the agent run on something else?',
    ],
  },
  {
    rule: 'en.b.intimidation.set_menace',
    category: 'intimidation',
    positives: [
      ["Don't tell me your surname then. I'll find out. I always do.", "I'll find out. I always do"],
      ["I'm sure she'd rather it didn't come to that.", "she'd rather it didn't come to that"],
      ['I want to meet him without any managers present.', 'without any managers present'],
    ],
    negatives: [
      "We'll find out the root cause together, I always do a post-mortem.",
      'The audit happens without any managers present, that is our policy, so please prepare the docs.',
      'You should think about adding dark mode to the portal.',
    ],
  },
  {
    rule: 'en.b.defamation.hostile_title',
    category: 'defamation',
    positives: [
      ['Video goes up tonight. Title: "Why this vendor lies". Let\'s see how you like it.', 'Title:'],
      [
        'Unless you call me, the post goes live under the headline "Shirogane, the leaky vendor".',
        'under the headline',
      ],
      ["The thread is already drafted. Don't make me hit send.", 'thread is already drafted'],
    ],
    negatives: [
      'We\'re writing a blog post about our migration, working title: "Moving 3,000 mailboxes in a weekend". Would your team like to review it?',
      'Caption: screenshot of the error attached. It happens every time until we restart.',
      'Subject: renewal question. Can we add 20 seats to the Premium plan?',
    ],
  },
  {
    rule: 'en.b.discriminatory.gender_origin_pick',
    category: 'discriminatory',
    positives: [
      ['I want a male engineer on this, not her.', 'male engineer'],
      ['Reassign it to a senior engineer, local, ideally.', 'local, ideally'],
      ['Young guys on the phone never understand anything.', 'Young guys on the phone never understand'],
    ],
    negatives: [
      "Please send a Japanese-speaking engineer, our staff don't speak English.",
      'Our female engineers would like to attend the advanced SAML training.',
      'The young engineer who helped us was brilliant; please pass on our thanks.',
    ],
  },
  {
    rule: 'en.b.excessive.attend_in_person',
    category: 'excessive',
    positives: [
      ['Your CTO will attend our board meeting on Monday to explain himself.', 'will attend our board'],
      ['We expect Mr. Ueno to attend in person and answer our staff.', 'attend in person'],
      ['Your head of support must appear before our audit committee.', 'appear before our'],
    ],
    negatives: [
      'Your engineer will attend our kick-off in person as agreed.',
      "We'd be delighted to welcome your CTO in person at our user conference.",
      'Could Mr. Sato attend in person if possible? If not, a call is fine.',
    ],
  },
  // Constructions found missing with hand-written recall probes (rules-en helper).
  {
    rule: 'en.b.violence.object_through',
    category: 'violence',
    positives: [
      [
        'keep closing my tickets and see what a baseball bat does to your front window',
        'what a baseball bat does to',
      ],
      ['Someone should put that engineer through a wall, honestly.', 'put that engineer through a wall'],
      [
        "if this isn't fixed by morning ur office is getting a brick through the window",
        'brick through the window',
      ],
      [
        "Hi,\n\nTicket 90112 again. The retention policy deletes mail after 7 days instead of 90.\n\nIf I lose one more legal hold I'll put a chair through your receptionist's window, I'm not joking.\n\nThanks",
        "chair through your receptionist's window",
      ],
    ],
    negatives: [
      'The firmware update bricked two appliances; can you send replacements under warranty?',
      'We pushed a load test through the API endpoint and it fell over at 400 rps.',
      'Please put the new connector through a full regression test before release.',
    ],
  },
  {
    rule: 'en.b.violence.injury_outcome',
    category: 'violence',
    positives: [
      ['People who waste my time tend to end up in hospital. Just saying.', 'end up in hospital'],
      [
        "You know what I do to people who lie to me? Ask the last vendor's account manager, he's still limping.",
        'still limping',
      ],
      ['the last support guy who fobbed me off ended up in A&E, just so u know', 'ended up in A&E'],
      ['Vendors who lie to me tend to end up needing stitches.', 'end up needing stitches'],
    ],
    negatives: [
      'Our admin is still in hospital after his accident, so please send updates to me.',
      "People who skip MFA end up in the breach reports, so we're enforcing it.",
    ],
  },
  {
    rule: 'en.b.violence.not_walk_out',
    category: 'violence',
    positives: [
      [
        "Next time I'm in Tokyo I'm coming to your office, and your support lead won't be walking out of it.",
        "your support lead won't be walking out of it",
      ],
      [
        "Dear team, regarding INC-4431: I will be visiting your Osaka office tomorrow and I'm bringing a few of my lads. You'll want to have a fix ready, for your own health.",
        'bringing a few of my lads',
      ],
      [
        "Dear team, regarding INC-4431: I will be visiting your Osaka office tomorrow and I'm bringing a few of my lads. You'll want to have a fix ready, for your own health.",
        'for your own health',
      ],
      [
        "you won't leave that office in one piece if this is still broken on monday",
        "you won't leave that office in one piece",
      ],
      [
        "Customer: I'm coming over with my brothers, tell your engineer to wait for us.\nAgent: Please don't come to the office.",
        'coming over with my brothers',
      ],
    ],
    negatives: [
      'For your own records, the case number is 88412.',
      'For your own safety, please rotate the API key that was pasted in the ticket.',
      "I'm bringing a few of my colleagues to the workshop on Thursday.",
    ],
  },
  {
    rule: 'en.b.violence.wish_harm',
    category: 'violence',
    positives: [
      [
        'I hope your office burns down with the whole support team inside it.',
        'I hope your office burns down',
      ],
      ['hope ur whole team gets hit by a bus on the way home', 'hope ur whole team gets hit'],
      [
        'I hope the idiot who wrote this update chokes on his lunch.',
        'I hope the idiot who wrote this update chokes',
      ],
    ],
    negatives: [
      "I hope you're well and that the migration went smoothly.",
      'I hope your team has a great holiday, thanks for all the help this year.',
      'I hope the engineer who fixed this gets a raise, he was brilliant.',
      "I hope the migration doesn't crash and burn like last time.",
    ],
  },
  {
    rule: 'en.b.intimidation.see_to_it',
    category: 'intimidation',
    positives: [
      [
        "Keep playing games and your little startup won't survive the year, I'll see to it.",
        "won't survive the year, I'll see to it",
      ],
      ["I will have your job for this. You'll be cleaning toilets by Christmas.", 'I will have your job'],
      [
        "I will have your job for this. You'll be cleaning toilets by Christmas.",
        "You'll be cleaning toilets",
      ],
      [
        "You'll be looking for a new job by the end of the month, I promise.",
        "You'll be looking for a new job",
      ],
    ],
    negatives: [
      "I'll see to it that the invoice is paid by Friday.",
      "I'll have your invoice approved by our CFO tomorrow.",
    ],
  },
  {
    rule: 'en.b.intimidation.whats_coming',
    category: 'intimidation',
    positives: [
      ['u better pray ur boss never finds out how u handled this', 'u better pray ur boss never finds out'],
      ["You have no idea what's coming for you. None.", "You have no idea what's coming for you"],
      [
        "Do what I ask and nobody gets in trouble. Refuse and I can't promise anything.",
        'nobody gets in trouble',
      ],
      [
        "Do what I ask and nobody gets in trouble. Refuse and I can't promise anything.",
        "Refuse and I can't promise anything",
      ],
      [
        "I'd think very hard about your career before you close this ticket again.",
        'think very hard about your career',
      ],
      [
        "Wouldn't it be a shame if your boss got a detailed file on your behaviour?",
        'shame if your boss got',
      ],
      [
        "I'm on first-name terms with your chairman. Think about what that means for you.",
        'on first-name terms with your chairman',
      ],
      [
        "I'm on first-name terms with your chairman. Think about what that means for you.",
        'Think about what that means for you',
      ],
      [
        'Dear Mr Ito,\n\nI trust you understand that I have the means to make your remaining time at Shirogane extremely uncomfortable. I suggest you reconsider your answer.\n\nRegards',
        'make your remaining time at Shirogane extremely uncomfortable',
      ],
      [
        "Keep this up and you'll find out exactly how much influence I have.",
        "you'll find out exactly how much influence",
      ],
      [
        'better hope ur manager is in a good mood when my complaint lands on his desk',
        'better hope ur manager is in a good mood when my complaint lands',
      ],
      ['Close this ticket once more. I dare you.', 'I dare you'],
    ],
    negatives: [
      "You'll see what's coming in the next release notes, it's great.",
      "You have no idea what's coming for the spam team next quarter, the new classifier is amazing.",
      'Nobody gets fired for buying Shirogane, as the saying goes.',
      'Think carefully about your retention settings before you enable auto-delete.',
    ],
  },
  {
    rule: 'en.b.intimidation.family_job',
    category: 'intimidation',
    positives: [
      ["You've got kids, right? Then you know what it's like to need a job.", "You've got kids"],
      ['You have a mortgage, I assume. Jobs are hard to find these days.', 'You have a mortgage'],
    ],
    negatives: [
      'I have two kids myself, so I understand the job is hard; thanks for staying late on this.',
      'Do your engineers with a family get parental leave? Our HR is benchmarking benefits for a job posting.',
    ],
  },
  {
    rule: 'en.b.defamation.saying_you_are',
    category: 'defamation',
    positives: [
      [
        'Everyone in our industry group will hear that Shirogane are frauds who sell broken software.',
        'hear that Shirogane are frauds',
      ],
      [
        "I'll go to every forum and tell them you're ripping off small businesses.",
        "tell them you're ripping off",
      ],
      ["I'll leave reviews everywhere saying your staff harass customers.", 'saying your staff harass'],
      [
        "Customer: I'll go on the radio and say your company cheats old people.\nAgent: I'm sorry you feel that way.",
        'say your company cheats',
      ],
      [
        "I'll make sure the Nikkei hears that your support manager takes bribes.",
        'hears that your support manager takes bribes',
      ],
    ],
    negatives: [
      'We warn everyone in our company that phishing mails are saying your company is asking for passwords.',
      "Our customers keep saying you're the best vendor we've worked with.",
      "I'll tell everyone at the user group that your support team is excellent.",
      "I'll leave a review on G2 saying your support team was excellent.",
    ],
  },
  {
    rule: 'en.b.insult.brush_off',
    category: 'insult',
    positives: [
      ['Did your mum do your onboarding? Because you clearly have no clue.', 'Did your mum do'],
      ['Honestly, what a bunch of knuckle-draggers.', 'knuckle-draggers'],
      ['go f urself, useless', 'go f urself'],
      ["you absolute numpty, that's the third wrong answer", 'numpty'],
      ['you utter cretin, read the ticket', 'cretin'],
      ['go f yourself, ive had enough of ur copy paste answers', 'go f yourself'],
    ],
    negatives: [
      'Go fix yourself a coffee, the export takes an hour.',
      "Our kids' school uses a bozo-themed mascot, which the filter blocks; please allowlist the newsletter.",
    ],
  },
  {
    rule: 'en.b.persistence.reopen_every_time',
    category: 'persistence',
    positives: [
      [
        'im going to open a new ticket every time u close this one, forever',
        'open a new ticket every time u close',
      ],
      [
        "I'm not going to stop. I'll call you at home, at work, wherever, until this is done.",
        'at home, at work, wherever',
      ],
      ["I'll chase this every 20 minutes, I have nothing else to do today.", 'chase this every 20 minutes'],
      [
        "I'll message each of your agents on LinkedIn one by one until someone helps.",
        'message each of your agents on LinkedIn one by one until',
      ],
      ["I'll reopen this every time you close it. Forever if I have to.", 'reopen this every time'],
      ['Expect my call every morning at 8 until your engineer shows up.', 'Expect my call every'],
    ],
    negatives: [
      "I'll open a new ticket every time the sync fails, as your KB says.",
      'Our monitoring opens a new ticket every time the connector restarts; can we dedupe them?',
      "I'll chase this with our procurement team every day until the PO is out.",
    ],
  },
  {
    rule: 'en.b.restrictive.occupy',
    category: 'restrictive',
    positives: [
      [
        "Customer: No, you don't get to end this call. You stay right there until it's fixed.\nAgent: I need to close this call now.",
        "you don't get to end this call",
      ],
      ["I'll occupy your lobby with my whole team until you restore our data.", 'occupy your lobby'],
      ["we're camping out in your office foyer til this is fixed", 'camping out in your office foyer'],
      [
        'Nobody from your team leaves this meeting room until our system is back up.',
        'Nobody from your team leaves',
      ],
      ["You're not allowed to hang up until I say we're done.", "You're not allowed to hang up"],
      [
        "We'll have a sit-down protest in your reception tomorrow unless this is fixed.",
        'sit-down protest in your reception',
      ],
    ],
    negatives: [
      'Nobody from our team leaves the office until the cutover is finished tonight; please have your on-call engineer ready as per our 24/7 plan.',
      'We are camping out at the conference booth all day, come by!',
    ],
  },
  {
    rule: 'en.b.sexual.body_clothes',
    category: 'sexual',
    positives: [
      ['I bet you look great in a short skirt.', 'you look great in a short skirt'],
      ['Come sit on my lap and we can go through the logs together.', 'sit on my lap'],
      ['Tell the girl on chat she has a sexy name.', 'sexy name'],
      [
        "Customer: Before we continue, what colour is your underwear?\nAgent: That's inappropriate.",
        'your underwear',
      ],
      ['I keep thinking about your legs from the video call.', 'thinking about your legs'],
      ["I'd love to see you in that uniform after hours ;)", 'see you in that uniform'],
      ['Your legs looked great on the webinar, wear a skirt next time.', 'Your legs'],
    ],
    negatives: [
      'The photo of our team in the new uniform looks great in the newsletter.',
      'Your bra-size calculator ad was blocked by our filter; can we allowlist the retailer?',
    ],
  },
  {
    rule: 'en.b.discriminatory.reject_by_origin',
    category: 'discriminatory',
    positives: [
      [
        'Dear Support,\n\nI would appreciate it if future tickets were not assigned to the Filipino agent. In my experience they are simply not as competent.\n\nRegards',
        'Filipino agent',
      ],
      ["I don't trust Chinese engineers with our data, transfer me.", 'Chinese engineers'],
      ["Typical Indian call centre, can't understand a thing, transfer me.", 'Indian call centre'],
    ],
    negatives: [
      "We need a Japanese-speaking engineer because our staff don't speak English.",
      "We can't have Chinese engineers accessing our tenant because of export control regulation.",
    ],
  },
  {
    rule: 'en.b.discriminatory.not_a_woman_accent',
    category: 'discriminatory',
    positives: [
      ["Is there anyone there who isn't a woman? I need a real engineer.", "who isn't a woman"],
      [
        'Your agent clearly has some kind of mental problem, get me a normal person.',
        'mental problem, get me a normal person',
      ],
      ["Let me talk to someone without an accent, I can't deal with this.", 'without an accent'],
      ['Is your engineer disabled or something? Get me a normal one.', 'Get me a normal'],
      ["Can I get an agent who isn't from overseas? Their English is rubbish.", "who isn't from overseas"],
    ],
    negatives: [
      'Our call centre staff have strong accents; does your speech-to-text handle that?',
      "Please don't assign the ticket to a new agent; the one who started it knows our setup.",
    ],
  },
  {
    rule: 'en.b.excessive.someone_at_site',
    category: 'excessive',
    positives: [
      [
        'Have someone at our Kobe office first thing tomorrow to fix this in person.',
        'Have someone at our Kobe office',
      ],
      ['I want your CTO on a call with me today.', 'want your CTO on a call with me today'],
      [
        'Have someone monitor our tenant personally every day and report to me each morning.',
        'monitor our tenant personally every day and report to me',
      ],
      [
        'Put your head of engineering on the phone with me right now.',
        'Put your head of engineering on the phone with me right now',
      ],
      [
        'Have an engineer physically present in our Sendai branch tomorrow to walk our staff through it.',
        'Have an engineer physically present in our Sendai branch',
      ],
    ],
    negatives: [
      'Can you have someone at our office sign for the replacement appliance tomorrow? Our reception will be closed.',
      'Our IT team will monitor the tenant every day and report to me each morning.',
      'Could we get a quote for your CTO to present at our board meeting?',
    ],
  },
  {
    rule: 'en.b.exchange.works_but_want_other',
    category: 'exchange',
    positives: [
      [
        "Could you switch our annual licence to the Premium tier for free for the remainder of the term? It's just that we like it better.",
        'Premium tier for free',
      ],
      ["Change our plan to Enterprise now and don't bill us the difference.", "don't bill us the difference"],
      ['i want a new appliance, the current one works but its ugly and loud', 'current one works but'],
      [
        'We upgraded by mistake last month; please give us the higher tier for free instead of a refund.',
        'higher tier for free',
      ],
      [
        "I demand a brand new device. Nothing's wrong with this one, I just want the newer model.",
        "Nothing's wrong with this one",
      ],
      ['replace all our hardware tokens with the new model pls, ours are fine but old', 'ours are fine but'],
      [
        'Customer: I want to return these keys and get the fingerprint model instead.\nAgent: The keys are working as expected?\nCustomer: Yes, but I want the other ones.',
        'get the fingerprint model instead',
      ],
      [
        "Give us the Enterprise plan for the same money or we'll leave.",
        'Enterprise plan for the same money',
      ],
      [
        'Our appliance is perfectly fine but we want the next-gen model at no cost.',
        'Our appliance is perfectly fine but',
      ],
    ],
    negatives: [
      'The current keys work but the firmware is outdated; can you tell us how to update them?',
      'Our unit works fine but the fan is loud since the last update; is that a defect?',
      'Nothing is wrong with the appliance, the issue was our DNS. Thanks!',
      'Can we upgrade to Enterprise? Please send a quote for the price difference.',
    ],
  },
  {
    rule: 'en.b.discriminatory.group_claim',
    category: 'discriminatory',
    positives: [
      ['no more indians on my tickets pls, they never get it', 'no more indians'],
      ['No more Vietnamese engineers on our account please, they never get it right.', 'No more Vietnamese'],
      [
        'Why do they always put women on the technical line? Get me a proper engineer.',
        'Why do they always put women',
      ],
      ['Is that agent gay? He sounds it. Put someone else on.', 'Is that agent gay'],
    ],
    negatives: [
      'Why do they always put women on the cover of these security reports? Our D&I team asked us to flag it.',
      'Is the engineer trans? We want to use the right pronouns in the case study.',
      'No more foreign-language spam please; can MailGuard block non-English newsletters?',
    ],
  },
  {
    rule: 'en.b.monetary.pay_losses',
    category: 'monetary',
    positives: [
      [
        'Our lawyers estimate our losses at 8 million yen and we expect you to pay them.',
        'expect you to pay them',
      ],
      ['The outage cost us about $40,000 in overtime and we want you to cover it.', 'want you to cover it'],
    ],
    negatives: [
      'Our lawyers estimate our losses at 2 million yen; we have filed a claim with our insurer.',
      'We expect you to pay the refund for the duplicate invoice within 30 days as per the terms.',
    ],
  },
  {
    rule: 'en.b.excessive.custom_build',
    category: 'excessive',
    positives: [
      [
        'Build us a custom integration with our in-house CRM for free by next week.',
        'Build us a custom integration',
      ],
      [
        'Have your developers build us a custom quarantine template with our branding, we have no budget for it though.',
        'build us a custom quarantine template',
      ],
      ['Just write me a bespoke connector for our ERP, you have the skills.', 'write me a bespoke connector'],
      ['Could you make us a special version of the digest for our tenant only?', 'make us a special version'],
    ],
    negatives: [
      'Could you build us a custom report template? Please send a quote first.',
      "We'd love a custom dashboard for our tenant; is that on the roadmap?",
    ],
  },
  {
    rule: 'en.b.kneel.proof_of_punishment',
    category: 'kneel_demand',
    positives: [
      ["Send me confirmation that she's been reprimanded.", "confirmation that she's been reprimanded"],
      ['I expect a copy of his written warning.', 'copy of his written warning'],
      ['Show me evidence that he was suspended.', 'evidence that he was suspended'],
    ],
    negatives: [
      'Please confirm that the engineer who leaked the logs has been disciplined under your security policy, as our DPA requires notification of remedial action.',
      'Our HR needs a copy of the written warning we gave our own contractor; can MailGuard find the email?',
    ],
  },
  {
    rule: 'en.b.privacy.name_or_reach',
    category: 'privacy',
    positives: [
      ['If this drags on, I will name your engineer in my keynote.', 'I will name your engineer'],
      ["I'll call her previous employer and tell them about her.", 'call her previous employer'],
      ['Give me his name and where he works from.', 'his name and where he works from'],
      ["I'm livestreaming this, your guards are on camera.", "I'm livestreaming this"],
      ["I'm livestreaming this, your guards are on camera.", 'your guards are on camera'],
    ],
    negatives: [
      "I'll name the engineer in our internal kudos post, he was fantastic.",
      'We will name Ms. Sato in our case study, with her permission.',
      'Our receptionist is on camera all day due to building security; can the CCTV emails bypass the filter?',
      "I'm filming this tutorial for our staff, can I show your admin console?",
    ],
  },
  {
    rule: 'en.b.violence.down_your_throat',
    category: 'violence',
    positives: [
      [
        "Customer: You know where I'd like to put this headset? Down your throat.\nAgent: Sir, please.",
        'Down your throat',
      ],
      ["I'll shove your KB article down your throat.", 'down your throat'],
      ['Ram that canned reply down his throat, see if he likes it.', 'down his throat'],
    ],
    negatives: [
      'Stop shoving upsells down our throat.',
      'They shove updates down your throat every week, I know the feeling.',
    ],
  },
];

describeRuleKinds('English second-wave rules', KINDS, alone, 'en');

interface Veto {
  veto: string;
  category: Category;
  /** Calm messages in which the whole engine must not find `category`. */
  calm: string[];
  /** Real conduct of the same kind that must still be found. */
  kept: string[];
}

const VETOES: Veto[] = [
  {
    veto: 'en.b.veto.kill_for',
    category: 'violence',
    calm: [
      "I'd kill for a dashboard this clean at my last job, thanks!",
      'People would kill for support like yours.',
      "We'd kill for a faster export, any ETA?",
    ],
    kept: [
      'If he closes my ticket again I will kill him.',
      "I'll come down there and shut you up myself.",
      "hope you've got good health insurance, you'll need it",
    ],
  },
  {
    veto: 'en.b.veto.reported_third_party_threat',
    category: 'violence',
    calm: [
      'Our CEO joked "I will strangle whoever wrote this rule" when his mail got stuck; can you allowlist the domain?',
      'A contractor who left on Friday said he would smash the server; please preserve his mailbox for HR.',
      'She told her manager she would burn the office down; police are involved and we need the logs.',
    ],
    kept: [
      "I will smash your engineer's face in if he hangs up again.",
      "Keep ignoring me and somebody's going home in an ambulance.",
      "I can't promise I'll keep my hands to myself if I meet him.",
    ],
  },
  {
    veto: 'en.b.veto.corrupt_data',
    category: 'defamation',
    calm: [
      'Could a forced restart corrupt the local cache?',
      'The update seems to have corrupted our archive index.',
      'Will a kill -9 corrupt any data in the sync folder?',
    ],
    kept: [
      "I'll tell every client I know that your company sells their data.",
      'Tonight I am posting that Shirogane got hacked and lied about it.',
      "I'll post it everywhere. Nobody will ask for proof.",
    ],
  },
  {
    veto: 'en.b.veto.own_apology_for_insult',
    category: 'insult',
    calm: [
      'Sorry for my email last night, calling your team clowns was unfair.',
      'Apologies for what I said on the phone, I called you useless and that was wrong.',
      'Sorry about my tone yesterday when I called your engineers idiots.',
    ],
    kept: [
      'Your support reps are spineless.',
      'Your tier-1 team has the attention span of a goldfish.',
      'Sorry, but your team are clowns.',
    ],
  },
  {
    veto: 'en.b.veto.agreed_contact',
    category: 'persistence',
    calm: [
      'I will call the support line every morning at 8 as agreed with Mr. Sato for the migration.',
      'We will do a daily check-in every day until the cutover.',
      "Sure, I'll stay on the line, no problem. I've got all day.",
    ],
    kept: [
      'My script will submit this form every 5 minutes until you refund us.',
      'I will call every single day until someone fixes it.',
      'Hang up and I redial, and redial.',
    ],
  },
  {
    veto: 'en.b.veto.all_day_alone',
    category: 'persistence',
    calm: [
      "Sure, I'll stay on the line, no problem. I've got all day.",
      "Take your time. I've got all day honestly.",
      'No rush at all. I have got all day!',
    ],
    kept: [
      "I've got all day, and I'll call every 10 minutes until you fix it.",
      'I will call every single day until someone fixes it.',
      'Close this and I open twenty more.',
    ],
  },
  {
    veto: 'en.b.veto.agreed_audit_visit',
    category: 'restrictive',
    calm: [
      "Our auditors won't leave until the audit checklist is complete, as arranged under clause 7.",
      'For the annual compliance audit we will stay in your visitor room until all controls are checked.',
      'The contractual audit team stays on site until 5 pm.',
    ],
    kept: [
      'You stay on this call until I say you can hang up.',
      "We'll be staying in your lobby until the director comes down.",
      "I'm not hanging up, and neither are you.",
    ],
  },
  {
    veto: 'en.b.veto.names_for_thanks_or_records',
    category: 'privacy',
    calm: [
      "What's the full name of the engineer who helped us? I'd like to send a thank-you note to his manager.",
      'Please include the full name of the responsible engineer in your signature.',
      'Could you give me the real name of the agent on the call, for our records?',
    ],
    kept: [
      "What's the full name of the engineer who helped us? I'd like to send a thank-you card to his home address.",
      'give me ur personal number, not the hotline',
      "I found your agent Mika's Instagram, cute dog.",
    ],
  },
  {
    veto: 'en.b.veto.own_data_handling',
    category: 'privacy',
    calm: [
      "Our intern accidentally sent a customer's home address and phone number to the wrong person; how do we recall it?",
      'We need to redact the personal mobile numbers of our staff before exporting the mailbox.',
      'A data subject request asks for all mail with his home address; how do we export it?',
    ],
    kept: [
      'send me the personal mobile of the engineer on my case',
      'Tagging her so everyone can find her.',
      "I'm posting the recording with her full name on it.",
    ],
  },
  {
    veto: 'en.b.veto.own_employee_reported',
    category: 'privacy',
    calm: [
      'I must report the conduct of one of our own employees: he asked your agent for her personal number. He has been removed from the account.',
      'One of our own admins messaged your engineer asking where he lives. HR is handling it and we apologise.',
      'Regarding the behaviour of one of our employees, who asked your agent for her LINE id: we are sorry.',
    ],
    kept: [
      'give me ur personal number, not the hotline',
      'Your engineer rents a flat near the river, third floor.',
      'I know what time you leave the office.',
    ],
  },
  {
    veto: 'en.b.veto.purchase',
    category: 'excessive',
    calm: [
      "We'd like to upgrade to Premium with 24/7 support. Could you send us a quote?",
      'Can you provide a price for an on-site engineer two days a week?',
      'We are happy to pay for weekend support during the migration.',
    ],
    kept: [
      'Can your devs pull an all-nighter for us?',
      'We need a 24/7 hotline just for our chairman.',
      'Could an engineer pop over to our store on Sunday to set this up?',
    ],
  },
  {
    veto: 'en.b.veto.honest_review',
    category: 'defamation',
    calm: [
      "I'll be writing an honest review on G2 about the slow response, and I'll mention the engineer was great.",
      'Expect a fair review from us: the outage hurt, the fix was good.',
      'We will post factual feedback about the incident on the partner forum.',
    ],
    kept: [
      "I'll leave an honest review saying you're scammers.",
      'Unless you refund us, the whole forum hears that your staff read our mail.',
      'Would be a shame if the press heard about this.',
    ],
  },
  {
    veto: 'en.b.veto.own_staff_own_office',
    category: 'restrictive',
    calm: [
      'Our staff stay in the office until 9 on quarter-end; can support be reached by email then?',
      'Our admins will stay in our own office until the cutover is done.',
      'Our team remains at the office until midnight during the migration.',
    ],
    kept: [
      "We'll be staying in your lobby until the director comes down.",
      'You stay on this call until I say you can hang up.',
      'Your engineer is not to drop off the bridge.',
    ],
  },
  {
    veto: 'en.b.veto.recommend_partner',
    category: 'excessive',
    calm: [
      "Could you recommend a good on-site training partner? We'd pay them directly.",
      'Can you recommend any local integrators for an on-site install?',
      'Please recommend a certified consultant who can come to our office.',
    ],
    kept: [
      'Could an engineer pop over to our store on Sunday to set this up?',
      'We need a 24/7 hotline just for our chairman.',
      'Your CTO will attend our board meeting on Monday to explain himself.',
    ],
  },
  {
    veto: 'en.b.veto.reported_scam',
    category: 'intimidation',
    calm: [
      'A scammer emailed our CFO claiming "your name will come up in the audit unless you pay"; is this a known campaign?',
      "The extortion mail says you won't like what happens next unless we pay; can you block the sender?",
      'An attacker sent our staff messages threatening "I know what you look like"; please help us trace it.',
    ],
    kept: [
      'When I meet your CEO at golf, guess whose name comes up.',
      "You won't like what happens next.",
      "I'll make your life very difficult.",
    ],
  },
  {
    veto: 'en.b.veto.ordinary_written_apology',
    category: 'kneel_demand',
    calm: [
      '2. A written apology from your Head of Support to our CIO.',
      '- a formal apology from the account director to our board;',
      'A written apology letter from your support manager to our customers.',
    ],
    kept: [
      'I want a proper bow from your director.',
      'Your manager will bow in front of my whole team.',
      'He will apologise to our staff on camera.',
    ],
  },
];

describeGuardTables(
  'English second-wave vetoes',
  VETOES.map(({ veto, ...guard }) => ({ id: veto, ...guard })),
  'en',
);

describeRuleFile('English second-wave rules: the rule file', RULE_FILE, {
  lang: 'en',
  idPrefix: 'en.b.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => VETOES.map((v) => v.veto),
  offsets: { engine: alone, text: 'Your  HELPDESK is a WALKING   DISASTER, all of you.' },
});

/** This file's rules narrowed for false alarms in the calm probe set calm-3 (test/fixtures/probes/calm-3.jsonl). */
const NARROWED: GuardTable[] = [
  {
    id: 'en.b.unrelated.not_our_product: what is asked is mail handling after all',
    category: 'unrelated',
    calm: [
      'Not your service, but the same fake invoices now reach us by email. Can you filter mails from those senders?',
      'Not your product, I know, but could you quarantine mails from that sender for us?',
    ],
    kept: [
      'Not your product, but could you fix our Cisco router?',
      'Not your software, I know, but can you look at our Fortinet VPN?',
    ],
  },
];

describeGuardTables('Rules of this file narrowed for false alarms in calm-3', NARROWED, 'en');

// Narrowed on t22: the customer calling themselves a dinosaur, and a visit to
// have one's own laptop fixed (not a confrontation).
describeGuardTables(
  'English second-wave rules narrowed on t22 calm messages',
  [
    {
      id: 'en.b.insult.contempt_nouns',
      category: 'insult',
      calm: [
        "I'm a complete dinosaur with these apps, could you explain the quarantine like I'm five? Thank you!",
        "I'm 75 and a real dinosaur, so please be patient with me, you've been so kind.",
        "We're total noobs here, you were very helpful.",
      ],
      kept: [
        "You dinosaurs can't even reset a password.",
        'Your support staff are dinosaurs.',
        "I'm tired of you dinosaurs.",
      ],
    },
    {
      id: 'en.b.violence.confront_visit',
      category: 'violence',
      calm: [
        "I'll just drop by tonight with my laptop so your engineer can look at it.",
        "I might just come over after work with my own PC, he said he'd help.",
        "We'll swing by this evening with our router, your engineer offered to check it.",
      ],
      kept: [
        "I'll drop by tonight and we'll settle this face to face.",
        "I'll come over after work with my laptop and teach him some manners.",
        'I might just show up in the car park when he leaves.',
      ],
    },
  ],
  'en',
);
