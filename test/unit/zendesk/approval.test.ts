import { describe, expect, it } from 'vitest';
import type { TicketAudit } from '../../../src/tickets/types.js';
import { latestTagAddition } from '../../../src/zendesk/approval.js';

function audit(id: string, authorId: string, createdAt: string, addedTags: string[]): TicketAudit {
  return { id, authorId, createdAt, addedTags, removedTags: [], comments: [] };
}

describe('latestTagAddition', () => {
  it('returns the author of the latest audit that added the tag', () => {
    const audits = [
      audit('1', 'a', '2026-11-29T01:00:00Z', ['x']),
      audit('2', 'b', '2026-11-29T02:00:00Z', ['x']),
      audit('3', 'c', '2026-11-29T03:00:00Z', ['y']),
    ];
    expect(latestTagAddition(audits, 'x')).toEqual({ userId: 'b', auditId: '2', at: '2026-11-29T02:00:00Z' });
    expect(latestTagAddition([...audits].reverse(), 'x')?.userId).toBe('b');
    expect(latestTagAddition(audits, 'z')).toBeUndefined();
  });

  it('breaks a tie on time by list order', () => {
    const audits = [
      audit('1', 'a', '2026-11-29T01:00:00Z', ['x']),
      audit('2', 'b', '2026-11-29T01:00:00Z', ['x']),
    ];
    expect(latestTagAddition(audits, 'x')?.userId).toBe('b');
  });
});
