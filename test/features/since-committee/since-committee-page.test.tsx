import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { formatInteger, formatIsoDate } from '../../../src/lib/format';
import { dataUrl, mockContract } from '../../../src/mocks/handlers';
import { keyFigure } from '../../support/dashboard-page';
import { renderApp } from '../../support/render';
import { server } from '../../support/server';

const FIGURES = 'Évolution depuis la date de référence';
const { meta, actions } = mockContract();
const dataDate = meta.dataDate as string;
const committeesBefore = meta.steeringCommittees.filter((date) => date < dataDate).sort();
const lastCommittee = committeesBefore.at(-1) as string;

/**
 * The rule for "réalisée since", written again here on purpose: a réalisée action is finished on its end
 * date (or its last report), and counts when that falls after the reference date, up to the data date.
 */
const finishedBetween = (from: string, to: string, list = actions) =>
  list.filter((action) => {
    if (action.status !== 'realisee') return false;
    const on = action.endDate ?? action.progressHistory.at(-1)?.date ?? action.startDate;
    return on !== null && on !== undefined && on > from && on <= to && action.year <= Number(to.slice(0, 4));
  }).length;

const open = async (url: string) => {
  const view = renderApp(url);
  await screen.findByRole('heading', { level: 1, name: 'Depuis le dernier comité' });
  await waitFor(() => expect(document.querySelector(`dl[aria-label="${FIGURES}"]`)).not.toBeNull());
  return view;
};

describe('Depuis le dernier comité', () => {
  it('compares with the last committee before the data date by default', async () => {
    await open('/depuis-le-dernier-comite');
    expect(screen.getByText(/Ce qui a changé entre le comité de pilotage du/)).toHaveTextContent(
      `${formatIsoDate(lastCommittee)} et le ${formatIsoDate(dataDate)}`,
    );
    expect(keyFigure('Actions réalisées', FIGURES)).toBe(
      formatInteger(finishedBetween(lastCommittee, dataDate)),
    );
    expect(screen.getByRole('combobox', { name: 'Comité de pilotage' })).toHaveValue(lastCommittee);
  });

  it('takes another committee from the picker, in the address, and Back returns to the default', async () => {
    const { router, user } = await open('/depuis-le-dernier-comite?annee=2023');
    const earlier = committeesBefore[0] as string;
    await user.selectOptions(screen.getByRole('combobox', { name: 'Comité de pilotage' }), earlier);
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).get('depuis')).toBe(earlier),
    );
    expect(new URLSearchParams(router.state.location.search).get('annee')).toBe('2023');
    const in2023 = actions.filter((action) => action.year === 2023);
    await waitFor(() =>
      expect(keyFigure('Actions réalisées', FIGURES)).toBe(
        formatInteger(finishedBetween(earlier, dataDate, in2023)),
      ),
    );
    router.navigate(-1);
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Comité de pilotage' })).toHaveValue(lastCommittee),
    );
  });

  it('says when the date in the address cannot be used, and falls back to the last committee', async () => {
    await open('/depuis-le-dernier-comite?depuis=2099-01-01');
    expect(
      screen.getByText(/La date « 2099-01-01 » de l’adresse n’est pas une date antérieure/),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Comité de pilotage' })).toHaveValue(lastCommittee);
  });

  it('gives a row per pillar and per territory under the whole contract, and the rules', async () => {
    await open('/depuis-le-dernier-comite');
    const pillars = screen.getByRole('table', {
      name: 'Évolution par pilier et axe depuis la date de référence',
    });
    const headers = within(pillars)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(headers[0]).toBe('Ensemble du contrat');
    expect(headers).toContain('COHESION SOCIALE');
    const territories = screen.getByRole('table', { name: /Évolution par quartier/ });
    expect(within(territories).getByRole('rowheader', { name: 'Terre-Rouge' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Comment ces chiffres sont calculés' })).toBeInTheDocument();
    expect(
      screen.getByText(/Une action compte à partir du 1er janvier de son année de programmation/),
    ).toBeInTheDocument();
  });

  it('is the last slide of the presentation, for the same reference date', async () => {
    const earlier = committeesBefore[0] as string;
    renderApp(`/presentation?depuis=${earlier}&diapo=99`);
    await screen.findByRole('heading', { level: 1, name: 'Depuis le dernier comité' });
    await waitFor(() => expect(document.querySelector(`dl[aria-label="${FIGURES}"]`)).not.toBeNull());
    expect(
      screen.getByText(`Du ${formatIsoDate(earlier)} au ${formatIsoDate(dataDate)}`),
    ).toBeInTheDocument();
    expect(keyFigure('Actions réalisées', FIGURES)).toBe(formatInteger(finishedBetween(earlier, dataDate)));
  });

  it('without committees, or without a data date, says so and how to record them, and compares nothing', async () => {
    server.use(http.get(dataUrl('meta.json'), () => HttpResponse.json({ ...meta, steeringCommittees: [] })));
    const first = renderApp('/depuis-le-dernier-comite');
    const noCommittee = await screen.findByText(
      /^Aucun comité de pilotage n’est enregistré avant la date des données/,
    );
    expect(noCommittee).toHaveTextContent(
      'Un comité s’enregistre avec npm run comite -- AAAA-MM-JJ (voir la page Données)',
    );
    expect(within(noCommittee).getByRole('link', { name: 'voir la page Données' })).toHaveAttribute(
      'href',
      '/donnees#date-des-donnees',
    );
    expect(document.querySelector(`dl[aria-label="${FIGURES}"]`)).toBeNull();
    first.unmount();

    server.use(http.get(dataUrl('meta.json'), () => HttpResponse.json({ ...meta, dataDate: null })));
    renderApp('/depuis-le-dernier-comite');
    const undated = await screen.findByText(/^Les données ne sont pas datées/);
    expect(undated).toHaveTextContent(
      'La date des données s’écrit en publiant les actions avec npm run import (comment la renseigner).',
    );
    expect(document.querySelector(`dl[aria-label="${FIGURES}"]`)).toBeNull();
  });
});
