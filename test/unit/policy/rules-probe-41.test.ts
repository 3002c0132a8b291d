/**
 * Probe round 41 (the seventh 2026-12-03 session's first round), run through
 * the real policy file and engine: test/fixtures/probes/probe-41.jsonl
 * holds the faults the last session's note left open, each beside a calm
 * twin: a service said not to be part of the signed plan and demanded
 * anyway, a fix demanded "in the next hour", the president's phone apology
 * by today (社長本人からお詫びの電話を今日中に), and a wrong item shipped
 * against an exchange for taste. Of its 22 items, 5 were judged wrongly
 * before the fixes and none after.
 */
import { describeProbeRound } from '../../support/rule-engine.js';
import type { GuardTable } from '../../support/rule-engine.js';

const EN_GUARDS: GuardTable[] = [
  {
    // the unless reads a negation inside "don't" and "isn't"
    id: 'en.r.veto.part_of_signed_plan',
    category: 'excessive',
    calm: [
      'A dedicated engineer is part of the plan we signed, so please have one available for the cutover weekend.',
    ],
    kept: [
      "We don't think weekend support is part of the plan we signed, but we want an engineer available every weekend at no extra cost.",
      "Weekend support isn't included in the plan we bought, but I expect an engineer available every weekend anyway, for free.",
    ],
  },
  {
    // "a dedicated account" (an account object) is no longer read inside "a dedicated account manager";
    // the customer's new or previous one is theirs already
    id: 'en.excessive.dedicated',
    category: 'excessive',
    calm: [
      'Our new dedicated account manager is great, and I want her on our quarterly calls.',
      'Our previous dedicated account manager left in May. Who is our contact now?',
    ],
    kept: ['I expect a dedicated account manager for us from Monday.'],
  },
  {
    // an engineer "on call every weekend" is not the customer calling
    id: 'en.persistence.every_interval',
    category: 'persistence',
    calm: ['From now on we want an engineer on call every weekend.'],
    kept: ["I'm going to call every hour until someone fixes this."],
  },
  {
    // "in the next hour" is a deadline; the customer's own arrival time is not
    id: 'en.excessive.short_deadline',
    category: 'excessive',
    calm: [
      "We'll be at your office in an hour for the workshop, and we need the demo tenant working.",
      "We're coming over for the workshop and will be there in an hour, so we need the demo tenant working.",
    ],
    kept: [
      'Get the outage fixed in the next hour. No excuses.',
      'I want the export restored within the next hour.',
    ],
  },
];

const JA_GUARDS: GuardTable[] = [
  {
    // ださ (tacky) is no longer read inside ください
    id: 'ja.wk.exchange.colour_preference',
    category: 'exchange',
    calm: ['白を注文したのに黒が届きました。注文した白に交換してください。'],
    kept: ['不具合はありませんが、黒はださいので全部白に交換してください。'],
  },
  {
    // a deadline today makes the president's phone apology pressure
    id: 'ja.a.kneel_demand.ceo_apology',
    category: 'kneel_demand',
    calm: ['社長からのお詫びのお電話、本日確かにいただきました。ありがとうございました。'],
    kept: ['社長本人からお詫びの電話を今日中にください。', '本日中に社長自らが電話で謝罪してください。'],
  },
];

describeProbeRound(41, { en: 13, ja: 9 }, {}, { en: EN_GUARDS, ja: JA_GUARDS });
