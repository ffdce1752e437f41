import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { env } from '../config/env';
import { type PersistOptions, persistQueryCache } from '../features/offline/query-persistence';
import { createQueryClient } from './query-client';
import { routes } from './routes';

// The mock data panel exists in development only; a production build drops this branch and its chunk.
const MockDataPanel =
  import.meta.env.DEV && env.mockApi
    ? lazy(() => import('../mocks/mock-data-panel').then((module) => ({ default: module.MockDataPanel })))
    : null;

/**
 * The offline cache is off while the development mock API serves the data: its panel's failure modes (a
 * server error, a timeout) must show their error screens, not the generated data saved earlier.
 */
const defaultPersistence: PersistOptions | false = import.meta.env.DEV && env.mockApi ? false : {};

type Props = {
  queryClient?: QueryClient;
  /** The offline cache (query-persistence.ts): its options, or false for none. */
  persistence?: PersistOptions | false;
};

export const App = ({ queryClient, persistence = defaultPersistence }: Props) => {
  const [client] = useState(() => queryClient ?? createQueryClient());
  const [router] = useState(() => createBrowserRouter(routes));
  // The data are saved as they load, and read back only when a request fails (query-persistence.ts): an
  // online start waits for nothing, an offline one shows the saved data as soon as they are read.
  const [persist] = useState(() => persistence);
  useEffect(() => (persist ? persistQueryCache(client, persist) : undefined), [client, persist]);
  return (
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
      {MockDataPanel && (
        <Suspense fallback={null}>
          <MockDataPanel />
        </Suspense>
      )}
    </QueryClientProvider>
  );
};
