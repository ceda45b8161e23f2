import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file below a folder, at any depth. */
export function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}
