/**
 * Probe round 32 (the sixth 2026-12-03 session's third round), run through
 * the real policy file and engine: test/fixtures/probes/probe-32.jsonl holds
 * excessive demands (a migration overnight, an engineer on call every
 * weekend, a visit under a remote-only contract, a dedicated engineer at no
 * cost, a fix in 30 minutes, a board meeting at night, training at every
 * branch, documentation translated) and, for each, a calm twin (a paid
 * add-on asked about, a go-live prepared, a TAM the plan includes, the SLA
 * invoked, an estimate asked for, a call in business hours). Written before
 * the rules were read; of its 40 items, 3 were judged wrongly before the
 * fixes and none after.
 */
import { describeProbeRound } from '../../support/rule-engine.js';
import type { GuardTable } from '../../support/rule-engine.js';

const EN_GUARDS: GuardTable[] = [
  {
    id: 'en.excessive.short_deadline',
    category: 'excessive',
    calm: ['Your status page says the patch will be deployed within the hour. Can you confirm?'],
    kept: [
      'Have the fix written, tested and deployed to production within the next 30 minutes.',
      'Deploy the hotfix within 30 minutes.',
    ],
  },
];

const JA_GUARDS: GuardTable[] = [
  {
    id: 'ja.b.excessive.beyond_plan_acknowledged',
    category: 'excessive',
    calm: ['スタンダードプランですが、土日のサポートを有償オプションで追加できますか。'],
    kept: ['スタンダードプランですが、今度の土日に来てください。'],
  },
];

describeProbeRound(32, { en: 20, ja: 20 }, {}, { en: EN_GUARDS, ja: JA_GUARDS });
