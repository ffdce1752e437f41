import { actionStatusLabels, funderLabels } from '../../domain/action';
import type { ActionFilter } from '../../domain/action-filter';
import { findNode, type ObjectiveIndex } from '../../domain/objective-index';
import type { Territory } from '../../domain/territory';

export type FilterSummaryItem = { label: string; value: string };

const joinAlternatives = (values: readonly string[]) =>
  values.length <= 1 ? (values[0] ?? '') : `${values.slice(0, -1).join(', ')} ou ${values.at(-1)}`;

/**
 * The filter in words, one item per restricted field, for the places where the filter bar is not there to
 * show it: the presentation's slides and the printed report. Empty when nothing is restricted.
 */
export const summarizeFilter = (
  filter: ActionFilter,
  index: ObjectiveIndex,
  territories: readonly Territory[],
): FilterSummaryItem[] => {
  const items: FilterSummaryItem[] = [];
  const add = (label: string, values: readonly string[]) => {
    if (values.length > 0) items.push({ label, value: joinAlternatives(values) });
  };
  add(
    'Année',
    filter.years.map((year) => String(year)),
  );
  add(
    'Pilier ou axe',
    filter.domains.map((code) => {
      const node = findNode(index, code);
      return node ? `${code} ${node.label}` : code;
    }),
  );
  const names = new Map(territories.map((territory) => [territory.id, territory.name]));
  add(
    'Quartier',
    filter.territories.map((id) => names.get(id) ?? id),
  );
  add(
    'Financeur',
    filter.funders.map((funder) => funderLabels[funder]),
  );
  add(
    'Statut',
    filter.statuses.map((status) => actionStatusLabels[status]),
  );
  const text = filter.text.trim();
  if (text) items.push({ label: 'Recherche', value: `« ${text} »` });
  return items;
};

/** One line for a slide's or a report's header: "Filtres : Année 2023 ; Quartier Terre-Rouge". */
export const filterSummaryLine = (items: readonly FilterSummaryItem[]) =>
  items.length === 0
    ? 'Sans filtre'
    : `Filtres : ${items.map((item) => `${item.label} ${item.value}`).join(' ; ')}`;
