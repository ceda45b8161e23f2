/**
 * Which challenge of a pack is "this week's". A pack hands out one new challenge each
 * calendar week from the week it was added, in pack order. The learner may open the next
 * one early or skip one (which also opens the next); skipped ones wait to be done later.
 * Missing a week never takes anything away: what was opened stays open.
 */

/** The learner's place in one pack, as stored on the device. */
export interface Enrolment {
  packId: string;
  /** The week the pack was added (see week.ts). */
  startWeek: number;
  /** Set while the pack is paused: the week it was paused. */
  pausedAtWeek: number | null;
  /** How many challenges were opened ahead of the calendar. */
  early: number;
  /** Challenges the learner chose to skip for now. */
  skipped: string[];
}

export type ChallengeStatus = 'done' | 'open' | 'skipped' | 'upcoming';

export interface ChallengeInPlan {
  id: string;
  status: ChallengeStatus;
  timesDone: number;
}

export interface PackPlan {
  packId: string;
  isPaused: boolean;
  /** This week's challenge: the first open one not done or skipped. */
  current: string | null;
  challenges: ChallengeInPlan[];
  /** The week the next challenge opens by itself, if any is left. */
  nextOpensInWeek: number | null;
  /** Every challenge done at least once. */
  isFinished: boolean;
}

export function startEnrolment(packId: string, week: number): Enrolment {
  return { packId, startWeek: week, pausedAtWeek: null, early: 0, skipped: [] };
}

/** The week to plan with: a clock set back never closes what was already open. */
export function planningWeek(clockWeek: number, highestWeekSeen: number): number {
  return Math.max(clockWeek, highestWeekSeen);
}

function openedCount(enrolment: Enrolment, total: number, week: number): number {
  const asOf = enrolment.pausedAtWeek ?? week;
  const weeksGone = Math.max(0, asOf - enrolment.startWeek);
  return Math.min(total, weeksGone + 1 + enrolment.early);
}

/** Where the learner stands in a pack this week. */
export function planPack(
  challengeIds: readonly string[],
  enrolment: Enrolment,
  timesDone: ReadonlyMap<string, number>,
  week: number,
): PackPlan {
  const opened = openedCount(enrolment, challengeIds.length, week);
  const skipped = new Set(enrolment.skipped);
  const challenges = challengeIds.map((id, index): ChallengeInPlan => {
    const count = timesDone.get(id) ?? 0;
    const status: ChallengeStatus =
      count > 0 ? 'done' : skipped.has(id) ? 'skipped' : index < opened ? 'open' : 'upcoming';
    return { id, status, timesDone: count };
  });
  const isPaused = enrolment.pausedAtWeek !== null;
  const hasMore = opened < challengeIds.length;
  return {
    packId: enrolment.packId,
    isPaused,
    current: challenges.find((challenge) => challenge.status === 'open')?.id ?? null,
    challenges,
    nextOpensInWeek: hasMore && !isPaused ? enrolment.startWeek + opened - enrolment.early : null,
    isFinished: challenges.every((challenge) => challenge.status === 'done'),
  };
}

/** Opens the next challenge now instead of next week. */
export function openNextEarly(enrolment: Enrolment): Enrolment {
  return { ...enrolment, early: enrolment.early + 1 };
}

/** Puts a challenge aside for later and opens the next one in its place. */
export function skipChallenge(enrolment: Enrolment, challengeId: string): Enrolment {
  if (enrolment.skipped.includes(challengeId)) return enrolment;
  return { ...enrolment, skipped: [...enrolment.skipped, challengeId], early: enrolment.early + 1 };
}

/** Brings a skipped challenge back. */
export function unskipChallenge(enrolment: Enrolment, challengeId: string): Enrolment {
  return { ...enrolment, skipped: enrolment.skipped.filter((id) => id !== challengeId) };
}

export function pauseEnrolment(enrolment: Enrolment, week: number): Enrolment {
  return enrolment.pausedAtWeek === null ? { ...enrolment, pausedAtWeek: week } : enrolment;
}

/** Resumes where the learner left off: the paused weeks do not count. */
export function resumeEnrolment(enrolment: Enrolment, week: number): Enrolment {
  if (enrolment.pausedAtWeek === null) return enrolment;
  const pausedFor = Math.max(0, week - enrolment.pausedAtWeek);
  return { ...enrolment, startWeek: enrolment.startWeek + pausedFor, pausedAtWeek: null };
}
