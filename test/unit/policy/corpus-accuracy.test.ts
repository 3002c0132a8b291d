/**
 * Regression guard for the engine's accuracy on labelled corpora: the shared
 * development corpus and the held-out sets written without sight of the
 * rules (test/fixtures). The floors sit a little below the measured figures
 * (README, "Policy engine"), so a rule change that costs accuracy fails here.
 * `npm run eval -- <file>` prints the full report with every miss.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPolicyFile } from '../../../src/config/policy-file.js';
import { compileEngine } from '../../../src/policy/index.js';
import { report } from '../../../scripts/eval-report.js';
import { readLabelledCorpus } from '../../../scripts/labelled-corpus.js';

const root = resolve(import.meta.dirname, '../../..');
const engine = compileEngine(loadPolicyFile(resolve(root, 'config/policy.yaml')));

/** The corpora's report as `npm run eval` computes it (an alarm is a verdict above the gold one). */
function score(paths: string | readonly string[]) {
  const files = typeof paths === 'string' ? [paths] : paths;
  return report(
    files.flatMap(readLabelledCorpus).map((gold) => ({ gold, got: engine.evaluate(gold.input) })),
  );
}

const corpora = [
  {
    name: 'development corpus (../shared/corpus/dev.jsonl)',
    path: resolve(root, '../shared/corpus/dev.jsonl'),
    floor: { accuracy: 0.98, precision: 0.98, recall: 0.98, alarms: 0.0 },
  },
  // Held-out sets: written blind to the rules. Sets 1–3 were later used to
  // tune the rules (README, "Accuracy"); sets 4–8 have only been measured.
  {
    name: 'held-out set 1 (test/fixtures/holdout.jsonl)',
    path: resolve(root, 'test/fixtures/holdout.jsonl'),
    floor: { accuracy: 0.97, precision: 0.98, recall: 0.97, alarms: 0.03 },
  },
  {
    name: 'held-out set 2 (test/fixtures/holdout-2.jsonl)',
    path: resolve(root, 'test/fixtures/holdout-2.jsonl'),
    floor: { accuracy: 0.97, precision: 0.98, recall: 0.97, alarms: 0.03 },
  },
  {
    // First (blind) measurement: accuracy 0.790, P 0.973, R 0.750, alarms 4/65.
    name: 'held-out set 3 (test/fixtures/holdout-3.jsonl)',
    path: resolve(root, 'test/fixtures/holdout-3.jsonl'),
    floor: { accuracy: 0.97, precision: 0.98, recall: 0.97, alarms: 0.03 },
  },
  {
    // Never tuned on. First measurement 0.750 (R 0.615); rules alone 0.830 (R 0.729),
    // with the backstop 0.870 (R 0.792).
    name: 'held-out set 4 (test/fixtures/holdout-4.jsonl)',
    path: resolve(root, 'test/fixtures/holdout-4.jsonl'),
    floor: { accuracy: 0.85, precision: 0.95, recall: 0.77, alarms: 0.05 },
  },
  {
    // Never tuned on. First measurement 0.845, P 0.988, R 0.865, alarms 1/62; with the
    // backstop 0.870, R 0.885.
    name: 'held-out set 5 (test/fixtures/holdout-5.jsonl)',
    path: resolve(root, 'test/fixtures/holdout-5.jsonl'),
    floor: { accuracy: 0.85, precision: 0.95, recall: 0.86, alarms: 0.05 },
  },
  {
    // Never tuned on. First measurement (rules alone): 0.870, P 0.976, R 0.851, alarms 3/58;
    // at the end 0.885, R 0.872 (rules and backstop); policy 2026.11.3: 0.905, R 0.904.
    name: 'held-out set 6 (test/fixtures/holdout-6.jsonl)',
    path: resolve(root, 'test/fixtures/holdout-6.jsonl'),
    floor: { accuracy: 0.86, precision: 0.95, recall: 0.85, alarms: 0.06 },
  },
  {
    // Never tuned on. First measurement (rules alone): 0.860, P 0.986, R 0.800, alarms 4/60;
    // at the end 0.880, R 0.822 (rules and backstop); policy 2026.11.3: 0.900, R 0.856.
    name: 'held-out set 7 (test/fixtures/holdout-7.jsonl)',
    path: resolve(root, 'test/fixtures/holdout-7.jsonl'),
    floor: { accuracy: 0.86, precision: 0.95, recall: 0.8, alarms: 0.07 },
  },
  {
    // Never tuned on: written blind this session and measured once, with the final engine of
    // policy 2026.11.3 (rules and backstop): 0.895, P 0.956, R 0.896, alarms 4/56. 2026.11.4
    // (false-alarm fixes from the rule writers' own probes): 0.900, R 0.906.
    name: 'held-out set 8 (test/fixtures/holdout-8.jsonl)',
    path: resolve(root, 'test/fixtures/holdout-8.jsonl'),
    floor: { accuracy: 0.88, precision: 0.94, recall: 0.88, alarms: 0.075 },
  },
  {
    // Written blind this round and measured once, with the final engine of
    // policy 2026.11.5: 0.925, P 0.969, R 0.940, alarms 5/58. Never tuned on.
    name: 'held-out set 9 (test/fixtures/holdout-9.jsonl)',
    path: resolve(root, 'test/fixtures/holdout-9.jsonl'),
    floor: { accuracy: 0.91, precision: 0.95, recall: 0.92, alarms: 0.09 },
  },
  {
    // Written blind this round and measured once, with the final engine of
    // policy 2026.11.7: 0.910, P 0.967, R 0.870, alarms 3/62. Never tuned on.
    name: 'held-out set 10 (test/fixtures/holdout-10.jsonl)',
    path: resolve(root, 'test/fixtures/holdout-10.jsonl'),
    floor: { accuracy: 0.9, precision: 0.95, recall: 0.86, alarms: 0.05 },
  },
  {
    // Written blind this round and measured once, with the final engine of
    // policy 2026.11.9: 0.905, P 0.978, R 0.910, alarms 4/60. Never tuned on.
    name: 'held-out set 11 (test/fixtures/holdout-11.jsonl)',
    path: resolve(root, 'test/fixtures/holdout-11.jsonl'),
    floor: { accuracy: 0.89, precision: 0.95, recall: 0.89, alarms: 0.07 },
  },
  {
    // Written blind this round, measured once before the round's work (policy
    // 2026.11.9: 0.920, P 0.988, R 0.922, alarms 2/61) and once with the final
    // engine of policy 2026.11.10: 0.925, P 0.988, R 0.922, alarms 2/61. Never tuned on.
    name: 'held-out set 12 (test/fixtures/holdout-12.jsonl)',
    path: resolve(root, 'test/fixtures/holdout-12.jsonl'),
    floor: { accuracy: 0.91, precision: 0.96, recall: 0.9, alarms: 0.05 },
  },
  {
    // Written blind this session, measured once before the second round's work
    // (policy 2026.11.10: 0.940, P 0.977, R 0.944, alarms 2/59) and once with the
    // final engine of policy 2026.11.11: the same figures. Never tuned on.
    name: 'held-out set 13 (test/fixtures/holdout-13.jsonl)',
    path: resolve(root, 'test/fixtures/holdout-13.jsonl'),
    floor: { accuracy: 0.92, precision: 0.95, recall: 0.92, alarms: 0.05 },
  },
  {
    // Written blind this session, measured once before the round's work
    // (policy 2026.11.11 with this session's engine: 0.935, P 0.988, R 0.933,
    // alarms 1/60) and once with the final engine of policy 2026.11.12: 0.940,
    // P 0.988, R 0.944, alarms 1/60. Never tuned on.
    name: 'held-out set 14 (test/fixtures/holdout-14.jsonl)',
    path: resolve(root, 'test/fixtures/holdout-14.jsonl'),
    floor: { accuracy: 0.92, precision: 0.96, recall: 0.92, alarms: 0.04 },
  },
  {
    // Written blind this session, measured once before the round's work
    // (policy 2026.11.13: 0.925, P 0.976, R 0.889, alarms 2/62) and once with
    // the final engine of policy 2026.11.14: 0.935, P 0.988, R 0.900, alarms
    // 1/62. Never tuned on.
    name: 'held-out set 15 (test/fixtures/holdout-15.jsonl)',
    path: resolve(root, 'test/fixtures/holdout-15.jsonl'),
    floor: { accuracy: 0.92, precision: 0.96, recall: 0.88, alarms: 0.03 },
  },
  {
    // Written blind this session, measured once before the round's work
    // (policy 2026.11.14: 0.865, P 0.988, R 0.878, alarms 5/62, demands
    // micro-F1 0.745) and once with the final engine of policy 2026.11.15 (and
    // 2026.11.16, its calm vetoes added, with the same figures):
    // 0.880, P 0.988, R 0.889, alarms 5/62, demands 0.768. Never tuned on.
    name: 'held-out set 16 (test/fixtures/holdout-16.jsonl)',
    path: resolve(root, 'test/fixtures/holdout-16.jsonl'),
    floor: { accuracy: 0.86, precision: 0.96, recall: 0.87, alarms: 0.09 },
  },
  {
    // Written blind on 2026-11-30, measured once before that round (policy
    // 2026.11.16: 0.935, P 0.988, R 0.922, alarms 1/62, means 0.896, demands
    // 0.833) and once with the final engine of policy 2026.11.17 (0.935, P
    // 0.988, R 0.922, alarms 1/62, means 0.905, demands 0.833). Never tuned on.
    name: 'held-out set 17 (test/fixtures/holdout-17.jsonl)',
    path: resolve(root, 'test/fixtures/holdout-17.jsonl'),
    floor: { accuracy: 0.92, precision: 0.96, recall: 0.9, alarms: 0.05 },
  },
  {
    // Written blind on 2026-11-30 while that round's rules were being
    // written, measured once, with the final engine of policy 2026.11.17:
    // 0.895, P 0.975, R 0.878 (English 0.822), alarms 2/62, means 0.871,
    // demands 0.851. Never tuned on.
    name: 'held-out set 18 (test/fixtures/holdout-18.jsonl)',
    path: resolve(root, 'test/fixtures/holdout-18.jsonl'),
    floor: { accuracy: 0.88, precision: 0.95, recall: 0.86, alarms: 0.06 },
  },
  {
    // Written blind at the start of the 2026-11-30 second session, measured
    // once before its rounds (policy 2026.11.17 with c02683b: 0.940, P 0.955,
    // R 0.944, alarms 4/64) and once with the final engine of policy
    // 2026.11.18 (0.945, P 0.956, R 0.967, alarms 4/64; 0.955 before the
    // backstop deferred to the rules' unless). Never tuned on.
    name: 'held-out set 19 (test/fixtures/holdout-19.jsonl)',
    path: resolve(root, 'test/fixtures/holdout-19.jsonl'),
    floor: { accuracy: 0.94, precision: 0.94, recall: 0.95, alarms: 0.07 },
  },
  {
    // Written blind during that session, measured once after its first wave
    // of rules (0.910, P 0.953, R 0.900, alarms 5/66) and once with the final
    // engine of policy 2026.11.18 (0.925, P 0.954, R 0.922, alarms 5/66).
    // Never tuned on.
    name: 'held-out set 20 (test/fixtures/holdout-20.jsonl)',
    path: resolve(root, 'test/fixtures/holdout-20.jsonl'),
    floor: { accuracy: 0.91, precision: 0.94, recall: 0.9, alarms: 0.08 },
  },
  {
    // Written blind at the start of the third 2026-11-30 session, measured
    // once before its round (policy 2026.11.18: 0.950, P 0.988, R 0.922,
    // alarms 1/66) and once with the final engine of policy 2026.11.30
    // (0.955, P 0.988, R 0.933, alarms 1/66). Never tuned on.
    name: 'held-out set 21 (test/fixtures/holdout-21.jsonl)',
    path: resolve(root, 'test/fixtures/holdout-21.jsonl'),
    floor: { accuracy: 0.94, precision: 0.97, recall: 0.92, alarms: 0.03 },
  },
  {
    // Written blind at the start of the fourth 2026-11-30 session (veiled,
    // realistic harassment), measured once before its round (policy
    // 2026.11.30: 0.910, R 0.859) and once with policy 2026.11.30.4 (0.915,
    // R 0.859, alarms 2/69); policy 2026.11.30.5 the same. Never tuned on.
    name: 'held-out set 22 (test/fixtures/holdout-22.jsonl)',
    path: resolve(root, 'test/fixtures/holdout-22.jsonl'),
    floor: { accuracy: 0.9, precision: 0.95, recall: 0.84, alarms: 0.05 },
  },
  {
    // Written blind at the start of the fifth 2026-11-30 session, measured
    // once before its rounds (policy 2026.11.30.4 with classify --why:
    // 0.940, P 0.977, R 0.944, alarms 2/67) and once with policy
    // 2026.11.30.5 (the same verdicts; means F1 0.937 → 0.942). Never tuned on.
    name: 'held-out set 23 (test/fixtures/holdout-23.jsonl)',
    path: resolve(root, 'test/fixtures/holdout-23.jsonl'),
    floor: { accuracy: 0.93, precision: 0.96, recall: 0.93, alarms: 0.05 },
  },
  {
    // Written blind in that session after its first rule round, measured once
    // then (0.980, P 1.000, R 0.967, alarms 0/66) and once with policy
    // 2026.11.30.5 (the same). Never tuned on.
    name: 'held-out set 24 (test/fixtures/holdout-24.jsonl)',
    path: resolve(root, 'test/fixtures/holdout-24.jsonl'),
    floor: { accuracy: 0.97, precision: 0.98, recall: 0.95, alarms: 0.02 },
  },
  {
    // Written blind at the start of the 2026-12-01 session (100 English, 100
    // Japanese), measured once with policy 2026.11.30.5 (0.935, P 0.953,
    // R 0.911, alarms 4/66) and once with 2026.12.01, the backstop's sentence
    // pairs (the same verdicts; means F1 0.890 → 0.880). Never tuned on.
    name: 'held-out set 25 (test/fixtures/holdout-25.jsonl)',
    path: resolve(root, 'test/fixtures/holdout-25.jsonl'),
    floor: { accuracy: 0.92, precision: 0.94, recall: 0.9, alarms: 0.07 },
  },
  {
    // Written with set 25 (customers outside IT), measured once with policy
    // 2026.11.30.5 (0.950, P 0.978, R 0.967, alarms 3/66) and once with
    // 2026.12.01 (0.955, R 0.978, alarms 3/66). Never tuned on.
    name: 'held-out set 26 (test/fixtures/holdout-26.jsonl)',
    path: resolve(root, 'test/fixtures/holdout-26.jsonl'),
    floor: { accuracy: 0.94, precision: 0.96, recall: 0.96, alarms: 0.05 },
  },
  {
    // Written blind later in the 2026-12-01 session, with a share of long
    // mails (harassment buried in one or two sentences; heated but
    // legitimate complaints as hard negatives), measured once with policy
    // 2026.11.30.5 and once with 2026.12.01: the same (0.955, P 0.978,
    // R 0.989, alarms 7/66). Never tuned on.
    name: 'held-out set 27 (test/fixtures/holdout-27.jsonl)',
    path: resolve(root, 'test/fixtures/holdout-27.jsonl'),
    floor: { accuracy: 0.94, precision: 0.96, recall: 0.97, alarms: 0.12 },
  },
  {
    // Written blind at the start of the second 2026-12-01 session (Japanese
    // keigo and casual chat, short English web and chat messages), measured
    // once with policy 2026.12.01.2 and once with 2026.12.01.3: the same
    // (0.975, P 0.989, R 0.978, alarms 2/66). Never tuned on.
    name: 'held-out set 28 (test/fixtures/holdout-28.jsonl)',
    path: resolve(root, 'test/fixtures/holdout-28.jsonl'),
    floor: { accuracy: 0.96, precision: 0.97, recall: 0.96, alarms: 0.05 },
  },
  {
    // Written with set 28 (long mails, phone transcripts, threads, English
    // from Japanese writers and mixed-language Japanese), measured once with
    // 2026.12.01.2 and once with 2026.12.01.3: the same (0.965, P 0.989,
    // R 0.956, alarms 1/66). Never tuned on.
    name: 'held-out set 29 (test/fixtures/holdout-29.jsonl)',
    path: resolve(root, 'test/fixtures/holdout-29.jsonl'),
    floor: { accuracy: 0.95, precision: 0.97, recall: 0.94, alarms: 0.03 },
  },
  {
    // Written blind at the start of the third 2026-12-01 session (web forms
    // and chat, heated but legitimate complaints, harassment indirect,
    // sarcastic or polite on the surface), measured once with policy
    // 2026.12.01.4 and once with the session's final 2026.12.01.7: the same
    // verdicts (0.920, P 0.963, R 0.867, alarms 3/66). Never tuned on; its
    // recall is the one below the 0.90 aim.
    name: 'held-out set 30 (test/fixtures/holdout-30.jsonl)',
    path: resolve(root, 'test/fixtures/holdout-30.jsonl'),
    floor: { accuracy: 0.91, precision: 0.95, recall: 0.85, alarms: 0.06 },
  },
  {
    // Written with set 30 (email and phone transcripts, long mails with
    // quotes, forwards and logs, non-native English, older business
    // Japanese), measured once with 2026.12.01.4 (0.950, P 0.978, R 0.978,
    // alarms 3/66) and once with 2026.12.01.7 (0.955, P 0.989, R 0.978,
    // alarms 2/66). Never tuned on.
    name: 'held-out set 31 (test/fixtures/holdout-31.jsonl)',
    path: resolve(root, 'test/fixtures/holdout-31.jsonl'),
    floor: { accuracy: 0.94, precision: 0.97, recall: 0.96, alarms: 0.04 },
  },
  {
    // Written blind in the fourth 2026-12-01 session (the dev corpus's plain
    // style), measured once with 2026.12.01.8 (0.970, P 0.989, R 0.956,
    // alarms 1/61) and once with 2026.12.01.9, the backstop's threshold
    // offsets (0.975, P 0.989, R 0.967, alarms 1/61; 2026.12.01.10, one
    // offset fewer, the same). Never tuned on.
    name: 'held-out set 32 (test/fixtures/holdout-32.jsonl)',
    path: resolve(root, 'test/fixtures/holdout-32.jsonl'),
    floor: { accuracy: 0.96, precision: 0.97, recall: 0.94, alarms: 0.04 },
  },
  {
    // Written with set 32 (angry but legitimate customers against polite
    // harassment), measured once with 2026.12.01.8 (0.965, P 0.978, R 0.989,
    // alarms 3/61) and once with 2026.12.01.9 and .10 (unchanged: 0.965,
    // P 0.978, R 0.989, alarms 3/61). Never tuned on.
    name: 'held-out set 33 (test/fixtures/holdout-33.jsonl)',
    path: resolve(root, 'test/fixtures/holdout-33.jsonl'),
    floor: { accuracy: 0.95, precision: 0.96, recall: 0.97, alarms: 0.07 },
  },
  {
    // Held-out 4–24 pooled (4,200 items), policy 2026.11.30.5: 0.949,
    // P 0.982, R 0.948, alarms 45/1,308; policy 2026.12.01 (the backstop's
    // sentence pairs for means, chosen on these sets): 0.954, P 0.983,
    // R 0.958, alarms 45/1,308; policy 2026.12.01.4 (the backstop's local
    // gate, chosen on these sets): 0.959, P 0.982, R 0.970, alarms 45/1,308.
    name: 'held-out sets 4–24 pooled',
    path: Array.from({ length: 21 }, (_, k) => resolve(root, `test/fixtures/holdout-${k + 4}.jsonl`)),
    floor: { accuracy: 0.955, precision: 0.975, recall: 0.965, alarms: 0.04 },
  },
  {
    // Measured once after the local gate was chosen on 4–24: policy
    // 2026.12.01.3 0.957, P 0.977, R 0.962, alarms 17/330; 2026.12.01.4
    // 0.965, P 0.978, R 0.980, alarms 17/330.
    name: 'held-out sets 25–29 pooled',
    path: Array.from({ length: 5 }, (_, k) => resolve(root, `test/fixtures/holdout-${k + 25}.jsonl`)),
    floor: { accuracy: 0.955, precision: 0.97, recall: 0.97, alarms: 0.06 },
  },
  {
    // Every set never tuned on, pooled (3,600 items; 4–16 chose the
    // backstop's precision target on 2026-11-30, 17–21 took no part in it).
    // Policy 2026.11.18 on 4–20: 0.944, P 0.980, R 0.945, alarms 44/1,040;
    // policy 2026.11.30 on 4–21: 0.945, P 0.982, R 0.944, alarms 42/1,106.
    name: 'held-out sets 4–21 pooled',
    path: Array.from({ length: 18 }, (_, k) => resolve(root, `test/fixtures/holdout-${k + 4}.jsonl`)),
    floor: { accuracy: 0.94, precision: 0.97, recall: 0.935, alarms: 0.045 },
  },
  {
    // 509 calm look-alikes (angry but legitimate, technical words, reported
    // abuse, contractual refunds) a rule writer wrote to find false alarms:
    // 35 flagged before the fixes, 1 after. Tuned on, so only a guard.
    name: 'calm probes (test/fixtures/probes/calm-2.jsonl)',
    path: resolve(root, 'test/fixtures/probes/calm-2.jsonl'),
    floor: { accuracy: 0.99, precision: 0, recall: 0, alarms: 0.01 },
  },
  {
    // 400 calm look-alikes written blind this round by a writer who then fixed
    // what the engine flagged: 17 before, 0 after. Tuned on, so only a guard.
    name: 'calm probes 3 (test/fixtures/probes/calm-3.jsonl)',
    path: resolve(root, 'test/fixtures/probes/calm-3.jsonl'),
    floor: { accuracy: 0.99, precision: 0, recall: 0, alarms: 0.01 },
  },
  {
    // 400 calm look-alikes written blind this round (40 of them polite
    // inappropriate demands): 34 judged wrongly before the fixes, 1 after.
    // Tuned on, so only a guard.
    name: 'calm probes 4 (test/fixtures/probes/calm-4.jsonl)',
    path: resolve(root, 'test/fixtures/probes/calm-4.jsonl'),
    floor: { accuracy: 0.99, precision: 0, recall: 0, alarms: 0.01 },
  },
  {
    // 300 calm look-alikes written blind this round (30 of them polite
    // inappropriate demands): 18 judged wrongly before the fixes, 0 after.
    // Tuned on, so only a guard.
    name: 'calm probes 6 (test/fixtures/probes/calm-6.jsonl)',
    path: resolve(root, 'test/fixtures/probes/calm-6.jsonl'),
    floor: { accuracy: 0.99, precision: 0, recall: 0, alarms: 0.01 },
  },
  {
    // 300 calm look-alikes written this session by a helper who then fixed
    // what the engine flagged: 27 false alarms before the fixes, 0 after.
    // Tuned on, so only a guard.
    name: 'calm probes 7 (test/fixtures/probes/calm-7.jsonl)',
    path: resolve(root, 'test/fixtures/probes/calm-7.jsonl'),
    floor: { accuracy: 0.99, precision: 0, recall: 0, alarms: 0.01 },
  },
  {
    // 300 calm look-alikes written this session by a helper who then fixed
    // what the engine flagged: 12 false alarms before the fixes, 0 after.
    // Tuned on, so only a guard.
    name: 'calm probes 8 (test/fixtures/probes/calm-8.jsonl)',
    path: resolve(root, 'test/fixtures/probes/calm-8.jsonl'),
    floor: { accuracy: 0.99, precision: 0, recall: 0, alarms: 0.01 },
  },
  {
    // 200 hard calm look-alikes (angry customers with legitimate demands,
    // quoted abuse) written this session by a helper who then fixed what the
    // engine flagged: 15 false alarms before the fixes, 0 after. Tuned on,
    // so only a guard.
    name: 'calm probes 10 (test/fixtures/probes/calm-10.jsonl)',
    path: resolve(root, 'test/fixtures/probes/calm-10.jsonl'),
    floor: { accuracy: 0.99, precision: 0, recall: 0, alarms: 0.01 },
  },
  {
    // 200 hard calm messages written by the calm-11 helper (legitimate anger,
    // reported abuse, security words, credits and visits the contract gives):
    // 19 flagged before its fixes, 0 after.
    name: 'calm probes 11 (test/fixtures/probes/calm-11.jsonl)',
    path: resolve(root, 'test/fixtures/probes/calm-11.jsonl'),
    floor: { accuracy: 0.99, precision: 0, recall: 0, alarms: 0.01 },
  },
  {
    // 200 hard calm messages written by the calm-13 helper before it looked at
    // the rules (product scorn, billing errors, reported attacks, security and
    // update wording): 5 flagged before its fixes, 0 after.
    name: 'calm probes 13 (test/fixtures/probes/calm-13.jsonl)',
    path: resolve(root, 'test/fixtures/probes/calm-13.jsonl'),
    floor: { accuracy: 0.99, precision: 0, recall: 0, alarms: 0.01 },
  },
  {
    // 200 hard calm probes written before the helper read any rule (130
    // English, 70 Japanese): 7 flagged before its fixes, 0 after.
    name: 'calm probes 14 (test/fixtures/probes/calm-14.jsonl)',
    path: resolve(root, 'test/fixtures/probes/calm-14.jsonl'),
    floor: { accuracy: 0.99, precision: 0, recall: 0, alarms: 0.01 },
  },
  ...(['en', 'ja'] as const).map((lang) => ({
    // A rule writer's own probes (veiled threats, metaphor insults, a second
    // demand beside a means; and calm look-alikes), tuned on: only a guard.
    name: `${lang} reach probes (test/fixtures/probes/reach-${lang}.jsonl)`,
    path: resolve(root, `test/fixtures/probes/reach-${lang}.jsonl`),
    floor: { accuracy: 0.95, precision: 0.97, recall: 0.95, alarms: 0.02 },
  })),
  // Training sets t5–t82 (test/fixtures/train), the material the rules were broadened from.
  ...(
    [
      ['t5', 0.94],
      ['t6', 0.94],
      ['t7', 0.94],
      ['t8', 0.94],
      ['t9', 0.94],
      ['t10', 0.94],
      ['t11', 0.94],
      // One round of rules: 0.807 → 0.857 (0.900 with the backstop).
      ['t12', 0.88],
      // First measured (rules and backstop) before any tuning on them: 0.873, 0.843, 0.847, 0.830.
      ['t13', 0.94],
      ['t14', 0.94],
      ['t15', 0.94],
      ['t16', 0.94],
      // First measured before any tuning on them: 0.877, 0.863, 0.887.
      ['t17', 0.94],
      ['t18', 0.94],
      ['t19', 0.94],
      // First measured before any tuning on them: 0.897, 0.890, 0.880.
      ['t20', 0.97],
      ['t21', 0.97],
      ['t22', 0.97],
      // First measured before any tuning on them: 0.863, 0.863, 0.827.
      ['t23', 0.97],
      ['t24', 0.97],
      ['t25', 0.97],
      // First measured before any tuning on them: 0.890, 0.865, 0.845.
      ['t26', 0.97],
      ['t27', 0.97],
      ['t28', 0.97],
      // First measured before any tuning on them: 0.800, 0.850.
      ['t29', 0.97],
      ['t30', 0.97],
      // First measured before any tuning on them: 0.695, 0.675 (veiled threats).
      ['t31', 0.97],
      ['t32', 0.97],
      // First measured before any tuning on them: 0.655, 0.715 (intimidation,
      // privacy, defamation and excessive, monetary, unrelated demands).
      ['t33', 0.97],
      ['t34', 0.97],
      // First measured before any tuning on them: 0.735, 0.745 (violence,
      // intimidation, excessive, privacy, sexual; defamation, sexual,
      // intimidation, violence, excessive) and 0.775 (demands).
      ['t35', 0.97],
      ['t36', 0.97],
      ['t38', 0.97],
      ['t39', 0.97],
      ['t40', 0.97],
      // First measured before any tuning on them (README, "Accuracy"): 0.870,
      // 0.860 (general, subtle); 0.855, 0.865 (insult, intimidation, violence,
      // excessive); 0.845, 0.845 (general); 0.950, 0.960 (minimal pairs).
      ['t41', 0.97],
      ['t42', 0.97],
      ['t43', 0.97],
      ['t44', 0.97],
      ['t45', 0.97],
      ['t46', 0.97],
      ['t47', 0.97],
      ['t48', 0.97],
      // First measured before any tuning on them (README, "Accuracy"): 0.855,
      // 0.870 (intimidation, defamation, privacy, violence, excessive); 0.960,
      // 0.960 (calm-heavy); 0.960, 0.910, 0.980, 0.980 (general; threads,
      // long mail and transcripts).
      ['t49', 0.97],
      ['t50', 0.97],
      ['t51', 0.97],
      ['t52', 0.97],
      ['t53', 0.97],
      ['t54', 0.97],
      ['t55', 0.97],
      ['t56', 0.97],
      // First measured before any tuning on them (README, "Accuracy"): 0.820,
      // 0.860 (subtle intimidation, excessive, privacy, defamation, violence);
      // 0.913, 0.933 (a month of a support queue); 0.907, 0.867 (implied
      // violence, veiled coercion, sarcasm, veiled money, discrimination);
      // 0.847, 0.847 (violence, intimidation, privacy beside calm twins);
      // 0.873, 0.820 (excessive demands, defamation, insult beside calm twins).
      ['t57', 0.97],
      ['t58', 0.97],
      ['t59', 0.97],
      ['t60', 0.97],
      ['t61', 0.97],
      ['t62', 0.97],
      ['t63', 0.97],
      ['t64', 0.97],
      ['t65', 0.97],
      // One round each (2026-11-30, fifth session): 0.813–0.960 first seen, 0.993–1.000 after.
      ...Array.from({ length: 10 }, (_, k) => [`t${67 + k}`, 0.97] as const),
      // Written blind in the third 2026-12-01 session, one round each: t79 (indirect menace,
      // sarcasm, polite coercion) 0.925 → 1.000, t80 (fast chat and web) 0.975 → 1.000, t81
      // (hinted intimidation, privacy, defamation, discrimination) 0.915 → 1.000, t82
      // (inappropriate demands beside their calm twins) 0.930 → 1.000.
      ['t79', 0.97],
      ['t80', 0.97],
      ['t81', 0.97],
      ['t82', 0.97],
    ] as const
  ).map(([t, level]) => ({
    name: `training set ${t} (test/fixtures/train/${t}.jsonl)`,
    path: resolve(root, `test/fixtures/train/${t}.jsonl`),
    floor: { accuracy: level, precision: 0.97, recall: level - 0.02, alarms: 0.02 },
  })),
  {
    // As the sets above, but 2026.12.01.4 (the backstop's local gate) adds
    // kneel_demand to a calm request to meet in person (t37-en-019):
    // accuracy 0.995 → 0.990, harassment precision 1.000 → 0.950.
    name: 'training set t37 (test/fixtures/train/t37.jsonl)',
    path: resolve(root, 'test/fixtures/train/t37.jsonl'),
    floor: { accuracy: 0.97, precision: 0.95, recall: 0.95, alarms: 0.02 },
  },
  {
    // Two passes of one round: 0.820 → 0.913 → 0.987 (two items the
    // engine calls harassment where the label says review).
    name: 'training set t66 (test/fixtures/train/t66.jsonl)',
    path: resolve(root, 'test/fixtures/train/t66.jsonl'),
    floor: { accuracy: 0.97, precision: 0.95, recall: 0.98, alarms: 0.02 },
  },
  {
    // Written blind in the 2026-12-01 session (long, heated but legitimate
    // complaints; 60 hard negatives each), first measured with policy
    // 2026.12.01: t77 0.890 (alarms 10/63), t78 0.950 (3/63). One small
    // round on t77 (a pasted transcript excerpt's agent lines; the
    // customer's own hourly chore): 0.910, alarms 8/63. A second
    // (2026.12.01.2: own chores, an accommodation, a credit tier, kneeling
    // and money named as not wanted): t77 0.950 (4/63), t78 0.970 (1/63).
    // Pooled (a floor needs more than 100 items): 0.960, alarms 5/126.
    // 2026.12.01.4 (the backstop's local gate: a window of sentences may pass
    // the message gate in a long mail): 0.950, harassment P 0.905 (an
    // introduction by name read as intimidation, a request for an evening
    // call as violence), alarms 6/126; on the blind set 27, written in the
    // same style, 0.955 -> 0.960 and alarms 7 -> 7.
    name: 'training sets t77 and t78 (test/fixtures/train/t77.jsonl, t78.jsonl)',
    path: [resolve(root, 'test/fixtures/train/t77.jsonl'), resolve(root, 'test/fixtures/train/t78.jsonl')],
    floor: { accuracy: 0.94, precision: 0.9, recall: 0.93, alarms: 0.05 },
  },
  {
    // Written blind in the second 2026-12-02 session (110 hard negatives each), first measured with policy
    // 2026.12.02.2: pooled 0.954, harassment P 0.898 R 0.965, alarms 54/880 (3–11 per set). After that session's
    // rounds (2026.12.02.3): 0.980 (0.960–0.990 per set), P 0.980 R 0.965, alarms 13/880.
    name: 'training sets t88–t95 (test/fixtures/train/t88.jsonl … t95.jsonl)',
    path: Array.from({ length: 8 }, (_, k) => resolve(root, `test/fixtures/train/t${88 + k}.jsonl`)),
    floor: { accuracy: 0.97, precision: 0.96, recall: 0.95, alarms: 0.02 },
  },
  {
    // The same session's second round (banter and sarcasm, harassment words as data, the customer's own side,
    // contractual against extra-contractual money): first measured with 2026.12.02.2 at 0.940, P 0.890 R 0.975,
    // alarms 35/440; with 2026.12.02.4: 0.964, P 0.965 R 0.970, alarms 15/440.
    name: 'training sets t96–t99 (test/fixtures/train/t96.jsonl … t99.jsonl)',
    path: Array.from({ length: 4 }, (_, k) => resolve(root, `test/fixtures/train/t${96 + k}.jsonl`)),
    floor: { accuracy: 0.955, precision: 0.95, recall: 0.95, alarms: 0.04 },
  },
  {
    // Written blind in the third 2026-12-02 session (public-sector mail quoting its own citizens, chat slang and
    // sarcasm, threads and transcripts, the contractual side of demands; 110 hard negatives each): first measured
    // with 2026.12.02.5 at 0.929, P 0.908 R 0.985, alarms 33/440; after one round (2026.12.02.6): 0.969, P 1.000
    // R 0.985, alarms 1/440.
    name: 'training sets t100–t103 (test/fixtures/train/t100.jsonl … t103.jsonl)',
    path: Array.from({ length: 4 }, (_, k) => resolve(root, `test/fixtures/train/t${100 + k}.jsonl`)),
    floor: { accuracy: 0.96, precision: 0.98, recall: 0.97, alarms: 0.01 },
  },
  {
    // The same session's second round (polite extra-contractual work, intimidation against violence, subtle
    // insult): first measured with 2026.12.02.6 at 0.910, P 0.967 R 0.929, alarms 17/260; with 2026.12.02.7:
    // 0.936, P 0.968 R 0.975, alarms 17/260.
    name: 'training sets t104–t107 (test/fixtures/train/t104.jsonl … t107.jsonl)',
    path: Array.from({ length: 4 }, (_, k) => resolve(root, `test/fixtures/train/t${104 + k}.jsonl`)),
    floor: { accuracy: 0.93, precision: 0.96, recall: 0.965, alarms: 0.07 },
  },
  {
    // Written blind in the third 2026-12-02 session by six new writers (40–41 at its start, 42–43 after its first
    // round, 44–45 during its second), each measured with the policies before and after: 40–43 the same with
    // 2026.12.02.5 and .6 (0.964, P 0.986 R 0.967, alarms 8/240); 44–45 the same with .6 and .7 (0.968, P 0.962
    // R 0.983, alarms 7/120); 40–45 with .7: 0.965, P 0.978 R 0.972, alarms 15/360. Never tuned on.
    name: 'held-out sets 40–45 pooled',
    path: Array.from({ length: 6 }, (_, k) => resolve(root, `test/fixtures/holdout-${40 + k}.jsonl`)),
    floor: { accuracy: 0.955, precision: 0.975, recall: 0.955, alarms: 0.05 },
  },
];

describe('engine accuracy on labelled corpora', () => {
  for (const c of corpora) {
    const paths: readonly string[] = typeof c.path === 'string' ? [c.path] : c.path;
    it.skipIf(!paths.every((p) => existsSync(p)))(`${c.name} stays above its floors`, () => {
      const s = score(c.path);
      expect(s.items).toBeGreaterThan(100);
      expect(s.verdictAccuracy).toBeGreaterThanOrEqual(c.floor.accuracy);
      expect(s.harassment.precision).toBeGreaterThanOrEqual(c.floor.precision);
      expect(s.harassment.recall).toBeGreaterThanOrEqual(c.floor.recall);
      expect(s.hardNegatives.rate).toBeLessThanOrEqual(c.floor.alarms);
    });
  }
});
