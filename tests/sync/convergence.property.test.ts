import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { markDone } from '../../src/db/progress';
import { updateReflection } from '../../src/db/reflections';
import { saveSetting } from '../../src/db/settings';
import { phone } from '../helpers/devices';
import { lastAppliedSeq, serverRecords } from '../helpers/server-db';
import { readSyncState } from '../../src/db/sync-state';
import { startTestServer } from '../helpers/server';

type Failure = 'none' | 'request-lost' | 'answer-lost';

type Action =
  | { type: 'tick'; device: 0 | 1 }
  | { type: 'reflect'; device: 0 | 1; pick: number; text: string }
  | { type: 'setting'; device: 0 | 1; size: 1 | 1.25 | 1.5 | 2 }
  | { type: 'sync'; device: 0 | 1; failure: Failure };

const device = fc.constantFrom<0 | 1>(0, 1);
const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ type: fc.constant('tick' as const), device }),
  fc.record({
    type: fc.constant('reflect' as const),
    device,
    pick: fc.nat(),
    text: fc.string({ minLength: 1, maxLength: 12 }),
  }),
  fc.record({
    type: fc.constant('setting' as const),
    device,
    size: fc.constantFrom<1 | 1.25 | 1.5 | 2>(1, 1.25, 1.5, 2),
  }),
  fc.record({
    type: fc.constant('sync' as const),
    device,
    failure: fc.constantFrom<Failure>('none', 'request-lost', 'answer-lost'),
  }),
);

/** A phone whose network can be told to fail the next sync in one of two ways. */
function flakyPhone(url: string) {
  const state = { failure: 'none' as Failure };
  const simulated = phone(url, {
    fetch: async (input, init) => {
      const failure = state.failure;
      if (failure === 'request-lost') throw new TypeError('request lost');
      const response = await fetch(input, init);
      if (failure === 'answer-lost') throw new TypeError('answer lost');
      return response;
    },
  });
  return { ...simulated, state };
}

async function snapshot() {
  const [ticks, reflections, settings] = await Promise.all([
    db.ticks.toArray(),
    db.reflections.toArray(),
    db.settings.get('textSize'),
  ]);
  return {
    ticks: ticks.map((tick) => tick.id).sort(),
    reflections: Object.fromEntries(reflections.map((item) => [item.id, item.hard])),
    textSize: settings?.value ?? null,
  };
}

/**
 * Texts this phone wrote that the server has not received yet: these must survive. (A text
 * the server already has may rightly be replaced by another phone that saw it.)
 */
async function unsentTexts(databaseFile: string): Promise<string[]> {
  const state = await readSyncState();
  const offset = ((await db.syncState.get('seqOffset'))?.value as number | undefined) ?? 0;
  const applied = state.credentials ? lastAppliedSeq(databaseFile, state.credentials.deviceId) : 0;
  const waiting = await db.outbox
    .filter((entry) => entry.kind === 'reflection' && entry.op === 'put')
    .toArray();
  // The phone's own later edit of the same reflection replaces an earlier one: only the last counts.
  const latest = new Map<string, string>();
  for (const entry of waiting) {
    if (entry.seq! - offset > applied)
      latest.set(entry.recordId, (entry.data as { hard: string }).hard);
  }
  return [...latest.values()];
}

describe('two phones of one learner, random edits, syncs and network failures', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    // One test address plays hundreds of phones at full speed: lift the request limits.
    server = await startTestServer({
      limits: Object.fromEntries(
        ['perAddress', 'perToken', 'register', 'restore'].map((name) => [
          name,
          { max: 1_000_000, windowMs: 60_000 },
        ]),
      ),
    });
  });
  afterAll(() => server.stop());

  it('always end with the same data on both phones and the server, with nothing lost', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 25 }), async (actions) => {
        const phones = [flakyPhone(server.url), flakyPhone(server.url)] as const;
        // Link the two phones to one learner.
        await phones[0].act(() => saveSetting('textSize', 1));
        await phones[0].sync();
        const { code } = await phones[0].act(() => phones[0].engine.createRestoreCode());
        expect(await phones[1].act(() => phones[1].engine.restore(code))).toEqual({ ok: true });

        for (const step of actions) {
          const target = phones[step.device];
          if (step.type === 'sync') {
            target.state.failure = step.failure;
            await target.sync();
            target.state.failure = 'none';
            continue;
          }
          await target.act(async () => {
            if (step.type === 'tick') await markDone('eerste-stapjes', 'brood-kopen');
            if (step.type === 'setting') await saveSetting('textSize', step.size);
            if (step.type === 'reflect') {
              const all = await db.reflections.orderBy('id').toArray();
              const chosen = all[step.pick % Math.max(all.length, 1)];
              if (chosen) await updateReflection(chosen.id, { hard: step.text });
              else await markDone('eerste-stapjes', 'brood-kopen');
            }
          });
        }

        const before = await Promise.all(phones.map((each) => each.act(snapshot)));
        const unsent = (
          await Promise.all(
            phones.map((each) => each.act(() => unsentTexts(server.config.databaseFile))),
          )
        ).flat();
        for (let round = 0; round < 2; round++)
          for (const each of phones) expect(await each.sync()).toEqual({ ok: true });
        const after = await Promise.all(phones.map((each) => each.act(snapshot)));
        const { credentials } = await phones[0].act(readSyncState);

        expect(after[1]).toEqual(after[0]);
        // Nothing lost: every tick, and every text the server had not received yet, is on both phones.
        for (const earlier of before)
          for (const tick of earlier.ticks) expect(after[0]!.ticks).toContain(tick);
        for (const text of unsent) expect(Object.values(after[0]!.reflections)).toContain(text);
        const onServer = serverRecords(server.config.databaseFile);
        const learnerTicks = onServer
          .data('tick')
          .filter((tick) => after[0]!.ticks.includes(String(tick.id)));
        expect(learnerTicks.length).toBe(after[0]!.ticks.length);
        expect(credentials).not.toBeNull();
      }),
      { numRuns: 60 },
    );
  }, 300_000);
});
