/** How much the app stores on the phone, and whether the browser promised to keep it. */

export interface StorageFacts {
  usedBytes: number | null;
  isPersistent: boolean | null;
}

export async function storageFacts(): Promise<StorageFacts> {
  const storage = navigator.storage;
  if (!storage) return { usedBytes: null, isPersistent: null };
  const [estimate, isPersistent] = await Promise.all([
    storage.estimate?.().catch(() => null),
    storage.persisted?.().catch(() => null),
  ]);
  return { usedBytes: estimate?.usage ?? null, isPersistent: isPersistent ?? null };
}

/** Asks the browser not to clear the learner's data when space runs low. */
export async function askToKeepData(): Promise<boolean> {
  return (await navigator.storage?.persist?.().catch(() => false)) ?? false;
}
