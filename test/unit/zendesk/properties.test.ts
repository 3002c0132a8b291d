/** Property tests: the signature check and the parsers hold for arbitrary input. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveUpdate } from '../../../src/zendesk/ticket-writer.js';
import { signZendeskBody, verifyZendeskSignature } from '../../../src/zendesk/signature.js';
import { parseZendeskWebhook } from '../../../src/zendesk/webhook.js';
import { TICKET_PRIORITIES } from '../../../src/tickets/types.js';

const OPTS = { noDefectTag: 'no_defect_found', noDefectFieldId: 123 };
const tag = fc.stringMatching(/^[a-z0-9_]{1,12}$/);
const priority = fc.constantFrom(...TICKET_PRIORITIES);

describe('signature properties', () => {
  it('accepts its own signature and rejects any single-byte change of the body', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 1, maxLength: 400 }),
        fc.string({ minLength: 1, maxLength: 40 }),
        fc.string({ minLength: 1, maxLength: 30 }),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        (bytes, secret, timestamp, at, flip) => {
          const body = Buffer.from(bytes);
          const signature = signZendeskBody(secret, timestamp, body);
          expect(verifyZendeskSignature({ rawBody: body, signature, timestamp, secrets: [secret] })).toBe(
            true,
          );
          const tampered = Buffer.from(body);
          const i = at % tampered.length;
          tampered[i] = (tampered[i] as number) ^ flip;
          expect(verifyZendeskSignature({ rawBody: tampered, signature, timestamp, secrets: [secret] })).toBe(
            false,
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('webhook parser properties', () => {
  it('never throws on arbitrary JSON and always answers one of its three kinds', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const r = parseZendeskWebhook(json, OPTS);
        expect(['event', 'ignored', 'invalid']).toContain(r.kind);
        if (r.kind === 'invalid') expect(r.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on envelope-like objects with arbitrary members', () => {
    const loose = fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue(), { maxKeys: 6 });
    fc.assert(
      fc.property(
        fc.constantFrom(
          'zen:event-type:ticket.comment_added',
          'zen:event-type:ticket.created',
          'zen:event-type:ticket.tags_changed',
          'zen:event-type:ticket.status_changed',
        ),
        loose,
        loose,
        fc.option(fc.string({ maxLength: 10 })),
        (type, detail, event, id) => {
          const r = parseZendeskWebhook(
            { type, id, detail, event },
            { ...OPTS, acceptOtherTicketEvents: true },
          );
          expect(['event', 'ignored', 'invalid']).toContain(r.kind);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('writer resolution properties', () => {
  it('after a re-read: keeps fresh tags, adds additions, drops removals, never lowers priority', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(tag, { maxLength: 8 }),
        fc.uniqueArray(tag, { maxLength: 4 }),
        fc.uniqueArray(tag, { maxLength: 3 }),
        fc.option(priority, { nil: null }),
        priority,
        (fresh, add, remove, current, floor) => {
          const req = resolveUpdate(
            { ticketId: '1', addTags: add, removeTags: remove, minPriority: floor, updatedStamp: 'old' },
            { id: '1', tags: fresh, updatedAt: 'new', priority: current },
          );
          if (add.length === 0 && remove.length === 0) expect(req.tags).toBeUndefined();
          const out = new Set(req.tags ?? fresh);
          for (const t of add) if (!remove.includes(t)) expect(out.has(t)).toBe(true);
          for (const t of fresh) if (!remove.includes(t)) expect(out.has(t)).toBe(true);
          for (const t of remove) expect(out.has(t)).toBe(false);
          expect((req.tags ?? fresh).length).toBe(out.size);
          expect(req.updatedStamp).toBe('new');
          const rank = (p: string | null | undefined) => TICKET_PRIORITIES.indexOf((p ?? 'low') as never);
          expect(rank(req.priority)).toBeGreaterThanOrEqual(Math.max(rank(current), rank(floor)));
        },
      ),
      { numRuns: 300 },
    );
  });
});
