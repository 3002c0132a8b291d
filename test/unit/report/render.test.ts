import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/report/build.js';
import { renderCsv } from '../../../src/report/render-csv.js';
import { renderHtml } from '../../../src/report/render-html.js';
import { renderMarkdown } from '../../../src/report/render-markdown.js';
import { barChartSvg, lineChartSvg, niceTicks } from '../../../src/report/svg-charts.js';
import type { ReportData, ReportTicket } from '../../../src/report/types.js';

const TAGS = {
  suspected: 'harassment_suspected',
  escalated: 'harassment_escalated',
  review: 'harassment_review',
  category_prefix: 'harassment_',
  refusal_approved: 'harassment_refusal_approved',
  support_refused: 'harassment_support_refused',
  false_positive: 'harassment_false_positive',
};

/** Channel names come from Zendesk: make them hostile. */
const HOSTILE = ['=HYPERLINK("http://x")', 'a|b', '<script>alert(1)</script>', 'comma, "quoted"'];

function data(): ReportData {
  const tickets: ReportTicket[] = HOSTILE.map((channel, i) => ({
    id: String(i + 1),
    createdAt: `2026-11-0${i + 2}T00:00:00Z`,
    tags: [TAGS.suspected, 'harassment_insult'],
    channel,
    requesterId: i < 2 ? 'R1' : 'R2',
  }));
  return buildReport(tickets, {
    period: { from: '2026-11-01', to: '2026-11-30' },
    tags: TAGS,
    policyVersion: '2026.11.0',
    suspendRequester: false,
    requesterLabel: (id) => `rq_${id}`,
    revealed: false,
    generatedAt: '2026-12-01T00:00:00Z',
  });
}

/** RFC 4180 parser, enough for the test. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

describe('renderers', () => {
  it('csv: every row is section,key,value; quoting and formula neutralisation', () => {
    const rows = parseCsv(renderCsv(data()));
    expect(rows[0]).toEqual(['section', 'key', 'value']);
    expect(rows.every((r) => r.length === 3)).toBe(true);
    const channels = rows.filter((r) => r[0] === 'channel').map((r) => r[1]);
    expect(channels).toContain('\'=HYPERLINK("http://x")');
    expect(channels).toContain('comma, "quoted"');
    expect(rows.find((r) => r[0] === 'total' && r[1] === 'tickets')?.[2]).toBe('4');
    expect(rows.find((r) => r[0] === 'repeat_requester' && r[1] === 'rq_R1')?.[2]).toBe('2');
  });

  it('markdown: table cells cannot be broken by a pipe', () => {
    const md = renderMarkdown(data());
    expect(md).toContain('| a\\|b | 1 |');
    expect(md).toMatch(/^# Customer harassment: compliance committee report$/m);
  });

  it('html: one file, escaped text, no script, no external resource', () => {
    const html = renderHtml(data());
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<link|<img|@import|url\(/i);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'none\'');
    expect(html).toContain('@media print');
  });

  it('charts: one bar per category, one point per week, integer ticks', () => {
    const bar = barChartSvg(
      [
        { label: 'insult', value: 7, group: 'means' },
        { label: 'monetary', value: 0, group: 'demand' },
      ],
      'T',
    );
    expect(bar.match(/<rect class="bar /g)).toHaveLength(2);
    expect(bar).toContain('width="0"');
    const line = lineChartSvg(
      [
        { label: 'w1', value: 1 },
        { label: 'w2', value: 4 },
        { label: 'w3', value: 2 },
      ],
      'L',
    );
    expect(line.match(/<circle class="dot"/g)).toHaveLength(3);
    expect(line).toContain('<polyline class="line"');
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(niceTicks(3)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(130)).toEqual([0, 50, 100, 150]);
  });
});

describe('long repeat-requester lists', () => {
  it('md and html show the top 50 and say so; csv lists all', () => {
    const tickets: ReportTicket[] = [];
    for (let r = 0; r < 60; r++) {
      for (let k = 0; k < 2 + (r === 7 ? 1 : 0); k++) {
        tickets.push({
          id: String(r * 10 + k),
          createdAt: '2026-11-10T00:00:00Z',
          tags: [TAGS.review],
          channel: 'web',
          requesterId: `R${r}`,
        });
      }
    }
    const d = buildReport(tickets, {
      period: { from: '2026-11-01', to: '2026-11-30' },
      tags: TAGS,
      policyVersion: 'v',
      suspendRequester: false,
      requesterLabel: (id) => `rq_${id}`,
      revealed: false,
      generatedAt: 'now',
    });
    expect(d.repeatRequesters).toHaveLength(60);
    expect(d.repeatRequesters[0]?.label).toBe('rq_R7');
    const md = renderMarkdown(d);
    expect(md.match(/^\| rq_R\d+ \|/gm)).toHaveLength(50);
    expect(md).toContain('Showing the 50 requesters with the most flagged tickets of 60');
    const html = renderHtml(d);
    expect(html.match(/<code>rq_R\d+<\/code>/g)).toHaveLength(50);
    expect(renderCsv(d).match(/^repeat_requester,/gm)).toHaveLength(60);
  });
});
