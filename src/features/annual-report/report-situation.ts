import type { SituationInput } from '../../domain/annual-report';

/**
 * THE SEAM for section 2 (« Évolution de la situation des quartiers »): the context statistics of each
 * territory, with their vintages and the commune's figures, come from the neighbourhood statistics of issue
 * 16 (domain/neighbourhood-figures.ts, features/territories/api/use-territory-context.ts), which are not in
 * this branch yet. Until they are wired here, the report has none, and its section 2 says « Statistiques
 * non disponibles » in the page, the print and the Word file.
 *
 * To wire them: return `{ territories: territories.map((territory) => ({ territory, figures:
 * neighbourhoodFigures(territory, indicators) })) }` once the indicators are ready (null while they load or
 * when indicators.json is not published). The shape of SituationInput is the part of NeighbourhoodFigures the
 * report reads, so that it is handed in as it is. The value must keep its identity while the data stay the
 * same (memoise it): the report is recomputed when it changes.
 */
export const useSituationInput = (): SituationInput | null => null;
