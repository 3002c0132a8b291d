/**
 * A tiny local fake of the two Zendesk endpoints the report reads, on
 * 127.0.0.1: the search export (cursor paging, at most `maxPageSize` results
 * a page whatever the client asks) and a ticket's audits (cursor paging too).
 * It understands exactly the query shape the report sends:
 * `type:ticket tags:T created>YYYY-MM-DD created<YYYY-MM-DD`.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeTicket {
  ticket: Record<string, unknown>;
  audits: Record<string, unknown>[];
}

export interface FakeRequest {
  path: string;
  query: Record<string, string>;
  authorization: string | undefined;
}

export interface FakeZendesk {
  baseUrl: string;
  requests: FakeRequest[];
  /** Answer the next `times` requests whose path starts with `pathPrefix` with `status`. */
  failNext(pathPrefix: string, status: number, times: number, headers?: Record<string, string>): void;
  close(): Promise<void>;
}

export interface FakeOptions {
  tickets: FakeTicket[];
  /** Expected Authorization header; anything else gets 401. */
  authorization: string;
  maxPageSize?: number;
  auditPageSize?: number;
}

const DAY = 86_400_000;

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

function cursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}
function offsetOf(c: string | undefined): number {
  if (!c) return 0;
  const m = /^o:(\d+)$/.exec(Buffer.from(c, 'base64url').toString());
  if (!m) throw new Error('bad cursor');
  return Number(m[1]);
}

function page<T>(items: T[], req: URL, origin: string, maxSize: number) {
  const size = Math.min(maxSize, Number(req.searchParams.get('page[size]') ?? '100'));
  const offset = offsetOf(req.searchParams.get('page[after]') ?? undefined);
  const slice = items.slice(offset, offset + size);
  const hasMore = offset + size < items.length;
  const next = new URL(req.pathname + req.search, origin);
  next.searchParams.set('page[after]', cursor(offset + size));
  return {
    slice,
    meta: {
      has_more: hasMore,
      after_cursor: hasMore ? cursor(offset + size) : null,
      before_cursor: cursor(offset),
    },
    links: { next: hasMore ? next.toString() : null, prev: null },
  };
}

/** Filters tickets by the report's query; dates are whole UTC days, as strict `>` and `<`. */
function matches(ticket: Record<string, unknown>, query: string): boolean {
  const terms = query.split(/\s+/).filter(Boolean);
  const created = Date.parse(String(ticket.created_at));
  for (const term of terms) {
    let m: RegExpExecArray | null;
    if (term === 'type:ticket') continue;
    if ((m = /^tags:(.+)$/.exec(term))) {
      if (!(ticket.tags as string[]).includes(m[1]!)) return false;
    } else if ((m = /^created>(\d{4}-\d{2}-\d{2})$/.exec(term))) {
      if (!(created >= Date.parse(`${m[1]}T00:00:00Z`) + DAY)) return false;
    } else if ((m = /^created<(\d{4}-\d{2}-\d{2})$/.exec(term))) {
      if (!(created < Date.parse(`${m[1]}T00:00:00Z`))) return false;
    } else {
      throw new Error(`fake Zendesk does not understand the search term ${term}`);
    }
  }
  return true;
}

export async function startFakeZendesk(opts: FakeOptions): Promise<FakeZendesk> {
  const requests: FakeRequest[] = [];
  const failures: { prefix: string; status: number; left: number; headers: Record<string, string> }[] = [];
  const maxPageSize = opts.maxPageSize ?? 3;
  const auditPageSize = opts.auditPageSize ?? 2;
  let origin = '';

  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', origin);
    requests.push({
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      authorization: req.headers.authorization,
    });
    const failure = failures.find((f) => f.left > 0 && url.pathname.startsWith(f.prefix));
    if (failure) {
      failure.left -= 1;
      return send(res, failure.status, { error: 'FakeFailure', description: 'injected' }, failure.headers);
    }
    if (req.headers.authorization !== opts.authorization) {
      return send(res, 401, { error: "Couldn't authenticate you" });
    }
    if (req.method === 'GET' && url.pathname === '/api/v2/search/export') {
      if (url.searchParams.get('filter[type]') !== 'ticket') {
        return send(res, 400, { error: 'InvalidParameter', description: 'filter[type] is required' });
      }
      const query = url.searchParams.get('query') ?? '';
      const hits = opts.tickets.map((t) => t.ticket).filter((t) => matches(t, query));
      const p = page(hits, url, origin, maxPageSize);
      return send(res, 200, { results: p.slice, facets: null, meta: p.meta, links: p.links });
    }
    const audit = /^\/api\/v2\/tickets\/(\d+)\/audits(?:\.json)?$/.exec(url.pathname);
    if (req.method === 'GET' && audit) {
      const t = opts.tickets.find((x) => String(x.ticket.id) === audit[1]);
      if (!t) return send(res, 404, { error: 'RecordNotFound' });
      const p = page(t.audits, url, origin, auditPageSize);
      return send(res, 200, { audits: p.slice, meta: p.meta, links: p.links });
    }
    send(res, 404, { error: 'InvalidEndpoint' });
  };

  const server: Server = createServer((req, res) => {
    try {
      handler(req, res);
    } catch (err) {
      send(res, 500, { error: 'FakeCrash', description: String(err) });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    baseUrl: origin,
    requests,
    failNext(prefix, status, times, headers = {}) {
      failures.push({ prefix, status, left: times, headers });
    },
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
