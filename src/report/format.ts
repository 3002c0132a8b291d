/** Small formatting helpers shared by the renderers. */
import type { ReportData } from './types.js';

export function formatPercent(rate: number | null): string {
  return rate === null ? 'n/a' : `${(rate * 100).toFixed(1)}%`;
}

export function formatMinutes(minutes: number | null): string {
  if (minutes === null) return 'n/a';
  if (minutes < 60) return `${minutes.toFixed(1)} min`;
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes - h * 60);
  return `${h} h ${String(m).padStart(2, '0')} min`;
}

export const SUSPENSIONS_NOT_RECORDED = 'not recorded';

/** The headline figures, in the order every format shows them. */
export function summaryRows(data: ReportData): [string, string][] {
  const t = data.totals;
  return [
    ['Tickets with harassment-guard tags', String(t.tickets)],
    ['Flagged by the service', String(t.flagged)],
    ['Escalations', String(t.escalations)],
    ['Refusals approved', String(t.approvals)],
    ['Support refused', String(t.refusals)],
    ['Requester suspensions', t.suspensions === null ? SUSPENSIONS_NOT_RECORDED : String(t.suspensions)],
    ['Marked false positive', String(t.falsePositives)],
    ['False-positive rate', formatPercent(t.falsePositiveRate)],
    ['Repeat requesters (2+ flagged tickets)', String(data.repeatRequesters.length)],
  ];
}

/** Repeat requesters listed in md and html; csv lists them all. */
export const REPEAT_LIST_LIMIT = 50;

export function repeatOverflowNote(total: number): string | null {
  return total > REPEAT_LIST_LIMIT
    ? `Showing the ${REPEAT_LIST_LIMIT} requesters with the most flagged tickets of ${total}; the CSV format lists all.`
    : null;
}
