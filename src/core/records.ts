/**
 * What the learner's device keeps about the learner (besides the packs themselves).
 * Every record has an id made on the device, so records from two phones never collide.
 */

/** Any Dutch text with (some of) its translations, as packs write them. */
export interface TextWithTranslations {
  nl: string;
  translations?: Partial<Record<string, string>>;
}

/** "I did it!": one completion of a challenge. Doing a challenge again adds another. */
export interface Tick {
  id: string;
  packId: string;
  challengeId: string;
  /** When, in milliseconds since 1970. */
  doneAt: number;
  /** The learner's calendar week at that moment (see progress/week.ts). */
  week: number;
  /** Set when a volunteer ticked a Taalcafé outing for the group: how many took part. */
  groupSize?: number;
}

/** How it went, on a scale of five faces: 1 = very hard … 5 = very good. */
export type Feeling = 1 | 2 | 3 | 4 | 5;

export const FEELINGS: readonly Feeling[] = [1, 2, 3, 4, 5];

/** The learner's look back on one tick; every part is optional and can be edited later. */
export interface Reflection {
  id: string;
  tickId: string;
  packId: string;
  challengeId: string;
  createdAt: number;
  updatedAt: number;
  /** The challenge's title when it was done, so the reflection keeps a name if the pack is removed. */
  challengeTitle?: TextWithTranslations;
  feeling: Feeling | null;
  hard: string;
  newWords: string;
  notes: string;
}

export type ReflectionText = 'hard' | 'newWords' | 'notes';

/** A fresh, empty reflection for a tick. */
export function emptyReflection(
  id: string,
  tick: Tick,
  now: number,
  challengeTitle?: Reflection['challengeTitle'],
): Reflection {
  return {
    id,
    tickId: tick.id,
    packId: tick.packId,
    challengeId: tick.challengeId,
    createdAt: now,
    updatedAt: now,
    ...(challengeTitle ? { challengeTitle } : {}),
    feeling: null,
    hard: '',
    newWords: '',
    notes: '',
  };
}

/** True when the learner wrote or chose nothing yet. */
export function isReflectionEmpty(reflection: Reflection): boolean {
  return (
    reflection.feeling === null && !reflection.hard && !reflection.newWords && !reflection.notes
  );
}

/** A random id, made on the device. */
export function newId(): string {
  return crypto.randomUUID();
}
