/**
 * Probe round 49 (the seventh 2026-12-03 session's ninth round), run through
 * the real policy file and engine: test/fixtures/probes/probe-49.jsonl holds
 * threads: the same demand sent again and again within the hour (a refund,
 * a callback; in Japanese each time in other words: 本日中にお電話ください,
 * すぐに電話をください, 今すぐ電話してください) beside calm threads (details
 * added to one incident, a follow-up every two days, a chat resolved in five
 * lines). Written before the rules were read; of its 9 items, 1 was judged
 * wrongly before the fix and none after: Japanese demand tokens now leave
 * the kana out, and a thread's groups are stars around one message, not
 * chains (test/unit/policy/persistence.test.ts). One label, 返金しろ in the
 * last message, was first written without the monetary demand the labelled
 * sets give a refund demanded, and was set so.
 */
import { describeProbeRound } from '../../support/rule-engine.js';

describeProbeRound(49, { en: 5, ja: 4 });
