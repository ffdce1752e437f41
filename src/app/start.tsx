// First: zod must be jitless before any module parses with it (see the module).
import '../config/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { env } from '../config/env';
import { App } from './app';
import { FIRST_RENDER_WAIT_MS, prefetchData, waitAtMost } from './prefetch-data';
import { createQueryClient } from './query-client';
import { registerServiceWorker } from './register-service-worker';
import { handOverSnapshot } from './snapshot-handover';

/**
 * The app itself, loaded by the entry (src/main.tsx) once a prerendered first screen, if any, is painted.
 *
 * In development the mock API (MSW) answers the data requests. The test of import.meta.env.DEV is replaced
 * by `false` in a production build, so the dynamic import and the whole of MSW are left out of dist/.
 */
const startMockApi = async () => {
  if (!import.meta.env.DEV || !env.mockApi) return;
  const { startMockWorker } = await import('../mocks/browser');
  await startMockWorker();
};

const container = document.getElementById('root');
if (!container) throw new Error('élément #root introuvable dans index.html');

void startMockApi()
  .catch((error: unknown) => {
    // Without the mock API the app still starts, on the files in public/data; say why in the console.
    console.error('Le service de données fictives n’a pas démarré :', error);
  })
  .then(async () => {
    // The data are requested before the first render (prefetch-data.ts); in development once the mock API
    // is there to answer. The first render waits for them a little, so that it draws the figures rather
    // than a skeleton replaced a moment later.
    const queryClient = createQueryClient();
    await waitAtMost(prefetchData(queryClient), FIRST_RENDER_WAIT_MS);
    handOverSnapshot(container);
    createRoot(container).render(
      <StrictMode>
        <App queryClient={queryClient} />
      </StrictMode>,
    );
  });

// The worker that keeps the app's files for a reload without network: built and registered in production
// only (the development server has MSW's worker, alone).
if (import.meta.env.PROD) registerServiceWorker(import.meta.env.BASE_URL);
