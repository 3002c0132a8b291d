/** The Zendesk search-export and audit readers, over an in-memory ZendeskReader (no HTTP). */
import { describe, expect, it } from 'vitest';
import {
  createZendeskReader,
  fetchTicketHistory,
  mapAudit,
  searchExportTickets,
} from '../../../src/zendesk/search-export.js';
import type { ZendeskReader } from '../../../src/zendesk/search-export.js';

function scripted(
  pages: unknown[],
): ZendeskReader & { calls: { path: string; query?: Record<string, string> }[] } {
  const calls: { path: string; query?: Record<string, string> }[] = [];
  return {
    calls,
    getJson(path, query) {
      calls.push({ path, query });
      const next = pages.shift();
      if (next === undefined) throw new Error('no more scripted pages');
      return Promise.resolve(next);
    },
  };
}

const t = (id: number, extra: Record<string, unknown> = {}) => ({
  id,
  result_type: 'ticket',
  created_at: '2026-11-02T00:00:00Z',
  tags: ['harassment_suspected'],
  via: { channel: 'email', source: { from: { address: 'x@example.jp' } } },
  requester_id: 42,
  assignee_id: 8800000001,
  ...extra,
});

describe('searchExportTickets', () => {
  it('follows after_cursor until has_more is false, mapping only what the report needs', async () => {
    const reader = scripted([
      { results: [t(1), t(2)], meta: { has_more: true, after_cursor: 'c1' }, links: { next: null } },
      {
        results: [t(3, { via: null, requester_id: null }), { id: 9, result_type: 'user' }],
        meta: { has_more: false },
      },
    ]);
    const res = await searchExportTickets(reader, 'type:ticket tags:x', { pageSize: 2, maxResults: 100 });
    expect(res.pages).toBe(2);
    expect(res.tickets).toEqual([
      {
        id: '1',
        createdAt: '2026-11-02T00:00:00Z',
        tags: ['harassment_suspected'],
        channel: 'email',
        requesterId: '42',
      },
      {
        id: '2',
        createdAt: '2026-11-02T00:00:00Z',
        tags: ['harassment_suspected'],
        channel: 'email',
        requesterId: '42',
      },
      { id: '3', createdAt: '2026-11-02T00:00:00Z', tags: ['harassment_suspected'], channel: 'unknown' },
    ]);
    expect(reader.calls[0]).toEqual({
      path: '/api/v2/search/export',
      query: { query: 'type:ticket tags:x', 'filter[type]': 'ticket', 'page[size]': '2' },
    });
    expect(reader.calls[1]?.query?.['page[after]']).toBe('c1');
    expect(JSON.stringify(res.tickets)).not.toContain('8800000001');
  });

  it('falls back to links.next when there is no after_cursor', async () => {
    const reader = scripted([
      {
        results: [t(1)],
        meta: { has_more: true },
        links: { next: 'https://acme.zendesk.com/api/v2/search/export?x=1' },
      },
      { results: [t(2)], meta: { has_more: false } },
    ]);
    await searchExportTickets(reader, 'q', { maxResults: 10 });
    expect(reader.calls[1]).toEqual({
      path: 'https://acme.zendesk.com/api/v2/search/export?x=1',
      query: undefined,
    });
  });

  it('fails rather than truncates: too many results, has_more without cursor, a bad shape', async () => {
    const many = scripted([{ results: [t(1), t(2), t(3)], meta: { has_more: true, after_cursor: 'c' } }]);
    await expect(searchExportTickets(many, 'q', { pageSize: 3, maxResults: 2 })).rejects.toThrow(
      /more than 2 tickets match one search/,
    );
    const stuck = scripted([{ results: [t(1)], meta: { has_more: true } }]);
    await expect(searchExportTickets(stuck, 'q', { maxResults: 10 })).rejects.toThrow(
      /has_more but gave no cursor/,
    );
    const bad = scripted([{ tickets: [] }]);
    await expect(searchExportTickets(bad, 'q', { maxResults: 10 })).rejects.toThrow(/unexpected shape/);
  });

  it('stops a cursor that never ends at the page bound', async () => {
    const endless: ZendeskReader = {
      getJson: () => Promise.resolve({ results: [], meta: { has_more: true, after_cursor: 'again' } }),
    };
    await expect(searchExportTickets(endless, 'q', { pageSize: 10, maxResults: 30 })).rejects.toThrow(
      /did not end within 4 pages/,
    );
  });
});

describe('audits', () => {
  it('mapAudit keeps tag additions and requester public comments, drops authors', () => {
    const h = mapAudit(
      {
        created_at: '2026-11-02T00:05:00Z',
        events: [
          { type: 'Change', field_name: 'tags', value: ['a', 'b', 'c'], previous_value: ['a'] },
          { type: 'Change', field_name: 'tags', value: 'c d', previous_value: 'c' },
          { type: 'Comment', author_id: 42, public: true, body: 'customer text' },
          { type: 'Change', field_name: 'assignee_id', value: '8800000001' },
        ],
      },
      '42',
    );
    expect(h).toEqual({ at: '2026-11-02T00:05:00Z', addedTags: ['b', 'c', 'd'], requesterMessage: true });
    const agent = mapAudit(
      {
        created_at: 'x',
        events: [
          { type: 'Comment', author_id: 8800000001, public: true },
          { type: 'Comment', author_id: 42, public: false },
        ],
      },
      '42',
    );
    expect(agent.requesterMessage).toBe(false);
  });

  it('fetchTicketHistory pages with cursors up to the bound, oldest first', async () => {
    const reader = scripted([
      {
        audits: [{ created_at: '2026-11-02T00:10:00Z', events: [] }],
        meta: { has_more: true, after_cursor: 'a1' },
      },
      {
        audits: [{ created_at: '2026-11-02T00:00:00Z', events: [] }],
        meta: { has_more: true, after_cursor: 'a2' },
      },
    ]);
    const h = await fetchTicketHistory(reader, '1001', '42', { maxPages: 2 });
    expect(h.map((x) => x.at)).toEqual(['2026-11-02T00:00:00Z', '2026-11-02T00:10:00Z']);
    expect(reader.calls).toHaveLength(2);
    expect(reader.calls[1]).toEqual({
      path: '/api/v2/tickets/1001/audits.json',
      query: { 'page[size]': '100', 'page[after]': 'a1' },
    });
    await expect(fetchTicketHistory(reader, '1/../users', '42', { maxPages: 1 })).rejects.toThrow(
      /not a Zendesk ticket id/,
    );
  });
});

describe('createZendeskReader', () => {
  it('never follows a link to another host (credentials stay home)', async () => {
    const reader = createZendeskReader({
      baseUrl: 'http://127.0.0.1:9',
      auth: { kind: 'oauth', token: 't' },
      timeoutMs: 100,
    });
    await expect(reader.getJson('https://evil.example/api/v2/search/export')).rejects.toThrow(
      /link to another host \(evil\.example\); not following it/,
    );
  });
});
