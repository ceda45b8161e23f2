import { describe, expect, it } from 'vitest';
import { checkPack, readPack } from '../../../src/core/pack/check';
import { describeProblem } from '../../../src/core/pack/describe';
import { knownPackFields } from '../../../src/core/pack/json-schema';
import { formatPath } from '../../../src/core/pack/problems';
import { makeChallenge, makePack, text } from '../../helpers/make-pack';

const messages = (raw: unknown) => checkPack(raw, knownPackFields()).map(describeProblem);

describe('checkPack', () => {
  it('accepts a complete pack', () => {
    expect(checkPack(makePack())).toEqual([]);
  });

  it('names the missing translation by language, at the translations object', () => {
    const pack = makePack();
    delete (pack.challenges[1]!.phrases[0]!.translations as Record<string, string>).ar;
    expect(messages(pack)).toEqual(["challenges[1].phrases[0].translations: 'ar' is missing"]);
  });

  it('rejects a language code that is not an interface language and suggests the right one', () => {
    const pack = makePack({
      title: { nl: 'Test', translations: { ...text('x').translations, ua: 'Тест' } },
    });
    expect(messages(pack)).toEqual([
      "title.translations: 'ua' is not a known field (did you mean 'uk'?)",
    ]);
  });

  it('reports empty and whitespace-only texts', () => {
    const pack = makePack({ title: { ...text('x'), nl: '   ' } });
    expect(messages(pack)).toEqual(['title.nl: is empty; write some text or leave the field out']);
  });

  it('reports texts that are too long with their length', () => {
    const pack = makePack({ title: text('x'.repeat(61)) });
    expect(messages(pack)).toEqual(['title.nl: is too long: 61 characters, at most 60']);
  });

  it('wants 3 to 6 steps', () => {
    const pack = makePack({
      challenges: [makeChallenge('kort', { steps: [text('Eén.'), text('Twee.')] })],
    });
    expect(messages(pack)).toEqual(['challenges[0].steps: has 2 items, needs at least 3']);
  });

  it('rejects ids that would not work in a link', () => {
    expect(messages(makePack({ id: 'Mijn Pakket' }))).toEqual([
      "id: 'Mijn Pakket' is not a valid id: use lowercase letters a-z, digits and single hyphens, like 'bread-at-the-bakery'",
    ]);
  });

  it('says how short a too-short id is', () => {
    expect(messages(makePack({ id: 'a' }))).toEqual(['id: is too short: 1 character, at least 2']);
  });

  it('rejects file paths that climb out of the pack folder', () => {
    const challenge = makeChallenge('omhoog', { image: '../../etc/passwd.png' });
    const [problem] = checkPack(makePack({ challenges: [challenge] }));
    expect(problem?.code).toBe('bad-file-path');
  });

  it('finds duplicate challenge ids even when the schema also fails', () => {
    const pack = makePack({ level: 'C2' });
    pack.challenges[2]!.id = 'uitdaging-1';
    expect(checkPack(pack).map((problem) => problem.code)).toEqual(['not-allowed', 'duplicate-id']);
  });

  it('reports every problem in one pass rather than stopping at the first', () => {
    const pack = makePack({ version: 0, licence: '' }) as Record<string, unknown>;
    delete pack.description;
    expect(checkPack(pack)).toHaveLength(3);
  });

  it('explains a pack that is not an object at all', () => {
    expect(messages([1, 2])).toEqual(['pack: should be an object { … }, not a list']);
  });
});

describe('readPack (the app)', () => {
  it('tolerates missing translations, which the app falls back from', () => {
    const pack = makePack();
    delete (pack.challenges[0]!.title.translations as Record<string, string>).tr;
    expect(readPack(pack).ok).toBe(true);
  });

  it('refuses a pack that breaks the schema, with its problems', () => {
    const reading = readPack(makePack({ challenges: [] }));
    expect(reading).toEqual({
      ok: false,
      problems: [{ path: ['challenges'], code: 'too-few', min: 1, actual: 0 }],
    });
  });
});

describe('formatPath', () => {
  it('writes indexes in brackets and keys with dots', () => {
    expect(formatPath(['challenges', 3, 'phrases', 0, 'translations'])).toBe(
      'challenges[3].phrases[0].translations',
    );
    expect(formatPath([])).toBe('pack');
  });
});
