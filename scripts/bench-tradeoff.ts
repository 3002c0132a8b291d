/**
 * Speed against accuracy: the shipped policy beside the same policy with
 * parts left out, each compiled in this process, timed in alternation on one
 * core and scored on labelled corpora.
 *
 *   npm run bench:tradeoff -- [--eval file.jsonl]... [--corpus file.jsonl] [--messages 10000]
 *                             [--rounds 5] [--policy file] [--core en.yaml,ja.yaml]
 *
 * The variants: the shipped policy (every rule file and the backstop); it
 * without the backstop; only the core rule files (`--core`, by file name;
 * default the first two the policy lists) with and without the backstop; and
 * the backstop with every file's masks and vetoes but no rules. Each round,
 * every variant evaluates the timing corpus (the dev corpus by default)
 * repeated to `--messages` messages, in a rotating order; the figures are the
 * medians over the rounds of messages per CPU-second, and p99 over every
 * message timed. The engines share the caches, so the absolute figures are a
 * little lower than bench:policy's; the ratios are what this compares. For
 * each `--eval` corpus (all of them pooled) it prints verdict accuracy,
 * harassment precision and recall, hard-negative false alarms and the means
 * and demands micro-F1, and whether issue 3's accuracy targets hold. Not a
 * test: nothing is asserted.
 */
import { basename, resolve } from 'node:path';
import { loadPolicyFile } from '../src/config/policy-file.js';
import type { PolicyFile } from '../src/config/policy-file.js';
import { compileEngine } from '../src/policy/index.js';
import { sharedUnlessOnly } from '../src/policy/rules.js';
import type { PolicyEngine } from '../src/policy/index.js';
import { readCorpusInputs } from '../src/bench/corpus-inputs.js';
import { PACKAGE_ROOT, resolvePolicyPath } from '../src/cli/policy-path.js';
import { tuneRegexEngine } from '../src/cli/v8-settings.js';
import { exitWithUsage, parseScriptArgs } from '../src/cli/script-args.js';
import { readLabelledCorpus } from './labelled-corpus.js';
import { report } from './eval-report.js';
import type { Report } from './eval-report.js';

const USAGE =
  'npm run bench:tradeoff -- [--eval file.jsonl]... [--corpus file.jsonl] [--messages 10000] [--rounds 5] [--policy file] [--core en.yaml,ja.yaml]';
const { values } = parseScriptArgs(
  {
    options: {
      eval: { type: 'string', multiple: true },
      corpus: { type: 'string', default: resolve(PACKAGE_ROOT, '../shared/corpus/dev.jsonl') },
      messages: { type: 'string', default: '10000' },
      rounds: { type: 'string', default: '5' },
      policy: { type: 'string' },
      core: { type: 'string' },
    },
  },
  USAGE,
);
const positive = (name: 'messages' | 'rounds'): number => {
  const n = Number(values[name]);
  if (!Number.isInteger(n) || n < 1)
    exitWithUsage(USAGE, `--${name} must be a positive integer, not ${values[name]}`);
  return n;
};
const target = positive('messages');
const rounds = positive('rounds');

tuneRegexEngine();

const policy = loadPolicyFile(resolvePolicyPath(values.policy, process.env));
if (!policy.backstop) exitWithUsage(USAGE, `${policy.path} has no backstop enabled: nothing to compare`);
const fileNames = policy.ruleDocs.map((d) => basename(d.path));
const core = values.core ? values.core.split(',').map((s) => s.trim()) : fileNames.slice(0, 2);
for (const name of core)
  if (!fileNames.includes(name))
    exitWithUsage(USAGE, `--core: ${policy.path} lists no rule file named ${name}`);

type Doc = Record<string, unknown>;
const withoutBackstop = (p: PolicyFile): PolicyFile => ({
  ...p,
  engine: { ...p.engine, backstop: undefined },
  backstop: null,
});
// The other files keep their shared_unless patterns (names the core files' rules may use), nothing else.
const coreOnly = (p: PolicyFile): PolicyFile => ({
  ...p,
  ruleDocs: p.ruleDocs.map((d) =>
    core.includes(basename(d.path)) ? d : { ...d, doc: sharedUnlessOnly(d.doc) },
  ),
});
const noRules = (p: PolicyFile): PolicyFile => ({
  ...p,
  ruleDocs: p.ruleDocs.map((d) => ({ ...d, doc: { ...(d.doc as Doc), rules: [] } })),
});
const variants: { name: string; policy: PolicyFile }[] = [
  { name: 'shipped: every rule file + backstop', policy },
  { name: 'every rule file, no backstop', policy: withoutBackstop(policy) },
  { name: `${core.join(' + ')} + backstop`, policy: coreOnly(policy) },
  { name: `${core.join(' + ')}, no backstop`, policy: withoutBackstop(coreOnly(policy)) },
  { name: 'backstop + masks and vetoes, no rules', policy: noRules(policy) },
];

const corpus = readCorpusInputs(values.corpus);
if (corpus.length === 0) exitWithUsage(USAGE, `${values.corpus} holds no inputs`);
const repeat = Math.ceil(target / corpus.length);

const engines: PolicyEngine[] = variants.map((v) => {
  const t0 = process.hrtime.bigint();
  const engine = compileEngine(v.policy);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(`compiled ${v.name.padEnd(40)} ${ms.toFixed(0).padStart(6)} ms`);
  for (const input of corpus) engine.evaluate(input);
  return engine;
});

/** One round of one variant: messages per CPU-second; each message's µs goes to `lat`. */
function pass(engine: PolicyEngine, lat: number[]): number {
  const start = process.cpuUsage();
  for (let r = 0; r < repeat; r++)
    for (const input of corpus) {
      const a = process.hrtime.bigint();
      engine.evaluate(input);
      lat.push(Number(process.hrtime.bigint() - a) / 1000);
    }
  const used = process.cpuUsage(start);
  return (repeat * corpus.length) / ((used.user + used.system) / 1e6);
}

const rates = variants.map(() => [] as number[]);
const lats = variants.map(() => [] as number[]);
for (let r = 0; r < rounds; r++)
  for (let i = 0; i < variants.length; i++) {
    const v = (i + r) % variants.length;
    rates[v]!.push(pass(engines[v]!, lats[v]!));
  }

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const quantile = (xs: number[], q: number): number => {
  const s = Float64Array.from(xs).sort();
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};

const evalFiles = values.eval ?? [];
const labelled = evalFiles.flatMap((f) => readLabelledCorpus(f));
const fmt = (x: number): string => x.toFixed(3);
/** Issue 3's accuracy targets on unseen messages. */
const meets = (r: Report): boolean =>
  r.harassment.precision >= 0.9 &&
  r.harassment.recall >= 0.9 &&
  r.hardNegatives.rate <= 0.05 &&
  r.means.micro.f1 >= 0.8 &&
  r.demands.micro.f1 >= 0.75;

console.log(
  `\npolicy ${policy.version}; timing corpus ${values.corpus}: ${corpus.length} inputs × ${repeat} per round, ${rounds} rounds, rotating order`,
);
if (labelled.length > 0)
  console.log(`accuracy on ${labelled.length} labelled items: ${evalFiles.join(', ')}`);
const header = ['variant'.padEnd(40), 'msg/CPU-s', 'p99 ms'];
if (labelled.length > 0) header.push(' acc  ', ' P    ', ' R    ', 'alarms', 'means ', 'demands', 'targets');
console.log(header.join('  '));
variants.forEach((v, i) => {
  const cells = [
    v.name.padEnd(40),
    Math.round(median(rates[i]!)).toLocaleString('en-US').padStart(9),
    (quantile(lats[i]!, 0.99) / 1000).toFixed(3).padStart(6),
  ];
  if (labelled.length > 0) {
    const r = report(labelled.map((gold) => ({ gold, got: engines[i]!.evaluate(gold.input) })));
    cells.push(
      fmt(r.verdictAccuracy),
      fmt(r.harassment.precision),
      fmt(r.harassment.recall),
      fmt(r.hardNegatives.rate),
      fmt(r.means.micro.f1),
      fmt(r.demands.micro.f1).padEnd(7),
      meets(r) ? 'met' : 'not met',
    );
  }
  console.log(cells.join('  '));
});
console.log(
  `peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(1)} MB (all ${variants.length} engines)`,
);
