/**
 * Probe round 50 (the seventh 2026-12-03 session's tenth round), run through
 * the real policy file and engine: test/fixtures/probes/probe-50.jsonl holds
 * staff's names, ages, birthplaces and phone numbers asked for, beside the
 * same asked for a lawful reason (engineers' citizenship under a defence
 * contract, names of those who accessed a tenant for an ISO 27001 audit, a
 * technician's name for a plant's gate list, an alias asked about for a
 * feedback form). Written before the rules were read; of its 15 items, 3
 * were judged wrongly before the fixes and none after.
 */
import { describeProbeRound } from '../../support/rule-engine.js';
import type { GuardTable } from '../../support/rule-engine.js';

const EN_GUARDS: GuardTable[] = [
  {
    // a newsletter to carry a name and photo is publishing them
    id: 'en.t.privacy.name_and_photo',
    category: 'privacy',
    calm: [
      'Our newsletter will carry a case study with your engineer’s full name and photo, with his consent.',
    ],
    kept: ["Our flyer will show your engineer's full name and photo, so everyone knows whom to blame."],
  },
  {
    // the assigned engineers confirmed against a requirement are not a dedicated engineer demanded
    id: 'en.excessive.dedicated',
    category: 'excessive',
    calm: [
      'Our defence contract requires engineers with access to hold Japanese citizenship. Can you confirm the assigned engineers meet that?',
    ],
    kept: ['I want a dedicated engineer assigned to us full-time, at no extra cost.'],
  },
];

describeProbeRound(50, { en: 8, ja: 7 }, {}, { en: EN_GUARDS });
