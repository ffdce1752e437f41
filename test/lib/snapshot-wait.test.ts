import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterSnapshotPainted, GATE_WAIT_MS } from '../../src/lib/snapshot-wait';

const html = document.documentElement;

afterEach(() => {
  vi.useRealTimers();
  html.removeAttribute('data-cq-snapshot');
});

/** Whether the promise has settled after the timers advanced by `ms`. */
const settledAfter = async (promise: Promise<void>, ms: number) => {
  let settled = false;
  void promise.then(() => {
    settled = true;
  });
  await vi.advanceTimersByTimeAsync(ms);
  return settled;
};

describe('afterSnapshotPainted', () => {
  it('lets the app start at once on a page without a snapshot', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] });
    expect(await settledAfter(afterSnapshotPainted(), 0)).toBe(true);
  });

  it('waits for the gate’s decision, then for the snapshot to be painted', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] });
    html.setAttribute('data-cq-snapshot', 'pending');
    const started = afterSnapshotPainted();
    expect(await settledAfter(started, 50)).toBe(false);
    html.setAttribute('data-cq-snapshot', 'shown');
    document.dispatchEvent(new CustomEvent('cq-snapshot'));
    // A frame, then the task after it.
    expect(await settledAfter(started, 40)).toBe(true);
  });

  it('starts the app after GATE_WAIT_MS when the gate has not decided (a slow network)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] });
    html.setAttribute('data-cq-snapshot', 'pending');
    const started = afterSnapshotPainted();
    expect(await settledAfter(started, GATE_WAIT_MS - 10)).toBe(false);
    expect(await settledAfter(started, 20)).toBe(true);
  });

  it('starts the app at once when the gate refused the snapshot', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] });
    html.setAttribute('data-cq-snapshot', 'refused');
    expect(await settledAfter(afterSnapshotPainted(), 0)).toBe(true);
  });
});
