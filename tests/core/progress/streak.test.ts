import { describe, expect, it } from 'vitest';
import { activeWeeks, weeksInARow } from '../../../src/core/progress/streak';

describe('weeksInARow', () => {
  it('is zero before anything is done', () => {
    expect(weeksInARow([], 100)).toBe(0);
  });

  it('counts consecutive weeks up to this week', () => {
    expect(weeksInARow([97, 98, 99, 100], 100)).toBe(4);
  });

  it('does not break the run during a week that is not over yet', () => {
    expect(weeksInARow([98, 99], 100)).toBe(2);
  });

  it('starts again after a missed week, but the total keeps every week', () => {
    expect(weeksInARow([95, 96, 99], 100)).toBe(1);
    expect(activeWeeks([95, 96, 99, 99])).toBe(3);
  });

  it('counts across the new year like any other week', () => {
    expect(weeksInARow([2921, 2922, 2923], 2923)).toBe(3);
  });

  it('copes with ticks from a clock that was ahead', () => {
    expect(weeksInARow([101, 102], 90)).toBe(2);
  });
});
