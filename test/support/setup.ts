import '@testing-library/jest-dom/vitest';
// IndexedDB, where an imported programmation is kept (features/import): jsdom has none.
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { clearLocalDataset } from '../../src/features/import/local-dataset';
import { forgetMappings } from '../../src/features/import/saved-mappings';
import { server } from './server';

// findBy… and waitFor give up after this: a page that renders slowly on a busy 2-core machine is not a page
// that fails (the default, 1 s, failed tests there that pass alone).
configure({ asyncUtilTimeout: 5_000 });

// Every request a test makes must be answered by a handler: an unknown one is a bug in the test.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
// The charts' drawings (recharts) load on their own in the app; here they are loaded before any test, so
// that a chart is drawn in the same render as its frame, as it is in the app once loaded. Imported here,
// after the test file's vi.mock calls are in place, not at the top: a module imported by the setup file
// would escape the test's mocks (chart-figure's download helpers, for one).
beforeAll(async () => {
  const { preloadChartPlots } = await import('../../src/components/charts/chart-plots');
  await preloadChartPlots();
  // The same for the neighbourhood map's drawing (d3-geo), which the overview and territory pages show.
  const { mapPlot } = await import('../../src/features/map/map-plot-loader');
  await mapPlot.preload();
  // Charts draw in turns and a page's lower parts after its first screen in the app (draw-queue.ts, tested
  // on its own); here all at once, as the tests check a whole page right after it renders.
  const { setProgressiveDrawing } = await import('../../src/components/charts/draw-queue');
  setProgressiveDrawing(false);
});
// Each test starts with no imported programmation. Clearing also opens the database before the test, as a
// browser that has already run the app would have it, rather than on the test's first read.
beforeEach(() => clearLocalDataset());
// Nor any column mapping remembered from another test's file (localStorage outlives a test in jsdom).
beforeEach(() => forgetMappings());
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());
