// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildIndicators,
  parseTerritoriesArgs,
  readNumber,
  runTerritories,
  type TerritoriesArgs,
} from '../../scripts/build-territories';
import { repoRoot } from '../support/seed';
import { shippedTerritories } from '../support/territory-context';

const dir = mkdtempSync(join(tmpdir(), 'territories-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const seed = (name: string) => join(repoRoot, 'seeds/open-data', name);
const QPV = seed('qpv-occitanie-2015.geojson');
const CSV = seed('qpv-occitanie-2015-indicateurs.csv');
const COMMUNES = seed('communes-cahors-pradines.geojson');

const args = (out: string, changes: Partial<TerritoriesArgs> = {}): TerritoriesArgs => ({
  perimeters: QPV,
  indicators: CSV,
  communes: COMMUNES,
  data: join(repoRoot, 'public/data'),
  out,
  ...changes,
});

describe('npm run territories', () => {
  it('writes, from the regional open data, exactly the perimeters.json and indicators.json the app ships', () => {
    const out = join(dir, 'ok');
    const outcome = runTerritories(args(out));
    expect(outcome.err).toEqual([]);
    expect(outcome.code).toBe(0);
    for (const name of ['perimeters.json', 'indicators.json']) {
      expect(readFileSync(join(out, name), 'utf8')).toBe(
        readFileSync(join(repoRoot, 'public/data', name), 'utf8'),
      );
    }
    expect(outcome.out).toContain('perimeters.json : terre-rouge ; 2 commune(s) en fond de carte');
    expect(outcome.out).toContain('indicators.json : 17 valeurs');
  });

  it('keeps only the contract’s own QPV out of the 105 of Occitanie, with its 122 positions', () => {
    const out = join(dir, 'only');
    runTerritories(args(out));
    const written = JSON.parse(readFileSync(join(out, 'perimeters.json'), 'utf8'));
    const qpv = written.features.filter(
      (feature: { properties: { kind: string } }) => feature.properties.kind === 'territoire',
    );
    expect(qpv).toHaveLength(1);
    expect(qpv[0].properties).toMatchObject({ territory: 'terre-rouge', code: 'QP046001', vintage: 2015 });
    expect(qpv[0].geometry.coordinates[0]).toHaveLength(122);
  });

  it('refuses a perimeter in Lambert-93 metres, names the feature and the field, and writes nothing', () => {
    const source = JSON.parse(readFileSync(QPV, 'utf8'));
    source.features = source.features.map(
      (feature: { properties: { code_qp: string }; geometry: { coordinates: number[][][] } }) =>
        feature.properties.code_qp === 'QP046001'
          ? {
              ...feature,
              geometry: {
                ...feature.geometry,
                coordinates: feature.geometry.coordinates.map((ring) =>
                  ring.map(([lon = 0, lat = 0]) => [
                    Math.round(700000 + (lon - 3) * 79000),
                    Math.round(6600000 + (lat - 46.5) * 111000),
                  ]),
                ),
              },
            }
          : feature,
    );
    const file = join(dir, 'lambert.geojson');
    writeFileSync(file, JSON.stringify(source));
    const out = join(dir, 'lambert');
    const outcome = runTerritories(args(out, { perimeters: file }));
    expect(outcome.code).toBe(1);
    expect(outcome.written).toEqual([]);
    expect(outcome.err[1]).toMatch(
      /^- lambert\.geojson, entité n.\s\d+ \(QP046001\) : geometry\.coordinates\[0\]\[0\] : coordonnées .*Lambert-93/,
    );
    // One line per position would be 122: three, and how many more.
    expect(outcome.err).toHaveLength(5);
    expect(outcome.err[4]).toMatch(/… et 119 autres problèmes$/);
    expect(() => readFileSync(join(out, 'indicators.json'))).toThrow();
  });

  it('says which QPV of the contract a file lacks, and which cell is not a number', () => {
    const csv = readFileSync(CSV, 'utf8').replace(
      /(QP046001,Terre Rouge,Cahors,1036,1036,19616,1\.7000000000000002,21\.3)/,
      '$1x',
    );
    const file = join(dir, 'bad.csv');
    writeFileSync(file, csv);
    const outcome = runTerritories(
      args(join(dir, 'bad'), { indicators: file, perimeters: null, communes: null }),
    );
    expect(outcome.code).toBe(1);
    expect(outcome.err).toContainEqual(
      expect.stringMatching(/^- bad\.csv, ligne \d+, colonne tx_tot_et : « 21\.3x » n’est pas un nombre$/),
    );

    const other = { type: 'FeatureCollection', features: [] };
    const empty = join(dir, 'empty.geojson');
    writeFileSync(empty, JSON.stringify(other));
    const missing = runTerritories(
      args(join(dir, 'missing'), { perimeters: empty, indicators: null, communes: null }),
    );
    expect(missing.err).toContain('- empty.geojson : QP046001 (Terre-Rouge) absent du fichier');
  });

  it('reads an empty cell as « not available » (null), never 0, and cleans binary artefacts', () => {
    expect(readNumber('')).toBeNull();
    expect(readNumber('1.7000000000000002')).toBe(1.7);
    expect(readNumber('39,5')).toBe(39.5);
    expect(readNumber('n.d.')).toBeUndefined();
    const header =
      'code_qp,nom_commune,pop_mun,pop_com,ind_jeune,tx_tot_et,tx_f,tp60,brev,disp_q2,disp_d1,disp_d9,pmimp,tx_tot_empl,tx_f_empl,tx_tot_eprec,abcde,abcde_f,abcde_h';
    const row =
      'QP046001,Cahors,1036,19616,1.7,21.3,52.2,,54,14234,7778,25382,30.4,49.7,50.1,21.1,230,124,106';
    const built = buildIndicators({
      territories: shippedTerritories(),
      indicators: { file: 'qp.csv', text: `${header}\n${row}\n` },
    });
    expect(built.problems).toEqual([]);
    const poverty = built.document?.indicators.find((indicator) => indicator.id === 'taux-pauvrete');
    expect(poverty?.value).toBeNull();
  });

  it('notes that territories.json’s population differs from INSEE’s', () => {
    const data = join(dir, 'data-1000');
    const territories = JSON.parse(readFileSync(join(repoRoot, 'public/data/territories.json'), 'utf8'));
    territories.territories[0].population = 1000;
    mkdirSync(data, { recursive: true });
    writeFileSync(join(data, 'territories.json'), JSON.stringify(territories));
    const outcome = runTerritories(args(join(dir, 'pop'), { data, perimeters: null, communes: null }));
    expect(outcome.code).toBe(0);
    expect(outcome.out).toContainEqual(
      expect.stringMatching(
        /^Note : territories\.json donne 1\s000 habitants pour Terre-Rouge ; le fichier en compte 1\s036/,
      ),
    );
  });

  it('reads its arguments, and refuses what it does not know', () => {
    expect(parseTerritoriesArgs(['--indicateurs', 'qp.csv']).perimeters).toBeNull();
    expect(() => parseTerritoriesArgs([])).toThrow(/au moins --perimetres ou --indicateurs/);
    expect(() => parseTerritoriesArgs(['--communes', 'c.geojson', '--indicateurs', 'qp.csv'])).toThrow(
      /--perimetres/,
    );
    expect(() => parseTerritoriesArgs(['--perimetre', 'x'])).toThrow(/argument inconnu : --perimetre/);
  });

  it('runs as an npm script, exits 2 on a missing file', () => {
    const run = spawnSync(
      'npx',
      ['tsx', 'scripts/build-territories.ts', '--perimetres', join(dir, 'nope.geojson')],
      {
        cwd: repoRoot,
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Fichier introuvable ou illisible : .*nope\.geojson/);
  });
});
