/**
 * Serves and copies the top-level manifest.webmanifest at a stable address, and links it
 * from the page itself so that Vite does not rename it with a content hash.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

export function manifestPlugin(path: string): Plugin {
  return {
    name: 'stapjes-manifest',
    transformIndexHtml() {
      return [
        {
          tag: 'link',
          attrs: { rel: 'manifest', href: '/manifest.webmanifest' },
          injectTo: 'head',
        },
      ];
    },
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'manifest.webmanifest',
        source: readFileSync(path),
      });
    },
  };
}
