import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseCsv } from '../../../src/lib/csv';
import { downloadBlob } from '../../../src/lib/download';
import { mockContract } from '../../../src/mocks/handlers';
import { renderApp } from '../../support/render';

vi.mock('../../../src/lib/download', () => ({ downloadBlob: vi.fn() }));
const download = vi.mocked(downloadBlob);

/** The last file the page saved, read back as CSV cells, with its name. */
const lastCsv = async () => {
  const [blob, name] = download.mock.lastCall ?? [];
  if (!blob) throw new Error('nothing downloaded');
  return { name, rows: parseCsv(await blob.text()), raw: new Uint8Array(await blob.arrayBuffer()) };
};

beforeEach(() => download.mockClear());

describe('Table exports', () => {
  it('exports every action the filter keeps in the programmation template, not only the rows on screen', async () => {
    const { user } = renderApp('/actions?annee=2023');
    await user.click(
      await screen.findByRole('button', { name: 'Exporter en CSV : exporter « Actions retenues »' }),
    );
    const { name, rows, raw } = await lastCsv();
    expect(name).toBe('actions-retenues.csv');
    // UTF-8 BOM, so that Excel reads the accents.
    expect([...raw.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const in2023 = mockContract().actions.filter((action) => action.year === 2023);
    expect(rows).toHaveLength(in2023.length + 1);
    const ids = rows.slice(1).map((row) => row[rows[0]?.indexOf('Identifiant') ?? -1]);
    expect(new Set(ids)).toEqual(new Set(in2023.map((action) => action.id)));
  });

  it('exports the pillar × territory matrix with coverage and progress for each territory', async () => {
    const { user } = renderApp('/');
    await user.click(
      await screen.findByRole(
        'button',
        { name: 'Tableau CSV : exporter « Piliers et quartiers »' },
        { timeout: 5000 },
      ),
    );
    const { rows } = await lastCsv();
    expect(rows[0]?.slice(0, 3)).toEqual([
      'Pilier ou axe',
      'Terre-Rouge : couverture (%)',
      'Terre-Rouge : avancement (%)',
    ]);
    expect(rows[0]?.slice(-2)).toEqual(['Ensemble : couverture (%)', 'Ensemble : avancement (%)']);
    expect(rows.map((row) => row[0])).toContain('COHESION SOCIALE');
    // Numbers with a decimal comma, or words: never an empty cell standing for a 0.
    for (const row of rows.slice(1)) {
      for (const cell of row.slice(1)) expect(cell).toMatch(/^(\d+(,\d+)?|aucune action|non renseigné)$/);
    }
  });

  it('exports the changes since the last committee per pillar', async () => {
    const { user } = renderApp('/depuis-le-dernier-comite');
    await waitFor(
      () =>
        expect(screen.getAllByRole('button', { name: /^Tableau CSV : exporter « Évolution/ })).toHaveLength(
          2,
        ),
      {
        timeout: 5000,
      },
    );
    await user.click(
      screen.getByRole('button', {
        name: 'Tableau CSV : exporter « Évolution par pilier et axe depuis la date de référence »',
      }),
    );
    const { rows } = await lastCsv();
    expect(rows[1]?.[0]).toBe('Ensemble du contrat');
    expect(rows[0]?.at(-1)).toBe('Nouvelles');
    expect(rows).toHaveLength(1 + 1 + 6);
  });
});
