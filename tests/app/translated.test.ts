import { describe, expect, it } from 'vitest';
import { translated } from '../../src/app/ui/translated';

const text = { nl: 'Brood kopen', translations: { en: 'Buy bread', ar: 'اشترِ الخبز' } };

describe('translated', () => {
  it("gives the learner's language, the Dutch in Dutch", () => {
    expect(translated(text, 'ar')).toBe('اشترِ الخبز');
    expect(translated(text, 'nl')).toBe('Brood kopen');
  });

  it('falls back to English, then to the Dutch, when a pack lacks a translation', () => {
    expect(translated(text, 'pl')).toBe('Buy bread');
    expect(translated({ nl: 'Brood kopen', translations: {} }, 'pl')).toBe('Brood kopen');
  });
});
