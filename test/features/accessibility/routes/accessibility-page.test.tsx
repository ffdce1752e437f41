import { screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { KNOWN_GAPS, STATEMENT } from '../../../../src/features/accessibility/accessibility-statement';
import { dataUrl, mockContract } from '../../../../src/mocks/handlers';
import { renderApp } from '../../../support/render';
import { server } from '../../../support/server';

const openStatement = async () => {
  const view = renderApp('/accessibilite');
  await screen.findByRole('heading', { level: 1, name: 'Déclaration d’accessibilité' });
  return view;
};

/** The elements from a section's h2 to the next h2, as one text. */
const sectionText = (title: string) => {
  const heading = screen.getByRole('heading', { level: 2, name: title });
  let text = '';
  for (let node = heading.nextElementSibling; node && node.tagName !== 'H2'; node = node.nextElementSibling) {
    text += ` ${node.textContent}`;
  }
  return text.replace(/\s+/g, ' ');
};

describe('Accessibility statement', () => {
  it('is linked from the footer of every page, with the declared state in the link', async () => {
    const { user } = renderApp('/sigles');
    await screen.findByRole('heading', { level: 1, name: 'Lexique des sigles' });
    const link = within(screen.getByRole('contentinfo')).getByRole('link', {
      name: 'Accessibilité : non conforme',
    });
    await user.click(link);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Déclaration d’accessibilité' }),
    ).toBeInTheDocument();
    expect(document.title).toBe('Déclaration d’accessibilité — Cap Quartiers');
  });

  it('declares the site "non conforme" to RGAA 4.1, and says why: no audit has been made', async () => {
    await openStatement();
    expect(STATEMENT.state).toBe('non conforme');
    const text = sectionText('État de conformité');
    expect(text).toMatch(/est non conforme avec le référentiel général d’amélioration de l’accessibilité/);
    expect(text).toContain('RGAA), version 4.1');
    expect(text).toMatch(/aucun audit de conformité au RGAA n’a encore été réalisé/);
    // What the state rests on instead, each check named.
    expect(screen.getByRole('heading', { level: 3, name: 'Résultats des tests' })).toBeInTheDocument();
    expect(text).toContain('Tests automatiques axe-core sur chaque page');
    expect(text).toContain('Un parcours au clavier seul');
    expect(text).toContain('Contraste des couleurs des graphiques');
  });

  it('names the contract’s lead body from the contract’s data, not a name written in the code', async () => {
    const meta = mockContract().meta;
    server.use(
      http.get(dataUrl('meta.json'), () =>
        HttpResponse.json({ ...meta, agglomeration: 'Communauté de communes du Causse' }),
      ),
    );
    await openStatement();
    expect(
      await screen.findByText(/^Communauté de communes du Causse s’engage à rendre ses sites internet/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Grand Cahors s’engage/)).not.toBeInTheDocument();
  });

  it('lists the known gaps, the screen readers first', async () => {
    await openStatement();
    const text = sectionText('Contenus non accessibles');
    expect(text).toMatch(/Aucun test n’a encore été fait avec un lecteur d’écran \(NVDA, JAWS, VoiceOver/);
    expect(text).toContain(
      'Les images PNG des graphiques exportées ne contiennent aucune alternative textuelle',
    );
    for (const gap of KNOWN_GAPS) expect(text).toContain(gap.label);
  });

  it('dates the statement and names the technologies and the test environment', async () => {
    await openStatement();
    const text = sectionText('Établissement de cette déclaration d’accessibilité');
    expect(text).toContain('Cette déclaration a été établie le 25 novembre 2026.');
    expect(document.querySelector('time')).toHaveAttribute('datetime', '2026-11-25');
    expect(text).toContain('JavaScript (React)');
    expect(text).toContain('SVG');
    expect(text).toContain('Chromium');
    expect(text).toContain('axe-core');
  });

  it('has a contact section that says the contact is missing rather than inventing one', async () => {
    await openStatement();
    const text = sectionText('Retour d’information et contact');
    expect(text).toContain('pour être orienté vers une alternative accessible');
    expect(text).toContain('À compléter : aucun moyen de contact n’est encore indiqué.');
    expect(document.querySelector('a[href^="mailto:"]')).toBeNull();
  });

  it('gives every way to the Défenseur des droits', async () => {
    await openStatement();
    const text = sectionText('Voies de recours');
    expect(screen.getByRole('link', { name: 'écrire un message au Défenseur des droits' })).toHaveAttribute(
      'href',
      'https://formulaire.defenseurdesdroits.fr/',
    );
    expect(
      screen.getByRole('link', { name: 'contacter le délégué du Défenseur des droits dans votre région' }),
    ).toHaveAttribute('href', expect.stringMatching(/^https:\/\/www\.defenseurdesdroits\.fr\//));
    expect(screen.getByRole('link', { name: '09 69 39 00 00' })).toHaveAttribute('href', 'tel:+33969390000');
    expect(text).toContain('ne pas mettre de timbre');
    expect(text).toContain('Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07');
  });

  it('keeps its headings in order: one h1, the model’s sections as h2, none skipping a level', async () => {
    await openStatement();
    const headings = [...document.querySelectorAll('main h1, main h2, main h3, main h4')];
    const levels = headings.map((heading) => Number(heading.tagName.slice(1)));
    expect(levels[0]).toBe(1);
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    for (let index = 1; index < levels.length; index += 1) {
      expect(
        (levels[index] ?? 0) - (levels[index - 1] ?? 0),
        `« ${headings[index]?.textContent} » après « ${headings[index - 1]?.textContent} »`,
      ).toBeLessThanOrEqual(1);
    }
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'État de conformité',
      'Contenus non accessibles',
      'Établissement de cette déclaration d’accessibilité',
      'Retour d’information et contact',
      'Voies de recours',
    ]);
  });
});
