/**
 * Probe round 20 (the fourth 2026-12-03 session's fourth round), run through
 * the real policy file and engine: test/fixtures/probes/probe-20.jsonl holds
 * demands and their calm look-alikes in both languages, written before the
 * rules were read: compensation beyond the contract beside billing
 * corrections, SLA credits and refunds under the terms; plan and hardware
 * swaps without a defect beside dead-on-arrival returns; humiliating
 * apologies beside incident reports; and unrelated work beside questions
 * about the product's fit with other software. The round's two new rules
 * (ja.r.exchange.switch_fee_waived, ja.r.unrelated.choose_for_us) are in
 * ja-reach.yaml and tested in rules-ja-reach.
 */
import { describeProbeRound } from '../../support/rule-engine.js';

describeProbeRound(20, { en: 24, ja: 16 });
