import { type Action, actionStatusLabels, type Funder, porteurTypeLabels } from '../../domain/action';
import type { Territory } from '../../domain/territory';
import type { CsvCell } from '../../lib/csv';
import { formatIsoDateShort } from '../../lib/format';

/** Several values in one cell (territories, objectives) are separated by this, as staff write them. */
export const LIST_SEPARATOR = ' ; ';

/**
 * The columns of the programmation template, in the order staff know them (docs/data-contract.md): an export
 * opens as the spreadsheet they keep, and can be loaded again. The identifier and the holder's own funds are
 * not in the usual template; they come last, so that nothing of an action is lost on the way.
 */
export const templateColumns: readonly {
  header: string;
  cell: (action: Action, names: Map<string, string>) => CsvCell;
}[] = [
  { header: 'Année', cell: (action) => action.year },
  { header: 'Intitulé de l’action', cell: (action) => action.title },
  { header: 'Porteur', cell: (action) => action.porteur.name },
  { header: 'Type de porteur', cell: (action) => porteurTypeLabels[action.porteur.type] },
  {
    header: 'Quartier(s)',
    cell: (action, names) => action.territories.map((id) => names.get(id) ?? id).join(LIST_SEPARATOR),
  },
  { header: 'Objectif(s) opérationnel(s)', cell: (action) => action.objectives.join(LIST_SEPARATOR) },
  { header: 'Public cible', cell: (action) => action.targetPublic },
  { header: 'Statut', cell: (action) => actionStatusLabels[action.status] },
  { header: 'Avancement (%)', cell: (action) => action.progress },
  {
    header: 'Date de début',
    cell: (action) => (action.startDate ? formatIsoDateShort(action.startDate) : null),
  },
  { header: 'Date de fin', cell: (action) => (action.endDate ? formatIsoDateShort(action.endDate) : null) },
  { header: 'Coût total', cell: (action) => action.budget.totalCost },
  ...(
    [
      ['État (BOP 147)', 'etat'],
      ['Ville', 'ville'],
      ['Agglomération', 'agglomeration'],
      ['CAF', 'caf'],
      ['Département', 'departement'],
      ['Région', 'region'],
      ['Bailleurs (TFPB)', 'bailleurs'],
      ['Autres financements', 'autres'],
    ] as const satisfies readonly (readonly [string, Funder])[]
  ).map(([header, funder]) => ({ header, cell: (action: Action) => action.budget.funding[funder] ?? null })),
  { header: 'Bénéficiaires prévus', cell: (action) => action.beneficiaries.planned },
  { header: 'Bénéficiaires réalisés', cell: (action) => action.beneficiaries.actual },
  { header: 'Identifiant', cell: (action) => action.id },
  { header: 'Fonds propres du porteur', cell: (action) => action.budget.funding.porteur ?? null },
];

/** The actions as rows of the template, a header row first. */
export const actionsToCsvRows = (
  actions: readonly Action[],
  territories: readonly Territory[],
): CsvCell[][] => {
  const names = new Map(territories.map((territory) => [territory.id, territory.name]));
  return [
    templateColumns.map((column) => column.header),
    ...actions.map((action) => templateColumns.map((column) => column.cell(action, names))),
  ];
};
