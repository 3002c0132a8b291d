/**
 * The backfill loop: walk the incremental ticket-events export page by page
 * from a cursor, hand each end user's public comment to `handle` (evaluate in
 * process, or enqueue through the webhook path's producer), and save the
 * cursor after each page, once everything on it has been handled. An error
 * stops the run with the cursor at the last completed page, so the next run
 * neither skips nor repeats a page.
 *
 * Pacing: at most `requestsPerMinute` export requests (Zendesk allows 10 a
 * minute to incremental endpoints); a 429 is waited out by the reader.
 */
import type { ZendeskReader } from '../zendesk/search-export.js';
import { UserRoleCache, fetchTicketEventsPage } from '../zendesk/incremental-export.js';
import type { ExportedComment } from '../zendesk/incremental-export.js';
import type { CursorStore } from './cursor.js';

export interface BackfillRange {
  /** Unix seconds; where a fresh run starts. */
  since: number;
  /** Unix seconds, exclusive; undefined: up to the present (end of stream). */
  until?: number;
}

export interface BackfillProgress {
  pages: number;
  messages: number;
  /** Position reached in the export (unix seconds). */
  position: number;
  /** 0..1 of the range, when it can be told. */
  fraction: number;
}

export interface BackfillDeps {
  reader: ZendeskReader;
  cursor: CursorStore;
  /** Handles one message; resolves to an outcome name that is tallied (e.g. "queued", "harassment"). */
  handle: (comment: ExportedComment) => Promise<string>;
  requestsPerMinute: number;
  /** Upper bound on pages this run (default 100,000). */
  maxPages?: number;
  onPage?: (progress: BackfillProgress) => void;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

export interface BackfillSummary {
  /** Where this run started (unix seconds), and whether that came from a saved cursor. */
  startedAt: number;
  resumed: boolean;
  pages: number;
  events: number;
  messages: number;
  /** Comments not handed on (staff, private, unknown author, no text, after --until). */
  skipped: number;
  outcomes: Record<string, number>;
  position: number;
  /** True when the export reached the present or --until; false when stopped by the page bound. */
  complete: boolean;
}

const defaultSleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export async function runBackfillLoop(range: BackfillRange, deps: BackfillDeps): Promise<BackfillSummary> {
  const sleep = deps.sleep ?? defaultSleep;
  const now = deps.now ?? Date.now;
  const minIntervalMs = deps.requestsPerMinute > 0 ? 60_000 / deps.requestsPerMinute : 0;
  const maxPages = deps.maxPages ?? 100_000;
  const roles = new UserRoleCache();

  const saved = await deps.cursor.load();
  let start = saved ? Math.max(saved.startTime, range.since) : range.since;
  const summary: BackfillSummary = {
    startedAt: start,
    resumed: saved !== undefined,
    pages: 0,
    events: 0,
    messages: 0,
    skipped: 0,
    outcomes: {},
    position: start,
    complete: false,
  };
  let totalPages = saved?.pages ?? 0;
  let totalMessages = saved?.messages ?? 0;
  let lastRequest = Number.NEGATIVE_INFINITY;

  if (range.until !== undefined && start >= range.until) {
    summary.complete = true;
    return summary;
  }

  while (summary.pages < maxPages) {
    const wait = lastRequest + minIntervalMs - now();
    if (wait > 0) await sleep(wait);
    lastRequest = now();
    const page = await fetchTicketEventsPage(deps.reader, start, roles);

    for (const comment of page.comments) {
      if (
        comment.timestamp < range.since ||
        (range.until !== undefined && comment.timestamp >= range.until)
      ) {
        summary.skipped += 1;
        continue;
      }
      const outcome = await deps.handle(comment);
      summary.outcomes[outcome] = (summary.outcomes[outcome] ?? 0) + 1;
      summary.messages += 1;
    }
    summary.pages += 1;
    summary.events += page.eventCount;
    summary.skipped += page.skipped;

    const next = page.endTime;
    // No progress (e.g. over 1,000 events in one second) would loop forever: stop there.
    const stalled = next === undefined || next <= start;
    const reachedUntil = range.until !== undefined && next !== undefined && next >= range.until;
    const position = next !== undefined && next > start ? next : start;
    totalPages += 1;
    totalMessages += page.comments.length;
    await deps.cursor.save({
      startTime: position,
      pages: totalPages,
      messages: totalMessages,
      updatedAt: new Date(now()).toISOString(),
    });
    summary.position = position;
    deps.onPage?.({
      pages: summary.pages,
      messages: summary.messages,
      position,
      fraction: fractionOf(range, position, now()),
    });
    if (page.endOfStream || stalled || reachedUntil) {
      summary.complete = true;
      break;
    }
    start = position;
  }
  return summary;
}

function fractionOf(range: BackfillRange, position: number, nowMs: number): number {
  const end = range.until ?? Math.floor(nowMs / 1000);
  if (end <= range.since) return 1;
  return Math.min(1, Math.max(0, (position - range.since) / (end - range.since)));
}
