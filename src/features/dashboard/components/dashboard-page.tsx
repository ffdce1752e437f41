import type { ReactNode } from 'react';
import { EmptyChartMessage } from '../../../components/charts/empty-chart-message';
import { DataErrorState } from '../../../components/data-error';
import type { ActionFilter } from '../../../domain/action-filter';
import { NoActionsState } from '../../data-status/components/no-actions-state';
import { FilterBar, type FilterBarProps } from '../../filters/components/filter-bar';
import { type DashboardState, type DashboardView, useDashboard } from '../api/use-dashboard';
import { emptyChartMessageOf } from '../empty-programmation';

type Props = {
  /** The page's own restriction on top of the URL's filter (its pillar, its territory). */
  restrict?: Partial<ActionFilter>;
  fixed?: FilterBarProps['fixed'];
  /** The heading and introduction, shown in every state so that the page never jumps when data comes. */
  header: ReactNode;
  /**
   * True while the header waits for a document to say what the page is about (the tree for an objective or
   * a pillar, the territories and their map and statistics for a territory). Nothing is drawn under it
   * meanwhile, even once the actions are in: its final height (a title on two lines, an introduction, a map)
   * would move the filters and the figures down when it came.
   */
  headerPending?: boolean;
  /**
   * What the page shows under the filter bar while loading: blocks of the same size as the figures to come
   * (the loading status is the filter bar's).
   */
  skeleton: ReactNode;
  /**
   * What the page still shows while no programmation is published, under the notice that says so: what
   * does not come from the actions (the neighbourhoods' map).
   */
  withoutActions?: ReactNode;
  children: (view: DashboardView) => ReactNode;
};

/**
 * What a dashboard view shows until its figures are ready: `loading` while they come, the "aucune action
 * publiée" state (no figure invented), or the error with a retry. The pages and the slides share it.
 */
export const DashboardStateNotice = ({
  state,
  loading,
}: {
  state: Exclude<DashboardState, { status: 'ready' }>;
  loading: ReactNode;
}) =>
  state.status === 'pending' ? (
    loading
  ) : state.status === 'unpublished' ? (
    <NoActionsState />
  ) : (
    <DataErrorState
      what="les données du tableau de bord"
      error={state.error}
      onRetry={state.retry}
      retrying={state.retrying}
    />
  );

/**
 * The frame of every dashboard page: its heading, the filters, then the figures, or a loading skeleton, an
 * error with a retry, or the "aucune action publiée" state (no figure invented).
 *
 * While the data load, the filter bar is drawn already (inert, saying that the actions load) and the
 * skeleton takes the figures' room, so that nothing on screen moves when they come. The bar stays the same
 * element from one state to the other: its status line then announces the count of actions.
 */
export const DashboardPage = ({
  restrict,
  fixed,
  header,
  headerPending = false,
  skeleton,
  withoutActions,
  children,
}: Props) => {
  const state = useDashboard(restrict);
  if (headerPending) {
    return (
      <>
        {header}
        <p role="status" className="dashboard-pending">
          Chargement…
        </p>
      </>
    );
  }
  return (
    <>
      {header}
      {(state.status === 'ready' || state.status === 'pending') && (
        <FilterBar view={state.status === 'ready' ? state.view : undefined} fixed={fixed} />
      )}
      {state.status === 'ready' ? (
        <EmptyChartMessage.Provider value={emptyChartMessageOf(state.view)}>
          {children(state.view)}
        </EmptyChartMessage.Provider>
      ) : (
        <DashboardStateNotice
          state={state}
          loading={
            <div className="dashboard-loading" aria-busy="true">
              {skeleton}
            </div>
          }
        />
      )}
      {state.status === 'unpublished' && withoutActions}
    </>
  );
};
