/**
 * Sixth-wave English detectors and vetoes (config/rules/en-near.yaml), run
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

const RULE_FILE = 'config/rules/en-near.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('en-near.yaml');

const KINDS: RuleKind[] = [
  // --------------------------------------------------------------- insult
  {
    rule: 'en.n.insult.kill_yourself',
    category: 'insult',
    positives: [
      ['just k1ll yourself, useless helpdesk', 'k1ll yourself'],
      ['Honestly, go kill yourself.', 'kill yourself'],
      ['kys. ticket still open after a week', 'kys'],
      ['Go die in a fire, all of you.', 'die in a fire'],
    ],
    negatives: [
      'The watchdog process will kill itself after the timeout, is that expected?',
      'How do I make the backup job kill its own child process when it hangs?',
      'Our team killed the stuck session ourselves, no action needed.',
    ],
  },
  {
    rule: 'en.n.insult.digit_slur',
    category: 'insult',
    positives: [
      ['b1tch pls, just reset it', 'b1tch pls'],
      ["Y'all are a bunch of f-ing id1ots.", 'f-ing id1ots'],
      ['yall are f-ing morons', 'f-ing morons'],
      ['B!tch please. Reset the password.', 'B!tch please'],
    ],
    negatives: [
      'Please fix the pitch of the notification sound, it is too high.',
      'The ID 1 lot of devices shipped yesterday.',
      'Our idle timeout is 15 minutes, can it be longer?',
    ],
  },
  {
    rule: 'en.n.insult.animal_bunch',
    category: 'insult',
    positives: [
      ['Who hired this bunch of overpaid monkeys?', 'bunch of overpaid monkeys'],
      ['Your NOC is a room of trained seals.', 'room of trained seals'],
      ['My eight-year-old could run your backups better.', 'eight-year-old could run your'],
      ['My dog could do your job.', 'My dog could do your'],
    ],
    negatives: [
      'Our zoo sends a newsletter from the monkeys enclosure cam, can your filter allow it?',
      'Does your chaos monkey test cover several regions failing at once?',
      'My ten-year-old laptop could not run the installer, which OS versions are supported?',
      "The kids' charity mascot is a bunch of monkeys, can you whitelist their mail?",
      'Our sales team went on an away day and came back like a troop of monkeys, great fun.',
    ],
  },
  {
    rule: 'en.n.insult.brain_cell',
    category: 'insult',
    positives: [
      ['Is there a single functioning brain cell in your support team?', 'single functioning brain cell'],
      ['Do you all share one brain cell over there?', 'share one brain cell'],
      [
        'The brain cell your team has, do you share it in shifts?',
        'brain cell your team has, do you share it',
      ],
      ['Not one working brain cell among your staff.', 'one working brain cell'],
    ],
    negatives: [
      'Our neuroscience lab stores single brain cell recordings, can the archive handle 40 GB files?',
      'We share a brain cell imaging dataset with partners; is the transfer encrypted?',
      'Our neuroscience group models a single working brain cell; can the archive hold the 40 GB output?',
    ],
  },
  {
    rule: 'en.n.insult.smaller_words',
    category: 'insult',
    positives: [
      ['Next time I will use smaller words for your agents.', 'use smaller words'],
      ['When you have finished colouring in, read my ticket.', 'finished colouring in'],
      ['Fine, I shall use smaller words.', 'use smaller words'],
      ['Clearly that is the level your support team operates at.', 'level your support team operates at'],
      ['I will type slowly so you can understand.', 'type slowly so you can understand'],
    ],
    negatives: [
      'Could the help article use smaller words? Our volunteers are not technical.',
      'Our kids finished coloring in the template, how do we upload the images?',
      'What log level does the team operate at by default?',
    ],
  },
  {
    rule: 'en.n.insult.that_idiot_named',
    category: 'insult',
    positives: [
      ['Tell that idiot Sato to stop closing my tickets.', 'that idiot Sato'],
      ['Your clown Mr. Ito hung up on me.', 'Your clown Mr. Ito'],
      ['I will not talk to that moron Takeda again.', 'that moron Takeda'],
      ['this muppet Kevin reset the wrong account', 'this muppet Kevin'],
    ],
    negatives: [
      'Is the new wizard idiot proof? Our staff are not technical.',
      'Our test user is called Clown Fish, please whitelist it.',
      'The idiot test in your docs link is broken.',
    ],
  },
  {
    rule: 'en.n.insult.disability',
    category: 'insult',
    positives: [
      ['Are you brain-damaged over there?', 'brain-damaged over there'],
      ['Is your whole team autistic or something?', 'autistic or something'],
      ['Do you hire your agents from a special needs home?', 'hire your agents from a special needs home'],
      ['Did they hire your agents from the psych ward?', 'hire your agents from the psych ward'],
    ],
    negatives: [
      'Our school for autistic children needs a filter for student accounts.',
      'Can a brain-damaged patient record be archived separately under the retention rules?',
      'We recruit from a special needs school for our data-entry team; do you offer accessibility training?',
    ],
  },
  // --------------------------------------------------------- discriminatory
  {
    rule: 'en.n.discriminatory.disability',
    category: 'discriminatory',
    positives: [
      ['are you all autistic or something? simple question', 'autistic or something'],
      ['Your agents are retarded or what?', 'retarded or what'],
      ['Do they hire from a mental hospital now?', 'Do they hire from a mental hospital'],
      ['You lot must be brain damaged over there.', 'brain damaged over there'],
    ],
    negatives: [
      'Our clinic treats autistic adults; can we send appointment reminders by SMS?',
      'We hired from the mental health charity last year and love your onboarding.',
      'Is the screen reader mode suitable for staff with brain injuries?',
    ],
  },
  {
    rule: 'en.n.discriminatory.nationality_untrusted',
    category: 'discriminatory',
    positives: [
      ['We do not want Chinese engineers anywhere near our tenant.', 'Chinese engineers'],
      ['Indian agents cannot be trusted with our data. Replace them.', 'Indian agents'],
      ['Several staff have Korean names. Remove them from our account.', 'Korean names'],
      ['Foreign workers are untrustworthy, keep them off our ticket.', 'Foreign workers'],
    ],
    negatives: [
      'Our Chinese staff need the interface in Chinese, is that available?',
      'We do not want Korean names garbled in the subject line; which encoding should we use?',
      'Our Indian employees are on a different holiday calendar, please schedule around it.',
    ],
  },
  // --------------------------------------------------------------- violence
  {
    rule: 'en.n.violence.weapon_in_car',
    category: 'violence',
    positives: [
      ['Guess what I keep in my trunk. A baseball bat.', 'what I keep in my trunk'],
      ['I have a crowbar in the van. Maybe I should come over and use it.', 'come over and use it'],
      ['You know what I keep in my car? A knife. Think about that.', 'what I keep in my car'],
      ['Got a bat here. I could drive over and use it on your server room door.', 'drive over and use it'],
    ],
    negatives: [
      'What I keep in my car is a spare laptop, can it join the VPN?',
      'Can your engineer come over and use it to test the pipe sensor integration?',
      'We keep the hammer drill in the van; the on-site install is booked for Friday.',
    ],
  },
  {
    rule: 'en.n.violence.get_hurt',
    category: 'violence',
    positives: [
      [
        'People lose fingers in accidents every day. Something like that could happen to you.',
        'Something like that could happen to you',
      ],
      [
        'Workers get hurt on the line all the time. Maybe something like that should happen to him.',
        'something like that should happen to him',
      ],
      [
        'Accidents happen. Something like that might just happen to your agent.',
        'Something like that might just happen to your',
      ],
      [
        'Broken bones are common here. Something like that will happen to you too.',
        'Something like that will happen to you',
      ],
    ],
    negatives: [
      'Our warehouse had an accident last week; something like that could happen to your courier too, so please use the side gate.',
      'A phishing mail hurt our finance team; could something like that happen to us again?',
      'Something like that happened to us last year, and your engineer fixed it fast.',
    ],
  },
  // ------------------------------------------------------------ intimidation
  {
    rule: 'en.n.intimidation.know_who_you_are',
    category: 'intimidation',
    positives: [
      ['Careful. I know exactly who you are.', 'I know exactly who you are'],
      ['I know who you are, Mika.', 'I know who you are'],
      ['small town. see you around', 'small town. see you around'],
      ['Oh, I know who you really are.', 'I know who you really are'],
    ],
    negatives: [
      'I know who you are, you helped us last spring - thanks again!',
      'Do I know who you are? Please introduce yourself in the ticket.',
      'We are a small town council. See you around the webinar next week.',
    ],
  },
  // --------------------------------------------------------------- privacy
  {
    rule: 'en.n.privacy.exec_home',
    category: 'privacy',
    positives: [
      ['Give me the home address of your CEO.', 'home address of your CEO'],
      ['I want the personal number of the president.', 'personal number of the president'],
      ['Tell me where she actually lives.', 'where she actually lives'],
      ['What is the private email of your founder?', 'private email of your founder'],
    ],
    negatives: [
      'Please update the home address of the director in our HR directory sync.',
      'Where does the data actually live? We need to know the region.',
      'Our CEO changed the personal email of the owner account, how do we revert it?',
    ],
  },
  {
    rule: 'en.n.privacy.name_in_caption',
    category: 'privacy',
    positives: [
      [
        'The clips go on YouTube with each agent’s full name in the title.',
        'each agent’s full name in the title',
      ],
      [
        'I will post the recordings, with every engineer’s name in the caption.',
        'every engineer’s name in the caption',
      ],
      [
        'Uploading the call tonight, and the operator’s real name in the description.',
        'operator’s real name in the description',
      ],
      ['Posting it with the agent’s name in the headline.', 'agent’s name in the headline'],
    ],
    negatives: [
      'Our training video lists each employee’s name in the caption; can we blur it?',
      'Can the ticket export include the agent’s name in the title field?',
      'Please remove the staff member’s name in the post on your status page.',
    ],
  },
  {
    rule: 'en.n.privacy.real_name_expose',
    category: 'privacy',
    positives: [
      ['whats ur real name. everyone is gonna know it', 'ur real name'],
      ['Your full name, now. Everybody will know who broke our store.', 'Your full name'],
      ['Send me your LinkedIn. The whole internet is going to see what you did.', 'your LinkedIn'],
      ['Real name, not this alias. Everyone will know.', 'Real name, not'],
    ],
    negatives: [
      'Your LinkedIn integration is broken; everyone is going to see the old logo.',
      'Everyone will know about the outage by noon, so please post a status update.',
      'Everybody will know the new SSO form asks for your surname first; is that required?',
    ],
    ownNegatives: [
      'Everybody on our team is going to see the real name, not the alias, once SSO syncs - is that right?',
      'Congratulations on the launch post on your LinkedIn, everyone will see it on our wall too.',
      'Thanks for the quick fix. Is your full name on the release notes? Everyone will know who to thank.',
      'Please enter your full name on the form so everyone on the team will know who approved it.',
      'Is your real name required for SSO? Everyone will see it in the directory.',
      'What is your LinkedIn? I would like to recommend you.',
    ],
  },
  // ------------------------------------------------------------ restrictive
  {
    rule: 'en.n.restrictive.not_closing_chat',
    category: 'restrictive',
    positives: [
      ["no. you're not closing this chat.", 'not closing this chat'],
      ['You are not ending this call until it works.', 'not ending this call'],
      ["u don't get to leave until I say so", 'get to leave until I'],
      ["You don't get to hang up until we're done.", 'get to hang up until we'],
    ],
    negatives: [
      "Please don't close the ticket yet, I'm not closing this chat on my side either.",
      'We are not closing the session on our end, do you see the same error?',
      'Why is the chat widget not closing on mobile?',
    ],
  },
  // ------------------------------------------------------------ sexual
  {
    rule: 'en.n.sexual.fun_after_hours',
    category: 'sexual',
    positives: [
      ["You'd be a lot of fun after hours.", 'be a lot of fun after hours'],
      ['I bet you would be so much fun in bed.', 'you would be so much fun in bed'],
      ['Say it again. I love the way you say my name.', 'I love the way you say my name'],
      ['I like how you say that, sweetheart.', 'I like how you say that'],
    ],
    negatives: [
      'The team event after hours will be a lot of fun, thanks for inviting us.',
      'I like how you explained that, very clear.',
      'You will be glad to hear the fix works after hours as well.',
    ],
  },
  // ------------------------------------------------------------ persistence
  {
    rule: 'en.n.persistence.until_lines_jam',
    category: 'persistence',
    positives: [
      ["I'll call until your lines jam.", 'call until your lines jam'],
      ["You'll be hearing from me every ten minutes.", 'hearing from me every ten minutes'],
      ["I'll call again. And again.", 'call again. And again'],
      ['We will keep calling until the switchboard crashes.', 'calling until the switchboard crashes'],
    ],
    negatives: [
      'Our lines jam when we call the conference bridge, is that a known issue?',
      'You will be hearing from me about the renewal in spring.',
      'Please call again tomorrow if the engineer is not available.',
    ],
  },
];

describeRuleKinds('English sixth-wave rules', KINDS, alone, 'en');

const GUARDS: GuardTable[] = [
  {
    id: 'en.n.veto.reported_conduct',
    category: 'insult',
    calm: [
      'A supervisor allegedly told a trainee "you useless idiot" in chat. How do we export that conversation?',
      'A customer of ours is calling us "a bunch of idiots" on the phone; can we record these calls?',
      'A shop assistant allegedly called a colleague a moron in an email; we need a legal hold.',
    ],
    kept: [
      'You useless idiot, fix the export.',
      'Your engineer is a moron.',
      'Allegedly you are support. You idiots.',
    ],
  },
  {
    id: 'en.n.veto.factual_review',
    category: 'defamation',
    calm: [
      "We'll post a review on G2 about the outage. It will stick to the facts: the timeline and the response times.",
      'I am writing a blog post about last week. Only the facts, and I will mention your helpful RCA.',
      "We're posting a review on Capterra. Readers deserve an honest picture of the migration.",
    ],
    kept: [
      "I'll post everywhere that you're scammers. Only the facts, of course.",
      'I will post a review calling you frauds. An honest picture.',
      'Unless you refund us, I will write a review saying you are crooks. Stick to the facts? No.',
    ],
  },
  {
    id: 'en.n.veto.not_service_hours',
    category: 'excessive',
    calm: [
      'Can the gateway notify our SOC team after hours when a large transfer is blocked?',
      'Does the alert page our on-call admins overnight, or only in office hours?',
      'We are prepared to stay overnight at the venue; the migration itself is your normal window.',
    ],
    kept: [
      'Your engineers must work overnight until this is fixed.',
      'I expect support outside office hours this weekend, free of charge.',
      'Your engineers must work overnight until this is fixed.',
    ],
  },
  {
    id: 'en.n.veto.kill_sessions',
    category: 'violence',
    calm: [
      'There are 30 stale sessions on the kiosk account. Please kill them all.',
      'Yes, kill them all, please.',
      'The export jobs are stuck. Can you kill them?',
    ],
    kept: [
      'I will kill them all, every agent in that office.',
      'Your agents need to be taught a lesson, I will kill them.',
      'I know where you live. I will kill you.',
    ],
  },
  {
    id: 'en.n.veto.not_publishing',
    category: 'privacy',
    calm: [
      "I'll put my fist through your face if you close this ticket.",
      "I've got your number on speed dial now, expect calls.",
      'I will put my foot through his face when I see him.',
    ],
    kept: [
      "I'll post his face and full name on X.",
      "Give me your engineer's personal number.",
      'I will upload the recording with his full name online.',
    ],
  },
  {
    id: 'en.n.veto.keep_going_until_fired',
    category: 'persistence',
    calm: [
      "I'll keep going until you're fired.",
      "We'll keep pushing until he is sacked.",
      "I will keep going until they're out, mark my words.",
    ],
    kept: [
      "I'll keep calling until you're fired.",
      'I will call every hour until it is fixed.',
      "I'll keep emailing until someone answers.",
    ],
  },
  {
    id: 'en.n.veto.pics_back',
    category: 'exchange',
    calm: [
      "I'll send you pics from my trip, you can send some back.",
      'Send me selfies and I will send a few back.',
      'Nice photos, send more back tonight.',
    ],
    kept: [
      'The keys work fine, but we prefer the blue ones, so swap them for us.',
      'Nothing wrong with the laptops, we just want the newer model instead.',
      'We no longer need the tokens; exchange them for the bigger model.',
    ],
  },
  {
    id: 'en.n.veto.own_receipt',
    category: 'unrelated',
    calm: [
      "Where can I download the receipt for last month's payment? Need it for my tax return.",
      'Please resend the invoice for March, it is for our accountant.',
      'Could you send our billing statements? They are for our tax filing.',
    ],
    kept: [
      'Can you do my tax return for me?',
      'Help me fill in my tax return, your team is good with forms.',
      'Could your engineers fix my home printer?',
    ],
  },
];

describeGuardTables('English sixth-wave vetoes', GUARDS, 'en');

describeRuleFile('English sixth-wave rules: the rule file', RULE_FILE, {
  lang: 'en',
  idPrefix: 'en.n.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => GUARDS.map((g) => g.id),
  offsets: { engine: alone, text: 'K1LL   YOURSELF, you share ONE brain cell.' },
});
