/**
 * The webhook parser's zod-free fast path (src/zendesk/webhook.ts) against
 * zod alone: for every generated body, parseZendeskWebhook and
 * parseZendeskWebhookWithZod give the same result (the same TicketEvent, or
 * the same refusal with the same message). The bodies are Zendesk envelopes
 * whose members are either what Zendesk sends or anything else a JSON body
 * could hold there, so both the fast path and its fallbacks are exercised.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EVENT_TYPES,
  fastEnvelope,
  parseZendeskWebhook,
  parseZendeskWebhookWithZod,
} from '../../../src/zendesk/webhook.js';
import type { WebhookParseOptions } from '../../../src/zendesk/webhook.js';

/** Any JSON value, biased towards the awkward ones. */
const odd = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1.5, 1e21, '', ' ', '\n', '12 ', ' 12', '-3', '1e3', '٣'),
  fc.string({ maxLength: 6 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.array(fc.oneof(fc.string({ maxLength: 4 }), fc.integer()), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 4 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
);
/** Mostly the usual value, sometimes an odd one. */
function usually<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 30, arbitrary: arb }, { weight: 1, arbitrary: odd });
}
const idText = fc.oneof(fc.stringMatching(/^\d{1,12}$/), fc.nat(), fc.constantFrom('', ' 42 ', 'abc'));
const text = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('  padded  ', '', '   '), fc.nat());
const stamp = fc.constantFrom('2026-11-29T03:00:00Z', '2026-11-29T03:55Z', ' 2026-11-29T03:00:00Z ', '');
const tags = fc.oneof(
  fc.array(fc.stringMatching(/^[a-z_]{1,10}$/), { maxLength: 4 }),
  fc.constant(['no_defect_found', 'billing']),
);
const bool = fc.boolean();

const detail = fc.record(
  {
    id: usually(idText),
    tags: usually(fc.oneof(tags, fc.constant(null))),
    updated_at: usually(stamp),
    requester_id: usually(idText),
    submitter_id: usually(idText),
    actor_id: usually(idText),
    priority: usually(fc.constantFrom('NORMAL', 'low', 'High', 'urgent', '', ' ', 'weird', null)),
    status: usually(fc.constantFrom('OPEN', 'new', 'pending', 'solved', 'x', '')),
    group_id: usually(idText),
    is_public: usually(fc.oneof(bool, fc.constant(null))),
    description: usually(fc.oneof(text, fc.constant(null))),
    via: usually(fc.oneof(fc.record({ channel: usually(text) }, { requiredKeys: [] }), fc.constant(null))),
    custom_fields: fc.oneof(
      { weight: 8, arbitrary: fc.constant(null) },
      fc.array(fc.record({ id: fc.oneof(fc.nat(), fc.string({ maxLength: 4 })), value: odd })),
      fc.dictionary(fc.string({ maxLength: 4 }), odd, { maxKeys: 2 }),
    ),
    extra: odd,
  },
  { requiredKeys: [] },
);

const author = fc.record(
  {
    id: usually(idText),
    is_staff: usually(fc.oneof(bool, fc.constant(null))),
    role: usually(fc.constantFrom('end-user', 'agent', 'Admin', 'administrator', 'light agent', '')),
    name: fc.string({ maxLength: 6 }),
  },
  { requiredKeys: [] },
);

const comment = fc.record(
  {
    id: usually(idText),
    body: usually(fc.oneof(text, fc.constant(null))),
    // null is refused here (not in detail): both sides must agree.
    is_public: usually(fc.oneof({ weight: 6, arbitrary: bool }, { weight: 1, arbitrary: fc.constant(null) })),
    public: usually(fc.oneof({ weight: 6, arbitrary: bool }, { weight: 1, arbitrary: fc.constant(null) })),
    author: usually(fc.oneof(author, fc.constant(null))),
    author_id: usually(idText),
    created_at: usually(stamp),
  },
  { requiredKeys: [] },
);

const envelope = fc.record(
  {
    type: usually(
      fc.constantFrom(
        EVENT_TYPES.commentAdded,
        EVENT_TYPES.ticketCreated,
        EVENT_TYPES.tagsChanged,
        'zen:event-type:ticket.status_changed',
        'zen:event-type:user.created',
        'ticket.comment_added',
      ),
    ),
    id: usually(fc.oneof(fc.uuid(), fc.constant(''))),
    time: usually(stamp),
    account_id: fc.nat(),
    detail: usually(detail),
    event: usually(
      fc.oneof(fc.record({ comment: usually(comment) }, { requiredKeys: [] }), fc.constant(null)),
    ),
  },
  { requiredKeys: [] },
);

const options = fc.record({
  noDefectTag: fc.constantFrom(null, 'no_defect_found'),
  noDefectFieldId: fc.constantFrom(null, 123, '7'),
  acceptOtherTicketEvents: bool,
}) as fc.Arbitrary<WebhookParseOptions>;

/** As it arrives: through JSON (no undefined members, -0 read as 0). */
function asJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

describe('webhook parser fast path', () => {
  it('gives what zod alone gives, for envelopes as Zendesk sends them and for odd ones', () => {
    let fast = 0;
    let events = 0;
    const runs = 5_000;
    fc.assert(
      fc.property(envelope, options, (body, opts) => {
        const json = asJson(body);
        const got = parseZendeskWebhook(json, opts);
        expect(got).toStrictEqual(parseZendeskWebhookWithZod(json, opts));
        if (fastEnvelope(json as Record<string, unknown>)) fast += 1;
        if (got.kind === 'event') events += 1;
      }),
      { numRuns: runs },
    );
    // Both sides were exercised: the fast path, and bodies it leaves to zod.
    expect(fast).toBeGreaterThan(runs / 20);
    expect(fast).toBeLessThan(runs - runs / 20);
    expect(events).toBeGreaterThan(runs / 20);
  });

  it('gives what zod alone gives for arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), options, (json, opts) => {
        expect(parseZendeskWebhook(json, opts)).toStrictEqual(parseZendeskWebhookWithZod(json, opts));
      }),
      { numRuns: 1_000 },
    );
  });

  it('takes the fast path for the documented envelope', () => {
    const body = {
      account_id: 1,
      id: '01JD4V2M0Q8Y7S6X5W4V3U2T1R',
      time: '2026-11-29T03:00:00Z',
      zendesk_event_version: '2022-11-06',
      subject: 'zen:ticket:4711',
      type: EVENT_TYPES.commentAdded,
      detail: {
        id: '4711',
        tags: ['billing'],
        updated_at: '2026-11-29T03:00:00Z',
        requester_id: '5001',
        submitter_id: '5001',
        priority: 'NORMAL',
        status: 'OPEN',
        via: { channel: 'email' },
      },
      event: {
        comment: { id: '9001', body: 'hello', is_public: true, author: { id: '5001', is_staff: false } },
      },
    };
    expect(fastEnvelope(body)).toBeDefined();
    const opts = { noDefectTag: 'no_defect_found', noDefectFieldId: null };
    expect(parseZendeskWebhook(body, opts)).toStrictEqual(parseZendeskWebhookWithZod(body, opts));
  });
});
