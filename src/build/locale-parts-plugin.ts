import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';
import { textPart, type Messages, type TextPart } from '../i18n/parts';

const PART_QUERY = /^(.+\.json)\?part=(first|rest)$/;

/**
 * `import('./nl.json?part=first')`: one part of a locale file, so that a first visit
 * downloads only the texts its screen shows.
 */
export function localePartsPlugin(): Plugin {
  return {
    name: 'stapjes-locale-parts',
    enforce: 'pre',
    async load(id) {
      const match = PART_QUERY.exec(id);
      if (!match) return null;
      const [, file, part] = match as unknown as [string, string, TextPart];
      this.addWatchFile(file);
      const messages = JSON.parse(await readFile(file, 'utf8')) as Messages;
      // JSON.parse of one string is quicker for a phone than the same object as JavaScript.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(textPart(messages, part)))});`;
    },
  };
}
