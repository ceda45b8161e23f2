import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { compressPlugin } from './src/build/compress-plugin';
import { manifestPlugin } from './src/build/manifest-plugin';
import { packsPlugin } from './src/build/packs-plugin';

export default defineConfig({
  plugins: [
    preact(),
    packsPlugin(resolve(import.meta.dirname, 'challenges')),
    manifestPlugin(resolve(import.meta.dirname, 'manifest.webmanifest')),
    compressPlugin(),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  server: {
    proxy: { '/api': 'http://localhost:8080' },
  },
});
