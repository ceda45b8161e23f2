import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/** The answer to a database query, kept up to date when the data changes. `undefined` while loading. */
export function useLive<T>(query: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (next) => setValue(() => next),
      error: (error: unknown) => console.error('live query failed', error),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return value;
}
