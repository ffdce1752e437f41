import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatInteger } from '../../../src/lib/format';
import { mockActions } from '../../support/dashboard-page';
import { renderApp } from '../../support/render';

const comparison = () => screen.getByRole('table', { name: /comparés à ceux de l’ensemble du contrat/ });
const row = (label: string) =>
  within(comparison()).getByRole('rowheader', { name: label }).closest('tr') as HTMLElement;

describe('Territory page', () => {
  it('sets the territory against the whole contract, for the same filter', async () => {
    renderApp('/quartiers/terre-rouge?annee=2022');
    expect(await screen.findByRole('heading', { level: 1, name: 'Terre-Rouge' })).toBeInTheDocument();
    expect(screen.getByText(/Quartier prioritaire.*QP046001/)).toBeInTheDocument();
    const in2022 = mockActions().filter((action) => action.year === 2022);
    const here = in2022.filter((action) => action.territories.includes('terre-rouge'));
    await waitFor(() => expect(comparison()).toBeInTheDocument());
    expect(
      within(row('Actions'))
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([formatInteger(here.length), formatInteger(in2022.length)]);
    for (const title of [
      'Couverture par pilier : Terre-Rouge et ensemble du contrat',
      'Avancement par pilier : Terre-Rouge et ensemble du contrat',
    ]) {
      const figure = screen.getByRole('heading', { name: title }).closest('figure, section') as HTMLElement;
      expect(figure.querySelectorAll('.recharts-bar-rectangle').length).toBeGreaterThan(0);
      expect(within(figure).getAllByText('Ensemble du contrat').length).toBeGreaterThan(0);
    }
    // The territory is fixed by the page: no territory choice in the filter bar.
    expect(screen.queryByText('Quartiers', { selector: 'summary *' })).not.toBeInTheDocument();
  });

  it('says when the contract does not follow that territory', async () => {
    renderApp('/quartiers/atlantide');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Quartier introuvable' }),
    ).toBeInTheDocument();
  });
});
