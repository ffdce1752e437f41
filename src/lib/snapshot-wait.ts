import { SNAPSHOT_EVENT, SNAPSHOT_STATE_ATTRIBUTE, type SnapshotState } from './snapshot-protocol';

/**
 * How long the app's start may wait for the gate's decision: about the time the app itself waits for the
 * documents before drawing a skeleton (src/app/prefetch-data.ts). On a slow network the app then starts, and
 * the gate, finding it rendered, refuses the snapshot (« late »).
 */
export const GATE_WAIT_MS = 200;

/**
 * Calls `then` with the gate's decision (src/snapshot-gate.ts): at once when there is nothing to wait for
 * (null on a page without a snapshot, or whose gate did not load; the state once decided), else when the
 * gate decides, or with `pending` after `timeoutMs`.
 */
export const onSnapshotDecision = (
  then: (state: SnapshotState | null) => void,
  { timeoutMs = Number.POSITIVE_INFINITY, root = document }: { timeoutMs?: number; root?: Document } = {},
) => {
  const state = () => root.documentElement.getAttribute(SNAPSHOT_STATE_ATTRIBUTE) as SnapshotState | null;
  if (state() !== 'pending') return then(state());
  let timer: ReturnType<typeof setTimeout> | undefined;
  const finish = () => {
    clearTimeout(timer);
    root.removeEventListener(SNAPSHOT_EVENT, onEvent);
    then(state());
  };
  const onEvent = () => {
    if (state() !== 'pending') finish();
  };
  root.addEventListener(SNAPSHOT_EVENT, onEvent);
  if (Number.isFinite(timeoutMs)) timer = setTimeout(finish, timeoutMs);
};

/**
 * Resolves when the app may start: at once on a page without a snapshot (or whose gate did not load); on a
 * page with one, once the gate has decided (GATE_WAIT_MS at most) and, if it showed the snapshot, once the
 * browser has painted it.
 */
export const afterSnapshotPainted = async (root: Document = document): Promise<void> => {
  const state = await new Promise<SnapshotState | null>((resolve) =>
    onSnapshotDecision(resolve, { timeoutMs: GATE_WAIT_MS, root }),
  );
  if (state !== 'shown') return;
  // After the next frame is painted (a timeout queued from its animation frame runs once it is).
  await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
};
