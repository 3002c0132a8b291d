/**
 * Read-only Zendesk calls for the compliance report:
 * - the search export (`GET /api/v2/search/export`, cursor paging, up to 1000
 *   results a page, 100 requests a minute), which, unlike `/search`, has no
 *   1,000-result cap;
 * - a ticket's audits (`GET /api/v2/tickets/{id}/audits.json`, cursor paging).
 *
 * Both are bounded: a page budget per call, and an error rather than a silent
 * truncation when the budget is exhausted. Zendesk JSON is parsed with zod and
 * mapped here to the report's own types; audit authors, assignees and other
 * agent identities are dropped at this boundary and never leave this file.
 */
import axios, { type AxiosInstance, isAxiosError } from 'axios';
import { z } from 'zod';
import type { ZendeskAuth } from '../config/env.js';
import type { ReportHistoryEntry, ReportTicket } from '../report/types.js';
import { DEFAULT_USER_AGENT } from './client.js';
import { ZendeskApiError, ZendeskRateLimitError } from './errors.js';
import { parseRetryAfter } from './rate-limit-gate.js';

/** What the report needs from an HTTP client: a GET that resolves to parsed JSON or throws. */
export interface ZendeskReader {
  /** `pathOrUrl` is a path on the Zendesk base URL, or an absolute URL on the same origin. */
  getJson(pathOrUrl: string, query?: Record<string, string>): Promise<unknown>;
}

export interface ZendeskReaderConfig {
  baseUrl: string;
  auth: ZendeskAuth;
  timeoutMs: number;
  /** Attempts per request for 429, 5xx, 408 and network errors (default 3). */
  maxAttempts?: number;
  /** Longest Retry-After honoured by waiting, in ms (default 60 s); longer ones fail at once. */
  maxRetryAfterMs?: number;
  /** Delay before retrying a 5xx or network error, doubled each time (default 1000 ms). */
  retryBaseMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function authHeader(auth: ZendeskAuth): string {
  if (auth.kind === 'oauth') return `Bearer ${auth.token}`;
  return `Basic ${Buffer.from(`${auth.email}/token:${auth.token}`, 'utf8').toString('base64')}`;
}

const STATUS_HINTS: Record<number, string> = {
  401: 'check ZENDESK_EMAIL + ZENDESK_API_TOKEN or ZENDESK_OAUTH_TOKEN',
  403: 'the credentials lack permission (the report needs an agent or admin with read access)',
  404: 'check ZENDESK_BASE_URL / ZENDESK_SUBDOMAIN',
  422: 'Zendesk refused the query',
};

function statusCode(status: number): string {
  if (status === 401 || status === 403) return 'ZENDESK_AUTH';
  if (status === 404) return 'ZENDESK_NOT_FOUND';
  if (status === 429) return 'ZENDESK_RATE_LIMITED';
  return status >= 500 || status === 408 ? 'ZENDESK_UNAVAILABLE' : 'ZENDESK_REJECTED';
}

/** A bad answer that is not an HTTP status: unexpected shape, runaway paging, foreign link. */
export function zendeskReadError(message: string, path: string): ZendeskApiError {
  return new ZendeskApiError('ZENDESK_BAD_RESPONSE', message, { retryable: false, method: 'GET', path });
}

/**
 * A small read-only axios client with the same auth, User-Agent and typed
 * errors as ZendeskClient. Unlike the service's client it waits out a 429
 * (Retry-After, bounded) and retries 5xx a few times: the report is a batch
 * run by a person, not a queue job that BullMQ would retry.
 */
export function createZendeskReader(config: ZendeskReaderConfig, http?: AxiosInstance): ZendeskReader {
  const base = new URL(config.baseUrl.replace(/\/+$/, '') + '/');
  const client =
    http ??
    axios.create({
      timeout: config.timeoutMs,
      proxy: false,
      headers: {
        Authorization: authHeader(config.auth),
        Accept: 'application/json',
        'User-Agent': DEFAULT_USER_AGENT,
      },
      // Every status resolves; we decide below.
      validateStatus: () => true,
      maxRedirects: 0,
    });
  const maxAttempts = config.maxAttempts ?? 3;
  const maxRetryAfterMs = config.maxRetryAfterMs ?? 60_000;
  const retryBaseMs = config.retryBaseMs ?? 1000;
  const sleep = config.sleep ?? defaultSleep;

  return {
    async getJson(pathOrUrl, query) {
      const url = new URL(pathOrUrl.replace(/^\//, ''), base);
      if (url.origin !== base.origin) {
        throw zendeskReadError(
          `Zendesk returned a link to another host (${url.host}); not following it`,
          url.pathname,
        );
      }
      for (const [k, v] of Object.entries(query ?? {})) url.searchParams.set(k, v);
      const path = url.pathname;
      for (let attempt = 1; ; attempt++) {
        let res;
        try {
          res = await client.get<unknown>(url.toString(), { responseType: 'json' });
        } catch (err) {
          const code = isAxiosError(err) ? (err.code ?? 'network error') : 'network error';
          if (attempt < maxAttempts) {
            await sleep(retryBaseMs * 2 ** (attempt - 1));
            continue;
          }
          throw new ZendeskApiError(
            'ZENDESK_NETWORK',
            `Zendesk GET ${path} failed: ${code} (after ${attempt} attempts)`,
            {
              retryable: true,
              method: 'GET',
              path,
            },
          );
        }
        const status = res.status;
        if (status >= 200 && status < 300) {
          if (typeof res.data !== 'object' || res.data === null) {
            throw zendeskReadError(`Zendesk GET ${path} answered ${status} without a JSON body`, path);
          }
          return res.data;
        }
        const retryAfter = parseRetryAfter((res.headers as Record<string, unknown>)['retry-after']);
        if (status === 429) {
          const wait = retryAfter ?? 10_000;
          if (attempt < maxAttempts && wait <= maxRetryAfterMs) {
            await sleep(wait);
            continue;
          }
          throw new ZendeskRateLimitError(
            `Zendesk GET ${path} answered 429 Too Many Requests ${attempt} times (Retry-After ${Math.ceil(wait / 1000)} s): try again later`,
            { status, retryAfterMs: wait, local: false, method: 'GET', path, retryable: true },
          );
        }
        const retryable = status >= 500 || status === 408;
        if (retryable && attempt < maxAttempts) {
          await sleep(retryAfter ?? retryBaseMs * 2 ** (attempt - 1));
          continue;
        }
        const hint =
          STATUS_HINTS[status] ??
          (retryable
            ? `Zendesk is failing (after ${attempt} attempts); try again later`
            : 'unexpected answer');
        throw new ZendeskApiError(statusCode(status), `Zendesk GET ${path} answered ${status}: ${hint}`, {
          status,
          retryable,
          method: 'GET',
          path,
        });
      }
    },
  };
}

// ------------------------------------------------------------------ search export

const cursorMeta = z
  .object({
    meta: z
      .object({ has_more: z.boolean().optional(), after_cursor: z.string().nullish() })
      .partial()
      .optional(),
    links: z.object({ next: z.string().nullish() }).partial().optional(),
  })
  .loose();

const idSchema = z.union([z.number(), z.string()]).transform(String);

const searchTicketSchema = z.object({
  id: idSchema,
  result_type: z.string().optional(),
  created_at: z.string(),
  tags: z.array(z.string()).nullish(),
  via: z.object({ channel: z.union([z.string(), z.number()]).nullish() }).nullish(),
  requester_id: idSchema.nullish(),
});

const searchPageSchema = cursorMeta.and(z.object({ results: z.array(z.unknown()) }));

export interface SearchExportOptions {
  /** Results per page: 1..1000 (Zendesk recommends 100 or fewer for speed). */
  pageSize?: number;
  /** Stop with an error rather than read more than this many results. */
  maxResults: number;
}

export interface SearchExportResult {
  tickets: ReportTicket[];
  pages: number;
}

function nextCursor(page: z.infer<typeof cursorMeta>): { cursor?: string; next?: string } | null {
  if (page.meta?.has_more !== true) return null;
  if (page.meta.after_cursor) return { cursor: page.meta.after_cursor };
  if (page.links?.next) return { next: page.links.next };
  throw zendeskReadError('Zendesk search export said has_more but gave no cursor', '/api/v2/search/export');
}

export function mapSearchTicket(raw: z.infer<typeof searchTicketSchema>): ReportTicket {
  const channel = raw.via?.channel;
  const t: ReportTicket = {
    id: raw.id,
    createdAt: raw.created_at,
    tags: raw.tags ?? [],
    channel: channel === undefined || channel === null || channel === '' ? 'unknown' : String(channel),
  };
  if (raw.requester_id) t.requesterId = raw.requester_id;
  return t;
}

/** Every ticket matching `query`, following the cursor until has_more is false (bounded). */
export async function searchExportTickets(
  reader: ZendeskReader,
  query: string,
  opts: SearchExportOptions,
): Promise<SearchExportResult> {
  const pageSize = Math.min(1000, Math.max(1, opts.pageSize ?? 100));
  const maxPages = Math.ceil(opts.maxResults / pageSize) + 1;
  const tickets: ReportTicket[] = [];
  const params: Record<string, string> = { query, 'filter[type]': 'ticket', 'page[size]': String(pageSize) };
  let target: { path: string; query?: Record<string, string> } = {
    path: '/api/v2/search/export',
    query: params,
  };
  for (let pages = 1; ; pages++) {
    const body = searchPageSchema.safeParse(await reader.getJson(target.path, target.query));
    if (!body.success)
      throw zendeskReadError('Zendesk search export answered in an unexpected shape', target.path);
    for (const item of body.data.results) {
      const t = searchTicketSchema.safeParse(item);
      if (!t.success || (t.data.result_type && t.data.result_type !== 'ticket')) continue;
      tickets.push(mapSearchTicket(t.data));
    }
    if (tickets.length > opts.maxResults) {
      throw zendeskReadError(
        `more than ${opts.maxResults} tickets match one search; narrow the period or raise --max-tickets`,
        target.path,
      );
    }
    const next = nextCursor(body.data);
    if (!next) return { tickets, pages };
    if (pages >= maxPages)
      throw zendeskReadError(`search export did not end within ${maxPages} pages`, target.path);
    target = next.cursor
      ? { path: '/api/v2/search/export', query: { ...params, 'page[after]': next.cursor } }
      : { path: next.next! };
  }
}

// ------------------------------------------------------------------ audits

const tagList = z
  .union([z.array(z.string()), z.string(), z.null()])
  .optional()
  .transform((v) => (Array.isArray(v) ? v : typeof v === 'string' ? v.split(/\s+/).filter(Boolean) : []));

const auditEventSchema = z.object({
  type: z.string(),
  field_name: z.string().nullish(),
  value: z.unknown().optional(),
  previous_value: z.unknown().optional(),
  public: z.boolean().nullish(),
  author_id: idSchema.nullish(),
});

const auditSchema = z.object({
  created_at: z.string(),
  events: z.array(z.unknown()).default([]),
});

const auditPageSchema = cursorMeta.and(
  z.object({ audits: z.array(z.unknown()), next_page: z.string().nullish() }),
);

/** One audit → what the report needs: when, which tags it added, whether the requester wrote. */
export function mapAudit(
  raw: z.infer<typeof auditSchema>,
  requesterId: string | undefined,
): ReportHistoryEntry {
  const added = new Set<string>();
  let requesterMessage = false;
  for (const item of raw.events) {
    const ev = auditEventSchema.safeParse(item);
    if (!ev.success) continue;
    const e = ev.data;
    if ((e.type === 'Change' || e.type === 'Create') && e.field_name === 'tags') {
      const before = new Set(tagList.parse(e.previous_value));
      for (const tag of tagList.parse(e.value)) if (!before.has(tag)) added.add(tag);
    }
    if (e.type === 'Comment' && e.public !== false && requesterId && e.author_id === requesterId) {
      requesterMessage = true;
    }
  }
  return { at: raw.created_at, addedTags: [...added].sort(), requesterMessage };
}

export interface TicketHistoryOptions {
  /** Audit pages (100 audits each) read per ticket at most; the history is cut there. */
  maxPages: number;
}

/** The ticket's audits, oldest first, reduced to tag additions and requester messages. */
export async function fetchTicketHistory(
  reader: ZendeskReader,
  ticketId: string,
  requesterId: string | undefined,
  opts: TicketHistoryOptions,
): Promise<ReportHistoryEntry[]> {
  if (!/^\d+$/.test(ticketId))
    throw zendeskReadError(`not a Zendesk ticket id: ${ticketId}`, '/api/v2/tickets');
  const path = `/api/v2/tickets/${ticketId}/audits.json`;
  const history: ReportHistoryEntry[] = [];
  let target: { path: string; query?: Record<string, string> } = { path, query: { 'page[size]': '100' } };
  for (let pages = 1; pages <= opts.maxPages; pages++) {
    const body = auditPageSchema.safeParse(await reader.getJson(target.path, target.query));
    if (!body.success) throw zendeskReadError(`Zendesk ${path} answered in an unexpected shape`, path);
    for (const item of body.data.audits) {
      const a = auditSchema.safeParse(item);
      if (a.success) history.push(mapAudit(a.data, requesterId));
    }
    let next: { cursor?: string; next?: string } | null = nextCursor(body.data);
    if (!next && body.data.next_page) next = { next: body.data.next_page };
    if (!next) break;
    target = next.cursor
      ? { path, query: { 'page[size]': '100', 'page[after]': next.cursor } }
      : { path: next.next! };
  }
  return history.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
