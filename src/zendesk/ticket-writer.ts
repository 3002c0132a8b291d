/**
 * Writes one planned TicketUpdate with Zendesk's safe_update.
 *
 * The planner computes the full tag set from the tags the event carried, so
 * the common case is exactly one PUT. If the ticket changed in between,
 * Zendesk answers 409; the writer then re-reads the ticket and recomputes the
 * tags (fresh tags ∪ addTags − removeTags), the priority floor and the stamp
 * from it, and tries again, a bounded number of times.
 *
 * When the update lacks what a safe write needs (no stamp, tag deltas without
 * a full set, a priority floor without the current priority), the ticket is
 * read first: still one PUT.
 */
import type { TicketPriority, TicketSnapshot, TicketUpdate } from '../tickets/types.js';
import { TICKET_PRIORITIES, raisePriority } from '../tickets/types.js';
import type { ZendeskClient } from './client.js';
import { ZendeskConflictError } from './errors.js';

export type TicketWriterClient = Pick<ZendeskClient, 'getTicket' | 'updateTicket'>;

export interface WriteOptions {
  /** Re-reads and retries after a 409; 0 means a conflict is thrown at once. */
  maxConflictRetries: number;
  /** Called after each 409, before the re-read (metrics, logs). */
  onConflict?: (attempt: number) => void;
}

function asPriority(p: string | null | undefined): TicketPriority | null {
  return (TICKET_PRIORITIES as readonly string[]).includes(p ?? '') ? (p as TicketPriority) : null;
}

function hasDeltas(u: TicketUpdate): boolean {
  return (u.addTags?.length ?? 0) > 0 || (u.removeTags?.length ?? 0) > 0;
}

/** Tags to write given the ticket's current tags. Order: current first, then additions. */
export function mergeTags(
  current: readonly string[],
  add: readonly string[] = [],
  remove: readonly string[] = [],
) {
  const drop = new Set(remove);
  const out: string[] = [];
  for (const t of [...current, ...add]) if (!drop.has(t) && !out.includes(t)) out.push(t);
  return out;
}

/** The concrete request for one attempt: against `base` when the ticket was read, else as planned. */
export function resolveUpdate(update: TicketUpdate, base: TicketSnapshot | undefined): TicketUpdate {
  const req: TicketUpdate = { ticketId: update.ticketId };
  if (update.comment) req.comment = update.comment;
  if (update.groupId !== undefined) req.groupId = update.groupId;
  if (update.status !== undefined) req.status = update.status;
  if (base) {
    if (hasDeltas(update)) req.tags = mergeTags(base.tags, update.addTags, update.removeTags);
    else if (update.tags) req.tags = update.tags;
    if (update.minPriority) req.priority = raisePriority(asPriority(base.priority), update.minPriority);
    else if (update.priority) req.priority = update.priority;
    req.updatedStamp = base.updatedAt;
  } else {
    if (update.tags) req.tags = update.tags;
    if (update.priority) req.priority = update.priority;
    if (update.updatedStamp) req.updatedStamp = update.updatedStamp;
  }
  return req;
}

function needsReadFirst(u: TicketUpdate): boolean {
  if (!u.updatedStamp) return true;
  if (u.tags === undefined && hasDeltas(u)) return true;
  if (u.minPriority !== undefined && u.priority === undefined) return true;
  return false;
}

/** Writes the update; returns the ticket as Zendesk answered after the write. */
export async function writeTicketUpdate(
  client: TicketWriterClient,
  update: TicketUpdate,
  opts: WriteOptions,
): Promise<TicketSnapshot> {
  let base = needsReadFirst(update) ? await client.getTicket(update.ticketId) : undefined;
  for (let attempt = 0; ; attempt++) {
    try {
      return await client.updateTicket(resolveUpdate(update, base));
    } catch (err) {
      if (!(err instanceof ZendeskConflictError) || attempt >= opts.maxConflictRetries) throw err;
      opts.onConflict?.(attempt + 1);
      base = await client.getTicket(update.ticketId);
    }
  }
}
