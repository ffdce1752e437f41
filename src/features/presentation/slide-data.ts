import type { BarRow } from '../../components/charts/bar-chart-model';
import type { DashboardFigures } from '../../domain/dashboard-figures';
import type { ObjectiveNode } from '../../domain/objective-tree';
import { type NodeFigures, type RollUp, shareOf } from '../../domain/roll-up';
import { formatInteger, formatProgress, formatShare, plural } from '../../lib/format';
import {
  coverageProgressValues,
  domainRows,
  strategicObjectivesOf,
  territoryRows,
} from '../dashboard/chart-data';
import type { KeyFigure } from '../dashboard/components/key-figures';

/**
 * What a slide says, shaped from the dashboard's figures: fewer words than the pages (read from the back of
 * a room), but every figure still says what it is made of.
 */

/** The rules of coverage and progress (see roll-up.ts), short enough for a slide. */
export const slideRule =
  'Couverture : objectifs avec au moins une action programmée, en cours ou réalisée. Avancement : moyenne des objectifs renseignés ; une action sans avancement déclaré n’est pas comptée à 0 %.';

/** The column of a slide's table that counts the actions of each row. */
export const actionsColumn = { key: 'actions', header: 'Actions' };

/** The overview's four figures: coverage, progress, actions and lateness. */
export const overviewSlideFigures = (figures: DashboardFigures): KeyFigure[] => {
  const { contract, byStatus } = figures;
  return [
    {
      key: 'coverage',
      label: 'Couverture',
      value: formatShare(shareOf(contract.coverage)),
      detail: `${plural(contract.coverage.covered, 'objectif opérationnel', 'objectifs opérationnels')} sur ${formatInteger(contract.coverage.total)} ${contract.coverage.covered > 1 ? 'ont' : 'a'} au moins une action`,
    },
    {
      key: 'progress',
      label: 'Avancement moyen',
      value: formatProgress(contract.progress),
      detail:
        contract.progress === null
          ? 'aucun avancement déclaré'
          : `moyenne de ${plural(contract.progressBasis, 'objectif renseigné', 'objectifs renseignés')}`,
    },
    {
      key: 'actions',
      label: 'Actions',
      value: formatInteger(figures.actions.length),
      detail: `dont ${formatInteger(byStatus['en-cours'])} en cours et ${plural(byStatus.realisee, 'réalisée', 'réalisées')}`,
    },
    figures.late === null
      ? { key: 'late', label: 'En retard', value: 'non calculé', detail: 'les données ne sont pas datées' }
      : {
          key: 'late',
          label: 'En retard',
          value: formatInteger(figures.late),
          detail: 'programmées ou en cours, date de fin prévue passée à la date des données',
        },
  ];
};

const withActions = (rows: BarRow[], actionsOf: (key: string) => number | undefined): BarRow[] =>
  rows.map((row) => ({ ...row, extraCells: { actions: formatInteger(actionsOf(row.key) ?? 0) } }));

/** The first row of a slide's table: the whole of what the other rows split up, e.g. "Ensemble du pilier". */
export const totalRow = (label: string, figures: NodeFigures | undefined): BarRow => ({
  key: '__total',
  label,
  ...coverageProgressValues(figures),
  extraCells: { actions: formatInteger(figures?.actions ?? 0) },
});

/** Each axis and pillar in scope, from a roll-up (the contract's or a territory's). */
export const domainSlideRows = (domains: readonly ObjectiveNode[], rollUp: RollUp): BarRow[] =>
  withActions(domainRows(domains, rollUp), (code) => rollUp.byCode.get(code)?.actions);

/** Each strategic objective of an axis or a pillar. */
export const strategicSlideRows = (domain: ObjectiveNode, rollUp: RollUp): BarRow[] =>
  strategicObjectivesOf(domain).map((objective) => {
    const figures = rollUp.byCode.get(objective.code);
    return {
      key: objective.code,
      label: `${objective.code} ${objective.label}`,
      ...coverageProgressValues(figures),
      extraCells: { actions: formatInteger(figures?.actions ?? 0) },
    };
  });

/** Each territory in scope, over its own actions. */
export const territorySlideRows = (figures: DashboardFigures): BarRow[] => {
  const actions = new Map(
    figures.territories.map((item) => [item.territory.id, item.rollUp.contract.actions]),
  );
  return withActions(territoryRows(figures), (id) => actions.get(id));
};
