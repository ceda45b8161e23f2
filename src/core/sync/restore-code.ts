/**
 * Restore codes: short enough to read aloud or copy from paper, with no letters that look
 * alike (no 0/O, 1/I/L, 5/S, 2/Z, 8/B). Twelve characters from 25 give about 6·10^16 codes.
 */

export const CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
export const CODE_LENGTH = 12;

/** A code from random bytes (one byte per character; the bias of 256 % 25 is negligible here). */
export function codeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < CODE_LENGTH) throw new Error(`need ${CODE_LENGTH} random bytes`);
  let code = '';
  for (let index = 0; index < CODE_LENGTH; index++)
    code += CODE_ALPHABET[bytes[index]! % CODE_ALPHABET.length];
  return code;
}

/** "KT4P-9XWM-HR3C": groups of four, easier to read aloud and to type. */
export function formatCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}

/** What the learner typed, made comparable: case, spaces and dashes do not matter. */
export function normalizeCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]+/g, '');
}

/** True when the typed text can be a code at all (right length, right letters). */
export function isWellFormedCode(typed: string): boolean {
  const code = normalizeCode(typed);
  return (
    code.length === CODE_LENGTH && [...code].every((character) => CODE_ALPHABET.includes(character))
  );
}
