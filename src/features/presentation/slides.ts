import type { DashboardFigures, TerritoryFigures } from '../../domain/dashboard-figures';
import type { ObjectiveNode } from '../../domain/objective-tree';
import type { Territory } from '../../domain/territory';
import { domainLabel } from '../dashboard/chart-data';

/**
 * One slide of the deck. `key` is its id in the address (`?diapos=vue-ensemble,pilier-P2`): stable, made of
 * what it shows (a pillar's code, a territory's id), never of its position.
 */
export type Slide =
  | { kind: 'overview'; key: string; title: string }
  | { kind: 'map'; key: string; title: string }
  | { kind: 'statistics'; key: string; title: string; territory: Territory }
  | { kind: 'domains'; key: string; title: string }
  | { kind: 'domain'; key: string; title: string; domain: ObjectiveNode }
  | { kind: 'territories'; key: string; title: string }
  | { kind: 'territory'; key: string; title: string; territory: TerritoryFigures }
  | { kind: 'gaps'; key: string; title: string }
  | { kind: 'since'; key: string; title: string };

export type SlideKind = Slide['kind'];

/**
 * What the slides of the neighbourhoods need beyond the view's figures: whether the contract publishes the
 * perimeters and the public statistics its map and « en chiffres » slides are drawn from (optional files;
 * see deckExtrasOf in use-deck-extras.ts).
 */
export type DeckExtras = {
  /** The map slide is offered: the perimeters are published (or still loading, or failed: it says so). */
  map: boolean;
  /**
   * The territories a « en chiffres » slide is offered for: those the statistics give figures for (`known`),
   * or, while they load or when they failed, the priority neighbourhoods (`qpv`), which INSEE publishes
   * figures for: the slide then says what became of them.
   */
  statistics: { status: 'known'; territories: ReadonlySet<string> } | { status: 'qpv' };
};

/** Neither map nor statistics: a contract that publishes neither file, and the default of buildSlides. */
export const NO_DECK_EXTRAS: DeckExtras = {
  map: false,
  statistics: { status: 'known', territories: new Set() },
};

/** The slides of one kind that a view gives (none, one, or one per pillar or territory), in order. */
type SlideSource = (figures: DashboardFigures, extras: DeckExtras) => Slide[];

const hasStatistics = (territory: Territory, extras: DeckExtras) =>
  extras.statistics.status === 'qpv'
    ? territory.kind === 'qpv'
    : extras.statistics.territories.has(territory.id);

/**
 * Every kind of slide, in the order a steering committee goes through them: the overview; where the
 * neighbourhoods are (the map, coloured by the view's coverage) and who lives there (each one's public
 * statistics), the questions an elected official asks first; the axes and pillars side by side then one by
 * one, the same for the territories, the objectives without action, and what changed since the last
 * committee. A filter on a pillar or a territory thus gives a shorter deck.
 *
 * The map is a slide of its own rather than a part of the first one: beside the four figures and the
 * actions by status it would be drawn too small to read from the back of a room, the first slide would
 * change shape with a file the contract may not publish, and the committee's secretary could neither leave
 * it out nor move it.
 *
 * A new kind of slide (a map of the neighbourhoods, say) is one more entry here, one more member of `Slide`,
 * a line of `slideDescriptions`, and its content in components/slide-content.tsx (the compiler asks for
 * both); the deck, its picker and the address take it as they come.
 */
export const slideSources: readonly SlideSource[] = [
  () => [{ kind: 'overview', key: 'vue-ensemble', title: 'Vue d’ensemble' }],
  (_, extras) => (extras.map ? [{ kind: 'map', key: 'carte', title: 'Carte des quartiers' }] : []),
  (figures, extras) =>
    figures.territories
      .filter(({ territory }) => hasStatistics(territory, extras))
      .map(({ territory }) => ({
        kind: 'statistics',
        key: `chiffres-${territory.id}`,
        title: `${territory.name} en chiffres`,
        territory,
      })),
  () => [{ kind: 'domains', key: 'piliers', title: 'Par pilier et axe' }],
  (figures) =>
    figures.domains.map((domain) => ({
      kind: 'domain',
      key: `pilier-${domain.code}`,
      title: `${domain.code} · ${domainLabel(domain)}`,
      domain,
    })),
  () => [{ kind: 'territories', key: 'quartiers', title: 'Par quartier' }],
  (figures) =>
    figures.territories.map((territory) => ({
      kind: 'territory',
      key: `quartier-${territory.territory.id}`,
      title: territory.territory.name,
      territory,
    })),
  () => [{ kind: 'gaps', key: 'objectifs-sans-action', title: 'Objectifs sans action' }],
  () => [{ kind: 'since', key: 'depuis-le-dernier-comite', title: 'Depuis le dernier comité' }],
];

/** What each kind of slide shows, in a few words: the picker says it beside each slide's title. */
export const slideDescriptions: Record<SlideKind, string> = {
  overview: 'chiffres clés et actions par statut',
  map: 'les quartiers sur la carte de leurs communes, colorés selon leur couverture, avec leurs valeurs',
  statistics: 'population, pauvreté, revenus et emploi : statistiques publiques, comparées à la commune',
  domains: 'couverture et avancement de chaque pilier et axe',
  domain: 'couverture et avancement de ses objectifs',
  territories: 'couverture et avancement de chaque quartier',
  territory: 'couverture et avancement de chaque pilier et axe dans le quartier',
  gaps: 'les objectifs opérationnels qui n’ont aucune action',
  since: 'ce qui a changé depuis le dernier comité de pilotage',
};

/** Every slide a view gives, in the default order: the deck when nothing has been chosen. */
export const buildSlides = (figures: DashboardFigures, extras: DeckExtras = NO_DECK_EXTRAS): Slide[] =>
  slideSources.flatMap((source) => source(figures, extras));
