/** `npm start`: builds the app when its sources changed, then serves app, packs and sync endpoint. */
import { spawnSync } from 'node:child_process';
import { configOrExit } from './config-or-exit';
import { isBuildStale } from './build-stamp';
import { ROOT_DIR } from './paths';

const config = configOrExit(process.env);

if (isBuildStale(ROOT_DIR, config.distDir)) {
  console.log('Building the app…');
  const build = spawnSync(
    'npx',
    ['vite', 'build', '--logLevel', 'warn', '--outDir', config.distDir],
    {
      cwd: ROOT_DIR,
      stdio: 'inherit',
      env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true', NODE_ENV: 'production' },
    },
  );
  if (build.status !== 0) {
    console.error('The build failed; see the messages above.');
    process.exit(1);
  }
}

await import('./serve');
