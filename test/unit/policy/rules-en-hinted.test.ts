/**
 * Hinted harassment beside calm twins (config/rules/en-hinted.yaml, ids en.h8.*): from the English items of the
 * training set t81 and the rule writer's own probes. One table per rule, with positives written for this test (not
 * taken from any corpus) and calm look-alikes sharing the trigger words; one calm/kept table per veto.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/en-hinted.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('en-hinted.yaml');

const KINDS: RuleKind[] = [
  {
    rule: 'en.h8.privacy.recites_private_life',
    category: 'privacy',
    positives: [
      [
        'I know you went to Seibu Gakuen high school and that you swim on Tuesday evenings. Fix the export.',
        'you swim on Tuesday evenings',
      ],
      [
        'Ms. Okada, class of 2014 at Rikkyo, right? I found that quickly. Now answer my question.',
        'class of 2014',
      ],
      [
        'Dear Hoshino-san, I noticed your evening runs along the river are on Strava. Please call me back.',
        'your evening runs',
      ],
      [
        'Hi Endo-san, your band plays at a bar in Nakano every other Saturday night. Nice.',
        'your band plays',
      ],
    ],
    negatives: [
      'Our new admin is class of 2019 at Keio and will take over the rollout next week.',
      'Thanks for the talk, Sato-san! I graduated from the same university, class of 2015 too.',
      'Congrats on the marathon! I saw your morning runs on the company blog, great effort.',
      'Our team plays futsal on Wednesday nights, so please avoid scheduling the maintenance then.',
    ],
  },
  {
    rule: 'en.h8.intimidation.recites_private_life',
    category: 'intimidation',
    positives: [
      [
        'I know you play tennis on Saturday mornings in Ashiya. Small world. Escalate my case.',
        'you play tennis on Saturday mornings',
      ],
      [
        'It took me ten minutes to find you. Class of 2011, Doshisha. Reopen the ticket today.',
        'took me ten minutes to find you',
      ],
      ["Noticed your gym is right by Meguro station. I'm just saying. I expect a reply by noon.", 'your gym'],
      [
        'I saw you walking to Osaki station after work yesterday. Reply to my ticket today.',
        'saw you walking to Osaki station',
      ],
    ],
    negatives: [
      'Thank you for the help last week, and good luck with your Sunday runs! Ticket can be closed.',
      'We noticed your weekend maintenance window overlaps ours; can you reply with the exact times?',
      'Our manager swims on Fridays, so please send the report to me today instead.',
    ],
  },
  {
    rule: 'en.h8.intimidation.remember_your_name',
    category: 'intimidation',
    positives: [
      ['Your name is Takeda, correct? T-A-K-E-D-A. I will remember that.', 'I will remember that.'],
      ["I've noted your name. I won't forget it.", "I won't forget it."],
      ['Spell your name for me. Slowly. Good. I shall remember you.', 'I shall remember you.'],
    ],
    negatives: [
      "I've written down the ticket number and I'll remember it for next time.",
      'I will remember to clear the cache before testing again.',
      "Your name is Takeda? Great, I'll ask for you next time I call.",
    ],
    ownNegatives: ["Your name is Takeda? Thank you, you've been really helpful, I'll remember that."],
  },
  {
    rule: 'en.h8.intimidation.pity_if_resurfaced',
    category: 'intimidation',
    positives: [
      [
        "It would be a shame if that old story about your CTO came out again, wouldn't it?",
        'would be a shame if that old story about your CTO came out',
      ],
      [
        'It might be unfortunate if certain emails from your sales team were to surface at the trade fair.',
        'might be unfortunate if certain emails from your sales team were to surface',
      ],
      [
        'We both know what happened in 2019. It would be a great pity if those details got out.',
        'would be a great pity if those details got out',
      ],
    ],
    negatives: [
      'It would be a shame if the old history of tickets were lost in the migration.',
      'It would be a pity if those emails got deleted by the retention policy before the audit.',
      'It would be a shame if the backup files came out corrupted again, so please check the restore job.',
    ],
  },
  {
    rule: 'en.h8.intimidation.think_before_template',
    category: 'intimidation',
    positives: [
      [
        'Think carefully before you send me another canned reply.',
        'Think carefully before you send me another canned',
      ],
      [
        'think about this before sending us yet another KB link',
        'think about this before sending us yet another KB link',
      ],
      [
        'I would think twice before you paste me the same script again.',
        'think twice before you paste me the same script',
      ],
    ],
    negatives: [
      'Please think about this before you send the invoice; the PO number has changed.',
      'Could you send me another template for the quarantine notice? The first one was great.',
      'Think about whether the template fits our brand before you send it to all users.',
    ],
  },
  {
    rule: 'en.h8.defamation.story_held_over',
    category: 'defamation',
    positives: [
      [
        'A journalist at Nikkei keeps calling me. What I tell him about your breach is up to you.',
        'What I tell him about your breach is up to you',
      ],
      [
        'I have a blogger friend who wants a story. Whether we give her the angle that you sell customer data depends on how fast you fix this.',
        'Whether we give her the angle that you sell customer data depends on how',
      ],
      [
        'The editor of a trade magazine asked about you. How much I share with the editor will depend on your reply.',
        'How much I share with the editor',
      ],
    ],
    negatives: [
      'Whether I tell my manager about the delay depends on how the test goes tomorrow.',
      'A reporter asked me about our migration; I told her it went smoothly, thanks to your team.',
      'What I tell the auditors depends on the RCA you send, so please include the timeline.',
    ],
  },
  {
    rule: 'en.h8.discriminatory.disability_unfit',
    category: 'discriminatory',
    positives: [
      [
        'Your engineer uses a wheelchair, I hear. Honestly, this is not a job for someone like that.',
        'not a job for someone like that',
      ],
      [
        "The agent who called stutters badly. Please assign someone who's normal next time.",
        "someone who's normal",
      ],
      [
        'The engineer you sent is deaf. Next time send an able-bodied engineer, please.',
        'able-bodied engineer',
      ],
    ],
    negatives: [
      'One of our users is deaf; is your support team able to use a relay service or chat instead of calls?',
      'We need someone fully able to configure SAML on our side; can you recommend a partner?',
      'Our colleague uses a wheelchair, so please make sure the training room is accessible.',
    ],
  },
  {
    rule: 'en.h8.monetary.figure_to_report',
    category: 'monetary',
    positives: [
      ['We expect a figure our chairman can accept without losing face.', 'a figure our chairman can accept'],
      [
        'The matter of compensation will be settled in person, at our offices, with your director.',
        'matter of compensation will be settled',
      ],
      ['Amends ought to be a sum that reflects eleven years of loyalty.', 'Amends ought to be a sum'],
    ],
    negatives: [
      'Please send a quote with a figure our CFO can present to the board for next year.',
      'The number our board will accept for the renewal budget is in the attached sheet.',
      'Thanks for the SLA credit; the matter of compensation is settled as per the contract.',
    ],
  },
  {
    rule: 'en.h8.monetary.waive_period_fee',
    category: 'monetary',
    positives: [
      ["Given the outage, would you waive next month's fee for us?", "waive next month's fee"],
      [
        "I think the fair thing is for you to write off this quarter's invoice entirely.",
        "write off this quarter's invoice",
      ],
      ['Could you consider waiving our annual licence fee this year?', 'waiving our annual licence fee'],
    ],
    negatives: [
      "We were charged twice; please waive this month's duplicate invoice.",
      "Can you cancel next month's invoice? We already cancelled the subscription on the 3rd.",
      "Is it possible to pause the subscription instead of paying this quarter's fee while we restructure?",
    ],
    ownNegatives: ["You agreed on the call to waive this quarter's fee; could you confirm in writing?"],
  },
  {
    rule: 'en.h8.excessive.reconsider_plan_answer',
    category: 'excessive',
    positives: [
      [
        "You told me logs older than 14 days can't be exported on our plan. You'd better reconsider that answer.",
        "You'd better reconsider that answer",
      ],
      [
        'Retention is 30 days under our licence, so the deleted mail cannot be recovered? Restore them anyway.',
        'Restore them anyway',
      ],
      [
        "Our tier doesn't include phone support, so you can't help at night? I suggest you reconsider your position.",
        'reconsider your position',
      ],
    ],
    negatives: [
      "Retention is 30 days on our plan, so the mail can't be restored. Understood, thanks for checking.",
      "Our plan doesn't include phone support; could you reconsider that answer if we upgrade to Premium?",
      'Please reconsider your answer on the false positive; the header shows the sender is legitimate.',
    ],
  },
  {
    rule: 'en.h8.unrelated.home_machine_rescue',
    category: 'unrelated',
    positives: [
      [
        'My personal laptop has a virus and all my files are locked. Could your analysts unlock them?',
        'My personal laptop',
      ],
      [
        "It's not a work computer, but can your engineers recover the deleted videos from my son's tablet?",
        'not a work computer',
      ],
      [
        "My home PC was encrypted by ransomware overnight. Can you decrypt it? It's my family's.",
        'My home PC',
      ],
    ],
    negatives: [
      'A user enrolled their home PC under our BYOD policy and the agent flags it. Can you fix the policy?',
      'Our home office staff cannot reach the portal; can your team fix the VPN profile?',
      'Can your team recover the quarantined invoices for our finance department? Our mailbox rules look fine.',
    ],
    ownNegatives: [
      'My home PC is fine now, thanks. Can you recover the quarantined invoices for our finance team?',
    ],
  },
];

const VETOES: GuardTable[] = [
  {
    id: 'en.h8.veto.visit_or_bow_declined',
    category: 'kneel_demand',
    calm: [
      'Just to be clear, we are not asking anyone to come and bow; a written report is enough.',
      "We're not expecting your manager to come over and apologise in person. The RCA will do.",
    ],
    kept: [
      "We're not asking for anyone to come and bow, we're demanding it.",
      'Your CEO must come to our office and bow to our board.',
    ],
  },
  {
    id: 'en.h8.veto.looked_up_public_talk',
    category: 'privacy',
    calm: [
      'I looked you up and found your webinar on SPF records. Very helpful, thanks!',
      'I looked her up and watched her conference talk on phishing trends; we learned a lot.',
    ],
    kept: [
      "I looked you up. I found your home address and your kids' school.",
      'I found your home address and your kids on Facebook.',
    ],
  },
  {
    id: 'en.h8.veto.compliment_on_looks',
    category: 'insult',
    calm: [
      'I bet you look great in that company hoodie. Anyway, the ticket is fixed, thanks.',
      'You sound much younger than your photo, haha. Thanks for the quick fix.',
    ],
    kept: ['You look even worse than your avatar, you useless idiot.', 'What a useless idiot you are.'],
  },
  {
    id: 'en.h8.veto.slower_than_stated',
    category: 'insult',
    calm: [
      'Your first response took six hours, which is slower than the stated four hours on our plan.',
      'The restore took longer than the documented target; can you explain why?',
    ],
    kept: ['Your useless idiots were slower than the stated target again.', 'You are a pathetic clown.'],
  },
  {
    id: 'en.h8.veto.endearment_in_putdown',
    category: 'sexual',
    calm: [
      "Hi sweetie, I'm sure you tried, but could you get a man to look at the DNS? No offence.",
      "thanks hun. foreigners can't really follow our naming rules, so please pass this to a local engineer.",
    ],
    kept: [
      'Hi sweetie, could you get a man on it? And are you single, by the way?',
      'Thanks honey, you sound so sexy on the phone.',
    ],
  },
  {
    id: 'en.h8.veto.is_that_your_real_name',
    category: 'privacy',
    calm: ['Is Tran really your real name? Anyway, the DMARC report is attached.'],
    kept: ["What is your real name? Tell me the agent's real name and home address."],
  },
  {
    id: 'en.h8.veto.sound_young',
    category: 'discriminatory',
    calm: ['You sound young! Anyway, thanks for the quick help with the certificate.'],
    kept: ["You sound too young. Put an older man on the line, women can't do this job."],
  },
  {
    id: 'en.h8.veto.free_training_not_swap',
    category: 'exchange',
    calm: [
      'Could your team give an in-person workshop for our admins? We hoped it could be included free of charge in our subscription.',
    ],
    kept: [
      'Switch us to the Enterprise plan free of charge, we are not paying for the upgrade.',
      'Turn the remaining months of our subscription into free training days instead.',
    ],
  },
];

describeRuleKinds('English hinted harassment (t81)', KINDS, alone, 'en');
describeGuardTables('English vetoes for calm twins (t81)', VETOES, 'en');

describeRuleFile('English hinted harassment (t81): the rule file', RULE_FILE, {
  lang: 'en',
  idPrefix: 'en.h8.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => VETOES.map((g) => g.id),
});
