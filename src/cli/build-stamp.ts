import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from '../build/files';

const SOURCES = [
  'src',
  'public',
  'challenges',
  'index.html',
  'manifest.webmanifest',
  'vite.config.ts',
  'package-lock.json',
];

function newestChange(rootDir: string): number {
  let newest = 0;
  for (const source of SOURCES) {
    const path = join(rootDir, source);
    if (!existsSync(path)) continue;
    const files = statSync(path).isDirectory() ? filesUnder(path) : [path];
    for (const file of files) newest = Math.max(newest, statSync(file).mtimeMs);
  }
  return newest;
}

/** True when there is no build, or a source file changed after it was made. */
export function isBuildStale(rootDir: string, distDir: string): boolean {
  const built = join(distDir, 'index.html');
  if (!existsSync(built)) return true;
  return newestChange(rootDir) > statSync(built).mtimeMs;
}
