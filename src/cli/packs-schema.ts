/** `npm run packs:schema`: writes challenges/pack.schema.json from the zod description. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { packJsonSchema } from '../core/pack/json-schema';
import { CHALLENGES_DIR } from './paths';

/** The schema file's exact text; a test compares the committed file with it. */
export function packSchemaText(): string {
  return `${JSON.stringify(packJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] === import.meta.filename) {
  const target = resolve(CHALLENGES_DIR, 'pack.schema.json');
  writeFileSync(target, packSchemaText());
  console.log(`Wrote ${target}`);
}
