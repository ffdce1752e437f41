import { useMemo } from 'react';
import type { CheckedIndicators } from '../../domain/context-indicators';
import type { CheckedPerimeters } from '../../domain/perimeters';
import {
  type ContextState,
  useCheckedIndicators,
  useCheckedPerimeters,
} from '../territories/api/use-territory-context';
import type { DeckExtras } from './slides';

/**
 * Which slides of the neighbourhoods the contract's documents give:
 * - the map, unless perimeters.json is not published (a 404), or gives nothing to draw for the contract;
 * - a « en chiffres » slide for each territory indicators.json gives figures for; none when it is not
 *   published.
 * While a document loads, or when it cannot be read, the slides it would give are offered all the same (the
 * map; the priority neighbourhoods' statistics): the slide says it is loading, or what failed with a retry,
 * and the deck's ids, and so a prepared link, stay those of a good day.
 */
export const deckExtrasOf = (
  perimeters: ContextState<CheckedPerimeters>,
  indicators: ContextState<CheckedIndicators>,
): DeckExtras => ({
  map:
    perimeters.status === 'ready'
      ? perimeters.data.territories.length + perimeters.data.communes.length > 0
      : perimeters.status !== 'unpublished',
  statistics:
    indicators.status === 'ready'
      ? {
          status: 'known',
          territories: new Set(
            [...indicators.data.byTerritory].filter(([, list]) => list.length > 0).map(([id]) => id),
          ),
        }
      : indicators.status === 'unpublished'
        ? { status: 'known', territories: new Set() }
        : { status: 'qpv' },
});

/** A DeckExtras as a text, to tell when it changed (its set is rebuilt on every render). */
const extrasKey = (extras: DeckExtras) =>
  `${extras.map}|${extras.statistics.status === 'qpv' ? 'qpv' : [...extras.statistics.territories].sort().join(',')}`;

/** The deck's extras for the documents as they are now, the same object while they say the same. */
export const useDeckExtras = (): DeckExtras => {
  const extras = deckExtrasOf(useCheckedPerimeters(), useCheckedIndicators());
  const key = extrasKey(extras);
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on what the extras say, not their identity
  return useMemo(() => extras, [key]);
};
