import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

/** Runs one of the project's TypeScript commands as a coordinator would, and collects what it printed. */
export function runTsCommand(
  script: string,
  args: readonly string[],
  env: Record<string, string> = {},
) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', resolve(ROOT, script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    lines: result.stdout.trim().split('\n'),
  };
}
