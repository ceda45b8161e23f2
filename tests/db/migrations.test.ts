import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DATABASE_NAME, db } from '../../src/db/database';
import { packPlans } from '../../src/db/progress';
import { reflectionsNewestFirst } from '../../src/db/reflections';
import { readSettings } from '../../src/db/settings';
import { shippedPack } from '../helpers/fake-server';

/** The database exactly as the first release of the app created it. Never edit this copy. */
function firstVersion(): Dexie {
  const first = new Dexie(DATABASE_NAME);
  first.version(1).stores({
    packs: 'id',
    enrolments: 'packId',
    ticks: 'id, [packId+challengeId], doneAt',
    reflections: 'id, tickId, [packId+challengeId], updatedAt',
    settings: 'key',
  });
  return first;
}

describe('a phone that saved data with the first version of the app', () => {
  it('still reads all of it with the current version', async () => {
    db.close();
    await Dexie.delete(DATABASE_NAME);
    const pack = shippedPack('eerste-stapjes');
    const old = firstVersion();
    await old.table('packs').put({ id: pack.id, version: pack.version, pack, addedAt: 1 });
    await old.table('enrolments').put({
      packId: pack.id,
      startWeek: 2900,
      pausedAtWeek: null,
      early: 0,
      skipped: [],
      addedAt: 1,
    });
    await old.table('ticks').put({
      id: 't1',
      packId: pack.id,
      challengeId: 'buren-groeten',
      doneAt: 1_765_000_000_000,
      week: 2900,
    });
    await old.table('reflections').put({
      id: 'r1',
      tickId: 't1',
      packId: pack.id,
      challengeId: 'buren-groeten',
      createdAt: 1_765_000_000_000,
      updatedAt: 1_765_000_000_000,
      feeling: 4,
      hard: 'Snel praten',
      newWords: 'de buurman',
      notes: '',
    });
    await old.table('settings').put({ key: 'language', value: 'ar' });
    old.close();

    await db.open();
    const [plan] = await packPlans(2901);
    expect(plan?.plan.challenges[0]).toEqual({ id: 'buren-groeten', status: 'done', timesDone: 1 });
    expect(plan?.plan.current).toBe('brood-kopen');
    expect((await reflectionsNewestFirst()).map((item) => item.hard)).toEqual(['Snel praten']);
    expect((await readSettings()).language).toBe('ar');
    expect(db.verno).toBeGreaterThanOrEqual(1);
  });
});
