import { describe, expect, it } from 'vitest';
import { emptyFilter } from '../../../src/domain/action-filter';
import { filterSummaryLine, summarizeFilter } from '../../../src/features/filters/filter-summary';
import { dashboardIndex, dashboardTerritories, NORD, SUD } from '../../support/dashboard-fixtures';

const summary = (filter: Partial<typeof emptyFilter>) =>
  summarizeFilter({ ...emptyFilter, ...filter }, dashboardIndex, dashboardTerritories);

describe('summarizeFilter', () => {
  it('says that an empty filter is the whole contract', () => {
    expect(summary({})).toEqual([]);
    expect(filterSummaryLine(summary({}))).toBe('Sans filtre');
  });

  it('writes every restricted field in words, with names instead of codes', () => {
    const items = summary({
      years: [2022, 2023],
      domains: ['P2'],
      territories: [NORD, SUD],
      funders: ['etat', 'caf'],
      statuses: ['en-cours'],
      text: '  soutien scolaire ',
    });
    expect(items).toEqual([
      { label: 'Année', value: '2022 ou 2023' },
      { label: 'Pilier ou axe', value: 'P2 PILIER EMPLOI ET DEVELOPPEMENT ECONOMIQUE' },
      { label: 'Quartier', value: 'Quartier Nord ou Quartier Sud' },
      { label: 'Financeur', value: 'État (BOP 147) ou CAF' },
      { label: 'Statut', value: 'En cours' },
      { label: 'Recherche', value: '« soutien scolaire »' },
    ]);
    expect(filterSummaryLine(items.slice(0, 3))).toBe(
      'Filtres : Année 2022 ou 2023 ; Pilier ou axe P2 PILIER EMPLOI ET DEVELOPPEMENT ECONOMIQUE ; Quartier Quartier Nord ou Quartier Sud',
    );
  });

  it('lists three alternatives or more with commas, and keeps an unknown code as it is', () => {
    expect(summary({ years: [2021, 2022, 2023], territories: ['ailleurs'] })).toEqual([
      { label: 'Année', value: '2021, 2022 ou 2023' },
      { label: 'Quartier', value: 'ailleurs' },
    ]);
  });
});
