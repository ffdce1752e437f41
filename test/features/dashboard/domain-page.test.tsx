import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { flattenTree } from '../../../src/domain/objective-tree-queries';
import { formatInteger } from '../../../src/lib/format';
import { mockObjectives } from '../../../src/mocks/handlers';
import { keyFigure, mockActions, ruleDisclosure } from '../../support/dashboard-page';
import { renderApp } from '../../support/render';

const pillar = (code: string) => {
  const node = mockObjectives.nodes.find((candidate) => candidate.code === code);
  if (!node) throw new Error(`fixture: no ${code} in the seed`);
  return node;
};

describe('Pillar and axis pages', () => {
  it('shows a pillar: its figures, one chart per strategic objective, and every objective in a table', async () => {
    const { container } = renderApp('/piliers/P2');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Pilier : COHESION SOCIALE' }),
    ).toBeInTheDocument();
    const strategic = flattenTree([pillar('P2')]).filter((node) => node.kind === 'strategic');
    await waitFor(() =>
      expect(container.querySelectorAll('svg.recharts-surface')).toHaveLength(strategic.length),
    );
    for (const node of strategic) {
      expect(screen.getByRole('heading', { name: `${node.code} ${node.label}` })).toBeInTheDocument();
    }
    // The themes stay as headings between the charts.
    expect(screen.getByRole('heading', { level: 2, name: /^Thématique : LA SANTE/ })).toBeInTheDocument();
    const p2Actions = mockActions().filter((action) =>
      action.objectives.some((code) => code.startsWith('P2.')),
    );
    expect(keyFigure('Actions')).toBe(formatInteger(p2Actions.length));
    const table = screen.getByRole('table', { name: /Objectifs stratégiques et opérationnels/ });
    const operational = flattenTree([pillar('P2')]).filter((node) => node.kind === 'operational');
    expect(within(table).getAllByRole('link')).toHaveLength(operational.length);
    // Each operational objective's label in its chart links to its page too.
    const chart = screen.getByRole('heading', { name: /^P2\.1 / }).closest('figure') as HTMLElement;
    expect(
      within(within(chart).getByRole('list', { name: 'Pages des objectifs opérationnels' }))
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(
      flattenTree([pillar('P2')])
        .filter((node) => node.kind === 'operational' && node.code.startsWith('P2.1.'))
        .map((node) => `/objectifs/${node.code}`),
    );
    // How the figures are computed, folded under them.
    const rules = ruleDisclosure('Chiffres clés');
    expect(rules.open).toBe(false);
    expect(rules).toHaveTextContent(/Couverture : part des objectifs opérationnels/);
    expect(rules).toHaveTextContent(/Avancement : moyenne simple/);
    // The pillar is fixed by the page: the filter bar does not offer to change it.
    expect(screen.queryByText('Piliers et axes', { selector: 'summary *' })).not.toBeInTheDocument();
  });

  it('applies the other filters of the address, and writes "aucune action" for an uncovered objective', async () => {
    renderApp('/axes/T1?annee=2023');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Axe transversal : LA JEUNESSE' }),
    ).toBeInTheDocument();
    const kept = mockActions().filter(
      (action) => action.year === 2023 && action.objectives.some((code) => code.startsWith('T1.')),
    );
    await waitFor(() => expect(keyFigure('Actions')).toBe(formatInteger(kept.length)));
    const covered = new Set(
      kept
        .filter((action) => action.status !== 'abandonnee' && action.status !== 'deposee')
        .flatMap((a) => a.objectives),
    );
    const uncovered = flattenTree([pillar('T')]).filter(
      (node) => node.kind === 'operational' && node.code.startsWith('T1.') && !covered.has(node.code),
    );
    expect(uncovered.length).toBeGreaterThan(0);
    expect(screen.getAllByRole('cell', { name: 'aucune action' }).length).toBeGreaterThanOrEqual(
      uncovered.length,
    );
  });

  it('says when a pillar does not exist', async () => {
    renderApp('/piliers/P9');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Pilier ou axe introuvable' }),
    ).toBeInTheDocument();
  });
});
