import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { localePartsPlugin } from './src/build/locale-parts-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/{core,cli,server}/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'sync',
          environment: 'node',
          include: ['tests/sync/**/*.test.ts'],
          setupFiles: ['fake-indexeddb/auto'],
          testTimeout: 60_000,
        },
      },
      {
        plugins: [preact(), localePartsPlugin()],
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['tests/{app,db,i18n,pwa}/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/helpers/setup-dom.ts'],
        },
      },
      {
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
