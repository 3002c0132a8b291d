/**
 * `harassment-guard backfill` over a fake export of three pages, with real
 * Redis for the cursor (and the queue in --live).
 */
import { Queue } from 'bullmq';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBackfill } from '../../../src/cli/commands/backfill.js';
import type { BackfillCommandOptions } from '../../../src/cli/commands/backfill.js';
import { TICKETS_QUEUE, jobIds } from '../../../src/queue/catalogue.js';
import type { PolicyEngine } from '../../../src/queue/processors/evaluate.js';
import { compileEngine } from '../../../src/policy/index.js';
import { REDIS_URL, deleteKeys, keysUnder, testRedis, uniquePrefix } from '../../support/redis.js';
import { loadTestPolicy, testPolicyPath } from '../../support/policy.js';
import { ABUSIVE_TEXT, CLEAN_TEXT } from '../../support/webhooks.js';
import { EMAIL, FakeExport, TOKEN } from './fake-export.js';
import type { FakePage } from './fake-export.js';

const DAY = Date.UTC(2026, 10, 1) / 1000; // 2026-11-01T00:00:00Z
const NOW = Date.UTC(2026, 10, 29, 12); // fixed clock for the command
const CUSTOMER = 501;
const AGENT = 601;

const PAGES: FakePage[] = [
  {
    start: DAY,
    end: DAY + 3600,
    events: [
      {
        ticketId: 11,
        timestamp: DAY + 60,
        updaterId: CUSTOMER,
        comments: [{ id: 1101, authorId: CUSTOMER, body: ABUSIVE_TEXT }],
      },
      {
        ticketId: 12,
        timestamp: DAY + 120,
        updaterId: CUSTOMER,
        comments: [{ id: 1201, authorId: CUSTOMER, body: CLEAN_TEXT }],
      },
      // Staff reply and a private note: never evaluated.
      {
        ticketId: 11,
        timestamp: DAY + 180,
        updaterId: AGENT,
        comments: [{ id: 1102, authorId: AGENT, body: 'You idiots, fix this (quoting the customer)' }],
      },
      {
        ticketId: 12,
        timestamp: DAY + 240,
        updaterId: CUSTOMER,
        comments: [{ id: 1202, authorId: CUSTOMER, body: ABUSIVE_TEXT, public: false }],
      },
    ],
  },
  {
    start: DAY + 3600,
    end: DAY + 7200,
    events: [
      {
        ticketId: 13,
        timestamp: DAY + 4000,
        updaterId: CUSTOMER,
        comments: [{ id: 1301, authorId: CUSTOMER, body: ABUSIVE_TEXT }],
      },
    ],
  },
  {
    start: DAY + 7200,
    end: DAY + 10800,
    events: [
      {
        ticketId: 14,
        timestamp: DAY + 8000,
        updaterId: CUSTOMER,
        comments: [{ id: 1401, authorId: CUSTOMER, body: CLEAN_TEXT }],
      },
    ],
  },
];

let fake: FakeExport;
let prefix: string;
let engine: PolicyEngine;
let evaluated: string[];

beforeEach(async () => {
  fake = await FakeExport.start(PAGES, { [CUSTOMER]: 'end-user', [AGENT]: 'agent' });
  prefix = uniquePrefix('backfill');
  const policy = loadTestPolicy();
  const real = compileEngine({
    version: policy.version,
    engine: policy.engine,
    ruleDocs: policy.ruleDocs,
    backstop: policy.backstop,
  });
  evaluated = [];
  engine = {
    evaluate(input) {
      evaluated.push(input.text ?? '');
      return real.evaluate(input);
    },
  };
});

afterEach(async () => {
  await fake.close();
  const redis = testRedis();
  await deleteKeys(redis, prefix);
  redis.disconnect();
});

function env(): NodeJS.ProcessEnv {
  return {
    REDIS_URL,
    QUEUE_PREFIX: prefix,
    ZENDESK_BASE_URL: fake.baseUrl,
    ZENDESK_EMAIL: EMAIL,
    ZENDESK_API_TOKEN: TOKEN,
    POLICY_FILE: testPolicyPath(),
  };
}

async function run(opts: Partial<BackfillCommandOptions> = {}, sleeps: number[] = []) {
  const out: string[] = [];
  let err = '';
  const code = await runBackfill(
    { since: '2026-11-01', requestsPerMinute: 10, ...opts },
    env(),
    {
      stdout: (l) => out.push(l),
      stderr: { write: (t: string) => (err += t), isTTY: false },
      now: () => NOW,
      cwd: process.cwd(),
    },
    {
      engine,
      sleep: async (ms) => void sleeps.push(ms),
      reader: { maxAttempts: 2, retryBaseMs: 1, sleep: async (ms) => void sleeps.push(ms) },
    },
  );
  return {
    code,
    out,
    err,
    flagged: out.map((l) => JSON.parse(l) as { ticketId: string; commentId: string; verdict: string }),
  };
}

describe('backfill (dry run)', () => {
  it('stops with a clear line when page 2 fails, then resumes from the cursor without re-evaluating page 1', async () => {
    fake.failPage(1, 500, 10);
    const first = await run();
    expect(first.code).toBe(1);
    expect(first.err).toMatch(
      /harassment-guard backfill: Zendesk GET \/api\/v2\/incremental\/ticket_events\.json answered 500/,
    );
    expect(first.err).toContain('progress saved: cursor at 2026-11-01T01:00:00Z');
    // Page 1: the two customer messages only (not the agent's, not the private one).
    expect(evaluated).toEqual([ABUSIVE_TEXT, CLEAN_TEXT]);
    expect(first.flagged.map((f) => [f.ticketId, f.commentId, f.verdict])).toEqual([
      ['11', '1101', 'harassment'],
    ]);

    fake.clearFaults();
    evaluated = [];
    fake.requests.length = 0;
    const second = await run();
    expect(second.code).toBe(0);
    expect(fake.exportStarts()).toEqual([DAY + 3600, DAY + 7200]);
    expect(evaluated).toEqual([ABUSIVE_TEXT, CLEAN_TEXT]);
    expect(second.flagged.map((f) => f.commentId)).toEqual(['1301']);
    expect(second.err).toContain('resumed at 2026-11-01T01:00:00Z');
    expect(second.err).toMatch(/2 pages, 2 ticket events, 2 customer messages \(harassment 1, none 1\)/);
    // No message text in the summary or the flagged lines.
    expect(second.err + second.out.join('\n')).not.toContain('idiots');

    // A third run continues from the end: nothing evaluated again.
    evaluated = [];
    const third = await run();
    expect(third.code).toBe(0);
    expect(evaluated).toEqual([]);
  });

  it('paces export requests to the budget and waits out a 429 Retry-After', async () => {
    fake.failPage(0, 429, 1, '7');
    const sleeps: number[] = [];
    const r = await run({ requestsPerMinute: 10 }, sleeps);
    expect(r.code).toBe(0);
    // 429 → Retry-After 7 s; then 60 s / 10 requests between pages (the fake clock stands still).
    expect(sleeps).toEqual([7000, 6000, 6000]);
    expect(fake.exportStarts()).toEqual([DAY, DAY, DAY + 3600, DAY + 7200]);
  });

  it('--max-pages stops early with the cursor kept; --restart starts again at --since', async () => {
    const r = await run({ until: '2026-11-01', maxPages: 1 });
    expect(r.code).toBe(0);
    expect(r.err).toContain('stopped at the page bound');
    evaluated = [];
    const again = await run({ restart: true, maxPages: 1 });
    expect(again.code).toBe(0);
    expect(evaluated).toEqual([ABUSIVE_TEXT, CLEAN_TEXT]);
  });

  it('refuses a bad date with one line', async () => {
    const r = await run({ since: '2026-13-01' });
    expect(r.code).toBe(1);
    expect(r.err).toBe('harassment-guard backfill: --since must be a date as YYYY-MM-DD, got "2026-13-01"\n');
  });
});

describe('backfill --live', () => {
  it('stores evaluate jobs with the webhook path ids; a second pass is all duplicates', async () => {
    const queue = new Queue(TICKETS_QUEUE, { connection: { url: REDIS_URL }, prefix });
    try {
      const first = await run({ live: true });
      expect(first.code).toBe(0);
      expect(first.err).toMatch(/3 pages, 6 ticket events, 4 customer messages \(queued 4\)/);
      expect(evaluated).toEqual([]); // the worker evaluates, not the command
      const ids = ['t11-c1101', 't12-c1201', 't13-c1301', 't14-c1401'].map((eventId) =>
        jobIds.evaluate({ eventId }),
      );
      for (const id of ids) {
        const job = await queue.getJob(id);
        expect(job?.name).toBe('evaluate');
      }
      expect(await queue.count()).toBe(4);

      const again = await run({ live: true, restart: true });
      expect(again.code).toBe(0);
      expect(again.err).toMatch(/4 customer messages \(duplicate 4\)/);
      expect(await queue.count()).toBe(4);
      const redis = testRedis();
      expect(await keysUnder(redis, `${prefix}:backfill`)).toEqual([
        `${prefix}:backfill:cursor:live:2026-11-01`,
      ]);
      redis.disconnect();
    } finally {
      await queue.close();
    }
  });
});
