import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { TICKETS_QUEUE } from '../../../src/queue/catalogue.js';
import { keysUnder, startScratchRedis } from '../../support/redis.js';
import type { ScratchRedis } from '../../support/redis.js';
import { startTestService } from '../../support/service.js';
import type { TestService } from '../../support/service.js';
import { ABUSIVE_TEXT, commentAdded, signed, injectWebhook } from '../../support/webhooks.js';

let scratch: ScratchRedis | undefined;
let ts: TestService | undefined;

afterEach(async () => {
  await ts?.service.close();
  await scratch?.stop();
  ts = undefined;
  scratch = undefined;
});

function inject(t: TestService, req: ReturnType<typeof signed>) {
  return injectWebhook(t.service.app, req);
}

describe('webhooks when Redis fails', () => {
  it('answers 503 with a JSON error, quickly, once Redis is stopped; readyz turns 503', async () => {
    scratch = await startScratchRedis();
    ts = await startTestService({ ROLE: 'api', REDIS_URL: scratch.url }, { label: 'down' });
    expect((await inject(ts, signed(commentAdded({ body: ABUSIVE_TEXT })))).statusCode).toBe(202);
    expect((await ts.service.app.inject({ url: '/readyz' })).statusCode).toBe(200);

    await scratch.stop();
    const res = await inject(ts, signed(commentAdded({ body: ABUSIVE_TEXT })));
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual({ error: 'queue_unavailable', message: expect.any(String) });
    const ready = await ts.service.app.inject({ url: '/readyz' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toMatchObject({ error: 'redis_unavailable' });
  });

  it('leaves no dedup marker when the job write fails, so the redelivery is stored (202, one job)', async () => {
    scratch = await startScratchRedis();
    const admin = new Redis(scratch.url);
    const prefix = `acl-${Date.now()}`;
    // The service's user may write its dedup keys but not the queue: the claim succeeds, the add fails.
    await admin.call('ACL', 'SETUSER', 'svc', 'on', '>pw', '+@all', `~${prefix}:dedup:*`);
    ts = await startTestService(
      { ROLE: 'api', REDIS_URL: `redis://svc:pw@127.0.0.1:${scratch.port}`, QUEUE_PREFIX: prefix },
      { label: 'acl' },
    );
    const t = ts;
    const req = signed(commentAdded({ body: ABUSIVE_TEXT }));
    try {
      const first = await inject(t, req);
      expect(first.statusCode).toBe(503);
      expect(await keysUnder(admin, `${prefix}:dedup`)).toEqual([]);
      expect(await keysUnder(admin, prefix)).toEqual([]);

      await admin.call('ACL', 'SETUSER', 'svc', 'on', '>pw', '+@all', '~*');
      const again = await inject(t, req);
      expect(again.statusCode).toBe(202);
      const queue = new Queue(TICKETS_QUEUE, { connection: { url: scratch.url }, prefix });
      expect(await queue.getJobCountByTypes('waiting', 'prioritized')).toBe(1);
      await queue.close();
    } finally {
      admin.disconnect();
    }
  });
});
