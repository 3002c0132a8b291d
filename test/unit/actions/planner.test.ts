import { describe, expect, it } from 'vitest';
import { serviceSectionSchema } from '../../../src/config/policy-file.js';
import {
  findDecisionMarkers,
  renderDecisionNote,
  truncateQuote,
} from '../../../src/actions/decision-note.js';
import { planDecisionUpdate } from '../../../src/actions/planner.js';
import type { Decision } from '../../../src/policy/types.js';
import type { TicketEvent } from '../../../src/tickets/types.js';

const policy = serviceSectionSchema.parse({ version: 'test-1' });
const policyEn = serviceSectionSchema.parse({ version: 'test-1', notes: { language: 'en' } });

const TEXT = 'I will come to your office and break your face, you idiot. Pay me 1,000,000 yen.';
function span(category: Decision['evidence'][number]['category'], quote: string) {
  const start = TEXT.indexOf(quote);
  return { category, quote, start, end: start + quote.length, message: 0, rule: `${category}.test` };
}

const harassment: Decision = {
  verdict: 'harassment',
  means: ['violence', 'insult'],
  demands: ['monetary'],
  evidence: [
    span('violence', 'I will come to your office and break your face'),
    span('insult', 'you idiot'),
    span('monetary', 'Pay me 1,000,000 yen'),
  ],
  severity: 'critical',
  clauses: {
    violence: '1(2)(a) violence',
    insult: '1(2)(b) psychological attack: insults and abusive language',
    monetary: '1(1)(c) demand for monetary compensation beyond the contract',
  },
  lang: 'en',
  policyVersion: 'test-1',
};

const insultOnly: Decision = {
  ...harassment,
  means: ['insult'],
  demands: [],
  evidence: [span('insult', 'you idiot')],
  severity: 'medium',
  clauses: { insult: harassment.clauses.insult },
};

const review: Decision = {
  ...harassment,
  verdict: 'review',
  means: [],
  demands: ['monetary'],
  evidence: [span('monetary', 'Pay me 1,000,000 yen')],
  severity: 'low',
  clauses: { monetary: harassment.clauses.monetary },
};

const none: Decision = { ...harassment, verdict: 'none', means: [], demands: [], evidence: [], clauses: {} };

const event: TicketEvent = {
  eventId: 'e1',
  kind: 'comment_added',
  type: 'zen:event-type:ticket.comment_added',
  ticketId: '42',
  tags: ['vip', 'login'],
  updatedAt: '2026-11-29T03:00:00Z',
  priority: 'normal',
  comment: { id: '10001', body: TEXT, isPublic: true, authorId: '99', authorIsStaff: false },
};

function plan(decision: Decision, ev: TicketEvent = event, p = policy) {
  return planDecisionUpdate({
    decision,
    event: ev,
    policy: p,
    supervisorGroupId: '700',
    decisionId: 'd-123',
  });
}

describe('planDecisionUpdate', () => {
  it('harassment: one update with tags, private note, supervisor group and urgent priority for violence', () => {
    const u = plan(harassment);
    expect(u).not.toBeNull();
    expect(u).toMatchObject({
      ticketId: '42',
      tags: [
        'vip',
        'login',
        'harassment_suspected',
        'harassment_escalated',
        'harassment_violence',
        'harassment_insult',
        'harassment_monetary',
      ],
      addTags: [
        'harassment_suspected',
        'harassment_escalated',
        'harassment_violence',
        'harassment_insult',
        'harassment_monetary',
      ],
      groupId: '700',
      priority: 'urgent',
      minPriority: 'urgent',
      updatedStamp: '2026-11-29T03:00:00Z',
    });
    expect(u?.comment?.public).toBe(false);
    expect(u?.status).toBeUndefined();
  });

  it('harassment without violence raises to high, and never lowers an urgent ticket', () => {
    expect(plan(insultOnly)?.priority).toBe('high');
    expect(plan(insultOnly, { ...event, priority: 'urgent' })?.priority).toBe('urgent');
    expect(plan(insultOnly, { ...event, priority: 'low' })?.priority).toBe('high');
    expect(plan(insultOnly, { ...event, priority: null })?.priority).toBe('high');
  });

  it('leaves the priority to the writer when the event did not carry it', () => {
    const { priority: _p, ...noPriority } = event;
    const u = plan(insultOnly, noPriority);
    expect(u?.priority).toBeUndefined();
    expect(u?.minPriority).toBe('high');
  });

  it('takes tag names, the escalation priority and urgent categories from the policy', () => {
    const custom = serviceSectionSchema.parse({
      version: 'x',
      tags: { suspected: 'cx_sus', escalated: 'cx_esc', category_prefix: 'cx_' },
      escalation: { priority: 'normal', urgent: ['insult'] },
    });
    const u = plan(insultOnly, { ...event, priority: 'low' }, custom);
    expect(u?.addTags).toEqual(['cx_sus', 'cx_esc', 'cx_insult']);
    expect(u?.priority).toBe('urgent');
    const v = plan({ ...insultOnly, means: ['intimidation'] }, { ...event, priority: 'low' }, custom);
    expect(v?.priority).toBe('normal');
  });

  it('review: review and category tags and a private note, no reassignment or priority change', () => {
    const u = plan(review);
    expect(u).toMatchObject({
      tags: ['vip', 'login', 'harassment_review', 'harassment_monetary'],
      addTags: ['harassment_review', 'harassment_monetary'],
      comment: { public: false },
    });
    expect(u?.groupId).toBeUndefined();
    expect(u?.priority).toBeUndefined();
    expect(u?.minPriority).toBeUndefined();
  });

  it('none: no update', () => {
    expect(plan(none)).toBeNull();
  });

  it('does not duplicate tags the ticket already has', () => {
    const u = plan(insultOnly, { ...event, tags: ['harassment_suspected'] });
    expect(u?.tags).toEqual(['harassment_suspected', 'harassment_escalated', 'harassment_insult']);
  });
});

describe('decision note', () => {
  it('quotes evidence verbatim, cites clauses, carries the marker (Japanese by default)', () => {
    const body = plan(harassment)?.comment?.body ?? '';
    expect(body).toContain('> I will come to your office and break your face');
    expect(body).toContain('> you idiot');
    expect(body).toContain('1(2)(a) violence');
    expect(body).toContain('1(1)(c) demand for monetary compensation beyond the contract');
    expect(body).toContain('暴力');
    expect(body).toContain('harassment_refusal_approved');
    expect(body.split('\n')[0]).toBe('[harassment-guard:decision:d-123]');
    expect(findDecisionMarkers(body)).toEqual(['d-123']);
  });

  it('renders in English when the policy says so, with the next step', () => {
    const body = plan(review, event, policyEn)?.comment?.body ?? '';
    expect(body).toContain('possibly inappropriate demand');
    expect(body).toContain('> Pay me 1,000,000 yen');
    expect(body).toContain('Recommended next step');
    expect(body).toContain('[harassment-guard:decision:d-123]');
    expect(body).not.toMatch(/\{\{|\}\}/);
  });

  it('includes persistence figures when present', () => {
    const persistent: Decision = {
      ...insultOnly,
      means: ['persistence'],
      evidence: [span('insult', 'you idiot')],
      persistence: { messages: 7, tickets: 1, repeats: 6, spanMinutes: 52 },
    };
    const body = renderDecisionNote({ decision: persistent, decisionId: 'd1', policy: policyEn });
    expect(body).toContain('7 messages in 52 minutes');
    expect(body).toContain('> you idiot');
  });

  it('truncates long quotes by code points and never re-expands placeholders in customer text', () => {
    const long = '😀'.repeat(400);
    expect([...truncateQuote(long)].length).toBeLessThanOrEqual(282);
    expect(truncateQuote(long).endsWith('…')).toBe(true);
    const sneaky: Decision = {
      ...insultOnly,
      evidence: [{ ...span('insult', 'you idiot'), quote: '{{marker}} idiot' }],
    };
    const body = renderDecisionNote({ decision: sneaky, decisionId: 'd2', policy: policyEn });
    expect(body).toContain('> {{marker}} idiot');
    expect(findDecisionMarkers(body)).toEqual(['d2']);
  });

  it('rejects decision ids that would break the marker', () => {
    expect(() => renderDecisionNote({ decision: insultOnly, decisionId: 'a]b', policy })).toThrow(
      /decision id/,
    );
  });
});
