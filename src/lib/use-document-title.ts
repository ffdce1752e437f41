import { useEffect } from 'react';

/** Each page has its own title (RGAA 8.6), read first by screen readers and shown in the browser's tab. */
export const useDocumentTitle = (title: string) => {
  useEffect(() => {
    document.title = `${title} — Cap Quartiers`;
  }, [title]);
};
