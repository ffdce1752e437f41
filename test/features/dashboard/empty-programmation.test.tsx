import { screen, waitFor } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EMPTY_MESSAGE } from '../../../src/components/charts/empty-chart-message';
import { NO_ACTION_RECORDED } from '../../../src/features/dashboard/empty-programmation';
import { dataUrl } from '../../../src/mocks/handlers';
import { renderApp } from '../../support/render';
import { server } from '../../support/server';

const emptyProgrammation = () =>
  server.use(http.get(dataUrl('actions.json'), () => HttpResponse.json({ actions: [] })));

/** The messages the page's charts show in place of a drawing, once the page has its figures. */
const emptyChartMessages = async () => {
  await waitFor(() => expect(document.querySelector('.chart-empty')).not.toBeNull());
  return [...document.querySelectorAll('.chart-empty [role="status"]')].map((status) => status.textContent);
};

describe('Charts of a contract with no action recorded yet', () => {
  it.each([
    ['the overview', '/'],
    ['a pillar', '/piliers/P2'],
    ['a territory', '/quartiers/terre-rouge'],
    ['an operational objective', '/objectifs/P2.3.1'],
    ['the changes since the last committee', '/depuis-le-dernier-comite'],
  ])('say that no action is recorded, on %s, rather than blame the filters', async (_page, url) => {
    emptyProgrammation();
    renderApp(url);
    const messages = await emptyChartMessages();
    expect(messages.length).toBeGreaterThan(0);
    expect(new Set(messages)).toEqual(new Set([NO_ACTION_RECORDED]));
  });

  it('still blame the filters when actions exist but none matches them', async () => {
    renderApp('/piliers/P2?annee=2015&statut=abandonnee&financeur=caf&quartier=les-escales');
    const messages = await emptyChartMessages();
    expect(new Set(messages)).toEqual(new Set([DEFAULT_EMPTY_MESSAGE]));
    expect(screen.queryByText(NO_ACTION_RECORDED)).toBeNull();
  });
});
