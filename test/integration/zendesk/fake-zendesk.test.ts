/**
 * The real ZendeskClient and writer against the local fake Zendesk server:
 * checks the fake behaves like Zendesk where the service depends on it, and
 * that client and fake agree.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ZendeskApiError, ZendeskClient, ZendeskRateLimitError } from '../../../src/zendesk/client.js';
import { RateLimitGate } from '../../../src/zendesk/rate-limit-gate.js';
import { writeTicketUpdate } from '../../../src/zendesk/ticket-writer.js';
import { checkRefusalApproval } from '../../../src/zendesk/approval.js';
import {
  SIGNATURE_HEADER,
  SIGNATURE_TIMESTAMP_HEADER,
  verifyZendeskSignature,
} from '../../../src/zendesk/signature.js';
import { parseZendeskWebhook } from '../../../src/zendesk/webhook.js';
import { FakeZendesk } from '../../support/fake-zendesk.js';

let zd: FakeZendesk;
let gate: RateLimitGate;
let now = 0;

function client(auth: 'token' | 'oauth' = 'token', timeoutMs = 5000): ZendeskClient {
  return new ZendeskClient({
    baseUrl: zd.baseUrl,
    auth:
      auth === 'token'
        ? { kind: 'token', email: zd.credentials.email, token: zd.credentials.token }
        : { kind: 'oauth', token: zd.credentials.oauthToken },
    timeoutMs,
    logger: pino({ level: 'silent' }),
    gate,
  });
}

async function rejection(p: Promise<unknown>): Promise<ZendeskApiError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof ZendeskApiError) return err;
    throw err;
  }
  throw new Error('expected a ZendeskApiError');
}

beforeEach(async () => {
  zd = await FakeZendesk.start();
  now = 1_000_000;
  gate = new RateLimitGate(() => now);
});
afterEach(async () => {
  await zd.close();
});

describe('fake Zendesk with the real client', () => {
  it('answers users/me for both auth kinds and 401 for bad credentials', async () => {
    expect((await client('token').getMe()).id).toBe(zd.serviceUser.id);
    expect((await client('oauth').getMe()).role).toBe('admin');
    const bad = new ZendeskClient({
      baseUrl: zd.baseUrl,
      auth: { kind: 'token', email: zd.credentials.email, token: 'wrong' },
      timeoutMs: 5000,
      logger: pino({ level: 'silent' }),
      gate,
    });
    expect(await rejection(bad.getMe())).toMatchObject({
      status: 401,
      code: 'ZENDESK_AUTH',
      retryable: false,
    });
  });

  it('keeps tickets, comments and audits; a write records an audit by the service user', async () => {
    const customer = zd.addUser({ role: 'end-user', locale: 'ja' });
    const t = zd.createTicket({ requesterId: customer.id, body: 'first', tags: ['vip'], priority: 'normal' });
    zd.addComment(t.id, { authorId: customer.id, body: 'second' });
    const c = client();

    const snap = await c.getTicket(t.id);
    expect(snap).toMatchObject({ id: t.id, tags: ['vip'], priority: 'normal', requesterId: customer.id });

    const after = await writeTicketUpdate(
      c,
      {
        ticketId: t.id,
        tags: ['vip', 'harassment_suspected'],
        addTags: ['harassment_suspected'],
        comment: { body: 'private note', public: false },
        groupId: '700',
        priority: 'high',
        updatedStamp: snap.updatedAt,
      },
      { maxConflictRetries: 2 },
    );
    expect(after).toMatchObject({ tags: ['vip', 'harassment_suspected'], priority: 'high', groupId: '700' });
    expect(zd.ticketWrites(t.id)).toHaveLength(1);

    const comments = await c.listComments(t.id);
    expect(comments.map((x) => [x.body, x.isPublic, x.authorIsStaff])).toEqual([
      ['first', true, false],
      ['second', true, false],
      ['private note', false, true],
    ]);
    const audits = await c.listAudits(t.id);
    const last = audits[audits.length - 1];
    expect(last).toMatchObject({ authorId: zd.serviceUser.id, addedTags: ['harassment_suspected'] });
    expect(last?.comments).toEqual([{ id: comments[2]?.id, public: false }]);
  });

  it('answers 409 to a stale stamp; the writer re-reads and writes once more', async () => {
    const customer = zd.addUser();
    const agent = zd.addUser({ role: 'agent' });
    const t = zd.createTicket({ requesterId: customer.id, body: 'x', tags: ['a'] });
    const stale = zd.ticket(t.id).updatedAt;
    zd.updateTicketAs(agent.id, t.id, { addTags: ['agent_tag'], priority: 'urgent' });

    let conflicts = 0;
    await writeTicketUpdate(
      client(),
      {
        ticketId: t.id,
        tags: ['a', 'harassment_review'],
        addTags: ['harassment_review'],
        minPriority: 'high',
        priority: 'high',
        updatedStamp: stale,
      },
      { maxConflictRetries: 2, onConflict: () => void conflicts++ },
    );
    expect(conflicts).toBe(1);
    expect(zd.ticket(t.id)).toMatchObject({
      tags: ['a', 'agent_tag', 'harassment_review'],
      priority: 'urgent',
    });
    const puts = zd.writes(`/api/v2/tickets/${t.id}`);
    expect(puts.map((p) => p.status)).toEqual([409, 200]);
  });

  it('records who added a tag, and group memberships', async () => {
    const customer = zd.addUser();
    const boss = zd.addUser({ role: 'agent' });
    const clerk = zd.addUser({ role: 'agent' });
    const group = zd.addGroup([boss.id]);
    const t = zd.createTicket({ requesterId: customer.id, body: 'x' });
    zd.updateTicketAs(boss.id, t.id, { addTags: ['harassment_refusal_approved'] });

    const c = client();
    const approvals = (await c.listAudits(t.id)).filter((a) =>
      a.addedTags.includes('harassment_refusal_approved'),
    );
    expect(approvals.map((a) => a.authorId)).toEqual([boss.id]);
    expect(await c.listGroupMemberships(boss.id)).toEqual([group]);
    expect(await c.listGroupMemberships(clerk.id)).toEqual([]);
  });

  it('accepts a refusal approval only from a supervisor, judged by the audits', async () => {
    const customer = zd.addUser();
    const boss = zd.addUser({ role: 'agent' });
    const clerk = zd.addUser({ role: 'agent' });
    const group = zd.addGroup([boss.id]);
    const tag = 'harassment_refusal_approved';
    const c = client();

    const t1 = zd.createTicket({ requesterId: customer.id, body: 'x' });
    expect(await checkRefusalApproval(c, t1.id, tag, group)).toEqual({ approved: false, reason: 'no-audit' });
    zd.updateTicketAs(boss.id, t1.id, { addTags: [tag] });
    expect(await checkRefusalApproval(c, t1.id, tag, group)).toMatchObject({
      approved: true,
      approverId: boss.id,
    });

    // A clerk re-adds the tag after a supervisor's approval was removed: the latest addition counts.
    const t2 = zd.createTicket({ requesterId: customer.id, body: 'y' });
    zd.updateTicketAs(boss.id, t2.id, { addTags: [tag] });
    zd.updateTicketAs(boss.id, t2.id, { removeTags: [tag] });
    zd.updateTicketAs(clerk.id, t2.id, { addTags: [tag] });
    expect(await checkRefusalApproval(c, t2.id, tag, group)).toEqual({
      approved: false,
      reason: 'not-supervisor',
      approverId: clerk.id,
    });
    expect(await checkRefusalApproval(c, t1.id, tag, undefined)).toMatchObject({
      reason: 'no-supervisor-group',
    });
  });

  it('pages comments with cursors and finds a comment newest first', async () => {
    const customer = zd.addUser();
    const t = zd.createTicket({ requesterId: customer.id, body: 'c0' });
    for (let i = 1; i <= 230; i++) zd.addComment(t.id, { authorId: customer.id, body: `c${i}` });
    zd.clearLog();
    const c = client();
    const all = await c.listComments(t.id);
    expect(all).toHaveLength(231);
    expect(all[230]?.body).toBe('c230');
    expect(zd.requests.filter((r) => r.path.endsWith('/comments.json'))).toHaveLength(3);

    zd.clearLog();
    const last = all[230];
    expect(await c.findComment(t.id, last?.id ?? '')).toMatchObject({ body: 'c230' });
    expect(zd.requests).toHaveLength(1);
  });

  it('recognises the service note by its marker among the latest comments', async () => {
    const customer = zd.addUser();
    const t = zd.createTicket({ requesterId: customer.id, body: 'x' });
    const c = client();
    expect(await c.hasCommentContaining(t.id, '[harassment-guard:decision:d1]')).toBe(false);
    await c.updateTicket({
      ticketId: t.id,
      comment: { body: '[harassment-guard:decision:d1]\nnote', public: false },
    });
    for (let i = 0; i < 3; i++) zd.addComment(t.id, { authorId: customer.id, body: `later ${i}` });
    expect(await c.hasCommentContaining(t.id, '[harassment-guard:decision:d1]')).toBe(true);
    expect(await c.hasCommentContaining(t.id, '[harassment-guard:decision:d1]', { maxComments: 3 })).toBe(
      false,
    );
  });

  it('suspends users and reads locale', async () => {
    const customer = zd.addUser({ locale: 'ja' });
    const c = client();
    expect(await c.getUser(customer.id)).toEqual({
      id: customer.id,
      role: 'end-user',
      locale: 'ja',
      suspended: false,
    });
    await c.suspendUser(customer.id);
    expect(zd.user(customer.id).suspended).toBe(true);
  });

  it('injects 429 with Retry-After (pausing the client), 500 and 404', async () => {
    const customer = zd.addUser();
    const t = zd.createTicket({ requesterId: customer.id, body: 'x' });
    const c = client();

    zd.rateLimitNext(1, 2);
    expect(await rejection(c.getTicket(t.id))).toBeInstanceOf(ZendeskRateLimitError);
    const before = zd.requests.length;
    expect(await rejection(c.getTicket(t.id))).toMatchObject({ local: true, retryAfterMs: 2000 });
    expect(zd.requests.length).toBe(before);
    now += 2000;

    zd.serverErrorNext(1);
    expect(await rejection(c.getTicket(t.id))).toMatchObject({ status: 500, retryable: true });
    expect((await c.getTicket(t.id)).id).toBe(t.id);
    expect(await rejection(c.getTicket('999999'))).toMatchObject({
      status: 404,
      retryable: false,
      zendeskError: 'RecordNotFound',
    });
  });

  it('injects delays that trip the client timeout', async () => {
    const customer = zd.addUser();
    const t = zd.createTicket({ requesterId: customer.id, body: 'x' });
    zd.delayNext(1, 400);
    expect(await rejection(client('token', 100).getTicket(t.id))).toMatchObject({ code: 'ZENDESK_TIMEOUT' });
  });

  it('delivers signed event envelopes the webhook parser accepts', async () => {
    const received: { ok: boolean; parsed: ReturnType<typeof parseZendeskWebhook> }[] = [];
    const receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks);
        const ok = verifyZendeskSignature({
          rawBody: raw,
          signature: req.headers[SIGNATURE_HEADER] as string | undefined,
          timestamp: req.headers[SIGNATURE_TIMESTAMP_HEADER] as string | undefined,
          secrets: ['hook-secret'],
        });
        const parsed = parseZendeskWebhook(JSON.parse(raw.toString('utf8')), {
          noDefectTag: null,
          noDefectFieldId: null,
        });
        received.push({ ok, parsed });
        res.writeHead(ok ? 200 : 401).end();
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    try {
      zd.subscribe({
        url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`,
        secret: 'hook-secret',
      });
      const customer = zd.addUser();
      const boss = zd.addUser({ role: 'agent' });
      const t = zd.createTicket({ requesterId: customer.id, body: 'hello', tags: ['a'] });
      zd.addComment(t.id, { authorId: customer.id, body: 'reply "quoted"\nline' });
      zd.updateTicketAs(boss.id, t.id, { addTags: ['harassment_refusal_approved'] });
      await zd.settleDeliveries();

      expect(received.every((r) => r.ok)).toBe(true);
      const events = received.map((r) => (r.parsed.kind === 'event' ? r.parsed.event : undefined));
      expect(events.map((e) => e?.kind).sort()).toEqual(['comment_added', 'tags_changed', 'ticket_created']);
      const comment = events.find((e) => e?.kind === 'comment_added');
      expect(comment?.comment).toMatchObject({
        body: 'reply "quoted"\nline',
        isPublic: true,
        authorIsStaff: false,
      });
      const tags = events.find((e) => e?.kind === 'tags_changed');
      expect(tags?.tags).toEqual(['a', 'harassment_refusal_approved']);
      expect(tags?.updatedAt).toBe(zd.ticket(t.id).updatedAt);
      expect(zd.deliveries.map((d) => d.status)).toEqual([200, 200, 200]);
    } finally {
      zd.unsubscribe();
      await new Promise<void>((r) => receiver.close(() => r()));
    }
  });

  it('renders the trigger body and envelopes that parse to the same event', () => {
    const customer = zd.addUser();
    const t = zd.createTicket({ requesterId: customer.id, body: 'hello', tags: ['a', 'b'], priority: 'low' });
    const c = zd.addComment(t.id, { authorId: customer.id, body: 'you idiots' });
    const opts = { noDefectTag: null, noDefectFieldId: null };
    const a = parseZendeskWebhook(zd.commentAddedEvent(t.id, c.id), opts);
    const b = parseZendeskWebhook(zd.triggerBody(t.id, { includeBody: true }), opts);
    if (a.kind !== 'event' || b.kind !== 'event') throw new Error('expected events');
    expect(b.event).toMatchObject({
      ticketId: a.event.ticketId,
      tags: a.event.tags,
      updatedAt: a.event.updatedAt,
      priority: 'low',
      requesterId: customer.id,
      comment: { ...a.event.comment, authorRole: 'end-user' },
    });
  });
});
