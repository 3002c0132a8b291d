import { describe, expect, it } from 'vitest';
import { addDays, monthsOf, parseDay, periodBounds, weekStart, weeksOf } from '../../../src/report/period.js';

describe('report period', () => {
  it('parses real YYYY-MM-DD days as UTC midnight', () => {
    expect(parseDay('2026-11-01', '--from')).toBe(Date.UTC(2026, 10, 1));
    expect(parseDay('2028-02-29', '--from')).toBe(Date.UTC(2028, 1, 29));
  });

  it.each([
    ['2026-02-29', /not a real calendar date/],
    ['2026-13-01', /not a real calendar date/],
    ['2026-11-1', /YYYY-MM-DD/],
    ['2026-11-01T00:00:00Z', /YYYY-MM-DD/],
    ['', /YYYY-MM-DD/],
  ])('refuses %s naming the option', (day, msg) => {
    expect(() => parseDay(day, '--to')).toThrow(msg);
    expect(() => parseDay(day, '--to')).toThrow(/^--to: /);
  });

  it('bounds are [from 00:00, day after to 00:00) and from <= to', () => {
    expect(periodBounds('2026-11-01', '2026-11-30')).toEqual({
      startMs: Date.UTC(2026, 10, 1),
      endMs: Date.UTC(2026, 11, 1),
    });
    expect(
      periodBounds('2026-11-05', '2026-11-05').endMs - periodBounds('2026-11-05', '2026-11-05').startMs,
    ).toBe(86_400_000);
    expect(() => periodBounds('2026-11-02', '2026-11-01')).toThrow(
      '--from 2026-11-02 is after --to 2026-11-01',
    );
  });

  it('lists months across a year end', () => {
    expect(monthsOf('2026-11-15', '2027-02-01')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsOf('2026-11-01', '2026-11-30')).toEqual(['2026-11']);
  });

  it('weeks start on Monday (UTC)', () => {
    expect(weekStart(Date.parse('2026-11-01T12:00:00Z'))).toBe('2026-10-26'); // a Sunday
    expect(weekStart(Date.parse('2026-11-02T00:00:00Z'))).toBe('2026-11-02'); // a Monday
    expect(weekStart(Date.parse('2026-11-08T23:59:59Z'))).toBe('2026-11-02');
    expect(weeksOf(periodBounds('2026-11-01', '2026-11-30'))).toEqual([
      '2026-10-26',
      '2026-11-02',
      '2026-11-09',
      '2026-11-16',
      '2026-11-23',
      '2026-11-30',
    ]);
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-31', 2)).toBe('2027-01-02');
    expect(addDays('2026-03-01', -2)).toBe('2026-02-27');
  });
});
