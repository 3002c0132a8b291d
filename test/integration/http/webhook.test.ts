import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TICKETS_QUEUE, jobIds } from '../../../src/queue/catalogue.js';
import { REDIS_URL, keysUnder, testRedis } from '../../support/redis.js';
import { startTestService } from '../../support/service.js';
import type { TestService } from '../../support/service.js';
import { ABUSIVE_TEXT, commentAdded, signed, ticketCreated, injectWebhook } from '../../support/webhooks.js';

let ts: TestService;
let queue: Queue;

beforeEach(async () => {
  // ROLE=api: no worker, so stored jobs stay in Redis for inspection.
  ts = await startTestService({ ROLE: 'api' }, { label: 'webhook' });
  queue = new Queue(TICKETS_QUEUE, { connection: { url: REDIS_URL }, prefix: ts.prefix });
  // A BullMQ queue closed while still connecting leaves an unhandled rejection
  // (see JobProducer.close); tests that never read the queue would close it so.
  await queue.waitUntilReady();
});

afterEach(async () => {
  await queue.close();
  await ts.close();
});

async function post(body: Record<string, unknown> | string, opts: Parameters<typeof signed>[1] = {}) {
  const req = signed(body, opts);
  return injectWebhook(ts.service.app, req);
}

async function jobCount(): Promise<number> {
  const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed', 'prioritized');
  return Object.values(c).reduce((a, b) => a + b, 0);
}

describe('POST /webhooks/zendesk', () => {
  it('answers 202 for a signed customer comment, after the evaluate job is in Redis', async () => {
    const body = commentAdded({ body: ABUSIVE_TEXT });
    const res = await post(body);
    expect(res.statusCode).toBe(202);
    expect(res.json()).toMatchObject({ status: 'queued' });
    const job = await queue.getJob(jobIds.evaluate({ eventId: String(body.id) }));
    expect(job?.name).toBe('evaluate');
    expect(job?.data.event.ticketId).toBe('1001');
    expect(job?.opts.attempts).toBeGreaterThan(1);
  });

  it('uses the invocation id as the request id', async () => {
    const invocationId = `inv-${randomUUID()}`;
    await post(commentAdded(), { invocationId });
    expect(ts.logs.text()).toContain(invocationId);
  });

  it.each([
    ['a bad signature', (h: Record<string, string>) => ({ ...h, 'x-zendesk-webhook-signature': 'AAAA' })],
    ['no signature', ({ 'x-zendesk-webhook-signature': _s, ...h }: Record<string, string>) => h],
    ['no timestamp', ({ 'x-zendesk-webhook-signature-timestamp': _t, ...h }: Record<string, string>) => h],
  ])('answers 401 with a JSON error for %s, and stores nothing', async (_label, edit) => {
    const req = signed(commentAdded());
    const res = await ts.service.app.inject({
      method: 'POST',
      url: '/webhooks/zendesk',
      payload: req.payload,
      headers: edit(req.headers),
    });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ error: 'invalid_signature', message: expect.any(String) });
    expect(await jobCount()).toBe(0);
  });

  it('answers 401 for a body signed with another secret', async () => {
    const res = await post(commentAdded(), { secret: 'some-other-secret' });
    expect(res.statusCode).toBe(401);
    expect(await jobCount()).toBe(0);
  });

  it('answers 401 for a tampered body', async () => {
    const req = signed(commentAdded({ body: 'fine' }));
    const res = await ts.service.app.inject({
      method: 'POST',
      url: '/webhooks/zendesk',
      payload: req.payload.replace('fine', 'FINE'),
      headers: req.headers,
    });
    expect(res.statusCode).toBe(401);
  });

  it('answers 400 with a JSON error for malformed JSON', async () => {
    const res = await post('{"type": "zen:event-type:ticket.comment_added", ');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ error: 'invalid_json', message: expect.any(String) });
    expect(await jobCount()).toBe(0);
  });

  it('answers 400 for JSON that fits no accepted shape', async () => {
    const res = await post({ hello: 'world' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'invalid_payload' });
  });

  it('answers 413 with a JSON error for a body over 1 MiB', async () => {
    const big = commentAdded({ body: 'x'.repeat(1024 * 1024) });
    const res = await post(big);
    expect(res.statusCode).toBe(413);
    expect(res.json()).toEqual({ error: 'payload_too_large', message: expect.any(String) });
    expect(await jobCount()).toBe(0);
  });

  it('answers 200 for an event type it does not handle', async () => {
    const res = await post({ ...commentAdded(), type: 'zen:event-type:user.created' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ignored' });
    expect(await jobCount()).toBe(0);
  });

  it.each([
    ['a staff comment', { isStaff: true }],
    ['a private comment', { isPublic: false }],
    ["the service's own comment", { authorId: 777 }],
  ])('answers 200 and stores nothing for %s', async (_label, opts) => {
    ts.service.state.markStarted('777');
    const res = await post(commentAdded({ body: ABUSIVE_TEXT, ...opts }));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'skipped' });
    expect(await jobCount()).toBe(0);
  });

  it('answers 200 to a redelivery and keeps one job', async () => {
    const body = commentAdded({ body: ABUSIVE_TEXT });
    const req = signed(body);
    const send = () => injectWebhook(ts.service.app, req);
    expect((await send()).statusCode).toBe(202);
    expect((await send()).statusCode).toBe(200);
    expect(await jobCount()).toBe(1);
    // The duplicate marker outlives the job: at least 7 days (policy dedup.days).
    const redis = testRedis();
    const ttls = await Promise.all(
      (await keysUnder(redis, `${ts.prefix}:dedup:event`)).map((k) => redis.ttl(k)),
    );
    redis.disconnect();
    expect(ttls).toHaveLength(1);
    expect(ttls[0]).toBeGreaterThanOrEqual(7 * 86_400 - 5);
  });

  it('collapses concurrent deliveries of the same event into one job', async () => {
    const body = commentAdded({ body: ABUSIVE_TEXT });
    const req = signed(body);
    const results = await Promise.all(Array.from({ length: 5 }, () => injectWebhook(ts.service.app, req)));
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes).toEqual([200, 200, 200, 200, 202]);
    expect(await jobCount()).toBe(1);
  });

  it('queues a workflow job for an approval tag, even on a staff comment', async () => {
    const body = commentAdded({ isStaff: true, tags: ['harassment_refusal_approved'] });
    const res = await post(body);
    expect(res.statusCode).toBe(202);
    const job = await queue.getJob(jobIds['ticket-workflow']({ eventId: String(body.id), ticketId: '1001' }));
    expect(job?.name).toBe('ticket-workflow');
    expect(await jobCount()).toBe(1);
  });

  it('does not queue a workflow job once support was refused', async () => {
    const res = await post(
      commentAdded({ isStaff: true, tags: ['harassment_refusal_approved', 'harassment_support_refused'] }),
    );
    expect(res.statusCode).toBe(200);
    expect(await jobCount()).toBe(0);
  });

  it('queues both jobs for a customer comment on a ticket marked false positive', async () => {
    const res = await post(commentAdded({ body: 'thanks', tags: ['harassment_false_positive'] }));
    expect(res.statusCode).toBe(202);
    expect(await jobCount()).toBe(2);
  });

  it('accepts ticket.created with its description', async () => {
    const res = await post(ticketCreated({ body: ABUSIVE_TEXT }));
    expect(res.statusCode).toBe(202);
  });
});

describe('POST /webhooks/zendesk without a configured secret', () => {
  it('refuses every webhook with 401', async () => {
    const noSecret = await startTestService(
      { ROLE: 'api', ZENDESK_WEBHOOK_SECRET: '' },
      { label: 'nosecret' },
    );
    try {
      const req = signed(commentAdded());
      const res = await injectWebhook(noSecret.service.app, req);
      expect(res.statusCode).toBe(401);
    } finally {
      await noSecret.close();
    }
  });
});
