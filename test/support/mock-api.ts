import { expect } from 'vitest';
import { DataError } from '../../src/lib/fetch-json';
import { createHandlers } from '../../src/mocks/handlers';
import { defaultMockSettings, type MockSettings } from '../../src/mocks/mock-settings';
import { server } from './server';

/** Serves the mock API in one of its modes for the rest of the test, as the development panel would. */
export const mockMode = (settings: Partial<MockSettings>) =>
  server.use(...createHandlers(() => ({ ...defaultMockSettings, ...settings })));

/** Awaits a fetch that must fail, and returns the DataError it failed with. */
export const expectDataError = async (promise: Promise<unknown>): Promise<DataError> => {
  const reason = await promise.then(
    () => {
      throw new Error('resolved where it should have failed');
    },
    (error: unknown) => error,
  );
  expect(reason).toBeInstanceOf(DataError);
  return reason as DataError;
};
