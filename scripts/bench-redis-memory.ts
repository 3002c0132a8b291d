/**
 * Redis memory per queued events (`npm run bench:redis-memory [-- --events 10000]`):
 * starts a private redis-server on a spare port (so nothing else skews
 * INFO memory), enqueues realistic `evaluate` jobs through the service's own
 * producer (dedup claim + job + done marker, as the webhook route does), and
 * reports used_memory before/after, bytes per event, and MEMORY USAGE of one
 * job hash and one dedup marker.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { silentLogger } from '../src/log.js';
import { TICKETS_QUEUE, jobIds } from '../src/queue/catalogue.js';
import { bullProducerConnection, redisForProducer } from '../src/queue/connections.js';
import { JobProducer } from '../src/queue/producer.js';
import type { TicketEvent } from '../src/tickets/types.js';
import { AofRedis, freePort } from './chaos/processes.js';
import { parseScriptArgs } from '../src/cli/script-args.js';

const USAGE = 'npm run bench:redis-memory [-- --events 10000]';
const { values } = parseScriptArgs({ options: { events: { type: 'string', default: '10000' } } }, USAGE);
const EVENTS = Math.max(100, Number(values.events));
const PREFIX = '{hg}';

// A typical customer message (~450 characters) with a few tags, as a comment_added event carries it.
const TEXT =
  'Hello, I ordered the premium plan on 3 November and I still cannot log in to the dashboard. ' +
  'I have tried resetting my password twice, cleared the cache, and used another browser, but the page keeps ' +
  'showing "session expired". Our team needs access before the quarterly report on Friday. Could you check ' +
  'what is wrong with account 48213 and tell me when it will be fixed? Thank you, and sorry for the trouble. ' +
  'Order #';

function event(i: number): TicketEvent {
  return {
    eventId: `01J${String(i).padStart(10, '0')}ZENDESKEVT`,
    kind: 'comment_added',
    type: 'zen:event-type:ticket.comment_added',
    ticketId: String(100_000 + i),
    requesterId: String(9_000_000 + i),
    requesterLocale: i % 2 ? 'ja' : 'en-US',
    tags: ['vip', 'web_widget', 'billing'],
    updatedAt: '2026-11-29T03:00:00Z',
    comment: {
      id: String(40_000_000 + i),
      isPublic: true,
      authorIsStaff: false,
      authorId: String(9_000_000 + i),
      body: `${TEXT}${i}`,
      createdAt: '2026-11-29T03:00:00Z',
    },
    channel: 'email',
    priority: 'normal',
    status: 'open',
    occurredAt: '2026-11-29T03:00:00Z',
    source: 'event-subscription',
  };
}

async function usedMemory(redis: Redis): Promise<number> {
  const info = await redis.info('memory');
  return Number(/used_memory:(\d+)/.exec(info)?.[1] ?? Number.NaN);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'hg-redis-mem-'));
  const server = new AofRedis(await freePort(), dir);
  await server.start();
  const admin = new Redis(server.url);
  const redis = redisForProducer(server.url);
  const producer = new JobProducer({
    redis,
    bullConnection: bullProducerConnection(server.url),
    prefix: PREFIX,
    tuning: { attempts: 10, backoffMs: 2000 },
    dedupTtlSeconds: 7 * 86_400,
    logger: silentLogger(),
  });
  try {
    await producer.waitUntilReady();
    // Warm up the queue's own keys (meta, events stream) so they are not counted per event.
    await producer.enqueue(event(-1), ['evaluate']);
    const before = await usedMemory(admin);
    for (let i = 0; i < EVENTS; i += 200) {
      await Promise.all(
        Array.from({ length: Math.min(200, EVENTS - i) }, (_, k) =>
          producer.enqueue(event(i + k), ['evaluate']),
        ),
      );
    }
    await admin.ping(); // the done markers are written in the background: let them land
    const after = await usedMemory(admin);
    const jobKey = `${PREFIX}:${TICKETS_QUEUE}:${jobIds.evaluate(event(0))}`;
    const jobBytes = Number(await admin.call('MEMORY', 'USAGE', jobKey, 'SAMPLES', '0'));
    const dedupKey = producer.keys.delivery(event(0).eventId);
    const dedupBytes = Number(await admin.call('MEMORY', 'USAGE', dedupKey, 'SAMPLES', '0'));
    const waiting = await admin.llen(`${PREFIX}:${TICKETS_QUEUE}:wait`);
    const per = (after - before) / EVENTS;
    console.log(`events enqueued        ${EVENTS} (waiting ${waiting})`);
    console.log(`message size           ${TEXT.length + 5} characters`);
    console.log(
      `used_memory            ${(before / 1048576).toFixed(1)} MiB → ${(after / 1048576).toFixed(1)} MiB`,
    );
    console.log(`per event              ${Math.round(per)} bytes`);
    console.log(`per 10,000 events      ${((per * 10_000) / 1048576).toFixed(1)} MiB`);
    console.log(`one job hash           ${jobBytes} bytes (MEMORY USAGE)`);
    console.log(`one dedup marker       ${dedupBytes} bytes (kept ${7} days)`);
  } finally {
    await producer.close();
    redis.disconnect();
    admin.disconnect();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(`bench:redis-memory: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
