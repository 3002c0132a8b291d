/**
 * Input hardening of `harassment-guard classify` (JSONL on stdin):
 *   - 10,000 random and mutated lines through the line parser: each is either
 *     a parsed line or an InputLineError naming that line number, nothing else;
 *   - parsed lines (2,000) go through the real engine without a throw;
 *   - the real CLI on a random file: a bad line means exit 1 with one stderr
 *     line naming its number, and exactly the lines before it on stdout.
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputLineError, parseInputLine, toEvaluationInput } from '../../src/cli/commands/classify.js';
import { compileEngine } from '../../src/policy/index.js';
import type { PolicyEngine } from '../../src/policy/index.js';
import { loadTestPolicy, testPolicyPath } from '../support/policy.js';

const ROOT = resolve(import.meta.dirname, '../..');

const text = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.constantFrom('You idiots, I will kill you', '土下座しろ', 'kill -9 the worker', '\u0000\u202e\ud800'),
);
const validLine = fc.oneof(
  fc.record({ id: fc.oneof(fc.string({ minLength: 1, maxLength: 10 }), fc.integer()), text }),
  fc.record({
    id: fc.string({ minLength: 1, maxLength: 10 }),
    thread: fc.array(fc.record({ at: fc.oneof(fc.integer(), fc.string({ maxLength: 25 })), text }), {
      minLength: 1,
      maxLength: 4,
    }),
    lang: fc.constantFrom('en', 'ja', 'xx'),
  }),
);
/** Random lines: valid objects, objects with a field retyped, JSON of other shapes, and non-JSON. */
const anyLine = fc.oneof(
  validLine.map((o) => JSON.stringify(o)),
  fc
    .tuple(
      validLine,
      fc.constantFrom('id', 'text', 'thread', 'lang', 'at', 'requester'),
      fc.jsonValue({ maxDepth: 2 }),
    )
    .map(([o, k, v]) => JSON.stringify({ ...o, [k]: v })),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 200 }),
  validLine.map((o) => JSON.stringify(o).slice(0, -1)),
);

let engine: PolicyEngine;
beforeAll(() => {
  const policy = loadTestPolicy();
  engine = compileEngine(policy);
});

describe('classify JSONL input under random lines', () => {
  it('parses a line or names its number, for 10,000 lines', () => {
    let evaluated = 0;
    fc.assert(
      fc.property(anyLine, fc.integer({ min: 1, max: 1_000_000 }), (line, n) => {
        let parsed;
        try {
          parsed = parseInputLine(line, n);
        } catch (err) {
          expect(err).toBeInstanceOf(InputLineError);
          expect((err as InputLineError).lineNumber).toBe(n);
          expect((err as Error).message.startsWith(`line ${n}: `)).toBe(true);
          expect((err as Error).message).not.toContain('\n');
          return;
        }
        if (evaluated < 2_000) {
          evaluated += 1;
          const decision = engine.evaluate(toEvaluationInput(parsed));
          expect(['harassment', 'review', 'none']).toContain(decision.verdict);
        }
      }),
      { numRuns: 10_000, seed: 5_101 },
    );
  });

  it('the CLI exits 1 naming the first bad line, after writing every line before it', async () => {
    const lines = fc.sample(validLine, { numRuns: 40, seed: 5_102 }).map((o) => JSON.stringify(o));
    const badAt = 27; // 1-based
    lines.splice(badAt - 1, 0, '{"id": "broken", "text": ');
    const run = await cli(`${lines.join('\n')}\n`);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`line ${badAt}: `))]);
    expect(run.stdout.trim().split('\n')).toHaveLength(badAt - 1);
  }, 60_000);

  it('the CLI answers one line per valid random line and exits 0', async () => {
    const lines = fc.sample(validLine, { numRuns: 60, seed: 5_103 }).map((o) => JSON.stringify(o));
    const run = await cli(`${lines.join('\n')}\n`);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(60);
  }, 60_000);
});

function cli(stdin: string) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'classify'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', POLICY_FILE: testPolicyPath() },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}
