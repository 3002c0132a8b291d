import nock from 'nock';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ZendeskClient, ZendeskConflictError } from '../../../src/zendesk/client.js';
import { RateLimitGate } from '../../../src/zendesk/rate-limit-gate.js';
import { mergeTags, writeTicketUpdate } from '../../../src/zendesk/ticket-writer.js';
import type { TicketUpdate } from '../../../src/tickets/types.js';

const BASE = 'https://writer.zendesk.example';

function client() {
  return new ZendeskClient({
    baseUrl: BASE,
    auth: { kind: 'oauth', token: 't' },
    timeoutMs: 2000,
    logger: pino({ level: 'silent' }),
    gate: new RateLimitGate(),
  });
}

function ticket(over: Record<string, unknown> = {}) {
  return { id: 42, tags: ['vip'], updated_at: '2026-11-29T03:00:00Z', priority: 'normal', ...over };
}

const PLANNED: TicketUpdate = {
  ticketId: '42',
  tags: ['vip', 'harassment_suspected', 'harassment_escalated', 'harassment_insult'],
  addTags: ['harassment_suspected', 'harassment_escalated', 'harassment_insult'],
  comment: { body: 'note', public: false },
  groupId: '700',
  priority: 'high',
  minPriority: 'high',
  updatedStamp: '2026-11-29T03:00:00Z',
};

type PutBody = { ticket: Record<string, unknown> };

/** A nock body matcher that records each PUT body. */
function capture(into: PutBody[]) {
  return (body: PutBody): boolean => {
    into.push(body);
    return true;
  };
}

beforeAll(() => nock.disableNetConnect());
afterAll(() => nock.enableNetConnect());
afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending).toEqual([]);
});

describe('writeTicketUpdate', () => {
  it('writes once with the planned tags and stamp when nothing changed', async () => {
    const puts: PutBody[] = [];
    nock(BASE)
      .put('/api/v2/tickets/42.json', capture(puts))
      .reply(200, { ticket: ticket({ tags: PLANNED.tags, updated_at: '2026-11-29T03:00:05Z' }) });
    const snap = await writeTicketUpdate(client(), PLANNED, { maxConflictRetries: 2 });
    expect(puts).toHaveLength(1);
    expect(puts[0]?.ticket).toMatchObject({
      tags: PLANNED.tags,
      safe_update: true,
      updated_stamp: '2026-11-29T03:00:00Z',
      priority: 'high',
      group_id: 700,
    });
    expect(snap.updatedAt).toBe('2026-11-29T03:00:05Z');
  });

  it('on 409 re-reads the ticket and retries once with tags and priority recomputed from it', async () => {
    const puts: PutBody[] = [];
    let conflicts = 0;
    nock(BASE)
      .put('/api/v2/tickets/42.json', capture(puts))
      .reply(409, { error: 'UpdateConflict' })
      // Meanwhile an agent added a tag and raised the priority to urgent.
      .get('/api/v2/tickets/42.json')
      .reply(200, {
        ticket: ticket({ tags: ['vip', 'billing'], priority: 'urgent', updated_at: '2026-11-29T03:00:03Z' }),
      })
      .put('/api/v2/tickets/42.json', capture(puts))
      .reply(200, { ticket: ticket() });
    await writeTicketUpdate(client(), PLANNED, { maxConflictRetries: 2, onConflict: () => void conflicts++ });
    expect(conflicts).toBe(1);
    expect(puts).toHaveLength(2);
    expect(puts[1]?.ticket).toMatchObject({
      tags: ['vip', 'billing', 'harassment_suspected', 'harassment_escalated', 'harassment_insult'],
      updated_stamp: '2026-11-29T03:00:03Z',
      safe_update: true,
      priority: 'urgent',
      comment: { body: 'note', public: false },
    });
  });

  it('gives up after the bound and throws the conflict', async () => {
    nock(BASE)
      .put('/api/v2/tickets/42.json')
      .times(2)
      .reply(409, { error: 'UpdateConflict' })
      .get('/api/v2/tickets/42.json')
      .reply(200, { ticket: ticket() });
    await expect(writeTicketUpdate(client(), PLANNED, { maxConflictRetries: 1 })).rejects.toBeInstanceOf(
      ZendeskConflictError,
    );
  });

  it('reads the ticket first when the event gave no stamp or priority, then writes once', async () => {
    const puts: PutBody[] = [];
    nock(BASE)
      .get('/api/v2/tickets/42.json')
      .reply(200, {
        ticket: ticket({ tags: ['vip', 'x'], priority: 'low', updated_at: '2026-11-29T03:01:00Z' }),
      })
      .put('/api/v2/tickets/42.json', capture(puts))
      .reply(200, { ticket: ticket() });
    const { updatedStamp: _s, priority: _p, ...unplanned } = PLANNED;
    await writeTicketUpdate(client(), unplanned, { maxConflictRetries: 0 });
    expect(puts).toHaveLength(1);
    expect(puts[0]?.ticket).toMatchObject({
      tags: ['vip', 'x', 'harassment_suspected', 'harassment_escalated', 'harassment_insult'],
      priority: 'high',
      updated_stamp: '2026-11-29T03:01:00Z',
    });
  });

  it('removes tags and never lowers an urgent priority', async () => {
    const puts: PutBody[] = [];
    nock(BASE)
      .get('/api/v2/tickets/42.json')
      .reply(200, { ticket: ticket({ tags: ['a', 'approved', 'b'], priority: 'urgent' }) })
      .put('/api/v2/tickets/42.json', capture(puts))
      .reply(200, { ticket: ticket() });
    await writeTicketUpdate(
      client(),
      { ticketId: '42', removeTags: ['approved'], addTags: ['c'], minPriority: 'high' },
      { maxConflictRetries: 0 },
    );
    expect(puts[0]?.ticket).toMatchObject({ tags: ['a', 'b', 'c'], priority: 'urgent' });
  });
});

describe('mergeTags', () => {
  it('keeps current order, appends additions once, drops removals', () => {
    expect(mergeTags(['a', 'b', 'a'], ['c', 'b'], ['a'])).toEqual(['b', 'c']);
  });
});
