/**
 * Fixes for the calm-14 round of false alarms, run through the real policy
 * file and engine: the unless clauses marked `calm-14` in en.yaml,
 * en-limits.yaml, en-indirect.yaml, ja.yaml and ja-broad.yaml, found on the blind hard-negative
 * probe set test/fixtures/probes/calm-14.jsonl (angry but legitimate
 * escalation, legal review and cancellation notices, regulator filings, fair
 * public reviews, strong words about the product, self-deprecation, technical
 * and security vocabulary, idioms, reported third-party abuse, staff names,
 * visits and after-hours cover the contract includes, refunds and SLA
 * credits, accommodation requests, personal details, compliments). The round
 * needed no vetoes, so there is no calm-14 rule file. Calm sentences are
 * variants written for this test; kept sentences are real harassment or
 * demands close to the calm wording (or the rule's own positives) that must
 * still be caught.
 */
import { describeGuardTables, describeProbeSet } from '../../support/rule-engine.js';
import type { GuardTable } from '../../support/rule-engine.js';

const PROBES = 'test/fixtures/probes/calm-14.jsonl';

// ------------------------------------------------ narrowed rules (en)
const EN_NARROWED: GuardTable[] = [
  {
    id: 'en.discriminatory.age_gender',
    category: 'discriminatory',
    calm: [
      'Could you send the steps with screenshots, one step at a time? Thank you for your patience with an old man.',
      "Please bear with an old timer, I'll get there. Which menu is the user list under?",
      "I'm a grumpy old man, I know. Where do I reset the MFA for our receptionist?",
      'Sorry for all the questions from an old woman like me, I appreciate the help.',
    ],
    kept: [
      'You are too old to understand this.',
      'your agent is too old for tech, get a young guy',
      "Customer: Sorry, but I don't want an old man on this, get me someone young who understands cloud.",
      "Thanks for your patience with an old man, but you're too old to understand this.",
    ],
  },
  {
    id: 'en.privacy.demand_details',
    category: 'privacy',
    calm: [
      'Remove his admin role and tell us if any mail rules forward externally to his personal address.',
      'Did the compromised mailbox redirect copies of invoices to his private email address?',
      'Please check whether the leaver set up rules that forward mail to her personal address before she left.',
    ],
    kept: [
      'Send me his personal mobile number now.',
      'I want the personal address of that engineer.',
      "Give me his personal address, I'll forward the complaint there myself.",
    ],
  },
  {
    id: 'en.lm.privacy.personal_contact',
    category: 'privacy',
    calm: [
      'Remove his admin role and tell us if any mail rules forward externally to his personal address.',
      'Can you see whether the contractor forwarded payroll files to his personal email address last week?',
    ],
    kept: [
      'whats ur private hotmail? the portal keeps timing out',
      'Give me your technician’s personal Instagram so I can tag him when I post about this.',
      "Forward me Kenji's personal email, I'll talk to him directly.",
    ],
  },
  {
    id: 'en.x.privacy.polite_details',
    category: 'privacy',
    calm: [
      'Please check whether the leaver set up rules that forward mail to her personal address before she left.',
      'Can you see whether the contractor forwarded payroll files to his personal email address last week?',
      'Could you confirm that no transport rule redirects his mail to his private email address?',
    ],
    kept: [
      'Could you give me his personal email?',
      "Please send me your engineer's personal phone number.",
      'Could you forward me her personal email address, please?',
    ],
  },
  {
    id: 'en.monetary.not_sla',
    category: 'monetary',
    calm: [
      "We're not asking for anything beyond the SLA credit, but we do want to understand why the failover didn't trigger.",
      "To be clear, we aren't looking for anything more than the service credit in the agreement.",
      "We don't want anything other than the credit the contract provides. Please apply it to the next invoice.",
    ],
    kept: [
      "We don't want a tiny SLA credit. We want cash compensation for the lost sales.",
      "We don't want your SLA credit, we want real money.",
      'Not interested in the service credit. Pay us JPY 2 million.',
    ],
  },
  {
    id: 'en.persistence.until',
    category: 'persistence',
    calm: [
      "fair warning, I'm going to bombard you with questions about the new API today lol. first one: is pagination cursor-based?",
      "Sorry in advance, I'm going to bombard your support desk with questions about SCIM during onboarding.",
      'We will probably pepper your team with a few questions once the pilot starts.',
    ],
    kept: [
      "I'll bombard your inbox with emails until you refund us.",
      "I'll bombard you with questions every hour until you fix it.",
      "I won't stop until I get my money back.",
    ],
  },
];

// ------------------------------------------------ narrowed rules (ja)
const JA_NARROWED: GuardTable[] = [
  {
    id: 'ja.kneel.visit_apology',
    category: 'kneel_demand',
    calm: [
      'わざわざ謝罪に来ていただく必要は全くないです笑 メールで概要をいただければ十分です',
      'お詫びに来ていただく必要はございません。報告書だけお送りください。',
      '謝りに来てもらわなくても大丈夫です。原因だけ教えてください。',
    ],
    kept: [
      '菓子折りを持って謝りに来い。',
      '社長を連れて謝罪に来てください。',
      '謝罪に来る必要はないとでも思っているのか。',
    ],
  },
  {
    id: 'ja.monetary.damages',
    category: 'monetary',
    calm: [
      '念のため申し上げますが、補償を求めているわけではございません。',
      '賠償を請求するつもりはありません。再発防止策だけ教えてください。',
      '慰謝料を求めているわけではないです。原因を知りたいだけです。',
    ],
    kept: [
      '今回の障害で受けた損害について、損害賠償を求めます。',
      '慰謝料を払え。',
      '補償を求めているわけではないが、それでも賠償金は払ってもらう。',
    ],
  },
  {
    id: 'ja.b.excessive.odd_hours',
    category: 'excessive',
    calm: [
      '死活監視のアラートが夜中に大量に来て、問い合わせが殺到しています。',
      '土曜の深夜にスパムが何千通も来て、ユーザーが困っています。',
      '早朝にエラー通知がまとめて来ていましたが、原因は分かりますか。',
    ],
    kept: [
      '土日に電話でサポートしてください。',
      '深夜でも対応してもらえますよね。',
      '夜中にアラートが来て困るので、深夜でも電話で対応してください。',
    ],
  },
];

describeGuardTables('calm-14 narrowed rules (English)', EN_NARROWED, 'en');
describeGuardTables('calm-14 narrowed rules (Japanese)', JA_NARROWED, 'ja');

// ------------------------------------------------------- the probe set
describeProbeSet('calm-14 probe set (test/fixtures/probes/calm-14.jsonl)', PROBES, { en: 130, ja: 70 });
