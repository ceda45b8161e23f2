import { spawnSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { ROOT } from '../helpers/run-command';
import { startTestServer, tempDir } from '../helpers/server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
    databaseFile: string;
  }
}

/** Builds the app once into a temporary folder and serves it for every browser test. */
export default async function setup(project: TestProject) {
  const distDir = tempDir('stapjes-e2e-dist-');
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', distDir], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true', NODE_ENV: 'production' },
  });
  if (build.status !== 0) throw new Error(`vite build failed:\n${build.stdout}\n${build.stderr}`);
  const server = await startTestServer({ distDir });
  project.provide('baseUrl', server.url);
  project.provide('distDir', distDir);
  project.provide('databaseFile', server.config.databaseFile);
  return () => server.stop();
}
