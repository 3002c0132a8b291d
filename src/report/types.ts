/**
 * The compliance report's own types. Fetching (src/zendesk/search-export.ts)
 * maps Zendesk JSON to `ReportTicket`; `buildReport` turns those into
 * `ReportData`; renderers turn `ReportData` into md, csv or html.
 *
 * Deliberately absent everywhere: assignee, submitter, group, audit authors
 * and any other agent identity. The report cannot leak what it never holds.
 */

/** One change in a ticket's history that matters to the report. */
export interface ReportHistoryEntry {
  /** When Zendesk recorded the change (ISO-8601). */
  at: string;
  /** Tags this change added. */
  addedTags: string[];
  /** True when the change carried a public comment by the ticket's requester. */
  requesterMessage: boolean;
}

/** A ticket as the report sees it. */
export interface ReportTicket {
  id: string;
  createdAt: string;
  tags: string[];
  /** Zendesk `via.channel` (email, web, chat, api…), or "unknown". */
  channel: string;
  /** Requester id; only ever shown pseudonymised unless --reveal. */
  requesterId?: string;
  /** The ticket's history, when it was fetched (bounded); undefined when not. */
  history?: ReportHistoryEntry[];
}

/** Tag names, as configured in the policy file's `tags:` section. */
export interface ReportTagNames {
  suspected: string;
  escalated: string;
  review: string;
  category_prefix: string;
  refusal_approved: string;
  support_refused: string;
  false_positive: string;
  /** Added by the service after it suspends a requester; null when not recorded. */
  requester_suspended?: string | null;
}

export interface ReportPeriod {
  /** Inclusive first day, YYYY-MM-DD (UTC). */
  from: string;
  /** Inclusive last day, YYYY-MM-DD (UTC). */
  to: string;
}

export interface ReportOptions {
  period: ReportPeriod;
  tags: ReportTagNames;
  policyVersion: string;
  /** Whether the policy file asks the service to suspend refused requesters. */
  suspendRequester: boolean;
  /** Maps a requester id to what the report shows (pseudonym or raw id). */
  requesterLabel: (requesterId: string) => string;
  /** True when labels are raw ids (--reveal); recorded in the report. */
  revealed: boolean;
  /** When the report was generated (ISO-8601); passed in to keep buildReport pure. */
  generatedAt: string;
  /** How many flagged tickets had their history fetched, and how many could have. */
  historyCoverage?: { fetched: number; eligible: number };
}

export interface CountRow {
  key: string;
  count: number;
}

export interface DurationStats {
  /** Number of escalations with a measured delay. */
  count: number;
  medianMinutes: number | null;
  p90Minutes: number | null;
  maxMinutes: number | null;
}

export interface RepeatRequester {
  /** Pseudonym (HMAC) or, with --reveal, the raw requester id. */
  label: string;
  tickets: number;
  firstAt: string;
  lastAt: string;
}

export interface ReportData {
  title: string;
  period: ReportPeriod;
  generatedAt: string;
  policyVersion: string;
  revealed: boolean;
  totals: {
    /** Tickets created in the period carrying any of the service's tags. */
    tickets: number;
    /** Tickets flagged by the service: suspected or review. */
    flagged: number;
    escalations: number;
    approvals: number;
    refusals: number;
    /** Null when suspensions are not recorded in Zendesk tickets. */
    suspensions: number | null;
    falsePositives: number;
    /** falsePositives / flagged, 0..1; null when nothing was flagged. */
    falsePositiveRate: number | null;
  };
  byVerdict: CountRow[];
  byMeans: CountRow[];
  byDemand: CountRow[];
  /** Every category (means then demands), for the bar chart. */
  byCategory: CountRow[];
  byChannel: CountRow[];
  /** YYYY-MM, every month of the period, zero-filled. */
  byMonth: CountRow[];
  /** Monday of the ISO week (YYYY-MM-DD), every week touching the period, zero-filled. */
  byWeek: CountRow[];
  repeatRequesters: RepeatRequester[];
  timeToEscalation: DurationStats;
  /** Human-readable notes on what was and was not measured. */
  notes: string[];
}
