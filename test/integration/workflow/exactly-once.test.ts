/**
 * Exactly once after ambiguous failures: the write reaches Zendesk but its
 * answer is lost (the connection is reset), so the job fails and is retried.
 * The retry must find its own effect in Zendesk and not write again.
 */
import { afterEach, expect, it, vi } from 'vitest';
import { findDecisionMarkers } from '../../../src/actions/decision-note.js';
import { ABUSIVE_TEXT } from '../../support/webhooks.js';
import { startLoop } from './harness.js';
import type { Loop } from './harness.js';

const TICKET_PUT = /^\/api\/v2\/tickets\/\d+\.json$/;

// Each test runs a whole service loop; allow for a loaded CI machine.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 60_000 });

let loop: Loop | undefined;
afterEach(async () => {
  await loop?.close();
  loop = undefined;
});

function notes(l: Loop, ticketId: string, prefix = '') {
  return l
    .serviceComments(ticketId)
    .filter((c) => findDecisionMarkers(c.body).some((m) => m.startsWith(prefix)) && !c.public);
}

it('writes one decision note when the answer to the write is lost', async () => {
  loop = await startLoop({ proxy: true });
  const l = loop;
  const lost = l.proxy?.loseNext({ method: 'PUT', path: TICKET_PUT, mode: 'drop' });
  const t = l.zd.createTicket({ requesterId: l.customer.id, body: ABUSIVE_TEXT });
  await lost;
  await l.settle();
  expect(notes(l, t.id)).toHaveLength(1);
  expect(l.zd.ticketWrites(t.id)).toHaveLength(1);
  expect(l.zd.ticket(t.id).tags).toContain('harassment_escalated');
  const [evaluate] = await l.jobs('evaluate');
  expect(evaluate?.attemptsMade).toBeGreaterThanOrEqual(1);
  expect(evaluate?.returnvalue).toMatchObject({ outcome: 'already-written', recovered: true });
  expect((await l.records.latest()).map((r) => r.outcome)).toEqual(['recovered']);
});

it('posts one refusal notice when the answer to the notice is lost', async () => {
  loop = await startLoop({ proxy: true, customerLocale: 'en' });
  const l = loop;
  const t = l.zd.createTicket({ requesterId: l.customer.id, body: ABUSIVE_TEXT });
  await l.settle();
  const lost = l.proxy?.loseNext({ method: 'PUT', path: TICKET_PUT, mode: 'drop' });
  l.zd.updateTicketAs(l.supervisor.id, t.id, { addTags: ['harassment_refusal_approved'] });
  await lost;
  await l.settle();
  expect(l.serviceComments(t.id).filter((c) => c.public)).toHaveLength(1);
  expect(l.zd.ticket(t.id).status).toBe('solved');
  const refusals = (await l.records.latest()).filter((r) => r.kind === 'refusal');
  expect(refusals.map((r) => r.outcome)).toEqual(['recovered']);
});

it('writes one rejection note when the answer to it is lost', async () => {
  loop = await startLoop({ proxy: true });
  const l = loop;
  const t = l.zd.createTicket({ requesterId: l.customer.id, body: ABUSIVE_TEXT });
  await l.settle();
  const lost = l.proxy?.loseNext({ method: 'PUT', path: TICKET_PUT, mode: 'drop' });
  l.zd.updateTicketAs(l.agent.id, t.id, { addTags: ['harassment_refusal_approved'] });
  await lost;
  await l.settle();
  expect(notes(l, t.id, 'reject-')).toHaveLength(1);
  expect(l.serviceComments(t.id).filter((c) => c.public)).toHaveLength(0);
  expect(l.zd.ticket(t.id).tags).not.toContain('harassment_refusal_approved');
});
