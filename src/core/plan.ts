/** The learning plan (leerplan) that learner and buddy make together. */

export const MEETING_RHYTHMS = ['twice-a-week', 'weekly', 'every-two-weeks', 'monthly'] as const;
export type MeetingRhythm = (typeof MEETING_RHYTHMS)[number];

export interface LearningPlan {
  id: 'plan';
  /** Up to three goals, in the learner's words (often written together in Dutch). */
  goals: string[];
  /** The packs to do, in the agreed order. */
  packIds: string[];
  rhythm: MeetingRhythm | null;
  /** Where learner and buddy meet (the library, a café…). */
  place: string;
  /** What the learner expects of the buddy, and the buddy of the learner. */
  learnerExpects: string;
  buddyExpects: string;
  updatedAt: number;
}

export const MAX_GOALS = 3;

export function emptyPlan(now: number): LearningPlan {
  return {
    id: 'plan',
    goals: ['', '', ''],
    packIds: [],
    rhythm: null,
    place: '',
    learnerExpects: '',
    buddyExpects: '',
    updatedAt: now,
  };
}

/** Moves a pack one place up (-1) or down (+1) in the plan's order. */
export function movePack(packIds: readonly string[], packId: string, step: -1 | 1): string[] {
  const from = packIds.indexOf(packId);
  const to = from + step;
  if (from < 0 || to < 0 || to >= packIds.length) return [...packIds];
  const order = [...packIds];
  [order[from], order[to]] = [order[to]!, order[from]!];
  return order;
}

/** When and where the learner will do a challenge, agreed in a session with the buddy. */
export interface Appointment {
  /** One per pack: the agreement for its current challenge. */
  packId: string;
  challengeId: string;
  /** The day, as YYYY-MM-DD on the learner's calendar. */
  day: string;
  place: string;
  updatedAt: number;
}

/** The organiser's checklist for a Taalcafé outing, per challenge. */
export interface OutingChecklist {
  /** "<packId>/<challengeId>" */
  id: string;
  checked: number[];
  updatedAt: number;
}
