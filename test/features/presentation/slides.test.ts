import { describe, expect, it } from 'vitest';
import { emptyFilter } from '../../../src/domain/action-filter';
import { computeDashboard } from '../../../src/domain/dashboard-figures';
import { deckParam, resolveDeck } from '../../../src/features/presentation/deck';
import {
  domainSlideRows,
  MAX_ROWS_WITH_OPERATIONAL,
  overviewSlideFigures,
  strategicSlideRows,
  territorySlideRows,
  totalRow,
} from '../../../src/features/presentation/slide-data';
import { buildSlides, type DeckExtras } from '../../../src/features/presentation/slides';
import { deckExtrasOf } from '../../../src/features/presentation/use-deck-extras';
import { actions, dashboardIndex, dashboardTerritories, NORD, SUD } from '../../support/dashboard-fixtures';

/** fr-FR figures are spaced with (narrow) no-break spaces; the expectations are written with plain ones. */
const plain = (text: string | undefined) => text?.replace(/[\u00a0\u202f]/g, ' ');

const figuresOf = (list = sample(), filter = emptyFilter) =>
  computeDashboard({
    index: dashboardIndex,
    territories: dashboardTerritories,
    actions: list,
    filter,
    referenceDate: '2023-11-30',
  });

// P1.1.1 twice (one in both territories), P2.1.1 once; T1 and P1.2.1 have no action.
const sample = () =>
  actions(
    { objectives: ['P1.1.1'], territories: [NORD], progressHistory: [{ date: '2023-06-30', progress: 40 }] },
    {
      objectives: ['P1.1.1'],
      territories: [NORD, SUD],
      progressHistory: [{ date: '2023-06-30', progress: 80 }],
    },
    {
      objectives: ['P2.1.1'],
      territories: [SUD],
      status: 'realisee',
      progressHistory: [{ date: '2023-09-30', progress: 100 }],
    },
    { objectives: ['P1.2.1'], territories: [SUD], status: 'abandonnee' },
  );

describe('buildSlides', () => {
  it('gives the overview, the domains then each domain, the territories then each, the gaps, and the changes', () => {
    expect(buildSlides(figuresOf()).map((slide) => slide.key)).toEqual([
      'vue-ensemble',
      'piliers',
      'pilier-T1',
      'pilier-P1',
      'pilier-P2',
      'quartiers',
      `quartier-${NORD}`,
      `quartier-${SUD}`,
      'objectifs-sans-action',
      'depuis-le-dernier-comite',
    ]);
  });

  it('keeps only the pillars and territories the filter keeps', () => {
    const filter = { ...emptyFilter, domains: ['P2'], territories: [SUD] };
    const list = sample().filter((item) => item.objectives.includes('P2.1.1'));
    const keys = buildSlides(figuresOf(list, filter)).map((slide) => slide.key);
    expect(keys).toContain('pilier-P2');
    expect(keys).not.toContain('pilier-P1');
    expect(keys).toContain(`quartier-${SUD}`);
    expect(keys).not.toContain(`quartier-${NORD}`);
  });

  it('titles a domain slide with its code and label, and a territory slide with its name', () => {
    const titles = buildSlides(figuresOf()).map((slide) => slide.title);
    expect(titles).toContain('P2 · EMPLOI ET DEVELOPPEMENT ECONOMIQUE');
    expect(titles).toContain('Quartier Nord');
  });
});

describe('the neighbourhoods’ slides', () => {
  const keys = (extras?: DeckExtras, figures = figuresOf()) =>
    buildSlides(figures, extras).map((slide) => slide.key);
  const known = (...ids: string[]): DeckExtras['statistics'] => ({
    status: 'known',
    territories: new Set(ids),
  });

  it('puts the map right after the overview, then each territory’s statistics, when the documents give them', () => {
    expect(keys({ map: true, statistics: known(NORD) }).slice(0, 4)).toEqual([
      'vue-ensemble',
      'carte',
      `chiffres-${NORD}`,
      'piliers',
    ]);
    const statistics = buildSlides(figuresOf(), { map: true, statistics: known(NORD) })[2];
    expect(statistics).toMatchObject({ kind: 'statistics', title: 'Quartier Nord en chiffres' });
  });

  it('gives neither when the documents give nothing, nor a statistics slide to a territory without figures', () => {
    expect(keys()).not.toContain('carte');
    expect(keys({ map: false, statistics: known() }).some((key) => key.startsWith('chiffres-'))).toBe(false);
    expect(keys({ map: true, statistics: known(SUD) })).toEqual(
      expect.arrayContaining(['carte', `chiffres-${SUD}`]),
    );
    expect(keys({ map: true, statistics: known(SUD) })).not.toContain(`chiffres-${NORD}`);
  });

  it('offers the statistics of the priority neighbourhoods while the figures load or when they failed', () => {
    const ids = keys({ map: true, statistics: { status: 'qpv' } });
    // Quartier Nord is a QPV, Quartier Sud a watched area (no INSEE figures).
    expect(ids).toContain(`chiffres-${NORD}`);
    expect(ids).not.toContain(`chiffres-${SUD}`);
  });

  it('keeps a statistics slide to the territories the filter keeps', () => {
    const filter = { ...emptyFilter, territories: [SUD] };
    const ids = keys({ map: true, statistics: known(NORD, SUD) }, figuresOf(sample(), filter));
    expect(ids).toContain(`chiffres-${SUD}`);
    expect(ids).not.toContain(`chiffres-${NORD}`);
    // The map shows every territory (those outside the filter say so): it stays.
    expect(ids).toContain('carte');
  });

  it('round-trips the new ids through the address: a prepared deck opens them in its order', () => {
    const all = buildSlides(figuresOf(), { map: true, statistics: known(NORD) });
    const chosen = [`chiffres-${NORD}`, 'vue-ensemble', 'carte'];
    expect(resolveDeck(all, deckParam(all, chosen)).slides.map((slide) => slide.key)).toEqual(chosen);
    // Without the documents, the same link names ids the view has no slide for.
    const without = buildSlides(figuresOf());
    expect(resolveDeck(without, chosen)).toMatchObject({ ignored: [`chiffres-${NORD}`, 'carte'] });
  });
});

describe('deckExtrasOf', () => {
  const pending = { status: 'pending' } as const;
  const failed = { status: 'error', error: new Error('500'), retry: () => {}, retrying: false } as const;
  const unpublished = { status: 'unpublished' } as const;
  const perimeters = (territories: number, communes: number) =>
    ({
      status: 'ready',
      data: {
        territories: Array.from({ length: territories }, () => ({})),
        communes: Array.from({ length: communes }, () => ({})),
        rejected: [],
      },
      territories: [],
    }) as unknown as Parameters<typeof deckExtrasOf>[0];
  const indicators = (byTerritory: [string, number][]) =>
    ({
      status: 'ready',
      data: {
        byTerritory: new Map(
          byTerritory.map(([id, count]) => [id, Array.from({ length: count }, () => ({}))]),
        ),
        references: [],
        rejected: [],
      },
      territories: [],
    }) as unknown as Parameters<typeof deckExtrasOf>[1];

  it('offers the map when perimeters.json draws something, and not when it is not published', () => {
    expect(deckExtrasOf(perimeters(1, 2), unpublished).map).toBe(true);
    expect(deckExtrasOf(perimeters(0, 1), unpublished).map).toBe(true);
    expect(deckExtrasOf(perimeters(0, 0), unpublished).map).toBe(false);
    expect(deckExtrasOf(unpublished, unpublished).map).toBe(false);
  });

  it('offers the map while perimeters.json loads or when it failed: the slide says which', () => {
    expect(deckExtrasOf(pending, unpublished).map).toBe(true);
    expect(deckExtrasOf(failed, unpublished).map).toBe(true);
  });

  it('names the territories indicators.json gives figures for, none when unpublished, the QPVs meanwhile', () => {
    const ready = deckExtrasOf(
      unpublished,
      indicators([
        ['terre-rouge', 16],
        ['sainte-valerie', 0],
      ]),
    );
    expect(ready.statistics).toEqual({ status: 'known', territories: new Set(['terre-rouge']) });
    expect(deckExtrasOf(unpublished, unpublished).statistics).toEqual({
      status: 'known',
      territories: new Set(),
    });
    expect(deckExtrasOf(unpublished, pending).statistics).toEqual({ status: 'qpv' });
    expect(deckExtrasOf(unpublished, failed).statistics).toEqual({ status: 'qpv' });
  });
});

describe('slide data', () => {
  it('writes the overview figures with what they are made of', () => {
    const figures = overviewSlideFigures(figuresOf());
    const byKey = Object.fromEntries(figures.map((figure) => [figure.key, figure]));
    // Two of the seven operational objectives are covered (P1.1.1, P2.1.1); the abandoned action does not count.
    expect(plain(byKey.coverage?.value)).toBe('29 %');
    expect(byKey.coverage?.detail).toBe('2 objectifs opérationnels sur 7 ont au moins une action');
    const one = overviewSlideFigures(figuresOf(actions({ objectives: ['P2.1.1'] }))).find(
      (figure) => figure.key === 'coverage',
    );
    expect(one?.detail).toBe('1 objectif opérationnel sur 7 a au moins une action');
    // Mean of P1.1.1 (60) and P2.1.1 (100).
    expect(plain(byKey.progress?.value)).toBe('80 %');
    expect(byKey.actions?.value).toBe('4');
  });

  it('counts the late actions on the data date, and says "non calculé" when the data have no date', () => {
    const late = actions({ objectives: ['P2.1.1'], status: 'en-cours', endDate: '2023-06-30' });
    const dated = overviewSlideFigures(figuresOf(late)).find((figure) => figure.key === 'late');
    expect(dated).toMatchObject({ value: '1', detail: expect.stringContaining('à la date des données') });
    const undated = overviewSlideFigures(
      computeDashboard({
        index: dashboardIndex,
        territories: dashboardTerritories,
        actions: late,
        filter: emptyFilter,
        referenceDate: null,
      }),
    ).find((figure) => figure.key === 'late');
    expect(undated).toEqual({
      key: 'late',
      label: 'En retard',
      value: 'non calculé',
      detail: 'les données ne sont pas datées',
    });
  });

  it('says "non renseigné" and never 0 % where nothing was reported', () => {
    const figures = figuresOf(actions({ objectives: ['P2.1.1'] }));
    const progress = overviewSlideFigures(figures).find((figure) => figure.key === 'progress');
    expect(progress?.value).toBe('non renseigné');
    expect(progress?.detail).toBe('aucun avancement déclaré');
    const row = domainSlideRows(figures.domains, figures.rollUp).find((item) => item.key === 'P2');
    expect(row?.values.progress).toBeNull();
    expect(row?.valueLabels.progress).toBe('non renseigné');
  });

  it('gives each domain its coverage, progress and number of actions, under a total row', () => {
    const figures = figuresOf();
    const rows = domainSlideRows(figures.domains, figures.rollUp);
    expect(rows.map((row) => [row.key, plain(row.valueLabels.coverage), row.extraCells?.actions])).toEqual([
      ['T1', '0 % (0/2)', '0'],
      ['P1', '33 % (1/3)', '3'],
      ['P2', '50 % (1/2)', '1'],
    ]);
    expect(totalRow('Ensemble du contrat', figures.contract)).toMatchObject({
      label: 'Ensemble du contrat',
      values: { coverage: 28.6, progress: 80 },
      extraCells: { actions: '4' },
    });
  });

  it('breaks a small domain down by strategic objective, each with its operational ones under it', () => {
    const figures = figuresOf();
    const p1 = figures.domains.find((domain) => domain.code === 'P1');
    if (!p1) throw new Error('no P1');
    expect(
      strategicSlideRows(p1, figures.rollUp).map((row) => [
        row.key,
        row.level,
        plain(row.valueLabels.coverage),
        plain(row.valueLabels.progress),
      ]),
    ).toEqual([
      ['P1.1', 0, '50 % (1/2)', '60 %'],
      // An operational objective is covered or not; its progress, or why there is none.
      ['P1.1.1', 1, 'couvert', '60 %'],
      ['P1.1.2', 1, 'aucune action', 'aucune action'],
      // The abandoned action covers nothing.
      ['P1.2', 0, '0 % (0/1)', 'non renseigné'],
      ['P1.2.1', 1, 'aucune action', 'aucune action'],
    ]);
  });

  it('keeps a large domain to its strategic objectives, whatever the levels in between', () => {
    const figures = figuresOf();
    const p1 = figures.domains.find((domain) => domain.code === 'P1');
    const strategic = p1?.children.flatMap((child) =>
      child.kind === 'strategic' ? [child] : child.children,
    );
    const first = strategic?.[0];
    if (!p1 || !first) throw new Error('no P1.1');
    // P1 with more operational objectives than a slide holds under their strategic ones.
    const operational = Array.from({ length: MAX_ROWS_WITH_OPERATIONAL }, (_, index) => ({
      ...first.children[0],
      code: `P1.1.${index + 1}`,
    })) as typeof first.children;
    const large = { ...p1, children: [{ ...first, children: operational }] };
    expect(strategicSlideRows(large, figures.rollUp).map((row) => [row.key, row.level])).toEqual([
      ['P1.1', undefined],
    ]);
  });

  it('counts each territory over its own actions', () => {
    const rows = territorySlideRows(figuresOf());
    expect(rows.map((row) => [row.label, row.extraCells?.actions])).toEqual([
      ['Quartier Nord', '2'],
      ['Quartier Sud', '3'],
    ]);
  });
});
