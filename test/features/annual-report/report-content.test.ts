import { describe, expect, it } from 'vitest';
import { buildAnnualReport, type ContextFigures } from '../../../src/domain/annual-report';
import {
  type ReportBlock,
  type ReportTable,
  reportContent,
  STATISTICS_UNAVAILABLE,
  sectionFigureValues,
} from '../../../src/features/annual-report/report-content';
import { formatEuros } from '../../../src/lib/format';
import { seededReportInput } from '../../support/annual-report-fixtures';

const { input, context } = seededReportInput();
const terreRouge = input.territories.find((territory) => territory.id === 'terre-rouge');
if (!terreRouge) throw new Error('Terre-Rouge missing from the mock territories');

const tableOf = (blocks: readonly ReportBlock[], key: string): ReportTable => {
  const found = blocks.find((block) => block.kind === 'table' && block.table.key === key);
  if (found?.kind !== 'table') throw new Error(`no table ${key}`);
  return found.table;
};

/** Terre-Rouge's statistics as issue 16's neighbourhoodFigures writes them (the part the report reads). */
const terreRougeFigures: ContextFigures = {
  status: 'ready',
  groups: [
    {
      key: 'population',
      title: 'Population',
      figures: [
        {
          id: 'population',
          label: 'Population',
          own: { value: 1036, text: '1 036 habitants', vintage: 2015 },
          comparisons: [
            { area: 'Cahors', kind: 'commune', value: 19_405, text: '19 405 habitants', vintage: 2015 },
          ],
        },
      ],
    },
    {
      key: 'revenus',
      title: 'Revenus et pauvreté',
      figures: [
        {
          id: 'taux-pauvrete',
          label: 'Taux de pauvreté',
          own: { value: 43, text: '43 %', vintage: 2017 },
          comparisons: [],
        },
      ],
    },
  ],
  sources: [{ publisher: 'INSEE', dataset: 'Données des quartiers prioritaires', vintages: [2015, 2017] }],
};

describe('The report’s words and tables', () => {
  it('writes section 2 from the context statistics when they are given: values with vintages, against the commune', () => {
    const situation = {
      territories: input.territories.map((territory) => ({
        territory,
        figures:
          territory.id === 'terre-rouge'
            ? terreRougeFigures
            : ({
                status: 'none',
                reason: `Aucune statistique publique n’existe pour ${territory.name}.`,
              } as const),
      })),
    };
    const content = reportContent(buildAnnualReport(input, 2023, situation), context);
    const section = content.sections[1];
    if (!section) throw new Error('no section 2');
    const table = tableOf(section.blocks, 'situation-terre-rouge');
    expect(table.columns.map((column) => column.header)).toEqual(['Terre-Rouge', 'Cahors']);
    expect(table.rows.map((row) => [row.header, row.cells.own, row.cells['area:Cahors']])).toEqual([
      ['Population', '1 036 habitants (2015)', '19 405 habitants (2015)'],
      ['Taux de pauvreté', '43 % (2017)', '—'],
    ]);
    const texts = section.blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []));
    expect(texts).toContain('Aucune statistique publique n’existe pour Sainte-Valérie.');
    expect(texts).toContain('Sources : INSEE, Données des quartiers prioritaires (2015, 2017).');
    expect(texts).not.toContain(STATISTICS_UNAVAILABLE);
    // Its figures are named for the flag of a commentary.
    expect(sectionFigureValues(section)).toMatchObject({
      'Indicateurs de contexte : Terre-Rouge — Population — Terre-Rouge': '1 036 habitants (2015)',
    });
  });

  it('names each figure of a section by its table, row and column, an objective’s actions under it', () => {
    const content = reportContent(buildAnnualReport(input, 2023), context);
    const actions = content.sections.find((section) => section.id === 'actions');
    if (!actions) throw new Error('no section 3');
    const values = sectionFigureValues(actions);
    expect(values['Chiffres clés 2023 — Actions']).toBe(
      String(input.actions.filter((action) => action.year === 2023).length),
    );
    const grouped = Object.keys(values).find((key) =>
      /^Actions 2023 par objectif opérationnel — P2\.\d\.\d .+ — 2023-\d{3} — .+ — Coût total$/.test(key),
    );
    expect(grouped).toBeDefined();
    // Section 2 without statistics has one "figure": that they are unavailable.
    const situation = content.sections.find((section) => section.id === 'situation');
    expect(situation && sectionFigureValues(situation)).toEqual({
      [STATISTICS_UNAVAILABLE]: STATISTICS_UNAVAILABLE,
    });
  });

  it('says « aucune action » for the year before when the data hold none, never 0 €', () => {
    const content = reportContent(buildAnnualReport(input, 2015), context);
    const means = content.sections.find((section) => section.id === 'moyens');
    if (!means) throw new Error('no section 4');
    const funders = tableOf(means.blocks, 'means-funders');
    const state = funders.rows.find((row) => row.key === 'etat');
    expect(state?.cells.previous).toBe('aucune action');
    expect(state?.cells.change).toBe('—');
    const spent = input.actions
      .filter((action) => action.year === 2015)
      .reduce((sum, action) => sum + (action.budget.funding.etat ?? 0), 0);
    expect(state?.cells.current).toBe(formatEuros(spent));
  });
});
