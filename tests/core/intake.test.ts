import { describe, expect, it } from 'vitest';
import { isSuggested, suggestedOrder } from '../../src/core/intake';
import { movePack } from '../../src/core/plan';
import type { Theme } from '../../src/core/pack/vocabulary';

const packs: { id: string; themes: Theme[] }[] = [
  { id: 'eerste-stapjes', themes: ['shopping', 'neighbours'] },
  { id: 'bibliotheek-en-school', themes: ['library', 'school', 'social'] },
  { id: 'zorg-en-werk', themes: ['health', 'work', 'municipality'] },
];

describe('suggestedOrder', () => {
  it("keeps the library's order when the learner named no places", () => {
    expect(suggestedOrder(packs, null).map((pack) => pack.id)).toEqual([
      'eerste-stapjes',
      'bibliotheek-en-school',
      'zorg-en-werk',
    ]);
    expect(suggestedOrder(packs, { places: [] }).map((pack) => pack.id)).toEqual([
      'eerste-stapjes',
      'bibliotheek-en-school',
      'zorg-en-werk',
    ]);
  });

  it('puts the packs that match where the learner wants to speak Dutch first, best match first', () => {
    expect(
      suggestedOrder(packs, { places: ['work', 'health', 'school'] }).map((pack) => pack.id),
    ).toEqual(['zorg-en-werk', 'bibliotheek-en-school', 'eerste-stapjes']);
    expect(suggestedOrder(packs, { places: ['school'] }).map((pack) => pack.id)).toEqual([
      'bibliotheek-en-school',
      'eerste-stapjes',
      'zorg-en-werk',
    ]);
  });

  it('marks a pack as suiting the learner when one theme matches', () => {
    expect(isSuggested(packs[2]!, { places: ['work'] })).toBe(true);
    expect(isSuggested(packs[0]!, { places: ['work'] })).toBe(false);
  });
});

describe('movePack', () => {
  it('moves a pack up or down one place, and never off the list', () => {
    expect(movePack(['a', 'b', 'c'], 'c', -1)).toEqual(['a', 'c', 'b']);
    expect(movePack(['a', 'b', 'c'], 'a', 1)).toEqual(['b', 'a', 'c']);
    expect(movePack(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c']);
    expect(movePack(['a', 'b', 'c'], 'x', 1)).toEqual(['a', 'b', 'c']);
  });
});
