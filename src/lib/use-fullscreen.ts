import { useCallback, useEffect, useState } from 'react';

/**
 * Whether the page is full screen, and a toggle. Browsers only grant full screen in answer to a click or a
 * key press, so `toggle` must be called from such a handler.
 */
export const useFullscreen = () => {
  const [isFullscreen, setFullscreen] = useState(
    () => typeof document !== 'undefined' && document.fullscreenElement !== null,
  );
  useEffect(() => {
    const update = () => setFullscreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, []);
  const supported = typeof document !== 'undefined' && document.fullscreenEnabled === true;
  const toggle = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    // Refused (iframe without allowfullscreen, user setting): the slides still show in the window.
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  }, []);
  return { isFullscreen, supported, toggle };
};
