import { type RefObject, useLayoutEffect } from 'react';

/** The most a slide's type grows to fill its screen: 24 px becomes 36 px at 1280×720. */
export const MAX_FIT = 1.5;
/** Steps of the search: the type ends within 1 % of the largest size that fits. */
const SEARCH_STEPS = 7;

/**
 * Whether the element's content fits its height at the given scale of its type: not a pixel to scroll (a
 * region that scrolls would also become a stop of the keyboard's Tab, and a scrollable region for axe).
 */
const fitsAt = (element: HTMLElement, scale: number) => {
  element.style.setProperty('--fit', String(scale));
  return element.scrollHeight <= element.clientHeight;
};

/**
 * The largest scale of the element's type (set as `--fit`, which its CSS multiplies its font size by) at
 * which its content still fits its height, between 1 and `max`: a slide with little on it is written
 * larger rather than leaving the lower half of the screen empty; one that fills the screen stays as it is
 * (never smaller than its CSS says: the 24 px minimum holds). Found by bisection, laying out in between:
 * wrapping makes the height grow in steps, not in proportion. Returns the scale it set.
 */
export const fitToHeight = (element: HTMLElement, max = MAX_FIT) => {
  if (element.clientHeight <= 0 || !fitsAt(element, 1)) {
    element.style.setProperty('--fit', '1');
    return 1;
  }
  if (fitsAt(element, max)) return max;
  let low = 1;
  let high = max;
  for (let step = 0; step < SEARCH_STEPS; step += 1) {
    const middle = (low + high) / 2;
    if (fitsAt(element, middle)) low = middle;
    else high = middle;
  }
  // `low` always fitted when it was measured.
  element.style.setProperty('--fit', String(low));
  return low;
};

/**
 * Fits the element's type to its height (fitToHeight) before the browser paints; again when its box changes
 * size (another screen, full screen, a title on two lines), when what it holds changes size by itself (a
 * figure that comes later), and once the fonts are in. `key` names its content (another slide).
 */
export const useFitToHeight = (ref: RefObject<HTMLElement | null>, key: unknown) => {
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` is when to fit again, not a value used
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    // The sizes fitting left: a change to them is the page's, not the fitting's own (which would loop).
    let sizes = '';
    const measure = () =>
      [element, ...element.children].map((node) => `${node.clientWidth}x${node.clientHeight}`).join(',');
    const refit = () => {
      fitToHeight(element);
      sizes = measure();
    };
    refit();
    const observer =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => {
            if (measure() !== sizes) refit();
          });
    observer?.observe(element);
    for (const child of element.children) observer?.observe(child);
    // What it holds may change without a new key (a figure that waited for a document): fit that too.
    const mutations =
      typeof MutationObserver === 'undefined'
        ? null
        : new MutationObserver(() => {
            for (const child of element.children) observer?.observe(child);
            refit();
          });
    mutations?.observe(element, { childList: true, subtree: true, characterData: true });
    let live = true;
    void document.fonts?.ready.then(() => {
      if (live) refit();
    });
    return () => {
      live = false;
      observer?.disconnect();
      mutations?.disconnect();
    };
  }, [ref, key]);
};
