import { describe, expect, it } from 'vitest';
import {
  buildAnnualReport,
  buildSituation,
  type ContextFigures,
  type SituationInput,
} from '../../../src/domain/annual-report';
import type { Territory } from '../../../src/domain/territory';
import {
  type ReportBlock,
  type ReportTable,
  reportContent,
  STATISTICS_UNPUBLISHED,
  sectionFigureValues,
} from '../../../src/features/annual-report/report-content';
import { formatEuros } from '../../../src/lib/format';
import { seededReportInput, shippedSituation } from '../../support/annual-report-fixtures';

const { input, context } = seededReportInput();
const terreRouge = input.territories.find((territory) => territory.id === 'terre-rouge');
if (!terreRouge) throw new Error('Terre-Rouge missing from the mock territories');

const tableOf = (blocks: readonly ReportBlock[], key: string): ReportTable => {
  const found = blocks.find((block) => block.kind === 'table' && block.table.key === key);
  if (found?.kind !== 'table') throw new Error(`no table ${key}`);
  return found.table;
};

/** Terre-Rouge's statistics as issue 16's neighbourhoodFigures writes them (the part the report reads). */
const insee = {
  publisher: 'INSEE',
  dataset: 'Données des quartiers prioritaires',
  licence: 'Licence Ouverte',
};
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
          own: { value: 1036, text: '1 036 habitants', vintage: 2015, source: insee },
          comparisons: [
            // A commune's figure of another vintage than the neighbourhood's says which.
            { area: 'Cahors', kind: 'commune', value: 19_405, text: '19 405 habitants', vintage: 2016 },
          ],
        },
        {
          id: 'part-etrangers',
          label: 'Part des étrangers',
          // Not in the file: « non disponible », with neither vintage nor source, never 0.
          own: { value: null, text: 'non disponible', vintage: null, source: null },
          comparisons: [],
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
          own: { value: 43, text: '43 %', vintage: 2017, source: insee },
          comparisons: [
            { area: 'Cahors', kind: 'commune', value: 21, text: '21 %', vintage: 2017, source: insee },
          ],
        },
        {
          id: 'revenu-disponible-median',
          label: 'Revenu médian',
          own: { value: 14_234, text: '14 234 €', vintage: 2017, source: insee },
          details: [
            {
              id: 'revenu-disponible-d1',
              label: '1er décile',
              value: 7778,
              text: '7 778 €',
              vintage: 2017,
              source: insee,
            },
          ],
          comparisons: [],
        },
      ],
    },
  ],
  sources: [{ ...insee, vintages: [2015, 2017] }],
};

const none = (territory: Territory): ContextFigures => ({
  status: 'none',
  reason: `Aucune statistique publique n’existe pour ${territory.name}.`,
});

const situationSection = (situation: SituationInput, year = 2023) => {
  const content = reportContent(buildAnnualReport(input, year, situation), context);
  const section = content.sections.find((each) => each.id === 'situation');
  if (!section) throw new Error('no section 2');
  return section;
};

const paragraphs = (blocks: readonly ReportBlock[]) =>
  blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []));

/** A table's rows as texts, its groups' headers alone; the formats' no-break spaces as plain ones. */
const rowsOf = (table: ReportTable) =>
  table.rows.map((row) =>
    (row.kind === 'group'
      ? [row.header]
      : [row.header, ...table.columns.map((c) => row.cells[c.key] ?? '')]
    ).map((text) => text.replace(/\s/g, ' ')),
  );

describe('The report’s words and tables', () => {
  it('writes section 2 from the statistics: values with their vintage and source, against the commune', () => {
    const section = situationSection({
      status: 'ready',
      territories: input.territories.map((territory) => ({
        territory,
        figures: territory.id === 'terre-rouge' ? terreRougeFigures : none(territory),
      })),
    });
    const table = tableOf(section.blocks, 'situation-terre-rouge');
    expect(table.caption).toBe('Indicateurs de contexte : Terre-Rouge');
    expect(table.columns.map((column) => column.header)).toEqual([
      'Terre-Rouge',
      'Cahors',
      'Millésime',
      'Source',
    ]);
    expect(rowsOf(table)).toEqual([
      ['Population'],
      ['Population', '1 036 habitants', '19 405 habitants (2016)', '2015', 'INSEE'],
      ['Part des étrangers', 'non disponible', 'non disponible', '—', '—'],
      ['Revenus et pauvreté'],
      ['Taux de pauvreté', '43 %', '21 %', '2017', 'INSEE'],
      ['Revenu médian', '14 234 €', 'non disponible', '2017', 'INSEE'],
      ['Revenu médian : 1er décile', '7 778 €', 'non disponible', '2017', 'INSEE'],
    ]);
    expect(section.blocks).toContainEqual({
      kind: 'subheading',
      text: 'Terre-Rouge, quartier prioritaire (QPV)',
    });
    const texts = paragraphs(section.blocks);
    expect(texts).toContain(
      'Sources des statistiques (données réelles) : INSEE, Données des quartiers prioritaires (Licence Ouverte), millésimes 2015 et 2017.',
    );
    // The five others, in one sentence, with why.
    expect(texts).toContain(
      'Statistiques non publiées pour Sainte-Valérie, Croix-de-Fer, Centre ancien, Valentré et Les Escales : ce ne sont pas des quartiers prioritaires (QPV), et les statistiques infracommunales publiées par l’INSEE ne portent que sur les QPV.',
    );
    expect(texts.join(' ')).not.toMatch(/\b0 (habitants|%)/);
    // Its figures are named for the flag of a commentary, the theme with them.
    expect(sectionFigureValues(section)).toMatchObject({
      'Indicateurs de contexte : Terre-Rouge — Population — Population — Terre-Rouge': '1 036 habitants',
      'Indicateurs de contexte : Terre-Rouge — Revenus et pauvreté — Taux de pauvreté — Millésime': '2017',
    });
  });

  it('names a QPV whose statistics are not in the file apart from the territories that are not QPV', () => {
    const section = situationSection({
      status: 'ready',
      territories: input.territories.map((territory) => ({ territory, figures: none(territory) })),
    });
    expect(
      section.blocks.some((block) => block.kind === 'table' && block.table.key.startsWith('situation-')),
    ).toBe(false);
    expect(paragraphs(section.blocks)).toContain(
      'Statistiques non publiées pour Terre-Rouge : ce quartier prioritaire n’a aucune statistique dans les données du tableau de bord (indicators.json).',
    );
  });

  it('writes section 2 from the shipped statistics: Terre-Rouge’s 1 036 inhabitants and 39 % poverty rate', () => {
    const section = situationSection(shippedSituation());
    const table = tableOf(section.blocks, 'situation-terre-rouge');
    const row = (header: string) => rowsOf(table).find((cells) => cells[0] === header && cells.length > 1);
    expect(row('Population')).toEqual(['Population', '1 036 habitants', '19 616 habitants', '2015', 'INSEE']);
    expect(row('Taux de pauvreté')).toEqual(['Taux de pauvreté', '39 %', 'non disponible', '2017', 'INSEE']);
    expect(row('Demandeurs d’emploi : femmes')?.[1]).toBe('124 personnes');
    expect(paragraphs(section.blocks).find((text) => text.startsWith('Sources'))).toMatch(
      /^Sources des statistiques \(données réelles\) : INSEE, Données des quartiers prioritaires .*\(Licence Ouverte\), millésimes 2015, 2017 et 2020\.$/,
    );
  });

  it('draws section 2’s map with each territory’s coverage of the year, the dashboard’s for ?annee=2023', () => {
    const section = situationSection(shippedSituation());
    const map = section.blocks.find((block) => block.kind === 'map');
    if (map?.kind !== 'map') throw new Error('no map in section 2');
    expect(map.map.title).toBe('Carte des quartiers : couverture en 2023');
    expect(map.map.territories.map((territory) => territory.id)).toEqual(
      input.territories.map((territory) => territory.id),
    );
    // The coverage each territory has in part 3's table (the dashboard's per-territory figures).
    const content = reportContent(buildAnnualReport(input, 2023, shippedSituation()), context);
    const actions = content.sections.find((each) => each.id === 'actions');
    const byTerritory = tableOf(actions?.blocks ?? [], 'actions-territories');
    expect(map.map.values).toEqual(byTerritory.rows.map((row) => `${row.header} : ${row.cells.coverage}`));
    expect(map.map.values[0]).toMatch(/^Terre-Rouge : \d+\s%\s\(\d+\/\d+\)$/);
  });

  it('says while the statistics load, when they cannot be read, and when they are not published', () => {
    const loading = situationSection({ status: 'loading' });
    expect(loading.pending).toBe(true);
    expect(loading.blocks).toContainEqual({
      kind: 'status',
      status: 'loading',
      text: 'Chargement des statistiques des quartiers…',
    });
    // The map does not wait for them.
    expect(loading.blocks.some((block) => block.kind === 'map')).toBe(true);

    const failed = situationSection({ status: 'failed', reason: 'erreur HTTP 500' });
    expect(failed.pending).toBeUndefined();
    const status = failed.blocks.find((block) => block.kind === 'status');
    expect(status).toMatchObject({ status: 'failed' });
    expect(status?.kind === 'status' && status.text).toMatch(
      /^Statistiques des quartiers indisponibles : .*indicators\.json.*\(erreur HTTP 500\)\.$/,
    );

    const unpublished = situationSection({ status: 'unpublished' });
    expect(paragraphs(unpublished.blocks)).toContain(STATISTICS_UNPUBLISHED);
    expect(unpublished.blocks.some((block) => block.kind === 'table')).toBe(false);
    // That they are missing is the one « figure » a commentary is written on.
    expect(sectionFigureValues(unpublished)).toEqual({ [STATISTICS_UNPUBLISHED]: STATISTICS_UNPUBLISHED });
  });

  it('writes section 2 again when the statistics arrive, and keeps the other sections’ blocks', () => {
    const base = buildAnnualReport(input, 2023, { status: 'loading' });
    const before = reportContent(base, context);
    const after = reportContent({ ...base, situation: buildSituation(shippedSituation()) }, context);
    const blocksOf = (content: ReturnType<typeof reportContent>, id: string) =>
      content.sections.find((section) => section.id === id)?.blocks;
    expect(blocksOf(after, 'situation')).not.toBe(blocksOf(before, 'situation'));
    for (const id of ['orientations', 'actions', 'moyens', 'annexes'])
      expect(blocksOf(after, id)).toBe(blocksOf(before, id));
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
