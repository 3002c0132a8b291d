/**
 * `npm run bench:tradeoff` (scripts/bench-tradeoff.ts), spawned through tsx
 * with a small policy of its own (three rule files and the shipped backstop
 * model): its variants, its accuracy columns, and its usage errors. The
 * figures themselves are timings and are not checked.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
let dir: string;
let policy: string;
let corpus: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hg-tradeoff-'));
  policy = join(dir, 'policy.yaml');
  writeFileSync(
    policy,
    [
      'version: "tradeoff-test"',
      'engine:',
      '  rules: [a.yaml, b.yaml, c.yaml]',
      `  backstop: { model: ${JSON.stringify(join(ROOT, 'config/backstop.json'))}, enabled: true }`,
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'a.yaml'),
    "lang: en\nrules:\n  - { id: en.insult.t, category: insult, pattern: '\\bidiots?\\b' }\n",
  );
  writeFileSync(
    join(dir, 'b.yaml'),
    "lang: en\nmasks:\n  - { id: en.mask.t, pattern: '\\bkill -9\\b' }\nrules:\n  - { id: en.monetary.t, category: monetary, pattern: '\\bpay (?:me|us) damages\\b' }\n",
  );
  writeFileSync(
    join(dir, 'c.yaml'),
    "lang: en\nrules:\n  - { id: en.violence.t, category: violence, pattern: '\\bhurt you\\b' }\n",
  );
  corpus = join(dir, 'corpus.jsonl');
  writeFileSync(
    corpus,
    [
      {
        id: 'a',
        lang: 'en',
        text: 'You idiot, pay me damages now.',
        verdict: 'harassment',
        means: ['insult'],
        demands: ['monetary'],
      },
      {
        id: 'b',
        lang: 'en',
        text: 'I will hurt you.',
        verdict: 'harassment',
        means: ['violence'],
        demands: [],
      },
      {
        id: 'c',
        lang: 'en',
        text: 'Please run kill -9 on the stuck job.',
        verdict: 'none',
        means: [],
        demands: [],
        hard_negative: true,
      },
    ]
      .map((o) => JSON.stringify(o))
      .join('\n'),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function tradeoff(args: string[]) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolvePromise) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'scripts/bench-tradeoff.ts'), ...args],
      {
        cwd: ROOT,
        env: { ...process.env, POLICY_FILE: policy },
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
}

describe('npm run bench:tradeoff', () => {
  it('times and scores the policy and its four reductions', async () => {
    const r = await tradeoff(['--corpus', corpus, '--eval', corpus, '--messages', '6', '--rounds', '1']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const rows = r.stdout.split('\n');
    expect(rows).toContain(`accuracy on 3 labelled items: ${corpus}`);
    for (const name of [
      'shipped: every rule file + backstop',
      'every rule file, no backstop',
      'a.yaml + b.yaml + backstop',
      'a.yaml + b.yaml, no backstop',
      'backstop + masks and vetoes, no rules',
    ]) {
      const row = rows.find((l) => l.startsWith(name));
      // name, messages per CPU-second, p99, six accuracy figures, and whether the targets hold.
      expect(row, name).toMatch(/^.+ {2}\s*[\d,]+ {2}\s*\d+\.\d{3}( {2}\d\.\d{3}){6}\s+(met|not met)$/);
    }
    // Every rule file present: all three items right, nothing flagged on the hard negative.
    expect(rows.find((l) => l.startsWith('shipped'))).toMatch(/ {2}1\.000 {2}1\.000 {2}1\.000 {2}0\.000 /);
  });

  it('names the core rule files with --core, and refuses one the policy does not list', async () => {
    const r = await tradeoff(['--corpus', corpus, '--messages', '3', '--rounds', '1', '--core', 'c.yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('c.yaml + backstop');
    const bad = await tradeoff(['--corpus', corpus, '--core', 'a.yaml,nosuch.yaml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`error: --core: ${policy} lists no rule file named nosuch.yaml`);
    expect(bad.stderr).toContain('usage: npm run bench:tradeoff');
  });

  it.each([
    [['--rounds', '0'], '--rounds must be a positive integer, not 0'],
    [['--messages', 'many'], '--messages must be a positive integer, not many'],
    [['--bogus'], "Unknown option '--bogus'"],
  ])('exits 2 with a usage line on %j', async (args, message) => {
    const r = await tradeoff(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe('');
  });
});
