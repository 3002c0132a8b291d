/**
 * Probe round 35 (the sixth 2026-12-03 session's sixth round), run through
 * the real policy file and engine: test/fixtures/probes/probe-35.jsonl holds
 * 30 hard negatives in the corpus's mail style, each built around the
 * technical or figurative words a keyword list flags (kill -9, abort,
 * execute, master/slave, bombarded, shoot you an email, nuke, attack
 * surface, hammer the API, hang up, a threat reported by the customer,
 * 死活監視, 殺到, 暴露リスク, 叩き壊す勢い, 攻撃者を検知). All were judged
 * calm before any change; they guard against regressions.
 */
import { describeProbeRound } from '../../support/rule-engine.js';

describeProbeRound(35, { en: 15, ja: 15 });
