/**
 * Spawns the real eval script (through tsx) with a small policy of its own
 * on a generated labelled corpus: its report, and a reader that goes away
 * before the long miss list is written (`npm run eval -- … | head`).
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
  dir = mkdtempSync(join(tmpdir(), 'hg-eval-'));
  policy = join(dir, 'policy.yaml');
  writeFileSync(policy, 'version: "eval-test"\nengine:\n  rules: [en.yaml]\n');
  writeFileSync(
    join(dir, 'en.yaml'),
    ['lang: en', 'rules:', "  - { id: en.insult.t, category: insult, pattern: '\\bjerks?\\b' }"].join('\n'),
  );
  // Every item is labelled calm and read as an insult: one miss line each, far more than a pipe's buffer.
  corpus = join(dir, 'corpus.jsonl');
  writeFileSync(
    corpus,
    Array.from({ length: 6000 }, (_, i) =>
      JSON.stringify({ id: `e-${i}`, lang: 'en', text: 'you jerk', means: [], demands: [], verdict: 'none' }),
    ).join('\n'),
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runEval(readAll: boolean): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/eval.ts'), corpus], {
      cwd: ROOT,
      env: { ...process.env, POLICY_FILE: policy },
    });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (!readAll) child.stdout.destroy();
    });
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

describe('npm run eval', () => {
  it('reports the corpus and lists every miss', async () => {
    const r = await runEval(true);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('policy eval-test, corpus');
    expect(r.stdout).toContain('hard-negative alarms');
    expect(r.stdout).toContain('e-5999');
  });

  it('stops quietly when the reader goes away (EPIPE)', async () => {
    const r = await runEval(false);
    expect(r.stdout.length).toBeGreaterThan(0);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});
