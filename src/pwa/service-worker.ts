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

/** Waits until the page has loaded and the phone has a quiet moment. */
function whenQuiet(): Promise<void> {
  const loaded =
    document.readyState === 'complete'
      ? Promise.resolve()
      : new Promise((done) => window.addEventListener('load', done, { once: true }));
  return loaded.then(
    () =>
      new Promise<void>((done) =>
        'requestIdleCallback' in window
          ? requestIdleCallback(() => done(), { timeout: 4000 })
          : setTimeout(done, 2000),
      ),
  );
}

/**
 * Registers /sw.js (not in development) once the first screen is up: installing it
 * downloads the whole app for offline use, which must not slow down the first visit.
 * Afterwards it looks for updates whenever the app comes back to the front.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  void whenQuiet().then(register);
}

function register(): void {
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
