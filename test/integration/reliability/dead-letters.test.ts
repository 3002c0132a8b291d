/**
 * Dead letters with the real Redis: a job that uses up its attempts keeps the
 * error of every attempt; `jobs failed` lists it and `jobs retry` re-queues it
 * with fresh attempts (module calls and the real CLI).
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Queue } from 'bullmq';
import type { Worker } from 'bullmq';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/log.js';
import { JOB_CATALOGUE, TICKETS_QUEUE, jobIds } from '../../../src/queue/catalogue.js';
import { listDeadLetters, retryDeadLetters } from '../../../src/queue/dead-letters.js';
import { createTicketsWorker } from '../../../src/queue/worker.js';
import { ZendeskApiError } from '../../../src/zendesk/errors.js';
import { REDIS_URL, deleteKeys, testRedis, uniquePrefix } from '../../support/redis.js';
import type { TicketEvent } from '../../../src/tickets/types.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function setup(failUntilCall: number) {
  const prefix = uniquePrefix('dlq');
  const queue = new Queue(TICKETS_QUEUE, { connection: { url: REDIS_URL }, prefix });
  let calls = 0;
  const worker: Worker = createTicketsWorker({
    connection: { url: REDIS_URL, maxRetriesPerRequest: null },
    prefix,
    concurrency: 1,
    logger: silentLogger(),
    autorun: true,
    handlers: {
      evaluate: async () => {
        calls += 1;
        if (calls <= failUntilCall) {
          throw new ZendeskApiError('ZENDESK_HTTP_ERROR', `PUT /api/v2/tickets/4242.json answered 500`, {
            status: 500,
            retryable: true,
            method: 'PUT',
            path: '/api/v2/tickets/4242.json',
          });
        }
        return { ok: true };
      },
      'ticket-workflow': async () => undefined,
    },
  });
  cleanups.push(async () => {
    await worker.close();
    await queue.close();
    const redis = testRedis();
    await deleteKeys(redis, prefix);
    redis.disconnect();
  });
  return { prefix, queue, worker, calls: () => calls };
}

async function addEvaluate(queue: Queue, attempts: number): Promise<string> {
  const event: TicketEvent = {
    eventId: `evt-${Math.random().toString(36).slice(2)}`,
    kind: 'comment_added',
    type: 'zen:event-type:ticket.comment_added',
    ticketId: '4242',
    tags: [],
    comment: { id: '1', isPublic: true, authorIsStaff: false, body: 'You idiots, Kenji here' },
  };
  const id = jobIds.evaluate(event);
  await queue.add(
    'evaluate',
    { event, receivedAt: new Date().toISOString() },
    { ...JOB_CATALOGUE.evaluate.options({ attempts, backoffMs: 10 }), jobId: id },
  );
  return id;
}

async function waitFor(pred: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await pred())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(50);
  }
}

function cli(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', REDIS_URL, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

describe('dead letters', () => {
  it('keeps the error of every attempt and re-queues the job with fresh attempts', async () => {
    const { queue, calls } = setup(3);
    const id = await addEvaluate(queue, 3);
    await waitFor(async () => (await queue.getFailedCount()) === 1);

    const [letter] = await listDeadLetters(queue);
    expect(letter).toMatchObject({ id, name: 'evaluate', ticketId: '4242', attemptsMade: 3 });
    expect(letter?.errors).toEqual([
      'attempt 1: ZENDESK_HTTP_ERROR 500: PUT /api/v2/tickets/4242.json answered 500',
      'attempt 2: ZENDESK_HTTP_ERROR 500: PUT /api/v2/tickets/4242.json answered 500',
      'attempt 3: ZENDESK_HTTP_ERROR 500: PUT /api/v2/tickets/4242.json answered 500',
    ]);
    // BullMQ's own per-attempt stack traces are kept too.
    expect((await queue.getJob(id))?.stacktrace).toHaveLength(3);
    // No customer text in what the listing shows.
    expect(JSON.stringify(letter)).not.toMatch(/idiots|Kenji/);

    expect(await retryDeadLetters(queue, [id, 'no-such-job'])).toEqual({
      retried: [id],
      skipped: ['no-such-job'],
    });
    await waitFor(async () => (await queue.getCompletedCount()) === 1);
    expect(await (await queue.getJob(id))?.isCompleted()).toBe(true);
    expect(calls()).toBe(4);
    expect(await queue.getFailedCount()).toBe(0);
  });

  it('lists and retries through the CLI', async () => {
    const { queue, prefix } = setup(2);
    const id = await addEvaluate(queue, 2);
    await waitFor(async () => (await queue.getFailedCount()) === 1);

    const listed = await cli(['jobs', 'failed'], { QUEUE_PREFIX: prefix });
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain(`${id}  evaluate  ticket 4242  attempts 2`);
    expect(listed.stdout).toContain('attempt 2: ZENDESK_HTTP_ERROR 500');
    expect(listed.stdout).toContain('1 failed job(s)');

    const json = await cli(['jobs', 'failed', '--json', '--prefix', prefix], {});
    expect(JSON.parse(json.stdout.trim())).toMatchObject({ id, attemptsMade: 2 });

    const retried = await cli(['jobs', 'retry', '--all'], { QUEUE_PREFIX: prefix });
    expect(retried).toMatchObject({ code: 0, stdout: 're-queued 1 job(s)\n' });
    await waitFor(async () => (await queue.getCompletedCount()) === 1);

    const none = await cli(['jobs', 'failed'], { QUEUE_PREFIX: prefix });
    expect(none.stdout).toBe('no failed jobs\n');
    const bad = await cli(['jobs', 'retry', 'missing-id'], { QUEUE_PREFIX: prefix });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('missing-id');
  });
});
