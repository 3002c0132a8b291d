import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReport, escalationDelayMinutes, median, percentile } from '../../../src/report/build.js';
import type { ReportOptions, ReportTagNames, ReportTicket } from '../../../src/report/types.js';

const TAGS: ReportTagNames = {
  suspected: 'harassment_suspected',
  escalated: 'harassment_escalated',
  review: 'harassment_review',
  category_prefix: 'harassment_',
  refusal_approved: 'harassment_refusal_approved',
  support_refused: 'harassment_support_refused',
  false_positive: 'harassment_false_positive',
};

function options(over: Partial<ReportOptions> = {}): ReportOptions {
  return {
    period: { from: '2026-11-01', to: '2026-11-30' },
    tags: TAGS,
    policyVersion: '2026.11.0',
    suspendRequester: false,
    requesterLabel: (id) => `P(${id})`,
    revealed: false,
    generatedAt: '2026-12-01T00:00:00Z',
    ...over,
  };
}

let nextId = 1;
function ticket(over: Partial<ReportTicket> = {}): ReportTicket {
  return { id: String(nextId++), createdAt: '2026-11-10T10:00:00Z', tags: [], channel: 'email', ...over };
}

const count = (rows: { key: string; count: number }[], key: string): number | undefined =>
  rows.find((r) => r.key === key)?.count;

describe('buildReport', () => {
  it('keeps tickets created inside the period that carry a service tag, once each', () => {
    const inside = ticket({ id: '10', tags: [TAGS.suspected] });
    const data = buildReport(
      [
        inside,
        { ...inside }, // the same ticket from a second tag search
        ticket({ createdAt: '2026-11-01T00:00:00Z', tags: [TAGS.review] }), // first instant: in
        ticket({ createdAt: '2026-11-30T23:59:59Z', tags: [TAGS.review] }), // last second: in
        ticket({ createdAt: '2026-12-01T00:00:00Z', tags: [TAGS.review] }), // next day: out
        ticket({ createdAt: '2026-10-31T23:59:59Z', tags: [TAGS.suspected] }), // day before: out
        ticket({ tags: ['billing', 'harassment_insult'] }), // a category tag alone is not the service's mark
      ],
      options(),
    );
    expect(data.totals.tickets).toBe(3);
    expect(data.totals.flagged).toBe(3);
    expect(count(data.byVerdict, 'harassment')).toBe(1);
    expect(count(data.byVerdict, 'review')).toBe(2);
  });

  it('counts verdicts with harassment over review, and unflagged approvals apart', () => {
    const data = buildReport(
      [
        ticket({ tags: [TAGS.suspected, TAGS.review] }),
        ticket({ tags: [TAGS.review] }),
        ticket({ tags: [TAGS.false_positive] }),
        ticket({ tags: [TAGS.refusal_approved, TAGS.support_refused] }),
      ],
      options(),
    );
    expect(data.byVerdict).toEqual([
      { key: 'harassment', count: 1 },
      { key: 'review', count: 1 },
      { key: 'false positive (flag removed)', count: 1 },
      { key: 'approved without a flag', count: 1 },
    ]);
    expect(data.totals).toMatchObject({
      tickets: 4,
      flagged: 3,
      approvals: 1,
      refusals: 1,
      falsePositives: 1,
    });
    expect(data.totals.falsePositiveRate).toBeCloseTo(1 / 3);
    expect(data.totals.suspensions).toBeNull();
  });

  it('counts every category, zero-filled, sorted by count then policy order', () => {
    const data = buildReport(
      [
        ticket({ tags: [TAGS.suspected, 'harassment_insult', 'harassment_monetary'] }),
        ticket({ tags: [TAGS.suspected, 'harassment_insult', 'harassment_violence'] }),
        ticket({ tags: [TAGS.review, 'harassment_exchange', 'harassment_unknown_thing'] }),
      ],
      options(),
    );
    expect(data.byMeans.map((r) => r.key).slice(0, 3)).toEqual(['insult', 'violence', 'intimidation']);
    expect(count(data.byMeans, 'insult')).toBe(2);
    expect(data.byMeans).toHaveLength(10);
    expect(data.byDemand).toEqual([
      { key: 'exchange', count: 1 },
      { key: 'monetary', count: 1 },
      { key: 'excessive', count: 0 },
      { key: 'unrelated', count: 0 },
    ]);
    expect(data.byCategory).toHaveLength(14);
  });

  it('honours tag names from the policy file', () => {
    const tags: ReportTagNames = {
      ...TAGS,
      suspected: 'hg_flag',
      category_prefix: 'hg_',
      escalated: 'hg_up',
    };
    const data = buildReport(
      [
        ticket({ tags: ['hg_flag', 'hg_up', 'hg_insult'] }),
        ticket({ tags: [TAGS.suspected, 'harassment_insult'] }),
      ],
      options({ tags }),
    );
    expect(data.totals.tickets).toBe(1);
    expect(data.totals.escalations).toBe(1);
    expect(count(data.byMeans, 'insult')).toBe(1);
  });

  it('zero-fills months and weeks across a year end', () => {
    const data = buildReport(
      [ticket({ createdAt: '2027-01-05T00:00:00Z', tags: [TAGS.review] })],
      options({ period: { from: '2026-12-15', to: '2027-02-10' } }),
    );
    expect(data.byMonth).toEqual([
      { key: '2026-12', count: 0 },
      { key: '2027-01', count: 1 },
      { key: '2027-02', count: 0 },
    ]);
    expect(data.byWeek[0]).toEqual({ key: '2026-12-14', count: 0 });
    expect(count(data.byWeek, '2027-01-04')).toBe(1);
    expect(data.byWeek.at(-1)?.key).toBe('2027-02-08');
  });

  it('lists repeat requesters (2+ flagged, not false-positive) by label only', () => {
    const data = buildReport(
      [
        ticket({ requesterId: 'A', tags: [TAGS.suspected], createdAt: '2026-11-03T00:00:00Z' }),
        ticket({ requesterId: 'A', tags: [TAGS.review], createdAt: '2026-11-20T00:00:00Z' }),
        ticket({ requesterId: 'B', tags: [TAGS.suspected] }),
        ticket({ requesterId: 'B', tags: [TAGS.suspected, TAGS.false_positive] }),
        ticket({ requesterId: 'C', tags: [TAGS.suspected] }),
        ticket({ requesterId: 'C', tags: [TAGS.refusal_approved] }),
      ],
      options(),
    );
    expect(data.repeatRequesters).toEqual([
      { label: 'P(A)', tickets: 2, firstAt: '2026-11-03', lastAt: '2026-11-20' },
    ]);
  });

  it('times escalations from the latest requester message before the escalation', () => {
    const t = ticket({
      createdAt: '2026-11-10T10:00:00Z',
      tags: [TAGS.suspected, TAGS.escalated],
      history: [
        { at: '2026-11-10T10:00:00Z', addedTags: [], requesterMessage: true },
        { at: '2026-11-10T12:00:00Z', addedTags: [], requesterMessage: true },
        { at: '2026-11-10T12:07:30Z', addedTags: [TAGS.suspected, TAGS.escalated], requesterMessage: false },
        { at: '2026-11-10T15:00:00Z', addedTags: [], requesterMessage: true },
      ],
    });
    expect(escalationDelayMinutes(t, TAGS.escalated)).toBe(7.5);
    // No requester message in the history: from the ticket's creation.
    const u = ticket({
      createdAt: '2026-11-10T10:00:00Z',
      tags: [TAGS.escalated],
      history: [{ at: '2026-11-10T11:00:00Z', addedTags: [TAGS.escalated], requesterMessage: false }],
    });
    expect(escalationDelayMinutes(u, TAGS.escalated)).toBe(60);
    expect(escalationDelayMinutes(ticket({ tags: [TAGS.escalated] }), TAGS.escalated)).toBeNull();
    const data = buildReport([t, u], options());
    expect(data.timeToEscalation).toEqual({ count: 2, medianMinutes: 33.8, p90Minutes: 60, maxMinutes: 60 });
  });

  it('median and nearest-rank percentile', () => {
    expect(median([])).toBeNull();
    expect(median([1, 2, 3, 10])).toBe(2.5);
    expect(percentile([3, 5, 8, 12, 20, 30, 45], 0.9)).toBe(45);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
  });

  it('says what was not measured', () => {
    const data = buildReport([ticket({ tags: [TAGS.suspected, TAGS.escalated] })], {
      ...options(),
      historyCoverage: { fetched: 0, eligible: 1 },
      suspendRequester: true,
    });
    expect(data.notes.join('\n')).toMatch(/measured on 0 of 1 escalated tickets/);
    expect(data.notes.join('\n')).toMatch(/Suspensions: not recorded/);
    expect(data.timeToEscalation.medianMinutes).toBeNull();
  });

  it('counts suspensions from the tag the service adds after suspending', () => {
    const tags = { ...TAGS, requester_suspended: 'harassment_requester_suspended' };
    const data = buildReport(
      [
        ticket({ id: '1', tags: [TAGS.suspected, TAGS.support_refused, 'harassment_requester_suspended'] }),
        ticket({ id: '2', tags: [TAGS.suspected, TAGS.support_refused] }),
      ],
      { ...options(), tags },
    );
    expect(data.totals.suspensions).toBe(1);
    expect(data.notes.join('\n')).toMatch(/tagged harassment_requester_suspended/);
  });

  it('sums are consistent for any tickets (property)', () => {
    const tagPool = Object.values(TAGS).filter((t) => t !== TAGS.category_prefix);
    const arb = fc.array(
      fc.record({
        id: fc.integer({ min: 1, max: 60 }).map(String),
        day: fc.integer({ min: -5, max: 40 }),
        tags: fc.subarray([...tagPool, 'harassment_insult', 'harassment_monetary', 'vip']),
        channel: fc.constantFrom('email', 'web', 'chat', ''),
        requesterId: fc.option(fc.constantFrom('r1', 'r2', 'r3'), { nil: undefined }),
      }),
      { maxLength: 80 },
    );
    fc.assert(
      fc.property(arb, (raw) => {
        const tickets: ReportTicket[] = raw.map((r) => ({
          id: r.id,
          createdAt: new Date(Date.UTC(2026, 10, 1) + r.day * 86_400_000 + 3_600_000).toISOString(),
          tags: r.tags,
          channel: r.channel,
          ...(r.requesterId ? { requesterId: r.requesterId } : {}),
        }));
        const d = buildReport(tickets, options());
        const sum = (rows: { count: number }[]): number => rows.reduce((a, r) => a + r.count, 0);
        expect(sum(d.byVerdict)).toBe(d.totals.tickets);
        expect(sum(d.byChannel)).toBe(d.totals.tickets);
        expect(sum(d.byMonth)).toBe(d.totals.tickets);
        expect(sum(d.byWeek)).toBe(d.totals.tickets);
        expect(d.totals.flagged).toBeLessThanOrEqual(d.totals.tickets);
        expect(d.totals.falsePositives).toBeLessThanOrEqual(d.totals.flagged);
        if (d.totals.falsePositiveRate !== null) {
          expect(d.totals.falsePositiveRate).toBeGreaterThanOrEqual(0);
          expect(d.totals.falsePositiveRate).toBeLessThanOrEqual(1);
        }
        expect(d.totals.tickets).toBeLessThanOrEqual(new Set(raw.map((r) => r.id)).size);
      }),
      { numRuns: 200 },
    );
  });
});
