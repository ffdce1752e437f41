import { delay, HttpResponse, http, type JsonBodyType } from 'msw';
import indicatorsDocument from '../../public/data/indicators.json';
import perimetersDocument from '../../public/data/perimeters.json';
import territoriesDocument from '../../public/data/territories.json';
import annex from '../../seeds/000_d2f761683cab1619.txt?raw';
import { env } from '../config/env';
import type { Action } from '../domain/action';
import { parseAnnex } from '../domain/parse-annex';
import { type Territory, territorySchema } from '../domain/territory';
import { type GeneratedContract, generateContract } from './generate-contract';
import { defaultMockSettings, type MockSettings, type MockTarget } from './mock-settings';

/**
 * Mock answers for the contract's data API, shared by the tests (msw/node) and development (the browser
 * worker). The objective tree is parsed from the seed annex, as the real build does; the territories are the
 * contract's real ones, and so are their perimeters and public statistics (the files `npm run territories`
 * wrote from the open data); the actions, meta and committees come from the seeded generator.
 */
const parsed = parseAnnex(annex, '000_d2f761683cab1619.txt');
if (!parsed.ok) throw new Error(`seed annex does not parse: ${parsed.issues[0]?.message}`);
export const mockObjectives = parsed.tree;

export const mockTerritories = territorySchema.array().parse(territoriesDocument.territories);

// Generating 100 000 actions takes a moment: keep the last data set, keyed by what shaped it.
let cache: { key: string; contract: GeneratedContract } | null = null;
export const mockContract = ({
  actions,
  seed,
}: Pick<MockSettings, 'actions' | 'seed'> = defaultMockSettings) => {
  const key = `${actions}:${seed}`;
  if (cache?.key !== key) {
    cache = {
      key,
      contract: generateContract({
        tree: mockObjectives,
        territories: mockTerritories,
        seed,
        ...(actions === null ? {} : { totalActions: actions }),
      }),
    };
  }
  return cache.contract;
};

export const mockMeta = mockContract().meta;

/** The real perimeters and statistics of public/data: context, never generated. */
export const mockPerimeters = perimetersDocument as JsonBodyType;
export const mockIndicators = indicatorsDocument as JsonBodyType;

// Absolute, so that the same handlers match in the browser, in jsdom and in plain Node (no `location`).
const origin = typeof location === 'undefined' ? 'http://localhost' : location.origin;
export const dataUrl = (path: string) => new URL(`${env.dataBaseUrl}/${path}`, origin).href;

/**
 * The faults the "invalid-records" mode plants, one every INVALID_EVERY records, in turn: schema faults
 * (dropped by the fetch layer) and reference faults (dropped once the tree and territories are known).
 */
export const INVALID_EVERY = 25;
const actionFaults: ((action: Action) => unknown)[] = [
  (action) => ({ ...action, progress: 140, progressHistory: [] }),
  (action) => ({ ...action, title: '' }),
  (action) => ({ ...action, objectives: ['P9.9.9'] }),
  (action) => ({ ...action, territories: ['quartier-inconnu'] }),
  (action) => ({ ...action, status: 'terminee' }),
  (action) => ({
    ...action,
    budget: { ...action.budget, funding: { etat: action.budget.totalCost + 1000 } },
  }),
  (action) => ({ ...action, porteur: { ...action.porteur, name: 'Contact : accueil@exemple.fr' } }),
];

export const corruptActions = (actions: readonly Action[]) =>
  actions.map((action, index) =>
    index % INVALID_EVERY === INVALID_EVERY - 1
      ? (actionFaults[Math.floor(index / INVALID_EVERY) % actionFaults.length]?.(action) ?? action)
      : action,
  );

// Each fault is planted in the very body the handler was about to serve.
const corrupt = (target: MockTarget, body: JsonBodyType): JsonBodyType => {
  switch (target) {
    case 'actions':
      return { actions: corruptActions((body as { actions: Action[] }).actions) } as JsonBodyType;
    case 'territories': {
      // The last territory loses its kind: the actions placed there are then reported as well.
      const { territories } = body as { territories: Territory[] };
      return {
        territories: territories.map((territory, index) =>
          index === territories.length - 1 ? { ...territory, kind: 'quartier' } : territory,
        ),
      } as JsonBodyType;
    }
    case 'meta':
      return { ...(body as object), contractName: '' } as JsonBodyType;
    case 'objectives':
      return { ...(body as object), nodes: 'aucun' } as JsonBodyType;
    case 'perimeters': {
      // The last feature (a commune's outline) in Lambert-93 metres, as a GIS export forgets to reproject.
      const { features } = body as { features: { geometry: { coordinates: number[][][] } }[] };
      return {
        ...(body as object),
        features: features.map((feature, index) =>
          index === features.length - 1
            ? {
                ...feature,
                geometry: {
                  ...feature.geometry,
                  coordinates: feature.geometry.coordinates.map((ring) =>
                    ring.map(([lon = 0, lat = 0]) => [
                      Math.round(700_000 + (lon - 3) * 79_000),
                      Math.round(6_600_000 + (lat - 46.5) * 111_000),
                    ]),
                  ),
                },
              }
            : feature,
        ),
      } as JsonBodyType;
    }
    case 'indicators': {
      // The last indicator (the commune's population) loses its unit.
      const { indicators } = body as { indicators: object[] };
      return {
        indicators: indicators.map((indicator, index) =>
          index === indicators.length - 1 ? { ...indicator, unit: 'hab.' } : indicator,
        ),
      } as JsonBodyType;
    }
  }
};

const json = (text: string) => new HttpResponse(text, { headers: { 'Content-Type': 'application/json' } });

/**
 * Handlers for the six documents. `settings` is read on every request, so that the development panel can
 * change the mode without reloading the page.
 */
export const createHandlers = (settings: () => MockSettings = () => defaultMockSettings) => {
  const serve = (target: MockTarget, body: (current: MockSettings) => JsonBodyType) => async () => {
    const current = settings();
    if (current.latencyMs > 0) await delay(current.latencyMs);
    // "No actions" can only be about actions.json; every other failure hits the chosen document.
    const failing = current.failure === 'no-actions' ? 'actions' : current.target;
    if (current.failure === 'none' || failing !== target) return HttpResponse.json(body(current));
    switch (current.failure) {
      case 'no-actions':
      case 'not-found':
        return new HttpResponse('Not found', { status: 404 });
      case 'http-500':
        return new HttpResponse('Erreur interne du serveur (simulée)', { status: 500 });
      case 'timeout':
        await delay('infinite');
        return new HttpResponse(null, { status: 504 });
      case 'malformed-json': {
        const text = JSON.stringify(body(current));
        return json(text.slice(0, Math.floor(text.length / 2)));
      }
      case 'invalid-records':
        return HttpResponse.json(corrupt(target, body(current)));
    }
  };
  return [
    http.get(
      dataUrl('meta.json'),
      serve('meta', (current) => mockContract(current).meta),
    ),
    http.get(
      dataUrl('objectives.json'),
      serve('objectives', () => mockObjectives),
    ),
    http.get(
      dataUrl('territories.json'),
      serve('territories', (current) => ({ territories: mockContract(current).territories })),
    ),
    http.get(
      dataUrl('actions.json'),
      serve('actions', (current) => ({ actions: mockContract(current).actions })),
    ),
    http.get(
      dataUrl('perimeters.json'),
      serve('perimeters', () => mockPerimeters),
    ),
    http.get(
      dataUrl('indicators.json'),
      serve('indicators', () => mockIndicators),
    ),
  ];
};

export const handlers = createHandlers();
