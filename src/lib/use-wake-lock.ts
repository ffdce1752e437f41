import { useEffect } from 'react';

/**
 * Keeps the screen on while `active` (a projector that dims in the middle of a committee is worse than a
 * laptop's battery), where the browser has the Screen Wake Lock API. The browser drops the lock when the
 * page is hidden, so it is asked again each time the page comes back.
 */
export const useWakeLock = (active: boolean) => {
  useEffect(() => {
    const wakeLock = typeof navigator === 'undefined' ? undefined : navigator.wakeLock;
    if (!active || !wakeLock) return;
    let sentinel: WakeLockSentinel | null = null;
    let released = false;
    const request = () => {
      if (document.visibilityState !== 'visible') return;
      wakeLock
        .request('screen')
        .then((lock) => {
          if (released) void lock.release();
          else sentinel = lock;
        })
        // Refused (battery saver, no user gesture yet, permission policy): the screen may dim, nothing breaks.
        .catch(() => undefined);
    };
    request();
    document.addEventListener('visibilitychange', request);
    return () => {
      released = true;
      document.removeEventListener('visibilitychange', request);
      void sentinel?.release().catch(() => undefined);
    };
  }, [active]);
};
