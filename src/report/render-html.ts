/**
 * The report as ONE self-contained HTML file: inline CSS, inline SVG, no
 * script, and a Content-Security-Policy that forbids any network fetch, so
 * it can be mailed, archived and printed as is.
 */
import { REPEAT_LIST_LIMIT, formatMinutes, repeatOverflowNote, summaryRows } from './format.js';
import { barChartSvg, escapeXml, lineChartSvg } from './svg-charts.js';
import type { CountRow, ReportData } from './types.js';

const CSS = `
:root { --ink:#1d2430; --muted:#5b6575; --line:#d9dee6; --means:#c0392b; --demand:#d68910; --accent:#1f5fa8; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK JP", sans-serif; color: var(--ink); background: #f4f6f9; }
main { max-width: 1000px; margin: 0 auto; padding: 28px 32px 40px; background: #fff; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 16px; margin: 28px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
.meta { color: var(--muted); margin: 0 0 18px; }
.meta strong { color: var(--ink); }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); gap: 10px; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; }
.card .v { font-size: 22px; font-weight: 650; }
.card .v.text { font-size: 15px; padding: 5px 0 4px; }
.card .k { color: var(--muted); font-size: 12px; }
.charts { display: grid; grid-template-columns: 1fr; gap: 8px; }
figure { margin: 0; }
figcaption { font-weight: 600; margin-bottom: 6px; }
.legend { font-size: 12px; color: var(--muted); margin: 4px 0 0; }
.legend span { display: inline-block; width: 10px; height: 10px; margin: 0 4px 0 12px; vertical-align: -1px; }
.legend .means, .bar.means { fill: var(--means); background: var(--means); }
.legend .demand, .bar.demand { fill: var(--demand); background: var(--demand); }
svg.chart { max-width: 100%; height: auto; font-size: 12px; }
svg .label, svg .xlabel, svg .tick { fill: var(--muted); }
svg .value { fill: var(--ink); font-weight: 600; }
svg .grid { stroke: var(--line); stroke-width: 1; }
svg .line { fill: none; stroke: var(--accent); stroke-width: 2.5; }
svg .dot { fill: #fff; stroke: var(--accent); stroke-width: 2; }
.tables { display: grid; grid-template-columns: repeat(auto-fill, minmax(290px, 1fr)); gap: 6px 24px; }
table { border-collapse: collapse; width: 100%; margin: 0 0 8px; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--line); }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
th { font-size: 12px; color: var(--muted); font-weight: 600; }
ul.notes { color: var(--muted); padding-left: 18px; }
footer { margin-top: 24px; color: var(--muted); font-size: 12px; }
@media print {
  body { background: #fff; font-size: 11pt; }
  main { max-width: none; padding: 0; }
  figure, table, .card { break-inside: avoid; }
  h2, figcaption { break-after: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  @page { size: A4; margin: 14mm; }
}
`;

const e = escapeXml;

function countTable(caption: string, keyHead: string, rows: CountRow[]): string {
  const body =
    rows.length === 0
      ? '<tr><td colspan="2">None.</td></tr>'
      : rows.map((r) => `<tr><td>${e(r.key)}</td><td class="n">${r.count}</td></tr>`).join('');
  return `<section aria-label="${e(caption)}"><table><thead><tr><th>${e(keyHead)}</th><th class="n">Tickets</th></tr></thead><tbody>${body}</tbody></table></section>`;
}

export function renderHtml(data: ReportData): string {
  const t = data.timeToEscalation;
  const meansSet = new Set(data.byMeans.map((r) => r.key));
  const bar = barChartSvg(
    data.byCategory.map((r) => ({
      label: r.key,
      value: r.count,
      group: meansSet.has(r.key) ? 'means' : 'demand',
    })),
    'Tickets by category',
  );
  const line = lineChartSvg(
    data.byWeek.map((r) => ({ label: r.key, value: r.count })),
    'Tickets per week',
  );
  const cards = summaryRows(data)
    .map(
      ([k, v]) =>
        `<div class="card"><div class="v${/^[\d.]+%?$/.test(v) ? '' : ' text'}">${e(v)}</div><div class="k">${e(k)}</div></div>`,
    )
    .join('');
  const overflow = repeatOverflowNote(data.repeatRequesters.length);
  const repeat =
    data.repeatRequesters.length === 0
      ? '<p>None.</p>'
      : `<table><thead><tr><th>Requester</th><th class="n">Flagged tickets</th><th>First</th><th>Last</th></tr></thead><tbody>${data.repeatRequesters
          .slice(0, REPEAT_LIST_LIMIT)
          .map(
            (r) =>
              `<tr><td><code>${e(r.label)}</code></td><td class="n">${r.tickets}</td><td>${e(r.firstAt)}</td><td>${e(r.lastAt)}</td></tr>`,
          )
          .join('')}</tbody></table>${overflow ? `<p class="legend">${e(overflow)}</p>` : ''}`;

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(data.title)} ${e(data.period.from)} – ${e(data.period.to)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<h1>${e(data.title)}</h1>
<p class="meta">Period <strong>${e(data.period.from)} – ${e(data.period.to)}</strong> (UTC, inclusive) · Policy version in force <strong>${e(data.policyVersion)}</strong> · Generated ${e(data.generatedAt)}</p>
<section id="summary"><h2>Summary</h2><div class="cards">${cards}</div></section>
<section id="charts" class="charts">
<h2>Charts</h2>
<figure id="chart-category"><figcaption>Tickets by category</figcaption>${bar}
<p class="legend"><span class="means"></span>means (socially unacceptable conduct)<span class="demand"></span>inappropriate demand</p></figure>
<figure id="chart-week"><figcaption>Tickets per week (week starting Monday)</figcaption>${line}</figure>
</section>
<section id="breakdowns"><h2>Breakdowns</h2><div class="tables">
${countTable('By verdict', 'Verdict', data.byVerdict)}
${countTable('By channel', 'Channel', data.byChannel)}
${countTable('By month', 'Month', data.byMonth)}
${countTable('Means', 'Means category', data.byMeans)}
${countTable('Demands', 'Demand category', data.byDemand)}
<section><table><thead><tr><th>Time from message to escalation</th><th class="n">Value</th></tr></thead><tbody>
<tr><td>Escalations measured</td><td class="n">${t.count}</td></tr>
<tr><td>Median</td><td class="n">${e(formatMinutes(t.medianMinutes))}</td></tr>
<tr><td>90th percentile</td><td class="n">${e(formatMinutes(t.p90Minutes))}</td></tr>
<tr><td>Longest</td><td class="n">${e(formatMinutes(t.maxMinutes))}</td></tr>
</tbody></table></section>
</div></section>
<section id="repeat"><h2>Repeat requesters (${data.revealed ? 'Zendesk requester id' : 'pseudonymised'})</h2>${repeat}</section>
<section id="notes"><h2>Notes</h2><ul class="notes">${data.notes.map((n) => `<li>${e(n)}</li>`).join('')}</ul></section>
<footer>harassment-guard · report built from Zendesk tickets and their tags</footer>
</main>
</body>
</html>
`;
}
