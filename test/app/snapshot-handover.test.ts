import { afterEach, describe, expect, it, vi } from 'vitest';
import { handOverSnapshot } from '../../src/app/snapshot-handover';

const html = document.documentElement;

/** A page as the gate leaves it: the snapshot's container (with `charts` drawings), then the app's hidden root. */
const pageWithSnapshot = (charts: number) => {
  document.body.innerHTML = `<div id="cq-snapshot" data-charts="${charts}"><main><svg class="recharts-surface"></svg></main></div><div id="root" class="snapshot-behind"></div>`;
  html.setAttribute('data-cq-snapshot', 'shown');
  return document.getElementById('root') as HTMLElement;
};

const frames = async (count: number) => {
  for (let i = 0; i < count; i++) await vi.advanceTimersByTimeAsync(20);
};

afterEach(() => {
  vi.useRealTimers();
  html.removeAttribute('data-cq-snapshot');
  document.body.innerHTML = '';
});

describe('handOverSnapshot', () => {
  it('keeps the snapshot until the app has drawn as many charts, then shows the app in its place', async () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'performance', 'setTimeout'] });
    const root = pageWithSnapshot(2);
    handOverSnapshot(root);
    root.innerHTML = '<main><svg class="recharts-surface"></svg></main>';
    await frames(5);
    // One chart of two drawn: the snapshot stays.
    expect(document.getElementById('cq-snapshot')).not.toBeNull();
    expect(root.classList.contains('snapshot-behind')).toBe(true);

    root.querySelector('main')?.insertAdjacentHTML('beforeend', '<svg class="recharts-surface"></svg>');
    await frames(2);
    expect(document.getElementById('cq-snapshot')).toBeNull();
    expect(root.classList.contains('snapshot-behind')).toBe(false);
    expect(html.getAttribute('data-cq-snapshot')).toBe('handed-over');
  });

  it('waits for the gate’s decision, and leaves the page alone when it refuses', async () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'performance', 'setTimeout'] });
    document.body.innerHTML = '<div id="root"></div>';
    html.setAttribute('data-cq-snapshot', 'pending');
    const root = document.getElementById('root') as HTMLElement;
    handOverSnapshot(root);
    html.setAttribute('data-cq-snapshot', 'refused');
    document.dispatchEvent(new CustomEvent('cq-snapshot'));
    await frames(3);
    expect(html.getAttribute('data-cq-snapshot')).toBe('refused');
  });

  it('takes over after 10 s whatever the app shows: an app that cannot draw must not stay hidden', async () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'performance', 'setTimeout'] });
    const root = pageWithSnapshot(2);
    handOverSnapshot(root);
    root.innerHTML = '<main><p role="alert">Les données n’ont pas pu être chargées.</p></main>';
    await vi.advanceTimersByTimeAsync(9_000);
    expect(document.getElementById('cq-snapshot')).not.toBeNull();
    await vi.advanceTimersByTimeAsync(1_500);
    expect(document.getElementById('cq-snapshot')).toBeNull();
    expect(root.classList.contains('snapshot-behind')).toBe(false);
  });
});
