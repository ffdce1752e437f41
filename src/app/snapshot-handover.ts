import { setDrawAtOnce } from '../components/charts/draw-queue';
import { ROOT_BEHIND_CLASS, SNAPSHOT_CONTAINER_ID, SNAPSHOT_STATE_ATTRIBUTE } from '../lib/snapshot-protocol';
import { onSnapshotDecision } from '../lib/snapshot-wait';

/**
 * Beyond this the app takes over whatever it shows: an app that cannot draw its charts (a failed chunk) must
 * not stay hidden behind a picture of them.
 */
const LONGEST_WAIT_MS = 10_000;

/**
 * What the app's root must hold before it replaces the snapshot: as many chart drawings (charts draw in the
 * page's order, one per frame, once their data are there: the first ones are the snapshot's).
 */
const rootIsReady = (root: HTMLElement, charts: number) =>
  root.querySelector('main') !== null && root.querySelectorAll('.recharts-surface').length >= charts;

/**
 * The app renders into its root behind a prerendered first screen (src/snapshot-gate.ts), laid out and unseen,
 * and replaces it in the frame where its own first screen is complete: the key figures, and every chart the
 * snapshot holds drawn. Both are the same page from the same data at the same widths, so nothing moves or
 * flashes; a page without a snapshot (or whose gate refused it) is left alone.
 */
export const handOverSnapshot = (root: HTMLElement) => {
  const html = document.documentElement;

  const watch = () => {
    const container = document.getElementById(SNAPSHOT_CONTAINER_ID);
    if (!container) return;
    const charts = Number(container.dataset.charts ?? 0);
    const deadline = performance.now() + LONGEST_WAIT_MS;
    // The first screen's charts draw in the app's first render; what comes after it (the overview's lower
    // part) takes turns again.
    setDrawAtOnce(true);
    const check = () => {
      if (root.childElementCount > 0) setDrawAtOnce(false);
      if (!rootIsReady(root, charts) && performance.now() < deadline) {
        requestAnimationFrame(check);
        return;
      }
      // In the frame's callbacks, before it is painted: the next image shows the app, never neither.
      setDrawAtOnce(false);
      container.remove();
      root.classList.remove(ROOT_BEHIND_CLASS);
      html.setAttribute(SNAPSHOT_STATE_ATTRIBUTE, 'handed-over');
    };
    requestAnimationFrame(check);
  };

  onSnapshotDecision((state) => {
    if (state === 'shown') watch();
  });
};
