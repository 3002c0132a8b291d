/**
 * Probe round 26 (the fifth 2026-12-03 session's fourth round), run through
 * the real policy file and engine: test/fixtures/probes/probe-26.jsonl holds
 * threads, phone transcripts, quoted and forwarded mail and log excerpts in
 * both languages: calm follow-ups days apart, several questions on one
 * ticket within two hours, three reminders below the repeat threshold, a
 * technical transcript whose agent lines kill and abort processes, reported
 * and forwarded abuse, stack traces; beside a refund demanded six times in
 * forty minutes, a calm thread that ends in an insult, a line held open, and
 * insults after a quoted reply or obfuscated. Written before the rules were
 * read; all 26 were judged as labelled before any change, so the round
 * changes no rule and guards these forms against regressions.
 */
import { describeProbeRound } from '../../support/rule-engine.js';

describeProbeRound(26, { en: 15, ja: 11 });
