/** The learner's own data: all of it out as one file, or all of it gone from this device. */
import { db } from './database';
import { guardedWrite } from './errors';

export const EXPORT_FORMAT = 'stapjes-export';
export const EXPORT_VERSION = 1;

/** Everything stored about the learner on this device, as one JSON-ready object. */
export async function exportEverything(now = Date.now()) {
  const [settings, enrolments, ticks, reflections, packs] = await Promise.all([
    db.settings.toArray(),
    db.enrolments.toArray(),
    db.ticks.toArray(),
    db.reflections.toArray(),
    db.packs.toArray(),
  ]);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    settings: Object.fromEntries(settings.map((row) => [row.key, row.value])),
    packs: packs.map((stored) => ({
      id: stored.id,
      version: stored.version,
      addedAt: stored.addedAt,
    })),
    enrolments,
    ticks,
    reflections,
  };
}

/** Removes every record from this device in one go; the empty database stays usable. */
export function eraseEverything(): Promise<void> {
  return guardedWrite(() =>
    db.transaction('rw', db.tables, async () => {
      await Promise.all(db.tables.map((table) => table.clear()));
    }),
  );
}
