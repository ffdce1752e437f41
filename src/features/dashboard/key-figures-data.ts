import { funderLabels } from '../../domain/action';
import { leverageRule, stateShareRule } from '../../domain/budget';
import { lateRule } from '../../domain/dashboard-figures';
import { coverageRule, type NodeFigures, progressRule, shareOf } from '../../domain/roll-up';
import {
  formatEuros,
  formatEurosRounded,
  formatEurosShort,
  formatInteger,
  formatIsoDate,
  formatProgress,
  formatRatio,
  formatShare,
  plural,
} from '../../lib/format';
import type { DashboardView } from './api/use-dashboard';
import type { KeyFigure, KeyFigureRule } from './components/key-figures';

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
  words: figures.progress === null,
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
 * The overview's figures, read in a minute: each value with the few words that say what it counts; how
 * each is computed, in full, is in `overviewFigureRules` (the page folds it under the figures). Only the
 * figures and the data date are read, so that the annual report writes the same figures for its year.
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
      detail: `dont ${formatInteger(byStatus['en-cours'])} en cours, ${plural(byStatus.realisee, 'réalisée', 'réalisées')}`,
    },
    {
      key: 'budget',
      label: 'Coût total',
      value: formatEurosShort(budget.totalCost),
      detail: `dont ${formatShare(budget.stateShare)} de l’État`,
    },
    {
      key: 'coverage',
      label: 'Couverture',
      value: formatShare(shareOf(contract.coverage)),
      detail: `${plural(contract.coverage.covered, 'objectif couvert', 'objectifs couverts')} sur ${formatInteger(contract.coverage.total)}`,
    },
    {
      key: 'progress',
      label: 'Avancement moyen',
      value: formatProgress(contract.progress),
      words: contract.progress === null,
      detail: `${plural(contract.unreportedActions, 'action non renseignée', 'actions non renseignées')}, hors calcul`,
    },
    // Lateness is judged on the data date, and not at all without one (never on today: see lateRule).
    figures.late === null || dataDate === null
      ? {
          key: 'late',
          label: 'Actions en retard',
          value: 'non calculé',
          words: true,
          detail: 'faute de date des données',
        }
      : {
          key: 'late',
          label: 'Actions en retard',
          value: formatInteger(figures.late),
          detail: 'date de fin prévue passée',
        },
  ];
};

/** How each of the overview's figures is computed, with the counts behind it: every figure explains itself. */
export const overviewFigureRules = ({ figures, dataDate }: DashboardView): KeyFigureRule[] => {
  const { contract, budget, byStatus } = figures;
  return [
    {
      key: 'actions',
      text: `Actions : toutes les actions retenues par les filtres, quel que soit leur statut : ${formatInteger(byStatus['en-cours'])} en cours, ${plural(byStatus.realisee, 'réalisée', 'réalisées')}, ${plural(byStatus.abandonnee, 'abandonnée', 'abandonnées')}.`,
    },
    {
      key: 'budget',
      text: `Coût total : somme des coûts totaux des actions retenues, ${formatEuros(budget.totalCost)}. ${stateShareRule}`,
    },
    {
      key: 'coverage',
      text: `${coverageRule} Ici, ${plural(contract.coverage.covered, 'objectif opérationnel', 'objectifs opérationnels')} sur ${formatInteger(contract.coverage.total)}.`,
    },
    {
      key: 'progress',
      text: `${progressRule} Ici, moyenne de ${plural(contract.progressBasis, 'objectif renseigné', 'objectifs renseignés')} ; ${plural(contract.unreportedActions, 'action', 'actions')} sans avancement déclaré, hors calcul.`,
    },
    {
      key: 'late',
      text:
        figures.late === null || dataDate === null
          ? `${lateRule} Ici, les données n’ont pas de date : non calculé (la page Données dit comment la renseigner).`
          : `${lateRule} Date retenue : la date des données, ${formatIsoDate(dataDate)}.`,
    },
  ];
};

/** The overview's money, in a row of figures like the first: the cost, the State's share, the leverage. */
export const budgetKeyFigures = ({ figures }: DashboardView): KeyFigure[] => {
  const { budget } = figures;
  const { leverage } = budget;
  return [
    {
      key: 'cost',
      label: 'Coût total',
      value: formatEurosShort(budget.totalCost),
      detail: `${plural(figures.actions.length, 'action retenue', 'actions retenues')}`,
    },
    {
      key: 'state',
      label: 'Part de l’État',
      value: formatShare(budget.stateShare),
      detail: `${formatEurosShort(budget.byFunder.etat)} de crédits ${funderLabels.etat}`,
    },
    {
      key: 'leverage',
      label: 'Effet levier',
      value: leverage.ratio === null ? 'sans objet' : `${formatRatio(leverage.ratio)} €`,
      words: leverage.ratio === null,
      detail:
        leverage.ratio === null
          ? 'aucune action retenue n’est financée par l’État'
          : `pour 1 € de l’État, sur ${plural(leverage.actions, 'action', 'actions')}`,
    },
  ];
};

/** How the money figures are computed, with the amounts behind them. */
export const budgetFigureRules = ({ figures }: DashboardView): KeyFigureRule[] => {
  const { budget } = figures;
  const { leverage } = budget;
  return [
    {
      key: 'cost',
      text: `Coût total : somme des coûts totaux des actions retenues, ${formatEuros(budget.totalCost)}.`,
    },
    {
      key: 'state',
      text: `${stateShareRule} Ici, ${formatEuros(budget.byFunder.etat)} de crédits ${funderLabels.etat}.`,
    },
    {
      key: 'leverage',
      text:
        leverage.ratio === null
          ? `${leverageRule} Aucune action retenue n’est financée par l’État : sans objet.`
          : `${leverageRule} Ici, ${formatEuros(leverage.other)} d’autres financements pour ${formatEuros(leverage.state)} de l’État, sur ${plural(leverage.actions, 'action cofinancée', 'actions cofinancées')}.`,
    },
  ];
};
