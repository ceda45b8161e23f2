/**
 * Puts the app's stylesheet inside index.html: one round trip less before the first paint
 * on a slow connection. The file stays in the build too: Vite's loader of lazy screens
 * asks for it, and gets it from the service worker's cache.
 */
import type { Plugin } from 'vite';

export function inlineCssPlugin(): Plugin {
  return {
    name: 'stapjes-inline-css',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = bundle['index.html'];
      if (!html || html.type !== 'asset') return;
      let page = String(html.source);
      for (const [fileName, output] of Object.entries(bundle)) {
        if (output.type !== 'asset' || !fileName.endsWith('.css')) continue;
        const link = new RegExp(
          `<link rel="stylesheet"[^>]*href="/${fileName.replace(/[.]/g, '\\.')}"[^>]*>`,
        );
        if (!link.test(page)) continue;
        page = page.replace(link, () => `<style>${String(output.source)}</style>`);
      }
      html.source = page;
    },
  };
}
