/**
 * Cross-ticket persistence through the Redis contact log: processEvaluate
 * called as the worker would, real Redis, the fake Zendesk. Message times
 * come from the events, so windows are tested without waiting.
 */
import type { Redis } from 'ioredis';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { findDecisionMarkers } from '../../../src/actions/decision-note.js';
import { processEvaluate } from '../../../src/queue/processors/evaluate.js';
import type { EvaluateDeps } from '../../../src/queue/processors/evaluate.js';
import type { TicketEvent } from '../../../src/tickets/types.js';
import { keysUnder } from '../../support/redis.js';
import { createWorkflowStores } from '../../../src/workflow/stores.js';
import { FakeZendesk } from '../../support/fake-zendesk.js';
import { evaluateDeps } from '../../support/processor-deps.js';
import type { FakeUser } from '../../support/fake-zendesk.js';
import { loadTestPolicy } from '../../support/policy.js';
import { deleteKeys, testRedis, uniquePrefix } from '../../support/redis.js';

const TEXTS = [
  'Could you please check the status of my order?',
  'How do I change the billing address on my account?',
  'Is there a manual for the mobile app?',
  "Where can I download last month's invoice?",
];
const T0 = Date.parse('2026-11-20T09:00:00Z');

let zd: FakeZendesk;
let redis: Redis;
let prefix: string;
let deps: EvaluateDeps;
let customer: FakeUser;

beforeEach(async () => {
  zd = await FakeZendesk.start();
  redis = testRedis();
  prefix = uniquePrefix('persist');
  const policy = loadTestPolicy();
  customer = zd.addUser({ role: 'end-user' });
  deps = {
    ...evaluateDeps(zd, redis, prefix, policy),
    workflow: createWorkflowStores({ redis, prefix, policy: policy.service, engineSection: policy.engine }),
  };
});

afterEach(async () => {
  await deleteKeys(redis, prefix);
  redis.disconnect();
  await zd.close();
});

/** A new ticket from the customer, and the comment_added event of its message at `at`. */
function messageOnNewTicket(text: string, at: number, requesterId = customer.id): TicketEvent {
  const t = zd.createTicket({ requesterId, body: 'hello' });
  const c = zd.addComment(t.id, { authorId: requesterId, body: text });
  return {
    eventId: `ev-${t.id}-${c.id}`,
    kind: 'comment_added',
    type: 'zen:event-type:ticket.comment_added',
    ticketId: t.id,
    requesterId,
    tags: [],
    updatedAt: zd.ticket(t.id).updatedAt,
    priority: null,
    comment: { id: c.id, body: text, isPublic: true, authorIsStaff: false, authorId: requesterId },
    occurredAt: new Date(at).toISOString(),
  };
}

const run = (event: TicketEvent) => processEvaluate({ event, receivedAt: new Date().toISOString() }, deps);

it('flags persistence on the N-th ticket inside the window, with the figures in the note', async () => {
  const results = [];
  for (const [i, text] of TEXTS.entries())
    results.push(await run(messageOnNewTicket(text, T0 + i * 20 * 60_000)));
  expect(results.slice(0, 3).map((r) => r.outcome)).toEqual(['none', 'none', 'none']);
  const last = results[3];
  expect(last).toMatchObject({ outcome: 'written', verdict: 'harassment', categories: ['persistence'] });

  const ticketId = String(Number(zd.ticket('1').id) + 3);
  const note = zd.comments(ticketId).find((c) => findDecisionMarkers(c.body).length > 0);
  // notes.language ja: "執拗性: 120分間に4件のメッセージ（…チケット4件）"
  expect(note?.body).toMatch(/4件のメッセージ/);
  expect(note?.body).toMatch(/チケット4件/);
  expect(zd.ticket(ticketId).tags).toContain('harassment_persistence');
});

it('does not flag when the tickets are spread beyond the window', async () => {
  const results = [];
  for (const [i, text] of TEXTS.entries())
    results.push(await run(messageOnNewTicket(text, T0 + i * 50 * 60_000)));
  expect(results.map((r) => r.outcome)).toEqual(['none', 'none', 'none', 'none']);
});

it('does not count a retried job twice, and keeps no message text in Redis', async () => {
  const first = messageOnNewTicket('Please call me back about my order number 4411 today.', T0);
  for (let i = 0; i < 5; i++) expect((await run(first)).outcome).toBe('none');
  // Three more tickets inside the window: the fourth ticket is the N-th, not an earlier one.
  const later = TEXTS.slice(1).map((text, i) => messageOnNewTicket(text, T0 + (i + 1) * 60_000));
  expect((await run(later[0]!)).outcome).toBe('none');
  expect((await run(later[1]!)).outcome).toBe('none');
  expect((await run(later[2]!)).outcome).toBe('written');

  const keys = await keysUnder(redis, prefix);
  const contact = keys.filter((k) => k.includes(':contact:'));
  expect(contact).toHaveLength(1);
  const members = await redis.zrange(contact[0]!, 0, -1);
  expect(members).toHaveLength(4);
  expect(await redis.pttl(contact[0]!)).toBeGreaterThan(0);
  for (const k of keys) {
    const type = await redis.type(k);
    const dump =
      type === 'zset'
        ? (await redis.zrange(k, 0, -1)).join(' ')
        : type === 'string'
          ? ((await redis.get(k)) ?? '')
          : type === 'set'
            ? (await redis.smembers(k)).join(' ')
            : type === 'hash'
              ? JSON.stringify(await redis.hgetall(k))
              : '';
    expect(dump).not.toMatch(/order|invoice|billing|manual/i);
  }
});

it('keeps requesters apart', async () => {
  const other = zd.addUser({ role: 'end-user' });
  const results = [];
  for (const [i, text] of TEXTS.entries()) {
    const who = i % 2 === 0 ? customer.id : other.id;
    results.push(await run(messageOnNewTicket(text, T0 + i * 60_000, who)));
  }
  expect(results.map((r) => r.outcome)).toEqual(['none', 'none', 'none', 'none']);
});
