import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { compressPlugin } from './src/build/compress-plugin';
import { inlineCssPlugin } from './src/build/inline-css-plugin';
import { localePartsPlugin } from './src/build/locale-parts-plugin';
import { manifestPlugin } from './src/build/manifest-plugin';
import { packsPlugin } from './src/build/packs-plugin';

export default defineConfig({
  plugins: [
    preact(),
    localePartsPlugin(),
    packsPlugin(resolve(import.meta.dirname, 'challenges')),
    manifestPlugin(resolve(import.meta.dirname, 'manifest.webmanifest')),
    inlineCssPlugin(),
    // injectManifest: our own small service worker (src/sw/sw.ts), with the precache list
    // filled in at build time; registration is ours too (src/pwa/, workbox-window).
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      injectRegister: false,
      manifest: false,
      injectManifest: {
        globPatterns: [
          '**/*.{js,css,html,svg,webmanifest}',
          'icons/icon-192.png',
          'challenges/**/*.json',
        ],
        globIgnores: ['**/pack.schema.json', 'sw.js'],
      },
    }),
    compressPlugin(),
  ],
  build: {
    target: 'es2022',
    sourcemap: !!process.env.SOURCEMAP,
    rolldownOptions: {
      output: {
        // Few, well-filled chunks: on a slow phone every extra request costs a round trip
        // and about a kilobyte of headers. Screens stay split by route; zod (pack checking)
        // and each interface language load only when needed.
        codeSplitting: {
          groups: [
            {
              name: 'app',
              test: /node_modules[\\/](preact|dexie|i18next|workbox-window)[\\/]|src[\\/](db[\\/](?!export|sync-|record-tables|outings|reflections|progress|intake|plan)|pwa|i18n[\\/]index|core[\\/](progress|records|languages)|app[\\/](ui[\\/](?!qr-code)|layout|app-context|format|not-found-screen|app|main|welcome|settings[\\/]language-picker))/,
            },
            { name: 'pack-screens', test: /src[\\/]app[\\/](packs|reflection[\\/]faces)/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:8080' },
  },
});
