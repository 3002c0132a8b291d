/**
 * Redis Cluster readiness: QUEUE_PREFIX may be a hash tag ("{hg}"), and then
 * every key the service writes (BullMQ's and its own) starts with it, so a
 * cluster keeps them in one slot (BullMQ's Lua scripts need that).
 */
import { randomBytes } from 'node:crypto';
import { Queue } from 'bullmq';
import { afterEach, describe, expect, it } from 'vitest';
import { loadEnv } from '../../../src/config/env.js';
import { TICKETS_QUEUE } from '../../../src/queue/catalogue.js';
import { waitForSettled } from '../../support/jobs.js';
import { REDIS_URL, testRedis } from '../../support/redis.js';
import { startTestService } from '../../support/service.js';
import type { TestService } from '../../support/service.js';
import { ABUSIVE_TEXT, commentAdded, signed, injectWebhook } from '../../support/webhooks.js';

let ts: TestService | undefined;
afterEach(async () => {
  await ts?.close();
  ts = undefined;
});

describe('QUEUE_PREFIX with a hash tag', () => {
  it('accepts {tag} and {tag}-suffix, and refuses unbalanced braces', () => {
    expect(loadEnv({ QUEUE_PREFIX: '{hg}' }).queuePrefix).toBe('{hg}');
    expect(loadEnv({ QUEUE_PREFIX: '{hg}-prod' }).queuePrefix).toBe('{hg}-prod');
    for (const bad of ['{hg', 'hg}', '{}', 'a{hg}', '{h g}']) {
      expect(() => loadEnv({ QUEUE_PREFIX: bad }), bad).toThrow(/QUEUE_PREFIX/);
    }
  });

  it('puts every key of a flagged message under the tag', async () => {
    const tag = `{hgtest-tag-${randomBytes(4).toString('hex')}}`;
    ts = await startTestService({ QUEUE_PREFIX: tag, ROLE: 'all' });
    const req = signed(commentAdded({ body: ABUSIVE_TEXT }));
    const res = await injectWebhook(ts.service.app, req);
    expect(res.statusCode).toBe(202);
    const queue = new Queue(TICKETS_QUEUE, { connection: { url: REDIS_URL }, prefix: tag });
    try {
      await waitForSettled(queue, 1);
    } finally {
      await queue.close();
    }
    const redis = testRedis();
    const inner = tag.slice(1, -1);
    const keys: string[] = [];
    let cursor = '0';
    do {
      const [next, batch] = await redis.scan(cursor, 'MATCH', `*${inner}*`, 'COUNT', 500);
      cursor = next;
      keys.push(...batch);
    } while (cursor !== '0');
    redis.disconnect();
    expect(keys.length).toBeGreaterThan(3);
    for (const k of keys) expect(k.startsWith(`${tag}:`), k).toBe(true);
  });
});
