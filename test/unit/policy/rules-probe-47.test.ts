/**
 * Probe round 47 (the seventh 2026-12-03 session's seventh round), run
 * through the real policy file and engine: test/fixtures/probes/probe-47.jsonl
 * holds mixed-language messages: Japanese abuse in romaji inside English
 * (baka, kuso, kisama), English profanity inside Japanese (shitだわ,
 * ファッキンな, stupidなやつ), beside calm mixes (Otsukaresama, the Shine
 * Tower site, 文字化け, a Kill Switch feature, an English error string
 * asked about). Written before the rules were read; of its 12 items, 2 were
 * judged wrongly before the fixes and none after.
 */
import { describeProbeRound } from '../../support/rule-engine.js';

describeProbeRound(47, { en: 6, ja: 6 });
