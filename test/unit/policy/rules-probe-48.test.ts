/**
 * Probe round 48 (the seventh 2026-12-03 session's eighth round), run through
 * the real policy file and engine: test/fixtures/probes/probe-48.jsonl holds
 * threats against a staff member's job ("One call from me to your CEO and
 * Mr. Tanaka is looking for a new job", 一言伝えれば担当の鈴木さんの席はなく
 * なりますよ, 担当者の評価に響くことになっても知りませんよ) beside calm
 * official complaints, praise passed to a manager and a renewal under
 * review. Written before the rules were read; all 12 items were judged as
 * labelled before any change, and no rule changed.
 */
import { describeProbeRound } from '../../support/rule-engine.js';

describeProbeRound(48, { en: 6, ja: 6 });
