import type { ReactNode } from 'react';
import { DataErrorState } from '../../../components/data-error';
import type { ActionFilter } from '../../../domain/action-filter';
import { NoActionsState } from '../../data-status/components/no-actions-state';
import { FilterBar, type FilterBarProps } from '../../filters/components/filter-bar';
import { type DashboardState, type DashboardView, useDashboard } from '../api/use-dashboard';

type Props = {
  /** The page's own restriction on top of the URL's filter (its pillar, its territory). */
  restrict?: Partial<ActionFilter>;
  fixed?: FilterBarProps['fixed'];
  /** The heading and introduction, shown in every state so that the page never jumps when data comes. */
  header: ReactNode;
  /** What the page shows while loading: blocks of the same size as the figures to come. */
  skeleton: ReactNode;
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
 */
export const DashboardPage = ({ restrict, fixed, header, skeleton, children }: Props) => {
  const state = useDashboard(restrict);
  return (
    <>
      {header}
      {state.status === 'ready' ? (
        <>
          <FilterBar view={state.view} fixed={fixed} />
          {children(state.view)}
        </>
      ) : (
        <DashboardStateNotice
          state={state}
          loading={
            <div aria-busy="true">
              <p role="status" className="loading-line">
                Chargement des actions…
              </p>
              {skeleton}
            </div>
          }
        />
      )}
    </>
  );
};
