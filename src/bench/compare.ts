/**
 * CPU time of this checkout's policy engine against another checkout's, in
 * one process, timed in alternation:
 *
 *   npm run bench:compare -- --base ../other-checkout [--rounds 30] [--corpus file.jsonl]...
 *
 * Both engines are compiled in this process (the other checkout must be
 * built: `npm run build` there), each evaluates the corpus once to warm up,
 * then they take turns evaluating the whole corpus, `--rounds` times each,
 * alternating which goes first. Prints the median CPU time per input of
 * each, the median of the per-round ratios (this / base) and in how many
 * rounds this one was faster. On a shared machine whose speed drifts by 20%
 * within a minute, this tells a change of a few per cent that separate
 * bench:policy runs cannot; the absolute times are higher than bench:policy's
 * (two engines share the caches). Not a test: nothing is asserted.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadPolicyFile } from '../config/policy-file.js';
import { compileEngine } from '../policy/index.js';
import type { PolicyEngine } from '../policy/index.js';
import { readCorpusInputs } from './corpus-inputs.js';
import { PACKAGE_ROOT } from '../cli/policy-path.js';
import { tuneRegexEngine } from '../cli/v8-settings.js';
import { exitWithUsage, parseScriptArgs } from '../cli/script-args.js';

const USAGE = 'npm run bench:compare -- --base <checkout> [--rounds 30] [--corpus file.jsonl]...';
const { values } = parseScriptArgs(
  {
    options: {
      base: { type: 'string' },
      rounds: { type: 'string', default: '30' },
      corpus: { type: 'string', multiple: true },
    },
  },
  USAGE,
);
if (!values.base) exitWithUsage(USAGE, '--base is required');
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 1)
  exitWithUsage(USAGE, `--rounds must be a positive integer, not ${values.rounds}`);
const base = resolve(values.base);
const baseDist = resolve(base, 'dist');
for (const file of ['config/policy-file.js', 'policy/index.js'])
  if (!existsSync(resolve(baseDist, file)))
    exitWithUsage(USAGE, `${baseDist}/${file} not found: run npm run build in ${base} first`);
const corpora = values.corpus ?? [resolve(PACKAGE_ROOT, '../shared/corpus/dev.jsonl')];

tuneRegexEngine();

interface EngineModules {
  loadPolicyFile: (path: string) => Parameters<typeof compileEngine>[0];
  compileEngine: (input: Parameters<typeof compileEngine>[0]) => PolicyEngine;
}

/** The other checkout's engine, from its own build and its own policy file. */
async function baseEngine(): Promise<PolicyEngine> {
  const load = (file: string): Promise<unknown> => import(pathToFileURL(resolve(baseDist, file)).href);
  const files = (await load('config/policy-file.js')) as Pick<EngineModules, 'loadPolicyFile'>;
  const policy = (await load('policy/index.js')) as Pick<EngineModules, 'compileEngine'>;
  return policy.compileEngine(files.loadPolicyFile(resolve(base, 'config/policy.yaml')));
}

const inputs = corpora.flatMap((file) => readCorpusInputs(file));
const engines = {
  base: await baseEngine(),
  this: compileEngine(loadPolicyFile(resolve(PACKAGE_ROOT, 'config/policy.yaml'))),
};
for (const engine of Object.values(engines)) for (const input of inputs) engine.evaluate(input);

/** CPU µs per input for one pass of `engine` over the corpus. */
function pass(engine: PolicyEngine): number {
  const start = process.cpuUsage();
  for (const input of inputs) engine.evaluate(input);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / inputs.length;
}

const times = { base: [] as number[], this: [] as number[] };
for (let r = 0; r < rounds; r++) {
  const order = r % 2 === 0 ? (['base', 'this'] as const) : (['this', 'base'] as const);
  for (const name of order) times[name].push(pass(engines[name]));
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const ratios = times.this.map((t, i) => t / times.base[i]!);
console.log(`corpus ${corpora.join(', ')}: ${inputs.length} inputs, ${rounds} rounds each, alternating`);
console.log(
  `base  ${base} (policy ${engines.base.version}): ${median(times.base).toFixed(1)} µs CPU per input (median)`,
);
console.log(
  `this  ${resolve(PACKAGE_ROOT)} (policy ${engines.this.version}): ${median(times.this).toFixed(1)} µs CPU per input (median)`,
);
console.log(
  `this / base ${median(ratios).toFixed(3)} (median of the rounds' ratios); this faster in ${ratios.filter((x) => x < 1).length} of ${rounds} rounds`,
);
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(1)} MB (both engines)`);
