import { beforeEach, describe, expect, it } from 'vitest';
import { refreshStoredPacks } from '../../src/app/packs/pack-updates';
import { eraseEverything } from '../../src/db/export';
import { addPack, storedPack } from '../../src/db/packs';
import { markDone, packPlans } from '../../src/db/progress';
import { fakePackServer } from '../helpers/fake-server';
import { makeChallenge, makePack } from '../helpers/make-pack';

const WEEK = 2950;
const version1 = makePack({ id: 'buurt', version: 1 }, 3);
const version2 = makePack(
  {
    id: 'buurt',
    version: 2,
    challenges: [version1.challenges[0], makeChallenge('nieuw'), version1.challenges[2]],
  },
  0,
);

describe('a newer version of a pack', () => {
  beforeEach(() => eraseEverything());

  it('replaces the content but keeps progress on challenges that are still in it', async () => {
    await addPack(version1 as never, WEEK);
    await markDone('buurt', 'uitdaging-1');
    await markDone('buurt', 'uitdaging-2');
    await addPack(version2 as never, WEEK + 1);
    expect((await storedPack('buurt'))?.version).toBe(2);
    const [item] = await packPlans(WEEK + 1);
    expect(item?.plan.challenges.map((entry) => [entry.id, entry.status])).toEqual([
      ['uitdaging-1', 'done'],
      ['nieuw', 'open'],
      ['uitdaging-3', 'upcoming'],
    ]);
  });

  it('never goes back to an older version', async () => {
    await addPack(version2 as never, WEEK);
    await addPack(version1 as never, WEEK);
    expect((await storedPack('buurt'))?.version).toBe(2);
  });

  it("is fetched when the library's catalog lists a higher version, and only then", async () => {
    await addPack(version1 as never, WEEK);
    fakePackServer({ buurt: version1 });
    expect(await refreshStoredPacks(WEEK)).toEqual([]);
    fakePackServer({ buurt: version2 });
    expect(await refreshStoredPacks(WEEK)).toEqual(['buurt']);
    expect((await storedPack('buurt'))?.pack.challenges.map((challenge) => challenge.id)).toContain(
      'nieuw',
    );
  });

  it("leaves the phone's copy alone when offline", async () => {
    await addPack(version1 as never, WEEK);
    fakePackServer({ buurt: version2 }).offline = true;
    expect(await refreshStoredPacks(WEEK)).toEqual([]);
    expect((await storedPack('buurt'))?.version).toBe(1);
  });
});
