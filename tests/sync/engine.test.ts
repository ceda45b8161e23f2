import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { weekOf } from '../../src/core/progress/week';
import { db } from '../../src/db/database';
import { addPack } from '../../src/db/packs';
import { markDone, packPlans } from '../../src/db/progress';
import {
  reflectionForTick,
  reflectionsNewestFirst,
  updateReflection,
} from '../../src/db/reflections';
import { readSettings, saveSetting } from '../../src/db/settings';
import { syncStatus } from '../../src/db/sync-state';
import { apiClient } from '../helpers/api';
import { loadShippedPack, phone } from '../helpers/devices';
import { startTestServer } from '../helpers/server';

describe('the sync engine against the real server', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it('does not register a phone that has nothing to back up', async () => {
    const fresh = phone(server.url);
    expect(await fresh.sync()).toEqual({ ok: true, skipped: 'nothing-to-do' });
  });

  it('backs up ticks, reflections, packs and settings, and restores them on a new phone with a code', async () => {
    const first = phone(server.url);
    const week = weekOf(Date.now());
    const reflectionId = await first.act(async () => {
      await addPack((await loadShippedPack('eerste-stapjes'))!, week);
      await saveSetting('language', 'ar');
      const tick = await markDone('eerste-stapjes', 'buren-groeten');
      const id = (await reflectionForTick(tick.id))!.id;
      await updateReflection(id, { hard: 'Ze praatte snel', feeling: 4 });
      return id;
    });
    expect(await first.sync()).toEqual({ ok: true });
    expect(await first.act(syncStatus)).toMatchObject({
      state: 'synced',
      waiting: 0,
      attention: 0,
    });
    const { code } = await first.act(() => first.engine.createRestoreCode());

    const second = phone(server.url);
    expect(await second.act(() => second.engine.restore(code))).toEqual({ ok: true });
    await second.act(async () => {
      expect(
        (await reflectionsNewestFirst()).map((item) => [item.id, item.hard, item.feeling]),
      ).toEqual([[reflectionId, 'Ze praatte snel', 4]]);
      expect((await readSettings()).language).toBe('ar');
      const [plan] = await packPlans(week);
      expect(plan?.stored.pack.title.nl).toBe('Eerste stapjes');
      expect(plan?.plan.challenges[0]).toMatchObject({ id: 'buren-groeten', status: 'done' });
    });
  });

  it('keeps every keystroke change as one change while it waits', async () => {
    const device = phone(server.url);
    await device.act(async () => {
      const tick = await markDone('eerste-stapjes', 'brood-kopen');
      const { id } = (await reflectionForTick(tick.id))!;
      for (const text of ['D', 'De', 'De b', 'De bakker'])
        await updateReflection(id, { hard: text });
      expect(await db.outbox.count()).toBe(2);
    });
    await device.sync();
    const { credentials } = await device.act(() =>
      import('../../src/db/sync-state').then((m) => m.readSyncState()),
    );
    const pulled = await apiClient(server.url).pull(credentials!.token);
    expect(pulled.records.find((record) => record.kind === 'reflection')?.data).toMatchObject({
      hard: 'De bakker',
    });
  });
});
