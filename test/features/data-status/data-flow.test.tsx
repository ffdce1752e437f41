import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { formatInteger, formatIsoDate } from '../../../src/lib/format';
import { dataUrl, INVALID_EVERY, mockContract, mockMeta } from '../../../src/mocks/handlers';
import { mockMode } from '../../support/mock-api';
import { renderApp } from '../../support/render';
import { server } from '../../support/server';

const tree = () => screen.findByRole('tree', { name: 'Arbre des objectifs' });

describe('Actions on the objectives page', () => {
  it('counts the published actions and their years once loaded', async () => {
    renderApp('/objectifs');
    const count = formatInteger(mockContract().actions.length);
    expect(
      await screen.findByText(`${count} actions publiées, programmations 2015 à 2023.`),
    ).toBeInTheDocument();
    expect(screen.queryByText(/écartés/)).not.toBeInTheDocument();
  });

  it('shows the tree and "Aucune action publiée" when actions.json is missing, with no figure', async () => {
    mockMode({ failure: 'no-actions' });
    renderApp('/objectifs');
    await tree();
    const state = await screen.findByRole('region', { name: 'Aucune action publiée' });
    expect(state).toHaveTextContent('ne calcule ni couverture ni avancement');
    expect(within(state).getByRole('link', { name: 'Comment publier les actions' })).toHaveAttribute(
      'href',
      '/donnees#publier',
    );
    expect(screen.queryByText(/actions publiées/)).not.toBeInTheDocument();
    expect(screen.queryByText(/\d+ %/)).not.toBeInTheDocument();
  });

  it('keeps the tree when the actions fail, and recovers them with "Réessayer"', async () => {
    mockMode({ failure: 'http-500' });
    const { user } = renderApp('/objectifs');
    await tree();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Impossible de charger les actions du contrat');
    expect(alert).toHaveTextContent('erreur 500');
    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByText(/actions publiées, programmations/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says when actions.json is not valid JSON', async () => {
    mockMode({ failure: 'malformed-json' });
    renderApp('/objectifs');
    expect(await screen.findByRole('alert')).toHaveTextContent('actions.json n’est pas un JSON valide');
  });

  it('reports an error when territories.json cannot be read, since actions could not be placed', async () => {
    mockMode({ failure: 'http-500', target: 'territories' });
    renderApp('/objectifs');
    await tree();
    expect(await screen.findByRole('alert')).toHaveTextContent('territories.json');
  });
});

describe('Invalid records', () => {
  it('shows the valid actions, a notice on every page, and the detail on the data page', async () => {
    mockMode({ failure: 'invalid-records' });
    const total = mockContract().actions.length;
    const planted = Math.floor(total / INVALID_EVERY);
    const { user } = renderApp('/objectifs');
    const notice = await screen.findByText(/enregistrements invalides ont été écartés/);
    expect(notice.closest('.notice')).toHaveTextContent(
      `${planted} enregistrements invalides ont été écartés (actions.json) ; les chiffres portent sur les autres.`,
    );
    expect(
      screen.getByText(`${formatInteger(total - planted)} actions publiées, programmations 2015 à 2023.`),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Voir le détail des erreurs' }));
    await screen.findByRole('heading', { level: 1, name: 'Données du tableau de bord' });
    const table = await screen.findByRole('table', { name: 'Enregistrements écartés et raisons' });
    // One row per problem; the first planted fault is the 25th record, with a progress of 140 %.
    const first = mockContract().actions[INVALID_EVERY - 1];
    const row = within(table).getByRole('row', { name: new RegExp(`${first?.id}`) });
    expect(row).toHaveTextContent(
      `actions.json${INVALID_EVERY}${first?.id}actions[${INVALID_EVERY - 1}].progress`,
    );
    expect(row).toHaveTextContent('avancement supérieur à 100 %');
    expect(
      within(table).getAllByText(/n’est pas un objectif opérationnel de l’arborescence/).length,
    ).toBeGreaterThan(0);
    expect(
      within(table).getAllByText(/territoire « quartier-inconnu » absent de territories\.json/).length,
    ).toBeGreaterThan(0);
    expect(within(table).getAllByText(/contient une adresse e-mail/).length).toBeGreaterThan(0);
    // The notice follows the user to every page.
    expect(screen.getByText(/enregistrements invalides ont été écartés/)).toBeInTheDocument();
  });
});

describe('Data page', () => {
  it('lists each file with what it holds', async () => {
    renderApp('/donnees');
    const table = await screen.findByRole('table', { name: 'État de chaque fichier de données' });
    await waitFor(() =>
      expect(within(table).getByRole('row', { name: /actions\.json/ })).toHaveTextContent(
        `${formatInteger(mockContract().actions.length)} actions`,
      ),
    );
    expect(within(table).getByRole('row', { name: /objectives\.json/ })).toHaveTextContent(
      '50 objectifs opérationnels',
    );
    expect(within(table).getByRole('row', { name: /territories\.json/ })).toHaveTextContent('6 territoires');
    expect(within(table).getByRole('row', { name: /meta\.json/ })).toHaveTextContent(
      'Données au 30 novembre 2023',
    );
    expect(screen.getByText('Aucun : tous les enregistrements sont valides.')).toBeInTheDocument();
    expect(document.title).toBe('Données du tableau de bord — Cap Quartiers');
  });

  it('says where the data date and the committees stand, and how the commands record them', async () => {
    const { meta } = mockContract();
    renderApp('/donnees');
    const heading = await screen.findByRole('heading', { name: 'Date des données et comités de pilotage' });
    expect(heading).toHaveAttribute('id', 'date-des-donnees');
    expect(await screen.findByText(/^Date des données :/)).toHaveTextContent(
      'Date des données : 30 novembre 2023.',
    );
    expect(screen.getByText(/^Comités de pilotage enregistrés :/)).toHaveTextContent(
      `Comités de pilotage enregistrés : ${meta.steeringCommittees.map(formatIsoDate).join(', ')}.`,
    );
    expect(
      screen.getByText(
        (_, element) =>
          element?.tagName === 'LI' &&
          /^npm run comite -- AAAA-MM-JJ enregistre/.test(element.textContent ?? ''),
      ),
    ).toHaveTextContent('dans la période du contrat (2015–2023)');
    cleanup();

    server.use(
      http.get(dataUrl('meta.json'), () =>
        HttpResponse.json({ ...meta, dataDate: null, steeringCommittees: [] }),
      ),
    );
    renderApp('/donnees');
    const table = await screen.findByRole('table', { name: 'État de chaque fichier de données' });
    const metaRow = await within(table).findByRole('row', { name: /meta\.json/ });
    await waitFor(() =>
      expect(metaRow).toHaveTextContent(
        'Date des données non renseignée (comment la renseigner) ; 0 comité de pilotage',
      ),
    );
    expect(within(metaRow).getByRole('link', { name: 'comment la renseigner' })).toHaveAttribute(
      'href',
      '#date-des-donnees',
    );
    expect(screen.getByText(/^Date des données :/)).toHaveTextContent('Date des données : non renseignée.');
    expect(screen.getByText(/^Comités de pilotage enregistrés :/)).toHaveTextContent('aucun');
  });

  it('says the actions are not published when actions.json is missing', async () => {
    mockMode({ failure: 'no-actions' });
    renderApp('/donnees');
    const table = await screen.findByRole('table', { name: 'État de chaque fichier de données' });
    await waitFor(() =>
      expect(within(table).getByRole('row', { name: /actions\.json/ })).toHaveTextContent('Non publié'),
    );
  });
});

describe('Fictitious data', () => {
  it('labels every page "Données fictives de démonstration" when meta says the data are generated', async () => {
    const { user } = renderApp('/objectifs');
    expect(await screen.findByText('Données fictives de démonstration')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Lexique des sigles' }));
    await screen.findByRole('heading', { level: 1, name: 'Lexique des sigles' });
    expect(screen.getByText('Données fictives de démonstration')).toBeInTheDocument();
  });

  it('shows no such label on real data', async () => {
    server.use(http.get(dataUrl('meta.json'), () => HttpResponse.json({ ...mockMeta, fictitious: false })));
    renderApp('/objectifs');
    await screen.findByText(/actions publiées/);
    expect(screen.queryByText('Données fictives de démonstration')).not.toBeInTheDocument();
  });
});
