import { describe, expect, it } from 'vitest';
import { toSearch, writeFilterParams } from '../../../src/features/filters/filter-params';
import {
  DEFAULT_MAP_METRIC,
  MAP_METRIC_PARAM,
  mapMetrics,
  parseMapMetric,
  writeMapMetric,
} from '../../../src/features/map/map-params';

describe('the map’s figure in the address', () => {
  it.each(mapMetrics)('round-trips %s', (metric) => {
    const params = writeMapMetric(metric);
    expect(parseMapMetric(params)).toEqual({ metric, ignored: [] });
  });

  it('writes nothing for coverage, the default, so that the plain address stays plain', () => {
    expect(writeMapMetric(DEFAULT_MAP_METRIC).toString()).toBe('');
    expect(writeMapMetric('couverture', new URLSearchParams('carte=cout')).has(MAP_METRIC_PARAM)).toBe(false);
  });

  it('keeps the filters beside it, and the filters keep it', () => {
    const withMap = writeMapMetric('avancement', new URLSearchParams('annee=2023&quartier=terre-rouge'));
    expect(toSearch(withMap)).toBe('?annee=2023&quartier=terre-rouge&carte=avancement');
    const refiltered = writeFilterParams(
      { years: [2022], domains: [], territories: [], funders: [], statuses: [], text: '' },
      withMap,
    );
    expect(parseMapMetric(refiltered).metric).toBe('avancement');
  });

  it('ignores, and names, a figure it does not know; reads one in capitals', () => {
    expect(parseMapMetric(new URLSearchParams('carte=budget'))).toEqual({
      metric: 'couverture',
      ignored: [{ param: 'carte', value: 'budget' }],
    });
    expect(parseMapMetric(new URLSearchParams('carte=COUT')).metric).toBe('cout');
  });
});
