/**
 * A small local Zendesk that serves the incremental ticket-events export
 * (time-based pages with comment_events) and users/show_many, with fault
 * injection per page. Only what the backfill reads.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

export const EMAIL = 'backfill@example.test';
export const TOKEN = 'backfill-token-0123456789';

export interface FakeComment {
  id: number;
  authorId: number;
  body: string;
  public?: boolean;
}

export interface FakeTicketEvent {
  ticketId: number;
  /** Unix seconds. */
  timestamp: number;
  updaterId: number;
  comments: FakeComment[];
}

export interface FakePage {
  /** Unix seconds: the page answers start_time in [start, end). */
  start: number;
  end: number;
  events: FakeTicketEvent[];
  endOfStream?: boolean;
}

export interface LoggedRequest {
  path: string;
  query: Record<string, string>;
}

export class FakeExport {
  readonly requests: LoggedRequest[] = [];
  /** Remaining faults per page index: status and optional Retry-After. */
  private readonly faults = new Map<number, { status: number; remaining: number; retryAfter?: string }>();
  private server: Server | undefined;
  private base = '';

  constructor(
    private readonly pages: FakePage[],
    private readonly roles: Record<number, string>,
  ) {}

  static async start(pages: FakePage[], roles: Record<number, string>): Promise<FakeExport> {
    const fake = new FakeExport(pages, roles);
    const server = createServer((req, res) => fake.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const addr = server.address();
    fake.server = server;
    fake.base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    return fake;
  }

  get baseUrl(): string {
    return this.base;
  }

  failPage(index: number, status: number, times: number, retryAfter?: string): void {
    this.faults.set(index, { status, remaining: times, ...(retryAfter ? { retryAfter } : {}) });
  }

  clearFaults(): void {
    this.faults.clear();
  }

  /** start_time of each export request, in order. */
  exportStarts(): number[] {
    return this.requests
      .filter((r) => r.path === '/api/v2/incremental/ticket_events.json')
      .map((r) => Number(r.query.start_time));
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', this.base);
    const query = Object.fromEntries(url.searchParams.entries());
    this.requests.push({ path: url.pathname, query });
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    const expected = `Basic ${Buffer.from(`${EMAIL}/token:${TOKEN}`).toString('base64')}`;
    if (req.headers.authorization !== expected) return send(401, { error: "Couldn't authenticate you" });

    if (url.pathname === '/api/v2/incremental/ticket_events.json') {
      const start = Number(query.start_time);
      const index = this.pages.findIndex((p) => start < p.end);
      const page = index >= 0 ? this.pages[index] : undefined;
      const fault = index >= 0 ? this.faults.get(index) : undefined;
      if (fault && fault.remaining > 0) {
        fault.remaining -= 1;
        return send(
          fault.status,
          { error: 'InternalError' },
          fault.retryAfter ? { 'retry-after': fault.retryAfter } : {},
        );
      }
      if (!page) {
        return send(200, {
          ticket_events: [],
          end_time: start,
          end_of_stream: true,
          count: 0,
          next_page: null,
        });
      }
      const last = index === this.pages.length - 1;
      return send(200, {
        ticket_events: page.events.map((e, i) => ({
          id: e.ticketId * 1000 + i,
          ticket_id: e.ticketId,
          timestamp: e.timestamp,
          created_at: new Date(e.timestamp * 1000).toISOString(),
          updater_id: e.updaterId,
          via: { channel: 'email' },
          event_type: 'Audit',
          child_events: [
            { id: e.ticketId * 1000 + 900 + i, event_type: 'Change', field_name: 'status', value: 'open' },
            ...e.comments.map((c) => ({
              id: c.id,
              event_type: 'Comment',
              body: c.body,
              html_body: `<p>${c.body}</p>`,
              public: c.public ?? true,
              author_id: c.authorId,
            })),
          ],
        })),
        count: page.events.length,
        end_time: page.end,
        next_page: `${this.base}/api/v2/incremental/ticket_events.json?start_time=${page.end}&include=comment_events`,
        end_of_stream: page.endOfStream ?? last,
      });
    }
    if (url.pathname === '/api/v2/users/show_many.json') {
      const ids = (query.ids ?? '').split(',').filter(Boolean).map(Number);
      return send(200, {
        users: ids.filter((id) => this.roles[id] !== undefined).map((id) => ({ id, role: this.roles[id] })),
      });
    }
    return send(404, { error: 'RecordNotFound' });
  }
}
