import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sectionFigureValues } from '../../../src/features/annual-report/report-content';
import {
  emptyDraft,
  type ReportDraft,
  setCommentary,
} from '../../../src/features/annual-report/report-draft';
import { deleteDraft, readDraft, writeDraft } from '../../../src/features/annual-report/report-draft-storage';
import { downloadBlob } from '../../../src/lib/download';
import { seededReport } from '../../support/annual-report-fixtures';
import { keyFigure } from '../../support/dashboard-page';
import { mockMode } from '../../support/mock-api';
import { renderApp } from '../../support/render';

vi.mock('../../../src/lib/download', () => ({ downloadBlob: vi.fn() }));
const download = vi.mocked(downloadBlob);

const KEY = { contract: 'CV149', year: 2023 };

const clearDrafts = async () => {
  localStorage.clear();
  await Promise.all([2022, 2023].map((year) => deleteDraft({ ...KEY, year })));
};

beforeEach(async () => {
  download.mockClear();
  await clearDrafts();
});
afterEach(clearDrafts);

/** The report page at an address, once its figures and the team's draft are there. */
const openReport = async (url = '/rapport-annuel?annee=2023') => {
  const view = renderApp(url);
  // The page is loaded on first use, then its data: longer than a dashboard page in jsdom.
  await screen.findByRole('heading', { level: 1, name: /Rapport annuel 2023/ }, { timeout: 8_000 });
  await screen.findAllByRole(
    'textbox',
    { name: /Texte : Commentaire de l’équipe, partie 3\./ },
    { timeout: 5_000 },
  );
  return view;
};

const sectionNamed = (name: RegExp | string) => screen.getByRole('region', { name }) as HTMLElement;

const commentaryField = (part: number) =>
  screen.getByRole('textbox', { name: new RegExp(`Texte : .*, partie ${part}\\.`) }) as HTMLTextAreaElement;

/** Waits for the debounced save: the status line then gives its time. */
const saved = () => screen.findByText(/Brouillon enregistré dans ce navigateur à/, {}, { timeout: 3_000 });

// A whole report (six sections, charts, every action of the year) per test: slower than a dashboard page.
describe('Annual report page', { timeout: 30_000 }, () => {
  it('follows the décret’s plan, with a commentary field per section', async () => {
    await openReport();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings).toEqual(
      expect.arrayContaining([
        '1. Rappel des orientations du contrat',
        '2. Évolution de la situation des quartiers',
        '3. Actions menées en 2023',
        '4. Moyens mobilisés',
        '5. Perspectives et pistes d’amélioration',
        '6. Annexes',
      ]),
    );
    for (const part of [1, 2, 3, 4, 5, 6]) expect(commentaryField(part)).toBeInTheDocument();
    // Section 2: the neighbourhoods' statistics and their map (test/features/annual-report/report-situation).
    expect(
      await within(sectionNamed('2. Évolution de la situation des quartiers')).findByRole('table', {
        name: 'Indicateurs de contexte : Terre-Rouge',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Année du rapport' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Rapport 2023' })).toHaveAttribute('aria-current', 'page');
    expect(document.title).toBe('Rapport annuel 2023 — Cap Quartiers');
  });

  it('shows in section 3 the overview’s key figures for ?annee=2023', async () => {
    const overview = renderApp('/?annee=2023');
    await screen.findByRole('heading', { level: 1, name: 'Vue d’ensemble' });
    await waitFor(() => expect(document.querySelector('dl[aria-label="Chiffres clés"]')).not.toBeNull());
    const labels = ['Actions', 'Coût total', 'Couverture', 'Avancement moyen', 'Actions en retard'];
    const onDashboard = labels.map((label) => keyFigure(label));
    overview.unmount();

    await openReport();
    expect(labels.map((label) => keyFigure(label, 'Chiffres clés 2023'))).toEqual(onDashboard);
    // The total row of the table per pillar: the same number of actions.
    const table = screen.getByRole('table', { name: 'Actions 2023 par pilier et axe transversal' });
    const total = within(table)
      .getByRole('rowheader', { name: 'Ensemble du contrat' })
      .closest('tr') as HTMLElement;
    expect(within(total).getAllByRole('cell')[0]).toHaveTextContent(onDashboard[0] as string);
  });

  it('opens on the last programmation year begun by the data date, and names an unknown year it ignores', async () => {
    renderApp('/rapport-annuel?annee=2031');
    await screen.findByRole('heading', { level: 1, name: /Rapport annuel 2023/ });
    expect(screen.getByText(/Paramètres d’adresse ignorés .*annee=2031/)).toBeInTheDocument();
  });

  it('keeps what the team types: saved as it types, there again after a reload', async () => {
    const { user, unmount } = await openReport();
    await user.type(commentaryField(3), 'Une année de reprise.{Enter}Deux actions <b>phares</b> & "citées".');
    await saved();
    unmount();

    await openReport();
    expect(commentaryField(3).value).toBe('Une année de reprise.\nDeux actions <b>phares</b> & "citées".');
    // Nothing else was written into the other sections.
    expect(commentaryField(4).value).toBe('');
  });

  it('saves at once when the page is hidden, without waiting for the pause in typing', async () => {
    await openReport();
    fireEvent.change(commentaryField(4), { target: { value: 'Crédits stables.' } });
    // The journal holds it synchronously, before any save.
    expect(localStorage.getItem('cap-quartiers:journal:rapport:CV149:2023')).toContain('Crédits stables.');
    window.dispatchEvent(new Event('pagehide'));
    await waitFor(async () => {
      const read = await readDraft(KEY);
      expect(read.status === 'ready' && read.draft.sections.moyens.commentary.text).toBe('Crédits stables.');
    });
  });

  it('resets the draft only after a confirmation', async () => {
    const { user, unmount } = await openReport();
    await user.type(commentaryField(1), 'À effacer');
    await saved();

    await user.click(screen.getByRole('button', { name: 'Réinitialiser le brouillon…' }));
    expect(screen.getByText(/Effacer le brouillon du rapport 2023 \?/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(commentaryField(1).value).toBe('À effacer');

    await user.click(screen.getByRole('button', { name: 'Réinitialiser le brouillon…' }));
    await user.click(screen.getByRole('button', { name: 'Effacer le brouillon' }));
    await waitFor(() => expect(commentaryField(1).value).toBe(''));
    expect(screen.getByText(/Brouillon effacé/)).toBeInTheDocument();
    unmount();

    await openReport();
    expect(commentaryField(1).value).toBe('');
    expect((await readDraft(KEY)).status).toBe('none');
  });

  it('flags a figure that changed since the commentary was written, until the team has checked it', async () => {
    // A commentary written when the report counted 99 actions, its other figures as they are now.
    const section3 = seededReport(2023).content.sections.find((section) => section.id === 'actions');
    if (!section3) throw new Error('no section 3');
    const then = { ...sectionFigureValues(section3), 'Chiffres clés 2023 — Actions': '99' };
    let draft: ReportDraft = emptyDraft('CV149', 2023, new Date('2024-01-10T09:00:00Z'));
    draft = setCommentary(
      'actions',
      'Nous avons mené 99 actions.',
      then,
    )(draft, new Date('2024-01-10T09:00:00Z'));
    await writeDraft(draft);

    const { user, unmount } = await openReport();
    const section = sectionNamed('3. Actions menées en 2023');
    const flag = within(section).getByRole('region', { name: /1 chiffre a changé depuis la rédaction/ });
    const actions = keyFigure('Actions', 'Chiffres clés 2023');
    expect(flag).toHaveTextContent(`Chiffres clés 2023 — Actions : 99 → ${actions}`);
    // The download says so too.
    expect(screen.getByText(/1 commentaire porte sur des chiffres qui ont changé/)).toHaveTextContent(
      '3. Actions menées en 2023',
    );

    // Fixing a typo is not checking the figures: the flag stays.
    await user.type(commentaryField(3), ' ');
    expect(within(section).getByRole('region', { name: /chiffre a changé/ })).toBeInTheDocument();

    await user.click(within(section).getByRole('button', { name: 'Commentaire relu : chiffres à jour' }));
    expect(within(section).queryByRole('region', { name: /chiffre a changé/ })).toBeNull();
    await saved();
    unmount();

    await openReport();
    expect(
      within(sectionNamed('3. Actions menées en 2023')).queryByRole('region', { name: /chiffre a changé/ }),
    ).toBeNull();
  });

  it('keeps the draft when the data are published again, and flags the figures that changed', async () => {
    const { user, unmount } = await openReport();
    await user.type(commentaryField(4), 'Le coût total progresse.');
    await saved();
    unmount();

    // Another programmation at the same address: a re-publication of actions.json.
    mockMode({ seed: 7 });
    await openReport();
    expect(commentaryField(4).value).toBe('Le coût total progresse.');
    expect(
      within(sectionNamed('4. Moyens mobilisés')).getByRole('region', { name: /chiffres? (a|ont) changé/ }),
    ).toHaveTextContent('Moyens 2023 — Coût total des actions');
  });

  it('exports the draft as a JSON file, and imports one after a confirmation, naming a bad file’s fields', async () => {
    const { user } = await openReport();
    await user.type(commentaryField(5), 'Priorité : l’emploi des jeunes.');
    await user.click(screen.getByRole('button', { name: 'Exporter le brouillon (JSON)' }));
    const [blob, name] = download.mock.calls[0] ?? [];
    expect(name).toBe('rapport-annuel-2023-cv149-brouillon.json');
    const exported = JSON.parse(await (blob as Blob).text()) as ReportDraft;
    expect(exported.sections.perspectives.commentary.text).toBe('Priorité : l’emploi des jeunes.');

    const input = document.querySelector<HTMLInputElement>('input[type="file"]') as HTMLInputElement;
    const upload = (name: string, content: string) =>
      user.upload(input, new File([content], name, { type: 'application/json' }));

    // A file that is not a draft: every problem names its field.
    const broken = { ...exported, sections: { ...exported.sections, actions: { commentary: { text: 42 } } } };
    await upload('abime.json', JSON.stringify(broken));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('« abime.json » n’est pas un brouillon de rapport valide');
    expect(alert).toHaveTextContent('sections.actions.commentary.text : texte attendu');

    await upload('autre-annee.json', JSON.stringify({ ...exported, year: 2022 }));
    expect(await screen.findByRole('alert')).toHaveTextContent('brouillon du rapport 2022');

    await upload('pas-du-json.json', '{ pas du json');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '« pas-du-json.json » n’est pas un fichier JSON lisible',
    );

    // A colleague's draft replaces this one once confirmed.
    const colleague = setCommentary('actions', 'Texte de la collègue.', {})(exported, new Date());
    await upload('collegue.json', JSON.stringify(colleague));
    await user.click(await screen.findByRole('button', { name: 'Remplacer le brouillon' }));
    await waitFor(() => expect(commentaryField(3).value).toBe('Texte de la collègue.'));
    expect(screen.getByText(/Brouillon importé depuis « collegue\.json »/)).toBeInTheDocument();
    const read = await readDraft(KEY);
    expect(read.status === 'ready' && read.draft.sections.actions.commentary.text).toBe(
      'Texte de la collègue.',
    );
  });

  it('records the opinions received in the annexes, saved like the commentaries', async () => {
    const { user, unmount } = await openReport();
    const annexes = sectionNamed('6. Annexes');
    await user.click(within(annexes).getByRole('button', { name: 'Ajouter un avis' }));
    const entry = within(annexes).getByRole('group', { name: 'Avis 1' });
    expect(within(entry).getByRole('textbox', { name: 'Instance' })).toHaveFocus();
    await user.type(
      within(entry).getByRole('textbox', { name: 'Instance' }),
      'Conseil citoyen de Terre-Rouge',
    );
    fireEvent.change(within(annexes).getByLabelText('Date'), { target: { value: '2024-03-02' } });
    await user.selectOptions(within(annexes).getByRole('combobox', { name: 'Avis' }), 'favorable-reserves');
    await user.type(
      within(annexes).getByRole('textbox', { name: 'Texte de l’avis' }),
      'Plus d’actions pour les jeunes.',
    );
    await user.type(
      within(annexes).getByRole('textbox', { name: 'Suite donnée' }),
      'Inscrit aux priorités 2024.',
    );
    await saved();
    unmount();

    await openReport();
    const reopened = within(sectionNamed('6. Annexes')).getByRole('group', {
      name: 'Avis 1 : Conseil citoyen de Terre-Rouge',
    });
    expect(within(reopened).getByLabelText('Date')).toHaveValue('2024-03-02');
    expect(within(reopened).getByRole('combobox', { name: 'Avis' })).toHaveValue('favorable-reserves');
    expect(within(reopened).getByRole('textbox', { name: 'Suite donnée' })).toHaveValue(
      'Inscrit aux priorités 2024.',
    );
  });
});
