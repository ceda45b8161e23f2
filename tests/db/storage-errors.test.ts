import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db/database';
import {
  classifyStorageError,
  onStorageProblem,
  openStorage,
  StorageError,
} from '../../src/db/errors';
import { eraseEverything } from '../../src/db/export';
import { markDone } from '../../src/db/progress';
import { updateReflection, reflectionForTick } from '../../src/db/reflections';

const quotaExceeded = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('classifyStorageError', () => {
  it('recognises a full disk, also when Dexie wraps it', () => {
    expect(classifyStorageError(quotaExceeded())).toBe('full');
    expect(classifyStorageError(new Dexie.AbortError('aborted', quotaExceeded()))).toBe('full');
  });

  it('recognises a browser that cannot store (private mode, no IndexedDB)', () => {
    expect(classifyStorageError(new Dexie.MissingAPIError('IndexedDB API missing'))).toBe(
      'unavailable',
    );
    expect(
      classifyStorageError(
        new Dexie.OpenFailedError(new DOMException('denied', 'InvalidStateError')),
      ),
    ).toBe('unavailable');
  });

  it('calls anything else a failed save', () => {
    expect(classifyStorageError(new Error('boom'))).toBe('failed');
  });
});

describe('when saving fails', () => {
  afterEach(() => vi.restoreAllMocks());

  it('tells the shell, throws a StorageError, and leaves earlier data as it was', async () => {
    await eraseEverything();
    const earlier = await markDone('p', 'a', 1000);
    const problems: string[] = [];
    const stop = onStorageProblem((problem) => problems.push(problem));
    vi.spyOn(db.ticks, 'add').mockRejectedValueOnce(quotaExceeded());

    await expect(markDone('p', 'b', 2000)).rejects.toBeInstanceOf(StorageError);
    stop();
    expect(problems).toEqual(['full']);
    expect((await db.ticks.toArray()).map((tick) => tick.id)).toEqual([earlier.id]);
    expect(await db.reflections.count()).toBe(1);
  });

  it('keeps the text already saved when a later keystroke cannot be saved', async () => {
    await eraseEverything();
    const tick = await markDone('p', 'a', 1000);
    const { id } = (await reflectionForTick(tick.id))!;
    await updateReflection(id, { hard: 'De bakker' });
    vi.spyOn(db.reflections, 'update').mockRejectedValueOnce(quotaExceeded());
    await expect(updateReflection(id, { hard: 'De bakker praatte' })).rejects.toMatchObject({
      problem: 'full',
    });
    expect((await db.reflections.get(id))?.hard).toBe('De bakker');
  });

  it('reports a database that cannot be opened instead of crashing', async () => {
    expect(await openStorage(() => Promise.reject(new Dexie.MissingAPIError('no IndexedDB')))).toBe(
      'unavailable',
    );
    expect(await openStorage(() => Promise.resolve())).toBeNull();
  });
});
