/**
 * Hand-made inline SVG charts for the HTML report: no library, no script, no
 * network. Every text is escaped; every size is computed from the data.
 */

export function escapeXml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export interface BarDatum {
  label: string;
  value: number;
  /** CSS class of the bar, e.g. "means" or "demand". */
  group: string;
}

/** Axis ticks from 0: a 1-2-5 step giving about four intervals, ending at or above max. */
export function niceTicks(max: number): number[] {
  const m = Math.max(1, max);
  const raw = m / 4;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 5, 10].map((k) => k * pow).find((s) => s >= raw) ?? 10 * pow);
  const top = Math.ceil(m / step) * step;
  const ticks: number[] = [];
  for (let v = 0; v <= top; v += step) ticks.push(v);
  return ticks;
}

const fmt = (n: number): string => String(Math.round(n * 10) / 10);

/** Horizontal bar chart, one row per datum. */
export function barChartSvg(data: BarDatum[], title: string): string {
  const labelW = 150;
  const chartW = 420;
  const valueW = 40;
  const rowH = 24;
  const top = 8;
  const width = labelW + chartW + valueW;
  const height = top + data.length * rowH + 24;
  const ticks = niceTicks(Math.max(0, ...data.map((d) => d.value)));
  const max = ticks[ticks.length - 1]!;

  const grid = ticks
    .map((v) => {
      const x = labelW + (v / max) * chartW;
      return (
        `<line class="grid" x1="${fmt(x)}" y1="${top}" x2="${fmt(x)}" y2="${top + data.length * rowH}"/>` +
        `<text class="tick" x="${fmt(x)}" y="${top + data.length * rowH + 16}" text-anchor="middle">${v}</text>`
      );
    })
    .join('');
  const bars = data
    .map((d, i) => {
      const y = top + i * rowH;
      const w = (d.value / max) * chartW;
      return (
        `<g class="bar-row"><text class="label" x="${labelW - 8}" y="${y + rowH / 2 + 4}" text-anchor="end">${escapeXml(d.label)}</text>` +
        `<rect class="bar ${escapeXml(d.group)}" x="${labelW}" y="${y + 4}" width="${fmt(w)}" height="${rowH - 8}" rx="2"><title>${escapeXml(`${d.label}: ${d.value}`)}</title></rect>` +
        `<text class="value" x="${fmt(labelW + w + 6)}" y="${y + rowH / 2 + 4}">${d.value}</text></g>`
      );
    })
    .join('');
  return (
    `<svg class="chart bar-chart" role="img" aria-label="${escapeXml(title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">` +
    `<title>${escapeXml(title)}</title>${grid}${bars}</svg>`
  );
}

export interface PointDatum {
  label: string;
  value: number;
}

/** Line chart with a point and value per datum, x labels under the axis. */
export function lineChartSvg(data: PointDatum[], title: string): string {
  const left = 40;
  const right = 80;
  const top = 26;
  const plotH = 180;
  const bottom = 56;
  const step = data.length > 1 ? Math.max(36, Math.min(90, 560 / (data.length - 1))) : 0;
  const plotW = data.length > 1 ? step * (data.length - 1) : 0;
  const width = left + Math.max(plotW, 120) + right;
  const height = top + plotH + bottom;
  const ticks = niceTicks(Math.max(0, ...data.map((d) => d.value)));
  const max = ticks[ticks.length - 1]!;
  const x = (i: number): number => left + (data.length > 1 ? i * step : 60);
  const y = (v: number): number => top + plotH - (v / max) * plotH;

  const grid = ticks
    .map(
      (v) =>
        `<line class="grid" x1="${left}" y1="${fmt(y(v))}" x2="${fmt(left + Math.max(plotW, 120))}" y2="${fmt(y(v))}"/>` +
        `<text class="tick" x="${left - 6}" y="${fmt(y(v) + 4)}" text-anchor="end">${v}</text>`,
    )
    .join('');
  const points = data.map((d, i) => `${fmt(x(i))},${fmt(y(d.value))}`).join(' ');
  const line = data.length > 1 ? `<polyline class="line" points="${points}"/>` : '';
  const dots = data
    .map(
      (d, i) =>
        `<g class="point"><circle class="dot" cx="${fmt(x(i))}" cy="${fmt(y(d.value))}" r="4"><title>${escapeXml(`${d.label}: ${d.value}`)}</title></circle>` +
        `<text class="value" x="${fmt(x(i))}" y="${fmt(y(d.value) - 9)}" text-anchor="middle">${d.value}</text>` +
        `<text class="xlabel" transform="translate(${fmt(x(i))},${top + plotH + 14}) rotate(35)">${escapeXml(d.label)}</text></g>`,
    )
    .join('');
  return (
    `<svg class="chart line-chart" role="img" aria-label="${escapeXml(title)}" viewBox="0 0 ${fmt(width)} ${height}" width="${fmt(width)}" height="${height}" xmlns="http://www.w3.org/2000/svg">` +
    `<title>${escapeXml(title)}</title>${grid}${line}${dots}</svg>`
  );
}
