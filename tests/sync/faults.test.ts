import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { markDone } from '../../src/db/progress';
import {
  reflectionForTick,
  reflectionsNewestFirst,
  updateReflection,
} from '../../src/db/reflections';
import { syncStatus } from '../../src/db/sync-state';
import { releaseLease } from '../../src/db/sync-lease';
import { phone } from '../helpers/devices';
import { serverRecords } from '../helpers/server-db';
import { serverProcess } from '../helpers/server-process';
import { startTestServer } from '../helpers/server';

const DAY = 86_400_000;

/** `count` ticks (each with its empty reflection: two changes), spread over the last `days` days. */
async function tickMany(count: number, days = 1, start = Date.now() - days * DAY) {
  const ids: string[] = [];
  for (let index = 0; index < count; index++) {
    ids.push(
      (
        await markDone(
          'eerste-stapjes',
          'brood-kopen',
          start + Math.floor((index / count) * days * DAY),
        )
      ).id,
    );
  }
  return ids;
}

function expectExactlyOnce(file: string, tickIds: readonly string[]) {
  const server = serverRecords(file);
  const ticks = server.data('tick').map((tick) => tick.id);
  expect(ticks.length).toBe(tickIds.length);
  expect(new Set(ticks)).toEqual(new Set(tickIds));
  expect(server.count('reflection')).toBe(tickIds.length);
}

describe('sync under faults: every change reaches the server exactly once', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());
  const fresh = () => startTestServer();

  it('survives the server being killed (SIGKILL) in the middle of batches and restarted', async () => {
    const process = serverProcess();
    let url = await process.start();
    const device = phone(url);
    const ids = await device.act(() => tickMany(1500));
    for (let round = 0; round < 3; round++) {
      const syncing = device.sync();
      await new Promise((resolveWait) => setTimeout(resolveWait, 60 + round * 40));
      await process.kill();
      expect((await syncing).ok).toBe(false);
      url = await process.start();
    }
    const restarted = phone(url);
    // Same phone, same database, new engine pointing at the restarted server.
    const engine = (await import('../../src/sync/engine')).createSyncEngine({
      baseUrl: url,
      holder: restarted.name,
    });
    expect(await device.act(() => engine.sync())).toEqual({ ok: true });
    expect(await device.act(() => db.outbox.count())).toBe(0);
    expectExactlyOnce(process.databaseFile, ids);
    await process.kill();
  });

  it('retries when the answer is lost after the server stored the batch', async () => {
    const target = await fresh();
    let lost = 0;
    const device = phone(target.url, {
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        if (String(input).endsWith('/push') && lost++ === 0)
          throw new TypeError('connection reset after the server answered');
        return response;
      },
    });
    const ids = await device.act(() => tickMany(120));
    expect(await device.sync()).toMatchObject({ ok: false, problem: 'offline' });
    expect(await device.sync()).toEqual({ ok: true });
    expectExactlyOnce(target.config.databaseFile, ids);
    await target.stop();
  });

  it('sends each batch twice at once and still stores it once', async () => {
    const target = await fresh();
    const device = phone(target.url, {
      fetch: async (input, init) => {
        if (!String(input).endsWith('/push')) return fetch(input, init);
        const [first] = await Promise.all([fetch(input, init), fetch(input, init)]);
        return first;
      },
    });
    const ids = await device.act(() => tickMany(150));
    expect(await device.sync()).toEqual({ ok: true });
    expectExactlyOnce(target.config.databaseFile, ids);
    await target.stop();
  });

  it('copes with changes arriving out of order', async () => {
    const target = await fresh();
    const device = phone(target.url, {
      fetch: async (input, init) => {
        const body = init?.body ? (JSON.parse(String(init.body)) as { changes?: unknown[] }) : {};
        if (String(input).endsWith('/push') && (body.changes?.length ?? 0) > 1) {
          const later = {
            ...body,
            changes: body.changes!.slice(body.changes!.length / 2).reverse(),
          };
          const early = await fetch(input, { ...init, body: JSON.stringify(later) });
          expect((await early.json()) as object).toMatchObject({ missingFrom: expect.any(Number) });
        }
        return fetch(input, init);
      },
    });
    const ids = await device.act(() => tickMany(130));
    expect(await device.sync()).toEqual({ ok: true });
    expectExactlyOnce(target.config.databaseFile, ids);
    await target.stop();
  });

  it('does not let a change that can never be applied block the ones behind it', async () => {
    const target = await fresh();
    const device = phone(target.url);
    const ids = await device.act(async () => {
      const [first] = await tickMany(1);
      const reflection = await reflectionForTick(first!);
      await updateReflection(reflection!.id, { notes: 'x'.repeat(6000) });
      return [first!, ...(await tickMany(20))];
    });
    expect(await device.sync()).toEqual({ ok: true });
    const status = await device.act(syncStatus);
    expect(status).toMatchObject({ state: 'attention', attention: 1, waiting: 0 });
    const [rejected] = await device.act(() => db.rejected.toArray());
    expect(rejected).toMatchObject({
      kind: 'reflection',
      reason: expect.stringMatching(/^data\.notes: /),
    });
    expect(serverRecords(target.config.databaseFile).data('tick').length).toBe(ids.length);
    await target.stop();
  });

  it('sends 10,000 changes queued over 30 days offline, once the phone is online again', async () => {
    const target = await fresh();
    let isOnline = false;
    const device = phone(target.url, {
      fetch: (input, init) =>
        isOnline ? fetch(input, init) : Promise.reject(new TypeError('Failed to fetch')),
    });
    const ids = await device.act(() => tickMany(5000, 30));
    expect(await device.act(() => db.outbox.count())).toBe(10_000);
    expect(await device.sync()).toMatchObject({ ok: false, problem: 'offline' });
    expect(await device.act(syncStatus)).toMatchObject({ state: 'waiting', waiting: 10_000 });
    isOnline = true;
    expect(await device.sync()).toEqual({ ok: true });
    expect(await device.act(syncStatus)).toMatchObject({ state: 'synced', waiting: 0 });
    expectExactlyOnce(target.config.databaseFile, ids);
    await target.stop();
  }, 180_000);

  it('keeps both texts when two phones of one learner edit the same reflection', async () => {
    const mobile = phone(server.url);
    const reflectionId = await mobile.act(async () => {
      const [tickId] = await tickMany(1);
      return (await reflectionForTick(tickId!))!.id;
    });
    await mobile.sync();
    const { code } = await mobile.act(() => mobile.engine.createRestoreCode());
    const tablet = phone(server.url);
    await tablet.act(() => tablet.engine.restore(code));
    await tablet.act(() => updateReflection(reflectionId, { hard: 'tekst van de tablet' }));
    await mobile.act(() => updateReflection(reflectionId, { hard: 'tekst van de telefoon' }));
    await tablet.sync();
    await mobile.sync();
    await tablet.sync();
    for (const device of [mobile, tablet]) {
      const texts = (await device.act(reflectionsNewestFirst)).map((item) => item.hard).sort();
      expect(texts).toEqual(['tekst van de tablet', 'tekst van de telefoon']);
    }
  });

  it('lets two tabs sync at once without sending anything twice', async () => {
    const target = await fresh();
    const tabOne = phone(target.url);
    const ids = await tabOne.act(() => tickMany(300));
    const { createSyncEngine } = await import('../../src/sync/engine');
    const tabTwo = createSyncEngine({ baseUrl: target.url, holder: 'second-tab' });
    const results = await tabOne.act(() => Promise.all([tabOne.engine.sync(), tabTwo.sync()]));
    expect(results.map((result) => result.ok)).toEqual([true, true]);
    expect(results.some((result) => 'skipped' in result && result.skipped === 'locked')).toBe(true);
    await tabOne.act(() => tabTwo.sync());
    expectExactlyOnce(target.config.databaseFile, ids);
    await target.stop();
  });

  it('loses and repeats nothing when the page reloads while a push is in flight', async () => {
    const target = await fresh();
    let reachedServer!: () => void;
    const arrived = new Promise<void>((resolveArrived) => (reachedServer = resolveArrived));
    const beforeReload = phone(target.url, {
      holder: 'page-before-reload',
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        if (String(input).endsWith('/push')) {
          reachedServer();
          return new Promise<Response>(() => undefined);
        }
        return response;
      },
    });
    const ids = await beforeReload.act(() => tickMany(80));
    void beforeReload.sync();
    await arrived;
    // The reload: the old page is gone, and the browser gives up its lock.
    await beforeReload.act(() => releaseLease('stapjes-sync', 'page-before-reload'));
    const { createSyncEngine } = await import('../../src/sync/engine');
    const afterReload = createSyncEngine({ baseUrl: target.url, holder: 'page-after-reload' });
    expect(await beforeReload.act(() => afterReload.sync())).toEqual({ ok: true });
    expect(await beforeReload.act(() => db.outbox.count())).toBe(0);
    expectExactlyOnce(target.config.databaseFile, ids);
    await target.stop();
  });

  it('restores everything on a phone whose database was wiped', async () => {
    const device = phone(server.url);
    const ids = await device.act(() => tickMany(25));
    await device.sync();
    const { code } = await device.act(() => device.engine.createRestoreCode());
    await device.act(() => device.wipe());
    const after = phone(server.url);
    expect(await after.act(() => after.engine.restore(code))).toEqual({ ok: true });
    expect(
      new Set(
        await after.act(() => db.ticks.toArray().then((ticks) => ticks.map((tick) => tick.id))),
      ),
    ).toEqual(new Set(ids));
  });
});

describe('a server that forgot the phone', () => {
  it('keeps every waiting change, asks the learner, and sends everything again for a new backup', async () => {
    const first = await startTestServer();
    const device = phone(first.url);
    const ids = await device.act(() => tickMany(5));
    expect(await device.sync()).toEqual({ ok: true });
    await first.stop();
    // The library replaced the server's database: the phone's token means nothing there.
    const second = await startTestServer();
    const moved = phone(second.url);
    const engine = (await import('../../src/sync/engine')).createSyncEngine({
      baseUrl: second.url,
      holder: moved.name,
    });
    const more = await device.act(() => tickMany(2));
    expect(await device.act(() => engine.sync())).toMatchObject({
      ok: false,
      problem: 'unauthorized',
    });
    expect(await device.act(syncStatus)).toMatchObject({ state: 'signed-out', waiting: 4 });
    expect(await device.act(() => engine.startAgain())).toEqual({ ok: true });
    expectExactlyOnce(second.config.databaseFile, [...ids, ...more]);
    await second.stop();
  });
});
