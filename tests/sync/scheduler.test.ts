import { describe, expect, it } from 'vitest';
import { backoffMs } from '../../src/sync/scheduler';

describe('backoffMs', () => {
  it('waits longer after each failure, up to ten minutes', () => {
    const ceilings = [1, 2, 3, 4, 10, 30].map((failures) => backoffMs(failures, () => 1));
    expect(ceilings).toEqual([5_000, 10_000, 20_000, 40_000, 600_000, 600_000]);
  });

  it('spreads retries between half and all of the wait, so phones do not retry together', () => {
    expect(backoffMs(3, () => 0)).toBe(10_000);
    expect(backoffMs(3, () => 0.5)).toBe(15_000);
  });
});
