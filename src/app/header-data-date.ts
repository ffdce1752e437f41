/**
 * What the header says about the date of the data, from meta.json's date (or a local import's) and what is
 * known of actions.json. It never says that no action is published when actions are on screen: published
 * actions without a date are said to be undated, with how to date them.
 */
export type HeaderDataDate =
  | { kind: 'dated'; date: string }
  /** Actions are published (or could not be read) but nothing dates them. */
  | { kind: 'undated' }
  /** actions.json is not published: nothing to date. */
  | { kind: 'no-actions' }
  | { kind: 'pending' };

export type ActionsState = 'pending' | 'published' | 'unpublished' | 'failed';

export const headerDataDate = (dataDate: string | null, actions: ActionsState): HeaderDataDate => {
  if (dataDate) return { kind: 'dated', date: dataDate };
  if (actions === 'unpublished') return { kind: 'no-actions' };
  if (actions === 'pending') return { kind: 'pending' };
  // A failed read is shown where the actions are; here the date is missing, whatever the actions hold.
  return { kind: 'undated' };
};
