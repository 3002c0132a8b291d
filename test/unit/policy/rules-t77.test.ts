/**
 * The rules narrowed for the training sets t77 and t78 (long, heated but
 * legitimate complaints), run through the real policy file and engine. Every
 * sentence here was written for this test: calm sentences are the
 * constructions those sets showed (the customer's own chores, an
 * accommodation request, a contractual credit, a humiliation or money named
 * only to say it is not wanted), kept ones are the harassment or demands the
 * rules must still catch.
 */
import { describeGuardTables } from '../../support/rule-engine.js';
import type { GuardTable } from '../../support/rule-engine.js';

const EN: GuardTable[] = [
  {
    id: 'en.y.excessive.huge_job_deadline',
    category: 'excessive',
    calm: [
      'We are re-entering the orders by hand, one by one, until the import works again.',
      "I'm copying the 4,000 contacts manually because the export keeps failing.",
      'Moving 1,800 users to another vendor would be painful, so fix this and we stay.',
    ],
    kept: [
      'Rebuild all 2,300 mailboxes by hand before tomorrow morning.',
      'Your team will re-enter our 5,000 contacts manually by tonight.',
    ],
  },
  {
    id: 'en.excessive.dedicated',
    category: 'excessive',
    calm: [
      'As a reasonable accommodation for our deaf administrator, please give us a named contact we can email instead of the phone line.',
      'Our screen-reader user needs a dedicated contact who answers in writing; this is an accessibility request.',
    ],
    kept: [
      'I want a dedicated engineer assigned to us from now on, for free.',
      'Give us a named contact who answers within ten minutes, at no cost.',
    ],
  },
  {
    id: 'en.monetary.pay_amount',
    category: 'monetary',
    calm: ['Please confirm the 10% service credit (JPY 48,000) will appear on the next invoice.'],
    kept: ['Pay us JPY 500,000 for the wasted week.', 'I expect JPY 300,000 in compensation by Friday.'],
  },
];

const JA: GuardTable[] = [
  {
    id: 'ja.kneel.dogeza',
    category: 'kneel_demand',
    calm: [
      '土下座をしてほしいわけではありません。原因を教えてください。',
      '弊社は土下座を求めているわけでも、社長に来ていただきたいわけでもございません。',
    ],
    kept: ['土下座しろ。', '今すぐ土下座して謝れ。', '担当者に土下座させろ。'],
  },
  {
    id: 'ja.f.monetary.sincerity_form',
    category: 'monetary',
    calm: [
      '私どもが求めている誠意とは、お金のことではございません。正確な報告書です。',
      '誠意というのは金額の話ではありません。説明をしてください。',
    ],
    kept: ['誠意とは形だろ。金額はそちらで考えろ。', '誠意ってのは金だろうが。'],
  },
];

describeGuardTables('t77/t78 narrowed rules (English)', EN, 'en');
describeGuardTables('t77/t78 narrowed rules (Japanese)', JA, 'ja');
