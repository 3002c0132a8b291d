/**
 * False-positive feedback, "no defect found", and the loop guard: the
 * service's own notes and replies come back as webhooks and never cause an
 * evaluation or a second write.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findDecisionMarkers } from '../../../src/actions/decision-note.js';
import { workflowKeys } from '../../../src/workflow/keys.js';
import { testRedis } from '../../support/redis.js';
import { ABUSIVE_TEXT } from '../../support/webhooks.js';
import { deliver, startLoop } from './harness.js';
import type { Loop } from './harness.js';

const FP = 'harassment_false_positive';
const FLAG_TAGS = [
  'harassment_suspected',
  'harassment_escalated',
  'harassment_violence',
  'harassment_insult',
];

// Each test runs a whole service loop; allow for a loaded CI machine.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 60_000 });

let loop: Loop | undefined;
afterEach(async () => {
  await loop?.close();
  loop = undefined;
});

describe('false-positive feedback', () => {
  it('removes the flag tags in one write, keeps the mark, and never re-flags the same message', async () => {
    loop = await startLoop();
    const l = loop;
    const t = l.zd.createTicket({ requesterId: l.customer.id, body: 'My order has not arrived.' });
    const abusive = l.zd.addComment(t.id, { authorId: l.customer.id, body: ABUSIVE_TEXT });
    await l.settle();
    expect(l.zd.ticket(t.id).tags).toEqual(expect.arrayContaining(FLAG_TAGS));

    l.zd.clearLog();
    l.zd.updateTicketAs(l.agent.id, t.id, { addTags: [FP] });
    await l.settle();
    let tags = l.zd.ticket(t.id).tags;
    expect(tags).toContain(FP);
    for (const flag of FLAG_TAGS) expect(tags).not.toContain(flag);
    expect(l.zd.ticketWrites(t.id)).toHaveLength(1);

    // Counted once: Redis total, metric, decision record.
    const redis = testRedis();
    expect(await redis.get(workflowKeys(l.prefix).falsePositiveCount)).toBe('1');
    redis.disconnect();
    expect(await l.service.metrics.registry.getSingleMetricAsString('hg_false_positives_total')).toMatch(
      /hg_false_positives_total 1$/m,
    );
    expect((await l.records.latest()).filter((r) => r.kind === 'false_positive')).toHaveLength(1);

    // The same message again: a redelivery of the mark, and a replay of the
    // message under a new event id (as a backfill would send it).
    l.zd.unsubscribe();
    l.zd.clearLog();
    await deliver(l, l.zd.tagsChangedEvent(t.id, { eventId: 'fp-again', added: [FP] }));
    const replay = l.zd.commentAddedEvent(t.id, abusive.id, { eventId: 'replay-1' });
    expect((await deliver(l, replay)).statusCode).toBe(202);
    await l.settle();
    expect(l.zd.writes()).toHaveLength(0);
    tags = l.zd.ticket(t.id).tags;
    for (const flag of FLAG_TAGS) expect(tags).not.toContain(flag);
    expect(l.logs.lines.some((line) => line.includes('marked a false positive'))).toBe(true);
  });

  it('still flags a new abusive message on the ticket, and does not undo that flag', async () => {
    loop = await startLoop();
    const l = loop;
    const t = l.zd.createTicket({ requesterId: l.customer.id, body: ABUSIVE_TEXT });
    await l.settle();
    l.zd.updateTicketAs(l.agent.id, t.id, { addTags: [FP] });
    await l.settle();
    l.zd.addComment(t.id, {
      authorId: l.customer.id,
      body: 'You are all worthless idiots and I will find where you live.',
    });
    await l.settle();
    const tags = l.zd.ticket(t.id).tags;
    expect(tags).toContain('harassment_suspected');
    expect(tags).toContain(FP);
    expect(l.serviceComments(t.id).filter((c) => findDecisionMarkers(c.body).length > 0)).toHaveLength(2);
  });
});

describe('no defect found', () => {
  const POLITE_EXCHANGE = '恐れ入りますが、新品に交換をお願いいたします。';

  it('turns a polite exchange demand into review when the ticket records no defect', async () => {
    loop = await startLoop();
    const l = loop;
    const plain = l.zd.createTicket({ requesterId: l.customer.id, body: POLITE_EXCHANGE });
    const noDefect = l.zd.createTicket({
      requesterId: l.customer.id,
      body: POLITE_EXCHANGE,
      tags: ['no_defect_found'],
    });
    await l.settle();
    expect(l.zd.ticketWrites(plain.id)).toHaveLength(0);
    const t = l.zd.ticket(noDefect.id);
    expect(t.tags).toEqual(expect.arrayContaining(['harassment_review', 'harassment_exchange']));
    expect(t.tags).not.toContain('harassment_escalated');
    expect(t.groupId).toBeNull();
    expect(l.serviceComments(noDefect.id)).toHaveLength(1);
  });

  it('reads the compensation demand with no defect as review', async () => {
    loop = await startLoop();
    const l = loop;
    const t = l.zd.createTicket({
      requesterId: l.customer.id,
      body: '恐れ入りますが、今回の件について返金をお願いいたします。',
      tags: ['no_defect_found'],
    });
    await l.settle();
    expect(l.zd.ticket(t.id).tags).toEqual(
      expect.arrayContaining(['harassment_review', 'harassment_monetary']),
    );
  });
});

describe('no defect found as a custom field', () => {
  it('reads the configured field from the event', async () => {
    loop = await startLoop({ policy: (p) => ({ ...p, no_defect: { tag: null, field_id: 360001 } }) });
    const l = loop;
    const t = l.zd.createTicket({
      requesterId: l.customer.id,
      body: '恐れ入りますが、新品に交換をお願いいたします。',
      customFields: { '360001': true },
    });
    await l.settle();
    expect(l.zd.ticket(t.id).tags).toEqual(
      expect.arrayContaining(['harassment_review', 'harassment_exchange']),
    );
  });
});

describe('dry-run', () => {
  it('records the decision and the planned refusal but writes nothing', async () => {
    loop = await startLoop({ env: { ACTIONS_MODE: 'dry-run' } });
    const l = loop;
    const t = l.zd.createTicket({ requesterId: l.customer.id, body: ABUSIVE_TEXT });
    await l.settle();
    l.zd.updateTicketAs(l.supervisor.id, t.id, { addTags: ['harassment_refusal_approved'] });
    await l.settle();
    expect(l.serviceComments(t.id)).toHaveLength(0);
    expect(l.zd.ticket(t.id).tags).toEqual(['harassment_refusal_approved']);
    const recs = await l.records.latest();
    expect(recs.map((r) => `${r.kind}:${r.outcome}:${r.mode}`).sort()).toEqual([
      'decision:planned:dry-run',
      'refusal:planned:dry-run',
    ]);
  });
});

describe('loop guard', () => {
  it("never evaluates the service's own notes and replies, and writes nothing twice", async () => {
    loop = await startLoop({ customerLocale: 'en' });
    const l = loop;
    const t = l.zd.createTicket({ requesterId: l.customer.id, body: ABUSIVE_TEXT });
    await l.settle();
    l.zd.addComment(t.id, {
      authorId: l.customer.id,
      body: 'You idiots, answer me now or I will smash your office.',
    });
    await l.settle();
    l.zd.updateTicketAs(l.supervisor.id, t.id, { addTags: ['harassment_refusal_approved'] });
    await l.settle();

    // Two customer messages → two evaluations; the service's three writes came
    // back as webhooks and were skipped before any job.
    expect(await l.jobs('evaluate')).toHaveLength(2);
    const mine = l.serviceComments(t.id);
    expect(mine).toHaveLength(3);
    expect(mine.filter((c) => c.public)).toHaveLength(1);
    expect(l.zd.ticketWrites(t.id)).toHaveLength(3);
    const ownEvents = l.zd.deliveries.filter((d) => d.ticketId === t.id && d.status === 200);
    expect(ownEvents.length).toBeGreaterThanOrEqual(3);
    expect(l.logs.lines.some((line) => line.includes('own comment') || line.includes('staff comment'))).toBe(
      true,
    );
  });
});
