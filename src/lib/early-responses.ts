import { EARLY_RESPONSES_GLOBAL } from './snapshot-protocol';

/**
 * The responses the snapshot's gate (src/snapshot-gate.ts) requested before the app's code ran, to check the
 * published documents against the prerendered first screen: the app reads them rather than asking again
 * (once the gate has read the page's preloads, another request would download or revalidate each document a
 * second time). Each is taken once, by the first request for its URL; a retry asks the server.
 */
export const takeEarlyResponse = (url: string): Promise<Response> | undefined => {
  const early = (globalThis as Record<string, unknown>)[EARLY_RESPONSES_GLOBAL];
  if (!(early instanceof Map)) return undefined;
  const response = early.get(url) as Promise<Response> | undefined;
  early.delete(url);
  return response;
};

/** `promise`, or its rejection with the signal's reason once `signal` aborts (what a fetch given it would do). */
export const untilAborted = <T>(promise: Promise<T>, signal: AbortSignal): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason);
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', abort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', abort);
        reject(error);
      },
    );
  });
