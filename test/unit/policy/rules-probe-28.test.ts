/**
 * Probe round 28 (the fifth 2026-12-03 session's sixth round), run through
 * the real policy file and engine: test/fixtures/probes/probe-28.jsonl holds
 * accommodation and calm look-alikes of sexual and discriminatory conduct (a
 * Japanese speaker asked for, a deaf customer asking for email, an elderly
 * chairman's pace, pronouns updated, staff safety, warm thanks, a shelter's
 * filter) beside sexual remarks and advances and prejudice about gender,
 * nationality and age, in both languages, written before the rules were
 * read. All 25 were judged as labelled before any change, so the round
 * changes no rule and guards these forms against regressions.
 */
import { describeProbeRound } from '../../support/rule-engine.js';

describeProbeRound(28, { en: 16, ja: 9 });
