import { formatInteger } from '../lib/format';
import { onFirstUse } from '../lib/on-first-use';
import { looseText } from '../lib/text-match';
import type { CheckedIndicators, Indicator, IndicatorUnit, ReferenceIndicator } from './context-indicators';
import type { Source } from './perimeters';
import { knownIndicator, QPV_INDICATORS } from './qpv-indicators';
import type { Territory } from './territory';

/**
 * "Le quartier en chiffres": which public statistics a territory's page shows, in which order, with what
 * beside them (its deciles, the women's figure) and what they are compared with (its commune, the
 * agglomeration, where the source gives a figure). Pure, so that the page, a slide and the annual report
 * write the same figures.
 */

/** What a value the source does not give reads as: never 0. */
export const NOT_AVAILABLE_TEXT = 'non disponible';

// Made on first use, not as the module loads (see lib/on-first-use.ts): this module is in the first screen.
const decimal = onFirstUse(() => new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 }));
const percent = onFirstUse(
  () => new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 }),
);
const euros = onFirstUse(
  () => new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }),
);

/**
 * A value in two parts, the figure and the word of its unit when it has one: 1036, habitants → "1 036" and
 * "habitants"; 39, % → "39 %" and ""; null → "non disponible", never 0.
 */
export const formatIndicatorParts = (
  value: number | null,
  unit: IndicatorUnit,
): { figure: string; word: string } => {
  if (value === null) return { figure: NOT_AVAILABLE_TEXT, word: '' };
  switch (unit) {
    case 'habitants':
    case 'personnes':
    case 'ménages':
      return { figure: formatInteger(value), word: value > 1 ? unit : unit.replace(/s$/, '') };
    case '%':
      return { figure: percent().format(value / 100), word: '' };
    case '€':
      return { figure: euros().format(value), word: '' };
    case 'indice':
      return { figure: decimal().format(value), word: '' };
  }
};

/** 1036, habitants → "1 036 habitants"; 39, % → "39 %"; 14234, € → "14 234 €"; null → "non disponible". */
export const formatIndicatorValue = (value: number | null, unit: IndicatorUnit) => {
  const { figure, word } = formatIndicatorParts(value, unit);
  return word ? `${figure} ${word}` : figure;
};

/** "INSEE, 2017": who published the figure and for which year. */
export const sourceLine = (indicator: Pick<Indicator, 'source' | 'vintage'>) =>
  `${indicator.source.publisher}, ${indicator.vintage}`;

export type FigureValue = {
  value: number | null;
  /** The value written out: "1 036 habitants", "39 %", "non disponible". */
  text: string;
  /** The same in two parts, for a large figure with its unit beside it: "1 036" and "habitants". */
  figure: string;
  word: string;
  vintage: number | null;
  source: Source | null;
};

export type FigureDetail = { id: string; label: string } & FigureValue;

export type FigureComparison = {
  /** "Cahors", "Grand Cahors". */
  area: string;
  kind: 'commune' | 'agglomeration';
} & FigureValue;

export type NeighbourhoodFigure = {
  id: string;
  label: string;
  unit: IndicatorUnit;
  definition: string;
  /** The territory's own value; `text` is "non disponible" when the file does not give it. */
  own: FigureValue;
  /** Figures written with this one: the 1st and 9th deciles of the median income, the women's rate… */
  details: FigureDetail[];
  /** The same figure for the territory's commune or agglomeration, where the source gives one. */
  comparisons: FigureComparison[];
};

export type NeighbourhoodGroup = { key: string; title: string; figures: NeighbourhoodFigure[] };

/** A source, with the vintages of the figures taken from it. */
export type CitedSource = Source & { vintages: number[] };

export type NeighbourhoodFigures =
  | { status: 'none'; reason: string }
  | {
      status: 'ready';
      groups: NeighbourhoodGroup[];
      sources: CitedSource[];
      /** The reference areas some figure is compared with ("Cahors"); empty when none is. */
      comparedWith: string[];
    };

type LayoutEntry = { id: string; details?: string[] };

/** The page's layout: three themes, each figure with what is written beside it. */
export const NEIGHBOURHOOD_LAYOUT: readonly { key: string; title: string; entries: LayoutEntry[] }[] = [
  {
    key: 'population',
    title: 'Population',
    entries: [
      { id: 'population' },
      { id: 'indice-jeunesse' },
      { id: 'part-etrangers' },
      { id: 'part-femmes' },
    ],
  },
  {
    key: 'revenus',
    title: 'Revenus et pauvreté',
    entries: [
      { id: 'taux-pauvrete' },
      { id: 'taux-bas-revenus' },
      { id: 'revenu-disponible-median', details: ['revenu-disponible-d1', 'revenu-disponible-d9'] },
      { id: 'part-menages-imposes' },
    ],
  },
  {
    key: 'emploi',
    title: 'Emploi',
    entries: [
      { id: 'taux-emploi', details: ['taux-emploi-femmes'] },
      { id: 'part-emplois-precaires' },
      { id: 'demandeurs-emploi', details: ['demandeurs-emploi-femmes', 'demandeurs-emploi-hommes'] },
    ],
  },
];

/** Short labels of the figures written beside another one. */
const DETAIL_LABELS: Record<string, string> = {
  'revenu-disponible-d1': '1er décile',
  'revenu-disponible-d9': '9e décile',
  'taux-emploi-femmes': 'femmes',
  'demandeurs-emploi-femmes': 'femmes',
  'demandeurs-emploi-hommes': 'hommes',
};

const readValue = (indicator: Indicator | undefined, unit: IndicatorUnit): FigureValue =>
  indicator
    ? {
        value: indicator.value,
        text: formatIndicatorValue(indicator.value, indicator.unit),
        ...formatIndicatorParts(indicator.value, indicator.unit),
        vintage: indicator.vintage,
        source: indicator.source,
      }
    : {
        value: null,
        text: formatIndicatorValue(null, unit),
        ...formatIndicatorParts(null, unit),
        vintage: null,
        source: null,
      };

/** The reference areas of a territory: its commune (by name), then any agglomeration. */
const referencesOf = (territory: Territory, references: readonly ReferenceIndicator[]) =>
  references.filter(
    (indicator) =>
      indicator.area.kind === 'agglomeration' ||
      looseText(indicator.area.name) === looseText(territory.commune),
  );

/** Why a territory has no statistics, in words: a QPV's are published by INSEE, the others' are not. */
export const noStatisticsReason = (territory: Territory) =>
  territory.kind === 'qpv'
    ? `Aucune statistique publique n’est publiée pour ${territory.name} dans les données du tableau de bord (indicators.json).`
    : `Aucune statistique publique n’existe pour ${territory.name} : ce n’est pas un quartier prioritaire (QPV), et l’INSEE ne publie ses chiffres infracommunaux que pour les QPV.`;

/**
 * The figures of one territory, grouped by theme: every figure of the layout (a missing one says
 * "non disponible"), then, under "Autres indicateurs", any other indicator the file gives for it. A
 * territory the file gives nothing for gets `none`, with the reason.
 */
export const neighbourhoodFigures = (
  territory: Territory,
  indicators: Pick<CheckedIndicators, 'byTerritory' | 'references'>,
): NeighbourhoodFigures => {
  const own = indicators.byTerritory.get(territory.id) ?? [];
  if (own.length === 0) return { status: 'none', reason: noStatisticsReason(territory) };
  const ownById = new Map(own.map((indicator) => [indicator.id, indicator]));
  const references = referencesOf(territory, indicators.references);
  const used = new Set<string>();

  const figureOf = (entry: LayoutEntry): NeighbourhoodFigure => {
    const indicator = ownById.get(entry.id);
    const known = knownIndicator(entry.id);
    const unit = indicator?.unit ?? known?.unit ?? 'indice';
    used.add(entry.id);
    return {
      id: entry.id,
      label: indicator?.label ?? known?.label ?? entry.id,
      unit,
      definition: indicator?.definition ?? known?.definition ?? '',
      own: readValue(indicator, unit),
      details: (entry.details ?? []).map((id) => {
        used.add(id);
        const detail = ownById.get(id);
        const detailUnit = detail?.unit ?? knownIndicator(id)?.unit ?? unit;
        return { id, label: DETAIL_LABELS[id] ?? detail?.label ?? id, ...readValue(detail, detailUnit) };
      }),
      comparisons: references
        .filter((reference) => reference.id === entry.id)
        .map((reference) => ({
          area: reference.area.name,
          kind: reference.area.kind,
          ...readValue(reference, reference.unit),
        })),
    };
  };

  const groups: NeighbourhoodGroup[] = NEIGHBOURHOOD_LAYOUT.map((group) => ({
    key: group.key,
    title: group.title,
    figures: group.entries.map(figureOf),
  }));
  const others = own.filter((indicator) => !used.has(indicator.id));
  if (others.length > 0) {
    groups.push({
      key: 'autres',
      title: 'Autres indicateurs',
      figures: others.map((indicator) => figureOf({ id: indicator.id })),
    });
  }

  const sources = new Map<string, CitedSource>();
  const cite = (value: FigureValue) => {
    if (!value.source || value.vintage === null) return;
    const key = `${value.source.publisher}\u0000${value.source.dataset}`;
    const cited = sources.get(key) ?? { ...value.source, vintages: [] };
    if (!cited.vintages.includes(value.vintage)) cited.vintages.push(value.vintage);
    sources.set(key, cited);
  };
  for (const figure of groups.flatMap((group) => group.figures)) {
    cite(figure.own);
    figure.details.forEach(cite);
    figure.comparisons.forEach(cite);
  }
  const comparedWith = [
    ...new Set(
      groups.flatMap((group) => group.figures.flatMap((figure) => figure.comparisons.map((c) => c.area))),
    ),
  ];
  return {
    status: 'ready',
    groups,
    sources: [...sources.values()].map((source) => ({
      ...source,
      vintages: [...source.vintages].sort((a, b) => a - b),
    })),
    comparedWith,
  };
};

/**
 * The figures a slide shows of a territory, in order: who lives there (population, youth index), how poor
 * (poverty rate, median income with its deciles), how they work (employment rate, jobseekers). The page
 * shows every figure; a slide read from the back of a room holds six.
 */
export const NEIGHBOURHOOD_KEY_FIGURE_IDS = [
  'population',
  'indice-jeunesse',
  'taux-pauvrete',
  'revenu-disponible-median',
  'taux-emploi',
  'demandeurs-emploi',
] as const;

/**
 * The key figures of a territory, in the order of NEIGHBOURHOOD_KEY_FIGURE_IDS, each with its details and
 * comparisons as the page writes them (a figure the file lacks says "non disponible").
 */
export const neighbourhoodKeyFigures = (
  figures: Extract<NeighbourhoodFigures, { status: 'ready' }>,
): NeighbourhoodFigure[] => {
  const all = figures.groups.flatMap((group) => group.figures);
  return NEIGHBOURHOOD_KEY_FIGURE_IDS.flatMap((id) => all.filter((figure) => figure.id === id));
};

/** Every indicator id the layout shows, in order (details included): for the docs' test and the command. */
export const layoutIndicatorIds = () =>
  NEIGHBOURHOOD_LAYOUT.flatMap((group) =>
    group.entries.flatMap((entry) => [entry.id, ...(entry.details ?? [])]),
  );

/** The layout and the catalogue must name the same indicators (checked by a test). */
export const catalogueIds = () => QPV_INDICATORS.map((indicator) => indicator.id);

/**
 * The figures as the rows of a spreadsheet: one per figure and per figure written beside another (its
 * deciles, the women's rate), the raw value (empty words "non disponible" rather than 0), the reference
 * areas' values in columns of their own, then the unit, the vintage and the source.
 */
export const neighbourhoodCsvRows = (
  territoryName: string,
  figures: Extract<NeighbourhoodFigures, { status: 'ready' }>,
): (string | number | null)[][] => {
  const areas = figures.comparedWith;
  const cell = (value: FigureValue) => value.value ?? NOT_AVAILABLE_TEXT;
  const rows: (string | number | null)[][] = [
    ['Thème', 'Indicateur', territoryName, ...areas, 'Unité', 'Millésime', 'Source'],
  ];
  for (const group of figures.groups) {
    for (const figure of group.figures) {
      const source = figure.own.source ? `${figure.own.source.publisher}, ${figure.own.source.dataset}` : '';
      rows.push([
        group.title,
        figure.label,
        cell(figure.own),
        ...areas.map((area) => {
          const found = figure.comparisons.find((comparison) => comparison.area === area);
          return found ? cell(found) : '';
        }),
        figure.unit,
        figure.own.vintage,
        source,
      ]);
      for (const detail of figure.details) {
        rows.push([
          group.title,
          `${figure.label} : ${detail.label}`,
          cell(detail),
          ...areas.map(() => ''),
          figure.unit,
          detail.vintage,
          detail.source ? `${detail.source.publisher}, ${detail.source.dataset}` : '',
        ]);
      }
    }
  }
  return rows;
};
