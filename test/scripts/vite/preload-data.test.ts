// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preloadData, preloadDataTags } from '../../../scripts/vite/preload-data';
import { env } from '../../../src/config/env';
import { actionsUrl } from '../../../src/features/actions/api/get-actions';
import { metaUrl } from '../../../src/features/contract/api/get-meta';
import { objectivesUrl } from '../../../src/features/objectives/api/get-objectives';
import { territoriesUrl } from '../../../src/features/territories/api/get-territories';
import { buildFixture } from '../../support/vite-fixture';

const hrefs = (html: string) =>
  [...html.matchAll(/<link rel="preload" href="([^"]+)" as="fetch" crossorigin="anonymous">/g)].map(
    (match) => match[1],
  );

describe('the data preloads', () => {
  it('name every document the app requests at start, and nothing else', () => {
    const preloaded = preloadDataTags(env.dataBaseUrl).map((tag) => tag.attrs?.href);
    expect(preloaded.sort()).toEqual([actionsUrl(), metaUrl(), objectivesUrl(), territoriesUrl()].sort());
  });

  it('are made for a build only: in development the mock API answers, once started', () => {
    expect(preloadData().apply).toBe('build');
  });

  describe('in a real build', () => {
    let fixture: Awaited<ReturnType<typeof buildFixture>>;
    beforeAll(async () => {
      fixture = await buildFixture({
        name: 'preload',
        plugins: [preloadData()],
        env: { VITE_DATA_URL: 'https://donnees.example.fr/contrat/' },
      });
    });
    afterAll(() => fixture?.remove());

    it('puts them in index.html, on the data server VITE_DATA_URL names', () => {
      expect(hrefs(fixture.built('index.html'))).toEqual([
        'https://donnees.example.fr/contrat/objectives.json',
        'https://donnees.example.fr/contrat/territories.json',
        'https://donnees.example.fr/contrat/meta.json',
        'https://donnees.example.fr/contrat/actions.json',
      ]);
    });
  });
});
