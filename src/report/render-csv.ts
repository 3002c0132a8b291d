/**
 * The report as one CSV table, `section,key,value`, so a spreadsheet can
 * pivot it. RFC 4180 quoting; CRLF line ends.
 */
import { SUSPENSIONS_NOT_RECORDED } from './format.js';
import type { CountRow, ReportData } from './types.js';

function field(v: string | number): string {
  const s = String(v);
  // Quote anything a spreadsheet could misread, and neutralise formula starts.
  const safe = /^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function renderCsv(data: ReportData): string {
  const rows: [string, string, string | number][] = [];
  const add = (section: string, key: string, value: string | number): void => {
    rows.push([section, key, value]);
  };
  const counts = (section: string, list: CountRow[]): void => {
    for (const r of list) add(section, r.key, r.count);
  };
  const t = data.totals;
  const e = data.timeToEscalation;

  add('meta', 'period_from', data.period.from);
  add('meta', 'period_to', data.period.to);
  add('meta', 'policy_version', data.policyVersion);
  add('meta', 'generated_at', data.generatedAt);
  add('meta', 'requesters', data.revealed ? 'revealed' : 'pseudonymised');
  add('total', 'tickets', t.tickets);
  add('total', 'flagged', t.flagged);
  add('total', 'escalations', t.escalations);
  add('total', 'approvals', t.approvals);
  add('total', 'refusals', t.refusals);
  add('total', 'suspensions', t.suspensions === null ? SUSPENSIONS_NOT_RECORDED : t.suspensions);
  add('total', 'false_positives', t.falsePositives);
  add('total', 'false_positive_rate', t.falsePositiveRate === null ? '' : t.falsePositiveRate.toFixed(4));
  add('total', 'repeat_requesters', data.repeatRequesters.length);
  counts('verdict', data.byVerdict);
  counts('means', data.byMeans);
  counts('demand', data.byDemand);
  counts('channel', data.byChannel);
  counts('month', data.byMonth);
  counts('week', data.byWeek);
  add('time_to_escalation', 'count', e.count);
  add('time_to_escalation', 'median_minutes', e.medianMinutes ?? '');
  add('time_to_escalation', 'p90_minutes', e.p90Minutes ?? '');
  add('time_to_escalation', 'max_minutes', e.maxMinutes ?? '');
  for (const r of data.repeatRequesters) {
    add('repeat_requester', r.label, r.tickets);
  }
  data.notes.forEach((n, i) => add('note', String(i + 1), n));

  return ['section,key,value', ...rows.map((r) => r.map(field).join(','))].join('\r\n') + '\r\n';
}
