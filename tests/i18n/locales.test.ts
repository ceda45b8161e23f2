import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INTERFACE_LANGUAGES } from '../../src/core/languages';
import { ROOT } from '../helpers/run-command';

type Messages = { [key: string]: string | Messages };

function load(language: string): Map<string, string> {
  const messages = JSON.parse(
    readFileSync(resolve(ROOT, `src/i18n/locales/${language}.json`), 'utf8'),
  ) as Messages;
  const flat = new Map<string, string>();
  const visit = (node: Messages, prefix: string) => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string') flat.set(prefix + key, value);
      else visit(value, `${prefix}${key}.`);
    }
  };
  visit(messages, '');
  return flat;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const base = (key: string) => key.replace(PLURAL, '');
const placeholders = (text: string) =>
  [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1]).sort();

const english = load('en');
const pluralKeys = new Set([...english.keys()].filter((key) => PLURAL.test(key)).map(base));
const plainKeys = [...english.keys()].filter((key) => !PLURAL.test(key));

describe.each(INTERFACE_LANGUAGES)('the %s interface', (language) => {
  const messages = load(language);
  const forms = new Intl.PluralRules(language).resolvedOptions().pluralCategories;

  it('has every key of the English interface, none empty', () => {
    const missing = plainKeys.filter((key) => !messages.get(key)?.trim());
    expect(missing).toEqual([]);
  });

  it('has every plural form its grammar needs', () => {
    const missing = [...pluralKeys].flatMap((key) =>
      forms
        .filter((form) => !messages.get(`${key}_${form}`)?.trim())
        .map((form) => `${key}_${form}`),
    );
    expect(missing).toEqual([]);
  });

  it('has no keys the app does not use', () => {
    const extra = [...messages.keys()].filter((key) =>
      PLURAL.test(key) ? !pluralKeys.has(base(key)) : !english.has(key),
    );
    expect(extra).toEqual([]);
  });

  it('keeps every {{placeholder}} of the English text', () => {
    const differing = plainKeys.filter(
      (key) =>
        messages.has(key) &&
        placeholders(messages.get(key)!).join() !== placeholders(english.get(key)!).join(),
    );
    expect(differing).toEqual([]);
  });
});
