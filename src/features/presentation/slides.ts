import type { DashboardFigures, TerritoryFigures } from '../../domain/dashboard-figures';
import type { ObjectiveNode } from '../../domain/objective-tree';
import { domainLabel } from '../dashboard/chart-data';

/** One slide per view of the dashboard, in the order a steering committee goes through them. */
export type Slide =
  | { kind: 'overview'; key: string; title: string }
  | { kind: 'domains'; key: string; title: string }
  | { kind: 'domain'; key: string; title: string; domain: ObjectiveNode }
  | { kind: 'territories'; key: string; title: string }
  | { kind: 'territory'; key: string; title: string; territory: TerritoryFigures }
  | { kind: 'gaps'; key: string; title: string }
  | { kind: 'since'; key: string; title: string };

/**
 * The deck for a view: the overview, the axes and pillars side by side then one by one, the same for the
 * territories, the objectives without action, and what changed since the last committee. A filter on a
 * pillar or a territory thus gives a shorter deck, about that pillar or territory only.
 */
export const buildSlides = (figures: DashboardFigures): Slide[] => [
  { kind: 'overview', key: 'vue-ensemble', title: 'Vue d’ensemble' },
  { kind: 'domains', key: 'piliers', title: 'Par pilier et axe' },
  ...figures.domains.map(
    (domain): Slide => ({
      kind: 'domain',
      key: `pilier-${domain.code}`,
      title: `${domain.code} · ${domainLabel(domain)}`,
      domain,
    }),
  ),
  { kind: 'territories', key: 'quartiers', title: 'Par quartier' },
  ...figures.territories.map(
    (territory): Slide => ({
      kind: 'territory',
      key: `quartier-${territory.territory.id}`,
      title: territory.territory.name,
      territory,
    }),
  ),
  { kind: 'gaps', key: 'objectifs-sans-action', title: 'Objectifs sans action' },
  { kind: 'since', key: 'depuis-le-dernier-comite', title: 'Depuis le dernier comité' },
];
