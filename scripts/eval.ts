/**
 * Accuracy report of the policy engine on a labelled corpus.
 *
 *   npm run eval -- <corpus.jsonl> [--json] [--policy file] [--detect-lang]
 *
 * Prints verdict accuracy, precision/recall for `harassment` and for flagged
 * (review + harassment), the false-alarm rate on hard negatives, per-category
 * precision/recall/F1 with micro-F1 over means and over demands, all of it per
 * language too, and every miss with its id (scripts/eval-report.ts).
 */
import { loadPolicyFile } from '../src/config/policy-file.js';
import { compileEngine } from '../src/policy/index.js';
import { resolvePolicyPath } from '../src/cli/policy-path.js';
import { exitWithUsage, parseScriptArgs } from '../src/cli/script-args.js';
import { stopQuietlyWhenReaderLeaves } from '../src/cli/stdout.js';
import { missLines, misses, report, reportLines } from './eval-report.js';
import type { Row } from './eval-report.js';
import { readLabelledCorpus } from './labelled-corpus.js';

const USAGE = 'npm run eval -- <corpus.jsonl> [--json] [--policy file] [--detect-lang]';

function main(): void {
  stopQuietlyWhenReaderLeaves();
  const { values, positionals } = parseScriptArgs(
    {
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        policy: { type: 'string' },
        'detect-lang': { type: 'boolean', default: false },
      },
    },
    USAGE,
  );
  const corpusPath = positionals[0];
  if (!corpusPath) exitWithUsage(USAGE, 'no corpus file given');
  const engine = compileEngine(loadPolicyFile(resolvePolicyPath(values.policy, process.env)));
  const rows: Row[] = readLabelledCorpus(corpusPath).map((gold) => {
    const input = { ...gold.input };
    if (values['detect-lang']) delete input.lang;
    return { gold, got: engine.evaluate(input) };
  });

  const overall = report(rows);
  const langs = [...new Set(rows.map((r) => r.gold.lang))].sort();
  const perLang = Object.fromEntries(langs.map((l) => [l, report(rows.filter((r) => r.gold.lang === l))]));
  const missed = misses(rows);

  if (values.json) {
    console.log(JSON.stringify({ policyVersion: engine.version, overall, perLang, misses: missed }, null, 2));
    return;
  }
  const lines = [
    `policy ${engine.version}, corpus ${corpusPath}`,
    ...reportLines('all', overall),
    ...langs.flatMap((l) => reportLines(`lang ${l}`, perLang[l]!)),
    ...missLines(missed),
  ];
  console.log(lines.join('\n'));
}

main();
