/**
 * Webhook → real Redis → real worker → the fake Zendesk, in live mode.
 */
import { Queue } from 'bullmq';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TICKETS_QUEUE } from '../../../src/queue/catalogue.js';
import { FakeZendesk } from '../../support/fake-zendesk.js';
import type { FakeUser } from '../../support/fake-zendesk.js';
import { waitForSettled } from '../../support/jobs.js';
import { REDIS_URL } from '../../support/redis.js';
import { startTestService } from '../../support/service.js';
import type { TestService } from '../../support/service.js';
import { ABUSIVE_TEXT, CLEAN_TEXT, signed, injectWebhook } from '../../support/webhooks.js';

let zd: FakeZendesk;
let ts: TestService;
let queue: Queue;
let customer: FakeUser;
let supervisors: string;

async function start(env: Record<string, string> = {}) {
  ts = await startTestService(
    {
      ROLE: 'all',
      ACTIONS_MODE: 'live',
      ZENDESK_BASE_URL: zd.baseUrl,
      ZENDESK_EMAIL: zd.credentials.email,
      ZENDESK_API_TOKEN: zd.credentials.token,
      SUPERVISOR_GROUP_ID: supervisors,
      WORKER_CONCURRENCY: '2',
      ...env,
    },
    { label: 'worker' },
  );
  queue = new Queue(TICKETS_QUEUE, { connection: { url: REDIS_URL }, prefix: ts.prefix });
}

beforeEach(async () => {
  zd = await FakeZendesk.start();
  customer = zd.addUser({
    role: 'end-user',
    name: 'Hanako Requester',
    email: 'hanako.requester@example.test',
  });
  const boss = zd.addUser({ role: 'agent' });
  supervisors = zd.addGroup([boss.id]);
});

afterEach(async () => {
  await queue?.close();
  await ts?.close();
  await zd.close();
});

async function deliver(body: Record<string, unknown>) {
  const req = signed(body);
  return injectWebhook(ts.service.app, req);
}

function customerComment(text: string) {
  const t = zd.createTicket({ requesterId: customer.id, body: 'Where is my order?', priority: 'normal' });
  const c = zd.addComment(t.id, { authorId: customer.id, body: text });
  zd.clearLog();
  return { ticketId: t.id, commentId: c.id, event: zd.commentAddedEvent(t.id, c.id) };
}

function ticketPuts(ticketId: string) {
  return zd.requests.filter((r) => r.method === 'PUT' && r.path === `/api/v2/tickets/${ticketId}.json`);
}

describe('evaluate worker (live)', () => {
  it('writes exactly one PUT for an abusive comment: private note, tags, group, priority', async () => {
    await start();
    const { ticketId, event } = customerComment(ABUSIVE_TEXT);
    expect((await deliver(event)).statusCode).toBe(202);
    await waitForSettled(queue, 1);

    const puts = ticketPuts(ticketId);
    expect(puts).toHaveLength(1);
    const sent = (puts[0]?.body as { ticket: Record<string, unknown> }).ticket;
    expect(sent.safe_update).toBe(true);
    expect(sent.group_id).toBe(Number(supervisors));
    expect(sent.priority).toBe('urgent');
    expect((sent.comment as { public: boolean }).public).toBe(false);

    const ticket = zd.ticket(ticketId);
    expect(ticket.tags).toEqual(
      expect.arrayContaining(['harassment_suspected', 'harassment_escalated', 'harassment_violence']),
    );
    expect(ticket.groupId).toBe(supervisors);
    expect(ticket.priority).toBe('urgent');
    const note = zd.comments(ticketId).at(-1);
    expect(note?.public).toBe(false);
    expect(note?.authorId).toBe(zd.serviceUser.id);
  });

  it('makes no Zendesk call at all for a clean comment that carried its text', async () => {
    await start();
    const { event } = customerComment(CLEAN_TEXT);
    expect((await deliver(event)).statusCode).toBe(202);
    await waitForSettled(queue, 1);
    expect(zd.requests).toEqual([]);
  });

  it('writes once when the same webhook is delivered twice', async () => {
    await start();
    const { ticketId, event } = customerComment(ABUSIVE_TEXT);
    expect((await deliver(event)).statusCode).toBe(202);
    expect((await deliver(event)).statusCode).toBe(200);
    await waitForSettled(queue, 1);
    expect(ticketPuts(ticketId)).toHaveLength(1);
  });

  it("never evaluates the service's own comment", async () => {
    await start();
    const t = zd.createTicket({ requesterId: customer.id, body: 'Where is my order?' });
    const c = zd.addComment(t.id, { authorId: zd.serviceUser.id, body: ABUSIVE_TEXT });
    zd.clearLog();
    const res = await deliver(zd.commentAddedEvent(t.id, c.id));
    expect(res.statusCode).toBe(200);
    expect(zd.requests).toEqual([]);
  });

  it('evaluates the first message once: ticket.created, then comment_added with the same text', async () => {
    await start();
    const t = zd.createTicket({ requesterId: customer.id, body: ABUSIVE_TEXT, priority: 'normal' });
    const first = zd.comments(t.id)[0];
    zd.clearLog();
    expect((await deliver(zd.ticketCreatedEvent(t.id))).statusCode).toBe(202);
    expect((await deliver(zd.commentAddedEvent(t.id, first?.id ?? ''))).statusCode).toBe(202);
    await waitForSettled(queue, 2);
    expect(ticketPuts(t.id)).toHaveLength(1);
  });

  it('re-reads the ticket after a 409 and retries once', async () => {
    await start();
    const { ticketId, event } = customerComment(ABUSIVE_TEXT);
    zd.conflictNext(1);
    expect((await deliver(event)).statusCode).toBe(202);
    await waitForSettled(queue, 1);
    const puts = ticketPuts(ticketId);
    expect(puts.map((p) => p.status)).toEqual([409, 200]);
    const reads = zd.requests.filter(
      (r) => r.method === 'GET' && r.path === `/api/v2/tickets/${ticketId}.json`,
    );
    expect(reads).toHaveLength(1);
    expect(zd.ticket(ticketId).tags).toContain('harassment_suspected');
    const metrics = await ts.service.metrics.registry.metrics();
    expect(metrics).toMatch(/hg_zendesk_calls_total\{status="2xx"\} [1-9]/);
  });

  it('pauses for Retry-After on a 429 and then writes once', async () => {
    await start();
    const { ticketId, event } = customerComment(ABUSIVE_TEXT);
    // Arrival times as the fake sees them.
    const arrivals: number[] = [];
    const push = zd.requests.push.bind(zd.requests);
    zd.requests.push = (...items) => {
      for (let i = 0; i < items.length; i++) arrivals.push(Date.now());
      return push(...items);
    };
    zd.rateLimitNext(1, 2, { method: 'PUT' });
    expect((await deliver(event)).statusCode).toBe(202);
    await waitForSettled(queue, 1);
    const puts = ticketPuts(ticketId);
    expect(puts.map((p) => p.status)).toEqual([429, 200]);
    const idx = zd.requests.filter((r) => r.method === 'PUT').map((p) => zd.requests.indexOf(p));
    const [first, second] = idx.map((i) => arrivals[i] ?? 0);
    expect((second ?? 0) - (first ?? 0)).toBeGreaterThanOrEqual(2_000);
  });

  it('retries 5xx with backoff: three 500s then one successful write', async () => {
    await start();
    const { ticketId, event } = customerComment(ABUSIVE_TEXT);
    zd.serverErrorNext(3, { method: 'PUT' });
    expect((await deliver(event)).statusCode).toBe(202);
    await waitForSettled(queue, 1);
    expect(ticketPuts(ticketId).map((p) => p.status)).toEqual([500, 500, 500, 200]);
    expect(zd.ticketWrites(ticketId)).toHaveLength(1);
  });

  it('does not retry a 404, and logs it', async () => {
    await start();
    const { ticketId, event } = customerComment(ABUSIVE_TEXT);
    zd.failNext(5, {
      method: 'PUT',
      status: 404,
      body: { error: 'RecordNotFound', description: 'Not found' },
    });
    expect((await deliver(event)).statusCode).toBe(202);
    await waitForSettled(queue, 1);
    expect(ticketPuts(ticketId)).toHaveLength(1);
    const [job] = await queue.getJobs(['failed']);
    expect(job?.attemptsMade).toBe(1);
    const lines = ts.logs.parsed();
    expect(lines.some((l) => l.status === 404 && String(l.msg).includes('not retrying'))).toBe(true);
  });

  it('writes nothing in dry-run, and logs the planned update', async () => {
    await start({ ACTIONS_MODE: 'dry-run' });
    const { event } = customerComment(ABUSIVE_TEXT);
    expect((await deliver(event)).statusCode).toBe(202);
    await waitForSettled(queue, 1);
    expect(zd.writes()).toEqual([]);
    const planned = ts.logs.parsed().find((l) => String(l.msg).includes('dry-run'));
    expect(planned).toMatchObject({ verdict: 'harassment', mode: 'dry-run' });
    expect(planned?.tags).toEqual(expect.arrayContaining(['harassment_suspected']));
  });
});
