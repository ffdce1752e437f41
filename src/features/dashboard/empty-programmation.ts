import { DEFAULT_EMPTY_MESSAGE } from '../../components/charts/empty-chart-message';
import type { DashboardView } from './api/use-dashboard';

export const NO_ACTION_RECORDED = 'Aucune action n’est encore enregistrée pour ce contrat.';

/**
 * What an empty chart of a dashboard view says. A programmation with no action at all is not a filter that
 * matches nothing: "aucune action ne correspond à ces filtres" would send the reader to the filters.
 */
export const emptyChartMessageOf = (view: Pick<DashboardView, 'allActions'>) =>
  view.allActions.length === 0 ? NO_ACTION_RECORDED : DEFAULT_EMPTY_MESSAGE;
