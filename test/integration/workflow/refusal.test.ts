/**
 * The response workflow end to end: the fake Zendesk delivers webhooks for
 * every change (the service's own included) to a live in-process service on
 * real Redis. Checked by the resulting ticket state.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findDecisionMarkers } from '../../../src/actions/decision-note.js';
import { ABUSIVE_TEXT } from '../../support/webhooks.js';
import { deliver, startLoop } from './harness.js';
import type { Loop } from './harness.js';

const APPROVED = 'harassment_refusal_approved';
const REFUSED = 'harassment_support_refused';
const SUSPENDED_TAG = 'harassment_requester_suspended';

// Each test runs a whole service loop; allow for a loaded CI machine.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 60_000 });

let loop: Loop | undefined;
afterEach(async () => {
  await loop?.close();
  loop = undefined;
});

/** An abusive ticket from the customer, flagged by the service. */
async function flaggedTicket(l: Loop): Promise<string> {
  const t = l.zd.createTicket({ requesterId: l.customer.id, body: ABUSIVE_TEXT, priority: 'normal' });
  await l.settle();
  return t.id;
}

describe('full scenario', () => {
  it('flags, escalates, then posts one refusal in Japanese, solves, and suspends after the notice', async () => {
    loop = await startLoop({
      customerLocale: 'ja',
      policy: (p) => ({ ...p, refusal: { ...p.refusal, suspend_requester: true } }),
    });
    const l = loop;
    const id = await flaggedTicket(l);

    let t = l.zd.ticket(id);
    expect(t.tags).toEqual(
      expect.arrayContaining(['harassment_suspected', 'harassment_escalated', 'harassment_violence']),
    );
    expect(t.groupId).toBe(l.supervisorGroup);
    expect(t.priority).toBe('urgent');
    const [note] = l.serviceComments(id);
    expect(note?.public).toBe(false);
    expect(findDecisionMarkers(note?.body ?? '')).toHaveLength(1);

    l.zd.clearLog();
    l.zd.updateTicketAs(l.supervisor.id, id, { addTags: [APPROVED] });
    await l.settle();

    t = l.zd.ticket(id);
    const publicReplies = l.serviceComments(id).filter((c) => c.public);
    expect(publicReplies).toHaveLength(1);
    expect(publicReplies[0]?.body).toContain('第12条（サポートの停止）');
    expect(publicReplies[0]?.body).not.toContain('Terms of Service');
    expect(t.tags).toEqual(expect.arrayContaining([APPROVED, REFUSED, SUSPENDED_TAG]));
    expect(t.status).toBe('solved');
    expect(l.zd.user(l.customer.id).suspended).toBe(true);

    // Order: the notice write, then the suspension, then its record on the ticket.
    const writes = l.zd.writes().filter((r) => r.status < 300);
    const notice = writes.findIndex(
      (r) => r.path === `/api/v2/tickets/${id}.json` && JSON.stringify(r.body).includes('"public":true'),
    );
    const suspension = writes.findIndex((r) => r.path === `/api/v2/users/${l.customer.id}.json`);
    expect(notice).toBeGreaterThanOrEqual(0);
    expect(suspension).toBeGreaterThan(notice);
    expect(writes.filter((r) => r.path === `/api/v2/users/${l.customer.id}.json`)).toHaveLength(1);

    // Decision records: the decision, the refusal and the suspension; no text, no agent ids.
    const recs = await l.records.latest();
    expect(recs.map((r) => r.kind).sort()).toEqual(['decision', 'refusal', 'suspension']);
    const raw = JSON.stringify(recs);
    expect(raw).not.toContain('idiots');
    expect(raw).not.toContain(`"${l.supervisor.id}"`);
    expect(recs.find((r) => r.kind === 'decision')).toMatchObject({
      verdict: 'harassment',
      mode: 'live',
      outcome: 'written',
      ticket_id: id,
    });
  });

  it('writes the notice in English for a non-Japanese requester and does not suspend by default', async () => {
    loop = await startLoop({ customerLocale: 'en-US' });
    const l = loop;
    const id = await flaggedTicket(l);
    l.zd.updateTicketAs(l.supervisor.id, id, { addTags: [APPROVED] });
    await l.settle();
    const replies = l.serviceComments(id).filter((c) => c.public);
    expect(replies).toHaveLength(1);
    expect(replies[0]?.body).toContain('Article 12 (Suspension of Support)');
    expect(l.zd.ticket(id).tags).not.toContain(SUSPENDED_TAG);
    expect(l.zd.user(l.customer.id).suspended).toBe(false);
  });

  it('refuses a ticket the service never flagged when a supervisor approves', async () => {
    loop = await startLoop({ customerLocale: 'en' });
    const l = loop;
    const t = l.zd.createTicket({ requesterId: l.customer.id, body: 'Where is my parcel?' });
    await l.settle();
    expect(l.serviceComments(t.id)).toHaveLength(0);
    l.zd.updateTicketAs(l.supervisor.id, t.id, { addTags: [APPROVED] });
    await l.settle();
    expect(l.serviceComments(t.id).filter((c) => c.public)).toHaveLength(1);
    expect(l.zd.ticket(t.id).status).toBe('solved');
  });
});

describe('approval by someone else', () => {
  it('removes the tag with a private note and posts no public reply', async () => {
    loop = await startLoop();
    const l = loop;
    const id = await flaggedTicket(l);
    // The webhook names the supervisor as actor: never trusted, the audit says the agent did it.
    l.zd.updateTicketAs(l.agent.id, id, { addTags: [APPROVED] });
    await l.settle();

    const t = l.zd.ticket(id);
    expect(t.tags).not.toContain(APPROVED);
    expect(t.tags).not.toContain(REFUSED);
    expect(t.status).not.toBe('solved');
    const mine = l.serviceComments(id);
    expect(mine.filter((c) => c.public)).toHaveLength(0);
    const rejection = mine.filter((c) => findDecisionMarkers(c.body).some((m) => m.startsWith('reject-')));
    expect(rejection).toHaveLength(1);
    expect(rejection[0]?.body).toContain('責任者グループのメンバーではない');
    expect((await l.records.latest()).map((r) => r.kind)).toContain('approval_rejected');
  });

  it('ignores a forged actor in the webhook: the audit author decides', async () => {
    loop = await startLoop();
    const l = loop;
    const id = await flaggedTicket(l);
    l.zd.unsubscribe();
    l.zd.updateTicketAs(l.agent.id, id, { addTags: [APPROVED] });
    const forged = l.zd.tagsChangedEvent(id, { actorId: l.supervisor.id, added: [APPROVED] });
    expect((await deliver(l, forged)).statusCode).toBe(202);
    await l.settle();
    expect(l.serviceComments(id).filter((c) => c.public)).toHaveLength(0);
    expect(l.zd.ticket(id).tags).not.toContain(APPROVED);
  });
});

describe('redelivery', () => {
  it('posts one public reply when the approval event is redelivered three times and replayed under new ids', async () => {
    loop = await startLoop({ customerLocale: 'en' });
    const l = loop;
    const id = await flaggedTicket(l);
    l.zd.unsubscribe();
    l.zd.updateTicketAs(l.supervisor.id, id, { addTags: [APPROVED] });
    // Events captured while the approval is pending: one redelivered three
    // times as-is, and three other events (new ids) showing the same state.
    const original = l.zd.tagsChangedEvent(id, { added: [APPROVED] });
    const others = [1, 2, 3].map((i) =>
      l.zd.tagsChangedEvent(id, { eventId: `late-${i}`, added: [APPROVED] }),
    );
    const statuses = await Promise.all(
      [original, original, original, original, ...others].map(async (b) => (await deliver(l, b)).statusCode),
    );
    expect(statuses.filter((s) => s === 202).length).toBeGreaterThanOrEqual(4);
    await l.settle();

    // Four workflow jobs really ran (the redeliveries of `original` collapse into one).
    expect((await l.jobs('ticket-workflow')).length).toBeGreaterThanOrEqual(4);
    expect(l.serviceComments(id).filter((c) => c.public)).toHaveLength(1);
    const t = l.zd.ticket(id);
    expect(t.tags).toContain(REFUSED);
    expect(t.status).toBe('solved');
    expect(
      (await l.records.latest()).filter((r) => r.kind === 'refusal' && r.outcome === 'written'),
    ).toHaveLength(1);
  });

  it('suspends once when several events for the same approval run together', async () => {
    loop = await startLoop({
      customerLocale: 'ja',
      policy: (p) => ({ ...p, refusal: { ...p.refusal, suspend_requester: true } }),
    });
    const l = loop;
    const id = await flaggedTicket(l);
    l.zd.unsubscribe();
    l.zd.updateTicketAs(l.supervisor.id, id, { addTags: [APPROVED] });
    const events = [1, 2, 3, 4].map((i) =>
      l.zd.tagsChangedEvent(id, { eventId: `conc-${i}`, added: [APPROVED] }),
    );
    await Promise.all(events.map((b) => deliver(l, b)));
    await l.settle();
    expect(l.serviceComments(id).filter((c) => c.public)).toHaveLength(1);
    const userPuts = l.zd.writes(`/api/v2/users/${l.customer.id}.json`).filter((r) => r.status < 300);
    expect(userPuts).toHaveLength(1);
    expect(l.zd.user(l.customer.id).suspended).toBe(true);
    expect(l.zd.ticket(id).tags).toContain(SUSPENDED_TAG);
    expect((await l.records.latest()).filter((r) => r.kind === 'suspension')).toHaveLength(1);
  });

  it('retries after a Zendesk 500 on the notice and still posts exactly one', async () => {
    loop = await startLoop({ customerLocale: 'en' });
    const l = loop;
    const id = await flaggedTicket(l);
    l.zd.serverErrorNext(1, { method: 'PUT', path: `/api/v2/tickets/${id}.json` });
    l.zd.updateTicketAs(l.supervisor.id, id, { addTags: [APPROVED] });
    await l.settle();
    expect(l.zd.requests.some((r) => r.method === 'PUT' && r.status === 500)).toBe(true);
    expect(l.serviceComments(id).filter((c) => c.public)).toHaveLength(1);
    expect(l.zd.ticket(id).tags).toContain(REFUSED);
  });
});
