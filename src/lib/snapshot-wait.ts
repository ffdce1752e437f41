import { SNAPSHOT_EVENT, SNAPSHOT_STATE_ATTRIBUTE } from './snapshot-protocol';

/**
 * How long the app's start may wait for the gate's decision: about the time the app itself waits for the
 * documents before drawing a skeleton (src/app/prefetch-data.ts). On a slow network the app then starts, and
 * the gate, finding it rendered, refuses the snapshot (« late »).
 */
export const GATE_WAIT_MS = 200;

const decided = (state: string | null) => state !== 'pending';

/**
 * Resolves when the app may start: at once on a page without a snapshot (or whose gate did not load); on a
 * page with one, once the gate has decided (GATE_WAIT_MS at most) and, if it showed the snapshot, once the
 * browser has painted it.
 */
export const afterSnapshotPainted = async (root: Document = document): Promise<void> => {
  const html = root.documentElement;
  const state = () => html.getAttribute(SNAPSHOT_STATE_ATTRIBUTE);
  if (state() === null) return;
  if (!decided(state())) {
    await new Promise<void>((resolve) => {
      const done = () => {
        if (!decided(state())) return;
        clearTimeout(timer);
        root.removeEventListener(SNAPSHOT_EVENT, done);
        resolve();
      };
      const timer = setTimeout(() => {
        root.removeEventListener(SNAPSHOT_EVENT, done);
        resolve();
      }, GATE_WAIT_MS);
      root.addEventListener(SNAPSHOT_EVENT, done);
    });
  }
  if (state() !== 'shown') return;
  // After the next frame is painted (a timeout queued from its animation frame runs once it is).
  await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
};
