import { describe, expect, it } from 'vitest';
import { actionsToCsvRows, templateColumns } from '../../../src/features/actions/actions-csv';
import { parseCsv, toCsv } from '../../../src/lib/csv';
import { action, dashboardTerritories, NORD, SUD } from '../../support/dashboard-fixtures';

const sample = action({
  id: '2023-007',
  title: '=Atelier "parents" ; soutien',
  objectives: ['P1.1.1', 'P2.1.1'],
  territories: [NORD, SUD],
  status: 'realisee',
  progressHistory: [{ date: '2023-09-30', progress: 100 }],
  startDate: '2023-02-01',
  endDate: '2023-09-30',
  budget: { totalCost: 12_500.5, funding: { etat: 5_000, ville: 2_500.25, porteur: 1_000 } },
  beneficiaries: { planned: 40, actual: 38 },
});

describe('actionsToCsvRows', () => {
  it('writes the template’s headers, in the template’s order, the identifier, own funds and history last', () => {
    const [headers] = actionsToCsvRows([], dashboardTerritories);
    expect(headers).toEqual(templateColumns.map((column) => column.header));
    expect(headers?.slice(0, 4)).toEqual(['Année', 'Intitulé de l’action', 'Porteur', 'Type de porteur']);
    expect(headers?.slice(-3)).toEqual([
      'Identifiant',
      'Fonds propres du porteur',
      'Historique d’avancement',
    ]);
  });

  it('writes an action as staff read it: names, labels, fr-FR dates, amounts as numbers, lists with " ; "', () => {
    const [headers, row] = actionsToCsvRows([sample], dashboardTerritories);
    const cells = Object.fromEntries((headers ?? []).map((header, i) => [header, row?.[i]]));
    expect(cells).toMatchObject({
      Année: 2023,
      'Type de porteur': 'Association',
      'Quartier(s)': 'Quartier Nord ; Quartier Sud',
      'Objectif(s) opérationnel(s)': 'P1.1.1 ; P2.1.1',
      Statut: 'Réalisée',
      'Avancement (%)': 100,
      'Date de début': '01/02/2023',
      'Date de fin': '30/09/2023',
      'Coût total': 12_500.5,
      'État (BOP 147)': 5_000,
      Ville: 2_500.25,
      CAF: null,
      'Bénéficiaires prévus': 40,
      'Bénéficiaires réalisés': 38,
      Identifiant: '2023-007',
      'Fonds propres du porteur': 1_000,
      'Historique d’avancement': '30/09/2023 : 100 %',
    });
  });

  it('survives the CSV file: hostile titles made inert, amounts with a decimal comma, empty cells kept', () => {
    const text = toCsv(actionsToCsvRows([sample], dashboardTerritories));
    const [headers, row] = parseCsv(text);
    const cells = Object.fromEntries((headers ?? []).map((header, i) => [header, row?.[i]]));
    expect(cells['Intitulé de l’action']).toBe('\'=Atelier "parents" ; soutien');
    expect(cells['Coût total']).toBe('12500,5');
    expect(cells.Ville).toBe('2500,25');
    expect(cells.CAF).toBe('');
    expect(row).toHaveLength(templateColumns.length);
  });
});
