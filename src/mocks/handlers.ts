import { HttpResponse, http } from 'msw';
import annex from '../../seeds/000_d2f761683cab1619.txt?raw';
import { env } from '../config/env';
import type { ContractMeta } from '../domain/contract-meta';
import { parseAnnex } from '../domain/parse-annex';

/**
 * Mock answers for the contract's data API, shared by the tests (msw/node) and, later, development
 * (the browser worker). The objective tree is parsed from the seed annex, as the real build does.
 */
const parsed = parseAnnex(annex, '000_d2f761683cab1619.txt');
if (!parsed.ok) throw new Error(`seed annex does not parse: ${parsed.issues[0]?.message}`);
export const mockObjectives = parsed.tree;

export const mockMeta: ContractMeta = {
  contractName: 'Contrat de ville du Grand Cahors',
  contractCode: 'CV149',
  agglomeration: 'Communauté d’agglomération du Grand Cahors',
  period: { start: 2015, end: 2023 },
  dataDate: '2023-12-31',
  steeringCommittees: ['2023-06-15', '2023-12-07'],
  fictitious: true,
};

// Absolute, so that the same handlers match in the browser, in jsdom and in plain Node (no `location`).
const origin = typeof location === 'undefined' ? 'http://localhost' : location.origin;
export const dataUrl = (path: string) => new URL(`${env.dataBaseUrl}/${path}`, origin).href;

export const handlers = [
  http.get(dataUrl('objectives.json'), () => HttpResponse.json(mockObjectives)),
  http.get(dataUrl('meta.json'), () => HttpResponse.json(mockMeta)),
];
