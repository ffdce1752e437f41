// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseEnv } from '../../src/config/parse-env';

describe('parseEnv', () => {
  it.each<[Record<string, string>, string]>([
    [{}, '/data'],
    [{ BASE_URL: '/' }, '/data'],
    [{ BASE_URL: '/cap-quartiers/' }, '/cap-quartiers/data'],
    [{ VITE_DATA_URL: '/donnees/' }, '/donnees'],
    [
      { VITE_DATA_URL: 'https://donnees.example.fr/contrat-de-ville/' },
      'https://donnees.example.fr/contrat-de-ville',
    ],
    [{ VITE_DATA_URL: ' http://127.0.0.1:8080/data ', BASE_URL: '/app/' }, 'http://127.0.0.1:8080/data'],
  ])('reads the data base URL from %j', (raw, expected) => {
    expect(parseEnv(raw).dataBaseUrl).toBe(expected);
  });

  it.each(['donnees', 'ftp://example.fr/data', 'https://'])('refuses VITE_DATA_URL=%j', (value) => {
    expect(() => parseEnv({ VITE_DATA_URL: value })).toThrow(/VITE_DATA_URL doit être un chemin/);
  });

  it('turns the mock API on by default and off with VITE_MOCK_API=false', () => {
    expect(parseEnv({}).mockApi).toBe(true);
    expect(parseEnv({ VITE_MOCK_API: 'false' }).mockApi).toBe(false);
    expect(() => parseEnv({ VITE_MOCK_API: 'non' })).toThrow();
  });

  it('knows a demo build by VITE_DEMO_BUILD=true, and any other build as not one', () => {
    expect(parseEnv({}).demoBuild).toBe(false);
    expect(parseEnv({ VITE_DEMO_BUILD: 'true' }).demoBuild).toBe(true);
    expect(() => parseEnv({ VITE_DEMO_BUILD: 'oui' })).toThrow();
  });
});
