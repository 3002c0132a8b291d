/**
 * Spawns the real CLI (through tsx) with a small policy of its own, so the
 * test does not depend on the production lexicons.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
let dir: string;
let policy: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hg-cli-'));
  policy = join(dir, 'policy.yaml');
  writeFileSync(policy, 'version: "cli-test"\nengine:\n  rules: [en.yaml]\n');
  writeFileSync(
    join(dir, 'en.yaml'),
    [
      'lang: en',
      'rules:',
      "  - { id: en.insult.t, category: insult, pattern: '\\b(?:jerks?|idiots?)\\b' }",
      "  - { id: en.monetary.t, category: monetary, pattern: '\\bpay (?:me|us) damages\\b', unless: ['\\bper the contract\\b'] }",
      'vetoes:',
      "  - { id: en.veto.t, categories: [insult], pattern: '\\bnot an? (?:jerk|idiot)\\b' }",
    ].join('\n'),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[], stdin: string, env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolvePromise) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], {
      cwd: ROOT,
      env: { ...process.env, POLICY_FILE: policy, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe('harassment-guard classify', () => {
  it('writes one JSONL line per input line, skipping blank lines', async () => {
    const input = [
      '{"id":"a","text":"You jerk.","lang":"en","means":["insult"],"note":"ignored"}',
      '',
      '{"id":"b","text":"Please pay us damages."}',
      '{"id":"c","thread":[{"at":"2025-01-01T00:00:00Z","text":"hello"},{"at":"2025-01-01T00:05:00Z","text":"idiots"}]}',
      '{"id":"d","text":"> jerk\\nThanks"}',
    ].join('\n');
    const r = await cli(['classify'], `${input}\n`);
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toEqual([
      {
        id: 'a',
        verdict: 'harassment',
        means: ['insult'],
        demands: [],
        evidence: [{ category: 'insult', quote: 'jerk', start: 4, end: 8 }],
      },
      {
        id: 'b',
        verdict: 'review',
        means: [],
        demands: ['monetary'],
        evidence: [{ category: 'monetary', quote: 'pay us damages', start: 7, end: 21 }],
      },
      {
        id: 'c',
        verdict: 'harassment',
        means: ['insult'],
        demands: [],
        evidence: [{ category: 'insult', quote: 'idiots', start: 0, end: 6, message: 1 }],
      },
      { id: 'd', verdict: 'none', means: [], demands: [], evidence: [] },
    ]);
  });

  it('stops at a bad line with a one-line error naming it, after printing the lines before', async () => {
    const r = await cli(
      ['classify'],
      '{"id":"a","text":"fine"}\n{"id":"b","text":"you jerk"}\n{oops\n{"id":"c","text":"x"}\n',
    );
    expect(r.code).not.toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/line 3: invalid JSON/);
  });

  it('rejects a line without text or thread', async () => {
    const r = await cli(['classify'], '{"id":"a"}\n');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/line 1: needs "text" or "thread"/);
  });

  it('explains one message with --text', async () => {
    const r = await cli(['classify', '--text', 'You idiot, pay me damages.'], '');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('verdict: harassment');
    expect(r.stdout).toContain('insult — 1(2)(b)');
    expect(r.stdout).toContain('"idiot"  [4..9]');
    expect(r.stdout).toContain('policy cli-test');
  });

  it('says with --why what cleared a hit, as text and as JSON', async () => {
    const text = 'I am not an idiot. Pay us damages per the contract.';
    const r = await cli(['classify', '--why', '--text', text], '');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('verdict: none');
    expect(r.stdout).toContain('why:');
    expect(r.stdout).toContain('insult "idiot"  [12..17]  (en.insult.t) cleared by veto en.veto.t');
    expect(r.stdout).toContain('monetary "Pay us damages"  [19..33]  (en.monetary.t) cleared by unless[0]');
    expect(r.stdout).toContain('backstop: did not score');
    const j = await cli(['classify', '--why', '--json', '--text', text], '');
    const x = JSON.parse(j.stdout) as { decision: { verdict: string }; cleared: { by: string }[] };
    expect(x.decision.verdict).toBe('none');
    expect(x.cleared.map((c) => c.by)).toEqual(['veto en.veto.t', 'unless[0]']);
    // On stdin, each output line gains a "why" key; without --why the lines are as before.
    const input = '{"id":"a","text":"You jerk. Not a jerk."}\n';
    const s = await cli(['classify', '--why'], input);
    const line = JSON.parse(s.stdout) as { verdict: string; why: { cleared: { quote: string }[] } };
    expect(line.verdict).toBe('harassment');
    expect(line.why.cleared.map((c) => c.quote)).toEqual(['jerk']);
    const plain = await cli(['classify'], input);
    expect(Object.keys(JSON.parse(plain.stdout) as object)).not.toContain('why');
  });

  it('fails with one clear line when the policy file is bad', async () => {
    writeFileSync(join(dir, 'bad.yaml'), 'version: "x"\nengine:\n  rules: [bad-rules.yaml]\n');
    writeFileSync(
      join(dir, 'bad-rules.yaml'),
      "lang: en\nrules:\n  - { id: en.insult.b, category: insult, pattern: '(' }\n",
    );
    const r = await cli(['classify', '--policy', join(dir, 'bad.yaml')], '');
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/en\.insult\.b: pattern is not a valid regular expression/);
  });

  it('stops quietly when the reader goes away (EPIPE)', async () => {
    const many = Array.from({ length: 20000 }, (_, i) => JSON.stringify({ id: i, text: 'you jerk' })).join(
      '\n',
    );
    const r = await new Promise<{ code: number | null; stderr: string; lines: number }>((done) => {
      const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'classify'], {
        cwd: ROOT,
        env: { ...process.env, POLICY_FILE: policy },
      });
      let stderr = '';
      let lines = 0;
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.stdout.once('data', (d: Buffer) => {
        lines = d.toString().split('\n').length;
        child.stdout.destroy();
      });
      child.stdin.on('error', () => undefined);
      child.on('close', (code) => done({ code, stderr, lines }));
      child.stdin.end(many);
    });
    expect(r.lines).toBeGreaterThan(0);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('takes the no-defect fact for --text', async () => {
    writeFileSync(join(dir, 'nd.yaml'), 'version: "nd"\nengine:\n  rules: [nd-rules.yaml]\n');
    writeFileSync(
      join(dir, 'nd-rules.yaml'),
      "lang: en\nrules:\n  - { id: en.exchange.nd, category: exchange, pattern: '\\breplace the unit\\b', only_if_no_defect: true }\n",
    );
    const plain = await cli(
      ['classify', '--policy', join(dir, 'nd.yaml'), '--text', 'Please replace the unit.'],
      '',
    );
    expect(plain.stdout).toContain('verdict: none');
    const nd = await cli(
      [
        'classify',
        '--policy',
        join(dir, 'nd.yaml'),
        '--no-defect-found',
        '--text',
        'Please replace the unit.',
      ],
      '',
    );
    expect(nd.stdout).toContain('verdict: review');
  });

  it('streams a large input', async () => {
    const many = Array.from({ length: 3000 }, (_, i) =>
      JSON.stringify({ id: i, text: i % 2 ? 'you jerk' : 'hello' }),
    ).join('\n');
    const r = await cli(['classify'], many);
    expect(r.code).toBe(0);
    const out = r.stdout.trim().split('\n');
    expect(out).toHaveLength(3000);
    expect(JSON.parse(out[2999]!)).toMatchObject({ id: 2999, verdict: 'harassment' });
  });
});
