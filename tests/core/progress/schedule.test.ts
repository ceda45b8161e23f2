import { describe, expect, it } from 'vitest';
import {
  openNextEarly,
  pauseEnrolment,
  planningWeek,
  planPack,
  resumeEnrolment,
  skipChallenge,
  startEnrolment,
  unskipChallenge,
} from '../../../src/core/progress/schedule';
import { weekNumber } from '../../../src/core/progress/week';

const IDS = ['groeten', 'brood', 'supermarkt', 'markt', 'weg'];
const START = weekNumber({ year: 2026, month: 12, day: 21 }); // week 52 of 2026
const none = new Map<string, number>();
const statuses = (plan: ReturnType<typeof planPack>) =>
  plan.challenges.map((challenge) => challenge.status);

describe('planPack', () => {
  it('opens the first challenge in the week the pack is added', () => {
    const plan = planPack(IDS, startEnrolment('p', START), none, START);
    expect(plan.current).toBe('groeten');
    expect(statuses(plan)).toEqual(['open', 'upcoming', 'upcoming', 'upcoming', 'upcoming']);
    expect(plan.nextOpensInWeek).toBe(START + 1);
  });

  it('opens one more each calendar week, across the new year (week 52 → 53 → 1)', () => {
    const week1of2027 = weekNumber({ year: 2027, month: 1, day: 6 });
    const plan = planPack(IDS, startEnrolment('p', START), none, week1of2027);
    expect(statuses(plan)).toEqual(['open', 'open', 'open', 'upcoming', 'upcoming']);
  });

  it("keeps a missed challenge as this week's instead of piling up new ones", () => {
    const plan = planPack(IDS, startEnrolment('p', START), none, START + 3);
    expect(plan.current).toBe('groeten');
  });

  it('moves on to the next open challenge once one is done', () => {
    const plan = planPack(IDS, startEnrolment('p', START), new Map([['groeten', 1]]), START + 1);
    expect(plan.current).toBe('brood');
    expect(plan.challenges[0]).toEqual({ id: 'groeten', status: 'done', timesDone: 1 });
  });

  it("has no current challenge when this week's is done, until the learner opens the next early", () => {
    const enrolment = startEnrolment('p', START);
    const done = new Map([['groeten', 1]]);
    expect(planPack(IDS, enrolment, done, START).current).toBeNull();
    expect(planPack(IDS, openNextEarly(enrolment), done, START).current).toBe('brood');
  });

  it('keeps a skipped challenge visible and offers the next one instead', () => {
    const enrolment = skipChallenge(startEnrolment('p', START), 'groeten');
    const plan = planPack(IDS, enrolment, none, START);
    expect(plan.current).toBe('brood');
    expect(statuses(plan).slice(0, 2)).toEqual(['skipped', 'open']);
    expect(planPack(IDS, unskipChallenge(enrolment, 'groeten'), none, START).current).toBe(
      'groeten',
    );
  });

  it('counts a repeated challenge', () => {
    const plan = planPack(IDS, startEnrolment('p', START), new Map([['groeten', 3]]), START);
    expect(plan.challenges[0]?.timesDone).toBe(3);
  });

  it('does not open new challenges while paused, and continues where it was after resuming', () => {
    const paused = pauseEnrolment(startEnrolment('p', START), START + 1);
    expect(
      statuses(planPack(IDS, paused, none, START + 10)).filter((status) => status === 'open'),
    ).toHaveLength(2);
    expect(planPack(IDS, paused, none, START + 10).nextOpensInWeek).toBeNull();
    const resumed = resumeEnrolment(paused, START + 10);
    expect(
      statuses(planPack(IDS, resumed, none, START + 10)).filter((status) => status === 'open'),
    ).toHaveLength(2);
    expect(
      statuses(planPack(IDS, resumed, none, START + 11)).filter((status) => status === 'open'),
    ).toHaveLength(3);
  });

  it('is finished when every challenge was done, and opens no more than there are', () => {
    const allDone = new Map(IDS.map((id) => [id, 1]));
    const plan = planPack(IDS, startEnrolment('p', START), allDone, START + 40);
    expect(plan.isFinished).toBe(true);
    expect(plan.nextOpensInWeek).toBeNull();
  });
});

describe('a device whose clock jumps', () => {
  it('never closes challenges that were open when the clock is set back', () => {
    const enrolment = startEnrolment('p', START);
    const highestSeen = START + 2;
    const clockSetBack = START - 30;
    const plan = planPack(IDS, enrolment, none, planningWeek(clockSetBack, highestSeen));
    expect(statuses(plan).filter((status) => status === 'open')).toHaveLength(3);
  });

  it('still offers the first challenge when the clock is before the week the pack was added', () => {
    const plan = planPack(IDS, startEnrolment('p', START), none, START - 5);
    expect(plan.current).toBe('groeten');
  });
});
