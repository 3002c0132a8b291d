/**
 * The README's accuracy figures against the engine: the dev corpus's report
 * block must be what `npm run eval -- ../shared/corpus/dev.jsonl` prints now
 * (the overall section and the misses, as the README quotes them), and every
 * row of the held-out table that claims the current policy (a single set, or
 * a pooled range not marked with an older policy) must match a fresh
 * measurement in every column. A policy change that moves a figure fails
 * here until the README says what it does.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPolicyFile } from '../../src/config/policy-file.js';
import { compileEngine } from '../../src/policy/index.js';
import { missLines, misses, report, reportLines } from '../../scripts/eval-report.js';
import type { Report, Row } from '../../scripts/eval-report.js';
import { readLabelledCorpus } from '../../scripts/labelled-corpus.js';

const root = resolve(import.meta.dirname, '../..');
const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
const policy = loadPolicyFile(resolve(root, 'config/policy.yaml'));
const engine = compileEngine(policy);
const DEV = '../shared/corpus/dev.jsonl';

const cache = new Map<string, Row[]>();
function rowsOf(file: string): Row[] {
  let rows = cache.get(file);
  if (!rows) {
    rows = readLabelledCorpus(resolve(root, file)).map((gold) => ({
      gold,
      got: engine.evaluate(gold.input),
    }));
    cache.set(file, rows);
  }
  return rows;
}

const heldOutFile = (n: number): string => `test/fixtures/${n === 1 ? 'holdout' : `holdout-${n}`}.jsonl`;

/** The cells of the held-out table, as the README prints them for a report. */
function cells(r: Report): string[] {
  const f = (x: number): string => x.toFixed(3);
  const { falseAlarms, items } = r.hardNegatives;
  return [
    r.items.toLocaleString('en-US'),
    f(r.verdictAccuracy),
    `${f(r.harassment.precision)} / ${f(r.harassment.recall)}`,
    `${f(r.flagged.precision)} / ${f(r.flagged.recall)}`,
    `${falseAlarms}/${items.toLocaleString('en-US')} (${((100 * falseAlarms) / Math.max(1, items)).toFixed(1)}%)`,
    f(r.means.micro.f1),
    f(r.demands.micro.f1),
  ];
}

/** A README cell without bold markers. */
const plain = (cell: string): string => cell.replaceAll('**', '').trim();

describe('README accuracy figures', () => {
  it('quotes the current policy version', () => {
    expect(readme).toContain(`The held-out figures are policy **${policy.version}**`);
    expect(readme).toContain(`\`npm run eval -- ${DEV}\`\nwith policy ${policy.version}`);
  });

  it("shows the dev corpus's report as npm run eval prints it", () => {
    const at = readme.indexOf(`The dev corpus's report, \`npm run eval -- ${DEV}\``);
    expect(at).toBeGreaterThan(0);
    const block = /```text\n([\s\S]*?)\n```/.exec(readme.slice(at));
    expect(block).not.toBeNull();
    const rows = rowsOf(DEV);
    const expected = [
      `policy ${policy.version}, corpus ${DEV}`,
      ...reportLines('all', report(rows)),
      ...missLines(misses(rows), false),
    ].join('\n');
    expect(block![1]).toBe(expected);
  });

  const table = readme
    .slice(readme.indexOf('| corpus | items | verdict accuracy |'))
    .split('\n')
    .slice(2)
    .filter((line, i, all) => all.slice(0, i + 1).every((l) => l.startsWith('| ')))
    .map((line) => line.split(' | ').map((c) => c.replace(/^\| |\s\|$/g, '')));

  // The rows that claim the current policy: older policies are named outside the brackets.
  const current = table.flatMap((c) => {
    const name = c[0]!;
    const bare = name.replace(/\([^)]*\)/g, '');
    if (/policy|English|training/.test(bare)) return [];
    const pooled = /^(?:\*\*)?held-out (\d+)–(\d+) pooled/.exec(name);
    const single = /^(?:\*\*)?held-out (\d+)\b(?!–)/.exec(name);
    let files: string[];
    if (name.startsWith('dev ')) files = [DEV];
    else if (pooled) {
      files = [];
      for (let n = Number(pooled[1]); n <= Number(pooled[2]); n++) files.push(heldOutFile(n));
    } else if (single) files = [heldOutFile(Number(single[1]))];
    else return [];
    return [{ name, files, cells: c.slice(1, 8).map(plain) }];
  });

  it('has a row for the dev corpus and for each held-out set from 4 on', () => {
    expect(current.some((r) => r.files[0] === DEV)).toBe(true);
    for (let n = 4; existsSync(resolve(root, heldOutFile(n))); n++)
      expect(current.some((r) => r.files.length === 1 && r.files[0] === heldOutFile(n))).toBe(true);
  });

  it.each(current.map((r) => [r.name.replaceAll('**', '').slice(0, 60), r] as const))(
    'row %s matches a fresh measurement',
    (_, row) => {
      for (const f of row.files) expect(existsSync(resolve(root, f))).toBe(true);
      const measured = cells(report(row.files.flatMap(rowsOf)));
      // The dev row gives its alarms without a percentage.
      if (!/%\)$/.test(row.cells[4]!)) measured[4] = measured[4]!.replace(/ \(.*\)$/, '');
      expect(row.cells).toEqual(measured);
    },
  );
});
