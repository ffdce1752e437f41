import type { QueryClient } from '@tanstack/react-query';
import { actionsQueryOptions } from '../features/actions/api/get-actions';
import { metaQueryOptions } from '../features/contract/api/get-meta';
import { objectivesQueryOptions } from '../features/objectives/api/get-objectives';
import { indicatorsQueryOptions } from '../features/territories/api/get-indicators';
import { perimetersQueryOptions } from '../features/territories/api/get-perimeters';
import { territoriesQueryOptions } from '../features/territories/api/get-territories';

/**
 * Requests the contract's four documents as the app starts, beside its first render rather than after it:
 * the pages ask for them only once rendered, which would put the download after the JavaScript's start-up,
 * in series. The same queries the pages use, so they find the documents in flight or already there (the
 * built index.html has had the browser download them already: scripts/vite/preload-data.ts).
 *
 * Resolves once all four have settled, whether loaded or failed (a failure is the page's to show).
 *
 * The territories' perimeters and statistics (optional, and never on the first screen) are asked for once
 * the four have settled, so that they neither compete with them nor hold the first render back: the map
 * and "Le quartier en chiffres" then find them there, and the offline cache keeps them, whichever page
 * the visit started on.
 */
export const prefetchData = async (client: QueryClient): Promise<void> => {
  const contract = Promise.all([
    client.prefetchQuery(objectivesQueryOptions()),
    client.prefetchQuery(territoriesQueryOptions()),
    client.prefetchQuery(metaQueryOptions()),
    client.prefetchQuery(actionsQueryOptions()),
  ]);
  await contract;
  void client.prefetchQuery(perimetersQueryOptions());
  void client.prefetchQuery(indicatorsQueryOptions());
};

/**
 * How long the first render may wait for the data. The documents are usually there within a few tens of
 * milliseconds of the code's start (they were downloaded beside it): the page is then drawn once, with its
 * figures, instead of as a skeleton that the figures replace a moment later, which costs the first chart
 * the skeleton's render, layout and paint. On a slow network, the skeleton shows after this wait.
 */
export const FIRST_RENDER_WAIT_MS = 200;

/** Resolves when `ready` settles (either way) or after `ms`, whichever comes first. */
export const waitAtMost = (ready: Promise<unknown>, ms: number): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    ready.then(done, done);
  });
