/**
 * Zendesk rate limits with the real Redis:
 *   - the requests-per-minute budget is shared by every worker process;
 *   - a 429 pauses the whole queue (both workers) for Retry-After, and the
 *     job that got it goes back to wait without using an attempt.
 * Assertions read Redis state (the limiter key's TTL when each job started),
 * never wall-clock durations.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { Queue } from 'bullmq';
import type { Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/log.js';
import { JOB_CATALOGUE, TICKETS_QUEUE, serviceKeys } from '../../../src/queue/catalogue.js';
import { createTicketsWorker } from '../../../src/queue/worker.js';
import { ZendeskBudget } from '../../../src/queue/zendesk-budget.js';
import type { TicketEvent } from '../../../src/tickets/types.js';
import { ZendeskRateLimitError } from '../../../src/zendesk/errors.js';
import { REDIS_URL, deleteKeys, testRedis, uniquePrefix } from '../../support/redis.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function prefixed(label: string): string {
  const prefix = uniquePrefix(label);
  cleanups.push(async () => {
    const redis = testRedis();
    await deleteKeys(redis, prefix);
    redis.disconnect();
  });
  return prefix;
}

function event(n: number): TicketEvent {
  return {
    eventId: `evt-${n}`,
    kind: 'comment_added',
    type: 'zen:event-type:ticket.comment_added',
    ticketId: String(5000 + n),
    tags: [],
  };
}

describe('the Zendesk requests-per-minute budget', () => {
  it('is one budget for every process sharing Redis', async () => {
    const prefix = prefixed('budget');
    const a = new Redis(REDIS_URL);
    const b = new Redis(REDIS_URL);
    cleanups.push(async () => {
      a.disconnect();
      b.disconnect();
    });
    const key = serviceKeys(prefix).zendeskBudget;
    // One request a minute with a burst of 5: exactly 5 may go now, whoever asks.
    const opts = { key, perMinute: 1, burst: 5, maxSleepMs: 0 };
    const budgets = [new ZendeskBudget({ ...opts, redis: a }), new ZendeskBudget({ ...opts, redis: b })];
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        (budgets[i % 2] as ZendeskBudget).take('PUT', '/api/v2/tickets/1.json'),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(5);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(refused).toHaveLength(15);
    for (const r of refused) {
      expect(r.reason).toBeInstanceOf(ZendeskRateLimitError);
      expect((r.reason as ZendeskRateLimitError).retryAfterMs).toBeGreaterThan(0);
    }
  });

  it('waits in-process for a slot that is near', async () => {
    const prefix = prefixed('budget-wait');
    const redis = new Redis(REDIS_URL);
    cleanups.push(async () => redis.disconnect());
    const budget = new ZendeskBudget({
      redis,
      key: serviceKeys(prefix).zendeskBudget,
      perMinute: 1200, // one every 50 ms
      burst: 1,
      maxSleepMs: 5_000,
    });
    for (let i = 0; i < 5; i++) await budget.take();
    // Five slots reserved back to back: the bucket's clock is four intervals ahead at least.
    expect(Number(await redis.pttl(serviceKeys(prefix).zendeskBudget))).toBeGreaterThan(1000);
  });
});

describe('a 429', () => {
  it('pauses every worker of the queue for Retry-After, without using an attempt', async () => {
    const prefix = prefixed('ratelimit');
    const probe = testRedis();
    const queue = new Queue(TICKETS_QUEUE, { connection: { url: REDIS_URL }, prefix });
    const limiterKey = `${prefix}:${TICKETS_QUEUE}:limiter`;
    // The limiter key counts jobs per second too; a pause sets it to MAX_SAFE_INTEGER.
    const paused = async () => Number((await probe.get(limiterKey)) ?? 0) >= 100_000;
    const starts: { worker: string; ticket: string; paused: boolean }[] = [];
    let rateLimited: () => void = () => undefined;
    const hit429 = new Promise<void>((resolve) => (rateLimited = resolve));
    let first = true;

    const makeWorker = (label: string): Worker =>
      createTicketsWorker({
        connection: { url: REDIS_URL, maxRetriesPerRequest: null },
        prefix,
        concurrency: 2,
        logger: silentLogger(),
        autorun: true,
        handlers: {
          evaluate: async (data) => {
            starts.push({
              worker: label,
              ticket: data.event.ticketId,
              paused: await paused(),
            });
            if (data.event.ticketId === '5000' && first) {
              first = false;
              setImmediate(rateLimited);
              throw new ZendeskRateLimitError('Zendesk answered 429', {
                status: 429,
                retryAfterMs: 1_500,
                local: false,
                method: 'PUT',
                path: '/api/v2/tickets/5000.json',
                retryable: true,
              });
            }
            return { ok: true };
          },
          'ticket-workflow': async () => undefined,
        },
      });
    const workers = [makeWorker('A'), makeWorker('B')];
    cleanups.push(async () => {
      await Promise.all(workers.map((w) => w.close()));
      await queue.close();
      probe.disconnect();
    });
    const opts = JOB_CATALOGUE.evaluate.options({ attempts: 1, backoffMs: 10 });
    await queue.add(
      'evaluate',
      { event: event(0), receivedAt: new Date().toISOString() },
      { ...opts, jobId: 'j0' },
    );
    await hit429;
    // The pause is in Redis (queue-wide), not in the worker that got the 429.
    expect(await paused()).toBe(true);
    await queue.addBulk(
      Array.from({ length: 8 }, (_, i) => ({
        name: 'evaluate',
        data: { event: event(i + 1), receivedAt: new Date().toISOString() },
        opts: { ...opts, jobId: `j${i + 1}` },
      })),
    );

    const deadline = Date.now() + 20_000;
    while ((await queue.getCompletedCount()) < 9 && Date.now() < deadline) await sleep(50);
    expect(await queue.getCompletedCount()).toBe(9);
    expect(await queue.getFailedCount()).toBe(0);
    // Every job that started after the 429 started once the pause had expired, on either worker.
    const after = starts.slice(1);
    expect(after).toHaveLength(9);
    for (const s of after) expect(s.paused, `job for ticket ${s.ticket} on ${s.worker}`).toBe(false);
    // attempts: 1, yet the rate-limited job completed: the 429 did not use its attempt.
    expect(await (await queue.getJob('j0'))?.isCompleted()).toBe(true);
  });
});
