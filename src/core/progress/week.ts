/**
 * Calendar weeks as the learner lives them: ISO weeks (Monday to Sunday) in the device's
 * own time zone. A week is stored as a plain number (weeks since a fixed Monday), so the
 * step from week 52 or 53 to week 1 is just +1.
 */

/** A date on the learner's calendar, without a time or time zone. */
export interface LocalDay {
  year: number;
  month: number;
  day: number;
}

/** An ISO week as people say it: "week 1 of 2027". */
export interface IsoWeek {
  year: number;
  week: number;
}

const MS_PER_DAY = 86_400_000;
// 1970-01-05 was a Monday: day 4 after the Unix epoch.
const FIRST_MONDAY = 4;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The device's own time zone. */
export function deviceTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The calendar day an instant falls on in a time zone. */
export function localDay(instant: number, timeZone: string = deviceTimeZone()): LocalDay {
  const parts = formatterFor(timeZone).formatToParts(new Date(instant));
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return { year: value('year'), month: value('month'), day: value('day') };
}

function dayNumber(day: LocalDay): number {
  return Math.floor(Date.UTC(day.year, day.month - 1, day.day) / MS_PER_DAY);
}

function mondayOf(days: number): number {
  const weekday = (((days - FIRST_MONDAY) % 7) + 7) % 7;
  return days - weekday;
}

/** The week a day is in, as a number that grows by one each Monday. */
export function weekNumber(day: LocalDay): number {
  return Math.floor((mondayOf(dayNumber(day)) - FIRST_MONDAY) / 7);
}

/** The week an instant falls in, on the learner's calendar. */
export function weekOf(instant: number, timeZone: string = deviceTimeZone()): number {
  return weekNumber(localDay(instant, timeZone));
}

/** The ISO year and week number of a week, for showing ("week 53 of 2026"). */
export function isoWeek(week: number): IsoWeek {
  const thursday = FIRST_MONDAY + week * 7 + 3;
  const year = new Date(thursday * MS_PER_DAY).getUTCFullYear();
  const firstOfYear = Math.floor(Date.UTC(year, 0, 1) / MS_PER_DAY);
  return { year, week: Math.floor((thursday - firstOfYear) / 7) + 1 };
}

/** The Monday a week starts on. */
export function mondayOfWeek(week: number): LocalDay {
  const date = new Date((FIRST_MONDAY + week * 7) * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
