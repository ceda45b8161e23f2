/**
 * Puts the challenge packs into the build: every pack file under /challenges/, their media,
 * and /challenges/index.json, the catalog of packs that pass the schema. In dev it serves
 * the same from the folder, so a coordinator sees an edit on the next reload.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { filesUnder } from './files';
import { byLevel, catalogEntry, type CatalogEntry } from '../core/pack/catalog';
import { readPack } from '../core/pack/check';
import { describeProblem } from '../core/pack/describe';

/** The catalog of valid packs; invalid ones are reported, left out of the list, and still served. */
export function buildCatalog(folder: string, warn: (message: string) => void): CatalogEntry[] {
  const entries: CatalogEntry[] = [];
  for (const file of filesUnder(folder).filter((path) => path.endsWith('.json'))) {
    if (file.endsWith('pack.schema.json')) continue;
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      warn(`${file}: not valid JSON (${String(error)}); run npm run packs:check`);
      continue;
    }
    const reading = readPack(raw);
    if (reading.ok) entries.push(catalogEntry(reading.pack));
    else
      warn(`${file}: left out of the catalog: ${reading.problems.map(describeProblem).join('; ')}`);
  }
  return entries.sort(byLevel);
}

export function packsPlugin(folder: string): Plugin {
  return {
    name: 'stapjes-packs',
    configureServer(server) {
      server.middlewares.use('/challenges', (request, response, next) => {
        const name = decodeURIComponent((request.url ?? '/').split('?')[0] ?? '/').replace(
          /^\/+/,
          '',
        );
        if (name === 'index.json') {
          const catalog = buildCatalog(folder, (message) => server.config.logger.warn(message));
          response.setHeader('Content-Type', 'application/json');
          response.end(JSON.stringify(catalog));
          return;
        }
        const file = join(folder, name);
        if (name.includes('..') || !statSync(file, { throwIfNoEntry: false })?.isFile())
          return next();
        response.setHeader(
          'Content-Type',
          name.endsWith('.json') ? 'application/json' : 'application/octet-stream',
        );
        response.end(readFileSync(file));
      });
    },
    generateBundle() {
      const catalog = buildCatalog(folder, (message) => this.warn(message));
      this.emitFile({
        type: 'asset',
        fileName: 'challenges/index.json',
        source: JSON.stringify(catalog),
      });
      for (const file of filesUnder(folder)) {
        const fileName = `challenges/${relative(folder, file).split('\\').join('/')}`;
        this.emitFile({ type: 'asset', fileName, source: readFileSync(file) });
      }
    },
  };
}
