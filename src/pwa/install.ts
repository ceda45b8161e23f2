/** "Add to home screen": the browser's install offer where there is one, the share-sheet hint on iOS. */

interface InstallPromptEvent extends Event {
  prompt: () => Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

let deferred: InstallPromptEvent | null = null;
const listeners = new Set<() => void>();

/** Keeps the browser's install offer for a sensible moment instead of showing it at once. */
export function listenForInstallOffer(): void {
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    deferred = event as InstallPromptEvent;
    listeners.forEach((listener) => listener());
  });
  window.addEventListener('appinstalled', () => {
    deferred = null;
    listeners.forEach((listener) => listener());
  });
}

export function canOfferInstall(): boolean {
  return deferred !== null;
}

export function onInstallOfferChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Shows the browser's own install question; true when the learner said yes. */
export async function offerInstall(): Promise<boolean> {
  if (!deferred) return false;
  const offer = deferred;
  deferred = null;
  await offer.prompt();
  return (await offer.userChoice).outcome === 'accepted';
}

/** iPhone and iPad Safari have no install offer: the learner uses Share → Add to Home Screen. */
export function needsIosHint(): boolean {
  const isIos = /iPad|iPhone|iPod/.test(navigator.userAgent);
  const isStandalone = (navigator as Navigator & { standalone?: boolean }).standalone === true;
  return isIos && !isStandalone;
}
