import '@testing-library/jest-dom/vitest';
// IndexedDB, where an imported programmation is kept (features/import): jsdom has none.
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { clearLocalDataset } from '../../src/features/import/local-dataset';
import { server } from './server';

// Every request a test makes must be answered by a handler: an unknown one is a bug in the test.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
// Each test starts with no imported programmation. Clearing also opens the database before the test, as a
// browser that has already run the app would have it, rather than on the test's first read.
beforeEach(() => clearLocalDataset());
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());
