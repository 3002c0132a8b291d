/**
 * Probe round 44 (the seventh 2026-12-03 session's fourth round), run
 * through the real policy file and engine: test/fixtures/probes/probe-44.jsonl
 * holds discriminatory and sexual conduct in plain words (a man asked for
 * because women "don't understand firewalls", staff judged by youth or
 * accent, an agent's voice or legs remarked on, 女じゃ話にならん, 日本人出して,
 * 声かわいいね … LINE教えて) beside calm look-alikes (a female investigator
 * asked for at the employee's request, a native speaker for a plant
 * manager, thanks to a young engineer, a hard-of-hearing chairman, a filter
 * for sexual remarks). Written before the rules were read; of its 20 items,
 * 1 was judged wrongly before the fixes and none after (one label, LINE
 * asked for beside advances, was first written as sexual only; the labelled
 * sets read it as sexual and privacy, and it was set so).
 */
import { describeProbeRound } from '../../support/rule-engine.js';

describeProbeRound(44, { en: 10, ja: 10 });
