import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mockMode } from '../../support/mock-api';
import { renderApp } from '../../support/render';

const slideTitle = () => screen.getByRole('heading', { level: 1 }).textContent;
const counter = () => document.querySelector('.slide-counter')?.textContent?.replace(/\s+/g, ' ').trim();
/** Testing Library folds no-break spaces in the page's text; the expected figure must be folded alike. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const present = async (url: string) => {
  const view = renderApp(url);
  await waitFor(() => expect(document.querySelector('.slide-counter')).not.toBeNull(), { timeout: 5000 });
  return view;
};

/**
 * jsdom lays nothing out: the map's box is given the size of a 1280×720 slide's, so that the map is drawn
 * as in a browser (the browser tests measure the real one).
 */
const size = (name: 'clientWidth' | 'clientHeight', value: number) => {
  const original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, name);
  Object.defineProperty(HTMLElement.prototype, name, {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('slide-map-plot') ? value : (original?.get?.call(this) ?? 0);
    },
  });
  return () => {
    if (original) Object.defineProperty(HTMLElement.prototype, name, original);
  };
};
let restore: (() => void)[] = [];
beforeEach(() => {
  restore = [size('clientWidth', 700), size('clientHeight', 480)];
});
afterEach(() => {
  for (const undo of restore) undo();
});

/** A figure of the statistics slide, by its label: its whole text. */
const figureText = (label: string) => {
  const term = within(document.querySelector('dl.slide-statistics') as HTMLElement).getByText(label, {
    selector: 'dt',
  });
  return plain(term.closest('.key-figure')?.textContent ?? '');
};

describe('« Le quartier en chiffres » slide', () => {
  it('shows Terre-Rouge’s 1 036 inhabitants and 39 % poverty rate, each with its source and vintage, and Cahors’s population', async () => {
    await present('/presentation?diapos=chiffres-terre-rouge');
    expect(slideTitle()).toBe('Terre-Rouge en chiffres');
    await waitFor(() => expect(document.querySelector('dl.slide-statistics')).not.toBeNull(), {
      timeout: 5000,
    });
    expect(document.querySelector('dl.slide-statistics')).toHaveAttribute(
      'aria-label',
      'Chiffres clés de Terre-Rouge',
    );
    expect(figureText('Population')).toBe(
      'Population1 036 habitantsCahors : 19 616 habitantsSource : INSEE, 2015',
    );
    expect(figureText('Taux de pauvreté')).toBe('Taux de pauvreté39 %Source : INSEE, 2017');
    expect(figureText('Revenu disponible médian par unité de consommation')).toMatch(
      /14 234 €1er décile : 7 778 € · 9e décile : 25 382 €Source : INSEE, 2017$/,
    );
    expect(figureText('Demandeurs d’emploi')).toMatch(/230 personnes.*femmes : 124 personnes · hommes : 106/);
    // Real statistics, said so in a deck whose actions are fictitious; the data set named in full.
    const note = document.querySelector('.slide-note')?.textContent ?? '';
    expect(note).toMatch(
      /^Données réelles, et non des chiffres du contrat\. Source : INSEE, Données des quartiers prioritaires/,
    );
    expect(note).toMatch(/millésimes 2015, 2017, 2020\.$/);
    expect(document.querySelector('.slide-context')?.textContent).toContain('Données fictives');
  });

  it('is not offered for a territory without statistics, nor when indicators.json is not published', async () => {
    await present('/presentation?diapos=chiffres-sainte-valerie,vue-ensemble');
    expect(document.querySelector('.slide-ignored')).toHaveTextContent(
      'Diapositive ignorée (inconnue ou hors du filtre) : chiffres-sainte-valerie.',
    );
    mockMode({ failure: 'not-found', target: 'indicators' });
    renderApp('/presentation/preparer');
    await screen.findByRole('heading', { level: 2, name: /^Diapositives présentées/ }, { timeout: 5000 });
    await waitFor(() =>
      expect(screen.queryByRole('checkbox', { name: /^Terre-Rouge en chiffres/ })).toBeNull(),
    );
    expect(screen.getByRole('checkbox', { name: /^Carte des quartiers/ })).toBeChecked();
  });

  it('says so with a retry when the statistics cannot be read, filling its room', async () => {
    mockMode({ failure: 'http-500', target: 'indicators' });
    const { user } = await present('/presentation?diapos=chiffres-terre-rouge');
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent('Les statistiques de Terre-Rouge n’ont pas pu être chargées.');
    expect(alert).toHaveClass('slide-error');
    mockMode({});
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    await waitFor(() => expect(document.querySelector('dl.slide-statistics')).not.toBeNull(), {
      timeout: 5000,
    });
  });
});

describe('« Carte des quartiers » slide', () => {
  it('draws Terre-Rouge with its value, not as a link, and lists the others with theirs as text', async () => {
    await present('/presentation?annee=2023&diapos=carte');
    expect(slideTitle()).toBe('Carte des quartiers');
    const map = await screen.findByRole(
      'group',
      {
        name: /^Carte des quartiers\. Les 6 quartiers du contrat, colorés selon la couverture pour les filtres choisis : Terre-Rouge sur la carte/,
      },
      { timeout: 5000 },
    );
    const shape = map.querySelector('path.map-shape[data-territory="terre-rouge"]');
    expect(shape?.getAttribute('d')?.match(/[ML]/g)).toHaveLength(121);
    // Its class drawn with a texture (a pattern), for the room and the dark theme alike.
    expect(shape?.getAttribute('fill')).toMatch(/^url\(#map-texture-/);
    expect(within(map).queryAllByRole('link')).toHaveLength(0);
    const label = map.querySelector('text.map-label')?.textContent ?? '';
    expect(plain(label)).toMatch(/^Terre-Rouge\d+ % \(\d+\/\d+\)$/);

    const list = document.querySelector('.slide-map-list') as HTMLElement;
    const rows = within(list)
      .getAllByRole('listitem')
      .map((item) => plain(item.textContent ?? ''));
    expect(rows.map((row) => row.split(' ')[0])).toEqual([
      'Sainte-Valérie',
      'Croix-de-Fer',
      'Centre',
      'Valentré',
      'Les',
    ]);
    for (const row of rows) expect(row).toMatch(/ \d+ % \(\d+\/\d+\)$/);
    expect(screen.getByRole('heading', { level: 2, name: 'Sans périmètre publié' })).toBeInTheDocument();
    const legend = screen.getByRole('list', { name: 'Légende : classes de valeurs' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((item) => plain(item.textContent ?? '')),
    ).toEqual(['0 – 25 %', '25 – 50 %', '50 – 75 %', '75 – 100 %']);
    const source = document.querySelector('.slide-map-source')?.textContent ?? '';
    expect(source).toBe(
      'Fond de carte réel : CGET (aujourd’hui ANCT), 2015 ; IGN, 2018. Valeurs : données fictives de démonstration.',
    );
  });

  it('colours by the figure of ?carte=, as the overview does', async () => {
    await present('/presentation?annee=2023&carte=actions&diapos=carte');
    await screen.findByRole('group', { name: /colorés selon le nombre d’actions/ }, { timeout: 5000 });
    expect(screen.getByRole('heading', { level: 2, name: 'Nombre d’actions' })).toBeInTheDocument();
    const rows = [...document.querySelectorAll('.slide-map-list li')].map((item) => item.textContent ?? '');
    for (const row of rows) expect(row).toMatch(/ \d+$/);
  });

  it('names a figure it does not know, and shows the coverage', async () => {
    await present('/presentation?carte=pauvrete&diapos=carte');
    expect(document.querySelector('.slide-ignored')).toHaveTextContent(
      'Paramètre d’adresse ignoré (valeur inconnue) : carte=pauvrete ; la carte montre la couverture.',
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Couverture' })).toBeInTheDocument();
  });

  it('is not offered when perimeters.json is not published', async () => {
    mockMode({ failure: 'not-found', target: 'perimeters' });
    await present('/presentation?diapos=carte,vue-ensemble');
    await waitFor(() =>
      expect(document.querySelector('.slide-ignored')).toHaveTextContent(
        'Diapositive ignorée (inconnue ou hors du filtre) : carte.',
      ),
    );
    expect(slideTitle()).toBe('Vue d’ensemble');
    expect(counter()).toBe('Diapositive 1 / sur 1');
  });

  it('says so with a retry when the perimeters cannot be read, and still lists every territory’s value', async () => {
    mockMode({ failure: 'http-500', target: 'perimeters' });
    await present('/presentation?annee=2023&diapos=carte');
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent('La carte des quartiers n’a pas pu être chargée');
    expect(within(alert).getByRole('button', { name: 'Réessayer' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Valeurs par quartier' })).toBeInTheDocument();
    const rows = [...document.querySelectorAll('.slide-map-list li')].map((item) =>
      plain(item.textContent ?? ''),
    );
    expect(rows).toHaveLength(6);
    expect(rows[0]).toMatch(/^Terre-Rouge \d+ % \(\d+\/\d+\)$/);
  });
});
