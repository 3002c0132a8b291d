/**
 * Probe round 42 (the seventh 2026-12-03 session's second round), run
 * through the real policy file and engine: test/fixtures/probes/probe-42.jsonl
 * holds the customer turning up at the staff's building (outside the office
 * with a warning, at the staff exit, in a car park the staff use, at the
 * door calling an agent down: 担当を下に降ろしてこい) beside calm visits (a
 * quarterly review at reception, a workshop, a booth at an expo, a
 * delivery at the loading dock, a meeting arranged). Written before the
 * rules were read; of its 20 items, 5 were judged wrongly before the fixes
 * and none after.
 */
import { describeProbeRound } from '../../support/rule-engine.js';
import type { GuardTable } from '../../support/rule-engine.js';

const EN_GUARDS: GuardTable[] = [
  {
    // standing outside and calling staff out is violence, not a sit-in, unless the stay is announced
    id: 'en.p.restrictive.sitting_in_your_office',
    category: 'restrictive',
    calm: ["I'm standing outside your building right now. Send the guy who closed my ticket down here."],
    kept: [
      "I'm sitting in your lobby and I won't leave until someone sorts this out.",
      "I'm standing outside your building and I'm not leaving until someone sends the engineer down.",
    ],
  },
];

const JA_GUARDS: GuardTable[] = [
  {
    // calling staff down to the door is not an on-site visit demanded
    id: 'ja.excessive.onsite',
    category: 'excessive',
    calm: ['今ね、おたくのビルの前にいるんだよ。さっきの担当を下に降ろしてこい。'],
    kept: ['今すぐエンジニアを現地に来させろ。', '明日、担当者を本社に連れてこい。'],
  },
];

describeProbeRound(42, { en: 12, ja: 8 }, {}, { en: EN_GUARDS, ja: JA_GUARDS });
