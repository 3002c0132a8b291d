/**
 * Chooses per-category offsets to the backstop's thresholds on labelled sets
 * in the corpus's style, and prints them as the policy's
 * `engine.backstop.thresholds`.
 *
 *   npm run tune:backstop [-- files.jsonl ...] [--policy file] [--steps=-1,-0.5,0.5,1]
 *     [--passes 2] [--guard file,file,...] [--no-rule-tests]
 *
 * The model's own thresholds come from cross-validation on the training sets
 * (scripts/train-backstop.ts), which are adversarial by design, so the
 * precision there understates what messages of the corpus's style see
 * (README, "Backstop"). This script starts from the policy as configured and
 * moves one category's threshold at a time by each of `--steps`, keeping the
 * best move when it gets more verdicts right on the tuning files, adds no
 * hard-negative alarm (a verdict above the label's) and does not lower the
 * category micro-F1, nor add an alarm on the hard negatives of the guard
 * files (by default the training sets and probes the backstop was trained
 * on, adversarial by design); `--passes` times over the categories. Then it
 * lists every sentence of the rule tables' tests (test/unit/policy/rules-*)
 * that the block judges differently from the starting policy, for a person
 * to read before shipping it: a table tests one category, so a calm
 * sentence newly flagged in another passes its test unseen
 * (`--no-rule-tests` skips the list).
 * Deterministic. Defaults to held-out 4–15, the tuning sets: the sets after
 * them stay blind. Prints the `thresholds` block for config/policy.yaml.
 */
import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { stringify } from 'yaml';
import { loadPolicyFile } from '../src/config/policy-file.js';
import { compileEngine } from '../src/policy/index.js';
import type { Category, EvaluationInput, Verdict } from '../src/policy/index.js';
import type { BackstopModel, CompiledBackstop } from '../src/policy/backstop.js';
import { PACKAGE_ROOT, resolvePolicyPath } from '../src/cli/policy-path.js';
import { exitWithUsage, parseScriptArgs } from '../src/cli/script-args.js';
import { readLabelledCorpus } from './labelled-corpus.js';
import { ruleTestFiles } from './rule-test-sentences.js';

const TUNING_SETS = Array.from({ length: 12 }, (_, k) => `test/fixtures/holdout-${k + 4}.jsonl`);
const inDir = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => `${dir}/${f}`);
const GUARD_SETS = [
  '../shared/corpus/dev.jsonl',
  'test/fixtures/holdout.jsonl',
  'test/fixtures/holdout-2.jsonl',
  'test/fixtures/holdout-3.jsonl',
  ...inDir('test/fixtures/train'),
  ...inDir('test/fixtures/probes'),
];
const USAGE =
  'npm run tune:backstop [-- files.jsonl ...] [--policy file] [--steps=-1,-0.5,0.5,1] [--passes 2] [--guard file,file,...] [--no-rule-tests]';
const { values, positionals } = parseScriptArgs(
  {
    allowPositionals: true,
    options: {
      policy: { type: 'string' },
      steps: { type: 'string', default: '-1,-0.5,-0.25,0.25,0.5,1' },
      passes: { type: 'string', default: '2' },
      guard: { type: 'string' },
      'rule-tests': { type: 'boolean', default: true },
    },
  },
  USAGE,
);
const steps = values.steps.split(',').map(Number);
if (steps.some((s) => !Number.isFinite(s) || s === 0)) exitWithUsage(USAGE, `--steps: ${values.steps}`);
const passes = Number(values.passes);
if (!Number.isInteger(passes) || passes < 1) exitWithUsage(USAGE, `--passes: ${values.passes}`);
const files = positionals.length > 0 ? positionals : TUNING_SETS;

const RANK: Record<Verdict, number> = { none: 0, review: 1, harassment: 2 };
interface Item {
  input: EvaluationInput;
  verdict: Verdict;
  categories: Set<string>;
  hardNegative: boolean;
}
const read = (file: string): Item[] =>
  readLabelledCorpus(file).map((item) => ({
    input: item.input,
    verdict: item.verdict,
    categories: new Set([...item.means, ...item.demands]),
    hardNegative: item.hardNegative,
  }));
const items = files.flatMap(read);
const guardFiles = values.guard === undefined ? GUARD_SETS : values.guard.split(',').filter(Boolean);
const guard = guardFiles.flatMap(read).filter((item) => item.hardNegative);

const policyPath = resolvePolicyPath(values.policy, process.env);
let backstop: CompiledBackstop | null = null;
let model: BackstopModel | null = null;
const engine = compileEngine(loadPolicyFile(policyPath), {
  onBackstop: (b, m) => {
    backstop = b;
    model = m;
  },
});
if (!backstop || !model) exitWithUsage(USAGE, `${policyPath}: the backstop is off`);
const b: CompiledBackstop = backstop;
const m: BackstopModel = model;

interface Score {
  right: number;
  alarms: number;
  f1: number;
}
function score(): Score {
  let right = 0;
  let alarms = 0;
  let tp = 0;
  let wrong = 0;
  for (const item of items) {
    const d = engine.evaluate(item.input);
    if (d.verdict === item.verdict) right++;
    if (item.hardNegative && RANK[d.verdict] > RANK[item.verdict]) alarms++;
    const got = [...d.means, ...d.demands];
    const hits = got.filter((c) => item.categories.has(c)).length;
    tp += hits;
    wrong += got.length + item.categories.size - 2 * hits;
  }
  return { right, alarms, f1: tp === 0 ? 0 : (2 * tp) / (2 * tp + wrong) };
}
/** A decision's verdict and categories, for telling whether a block changed it. */
const judged = (input: EvaluationInput): string => {
  const d = engine.evaluate(input);
  return `${d.verdict} [${[...d.means, ...d.demands].sort().join(', ')}]`;
};
/** The rule tables' sentences, and how the starting policy judges each. */
const tableSentences = values['rule-tests']
  ? ruleTestFiles(PACKAGE_ROOT).flatMap(({ path, lang, sentences }) =>
      sentences.map((text) => {
        const input: EvaluationInput = { text, lang, context: {} };
        return { file: basename(path), input, start: judged(input) };
      }),
    )
  : [];
/** Hard negatives of the guard files flagged above their label. */
const guardAlarms = (): number =>
  guard.filter((item) => RANK[engine.evaluate(item.input).verdict] > RANK[item.verdict]).length;
const show = (s: Score): string =>
  `verdicts ${s.right}/${items.length} (${(s.right / items.length).toFixed(4)}), hard-negative alarms ${s.alarms}, category micro-F1 ${s.f1.toFixed(4)}`;
const better = (s: Score, than: Score): boolean =>
  s.right > than.right && s.alarms <= than.alarms && s.f1 >= than.f1;

const base = Float64Array.from(m.categories, (c) => c.threshold);
const offsetOf = (k: number): number => Math.round((b.thresholds[k]! - base[k]!) * 1e4) / 1e4;
let current = score();
const guardStart = guardAlarms();
console.log(`${items.length} items from ${files.length} files; model ${m.version}`);
console.log(`guard: ${guard.length} hard negatives from ${guardFiles.length} files, ${guardStart} alarms`);
if (values['rule-tests'])
  console.log(`${tableSentences.length} sentences of the rule tables' tests judged with the starting policy`);
console.log(`start: ${show(current)}`);
for (let pass = 0; pass < passes; pass++) {
  let moved = false;
  b.categories.forEach((category, k) => {
    const at = b.thresholds[k]!;
    let best: { step: number; s: Score } | null = null;
    for (const step of steps) {
      b.thresholds[k] = at + step;
      const s = score();
      // The guard is run only for a move that would be kept.
      if (better(s, best?.s ?? current) && guardAlarms() <= guardStart) best = { step, s };
    }
    b.thresholds[k] = best ? at + best.step : at;
    if (best) {
      current = best.s;
      moved = true;
      console.log(`pass ${pass + 1}: ${category} offset ${offsetOf(k)}: ${show(current)}`);
    }
  });
  if (!moved) break;
}

const offsets: Partial<Record<Category, number>> = {};
b.categories.forEach((category, k) => {
  if (offsetOf(k) !== 0) offsets[category] = offsetOf(k);
});
const tuning = { model_version: m.version, offsets };
console.log(`end: ${show(current)}; guard alarms ${guardAlarms()}`);
if (values['rule-tests']) {
  const changed = tableSentences.flatMap((t) => {
    const now = judged(t.input);
    return now === t.start ? [] : [`  ${t.file}: ${t.start} -> ${now}\n    ${JSON.stringify(t.input.text)}`];
  });
  console.log(
    `rule-table sentences judged differently: ${changed.length} (read them before shipping the block)`,
  );
  for (const line of changed) console.log(line);
}
console.log(`\nconfig/policy.yaml, under engine.backstop:\n`);
console.log(
  stringify({ thresholds: tuning })
    .trimEnd()
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n'),
);
