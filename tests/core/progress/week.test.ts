import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isoWeek,
  localDay,
  mondayOfWeek,
  weekNumber,
  weekOf,
} from '../../../src/core/progress/week';

const day = (iso: string) => {
  const [year, month, dayOfMonth] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day: dayOfMonth };
};
const weekOfDay = (iso: string) => isoWeek(weekNumber(day(iso)));

describe('ISO weeks', () => {
  it('knows that 2026 has a week 53 and that 1 January 2027 is still in it', () => {
    expect(weekOfDay('2026-12-28')).toEqual({ year: 2026, week: 53 });
    expect(weekOfDay('2027-01-01')).toEqual({ year: 2026, week: 53 });
    expect(weekOfDay('2027-01-03')).toEqual({ year: 2026, week: 53 });
    expect(weekOfDay('2027-01-04')).toEqual({ year: 2027, week: 1 });
  });

  it('puts 30 December 2024 in week 1 of 2025', () => {
    expect(weekOfDay('2024-12-29')).toEqual({ year: 2024, week: 52 });
    expect(weekOfDay('2024-12-30')).toEqual({ year: 2025, week: 1 });
  });

  it('counts week 52 → week 1 and week 53 → week 1 as one step', () => {
    expect(weekNumber(day('2025-01-06')) - weekNumber(day('2024-12-23'))).toBe(2);
    expect(weekNumber(day('2027-01-04')) - weekNumber(day('2026-12-28'))).toBe(1);
  });

  it('starts every week on a Monday', () => {
    expect(mondayOfWeek(weekNumber(day('2026-12-03')))).toEqual(day('2026-11-30'));
    expect(mondayOfWeek(weekNumber(day('2027-01-01')))).toEqual(day('2026-12-28'));
  });

  it('agrees with a day-by-day count over two centuries', () => {
    // Reference: the ISO week of the Thursday of the same week, counted by hand.
    const reference = (date: Date) => {
      const thursday = new Date(date);
      thursday.setUTCDate(date.getUTCDate() + 3 - ((date.getUTCDay() + 6) % 7));
      const firstThursday = new Date(Date.UTC(thursday.getUTCFullYear(), 0, 4));
      firstThursday.setUTCDate(
        firstThursday.getUTCDate() + 3 - ((firstThursday.getUTCDay() + 6) % 7),
      );
      return {
        year: thursday.getUTCFullYear(),
        week: 1 + Math.round((thursday.getTime() - firstThursday.getTime()) / 604_800_000),
      };
    };
    fc.assert(
      fc.property(
        fc.integer({
          min: Date.UTC(1950, 0, 1) / 86_400_000,
          max: Date.UTC(2150, 0, 1) / 86_400_000,
        }),
        (days) => {
          const date = new Date(days * 86_400_000);
          const local = {
            year: date.getUTCFullYear(),
            month: date.getUTCMonth() + 1,
            day: date.getUTCDate(),
          };
          expect(isoWeek(weekNumber(local))).toEqual(reference(date));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("the learner's local calendar", () => {
  it('uses the time zone of the device: New Year arrives in Amsterdam before London', () => {
    const instant = Date.parse('2026-12-31T23:30:00Z');
    expect(localDay(instant, 'Europe/Amsterdam')).toEqual(day('2027-01-01'));
    expect(localDay(instant, 'Europe/London')).toEqual(day('2026-12-31'));
  });

  it('changes week at local midnight on Sunday night, also on the night clocks go forward', () => {
    const sundayEvening = Date.parse('2026-03-29T21:59:00Z'); // 23:59 CEST in Amsterdam
    const mondayMorning = Date.parse('2026-03-29T22:01:00Z'); // 00:01 CEST
    expect(
      weekOf(mondayMorning, 'Europe/Amsterdam') - weekOf(sundayEvening, 'Europe/Amsterdam'),
    ).toBe(1);
  });

  it('gives the same week to every moment from Monday 00:00 to Sunday 23:59 local time', () => {
    const monday = Date.parse('2026-10-25T23:00:00Z'); // Monday 26 Oct 00:00 CET, after clocks went back
    const sunday = Date.parse('2026-11-01T22:59:00Z'); // Sunday 1 Nov 23:59 CET
    expect(weekOf(monday, 'Europe/Amsterdam')).toBe(weekOf(sunday, 'Europe/Amsterdam'));
  });
});
