/**
 * The service's own ticket types. Only src/zendesk/ knows Zendesk's JSON; it
 * maps webhooks and API responses to these, and these back to requests.
 */

export type EventKind = 'comment_added' | 'ticket_created' | 'tags_changed' | 'other';

export interface TicketComment {
  /** Zendesk comment id, when known (ticket.created carries none). */
  id?: string;
  /** Body text; absent when the webhook did not carry it and it must be fetched. */
  body?: string;
  isPublic: boolean;
  authorId?: string;
  /** Staff per the event (is_staff, or an agent/admin role). */
  authorIsStaff: boolean;
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
  priority?: 'low' | 'normal' | 'high' | 'urgent';
  status?: 'new' | 'open' | 'pending' | 'hold' | 'solved' | 'closed';
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
