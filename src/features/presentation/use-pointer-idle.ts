import { useEffect, useState } from 'react';

/**
 * True once the pointer has not moved for `delay` ms, false again as soon as it moves or presses: the
 * presenter's controls show while the mouse is in use and leave the slide to the room otherwise.
 */
export const usePointerIdle = (delay: number) => {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    let timer = window.setTimeout(() => setIdle(true), delay);
    const wake = () => {
      setIdle(false);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setIdle(true), delay);
    };
    document.addEventListener('pointermove', wake);
    document.addEventListener('pointerdown', wake);
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener('pointermove', wake);
      document.removeEventListener('pointerdown', wake);
    };
  }, [delay]);
  return idle;
};
