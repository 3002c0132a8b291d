/** The `report` subcommand through the real CLI entry point (tsx), against the local fake Zendesk. */
import { execFile } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeZendesk } from './fake-search-export.js';
import type { FakeZendesk } from './fake-search-export.js';
import { SPECS, zendeskAudits, zendeskTicket } from './november-fixture.js';

const EMAIL = 'report-bot@acme.test';
const TOKEN = 'tok-cli';
let fake: FakeZendesk;

beforeAll(async () => {
  fake = await startFakeZendesk({
    authorization: `Basic ${Buffer.from(`${EMAIL}/token:${TOKEN}`).toString('base64')}`,
    tickets: SPECS.map((s) => ({ ticket: zendeskTicket(s), audits: zendeskAudits(s) })),
  });
});
afterAll(async () => {
  await fake.close();
});

function cli(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'report', ...args],
      { env: { PATH: process.env.PATH ?? '', ...env }, timeout: 60_000 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe('harassment-guard report (CLI)', () => {
  it('prints the markdown report and exits 0', async () => {
    const r = await cli(['--from', '2026-11-01', '--to', '2026-11-30'], {
      ZENDESK_BASE_URL: fake.baseUrl,
      ZENDESK_EMAIL: EMAIL,
      ZENDESK_API_TOKEN: TOKEN,
      REPORT_PSEUDONYM_KEY: 'committee-secret-key-0123456789',
    });
    expect(r.stderr).toMatch(/^report 2026-11-01\.\.2026-11-30: 12 tickets, 11 flagged/m);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('| Tickets with harassment-guard tags | 12 |');
  });

  it.each([
    [
      ['--from', '2026-11-31', '--to', '2026-11-30'],
      /^harassment-guard report: --from: "2026-11-31" is not a real calendar date$/,
    ],
    [
      ['--from', '2026-12-01', '--to', '2026-11-30'],
      /^harassment-guard report: --from 2026-12-01 is after --to 2026-11-30$/,
    ],
    [
      ['--from', '2026-11-01', '--to', '2026-11-30', '--format', 'pdf'],
      /^error: option '--format <format>' argument 'pdf' is invalid/,
    ],
    [['--to', '2026-11-30'], /^error: required option '--from <date>' not specified$/],
  ])('%o → one line on stderr, exit 1', async (args, msg) => {
    const r = await cli(args);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr.trim()).toMatch(msg);
  });
});
