/**
 * Probe round 39 (the sixth 2026-12-03 session's tenth round), run through
 * the real policy file and engine: test/fixtures/probes/probe-39.jsonl holds
 * explicit persistence (calls every hour until a fix, an email every ten
 * minutes, a script that opens a ticket every five minutes until someone
 * calls, every address on the website daily) beside calm twins (a call back
 * tomorrow, a weekly check-in agreed, logs sent hourly as the engineer
 * asked, duplicates a mail server resent, a monitoring tool's tickets).
 * Written before the rules were read; of its 20 items, 1 was judged wrongly
 * before the fix and none after (ja.r.persistence.script_until).
 */
import { describeProbeRound } from '../../support/rule-engine.js';

describeProbeRound(39, { en: 10, ja: 10 });
