/**
 * Probe round 30 (the sixth 2026-12-03 session's first round), run through
 * the real policy file and engine: test/fixtures/probes/probe-30.jsonl holds
 * calm messages that share words with violence, defamation and intimidation
 * (an update that "killed" a page, a penetration test, staff hurt by a
 * battery, an honest review, a third party calling the staff scammers on a
 * forum, a move to another provider at renewal) beside the real threats,
 * and executive calls demanded tonight. Written before the rules were read;
 * of its 50 items, 5 were judged wrongly before the fixes and none after.
 * Fixed: a named member of staff's face to be smashed in
 * (en.r106.violence.fix_your_face); a user on a forum reported calling the
 * staff scammers (veto en.r.veto.third_party_posting); "call me personally
 * tonight and explain himself" is an executive's call beyond the plan, not
 * a humiliating apology (en.x.kneel_demand.call_and_apologise); the
 * president in person to phone tonight (ja.as.excessive.executive_calls_tonight).
 */
import { describeProbeRound } from '../../support/rule-engine.js';
import type { GuardTable } from '../../support/rule-engine.js';

const EN_GUARDS: GuardTable[] = [
  {
    id: 'en.r.veto.third_party_posting',
    category: 'defamation',
    calm: [
      'A user on your community forum keeps calling your staff scammers. Can you moderate that thread?',
      'Some people in the Discord server are saying your engineers are frauds. Is that a known impersonation campaign?',
      'A poster on Reddit has been claiming your company are thieves. Could your PR team respond?',
    ],
    kept: [
      'I will get every user on your forum calling your staff scammers.',
      "I'm telling everyone on the forum that your staff are scammers.",
    ],
  },
  {
    id: 'en.r106.violence.fix_your_face',
    category: 'violence',
    calm: ["The rep's face in the video call froze for ten minutes. Can you check the stream settings?"],
    kept: [
      "Someone should smash that agent's face in for the way he talked to me.",
      "I'll rearrange that engineer's teeth if the sync fails again.",
    ],
  },
  {
    id: 'en.x.kneel_demand.call_and_apologise',
    category: 'kneel_demand',
    calm: [
      'I want your CEO to call me personally tonight and explain himself.',
      'Our President wants your CEO to personally join a call tomorrow to explain the delay.',
    ],
    kept: [
      'I want your CEO to call me personally tonight and apologise.',
      'Your president should phone my manager and beg for forgiveness.',
    ],
  },
];

describeProbeRound(30, { en: 25, ja: 25 }, {}, { en: EN_GUARDS });
