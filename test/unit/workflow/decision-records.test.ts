import { describe, expect, it } from 'vitest';
import { recordFields } from '../../../src/workflow/decision-records.js';
import { hashFingerprint } from '../../../src/workflow/redis-contact-log.js';
import { messageKey, workflowKeys } from '../../../src/workflow/keys.js';
import { contactKey } from '../../../src/workflow/stores.js';
import { serviceActedAfter } from '../../../src/zendesk/approval.js';
import { fingerprintSimilarity } from '../../../src/policy/index.js';
import type { TicketAudit } from '../../../src/tickets/types.js';

describe('recordFields', () => {
  it('writes flat string pairs and leaves out what is unknown', () => {
    const at = new Date('2026-11-29T05:00:00Z');
    const fields = recordFields(
      {
        kind: 'decision',
        ticketId: '42',
        eventId: 'ev-1',
        decisionId: 'd1',
        verdict: 'harassment',
        categories: ['violence', 'insult'],
        policyVersion: '2026.11.0',
        actions: ['tags', 'note', 'group', 'priority:urgent'],
        outcome: 'written',
        mode: 'live',
        durationMs: 12.4,
      },
      at,
    );
    const o = Object.fromEntries(
      Array.from({ length: fields.length / 2 }, (_, i) => [fields[2 * i], fields[2 * i + 1]]),
    );
    expect(o).toEqual({
      v: '1',
      at: '2026-11-29T05:00:00.000Z',
      kind: 'decision',
      ticket_id: '42',
      event_id: 'ev-1',
      decision_id: 'd1',
      verdict: 'harassment',
      categories: 'violence,insult',
      policy_version: '2026.11.0',
      actions: 'tags,note,group,priority:urgent',
      outcome: 'written',
      mode: 'live',
      duration_ms: '12',
    });
  });
});

describe('hashFingerprint', () => {
  it('hides the words but keeps the similarity the engine uses', () => {
    const a = 'delivery order refund today';
    const b = 'order refund today';
    const ha = hashFingerprint(a);
    const hb = hashFingerprint(b);
    expect(ha).not.toMatch(/order|refund|delivery/);
    expect(fingerprintSimilarity(ha, hb)).toBe(fingerprintSimilarity(a, b));
    expect(hashFingerprint('')).toBe('');
  });
});

describe('keys', () => {
  it('gives one message the same key whatever the whitespace, and no text in any key', () => {
    expect(messageKey('7', 'you  idiots\n')).toBe(messageKey('7', 'you idiots'));
    expect(messageKey('7', 'you idiots')).not.toBe(messageKey('8', 'you idiots'));
    const k = workflowKeys('hg');
    expect(k.contactByRequester('123')).toMatch(/^hg:contact:requester:[0-9a-f]{32}$/);
    expect(contactKey('123', '9')).toBe('r:123');
    expect(contactKey(undefined, '9')).toBe('t:9');
  });
});

describe('serviceActedAfter', () => {
  const audit = (id: string, authorId: string, addedTags: string[]): TicketAudit => ({
    id,
    authorId,
    createdAt: `2026-11-29T05:00:0${id}Z`,
    addedTags,
    removedTags: [],
    comments: [],
  });
  it('finds the service audit that added the refused tag after the approval only', () => {
    const audits = [
      audit('1', '10', ['harassment_suspected']),
      audit('2', '55', ['harassment_refusal_approved']),
      audit('3', '10', ['harassment_support_refused']),
    ];
    expect(serviceActedAfter(audits, '2', '10', 'harassment_support_refused')).toBe(true);
    expect(serviceActedAfter(audits.slice(0, 2), '2', '10', 'harassment_support_refused')).toBe(false);
    // An earlier refusal (before a new approval) does not count for the new one.
    const reapproved = [...audits, audit('4', '55', ['harassment_refusal_approved'])];
    expect(serviceActedAfter(reapproved, '4', '10', 'harassment_support_refused')).toBe(false);
    // Someone else adding the tag is not the service's notice.
    expect(serviceActedAfter(audits, '2', '99', 'harassment_support_refused')).toBe(false);
  });
});
