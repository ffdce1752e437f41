import { useEffect, useRef } from 'react';

/**
 * Runs `before` on `beforeprint` and `after` on `afterprint` (the latest ones given), for as long as the
 * component is mounted. The browser lays the page out for print as soon as the `beforeprint` handlers have
 * run, so `before` must change the page synchronously.
 */
export const usePrintEvents = (before: () => void, after: () => void) => {
  const latest = useRef({ before, after });
  latest.current = { before, after };
  useEffect(() => {
    const onBefore = () => latest.current.before();
    const onAfter = () => latest.current.after();
    window.addEventListener('beforeprint', onBefore);
    window.addEventListener('afterprint', onAfter);
    return () => {
      window.removeEventListener('beforeprint', onBefore);
      window.removeEventListener('afterprint', onAfter);
    };
  }, []);
};
