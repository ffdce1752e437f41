import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/render';

describe('App shell and routes', () => {
  it('opens on the overview, with a skip link and landmarks', async () => {
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Vue d’ensemble' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Aller au contenu' })).toHaveAttribute('href', '#contenu');
    expect(screen.getByRole('banner')).toHaveTextContent('Cap Quartiers');
    expect(screen.getByRole('navigation', { name: 'Navigation principale' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('id', 'contenu');
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Vue d’ensemble' })).toHaveAttribute('aria-current', 'page');
  });

  it('moves the focus to the new page’s heading after a change of page', async () => {
    const { user } = renderApp('/objectifs');
    await screen.findByRole('tree');
    await user.click(screen.getByRole('link', { name: 'Lexique des sigles' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Lexique des sigles' });
    expect(heading).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Lexique des sigles' })).toHaveAttribute('aria-current', 'page');
  });

  it('takes a link to a section of another page to that section', async () => {
    const { router } = renderApp('/sigles');
    await screen.findByRole('heading', { level: 1, name: 'Lexique des sigles' });
    await act(() => router.navigate('/donnees#ecartes'));
    expect(await screen.findByRole('heading', { level: 2, name: 'Enregistrements écartés' })).toHaveFocus();
  });

  it('takes the skip link to the page’s heading', async () => {
    const { user } = renderApp('/sigles');
    const heading = await screen.findByRole('heading', { level: 1, name: 'Lexique des sigles' });
    await user.click(screen.getByRole('link', { name: 'Aller au contenu' }));
    expect(heading).toHaveFocus();
  });

  it('leaves the focus alone on the page the app opens on', async () => {
    renderApp('/sigles');
    await screen.findByRole('heading', { level: 1, name: 'Lexique des sigles' });
    expect(document.body).toHaveFocus();
  });

  it('says when a page does not exist, and offers the way back', async () => {
    const { user, router } = renderApp('/nulle-part');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page introuvable' })).toBeInTheDocument();
    expect(document.title).toBe('Page introuvable — Cap Quartiers');
    await user.click(screen.getByRole('link', { name: 'Voir les objectifs du contrat' }));
    expect(router.state.location.pathname).toBe('/objectifs');
  });
});
