/**
 * The report period: two inclusive calendar days in UTC, validated strictly
 * (2026-02-30 is refused, not rolled over to March).
 */

const DAY_MS = 86_400_000;
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export class PeriodError extends Error {
  readonly code = 'ERR_REPORT_PERIOD';
  constructor(message: string) {
    super(message);
    this.name = 'PeriodError';
  }
}

/** Milliseconds of 00:00 UTC on `day`, or throws naming the option. */
export function parseDay(day: string, option: string): number {
  const m = DAY_RE.exec(day);
  if (!m) throw new PeriodError(`${option}: "${day}" is not a date in YYYY-MM-DD form`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    throw new PeriodError(`${option}: "${day}" is not a real calendar date`);
  }
  return ms;
}

export interface PeriodBounds {
  /** 00:00 UTC of the first day. */
  startMs: number;
  /** 00:00 UTC of the day after the last day (exclusive). */
  endMs: number;
}

/** Validates --from/--to and returns half-open UTC bounds [start, end). */
export function periodBounds(from: string, to: string): PeriodBounds {
  const startMs = parseDay(from, '--from');
  const lastMs = parseDay(to, '--to');
  if (startMs > lastMs) throw new PeriodError(`--from ${from} is after --to ${to}`);
  return { startMs, endMs: lastMs + DAY_MS };
}

export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return isoDay(parseDay(day, 'date') + days * DAY_MS);
}

/** YYYY-MM of every month the period touches, in order. */
export function monthsOf(from: string, to: string): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const endKey = to.slice(0, 7);
  for (;;) {
    const key = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
    out.push(key);
    if (key >= endKey) break;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/** Monday (YYYY-MM-DD, UTC) of the ISO week holding `ms`. */
export function weekStart(ms: number): string {
  const d = new Date(ms);
  const dow = (d.getUTCDay() + 6) % 7; // Monday = 0
  return isoDay(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - dow * DAY_MS);
}

/** Mondays of every ISO week the period touches, in order. */
export function weeksOf(bounds: PeriodBounds): string[] {
  const out: string[] = [];
  let ms = parseDay(weekStart(bounds.startMs), 'week');
  while (ms < bounds.endMs) {
    out.push(isoDay(ms));
    ms += 7 * DAY_MS;
  }
  return out;
}
