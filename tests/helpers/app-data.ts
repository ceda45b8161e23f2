import type { InterfaceLanguage } from '../../src/core/languages';
import { mondayOfWeek, weekOf } from '../../src/core/progress/week';
import { exportEverything } from '../../src/db/export';
import { addPack } from '../../src/db/packs';
import { markDone } from '../../src/db/progress';
import {
  reflectionForTick,
  updateReflection,
  type ReflectionChange,
} from '../../src/db/reflections';
import { shippedPack } from './fake-server';
import { clearDevice, useLanguage } from './render-app';

/** The learner's calendar week now. */
export function thisWeek(): number {
  return weekOf(Date.now());
}

let nudge = 0;

/** Local noon on the Wednesday `weeksAgo` weeks back (plus a few ms, so moments never tie). */
export function midWeek(weeksAgo = 0): number {
  const monday = mondayOfWeek(thisWeek());
  nudge += 1;
  return (
    new Date(monday.year, monday.month - 1, monday.day + 2 - 7 * weeksAgo, 12).getTime() + nudge
  );
}

/** An empty device speaking `language`: put data in, then renderAppKeepingData. */
export async function emptyDevice(language: InterfaceLanguage): Promise<void> {
  await clearDevice();
  await useLanguage(language);
}

/** Adds a pack from challenges/ as if the learner added it `weeksAgo` weeks ago. */
export function addShipped(packId: string, weeksAgo = 0): Promise<void> {
  return addPack(shippedPack(packId), thisWeek() - weeksAgo, midWeek(weeksAgo));
}

/** "I did it!" `weeksAgo` weeks ago, optionally writing in its reflection; returns the reflection id. */
export async function tick(
  packId: string,
  challengeId: string,
  weeksAgo = 0,
  change?: ReflectionChange,
): Promise<string> {
  const done = await markDone(packId, challengeId, midWeek(weeksAgo));
  const reflection = await reflectionForTick(done.id);
  if (!reflection) throw new Error('markDone made no reflection');
  if (change) await updateReflection(reflection.id, change);
  return reflection.id;
}

/** What is stored on the device, as the export sees it. */
export async function stored() {
  const { packs, enrolments, ticks, reflections, settings } = await exportEverything();
  return { packs, enrolments, ticks, reflections, settings };
}
