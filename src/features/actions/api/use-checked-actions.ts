import type { Action } from '../../../domain/action';
import { checkActionReferences } from '../../../domain/action-references';
import type { ObjectiveTree } from '../../../domain/objective-tree';
import { flattenTree } from '../../../domain/objective-tree-queries';
import type { Territory } from '../../../domain/territory';
import type { Collection, RejectedRecord } from '../../../lib/fetch-json';
import { memoizeLast } from '../../../lib/memoize-last';
import { failedWithoutData } from '../../../lib/query-errors';
import { useObjectives } from '../../objectives/api/get-objectives';
import { useTerritories } from '../../territories/api/get-territories';
import { type AvailableActionsDocument, actionsFileLabel, useActions } from './get-actions';

export type CheckedActions =
  | { status: 'pending' }
  | { status: 'error'; error: unknown; retry: () => void; retrying: boolean }
  | { status: 'unpublished' }
  | {
      status: 'ready';
      actions: Action[];
      territories: Territory[];
      /** Every record left out, from any file, with its reason. */
      rejected: RejectedRecord[];
      /** How many actions actions.json (or the local import) holds, kept or not. */
      total: number;
    };

const checkReferences = memoizeLast(
  (actions: AvailableActionsDocument, tree: ObjectiveTree, territories: Collection<Territory>) => {
    const operational = new Set(
      flattenTree(tree.nodes)
        .filter((node) => node.kind === 'operational')
        .map((node) => node.code),
    );
    const territoryIds = new Set(territories.records.map((territory) => territory.id));
    const result = checkActionReferences(actionsFileLabel(actions), actions, operational, territoryIds);
    return {
      actions: result.actions,
      // In file order, so that staff can walk through the file from top to bottom.
      rejected: [...territories.rejected, ...actions.rejected, ...result.rejected].sort(
        (a, b) => a.file.localeCompare(b.file) || a.index - b.index,
      ),
    };
  },
);

/**
 * The actions the dashboard may count: valid records whose objectives and territories exist. Checked once
 * per change of the three documents, however many components ask (the header notice, the page…), not
 * once per render or per chart.
 */
export const useCheckedActions = (): CheckedActions => {
  const actions = useActions();
  const objectives = useObjectives();
  const territories = useTerritories();

  const checked =
    actions.data?.published && objectives.data && territories.data
      ? checkReferences(actions.data, objectives.data, territories.data)
      : null;

  if (actions.data && !actions.data.published) return { status: 'unpublished' };
  // A refetch that failed for want of a network leaves the data already there (see failedWithoutData).
  const failed = [actions, objectives, territories].filter(failedWithoutData);
  const first = failed[0];
  if (first) {
    return {
      status: 'error',
      error: first.error,
      retry: () => {
        for (const query of failed) void query.refetch();
      },
      retrying: failed.some((query) => query.isFetching),
    };
  }
  if (!checked || !actions.data?.published || !territories.data) return { status: 'pending' };
  return {
    status: 'ready',
    actions: checked.actions,
    territories: territories.data.records,
    rejected: checked.rejected,
    total: actions.data.total,
  };
};
