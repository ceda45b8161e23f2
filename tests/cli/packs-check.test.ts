import { describe, expect, it } from 'vitest';
import { runTsCommand } from '../helpers/run-command';

const BROKEN = 'tests/fixtures/broken-packs';
const check = (...files: string[]) => runTsCommand('src/cli/packs-check.ts', files);

describe('npm run packs:check', () => {
  it('passes the shipped packs', () => {
    const result = check();
    expect(result.stdout).toMatch(/^Checked \d+ packs: all fine\.$/m);
    expect(result.status).toBe(0);
  });

  it('prints one line per problem with file, line, column and path, and exits non-zero', () => {
    const result = check(`${BROKEN}/missing-fields.json`, `${BROKEN}/unknown-level.json`);
    expect(result.lines).toEqual([
      `${BROKEN}/missing-fields.json:1:1  pack: 'title' is missing`,
      `${BROKEN}/missing-fields.json:167:5  challenges[1]: 'situation' is missing`,
      `${BROKEN}/unknown-level.json:25:3  level: 'C2' is not allowed here; use one of 'A0', 'A1', 'A2', 'B1'`,
      `${BROKEN}/unknown-level.json:34:5  challenges[0]: 'titel' is not a known field (did you mean 'title'?)`,
      'Checked 2 packs: 4 problems in 2 files.',
    ]);
    expect(result.status).toBe(1);
  });

  it('gives the line and column of invalid JSON in plain words', () => {
    expect(check(`${BROKEN}/invalid-json.json`).lines[0]).toBe(
      `${BROKEN}/invalid-json.json:6:25  pack: this is not valid JSON: a comma before "]" is not allowed in JSON: remove the last comma`,
    );
  });

  it('explains wrong types without follow-on noise', () => {
    expect(check(`${BROKEN}/wrong-types.json`).lines.slice(0, -1)).toEqual([
      `${BROKEN}/wrong-types.json:4:3  version: should be a number, not a text`,
      `${BROKEN}/wrong-types.json:26:3  themes: should be a list [ … ], not a text`,
      `${BROKEN}/wrong-types.json:55:7  challenges[0].steps: should be a list [ … ], not a text`,
    ]);
  });

  it('finds duplicate challenge ids and duplicate pack ids across files', () => {
    const result = check(
      `${BROKEN}/duplicate-ids.json`,
      `${BROKEN}/same-id-as-another.json`,
      `${BROKEN}/unknown-level.json`,
    );
    expect(result.lines).toContain(
      `${BROKEN}/duplicate-ids.json:321:7  challenges[2].id: the id 'uitdaging-1' is used twice; challenges[0].id has it already`,
    );
    expect(result.lines).toContain(
      `${BROKEN}/same-id-as-another.json:3:3  id: the file should be called 'unknown-level.json' so that its link works`,
    );
    expect(result.lines).toContain(
      `${BROKEN}/unknown-level.json:3:3  id: the pack id 'unknown-level' is already used by ${BROKEN}/same-id-as-another.json`,
    );
  });

  it('names the missing translation and the blank one', () => {
    expect(check(`${BROKEN}/missing-translation.json`).lines.slice(0, -1)).toEqual([
      `${BROKEN}/missing-translation.json:83:13  challenges[0].steps[2].translations.pl: is empty; write some text or leave the field out`,
      `${BROKEN}/missing-translation.json:235:11  challenges[1].phrases[0].translations: 'ar' is missing`,
    ]);
  });

  it('finds audio files that are not there', () => {
    expect(check(`${BROKEN}/missing-audio.json`).lines[0]).toBe(
      `${BROKEN}/missing-audio.json:109:11  challenges[0].phrases[1].audio: the file 'audio/mag-ik-een-brood.mp3' does not exist next to the pack`,
    );
  });

  it('checks every broken pack in one run instead of stopping at the first', () => {
    const result = check(
      `${BROKEN}/invalid-json.json`,
      `${BROKEN}/missing-audio.json`,
      `${BROKEN}/wrong-types.json`,
    );
    expect(result.lines.at(-1)).toBe('Checked 3 packs: 5 problems in 3 files.');
  });

  it('says so when a named file does not exist', () => {
    const result = check('challenges/no-such-pack.json');
    expect(result.lines[0]).toBe(
      'challenges/no-such-pack.json:1:1  pack: the file cannot be read: no such file',
    );
    expect(result.status).toBe(1);
  });
});
