import type { InterfaceLanguage } from '../core/languages';
import { mondayOfWeek, type LocalDay } from '../core/progress/week';

/** "3 december" in the learner's language and numbering. */
export function formatDay(instant: number, language: InterfaceLanguage): string {
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long' }).format(instant);
}

/** "3 december 2026, 14:05": when something was done. */
export function formatMoment(instant: number, language: InterfaceLanguage): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(
    instant,
  );
}

function dateOf(day: LocalDay): Date {
  return new Date(day.year, day.month - 1, day.day);
}

/** "30 nov. – 6 dec.": the days of a week. */
export function formatWeekRange(week: number, language: InterfaceLanguage): string {
  const monday = dateOf(mondayOfWeek(week));
  const sunday = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + 6);
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short' }).formatRange(
    monday,
    sunday,
  );
}

/** The weekday name of the Monday a week starts on, e.g. "maandag 7 december". */
export function formatMonday(week: number, language: InterfaceLanguage): string {
  return new Intl.DateTimeFormat(language, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  }).format(dateOf(mondayOfWeek(week)));
}

/** "dinsdag 8 december" for a day written as YYYY-MM-DD. */
export function formatIsoDay(isoDay: string, language: InterfaceLanguage): string {
  const [year, month, day] = isoDay.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(language, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  }).format(new Date(year, month - 1, day));
}
