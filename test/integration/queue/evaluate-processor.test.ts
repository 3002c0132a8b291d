/**
 * processEvaluate called directly (as a retried job would run it), with real
 * Redis and the fake Zendesk.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import { processEvaluate } from '../../../src/queue/processors/evaluate.js';
import type { EvaluateDeps } from '../../../src/queue/processors/evaluate.js';
import { parseZendeskWebhook } from '../../../src/zendesk/webhook.js';
import type { TicketEvent } from '../../../src/tickets/types.js';
import { FakeZendesk } from '../../support/fake-zendesk.js';
import { evaluateDeps } from '../../support/processor-deps.js';
import { deleteKeys, testRedis, uniquePrefix } from '../../support/redis.js';
import { ABUSIVE_TEXT } from '../../support/webhooks.js';

let zd: FakeZendesk;
let redis: Redis;
let prefix: string;
let deps: EvaluateDeps;

beforeEach(async () => {
  zd = await FakeZendesk.start();
  redis = testRedis();
  prefix = uniquePrefix('proc');
  deps = evaluateDeps(zd, redis, prefix);
});

afterEach(async () => {
  await deleteKeys(redis, prefix);
  redis.disconnect();
  await zd.close();
});

function eventFor(body: Record<string, unknown>): TicketEvent {
  const parsed = parseZendeskWebhook(body, { noDefectTag: null, noDefectFieldId: null });
  if (parsed.kind !== 'event') throw new Error(`fixture did not parse: ${JSON.stringify(parsed)}`);
  return parsed.event;
}

it('writes once when the same job runs again after a successful write', async () => {
  const customer = zd.addUser({ role: 'end-user' });
  const t = zd.createTicket({ requesterId: customer.id, body: 'hello' });
  const c = zd.addComment(t.id, { authorId: customer.id, body: ABUSIVE_TEXT });
  const data = { event: eventFor(zd.commentAddedEvent(t.id, c.id)), receivedAt: new Date().toISOString() };

  const first = await processEvaluate(data, deps);
  const second = await processEvaluate(data, deps);
  expect(first.outcome).toBe('written');
  expect(second.outcome).toBe('already-written');
  expect(zd.ticketWrites(t.id)).toHaveLength(1);
});

it('reads the comment when the event lacks its text', async () => {
  const customer = zd.addUser({ role: 'end-user' });
  const t = zd.createTicket({ requesterId: customer.id, body: 'hello' });
  const c = zd.addComment(t.id, { authorId: customer.id, body: ABUSIVE_TEXT });
  const body = zd.commentAddedEvent(t.id, c.id) as { event: { comment: Record<string, unknown> } };
  delete body.event.comment.body;
  const event = eventFor(body);
  expect(event.comment?.body).toBeUndefined();
  const result = await processEvaluate({ event, receivedAt: new Date().toISOString() }, deps);
  expect(result).toMatchObject({ outcome: 'written', verdict: 'harassment' });
  expect(zd.ticketWrites(t.id)).toHaveLength(1);
});

it("skips the service's own comment without any call", async () => {
  const customer = zd.addUser({ role: 'end-user' });
  const t = zd.createTicket({ requesterId: customer.id, body: 'hello' });
  const c = zd.addComment(t.id, { authorId: zd.serviceUser.id, body: ABUSIVE_TEXT });
  zd.clearLog();
  const event = eventFor(zd.commentAddedEvent(t.id, c.id));
  // Even were the service user not marked as staff, its own id alone stops the evaluation.
  if (event.comment) event.comment = { ...event.comment, authorIsStaff: false, authorRole: 'end-user' };
  const result = await processEvaluate({ event, receivedAt: new Date().toISOString() }, deps);
  expect(result).toEqual({ outcome: 'skipped', reason: 'own comment' });
  expect(zd.requests).toEqual([]);
});
