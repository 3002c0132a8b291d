/**
 * JobProducer against real Redis: many concurrent events (their commands
 * share socket writes), duplicates, and a clean close at any point.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { Job, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { silentLogger } from '../../../src/log.js';
import { JOB_CATALOGUE, TICKETS_QUEUE, jobIds } from '../../../src/queue/catalogue.js';
import type { JobName } from '../../../src/queue/catalogue.js';
import { bullProducerConnection, redisForProducer } from '../../../src/queue/connections.js';
import { JobProducer } from '../../../src/queue/producer.js';
import type { TicketEvent } from '../../../src/tickets/types.js';
import { REDIS_URL, deleteKeys, keysUnder, testRedis, uniquePrefix } from '../../support/redis.js';

const TUNING = { attempts: 3, backoffMs: 100 };
let prefix: string;
let redis: Redis;
const opened: { producer: JobProducer; client: Redis }[] = [];

function open(url = REDIS_URL): JobProducer {
  const client = redisForProducer(url);
  client.on('error', () => undefined);
  const producer = new JobProducer({
    redis: client,
    bullConnection: bullProducerConnection(url),
    prefix,
    tuning: TUNING,
    dedupTtlSeconds: 7 * 86_400,
    logger: silentLogger(),
  });
  opened.push({ producer, client });
  return producer;
}

function event(n: number): TicketEvent {
  return {
    eventId: `evt-${n}`,
    kind: 'comment_added',
    type: 'zen:event-type:ticket.comment_added',
    ticketId: String(1000 + n),
    tags: [],
    comment: { id: String(n), body: `message ${n}`, isPublic: true, authorId: '5001', authorIsStaff: false },
    source: 'event-subscription',
  };
}

beforeEach(() => {
  prefix = uniquePrefix('producer');
  redis = testRedis();
});

afterEach(async () => {
  for (const { producer, client } of opened.splice(0)) {
    await producer.close();
    client.disconnect();
  }
  await deleteKeys(redis, prefix);
  redis.disconnect();
});

it('stores each of many concurrent events once, and marks each delivery done', async () => {
  const producer = open();
  await producer.waitUntilReady();
  const events = Array.from({ length: 60 }, (_, i) => event(i));
  const outcomes = await Promise.all(events.map((e) => producer.enqueue(e, ['evaluate'])));
  expect(outcomes.every((o) => o.status === 'queued')).toBe(true);

  const again = await Promise.all(events.map((e) => producer.enqueue(e, ['evaluate', 'ticket-workflow'])));
  expect(again.every((o) => o.status === 'duplicate')).toBe(true);

  const queue = new Queue(TICKETS_QUEUE, { connection: { url: REDIS_URL }, prefix });
  try {
    expect(await queue.getJobCountByTypes('waiting', 'prioritized')).toBe(60);
    const job = await queue.getJob(jobIds.evaluate(events[7] as TicketEvent));
    expect(job?.data.event.eventId).toBe('evt-7');
  } finally {
    await queue.close();
  }
  const markers = await keysUnder(redis, `${prefix}:dedup:event`);
  expect(markers).toHaveLength(60);
  expect(new Set(await Promise.all(markers.map((k) => redis.get(k))))).toEqual(new Set(['done']));
});

it('stores both jobs of an event and answers with their ids', async () => {
  const producer = open();
  const e = event(1);
  const out = await producer.enqueue(e, ['evaluate', 'ticket-workflow'], 'req-1');
  expect(out).toEqual({
    status: 'queued',
    jobs: [
      { name: 'evaluate', id: jobIds.evaluate(e) },
      { name: 'ticket-workflow', id: jobIds['ticket-workflow'](e) },
    ],
  });
  const queue = new Queue(TICKETS_QUEUE, { connection: { url: REDIS_URL }, prefix });
  try {
    const job = await queue.getJob(jobIds['ticket-workflow'](e));
    expect(job?.data).toMatchObject({ requestId: 'req-1', event: { eventId: 'evt-1' } });
  } finally {
    await queue.close();
  }
});

it('adds nothing for a delivery already marked done, even once its job has been removed', async () => {
  const producer = open();
  const e = event(4);
  expect((await producer.enqueue(e, ['evaluate'])).status).toBe('queued');
  await redis.del(`${prefix}:${TICKETS_QUEUE}:${jobIds.evaluate(e)}`);
  await redis.del(`${prefix}:${TICKETS_QUEUE}:wait`);
  expect(await producer.enqueue(e, ['evaluate'])).toEqual({ status: 'duplicate' });
  expect(await redis.exists(`${prefix}:${TICKETS_QUEUE}:${jobIds.evaluate(e)}`)).toBe(0);
  expect(await redis.llen(`${prefix}:${TICKETS_QUEUE}:wait`)).toBe(0);
});

it("answers in-progress, and adds nothing, while an earlier release's claim on the delivery is pending", async () => {
  const producer = open();
  const e = event(5);
  const key = producer.keys.delivery(e.eventId);
  await redis.set(key, 'pending:other-token', 'PX', 15_000);
  expect(await producer.enqueue(e, ['evaluate'])).toEqual({ status: 'in-progress' });
  expect(await redis.exists(`${prefix}:${TICKETS_QUEUE}:${jobIds.evaluate(e)}`)).toBe(0);
  expect(await redis.get(key)).toBe('pending:other-token');
  await redis.del(key);
  expect((await producer.enqueue(e, ['evaluate'])).status).toBe('queued');
});

it('closes without an unhandled rejection, even while its connection is still starting', async () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  process.on('unhandledRejection', onUnhandled);
  try {
    // Closed at different points of start-up: before, during and after connecting.
    for (let i = 0; i < 30; i++) {
      const producer = open(i % 3 === 2 ? 'redis://127.0.0.1:1' : REDIS_URL);
      await sleep(i % 10);
      await producer.close(500);
    }
    // A late failure of a closed connection would surface within a few turns.
    await sleep(300);
  } finally {
    process.off('unhandledRejection', onUnhandled);
  }
  expect(unhandled).toEqual([]);
});

it('rejects, and leaves nothing behind, once it is closed', async () => {
  const producer = open();
  await producer.waitUntilReady();
  await producer.close();
  await expect(producer.enqueue(event(2), ['evaluate'])).rejects.toThrow();
  expect(await keysUnder(redis, `${prefix}:dedup`)).toEqual([]);
});

it("stores each job exactly as BullMQ's own Job#addJob stores it", async () => {
  const producer = open();
  const e = event(3);
  const names: JobName[] = ['evaluate', 'ticket-workflow'];
  await producer.enqueue(e, names, 'req-3');

  // The same jobs, added by BullMQ's Job class under another prefix, with the same timestamp and payload.
  const otherPrefix = `${prefix}-bullmq`;
  const queue = new Queue(TICKETS_QUEUE, { connection: { url: REDIS_URL }, prefix: otherPrefix });
  try {
    const client = await queue.client;
    for (const name of names) {
      const id = jobIds[name](e);
      const stored = await redis.hgetall(`${prefix}:${TICKETS_QUEUE}:${id}`);
      expect(stored.name).toBe(name);
      const now = vi.spyOn(Date, 'now').mockReturnValue(Number(stored.timestamp));
      try {
        const opts = { ...JOB_CATALOGUE[name].options(TUNING), jobId: id };
        await new Job(queue, name, JSON.parse(stored.data ?? ''), opts, id).addJob(client);
      } finally {
        now.mockRestore();
      }
      const reference = await redis.hgetall(`${otherPrefix}:${TICKETS_QUEUE}:${id}`);
      expect(Object.keys(reference).length).toBeGreaterThan(3);
      expect(stored).toEqual(reference);
      const job = await queue.getJob(id);
      expect(job?.opts).toMatchObject({ jobId: id, attempts: TUNING.attempts });
    }
    expect(await redis.lrange(`${prefix}:${TICKETS_QUEUE}:wait`, 0, -1)).toEqual(
      await redis.lrange(`${otherPrefix}:${TICKETS_QUEUE}:wait`, 0, -1),
    );
  } finally {
    await queue.close();
    await deleteKeys(redis, otherPrefix);
  }
});
