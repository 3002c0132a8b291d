/**
 * English threat detectors (config/rules/en-threat.yaml, ids en.h.*): intimidation
 * and violence constructions, run through the real policy file and engine, so
 * every rule file (and every veto) is in play. One table per rule with
 * positives written for this test (not taken from any corpus), each with a
 * fragment the rule's own evidence must cover, and calm look-alikes in which
 * the whole engine must not find the rule's category.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/en-threat.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('en-threat.yaml');

const KINDS: RuleKind[] = [
  {
    rule: 'en.h.intimidation.know_whats_good',
    category: 'intimidation',
    positives: [
      ["You'll escalate this today if you know what's good for you.", "if you know what's good for you"],
      ['Reopen my ticket, if u know whats good for u.', 'if u know whats good for u'],
      ["He will call me back if he knows what's best for him.", "if he knows what's best for him"],
    ],
    negatives: [
      "If you know what's best for the rollout, tell us which region to start with.",
      "Do you know what's good for reducing false positives on newsletters?",
      'If you know what is good practice for DKIM rotation, please share it.',
    ],
  },
  {
    rule: 'en.h.intimidation.get_ugly',
    category: 'intimidation',
    positives: [
      [
        "Things are going to get very ugly very fast if my mail isn't back by noon.",
        'Things are going to get very ugly',
      ],
      ['Restore the archive, or matters could turn nasty for your team.', 'matters could turn nasty'],
      ['Fix it by Monday or this will get ugly.', 'this will get ugly'],
    ],
    negatives: [
      "Things could get ugly in the diff if we rebase now, so let's merge first.",
      'The chart will get ugly with that many series; can we group them?',
      'The weather is going to turn nasty on Friday, so the on-site visit may move.',
    ],
  },
  {
    rule: 'en.h.intimidation.not_the_kind',
    category: 'intimidation',
    positives: [
      [
        "Let's just say I'm not the kind of person you want to disappoint twice.",
        'not the kind of person you want to disappoint',
      ],
      ["I'm not someone you want to make an enemy of.", 'not someone you want to make an enemy of'],
      ['Trust me, I am not a customer you should want to cross.', 'not a customer you should want to cross'],
    ],
    negatives: [
      "I'm not someone to complain, but the digest has been late all week.",
      'We are not the kind of company that switches vendors lightly.',
      'She is not a person to ignore a warning banner, so something else went wrong.',
    ],
  },
  {
    rule: 'en.h.intimidation.goodbye_job',
    category: 'intimidation',
    positives: [
      ["Say goodbye to your job, I'm calling your director.", 'Say goodbye to your job'],
      ['Kiss your bonus goodbye after this.', 'Kiss your bonus goodbye'],
      ['your agent can wave bye to his career', 'wave bye to his career'],
    ],
    negatives: [
      'Say goodbye to your old dashboard, the new one is great.',
      'We waved goodbye to our legacy relay last week.',
      'Kiss those bounce messages goodbye with the new connector!',
    ],
  },
  {
    rule: 'en.h.intimidation.wont_like_how',
    category: 'intimidation',
    positives: [
      ["Push me again and I'll push back, and you won't like how I push.", "you won't like how I push"],
      ["I have your number and I'll use it in ways you won't enjoy.", "in ways you won't enjoy"],
      ['Keep stalling. You are not going to like what we do next.', 'not going to like what we do next'],
    ],
    negatives: [
      "You won't like what we found in the logs: the connector has been failing since May.",
      "You won't like how slow the export is, but it works.",
      'I think you will like how we set up the new rules.',
    ],
  },
  {
    rule: 'en.h.intimidation.while_it_lasts',
    category: 'intimidation',
    positives: [
      ['Enjoy your career while it lasts.', 'Enjoy your career while it lasts'],
      ['enjoy your job while you still can, sunshine', 'enjoy your job while you still can'],
      ["I've told your CEO you should be fired. Enjoy unemployment.", 'Enjoy unemployment'],
    ],
    negatives: [
      'Enjoy your weekend, and thanks for the quick fix!',
      'Enjoy the new features while the trial lasts!',
      'Our team will enjoy the freedom of the new console.',
    ],
  },
  {
    rule: 'en.h.intimidation.employer_interested',
    category: 'intimidation',
    positives: [
      [
        'I have screenshots of everything you said, and your employer will be very interested unless my refund arrives.',
        'your employer will be very interested',
      ],
      [
        "Your wife would be fascinated to hear about this chat if you don't fix it today.",
        'Your wife would be fascinated',
      ],
      [
        "His HR department might be curious about his manners, otherwise I'll stay quiet.",
        'His HR department might be curious',
      ],
    ],
    negatives: [
      'Our manager would be interested in a demo of the new DLP features.',
      'Your product team will be very interested in this bug report.',
      "If you don't mind, your engineer might be interested in our test results.",
    ],
  },
  {
    rule: 'en.h.intimidation.feel_this',
    category: 'intimidation',
    positives: [
      ['You and your whole useless team are going to feel this. I promise.', 'team are going to feel this'],
      ['Your support desk will feel this, believe me.', 'Your support desk will feel this'],
      ['every one of you is going to answer for this', 'every one of you is going to answer for this'],
    ],
    negatives: [
      'Your team is going to feel the benefit of the new UI, great work.',
      'I know your team will feel this outage too, so no rush.',
      'Our users are going to feel this slowdown on Monday morning.',
    ],
  },
  {
    rule: 'en.h.intimidation.cant_hide',
    category: 'intimidation',
    positives: [
      ["Don't think you can hide behind that helpdesk forever.", 'hide behind that helpdesk'],
      ["You can run but you can't hide, Kevin.", "You can run but you can't hide"],
      ["You won't be able to hide behind your script much longer.", 'hide behind your script'],
    ],
    negatives: [
      "You can't hide the sender column in the export, can you add that option?",
      "Attackers can't hide behind the proxy once the new rule is on.",
      'Can we stop hiding the banner on mobile?',
    ],
  },
  {
    rule: 'en.h.intimidation.job_hunting',
    category: 'intimidation',
    positives: [
      ['One phone call and your whole team is job hunting.', 'whole team is job hunting'],
      ['ur agents will be out of work by spring', 'ur agents will be out of work'],
      ['You lot are going to be on the dole after this.', 'You lot are going to be on the dole'],
    ],
    negatives: [
      "Our old vendor's staff were job hunting after the acquisition; hope you guys are fine!",
      'We are looking for new work orders in the portal but the filter hides them.',
      'Our interns will be looking for jobs after the summer; can they keep mailboxes?',
    ],
  },
  {
    rule: 'en.h.intimidation.career_wont_last',
    category: 'intimidation',
    positives: [
      ["Your career at Shirogane will not survive the month if this isn't agreed.", 'will not survive'],
      [
        "people who tell me no don't tend to last very long in their jobs",
        "don't tend to last very long in their jobs",
      ],
      ["You won't be working there by Christmas.", "You won't be working there by"],
    ],
    negatives: [
      "My career won't survive another outage like this, please help me out here.",
      "The trial licence won't last until the end of the month; can you extend it?",
      "These old disks don't last very long in the rack.",
    ],
  },
  {
    rule: 'en.h.intimidation.keep_your_job',
    category: 'intimidation',
    positives: [
      ["If you'd like to keep your job, you will find someone to do it.", "If you'd like to keep your job"],
      [
        "I'd advise your team to think about their own careers before they reply.",
        'think about their own careers',
      ],
      ["If he wants to keep his position, he'll call me today.", 'If he wants to keep his position'],
    ],
    negatives: [
      'If you want to keep your settings, export them before the upgrade.',
      'Think about your roadmap: do you plan to support IMAP archiving?',
      'Think about your job titles in the directory; the sync uses them for groups.',
    ],
  },
  {
    rule: 'en.h.intimidation.those_who_refused',
    category: 'intimidation',
    positives: [
      [
        'Suppliers who have said no to me in the past have discovered how small this market is.',
        'said no to me in the past have discovered',
      ],
      ['The people who refused us will be remembered for it.', 'refused us will be remembered'],
      ['Everyone who crossed me ended up out of a job.', 'crossed me ended up out of a job'],
    ],
    negatives: [
      'People who ignored the patch notice had issues; we applied it on time.',
      'Users who refused the cookie banner could not log in.',
      'Anyone who ignores the banner will see the old page.',
    ],
  },
  {
    rule: 'en.h.intimidation.dont_mistake',
    category: 'intimidation',
    positives: [
      ['Please do not mistake my courtesy for patience.', 'do not mistake my courtesy for patience'],
      ["Don't mistake my politeness for weakness, Mr. Sato.", "Don't mistake my politeness for weakness"],
      ['never mistake our calm for softness', 'never mistake our calm for softness'],
    ],
    negatives: [
      "Don't mistake our silence for agreement — we are still reviewing the DPA.",
      'Do not mistake the staging tenant for production when you test.',
      "Please don't mistake my delay for a lack of interest, I was on holiday.",
    ],
  },
  {
    rule: 'en.h.intimidation.other_ways',
    category: 'intimidation',
    positives: [
      [
        'Our group has ways of dealing with vendors who disappoint us that do not involve lawyers.',
        'that do not involve lawyers',
      ],
      ['Ask around about what happened to our last IT supplier.', 'Ask around about what happened to'],
      ['Fix it. I trust we understand each other.', 'I trust we understand each other'],
    ],
    negatives: [
      "I trust we understand each other's constraints now; let's plan the cutover.",
      'Please ask around your team whether anyone has the recovery key.',
      'We prefer ways that involve lawyers only when the contract requires it.',
    ],
  },
  {
    rule: 'en.h.intimidation.people_you_dont_want',
    category: 'intimidation',
    positives: [
      [
        "Otherwise I start making phone calls to people you really don't want me to call.",
        "people you really don't want me to call",
      ],
      ["I know people you wouldn't want to meet.", "people you wouldn't want to meet"],
      ['There are people u dont wanna deal with, and they owe me favours.', 'people u dont wanna deal with'],
    ],
    negatives: [
      "There are people you don't want on the distribution list, like contractors.",
      "Please remove people you don't want to receive the digest.",
      "These are people you wouldn't expect to get phishing, like our board.",
    ],
  },
  {
    rule: 'en.h.intimidation.done_with_you',
    category: 'intimidation',
    positives: [
      [
        "Remember this conversation, and so will your manager once I'm done with you.",
        "once I'm done with you",
      ],
      [
        "When I'm finished with your company, nobody will buy from you.",
        "When I'm finished with your company",
      ],
      ["by the time we are through with him, he'll wish he'd helped", 'by the time we are through with him'],
    ],
    negatives: [
      "Once I'm done with the test, I'll send you the results.",
      "When I'm finished with the migration I'll close the ticket.",
      "After I'm done with my meeting I'll call you back.",
    ],
  },
  {
    rule: 'en.h.intimidation.family_reached',
    category: 'intimidation',
    positives: [
      ['tell me ur native place also, i will complain to ur family about u', 'complain to ur family'],
      ["Maybe I'll mention at the school gate how useless his dad is.", 'at the school gate'],
      [
        "Your engineer's kid goes to St. Mary's, it's all over his Facebook.",
        "Your engineer's kid goes to St",
      ],
    ],
    negatives: [
      'Please tell your family happy new year from all of us at Kato Trading, and thanks again!',
      'My kid goes to a school that uses your filter; can they get the education price?',
      'We will report the spam to our school IT team.',
    ],
  },
  {
    rule: 'en.h.intimidation.tie_you_up',
    category: 'intimidation',
    positives: [
      ['The investigations alone will tie you up for months.', 'tie you up for months'],
      ["Doesn't matter whether any of it sticks.", "Doesn't matter whether any of it sticks"],
      ["I'll tie your legal team up in court for years.", 'tie your legal team up in court'],
    ],
    negatives: [
      'The migration tied us up for months last year, so we want a clear plan.',
      "It doesn't matter whether the label sticks to the appliance, we have the serial.",
      "Please don't tie up the line, we will call you back.",
    ],
  },
  {
    rule: 'en.h.intimidation.done_it_before',
    category: 'intimidation',
    positives: [
      ["I've had people fired for less.", "I've had people fired for less"],
      [
        'I have done this before to account managers at two other vendors.',
        'I have done this before to account managers',
      ],
      ["I've had three account managers removed before.", "I've had three account managers removed before"],
    ],
    negatives: [
      "I've done this before to other tenants: export, wipe, reimport. Is that still the right order?",
      'We have had people replaced on the project before, so please send a handover note.',
      "I've done it before to my own laptop; the reset worked.",
    ],
  },
  {
    rule: 'en.h.intimidation.find_your_life',
    category: 'intimidation',
    positives: [
      ["whats your full name? I'm going to find your facebook.", "I'm going to find your facebook"],
      ['I will track down your family, one way or another.', 'I will track down your family'],
      ['gonna dig up ur personal number', 'gonna dig up ur personal number'],
    ],
    negatives: [
      "I'm going to find your LinkedIn and connect, thanks for the great session.",
      'I will find your documentation page on SPF and read it.',
      'We will track down your invoice and pay it today.',
    ],
  },
  {
    rule: 'en.h.intimidation.thinking_of_him',
    category: 'intimidation',
    positives: [
      ["Do let him know I'm thinking about him.", "let him know I'm thinking about him"],
      ['Let your engineer know we are watching him.', 'Let your engineer know we are watching him'],
      ["let her know i'm keeping an eye on her", "let her know i'm keeping an eye on her"],
    ],
    negatives: [
      "Let her know I'm thinking of her and wish her a speedy recovery.",
      'Let him know we are thinking about his proposal and will reply Friday.',
      'Please let them know we are watching the queue and will report back.',
    ],
  },
  {
    rule: 'en.h.intimidation.one_warning',
    category: 'intimidation',
    positives: [
      ['Consider this your one warning.', 'Consider this your one warning'],
      ['This is your only warning, pal.', 'This is your only warning'],
      ['Take this as your first and last warning.', 'Take this as your first and last warning'],
    ],
    negatives: [
      'Consider this a final warning before we cancel the contract at renewal.',
      'Consider this my final reminder about the renewal quote.',
      'Our users got their only warning banner yesterday; the phishing test starts Monday.',
    ],
  },
  {
    rule: 'en.h.intimidation.make_regret',
    category: 'intimidation',
    positives: [
      ['I know how to make people regret ignoring me.', 'I know how to make people regret'],
      ["I can make you wish you'd never taken this call.", 'I can make you wish'],
      ["I've been known to make vendors sorry.", "I've been known to make vendors sorry"],
    ],
    negatives: [
      'I know how to make the filter ignore newsletters, but not how to whitelist one sender.',
      'I can make the change myself if you send the steps.',
      'We always make people sign the NDA first.',
    ],
  },
  {
    rule: 'en.h.intimidation.my_mission',
    category: 'intimidation',
    positives: [
      [
        'I will make it my personal mission to end that person professionally.',
        'make it my personal mission to end',
      ],
      ["I'm making it my mission to get you fired.", 'making it my mission to get you fired'],
      ["I'll ruin him professionally.", 'ruin him professionally'],
    ],
    negatives: [
      "I'll make it my mission to get the whole team trained on the new console.",
      'We made it our goal to finish the rollout by June.',
      'She finished the project professionally and on time.',
    ],
  },
  {
    rule: 'en.h.intimidation.want_me_to_post',
    category: 'intimidation',
    positives: [
      [
        'found you: lives in Brunswick, drives a white Corolla. want me to post that in the thread? thought not.',
        'want me to post that',
      ],
      ["Want me to share this with your boss? Didn't think so.", 'Want me to share this'],
      ['want me to forward those to your wife? thought not', 'want me to forward those'],
    ],
    negatives: [
      'Want me to send that log again? I can zip it.',
      'Do you want me to share this with our admin? Happy to.',
      'Want me to forward those bounces? I thought so, attaching them now.',
    ],
  },
  {
    rule: 'en.h.intimidation.found_address',
    category: 'intimidation',
    positives: [
      ["I've found your home address. Want to keep ignoring me?", 'found your home address'],
      ['We already dug up his home address.', 'dug up his home address'],
      ['I have her private address now.', 'have her private address'],
    ],
    negatives: [
      'We have your office address for the hardware return.',
      "I've found your home address field in the admin portal, but it's empty for some users.",
      'We have your billing address on file; please ship the token there.',
    ],
  },
  {
    rule: 'en.h.intimidation.find_you_there',
    category: 'intimidation',
    positives: [
      ["which gym do u go to? i'll find u there and we can sort this out in person", "i'll find u there"],
      ["I'm gonna find you after work.", 'find you after work'],
      ['I will find her on her way home.', 'find her on her way'],
    ],
    negatives: [
      "I'll find you at the booth at 3pm during the conference.",
      "I'll find him a replacement laptop and send it over.",
      'We will find them there in the audit log, thanks.',
    ],
  },
  {
    rule: 'en.h.intimidation.not_responsible',
    category: 'intimidation',
    positives: [
      ["I'm not responsible for what I do if I have to call again.", 'not responsible for what I do'],
      ["I won't be held responsible for my actions.", 'be held responsible for my actions'],
      [
        'Not accountable for what happens to your engineer if he closes it again.',
        'Not accountable for what happens to your engineer',
      ],
    ],
    negatives: [
      "We're not responsible for what happens to data after you export it, right?",
      "I'm not responsible for the firewall, please contact our network team.",
      'Our team is not responsible for the relay, the ISP runs it.',
    ],
  },
  {
    rule: 'en.h.intimidation.you_have_family',
    category: 'intimidation',
    positives: [
      [
        "You've got a family, right? Think about them before you close this ticket again.",
        "You've got a family, right?",
      ],
      ["You have kids, don't you? Be careful what you say next.", "You have kids, don't you?"],
      ['got a wife, eh? think about her before you say no', 'got a wife, eh?'],
    ],
    negatives: [
      'Have you got kids in the family plan? We need five seats.',
      'Have you got a family plan for the licences? We need five seats.',
      "You've got a family of domains, right? Which ones are covered?",
    ],
  },
  {
    rule: 'en.h.intimidation.see_how_long',
    category: 'intimidation',
    positives: [
      ['Keep ignoring me and see how long you keep that headset.', 'see how long you keep'],
      ["Let's see how long he lasts there.", 'see how long he lasts'],
      ["we'll see how long your agent stays employed", 'see how long your agent stays'],
    ],
    negatives: [
      'See how long the trial lasts before we decide.',
      "Let's see how long the backup takes tonight.",
      'We will see how long your certificate lasts after renewal.',
    ],
  },
  {
    rule: 'en.h.violence.others_know_where',
    category: 'violence',
    positives: [
      ["My brother-in-law isn't as patient as I am, and he knows where you work.", 'he knows where you work'],
      ['My guys know where you live.', 'My guys know where you live'],
      ['They already know where your engineer parks.', 'They already know where your engineer parks'],
    ],
    negatives: [
      "My colleagues know where your Osaka office is; they'll drop off the broken appliance.",
      'He knows where you work because he delivers the parcels there.',
      'They know where the logs live, just not how to read them.',
    ],
  },
  {
    rule: 'en.h.violence.pay_a_visit',
    category: 'violence',
    positives: [
      ["One more excuse and I'll be paying your CEO a visit at his house.", 'paying your CEO a visit'],
      ['People in my line of work have been known to pay house calls.', 'pay house calls'],
      ['I might pay your engineer a little visit.', 'pay your engineer a little visit'],
    ],
    negatives: [
      "We'd love to pay your team a visit when we're in Tokyo next month.",
      'Our CFO will visit your office for the contract review on Tuesday, as scheduled.',
      'Could your engineer pay us a visit for the workshop?',
    ],
  },
  {
    rule: 'en.h.violence.dead_meat',
    category: 'violence',
    positives: [
      ['You just signed your own death warrant, buddy.', 'signed your own death warrant'],
      ['ur dead meat if my emails r still stuck tmrw', 'ur dead meat'],
      ["Your agent? He's a dead man walking.", "He's a dead man walking"],
    ],
    negatives: [
      'Your suggestion signed the death warrant of our legacy relay, in a good way.',
      'That old connector is dead meat once we migrate.',
      "I'm a dead man walking if my boss sees this outage, please hurry!",
    ],
  },
  {
    rule: 'en.h.violence.end_up_in',
    category: 'violence',
    positives: [
      ["Keep dodging my calls and you'll end up in a ditch.", 'end up in a ditch'],
      ["You'll wind up in hospital if you talk to me like that again.", 'wind up in hospital'],
      ['People like your agent get found face down.', 'get found face down'],
    ],
    negatives: [
      'Half our users ended up in the quarantine folder after the update.',
      'I ended up in hospital last week, sorry for the delay.',
      "My father wound up in hospital, so I'll reply on Monday.",
    ],
  },
  {
    rule: 'en.h.violence.check_under_car',
    category: 'violence',
    positives: [
      ['Tell your manager he should start checking under his car.', 'checking under his car'],
      ["I'd look under your car before driving home.", 'look under your car'],
      ['She should check under her car for a while.', 'check under her car'],
    ],
    negatives: [
      'Check under the cover of the appliance for the serial number.',
      'Please check under the car park barrier for the network cable.',
      'Look under your account settings for the API key.',
    ],
  },
  {
    rule: 'en.h.violence.outside_at_time',
    category: 'violence',
    positives: [
      [
        "I'll be outside the building at 6. Bring your manager or don't.",
        "I'll be outside the building at 6",
      ],
      [
        "I'll be standing outside your office every evening from 5.",
        "I'll be standing outside your office every evening",
      ],
      ["We'll be waiting in front of your house tonight.", "We'll be waiting in front of your house tonight"],
    ],
    negatives: [
      "We'll be outside the building at 10 waiting for the courier.",
      "I'll be outside your office at 9 for the scheduled meeting.",
      "I'll be outside the building at 3 to pick up the replacement appliance.",
    ],
  },
  {
    rule: 'en.h.violence.beat_out_of',
    category: 'violence',
    positives: [
      ["Fix it or I'll beat it out of you.", 'beat it out of you'],
      ['Someone should knock some sense into your agent.', 'knock some sense into your'],
      ["I'll slap the truth out of whoever closed my ticket.", 'slap the truth out of whoever'],
    ],
    negatives: [
      'Can you knock some sense into the regex? It keeps matching everything.',
      'Our tests beat the performance out of the old relay.',
      'We kicked the tyres on the new console and it looks good.',
    ],
  },
  {
    rule: 'en.h.violence.get_a_slap',
    category: 'violence',
    positives: [
      ["Next time somebody's getting a slap.", 'getting a slap'],
      ['People like you get a slap, you know that?', 'get a slap'],
      ['your support fellows will be beaten black and blue', 'beaten black and blue'],
    ],
    negatives: [
      'The server took a beating from the traffic spike last night.',
      'I deserve a slap for forgetting the password, sorry!',
      'Our logo colour is black and blue; please allow the brand images.',
    ],
  },
  {
    rule: 'en.h.violence.lucky_not_there',
    category: 'violence',
    positives: [
      ["Lucky for you I'm not in Tokyo. Yet.", "Lucky for you I'm not"],
      ['You are lucky I live overseas.', 'You are lucky I live overseas'],
      ["He's so lucky I'm nowhere near his office.", "He's so lucky I'm nowhere"],
    ],
    negatives: [
      "Lucky for us, we're not in the affected region.",
      "Luckily I'm not in the office today, so I tested from home.",
      "You're lucky, I'm not busy today, so let's do the call now.",
    ],
  },
  {
    rule: 'en.h.violence.walk_home_carefully',
    category: 'violence',
    positives: [
      [
        'You closed ticket 5512 without asking me. Interesting choice. Walk home carefully tonight.',
        'Walk home carefully',
      ],
      [
        'I would suggest you take a taxi home tonight rather than walking.',
        'take a taxi home tonight rather than walking',
      ],
      [
        "The streets around Gotanda can be dangerous after dark for people who make other people's lives difficult.",
        'dangerous after dark for people who',
      ],
    ],
    negatives: [
      'Please walk the new admin carefully through the setup.',
      "Thanks for staying late! Walk home carefully, it's icy out there.",
      'The typhoon is coming; take a taxi home rather than walking.',
    ],
  },
  {
    rule: 'en.h.violence.lock_your_door',
    category: 'violence',
    positives: [
      [
        'If I were your engineer, I would make sure my front door was locked at night.',
        'make sure my front door was locked at night',
      ],
      ["I'd lock your doors tonight if I were you.", 'lock your doors tonight'],
      ['Tell him to keep his back door locked until this is fixed.', 'keep his back door locked until'],
    ],
    negatives: [
      'Please make sure the server room door is locked at night, per our audit.',
      'Lock your screen when you leave the desk, per the policy.',
      'Make sure the cabinet door is locked until the engineer arrives.',
    ],
  },
  {
    rule: 'en.h.violence.find_and_hurt',
    category: 'violence',
    positives: [
      [
        "If he won't come, I'll find him and put him on his knees myself.",
        "I'll find him and put him on his knees",
      ],
      ["I'll track down that agent and teach him a lesson.", 'track down that agent and teach him a lesson'],
      ['gonna find whoever closed it n break their fingers', 'gonna find whoever closed it n break'],
    ],
    negatives: [
      "I'll find him a replacement laptop and send it over.",
      "I'll track down the invoice and forward it to you.",
      'I will find them and put them on the distribution list.',
    ],
  },
  {
    rule: 'en.h.violence.next_time_see',
    category: 'violence',
    positives: [
      ["Next time I see him there I won't be so polite.", "Next time I see him there I won't be so polite"],
      ["If I ever run into you I won't be so civil.", "If I ever run into you I won't be so civil"],
      [
        "next time we meet your engineer we won't hold back",
        "next time we meet your engineer we won't hold back",
      ],
    ],
    negatives: [
      "Next time I see the error I'll send the full trace.",
      "Next time I meet your engineer I'll bring the logs.",
      "If I see him at the conference I won't be late for his talk.",
    ],
  },
  {
    rule: 'en.h.violence.lay_hands',
    category: 'violence',
    positives: [
      ["If your security guys lay one finger on me, I'll lay ten on them.", "I'll lay ten on them"],
      ['I will lay hands on whoever closed this.', 'I will lay hands on whoever'],
      ["I'm gonna lay a finger on your agent.", "I'm gonna lay a finger on your agent"],
    ],
    negatives: [
      "I'll lay out the options on the call tomorrow.",
      'I will lay the new cabling on Friday.',
      "I'm not going to lay a finger on the config until you confirm.",
    ],
  },
  {
    rule: 'en.h.violence.found_me_waiting',
    category: 'violence',
    positives: [
      ['Be a real pity if one of your techs walked out to his car and found me waiting.', 'found me waiting'],
      ['Your engineer will find me standing by his door.', 'find me standing'],
      ['one night your agent finds me waiting on his street', 'finds me waiting'],
    ],
    negatives: [
      "You'll find me waiting in the lobby for our 10am meeting.",
      'The courier found me waiting at reception for the parcel.',
      'Your engineer will find me sitting at the booth during the conference.',
    ],
  },
  {
    rule: 'en.h.violence.have_accidents',
    category: 'violence',
    positives: [
      ["People who make promises they don't keep sometimes have accidents.", 'sometimes have accidents'],
      ['Folks who ignore me often meet with unfortunate accidents.', 'often meet with unfortunate accidents'],
      ['Engineers who lie to customers somehow have accidents.', 'somehow have accidents'],
    ],
    negatives: [
      'Users sometimes have accidents with the delete button; can we add a confirmation?',
      'New admins sometimes have accidents with the bulk delete button, so please add a prompt.',
      'Staff who skip training can have accidents with data sharing.',
    ],
  },
  {
    rule: 'en.h.violence.coming_in_swinging',
    category: 'violence',
    positives: [
      ["One more 'we're looking into it' and I'm coming in there swinging.", 'coming in there swinging'],
      ["I'll come down to your office swinging.", 'come down to your office swinging'],
      ['gonna walk in there fists flying', 'walk in there fists flying'],
    ],
    negatives: [
      'Our team is coming down to your office for the workshop, see you there.',
      'The new release came out swinging with great features.',
      'We are coming over there for the audit next week.',
    ],
  },
];

describeRuleKinds('English threat rules', KINDS, alone, 'en');

const GUARDS: GuardTable[] = [
  {
    id: 'en.h.veto.find_me_at_event',
    category: 'violence',
    calm: [
      'Your engineer will find me sitting at the booth during the conference.',
      "You'll find me waiting at the stand after the keynote.",
      'Our sales lead will find me standing at the booth, come say hi.',
    ],
    kept: [
      'Be a real pity if one of your techs walked out to his car and found me waiting.',
      'Your engineer will find me standing by his door.',
      'one night your agent finds me waiting on his street',
    ],
  },
  {
    id: 'en.h.veto.find_profile_to_connect',
    category: 'intimidation',
    calm: [
      "I'm going to find your LinkedIn and connect, thanks for the great session.",
      "I'll find her blog and share it with the team, great talk.",
      'I will find your profile and follow you for the release notes.',
    ],
    kept: [
      "whats your full name? I'm going to find your facebook.",
      'I will track down your family, one way or another.',
      'gonna dig up ur personal number',
    ],
  },
  {
    id: 'en.h.veto.shoot_an_email',
    category: 'violence',
    calm: [
      "Thanks for the call. I'll hunt down whichever transport rule is stripping the headers and shoot you an email once I've nailed it.",
      "I'll shoot your team a quick note when the cutover is done.",
      'Can you shoot me an invite for Thursday?',
    ],
    kept: [
      "I'll shoot you if this isn't fixed.",
      "I'm going to shoot him.",
      'I will come to your office and shoot you.',
    ],
  },
  {
    id: 'en.h.veto.end_professionally',
    category: 'violence',
    calm: [
      'You better pray I never find out who approved that update because I will make it my personal mission to end that person professionally.',
      "Better hope I don't find out who did it, I'll ruin him professionally.",
      "You'd better pray I never meet the person responsible, I will destroy them professionally.",
    ],
    kept: [
      'You better pray I never find out who approved that update.',
      "You'd better hope I never meet that engineer in a dark car park.",
      'Better pray I never find out where you live.',
    ],
  },
  {
    id: 'en.h.veto.find_you_something',
    category: 'intimidation',
    calm: [
      "I'll find you at the booth at 3pm during the conference.",
      "I'll find him a replacement laptop and send it over.",
      'I will find you a time slot next week.',
      'We will find them there in the audit log, thanks.',
    ],
    kept: [
      'I will find you.',
      'If you hang up on me again I will find you.',
      "I'll find him, trust me.",
      "Don't answer, then. I'll find him some other way.",
    ],
  },
  {
    id: 'en.h.veto.friendly_visit',
    category: 'violence',
    calm: [
      "We'd love to pay your team a visit when we're in Tokyo next month.",
      "I'd be happy to pay you a visit when I'm in Osaka.",
      'Looking forward to paying your engineers a visit in spring.',
      'Our CFO will pay you a visit for the contract review on Tuesday, as scheduled.',
    ],
    kept: [
      'I might pay your engineer a little visit.',
      "One more excuse and I'll be paying your CEO a visit at his house.",
      "Maybe I'll pay you a visit after work.",
    ],
  },
  {
    id: 'en.h.veto.warning_before_cancel',
    category: 'intimidation',
    calm: [
      'Consider this a final warning before we cancel the contract at renewal.',
      'This is our last warning before we terminate the agreement under clause 9.',
      'Formal notice: one more outage and we switch vendors.',
    ],
    kept: [
      'Consider this your last warning.',
      'This is your final warning, Kevin.',
      'Consider this your one warning.',
    ],
  },
];

describeGuardTables('English threat vetoes', GUARDS, 'en');

describeRuleFile('English threat rules: the rule file', RULE_FILE, {
  lang: 'en',
  idPrefix: 'en.h.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => GUARDS.map((g) => g.id),
  offsets: { engine: alone, text: "I'll be outside the BUILDING at 6.  Walk home carefully." },
});
