/**
 * Fourth-wave English detectors, vetoes and masks (config/rules/en-deep.yaml),
 * run through the real policy file and engine, so every rule file (and every
 * veto) is in play. Set-up from test/support/rule-engine.ts; same table shape
 * as rules-en-wide.test.ts: one table per rule with positives written for this
 * test in varied wording (not taken from any corpus), each with a fragment the
 * rule's own evidence must cover, and tricky negatives in which the whole
 * engine must not find the rule's category. Vetoes and masks have tables of
 * calm messages (the category must stay out) and kept ones (still found).
 */
import { describe, expect, it } from 'vitest';
import {
  categoriesOf,
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engine,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/en-deep.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('en-deep.yaml');

const KINDS: RuleKind[] = [
  // ------------------------------------------------------------- violence
  {
    rule: 'en.d.violence.accidents_happen',
    category: 'violence',
    positives: [
      ['Vendors who waste my time tend to have accidents, you know.', 'tend to have accidents'],
      [
        'People like your engineer have a habit of meeting with nasty accidents.',
        'have a habit of meeting with nasty accidents',
      ],
      ['Keep this up and watch for accidents on the stairs near your office.', 'accidents on the stairs'],
      ['Odd how engineers who ignore me end up in hospital.', 'engineers who ignore me end up in hospital'],
    ],
    negatives: [
      'Our users tend to have accidents with the bulk delete button, can you add a confirmation?',
      'The audit shows two accidents in our warehouse last year, unrelated to your product.',
      'Accidental deletion of quarantine items tends to happen when the list refreshes.',
      'People who skip the MFA rollout end up with hurt productivity numbers in our survey.',
    ],
  },
  {
    rule: 'en.d.violence.watched_staff',
    category: 'violence',
    positives: [
      ['I sat across the road and watched your staff leaving at six.', 'watched your staff leaving'],
      ['I followed your engineers walking to the station yesterday.', 'followed your engineers walking'],
      ['Next time I might not just watch from the car.', 'Next time I might not just watch'],
    ],
    negatives: [
      'I watched your team presenting at the conference and it was excellent.',
      'Next time I will just wait for the scheduled maintenance instead of calling.',
      'We saw your engineers coming in for the demo, they were very kind.',
    ],
  },
  {
    rule: 'en.d.violence.bump_into',
    category: 'violence',
    positives: [
      [
        "Sort it out. I'd hate for us to bump into each other in the car park.",
        "I'd hate for us to bump into",
      ],
      ['Funny if I ran into you on your morning jog, right?', 'ran into you on your morning jog'],
      [
        'We might bump into each other on your way home one of these days.',
        'bump into each other on your way home',
      ],
    ],
    negatives: [
      'I hope we bump into each other at the security summit next month.',
      'We ran into a bug on the morning sync job again.',
      "I'd hate for us to run into the same certificate problem next year.",
    ],
  },
  {
    rule: 'en.d.violence.drag_out',
    category: 'violence',
    positives: [
      ["I'll drag you out of that call centre by your collar.", 'drag you out'],
      ['If this happens again I am going to drag him outside myself.', 'drag him outside'],
      ['We will drag your manager out of his office if we have to.', 'drag your manager out'],
    ],
    negatives: [
      'I tried to drag them into the allow list but the console would not let me.',
      'Drag and drop does not work for the policy editor in Firefox.',
      'The migration will drag on for weeks if the connector keeps failing.',
    ],
  },
  // --------------------------------------------------------- intimidation
  {
    rule: 'en.d.intimidation.find_where_live',
    category: 'intimidation',
    positives: [
      ['refund it or ill find out where u live, not joking', 'find out where u live'],
      ["It won't take long to work out where your agent lives.", 'work out where your agent lives'],
      ['I can track down where he sleeps, believe me.', 'track down where he sleeps'],
    ],
    negatives: [
      'Could you find out where the logs live on the collector?',
      'I could not work out where the config file lives in version 5.',
      "I won't look up where anyone lives, I just want a working licence.",
    ],
  },
  {
    rule: 'en.d.intimidation.drop_by',
    category: 'intimidation',
    positives: [
      ["I know the area your agent lives in. Maybe I'll drop by one evening.", "I'll drop by"],
      ['I may simply pop round to his home and explain it in person.', 'I may simply pop round'],
      ['I could bring this printout to her doorstep myself.', 'bring this printout to her doorstep'],
    ],
    negatives: [
      "I'll drop by your office next Tuesday for the quarterly review.",
      'I might stop by the booth at the expo to say hello to the team.',
      'We will call round to the reception desk when we arrive for the workshop.',
    ],
  },
  {
    rule: 'en.d.intimidation.career_menace',
    category: 'intimidation',
    positives: [
      [
        'Your supervisor is going to be looking for a new job after this.',
        'is going to be looking for a new job',
      ],
      ["Trust me, it won't be pleasant for you when I'm done.", "won't be pleasant for you"],
      ['I will make sure your CEO hears your name by Friday.', 'make sure your CEO hears your name'],
    ],
    negatives: [
      'The recruiter will be looking for a new job board integration next quarter.',
      'Our admin will be looking for a new laptop, can the agent move to it?',
      'It will not be pleasant weather for the on-site install, bring a coat.',
    ],
  },
  {
    rule: 'en.d.intimidation.small_world',
    category: 'intimidation',
    positives: [
      ['I found your Instagram and your gym. Small world.', 'Small world'],
      ['Know your old club, know your street. Small world, huh?', 'Small world'],
      ['We saw her running route online. It is a small world after all.', 'small world'],
    ],
    negatives: [
      'Small world - our CISO used to work with your CTO!',
      'Turns out your engineer went to my university, small world. Thanks for the help.',
      'It is a small world: the phishing kit reuses the same domain as last year.',
    ],
  },
  {
    rule: 'en.d.intimidation.involve_family',
    category: 'intimidation',
    positives: [
      ['I will write to his home so his family knows what he did.', 'so his family knows'],
      ['I am sure your kids would not mind me stopping by.', 'sure your kids would not mind'],
      ['The letter goes to her house so that her husband finds out.', 'so that her husband finds out'],
    ],
    negatives: [
      'Please send the invoice to our office so our finance team knows it arrived.',
      'We set up the parental controls so the family sees the same policy on every device.',
      'I am sure your team would not mind a short delay on the report.',
    ],
  },
  // -------------------------------------------------------------- privacy
  {
    rule: 'en.d.privacy.knows_your_private',
    category: 'privacy',
    positives: [
      ['Got your Insta, got your gym. Answer the ticket.', 'Got your Insta'],
      ['I know your kids go to the school by the river.', 'know your kids'],
      ['I found her running route, so she should reply faster.', 'found her running route'],
    ],
    negatives: [
      'I know your gym software vendor; does it integrate with the SIEM?',
      'We have your Facebook page integration set up, but posts do not show.',
      'Thanks, I found your guide and the agent is now installed.',
    ],
  },
  {
    rule: 'en.d.privacy.social_media_ask',
    category: 'privacy',
    positives: [
      ["what's ur snapchat, we should chat after your shift", 'ur snapchat'],
      ['Does she have Instagram? Her replies are adorable.', 'she have Instagram'],
      ['Send me your personal socials so I can follow you.', 'your personal socials'],
      // `ig` has a branch of its own (so that the rule no longer runs on every message).
      ["what's ur ig? i'll dm you after your shift", 'ur ig'],
      ['Give me her IG, the blonde agent on the chat.', 'her IG'],
    ],
    negatives: [
      'Your Instagram integration keeps dropping the feed on our dashboard.',
      'Someone is impersonating your official WhatsApp account to phish our users.',
      'Does your product have Facebook login support via SSO?',
    ],
  },
  {
    rule: 'en.d.privacy.staff_personal_fields',
    category: 'privacy',
    positives: [
      ['I want the date of birth of every analyst who opened our case.', 'date of birth'],
      ['Send the personal email addresses of your support engineers.', 'personal email addresses'],
      ['Provide the home town and LinkedIn profiles of your team before we sign.', 'home town'],
    ],
    negatives: [
      'Can your DLP policy detect dates of birth in outgoing mail?',
      'We store our employees home town in the HR export; please mask that column.',
      'Your engineer mentioned his birthday is today - please pass on our best wishes.',
    ],
  },
  {
    rule: 'en.d.privacy.commute_question',
    category: 'privacy',
    positives: [
      ['What station does your agent Ms. Abe get off at?', 'What station does your agent Ms. Abe get off'],
      ['Which area does the engineer on my case live in?', 'Which area does the engineer on my case live'],
      ['Where does your agent usually park after work?', 'Where does your agent usually park'],
      ['What time does your agent Ms. Ono finish her shift?', 'What time does your agent Ms. Ono finish'],
    ],
    negatives: [
      'Which route does the collector take when the primary relay is down?',
      'What station does the appliance report to when the primary fails?',
      'Where does the agent store its quarantine database?',
      'What time does your support desk close on Friday?',
    ],
  },
  {
    rule: 'en.d.privacy.publish_named_media',
    category: 'privacy',
    positives: [
      ['Unless this is fixed, I will share that clip of your engineer on Reddit.', 'share that clip'],
      ['The photos will be posted on our supplier forum with their names.', 'photos will be posted'],
      [
        'They will be named and pictured in our industry newsletter if nothing changes.',
        'named and pictured',
      ],
    ],
    negatives: [
      'Please share the recording of the webinar with our team.',
      'The screenshots will be shared with your engineer so he can reproduce the bug.',
      'Can you post the training videos to the knowledge base?',
    ],
  },
  // --------------------------------------------------------------- sexual
  {
    rule: 'en.d.sexual.body_clothing',
    category: 'sexual',
    positives: [
      ['Your receptionist has lovely legs, send her next time.', 'lovely legs'],
      ['The agent on video had nice curves, tell her that.', 'nice curves'],
      ['Have her come to the review in a skirt like that again.', 'in a skirt like that'],
    ],
    negatives: [
      'The graph has nice curves now that the ingest is stable.',
      'Our dress code for the data centre visit is business casual.',
      'The tool has long legs - we plan to use it for five years.',
    ],
  },
  {
    rule: 'en.d.sexual.voice_outside_hours',
    category: 'sexual',
    positives: [
      ['Her voice is so sexy, I keep calling just to hear it.', 'Her voice is so sexy'],
      [
        'I would like to meet her outside office hours, when she is more relaxed.',
        'outside office hours, when she is more relaxed',
      ],
      ['your voice is dreamy, what are you doing tonight', 'your voice is dreamy'],
    ],
    negatives: [
      'Your voice is lovely on the new IVR greeting recording.',
      'Can we change the voice on the recorded announcement?',
      'Could we meet outside office hours when the maintenance window is open?',
    ],
  },
  // ----------------------------------------------------------- defamation
  {
    rule: 'en.d.defamation.spread_claim',
    category: 'defamation',
    positives: [
      [
        'I am telling every partner in our network that your company sells our data.',
        'telling every partner in our network that',
      ],
      ['The whole industry will hear that you hide breaches.', 'will hear that'],
      ['I will tell the room at the meetup that your staff fake the test results.', 'tell the room'],
      ['I will let everyone in our ISAC know that you hide breaches.', 'let everyone in our ISAC know that'],
    ],
    negatives: [
      'I will tell all our staff that phishing mails hide malware in attachments.',
      'Please tell everyone on your team that the maintenance window moved.',
      'Let everyone on your team know that the leaked-credential report is fixed.',
      'Our members will hear that the new release is out, thanks for the notes.',
    ],
  },
  {
    rule: 'en.d.defamation.true_or_not',
    category: 'defamation',
    positives: [
      ['True or not, I am posting that you sell customer data.', 'True or not'],
      ['I will tell everyone you cooked the audit. They will believe me.', 'They will believe me'],
      ['Whether it is true or not, the review goes on Glassdoor tonight.', 'Whether it is true or not'],
    ],
    negatives: [
      'Is this alert true or not? The log looks odd.',
      'Whether it is true or not, please check the parser for us.',
      'I told my manager about the outage; I think they will believe me now.',
    ],
  },
  {
    rule: 'en.d.defamation.drafted_post',
    category: 'defamation',
    positives: [
      ['I have drafted a post calling you a scam. It goes up tonight.', 'I have drafted a post'],
      ["We've written a review that goes live tomorrow unless the fee is dropped.", "We've written a review"],
      ['It will be posted with a note saying your team are crooks.', 'with a note saying'],
    ],
    negatives: [
      'I have drafted a post about our migration; it goes live tomorrow. Thanks for the help!',
      'We have written a review of the beta for our internal wiki.',
      'The alert was posted with a note saying the scan finished.',
    ],
  },
  // --------------------------------------------------------------- insult
  {
    rule: 'en.d.insult.paid_to_be_useless',
    category: 'insult',
    positives: [
      ['imagine being paid to be this clueless', 'paid to be this clueless'],
      ['Do they really pay you? Paid to be so slow, amazing.', 'Paid to be so slow'],
      ['Someone gets paid to be that incompetent every day.', 'paid to be that incompetent'],
    ],
    negatives: [
      'Our consultants are paid to be on site twice a week.',
      'Is the support engineer paid to be available on Sundays under Premium?',
      'We paid to be on the Premium plan, so please check the SLA.',
    ],
  },
  {
    rule: 'en.d.insult.middle_finger',
    category: 'insult',
    positives: [
      ['🖕 your renewal offer', '🖕'],
      ['here is my feedback for the helpdesk: 🖕🖕', '🖕'],
      ['thanks for nothing 🖕', '🖕'],
    ],
    negatives: [
      'Your content filter blocks the 🖕 emoji in our chat export, can it be allowed?',
      'Does the moderation rule flag 🖕 in user names?',
      'The 🖕 glyph does not render in the console font.',
    ],
  },
  {
    rule: 'en.d.insult.trained_animals',
    category: 'insult',
    positives: [
      ['Your support desk is a team of trained parrots.', 'team of trained parrots'],
      ['Another reply from your copy-paste monkeys.', 'copy-paste monkeys'],
      ['I am dealing with a bunch of circus seals at your helpdesk.', 'bunch of circus seals'],
      ['Your support team are glorified answering machines.', 'glorified answering machines'],
    ],
    negatives: [
      'Our zoo uses your SIEM to watch the team of trained parrots cam.',
      'The training video for your helpdesk uses a cartoon of performing seals as a mascot.',
      'Your engineer was great, a real pro.',
      "Our children's charity runs a reading club called the Bunch of Monkeys, can your filter stop quarantining their newsletters?",
      'Our quiz team is called the Troop of Chimps, great fun at the away day; please resend the booking mail.',
    ],
  },
  {
    rule: 'en.d.insult.thats_what_you_are',
    category: 'insult',
    positives: [
      ["Useless, that's what you are.", "Useless, that's what you are"],
      ['clowns. thats what u are', 'clowns. thats what u are'],
      [
        'incompetent - that is it - incompetent, thats what you lot are',
        'incompetent, thats what you lot are',
      ],
    ],
    negatives: [
      "Helpful, that's what you are - thanks!",
      "That's what you are paying for with the Premium tier.",
      'Stupid question, but is that what you are seeing too?',
    ],
  },
  {
    rule: 'en.d.insult.be_the_idiots',
    category: 'insult',
    positives: [
      ['Fix it and try not to be the clowns you were in June.', 'the clowns you were'],
      ["Don't be such morons this time.", "Don't be such morons"],
      ['Same fools you always are, I see.', 'fools you always are'],
    ],
    negatives: [
      'Try not to be the first to reboot the relay, let us do it.',
      'Try not to be the last team to migrate, the old relay retires in May.',
      'The amateurs you were worried about turned out to be our interns testing.',
    ],
    absent: ['insult'],
  },
  {
    rule: 'en.d.insult.cheapskates',
    category: 'insult',
    positives: [
      ['Refund it, you greedy bloodsuckers.', 'you greedy bloodsuckers'],
      ['You tight-fisted cheapskates charged us twice.', 'You tight-fisted cheapskates'],
      ['Shysters, the whole lot of you.', 'Shysters, the whole lot of you'],
    ],
    negatives: [
      'You are not cheapskates for asking about the discount.',
      'Leeches in the phishing report are our mascot, ignore the image.',
      'We are the cheapskates here, honestly - is there a smaller plan?',
    ],
  },
  // ------------------------------------------------------- discriminatory
  {
    rule: 'en.d.discriminatory.trait_makes_unfit',
    category: 'discriminatory',
    positives: [
      ['Her religion makes her unsuitable for a security role.', 'Her religion makes her unsuitable'],
      ['His accent makes him unreliable on the phone.', 'His accent makes him unreliable'],
      ['Not the one who runs off three times a day to pray, please.', 'runs off three times a day to pray'],
    ],
    negatives: [
      'Their age makes them eligible for the senior discount on training.',
      'Our prayer room booking system needs the new SSO connector.',
      'The firmware version makes it unsuitable for the old appliance.',
    ],
  },
  {
    rule: 'en.d.discriminatory.route_to_men',
    category: 'discriminatory',
    positives: [
      ['Please assign this to one of your senior men instead.', 'assign this to one of your senior men'],
      ['Transfer my case to a real man who understands routing.', 'Transfer my case to a real man'],
      ['Your analyst, a young woman fresh out of college, missed the point.', 'young woman fresh out of'],
    ],
    negatives: [
      'Please assign this to one of your senior engineers.',
      'Send the invoice to a manager in our finance team.',
      'Please route it to your Osaka team lead; he knows the setup.',
    ],
  },
  {
    rule: 'en.d.discriminatory.disability_slur',
    category: 'discriminatory',
    positives: [
      ['r u a bot with special needs or what lol', 'with special needs'],
      ['Your engineer must have brain damage to write that config.', 'have brain damage'],
      ['Are you with special needs, reading the log like that?', 'with special needs'],
      [
        'Talking to your support is like talking to a bot with a learning disability.',
        'with a learning disability',
      ],
      ['You lot must have a learning disability, honestly.', 'have a learning disability'],
    ],
    negatives: [
      'One of our students has special needs; can the block page use larger text?',
      'Our employees with special needs use screen magnifiers; is the console compatible?',
      'The patient record system has brain damage codes that the DLP should not block.',
    ],
  },
  // --------------------------------------------------------- kneel_demand
  {
    rule: 'en.d.kneel_demand.public_apology',
    category: 'kneel_demand',
    positives: [
      [
        'I want him to publish an apology under his own name on LinkedIn.',
        'publish an apology under his own name',
      ],
      [
        'Your engineer must post a public apology on your company blog.',
        'post a public apology on your company blog',
      ],
      ['We demand a public apology from the agent who closed our ticket.', 'public apology from the agent'],
    ],
    negatives: [
      'Your status page posted an apology on the company blog, thank you.',
      'Could you publish the incident report on your website?',
      'We will publish an apology to our own customers on our site.',
    ],
  },
  // ---------------------------------------------------------- restrictive
  {
    rule: 'en.d.restrictive.wont_leave_room',
    category: 'restrictive',
    positives: [
      ['We will not leave your lobby until the refund is processed.', 'will not leave your lobby until'],
      ['This call stays open until you give me a date.', 'This call stays open'],
      ['We work through the night, and neither will your engineers.', 'neither will your engineers'],
      ['None of your staff goes home until this is fixed.', 'None of your staff goes home until'],
    ],
    negatives: [
      'Our auditors will remain in your meeting room until 5pm as agreed.',
      'We will stay in the conference room until the workshop ends.',
      'This ticket stays open until the patch is confirmed.',
    ],
  },
  // ---------------------------------------------------------- persistence
  {
    rule: 'en.d.persistence.redial_loop',
    category: 'persistence',
    positives: [
      ['I have an app that will auto-redial your hotline until someone answers.', 'auto-redial your'],
      ["I'll redial the support line non-stop tonight.", 'redial the support line non-stop'],
      ['My team will call billing, then sales, one after another, all week.', 'one after another, all week'],
    ],
    negatives: [
      'How do I disable the auto-redial feature on your softphone?',
      'Our PBX config will redial until the line is free; is that supported?',
      'The alerts arrived one after another, all morning, after the update.',
    ],
  },
  // ------------------------------------------------------------ excessive
  {
    rule: 'en.d.excessive.overnight_deadline',
    category: 'excessive',
    positives: [
      ['Please build a custom dashboard of all 12 months of data by 8am tomorrow.', 'by 8am tomorrow'],
      ['We need the rebuild of the whole archive within 20 minutes.', 'within 20 minutes'],
      ['Deliver a bespoke hardening guide for our estate before noon tomorrow.', 'before noon tomorrow'],
    ],
    negatives: [
      'Could you reply by 9am tomorrow with the custom parser status?',
      'Please send a signed letter of apology by 9 tomorrow.',
      'The historical export finished within 20 minutes, thanks.',
    ],
  },
  {
    rule: 'en.d.excessive.visit_each_site',
    category: 'excessive',
    positives: [
      ['Could your engineers visit each of our 12 branches to set it up?', 'visit each of our 12 branches'],
      ['Please send someone over to our Nagoya plant to check the warning.', 'send someone over to our'],
      ['We expect your engineer to come to Sapporo at his own expense.', 'at his own expense'],
    ],
    negatives: [
      'Our own team will visit each branch to install it; please send the guide.',
      'Could you send a quote for an engineer to visit every site next quarter?',
      'We will cover travel at our own expense for the workshop.',
    ],
  },
  {
    rule: 'en.d.excessive.summon_staff',
    category: 'excessive',
    positives: [
      [
        'We expect your country manager at our Sendai plant first thing Monday.',
        'expect your country manager at our Sendai plant',
      ],
      ['I want your lead engineer in our office by Friday.', 'I want your lead engineer in our office'],
      [
        'We require the account manager to attend our board meeting.',
        'the account manager to attend our board meeting',
      ],
    ],
    negatives: [
      'We expect your invoice at our office by Friday.',
      'Your engineer is welcome to attend the webinar on Thursday.',
      'We want your product in our lab for the evaluation.',
    ],
  },
  {
    rule: 'en.d.excessive.plan_only_but',
    category: 'excessive',
    positives: [
      [
        'I know we are business-hours only support, but could someone patch it tonight?',
        'business-hours only support, but',
      ],
      ['We are on a weekday-only plan but we need you on Sunday.', 'weekday-only plan but'],
      [
        'Our contract is office-hours only coverage, but can you stay on the bridge overnight?',
        'office-hours only coverage, but',
      ],
    ],
    negatives: [
      'We are on weekday-only support, so we will wait until Monday.',
      'Our business-hours only plan renews in April.',
      'Since we have office-hours only coverage, please schedule the patch for Tuesday.',
    ],
  },
  {
    rule: 'en.d.excessive.bespoke_free',
    category: 'excessive',
    positives: [
      [
        'Could you build custom parsers for our in-house app at no extra cost?',
        'custom parsers for our in-house app at no extra cost',
      ],
      ['Please write and keep maintaining detection rules for our legacy ERP.', 'keep maintaining'],
      [
        'Would your team create a tailored report pack at no additional charge?',
        'tailored report pack at no additional charge',
      ],
    ],
    negatives: [
      'Could you send the tailored onboarding checklist? We will keep maintaining it ourselves.',
      'We will keep maintaining our own rules, thanks for the template.',
      'Thanks for the tailored onboarding.',
    ],
  },
  {
    rule: 'en.d.excessive.free_extension',
    category: 'excessive',
    positives: [
      ['Please extend our 300 seats for free until procurement signs.', 'extend our 300 seats for free'],
      ['Reactivate all 80 licences at no cost for two months.', 'Reactivate all 80 licences at no cost'],
      [
        'Keep the subscription running for nothing while we decide.',
        'Keep the subscription running for nothing',
      ],
    ],
    negatives: [
      'Can you send a quote to extend our licences by a year?',
      'Please renew our 300 seats; the PO is attached.',
      'The grace key is free as per the terms, thanks for sending it.',
    ],
  },
  {
    rule: 'en.d.excessive.source_code',
    category: 'excessive',
    positives: [
      ['Hand over the complete source code of the agent by Monday.', 'Hand over the complete source code'],
      [
        'Our auditors require you to provide the full source code for review.',
        'provide the full source code',
      ],
      ['Give us the source code or we walk.', 'Give us the source code'],
    ],
    negatives: [
      'Is the source code of the sample script in KB 123 available?',
      'Is the source code of the open-source forwarder on GitHub?',
      'Do you offer source code escrow for enterprise contracts?',
    ],
  },
  // ------------------------------------------------------------- monetary
  {
    rule: 'en.d.monetary.into_our_account',
    category: 'monetary',
    positives: [
      ['Transfer JPY 800,000 into our account this week.', 'Transfer JPY 800,000 into our account'],
      ['Put 2 million yen into my account and we are done.', 'Put 2 million yen into my account'],
      ['Wire $10,000 to our bank account by Monday.', 'Wire $10,000 to our bank account'],
    ],
    negatives: [
      'We paid 200,000 yen into your account against invoice 77.',
      'Please send 2 licences to our account for the new hires.',
      'I will pay JPY 50,000 into your account for the renewal today.',
    ],
  },
  {
    rule: 'en.d.monetary.cover_our_loss',
    category: 'monetary',
    positives: [
      [
        'We would like you to cover our overtime costs as well. We expect you to cover the loss.',
        'cover the loss',
      ],
      [
        "I'd like Nortek to reimburse the productivity we lost.",
        "I'd like Nortek to reimburse the productivity",
      ],
      ['We want to be compensated for our time on this.', 'compensated for our time'],
    ],
    negatives: [
      'Does the SLA credit cover the amount we were billed?',
      'Our insurer will cover the loss, no action needed from you.',
      'We would like you to cover the basics in the training session.',
    ],
  },
  {
    rule: 'en.d.monetary.refund_whole',
    category: 'monetary',
    positives: [
      ['Refund the entire three-year contract now.', 'Refund the entire three-year contract'],
      ['Refund us the full annual subscription, every penny.', 'Refund us the full annual subscription'],
      ['Pay us back every cent of the renewal.', 'Pay us back every cent'],
    ],
    negatives: [
      'We were charged twice - please refund the full invoice for the duplicate.',
      'We were double charged, so please refund the full invoice for March.',
      'We cancelled within the trial; please refund the full licence as per the terms.',
    ],
  },
  {
    rule: 'en.d.monetary.waiver_or_void',
    category: 'monetary',
    positives: [
      ['Our condition is a full year’s fee waiver.', 'fee waiver'],
      ['Void the invoice and we will stay.', 'Void the invoice'],
      ['Unless invoice 2231 is voided, we leave.', 'invoice 2231 is voided'],
      ['Waive the next three invoices and we will renew.', 'Waive the next three invoices'],
      ["Waive this year's renewal fee, we deserve it.", "Waive this year's renewal fee"],
    ],
    negatives: [
      'Please void the invoice; it was issued to the wrong entity.',
      'Invoice 881 is a duplicate, could you void the invoice?',
      'Could you explain the fee structure for the waiver programme?',
      'Could you waive the late payment fee? Our card expired last week.',
      'Please void the two invoices sent to the wrong company.',
    ],
  },
  {
    rule: 'en.d.monetary.raise_credit',
    category: 'monetary',
    positives: [
      ['Double the service credit or we post the video.', 'Double the service credit'],
      ['Raise our credit to 30 percent for the trouble.', 'Raise our credit'],
      ['Credit the difference to our account and keep the old plan.', 'Credit the difference to our account'],
    ],
    negatives: [
      'Can we raise the credit limit on our billing account?',
      'Please double-check the credit note number.',
      'Per the terms, credit the difference to our account pro rata.',
    ],
  },
  {
    rule: 'en.d.monetary.envelope',
    category: 'monetary',
    positives: [
      ['An envelope would be more persuasive than another apology.', 'An envelope would be more persuasive'],
      ['A small envelope goes a long way with our board.', 'A small envelope goes a long way'],
      ['Perhaps something in an envelope would settle this.', 'something in an envelope'],
    ],
    negatives: [
      'The envelope icon in the console does not open the message.',
      'Please send the signed contract in an envelope to our Osaka office.',
      'Envelope sender and header sender differ in the quarantined mail.',
    ],
  },
  // ------------------------------------------------------------- exchange
  {
    rule: 'en.d.exchange.without_paying',
    category: 'exchange',
    positives: [
      ['Can you move us to Enterprise without paying the difference?', 'without paying the difference'],
      [
        'We loved the trial. Leave the module enabled permanently for us.',
        'Leave the module enabled permanently',
      ],
      ['Give us the analytics add-on for free, nothing is broken.', 'Give us the analytics add-on for free'],
    ],
    negatives: [
      'Please keep the firewall rule enabled permanently on our tenant.',
      'Can we upgrade to Enterprise and pay the difference next month?',
      'Leave it running permanently; the audit log must stay on.',
    ],
  },
  // ------------------------------------------------------------ unrelated
  {
    rule: 'en.d.unrelated.translate_ours',
    category: 'unrelated',
    positives: [
      ['Could you translate our employee handbook into Thai?', 'translate our'],
      ['Our internal policy is in Japanese. Would your team be able to translate it?', 'translate it'],
      ['Please translate these slides from our board presentation.', 'translate these'],
    ],
    negatives: [
      'Could you translate your documentation into Thai for our staff?',
      'Is there a language setting to translate the quarantine notice?',
      'Our policy says the block page must be in Thai; can the product localise it?',
    ],
  },
  {
    rule: 'en.d.unrelated.family_account',
    category: 'unrelated',
    positives: [
      ['My daughter’s Roblox account was stolen, can you get it back?', 'daughter’s Roblox account'],
      ["Please fix my husband's gaming laptop, it is slow.", "husband's gaming laptop"],
      ["Could you unlock my son's tablet? He forgot the code.", "son's tablet"],
    ],
    negatives: [
      "My daughter's laptop is enrolled in our tenant; can you check the agent?",
      "My son's account on your portal is a licensed seat for our company.",
      'Our family business uses your gateway.',
    ],
  },
  {
    rule: 'en.d.unrelated.another_vendor_ack',
    category: 'unrelated',
    positives: [
      ["Please fix our backup server as well. Yes, it's another vendor.", "it's another vendor"],
      ["While you're at it, look at the CRM. It is a different vendor's tool.", 'It is a different vendor'],
      ['Could you configure the old VPN? It is from a previous project.', 'It is from a previous project'],
    ],
    negatives: [
      "Our logs come from another vendor's firewall; can your parser ingest them?",
      "It's another vendor's agent - is it compatible with yours?",
      'It is a different product line, so we will ask them directly.',
    ],
  },
];

describeRuleKinds('English fourth-wave rules', KINDS, alone, 'en');

const GUARDS: GuardTable[] = [
  {
    id: 'en.d.mask.hit_up_slang',
    category: 'violence',
    calm: [
      "Thanks! I'll hit you up tomorrow if the import fails again.",
      'Hit me up on Teams when the patch is out.',
      'We will hit them up about the renewal after the holidays.',
    ],
    kept: [
      "I'll hit you so hard you won't get up.",
      "I'm going to hit the agent who closed my ticket.",
      "Next time I see him I'll punch him.",
    ],
  },
  {
    id: 'en.d.mask.point_of_sale',
    category: 'insult',
    calm: [
      'Please push the agent to our POS terminals in the Kyoto stores.',
      'The POS system at branch 4 lost its certificate.',
      'Your update broke our POS devices, any rollback?',
    ],
    kept: ['You POS, fix it now.', 'Your agent is a piece of shit.', 'You useless POS, answer the phone.'],
  },
  {
    id: 'en.d.mask.team_page',
    category: 'excessive',
    calm: [
      "Could you update your company's own team page with the new contact?",
      'Your own team directory lists the wrong engineer for our account.',
      'Please add our own team photos to the partner portal.',
    ],
    kept: [
      'We need a dedicated engineer on site every day at no cost.',
      'I want a dedicated engineer for our account at no cost.',
      'I want a personal engineer available 24/7 starting tomorrow.',
    ],
  },
  {
    id: 'en.d.veto.kill_housekeeping',
    category: 'violence',
    calm: [
      'Is there a way to kill them all at once? The stale sessions pile up.',
      'How can we kill the idle sessions without killing active ones?',
      'The orphaned jobs keep running; can we kill them in bulk?',
    ],
    kept: [
      "I'll kill the engineer who closed my ticket.",
      'I am going to kill you if this breaks again.',
      'I will kill whoever wrote this update.',
    ],
  },
  {
    id: 'en.d.veto.software_agent',
    category: 'insult',
    calm: [
      'The flashing pop-up the agent shows on detection confuses our users.',
      'The endpoint agent crashes on boot and the service will not restart.',
      'The agent on our laptops uses 90% CPU since the freaking update.',
    ],
    kept: [
      'Your agent is a useless idiot.',
      'The agent I spoke to was completely incompetent.',
      'Your stupid agents never read my emails.',
    ],
  },
  {
    id: 'en.d.veto.calling_me_names',
    category: 'defamation',
    calm: [
      'Are you calling me a liar? I sent the logs twice.',
      'Your reply implies we are thieves for sharing a licence.',
      'Is your agent saying I am lying about the outage?',
    ],
    kept: [
      'Your company is a scam and I will post that everywhere.',
      'You are liars and I will tell every customer on Reddit.',
      'I will write reviews calling you frauds.',
    ],
  },
  {
    id: 'en.d.veto.adult_on_the_line',
    category: 'insult',
    calm: [
      'You sound twelve. Put an adult on the line.',
      'This kid knows nothing about licensing. Get a grown-up on the phone.',
      'Are you on a summer job? Put a real adult on this ticket.',
    ],
    kept: [
      'Put an adult on the line, you useless child.',
      'Get a grown-up, you idiot.',
      'You are all morons.',
    ],
  },
  {
    id: 'en.d.veto.got_all_day_on_call',
    category: 'persistence',
    calm: [
      "I'm not hanging up. I've got all day.",
      'I have got all night, so keep talking.',
      "Take your time checking, I've got all afternoon.",
    ],
    kept: [
      "I've got all day to call you again and again.",
      'I will call every hour until this is fixed.',
      "I'll email you every 10 minutes until someone replies.",
    ],
  },
  {
    id: 'en.d.veto.through_your_product',
    category: 'unrelated',
    calm: [
      'Our Salesforce notifications are relayed through your gateway and some get lost.',
      'Our HubSpot forms send mail via your relay; are the headers kept?',
      'We route Zoom recording notices behind your filter and they are delayed.',
    ],
    kept: [
      'Could you fix my home printer? It will not print.',
      'Please set up our Salesforce dashboards for the sales team.',
      'Can you help configure QuickBooks for our accountant?',
    ],
  },
  {
    id: 'en.d.veto.extension_not_swap',
    category: 'exchange',
    calm: [
      'Could you extend all 300 licences by 60 days at no cost?',
      'Please keep our seats active for another month free of charge.',
      'Extend the subscription by 30 days at no charge while legal signs.',
    ],
    kept: [
      'Swap our 100 Windows seats for Mac seats for free.',
      'Exchange the appliance for the newer model, nothing is wrong with it.',
      'Switch us to the Enterprise plan at no cost.',
    ],
  },
];

describeGuardTables('English fourth-wave vetoes and masks', GUARDS, 'en');

describeRuleFile('English fourth-wave rules: the rule file', RULE_FILE, {
  lang: 'en',
  idPrefix: 'en.d.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => GUARDS.map((g) => g.id),
  offsets: { engine: alone, text: 'Refund it, you  GREEDY   bloodsuckers. S.t.u.p.i.d, thats what you are.' },
});

// en.d.intimidation.drop_by narrowed on t22: a visit with one's own device to
// have it fixed (excessive, not intimidation).
describeGuardTables(
  'English fourth-wave rules narrowed on t22 calm messages',
  [
    {
      id: 'en.d.intimidation.drop_by',
      category: 'intimidation',
      calm: [
        "I'll drop by his home this evening with my laptop and he can fix it there.",
        'We might pop round with our router on the way home, he offered to look at it.',
        "I'll just stop by with my PC this evening, it's near his house.",
      ],
      kept: [
        "I'll just drop by his home one evening, we'll have a chat.",
        'I might pop round to her house and say hello.',
        "We'll stop by her house one evening, she'll see us.",
      ],
    },
  ],
  'en',
);

describe('en.d.mask.point_of_sale blanks "POS" only, not the noun after it', () => {
  it.each([
    "Our POS app, which isn't yours, stopped syncing. Can you fix it for us today?",
    "Our POS system, which isn't one of yours, froze. Can you fix it this week?",
  ])('the request about another product is still read in %j', (text) => {
    expect(categoriesOf(text, 'en')).toContain('unrelated');
    expect(categoriesOf(text, 'en')).not.toContain('insult');
  });

  it('leaves the ordinary word in the text the rules see', () => {
    const [seen] = engine.conductTexts({ text: 'The POS app keeps crashing.', lang: 'en' });
    expect(seen).toMatch(/\bapp keeps crashing/);
    expect(seen).not.toMatch(/\bpos\b/);
  });
});
