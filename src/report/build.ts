/**
 * The compliance report as a pure function of tickets and options: no I/O,
 * no clock (generatedAt is passed in), no Zendesk JSON. Fetching lives in
 * ./fetch.ts, rendering in ./render-*.ts.
 */
import { DEMAND_CATEGORIES, MEANS_CATEGORIES } from '../policy/types.js';
import { monthsOf, periodBounds, weekStart, weeksOf } from './period.js';
import type {
  CountRow,
  DurationStats,
  RepeatRequester,
  ReportData,
  ReportOptions,
  ReportTicket,
} from './types.js';

export const VERDICT_KEYS = {
  harassment: 'harassment',
  review: 'review',
  flagRemoved: 'false positive (flag removed)',
  notFlagged: 'approved without a flag',
} as const;

/** Counts in `order`, then sorted by count (descending) with `order` as the tie-break. */
function countRows(order: readonly string[], counts: Map<string, number>, sort: boolean): CountRow[] {
  const rows = order.map((key) => ({ key, count: counts.get(key) ?? 0 }));
  if (!sort) return rows;
  const rank = new Map(order.map((k, i) => [k, i]));
  return rows.sort((a, b) => b.count - a.count || (rank.get(a.key) ?? 0) - (rank.get(b.key) ?? 0));
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** Median (mean of the two middle values for an even count). */
export function median(sorted: number[]): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const mid = Math.floor(n / 2);
  return n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Nearest-rank percentile, p in (0, 1]. */
export function percentile(sorted: number[], p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  return sorted[Math.min(n - 1, Math.max(0, Math.ceil(p * n) - 1))]!;
}

const round1 = (x: number | null): number | null => (x === null ? null : Math.round(x * 10) / 10);

/**
 * Minutes from the customer's message to the escalation: from the latest
 * requester message at or before the change that added the escalation tag,
 * or from the ticket's creation when the history shows none. Null when the
 * history was not fetched or holds no escalation.
 */
export function escalationDelayMinutes(ticket: ReportTicket, escalatedTag: string): number | null {
  if (!ticket.history) return null;
  const history = [...ticket.history].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const escIndex = history.findIndex((h) => h.addedTags.includes(escalatedTag));
  if (escIndex < 0) return null;
  const escAt = Date.parse(history[escIndex]!.at);
  let msgAt = Date.parse(ticket.createdAt);
  for (let i = escIndex; i >= 0; i--) {
    if (history[i]!.requesterMessage) {
      msgAt = Date.parse(history[i]!.at);
      break;
    }
  }
  if (!Number.isFinite(escAt) || !Number.isFinite(msgAt)) return null;
  return Math.max(0, (escAt - msgAt) / 60_000);
}

export function buildReport(input: readonly ReportTicket[], options: ReportOptions): ReportData {
  const { tags } = options;
  const bounds = periodBounds(options.period.from, options.period.to);
  const serviceTags = new Set([
    tags.suspected,
    tags.review,
    tags.escalated,
    tags.refusal_approved,
    tags.support_refused,
    tags.false_positive,
  ]);

  // Several searches may return the same ticket: keep one per id.
  const byId = new Map<string, ReportTicket>();
  for (const t of input) {
    const created = Date.parse(t.createdAt);
    if (!(created >= bounds.startMs && created < bounds.endMs)) continue;
    if (!t.tags.some((tag) => serviceTags.has(tag))) continue;
    if (!byId.has(t.id)) byId.set(t.id, t);
  }
  const tickets = [...byId.values()].sort((a, b) => Number(a.id) - Number(b.id) || a.id.localeCompare(b.id));

  const verdicts = new Map<string, number>();
  const means = new Map<string, number>();
  const demands = new Map<string, number>();
  const channels = new Map<string, number>();
  const months = new Map<string, number>();
  const weeks = new Map<string, number>();
  const requesters = new Map<string, { tickets: number; first: number; last: number }>();
  const delays: number[] = [];
  let flagged = 0;
  let escalations = 0;
  let approvals = 0;
  let refusals = 0;
  let falsePositives = 0;
  let suspensions = 0;
  const suspendedTag = tags.requester_suspended ?? null;
  let escalatedWithHistory = 0;

  for (const t of tickets) {
    const has = (tag: string): boolean => t.tags.includes(tag);
    const created = Date.parse(t.createdAt);
    const isFalsePositive = has(tags.false_positive);
    const wasFlagged = has(tags.suspected) || has(tags.review) || isFalsePositive;

    if (has(tags.suspected)) bump(verdicts, VERDICT_KEYS.harassment);
    else if (has(tags.review)) bump(verdicts, VERDICT_KEYS.review);
    else if (isFalsePositive) bump(verdicts, VERDICT_KEYS.flagRemoved);
    else bump(verdicts, VERDICT_KEYS.notFlagged);

    for (const c of MEANS_CATEGORIES) if (has(tags.category_prefix + c)) bump(means, c);
    for (const c of DEMAND_CATEGORIES) if (has(tags.category_prefix + c)) bump(demands, c);
    bump(channels, t.channel || 'unknown');
    bump(months, new Date(created).toISOString().slice(0, 7));
    bump(weeks, weekStart(created));

    if (wasFlagged) flagged += 1;
    if (isFalsePositive) falsePositives += 1;
    if (has(tags.escalated)) {
      escalations += 1;
      if (t.history) escalatedWithHistory += 1;
      const delay = escalationDelayMinutes(t, tags.escalated);
      if (delay !== null) delays.push(delay);
    }
    if (has(tags.refusal_approved)) approvals += 1;
    if (has(tags.support_refused)) refusals += 1;
    if (suspendedTag && has(suspendedTag)) suspensions += 1;

    // A repeat requester is one with two or more tickets the service flagged
    // and nobody marked as a false positive.
    if (t.requesterId && (has(tags.suspected) || has(tags.review)) && !isFalsePositive) {
      const r = requesters.get(t.requesterId) ?? { tickets: 0, first: created, last: created };
      r.tickets += 1;
      r.first = Math.min(r.first, created);
      r.last = Math.max(r.last, created);
      requesters.set(t.requesterId, r);
    }
  }

  const repeatRequesters: RepeatRequester[] = [...requesters.entries()]
    .filter(([, r]) => r.tickets >= 2)
    .map(([id, r]) => ({
      label: options.requesterLabel(id),
      tickets: r.tickets,
      firstAt: new Date(r.first).toISOString().slice(0, 10),
      lastAt: new Date(r.last).toISOString().slice(0, 10),
    }))
    .sort((a, b) => b.tickets - a.tickets || a.label.localeCompare(b.label));

  delays.sort((a, b) => a - b);
  const timeToEscalation: DurationStats = {
    count: delays.length,
    medianMinutes: round1(median(delays)),
    p90Minutes: round1(percentile(delays, 0.9)),
    maxMinutes: round1(delays.length ? delays[delays.length - 1]! : null),
  };

  const verdictOrder = [
    VERDICT_KEYS.harassment,
    VERDICT_KEYS.review,
    VERDICT_KEYS.flagRemoved,
    VERDICT_KEYS.notFlagged,
  ];
  const byVerdict = countRows(verdictOrder, verdicts, false).filter(
    (r) => r.count > 0 || r.key === VERDICT_KEYS.harassment || r.key === VERDICT_KEYS.review,
  );
  const byMeans = countRows(MEANS_CATEGORIES, means, true);
  const byDemand = countRows(DEMAND_CATEGORIES, demands, true);
  const channelOrder = [...channels.keys()].sort();

  const notes: string[] = [
    'Period boundaries are whole days in UTC; a ticket belongs to the period in which it was created.',
    options.revealed
      ? 'Requesters are shown by their Zendesk id (--reveal). Handle this report as personal data.'
      : 'Requesters are pseudonymised with a keyed hash (HMAC-SHA256); the same key gives the same label in every report.',
    suspendedTag
      ? `Suspensions: tickets tagged ${suspendedTag}, which the service adds after it suspends the requester${options.suspendRequester ? '' : ' (suspend_requester is off in the policy file now)'}.`
      : 'Suspensions: not recorded (tags.requester_suspended is off in the policy file).',
  ];
  const coverage = options.historyCoverage;
  if (coverage && coverage.fetched < coverage.eligible) {
    notes.push(
      `Time to escalation is measured on ${coverage.fetched} of ${coverage.eligible} escalated tickets (history fetch is bounded).`,
    );
  } else if (!coverage && escalations > 0 && escalatedWithHistory === 0) {
    notes.push('Time to escalation: ticket histories were not fetched.');
  }

  return {
    title: 'Customer harassment: compliance committee report',
    period: { ...options.period },
    generatedAt: options.generatedAt,
    policyVersion: options.policyVersion,
    revealed: options.revealed,
    totals: {
      tickets: tickets.length,
      flagged,
      escalations,
      approvals,
      refusals,
      suspensions: suspendedTag ? suspensions : null,
      falsePositives,
      falsePositiveRate: flagged > 0 ? falsePositives / flagged : null,
    },
    byVerdict,
    byMeans,
    byDemand,
    byCategory: [...byMeans, ...byDemand],
    byChannel: countRows(channelOrder, channels, true),
    byMonth: countRows(monthsOf(options.period.from, options.period.to), months, false),
    byWeek: countRows(weeksOf(bounds), weeks, false),
    repeatRequesters,
    timeToEscalation,
    notes,
  };
}
