import type { BarRow, BarSeries } from '../../components/charts/bar-chart-model';
import type { Action } from '../../domain/action';
import type { ObjectiveIndex } from '../../domain/objective-index';
import { shareOf } from '../../domain/roll-up';
import { type Change, type SinceCommittee, sinceCommittee } from '../../domain/since-committee';
import type { Territory } from '../../domain/territory';
import {
  formatInteger,
  formatIsoDateShort,
  formatPointsDelta,
  formatProgress,
  formatShare,
  plural,
} from '../../lib/format';
import { memoizeLast } from '../../lib/memoize-last';
import type { DashboardView } from '../dashboard/api/use-dashboard';
import { domainLabel } from '../dashboard/chart-data';
import type { KeyFigure } from '../dashboard/components/key-figures';

// Rebuilding the contract at two dates takes a few hundred milliseconds at 100 000 actions: once per data,
// filter and date, shared by the page, its slide and every component that reads it.
const changesFor = memoizeLast(
  (
    index: ObjectiveIndex,
    territories: readonly Territory[],
    actions: readonly Action[],
    from: string,
    to: string,
    domainsKey: string,
  ): SinceCommittee =>
    sinceCommittee({
      index,
      territories,
      actions,
      from,
      to,
      domains: domainsKey === '' ? undefined : domainsKey.split(','),
    }),
  2,
);

/** What changed in a view of the dashboard (its filter, its territories) between `from` and `to`. */
export const changesOfView = (view: DashboardView, from: string, to: string): SinceCommittee => {
  const { figures, filter } = view;
  return changesFor(
    view.index,
    figures.territories.map((item) => item.territory),
    figures.actions,
    from,
    to,
    // The same scope as the view's contract-wide figures (see computeDashboard).
    filter.domains.length > 0 ? figures.domains.map((domain) => domain.code).join(',') : '',
  );
};

/** "80 % → 88 %" */
export const coverageChangeText = ({ coverage }: Change) =>
  `${formatShare(shareOf(coverage.before))} → ${formatShare(shareOf(coverage.after))}`;

/** "+2 / −1": objectives newly covered, and no longer covered. */
export const objectivesChangeText = ({ gained, lost }: Change) =>
  `+${formatInteger(gained.length)} / −${formatInteger(lost.length)}`;

/** "60 % → 72 %" */
export const progressChangeText = ({ progress }: Change) =>
  `${formatProgress(progress.before)} → ${formatProgress(progress.after)}`;

/** The key figures of a change, each saying what it compares. */
export const changeKeyFigures = (change: Change, from: string): KeyFigure[] => {
  const since = `depuis le ${formatIsoDateShort(from)}`;
  return [
    {
      key: 'coverage',
      label: 'Couverture',
      value: formatShare(shareOf(change.coverage.after)),
      detail: `${formatShare(shareOf(change.coverage.before))} au ${formatIsoDateShort(from)} ; ${plural(change.gained.length, 'objectif gagné', 'objectifs gagnés')}, ${plural(change.lost.length, 'perdu', 'perdus')}`,
    },
    {
      key: 'progress',
      label: 'Avancement gagné',
      value: formatPointsDelta(change.progress.delta),
      detail: progressChangeText(change),
    },
    {
      key: 'started',
      label: 'Actions commencées',
      value: formatInteger(change.started),
      detail: since,
    },
    {
      key: 'finished',
      label: 'Actions réalisées',
      value: formatInteger(change.finished),
      detail: since,
    },
    {
      key: 'abandoned',
      label: 'Actions abandonnées',
      value: formatInteger(change.abandoned),
      detail: since,
    },
    {
      key: 'new',
      label: 'Nouvelles actions',
      value: formatInteger(change.newlyProgrammed),
      detail: `programmées ${since}`,
    },
  ];
};

/** Progress per axis and pillar at both dates: the "before" bar, then the "after" one. */
export const progressSeries = (from: string, to: string): BarSeries[] => [
  { key: 'before', label: `Au ${formatIsoDateShort(from)}`, colorVar: '--chart-5' },
  { key: 'after', label: `Au ${formatIsoDateShort(to)}`, colorVar: '--chart-2', pattern: 'hatched' },
];

export const progressChangeRows = (changes: SinceCommittee): BarRow[] =>
  changes.domains.map(({ node, change }) => ({
    key: node.code,
    label: domainLabel(node),
    values: { before: change.progress.before, after: change.progress.after },
    valueLabels: {
      before: formatProgress(change.progress.before),
      after: formatProgress(change.progress.after),
    },
    extraCells: { delta: formatPointsDelta(change.progress.delta) },
  }));
