/**
 * The only module that talks to the service worker. It registers it, notices a waiting
 * update, and applies it only when the learner asks: the page never reloads by itself.
 */
import { Workbox } from 'workbox-window';

type Listener = () => void;

let workbox: Workbox | null = null;
let isUpdateWaiting = false;
const updateListeners = new Set<Listener>();

function announceUpdate(): void {
  isUpdateWaiting = true;
  updateListeners.forEach((listener) => listener());
}

/** Registers /sw.js (not in development) and looks for updates when the app comes back to the front. */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  workbox = new Workbox('/sw.js');
  workbox.addEventListener('waiting', announceUpdate);
  void workbox
    .register()
    .catch((error: unknown) => console.warn('service worker not registered', error));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void checkForUpdate();
  });
}

/** Asks the server whether a new version exists. */
export async function checkForUpdate(): Promise<void> {
  await workbox?.update().catch(() => undefined);
}

/** Calls `listener` when a new version is ready; returns the unsubscribe. */
export function onUpdateReady(listener: Listener): () => void {
  updateListeners.add(listener);
  if (isUpdateWaiting) listener();
  return () => updateListeners.delete(listener);
}

/** Switches to the waiting version and reloads once it is in control. Only on the learner's tap. */
export function applyUpdate(): void {
  if (!workbox) return;
  workbox.addEventListener('controlling', () => window.location.reload());
  workbox.messageSkipWaiting();
}
