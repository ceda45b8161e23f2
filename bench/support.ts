/** Shared pieces of the benchmarks: a fresh build, a real server, medians and the report file. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { readConfig } from '../src/server/config';
import { startServer } from '../src/server/main';

export const ROOT = resolve(import.meta.dirname, '..');
export { CHROMIUM, CHROMIUM_FLAGS } from '../tests/helpers/chromium';

/** Builds the app into a fresh folder and returns it. */
export function freshBuild(): string {
  const distDir = mkdtempSync(join(tmpdir(), 'stapjes-bench-'));
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', distDir], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true', NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error(`build failed: ${result.stderr}`);
  return distDir;
}

/** Serves a build on 127.0.0.1 and a free port. */
export async function serve(
  distDir: string,
  dataDir = mkdtempSync(join(tmpdir(), 'stapjes-bench-data-')),
) {
  const config = {
    ...readConfig({ HOST: '127.0.0.1', PORT: '0' }, ROOT),
    distDir,
    dataDir,
    databaseFile: join(dataDir, 'stapjes.sqlite'),
  };
  return startServer(config);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Replaces this benchmark's block (between its `<!-- name:start/end -->` markers) in
 * docs/performance.md, formatted as `npm test` expects.
 */
export async function writeReport(name: string, body: string): Promise<void> {
  const file = resolve(ROOT, 'docs/performance.md');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    text = '# Performance\n';
  }
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const block = `${start}\n${body.trim()}\n${end}`;
  const pattern = new RegExp(`${start}[\\s\\S]*?${end}`);
  text = pattern.test(text) ? text.replace(pattern, block) : `${text.trimEnd()}\n\n${block}\n`;
  const options = await resolveConfig(file);
  writeFileSync(file, await format(text, { ...options, filepath: file }));
}

export const kilobytes = (bytes: number) => (bytes / 1000).toFixed(1);
