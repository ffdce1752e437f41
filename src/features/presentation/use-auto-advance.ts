import { useEffect, useRef } from 'react';

/**
 * Calls `advance` every `seconds` while running. The count restarts whenever `slide` changes, so that a
 * slide the presenter moved to by hand still gets its full time on screen.
 */
export const useAutoAdvance = (
  seconds: number | null,
  running: boolean,
  slide: number,
  advance: () => void,
) => {
  const latest = useRef(advance);
  latest.current = advance;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `slide` is not read; a new slide restarts the count
  useEffect(() => {
    if (seconds === null || !running) return;
    const timer = window.setTimeout(() => latest.current(), seconds * 1000);
    return () => window.clearTimeout(timer);
  }, [seconds, running, slide]);
};
