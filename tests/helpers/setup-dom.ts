import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/preact';
import { afterEach, beforeEach, vi } from 'vitest';

beforeEach(() => {
  // Component tests never reach a real network: a test that needs answers uses fakePackServer().
  vi.stubGlobal('fetch', () =>
    Promise.reject(new TypeError('Failed to fetch (tests are offline)')),
  );
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});
