import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './server';

/** A copy of a build, to serve from a folder that a test can later switch to a new version. */
export function servedCopy(distDir: string): string {
  const folder = tempDir('stapjes-served-');
  cpSync(distDir, folder, { recursive: true });
  return folder;
}

/**
 * Turns the build in `folder` into "the next release" in place: a changed page and a service
 * worker whose precache list says so, as a real new build would. Pre-compressed copies of
 * the changed files are removed so the server sends the new ones.
 */
export function releaseNextVersion(folder: string, marker: string): void {
  const page = join(folder, 'index.html');
  writeFileSync(page, readFileSync(page, 'utf8').replace('</body>', `<!-- ${marker} -->\n</body>`));
  const worker = join(folder, 'sw.js');
  const source = readFileSync(worker, 'utf8');
  const updated = source.replace(/("revision":")[0-9a-f]+(","url":"index\.html")/, `$1${marker}$2`);
  if (updated === source) throw new Error('index.html not found in the precache list of sw.js');
  writeFileSync(worker, updated);
  for (const file of [page, worker]) {
    rmSync(`${file}.br`, { force: true });
    rmSync(`${file}.gz`, { force: true });
  }
}
