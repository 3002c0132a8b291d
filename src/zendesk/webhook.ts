/**
 * Zendesk webhook bodies → the service's own TicketEvent.
 *
 * Two shapes are accepted:
 *
 * 1. Event-subscription envelopes, in Zendesk's documented shape:
 *      { "type": "zen:event-type:ticket.comment_added", "id": "<uuid>", "time": …,
 *        "detail": { "id": "123", "tags": [...], "updated_at": …, "requester_id": …, … },
 *        "event": { "comment": { "id", "body", "is_public", "author": { "id", "is_staff", "name" } } } }
 *    `event.comment` may also use the REST comment shape (`public`, `author_id`).
 *    `ticket.created` carries the first message in `detail.description`.
 *    Other `zen:event-type:*` types are acknowledged and ignored (see
 *    `acceptOtherTicketEvents`).
 *
 * 2. The trigger body template (TRIGGER_BODY_TEMPLATE below), which an admin
 *    pastes into a trigger's "Notify active webhook" action. Its values are
 *    rendered placeholders, so everything arrives as strings: tags are space
 *    separated, booleans are "true"/"false", a missing placeholder renders "".
 *
 * Nothing outside src/zendesk/ sees these shapes.
 */
import { z } from 'zod';
import { formatZodIssue } from '../config/errors.js';
import type { TicketComment, TicketEvent, TicketPriority, TicketStatus } from '../tickets/types.js';

export type WebhookParse =
  | { kind: 'event'; event: TicketEvent }
  | { kind: 'ignored'; type: string; reason: string }
  | { kind: 'invalid'; message: string };

export interface WebhookParseOptions {
  /** A ticket tag that records "no defect or negligence found" (policy no_defect.tag). */
  noDefectTag: string | null;
  /** A custom field id whose truthy value records the same (policy no_defect.field_id). */
  noDefectFieldId: string | number | null;
  /**
   * Normalise other `zen:event-type:ticket.*` envelopes as kind 'other'
   * instead of ignoring them (the refusal workflow reacts to any ticket event
   * because `detail.tags` carries the current tags). Default false.
   */
  acceptOtherTicketEvents?: boolean;
}

export const EVENT_TYPE_PREFIX = 'zen:event-type:';
export const EVENT_TYPES = {
  commentAdded: 'zen:event-type:ticket.comment_added',
  ticketCreated: 'zen:event-type:ticket.created',
  tagsChanged: 'zen:event-type:ticket.tags_changed',
} as const;

/** Marker and version of the trigger body template. */
export const TRIGGER_TEMPLATE_MARKER = 'harassment-guard/trigger-v1';
export const TRIGGER_EVENT_TYPE = 'trigger:ticket.updated';

/**
 * The JSON body to paste into the Zendesk trigger action (documented in the
 * README). It carries ids, tags and stamps only, never the comment text: the
 * worker reads the comment from the API, so no customer text has to survive
 * placeholder rendering inside a JSON string. An admin may add
 * `"body": "{{ticket.latest_comment.value}}"` to `comment` to save that read.
 */
export const TRIGGER_BODY_TEMPLATE = `{
  "source": "${TRIGGER_TEMPLATE_MARKER}",
  "ticket": {
    "id": "{{ticket.id}}",
    "tags": "{{ticket.tags}}",
    "updated_at": "{{ticket.updated_at_with_timestamp}}",
    "requester_id": "{{ticket.requester.id}}",
    "priority": "{{ticket.priority}}",
    "status": "{{ticket.status}}",
    "via": "{{ticket.via}}"
  },
  "comment": {
    "id": "{{ticket.latest_comment.id}}",
    "public": "{{ticket.latest_comment.is_public}}",
    "author_id": "{{ticket.latest_comment.author.id}}"
  },
  "current_user": {
    "id": "{{current_user.id}}",
    "role": "{{current_user.role}}"
  }
}`;

// ---------------------------------------------------------------- helpers ---

const id = z.union([z.string(), z.number()]).transform((v) => String(v).trim());
/** A rendered placeholder: "" (placeholder absent) and null read as "not given". */
const optText = z
  .union([z.string(), z.number(), z.null()])
  .optional()
  .transform((v) => {
    if (v === null || v === undefined) return undefined;
    const s = String(v).trim();
    return s.length > 0 ? s : undefined;
  });
const optBool = z
  .union([z.boolean(), z.string(), z.null()])
  .optional()
  .transform((v, ctx) => {
    if (typeof v === 'boolean') return v;
    if (v === null || v === undefined) return undefined;
    const s = v.trim().toLowerCase();
    if (s === '') return undefined;
    if (s === 'true' || s === '1' || s === 'yes') return true;
    if (s === 'false' || s === '0' || s === 'no') return false;
    ctx.addIssue({ code: 'custom', message: `expected true or false, got "${s.slice(0, 20)}"` });
    return z.NEVER;
  });

function toPriority(v: string | undefined): TicketPriority | undefined {
  const s = v?.toLowerCase();
  return s === 'low' || s === 'normal' || s === 'high' || s === 'urgent' ? s : undefined;
}

function toStatus(v: string | undefined): TicketStatus | undefined {
  const s = v?.toLowerCase();
  return s === 'new' || s === 'open' || s === 'pending' || s === 'hold' || s === 'solved' || s === 'closed'
    ? s
    : undefined;
}

function isStaffRole(role: string | undefined): boolean {
  const r = role?.toLowerCase();
  return r === 'agent' || r === 'admin' || r === 'administrator';
}

function normaliseRole(role: string | undefined): string | undefined {
  const r = role?.toLowerCase().replace(/\s+/g, '-');
  if (!r) return undefined;
  if (r === 'administrator') return 'admin';
  return r;
}

/**
 * A stamp usable for safe_update. Zendesk compares it to the second, and some
 * placeholders render minutes only ("2026-11-29T03:55Z"); such a stamp would
 * only cause a 409, so it is dropped and the writer reads the ticket instead.
 */
function usableStamp(v: string | undefined): string | undefined {
  if (!v) return undefined;
  return /T\d{2}:\d{2}:\d{2}/.test(v) ? v : undefined;
}

function isTruthyFieldValue(v: unknown): boolean {
  if (v === true) return true;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') {
    const s = v.trim().toLowerCase();
    return s !== '' && s !== 'false' && s !== '0' && s !== 'no' && s !== 'null' && s !== '-';
  }
  return false;
}

const customFields = z
  .union([
    z.array(z.looseObject({ id: id, value: z.unknown().optional() })),
    z.record(z.string(), z.unknown()),
    z.null(),
  ])
  .optional()
  .transform((v): Record<string, unknown> | undefined => {
    if (!v) return undefined;
    if (Array.isArray(v)) return Object.fromEntries(v.map((f) => [f.id, f.value]));
    return v;
  });

function noDefect(
  tags: string[],
  fields: Record<string, unknown> | undefined,
  opts: WebhookParseOptions,
): boolean | undefined {
  if (opts.noDefectTag === null && opts.noDefectFieldId === null) return undefined;
  if (opts.noDefectTag !== null && tags.includes(opts.noDefectTag)) return true;
  if (opts.noDefectFieldId !== null && fields && isTruthyFieldValue(fields[String(opts.noDefectFieldId)]))
    return true;
  return false;
}

/** Drops undefined members so events compare and serialise cleanly. */
function compact<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const key in o) {
    const v = o[key];
    if (v !== undefined) out[key] = v;
  }
  return out as T;
}

// --------------------------------------------------- event subscription ---

const envelopeHeadSchema = z.looseObject({
  type: z.string().startsWith(EVENT_TYPE_PREFIX),
  /** Zendesk always sends it; without it the event id falls back to ticket + comment. */
  id: z.string().min(1, 'must be the event id').optional(),
});

const detailSchema = z.looseObject({
  id: id.pipe(z.string().regex(/^\d+$/, 'must be a ticket id')),
  tags: z
    .array(z.string())
    .nullable()
    .optional()
    .transform((t) => t ?? []),
  updated_at: optText,
  requester_id: optText,
  submitter_id: optText,
  actor_id: optText,
  // null is meaningful here: the ticket has no priority (so raising it needs no read).
  priority: z.string().nullable().optional(),
  status: optText,
  group_id: optText,
  is_public: z.boolean().nullable().optional(),
  description: z.string().nullable().optional(),
  via: z.looseObject({ channel: optText }).nullable().optional(),
  custom_fields: customFields,
});

// Zendesk's documented shape always has id and is_public. A sender that omits
// is_public (and public) is read as public: staff and the service's own notes
// are still recognised by author, and a missing flag must not drop a message.
const eventCommentSchema = z.looseObject({
  id: optText,
  body: z.string().nullable().optional(),
  is_public: z.boolean().optional(),
  public: z.boolean().optional(),
  author: z
    .looseObject({
      id: optText,
      is_staff: z.boolean().nullable().optional(),
      role: optText,
    })
    .nullable()
    .optional(),
  author_id: optText,
  created_at: optText,
});

const envelopeSchema = z.looseObject({
  type: z.string(),
  id: z.string().optional(),
  time: optText,
  detail: detailSchema,
  event: z.looseObject({ comment: eventCommentSchema.optional() }).nullable().optional(),
});

/** What parseEnvelope reads of envelopeSchema's output. */
type EnvelopeFields = Pick<z.output<typeof envelopeSchema>, 'id' | 'time'> & {
  detail: Pick<
    z.output<typeof detailSchema>,
    | 'id'
    | 'tags'
    | 'updated_at'
    | 'requester_id'
    | 'submitter_id'
    | 'actor_id'
    | 'priority'
    | 'status'
    | 'group_id'
    | 'is_public'
    | 'description'
    | 'via'
    | 'custom_fields'
  >;
  event?: { comment?: z.output<typeof eventCommentSchema> | undefined } | null | undefined;
};

// ------------------------------------------------------------ fast path ---
//
// envelopeSchema, written out by hand for the shapes Zendesk sends, because
// zod costs a fifth of the CPU of an accepted webhook. Each reader gives
// what the schema gives for the same value, or MISS for anything it does
// not handle (a wrong type, custom fields): the envelope then goes through
// zod, which also writes every error message. test/unit/zendesk/
// webhook-fast-path.test.ts checks this against zod on generated envelopes.

const MISS = Symbol('miss');
type Miss = typeof MISS;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** optText. */
function fastText(v: unknown): string | undefined | Miss {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') {
    const s = v.trim();
    return s.length > 0 ? s : undefined;
  }
  if (typeof v === 'number' && Number.isFinite(v)) {
    const s = String(v);
    return s.length > 0 ? s : undefined;
  }
  return MISS;
}

function fastOptional<T>(
  v: unknown,
  is: (x: unknown) => x is T,
  nullable: boolean,
): T | null | undefined | Miss {
  if (v === undefined) return undefined;
  if (v === null) return nullable ? null : MISS;
  return is(v) ? v : MISS;
}
const isString = (x: unknown): x is string => typeof x === 'string';
const isBoolean = (x: unknown): x is boolean => typeof x === 'boolean';
const DIGITS = /^\d+$/;

function fastDetail(d: unknown): EnvelopeFields['detail'] | Miss {
  if (!isRecord(d)) return MISS;
  // custom_fields takes several shapes: zod's.
  if (d.custom_fields !== undefined && d.custom_fields !== null) return MISS;
  let id: string;
  if (typeof d.id === 'string' && DIGITS.test(d.id)) id = d.id;
  else if (typeof d.id === 'number' && Number.isSafeInteger(d.id) && d.id >= 0) id = String(d.id);
  else return MISS;
  let tags: string[];
  if (d.tags === undefined || d.tags === null) tags = [];
  else if (Array.isArray(d.tags) && d.tags.every(isString)) tags = d.tags.slice();
  else return MISS;
  const updatedAt = fastText(d.updated_at);
  const requesterId = fastText(d.requester_id);
  const submitterId = fastText(d.submitter_id);
  const actorId = fastText(d.actor_id);
  const status = fastText(d.status);
  const groupId = fastText(d.group_id);
  const priority = fastOptional(d.priority, isString, true);
  const isPublic = fastOptional(d.is_public, isBoolean, true);
  const description = fastOptional(d.description, isString, true);
  if (
    updatedAt === MISS ||
    requesterId === MISS ||
    submitterId === MISS ||
    actorId === MISS ||
    status === MISS ||
    groupId === MISS ||
    priority === MISS ||
    isPublic === MISS ||
    description === MISS
  ) {
    return MISS;
  }
  let via: EnvelopeFields['detail']['via'];
  if (d.via === undefined || d.via === null) via = d.via;
  else if (isRecord(d.via)) {
    const channel = fastText(d.via.channel);
    if (channel === MISS) return MISS;
    via = { channel };
  } else return MISS;
  return {
    id,
    tags,
    updated_at: updatedAt,
    requester_id: requesterId,
    submitter_id: submitterId,
    actor_id: actorId,
    priority,
    status,
    group_id: groupId,
    is_public: isPublic,
    description,
    via,
    custom_fields: undefined,
  };
}

function fastComment(c: unknown): z.output<typeof eventCommentSchema> | undefined | Miss {
  if (c === undefined) return undefined;
  if (!isRecord(c)) return MISS;
  const id = fastText(c.id);
  const body = fastOptional(c.body, isString, true);
  const isPublic = fastOptional(c.is_public, isBoolean, false);
  const pub = fastOptional(c.public, isBoolean, false);
  const authorId = fastText(c.author_id);
  const createdAt = fastText(c.created_at);
  if (
    id === MISS ||
    body === MISS ||
    isPublic === MISS ||
    isPublic === null ||
    pub === MISS ||
    pub === null ||
    authorId === MISS ||
    createdAt === MISS
  ) {
    return MISS;
  }
  let author: z.output<typeof eventCommentSchema>['author'];
  if (c.author === undefined || c.author === null) author = c.author;
  else if (isRecord(c.author)) {
    const aid = fastText(c.author.id);
    const isStaff = fastOptional(c.author.is_staff, isBoolean, true);
    const role = fastText(c.author.role);
    if (aid === MISS || isStaff === MISS || role === MISS) return MISS;
    author = { id: aid, is_staff: isStaff, role };
  } else return MISS;
  return {
    id,
    body,
    is_public: isPublic,
    public: pub,
    author,
    author_id: authorId,
    created_at: createdAt,
  };
}

/** envelopeSchema's output for a usual envelope; undefined when zod must decide (exported for its tests). */
export function fastEnvelope(json: Record<string, unknown>): EnvelopeFields | undefined {
  if (typeof json.type !== 'string') return undefined;
  const id = fastOptional(json.id, isString, false);
  const time = fastText(json.time);
  if (id === MISS || id === null || time === MISS) return undefined;
  const detail = fastDetail(json.detail);
  if (detail === MISS) return undefined;
  let event: EnvelopeFields['event'];
  if (json.event === undefined || json.event === null) event = json.event;
  else if (isRecord(json.event)) {
    const comment = fastComment(json.event.comment);
    if (comment === MISS) return undefined;
    event = { comment };
  } else return undefined;
  return { id, time, detail, event };
}

function parseEnvelope(json: unknown, type: string, opts: WebhookParseOptions, fast: boolean): WebhookParse {
  const kind =
    type === EVENT_TYPES.commentAdded
      ? 'comment_added'
      : type === EVENT_TYPES.ticketCreated
        ? 'ticket_created'
        : type === EVENT_TYPES.tagsChanged
          ? 'tags_changed'
          : type.startsWith(`${EVENT_TYPE_PREFIX}ticket.`) && opts.acceptOtherTicketEvents
            ? 'other'
            : null;
  if (kind === null) return { kind: 'ignored', type, reason: 'event type not handled' };

  let env: EnvelopeFields | undefined = fast ? fastEnvelope(json as Record<string, unknown>) : undefined;
  if (!env) {
    const parsed = envelopeSchema.safeParse(json);
    if (!parsed.success) return { kind: 'invalid', message: `${type}: ${formatZodIssue(parsed.error)}` };
    env = parsed.data;
  }
  const d = env.detail;

  let comment: TicketComment | undefined;
  if (kind === 'comment_added') {
    const c = env.event?.comment;
    if (!c) return { kind: 'invalid', message: `${type}: event.comment: required` };
    const role = normaliseRole(c.author?.role);
    comment = compact({
      id: c.id,
      body: c.body ?? undefined,
      isPublic: (c.is_public ?? c.public) !== false,
      authorId: c.author?.id ?? c.author_id,
      authorIsStaff: c.author?.is_staff === true || isStaffRole(role),
      authorRole: role,
      createdAt: c.created_at,
    });
  } else if (kind === 'ticket_created' && typeof d.description === 'string') {
    comment = compact({
      body: d.description,
      isPublic: d.is_public ?? true,
      authorId: d.submitter_id ?? d.requester_id,
      authorIsStaff: false,
    });
  }

  const event: TicketEvent = compact({
    eventId:
      env.id ??
      (comment?.id ? `t${d.id}-c${comment.id}` : `t${d.id}-${kind}-${d.updated_at ?? env.time ?? 'unknown'}`),
    kind,
    type,
    ticketId: d.id,
    requesterId: d.requester_id,
    tags: d.tags,
    updatedAt: usableStamp(d.updated_at),
    comment,
    channel: d.via?.channel,
    noDefectFound: noDefect(d.tags, d.custom_fields, opts),
    occurredAt: env.time,
    priority: d.priority === null || d.priority?.trim() === '' ? null : toPriority(d.priority),
    groupId: d.group_id,
    status: toStatus(d.status),
    actorId: d.actor_id,
    source: 'event-subscription' as const,
  });
  return { kind: 'event', event };
}

// ------------------------------------------------------ trigger template ---

const triggerSchema = z.looseObject({
  source: z.literal(TRIGGER_TEMPLATE_MARKER),
  ticket: z.looseObject({
    id: id.pipe(z.string().regex(/^\d+$/, 'must be a ticket id ({{ticket.id}})')),
    tags: z
      .union([z.string(), z.array(z.string()), z.null()])
      .optional()
      .transform((t) => (Array.isArray(t) ? t : (t ?? '').split(/[\s,]+/).filter((x) => x.length > 0))),
    updated_at: optText,
    requester_id: optText,
    requester_locale: optText,
    priority: optText,
    status: optText,
    group_id: optText,
    via: optText,
    custom_fields: customFields,
  }),
  comment: z
    .looseObject({
      id: optText,
      body: z.string().nullable().optional(),
      public: optBool,
      author_id: optText,
      author_role: optText,
    })
    .nullable()
    .optional(),
  current_user: z.looseObject({ id: optText, role: optText }).nullable().optional(),
});

function parseTrigger(json: unknown, opts: WebhookParseOptions): WebhookParse {
  const parsed = triggerSchema.safeParse(json);
  if (!parsed.success) return { kind: 'invalid', message: `trigger body: ${formatZodIssue(parsed.error)}` };
  const { ticket: t, comment: c, current_user: u } = parsed.data;

  // The trigger sends the ticket's latest comment whatever changed. It is
  // this update's comment only when the updater wrote it; otherwise the update
  // was something else (a tag, a status) and the comment was seen before.
  let comment: TicketComment | undefined;
  const fresh = c?.id !== undefined && (!u?.id || !c.author_id || u.id === c.author_id);
  if (c && c.id !== undefined && fresh) {
    if (c.public === undefined) {
      return {
        kind: 'invalid',
        message: 'trigger body: comment.public: required ({{ticket.latest_comment.is_public}})',
      };
    }
    const role = normaliseRole(c.author_role ?? u?.role);
    comment = compact({
      id: c.id,
      body: c.body ?? undefined,
      isPublic: c.public,
      authorId: c.author_id ?? u?.id,
      authorIsStaff: isStaffRole(role),
      authorRole: role,
    });
  }

  const event: TicketEvent = compact({
    eventId: comment?.id ? `t${t.id}-c${comment.id}` : `t${t.id}-u${t.updated_at ?? 'unknown'}`,
    kind: comment ? ('comment_added' as const) : ('other' as const),
    type: TRIGGER_EVENT_TYPE,
    ticketId: t.id,
    requesterId: t.requester_id,
    requesterLocale: t.requester_locale,
    tags: t.tags,
    updatedAt: usableStamp(t.updated_at),
    comment,
    channel: t.via?.toLowerCase(),
    noDefectFound: noDefect(t.tags, t.custom_fields, opts),
    priority: toPriority(t.priority),
    groupId: t.group_id,
    status: toStatus(t.status),
    actorId: u?.id,
    source: 'trigger' as const,
  });
  return { kind: 'event', event };
}

// ------------------------------------------------------------------ entry ---

export function parseZendeskWebhook(json: unknown, opts: WebhookParseOptions): WebhookParse {
  return parseWebhook(json, opts, true);
}

/** parseZendeskWebhook with zod alone, no fast path: the reference its tests compare with. */
export function parseZendeskWebhookWithZod(json: unknown, opts: WebhookParseOptions): WebhookParse {
  return parseWebhook(json, opts, false);
}

function parseWebhook(json: unknown, opts: WebhookParseOptions, fast: boolean): WebhookParse {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { kind: 'invalid', message: 'body must be a JSON object' };
  }
  const obj = json as Record<string, unknown>;
  // envelopeHeadSchema, by hand when it holds.
  if (
    fast &&
    typeof obj.type === 'string' &&
    obj.type.startsWith(EVENT_TYPE_PREFIX) &&
    (obj.id === undefined || (typeof obj.id === 'string' && obj.id.length >= 1))
  ) {
    return parseEnvelope(json, obj.type, opts, true);
  }
  const head = envelopeHeadSchema.safeParse(json);
  if (head.success) return parseEnvelope(json, head.data.type, opts, fast);
  if (typeof obj.type === 'string' && obj.type.startsWith(EVENT_TYPE_PREFIX)) {
    return { kind: 'invalid', message: `${obj.type}: ${formatZodIssue(head.error)}` };
  }
  if (obj.source === TRIGGER_TEMPLATE_MARKER) return parseTrigger(json, opts);
  return {
    kind: 'invalid',
    message: `body fits no accepted shape: expected a Zendesk event (type "${EVENT_TYPE_PREFIX}…") or the trigger body template (source "${TRIGGER_TEMPLATE_MARKER}")`,
  };
}
