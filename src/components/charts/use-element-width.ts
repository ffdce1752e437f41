import { type RefObject, useLayoutEffect, useState } from 'react';

/** Widths are rounded down to this step: a layout does not change for a pixel. */
const STEP = 10;

/**
 * The element's width in px (rounded down to STEP), measured before the browser paints and again when it
 * changes; null until measured, or where nothing is laid out (jsdom).
 */
export const useElementWidth = (ref: RefObject<HTMLElement | null>) => {
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const measured = Math.floor(element.clientWidth / STEP) * STEP;
      setWidth(measured > 0 ? measured : null);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
};
