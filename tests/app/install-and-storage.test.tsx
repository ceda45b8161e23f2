import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { weekOf } from '../../src/core/progress/week';
import { eraseEverything } from '../../src/db/export';
import { addPack } from '../../src/db/packs';
import { readSettings } from '../../src/db/settings';
import { listenForInstallOffer } from '../../src/pwa/install';
import { shippedPack } from '../helpers/fake-server';
import { renderAppKeepingData, useLanguage } from '../helpers/render-app';

listenForInstallOffer();

afterEach(() => {
  // Only the stub is removed; happy-dom has no navigator.storage of its own.
  Reflect.deleteProperty(navigator, 'storage');
});

/** What Chromium sends when the app may be installed. */
function browserOffersInstall(outcome: 'accepted' | 'dismissed') {
  const prompt = vi.fn(async () => undefined);
  const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
    prompt,
    userChoice: Promise.resolve({ outcome }),
  });
  window.dispatchEvent(event);
  return { prompt, event };
}

function stubStorage(persisted: boolean) {
  const persist = vi.fn(async () => true);
  const storage = {
    estimate: async () => ({ usage: 2_400_000, quota: 1e9 }),
    persisted: async () => persisted,
    persist,
  };
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
  return persist;
}

describe('putting the app on the home screen', () => {
  beforeEach(async () => {
    await eraseEverything();
    await useLanguage('en');
    await addPack(shippedPack('eerste-stapjes'), weekOf(Date.now()));
  });

  it("keeps the browser's offer for the home screen, and shows it there once the learner has a pack", async () => {
    const { prompt, event } = browserOffersInstall('accepted');
    expect(event.defaultPrevented).toBe(true);
    await renderAppKeepingData('/');
    fireEvent.click(await screen.findByRole('button', { name: 'Install' }));
    await waitFor(() => expect(prompt).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Install' })).toBeNull());
  });

  it('remembers "not now"', async () => {
    browserOffersInstall('dismissed');
    await renderAppKeepingData('/');
    fireEvent.click(await screen.findByRole('button', { name: 'Not now' }));
    await waitFor(async () => expect((await readSettings()).hasDismissedInstall).toBe(true));
    expect(screen.queryByText('Put Stapjes on your home screen')).toBeNull();
  });

  it('shows the share-sheet hint on an iPhone, which has no install offer', async () => {
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Safari/604.1',
    );
    await renderAppKeepingData('/');
    expect(await screen.findByText('Tap Share, then "Add to Home Screen".')).toBeTruthy();
  });
});

describe("keeping the learner's data", () => {
  beforeEach(async () => {
    await eraseEverything();
    await useLanguage('en');
    await addPack(shippedPack('eerste-stapjes'), weekOf(Date.now()));
  });

  it('asks the browser for persistent storage after the first tick, and only once', async () => {
    const persist = stubStorage(false);
    await renderAppKeepingData('/challenge/eerste-stapjes/buren-groeten');
    fireEvent.click(await screen.findByRole('button', { name: 'I did it!' }));
    await waitFor(() => expect(persist).toHaveBeenCalledTimes(1));
    await waitFor(async () => expect((await readSettings()).hasAskedToKeepData).toBe(true));
    cleanup();
    await renderAppKeepingData('/challenge/eerste-stapjes/buren-groeten');
    fireEvent.click(await screen.findByRole('button', { name: 'I did it again!' }));
    await screen.findByRole('heading', { level: 1, name: 'How did it go?' });
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('shows in settings how much is stored and whether it is kept', async () => {
    stubStorage(false);
    await renderAppKeepingData('/settings');
    expect(await screen.findByText('Stapjes uses 2.4 MB on this phone.')).toBeTruthy();
    expect(screen.getByText(/Your phone may clear this data when space runs low/)).toBeTruthy();
  });
});
