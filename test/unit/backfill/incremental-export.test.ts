import { describe, expect, it } from 'vitest';
import { exportedCommentEvent, fetchTicketEventsPage } from '../../../src/zendesk/incremental-export.js';
import type { ZendeskReader } from '../../../src/zendesk/search-export.js';

function reader(pages: Record<string, unknown>): ZendeskReader & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    getJson(path, query) {
      calls.push(`${path}?${new URLSearchParams(query).toString()}`);
      return Promise.resolve(pages[path]);
    },
  };
}

describe('fetchTicketEventsPage', () => {
  it("keeps end users' public comments with text; staff, private, unknown authors and other events are skipped", async () => {
    const r = reader({
      '/api/v2/incremental/ticket_events.json': {
        ticket_events: [
          {
            id: 1,
            ticket_id: 7,
            timestamp: 1_790_000_000,
            updater_id: 5,
            via: { channel: 'web' },
            child_events: [
              { id: 90, event_type: 'Change', field_name: 'status' },
              { id: 91, event_type: 'Comment', body: 'customer says hi', public: true, author_id: 5 },
              { id: 92, event_type: 'Comment', body: 'agent reply', public: true, author_id: 6 },
              { id: 93, event_type: 'Comment', body: 'private', public: false, author_id: 5 },
              { id: 94, event_type: 'Comment', body: 'ghost', public: true, author_id: 8 },
              { id: 95, event_type: 'Comment', body: '', public: true, author_id: 5 },
            ],
          },
        ],
        end_time: 1_790_000_100,
        end_of_stream: false,
      },
      '/api/v2/users/show_many.json': {
        users: [
          { id: 5, role: 'end-user' },
          { id: 6, role: 'agent' },
        ],
      },
    });
    const page = await fetchTicketEventsPage(r, 1_789_999_000);
    expect(page.comments).toEqual([
      {
        ticketId: '7',
        commentId: '91',
        authorId: '5',
        body: 'customer says hi',
        timestamp: 1_790_000_000,
        channel: 'web',
      },
    ]);
    expect(page.skipped).toBe(4);
    expect(page.endTime).toBe(1_790_000_100);
    expect(page.endOfStream).toBe(false);
    expect(r.calls[0]).toBe(
      '/api/v2/incremental/ticket_events.json?start_time=1789999000&include=comment_events',
    );
    expect(r.calls[1]).toBe('/api/v2/users/show_many.json?ids=5%2C6%2C8');
  });

  it('refuses an unexpected body', async () => {
    await expect(fetchTicketEventsPage(reader({}), 1)).rejects.toThrow(/unexpected body/);
  });

  it("gives an exported comment the trigger webhook's event id", () => {
    const e = exportedCommentEvent({
      ticketId: '7',
      commentId: '91',
      authorId: '5',
      body: 'x',
      timestamp: 0,
    });
    expect(e.eventId).toBe('t7-c91');
    expect(e.kind).toBe('comment_added');
    expect(e.comment).toMatchObject({ id: '91', isPublic: true, authorIsStaff: false });
  });
});
