// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCommitteeArgs, runCommittee } from '../../scripts/record-committee';
import { repoRoot } from '../support/seed';

let data = '';
const contract = JSON.parse(readFileSync(join(repoRoot, 'public/data/meta.json'), 'utf8'));
// A key this version does not know (another tool's), to be kept as it is.
const initial = { ...contract, steeringCommittees: ['2022-10-04'], partnerNote: 'gardé' };

beforeEach(() => {
  data = mkdtempSync(join(tmpdir(), 'comite-'));
  writeFileSync(join(data, 'meta.json'), JSON.stringify(initial));
});
afterEach(() => rmSync(data, { recursive: true, force: true }));

const meta = () => JSON.parse(readFileSync(join(data, 'meta.json'), 'utf8'));
const run = (...argv: string[]) => runCommittee(parseCommitteeArgs([...argv, '--data', data]));

describe('npm run comite', () => {
  it('records a committee in meta.json, in date order, keeping every other key, and lists them', () => {
    const outcome = run('2023-06-26');
    expect(outcome).toMatchObject({ code: 0, err: [] });
    expect(outcome.out).toEqual([
      expect.stringMatching(/^Comité de pilotage du 26 juin 2023 enregistré dans .*meta\.json\.$/),
      '2 comités de pilotage enregistrés : 4 octobre 2022, 26 juin 2023.',
    ]);
    expect(meta()).toEqual({ ...initial, steeringCommittees: ['2022-10-04', '2023-06-26'] });
    expect(run().out).toEqual(['2 comités de pilotage enregistrés : 4 octobre 2022, 26 juin 2023.']);
  });

  it('refuses a date that is not a day, outside the contract’s period, or already there: exit 1, file unchanged', () => {
    for (const [date, message] of [
      ['2023-06-31', '« 2023-06-31 » n’est pas une date'],
      ['2024-03-01', 'hors de la période du contrat (2015–2023)'],
      ['04/10/2022', 'le comité de pilotage du 4 octobre 2022 est déjà enregistré'],
    ] as const) {
      const outcome = run(date);
      expect(outcome.code).toBe(1);
      expect(outcome.err[0]).toMatch(/^Rien n’a été écrit : /);
      expect(outcome.err[0]).toContain(message);
    }
    expect(meta()).toEqual(initial);
  });

  it('removes a committee with --retirer, and says when there is none that day', () => {
    expect(run('--retirer', '2022-10-04').out).toEqual([
      expect.stringMatching(/^Comité de pilotage du 4 octobre 2022 retiré de .*meta\.json\.$/),
      'Aucun comité de pilotage enregistré.',
    ]);
    expect(meta().steeringCommittees).toEqual([]);
    expect(run('--retirer', '2022-10-04')).toMatchObject({ code: 1 });
  });

  it('exits 2 without meta.json, and refuses unknown options', () => {
    rmSync(join(data, 'meta.json'));
    expect(run('2023-06-26')).toMatchObject({
      code: 2,
      err: [expect.stringMatching(/meta\.json introuvable/)],
    });
    expect(() => parseCommitteeArgs(['--force'])).toThrow(/option inconnue : --force/);
    expect(() => parseCommitteeArgs(['2023-06-26', '2023-06-27'])).toThrow(/une seule date à la fois/);
    expect(() => parseCommitteeArgs(['--retirer'])).toThrow(/indiquez la date du comité à retirer/);
  });

  it('runs as staff type it, through npm, with the message on stderr and exit code 1 on a refused date', () => {
    const ok = spawnSync('npm', ['run', '--silent', 'comite', '--', '2023-06-26', '--data', data], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('Comité de pilotage du 26 juin 2023 enregistré');
    const refused = spawnSync('npm', ['run', '--silent', 'comite', '--', '2023-06-26', '--data', data], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(
      'Rien n’a été écrit : le comité de pilotage du 26 juin 2023 est déjà enregistré.',
    );
    // Two runs of npm and tsx: seconds on a busy machine.
  }, 30_000);
});
