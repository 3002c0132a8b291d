/** The report as Markdown tables. */
import { REPEAT_LIST_LIMIT, formatMinutes, repeatOverflowNote, summaryRows } from './format.js';
import type { CountRow, ReportData } from './types.js';

/** Escapes what would break a table cell. */
function cell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** `numeric` lists the right-aligned columns (default: all but the first). */
function table(head: string[], rows: string[][], numeric?: number[]): string {
  const right = (i: number): boolean => (numeric ? numeric.includes(i) : i > 0);
  const lines = [
    `| ${head.map(cell).join(' | ')} |`,
    `| ${head.map((_, i) => (right(i) ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ];
  return lines.join('\n');
}

function countTable(keyHead: string, rows: CountRow[]): string {
  if (rows.length === 0) return '_None._';
  return table(
    [keyHead, 'Tickets'],
    rows.map((r) => [r.key, String(r.count)]),
  );
}

export function renderMarkdown(data: ReportData): string {
  const e = data.timeToEscalation;
  const parts = [
    `# ${data.title}`,
    '',
    `Period: **${data.period.from} – ${data.period.to}** (UTC, inclusive) · Policy version in force: **${data.policyVersion}** · Generated: ${data.generatedAt}`,
    '',
    '## Summary',
    '',
    table(['Measure', 'Value'], summaryRows(data)),
    '',
    '## By verdict',
    '',
    countTable('Verdict', data.byVerdict),
    '',
    '## By category: means (socially unacceptable conduct)',
    '',
    countTable('Category', data.byMeans),
    '',
    '## By category: demands (inappropriate demands)',
    '',
    countTable('Category', data.byDemand),
    '',
    '## By channel',
    '',
    countTable('Channel', data.byChannel),
    '',
    '## By month',
    '',
    countTable('Month', data.byMonth),
    '',
    '## By week (starting Monday)',
    '',
    countTable('Week', data.byWeek),
    '',
    '## Time from message to escalation',
    '',
    table(
      ['Measure', 'Value'],
      [
        ['Escalations measured', String(e.count)],
        ['Median', formatMinutes(e.medianMinutes)],
        ['90th percentile', formatMinutes(e.p90Minutes)],
        ['Longest', formatMinutes(e.maxMinutes)],
      ],
    ),
    '',
    `## Repeat requesters (${data.revealed ? 'Zendesk requester id' : 'pseudonymised'})`,
    '',
    data.repeatRequesters.length === 0
      ? '_None._'
      : table(
          ['Requester', 'Flagged tickets', 'First', 'Last'],
          data.repeatRequesters
            .slice(0, REPEAT_LIST_LIMIT)
            .map((r) => [r.label, String(r.tickets), r.firstAt, r.lastAt]),
          [1],
        ) +
        (repeatOverflowNote(data.repeatRequesters.length)
          ? `\n\n_${repeatOverflowNote(data.repeatRequesters.length)}_`
          : ''),
    '',
    '## Notes',
    '',
    ...data.notes.map((n) => `- ${n}`),
    '',
  ];
  return parts.join('\n');
}
