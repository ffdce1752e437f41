import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { dataUrl, mockMeta } from '../../../src/mocks/handlers';
import { mockMode } from '../../support/mock-api';
import { objectivesFailures } from '../../support/objectives-fixtures';
import { renderApp } from '../../support/render';
import { server } from '../../support/server';

const tree = () => screen.findByRole('tree', { name: 'Arbre des objectifs' });
const item = (name: RegExp | string) => screen.getByRole('treeitem', { name });
/** Operational objectives have three-part codes (T1.1.1, P2.3.4). */
const operationalItems = () =>
  screen
    .queryAllByRole('treeitem')
    .filter((el) => /^[TP]\d+\.\d+\.\d+$/.test(el.id.replace('objectif-', '').replace(/-/g, '.')));

describe('Objectives page', () => {
  it('shows the contract in the header and the whole tree with its counts', async () => {
    renderApp('/objectifs');
    await tree();
    expect(screen.getByRole('heading', { level: 1, name: 'Objectifs du contrat' })).toBeInTheDocument();
    expect(await screen.findByText(mockMeta.contractName)).toBeInTheDocument();
    expect(screen.getByText(/Données au/)).toHaveTextContent('Données au 30 novembre 2023');
    expect(screen.getByText(/16 objectifs stratégiques et 50 objectifs opérationnels/)).toHaveTextContent(
      'répartis en 4 piliers et 2 axes transversaux',
    );

    const cohesion = item(/PILIER COHESION SOCIALE/);
    expect(cohesion).toHaveAccessibleDescription('6 objectifs stratégiques · 19 objectifs opérationnels');
    expect(item(/LA JEUNESSE/)).toHaveAccessibleDescription(
      /Renforcer l'engagement des jeunes.*2 objectifs stratégiques · 4 objectifs opérationnels/,
    );
    expect(within(item(/LA JEUNESSE/)).getByText('Transversal')).toBeInTheDocument();
    // Strategic objectives are shown, closed; their operational objectives are not yet.
    expect(item(/P2\.3 : Renforcer le lien social/)).toHaveAttribute('aria-expanded', 'false');
    expect(operationalItems()).toHaveLength(0);
    expect(document.title).toBe('Objectifs du contrat — Cap Quartiers');
  });

  it('expands and collapses the whole tree with the buttons', async () => {
    const { user } = renderApp('/objectifs');
    await tree();
    await user.click(screen.getByRole('button', { name: 'Tout déplier' }));
    expect(operationalItems()).toHaveLength(50);
    expect(item(/T1\.1\.1 : Renforcer une politique jeunesse ambitieuse/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Tout replier' }));
    expect(screen.getAllByRole('treeitem')).toHaveLength(5);
  });

  it('is a keyboard tree: one tab stop, arrows move, Right and Left open and close', async () => {
    const { user } = renderApp('/objectifs');
    await tree();
    await user.click(screen.getByRole('searchbox', { name: 'Rechercher un objectif' }));
    await user.tab(); // Tout déplier
    await user.tab(); // Tout replier
    await user.tab();
    const group = item(/AXES TRANSVERSAUX/);
    expect(group).toHaveFocus();
    expect(screen.getAllByRole('treeitem').filter((el) => el.tabIndex === 0)).toHaveLength(1);

    await user.keyboard('{ArrowDown}');
    expect(item(/T1 : LA JEUNESSE/)).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    const strategic = item(/T1\.1 : Soutenir l'implication des jeunes/);
    expect(strategic).toHaveFocus();
    expect(strategic).toHaveAttribute('aria-expanded', 'false');

    await user.keyboard('{ArrowRight}');
    expect(strategic).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{ArrowRight}');
    expect(item(/T1\.1\.1 :/)).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(strategic).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(strategic).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('treeitem', { name: /T1\.1\.1 :/ })).not.toBeInTheDocument();

    await user.keyboard('{Enter}');
    expect(strategic).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard(' ');
    expect(strategic).toHaveAttribute('aria-expanded', 'false');

    await user.keyboard('{End}');
    expect(item(/P4\.2 : Améliorer l'accès à l'emploi/)).toHaveFocus();
    await user.keyboard('{Home}');
    expect(group).toHaveFocus();

    // "*" opens every sibling of the focused item.
    await user.keyboard('{ArrowDown}{ArrowDown}*');
    expect(item(/T1\.1 :/)).toHaveAttribute('aria-expanded', 'true');
    expect(item(/T1\.2 :/)).toHaveAttribute('aria-expanded', 'true');
  });

  it('opens and closes an item with a click', async () => {
    const { user } = renderApp('/objectifs');
    await tree();
    const strategic = item(/P3\.4 : Favoriser la tranquillité publique/);
    await user.click(within(strategic).getByText('Favoriser la tranquillité publique et la sécurité'));
    expect(strategic).toHaveAttribute('aria-expanded', 'true');
    expect(within(strategic).getAllByRole('treeitem')).toHaveLength(6);
    expect(strategic).toHaveFocus();
  });

  it('filters the tree as the user types, ignoring case and accents, and keeps the search in the URL', async () => {
    const { user, router } = renderApp('/objectifs');
    await tree();
    const search = screen.getByRole('searchbox', { name: 'Rechercher un objectif' });
    await user.type(search, 'SANTE');

    // The theme "LA SANTE" matches, so its whole branch stays, opened down to the matches inside it.
    expect(item(/LA SANTE/)).toHaveAttribute('aria-expanded', 'true');
    expect(item(/P2\.5\.1 : Poursuivre et renforcer la démarche d'Atelier Santé Ville/)).toBeVisible();
    expect(screen.queryByRole('treeitem', { name: /LA JEUNESSE/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('treeitem', { name: /PILIER EMPLOI/ })).not.toBeInTheDocument();
    expect(
      screen.getByText('4 éléments correspondent à « SANTE » : 6 objectifs opérationnels affichés.'),
    ).toHaveAttribute('role', 'status');
    expect(router.state.location.search).toBe('?q=SANTE');

    await user.clear(search);
    await user.type(search, 'clspd');
    const clspd = item(/P3\.4\.1 : Renforcer le CLSPD/);
    expect(clspd).toBeVisible();
    expect(within(clspd).getByText('CLSPD', { selector: 'mark' })).toBeInTheDocument();
    expect(operationalItems()).toHaveLength(1);

    await user.clear(search);
    await user.type(search, 'zzz introuvable');
    expect(screen.queryByRole('tree')).not.toBeInTheDocument();
    expect(screen.getByText('Aucun objectif ne correspond à « zzz introuvable ».')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Effacer la recherche' }));
    expect(await tree()).toBeInTheDocument();
    expect(router.state.location.search).toBe('');
  });

  it('reproduces a search from a copied link', async () => {
    renderApp('/objectifs?q=P4.2');
    await tree();
    expect(screen.getByRole('searchbox', { name: 'Rechercher un objectif' })).toHaveValue('P4.2');
    expect(item(/P4\.2 : Améliorer l'accès à l'emploi/)).toBeInTheDocument();
    expect(screen.queryByRole('treeitem', { name: /P4\.1 :/ })).not.toBeInTheDocument();
  });

  it('expands acronyms for screen readers and on hover', async () => {
    const { user } = renderApp('/objectifs');
    await tree();
    await user.click(screen.getByRole('button', { name: 'Tout déplier' }));
    const expected = {
      CLSPD: 'Conseil local de sécurité et de prévention de la délinquance',
      GUP: 'gestion urbaine de proximité',
      ASV: 'Atelier Santé Ville',
      PA: 'personnes âgées',
    };
    for (const [abbr, expansion] of Object.entries(expected)) {
      const element = screen.getAllByText(abbr, { selector: 'abbr' })[0];
      expect(element).toHaveAttribute('title', expansion);
    }
    expect(item(/P3\.2\.1 :/)).toHaveAccessibleName(
      'Objectif opérationnel P3.2.1 : Mettre en place une démarche de gestion urbaine de proximité (GUP)',
    );
    expect(item(/P3\.4\.1 :/)).toHaveAccessibleName(
      'Objectif opérationnel P3.4.1 : Renforcer le CLSPD (Conseil local de sécurité et de prévention de la délinquance)',
    );
  });
});

describe('Objectives page when the data cannot be used', () => {
  it('says the server failed and loads the tree on retry', async () => {
    server.use(objectivesFailures.serverError);
    const { user } = renderApp('/objectifs');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Impossible de charger les objectifs du contrat');
    expect(alert).toHaveTextContent('erreur 500');
    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(await tree()).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says when the file is not valid JSON', async () => {
    server.use(objectivesFailures.malformedJson);
    renderApp('/objectifs');
    expect(await screen.findByRole('alert')).toHaveTextContent('n’est pas un JSON valide');
  });

  it('names the field of an invalid record', async () => {
    server.use(objectivesFailures.invalidRecord);
    renderApp('/objectifs');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('ne respectent pas le format attendu');
    expect(within(alert).getByText('nodes[2].children[0].label')).toBeInTheDocument();
    expect(alert).toHaveTextContent('intitulé vide');
  });

  it('says the file is missing, whether the server answers 404 or its index page', async () => {
    server.use(objectivesFailures.notFound);
    const first = renderApp('/objectifs');
    expect(await screen.findByRole('alert')).toHaveTextContent('introuvable (erreur 404)');
    first.unmount();
    server.use(objectivesFailures.htmlFallback);
    renderApp('/objectifs');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'introuvable (le serveur a renvoyé une page web)',
    );
  });

  it('says when the server cannot be reached', async () => {
    server.use(objectivesFailures.network);
    renderApp('/objectifs');
    expect(await screen.findByRole('alert')).toHaveTextContent('le serveur ne répond pas');
  });

  it('still shows the tree when only the contract information fails, with a retry in the header', async () => {
    server.use(http.get(dataUrl('meta.json'), () => new HttpResponse(null, { status: 503 })));
    const { user } = renderApp('/objectifs');
    await tree();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Informations du contrat indisponibles');
    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    await waitFor(() => expect(screen.getByText(/Données au/)).toBeInTheDocument());
  });

  it('says no action data is published when actions.json is not, and the data date is empty', async () => {
    mockMode({ failure: 'no-actions' });
    server.use(http.get(dataUrl('meta.json'), () => HttpResponse.json({ ...mockMeta, dataDate: null })));
    renderApp('/objectifs');
    expect(await screen.findByText('Aucune donnée d’action publiée')).toBeInTheDocument();
  });

  it('never says so when actions are published without a date: the date is missing, with how to set it', async () => {
    server.use(http.get(dataUrl('meta.json'), () => HttpResponse.json({ ...mockMeta, dataDate: null })));
    renderApp('/objectifs');
    const header = await screen.findByRole('banner');
    await waitFor(() => expect(header).toHaveTextContent('Date des données non renseignée'));
    expect(header).not.toHaveTextContent('Aucune donnée d’action publiée');
    expect(within(header).getByRole('link', { name: 'comment la renseigner' })).toHaveAttribute(
      'href',
      '/donnees#date-des-donnees',
    );
  });
});
