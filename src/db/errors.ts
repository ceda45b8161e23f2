/** What went wrong with storage on the device, in terms the learner can act on. */
export type StorageProblem = 'unavailable' | 'full' | 'failed';

/** Thrown by the database modules; `problem` says what the screen should tell the learner. */
export class StorageError extends Error {
  constructor(
    readonly problem: StorageProblem,
    cause: unknown,
  ) {
    super(`storage ${problem}: ${String(cause)}`, { cause });
    this.name = 'StorageError';
  }
}

function names(error: unknown): string[] {
  const found: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    const { name, inner, cause } = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof name === 'string') found.push(name);
    current = inner ?? cause;
  }
  return found;
}

/** Sorts an IndexedDB or Dexie error into what the learner needs to hear. */
export function classifyStorageError(error: unknown): StorageProblem {
  const seen = names(error);
  if (seen.some((name) => name === 'QuotaExceededError')) return 'full';
  const unavailable = [
    'MissingAPIError',
    'InvalidStateError',
    'SecurityError',
    'OpenFailedError',
    'DatabaseClosedError',
  ];
  if (seen.some((name) => unavailable.includes(name))) return 'unavailable';
  return 'failed';
}

type Listener = (problem: StorageProblem) => void;
const listeners = new Set<Listener>();

/** Lets the app shell show a message whenever a save fails. */
export function onStorageProblem(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Runs a write; a failure is reported to the shell and thrown as a StorageError. Nothing stored is touched. */
export async function guardedWrite<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const problem = error instanceof StorageError ? error.problem : classifyStorageError(error);
    listeners.forEach((listener) => listener(problem));
    throw error instanceof StorageError ? error : new StorageError(problem, error);
  }
}

/** Opens the database, or says why it cannot be opened here (private mode, no IndexedDB). */
export async function openStorage(open: () => Promise<unknown>): Promise<StorageProblem | null> {
  try {
    await open();
    return null;
  } catch (error) {
    return classifyStorageError(error);
  }
}
