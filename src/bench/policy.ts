/**
 * Throughput and latency of the policy engine on one core.
 *
 *   npm run bench:policy [-- --corpus file.jsonl] [--messages 50000] [--policy file]
 *
 * Evaluates the dev corpus, repeated until at least `--messages` messages
 * (a thread counts as one input), after a warm-up pass. Prints messages/s,
 * p50/p99/max per message and peak RSS. Not a test: nothing is asserted.
 *
 * It lives in src/ so that `npm run bench:policy` runs the compiled engine
 * with plain node, as production does: under tsx the loader's own thread
 * added about 26 MB to the peak RSS.
 */
import { resolve } from 'node:path';
import { loadPolicyFile } from '../config/policy-file.js';
import { compileEngine } from '../policy/index.js';
import { readCorpusInputs } from './corpus-inputs.js';
import { PACKAGE_ROOT, resolvePolicyPath } from '../cli/policy-path.js';
import { collectStartupGarbage, garbageCollector, tuneRegexEngine } from '../cli/v8-settings.js';
import { parseScriptArgs } from '../cli/script-args.js';

const USAGE =
  'npm run bench:policy [-- --corpus file.jsonl] [--messages 50000] [--policy file] [--rules] [--no-tune]';
const { values } = parseScriptArgs(
  {
    options: {
      corpus: { type: 'string', default: resolve(PACKAGE_ROOT, '../shared/corpus/dev.jsonl') },
      messages: { type: 'string', default: '50000' },
      policy: { type: 'string' },
      rules: { type: 'boolean', default: false },
      // Measure without the V8 regex settings the CLI applies (for comparison).
      'no-tune': { type: 'boolean', default: false },
    },
  },
  USAGE,
);

if (!values['no-tune']) tuneRegexEngine();

/**
 * The machine's speed on a fixed chain of integer work (a multiply and an
 * add, each depending on the last), best of three. On shared virtual
 * machines the same bench has measured anywhere from 1,900 to 4,900
 * messages/s; this figure and memoryNs, printed with the results, say how
 * much of that is the machine: compare them between runs and machines.
 */
function referenceNs(): number {
  const n = 20_000_000;
  let best = Infinity;
  for (let r = 0; r < 3; r++) {
    const a = process.hrtime.bigint();
    let x = 0;
    for (let i = 0; i < n; i++) x = (x * 31 + i) | 0;
    const ns = Number(process.hrtime.bigint() - a) / n;
    // x is used, so the loop cannot be removed.
    if (x === 0.5) console.log(x);
    if (ns < best) best = ns;
  }
  return best;
}
const referenceBefore = referenceNs();

/**
 * The latency of a dependent read from a 16 MB table (a random cycle over its
 * cache lines): the engine's time is mostly such reads (V8's code for the
 * compiled rule patterns alone is about 26 MB), and it is what differs most
 * between machines of this kind and over a day (the integer chain barely
 * moves). Run after the peak RSS is read, since the table adds 16 MB.
 */
function memoryNs(): number {
  const ints = (16 << 20) >> 2;
  const lines = ints >> 4;
  const next = new Int32Array(ints);
  const order = Int32Array.from({ length: lines }, (_, i) => i);
  let seed = 12345;
  for (let i = lines - 1; i > 0; i--) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    const j = seed % (i + 1);
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  for (let i = 0; i < lines; i++) next[order[i]! << 4] = order[(i + 1) % lines]! << 4;
  const steps = 2_000_000;
  let p = 0;
  const a = process.hrtime.bigint();
  for (let i = 0; i < steps; i++) p = next[p]!;
  const ns = Number(process.hrtime.bigint() - a) / steps;
  if (p === -1) console.log(p);
  return ns;
}

const t0 = process.hrtime.bigint();
const engine = compileEngine(loadPolicyFile(resolvePolicyPath(values.policy, process.env)), {
  collectGarbage: garbageCollector(),
});
const compileMs = Number(process.hrtime.bigint() - t0) / 1e6;
// As the service and the CLI do once the engine is compiled.
collectStartupGarbage();

const inputs = readCorpusInputs(values.corpus);
const target = Number(values.messages);
const rounds = Math.ceil(target / inputs.length);
const total = rounds * inputs.length;

// Warm-up: JIT and the fold cache.
for (const input of inputs) engine.evaluate(input);

const times = new Float64Array(total);
let k = 0;
let flagged = 0;
// The run is timed as a whole and in SLICES consecutive slices: on a shared
// (virtual) machine the rate drifts by 20% and more within a minute, and the
// slices' spread shows how much.
const SLICES = Math.min(5, rounds);
const sliceRates: { wall: number; cpu: number }[] = [];
const cpu0 = process.cpuUsage();
const start = process.hrtime.bigint();
let sliceCpu = cpu0;
let sliceStart = start;
let sliceFrom = 0;
for (let r = 0; r < rounds; r++) {
  for (const input of inputs) {
    const a = process.hrtime.bigint();
    const d = engine.evaluate(input);
    times[k++] = Number(process.hrtime.bigint() - a) / 1e6;
    if (d.verdict !== 'none') flagged++;
  }
  if (Math.floor(((r + 1) * SLICES) / rounds) > sliceRates.length) {
    const now = process.hrtime.bigint();
    const c = process.cpuUsage(sliceCpu);
    const n = k - sliceFrom;
    sliceRates.push({ wall: n / (Number(now - sliceStart) / 1e9), cpu: n / ((c.user + c.system) / 1e6) });
    sliceCpu = process.cpuUsage();
    sliceStart = now;
    sliceFrom = k;
  }
}
const elapsedS = Number(process.hrtime.bigint() - start) / 1e9;
const cpu = process.cpuUsage(cpu0);
const cpuS = (cpu.user + cpu.system) / 1e6;
times.sort();
const pick = (q: number): number => times[Math.min(total - 1, Math.floor(q * total))]!;
const chars = inputs.reduce(
  (s, i) => s + (i.text?.length ?? i.thread?.reduce((t, m) => t + m.text.length, 0) ?? 0),
  0,
);

console.log(`policy ${engine.version}; engine compiled in ${compileMs.toFixed(1)} ms`);
console.log(
  `corpus ${values.corpus}: ${inputs.length} inputs (avg ${Math.round(chars / inputs.length)} chars) × ${rounds} = ${total} messages`,
);
const fmt = (x: number): string => Math.round(x).toLocaleString('en-US');
/** "median 9,900, 9,100-10,400" over the slices. */
const spread = (xs: number[]): string => {
  const s = [...xs].sort((a, b) => a - b);
  return `slices: median ${fmt(s[s.length >> 1]!)}, ${fmt(s[0]!)}-${fmt(s[s.length - 1]!)}`;
};
console.log(
  `throughput   ${fmt(total / elapsedS)} messages/s (one core, wall clock; ${SLICES} ${spread(sliceRates.map((r) => r.wall))})`,
);
console.log(
  `             ${fmt(total / cpuS)} messages per CPU-second (what one core sustains when the machine is shared; ${spread(sliceRates.map((r) => r.cpu))})`,
);
console.log(
  `latency      p50 ${pick(0.5).toFixed(3)} ms   p99 ${pick(0.99).toFixed(3)} ms   max ${times[total - 1]!.toFixed(3)} ms`,
);
console.log(
  `peak RSS     ${(process.resourceUsage().maxRSS / 1024).toFixed(1)} MB (whole process); heap in use ${(process.memoryUsage().heapUsed / 1e6).toFixed(1)} MB`,
);
console.log(`flagged      ${flagged} of ${total}`);
console.log(
  `machine      integer chain ${referenceBefore.toFixed(2)} ns/iteration before the run, ${referenceNs().toFixed(2)} after; dependent read from 16 MB ${memoryNs().toFixed(0)} ns (lower: a faster machine; compare between runs and machines)`,
);

if (values.rules) {
  const texts = inputs.flatMap((i) =>
    i.text !== undefined ? [i.text] : (i.thread ?? []).map((m) => m.text),
  );
  const now = (): number => Number(process.hrtime.bigint()) / 1000;
  engine.profileRules(texts, now);
  const rows = engine.profileRules(texts, now).sort((a, b) => b.micros - a.micros);
  const sum = rows.reduce((s, r) => s + r.micros, 0);
  console.log(
    `\ncostliest rules (µs per message over ${texts.length} messages; ran = share of messages the prefilter let through):`,
  );
  const always = rows.filter((r) => r.ran === texts.length).map((r) => r.id);
  for (const r of rows.slice(0, 15)) {
    console.log(
      `  ${r.id.padEnd(44)} ${(r.micros / texts.length).toFixed(2).padStart(7)} µs  ran ${((100 * r.ran) / texts.length).toFixed(0).padStart(3)}%  (${((100 * r.micros) / sum).toFixed(0)}% of rule time)`,
    );
  }
  console.log(
    `\nrules that run on every message (a top-level branch without a required literal, see config/rules/README.md): ${always.length}`,
  );
  for (const id of always) console.log(`  ${id}`);
}
