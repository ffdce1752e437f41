import type { DashboardFigures, TerritoryFigures } from '../../domain/dashboard-figures';
import type { ObjectiveNode } from '../../domain/objective-tree';
import { domainLabel } from '../dashboard/chart-data';

/**
 * One slide of the deck. `key` is its id in the address (`?diapos=vue-ensemble,pilier-P2`): stable, made of
 * what it shows (a pillar's code, a territory's id), never of its position.
 */
export type Slide =
  | { kind: 'overview'; key: string; title: string }
  | { kind: 'domains'; key: string; title: string }
  | { kind: 'domain'; key: string; title: string; domain: ObjectiveNode }
  | { kind: 'territories'; key: string; title: string }
  | { kind: 'territory'; key: string; title: string; territory: TerritoryFigures }
  | { kind: 'gaps'; key: string; title: string }
  | { kind: 'since'; key: string; title: string };

export type SlideKind = Slide['kind'];

/** The slides of one kind that a view gives (none, one, or one per pillar or territory), in order. */
type SlideSource = (figures: DashboardFigures) => Slide[];

/**
 * Every kind of slide, in the order a steering committee goes through them: the overview, the axes and
 * pillars side by side then one by one, the same for the territories, the objectives without action, and
 * what changed since the last committee. A filter on a pillar or a territory thus gives a shorter deck.
 *
 * A new kind of slide (a map of the neighbourhoods, say) is one more entry here, one more member of `Slide`,
 * a line of `slideDescriptions`, and its content in components/slide-content.tsx (the compiler asks for
 * both); the deck, its picker and the address take it as they come.
 */
export const slideSources: readonly SlideSource[] = [
  () => [{ kind: 'overview', key: 'vue-ensemble', title: 'Vue d’ensemble' }],
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
  domains: 'couverture et avancement de chaque pilier et axe',
  domain: 'couverture et avancement de ses objectifs',
  territories: 'couverture et avancement de chaque quartier',
  territory: 'couverture et avancement de chaque pilier et axe dans le quartier',
  gaps: 'les objectifs opérationnels qui n’ont aucune action',
  since: 'ce qui a changé depuis le dernier comité de pilotage',
};

/** Every slide a view gives, in the default order: the deck when nothing has been chosen. */
export const buildSlides = (figures: DashboardFigures): Slide[] =>
  slideSources.flatMap((source) => source(figures));
