import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packSchemaText } from '../../src/cli/packs-schema';
import { ROOT } from '../helpers/run-command';

describe('challenges/pack.schema.json', () => {
  it('is exactly what the zod description generates (run `npm run packs:schema` if not)', () => {
    const committed = readFileSync(resolve(ROOT, 'challenges/pack.schema.json'), 'utf8');
    expect(committed).toBe(packSchemaText());
  });

  it('is referenced by every shipped pack so editors complete and check it', () => {
    const packs = ['eerste-stapjes', 'bibliotheek-en-school', 'zorg-en-werk'];
    for (const id of packs) {
      const pack = JSON.parse(readFileSync(resolve(ROOT, `challenges/${id}.json`), 'utf8')) as {
        $schema?: string;
      };
      expect(pack.$schema, id).toBe('./pack.schema.json');
    }
  });
});
