import { type RefObject, useLayoutEffect, useState } from 'react';

export type ElementBox = { width: number; height: number; fontSize: number };

/**
 * The element's inner size and its font size, in whole px, measured before the browser paints and again
 * when its box changes (another screen, full screen); null until measured, or where nothing is laid out
 * (jsdom). For a drawing (an SVG) that fills a box of the page and writes its text at the page's size.
 */
export const useElementBox = (ref: RefObject<HTMLElement | null>): ElementBox | null => {
  const [box, setBox] = useState<ElementBox | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const width = Math.floor(element.clientWidth);
      const height = Math.floor(element.clientHeight);
      const fontSize = Math.round(Number.parseFloat(getComputedStyle(element).fontSize) || 0);
      setBox((previous) =>
        width <= 0 || height <= 0
          ? null
          : previous?.width === width && previous.height === height && previous.fontSize === fontSize
            ? previous
            : { width, height, fontSize },
      );
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return box;
};
