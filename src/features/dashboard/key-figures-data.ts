import { type NodeFigures, shareOf } from '../../domain/roll-up';
import {
  formatEuros,
  formatEurosRounded,
  formatEurosShort,
  formatInteger,
  formatIsoDate,
  formatIsoDateShort,
  formatProgress,
  formatShare,
  plural,
} from '../../lib/format';
import type { DashboardView } from './api/use-dashboard';
import type { KeyFigure } from './components/key-figures';

/** Pure functions that write the key figures of a page, each with what it is made of. */

const coverageFigure = (figures: NodeFigures): KeyFigure => ({
  key: 'coverage',
  label: 'Couverture',
  value: formatShare(shareOf(figures.coverage)),
  detail: `${plural(figures.coverage.covered, 'objectif opérationnel', 'objectifs opérationnels')} sur ${formatInteger(figures.coverage.total)} ${figures.coverage.covered > 1 ? 'ont' : 'a'} au moins une action`,
});

const progressFigure = (figures: NodeFigures): KeyFigure => ({
  key: 'progress',
  label: 'Avancement moyen',
  value: formatProgress(figures.progress),
  detail: `moyenne de ${plural(figures.progressBasis, 'objectif renseigné', 'objectifs renseignés')} ; ${plural(figures.unreportedActions, 'action', 'actions')} sans avancement déclaré, hors calcul`,
});

/** The figures of any node (pillar, axis, operational objective, a territory's contract). */
export const nodeKeyFigures = (figures: NodeFigures | undefined): KeyFigure[] => {
  if (!figures) return [];
  return [
    coverageFigure(figures),
    progressFigure(figures),
    {
      key: 'actions',
      label: 'Actions',
      value: formatInteger(figures.actions),
      detail: `dont ${formatInteger(figures.countingActions)} programmées, en cours ou réalisées`,
    },
    {
      key: 'budget',
      label: 'Coût',
      value: formatEurosShort(figures.budget),
      detail: `${formatEurosRounded(figures.budget)} : la part du coût des actions qui revient ici, une action partagée y comptant pour sa part`,
    },
  ];
};

/**
 * The overview's figures: the whole selection, its money, lateness and data date. Only the figures and the
 * data date are read, so that the annual report writes the same figures for its year (features/annual-report).
 */
export const overviewKeyFigures = ({
  figures,
  dataDate,
}: Pick<DashboardView, 'figures' | 'dataDate'>): KeyFigure[] => {
  const { contract, budget, byStatus } = figures;
  return [
    {
      key: 'actions',
      label: 'Actions',
      value: formatInteger(figures.actions.length),
      detail: `dont ${formatInteger(byStatus['en-cours'])} en cours, ${plural(byStatus.realisee, 'réalisée', 'réalisées')}, ${plural(byStatus.abandonnee, 'abandonnée', 'abandonnées')}`,
    },
    {
      key: 'budget',
      label: 'Coût total',
      value: formatEurosShort(budget.totalCost),
      detail: `${formatEuros(budget.totalCost)}, dont État (BOP 147) ${formatShare(budget.stateShare)}`,
    },
    coverageFigure(contract),
    progressFigure(contract),
    // Short, as every figure's detail: a value on two lines and two of detail fill the box of its placeholder
    // (the page does not move when the figures come). The rule says the rest.
    figures.late === null || dataDate === null
      ? {
          key: 'late',
          label: 'Actions en retard',
          value: 'non calculé',
          detail: 'faute de date des données (voir Données)',
        }
      : {
          key: 'late',
          label: 'Actions en retard',
          value: formatInteger(figures.late),
          detail: `programmées ou en cours, date de fin passée au ${formatIsoDate(dataDate)}`,
        },
    {
      key: 'date',
      label: 'Données au',
      value: dataDate ? formatIsoDateShort(dataDate) : 'non renseignée',
      detail: dataDate
        ? `${formatIsoDate(dataDate)}, dernière mise à jour des actions`
        : 'à écrire par npm run import (voir Données)',
    },
  ];
};
