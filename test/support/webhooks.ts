/**
 * Builders for signed Zendesk webhooks, in Zendesk's documented
 * event-subscription shape.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { signZendeskBody } from '../../src/zendesk/signature.js';

export const TEST_SECRET = 'test-signing-secret-0123456789';

export interface CommentOptions {
  eventId?: string;
  ticketId?: string | number;
  commentId?: string | number;
  body?: string | null;
  isPublic?: boolean;
  authorId?: string | number;
  isStaff?: boolean;
  tags?: string[];
  updatedAt?: string;
  requesterId?: string | number;
  priority?: string;
}

const DEFAULT_BODY = 'Hello, my order has not arrived yet. Could you check?';

/** The event-subscription envelope around one ticket event, as Zendesk sends it. */
function envelope(
  type: string,
  o: CommentOptions,
  detail: Record<string, unknown>,
  event: Record<string, unknown>,
): Record<string, unknown> {
  const ticketId = String(o.ticketId ?? 1001);
  const authorId = String(o.authorId ?? 5001);
  return {
    account_id: 1,
    id: o.eventId ?? randomUUID(),
    time: '2026-11-29T03:00:00Z',
    zendesk_event_version: '2022-11-06',
    subject: `zen:ticket:${ticketId}`,
    type: `zen:event-type:${type}`,
    detail: {
      id: ticketId,
      tags: o.tags ?? [],
      updated_at: o.updatedAt ?? '2026-11-29T03:00:00Z',
      requester_id: String(o.requesterId ?? authorId),
      submitter_id: authorId,
      priority: o.priority ?? 'normal',
      subject: 'My order',
      via: { channel: 'email' },
      ...detail,
    },
    event,
  };
}

export function commentAdded(o: CommentOptions = {}): Record<string, unknown> {
  const comment: Record<string, unknown> = {
    id: String(o.commentId ?? 9001),
    is_public: o.isPublic ?? true,
    author: { id: String(o.authorId ?? 5001), is_staff: o.isStaff ?? false, name: 'Taro Customer' },
  };
  if (o.body !== null) comment.body = o.body ?? DEFAULT_BODY;
  return envelope('ticket.comment_added', o, { status: 'open' }, { comment });
}

export function ticketCreated(o: CommentOptions = {}): Record<string, unknown> {
  return envelope(
    'ticket.created',
    o,
    { status: 'new', description: o.body ?? DEFAULT_BODY, is_public: true },
    {},
  );
}

export interface SignedRequest {
  payload: string;
  headers: Record<string, string>;
}

export function signed(
  body: Record<string, unknown> | string,
  opts: { secret?: string; timestamp?: string; invocationId?: string } = {},
): SignedRequest {
  const payload = typeof body === 'string' ? body : JSON.stringify(body);
  const timestamp = opts.timestamp ?? new Date().toISOString();
  return {
    payload,
    headers: {
      'content-type': 'application/json',
      'x-zendesk-webhook-signature-timestamp': timestamp,
      'x-zendesk-webhook-signature': signZendeskBody(opts.secret ?? TEST_SECRET, timestamp, payload),
      'x-zendesk-webhook-invocation-id': opts.invocationId ?? randomUUID(),
    },
  };
}

/** Unmistakable harassment: an explicit threat of violence plus insults. */
export const ABUSIVE_TEXT =
  'You useless idiots. I will come to your office and break your face, and I will kill you if this is not fixed today.';
export const CLEAN_TEXT =
  'Hello, my order #4411 has not arrived yet. Could you please check the delivery status?';

/** POSTs a signed webhook to the app's route, as Zendesk would. */
export function injectWebhook(
  app: { inject: FastifyInstance['inject'] },
  req: { payload: string | Buffer; headers: Record<string, string> },
): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'POST', url: '/webhooks/zendesk', payload: req.payload, headers: req.headers });
}
