/**
 * Gathers the report's tickets from Zendesk: one search export per service
 * tag (so the result does not depend on how Zendesk combines several `tags:`
 * terms), merged by id, then the audits of escalated tickets (bounded) to
 * time the escalations. Zendesk stays the system of record, so the report
 * works across restarts and years.
 */
import { fetchTicketHistory, searchExportTickets } from '../zendesk/search-export.js';
import type { ZendeskReader } from '../zendesk/search-export.js';
import { addDays, periodBounds } from './period.js';
import type { ReportPeriod, ReportTagNames, ReportTicket } from './types.js';

export interface FetchReportOptions {
  period: ReportPeriod;
  tags: ReportTagNames;
  /** Search export page size (default 100). */
  pageSize?: number;
  /** Error out above this many tickets per tag search (default 20,000). */
  maxTickets?: number;
  /** Escalated tickets whose audits are read, at most (default 300; 0 = none). */
  maxHistories?: number;
  /** Audit pages per ticket, at most (default 3, i.e. 300 audits). */
  maxAuditPages?: number;
  /** Parallel audit requests (default 4). */
  concurrency?: number;
}

export interface FetchReportResult {
  tickets: ReportTicket[];
  historyCoverage: { fetched: number; eligible: number };
  /** Zendesk requests made, for the summary line. */
  searchPages: number;
  auditRequests: number;
}

/** The search queries: one per tag the service writes, over a period widened by two days for time zones. */
export function reportQueries(period: ReportPeriod, tags: ReportTagNames): string[] {
  // Zendesk reads search dates in the account's time zone; buildReport filters
  // exactly in UTC afterwards, so a wider search loses nothing.
  const after = addDays(period.from, -2);
  const before = addDays(period.to, 2);
  const serviceTags = [
    tags.suspected,
    tags.review,
    tags.escalated,
    tags.refusal_approved,
    tags.support_refused,
    tags.false_positive,
  ];
  return [...new Set(serviceTags)].map((tag) => `type:ticket tags:${tag} created>${after} created<${before}`);
}

export async function fetchReportTickets(
  reader: ZendeskReader,
  opts: FetchReportOptions,
): Promise<FetchReportResult> {
  const bounds = periodBounds(opts.period.from, opts.period.to);
  const byId = new Map<string, ReportTicket>();
  let searchPages = 0;
  for (const query of reportQueries(opts.period, opts.tags)) {
    const res = await searchExportTickets(reader, query, {
      pageSize: opts.pageSize ?? 100,
      maxResults: opts.maxTickets ?? 20_000,
    });
    searchPages += res.pages;
    for (const t of res.tickets) if (!byId.has(t.id)) byId.set(t.id, t);
  }
  const tickets = [...byId.values()].sort((a, b) => Number(a.id) - Number(b.id));

  const escalated = tickets.filter((t) => {
    const created = Date.parse(t.createdAt);
    return t.tags.includes(opts.tags.escalated) && created >= bounds.startMs && created < bounds.endMs;
  });
  const todo = escalated.slice(0, Math.max(0, opts.maxHistories ?? 300));
  const maxAuditPages = opts.maxAuditPages ?? 3;
  let auditRequests = 0;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < todo.length) {
      const t = todo[next++]!;
      t.history = await fetchTicketHistory(
        {
          getJson: (p, q) => {
            auditRequests += 1;
            return reader.getJson(p, q);
          },
        },
        t.id,
        t.requesterId,
        { maxPages: maxAuditPages },
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(opts.concurrency ?? 4, todo.length) }, worker));

  return {
    tickets,
    historyCoverage: { fetched: todo.length, eligible: escalated.length },
    searchPages,
    auditRequests,
  };
}
