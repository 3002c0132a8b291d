/**
 * Zendesk's incremental ticket-events export, for the backfill:
 *
 *   GET /api/v2/incremental/ticket_events.json?start_time=<unix s>&include=comment_events
 *
 * Time-based paging: each page carries `end_time` (the next page's
 * `start_time`, also in `next_page`) and `end_of_stream` once it has reached
 * the present. Zendesk allows 10 requests a minute to the incremental
 * endpoints (30 with the High Volume add-on); the caller paces, and the reader
 * waits out a 429's Retry-After.
 *
 * Ticket events do not say whether a comment's author is staff, so the
 * authors of a page's comments are looked up in one `users/show_many` call
 * (up to 100 ids a request) and only end users' public comments come out.
 * Comment text leaves this file only inside `ExportedComment.body`; nothing
 * here logs.
 */
import { z } from 'zod';
import type { TicketEvent } from '../tickets/types.js';
import type { ZendeskReader } from './search-export.js';
import { zendeskReadError } from './search-export.js';

export const TICKET_EVENTS_PATH = '/api/v2/incremental/ticket_events.json';
const SHOW_MANY_PATH = '/api/v2/users/show_many.json';
const SHOW_MANY_MAX = 100;

const idStr = z.union([z.number(), z.string()]).transform(String);
const optId = z
  .union([z.number(), z.string(), z.null()])
  .optional()
  .transform((v) => (v === null || v === undefined ? undefined : String(v)));

const childEventSchema = z.looseObject({
  id: optId,
  event_type: z.string().optional(),
  type: z.string().optional(),
  body: z.string().nullish(),
  plain_body: z.string().nullish(),
  public: z.boolean().nullish(),
  comment_public: z.boolean().nullish(),
  author_id: optId,
  created_at: z.string().nullish(),
});

const ticketEventSchema = z.looseObject({
  id: optId,
  ticket_id: idStr,
  timestamp: z.number().nullish(),
  created_at: z.string().nullish(),
  updater_id: optId,
  via: z.looseObject({ channel: z.union([z.string(), z.number()]).nullish() }).nullish(),
  child_events: z.array(childEventSchema).nullish(),
});

const pageSchema = z.looseObject({
  ticket_events: z.array(ticketEventSchema),
  end_time: z.number().nullish(),
  next_page: z.string().nullish(),
  end_of_stream: z.boolean().nullish(),
  count: z.number().nullish(),
});

const usersSchema = z.looseObject({
  users: z.array(z.looseObject({ id: idStr, role: z.string().nullish() })),
});

/** A public comment by an end user, as the backfill needs it. */
export interface ExportedComment {
  ticketId: string;
  commentId: string;
  authorId: string;
  body: string;
  /** Unix seconds of the ticket event that added it. */
  timestamp: number;
  createdAt?: string;
  channel?: string;
}

export interface TicketEventsPage {
  /** End users' public comments with text, in export order. */
  comments: ExportedComment[];
  /** Ticket events on the page (of any kind). */
  eventCount: number;
  /** Comments left out: staff, private, unknown author or no text. */
  skipped: number;
  /** The next page's start_time; undefined when Zendesk gave none. */
  endTime: number | undefined;
  endOfStream: boolean;
}

/** One page of the export from `startTime` (unix seconds), with end users' public comments. */
export async function fetchTicketEventsPage(
  reader: ZendeskReader,
  startTime: number,
  roles: UserRoleCache = new UserRoleCache(),
): Promise<TicketEventsPage> {
  const raw = await reader.getJson(TICKET_EVENTS_PATH, {
    start_time: String(startTime),
    include: 'comment_events',
  });
  const parsed = pageSchema.safeParse(raw);
  if (!parsed.success) {
    throw zendeskReadError(
      `Zendesk GET ${TICKET_EVENTS_PATH} answered an unexpected body`,
      TICKET_EVENTS_PATH,
    );
  }
  const page = parsed.data;

  const candidates: ExportedComment[] = [];
  let skipped = 0;
  for (const ev of page.ticket_events) {
    for (const child of ev.child_events ?? []) {
      const kind = child.event_type ?? child.type;
      if (kind !== 'Comment') continue;
      const isPublic = child.public ?? child.comment_public ?? false;
      const body = child.body ?? child.plain_body ?? undefined;
      const authorId = child.author_id ?? ev.updater_id;
      if (!isPublic || !body || !child.id || !authorId) {
        skipped += 1;
        continue;
      }
      const comment: ExportedComment = {
        ticketId: ev.ticket_id,
        commentId: child.id,
        authorId,
        body,
        timestamp: ev.timestamp ?? Math.floor(Date.parse(ev.created_at ?? '') / 1000),
      };
      const createdAt = child.created_at ?? ev.created_at ?? undefined;
      if (createdAt) comment.createdAt = createdAt;
      if (ev.via?.channel !== undefined && ev.via.channel !== null) comment.channel = String(ev.via.channel);
      candidates.push(comment);
    }
  }

  await roles.load(
    reader,
    candidates.map((c) => c.authorId),
  );
  const comments = candidates.filter((c) => roles.get(c.authorId) === 'end-user');
  skipped += candidates.length - comments.length;

  return {
    comments,
    eventCount: page.ticket_events.length,
    skipped,
    endTime: page.end_time ?? undefined,
    endOfStream: page.end_of_stream === true,
  };
}

/**
 * Author roles ("end-user", "agent", "admin"), looked up in batches and
 * remembered for the whole run (bounded: a role map of ids only).
 */
export class UserRoleCache {
  private readonly roles = new Map<string, string>();
  private readonly maxEntries: number;

  constructor(maxEntries = 100_000) {
    this.maxEntries = maxEntries;
  }

  get(userId: string): string | undefined {
    return this.roles.get(userId);
  }

  async load(reader: ZendeskReader, ids: readonly string[]): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.roles.has(id));
    for (let i = 0; i < missing.length; i += SHOW_MANY_MAX) {
      const batch = missing.slice(i, i + SHOW_MANY_MAX);
      const raw = await reader.getJson(SHOW_MANY_PATH, { ids: batch.join(',') });
      const parsed = usersSchema.safeParse(raw);
      if (!parsed.success) {
        throw zendeskReadError(`Zendesk GET ${SHOW_MANY_PATH} answered an unexpected body`, SHOW_MANY_PATH);
      }
      if (this.roles.size + batch.length > this.maxEntries) this.roles.clear();
      // Users Zendesk no longer knows (deleted) stay unknown, so their comments are skipped.
      for (const id of batch) this.roles.set(id, 'unknown');
      for (const u of parsed.data.users) this.roles.set(u.id, (u.role ?? 'unknown').toLowerCase());
    }
  }
}

/**
 * The service's TicketEvent for an exported comment. The event id is the
 * one the trigger webhook gives the same comment (`t<ticket>-c<comment>`, see
 * webhook.ts), so the backfill and live traffic share the delivery dedup key
 * and the evaluate job id. Tags and stamp are unknown: the writer reads the
 * ticket before its one write.
 */
export function exportedCommentEvent(c: ExportedComment): TicketEvent {
  const event: TicketEvent = {
    eventId: `t${c.ticketId}-c${c.commentId}`,
    kind: 'comment_added',
    type: 'backfill:ticket_events',
    ticketId: c.ticketId,
    tags: [],
    comment: {
      id: c.commentId,
      body: c.body,
      isPublic: true,
      authorId: c.authorId,
      authorIsStaff: false,
      authorRole: 'end-user',
      ...(c.createdAt ? { createdAt: c.createdAt } : {}),
    },
    occurredAt: new Date(c.timestamp * 1000).toISOString(),
  };
  if (c.channel) event.channel = c.channel;
  return event;
}
