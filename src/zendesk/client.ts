/**
 * Zendesk REST client (axios). Returns the service's own types, never
 * Zendesk's JSON.
 *
 * - Auth: Basic `email/token:TOKEN`, or an OAuth bearer token.
 * - Every request has an explicit timeout and a User-Agent.
 * - No retries and no sleeping here: BullMQ retries jobs. Errors say whether a
 *   retry can help (network errors, timeouts, 5xx, 408 and 429 can).
 * - After a 429 the process-wide gate refuses further requests until
 *   Retry-After has passed (see rate-limit-gate.ts).
 * - Logs carry method, path (ids only), status and duration. Never bodies,
 *   headers or credentials.
 */
import axios, { type AxiosInstance, type AxiosResponse, isAxiosError } from 'axios';
import type { Logger } from 'pino';
import { z } from 'zod';
import type {
  TicketAudit,
  TicketComment,
  TicketPriority,
  TicketSnapshot,
  TicketUpdate,
  TicketUser,
} from '../tickets/types.js';
import { ZendeskApiError, ZendeskConflictError, ZendeskRateLimitError } from './errors.js';
import { type RateLimitGate, parseRetryAfter, sharedRateLimitGate } from './rate-limit-gate.js';

export { ZendeskApiError, ZendeskConflictError, ZendeskRateLimitError } from './errors.js';

export type ZendeskAuth = { kind: 'token'; email: string; token: string } | { kind: 'oauth'; token: string };

export interface ZendeskClientOptions {
  /** e.g. https://acme.zendesk.com (no trailing /api/v2). */
  baseUrl: string;
  auth: ZendeskAuth;
  timeoutMs: number;
  logger: Logger;
  /** Pause gate; defaults to the process-wide one. */
  gate?: RateLimitGate;
  /** Upper bound on pages followed by any listing call (100 items a page). Default 20. */
  maxPages?: number;
  userAgent?: string;
  /** Default delay after a 429 that carries no usable Retry-After. Default 10 s. */
  defaultRetryAfterMs?: number;
  /**
   * Awaited before every HTTP request (the shared requests-per-minute budget,
   * src/queue/zendesk-budget.ts); may throw a ZendeskRateLimitError.
   */
  beforeRequest?: (method: string, path: string) => Promise<void>;
  /** Called once per HTTP request with its outcome (metrics). Ids only; never bodies. */
  onRequest?: (info: ZendeskRequestOutcome) => void;
}

/** One finished request, as reported to `onRequest`. */
export interface ZendeskRequestOutcome {
  method: string;
  path: string;
  status: number | 'network' | 'timeout';
  ms: number;
  /** The pause applied after a 429. */
  retryAfterMs?: number;
}

export const DEFAULT_USER_AGENT = 'harassment-guard/0.1 (+zendesk-integration)';
const PAGE_SIZE = 100;

// ----------------------------------------------------- response schemas ---

const idStr = z.union([z.number(), z.string()]).transform(String);
const optIdStr = z
  .union([z.number(), z.string(), z.null()])
  .optional()
  .transform((v) => (v === null || v === undefined ? undefined : String(v)));

const ticketSchema = z.looseObject({
  id: idStr,
  tags: z
    .array(z.string())
    .nullable()
    .optional()
    .transform((t) => t ?? []),
  updated_at: z.string(),
  priority: z.string().nullable().optional(),
  group_id: optIdStr,
  requester_id: optIdStr,
  status: z.string().optional(),
  custom_fields: z
    .array(z.looseObject({ id: idStr, value: z.unknown().optional() }))
    .nullable()
    .optional(),
});
const ticketEnvelope = z.looseObject({ ticket: ticketSchema });

const userSchema = z.looseObject({
  id: idStr,
  locale: z.string().nullable().optional(),
  role: z.string(),
  suspended: z.boolean().nullable().optional(),
});
const userEnvelope = z.looseObject({ user: userSchema });

const cursorMeta = z
  .looseObject({
    meta: z
      .looseObject({ has_more: z.boolean().optional(), after_cursor: z.string().nullable().optional() })
      .optional(),
  })
  .transform((r) => ({ hasMore: r.meta?.has_more === true, after: r.meta?.after_cursor ?? undefined }));

const commentSchema = z.looseObject({
  id: idStr,
  body: z.string().nullable().optional(),
  public: z.boolean(),
  author_id: optIdStr,
  created_at: z.string().optional(),
});
const commentsPage = z.looseObject({
  comments: z.array(commentSchema),
  users: z.array(z.looseObject({ id: idStr, role: z.string().optional() })).optional(),
});

const auditEventSchema = z.looseObject({
  id: optIdStr,
  type: z.string(),
  field_name: z.string().optional(),
  value: z.unknown().optional(),
  previous_value: z.unknown().optional(),
  public: z.boolean().optional(),
});
const auditsPage = z.looseObject({
  audits: z.array(
    z.looseObject({
      id: idStr,
      author_id: idStr,
      created_at: z.string(),
      events: z.array(auditEventSchema).optional(),
    }),
  ),
});

const membershipsPage = z.looseObject({
  group_memberships: z.array(z.looseObject({ group_id: idStr })),
});

const errorBody = z
  .looseObject({
    error: z.union([
      z.string(),
      z.looseObject({ title: z.string().optional(), message: z.string().optional() }),
    ]),
    description: z.string().optional(),
  })
  .transform((b) => ({
    error: typeof b.error === 'string' ? b.error : b.error.title,
    description: b.description ?? (typeof b.error === 'string' ? undefined : b.error.message),
  }));

// --------------------------------------------------------------- mapping ---

function toPriority(p: string | null | undefined): TicketPriority | null {
  const s = p?.toLowerCase();
  return s === 'low' || s === 'normal' || s === 'high' || s === 'urgent' ? s : null;
}

function mapTicket(t: z.infer<typeof ticketSchema>): TicketSnapshot {
  const snap: TicketSnapshot = {
    id: t.id,
    tags: t.tags,
    updatedAt: t.updated_at,
    priority: toPriority(t.priority),
    groupId: t.group_id ?? null,
  };
  if (t.requester_id !== undefined) snap.requesterId = t.requester_id;
  if (t.status !== undefined) snap.status = t.status;
  if (t.custom_fields) snap.customFields = Object.fromEntries(t.custom_fields.map((f) => [f.id, f.value]));
  return snap;
}

function mapUser(u: z.infer<typeof userSchema>): TicketUser {
  const user: TicketUser = { id: u.id, role: u.role, suspended: u.suspended === true };
  if (u.locale) user.locale = u.locale;
  return user;
}

function asTags(v: unknown): string[] {
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  if (typeof v === 'string') return v.split(/\s+/).filter((x) => x.length > 0);
  return [];
}

function mapAudit(a: z.infer<typeof auditsPage>['audits'][number]): TicketAudit {
  const added = new Set<string>();
  const removed = new Set<string>();
  const comments: TicketAudit['comments'] = [];
  for (const e of a.events ?? []) {
    if ((e.type === 'Change' || e.type === 'Create') && e.field_name === 'tags') {
      const now = asTags(e.value);
      const before = asTags(e.previous_value);
      for (const t of now) if (!before.includes(t)) added.add(t);
      for (const t of before) if (!now.includes(t)) removed.add(t);
    } else if (e.type === 'Comment' && e.id !== undefined) {
      comments.push({ id: e.id, public: e.public === true });
    }
  }
  return {
    id: a.id,
    authorId: a.author_id,
    createdAt: a.created_at,
    addedTags: [...added],
    removedTags: [...removed],
    comments,
  };
}

/** Zendesk's numeric ids are safe integers; send them as JSON numbers. */
function numericId(id: string): number | string {
  return /^\d{1,15}$/.test(id) ? Number(id) : id;
}

function clip(s: string | undefined, n = 200): string | undefined {
  return s === undefined ? undefined : s.length > n ? `${s.slice(0, n)}…` : s;
}

// ---------------------------------------------------------------- client ---

export class ZendeskClient {
  private readonly http: AxiosInstance;
  private readonly gate: RateLimitGate;
  private readonly log: Logger;
  private readonly maxPages: number;
  private readonly defaultRetryAfterMs: number;
  private readonly beforeRequest: ((method: string, path: string) => Promise<void>) | undefined;
  private readonly onRequest: ((info: ZendeskRequestOutcome) => void) | undefined;

  constructor(opts: ZendeskClientOptions) {
    const authorization =
      opts.auth.kind === 'token'
        ? `Basic ${Buffer.from(`${opts.auth.email}/token:${opts.auth.token}`).toString('base64')}`
        : `Bearer ${opts.auth.token}`;
    this.http = axios.create({
      baseURL: opts.baseUrl.replace(/\/+$/, ''),
      timeout: opts.timeoutMs,
      proxy: false,
      headers: {
        Authorization: authorization,
        Accept: 'application/json',
        'User-Agent': opts.userAgent ?? DEFAULT_USER_AGENT,
      },
      // Statuses are turned into typed errors below, not by axios.
      validateStatus: () => true,
      maxRedirects: 0,
    });
    this.gate = opts.gate ?? sharedRateLimitGate;
    this.log = opts.logger.child({ component: 'zendesk' });
    this.maxPages = opts.maxPages ?? 20;
    this.defaultRetryAfterMs = opts.defaultRetryAfterMs ?? 10_000;
    this.beforeRequest = opts.beforeRequest;
    this.onRequest = opts.onRequest;
  }

  /** The user the credentials belong to (the service's own user). */
  async getMe(): Promise<TicketUser> {
    return mapUser(await this.request('GET', '/api/v2/users/me.json', {}, userEnvelope).then((r) => r.user));
  }

  async getTicket(ticketId: string): Promise<TicketSnapshot> {
    const r = await this.request('GET', `/api/v2/tickets/${enc(ticketId)}.json`, {}, ticketEnvelope);
    return mapTicket(r.ticket);
  }

  /**
   * The ticket's comments, oldest first (or newest first), following cursor
   * pages up to the page bound. Staff-ness comes from the sideloaded users.
   */
  async listComments(ticketId: string, opts: { newestFirst?: boolean } = {}): Promise<TicketComment[]> {
    const out: TicketComment[] = [];
    for await (const c of this.iterateComments(ticketId, opts.newestFirst === true)) out.push(c);
    return out;
  }

  /** One comment by id, searching newest first; undefined when not found within the page bound. */
  async findComment(ticketId: string, commentId: string): Promise<TicketComment | undefined> {
    for await (const c of this.iterateComments(ticketId, true)) if (c.id === commentId) return c;
    return undefined;
  }

  /**
   * Whether one of the ticket's latest comments contains `needle` (e.g. a
   * decision marker), looking at most `maxComments` back, newest first. Used
   * before re-posting after an ambiguous failure.
   */
  async hasCommentContaining(ticketId: string, needle: string, opts: { maxComments?: number } = {}) {
    const max = opts.maxComments ?? 100;
    let seen = 0;
    for await (const c of this.iterateComments(ticketId, true)) {
      if (c.body?.includes(needle)) return true;
      if (++seen >= max) break;
    }
    return false;
  }

  private async *iterateComments(ticketId: string, newestFirst: boolean): AsyncGenerator<TicketComment> {
    const params: Record<string, string> = { include: 'users' };
    if (newestFirst) {
      // Zendesk documents `sort_order` for this listing; `sort` is the cursor-paging form. Unknown ones are ignored.
      params.sort_order = 'desc';
      params.sort = '-created_at';
    }
    for await (const page of this.pages(
      `/api/v2/tickets/${enc(ticketId)}/comments.json`,
      params,
      commentsPage,
    )) {
      const roles = new Map((page.users ?? []).map((u) => [u.id, u.role?.toLowerCase()]));
      for (const c of page.comments) {
        const role = c.author_id !== undefined ? roles.get(c.author_id) : undefined;
        const comment: TicketComment = {
          id: c.id,
          isPublic: c.public,
          authorIsStaff: role === 'agent' || role === 'admin',
        };
        if (typeof c.body === 'string') comment.body = c.body;
        if (c.author_id !== undefined) comment.authorId = c.author_id;
        if (role) comment.authorRole = role;
        if (c.created_at) comment.createdAt = c.created_at;
        yield comment;
      }
    }
  }

  /** Audits of a ticket, oldest first, reduced to tag and comment changes. */
  async listAudits(ticketId: string): Promise<TicketAudit[]> {
    const out: TicketAudit[] = [];
    for await (const page of this.pages(`/api/v2/tickets/${enc(ticketId)}/audits.json`, {}, auditsPage)) {
      for (const a of page.audits) out.push(mapAudit(a));
    }
    return out;
  }

  async getUser(userId: string): Promise<TicketUser> {
    return mapUser((await this.request('GET', `/api/v2/users/${enc(userId)}.json`, {}, userEnvelope)).user);
  }

  /** Ids of the groups the user belongs to. */
  async listGroupMemberships(userId: string): Promise<string[]> {
    const out: string[] = [];
    const path = `/api/v2/users/${enc(userId)}/group_memberships.json`;
    for await (const page of this.pages(path, {}, membershipsPage)) {
      for (const m of page.group_memberships) out.push(m.group_id);
    }
    return out;
  }

  async suspendUser(userId: string): Promise<TicketUser> {
    const r = await this.request(
      'PUT',
      `/api/v2/users/${enc(userId)}.json`,
      { data: { user: { suspended: true } } },
      userEnvelope,
    );
    return mapUser(r.user);
  }

  /**
   * One PUT to the ticket. With `updatedStamp`, the write is a safe_update and
   * a stale stamp answers 409 (ZendeskConflictError). `tags` replaces the tag
   * set; without it, addTags/removeTags are sent as Zendesk's additive fields.
   */
  async updateTicket(update: TicketUpdate): Promise<TicketSnapshot> {
    const ticket: Record<string, unknown> = {};
    if (update.tags) ticket.tags = update.tags;
    else {
      if (update.addTags?.length) ticket.additional_tags = update.addTags;
      if (update.removeTags?.length) ticket.remove_tags = update.removeTags;
    }
    if (update.comment) ticket.comment = { body: update.comment.body, public: update.comment.public };
    if (update.groupId !== undefined) ticket.group_id = numericId(update.groupId);
    if (update.priority !== undefined) ticket.priority = update.priority;
    if (update.status !== undefined) ticket.status = update.status;
    if (update.updatedStamp !== undefined) {
      ticket.safe_update = true;
      ticket.updated_stamp = update.updatedStamp;
    }
    const r = await this.request(
      'PUT',
      `/api/v2/tickets/${enc(update.ticketId)}.json`,
      { data: { ticket } },
      ticketEnvelope,
    );
    return mapTicket(r.ticket);
  }

  // ------------------------------------------------------------ internals ---

  /** Follows cursor pagination (page[size]=100) for at most `maxPages` pages. */
  private async *pages<T>(
    path: string,
    params: Record<string, string>,
    schema: z.ZodType<T>,
  ): AsyncGenerator<T> {
    let after: string | undefined;
    for (let page = 0; page < this.maxPages; page++) {
      const query: Record<string, string> = { ...params, 'page[size]': String(PAGE_SIZE) };
      if (after) query['page[after]'] = after;
      // Page schemas are loose objects, so `meta` passes through parsing.
      const body = await this.request('GET', path, { params: query }, schema);
      yield body;
      const meta = cursorMeta.parse(body);
      if (!meta.hasMore || !meta.after) return;
      after = meta.after;
    }
    this.log.warn({ path, maxPages: this.maxPages }, 'Listing stopped at the page bound.');
  }

  /**
   * One HTTP exchange. A GET whose connection is reset before any response
   * is sent once more: Node keeps connections alive between requests, and a
   * server may close an idle one just as a request goes out on it (seen with
   * the event loop busy for seconds, as while a policy compiles). A GET is
   * safe to repeat; a PUT or POST is not, and its error stands.
   */
  private async send(
    method: 'GET' | 'PUT' | 'POST',
    path: string,
    opts: { params?: Record<string, string>; data?: unknown },
  ): Promise<AxiosResponse<unknown>> {
    const config = { method, url: path, params: opts.params, data: opts.data };
    try {
      return await this.http.request<unknown>(config);
    } catch (err) {
      if (method !== 'GET' || !isAxiosError(err) || err.code !== 'ECONNRESET' || err.response) throw err;
      this.log.debug({ method, path }, 'Zendesk connection reset before a response; sending the GET again.');
      return await this.http.request<unknown>(config);
    }
  }

  private async request<T>(
    method: 'GET' | 'PUT' | 'POST',
    path: string,
    opts: { params?: Record<string, string>; data?: unknown },
    schema: z.ZodType<T>,
  ): Promise<T> {
    const paused = this.gate.remainingMs();
    if (paused > 0) {
      throw new ZendeskRateLimitError(`Zendesk calls paused for ${paused} ms after a 429`, {
        status: 429,
        retryAfterMs: paused,
        local: true,
        method,
        path,
        retryable: true,
      });
    }
    await this.beforeRequest?.(method, path);
    const started = performance.now();
    let res: AxiosResponse<unknown>;
    try {
      res = await this.send(method, path, opts);
    } catch (err) {
      const failure = this.transportError(err, method, path, performance.now() - started);
      this.onRequest?.({
        method,
        path,
        status: failure.code === 'ZENDESK_TIMEOUT' ? 'timeout' : 'network',
        ms: performance.now() - started,
      });
      throw failure;
    }
    const ms = Math.round(performance.now() - started);
    const retryAfterMs = res.status === 429 ? this.pauseFor(res) : undefined;
    this.onRequest?.({ method, path, status: res.status, ms, ...(retryAfterMs ? { retryAfterMs } : {}) });
    if (res.status >= 200 && res.status < 300) {
      this.log.debug({ method, path, status: res.status, ms }, 'Zendesk request done.');
      const parsed = schema.safeParse(res.data);
      if (!parsed.success) {
        throw new ZendeskApiError(
          'ZENDESK_BAD_RESPONSE',
          `Zendesk ${method} ${path} answered an unexpected body`,
          {
            status: res.status,
            retryable: false,
            method,
            path,
          },
        );
      }
      return parsed.data;
    }
    throw this.statusError(res, method, path, ms);
  }

  /** The pause a 429 asks for: Retry-After, else the default. */
  private pauseFor(res: AxiosResponse<unknown>): number {
    return parseRetryAfter(res.headers['retry-after']) ?? this.defaultRetryAfterMs;
  }

  private statusError(
    res: AxiosResponse<unknown>,
    method: string,
    path: string,
    ms: number,
  ): ZendeskApiError {
    const status = res.status;
    const body = errorBody.safeParse(res.data);
    const zendeskError = body.success ? clip(body.data.error, 100) : undefined;
    const zendeskDescription = body.success ? clip(body.data.description) : undefined;
    const retryAfterMs =
      status === 429 || status === 503 ? parseRetryAfter(res.headers['retry-after']) : undefined;
    const base = { status, method, path, zendeskError, zendeskDescription };
    const detail = zendeskError
      ? ` (${zendeskError}${zendeskDescription ? `: ${zendeskDescription}` : ''})`
      : '';
    const message = `Zendesk ${method} ${path} answered ${status}${detail}`;

    if (status === 429) {
      const wait = this.pauseFor(res);
      this.gate.pause(wait);
      this.log.warn({ method, path, status, ms, retryAfterMs: wait }, 'Zendesk rate limit: pausing calls.');
      return new ZendeskRateLimitError(message, {
        ...base,
        retryable: true,
        retryAfterMs: wait,
        local: false,
      });
    }
    const retryable = status >= 500 || status === 408;
    const logFields = { method, path, status, ms, zendeskError, zendeskDescription };
    if (status === 409) {
      // Expected with safe_update: the writer re-reads and retries.
      this.log.info(logFields, 'Zendesk update conflict.');
      return new ZendeskConflictError('ZENDESK_CONFLICT', message, { ...base, retryable: true });
    }
    if (retryable) this.log.warn(logFields, 'Zendesk request failed; retryable.');
    else this.log.error(logFields, 'Zendesk request failed.');
    const code =
      status === 401 || status === 403
        ? 'ZENDESK_AUTH'
        : status === 404
          ? 'ZENDESK_NOT_FOUND'
          : retryable
            ? 'ZENDESK_UNAVAILABLE'
            : 'ZENDESK_REJECTED';
    return new ZendeskApiError(code, message, { ...base, retryable, retryAfterMs });
  }

  private transportError(err: unknown, method: string, path: string, elapsed: number): ZendeskApiError {
    const code = isAxiosError(err) ? err.code : undefined;
    const timedOut = code === 'ECONNABORTED' || code === 'ETIMEDOUT';
    const ms = Math.round(elapsed);
    this.log.warn(
      { method, path, ms, errCode: code },
      timedOut ? 'Zendesk request timed out.' : 'Zendesk unreachable.',
    );
    return new ZendeskApiError(
      timedOut ? 'ZENDESK_TIMEOUT' : 'ZENDESK_NETWORK',
      `Zendesk ${method} ${path} ${timedOut ? 'timed out' : `failed: ${code ?? 'network error'}`}`,
      { retryable: true, method, path },
    );
  }
}

function enc(id: string): string {
  return encodeURIComponent(id);
}
