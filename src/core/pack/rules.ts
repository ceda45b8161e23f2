import type { PackPath, Problem } from './problems';
import { valueAt } from './from-zod';

/** Rules beyond the schema that look at the raw JSON, so they run even when the schema fails. */

function records(value: unknown): Record<string, unknown>[] {
  if (!Array.isArray(value)) return [];
  return value.map((item) =>
    item !== null && typeof item === 'object' ? (item as Record<string, unknown>) : {},
  );
}

/** Each challenge id may appear once in a pack: progress is kept per challenge id. */
export function duplicateChallengeIds(raw: unknown): Problem[] {
  const firstSeen = new Map<string, PackPath>();
  const problems: Problem[] = [];
  records(valueAt(raw, ['challenges'])).forEach((challenge, index) => {
    const id = challenge.id;
    if (typeof id !== 'string') return;
    const path: PackPath = ['challenges', index, 'id'];
    const first = firstSeen.get(id);
    if (first) problems.push({ path, code: 'duplicate-id', id, first });
    else firstSeen.set(id, path);
  });
  return problems;
}

/** A media file a pack points to, with where it is named. */
export interface FileReference {
  path: PackPath;
  file: string;
}

/** Every audio and picture file a pack names, found in the raw JSON. */
export function referencedFiles(raw: unknown): FileReference[] {
  const found: FileReference[] = [];
  records(valueAt(raw, ['challenges'])).forEach((challenge, index) => {
    if (typeof challenge.image === 'string') {
      found.push({ path: ['challenges', index, 'image'], file: challenge.image });
    }
    records(challenge.phrases).forEach((phrase, phraseIndex) => {
      if (typeof phrase.audio === 'string') {
        found.push({
          path: ['challenges', index, 'phrases', phraseIndex, 'audio'],
          file: phrase.audio,
        });
      }
    });
  });
  return found;
}

/** A pack file as the checker sees it: its name and its parsed JSON. */
export interface PackFile {
  file: string;
  raw: unknown;
}

/** Pack ids must be unique across all packs: the link /p/<id> names exactly one. */
export function duplicatePackIds(files: readonly PackFile[]): Map<string, Problem[]> {
  const owner = new Map<string, string>();
  const problems = new Map<string, Problem[]>();
  for (const { file, raw } of files) {
    const id = valueAt(raw, ['id']);
    if (typeof id !== 'string') continue;
    const otherFile = owner.get(id);
    if (otherFile === undefined) owner.set(id, file);
    else problems.set(file, [{ path: ['id'], code: 'duplicate-pack-id', id, otherFile }]);
  }
  return problems;
}

/** A pack lives in "<id>.json", so that /challenges/<id>.json is its address. */
export function fileNameProblems(baseName: string, raw: unknown): Problem[] {
  const id = valueAt(raw, ['id']);
  if (typeof id !== 'string' || baseName === `${id}.json`) return [];
  return [{ path: ['id'], code: 'file-name', expected: `${id}.json` }];
}
