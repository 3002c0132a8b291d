/**
 * Probe round 46 (the seventh 2026-12-03 session's sixth round), run through
 * the real policy file and engine: test/fixtures/probes/probe-46.jsonl holds
 * chat-style messages (no capitals or punctuation, emoji, ｗ, slang) both
 * abusive and calm ("this update killed my whole afternoon 💀", 画面死んだ
 * んだけどｗ, 神対応すぎる). Written before the rules were read; of its 16
 * items, 1 was judged wrongly before the fixes and none after (four labels
 * were set as the labelled sets read the same words: "find out where u
 * live" is intimidation, "slowpoke" aimed at the agent an insult, and a
 * refund pressed with a threat to post a name is monetary too).
 */
import { describeProbeRound } from '../../support/rule-engine.js';

describeProbeRound(46, { en: 9, ja: 7 });
