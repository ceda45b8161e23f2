/**
 * Encouraging figures about the learner's weeks. A missed week ends the current run of
 * weeks, but never the total: everything done stays counted.
 */

/** Weeks in a row with at least one challenge done, up to this week (or last week, if
 * nothing is done yet this week: the week is not over). */
export function weeksInARow(doneWeeks: Iterable<number>, currentWeek: number): number {
  const weeks = new Set(doneWeeks);
  if (weeks.size === 0) return 0;
  // A clock set back may leave ticks "in the future"; count from the latest of them.
  let week = Math.max(currentWeek, ...weeks);
  if (!weeks.has(week)) week -= 1;
  let run = 0;
  while (weeks.has(week)) {
    run += 1;
    week -= 1;
  }
  return run;
}

/** The number of different weeks with at least one challenge done. */
export function activeWeeks(doneWeeks: Iterable<number>): number {
  return new Set(doneWeeks).size;
}
