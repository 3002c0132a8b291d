import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import nock from 'nock';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ZendeskApiError,
  ZendeskClient,
  ZendeskConflictError,
  ZendeskRateLimitError,
} from '../../../src/zendesk/client.js';
import { RateLimitGate, parseRetryAfter } from '../../../src/zendesk/rate-limit-gate.js';

const BASE = 'https://acme.zendesk.example';
const logger = pino({ level: 'silent' });

let clock = 1_000_000;
let gate: RateLimitGate;

function client(overrides: Partial<ConstructorParameters<typeof ZendeskClient>[0]> = {}) {
  return new ZendeskClient({
    baseUrl: BASE,
    auth: { kind: 'token', email: 'bot@acme.example', token: 'tok123' },
    timeoutMs: 2000,
    logger,
    gate,
    ...overrides,
  });
}

async function caught(p: Promise<unknown>): Promise<ZendeskApiError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof ZendeskApiError) return err;
    throw err;
  }
  throw new Error('expected a ZendeskApiError');
}

const TICKET = {
  id: 42,
  tags: ['vip'],
  updated_at: '2026-11-29T03:00:00Z',
  priority: 'normal',
  group_id: 7,
  requester_id: 99,
  status: 'open',
  subject: 'never mapped',
  custom_fields: [{ id: 360001, value: true }],
};

beforeAll(() => nock.disableNetConnect());
afterAll(() => nock.enableNetConnect());
beforeEach(() => {
  clock = 1_000_000;
  gate = new RateLimitGate(() => clock);
});
afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending).toEqual([]);
});

describe('ZendeskClient auth and mapping', () => {
  it('sends Basic email/token:TOKEN, a User-Agent, and maps the ticket to a snapshot', async () => {
    const basic = `Basic ${Buffer.from('bot@acme.example/token:tok123').toString('base64')}`;
    nock(BASE)
      .matchHeader('authorization', basic)
      .matchHeader('user-agent', /^harassment-guard\//)
      .get('/api/v2/tickets/42.json')
      .reply(200, { ticket: TICKET });
    expect(await client().getTicket('42')).toEqual({
      id: '42',
      tags: ['vip'],
      updatedAt: '2026-11-29T03:00:00Z',
      priority: 'normal',
      groupId: '7',
      requesterId: '99',
      status: 'open',
      customFields: { '360001': true },
    });
  });

  it('sends an OAuth bearer token', async () => {
    nock(BASE)
      .matchHeader('authorization', 'Bearer oauth-xyz')
      .get('/api/v2/users/me.json')
      .reply(200, { user: { id: 5, role: 'admin', locale: 'en-US', suspended: false, email: 'x@y' } });
    expect(await client({ auth: { kind: 'oauth', token: 'oauth-xyz' } }).getMe()).toEqual({
      id: '5',
      role: 'admin',
      locale: 'en-US',
      suspended: false,
    });
  });
});

describe('ZendeskClient paging', () => {
  it('follows cursor pages for comments and reads staff-ness from sideloaded users', async () => {
    nock(BASE)
      .get('/api/v2/tickets/42/comments.json')
      .query({ include: 'users', 'page[size]': '100' })
      .reply(200, {
        comments: [{ id: 1, body: 'hello', public: true, author_id: 99, created_at: '2026-11-29T01:00:00Z' }],
        users: [{ id: 99, role: 'end-user' }],
        meta: { has_more: true, after_cursor: 'c1' },
      })
      .get('/api/v2/tickets/42/comments.json')
      .query({ include: 'users', 'page[size]': '100', 'page[after]': 'c1' })
      .reply(200, {
        comments: [{ id: 2, body: 'internal', public: false, author_id: 7 }],
        users: [{ id: 7, role: 'agent' }],
        meta: { has_more: false, after_cursor: null },
      });
    expect(await client().listComments('42')).toEqual([
      {
        id: '1',
        body: 'hello',
        isPublic: true,
        authorId: '99',
        authorIsStaff: false,
        authorRole: 'end-user',
        createdAt: '2026-11-29T01:00:00Z',
      },
      { id: '2', body: 'internal', isPublic: false, authorId: '7', authorIsStaff: true, authorRole: 'agent' },
    ]);
  });

  it('stops at the page bound', async () => {
    const scope = nock(BASE)
      .get('/api/v2/tickets/42/audits.json')
      .query(true)
      .times(2)
      .reply(200, { audits: [], meta: { has_more: true, after_cursor: 'more' } });
    expect(await client({ maxPages: 2 }).listAudits('42')).toEqual([]);
    expect(scope.isDone()).toBe(true);
  });

  it('finds a comment newest first, stopping once found', async () => {
    nock(BASE)
      .get('/api/v2/tickets/42/comments.json')
      .query({ include: 'users', sort: '-created_at', sort_order: 'desc', 'page[size]': '100' })
      .reply(200, {
        comments: [{ id: 3, body: 'latest', public: true, author_id: 99 }],
        meta: { has_more: true, after_cursor: 'c1' },
      });
    expect(await client().findComment('42', '3')).toMatchObject({ id: '3', body: 'latest' });
  });

  it('reduces audits to tag changes and comments, and lists group memberships', async () => {
    nock(BASE)
      .get('/api/v2/tickets/42/audits.json')
      .query(true)
      .reply(200, {
        audits: [
          {
            id: 900,
            author_id: 55,
            created_at: '2026-11-29T04:00:00Z',
            events: [
              {
                id: 1,
                type: 'Change',
                field_name: 'tags',
                value: ['vip', 'approved'],
                previous_value: ['vip', 'x'],
              },
              { id: 2, type: 'Comment', public: false, body: 'never mapped' },
            ],
          },
        ],
        meta: { has_more: false },
      })
      .get('/api/v2/users/55/group_memberships.json')
      .query(true)
      .reply(200, { group_memberships: [{ id: 1, user_id: 55, group_id: 700 }], meta: { has_more: false } });
    const c = client();
    expect(await c.listAudits('42')).toEqual([
      {
        id: '900',
        authorId: '55',
        createdAt: '2026-11-29T04:00:00Z',
        addedTags: ['approved'],
        removedTags: ['x'],
        comments: [{ id: '2', public: false }],
      },
    ]);
    expect(await c.listGroupMemberships('55')).toEqual(['700']);
  });
});

describe('ZendeskClient writes', () => {
  it('PUTs tags, private comment, group, priority with safe_update and the stamp', async () => {
    let sent: unknown;
    nock(BASE)
      .put('/api/v2/tickets/42.json', (body: unknown) => {
        sent = body;
        return true;
      })
      .reply(200, { ticket: { ...TICKET, tags: ['vip', 'harassment_suspected'], priority: 'high' } });
    const snap = await client().updateTicket({
      ticketId: '42',
      tags: ['vip', 'harassment_suspected'],
      comment: { body: 'note', public: false },
      groupId: '700',
      priority: 'high',
      updatedStamp: '2026-11-29T03:00:00Z',
    });
    expect(sent).toEqual({
      ticket: {
        tags: ['vip', 'harassment_suspected'],
        comment: { body: 'note', public: false },
        group_id: 700,
        priority: 'high',
        safe_update: true,
        updated_stamp: '2026-11-29T03:00:00Z',
      },
    });
    expect(snap.priority).toBe('high');
  });

  it('suspends a user', async () => {
    nock(BASE)
      .put('/api/v2/users/99.json', { user: { suspended: true } })
      .reply(200, { user: { id: 99, role: 'end-user', suspended: true, locale: 'ja' } });
    expect(await client().suspendUser('99')).toEqual({
      id: '99',
      role: 'end-user',
      suspended: true,
      locale: 'ja',
    });
  });
});

describe('ZendeskClient errors', () => {
  it('turns a 404 into a non-retryable typed error with Zendesk error body', async () => {
    nock(BASE)
      .get('/api/v2/tickets/404.json')
      .reply(404, { error: 'RecordNotFound', description: 'Not found' });
    const err = await caught(client().getTicket('404'));
    expect(err).toMatchObject({
      code: 'ZENDESK_NOT_FOUND',
      status: 404,
      retryable: false,
      zendeskError: 'RecordNotFound',
      zendeskDescription: 'Not found',
    });
  });

  it('reads the object form of Zendesk errors', async () => {
    nock(BASE)
      .get('/api/v2/users/me.json')
      .reply(401, { error: { title: 'Forbidden', message: 'You do not have access' } });
    const err = await caught(client().getMe());
    expect(err).toMatchObject({
      code: 'ZENDESK_AUTH',
      status: 401,
      retryable: false,
      zendeskError: 'Forbidden',
    });
  });

  it('marks 422 as non-retryable', async () => {
    nock(BASE).put('/api/v2/tickets/1.json').reply(422, { error: 'RecordInvalid', description: 'invalid' });
    const err = await caught(client().updateTicket({ ticketId: '1', status: 'solved' }));
    expect(err).toMatchObject({ code: 'ZENDESK_REJECTED', status: 422, retryable: false });
  });

  it.each([500, 502, 503, 408])('marks %i as retryable', async (status) => {
    nock(BASE).get('/api/v2/tickets/1.json').reply(status, 'upstream trouble');
    const err = await caught(client().getTicket('1'));
    expect(err.status).toBe(status);
    expect(err.retryable).toBe(true);
  });

  it('gives 503 a retryAfterMs when Zendesk sends Retry-After', async () => {
    nock(BASE).get('/api/v2/tickets/1.json').reply(503, '', { 'Retry-After': '7' });
    const err = await caught(client().getTicket('1'));
    expect(err.retryAfterMs).toBe(7000);
    expect(gate.remainingMs()).toBe(0);
  });

  it('marks network errors as retryable', async () => {
    // A port nothing listens on: a real ECONNREFUSED, no interceptor involved.
    const server = createServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((r) => server.close(() => r()));
    nock.enableNetConnect('127.0.0.1');
    try {
      const err = await caught(client({ baseUrl: `http://127.0.0.1:${port}` }).getTicket('1'));
      expect(err).toMatchObject({ code: 'ZENDESK_NETWORK', retryable: true, status: undefined });
      expect(err.message).toContain('ECONNREFUSED');
    } finally {
      nock.disableNetConnect();
    }
  });

  const reset = (): Error => Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });

  it('sends a GET again once when the connection is reset before a response', async () => {
    nock(BASE).get('/api/v2/tickets/42.json').replyWithError(reset());
    nock(BASE).get('/api/v2/tickets/42.json').reply(200, { ticket: TICKET });
    expect((await client().getTicket('42')).id).toBe('42');
  });

  it('does not send a GET a third time, nor a PUT again, after a reset', async () => {
    nock(BASE).get('/api/v2/tickets/42.json').times(2).replyWithError(reset());
    const get = await caught(client().getTicket('42'));
    expect(get).toMatchObject({ code: 'ZENDESK_NETWORK', retryable: true });
    expect(get.message).toContain('ECONNRESET');
    nock(BASE).put('/api/v2/tickets/1.json').replyWithError(reset());
    const put = await caught(client().updateTicket({ ticketId: '1', status: 'solved' }));
    expect(put).toMatchObject({ code: 'ZENDESK_NETWORK', retryable: true });
  });

  it('marks timeouts as retryable', async () => {
    nock(BASE).get('/api/v2/tickets/1.json').delay(1000).reply(200, { ticket: TICKET });
    const err = await caught(client({ timeoutMs: 50 }).getTicket('1'));
    expect(err).toMatchObject({ code: 'ZENDESK_TIMEOUT', retryable: true });
  });

  it('turns a 409 into ZendeskConflictError', async () => {
    nock(BASE).put('/api/v2/tickets/1.json').reply(409, { error: 'UpdateConflict', description: 'stale' });
    const err = await caught(client().updateTicket({ ticketId: '1', tags: [], updatedStamp: 'x' }));
    expect(err).toBeInstanceOf(ZendeskConflictError);
    expect(err.status).toBe(409);
  });

  it('rejects a 2xx body of the wrong shape', async () => {
    nock(BASE).get('/api/v2/tickets/1.json').reply(200, { nope: true });
    const err = await caught(client().getTicket('1'));
    expect(err).toMatchObject({ code: 'ZENDESK_BAD_RESPONSE', retryable: false });
  });
});

describe('ZendeskClient 429 and the pause gate', () => {
  it('returns retryAfterMs from Retry-After and refuses further requests until it passes', async () => {
    nock(BASE).get('/api/v2/tickets/1.json').reply(429, { error: 'TooManyRequests' }, { 'Retry-After': '2' });
    const c = client();
    const first = await caught(c.getTicket('1'));
    expect(first).toBeInstanceOf(ZendeskRateLimitError);
    expect(first).toMatchObject({ status: 429, retryable: true, retryAfterMs: 2000, local: false });

    // No request leaves the process while paused: nock has no interceptor for it.
    clock += 500;
    const refused = await caught(client().getUser('9'));
    expect(refused).toBeInstanceOf(ZendeskRateLimitError);
    expect(refused).toMatchObject({ retryAfterMs: 1500, local: true, retryable: true });

    clock += 1500;
    nock(BASE)
      .get('/api/v2/users/9.json')
      .reply(200, { user: { id: 9, role: 'agent' } });
    expect(await c.getUser('9')).toEqual({ id: '9', role: 'agent', suspended: false });
  });

  it('uses a default pause when Retry-After is missing', async () => {
    nock(BASE).get('/api/v2/tickets/1.json').reply(429, '');
    const err = await caught(client({ defaultRetryAfterMs: 3000 }).getTicket('1'));
    expect(err.retryAfterMs).toBe(3000);
    expect(gate.remainingMs()).toBe(3000);
  });
});

describe('ZendeskClient logging', () => {
  it('logs ids, status and timing but no credentials or bodies', async () => {
    const lines: string[] = [];
    const captured = pino({ level: 'debug' }, { write: (l: string) => void lines.push(l) });
    nock(BASE)
      .get('/api/v2/tickets/42/comments.json')
      .query(true)
      .reply(200, { comments: [{ id: 1, body: 'secret customer words', public: true, author_id: 99 }] })
      .put('/api/v2/tickets/42.json')
      .reply(422, {
        error: 'RecordInvalid',
        description: 'Invalid',
        details: { base: ['secret customer words'] },
      });
    const c = client({ logger: captured });
    await c.listComments('42');
    const err = await caught(
      c.updateTicket({ ticketId: '42', comment: { body: 'private note text', public: false } }),
    );
    const all = lines.join('\n') + JSON.stringify({ ...err, message: err.message });
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(all).toContain('/api/v2/tickets/42');
    for (const secret of [
      'tok123',
      'bot@acme.example',
      'Ym90QGFjbWUu',
      'secret customer words',
      'private note text',
    ]) {
      expect(all).not.toContain(secret);
    }
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.parse('2026-11-29T03:00:00Z');
    expect(parseRetryAfter('2', now)).toBe(2000);
    expect(parseRetryAfter('0.5', now)).toBe(500);
    expect(parseRetryAfter('Sun, 29 Nov 2026 03:00:10 GMT', now)).toBe(10_000);
    expect(parseRetryAfter('Sun, 29 Nov 2026 02:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter('999999', now)).toBe(3_600_000);
  });
});
