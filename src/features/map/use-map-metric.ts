import { useCallback, useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { toSearch } from '../filters/filter-params';
import { type MapMetric, parseMapMetric, writeMapMetric } from './map-params';

/** The map's figure, read from and written to the URL like the filters (Back returns to the last one). */
export const useMapMetric = () => {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const search = params.toString();
  const parsed = useMemo(() => parseMapMetric(new URLSearchParams(search)), [search]);
  const setMetric = useCallback(
    (metric: MapMetric) =>
      navigate(
        { search: toSearch(writeMapMetric(metric, new URLSearchParams(search))) },
        { preventScrollReset: true },
      ),
    [navigate, search],
  );
  return { metric: parsed.metric, ignored: parsed.ignored, setMetric };
};
