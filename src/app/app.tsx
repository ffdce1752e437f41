import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { env } from '../config/env';
import { createQueryClient } from './query-client';
import { routes } from './routes';

// The mock data panel exists in development only; a production build drops this branch and its chunk.
const MockDataPanel =
  import.meta.env.DEV && env.mockApi
    ? lazy(() => import('../mocks/mock-data-panel').then((module) => ({ default: module.MockDataPanel })))
    : null;

type Props = { queryClient?: QueryClient };

export const App = ({ queryClient }: Props) => {
  const [client] = useState(() => queryClient ?? createQueryClient());
  const [router] = useState(() => createBrowserRouter(routes));
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
