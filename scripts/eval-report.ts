/**
 * The accuracy report that `npm run eval` prints, as functions: score a
 * corpus's decisions against its labels, and render the report as text. The
 * README's dev-corpus block and held-out table are checked against them
 * (test/unit/readme-figures.test.ts).
 */
import { DEMAND_CATEGORIES, MEANS_CATEGORIES } from '../src/policy/index.js';
import type { Category, Decision, Verdict } from '../src/policy/index.js';
import type { LabelledItem } from './labelled-corpus.js';

export interface Row {
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

export function report(rows: Row[]) {
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

export type Report = ReturnType<typeof report>;

const pct = (x: number): string => x.toFixed(3);

export function reportLines(title: string, r: Report): string[] {
  const out: string[] = [];
  out.push('', `== ${title} (${r.items} items)`);
  out.push(`verdict accuracy      ${pct(r.verdictAccuracy)}`);
  out.push(
    `harassment            P ${pct(r.harassment.precision)}  R ${pct(r.harassment.recall)}  F1 ${pct(r.harassment.f1)}`,
  );
  out.push(
    `flagged (rev+har)     P ${pct(r.flagged.precision)}  R ${pct(r.flagged.recall)}  F1 ${pct(r.flagged.f1)}`,
  );
  out.push(
    `hard-negative alarms  ${r.hardNegatives.falseAlarms}/${r.hardNegatives.items} = ${pct(r.hardNegatives.rate)}`,
  );
  out.push(
    `micro-F1 means        ${pct(r.means.micro.f1)}  (P ${pct(r.means.micro.precision)} R ${pct(r.means.micro.recall)})`,
  );
  out.push(
    `micro-F1 demands      ${pct(r.demands.micro.f1)}  (P ${pct(r.demands.micro.precision)} R ${pct(r.demands.micro.recall)})`,
  );
  out.push('category            tp  fp  fn   P      R      F1');
  for (const [c, m] of [...Object.entries(r.means.per), ...Object.entries(r.demands.per)]) {
    if (m.tp + m.fp + m.fn === 0) continue;
    out.push(
      `  ${c.padEnd(16)} ${String(m.tp).padStart(3)} ${String(m.fp).padStart(3)} ${String(m.fn).padStart(3)}   ${pct(m.precision)}  ${pct(m.recall)}  ${pct(m.f1)}`,
    );
  }
  return out;
}

export interface Miss {
  id: string;
  hardNegative: boolean;
  expected: { verdict: Verdict; means: readonly Category[]; demands: readonly Category[] };
  got: { verdict: Verdict; means: readonly Category[]; demands: readonly Category[] };
  evidence: string[];
}

/** The items whose verdict or category sets differ from their labels, in corpus order. */
export function misses(rows: Row[]): Miss[] {
  return rows
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
}

/** The misses section; each miss's evidence (rule and quote) under it when `evidence`. */
export function missLines(list: readonly Miss[], evidence = true): string[] {
  const fmt = (x: Miss['expected']): string => `${x.verdict} [${[...x.means, ...x.demands].join(', ')}]`;
  const out = ['', `== misses (${list.length})`];
  for (const m of list) {
    out.push(
      `${m.id}${m.hardNegative ? ' (hard negative)' : ''}: expected ${fmt(m.expected)}, got ${fmt(m.got)}`,
    );
    if (evidence) for (const e of m.evidence) out.push(`    ${e}`);
  }
  return out;
}
