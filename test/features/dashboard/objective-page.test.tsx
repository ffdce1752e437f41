import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatInteger } from '../../../src/lib/format';
import { mockActions } from '../../support/dashboard-page';
import { renderApp } from '../../support/render';

describe('Operational objective page', () => {
  it('lists its actions with status, progress history and funding, and charts the latest year', async () => {
    const { container } = renderApp('/objectifs/P2.3.1');
    expect(
      await screen.findByRole('heading', { level: 1, name: /P2\.3\.1 Créer les conditions/ }),
    ).toBeInTheDocument();
    const own = mockActions().filter((action) => action.objectives.includes('P2.3.1'));
    expect(
      await screen.findByRole('heading', { level: 2, name: `Actions (${formatInteger(own.length)})` }),
    ).toBeInTheDocument();
    // One objective: the coverage says so in the singular.
    expect(screen.getByText('1 objectif opérationnel sur 1 a au moins une action')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /Actions de l’objectif/ });
    expect(within(table).getAllByRole('row')).toHaveLength(own.length + 1);
    // Every progress report of every action is dated in the table.
    const reports = own.reduce((sum, action) => sum + action.progressHistory.length, 0);
    expect(table.querySelectorAll('time')).toHaveLength(reports);
    expect(within(table).getAllByText(/^État \(BOP 147\) : /).length).toBe(
      own.filter((action) => (action.budget.funding.etat ?? 0) > 0).length,
    );
    const latest = Math.max(...own.map((action) => action.year));
    expect(
      screen.getByRole('heading', { name: `Avancement des actions ${latest} au fil des rapports` }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(container.querySelectorAll('svg.recharts-surface').length).toBeGreaterThanOrEqual(1),
    );
    // The breadcrumb leads back to the pillar, keeping no filter when there is none.
    expect(screen.getByRole('link', { name: 'COHESION SOCIALE' })).toHaveAttribute('href', '/piliers/P2');
  });

  it('follows the filter of the address', async () => {
    renderApp('/objectifs/P2.3.1?statut=realisee');
    const kept = mockActions().filter(
      (action) => action.objectives.includes('P2.3.1') && action.status === 'realisee',
    );
    expect(
      await screen.findByRole('heading', { level: 2, name: `Actions (${formatInteger(kept.length)})` }),
    ).toBeInTheDocument();
  });

  it('says when the code is not an operational objective', async () => {
    renderApp('/objectifs/P2.3');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Objectif introuvable' }),
    ).toBeInTheDocument();
  });
});
