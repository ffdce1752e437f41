import { screen, waitFor, within } from '@testing-library/react';
import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { HttpResponse, http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chartToPngBlob } from '../../../src/components/charts/chart-export';
import { drawnChartImages } from '../../../src/features/annual-report/chart-images';
import { sectionFigureValues } from '../../../src/features/annual-report/report-content';
import { buildReportDocument } from '../../../src/features/annual-report/report-docx';
import { emptyDraft, setCommentary } from '../../../src/features/annual-report/report-draft';
import { deleteDraft, writeDraft } from '../../../src/features/annual-report/report-draft-storage';
import { dataUrl, mockIndicators } from '../../../src/mocks/handlers';
import { seededReport, tinyPng } from '../../support/annual-report-fixtures';
import { mockMode } from '../../support/mock-api';
import { renderApp } from '../../support/render';
import { server } from '../../support/server';

// jsdom draws no canvas: the PNG of a drawing is a fixed one, its SVG is the page's (what is tested).
vi.mock(import('../../../src/components/charts/chart-export'), async (original) => ({
  ...(await original()),
  chartToPngBlob: vi.fn(async () => new Blob([tinyPng], { type: 'image/png' })),
}));

const KEY = { contract: 'CV149', year: 2023 };
const SECTION = '2. Évolution de la situation des quartiers';

const clearDrafts = async () => {
  localStorage.clear();
  await deleteDraft(KEY);
};
beforeEach(async () => {
  await clearDrafts();
});
afterEach(clearDrafts);

/** The report of 2023, once its part 3 and the draft are there; its part 2, whatever its statistics do. */
const openReport = async () => {
  const view = renderApp('/rapport-annuel?annee=2023');
  await screen.findByRole('heading', { level: 1, name: /Rapport annuel 2023/ }, { timeout: 8_000 });
  await screen.findAllByRole(
    'textbox',
    { name: /Texte : Commentaire de l’équipe, partie 3\./ },
    { timeout: 5_000 },
  );
  return { ...view, section: screen.getByRole('region', { name: SECTION }) as HTMLElement };
};

/** Part 2's map, once drawn: its figure, named by its heading. */
const drawnMap = async (section: HTMLElement) => {
  const heading = await within(section).findByRole(
    'heading',
    { name: 'Carte des quartiers : couverture en 2023' },
    { timeout: 5_000 },
  );
  const figure = heading.closest('figure') as HTMLElement;
  await waitFor(() => expect(figure.querySelector('path.map-shape')).not.toBeNull());
  return figure;
};

const cellsOf = (row: HTMLElement) =>
  [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').replace(/\s/g, ' '));

describe('Annual report, part 2: the neighbourhoods’ situation', { timeout: 30_000 }, () => {
  it('shows Terre-Rouge’s real statistics against Cahors, names the territories without, and draws the map', async () => {
    const { section } = await openReport();
    const table = await within(section).findByRole('table', {
      name: 'Indicateurs de contexte : Terre-Rouge',
    });
    expect(
      within(table.querySelector('thead') as HTMLElement)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Indicateur', 'Terre-Rouge', 'Cahors', 'Millésime', 'Source']);
    const row = (name: string) => within(table).getByRole('rowheader', { name }).closest('tr') as HTMLElement;
    expect(cellsOf(row('Population'))).toEqual([
      'Population',
      '1 036 habitants',
      '19 616 habitants',
      '2015',
      'INSEE',
    ]);
    expect(cellsOf(row('Taux de pauvreté'))).toEqual([
      'Taux de pauvreté',
      '39 %',
      'non disponible',
      '2017',
      'INSEE',
    ]);
    expect(
      within(section).getByText(/^Sources des statistiques \(données réelles\) : INSEE/),
    ).toBeInTheDocument();
    expect(
      within(section).getByText(
        /^Statistiques non publiées pour Sainte-Valérie, Croix-de-Fer, Centre ancien, Valentré et Les Escales : /,
      ),
    ).toBeInTheDocument();

    // The map: Terre-Rouge drawn, named with its coverage in 2023 as part 3 gives it, a link to its page
    // for that year; no choice of figure (the report's is the year's coverage).
    const figure = await drawnMap(section);
    const coverage = within(
      within(screen.getByRole('table', { name: 'Actions 2023 par quartier' }))
        .getByRole('rowheader', { name: 'Terre-Rouge' })
        .closest('tr') as HTMLElement,
    ).getAllByRole('cell')[3]?.textContent;
    expect(coverage).toMatch(/%/);
    const link = within(figure).getByRole('link', { name: `Terre-Rouge : couverture ${coverage}` });
    expect(link.getAttribute('href')).toBe('/quartiers/terre-rouge?annee=2023');
    expect(within(figure).getAllByRole('link', { name: /\(périmètre non publié\)$/ })).toHaveLength(5);
    expect(within(figure).queryByRole('radio')).not.toBeInTheDocument();
    expect(within(figure).getByText(/colorés selon la couverture en 2023/)).toBeInTheDocument();
  });

  it('says while the statistics load, and flags no figure of a commentary meanwhile', async () => {
    // A commentary written on part 2 as it is with the statistics.
    const section2 = seededReport(2023).content.sections.find((section) => section.id === 'situation');
    if (!section2) throw new Error('no section 2');
    await writeDraft(
      setCommentary(
        'situation',
        'Terre-Rouge compte 1 036 habitants.',
        sectionFigureValues(section2),
      )(emptyDraft('CV149', 2023), new Date()),
    );
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    server.use(
      http.get(dataUrl('indicators.json'), async () => {
        await held;
        return HttpResponse.json(mockIndicators);
      }),
    );
    const { section } = await openReport();
    expect(within(section).getByText('Chargement des statistiques des quartiers…')).toHaveAttribute(
      'role',
      'status',
    );
    expect(within(section).queryByRole('region', { name: /chiffres? (a|ont) changé/ })).toBeNull();
    expect(screen.queryByText(/commentaires? portent? sur des chiffres qui ont changé/)).toBeNull();
    release();
    await within(section).findByRole('table', { name: 'Indicateurs de contexte : Terre-Rouge' });
    expect(within(section).queryByRole('region', { name: /chiffres? (a|ont) changé/ })).toBeNull();
  });

  it('shows an error with a retry when the statistics cannot be read, and the figures once read again', async () => {
    mockMode({ failure: 'http-500', target: 'indicators' });
    let requests = 0;
    const count = ({ request }: { request: Request }) => {
      if (request.url.endsWith('/indicators.json')) requests += 1;
    };
    server.events.on('request:start', count);
    const { user, section } = await openReport();
    const alert = await within(section).findByRole('alert');
    expect(alert).toHaveTextContent(/Impossible de charger les statistiques des quartiers/);
    expect(within(alert).getByRole('heading', { level: 4 })).toBeInTheDocument();
    // The rest of the report is there, the map too.
    await drawnMap(section);
    // Asked once, not again and again while the notice is shown (a notice that read the query itself
    // would make React Query fetch again each time it appears).
    await new Promise((resolve) => setTimeout(resolve, 500));
    server.events.removeListener('request:start', count);
    expect(requests).toBe(1);
    expect(within(section).getByRole('alert')).toBe(alert);
    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    const table = await within(section).findByRole('table', {
      name: 'Indicateurs de contexte : Terre-Rouge',
    });
    expect(within(table).getByRole('cell', { name: /^1\s036 habitants$/ })).toBeInTheDocument();
  });

  it('says plainly that the statistics are not published (a 404), with no figure', async () => {
    mockMode({ failure: 'not-found', target: 'indicators' });
    const { section } = await openReport();
    expect(
      await within(section).findByText('Statistiques non publiées pour les quartiers du contrat.'),
    ).toBeInTheDocument();
    expect(within(section).queryByRole('table', { name: /Indicateurs de contexte/ })).toBeNull();
    expect(within(section).queryByRole('alert')).toBeNull();
  });

  it('reads the drawn map for the Word file: an image with its text, and the statistics in a table', async () => {
    const { section } = await openReport();
    await within(section).findByRole('table', { name: 'Indicateurs de contexte : Terre-Rouge' });
    const figure = await drawnMap(section);
    const summary = figure.querySelector('.chart-summary')?.textContent ?? '';
    expect(summary).toMatch(/Terre-Rouge sur la carte/);
    // What the download button does, less the Blob of the file (written as a buffer here), and for part 2
    // only: jsdom resolves the charts' CSS variables element by element, a minute for a bar chart.
    const { content } = seededReport(2023);
    const images = await drawnChartImages({
      ...content,
      sections: content.sections.filter((each) => each.id === 'situation'),
    });
    const map = images.get('situation-map');
    expect(map?.summary).toBe(summary);
    // Its hand-drawn SVG, read as the charts' Recharts surface is: the shapes, the legend, the sources.
    const [svg] = vi.mocked(chartToPngBlob).mock.calls.at(-1) ?? [];
    expect(svg).toContain('map-shape');
    expect(svg).toContain('Carte des quartiers : couverture en 2023');
    expect(svg).not.toMatch(/<a[\s>]/);
    const bytes = await Packer.toBuffer(
      buildReportDocument({ content, draft: emptyDraft('CV149', 2023), images, generatedAt: new Date() }),
    );
    const files = unzipSync(new Uint8Array(bytes));
    const document = strFromU8(files['word/document.xml'] as Uint8Array);
    const descriptions = [...document.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((match) => match[1]);
    const mapText = descriptions.find((text) =>
      text?.startsWith('Carte des quartiers : couverture en 2023.'),
    );
    expect(mapText).toContain(summary);
    expect(mapText).toMatch(/Terre-Rouge : \d+\s%/);
    expect(descriptions).toHaveLength(1);
    // A value that reads as one is held on one line in Word: its spaces are no-break.
    expect(document).toMatch(/1\u202f036\u00a0habitants/);
  });
});
