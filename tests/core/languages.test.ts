import { describe, expect, it } from 'vitest';
import { isRightToLeft, pickInterfaceLanguage } from '../../src/core/languages';

describe('pickInterfaceLanguage', () => {
  it('takes the first language the browser prefers that the app speaks, region or not', () => {
    expect(pickInterfaceLanguage(['ti-ER', 'ar-SY', 'en'])).toBe('ar');
    expect(pickInterfaceLanguage(['uk-UA'])).toBe('uk');
    expect(pickInterfaceLanguage(['TR'])).toBe('tr');
  });

  it('has no answer when the browser speaks none of them', () => {
    expect(pickInterfaceLanguage(['ti-ER', 'so'])).toBeUndefined();
    expect(pickInterfaceLanguage([])).toBeUndefined();
  });

  it('knows which languages read right to left', () => {
    expect(isRightToLeft('ar')).toBe(true);
    expect(isRightToLeft('pl')).toBe(false);
  });
});
