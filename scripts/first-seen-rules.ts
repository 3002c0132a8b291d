/**
 * Records what the rules alone (no backstop) find on labelled training
 * sets, for the backstop trainer's `--first-seen` option:
 *
 *   npx tsx scripts/first-seen-rules.ts --policy <policy.yaml> --label <commit> \
 *     --out test/fixtures/train/first-seen-rules.json files.jsonl ...
 *
 * Run it when a training set arrives, before any rule is tuned on it (with
 * `--policy` pointing at a checkout of that moment). The trainer then judges
 * the backstop's additions against the rules as they did on the set when it
 * was new to them: that is how the rules meet messages in production, while
 * rules tuned on a set find nearly everything in it and would hide what the
 * backstop adds. Holds ids and category names only, never text.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { loadPolicyFile } from '../src/config/policy-file.js';
import { compileEngine } from '../src/policy/index.js';
import type { Category, Verdict } from '../src/policy/index.js';
import { PACKAGE_ROOT, resolvePolicyPath } from '../src/cli/policy-path.js';
import { exitWithUsage, parseScriptArgs } from '../src/cli/script-args.js';
import { readLabelledCorpus } from './labelled-corpus.js';

export interface FirstSeenRules {
  /** Training file (relative to the package) → the rules it was first measured with, and what they found per item id. */
  files: Record<
    string,
    {
      /** Where the rules came from (a commit), for the record. */
      label: string;
      policyVersion: string;
      items: Record<string, { verdict: Verdict; categories: Category[] }>;
    }
  >;
}

const USAGE = 'first-seen-rules.ts --label <commit> [--policy p.yaml] [--out f.json] files.jsonl ...';
const { values, positionals } = parseScriptArgs(
  {
    allowPositionals: true,
    options: {
      policy: { type: 'string' },
      label: { type: 'string' },
      out: { type: 'string', default: 'test/fixtures/train/first-seen-rules.json' },
    },
  },
  USAGE,
);
if (!values.label) exitWithUsage(USAGE, '--label is required');
if (positionals.length === 0) exitWithUsage(USAGE, 'no training file given');
const out = resolve(PACKAGE_ROOT, values.out);
let doc: FirstSeenRules;
try {
  doc = JSON.parse(readFileSync(out, 'utf8')) as FirstSeenRules;
} catch {
  doc = { files: {} };
}
const policy = loadPolicyFile(resolvePolicyPath(values.policy, process.env), { backstop: false });
const engine = compileEngine(policy);
for (const f of positionals) {
  const file = resolve(process.cwd(), f);
  const name = relative(PACKAGE_ROOT, file);
  if (doc.files[name]) {
    console.error(`${name}: already recorded (first seen by ${doc.files[name].label}); not overwritten`);
    continue;
  }
  const items: FirstSeenRules['files'][string]['items'] = {};
  for (const { id, input } of readLabelledCorpus(file)) {
    const d = engine.evaluate(input);
    items[id] = { verdict: d.verdict, categories: [...d.means, ...d.demands] };
  }
  doc.files[name] = { label: values.label, policyVersion: engine.version, items };
  console.error(`${name}: ${Object.keys(items).length} items`);
}
writeFileSync(out, `${JSON.stringify(doc, null, 1)}\n`);
