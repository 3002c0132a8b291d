/**
 * Accuracy report of the policy engine on a labelled corpus.
 *
 *   npm run eval -- <corpus.jsonl> [--json] [--policy file] [--detect-lang]
 *
 * Prints verdict accuracy, precision/recall for `harassment` and for flagged
 * (review + harassment), the false-alarm rate on hard negatives, per-category
 * precision/recall/F1 with micro-F1 over means and over demands, all of it per
 * language too, and every miss with its id.
 */
import { loadPolicyFile } from '../src/config/policy-file.js';
import { compileEngine, DEMAND_CATEGORIES, MEANS_CATEGORIES } from '../src/policy/index.js';
import type { Category, Decision, Verdict } from '../src/policy/index.js';
import { resolvePolicyPath } from '../src/cli/policy-path.js';
import { exitWithUsage, parseScriptArgs } from '../src/cli/script-args.js';
import { readLabelledCorpus } from './labelled-corpus.js';
import type { LabelledItem } from './labelled-corpus.js';

interface Row {
  gold: LabelledItem;
  got: Decision;
}

interface PR {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

function pr(tp: number, fp: number, fn: number): PR {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

function binary(rows: Row[], gold: (r: Row) => boolean, got: (r: Row) => boolean): PR {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const r of rows) {
    const g = gold(r);
    const p = got(r);
    if (g && p) tp++;
    else if (p) fp++;
    else if (g) fn++;
  }
  return pr(tp, fp, fn);
}

function categories(rows: Row[], cats: readonly Category[]): { per: Record<string, PR>; micro: PR } {
  const per: Record<string, PR> = {};
  let TP = 0;
  let FP = 0;
  let FN = 0;
  for (const c of cats) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const r of rows) {
      const g = r.gold.means.includes(c) || r.gold.demands.includes(c);
      const p = (r.got.means as string[]).includes(c) || (r.got.demands as string[]).includes(c);
      if (g && p) tp++;
      else if (p) fp++;
      else if (g) fn++;
    }
    per[c] = pr(tp, fp, fn);
    TP += tp;
    FP += fp;
    FN += fn;
  }
  return { per, micro: pr(TP, FP, FN) };
}

const RANK: Record<Verdict, number> = { none: 0, review: 1, harassment: 2 };

function report(rows: Row[]) {
  const hn = rows.filter((r) => r.gold.hardNegative);
  const falseAlarms = hn.filter((r) => RANK[r.got.verdict] > RANK[r.gold.verdict]);
  return {
    items: rows.length,
    verdictAccuracy: rows.filter((r) => r.got.verdict === r.gold.verdict).length / Math.max(1, rows.length),
    harassment: binary(
      rows,
      (r) => r.gold.verdict === 'harassment',
      (r) => r.got.verdict === 'harassment',
    ),
    flagged: binary(
      rows,
      (r) => r.gold.verdict !== 'none',
      (r) => r.got.verdict !== 'none',
    ),
    hardNegatives: {
      items: hn.length,
      falseAlarms: falseAlarms.length,
      rate: falseAlarms.length / Math.max(1, hn.length),
    },
    means: categories(rows, MEANS_CATEGORIES),
    demands: categories(rows, DEMAND_CATEGORIES),
  };
}

const pct = (x: number): string => x.toFixed(3);

function printReport(title: string, r: ReturnType<typeof report>): void {
  console.log(`\n== ${title} (${r.items} items)`);
  console.log(`verdict accuracy      ${pct(r.verdictAccuracy)}`);
  console.log(
    `harassment            P ${pct(r.harassment.precision)}  R ${pct(r.harassment.recall)}  F1 ${pct(r.harassment.f1)}`,
  );
  console.log(
    `flagged (rev+har)     P ${pct(r.flagged.precision)}  R ${pct(r.flagged.recall)}  F1 ${pct(r.flagged.f1)}`,
  );
  console.log(
    `hard-negative alarms  ${r.hardNegatives.falseAlarms}/${r.hardNegatives.items} = ${pct(r.hardNegatives.rate)}`,
  );
  console.log(
    `micro-F1 means        ${pct(r.means.micro.f1)}  (P ${pct(r.means.micro.precision)} R ${pct(r.means.micro.recall)})`,
  );
  console.log(
    `micro-F1 demands      ${pct(r.demands.micro.f1)}  (P ${pct(r.demands.micro.precision)} R ${pct(r.demands.micro.recall)})`,
  );
  console.log('category            tp  fp  fn   P      R      F1');
  for (const [c, m] of [...Object.entries(r.means.per), ...Object.entries(r.demands.per)]) {
    if (m.tp + m.fp + m.fn === 0) continue;
    console.log(
      `  ${c.padEnd(16)} ${String(m.tp).padStart(3)} ${String(m.fp).padStart(3)} ${String(m.fn).padStart(3)}   ${pct(m.precision)}  ${pct(m.recall)}  ${pct(m.f1)}`,
    );
  }
}

const USAGE = 'npm run eval -- <corpus.jsonl> [--json] [--policy file] [--detect-lang]';

function main(): void {
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
  const misses = rows
    .filter(
      (r) =>
        r.got.verdict !== r.gold.verdict ||
        [...r.got.means].sort().join() !== [...r.gold.means].sort().join() ||
        [...r.got.demands].sort().join() !== [...r.gold.demands].sort().join(),
    )
    .map((r) => ({
      id: r.gold.id,
      hardNegative: r.gold.hardNegative,
      expected: { verdict: r.gold.verdict, means: r.gold.means, demands: r.gold.demands },
      got: { verdict: r.got.verdict, means: r.got.means, demands: r.got.demands },
      evidence: r.got.evidence.map((e) => `${e.category}:${e.rule}:"${e.quote}"`),
    }));

  if (values.json) {
    console.log(JSON.stringify({ policyVersion: engine.version, overall, perLang, misses }, null, 2));
    return;
  }
  console.log(`policy ${engine.version}, corpus ${corpusPath}`);
  printReport('all', overall);
  for (const l of langs) printReport(`lang ${l}`, perLang[l]!);
  console.log(`\n== misses (${misses.length})`);
  for (const m of misses) {
    const fmt = (x: { verdict: string; means: readonly string[]; demands: readonly string[] }): string =>
      `${x.verdict} [${[...x.means, ...x.demands].join(', ')}]`;
    console.log(
      `${m.id}${m.hardNegative ? ' (hard negative)' : ''}: expected ${fmt(m.expected)}, got ${fmt(m.got)}`,
    );
    for (const e of m.evidence) console.log(`    ${e}`);
  }
}

main();
