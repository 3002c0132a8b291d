/**
 * The service's own ticket types. Only src/zendesk/ knows Zendesk's JSON; it
 * maps webhooks and API responses to these, and these back to requests.
 */

export type EventKind = 'comment_added' | 'ticket_created' | 'tags_changed' | 'other';

export const TICKET_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

/** The higher of the current priority and a floor: priorities are raised, never lowered. */
export function raisePriority(
  current: TicketPriority | null | undefined,
  floor: TicketPriority,
): TicketPriority {
  if (!current) return floor;
  return TICKET_PRIORITIES.indexOf(current) >= TICKET_PRIORITIES.indexOf(floor) ? current : floor;
}

export type TicketStatus = 'new' | 'open' | 'pending' | 'hold' | 'solved' | 'closed';

export interface TicketComment {
  /** Zendesk comment id, when known (ticket.created carries none). */
  id?: string;
  /** Body text; absent when the webhook did not carry it and it must be fetched. */
  body?: string;
  isPublic: boolean;
  authorId?: string;
  /** Staff per the event (is_staff, or an agent/admin role). */
  authorIsStaff: boolean;
  /** Author role when the source names it: 'end-user', 'agent' or 'admin'. */
  authorRole?: string;
  /** When the comment was created (comments read from the API). */
  createdAt?: string;
}

export interface TicketEvent {
  /** Stable id for deduplication: the Zendesk event id, else ticket + comment id. */
  eventId: string;
  kind: EventKind;
  /** The raw Zendesk event type, for logs and metrics. */
  type: string;
  ticketId: string;
  requesterId?: string;
  /** Requester locale, e.g. "ja" or "en-US", when the event carries it. */
  requesterLocale?: string;
  /** The ticket's current tags and stamp, from the event. */
  tags: string[];
  updatedAt?: string;
  comment?: TicketComment;
  channel?: string;
  /** Value of the configured "no defect found" field, when present. */
  noDefectFound?: boolean;
  /** When Zendesk says the event happened. */
  occurredAt?: string;
  /**
   * The ticket's current priority when the event carries it (never lowered by
   * the service); null when the ticket has none; absent when unknown.
   */
  priority?: TicketPriority | null;
  groupId?: string;
  status?: TicketStatus;
  /** Who made the change, as the webhook says. Informational only: never trusted for approvals. */
  actorId?: string;
  /** Which webhook shape delivered the event. */
  source?: 'event-subscription' | 'trigger';
}

/** One write to a ticket: what the actions planner produces. */
export interface TicketUpdate {
  ticketId: string;
  /** Full tag set to write (current ∪ added − removed). */
  tags?: string[];
  addTags?: string[];
  removeTags?: string[];
  comment?: { body: string; public: boolean };
  groupId?: string;
  /** Exact priority to write (already at least `minPriority` against the planned-on ticket). */
  priority?: TicketPriority;
  /**
   * Raise the priority to at least this, never lower it. The writer re-applies
   * it against the fresh ticket after a conflict, or reads the ticket first
   * when `priority` is absent because the event did not say the current one.
   */
  minPriority?: TicketPriority;
  status?: TicketStatus;
  /** The ticket stamp the update was planned against, for safe_update. */
  updatedStamp?: string;
}

/** A ticket as read back from the helpdesk. */
export interface TicketSnapshot {
  id: string;
  tags: string[];
  updatedAt: string;
  priority?: string | null;
  groupId?: string | null;
  requesterId?: string;
  status?: string;
  customFields?: Record<string, unknown>;
}

/** A helpdesk user, as far as the service needs one. */
export interface TicketUser {
  id: string;
  /** e.g. "ja", "en-US"; absent when unknown. */
  locale?: string;
  role: 'end-user' | 'agent' | 'admin' | string;
  suspended: boolean;
}

/** One audit (one change set) of a ticket, reduced to what the service uses. */
export interface TicketAudit {
  id: string;
  /** The user who made the change: the trustworthy actor. */
  authorId: string;
  createdAt: string;
  addedTags: string[];
  removedTags: string[];
  /** Comments added by this change set. */
  comments: { id: string; public: boolean }[];
}
