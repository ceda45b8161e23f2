/** Where in a pack something is: keys and array indexes from the top. */
export type PackPath = readonly (string | number)[];

/** What can be wrong with a pack. The app and the command line each word these for their readers. */
export type Problem =
  | { path: PackPath; code: 'missing'; key: string }
  | { path: PackPath; code: 'unknown-field'; key: string; suggestion?: string }
  | { path: PackPath; code: 'wrong-type'; expected: string; received: string }
  | { path: PackPath; code: 'empty' }
  | { path: PackPath; code: 'too-long'; max: number; actual: number }
  | { path: PackPath; code: 'too-short'; min: number; actual: number }
  | { path: PackPath; code: 'too-few'; min: number; actual: number }
  | { path: PackPath; code: 'too-many'; max: number; actual: number }
  | { path: PackPath; code: 'too-small'; min: number }
  | { path: PackPath; code: 'not-whole-number' }
  | { path: PackPath; code: 'not-allowed'; value: string; allowed: readonly string[] }
  | { path: PackPath; code: 'bad-id'; value: string }
  | { path: PackPath; code: 'bad-file-path'; value: string }
  | { path: PackPath; code: 'bad-url'; value: string }
  | { path: PackPath; code: 'duplicate-id'; id: string; first: PackPath }
  | { path: PackPath; code: 'duplicate-key'; key: string }
  | { path: PackPath; code: 'duplicate-pack-id'; id: string; otherFile: string }
  | { path: PackPath; code: 'file-missing'; file: string }
  | { path: PackPath; code: 'file-name'; expected: string }
  | { path: PackPath; code: 'invalid-json'; detail: string }
  | { path: PackPath; code: 'unreadable'; detail: string };

export type ProblemCode = Problem['code'];

/** "challenges[3].phrases[0].translations"; the top of the pack is "pack". */
export function formatPath(path: PackPath): string {
  if (path.length === 0) return 'pack';
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`,
    )
    .join('');
}
