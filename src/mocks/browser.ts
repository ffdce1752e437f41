import { setupWorker } from 'msw/browser';
import { createHandlers } from './handlers';
import { type MockSettings, mockParamNames, parseMockParams, toMockParams } from './mock-settings';

// Development only: main.tsx imports this module dynamically under import.meta.env.DEV, so that no
// production chunk holds it.

const STORAGE_KEY = 'cap-quartiers:mock';

const readStored = (): URLSearchParams => {
  try {
    return new URLSearchParams(sessionStorage.getItem(STORAGE_KEY) ?? '');
  } catch {
    return new URLSearchParams();
  }
};

let current: MockSettings = parseMockParams(readStored());

export const getMockSettings = () => current;

export const setMockSettings = (settings: MockSettings) => {
  current = settings;
  try {
    sessionStorage.setItem(STORAGE_KEY, toMockParams(settings).toString());
  } catch {
    // Private browsing may refuse storage: the settings then last until the next reload.
  }
};

/**
 * Starts the mock API. `mock-*` params in the address set the mode, then leave the address: they would
 * otherwise mix with the view's own params, which a copied link must reproduce without them.
 */
export const startMockWorker = async () => {
  const url = new URL(location.href);
  setMockSettings(parseMockParams(url.searchParams, current));
  if (mockParamNames.some((name) => url.searchParams.has(name))) {
    for (const name of mockParamNames) url.searchParams.delete(name);
    history.replaceState(history.state, '', url);
  }
  await setupWorker(...createHandlers(getMockSettings)).start({
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    quiet: true,
  });
};
