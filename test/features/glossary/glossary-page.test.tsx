import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../support/render';

describe('Glossary page', () => {
  it('lists the acronyms of the annex with their expansion, in alphabetical order', async () => {
    renderApp('/sigles');
    expect(await screen.findByRole('heading', { level: 1, name: 'Lexique des sigles' })).toBeInTheDocument();
    const terms = screen.getAllByRole('term').map((term) => term.textContent);
    expect(terms).toEqual([...terms].sort((a, b) => (a ?? '').localeCompare(b ?? '', 'fr')));
    const expected: Record<string, string> = {
      ASV: 'Atelier Santé Ville',
      CLSPD: 'Conseil local de sécurité et de prévention de la délinquance',
      GUP: 'gestion urbaine de proximité',
      PA: 'personnes âgées',
    };
    for (const [abbr, expansion] of Object.entries(expected)) {
      const entry = document.getElementById(`sigle-${abbr}`) as HTMLElement;
      expect(within(entry).getByRole('term')).toHaveTextContent(abbr);
      expect(within(entry).getByRole('definition')).toHaveTextContent(expansion);
    }
  });
});
