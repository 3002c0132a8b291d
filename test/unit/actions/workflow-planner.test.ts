import { describe, expect, it } from 'vitest';
import { serviceSectionSchema } from '../../../src/config/policy-file.js';
import { findDecisionMarkers } from '../../../src/actions/decision-note.js';
import {
  planApprovalRejection,
  planFalsePositiveCleanup,
  planRefusal,
} from '../../../src/actions/workflow-planner.js';

const policy = serviceSectionSchema.parse({ version: 't' });
const approved = {
  ticketId: '42',
  tags: [
    'vip',
    'harassment_suspected',
    'harassment_escalated',
    'harassment_insult',
    'harassment_refusal_approved',
  ],
  updatedAt: '2026-11-29T05:00:00Z',
};

describe('planRefusal', () => {
  it('posts the public notice in the requester language, adds the refused tag and solves, in one update', () => {
    const plan = planRefusal({ ticket: approved, policy, requesterLocale: 'ja-JP' });
    expect(plan?.lang).toBe('ja');
    expect(plan?.update).toMatchObject({
      ticketId: '42',
      tags: [...approved.tags, 'harassment_support_refused'],
      addTags: ['harassment_support_refused'],
      status: 'solved',
      updatedStamp: '2026-11-29T05:00:00Z',
      comment: { public: true },
    });
    expect(plan?.update.comment?.body).toContain('第12条（サポートの停止）');
    expect(plan?.update.tags).toContain('harassment_refusal_approved');
    expect(plan?.update.removeTags).toBeUndefined();
  });

  it('uses English for other locales and nothing once the notice is recorded', () => {
    expect(planRefusal({ ticket: approved, policy, requesterLocale: 'fr' })?.lang).toBe('en');
    const done = { ...approved, tags: [...approved.tags, 'harassment_support_refused'] };
    expect(planRefusal({ ticket: done, policy, requesterLocale: 'ja' })).toBeNull();
  });
});

describe('planApprovalRejection', () => {
  it('removes the approval tag and explains why in a private note with a marker', () => {
    const u = planApprovalRejection({
      ticket: approved,
      policy,
      reason: 'not-supervisor',
      noteId: 'reject-901',
    });
    expect(u).toMatchObject({
      ticketId: '42',
      removeTags: ['harassment_refusal_approved'],
      comment: { public: false },
      updatedStamp: '2026-11-29T05:00:00Z',
    });
    expect(u?.tags).not.toContain('harassment_refusal_approved');
    expect(u?.comment?.body).toContain('責任者グループのメンバーではない');
    expect(findDecisionMarkers(u?.comment?.body ?? '')).toEqual(['reject-901']);
    const en = serviceSectionSchema.parse({ version: 't', notes: { language: 'en' } });
    const v = planApprovalRejection({ ticket: approved, policy: en, reason: 'no-audit', noteId: 'r2' });
    expect(v?.comment?.body).toContain('the ticket history does not show who added it');
  });

  it('does nothing when the tag is already gone', () => {
    const gone = { ...approved, tags: ['vip'] };
    expect(planApprovalRejection({ ticket: gone, policy, reason: 'no-audit', noteId: 'r' })).toBeNull();
  });
});

describe('planFalsePositiveCleanup', () => {
  it('removes the flag tags (categories included) and keeps the false-positive and refusal tags', () => {
    const fp = { ...approved, tags: [...approved.tags, 'harassment_review', 'harassment_false_positive'] };
    const u = planFalsePositiveCleanup({ ticket: fp, policy });
    expect(u?.removeTags).toEqual([
      'harassment_suspected',
      'harassment_escalated',
      'harassment_review',
      'harassment_insult',
    ]);
    expect(u?.tags).toEqual(['vip', 'harassment_refusal_approved', 'harassment_false_positive']);
    expect(planFalsePositiveCleanup({ ticket: { ticketId: '1', tags: ['x'] }, policy })).toBeNull();
  });
});
