/**
 * `harassment-guard report` end to end against a local fake Zendesk holding a
 * month of tagged tickets: exact counts, pseudonymisation and the absence of
 * agent identities and customer text, in md, csv and html.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReport } from '../../../src/cli/commands/report.js';
import type { ReportCommandOptions } from '../../../src/cli/commands/report.js';
import { DEFAULT_PSEUDONYM_KEY, pseudonymise } from '../../../src/report/pseudonym.js';
import { loadTestPolicy } from '../../support/policy.js';
import { startFakeZendesk } from './fake-search-export.js';
import type { FakeZendesk } from './fake-search-export.js';
import {
  AGENT_EMAILS,
  AGENT_IDS,
  AGENT_NAMES,
  CUSTOMER_TEXT,
  EXPECTED,
  GROUP_ID,
  REQ,
  SERVICE_USER_ID,
  SPECS,
  requesterEmail,
  zendeskAudits,
  zendeskTicket,
} from './november-fixture.js';

/** The version of the policy file the report command loads (config/policy.yaml). */
const POLICY_VERSION = loadTestPolicy().version;

const EMAIL = 'report-bot@acme.test';
const TOKEN = 'tok-report-123';
const AUTH = `Basic ${Buffer.from(`${EMAIL}/token:${TOKEN}`).toString('base64')}`;
const KEY = 'committee-secret-key-0123456789';

let fake: FakeZendesk;
let dir: string;

beforeAll(async () => {
  fake = await startFakeZendesk({
    authorization: AUTH,
    tickets: SPECS.map((s) => ({ ticket: zendeskTicket(s), audits: zendeskAudits(s) })),
  });
  dir = mkdtempSync(join(tmpdir(), 'hg-report-'));
});

afterAll(async () => {
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ZENDESK_BASE_URL: fake.baseUrl,
    ZENDESK_EMAIL: EMAIL,
    ZENDESK_API_TOKEN: TOKEN,
    REPORT_PSEUDONYM_KEY: KEY,
    POLICY_FILE: 'config/policy.yaml',
    ...extra,
  };
}

interface Run {
  code: number;
  stdout: string;
  stderr: string[];
}

async function run(opts: Partial<ReportCommandOptions>, e: NodeJS.ProcessEnv = env()): Promise<Run> {
  let stdout = '';
  const stderr: string[] = [];
  const code = await runReport(
    { from: '2026-11-01', to: '2026-11-30', ...opts },
    e,
    {
      stdout: (t) => (stdout += t),
      stderr: (l) => stderr.push(l),
      now: () => new Date('2026-12-01T09:00:00Z'),
      cwd: process.cwd(),
    },
    { reader: { retryBaseMs: 0, maxRetryAfterMs: 1000 } },
  );
  return { code, stdout, stderr };
}

/** Every string that would identify an agent, or leak customer data, must be absent. */
function expectNoAgentOrCustomerData(text: string): void {
  for (const s of [...AGENT_IDS, ...AGENT_NAMES, ...AGENT_EMAILS, GROUP_ID, SERVICE_USER_ID, CUSTOMER_TEXT]) {
    expect(text, `must not contain ${s}`).not.toContain(s);
  }
  for (const id of Object.values(REQ)) expect(text).not.toContain(requesterEmail(id));
  expect(text).not.toMatch(/assignee|submitter/i);
}

function expectPseudonymised(text: string): void {
  expect(text).toContain(pseudonymise(KEY, REQ.a));
  expect(text).toContain(pseudonymise(KEY, REQ.b));
  for (const id of Object.values(REQ)) expect(text).not.toContain(id);
}

describe('report from a fake Zendesk (November 2026)', () => {
  it('markdown: exact counts, pseudonyms, no agent identity', async () => {
    const r = await run({ format: 'md' });
    expect(r.stderr.join('\n')).not.toMatch(/report: /);
    expect(r.code).toBe(0);
    const md = r.stdout;
    const row = (k: string): string | undefined =>
      md
        .split('\n')
        .find((l) => l.startsWith(`| ${k} |`))
        ?.split('|')[2]
        ?.trim();
    expect(row('Tickets with harassment-guard tags')).toBe(String(EXPECTED.tickets));
    expect(row('Flagged by the service')).toBe(String(EXPECTED.flagged));
    expect(row('Escalations')).toBe(String(EXPECTED.escalations));
    expect(row('Refusals approved')).toBe(String(EXPECTED.approvals));
    expect(row('Support refused')).toBe(String(EXPECTED.refusals));
    expect(row('Requester suspensions')).toBe('1');
    expect(row('False-positive rate')).toBe(EXPECTED.falsePositiveRate);
    for (const [k, v] of Object.entries({ ...EXPECTED.verdict, ...EXPECTED.means, ...EXPECTED.demand })) {
      expect(row(k), k).toBe(String(v));
    }
    for (const [k, v] of Object.entries({ ...EXPECTED.channel, ...EXPECTED.month, ...EXPECTED.week })) {
      expect(row(k), k).toBe(String(v));
    }
    expect(row('Median')).toBe('12.0 min');
    expect(row('90th percentile')).toBe('45.0 min');
    expect(md).toContain(`Policy version in force: **${POLICY_VERSION}**`);
    expect(md).toContain(`| ${pseudonymise(KEY, REQ.a)} | 3 | 2026-11-02 | 2026-11-09 |`);
    expect(md).toContain(`| ${pseudonymise(KEY, REQ.b)} | 2 | 2026-11-05 | 2026-11-17 |`);
    expectPseudonymised(md);
    expectNoAgentOrCustomerData(md);
  });

  it('csv: one section,key,value table with the exact counts', async () => {
    const out = join(dir, 'nov.csv');
    const r = await run({ out });
    expect(r.code).toBe(0);
    const csv = readFileSync(out, 'utf8');
    // The file holds personal data (pseudonyms): owner-only.
    expect(statSync(out).mode & 0o777).toBe(0o600);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('section,key,value');
    const cells = lines.slice(1).map((l) => l.split(','));
    expect(cells.every((c) => c.length >= 3)).toBe(true);
    const get = (section: string, key: string): string | undefined =>
      cells.find((c) => c[0] === section && c[1] === key)?.[2];
    expect(get('total', 'tickets')).toBe('12');
    expect(get('total', 'flagged')).toBe('11');
    expect(get('total', 'escalations')).toBe('7');
    expect(get('total', 'approvals')).toBe('3');
    expect(get('total', 'refusals')).toBe('2');
    expect(get('total', 'suspensions')).toBe('1');
    expect(get('total', 'false_positive_rate')).toBe('0.0909');
    for (const [k, v] of Object.entries(EXPECTED.means)) expect(get('means', k), k).toBe(String(v));
    for (const [k, v] of Object.entries(EXPECTED.demand)) expect(get('demand', k), k).toBe(String(v));
    for (const [k, v] of Object.entries(EXPECTED.channel)) expect(get('channel', k), k).toBe(String(v));
    for (const [k, v] of Object.entries(EXPECTED.week)) expect(get('week', k), k).toBe(String(v));
    expect(get('month', '2026-11')).toBe('12');
    expect(get('verdict', 'harassment')).toBe('7');
    expect(get('verdict', 'review')).toBe('4');
    expect(get('time_to_escalation', 'median_minutes')).toBe('12');
    expect(get('time_to_escalation', 'p90_minutes')).toBe('45');
    expect(get('repeat_requester', pseudonymise(KEY, REQ.a))).toBe('3');
    expect(get('repeat_requester', pseudonymise(KEY, REQ.b))).toBe('2');
    expect(get('meta', 'policy_version')).toBe(POLICY_VERSION);
    expectPseudonymised(csv);
    expectNoAgentOrCustomerData(csv);
  });

  it('html: one self-contained file with both charts, exact counts, no agent identity', async () => {
    const out = join(dir, 'nov.html');
    const r = await run({ out, format: 'html' });
    expect(r.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).not.toMatch(/<script|<link|src=|https?:\/\/(?!www\.w3\.org\/2000\/svg)/i);
    expect(html).toContain("default-src 'none'");
    expect(html.match(/<rect class="bar /g)).toHaveLength(14);
    expect(html.match(/<circle class="dot"/g)).toHaveLength(6);
    expect(html).toContain('<polyline class="line"');
    expect(html).toContain('<title>insult: 2</title>');
    expect(html).toContain('<title>monetary: 3</title>');
    expect(html).toContain('<title>2026-11-02: 3</title>');
    expect(html).toContain('<div class="v">12</div><div class="k">Tickets with harassment-guard tags</div>');
    expect(html).toContain('<div class="v">9.1%</div>');
    expectPseudonymised(html);
    expectNoAgentOrCustomerData(html);
  });

  it('--reveal shows raw requester ids, still no agent identity, in every format', async () => {
    for (const format of ['md', 'csv', 'html'] as const) {
      const r = await run({ format, reveal: true });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(REQ.a);
      expect(r.stdout).toContain(REQ.b);
      expect(r.stdout).not.toContain(pseudonymise(KEY, REQ.a));
      for (const s of [...AGENT_IDS, ...AGENT_NAMES, ...AGENT_EMAILS, GROUP_ID, CUSTOMER_TEXT]) {
        expect(r.stdout).not.toContain(s);
      }
    }
  });

  it('pages the search export with cursors, reads audits only of escalated tickets, authenticates every call', async () => {
    fake.requests.length = 0;
    const r = await run({ format: 'md' });
    expect(r.code).toBe(0);
    const searches = fake.requests.filter((q) => q.path === '/api/v2/search/export');
    // 6 tag searches; the suspected and escalated ones hold 8 tickets each = 3 pages of 3.
    expect(searches.filter((q) => q.query.query?.includes('tags:harassment_suspected'))).toHaveLength(3);
    expect(searches.some((q) => q.query['page[after]'])).toBe(true);
    expect(searches.every((q) => q.query['filter[type]'] === 'ticket')).toBe(true);
    expect(searches[0]!.query.query).toBe(
      'type:ticket tags:harassment_suspected created>2026-10-30 created<2026-12-02',
    );
    const audited = new Set(fake.requests.filter((q) => q.path.includes('/audits')).map((q) => q.path));
    expect([...audited].sort()).toEqual(
      ['1001', '1002', '1004', '1006', '1008', '1010', '1011'].map(
        (id) => `/api/v2/tickets/${id}/audits.json`,
      ),
    );
    expect(fake.requests.every((q) => q.authorization === AUTH)).toBe(true);
    expect(r.stderr.at(-1)).toMatch(
      /^report 2026-11-01\.\.2026-11-30: 12 tickets, 11 flagged \(\d+ search pages, \d+ audit requests\)$/,
    );
  });

  it('warns when REPORT_PSEUDONYM_KEY is unset and uses the documented default', async () => {
    const r = await run({ format: 'csv' }, env({ REPORT_PSEUDONYM_KEY: '' }));
    expect(r.code).toBe(0);
    expect(r.stderr[0]).toMatch(/^warning: REPORT_PSEUDONYM_KEY is unset/);
    expect(r.stdout).toContain(pseudonymise(DEFAULT_PSEUDONYM_KEY, REQ.a));
  });

  it('--max-histories 2 times only two escalations and says so', async () => {
    const r = await run({ format: 'md', maxHistories: 2 });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('| Escalations measured | 2 |');
    expect(r.stdout).toContain('measured on 2 of 7 escalated tickets');
  });
});

describe('report failures: one line on stderr, non-zero exit', () => {
  const oneLine = (r: Run): string => {
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    const last = r.stderr.at(-1) ?? '';
    expect(last.split('\n')).toHaveLength(1);
    expect(last).toMatch(/^harassment-guard report: /);
    return last;
  };

  it.each([
    [{ from: '2026-11-31' }, /--from: "2026-11-31" is not a real calendar date/],
    [{ from: '2026/11/01' }, /--from: "2026\/11\/01" is not a date in YYYY-MM-DD form/],
    [{ to: 'yesterday' }, /--to: "yesterday" is not a date/],
    [{ from: '2026-12-01', to: '2026-11-01' }, /--from 2026-12-01 is after --to 2026-11-01/],
  ])('bad period %o', async (opts, msg) => {
    expect(oneLine(await run(opts))).toMatch(msg);
  });

  it('missing credentials', async () => {
    const r = await run({}, { ZENDESK_BASE_URL: fake.baseUrl });
    expect(oneLine(r)).toMatch(/ZENDESK_EMAIL \+ ZENDESK_API_TOKEN/);
  });

  it('a short REPORT_PSEUDONYM_KEY', async () => {
    expect(oneLine(await run({}, env({ REPORT_PSEUDONYM_KEY: 'short' })))).toMatch(
      /REPORT_PSEUDONYM_KEY: must be at least 16 characters/,
    );
  });

  it('401 from Zendesk (wrong token), and the token is not printed', async () => {
    const line = oneLine(await run({}, env({ ZENDESK_API_TOKEN: 'wrong-token-xyz' })));
    expect(line).toMatch(/answered 401: check ZENDESK_EMAIL \+ ZENDESK_API_TOKEN/);
    expect(line).not.toContain('wrong-token-xyz');
  });

  it('403 and 404', async () => {
    fake.failNext('/api/v2/search/export', 403, 1);
    expect(oneLine(await run({}))).toMatch(/answered 403: the credentials lack permission/);
    fake.failNext('/api/v2/tickets/', 404, 1);
    expect(oneLine(await run({}))).toMatch(/GET \/api\/v2\/tickets\/\d+\/audits\.json answered 404/);
  });

  it('5xx that persists fails after the bounded retries; one 5xx is retried', async () => {
    fake.failNext('/api/v2/search/export', 500, 3);
    expect(oneLine(await run({}))).toMatch(/answered 500: Zendesk is failing \(after 3 attempts\)/);
    fake.failNext('/api/v2/search/export', 503, 1);
    expect((await run({})).code).toBe(0);
  });

  it('429: waits out a short Retry-After, fails on a persistent or too long one', async () => {
    fake.failNext('/api/v2/search/export', 429, 1, { 'retry-after': '0' });
    expect((await run({})).code).toBe(0);
    fake.failNext('/api/v2/search/export', 429, 3, { 'retry-after': '0' });
    expect(oneLine(await run({}))).toMatch(/answered 429 Too Many Requests 3 times/);
    fake.failNext('/api/v2/search/export', 429, 1, { 'retry-after': '3600' });
    expect(oneLine(await run({}))).toMatch(/429 Too Many Requests 1 times \(Retry-After 3600 s\)/);
  });

  it('an unreachable Zendesk', async () => {
    const r = await run({}, env({ ZENDESK_BASE_URL: 'http://127.0.0.1:9' }));
    expect(oneLine(r)).toMatch(/failed: ECONNREFUSED \(after 3 attempts\)/);
  });
});
