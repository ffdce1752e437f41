// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { indicatorSchema, joinIndicators } from '../../src/domain/context-indicators';
import {
  formatIndicatorValue,
  layoutIndicatorIds,
  NOT_AVAILABLE_TEXT,
  neighbourhoodCsvRows,
  neighbourhoodFigures,
  neighbourhoodKeyFigures,
} from '../../src/domain/neighbourhood-figures';
import { QPV_INDICATORS } from '../../src/domain/qpv-indicators';
import { validateRecords } from '../../src/lib/fetch-json';
import { problemsWith } from '../support/schema-problems';
import { readRepoFile } from '../support/seed';
import { asCollection, shippedIndicators, shippedTerritories } from '../support/territory-context';

const problems = problemsWith(indicatorSchema);
const territories = shippedTerritories();
const terreRouge = territories.find((territory) => territory.id === 'terre-rouge');
const sainteValerie = territories.find((territory) => territory.id === 'sainte-valerie');
if (!terreRouge || !sainteValerie) throw new Error('territoires du contrat absents');

const poverty = (changes: Record<string, unknown> = {}) => ({
  id: 'taux-pauvrete',
  label: 'Taux de pauvreté',
  unit: '%',
  definition: 'Part des personnes sous le seuil de pauvreté.',
  area: { kind: 'territoire', territory: 'terre-rouge' },
  value: 39,
  vintage: 2017,
  source: { publisher: 'INSEE', dataset: 'Données des QPV' },
  ...changes,
});

describe('indicatorSchema', () => {
  it('accepts every record of the shipped indicators.json', () => {
    expect(shippedIndicators()).toHaveLength(17);
  });

  it('keeps a value the source does not give as null, never 0', () => {
    expect(indicatorSchema.parse(poverty({ value: null })).value).toBeNull();
  });

  it.each([
    [{ value: 140 }, 'value', /au-delà de 100/],
    [{ value: -3 }, 'value', /négative/],
    [{ unit: 'habitants', value: 10.5 }, 'value', /non entier/],
    [{ unit: 'pourcent' }, 'unit', /unité inconnue/],
    [{ vintage: 17 }, 'vintage', /avant 1900/],
    [{ source: { publisher: '', dataset: 'x' } }, 'source.publisher', /producteur vide/],
    [{ area: { kind: 'iris', code: '460420101' } }, 'area.kind', /territoire, commune ou agglomeration/],
    [{ value: '39' }, 'value', /nombre/],
  ])('rejects %j, naming the field', (changes, path, message) => {
    const found = problems(poverty(changes));
    expect(found[0]?.path).toBe(path);
    expect(found[0]?.message).toMatch(message);
  });
});

describe('joinIndicators', () => {
  it('joins Terre-Rouge’s figures, and Cahors’s population as its commune’s', () => {
    const joined = joinIndicators('indicators.json', asCollection(shippedIndicators()), territories);
    expect(joined.rejected).toEqual([]);
    expect(joined.byTerritory.get('terre-rouge')).toHaveLength(16);
    expect(joined.references.map((indicator) => [indicator.id, indicator.area, indicator.value])).toEqual([
      ['population', { kind: 'commune', name: 'Cahors', code: '46042' }, 19616],
    ]);
  });

  it('leaves out a territory or commune the contract does not have, and a figure given twice', () => {
    const records = [
      poverty(),
      poverty({ area: { kind: 'territoire', code: 'QP031099' } }),
      poverty({ area: { kind: 'commune', name: 'Toulouse' } }),
      poverty({ value: 40 }),
      poverty({ area: { kind: 'territoire', code: 'QP046001' }, id: 'taux-bas-revenus' }),
    ];
    const collection = validateRecords('indicators.json', 'indicators', records, indicatorSchema);
    const joined = joinIndicators('indicators.json', collection, territories);
    expect(joined.byTerritory.get('terre-rouge')?.map((indicator) => indicator.id)).toEqual([
      'taux-pauvrete',
      'taux-bas-revenus',
    ]);
    expect(joined.rejected.map((record) => [record.index, record.problems[0]?.message])).toEqual([
      [1, 'code « QP031099 » : aucun territoire de territories.json n’a ce code'],
      [2, 'commune « Toulouse » : aucun territoire de territories.json n’y est situé'],
      [3, '« taux-pauvrete » déjà donné plus haut pour la même zone (le premier est gardé)'],
    ]);
  });
});

describe('neighbourhoodFigures', () => {
  const checked = () => joinIndicators('indicators.json', asCollection(shippedIndicators()), territories);

  it('gives Terre-Rouge’s figures by theme, each with its vintage and source, compared with Cahors where given', () => {
    const figures = neighbourhoodFigures(terreRouge, checked());
    if (figures.status !== 'ready') throw new Error('figures attendues');
    expect(figures.groups.map((group) => group.title)).toEqual([
      'Population',
      'Revenus et pauvreté',
      'Emploi',
    ]);
    const all = figures.groups.flatMap((group) => group.figures);
    const population = all.find((figure) => figure.id === 'population');
    expect(population?.own.text).toMatch(/^1\s036 habitants$/);
    expect(population?.comparisons.map((each) => [each.area, each.text])).toEqual([
      ['Cahors', expect.stringMatching(/^19\s616 habitants$/)],
    ]);
    const rate = all.find((figure) => figure.id === 'taux-pauvrete');
    expect(rate?.own.text).toMatch(/^39\s%$/);
    expect([rate?.own.vintage, rate?.own.source?.publisher]).toEqual([2017, 'INSEE']);
    const income = all.find((figure) => figure.id === 'revenu-disponible-median');
    expect(income?.details.map((detail) => [detail.label, detail.value])).toEqual([
      ['1er décile', 7778],
      ['9e décile', 25382],
    ]);
    expect(all.find((figure) => figure.id === 'demandeurs-emploi')?.details.map((d) => d.value)).toEqual([
      124, 106,
    ]);
    expect(all.find((figure) => figure.id === 'taux-emploi')?.details[0]?.text).toMatch(/^50,1\s%$/);
    expect(figures.comparedWith).toEqual(['Cahors']);
    expect(figures.sources.map((each) => [each.publisher, each.vintages])).toEqual([
      ['INSEE', [2015, 2017, 2020]],
    ]);
  });

  it('writes a figure missing from the file as « non disponible », never 0', () => {
    const joined = checked();
    const partial = (joined.byTerritory.get('terre-rouge') ?? []).filter(
      (each) => each.id !== 'taux-pauvrete',
    );
    const figures = neighbourhoodFigures(terreRouge, {
      ...joined,
      byTerritory: new Map([['terre-rouge', partial]]),
    });
    if (figures.status !== 'ready') throw new Error('figures attendues');
    const rate = figures.groups
      .flatMap((group) => group.figures)
      .find((figure) => figure.id === 'taux-pauvrete');
    expect(rate?.own).toMatchObject({ value: null, text: NOT_AVAILABLE_TEXT, source: null });
    expect(formatIndicatorValue(null, '%')).toBe('non disponible');
  });

  it('says plainly that a territory that is not a QPV has no statistics', () => {
    const figures = neighbourhoodFigures(sainteValerie, checked());
    expect(figures).toEqual({
      status: 'none',
      reason: expect.stringMatching(
        /Aucune statistique publique n’existe pour Sainte-Valérie : ce n’est pas un quartier prioritaire/,
      ),
    });
  });

  it('picks the six key figures of a slide, in their order, each as the page writes it', () => {
    const figures = neighbourhoodFigures(terreRouge, checked());
    if (figures.status !== 'ready') throw new Error('figures attendues');
    const key = neighbourhoodKeyFigures(figures);
    expect(key.map((figure) => figure.id)).toEqual([
      'population',
      'indice-jeunesse',
      'taux-pauvrete',
      'revenu-disponible-median',
      'taux-emploi',
      'demandeurs-emploi',
    ]);
    const all = figures.groups.flatMap((group) => group.figures);
    // The very objects of the page: the slide writes the same text, details and comparisons.
    for (const figure of key) expect(all).toContain(figure);
    // A figure the file lacks stays on the slide, « non disponible ».
    const joined = checked();
    const withoutIncome = neighbourhoodFigures(terreRouge, {
      ...joined,
      byTerritory: new Map([
        [
          'terre-rouge',
          (joined.byTerritory.get('terre-rouge') ?? []).filter((each) => !each.id.startsWith('revenu')),
        ],
      ]),
    });
    if (withoutIncome.status !== 'ready') throw new Error('figures attendues');
    expect(neighbourhoodKeyFigures(withoutIncome)[3]?.own.text).toBe(NOT_AVAILABLE_TEXT);
  });

  it('shows every indicator of the catalogue, and docs/figures.md defines each one', () => {
    expect(layoutIndicatorIds().sort()).toEqual(QPV_INDICATORS.map((indicator) => indicator.id).sort());
    const figuresDoc = readRepoFile('docs/figures.md');
    for (const indicator of QPV_INDICATORS) expect(figuresDoc).toContain(indicator.label);
  });
});

describe('neighbourhoodCsvRows', () => {
  it('writes every figure with its raw value, Cahors’s beside it, its unit, vintage and source', () => {
    const joined = joinIndicators('indicators.json', asCollection(shippedIndicators()), territories);
    const figures = neighbourhoodFigures(terreRouge, joined);
    if (figures.status !== 'ready') throw new Error('figures attendues');
    const rows = neighbourhoodCsvRows('Terre-Rouge', figures);
    expect(rows[0]).toEqual(['Thème', 'Indicateur', 'Terre-Rouge', 'Cahors', 'Unité', 'Millésime', 'Source']);
    expect(rows.find((row) => row[1] === 'Population')?.slice(2, 6)).toEqual([
      1036,
      19616,
      'habitants',
      2015,
    ]);
    expect(rows.find((row) => row[1] === 'Taux de pauvreté')?.slice(2, 6)).toEqual([39, '', '%', 2017]);
    expect(rows.find((row) => row[1] === 'Demandeurs d’emploi : femmes')?.[2]).toBe(124);
    // 16 figures, a row each, and the header.
    expect(rows).toHaveLength(17);
  });
});
