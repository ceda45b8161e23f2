/** Secrets handed to devices. Only their SHA-256 hashes are stored. */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { codeFromBytes, CODE_LENGTH, normalizeCode } from '../../core/sync/restore-code';

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function newId(): string {
  return randomUUID();
}

export function newRestoreCode(): string {
  return codeFromBytes(randomBytes(CODE_LENGTH));
}

/** Codes are compared by the hash of their normalised form, so "kt4p 9xwm" matches "KT4P-9XWM". */
export function hashRestoreCode(typed: string): string {
  return hashSecret(`restore:${normalizeCode(typed)}`);
}
