import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INTERFACE_LANGUAGES } from '../../src/core/languages';
import { FIRST_SCREEN_TEXTS, textPart, type Messages } from '../../src/i18n/parts';
import { ROOT } from '../helpers/run-command';

const messagesOf = (language: string) =>
  JSON.parse(readFileSync(resolve(ROOT, `src/i18n/locales/${language}.json`), 'utf8')) as Messages;

function merge(into: Messages, from: Messages): Messages {
  for (const [key, value] of Object.entries(from)) {
    const current = into[key];
    into[key] =
      typeof value === 'object' && typeof current === 'object'
        ? merge({ ...current }, value)
        : value;
  }
  return into;
}

function keysOf(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [prefix + key] : keysOf(value, `${prefix}${key}.`),
  );
}

/** Source files the first chunk is built from: static imports from main.tsx, not import(). */
function firstChunkFiles(): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, spec] of source.matchAll(/^import (?!type )[^;]*?from '(\.[^']+)';/gms)) {
      const base = resolve(dirname(file), spec!);
      const candidates = [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`];
      const found = candidates.find((candidate) => {
        try {
          return readFileSync(candidate) && true;
        } catch {
          return false;
        }
      });
      if (found) visit(found);
    }
  };
  visit(resolve(ROOT, 'src/app/main.tsx'));
  return [...seen];
}

describe('interface texts in two parts', () => {
  it.each(INTERFACE_LANGUAGES)(
    'the two parts of %s together are the whole language',
    (language) => {
      const whole = messagesOf(language);
      const first = textPart(whole, 'first');
      const rest = textPart(whole, 'rest');
      expect(merge(structuredClone(first), rest)).toEqual(whole);
      expect(keysOf(first).filter((key) => keysOf(rest).includes(key))).toEqual([]);
    },
  );

  it('keeps the first part small: under a fifth of the whole', () => {
    const whole = messagesOf('nl');
    const size = (messages: Messages) => JSON.stringify(messages).length;
    expect(size(textPart(whole, 'first'))).toBeLessThan(size(whole) / 5);
  });

  it('holds every text that the code of the first chunk shows', () => {
    const sections = new Set(Object.keys(messagesOf('en')));
    const first = new Set(keysOf(textPart(messagesOf('en'), 'first')));
    const inFirst = (key: string) =>
      first.has(key) || [...first].some((known) => known.startsWith(`${key}_`));
    const files = firstChunkFiles();
    expect(files.some((file) => file.endsWith('welcome-screen.tsx'))).toBe(true);
    const missing = files.flatMap((file) => {
      const source = readFileSync(file, 'utf8');
      const keys = [...source.matchAll(/'([a-z][a-zA-Z]*(?:\.[a-zA-Z]+)+)'/g)]
        .map((match) => match[1]!)
        .filter((key) => sections.has(key.split('.')[0]!));
      const prefixes = [...source.matchAll(/`([a-z][a-zA-Z]*)\.\$\{/g)].map((match) => match[1]!);
      return [
        ...keys.filter((key) => !inFirst(key)).map((key) => `${file}: ${key}`),
        ...prefixes
          .filter((prefix) => !FIRST_SCREEN_TEXTS.some((text) => text === prefix))
          .map((prefix) => `${file}: ${prefix}.…`),
      ];
    });
    expect(missing).toEqual([]);
  });
});
