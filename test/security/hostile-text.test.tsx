import { fireEvent, screen, waitFor } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ObjectiveNode } from '../../src/domain/objective-tree';
import { dataUrl, mockContract, mockObjectives } from '../../src/mocks/handlers';
import {
  HOSTILE_TEXTS as HOSTILE,
  HOSTILE_IMG as IMG,
  HOSTILE_SCRIPT as SCRIPT,
  HOSTILE_SVG as SVG,
  HOSTILE_URL as URL_LIKE,
} from '../support/hostile-text';
import { renderApp } from '../support/render';
import { server } from '../support/server';

// Text from the data is text: whatever markup a title, a holder's name or a label holds, the pages show it
// as written and the browser never reads it as HTML. Here every free-text field of the four documents
// carries markup that would run if it were ever put into the page as HTML (test/support/hostile-text.ts).
const contract = mockContract();
const hostileActions = contract.actions.map((action) => ({
  ...action,
  // Every title holds all four, so that whichever rows a page shows, each of them is there.
  title: `${HOSTILE.join(' ')} ${action.title}`,
  porteur: { ...action.porteur, name: `${SVG} ${action.porteur.name}` },
  targetPublic: URL_LIKE,
}));
const hostileMeta = {
  ...contract.meta,
  contractName: `${SVG} Contrat de ville`,
  agglomeration: `${IMG} Grand Cahors`,
};
const hostileTerritories = contract.territories.map((territory) =>
  territory.id === 'terre-rouge' ? { ...territory, name: `${SCRIPT} Terre-Rouge` } : territory,
);
const relabel = (nodes: readonly ObjectiveNode[]): ObjectiveNode[] =>
  nodes.map((node) => ({
    ...node,
    label:
      node.code === 'P2'
        ? `${IMG} COHESION SOCIALE`
        : node.code === 'P2.3.1'
          ? `${SVG} ${node.label}`
          : node.label,
    children: relabel(node.children),
  }));
const hostileObjectives = { ...mockObjectives, nodes: relabel(mockObjectives.nodes) };

/** An attribute only HTML read from the data could have set: an event handler, a javascript: address. */
const isHostileAttribute = (name: string, value: string | null) =>
  /^on/i.test(name) ||
  (/^(href|src|action|formaction|xlink:href)$/i.test(name) && /^\s*javascript:/i.test(value ?? ''));

/** Whether an element is something only HTML read from the data could have made. */
const isInjected = (element: Element) =>
  element.matches('img[src="x"], script, iframe, object, embed') ||
  [...element.attributes].some(({ name, value }) => isHostileAttribute(name, value));

/** Every injected element that ever entered the document, even if React removed it afterwards. */
let injected: string[];
let observer: MutationObserver;
let alert: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  server.use(
    http.get(dataUrl('actions.json'), () => HttpResponse.json({ actions: hostileActions })),
    http.get(dataUrl('meta.json'), () => HttpResponse.json(hostileMeta)),
    http.get(dataUrl('territories.json'), () => HttpResponse.json({ territories: hostileTerritories })),
    http.get(dataUrl('objectives.json'), () => HttpResponse.json(hostileObjectives)),
  );
  injected = [];
  observer = new MutationObserver((records) => {
    for (const record of records) {
      const target = record.target as Element;
      if (
        record.attributeName &&
        isHostileAttribute(record.attributeName, target.getAttribute(record.attributeName))
      )
        injected.push(target.outerHTML.slice(0, 100));
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        for (const element of [node, ...node.querySelectorAll('*')])
          if (isInjected(element)) injected.push(element.outerHTML.slice(0, 100));
      }
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
  alert = vi.spyOn(window, 'alert').mockImplementation(() => {});
  // The actions table's window virtualizer scrolls on mount, which jsdom does not implement.
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
});

afterEach(() => {
  observer.disconnect();
});

/** An element whose own text holds `text` as written: markup shown, not read. */
const shownAsText = (text: string) => screen.getAllByText((content) => content.includes(text));

const expectNothingInjected = async () => {
  // Mutation records are delivered after the current task: let them in before reading.
  await new Promise((done) => setTimeout(done, 0));
  expect([...document.querySelectorAll('*')].filter(isInjected).map((element) => element.outerHTML)).toEqual(
    [],
  );
  expect(injected).toEqual([]);
  expect(alert).not.toHaveBeenCalled();
};

describe('Hostile text in the data', () => {
  it('is shown as text on the overview: contract, pillar and territory names', async () => {
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Vue d’ensemble' });
    await waitFor(() => expect(document.querySelectorAll('svg.recharts-surface').length).toBeGreaterThan(0));
    for (const text of [`${SVG} Contrat de ville`, `${IMG} COHESION SOCIALE`, `${SCRIPT} Terre-Rouge`])
      expect(shownAsText(text).length).toBeGreaterThan(0);
    // In the charts' SVG too: recharts writes labels as text nodes.
    const chartTexts = [...document.querySelectorAll('svg.recharts-surface text')].map(
      (text) => text.textContent,
    );
    expect(chartTexts.some((text) => text?.includes(`${SCRIPT} Terre-Rouge`))).toBe(true);
    await expectNothingInjected();
  });

  it('is shown as text in the actions list: titles and holders', async () => {
    renderApp('/actions');
    await screen.findByRole('table', { name: /^Actions triées par/ });
    const titles = screen.getAllByRole('rowheader').map((cell) => cell.textContent ?? '');
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(title.startsWith(HOSTILE.join(' '))).toBe(true);
    expect(shownAsText(HOSTILE.join(' ')).length).toBeGreaterThan(0);
    expect(shownAsText(SVG).length).toBeGreaterThan(titles.length - 1);
    await expectNothingInjected();
  });

  it('is shown as text on an objective’s page: its label and its actions', async () => {
    renderApp('/objectifs/P2.3.1');
    await screen.findByRole('heading', { level: 1, name: /P2\.3\.1/ });
    const table = await screen.findByRole('table', { name: /Actions de l’objectif/ });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain(`${SVG} Créer les conditions`);
    expect(table.textContent).toContain(HOSTILE.join(' '));
    expect(shownAsText(`${IMG} COHESION SOCIALE`).length).toBeGreaterThan(0);
    await expectNothingInjected();
  });

  it('is shown as text on a territory’s page', async () => {
    renderApp('/quartiers/terre-rouge');
    expect(
      await screen.findByRole('heading', { level: 1, name: `${SCRIPT} Terre-Rouge` }),
    ).toBeInTheDocument();
    await waitFor(() => expect(document.querySelectorAll('svg.recharts-surface').length).toBeGreaterThan(0));
    expect(shownAsText(`${IMG} COHESION SOCIALE`).length).toBeGreaterThan(0);
    await expectNothingInjected();
  });

  it('is shown as text in the presentation', async () => {
    renderApp('/presentation?diapos=piliers,chiffres-terre-rouge');
    await waitFor(() => expect(document.querySelector('.slide-counter')).not.toBeNull(), { timeout: 5000 });
    await waitFor(() => expect(shownAsText(`${IMG} COHESION SOCIALE`).length).toBeGreaterThan(0));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Par pilier et axe');
    expect(shownAsText(`${SVG} Contrat de ville`).length).toBeGreaterThan(0);
    // A territory's name in a slide's title and in its figures' name.
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(`${SCRIPT} Terre-Rouge en chiffres`),
    );
    await waitFor(() => expect(document.querySelector('dl.slide-statistics')).not.toBeNull());
    await expectNothingInjected();
  });
});
