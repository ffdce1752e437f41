import { useEffect, useRef } from 'react';
import { usePrintEvents } from '../lib/use-print-events';

/**
 * Closed disclosures whose content belongs in a printed report (the charts' data tables); not the filter
 * bar's lists of checkboxes nor the development panel, which print.css hides anyway.
 */
const PRINTED_DETAILS = 'details:not([open], .choice-list, .mock-panel, .no-print)';

/** On <html> from `beforeprint` to `afterprint`: print.css gives the charts the printed width. */
export const PRINTING_CLASS = 'is-printing';

/**
 * Before printing, opens the closed disclosures (a report shows the charts' data tables) and marks the
 * document, so that the charts are laid out again at the width of the paper when the browser leaves time
 * for it; after printing (or if the page goes meanwhile), closes what it opened and removes the mark.
 */
export const usePrintPreparation = () => {
  const opened = useRef<HTMLDetailsElement[]>([]);
  const restore = useRef(() => {
    for (const details of opened.current.splice(0)) details.open = false;
    document.documentElement.classList.remove(PRINTING_CLASS);
  }).current;
  usePrintEvents(() => {
    for (const details of document.querySelectorAll<HTMLDetailsElement>(PRINTED_DETAILS)) {
      details.open = true;
      opened.current.push(details);
    }
    document.documentElement.classList.add(PRINTING_CLASS);
  }, restore);
  useEffect(() => restore, [restore]);
};
