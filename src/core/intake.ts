/**
 * The intake booklet (opdrachtenboekje): what the learner tells at the start, so that the
 * buddy can work in a targeted way and the app suggests what fits first.
 */
import type { CatalogEntry } from './pack/catalog';
import { THEMES, type Theme } from './pack/vocabulary';

/** Languages learners around Westland often speak; anything else goes in "other". */
export const SPOKEN_LANGUAGES = [
  'ar',
  'ti',
  'uk',
  'ru',
  'pl',
  'tr',
  'ro',
  'bg',
  'en',
  'fa',
  'ku',
  'so',
  'es',
  'fr',
  'other',
] as const;
export type SpokenLanguage = (typeof SPOKEN_LANGUAGES)[number];

/** What is hard in Dutch, in words a learner recognises. */
export const DIFFICULTIES = [
  'speaking',
  'listening',
  'reading',
  'writing',
  'phone',
  'fast-speech',
  'courage',
] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export const MINUTES_PER_WEEK = [30, 60, 120, 180] as const;

/** Places to use Dutch: the same words as the packs' themes. */
export const PLACES: readonly Theme[] = THEMES;

export interface Intake {
  id: 'intake';
  languages: SpokenLanguage[];
  places: Theme[];
  difficulties: Difficulty[];
  minutesPerWeek: number | null;
  /** Why the learner learns Dutch, in their own words (any language). */
  why: string;
  updatedAt: number;
}

export function emptyIntake(now: number): Intake {
  return {
    id: 'intake',
    languages: [],
    places: [],
    difficulties: [],
    minutesPerWeek: null,
    why: '',
    updatedAt: now,
  };
}

/** How many of the learner's places a pack's themes cover. */
function matches(entry: { themes: readonly Theme[] }, places: ReadonlySet<Theme>): number {
  return entry.themes.filter((theme) => places.has(theme)).length;
}

/**
 * Packs in the order to suggest them: those whose themes match the learner's places first
 * (more matches first), otherwise keeping the library's order (easy before harder).
 */
export function suggestedOrder<T extends Pick<CatalogEntry, 'themes'>>(
  entries: readonly T[],
  intake: Pick<Intake, 'places'> | null | undefined,
): T[] {
  if (!intake || intake.places.length === 0) return [...entries];
  const places = new Set(intake.places);
  return entries
    .map((entry, index) => ({ entry, index, score: matches(entry, places) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ entry }) => entry);
}

/** True when the pack fits at least one place the learner named. */
export function isSuggested(
  entry: Pick<CatalogEntry, 'themes'>,
  intake: Pick<Intake, 'places'> | null | undefined,
): boolean {
  return !!intake && matches(entry, new Set(intake.places)) > 0;
}
