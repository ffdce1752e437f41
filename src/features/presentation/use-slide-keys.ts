import { useEffect, useRef } from 'react';

export type SlideCommand = 'next' | 'previous' | 'first' | 'last' | 'leave' | 'pause' | 'fullscreen';

/** The keys of a presentation, as presenters' remotes and slide software use them. */
export const slideCommandOf = (key: string): SlideCommand | null => {
  switch (key) {
    case 'ArrowRight':
    case ' ':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'leave';
    case 'p':
    case 'P':
      return 'pause';
    case 'f':
    case 'F':
      return 'fullscreen';
    default:
      return null;
  }
};

// Where a key already means something to the focused element: typing, or a control that Space/Enter activates.
const ownsKeys = (target: EventTarget | null, key: string) => {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest('input, textarea, select')) return true;
  return key === ' ' && target.closest('button, a, summary') !== null;
};

/** Calls `onCommand` for the presentation keys pressed anywhere on the page. */
export const useSlideKeys = (onCommand: (command: SlideCommand) => void) => {
  const latest = useRef(onCommand);
  latest.current = onCommand;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const command = slideCommandOf(event.key);
      if (!command || ownsKeys(event.target, event.key)) return;
      // Space and Page Down would also scroll the page under the slide.
      event.preventDefault();
      latest.current(command);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
};
