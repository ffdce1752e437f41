import type { BarRow } from '../../components/charts/bar-chart-model';
import type { DashboardFigures } from '../../domain/dashboard-figures';
import {
  type Classification,
  type MapClassStyle,
  type MapScheme,
  mapClassStyles,
} from '../../domain/map-classes';
import type { ObjectiveNode } from '../../domain/objective-tree';
import type { CheckedPerimeters } from '../../domain/perimeters';
import { type NodeFigures, type RollUp, shareOf } from '../../domain/roll-up';
import { formatInteger, formatProgress, formatShare, plural } from '../../lib/format';
import {
  coverageProgressValues,
  domainRows,
  statusRows,
  strategicObjectivesOf,
  territoryRows,
} from '../dashboard/chart-data';
import type { KeyFigure } from '../dashboard/components/key-figures';
import type { MapMetric } from '../map/map-params';
import type { MapShape } from '../map/map-plot-types';
import type { MapModel } from '../map/territory-map-data';

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

/**
 * A row of a slide's table; in a table of two levels, `level` 0 for a row with rows under it (a strategic
 * objective), 1 for those (its operational objectives).
 */
export type SlideRow = BarRow & { level?: 0 | 1 };

/**
 * Up to this many rows, a pillar's slide lists its operational objectives under each strategic one: a
 * pillar of one or two strategic objectives would otherwise leave its slide nearly empty; more would not
 * fit a slide at the projector's size.
 */
export const MAX_ROWS_WITH_OPERATIONAL = 7;

const operationalSlideRow = (objective: ObjectiveNode, rollUp: RollUp): SlideRow => {
  const figures = rollUp.byCode.get(objective.code);
  const covered = (figures?.coverage.covered ?? 0) > 0;
  return {
    key: objective.code,
    label: `${objective.code} ${objective.label}`,
    level: 1,
    // An operational objective is covered or not: "couvert" rather than "100 % (1/1)".
    values: { coverage: covered ? 100 : null, progress: covered ? (figures?.progress ?? null) : null },
    valueLabels: {
      coverage: covered ? 'couvert' : 'aucune action',
      progress: covered ? formatProgress(figures?.progress ?? null) : 'aucune action',
    },
    extraCells: { actions: formatInteger(figures?.actions ?? 0) },
  };
};

/**
 * Each strategic objective of an axis or a pillar, and under each its operational objectives when they all
 * fit (MAX_ROWS_WITH_OPERATIONAL).
 */
export const strategicSlideRows = (domain: ObjectiveNode, rollUp: RollUp): SlideRow[] => {
  const strategic = strategicObjectivesOf(domain);
  const operationalCount = strategic.reduce((sum, objective) => sum + objective.children.length, 0);
  const detailed = strategic.length + operationalCount <= MAX_ROWS_WITH_OPERATIONAL;
  return strategic.flatMap((objective) => {
    const figures = rollUp.byCode.get(objective.code);
    const row: SlideRow = {
      key: objective.code,
      label: `${objective.code} ${objective.label}`,
      ...coverageProgressValues(figures),
      extraCells: { actions: formatInteger(figures?.actions ?? 0) },
    };
    return detailed
      ? [{ ...row, level: 0 }, ...objective.children.map((child) => operationalSlideRow(child, rollUp))]
      : [row];
  });
};

/** The actions of the view by status, for the overview's slide: how far the programmation has come. */
export const statusSlideRows = (figures: DashboardFigures): { rows: BarRow[]; domainMax: number } => {
  const rows = statusRows(figures.byStatus);
  const counts = rows.map((row) => row.values.count ?? 0);
  return { rows, domainMax: Math.max(1, ...counts) };
};

/** Each territory in scope, over its own actions. */
export const territorySlideRows = (figures: DashboardFigures): BarRow[] => {
  const actions = new Map(
    figures.territories.map((item) => [item.territory.id, item.rollUp.contract.actions]),
  );
  return withActions(territoryRows(figures), (id) => actions.get(id));
};

/** What each figure of the map is, in a few words under the legend's title (the pages give the full rules). */
export const mapSlideRules: Record<MapMetric, string> = {
  couverture: 'part des objectifs opérationnels ayant au moins une action',
  avancement: 'moyenne des objectifs renseignés, jamais 0 % par défaut',
  cout: 'une action de plusieurs quartiers partagée à parts égales entre eux',
  actions: 'actions menées dans le quartier, tous statuts',
};

/**
 * The map's shapes as a slide draws them: not links (the room does not click, and a link would leave the
 * deck), each class filled with its colour and its texture, so that it is told by more than its colour.
 */
export const slideMapShapes = (model: Pick<MapModel, 'shapes'>, scheme: MapScheme): MapShape[] => {
  const styles = mapClassStyles(scheme);
  return model.shapes.map(({ href: _link, ...shape }) => ({
    ...shape,
    texture:
      shape.classIndex === null || shape.classIndex === undefined ? undefined : styles[shape.classIndex],
  }));
};

/** A class of the legend, or a territory of the list: its swatch (null: the hatch of no value). */
export type SlideSwatch = MapClassStyle | null;

/** The legend's classes, each with its label and swatch. */
export const slideMapLegend = (
  classification: Classification,
  scheme: MapScheme,
): { key: string; label: string; swatch: SlideSwatch }[] => {
  const styles = mapClassStyles(scheme);
  return classification.classes.map((mapClass) => ({
    key: String(mapClass.index),
    label: mapClass.label,
    swatch: styles[mapClass.index] ?? null,
  }));
};

/** The swatch of a territory of the list: its class's, or the hatch. */
export const slideSwatchOf = (classIndex: number | null | undefined, scheme: MapScheme): SlideSwatch =>
  classIndex === null || classIndex === undefined ? null : (mapClassStyles(scheme)[classIndex] ?? null);

/**
 * Who published the map's shapes, and of when, in a few words a slide can hold: "CGET (aujourd’hui
 * ANCT), 2015 ; IGN, 2018" (the overview names the data sets in full).
 */
export const mapSourcesShort = (perimeters: CheckedPerimeters) => {
  const seen: string[] = [];
  for (const feature of [...perimeters.territories.map((joined) => joined.feature), ...perimeters.communes]) {
    const text = `${feature.properties.source.publisher}, ${feature.properties.vintage}`;
    if (!seen.includes(text)) seen.push(text);
  }
  return seen.join(' ; ');
};
