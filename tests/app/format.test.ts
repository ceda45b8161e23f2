import { describe, expect, it } from 'vitest';
import { formatDay, formatMonday, formatWeekRange } from '../../src/app/format';
import { weekNumber } from '../../src/core/progress/week';

const week49 = weekNumber({ year: 2026, month: 12, day: 3 });

describe("dates in the learner's language", () => {
  it('writes the days of a week the Dutch way in Dutch and the Polish way in Polish', () => {
    expect(formatWeekRange(week49, 'nl')).toMatch(/^30 nov\.?\s–\s6 dec\.?$/);
    expect(formatWeekRange(week49, 'pl')).toMatch(/^30 lis\s?–\s?6 gru$/);
  });

  it("names the Monday of the next week in the learner's language", () => {
    expect(formatMonday(week49 + 1, 'nl')).toBe('maandag 7 december');
    expect(formatMonday(week49 + 1, 'tr')).toBe('7 Aralık Pazartesi');
    expect(formatMonday(week49 + 1, 'uk')).toBe('понеділок, 7 грудня');
  });

  it("uses the learner's month names for a day", () => {
    const thirdOfDecember = new Date(2026, 11, 3, 12).getTime();
    expect(formatDay(thirdOfDecember, 'ar')).toMatch(/ديسمبر/);
    expect(formatDay(thirdOfDecember, 'en')).toBe('December 3');
  });
});
