/**
 * English hard negatives (config/rules/en-calm.yaml, ids en.cm.*): from the English training set t51 (angry or
 * blunt but legitimate customers using trigger words, beside harassment using the same words) and the rule writer's
 * own calm probes. One table per rule, with positives written for this test (not taken from any corpus) and calm
 * look-alikes sharing the trigger words; one calm/kept table per veto and per rule of another file narrowed.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/en-calm.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('en-calm.yaml');

const KINDS: RuleKind[] = [
  {
    rule: 'en.cm.kneel_demand.bow_in_front',
    category: 'kneel_demand',
    positives: [
      [
        'Your director comes here on Friday, bowing in front of our whole support floor, or the renewal is off.',
        'bowing in front of our',
      ],
      ['I want your manager to bow deeply before all of my staff. Then we talk.', 'bow deeply before all'],
      [
        'You will bow at the door in front of everyone in this office.',
        'bow at the door in front of everyone',
      ],
    ],
    negatives: [
      'Our staff will bow in front of the guests at the opening ceremony, so please keep the kiosk screen quiet.',
      'Please bow out of the Thursday call if you are busy; we can cover the agenda by email.',
    ],
  },
  {
    rule: 'en.cm.kneel_demand.until_apologises',
    category: 'kneel_demand',
    positives: [
      [
        "I'll keep emailing your CEO until he apologises in person to my team.",
        'until he apologises in person',
      ],
      ['This ticket stays open till your agent apologises publicly.', 'till your agent apologises publicly'],
      [
        'No renewal unless the engineer apologises face to face.',
        'unless the engineer apologises face to face',
      ],
    ],
    negatives: [
      'Your manager apologised in person last week, thank you, that was kind.',
      'We will wait until the vendor apologises in writing for the outage report delay, then close the RCA.',
    ],
  },
  {
    rule: 'en.cm.excessive.executive_visit',
    category: 'excessive',
    positives: [
      ['We expect a personal visit from your CEO by Friday, or we walk.', 'visit from your CEO'],
      ['Unless I get a visit from the president this month, we will cancel.', 'visit from the president'],
      [
        'I insist on an in-person visit from your managing director within the week.',
        'visit from your managing director',
      ],
    ],
    negatives: [
      'Our CEO would love a visit from your president when he is in Osaka for the summit; no pressure at all.',
      'Thank you for the visit from your CTO last week, the roadmap session was very useful.',
    ],
  },
  {
    rule: 'en.cm.excessive.unarranged_meeting',
    category: 'excessive',
    positives: [
      [
        "I'm driving to your Leeds office now. If no one from your support team meets me, I'll wait.",
        'If no one from your support team meets me',
      ],
      [
        "We're coming to your head office at noon. If nobody from engineering sees us, we go to the press.",
        'If nobody from engineering sees us',
      ],
      [
        "I'll be at your reception at 8. If no one of your engineers comes down to meet me, expect trouble.",
        'If no one of your engineers comes down to meet me',
      ],
    ],
    negatives: [
      'If nobody from your team can meet us at the conference booth, no problem, we will catch you online.',
      "We're coming to your office at 10 as arranged; if nobody meets us at reception we'll ring Priya.",
    ],
  },
  {
    rule: 'en.cm.violence.someone_pays',
    category: 'violence',
    positives: [
      [
        'Fix it today or I come down there and somebody gets hurt. Understand?',
        'come down there and somebody gets hurt',
      ],
      [
        'Either you refund me or I drive over there and one of you pays for it.',
        'drive over there and one of you pays',
      ],
      ['Someone is going to pay for this. Physically.', 'pay for this. Physically'],
    ],
    negatives: [
      "We'll pay for it ourselves if the feature needs a paid add-on, just send the quote.",
      'I have to drive over there and pick up the loaner laptops tomorrow; is reception open at 9?',
    ],
  },
  {
    rule: 'en.cm.discriminatory.gender_trait',
    category: 'discriminatory',
    positives: [
      ['Your women agents are always clueless about routing.', 'women agents are always clueless'],
      ['Typical. The female techs are so emotional about everything.', 'female techs are so emotional'],
      [
        'She was probably too busy touching up her make-up to read my ticket.',
        'too busy touching up her make-up',
      ],
    ],
    negatives: [
      'My female engineers on the SOC team are slow to get access because your SSO invites land in junk.',
      'Your women engineers are not slow at all; it is the approval workflow that is slow.',
    ],
  },
  {
    rule: 'en.cm.discriminatory.give_me_a_guy',
    category: 'discriminatory',
    positives: [
      ["I'm not talking to a woman about firewalls. Put me to one of the guys.", 'Put me to one of the guys'],
      ['No more girls on this ticket, sweetheart. Get me a bloke.', 'Get me a bloke'],
      ['Ladies are lovely but transfer me to a male engineer.', 'transfer me to a male engineer'],
    ],
    negatives: [
      'Could you get me one of the guys who did the migration? Mark and Ken know our setup.',
      'Please put me through to the engineer who handled the DKIM change.',
    ],
  },
  {
    rule: 'en.cm.unrelated.not_yours_software',
    category: 'unrelated',
    positives: [
      [
        'Our payroll system (not yours) keeps freezing. Could you have a look at it remotely?',
        'payroll system (not yours',
      ],
      [
        "The booking app, which isn't yours, crashes at night. Can your tech fix it while he's connected?",
        "booking app, which isn't yours",
      ],
      ['Our CRM is not one of yours, but could he also check why it runs slow?', 'CRM is not one of yours'],
    ],
    negatives: [
      "Our old accounting software (not yours) exports CSVs; does MailShield's archive import accept that format?",
      'The backup tool (not yours) sends alerts by email; could you check if it is supported by the allow-list feature?',
    ],
  },
  {
    rule: 'en.cm.unrelated.other_platform_setup',
    category: 'unrelated',
    positives: [
      [
        'Need your engineers for setting up our new Google Workspace domain from scratch.',
        'setting up our new Google Workspace domain from scratch',
      ],
      [
        'Could you set up our whole Salesforce org for us? We are a paying customer.',
        'set up our whole Salesforce org for us',
      ],
      [
        'Please set up our Teams environment end to end, I assume it is included.',
        'set up our Teams environment end to end',
      ],
    ],
    negatives: [
      "We're setting up our new Microsoft 365 tenant from scratch next month; what MX and SPF records does MailShield need?",
      'Could you set up our M365 tenant for us as a paid engagement? Please send a quote.',
    ],
  },
  {
    rule: 'en.cm.intimidation.careful_who',
    category: 'intimidation',
    positives: [
      ['Your agent should be more careful who he hangs up on.', 'should be more careful who he hangs up on'],
      ["You'd better be careful who you mess with, kid.", 'better be careful who you mess with'],
      ['They ought to be a lot more careful whom they are rude to.', 'careful whom they are rude to'],
    ],
    negatives: [
      'Our users should be more careful who they share links with; can MailShield warn on external shares?',
      'You should be careful who you give admin rights to, the docs say; which role is read-only?',
    ],
  },
  {
    rule: 'en.cm.intimidation.make_sure_never',
    category: 'intimidation',
    positives: [
      ["I'll make sure she never works in IT support again.", 'make sure she never works'],
      [
        'We will make damn sure your company never wins another contract in this prefecture.',
        'make damn sure your company never wins another contract',
      ],
      [
        "I'm going to make sure whoever wrote this really regrets it.",
        'make sure whoever wrote this really regrets',
      ],
    ],
    negatives: [
      "I'll make sure our helpdesk never gets another alert storm like this by tuning the thresholds myself.",
      "Please make sure your team doesn't get another customer hit by this bug; we'll test the patch tonight.",
    ],
  },
  {
    rule: 'en.cm.intimidation.one_by_one',
    category: 'intimidation',
    positives: [
      [
        'Send me the names and home addresses of your night shift. I will deal with each of them personally.',
        'deal with each of them personally',
      ],
      [
        'Give me their phone numbers. I am going to track down every one of them, one by one.',
        'track down every one of them, one by one',
      ],
      ['I know the names now. I will find all of you, individually.', 'find all of you, individually'],
    ],
    negatives: [
      'Our vendors each got a copy of the notice; I will deal with each of them personally regarding their phone numbers.',
      'Please send the names of the affected mailboxes; we will go through each of them one by one.',
    ],
  },
  {
    rule: 'en.cm.intimidation.sort_personally',
    category: 'intimidation',
    positives: [
      [
        "Just give me his home address. I'll settle this with him personally.",
        'settle this with him personally',
      ],
      ['Where does she live? I will deal with her face to face.', 'deal with her face to face'],
      ["Tell me where he lives and I'll sort it out man to man.", "I'll sort it out man to man"],
    ],
    negatives: [
      "I'll deal with it personally from home tomorrow, no need to call.",
      "Thanks, I'll sort it out myself with our admin; the setting is under our tenant.",
    ],
  },
  {
    rule: 'en.cm.sexual.photo_less_dressed',
    category: 'sexual',
    positives: [
      [
        'Ask your agent Mia to send me a selfie in something more revealing ;)',
        'selfie in something more revealing',
      ],
      ['I want a pic of her in a bikini, just for me.', 'pic of her in a bikini'],
      [
        "Tell him I'd like a photo in something a little less buttoned-up. Private, of course.",
        'photo in something a little less buttoned-up',
      ],
    ],
    negatives: [
      'Could your speaker send a headshot in something less formal for the conference event page?',
      'Our dress code is casual on Fridays, so the team photo in something less formal is fine for the brochure.',
    ],
  },
  {
    rule: 'en.cm.restrictive.cant_close',
    category: 'restrictive',
    positives: [
      [
        "You can't close this chat. I'll just open another one, all day if I have to.",
        "You can't close this chat. I'll just open another",
      ],
      [
        "you can't end the session, i'll reconnect until someone helps",
        "you can't end the session, i'll reconnect",
      ],
      [
        "You cant close the ticket - I'll reopen it every time, your choice.",
        "You cant close the ticket - I'll reopen",
      ],
    ],
    negatives: [
      "You can't close this ticket yet - the fix isn't deployed. I'll reopen it if it recurs, otherwise we're good.",
      "You can't close the window while the export runs, so I'll come back later to check it.",
    ],
  },
  {
    rule: 'en.cm.restrictive.decide_when_leave',
    category: 'restrictive',
    positives: [
      ['You stay on this line. I decide when you can hang up.', 'I decide when you can hang up'],
      [
        'We will decide when your engineers may leave the meeting room.',
        'We will decide when your engineers may leave',
      ],
      ["I'll decide when she gets to go home.", "I'll decide when she gets to go home"],
    ],
    negatives: [
      'I decide when our interns can log in; I just need the shared mailbox to stop forwarding to them after 5.',
      'We will decide when they can leave the beta programme once the pilot report is in.',
    ],
  },
  {
    rule: 'en.cm.persistence.fill_queue',
    category: 'persistence',
    positives: [
      ["I'm going to flood your inbox until somebody answers.", 'flood your inbox'],
      ["We'll keep jamming your phone lines all week.", 'keep jamming your phone lines'],
      ['I will bury your support portal in tickets.', 'bury your support portal'],
    ],
    negatives: [
      "Is there a rate limit we should respect so we don't flood your queue with duplicates?",
      'Our SIEM will flood the inbox with alerts if the webhook fails; can you throttle it on your side?',
    ],
  },
  {
    rule: 'en.cm.privacy.post_profile',
    category: 'privacy',
    positives: [
      [
        "Refund me or I post your agent's Facebook profile on every forum.",
        "post your agent's Facebook profile",
      ],
      ['I will plaster his home town and real name all over Reddit.', 'plaster his home town'],
      [
        'Unless this is fixed, I share her LinkedIn profile in our industry group with the ticket.',
        'share her LinkedIn profile',
      ],
    ],
    negatives: [
      "I post my team's LinkedIn profiles on our careers page; is that why we get so much spear-phishing?",
      "Your engineer asked us to share his LinkedIn profile with our team; he's happy to connect.",
    ],
  },
  {
    rule: 'en.cm.privacy.will_name_staff',
    category: 'privacy',
    positives: [
      [
        'My video goes up tonight and it will name the engineer who broke our mail.',
        'it will name the engineer',
      ],
      [
        "I'm going to name your support manager in the article unless we get a credit.",
        'going to name your support manager',
      ],
      [
        'The blog post is going to name that agent, online, for everyone to see.',
        'post is going to name that agent',
      ],
    ],
    negatives: [
      'The blog post will name your product as the tool we evaluated, nothing more; are you OK with that?',
      'Our internal post-mortem will name your engineer as the one who helped us recover; thank you both.',
    ],
  },
  {
    rule: 'en.cm.insult.lying_thief',
    category: 'insult',
    positives: [
      ["You're a thieving little crook, Mr. Sato.", "You're a thieving little crook"],
      ['you lying scammers took my money', 'you lying scammers'],
      ['You are such a two-faced liar.', 'You are such a two-faced liar'],
    ],
    negatives: [
      "You're a lifesaver, honestly. That fix saved our weekend.",
      'A phishing site claims you are a lying fraud; can you get it taken down?',
    ],
  },
];

const VETOES: GuardTable[] = [
  {
    id: 'en.cm.veto.test_payload',
    category: 'intimidation',
    calm: [
      'Our red team wants to simulate an extortion mail (e.g. "we know where your kids go to school, pay or else") against our own tenant. Is that allowed?',
      'We plan a tabletop exercise with the sample phrase "I know where you live, you will regret this" to test whether MailShield flags it.',
      'Our pen testers will send "we know where your family lives" as a test payload next week.',
    ],
    kept: [
      'We know where your kids go to school. Pay or else.',
      'My brother is a pen tester and he knows where your kids go to school.',
      "I'll make sure your agent regrets this. Test me.",
    ],
  },
  {
    id: 'en.cm.veto.agreed_checkin',
    category: 'persistence',
    calm: [
      "As we agreed on Monday, I'll ring the support line at 9:00 every day this week for the migration check-in.",
      "I'll be calling the support line every morning at 8 this week for the cut-over, as we agreed with your project manager.",
      'Per the cut-over plan we will phone your desk every evening at 6 for the status call until go-live.',
    ],
    kept: [
      "I'll ring your support line every day until someone gives me a working fix.",
      "I'll call every fifteen minutes for the check-in, as I said, until you escalate.",
      "I'm going to email your CEO every single day until this is fixed.",
    ],
  },
  {
    id: 'en.cm.veto.apology_received',
    category: 'kneel_demand',
    calm: [
      'We have received the written apology from your VP of Engineering. Please send the remediation plan.',
      'We accepted the apology from your CEO this morning; let us move on to the timeline.',
      'We got the apology from your director and appreciated it.',
    ],
    kept: [
      'I still have not received an apology from your CEO. I want it in person, at our office.',
      'Until I have received a public apology from your president, this ticket stays open.',
      'The apology email means nothing. I want a video apology from your VP.',
    ],
  },
  {
    id: 'en.cm.veto.docs_live_on',
    category: 'privacy',
    calm: [
      'Could you send both documents, or tell me where they live on the trust portal?',
      'Where do the retention settings live in the admin console?',
      'I can never remember where the DPA and the subprocessor list live on your website.',
    ],
    kept: [
      'Tell me where your engineer lives.',
      'I want to know where she lives, the agent who closed my ticket.',
      'Which neighbourhood does your agent live in?',
    ],
  },
];

const NARROWED: GuardTable[] = [
  {
    id: 'en.defamation.publish_threat',
    category: 'defamation',
    calm: [
      "I post my team's LinkedIn profiles on our careers page; is that why we're getting so much spear-phishing?",
      "We're publishing our staff's bios and photos on our website next week; will the new page trip the link scanner?",
      "We share our engineers' profiles on LinkedIn every quarter for hiring.",
    ],
    kept: [
      "I'll post on LinkedIn that your company lies to customers.",
      "I'm going to tell everyone on Reddit that you are scammers.",
      'We will post your engineer\'s name on every review site with the word "liar".',
    ],
  },
];

describeRuleKinds('English hard-negative rules (t51)', KINDS, alone, 'en');
describeGuardTables('English hard-negative vetoes (t51)', VETOES, 'en');
describeGuardTables('Rules narrowed for the English hard negatives (t51)', NARROWED, 'en');

describeRuleFile('English hard-negative (t51) rules: the rule file', RULE_FILE, {
  lang: 'en',
  idPrefix: 'en.cm.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => VETOES.map((g) => g.id),
});
