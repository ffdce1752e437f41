import { useCallback, useMemo } from 'react';
import type { DashboardFigures } from '../../../domain/dashboard-figures';
import { useFilterSearch } from '../../filters/use-filter-search';
import { TerritoryMap } from '../../map/components/territory-map';
import type { MapValues } from '../../map/territory-map-data';
import { useTerritories } from '../../territories/api/get-territories';
import { territoryMapFigures } from '../chart-data';

/**
 * The overview's « Carte des quartiers »: the map feature, given the dashboard's own figures for the
 * current filter (or none while no programmation is published). Links keep the filter.
 */
export const TerritoryMapSection = ({ figures }: { figures: DashboardFigures | null }) => {
  const territories = useTerritories();
  const search = useFilterSearch();
  const hrefFor = useCallback((id: string) => `/quartiers/${id}${search}`, [search]);
  const values = useMemo<MapValues>(
    () => (figures ? { status: 'ready', figures: territoryMapFigures(figures) } : { status: 'unpublished' }),
    [figures],
  );
  const all = territories.data?.records;
  if (!all) return null;
  return <TerritoryMap territories={all} values={values} hrefFor={hrefFor} />;
};
