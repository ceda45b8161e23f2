/**
 * What a device sends and receives about one record of the learner. Every record has an id
 * made on the device; ticks are facts, settings and places in packs are last-writer-wins,
 * reflections keep both texts when two devices edit them at once.
 */
import { z } from 'zod';
import { RECORD_KIND_NAMES, SYNCED_SETTINGS, type RecordKind } from './kinds';
import { MAX_TEXT } from './limits';
import { DIFFICULTIES, SPOKEN_LANGUAGES } from '../intake';
import { MAX_GOALS, MEETING_RHYTHMS } from '../plan';
import { THEMES } from '../pack/vocabulary';

const id = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[A-Za-z0-9_~:.-]+$/, { message: 'use letters, digits and - _ ~ : . only' });
const instant = z.number().int().min(0).max(8_640_000_000_000_000);
const text = z.string().max(MAX_TEXT);
const slug = z
  .string()
  .min(1)
  .max(48)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

export const TickData = z.strictObject({
  id,
  packId: slug,
  challengeId: slug,
  doneAt: instant,
  week: z.number().int(),
  /** Ticked by a volunteer for a Taalcafé group outing: how many took part. */
  groupSize: z.number().int().min(1).max(200).optional(),
});

const TextWithTranslations = z.strictObject({
  nl: z.string().max(200),
  translations: z.record(z.string().max(8), z.string().max(400)).optional(),
});

export const ReflectionData = z.strictObject({
  id,
  tickId: id,
  packId: slug,
  challengeId: slug,
  createdAt: instant,
  updatedAt: instant,
  challengeTitle: TextWithTranslations.optional(),
  feeling: z.union([
    z.literal(1),
    z.literal(2),
    z.literal(3),
    z.literal(4),
    z.literal(5),
    z.null(),
  ]),
  hard: text,
  newWords: text,
  notes: text,
  /** Set on the copy the server keeps when two devices changed the same reflection. */
  conflictOf: id.optional(),
});

export const EnrolmentData = z.strictObject({
  packId: slug,
  startWeek: z.number().int(),
  pausedAtWeek: z.number().int().nullable(),
  early: z.number().int().min(0).max(100),
  skipped: z.array(slug).max(60),
  addedAt: instant,
});

export const PackRefData = z.strictObject({ id: slug, version: z.number().int().min(1) });

export const SettingData = z.strictObject({
  key: z.enum(SYNCED_SETTINGS),
  value: z.union([z.string().max(20), z.number(), z.boolean(), z.null()]),
});

export const EraseData = z.strictObject({ erasedAt: instant });

const shortText = z.string().max(500);

export const IntakeData = z.strictObject({
  id: z.literal('intake'),
  languages: z.array(z.enum(SPOKEN_LANGUAGES)).max(SPOKEN_LANGUAGES.length),
  places: z.array(z.enum(THEMES)).max(THEMES.length),
  difficulties: z.array(z.enum(DIFFICULTIES)).max(DIFFICULTIES.length),
  minutesPerWeek: z.number().int().min(0).max(10_000).nullable(),
  why: z.string().max(MAX_TEXT),
  updatedAt: instant,
});

export const PlanData = z.strictObject({
  id: z.literal('plan'),
  goals: z.array(shortText).max(MAX_GOALS),
  packIds: z.array(slug).max(60),
  rhythm: z.enum(MEETING_RHYTHMS).nullable(),
  place: shortText,
  learnerExpects: z.string().max(MAX_TEXT),
  buddyExpects: z.string().max(MAX_TEXT),
  updatedAt: instant,
});

export const AppointmentData = z.strictObject({
  packId: slug,
  challengeId: slug,
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'a day as YYYY-MM-DD' }),
  place: shortText,
  updatedAt: instant,
});

export const ChecklistData = z.strictObject({
  id: z
    .string()
    .max(100)
    .regex(/^[a-z0-9-]+\/[a-z0-9-]+$/),
  checked: z.array(z.number().int().min(0).max(20)).max(20),
  updatedAt: instant,
});

/** Each kind of record, with the shape of its data. */
export const RECORD_KINDS = {
  tick: TickData,
  reflection: ReflectionData,
  enrolment: EnrolmentData,
  pack: PackRefData,
  setting: SettingData,
  intake: IntakeData,
  plan: PlanData,
  appointment: AppointmentData,
  checklist: ChecklistData,
  learner: EraseData,
} satisfies Record<RecordKind, z.ZodType>;

export const RecordKindSchema = z.enum(RECORD_KIND_NAMES);
export type { RecordKind };

export type TickRecord = z.infer<typeof TickData>;
export type ReflectionRecord = z.infer<typeof ReflectionData>;
export type EnrolmentRecord = z.infer<typeof EnrolmentData>;
export type PackRefRecord = z.infer<typeof PackRefData>;
export type SettingRecord = z.infer<typeof SettingData>;
