import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPack, readPack } from '../../../src/core/pack/check';
import { describeProblem } from '../../../src/core/pack/describe';
import { knownPackFields } from '../../../src/core/pack/json-schema';
import { makePack } from '../../helpers/make-pack';

const fields = knownPackFields();

/** Either the pack is accepted, or every problem is explained in a non-empty sentence. */
function acceptsOrExplains(raw: unknown): boolean {
  const problems = checkPack(raw, fields);
  const reading = readPack(raw);
  const explained = problems.every((problem) => /^\S.*: \S/.test(describeProblem(problem)));
  return explained && (reading.ok || reading.problems.length > 0);
}

/** A copy of `root` with `value` put at a random place inside it. */
function plant(root: unknown, value: unknown, choices: readonly number[]): unknown {
  if (root === null || typeof root !== 'object' || choices.length === 0) return value;
  const copy: Record<string, unknown> = Array.isArray(root) ? ([...root] as never) : { ...root };
  const keys = Object.keys(copy);
  const key = keys[(choices[0] ?? 0) % Math.max(keys.length, 1)];
  if (key === undefined) return value;
  copy[key] = plant(copy[key], value, choices.slice(1));
  return copy;
}

describe('the checker on arbitrary input', () => {
  it('never throws on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (raw) => acceptsOrExplains(raw)),
      { numRuns: 500 },
    );
  });

  it('never throws when any part of a valid pack is replaced by arbitrary JSON', () => {
    const base = makePack();
    const arbitraryPlanting = fc.tuple(
      fc.jsonValue({ maxDepth: 3 }),
      fc.array(fc.nat(), { maxLength: 8 }),
    );
    fc.assert(
      fc.property(arbitraryPlanting, ([value, choices]) =>
        acceptsOrExplains(plant(base, value, choices)),
      ),
      { numRuns: 500 },
    );
  });

  it('never throws on objects with pack-like keys and odd values', () => {
    const packLike = fc.dictionary(fc.constantFrom(...fields), fc.jsonValue({ maxDepth: 2 }));
    fc.assert(
      fc.property(packLike, (raw) => acceptsOrExplains(raw)),
      { numRuns: 500 },
    );
    expect(fields.length).toBeGreaterThan(10);
  });
});
