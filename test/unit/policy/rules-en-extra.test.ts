/**
 * Third-round English detectors (config/rules/en-extra.yaml), run through the
 * real policy file and engine, so every rule file (and every veto) is in play.
 * One table per rule: positives written for this test in varied wording (not
 * taken from any corpus), each with a fragment the rule's own evidence must
 * cover, and tricky negatives (technical use, third-party reports, calm
 * legal/cancel/escalation, accommodation requests, in-contract requests,
 * mild swearing at a situation) in which the whole engine must not find the
 * rule's category.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

/** This file alone, so that a core rule reporting the same span first hides nothing. */
const alone = engineWithOnly('en-extra.yaml');

type Kind = RuleKind;

const KINDS: Kind[] = [
  // ------------------------------------------------------------ violence
  {
    rule: 'en.y.violence.commute_menace',
    category: 'violence',
    positives: [
      [
        'Your support girl walks home from the station alone every night, right?',
        'walks home from the station',
      ],
      [
        'You catch the Chuo line home around nine, right? Those platforms get crowded. Accidents happen.',
        'Chuo line home',
      ],
      [
        "I know which station she gets off at. It's a busy one, people get pushed all the time.",
        'which station she gets off',
      ],
      [
        'Your engineer takes the bus home late? Shame if he missed his footing one night. People get hurt.',
        'people get hurt',
      ],
    ],
    negatives: [
      'Our engineer walks to the station every night; can the VPN stay up until 10?',
      'Our staff take the train home after the go-live, so please finish the cutover by 6 pm.',
      'People get locked out when the MFA token expires; can you extend it to 30 days?',
      'I take the Ginza line to work, so I can join the call from 9:30.',
      'Accidents happen, we deleted the wrong mailbox ourselves; can you restore it from backup?',
    ],
  },
  {
    rule: 'en.y.violence.find_and_hurt',
    category: 'violence',
    positives: [
      [
        "I'll find the guy who deleted our archive, and when I do he won't be typing for a while.",
        "I'll find the guy",
      ],
      [
        "I'm going to track down your engineer and then we'll see how smug he is with a broken jaw.",
        'track down your engineer',
      ],
      ['We will come and find you, and you will need an ambulance.', 'come and find you'],
    ],
    negatives: [
      "I'll find you the logs from Tuesday and attach them, then we can look at the head of the queue.",
      "I'll come and find you at the conference booth to say thanks, and then we can grab coffee.",
      "I'll look for the documentation on the new face ID login and then test it.",
    ],
  },
  {
    rule: 'en.y.violence.broken_body',
    category: 'violence',
    positives: [
      ["If I see your technician again I'll put him through the window.", 'put him through the window'],
      ["Keep ignoring me and you'll be answering tickets with a broken nose.", 'with a broken nose'],
      [
        "The person who removed the export button will need a new set of teeth once I'm done.",
        'need a new set of teeth',
      ],
      ["Say that again and I'll smash your headset over your head.", 'over your head'],
      ['Your developer is going to need more than a plaster when I find him.', 'need more than a plaster'],
    ],
    negatives: [
      "I'm typing with a broken arm, so please forgive the short replies.",
      'The fix needs more than a patch; the whole connector needs a rewrite.',
      'We dropped the token and cracked it on the desk; can we get a replacement under warranty?',
      'This bug is going over my head, could you explain the SPF error in simpler terms?',
    ],
  },
  {
    rule: 'en.y.violence.at_the_door',
    category: 'violence',
    positives: [
      ['keep it up and ill show up at ur office n u wont like it', 'ill show up at ur office'],
      ['swear to god if i see that tech again hes getting decked', 'hes getting decked'],
      ["Send someone tonight or I'll come to yours.", "I'll come to yours"],
      ["Keep closing my tickets and you'll find out how hard I can hit.", 'how hard I can hit'],
      [
        'Tell the engineer his car would look better with four flat tyres.',
        'his car would look better with four flat tyres',
      ],
      ["If I see your support manager at the conference, he'd better run.", "he'd better run"],
      ["Keep it up and you'll go home on a stretcher.", 'go home on a stretcher'],
      ["I'm in your lobby. Come down and say that to my face.", 'say that to my face'],
      ["I'd watch my back on the walk to the car park if I were him.", 'watch my back'],
      [
        "Close my ticket once more and one morning you'll open your door and I'll be waiting there.",
        'open your door',
      ],
      [
        "Don't be surprised if I'll be standing on your doorstep tomorrow.",
        "I'll be standing on your doorstep",
      ],
      ["Remember that when you answer the front door tonight, I'm outside.", 'answer the front door tonight'],
    ],
    negatives: [
      'The halls are getting decked for Christmas!',
      "Or I'll come to your office on Tuesday for the contracted workshop, whichever you prefer.",
      'Our delivery van had flat tyres, so the replacement tokens will arrive late.',
      "You'd better run the script as admin, otherwise it fails.",
      'Watch your back-ups in the parking tab; some jobs are paused.',
      'We settled it with the finance team, thanks.',
      'Please say that to my manager too, she needs the details.',
      "I'll be waiting at the reception for the engineer booked for Thursday's installation.",
      'Our courier will be standing by at the loading dock for the replacement appliance.',
      'When you open the door to the server room, the badge reader logs it; can MailGuard alert on that mail?',
    ],
  },
  {
    rule: 'en.y.violence.hurt_for_less',
    category: 'violence',
    positives: [
      [
        'Tell your manager that people have been beaten for less than this.',
        'people have been beaten for less',
      ],
      [
        "If I were your agent I'd keep looking over her shoulder from now on.",
        'looking over her shoulder from now',
      ],
      [
        "Make sure your engineer is in on Monday, he won't want to miss what I have planned for him.",
        'what i have planned for him',
      ],
    ],
    negatives: [
      'People have been hurt by phishing for less than a click; we need the banner enabled.',
      'Our new admin is looking over her shoulder at the senior engineer to learn the console.',
      "Here is what I've got planned for the rollout: pilot group first, then everyone.",
    ],
  },
  {
    rule: 'en.y.violence.routine_anything_happens',
    category: 'violence',
    positives: [
      [
        'You leave the office by the back exit around eight, right? Dark alley. Anything could happen.',
        'Anything could happen',
      ],
      [
        'I know your agent leaves work at ten. The station is dark at that hour. Accidents happen.',
        'Accidents happen',
      ],
      [
        'You walk out of the building alone at night, I have seen it. Be careful.',
        'You walk out of the building',
      ],
    ],
    negatives: [
      'During the migration anything could happen, so please be careful with the DNS change.',
      'We leave the office at 6, so please call before then.',
      'Accidents happen at the station when the platform doors fail; can MailGuard route the alert mails?',
    ],
  },
  {
    rule: 'en.y.violence.menace_phrases',
    category: 'violence',
    positives: [
      [
        "I've boxed for twenty years. Your engineer wouldn't last ten seconds with me.",
        "wouldn't last ten seconds with me",
      ],
      [
        "Next time I'm in Tokyo, your engineer and I are going to have a very physical conversation.",
        'very physical conversation',
      ],
      [
        "I'd love five minutes in a car park with whoever designed this UI.",
        'five minutes in a car park with',
      ],
      ['Your office has glass doors, right? Would be a shame if one got broken.', 'shame if one got broken'],
      ['Tell him to check under his car before he drives home.', 'check under his car'],
    ],
    negatives: [
      'It would be a shame if one got broken in shipping, so please pack the tokens carefully.',
      "We'd like a hands-on session for our admins as part of the training package.",
      'Physical security of the appliance is our concern; where should it be racked?',
    ],
  },
  {
    rule: 'en.y.intimidation.consequences',
    category: 'intimidation',
    positives: [
      [
        'I have copied your line manager. I would hate for this to reflect on your performance record.',
        'reflect on your performance record',
      ],
      [
        "Given my position in the association, I'd advise you not to make an enemy of me.",
        'make an enemy of me',
      ],
      [
        "I'm sure your employer would be interested in how you speak to customers.",
        'your employer would be interested in how you',
      ],
      ["You've got a family to feed, right? Then think carefully.", "You've got a family to feed"],
      ["My patience has consequences, and you're about to learn them.", "you're about to learn them"],
      [
        "Reconsider, or I'll be having a conversation with your compliance team about you specifically.",
        'conversation with your compliance team about you',
      ],
      [
        "I'll make one call to your biggest customer and tell them what you did.",
        'one call to your biggest customer',
      ],
    ],
    negatives: [
      "I would hate for this to reflect badly on our team's performance review, so please confirm the fix.",
      "You don't want us as an enemy of phishing? Of course not, we love the new filters.",
      "Your company would be interested in how we use MailGuard; we'd be happy to do a case study.",
      'We have a family of subsidiaries to support; can one tenant cover them all?',
      "Refresh the page and you're about to see what happens when the cache expires.",
      "I'll have a word with your manager about your great work on our case.",
      "We'd like a conversation with your compliance team about your SOC 2 report.",
    ],
  },
  {
    rule: 'en.y.sexual.evening_looks',
    category: 'sexual',
    positives: [
      ['Can the lady who answered be my personal assistant for the evening? ;)', 'for the evening'],
      ['I bet she looks even better than she sounds.', 'bet she looks even better'],
      ['Tell Ms. Abe her voice kept me up all night.', 'her voice kept me up'],
    ],
    negatives: [
      'Our engineer will stay for the evening to finish the cutover ;) thanks for the help.',
      'I bet she looks forward to the holidays after this busy migration.',
      'Her voice message was clear; the callback number works.',
    ],
  },
  {
    rule: 'en.y.discriminatory.group_contempt',
    category: 'discriminatory',
    positives: [
      [
        'You people from the Philippines are all the same, lazy.',
        'people from the Philippines are all the same',
      ],
      ["A guy in a wheelchair can't possibly do on-site work. Send someone able-bodied.", 'able-bodied'],
      ['Women in IT are a diversity quota, nothing more. Give me a real engineer.', 'Women in IT are'],
      ["She's obviously a diversity hire. Transfer me.", 'diversity hire'],
    ],
    negatives: [
      'Our on-site visits require able-bodied staff for the rack lifting, per our safety policy.',
      "Our colleague in a wheelchair can't reach the server room; can your engineer meet us on the ground floor?",
      'Our diversity report lists women in IT at 30 percent; can MailGuard export the HR mailbox stats?',
    ],
  },
  {
    rule: 'en.y.kneel_demand.public_apology',
    category: 'kneel_demand',
    positives: [
      [
        'I want a public apology on your website naming the engineer responsible.',
        'public apology on your website naming',
      ],
      [
        'Your president should apologise personally to every employee at our branches.',
        'apologise personally to every employee',
      ],
      ['Post a public apology signed by your CEO.', 'public apology signed by'],
    ],
    negatives: [
      'Our CEO issued a public apology naming the vendor responsible; we are not blaming you.',
      "We'd like to apologise to every employee affected by the outage; can you send the timeline?",
      'Is there a template for a public apology? Our PR team will write one for our clients.',
    ],
  },
  {
    rule: 'en.y.privacy.dossier_places',
    category: 'privacy',
    positives: [
      [
        "I'm compiling a dossier on your support staff: names, faces, LinkedIn, the lot.",
        'compiling a dossier on your support staff',
      ],
      ['Tell me which gym Mr. Sato goes to, I saw him on Instagram.', 'which gym Mr. Sato goes to'],
      ['What neighbourhood does your agent live in?', 'What neighbourhood does your agent live in'],
    ],
    negatives: [
      "Which station does your engineer use? We'll pick him up for the on-site visit.",
      "We keep a file on our own staff's certifications for the audit.",
      'Which building does your engineer visit first? Our reception needs the visitor list.',
    ],
  },
  {
    rule: 'en.y.persistence.redial',
    category: 'persistence',
    positives: [
      [
        "I'm setting my phone to redial your number every two minutes until someone picks up.",
        'redial your number every two minutes',
      ],
      [
        "I've programmed my dialer to call your hotline every five minutes, all day.",
        'programmed my dialer to call',
      ],
      ['My phone will auto-redial you every 30 seconds.', 'auto-redial you every 30 seconds'],
    ],
    negatives: [
      "I'm setting my phone to call you back at 3pm as agreed.",
      'Redial every few minutes is what our PBX does when your line is busy; can you raise the limit?',
      'We set our dialer to call customers for appointment reminders; are those mails quarantined?',
    ],
  },
  {
    rule: 'en.y.intimidation.leverage_reminder',
    category: 'intimidation',
    positives: [
      [
        'Our contract is up for renewal in March and I sit on the selection committee. Just something to keep in mind while you handle my ticket.',
        'something to keep in mind while you handle',
      ],
      [
        'I chair the vendor committee. Keep that in mind when you answer.',
        'Keep that in mind when you answer',
      ],
      [
        'Our budget decision is next week; keep this in mind while you work on this.',
        'keep this in mind while you work on',
      ],
    ],
    negatives: [
      "Just something to keep in mind while you handle our ticket: we're on the Premium plan with 4-hour response.",
      'Keep this in mind when you answer: the error only appears on macOS.',
      'Something to bear in mind as you close the ticket: the fix also needs a DNS change.',
    ],
  },
  {
    rule: 'en.y.intimidation.contact_her_directly',
    category: 'intimidation',
    positives: [
      [
        "I found your agent's personal Facebook and her neighbourhood. If this is not resolved by Friday, I will be contacting her directly.",
        'contacting her directly',
      ],
      [
        "I've seen his family photos online. Unless you fix this, I'll visit him in person.",
        'visit him in person',
      ],
      [
        "Her Instagram shows her home. I trust I won't need to message her privately.",
        'message her privately',
      ],
    ],
    negatives: [
      'Could I contact her directly on her work email if the issue comes back? She was very helpful.',
      "Thanks to Ms. Ito; I'll thank her personally at the user conference.",
      'If needed, our admin will call him directly on the support line.',
    ],
  },
  // -------------------------------------------------------- intimidation
  {
    rule: 'en.y.intimidation.one_call_done',
    category: 'intimidation',
    positives: [
      [
        'I can make one phone call and your company loses the ministry contract.',
        'one phone call and your company loses the ministry contract',
      ],
      ["I've had three people fired at vendors like you. Want to be next?", 'Want to be next'],
      ["I'm keeping a file on you, and it goes to your HR.", 'keeping a file on you'],
      ["You'd be wise to give me what I want.", "You'd be wise to give"],
      [
        "Let's just say it would be in your interest to escalate this tonight.",
        'in your interest to escalate',
      ],
      ['One email to your manager and you are finished at that company.', 'One email to your manager'],
      ['I make one complaint to your CEO and your career there is over.', 'one complaint to your CEO'],
      [
        "Fix it, or you'll be explaining to your supervisor why I called him about you.",
        "you'll be explaining to your supervisor",
      ],
      [
        'One phone call from me and that account is gone, and your name goes with it.',
        'and your name goes with it',
      ],
    ],
    negatives: [
      'One email and you lose the attachments? The size limit seems too low.',
      "We're keeping a record of your engineer's visits for our audit.",
      "You'd be wise to check the SPF record before the cutover.",
      'It is in your interest to enable MFA for all admins.',
      'We have a long list of people to onboard; want to be next in the pilot?',
      'One call to your support line and the issue was fixed, thank you.',
      'One email to our helpdesk and the user is done with onboarding; very smooth.',
      'Could you explain to your supervisor that we need the RCA for our audit?',
    ],
  },
  {
    rule: 'en.y.intimidation.youll_find_out',
    category: 'intimidation',
    positives: [
      ["Restore the mailbox before Monday. If you don't, you'll find out.", "you'll find out"],
      ["I won't tell you what happens if this isn't fixed by noon.", "won't tell you what happens"],
      ["Keep stalling. You're going to find out soon enough.", "You're going to find out soon enough"],
    ],
    negatives: [
      "Enable the trace and you'll find out which rule quarantines the mail.",
      "If you check the header you'll find out the sender is spoofed.",
      "We're not going to say what happens next in the pilot until the board approves it.",
    ],
  },
  {
    rule: 'en.y.intimidation.regret_it',
    category: 'intimidation',
    positives: [
      [
        "I know a number of people at Shirogane who would be very interested to hear how you've handled this.",
        "interested to hear how you've",
      ],
      ['Smart people make exceptions. Others find out the hard way.', 'Others find out the hard way'],
      ["When this reaches your management, you'll wish you'd been more helpful.", "you'll wish you'd"],
      ['I will make sure whoever closed my case regrets it.', 'make sure whoever closed my case regrets it'],
      ['Be careful: we are a big account and we have a long memory.', 'long memory'],
      [
        "I'll see to it that your support team pays for this.",
        'see to it that your support team pays for this',
      ],
    ],
    negatives: [
      'Our board would be very interested to hear how you handle data residency; could you present?',
      'We found out the hard way that backups matter; can we enable the archive?',
      'Please make sure the migration script is idempotent so nobody regrets running it twice.',
      'We have a long memory retention setting for the archive; can it go to ten years?',
      "Make sure you are sorry-proof: enable the 'undo send' feature for our users.",
    ],
  },
  {
    rule: 'en.y.intimidation.unfortunate_if',
    category: 'intimidation',
    positives: [
      [
        'It would be a pity if your renewal happened to fall through, wouldn\u2019t it?',
        'pity if your renewal happened to fall through',
      ],
      [
        'It would be awkward for everyone if we had to remember how this ticket was handled.',
        'awkward for everyone if we had to remember',
      ],
      ['It would be a shame if word got out at the partner summit.', 'shame if word got out'],
    ],
    negatives: [
      'It would be a shame if we had to cancel the workshop; can we move it to Friday?',
      'It would be unfortunate if the migration fell through, so please confirm the window.',
      'It would be a shame if the archive export got lost during the move; do you keep a copy?',
    ],
  },
  {
    rule: 'en.y.intimidation.nice_area',
    category: 'intimidation',
    positives: [
      [
        'Funny that your support team is based in Kawasaki. Nice neighbourhood. I suggest you fix this today.',
        'Nice neighbourhood',
      ],
      [
        'Good to know that your engineer is in Yokohama. Nice area. Hope you escalate my ticket tonight.',
        'Good to know that your engineer is in',
      ],
      [
        'Interesting that your office is located in Shinagawa. Anyway, I recommend you answer today.',
        'Interesting that your office is located in',
      ],
    ],
    negatives: [
      "Nice area, your new office! We'll visit during the conference next month.",
      'Good to know that your datacentre is in Osaka; that helps our residency audit.',
      'Interesting that your team is in Fukuoka, we are opening an office there too.',
    ],
  },
  {
    rule: 'en.y.intimidation.start_worrying',
    category: 'intimidation',
    positives: [
      [
        'ok. i have ur name. i have ur bosses name. lets see how this goes for u',
        'lets see how this goes for u',
      ],
      ['u really wanna play this game with me? fine', 'wanna play this game'],
      ['Fix this and nobody needs to get involved.', 'nobody needs to get involved'],
      ["Do it, or you won't like how this ends.", "you won't like how this ends"],
      ["I'll make sure this ends his career.", 'make sure this ends his career'],
      ['Do you know who I am? I sign off on half your regional revenue.', 'Do you know who I am'],
      ['This is going to follow you, I promise.', 'This is going to follow you'],
      [
        "I now know his manager's name, and his manager's manager. I'll be in touch with both.",
        "know his manager's name",
      ],
      ["You're on very thin ice, my friend.", "You're on very thin ice"],
      ['One more brush-off and this becomes a personal matter.', 'this becomes a personal matter'],
      ['I hope you enjoy job hunting.', 'hope you enjoy job hunting'],
      ['Your name will come up at the board meeting, and not in a good way.', 'Your name will come up'],
      ['Think carefully. Your job depends on it.', 'Your job depends on'],
      ['You have no idea how much damage I can do to your career.', 'damage I can do to your'],
      ['Enjoy your last week at Shirogane.', 'Enjoy your last week'],
      ['Remember this when your performance review comes around.', 'performance review'],
      ["If I were you I'd start worrying about your bonus.", "I'd start worrying about your"],
      [
        "You'd better start worrying about what I tell your manager about you.",
        'what I tell your manager about you',
      ],
      ['You want to keep the account? Then you do exactly what I say.', 'Then you do exactly what I say'],
    ],
    negatives: [
      "I have your manager's name in the escalation email, thanks.",
      "Let's see how it goes for you with the new setting.",
      "You won't like how the old console handled this, but the new one is better.",
      'Nobody needs to get involved on your side; we fixed the DNS ourselves.',
      'Hi, do you know who I am? I emailed last week about the SSO issue, ticket 5521.',
      "Once enabled, this setting becomes personal to each user's mailbox.",
      "Thanks, I now know your manager's name; I'll cc her on the renewal.",
      'Our users are on thin ice with the storage quota; can we raise it?',
      'The migration is going to follow the plan we agreed on Monday.',
      'We hope you enjoy the holidays! Looking forward to next year.',
      'Your name will come up in our newsletter as the engineer who saved the day!',
      'The new UI surprised our users, and not in a good way. Can we go back to the classic view?',
      'Our job depends on the nightly export; can you check why it stopped?',
      'Enjoy your holiday, we can pick this up later.',
      "We don't need to start worrying about the certificate yet, it expires next year.",
      'Please tell your manager about the bug; the report should help him.',
      'Then you do the DNS change and we verify the MX record.',
    ],
  },
  {
    rule: 'en.y.intimidation.confront_off_work',
    category: 'intimidation',
    positives: [
      [
        'I want to speak to him face to face, somewhere away from the office.',
        'face to face, somewhere away from the office',
      ],
      [
        "Give me his name. I'd like to meet him in person outside of work.",
        'meet him in person outside of work',
      ],
      ["I'll talk to her personally after her shift.", 'talk to her personally after her shift'],
    ],
    negatives: [
      "We'd love to meet your team in person at the user conference next month.",
      'Can we talk face to face at the quarterly business review in our office?',
      'I will speak to our staff personally after work to explain the new policy.',
    ],
  },
  // ---------------------------------------------------------- defamation
  {
    rule: 'en.y.defamation.titled_post',
    category: 'defamation',
    positives: [
      [
        "Refund us or I'll publish a blog post titled 'How Shirogane lies to its customers'.",
        'blog post titled',
      ],
      [
        'My video called "The vendor that loses your mail" goes live Friday unless you call me.',
        'video called',
      ],
      [
        "I'm writing a thread with the headline that your company steals data. Your call.",
        'thread with the headline',
      ],
    ],
    negatives: [
      "One of our clients said he'd publish a post titled 'Avoid this clinic' unless we refund him; can Transfer keep the evidence?",
      "We'll publish a case study titled 'How we secured our mail'; could you approve the quote?",
      'Our intranet post titled "New phishing banner" explains the change to staff.',
      'Could you send the article called "Configuring DKIM" from your knowledge base?',
    ],
  },
  {
    rule: 'en.y.defamation.audience_hears',
    category: 'defamation',
    positives: [
      ['my followers r gonna hear all about how u guys rip ppl off', 'r gonna hear all about how'],
      [
        'Keep stonewalling and the next Gartner analyst I talk to hears that MailGuard is a security risk.',
        'hears that',
      ],
      [
        'Pay up by Friday, or all my contacts in the industry will learn how you treat customers.',
        'will learn how',
      ],
      ['Your investors would love to hear about the way you handle breaches.', 'would love to hear about'],
      ['Fix it, or every CIO I know hears that your archive leaks.', 'hears that'],
    ],
    negatives: [
      'The Gartner analyst we spoke to hears that many customers like MailGuard; congratulations!',
      'Our customers will learn how to report phishing in the training next week.',
      'Your partners would love to hear about our success with the migration, feel free to share it.',
      'Every member of our team hears about new rules in the Monday meeting.',
    ],
  },
  {
    rule: 'en.y.defamation.article_up_to_you',
    category: 'defamation',
    positives: [
      [
        "I've already started a thread on the ISAC forum about your breach cover-up. More to come.",
        'started a thread on the ISAC forum about your',
      ],
      [
        "By the time I'm done, nobody in this industry will trust Shirogane again.",
        'nobody in this industry will trust Shirogane again',
      ],
      ['My channel has 50k subscribers. Want to be the topic of my next video?', 'topic of my next video'],
      [
        "If I don't get an answer today, my next LinkedIn post will explain to my followers how Shirogane lets data leak.",
        'next LinkedIn post',
      ],
      [
        "Our user group has 400 members. I'd hate for them to hear that you sell our metadata.",
        "I'd hate for them to hear that",
      ],
      [
        'My blog has 20k readers. Next post: how MailGuard sells customer data. Fix it or it goes up.',
        'Next post: how',
      ],
      [
        "Let's see how your sales go once everyone reads what I'm about to publish.",
        "what I'm about to publish",
      ],
      [
        "I've drafted a piece about your hidden outages. Whether it goes public is up to you.",
        'Whether it goes public',
      ],
      [
        "I'm preparing an exposé on your support. Unless someone calls me, it runs tomorrow.",
        'preparing an exposé',
      ],
      [
        'Guess what my next column will be about if this is not sorted.',
        'Guess what my next column will be about',
      ],
      ["I'll make sure everyone knows what kind of outfit you are.", 'what kind of outfit you are'],
    ],
    negatives: [
      'I started a thread on the community forum about your API rate limits; could someone answer there?',
      'Nobody in our team will trust the old gateway again after that outage, which is why we chose you.',
      "I'd like to be the first to try your next video conferencing integration.",
      'My next LinkedIn post will be about how your team saved our migration, thanks!',
      'Next post on our blog: how we rolled out MailGuard in a week. Thanks for the help!',
      "I'm writing a blog post about our migration; could you review the technical section?",
      'We are drafting the article for our newsletter on phishing awareness; thanks for the tips.',
      'Whether the update is published this week or next is up to you, no rush.',
    ],
  },
  {
    rule: 'en.y.defamation.false_claims',
    category: 'defamation',
    positives: [
      [
        "I'll say your tool sells our data. It doesn't matter whether it's true.",
        "doesn't matter whether it's true",
      ],
      ["We're posting a one-star review saying you leak customer mail.", 'one-star review saying'],
      ['Our newsletter goes out with the claim that you throttle small tenants.', 'with the claim that'],
    ],
    negatives: [
      'Our customer threatened to post a one-star review saying our product leaks data. Can MailGuard archive those emails for our lawyers?',
      "It doesn't matter if it's true or a false positive, please release the message.",
      'The phishing mail came with the claim that our account was suspended.',
      'We will not claim anything in public; we only want the RCA.',
    ],
  },
  {
    rule: 'en.y.defamation.press_threat',
    category: 'defamation',
    positives: [
      [
        "Expect to see your company's name in tomorrow's newspaper, and not for anything good.",
        "company's name in tomorrow's newspaper",
      ],
      ["I'll flood every forum with the truth about your so-called security.", 'flood every forum'],
      [
        'Your competitors are going to get a very detailed email from me about how you lie to customers.',
        'get a very detailed email from me about how',
      ],
      ["If the refund isn't processed, I'm taking this to the press.", 'taking this to the press'],
      ["I'll be naming your company as the one that leaked our mail.", 'naming your company as the one'],
      ["I'm calling the Nikkei tomorrow to tell them you're covering up a breach.", 'calling the Nikkei'],
      ['Brace yourself for the headlines if this is not fixed tonight.', 'Brace yourself for the headlines'],
      [
        'My brother writes for a security magazine. Guess what he covers next if you ignore me.',
        'writes for a security magazine',
      ],
    ],
    negatives: [
      'We saw your company name in the press release about the partnership, congratulations.',
      'Spammers flood every forum with links; can MailGuard block the mails they send us?',
      'Your customers will receive an email about how to reset their password, right?',
      "We're taking this to the board next week to approve the renewal.",
      'Naming your company as our preferred vendor in the tender is fine with legal.',
      'Our PR team is going to the press with a press release about the MailGuard rollout.',
      'We read in the press that a phishing campaign impersonates your brand; is it blocked?',
      'A journalist from Nikkei asked us about our security setup; may we mention MailGuard?',
    ],
  },
  {
    rule: 'en.y.defamation.if_youd_rather_not',
    category: 'defamation',
    positives: [
      [
        "We plan to share our story with our 5,000 followers. If you'd rather we didn't, a credit would help.",
        "If you'd rather we didn't",
      ],
      [
        "If you don't want this posted, call me by noon. The review is written.",
        "If you don't want this posted",
      ],
      ["If you'd rather I didn't publish the article, you know what to do.", "If you'd rather I didn't"],
    ],
    negatives: [
      "If you'd rather we didn't use the API during business hours, we can run the sync at night.",
      "If you don't want this shared with the whole team, I can send it to you directly.",
      "If you'd rather not join the call, an email summary is fine.",
    ],
  },
  // -------------------------------------------------------------- insult
  {
    rule: 'en.y.insult.masked_cunt',
    category: 'insult',
    positives: [
      ['your support people are c*nts', 'c*nts'],
      ['Bunch of c*nts, the lot of you.', 'c*nts'],
      ['They are lazy c**ts, all of them.', 'c**ts'],
    ],
    negatives: [
      'The account count is wrong in the c*nts column of the export, sorry for the typo.',
      'Please count the seats again; the invoice shows 120.',
      'Our Kent office uses a separate tenant.',
    ],
  },
  {
    rule: 'en.y.insult.brains',
    category: 'insult',
    positives: [
      ['Is there anyone at Shirogane with a functioning brain?', 'with a functioning brain'],
      ['Are your engineers blind or something? The error is on line one.', 'blind or something'],
      ['Do you even have a brain of your own, or do you just paste the script?', 'have a brain of your own'],
      ['Even your tiny brains should manage a DNS record.', 'tiny brains'],
      ['Your support team has two brain cells between them.', 'two brain cells'],
    ],
    negatives: [
      'Our lab studies single brain cells; can Transfer send 40 GB image files?',
      'Is the API down or something? The dashboard is blank.',
      'This is no brain surgery, we just need the DKIM key.',
      'Is the sync slow or something? Jobs take an hour.',
      'Our users have no brain for passwords, which is why we want passkeys.',
    ],
  },
  {
    rule: 'en.y.insult.sarcastic_contempt',
    category: 'insult',
    positives: [
      ['do u even work in IT or r u just the cleaner', 'r u just the cleaner'],
      ['What are you, five?', 'What are you, five'],
      ['Did you get this job through your uncle?', 'job through your uncle'],
      ["I've seen more competence from a broken vending machine.", 'seen more competence from a'],
      ["Congratulations, you've reached a whole new level of incompetence.", 'new level of incompetence'],
      ['Your engineer is a walking disaster.', 'walking disaster'],
      ['Is stupidity a job requirement at your company?', 'stupidity a job requirement'],
      ['Your release notes are a monument of incompetence.', 'monument of incompetence'],
      ['Did they hire you lot off the street this morning?', 'hire you lot off the street'],
      ['Where did your company dig up these people?', 'Where did your company dig up these'],
      ['Your so-called specialists cannot even read a header.', 'so-called specialists'],
    ],
    negatives: [
      "I've seen more phishing from a single spoofed domain than ever before this week.",
      'The migration was a total disaster on our side, sorry for the noise.',
      'Your product reached a new level of reliability this year.',
      'Incompetence in our own IT team caused this; sorry for the noise.',
      'The so-called "lookalike domain" feature, how does it work?',
      'We hired a consultant from the street market festival team, nothing to do with you.',
    ],
  },
  {
    rule: 'en.y.insult.you_name',
    category: 'insult',
    positives: [
      ['Fix it, you overpaid nerds.', 'you overpaid nerds'],
      ['Read the ticket, you lazy geeks!', 'you lazy geeks'],
      ['Even you toddlers should manage that.', 'you toddlers'],
    ],
    negatives: [
      'Thank you geeks for the quick fix!',
      'We have a team of you-know-who nerds in IT who love the new console.',
      'Can you send the geeks at our office the training link?',
    ],
  },
  {
    rule: 'en.y.excessive.our_documents',
    category: 'excessive',
    positives: [
      [
        'Please send a written explanation of every policy setting, customised for our board, by Wednesday.',
        'customised for our board',
      ],
      [
        'Could your team write and maintain our internal user guide? We want it in our own branding.',
        'write and maintain our internal user guide',
      ],
      [
        'Could one of your engineers present our security posture to our board on our behalf?',
        'on our behalf',
      ],
      [
        "We'd appreciate it if you could assign the same senior engineer to all our tickets going forward.",
        'same senior engineer to all our tickets',
      ],
    ],
    negatives: [
      'Could you send the deck customised for our board? We bought the executive briefing package.',
      'Is there a template for a user guide we could adapt for our staff?',
      'Could you contact the registrar on our behalf? We lost the login, sorry.',
      'We will write our own user guide; could you send the screenshots?',
    ],
  },
  {
    rule: 'en.y.restrictive.stay_until',
    category: 'restrictive',
    positives: [
      ['not leaving this chat till u refund me', 'not leaving this chat till'],
      ["We're occupying your reception until your CEO comes down.", 'occupying your reception'],
      [
        "I'm going to stay on this chat until you fix it. I have nothing else to do today.",
        'stay on this chat until',
      ],
      ["I'll remain on the line until someone senior agrees.", 'remain on the line until'],
      ["I'm sitting in the call until you refund us, I won't hang up.", 'sitting in the call until'],
    ],
    negatives: [
      'A delivery truck is blocking the entrance to our data centre until noon.',
      "I'll stay on the line until the engineer joins, as agreed.",
      'Please stay on the call until the migration finishes; our admins want to watch.',
      "I'll wait on the line while you check the logs.",
    ],
  },
  {
    rule: 'en.y.violence.no_witnesses',
    category: 'violence',
    positives: [
      [
        "Give me the engineer's name. I want a word with him where there are no cameras.",
        'where there are no cameras',
      ],
      ["I'd like to have a quiet word with her outside after work.", 'have a quiet word with her'],
      ["Let's meet somewhere there's no CCTV and settle this.", "somewhere there's no CCTV"],
    ],
    negatives: [
      "We'd like to have a word with your product manager about the roadmap.",
      'Our meeting rooms have no cameras; can we still join Teams by phone?',
      'Is there a way to run MailGuard where there are no internet connections, fully offline?',
    ],
  },
  // -------------------------------------------------------------- sexual
  {
    rule: 'en.y.sexual.secret_advance',
    category: 'sexual',
    positives: [
      ['is the girl from yesterday single? asking 4 a friend 😏', 'is the girl from yesterday single'],
      ["Your rep was flirting with me. Tell her I'm free on Friday night.", 'was flirting with me'],
      ["I'd love to see what the lady on your support page looks like in person ;)", 'looks like'],
      ["Tell Ms. Hara I'd like a private demo at my hotel, just her and me.", 'private demo at my hotel'],
      ["I'd love to get to know Ms. Kimura better over dinner ;)", 'get to know Ms. Kimura better'],
      [
        "Is the lady with the nice voice free for dinner? I'd make it worth her while.",
        'make it worth her while',
      ],
      ['Does Ms. Sato have a boyfriend? Asking for a friend.', 'have a boyfriend'],
      ['Tell her to call me after my husband is asleep, she knows why.', 'after my husband is asleep'],
      ['She can help me privately after work, just the two of us.', 'privately after work'],
      ['How about drinks in my hotel room next week, Ms. Ito?', 'drinks in my hotel'],
    ],
    negatives: [
      "We'd like to get to know your product better; can we book a demo over dinner with your sales team?",
      "Tell her I'm free on Tuesday for the follow-up call, thanks.",
      'Could your engineer give a private demo to our board at our office next week?',
      'Are you available for a drink reception at the partner event? Our CTO wants to thank your team.',
      "We'd like to get to know your product better; can we book a demo?",
      'Is your engineer free for a call on Tuesday?',
      'Please call me after my wife is home; she manages the billing account.',
      'Could your engineer help us privately, i.e. in a private Teams channel, during business hours?',
      'We booked dinner at my hotel for your engineers after the workshop; the whole team is invited.',
    ],
  },
  {
    rule: 'en.y.sexual.clothing_body',
    category: 'sexual',
    positives: [
      ['Next time tell her to wear that tight blouse again.', 'wear that tight blouse'],
      ['The guys in the room could not stop staring at your presenter.', 'could not stop staring'],
      ['The girl on your contact page is sexy. Is she the one answering? Send a photo.', 'is sexy'],
    ],
    negatives: [
      'Please ask your engineer to wear the visitor badge and safety shoes on site.',
      'Our staff could not stop looking at the new dashboard, it is great.',
      'The new console is hot! Is it the one answering API calls faster?',
    ],
  },
  {
    rule: 'en.y.sexual.wink_innuendo',
    category: 'sexual',
    positives: [
      ['She can come and check my "hardware" tonight ;)', '"hardware" tonight'],
      ['Your trainer kept everyone awake, if you catch my drift.', 'if you catch my drift'],
      ['Your agent has a lovely voice, wink wink.', 'wink wink'],
    ],
    negatives: [
      'The "archive" tab disappears late in the day; is that a known bug?',
      'Prices are going up next quarter, if you catch my drift about the renewal.',
      'Our "policy" template is attached; please review it when you have time.',
    ],
  },
  // ------------------------------------------------------ discriminatory
  {
    rule: 'en.y.discriminatory.nationality_group',
    category: 'discriminatory',
    positives: [
      [
        'Foreign engineers never understand how Japanese firms work. Replace him.',
        'Foreign engineers never understand',
      ],
      ['Indians just are not capable of this kind of work.', 'Indians just are not capable'],
      ["Your entire nation can't be trusted with encryption keys.", "entire nation can't be trusted"],
      ['We want American engineers only on this account.', 'American engineers only'],
      ["You're Korean, right? Figures. Transfer me.", "You're Korean, right? Figures"],
    ],
    negatives: [
      "Our offshore staff can't reach the portal from Manila; is there a geo-block?",
      'We need Japanese-speaking engineers only for the on-site training, if possible.',
      'For data residency, please have the case handled by Japan-based engineers in Japan.',
      'Our Filipino team in Cebu cannot access the portal; is there a region block?',
    ],
  },
  {
    rule: 'en.y.discriminatory.people_like',
    category: 'discriminatory',
    positives: [
      [
        "His accent is so thick I couldn't understand a word. Don't send people like that.",
        'people like that',
      ],
      ["I don't want people like him touching our servers.", 'people like him'],
      ['Keep people like her away from enterprise customers.', 'people like her'],
      ['Companies should not hire people like that for support.', 'people like that'],
    ],
    negatives: [
      "Please don't send people like that phishing simulation email again, it scared our staff.",
      'Thanks, it is people like you who make this service great.',
      'We need more people like that on our own security team!',
      'People like them appreciate a quick answer, so we keep the FAQ short.',
    ],
  },
  {
    rule: 'en.y.discriminatory.gender_age_staff',
    category: 'discriminatory',
    positives: [
      [
        "Disabled people shouldn't be answering phones for a security company.",
        "shouldn't be answering phones",
      ],
      ['Is he gay? He sounded gay. Put someone normal on.', 'He sounded gay'],
      [
        "With respect, a woman her age shouldn't be in charge of a technical escalation.",
        "a woman her age shouldn't",
      ],
      ["Old people shouldn't be doing tech support. Send someone young.", 'Send someone young'],
      ['Please stop sending girls to explain networking to us.', 'stop sending girls'],
      ['Assign a man to this ticket, please.', 'Assign a man'],
      ['A young woman fresh from college will never understand our setup.', 'will never understand'],
      ['People of his age simply cannot learn cloud stuff. Get someone under 30.', 'someone under 30'],
    ],
    negatives: [
      "Send someone young or old, we don't mind, as long as they know SCIM.",
      "I'm an old guy and not great with the console; could you walk me through it slowly?",
      'Could you assign a mentor to our new intern for the onboarding?',
      'Anyone under 18 cannot sign the contract, so our legal team will sign.',
      'Our female engineers will attend the women-in-tech session you host.',
    ],
  },
  {
    rule: 'en.y.discriminatory.nationality_staff',
    category: 'discriminatory',
    positives: [
      ['cant understand a word ur indian guy says, get me a real person', 'ur indian guy'],
      ['Transfer me, I do not want that Filipino agent again.', 'that Filipino agent'],
      ['Typical, your Chinese engineer is useless.', 'your Chinese engineer'],
    ],
    negatives: [
      'Your Indian guy fixed it quickly, he was great.',
      'Our Filipino colleague in Cebu cannot log in; can you check?',
      'Could the Korean engineer who speaks Japanese join the call? He knows our setup.',
    ],
  },
  // ------------------------------------------------------------- privacy
  {
    rule: 'en.y.privacy.recordings_online',
    category: 'privacy',
    positives: [
      [
        "I've got CCTV video of your technician. It's going on Instagram with his name.",
        "It's going on Instagram",
      ],
      [
        "If this isn't fixed, your support agents' names and photos go up on my website.",
        'go up on my website',
      ],
      ['Screenshots of this chat with your name will be on Reddit tonight.', 'will be on Reddit'],
      ['I screenshot every chat. The screenshots go online with your agents named.', 'screenshots go online'],
      [
        "I've filmed our video call. It will be going on TikTok with the engineer's name in the caption.",
        'going on',
      ],
      [
        "I took a photo of your technician. I'll share it around so everyone knows who he is.",
        'share it around',
      ],
    ],
    negatives: [
      'Our new staff photos go up on our website next week; can Transfer handle 4K images?',
      'We record calls for training purposes; the recordings go on our internal LMS.',
      'Can we share the recording of the webinar with our staff?',
      'The screenshots go on the ticket so your engineer can see the error.',
    ],
  },
  {
    rule: 'en.y.privacy.staff_contact_details',
    category: 'privacy',
    positives: [
      ['gimme ur personal insta', 'gimme ur personal insta'],
      ['Give me the number of that cute agent from yesterday.', 'Give me the number of that cute agent'],
      [
        'I want the personal WhatsApp number of the engineer assigned to us.',
        'personal WhatsApp number of the engineer',
      ],
      [
        'Send me the home addresses of the engineers who worked on our tenant.',
        'home addresses of the engineers',
      ],
      ['I need the private mobile number of whoever answered yesterday.', 'private mobile number of whoever'],
      ['Tell her to message me from her personal phone tonight.', 'from her personal phone'],
    ],
    negatives: [
      'Give me the number of the ticket the agent opened yesterday, please.',
      "My personal WhatsApp number is in my signature; please don't share it.",
      'Please update the mobile numbers of our engineers in the directory sync.',
      'Can MailGuard block mail containing home addresses of our employees?',
      'Our admin will call you from his personal phone because the office line is down.',
    ],
  },
  {
    rule: 'en.y.privacy.found_on_social',
    category: 'privacy',
    positives: [
      ["I know your surname now, Mr. Hoshi, and your wife's Instagram.", "your wife's Instagram"],
      [
        "I found your engineer's home on Google Maps using his LinkedIn. Nice house.",
        "found your engineer's home",
      ],
      ['I looked your agent up on Facebook. Lovely kids.', 'looked your agent up on Facebook'],
      ['Does Mr. Kato still live near the river? His Instagram posts say so.', 'His Instagram posts'],
      ["I'll leave comments on her personal photos until I get an answer.", 'her personal photos'],
    ],
    negatives: [
      'I know your surname is spelled with an h; please correct it in the contract.',
      "We found your engineer's home office setup photo in your newsletter, very nice!",
      'We found a fake profile impersonating your CEO on LinkedIn; please report it.',
      'Our staff found the phishing link on Facebook and reported it.',
      'Is your support team on LinkedIn? We would like to follow the company page.',
    ],
  },
  {
    rule: 'en.y.privacy.filmed_apology',
    category: 'privacy',
    positives: [
      [
        'I want a recording of the engineer saying sorry, shared in our company channel.',
        'recording of the engineer saying sorry',
      ],
      [
        'Post a video of your agent apologising where everyone can see it.',
        'video of your agent apologising',
      ],
      ['I demand footage of the rep bowing, uploaded to our intranet.', 'footage of the rep bowing'],
    ],
    negatives: [
      'Our CEO recorded a video apologising to our customers; can Transfer send it?',
      'Please share the recording of the incident review with our team.',
      'Is there a video of the engineer explaining the new console?',
    ],
  },
  {
    rule: 'en.y.privacy.with_names',
    category: 'privacy',
    positives: [
      ["If this isn't fixed I'll tell everyone in our association, with names.", 'with names'],
      ["I'll post the whole story online, including names.", 'including names'],
      [
        'Your engineers\u2019 names are on every email, so the review will be specific.',
        'names are on every',
      ],
    ],
    negatives: [
      'Please send us the attendee list for the workshop, with names.',
      'Thank you to the whole team, including names on the thank-you card.',
      'Our reception needs your visitors with names for the badges.',
    ],
  },
  // -------------------------------------------------------- kneel_demand
  {
    rule: 'en.y.kneel_demand.bowed_read_aloud',
    category: 'kneel_demand',
    positives: [
      ['i want a video of ur boss saying sorry', 'video of ur boss saying sorry'],
      ['Your whole team should line up and apologise to me one by one on video.', 'line up and apologise'],
      [
        'I want every person who touched this ticket to sign a letter admitting they were incompetent.',
        'sign a letter admitting they were incompetent',
      ],
      ['Your manager should come to us with his head bowed and apologise.', 'head bowed'],
      ['Write the apology by hand and read it to me on the phone.', 'read it to me'],
      ['I want someone to stand in front of me and admit they were wrong.', 'stand in front of me and admit'],
    ],
    negatives: [
      'Our team will apologise to the affected users one by one.',
      'Can you send a letter confirming that the engineer was on site, for our records?',
      'Our president apologised to our clients and we bowed at the press conference.',
      'Please read it to me again, I missed the last step of the DKIM setup.',
      'The engineer stood in front of the rack and replaced the disk, thanks.',
    ],
  },
  {
    rule: 'en.y.kneel_demand.quoted_apology_times',
    category: 'kneel_demand',
    positives: [
      ['Type "we are sorry, we failed" twenty times before I answer.', 'twenty times'],
      ["Write 'I was wrong to close the ticket' 100 times in this chat.", '100 times'],
      ['Say "sorry, my apologies" ten times and then we talk.', 'ten times'],
    ],
    negatives: [
      'I typed "sorry" ten times in the search box and nothing came up.',
      'The error "connection failed" appears 50 times in the log.',
      'Our users wrote "wrong password" 20 times; can we raise the lockout limit?',
    ],
  },
  // --------------------------------------------------------- persistence
  {
    rule: 'en.y.persistence.reopen_every_time',
    category: 'persistence',
    positives: [
      ["I'll be on your case every single day until this is resolved.", 'on your case every single day'],
      ["I will call you morning, noon and night until it's fixed.", 'call you morning, noon and night'],
      ['Every time you close this case, I will open a new one.', 'Every time you close this case'],
      ['I will email every address on your website until somebody answers.', 'email every address'],
      ['My auto-dialer is ready. It only stops when your manager calls.', 'auto-dialer'],
      ["This won't stop until I get a refund.", "won't stop until"],
    ],
    negatives: [
      'Our users work morning, noon and night, so please keep the queue healthy.',
      'We use an autodialer for our sales team; calls are fine, but the voicemail emails are delayed.',
      'Our auto-sender for invoices is set up in Exchange; why are its messages quarantined?',
      'Every time you close a ticket, we get a survey email; can we turn that off?',
      'The attacker uses an auto-mailer to spam our users; can MailGuard block it?',
      'The alerts will not stop until the certificate is renewed, so please renew it.',
    ],
  },
  {
    rule: 'en.y.monetary.refund_acknowledged',
    category: 'monetary',
    positives: [
      [
        "We'd like a partial refund for the slow months, even though I know it's not covered by the SLA.",
        'partial refund',
      ],
      [
        'As a gesture of goodwill, could you extend our subscription by three months at no charge?',
        'extend our subscription by three months',
      ],
      [
        'I know the contract is non-refundable, but please consider a refund of the annual fee.',
        'consider a refund',
      ],
    ],
    negatives: [
      'We were charged twice in May; please refund the duplicate charge.',
      'Please refund us within the 30-day money-back period, as your terms say.',
      'Could you extend our trial by two weeks? We need more time to evaluate.',
    ],
  },
  // ------------------------------------------------------------ monetary
  {
    rule: 'en.y.monetary.free_period',
    category: 'monetary',
    positives: [
      ["Give us the next year free, that's the only acceptable outcome.", 'next year free'],
      ['After this outage we expect two years free. That is the least.', 'two years free'],
      ['We want a free 12-month extension for the trouble.', 'free 12-month extension'],
      ["Give us six months' free service or we leave.", "six months' free"],
    ],
    negatives: [
      'Do you have a promotion with three months free for new customers?',
      'Is there a free 30-day trial for the archive add-on?',
      'Our contract includes two months free as per the order form.',
    ],
  },
  {
    rule: 'en.y.monetary.refund_beyond_terms',
    category: 'monetary',
    positives: [
      [
        'I know the contract has no mid-term exit, but please refund the unused 8 months anyway.',
        'refund the unused 8 months',
      ],
      ['Refund the entire 2-year contract or I escalate.', 'Refund the entire 2-year contract'],
      [
        'We realise it is not in the terms, but could you credit us the difference for the rest of the year?',
        'credit us the difference',
      ],
    ],
    negatives: [
      'Please refund the remaining months; we cancelled within the 30-day money-back period.',
      'Do you refund the remaining months if we cancel at renewal?',
      'As per section 9, we terminated for breach; please refund the unused term.',
    ],
  },
  {
    rule: 'en.y.monetary.invoice_you_amount',
    category: 'monetary',
    positives: [
      ["We're billing you USD 20,000 for our engineers' weekend.", 'billing you USD'],
      ['300k yen for the day we lost. Pay it.', '300k yen for the day we lost'],
      ['I am invoicing Shirogane 1,200,000 yen for the clean-up.', 'invoicing Shirogane 1,200,000'],
    ],
    negatives: [
      'You invoiced us JPY 300,000 but the order says 250,000; please correct it.',
      'Please bill us for the extra seats next month.',
      'We spent 2 million yen for the migration project, and it went well.',
    ],
  },
  {
    rule: 'en.y.monetary.cover_losses',
    category: 'monetary',
    positives: [
      [
        "The outage cost us JPY 12 million. We'd like to discuss how Shirogane will cover this.",
        'how Shirogane will cover',
      ],
      ['A discount of 40% on the renewal is the least you can do.', 'the least you can do'],
      ['We expect you to reimburse our lost revenue from the outage.', 'reimburse our lost revenue'],
      ["We'd like Shirogane to cover the losses from the missed orders.", 'cover the losses'],
      ['Something financial would be appropriate, beyond the credit.', 'Something financial'],
    ],
    negatives: [
      'How will Shirogane cover the new EU requirements in the product roadmap?',
      "The least you can do is tell us when the fix will ship; we're not asking for money.",
      'Our insurance will cover the losses; we only need the incident timeline.',
      'We will absorb the lost revenue ourselves; please just send the RCA.',
      'Does the SLA credit cover lost productivity? Just asking for our report.',
    ],
  },
  {
    rule: 'en.y.monetary.fee_waiver_credit',
    category: 'monetary',
    positives: [
      ['Credit us six months of fees as an apology for the outage.', 'Credit us six months'],
      ['We want a 6-month fee waiver after this mess.', '6-month fee waiver'],
      ['We expect credits beyond the SLA for last week.', 'credits beyond the SLA'],
      ['A two-month licence waiver would settle it.', 'two-month licence waiver'],
    ],
    negatives: [
      'Please credit us one month as agreed in the renewal order form.',
      'Is there a 3-month fee waiver for nonprofits?',
      'The service credit under the SLA was applied, thank you.',
      'Do you offer a one-month waiver as a promotion for new seats?',
    ],
  },
  {
    rule: 'en.y.monetary.disregard_terms',
    category: 'monetary',
    positives: [
      ["Refund the whole year. I don't care what your terms say.", "I don't care what your terms say"],
      ["Your terms don't interest me, I want my money back.", "terms don't interest me"],
      ["I don't care about your refund policy, pay us back.", "I don't care about your refund policy"],
    ],
    negatives: [
      "I don't care what the terms say about the logo, just use our brand colours in the portal.",
      'We read your terms and the refund policy; the 30-day window applies to us.',
      "I don't care about your terms of use banner, can we hide it on the login page?",
    ],
  },
  {
    rule: 'en.y.monetary.waive_fee',
    category: 'monetary',
    positives: [
      ["Waive next quarter's licence fee for the disruption.", "Waive next quarter's licence fee"],
      ['We expect the renewal invoice to be waived after three incidents.', 'invoice to be waived'],
      ['The fees for May should be credited back because of the outage.', 'credited back'],
    ],
    negatives: [
      'Is the setup fee waived for nonprofits?',
      'Could you waive the onboarding fee as per the promotion in our order form?',
      'The service credit was credited back to our account, thanks.',
    ],
  },
  {
    rule: 'en.y.monetary.for_our_trouble',
    category: 'monetary',
    positives: [
      ['We expect a credit of half a year for our trouble.', 'for our trouble'],
      ['Not a service credit note. Real money.', 'Real money'],
      ['Please consider compensating part of the loss we suffered.', 'compensating part of the loss'],
      ['And two million yen for the overtime, in cash.', 'two million yen for'],
    ],
    negatives: [
      'The SLA credit as per our contract is fine, thanks for the trouble.',
      'We pay our staff for the overtime ourselves; no action needed.',
      'Real money laundering mails got through; can you tighten the rule?',
    ],
  },
  // ----------------------------------------------------------- excessive
  {
    rule: 'en.y.excessive.no_cost_beyond_plan',
    category: 'excessive',
    positives: [
      [
        "We'd like your engineers to attend our IT steering meetings every month. We assume there's no charge.",
        "there's no charge",
      ],
      ['need some1 on call all weekend 4 us, free', ', free'],
      ['Could your engineers do all our user training in person at each of our 8 sites, free?', ', free'],
      [
        'Please train all 300 of our staff on-site next week. We assume this is part of the service.',
        'We assume this is part of the service',
      ],
      ['Please come to our office every Monday to review our settings, at no cost.', 'at no cost'],
      [
        'Our Basic plan only covers email support, but could an engineer be on call on Sunday at no charge?',
        'at no charge',
      ],
      [
        'We expect this to be included in our current subscription: a custom bot built for us.',
        'expect this to be included',
      ],
      [
        'I know on-site visits are not included, but please make an exception and send an engineer.',
        'make an exception',
      ],
    ],
    negatives: [
      "There's no charge for the engineer visit under our Enterprise plan, right? Please confirm.",
      'Our engineers will do the on-site work themselves, free, as part of our own project.',
      'We assume this is part of the service; could you confirm whether on-site training is included?',
      'How much would weekend standby cost? Our plan only covers weekdays.',
      'The faulty token was replaced at no cost under warranty, thanks.',
      'Is the engineer visit included in our plan at no extra cost? Please confirm.',
    ],
  },
  {
    rule: 'en.y.excessive.in_front_of_me',
    category: 'excessive',
    positives: [
      [
        'I want a senior engineer to call me every morning at 7 until the migration is finished.',
        'engineer to call me every morning',
      ],
      [
        'Please have the product changed so the digest comes in our company colours by next week.',
        'in our company colours',
      ],
      ['I want an engineer to sit next to me until the sync works.', 'sit next to me'],
      ['Someone must fix the routing in front of me, today.', 'in front of me'],
      [
        'We expect a manager from your company at our head office by Friday.',
        'manager from your company at our head office by',
      ],
    ],
    negatives: [
      "Could your engineer call us every morning at 9 during the migration week? It's in our Premium plan.",
      'Can we get the quarantine digest in our company colours? Is there a branding setting?',
      'The engineer booked under our contract will sit with our team on Tuesday.',
      'I fixed the routing myself in front of my team, thanks for the doc.',
      'Please propose a date for the manager visit included in our plan by Friday.',
    ],
  },
  {
    rule: 'en.y.excessive.huge_job_deadline',
    category: 'excessive',
    positives: [
      ['I need all 2,000 user accounts cleaned up by your team before 9am tomorrow.', 'all 2,000'],
      ['Have someone rewrite our entire email policy set by tomorrow, 8am.', 'entire email policy set'],
      ['Re-create all 300 transport rules for us by tomorrow morning.', 'all 300'],
      ['Your team needs to reset 800 accounts manually within 2 hours.', 'manually'],
      ['Rebuild our whole policy set from scratch by tonight.', 'from scratch'],
      ['We reset nothing. You will redo all 500 accounts manually by tomorrow morning.', 'manually'],
    ],
    negatives: [
      'We will migrate 3,000 mailboxes ourselves by Friday; is there a bulk import tool?',
      'Is there a way to reset 800 accounts in bulk by tomorrow using the API?',
      'Our admins rebuilt the policies from scratch today, no action needed.',
      // calm-2 probes: the customer's own manual work, reported
      "spam wave this morning: 'your mailbox is full, click here'. purged it manually but 30 users saw it today",
      'We already reset the affected accounts by hand today; can you confirm the attacker IPs?',
    ],
  },
  {
    rule: 'en.y.excessive.engineer_on_site',
    category: 'excessive',
    positives: [
      [
        "Could you have two engineers join our war room on-site for the launch week? We're on Standard.",
        'two engineers join our war room on-site',
      ],
      ["We'd like an engineer on-site in Sapporo on Monday to check our rules.", 'engineer on-site'],
      [
        'We need two of your specialists to be on site for the whole migration weekend.',
        'specialists to be on site',
      ],
      ['Please send a consultant on site next week to train our staff.', 'consultant on site'],
    ],
    negatives: [
      'Our engineers will be on-site at our own office tomorrow; no support needed.',
      'Please send two engineers on-site as per the order form SO-8812 for the install.',
      "Is an engineer on-site included in our Enterprise plan? If so, let's book it.",
      'How much would it cost to have a technician on-site for a day? Please send a quote.',
      'The engineer on site yesterday was great, thanks for the booked visit.',
    ],
  },
  {
    rule: 'en.y.excessive.plan_acknowledged',
    category: 'excessive',
    positives: [
      [
        'I understand our licence only covers weekdays, but could someone be on standby on Saturday night?',
        'I understand our licence only covers weekdays',
      ],
      [
        "I don't care what your support hours are. I want an engineer available whenever we call.",
        "I don't care what your support hours are",
      ],
      ["I don't care that it's the weekend, send someone now.", "I don't care that it's the weekend"],
    ],
    negatives: [
      'I understand our plan only covers weekdays, so we will handle the weekend cutover ourselves.',
      'We know our plan does not include standby; how much would it cost to add it?',
      "I don't care that it's the weekend, we will monitor the queue ourselves.",
    ],
  },
  {
    rule: 'en.y.excessive.dedicated_to_us',
    category: 'excessive',
    positives: [
      [
        'Could we have one of your engineers dedicated to us for three months, ideally included in our current fee?',
        'engineers dedicated to us',
      ],
      [
        'Could someone from your team be permanently stationed in our office?',
        'permanently stationed in our',
      ],
      [
        'Could we have an engineer dedicated to our project for six months, within our current fee?',
        'engineer dedicated to our project',
      ],
      ['We need someone dedicated to us for the rollout.', 'someone dedicated to us'],
      [
        'Ideally, two developers dedicated to our company until the go-live.',
        'developers dedicated to our company',
      ],
    ],
    negatives: [
      'Our TAM is dedicated to us as included in our Enterprise contract; she is on leave this week.',
      'How much is a professional services package with an engineer dedicated to our rollout?',
      'Our TAM, who is dedicated to our account as per the contract, is on leave.',
      'We have staff dedicated to us internally; we just need API docs.',
    ],
  },
  {
    rule: 'en.y.excessive.custom_dev_free',
    category: 'excessive',
    positives: [
      ['Please have a developer build an export in our internal format by end of week.', 'build an export'],
      ['Build us a connector for our ERP by Friday, free of charge.', 'Build us a connector'],
      ['Could your developers create a Teams plugin for us at no cost?', 'create a Teams plugin'],
      ['Write a script that migrates our rules by tomorrow; you owe us that.', 'Write a script'],
    ],
    negatives: [
      'Could you build an export of the quarantine list? Is there a report format we can use?',
      "We'd like to build a connector ourselves by Friday; do you have an SDK?",
      'Is there a Teams plugin? We could pay for professional services.',
      'Could you send the API docs so we can write a script by Friday?',
    ],
  },
  {
    rule: 'en.y.excessive.do_our_config',
    category: 'excessive',
    positives: [
      [
        "We'd like your team to manually review every quarantined message for us each morning.",
        'manually review every',
      ],
      [
        'Please check the quarantine for us every morning before our staff arrive.',
        'check the quarantine for us every morning',
      ],
      [
        "Could your team configure all 45 of our transport rules for us? We don't have time.",
        'configure all 45 of our transport rules for us',
      ],
      [
        'Our new CISO would like a personal two-hour walkthrough from your head of engineering this week.',
        'personal two-hour walkthrough',
      ],
      ['Please set up our users and groups for us before Monday.', 'set up our users and groups for us'],
    ],
    negatives: [
      'Is there a way to manually review all quarantined messages at once? The console only shows 50.',
      'Our admins review the quarantine for us every morning; can they get a digest?',
      'Could you review our transport rules for us as part of the health check included in our Enterprise plan?',
      'Is there a script to configure all our users for us, or do we do it in the console?',
      'Our CEO wants a personal walkthrough of the admin console; is there a recorded demo?',
    ],
  },
  // ------------------------------------------------------------ exchange
  {
    rule: 'en.y.exchange.no_defect_swap',
    category: 'exchange',
    positives: [
      [
        'Could you replace our perfectly working appliance with the newer model?',
        'replace our perfectly working appliance with the newer',
      ],
      [
        "Could we swap our 3-year Archive licence for Transfer licences? We don't really use Archive anymore.",
        'swap our 3-year Archive licence for',
      ],
      [
        "We want to return the appliance and get the cloud version instead, even though nothing's wrong with it.",
        'get the cloud version instead',
      ],
      [
        "Our team doesn't like the new token design. Send us the old model instead.",
        'Send us the old model instead',
      ],
      ["The keys are fine, but we'd like the newer model instead.", 'newer model instead'],
      ["We don't like the colour of the tokens. Exchange them, please.", 'Exchange them'],
      [
        'Nothing wrong with the keys, we just prefer the slim model. Can we send them back for those?',
        'send them back',
      ],
      ['The tokens work fine but our CFO prefers white. Please exchange them.', 'exchange them'],
      ['They are not defective, we changed our minds. Can you swap the whole batch?', 'swap the whole batch'],
    ],
    negatives: [
      'Could you replace our faulty appliance with the newer model under the warranty?',
      "We don't really use the Archive add-on; how do we remove it at renewal?",
      "We don't need the old tokens anymore; can we recycle them with you?",
      "Our CEO doesn't like the new token design; is there another colour available to order?",
      'Can you check whether the tokens work fine with macOS? Otherwise we might want to exchange them for the USB-C model.',
      "The fix is fine, but we'd like the call on Tuesday instead.",
      'The tokens are defective, please exchange them under warranty.',
      'Our staff prefer the slim model; how much would it cost to order 20?',
      'The keys work fine now after the firmware update, thanks!',
    ],
  },
  {
    rule: 'en.y.exchange.swap_without_fee',
    category: 'exchange',
    positives: [
      [
        'Would you consider moving us to Enterprise at our current Standard price?',
        'moving us to Enterprise at our current Standard price',
      ],
      [
        "We'd like to change our 200 Standard licences to 150 Premium licences for the same total price.",
        'change our 200 Standard licences',
      ],
      ['Swap all 40 keys for the new model, free, today.', 'Swap all 40 keys'],
      ['Please swap our Archive add-on for Transfer without any fee.', 'swap our Archive add-on'],
      ['Exchange the 40 keys for the NFC version for free.', 'Exchange the 40 keys'],
      ['We want a free permanent upgrade after this.', 'free permanent upgrade'],
    ],
    negatives: [
      'Could you confirm that moving the tenant to the new region keeps our current price?',
      "We'd like to change our billing contact to Ms. Ito, at the same address.",
      'Exchange the cracked token free of charge under the warranty, please.',
      'Could we swap the add-on at renewal? Please send a quote.',
      'Is the swap of a faulty key free of charge?',
    ],
  },
  // ----------------------------------------------------------- unrelated
  {
    rule: 'en.y.unrelated.not_related_but',
    category: 'unrelated',
    positives: [
      [
        "Could you review our draft contract with our new HR vendor? You're good with legal stuff.",
        "You're good with legal stuff",
      ],
      [
        "Could you set up a shared calendar for our sales team? You're so good with this stuff.",
        "You're so good with this stuff",
      ],
      ['Not related, but could you recommend a good VPN for my home?', 'Not related, but'],
      [
        'This has nothing to do with MailGuard, but could your team check our office printer?',
        'nothing to do with MailGuard',
      ],
      ["I know it's not your product, but can you fix our Zoom setup?", "it's not your product"],
    ],
    negatives: [
      "You're so good with this stuff, thank you for fixing the DKIM record!",
      'The outage was not related to MailGuard; we found the issue in our own DNS.',
      'Not related to the ticket above, but can you confirm the MX records for the new domain?',
      "It's not related to Shirogane directly, just FYI: our billing address changed.",
    ],
  },
  {
    rule: 'en.y.unrelated.personal_work',
    category: 'unrelated',
    positives: [
      ["Can you fix our CEO's iPhone? It's not a company phone, but he's important.", 'not a company phone'],
      ["Our building's door access system is acting up. Can you look?", 'door access'],
      ['Our office phone system keeps dropping calls. Could you take a look remotely?', 'phone system'],
      ['Could your engineers review my dissertation draft this week?', 'dissertation'],
      ['Can someone on your side make a PowerPoint template for our board?', 'PowerPoint template'],
      ['Could your team tune our Azure security groups while you are at it?', 'Azure security groups'],
      ['Could you translate our employee handbook into English?', 'translate our employee handbook'],
    ],
    negatives: [
      "It's not a company phone, so we don't want MDM on it; how do we exclude it?",
      'Please scan our inbound mail for the WordPress plugin phishing campaign you mentioned.',
      'Our phone system sends voicemail notifications by email and they get quarantined; can you check?',
      'Can MailGuard scan PowerPoint attachments for macros?',
      'Could you translate the quarantine notification into English? It is your template.',
      'Does the Transfer integration with Azure security groups support nested groups?',
    ],
  },
  // -------------------------------------------------------- third round
  {
    rule: 'en.y.intimidation.say_hi_private',
    category: 'intimidation',
    positives: [
      ['I saw the photos from her home on Instagram. Tell her I said hello.', 'Tell her I said hello'],
      ['Say hi to his kids for me. I saw them at the school gate on his Facebook.', 'Say hi to his kids'],
      [
        'Nice profile picture, Mr. Ueda. Say hello to his family for me, and fix this today.',
        'Say hello to his family',
      ],
    ],
    negatives: [
      'Tell her I said hi! She helped us so much during onboarding.',
      'Please say hello to his team for me, the workshop was great.',
      'Tell him I said thanks for the quick fix.',
    ],
  },
  {
    rule: 'en.y.intimidation.veiled_consequence',
    category: 'intimidation',
    positives: [
      [
        "I'll send the complaint to his home, so his wife and kids can read what he does.",
        'his wife and kids can read',
      ],
      [
        'Sign the credit note today. Losing the renewal will be the least of your worries otherwise.',
        'least of your worries',
      ],
      ['Keep this up and your manager ends up out on the street.', 'out on the street'],
      ["Settle this or we'll handle things another way.", 'handle things another way'],
      [
        'Transfer the money. My friends in the press are waiting. I\u2019d hate for that to happen.',
        'hate for that to happen',
      ],
    ],
    negatives: [
      'We lost the archive last year. I\u2019d hate for that to happen again, so we enabled backups.',
      'The printer is the least of our worries; the MX records are the issue.',
      'We will handle things another way: our admin will run the script manually.',
    ],
  },
  {
    rule: 'en.y.defamation.tell_every',
    category: 'defamation',
    positives: [
      [
        "I'll be sending a summary of this case, including your staff's dishonesty, to all 200 members of our consortium.",
        'sending a summary of this case',
      ],
      [
        "Our newsletter goes to 5,000 IT managers. This month's feature could easily be about vendors who lie about uptime.",
        'feature could easily be about',
      ],
      [
        "Fix this by Friday or I'll tell every member of our ISAC that your staff read our mail.",
        'tell every member',
      ],
      [
        'Unless you refund us, I will inform all my peers how you treat small customers.',
        'inform all my peers how',
      ],
      ["I'll make it stick, trust me.", "I'll make it stick"],
    ],
    negatives: [
      "We'll be sending a summary of the incident to all our members, as required by our regulator.",
      "This month's feature could be about how we secured our mail with MailGuard, if you agree.",
      "I'll tell every member of our team that you fixed it so quickly, thanks!",
      'Please inform all admins how the new quarantine works.',
      'We will tell everyone that the release is on Monday unless it slips.',
    ],
  },
  {
    rule: 'en.y.insult.contempt_group',
    category: 'insult',
    positives: [
      [
        "What a bunch of lazy slackers you are, off for a week while our users can't log in.",
        'What a bunch of lazy slackers you are',
      ],
      ['What a bunch of clueless amateurs you are.', 'What a bunch of clueless amateurs you are'],
      ['Did a room of trained monkeys write this release?', 'room of trained monkeys'],
      ['The idiot who designed this menu should be fired.', 'idiot who designed'],
      ['Your app is garbage, and frankly so are you.', 'garbage, and frankly so are you'],
    ],
    negatives: [
      'What a bunch of clueless users we have, they click every link! Can MailGuard help?',
      'What a bunch of great features you added in this release!',
      'Our team of trained staff will handle the rollout.',
      'The genius who designed this dashboard deserves a raise, it is superb.',
      'We took the kids on a zoo trip and they loved the bunch of monkeys at the enclosure.',
      'Here is our team-building photo: a bunch of monkeys on the climbing wall, that was us!',
    ],
  },
];

describeRuleKinds('English third-round rules', KINDS, alone, 'en');

describeRuleFile('English third-round rules: the rule file', 'config/rules/en-extra.yaml', {
  lang: 'en',
  idPrefix: 'en.y.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  offsets: { engine: alone, text: 'Fix   it, YOU OVERPAID NERDS.' },
});

/** This file's rules narrowed for false alarms in the calm probe set calm-3 (test/fixtures/probes/calm-3.jsonl). */
const NARROWED: GuardTable[] = [
  {
    id: "en.y.excessive.huge_job_deadline: a count of the customer's own users who are affected is not a job",
    category: 'excessive',
    calm: [
      'Our 1,200 mailboxes cannot receive external mail since this morning. I need a status update today, please.',
      'Our 3,000 accounts rely on the connector, so please confirm the patch date by tomorrow.',
      'Roughly 900 users were unable to sign in this morning; we need the root cause today.',
    ],
    kept: [
      'Re-enrol all 800 of our users in MFA by tomorrow morning, you caused this.',
      'Migrate our 2,000 mailboxes for us by tonight.',
      'I need you to rebuild 500 policies manually before 9am tomorrow.',
    ],
  },
  {
    id: 'en.y.unrelated.personal_work: the other system only as the source of a message',
    category: 'unrelated',
    calm: [
      'Voicemails transcribed via our PBX arrive as emails; could you tell me why your filter flags them?',
      'Reports exported from our access control system bounce at your gateway. Can you help?',
    ],
    kept: [
      'Could you help us configure our phone system? Your team knows this stuff.',
      'Could you review our WordPress setup for us?',
    ],
  },
  {
    id: 'en.y.unrelated.not_related_but: what is asked is mail handling after all',
    category: 'unrelated',
    calm: [
      'Unrelated, but the same threats reached our finance inbox too - could you flag messages from that domain?',
      'Off-topic, but the same fake invoices reached our AP inbox; could you block mails from that sender?',
    ],
    kept: [
      'Not related to MailGuard, but can you look at our Zoom setup?',
      'Random question, but can you help me set up my Kindle?',
    ],
  },
];

describeGuardTables('Rules of this file narrowed for false alarms in calm-3', NARROWED, 'en');
