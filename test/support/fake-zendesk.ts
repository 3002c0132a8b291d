/**
 * A small fake Zendesk for integration and end-to-end tests: a real HTTP
 * server on 127.0.0.1 (port 0) that keeps tickets, comments, tags, audits,
 * users and group memberships in memory, so tests check the resulting ticket
 * state, not only request counts.
 *
 * Usage:
 *   const zd = await FakeZendesk.start();             // zd.baseUrl → ZENDESK_BASE_URL
 *   const customer = zd.addUser({ role: 'end-user', locale: 'ja' });
 *   const boss = zd.addUser({ role: 'agent' });
 *   const group = zd.addGroup([boss.id]);               // SUPERVISOR_GROUP_ID
 *   const t = zd.createTicket({ requesterId: customer.id, body: 'hello' });
 *   const c = zd.addComment(t.id, { authorId: customer.id, body: 'you idiots' });
 *   const body = zd.commentAddedEvent(t.id, c.id);    // documented envelope
 *   const { headers, payload } = signedWebhook(body, 'secret');
 *   … POST it to the service …
 *   zd.updateTicketAs(boss.id, t.id, { addTags: ['harassment_refusal_approved'] }); // audit by the supervisor
 *   zd.ticket(t.id).tags / zd.comments(t.id) / zd.audits(t.id) / zd.writes()
 *   await zd.close();
 *
 * Credentials: the service user (`zd.serviceUser`, answered by users/me)
 * authenticates with Basic `email/token:token` or `Bearer <oauthToken>` (both
 * in `zd.credentials`). Anything else gets 401. Other users' credentials are
 * not modelled: tests act as other users through the helpers.
 *
 * Endpoints (JSON, Zendesk's shapes): users/me, users/{id} (GET, PUT),
 * users/{id}/group_memberships, groups/{id}/memberships, tickets (POST),
 * tickets/{id} (GET, PUT with tags / additional_tags / remove_tags / comment /
 * group_id / priority / status / safe_update + updated_stamp → 409 when stale),
 * tickets/{id}/comments (sort=-created_at, include=users) and
 * tickets/{id}/audits. Listings use cursor paging (page[size], page[after];
 * meta.has_more / meta.after_cursor). Unknown routes and ids answer 404 with
 * {"error":"RecordNotFound"}.
 *
 * Every change (through the API or a helper) bumps `updated_at` by one
 * second of a fake clock and records an audit with the acting user's id and
 * the tag / comment / field changes.
 *
 * Fault injection: `zd.failNext(n, { status, headers, body, method, path })`
 * answers the next n matching requests with that response; shortcuts
 * `rateLimitNext(n, retryAfterSeconds)`, `serverErrorNext(n)`,
 * `conflictNext(n)`; `delayNext(n, ms)` delays them and then answers
 * normally. `zd.requests` logs every request (method, path, query, status,
 * parsed body); `zd.writes()` filters the PUT/POST ones.
 *
 * Webhooks: `zd.subscribe({ url, secret })` makes the fake deliver signed
 * event-subscription envelopes (ticket.created, ticket.comment_added,
 * ticket.tags_changed) to the service after every change, as Zendesk would,
 * including for the service's own writes (loop tests). `await
 * zd.settleDeliveries()` waits for deliveries in flight; `zd.deliveries` logs
 * them.
 */
import { randomUUID } from 'node:crypto';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  SIGNATURE_HEADER,
  SIGNATURE_TIMESTAMP_HEADER,
  INVOCATION_ID_HEADER,
  signZendeskBody,
} from '../../src/zendesk/signature.js';

// ------------------------------------------------------------------ model ---

export type FakeRole = 'end-user' | 'agent' | 'admin';

export interface FakeUser {
  id: string;
  name: string;
  email: string;
  role: FakeRole;
  locale: string;
  suspended: boolean;
}

export interface FakeComment {
  id: string;
  body: string;
  public: boolean;
  authorId: string;
  createdAt: string;
  auditId: string;
}

export type FakeAuditEvent =
  | { id: string; type: 'Create' | 'Change'; field_name: string; value: unknown; previous_value?: unknown }
  | { id: string; type: 'Comment'; body: string; public: boolean; author_id: string };

export interface FakeAudit {
  id: string;
  ticketId: string;
  authorId: string;
  createdAt: string;
  events: FakeAuditEvent[];
}

export interface FakeTicket {
  id: string;
  subject: string;
  requesterId: string;
  submitterId: string;
  tags: string[];
  status: string;
  priority: string | null;
  groupId: string | null;
  createdAt: string;
  updatedAt: string;
  customFields: Record<string, unknown>;
  channel: string;
}

export interface TicketChange {
  tags?: string[];
  addTags?: string[];
  removeTags?: string[];
  comment?: { body: string; public: boolean };
  status?: string;
  priority?: string | null;
  groupId?: string | null;
  customFields?: Record<string, unknown>;
}

export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  status: number;
  body: unknown;
  /** 'basic' | 'bearer' | 'none' | 'bad'. */
  auth: string;
}

export interface FaultSpec {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Delay before answering (or before handling normally when no status is set). */
  delayMs?: number;
  /** Only requests with this method (e.g. 'PUT'). */
  method?: string;
  /** Only requests whose path starts with this string, or matches this pattern. */
  path?: string | RegExp;
}

interface Fault extends FaultSpec {
  remaining: number;
}

export interface Delivery {
  eventId: string;
  type: string;
  ticketId: string;
  status: number | 'error';
}

export interface FakeZendeskOptions {
  email?: string;
  token?: string;
  oauthToken?: string;
  /** Start of the fake clock (ISO). Each change advances it by one second. */
  clockStart?: string;
}

const ZERO_STAMP = Date.parse('2026-11-01T00:00:00Z');

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function uniq(xs: readonly string[]): string[] {
  return [...new Set(xs)];
}

function clone<T>(v: T): T {
  return structuredClone(v);
}

/** Zendesk ids are numbers in REST JSON; strings in event envelopes. */
function num(id: string | null): number | null {
  return id === null ? null : Number(id);
}

// ------------------------------------------------------------ webhooks ---

/** A body and the headers Zendesk would send with it, signed with `secret`. */
export function signedWebhook(
  body: unknown,
  secret: string,
  timestamp: string = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
): { payload: string; headers: Record<string, string> } {
  const payload = typeof body === 'string' ? body : JSON.stringify(body);
  return {
    payload,
    headers: {
      'content-type': 'application/json',
      [SIGNATURE_HEADER]: signZendeskBody(secret, timestamp, payload),
      [SIGNATURE_TIMESTAMP_HEADER]: timestamp,
      [INVOCATION_ID_HEADER]: randomUUID(),
    },
  };
}

// -------------------------------------------------------------- server ---

export class FakeZendesk {
  readonly credentials: { email: string; token: string; oauthToken: string };
  readonly serviceUser: FakeUser;
  readonly requests: LoggedRequest[] = [];
  readonly deliveries: Delivery[] = [];

  private readonly users = new Map<string, FakeUser>();
  private readonly groups = new Map<string, Set<string>>();
  private readonly tickets = new Map<string, FakeTicket>();
  private readonly ticketComments = new Map<string, FakeComment[]>();
  private readonly ticketAudits = new Map<string, FakeAudit[]>();
  private readonly faults: Fault[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  private subscription: { url: string; secret: string } | undefined;
  private clock: number;
  private nextId = { user: 1000, group: 700, ticket: 1, comment: 5000, audit: 9000, event: 1 };
  private server: Server | undefined;
  private base = '';

  private constructor(opts: FakeZendeskOptions) {
    this.credentials = {
      email: opts.email ?? 'guard-bot@example.test',
      token: opts.token ?? 'fake-api-token',
      oauthToken: opts.oauthToken ?? 'fake-oauth-token',
    };
    this.clock = opts.clockStart ? Date.parse(opts.clockStart) : ZERO_STAMP;
    this.serviceUser = this.addUser({
      name: 'harassment-guard',
      email: this.credentials.email,
      role: 'admin',
    });
  }

  static async start(opts: FakeZendeskOptions = {}): Promise<FakeZendesk> {
    const zd = new FakeZendesk(opts);
    const server = createServer((req, res) => {
      zd.handle(req, res).catch(() => res.destroy());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    zd.server = server;
    zd.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return zd;
  }

  /** ZENDESK_BASE_URL for the service under test. */
  get baseUrl(): string {
    return this.base;
  }

  async close(): Promise<void> {
    await this.settleDeliveries();
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  // ------------------------------------------------------------- seeding ---

  addUser(u: Partial<Omit<FakeUser, 'id'>> & { id?: string } = {}): FakeUser {
    const id = u.id ?? String(this.nextId.user++);
    const user: FakeUser = {
      id,
      name: u.name ?? `User ${id}`,
      email: u.email ?? `user${id}@example.test`,
      role: u.role ?? 'end-user',
      locale: u.locale ?? 'en-US',
      suspended: u.suspended ?? false,
    };
    this.users.set(id, user);
    return clone(user);
  }

  /** A group with these members; returns its id. */
  addGroup(memberIds: readonly string[] = [], id?: string): string {
    const gid = id ?? String(this.nextId.group++);
    this.groups.set(gid, new Set(memberIds));
    return gid;
  }

  addMembership(userId: string, groupId: string): void {
    const g = this.groups.get(groupId) ?? new Set<string>();
    g.add(userId);
    this.groups.set(groupId, g);
  }

  /** Creates a ticket whose first comment (the description) is by the requester. */
  createTicket(t: {
    requesterId: string;
    body: string;
    subject?: string;
    tags?: string[];
    priority?: string | null;
    status?: string;
    groupId?: string | null;
    customFields?: Record<string, unknown>;
    public?: boolean;
    channel?: string;
  }): FakeTicket {
    const id = String(this.nextId.ticket++);
    const now = this.tick();
    const ticket: FakeTicket = {
      id,
      subject: t.subject ?? `Ticket ${id}`,
      requesterId: t.requesterId,
      submitterId: t.requesterId,
      tags: uniq(t.tags ?? []),
      status: t.status ?? 'new',
      priority: t.priority ?? null,
      groupId: t.groupId ?? null,
      createdAt: now,
      updatedAt: now,
      customFields: { ...t.customFields },
      channel: t.channel ?? 'web',
    };
    this.tickets.set(id, ticket);
    this.ticketComments.set(id, []);
    this.ticketAudits.set(id, []);
    const audit = this.newAudit(id, t.requesterId, now);
    audit.events.push(
      { id: this.eventId(), type: 'Create', field_name: 'tags', value: [...ticket.tags] },
      { id: this.eventId(), type: 'Create', field_name: 'status', value: ticket.status },
      { id: this.eventId(), type: 'Create', field_name: 'priority', value: ticket.priority },
    );
    const comment = this.pushComment(id, audit, t.requesterId, t.body, t.public ?? true, now);
    this.deliver('zen:event-type:ticket.created', id, { actorId: t.requesterId, comment });
    return clone(ticket);
  }

  /** A comment by any user (customer reply, agent note); bumps the stamp. */
  addComment(ticketId: string, c: { authorId: string; body: string; public?: boolean }): FakeComment {
    const res = this.applyChange(ticketId, c.authorId, {
      comment: { body: c.body, public: c.public ?? true },
    });
    const comment = res.comment;
    if (!comment) throw new Error('comment not created');
    return clone(comment);
  }

  /** Changes a ticket as the given user (e.g. a supervisor adding the approval tag). */
  updateTicketAs(userId: string, ticketId: string, change: TicketChange): FakeTicket {
    this.applyChange(ticketId, userId, change);
    return this.ticket(ticketId);
  }

  setUser(userId: string, patch: Partial<Omit<FakeUser, 'id'>>): FakeUser {
    const u = this.mustUser(userId);
    Object.assign(u, patch);
    return clone(u);
  }

  // ------------------------------------------------------------- reading ---

  ticket(id: string): FakeTicket {
    const t = this.tickets.get(id);
    if (!t) throw new Error(`no ticket ${id}`);
    return clone(t);
  }

  comments(ticketId: string): FakeComment[] {
    return clone(this.ticketComments.get(ticketId) ?? []);
  }

  audits(ticketId: string): FakeAudit[] {
    return clone(this.ticketAudits.get(ticketId) ?? []);
  }

  user(id: string): FakeUser {
    return clone(this.mustUser(id));
  }

  /** Logged PUT/POST requests, optionally for one path prefix. */
  writes(pathPrefix?: string): LoggedRequest[] {
    return this.requests.filter(
      (r) => (r.method === 'PUT' || r.method === 'POST') && (!pathPrefix || r.path.startsWith(pathPrefix)),
    );
  }

  /** Successful (2xx) ticket PUTs for one ticket. */
  ticketWrites(ticketId: string): LoggedRequest[] {
    return this.requests.filter(
      (r) => r.method === 'PUT' && r.path === `/api/v2/tickets/${ticketId}.json` && r.status < 300,
    );
  }

  clearLog(): void {
    this.requests.length = 0;
    this.deliveries.length = 0;
  }

  // ----------------------------------------------------- webhook bodies ---

  /** The documented `ticket.comment_added` envelope for a comment, with the ticket's current detail. */
  commentAddedEvent(
    ticketId: string,
    commentId: string,
    opts: { eventId?: string } = {},
  ): Record<string, unknown> {
    const c = (this.ticketComments.get(ticketId) ?? []).find((x) => x.id === commentId);
    if (!c) throw new Error(`no comment ${commentId} on ticket ${ticketId}`);
    return this.envelope('zen:event-type:ticket.comment_added', ticketId, c.authorId, opts.eventId, {
      comment: this.eventComment(c),
    });
  }

  /** The documented `ticket.created` envelope (description = first comment). */
  ticketCreatedEvent(ticketId: string, opts: { eventId?: string } = {}): Record<string, unknown> {
    const t = this.mustTicket(ticketId);
    return this.envelope('zen:event-type:ticket.created', ticketId, t.submitterId, opts.eventId, {});
  }

  /** A `ticket.tags_changed` envelope with the ticket's current tags. */
  tagsChangedEvent(
    ticketId: string,
    opts: { eventId?: string; actorId?: string; added?: string[]; removed?: string[] } = {},
  ): Record<string, unknown> {
    return this.envelope('zen:event-type:ticket.tags_changed', ticketId, opts.actorId, opts.eventId, {
      tags_added: opts.added ?? [],
      tags_removed: opts.removed ?? [],
    });
  }

  /** The trigger body template as Zendesk would render it for this ticket's latest comment. */
  triggerBody(
    ticketId: string,
    opts: { currentUserId?: string; includeBody?: boolean } = {},
  ): Record<string, unknown> {
    const t = this.mustTicket(ticketId);
    const comments = this.ticketComments.get(ticketId) ?? [];
    const latest = comments[comments.length - 1];
    const currentUser = this.users.get(opts.currentUserId ?? latest?.authorId ?? t.requesterId);
    const role =
      currentUser?.role === 'admin' ? 'Admin' : currentUser?.role === 'agent' ? 'Agent' : 'End-user';
    const cap = (s: string | null) => (s ? s.charAt(0).toUpperCase() + s.slice(1) : '-');
    return {
      source: 'harassment-guard/trigger-v1',
      ticket: {
        id: t.id,
        tags: t.tags.join(' '),
        updated_at: t.updatedAt,
        requester_id: t.requesterId,
        priority: cap(t.priority),
        status: cap(t.status),
        via: cap(t.channel),
      },
      comment: {
        id: latest?.id ?? '',
        public: latest ? String(latest.public) : '',
        author_id: latest?.authorId ?? '',
        ...(opts.includeBody && latest ? { body: latest.body } : {}),
      },
      current_user: { id: currentUser?.id ?? '', role },
    };
  }

  // -------------------------------------------------------------- faults ---

  failNext(n: number, spec: FaultSpec): void {
    this.faults.push({ ...spec, remaining: n });
  }

  rateLimitNext(n = 1, retryAfterSeconds = 1, match: Pick<FaultSpec, 'method' | 'path'> = {}): void {
    this.failNext(n, {
      ...match,
      status: 429,
      headers: { 'retry-after': String(retryAfterSeconds) },
      body: { error: 'TooManyRequests', description: 'Rate limit exceeded' },
    });
  }

  serverErrorNext(n = 1, match: Pick<FaultSpec, 'method' | 'path'> = {}): void {
    this.failNext(n, {
      ...match,
      status: 500,
      body: { error: 'InternalError', description: 'Fake failure' },
    });
  }

  conflictNext(n = 1, match: Pick<FaultSpec, 'method' | 'path'> = { method: 'PUT' }): void {
    this.failNext(n, {
      ...match,
      status: 409,
      body: { error: 'UpdateConflict', description: 'Fake conflict' },
    });
  }

  delayNext(n: number, ms: number, match: Pick<FaultSpec, 'method' | 'path'> = {}): void {
    this.failNext(n, { ...match, delayMs: ms });
  }

  // ----------------------------------------------------------- delivery ---

  /** Deliver signed event envelopes to `url` after every change. */
  subscribe(target: { url: string; secret: string }): void {
    this.subscription = target;
  }

  unsubscribe(): void {
    this.subscription = undefined;
  }

  async settleDeliveries(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  // ============================================================ internals ===

  private tick(): string {
    this.clock += 1000;
    return iso(this.clock);
  }

  private eventId(): string {
    return String(this.nextId.event++);
  }

  private mustTicket(id: string): FakeTicket {
    const t = this.tickets.get(id);
    if (!t) throw new Error(`no ticket ${id}`);
    return t;
  }

  private mustUser(id: string): FakeUser {
    const u = this.users.get(id);
    if (!u) throw new Error(`no user ${id}`);
    return u;
  }

  private newAudit(ticketId: string, authorId: string, createdAt: string): FakeAudit {
    const audit: FakeAudit = { id: String(this.nextId.audit++), ticketId, authorId, createdAt, events: [] };
    this.ticketAudits.get(ticketId)?.push(audit);
    return audit;
  }

  private pushComment(
    ticketId: string,
    audit: FakeAudit,
    authorId: string,
    body: string,
    isPublic: boolean,
    createdAt: string,
  ): FakeComment {
    const comment: FakeComment = {
      id: String(this.nextId.comment++),
      body,
      public: isPublic,
      authorId,
      createdAt,
      auditId: audit.id,
    };
    this.ticketComments.get(ticketId)?.push(comment);
    audit.events.push({ id: comment.id, type: 'Comment', body, public: isPublic, author_id: authorId });
    return comment;
  }

  /** Applies a change as `actorId`: one audit, one stamp bump, webhooks. */
  private applyChange(
    ticketId: string,
    actorId: string,
    change: TicketChange,
  ): { ticket: FakeTicket; audit: FakeAudit; comment?: FakeComment } {
    const t = this.mustTicket(ticketId);
    const now = this.tick();
    const audit = this.newAudit(ticketId, actorId, now);
    const before = [...t.tags];
    let tags = change.tags ? uniq(change.tags) : [...t.tags];
    if (change.addTags) tags = uniq([...tags, ...change.addTags]);
    if (change.removeTags) tags = tags.filter((x) => !change.removeTags?.includes(x));
    const tagsChanged = tags.length !== before.length || tags.some((x, i) => x !== before[i]);
    if (tagsChanged) {
      t.tags = tags;
      audit.events.push({
        id: this.eventId(),
        type: 'Change',
        field_name: 'tags',
        value: [...tags],
        previous_value: before,
      });
    }
    const fields: [keyof FakeTicket, string, unknown][] = [];
    if (change.status !== undefined) fields.push(['status', 'status', change.status]);
    if (change.priority !== undefined) fields.push(['priority', 'priority', change.priority]);
    if (change.groupId !== undefined) fields.push(['groupId', 'group_id', change.groupId]);
    for (const [key, name, value] of fields) {
      if (t[key] === value) continue;
      audit.events.push({
        id: this.eventId(),
        type: 'Change',
        field_name: name,
        value,
        previous_value: t[key],
      });
      (t as unknown as Record<string, unknown>)[key] = value;
    }
    if (change.customFields) Object.assign(t.customFields, change.customFields);
    let comment: FakeComment | undefined;
    if (change.comment) {
      comment = this.pushComment(ticketId, audit, actorId, change.comment.body, change.comment.public, now);
      if (t.status === 'new' && this.users.get(actorId)?.role !== 'end-user') t.status = 'open';
    }
    t.updatedAt = now;
    if (comment) this.deliver('zen:event-type:ticket.comment_added', ticketId, { actorId, comment });
    if (tagsChanged) {
      this.deliver('zen:event-type:ticket.tags_changed', ticketId, {
        actorId,
        added: tags.filter((x) => !before.includes(x)),
        removed: before.filter((x) => !tags.includes(x)),
      });
    }
    return { ticket: t, audit, ...(comment ? { comment } : {}) };
  }

  private eventComment(c: FakeComment): Record<string, unknown> {
    const author = this.users.get(c.authorId);
    return {
      id: c.id,
      body: c.body,
      is_public: c.public,
      author: { id: c.authorId, is_staff: author?.role !== 'end-user', name: author?.name ?? '' },
    };
  }

  private detail(t: FakeTicket, actorId: string | undefined): Record<string, unknown> {
    const first = (this.ticketComments.get(t.id) ?? [])[0];
    return {
      actor_id: actorId ?? t.requesterId,
      assignee_id: null,
      brand_id: '1',
      created_at: t.createdAt,
      custom_status: '1',
      description: first?.body ?? '',
      external_id: null,
      form_id: '1',
      group_id: t.groupId,
      id: t.id,
      is_public: first?.public ?? true,
      organization_id: null,
      priority: t.priority ? t.priority.toUpperCase() : null,
      requester_id: t.requesterId,
      status: t.status.toUpperCase(),
      subject: t.subject,
      submitter_id: t.submitterId,
      tags: [...t.tags],
      type: 'QUESTION',
      updated_at: t.updatedAt,
      via: { channel: t.channel },
      custom_fields: Object.entries(t.customFields).map(([id, value]) => ({ id, value })),
    };
  }

  private envelope(
    type: string,
    ticketId: string,
    actorId: string | undefined,
    eventId: string | undefined,
    event: Record<string, unknown>,
  ): Record<string, unknown> {
    const t = this.mustTicket(ticketId);
    return {
      account_id: 1,
      detail: this.detail(t, actorId),
      event,
      id: eventId ?? randomUUID(),
      subject: `zen:ticket:${t.id}`,
      time: new Date(this.clock).toISOString(),
      type,
      zendesk_event_version: '2022-11-06',
    };
  }

  private deliver(
    type: string,
    ticketId: string,
    info: { actorId: string; comment?: FakeComment; added?: string[]; removed?: string[] },
  ): void {
    const target = this.subscription;
    if (!target) return;
    const event =
      type === 'zen:event-type:ticket.comment_added' && info.comment
        ? { comment: this.eventComment(info.comment) }
        : type === 'zen:event-type:ticket.tags_changed'
          ? { tags_added: info.added ?? [], tags_removed: info.removed ?? [] }
          : {};
    const body = this.envelope(type, ticketId, info.actorId, undefined, event);
    const { payload, headers } = signedWebhook(body, target.secret);
    const p = (async () => {
      let status: number | 'error';
      try {
        const res = await fetch(target.url, {
          method: 'POST',
          headers,
          body: payload,
          signal: AbortSignal.timeout(10_000),
        });
        await res.arrayBuffer();
        status = res.status;
      } catch {
        status = 'error';
      }
      this.deliveries.push({ eventId: String(body.id), type, ticketId, status });
    })();
    this.inFlight.add(p);
    void p.finally(() => this.inFlight.delete(p));
  }

  // ---------------------------------------------------------------- HTTP ---

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const method = req.method ?? 'GET';
    const path = url.pathname;
    const query = Object.fromEntries(url.searchParams.entries());
    const raw = await readBody(req);
    let body: unknown;
    try {
      body = raw.length > 0 ? JSON.parse(raw) : undefined;
    } catch {
      body = raw;
    }
    const auth = this.authKind(req.headers.authorization);
    const log: LoggedRequest = { method, path, query, status: 0, body, auth };
    this.requests.push(log);
    const send = (status: number, json: unknown, headers: Record<string, string> = {}) => {
      log.status = status;
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(json === undefined ? '' : JSON.stringify(json));
    };

    const fault = this.takeFault(method, path);
    if (fault?.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
    if (res.destroyed) return;
    if (fault?.status) return send(fault.status, fault.body ?? {}, fault.headers);

    if (auth !== 'basic' && auth !== 'bearer') return send(401, { error: "Couldn't authenticate you" });
    try {
      const [status, json] = this.route(method, path, query, body);
      send(status, json);
    } catch (err) {
      send(500, { error: 'FakeError', description: (err as Error).message });
    }
  }

  private authKind(header: string | undefined): string {
    if (!header) return 'none';
    if (header === `Bearer ${this.credentials.oauthToken}`) return 'bearer';
    const basic = `${this.credentials.email}/token:${this.credentials.token}`;
    if (header === `Basic ${Buffer.from(basic).toString('base64')}`) return 'basic';
    return 'bad';
  }

  private takeFault(method: string, path: string): Fault | undefined {
    const f = this.faults.find(
      (x) =>
        x.remaining > 0 &&
        (!x.method || x.method.toUpperCase() === method) &&
        (!x.path || (typeof x.path === 'string' ? path.startsWith(x.path) : x.path.test(path))),
    );
    if (!f) return undefined;
    f.remaining -= 1;
    if (f.remaining === 0) this.faults.splice(this.faults.indexOf(f), 1);
    return f;
  }

  private route(
    method: string,
    path: string,
    query: Record<string, string>,
    body: unknown,
  ): [number, unknown] {
    const notFound: [number, unknown] = [404, { error: 'RecordNotFound', description: 'Not found' }];
    let m: RegExpMatchArray | null;

    if (method === 'GET' && path === '/api/v2/users/me.json')
      return [200, { user: this.userJson(this.serviceUser.id) }];
    if ((m = path.match(/^\/api\/v2\/users\/(\d+)\.json$/))) {
      const id = m[1] as string;
      if (!this.users.has(id)) return notFound;
      if (method === 'GET') return [200, { user: this.userJson(id) }];
      if (method === 'PUT') {
        const patch = (body as { user?: Record<string, unknown> } | undefined)?.user ?? {};
        const u = this.mustUser(id);
        if (typeof patch.suspended === 'boolean') u.suspended = patch.suspended;
        if (typeof patch.locale === 'string') u.locale = patch.locale;
        return [200, { user: this.userJson(id) }];
      }
    }
    if (method === 'GET' && (m = path.match(/^\/api\/v2\/users\/(\d+)\/group_memberships\.json$/))) {
      const id = m[1] as string;
      if (!this.users.has(id)) return notFound;
      const rows = [...this.groups.entries()]
        .filter(([, members]) => members.has(id))
        .map(([gid]) => ({
          id: Number(`${gid}${id}`),
          user_id: Number(id),
          group_id: Number(gid),
          default: false,
        }));
      return [200, this.page('group_memberships', rows, query)];
    }
    if (method === 'GET' && (m = path.match(/^\/api\/v2\/groups\/(\d+)\/memberships\.json$/))) {
      const gid = m[1] as string;
      const members = this.groups.get(gid);
      if (!members) return notFound;
      const rows = [...members].map((uid) => ({
        id: Number(`${gid}${uid}`),
        user_id: Number(uid),
        group_id: Number(gid),
      }));
      return [200, this.page('group_memberships', rows, query)];
    }
    if (method === 'POST' && path === '/api/v2/tickets.json') {
      const t = (body as { ticket?: Record<string, unknown> } | undefined)?.ticket ?? {};
      const comment = t.comment as { body?: string; public?: boolean } | undefined;
      const created = this.createTicket({
        requesterId: String(t.requester_id ?? this.serviceUser.id),
        body: comment?.body ?? '',
        ...(typeof t.subject === 'string' ? { subject: t.subject } : {}),
        ...(Array.isArray(t.tags) ? { tags: t.tags as string[] } : {}),
      });
      return [201, { ticket: this.ticketJson(created.id) }];
    }
    if ((m = path.match(/^\/api\/v2\/tickets\/(\d+)\.json$/))) {
      const id = m[1] as string;
      if (!this.tickets.has(id)) return notFound;
      if (method === 'GET') return [200, { ticket: this.ticketJson(id) }];
      if (method === 'PUT') return this.putTicket(id, body);
    }
    if (method === 'GET' && (m = path.match(/^\/api\/v2\/tickets\/(\d+)\/comments\.json$/))) {
      const id = m[1] as string;
      if (!this.tickets.has(id)) return notFound;
      let rows = (this.ticketComments.get(id) ?? []).map((c) => ({
        id: Number(c.id),
        type: 'Comment',
        author_id: Number(c.authorId),
        body: c.body,
        plain_body: c.body,
        public: c.public,
        audit_id: Number(c.auditId),
        created_at: c.createdAt,
      }));
      if (query.sort === '-created_at' || query.sort_order === 'desc') rows = rows.reverse();
      const page = this.page('comments', rows, query);
      if (query.include?.split(',').includes('users')) {
        const ids = uniq(page.comments.map((c) => String(c.author_id)));
        page.users = ids.filter((u) => this.users.has(u)).map((u) => this.userJson(u));
      }
      return [200, page];
    }
    if (method === 'GET' && (m = path.match(/^\/api\/v2\/tickets\/(\d+)\/audits\.json$/))) {
      const id = m[1] as string;
      if (!this.tickets.has(id)) return notFound;
      const rows = (this.ticketAudits.get(id) ?? []).map((a) => ({
        id: Number(a.id),
        ticket_id: Number(a.ticketId),
        author_id: Number(a.authorId),
        created_at: a.createdAt,
        events: clone(a.events),
      }));
      return [200, this.page('audits', rows, query)];
    }
    return notFound;
  }

  private putTicket(id: string, body: unknown): [number, unknown] {
    const t = this.mustTicket(id);
    const input = (body as { ticket?: Record<string, unknown> } | undefined)?.ticket;
    if (!input || typeof input !== 'object') {
      return [400, { error: 'InvalidEndpoint', description: 'ticket object required' }];
    }
    if (
      input.safe_update === true &&
      typeof input.updated_stamp === 'string' &&
      input.updated_stamp !== t.updatedAt
    ) {
      return [
        409,
        {
          error: 'UpdateConflict',
          description:
            'Safe Update prevented the update due to outdated ticket data. Please fetch the latest ticket data and try again.',
        },
      ];
    }
    if (t.status === 'closed') return [422, { error: 'RecordInvalid', description: 'Ticket is closed' }];
    const change: TicketChange = {};
    if (Array.isArray(input.tags)) change.tags = input.tags.map(String);
    if (Array.isArray(input.additional_tags)) change.addTags = input.additional_tags.map(String);
    if (Array.isArray(input.remove_tags)) change.removeTags = input.remove_tags.map(String);
    const c = input.comment as { body?: unknown; public?: unknown } | undefined;
    if (c && typeof c.body === 'string') change.comment = { body: c.body, public: c.public !== false };
    if (typeof input.status === 'string') change.status = input.status;
    if (typeof input.priority === 'string' || input.priority === null)
      change.priority = input.priority as string | null;
    if (input.group_id !== undefined)
      change.groupId = input.group_id === null ? null : String(input.group_id);
    const { audit } = this.applyChange(id, this.serviceUser.id, change);
    return [
      200,
      { ticket: this.ticketJson(id), audit: { id: Number(audit.id), events: clone(audit.events) } },
    ];
  }

  private page<K extends string, R>(
    key: K,
    rows: R[],
    query: Record<string, string>,
  ): Record<K, R[]> & { meta: Record<string, unknown>; links: Record<string, unknown>; users?: unknown[] } {
    const size = Math.min(100, Math.max(1, Number(query['page[size]'] ?? 100) || 100));
    const after = query['page[after]'];
    const start = after ? Number(Buffer.from(after, 'base64url').toString()) || 0 : 0;
    const slice = rows.slice(start, start + size);
    const hasMore = start + size < rows.length;
    const cursor = Buffer.from(String(start + size)).toString('base64url');
    return {
      [key]: slice,
      meta: { has_more: hasMore, after_cursor: hasMore ? cursor : null, before_cursor: null },
      links: { next: hasMore ? `${this.base}?page[after]=${cursor}` : null, prev: null },
    } as Record<K, R[]> & { meta: Record<string, unknown>; links: Record<string, unknown> };
  }

  private userJson(id: string): Record<string, unknown> {
    const u = this.mustUser(id);
    return {
      id: Number(u.id),
      name: u.name,
      email: u.email,
      role: u.role,
      locale: u.locale,
      suspended: u.suspended,
    };
  }

  private ticketJson(id: string): Record<string, unknown> {
    const t = this.mustTicket(id);
    return {
      id: Number(t.id),
      subject: t.subject,
      requester_id: Number(t.requesterId),
      submitter_id: Number(t.submitterId),
      tags: [...t.tags],
      status: t.status,
      priority: t.priority,
      group_id: num(t.groupId),
      created_at: t.createdAt,
      updated_at: t.updatedAt,
      custom_fields: Object.entries(t.customFields).map(([fid, value]) => ({ id: Number(fid), value })),
      via: { channel: t.channel },
    };
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
