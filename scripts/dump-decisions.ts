/**
 * Dumps the engine's full JSON decision for every input of the given corpora,
 * plus deterministic variants of each text (upper case, joined to the next
 * text, cut, with the opposite no-defect flag, language detected), and for
 * the string literals of the policy unit tests. For checking that an engine
 * change leaves every decision byte-identical:
 *
 *   npx tsx scripts/dump-decisions.ts > /tmp/before.jsonl
 *   … change the engine …
 *   npx tsx scripts/dump-decisions.ts > /tmp/after.jsonl && cmp /tmp/before.jsonl /tmp/after.jsonl
 *
 * Arguments: corpus files (default: the dev corpus, the held-out and the
 * training sets). The output holds customer text: keep it out of logs and
 * out of the repository, and compare it with cmp, not diff.
 */
import { readdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { loadPolicyFile } from '../src/config/policy-file.js';
import { compileEngine } from '../src/policy/index.js';
import type { EvaluationInput } from '../src/policy/index.js';
import { PACKAGE_ROOT, resolvePolicyPath } from '../src/cli/policy-path.js';
import { tuneRegexEngine } from '../src/cli/v8-settings.js';
import { readLabelledCorpus } from './labelled-corpus.js';
import { stringLiterals } from './rule-test-sentences.js';

tuneRegexEngine();

const fixtures = resolve(PACKAGE_ROOT, 'test/fixtures');
const files =
  process.argv.length > 2
    ? process.argv.slice(2)
    : [
        resolve(PACKAGE_ROOT, '../shared/corpus/dev.jsonl'),
        ...readdirSync(fixtures)
          .filter((f) => /^holdout.*\.jsonl$/.test(f))
          .sort()
          .map((f) => resolve(fixtures, f)),
        ...readdirSync(resolve(fixtures, 'train'))
          .filter((f) => f.endsWith('.jsonl'))
          .sort()
          .map((f) => resolve(fixtures, 'train', f)),
      ];

const engine = compileEngine(loadPolicyFile(resolvePolicyPath(undefined, process.env)));

const inputs: { id: string; input: EvaluationInput }[] = [];
for (const file of files) {
  for (const { id, input } of readLabelledCorpus(file))
    inputs.push({ id: `${relative(PACKAGE_ROOT, file)}:${id}`, input });
}

// String literals of the policy unit tests (probe sentences, near misses), read as rule-test-sentences reads them.
const testDir = resolve(PACKAGE_ROOT, 'test/unit/policy');
for (const f of readdirSync(testDir).sort()) {
  stringLiterals(resolve(testDir, f)).forEach((text, k) => inputs.push({ id: `${f}#${k}`, input: { text } }));
}

const texts = inputs.flatMap(({ input }) =>
  input.text !== undefined ? [input.text] : (input.thread ?? []).map((m) => m.text),
);

const out: string[] = [];
const emit = (id: string, input: EvaluationInput): void => {
  out.push(`${JSON.stringify(id)}\t${JSON.stringify(engine.evaluate(input))}`);
};
inputs.forEach(({ id, input }, k) => {
  emit(id, input);
  const other = texts[(k * 7 + 3) % texts.length]!;
  const variants: [string, (t: string) => string][] = [
    ['upper', (t) => t.toUpperCase()],
    ['joined', (t) => `${t}\n${other}`],
    ['prefixed', (t) => `${other} ${t}`],
    ['cut', (t) => t.slice(Math.floor(t.length / 3), t.length - Math.floor(t.length / 5))],
    ['spaced', (t) => t.replace(/ /g, '  ').replace(/\n/g, ' ')],
  ];
  for (const [name, f] of variants) {
    const v: EvaluationInput =
      input.text !== undefined
        ? { ...input, text: f(input.text) }
        : { ...input, thread: input.thread!.map((m) => ({ ...m, text: f(m.text) })) };
    emit(`${id}/${name}`, v);
  }
  const ctx = input.context ?? {};
  emit(`${id}/defect`, { ...input, context: { ...ctx, noDefectFound: !ctx.noDefectFound } });
  const { lang: _lang, ...detect } = input;
  emit(`${id}/detect`, detect);
});
process.stdout.write(`${out.join('\n')}\n`);
process.stderr.write(`${out.length} decisions\n`);
