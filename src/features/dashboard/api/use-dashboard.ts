import type { Action } from '../../../domain/action';
import type { ActionFilter } from '../../../domain/action-filter';
import { type DashboardFigures, dashboardFor } from '../../../domain/dashboard-figures';
import type { ObjectiveIndex } from '../../../domain/objective-index';
import type { ObjectiveTree } from '../../../domain/objective-tree';
import type { Territory } from '../../../domain/territory';
import { memoizeLast } from '../../../lib/memoize-last';
import { useCheckedActions } from '../../actions/api/use-checked-actions';
import { useMeta } from '../../contract/api/get-meta';
import { useActionFilter } from '../../filters/use-action-filter';
import { useDataDate } from '../../import/use-local-dataset';
import { objectiveIndexOf, useObjectives } from '../../objectives/api/get-objectives';

export type DashboardView = {
  /** The filter the figures are for: the URL's, with the page's own restriction (its pillar, its territory). */
  filter: ActionFilter;
  tree: ObjectiveTree;
  index: ObjectiveIndex;
  /** Every territory of the contract, in the order of territories.json. */
  territories: readonly Territory[];
  /** Every checked action, before filtering. */
  allActions: readonly Action[];
  figures: DashboardFigures;
  /**
   * The data date ("données au"), when the data give one (see dataDateOf): lateness is judged on it, and
   * not at all without it.
   */
  dataDate: string | null;
};

export type DashboardState =
  | { status: 'pending' }
  | { status: 'error'; error: unknown; retry: () => void; retrying: boolean }
  | { status: 'unpublished' }
  | { status: 'ready'; view: DashboardView };

// Keyed on the filter's text, not its object: two pages' components asking for the same view share one
// computation. Four entries: a territory page asks for its territory and for the whole contract.
const figuresFor = memoizeLast(
  (
    index: ObjectiveIndex,
    actions: readonly Action[],
    territories: readonly Territory[],
    filterKey: string,
    referenceDate: string | null,
  ): DashboardFigures => {
    const filter = JSON.parse(filterKey) as ActionFilter;
    return dashboardFor({ index, territories, actions, filter, referenceDate });
  },
  4,
);

/**
 * Every figure of a dashboard page, for the URL's filter with `restrict` on top (a pillar page passes its
 * pillar). Aggregated once per change of data or filter, whatever the number of charts that read it.
 */
export const useDashboard = (restrict: Partial<ActionFilter> = {}): DashboardState => {
  const checked = useCheckedActions();
  const objectives = useObjectives();
  const meta = useMeta();
  const { filter: urlFilter } = useActionFilter();
  const dataDate = useDataDate();

  // The checked actions already wait for (and report the failures of) the objectives and territories.
  if (checked.status !== 'ready') return checked.status === 'error' ? checked : { status: checked.status };
  if (!objectives.data || meta.isPending) return { status: 'pending' };

  const filter = { ...urlFilter, ...restrict };
  const index = objectiveIndexOf(objectives.data);
  return {
    status: 'ready',
    view: {
      filter,
      tree: objectives.data,
      index,
      territories: checked.territories,
      allActions: checked.actions,
      figures: figuresFor(index, checked.actions, checked.territories, JSON.stringify(filter), dataDate),
      dataDate,
    },
  };
};
