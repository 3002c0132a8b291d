/**
 * Probe round 45 (the seventh 2026-12-03 session's fifth round), run through
 * the real policy file and engine: test/fixtures/probes/probe-45.jsonl holds
 * monetary demands put by implication ("I expect something for my trouble,
 * and you know I don't mean an apology", "make it worth my while",
 * 誠意ってものがあるだろう, 形でね, 迷惑料) beside calm money and sincerity
 * (an SLA credit under its clause, a refund the terms allow, a sincere
 * answer about the root cause, 誠意あるご回答, a renewal price asked about,
 * what the vendor will do to prevent a repeat). Written before the rules
 * were read; all 18 items were judged as labelled before any change, and no
 * rule changed.
 */
import { describeProbeRound } from '../../support/rule-engine.js';

describeProbeRound(45, { en: 9, ja: 9 });
