import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { dashboardForYear } from '../../../src/domain/annual-report';
import type { ReportContent } from '../../../src/features/annual-report/report-content';
import {
  buildReportDocument,
  chartAltText,
  mapAltText,
  type ReportImage,
} from '../../../src/features/annual-report/report-docx';
import {
  addOpinion,
  emptyDraft,
  type ReportDraft,
  setCommentary,
} from '../../../src/features/annual-report/report-draft';
import { coverageLabel, domainLabel } from '../../../src/features/dashboard/chart-data';
import {
  formatEuros,
  formatEurosRounded,
  formatInteger,
  formatProgress,
  formatShare,
} from '../../../src/lib/format';
import { seededReport, seededReportInput, tinyPng } from '../../support/annual-report-fixtures';
import { HOSTILE_SCRIPT, HOSTILE_TEXTS } from '../../support/hostile-text';
import { repoRoot } from '../../support/seed';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A commentary nobody should be able to turn into markup, a field or a formula. */
const HOSTILE_COMMENTARY = [
  `Bilan ${HOSTILE_SCRIPT} & « guillemets » "doubles" 'simples'`,
  '=HYPERLINK("http://exemple.invalid";"cliquer") +1 -1 @SUM(A1)',
  ...HOSTILE_TEXTS,
  '</w:t></w:r></w:p><w:p><w:r><w:t>injecté',
  // A bell and a form feed: characters XML 1.0 cannot hold, which would corrupt the file.
  'fin\u0007\u000c.',
].join('\n');

type Unzipped = { files: Record<string, Uint8Array>; xml: (name: string) => Document };

const writeDocx = async (
  content: ReportContent,
  draft: ReportDraft,
  images = new Map<string, ReportImage>(),
) => {
  const document = buildReportDocument({
    content,
    draft,
    images,
    generatedAt: new Date('2024-01-15T10:00:00Z'),
  });
  const bytes = new Uint8Array(await Packer.toBuffer(document));
  // Kept for a person to open (.scratch/ is not committed), e.g. with LibreOffice.
  const out = resolve(repoRoot, '.scratch');
  mkdirSync(out, { recursive: true });
  writeFileSync(resolve(out, `rapport-annuel-${content.year}-test.docx`), bytes);
  const files = unzipSync(bytes);
  return {
    files,
    xml: (name: string) => {
      const entry = files[name];
      if (!entry) throw new Error(`${name} absent from the .docx`);
      const parsed = new DOMParser().parseFromString(strFromU8(entry), 'application/xml');
      expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0);
      return parsed;
    },
  } satisfies Unzipped;
};

const textOf = (node: Element) =>
  [...node.getElementsByTagNameNS(W, 't')].map((t) => t.textContent ?? '').join('');

const styleOf = (paragraph: Element) =>
  paragraph.getElementsByTagNameNS(W, 'pStyle')[0]?.getAttributeNS(W, 'val') ?? null;

/** The body's paragraphs (not those inside tables nor the table of contents), with their style and text. */
const bodyParagraphs = (doc: Document) =>
  [...doc.getElementsByTagNameNS(W, 'p')]
    .filter((p) => p.parentElement?.localName === 'body')
    .map((p) => ({ style: styleOf(p), text: textOf(p) }));

/** Every table of the body as rows of cell texts. */
const tables = (doc: Document) =>
  [...doc.getElementsByTagNameNS(W, 'tbl')].map((table) =>
    [...table.getElementsByTagNameNS(W, 'tr')].map((row) =>
      [...row.getElementsByTagNameNS(W, 'tc')].map((cell) => textOf(cell)),
    ),
  );

/** The table whose header row starts with these cells. */
const tableStarting = (doc: Document, header: string[]) => {
  const found = tables(doc).find((rows) => header.every((cell, index) => rows[0]?.[index] === cell));
  if (!found) throw new Error(`no table with header ${header.join(' | ')}`);
  return found;
};

// Writing and unzipping a whole report takes a few seconds on a busy machine.
describe('The annual report as a Word document', { timeout: 30_000 }, () => {
  const year = 2023;
  const { content } = seededReport(year);
  const { input } = seededReportInput();
  const dashboard = dashboardForYear(input, year);

  it('has the plan in real headings, a table of contents field, and the title page', async () => {
    const { files, xml } = await writeDocx(content, emptyDraft('CV149', year));
    const doc = xml('word/document.xml');
    const paragraphs = bodyParagraphs(doc);
    expect(paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual([
      '1. Rappel des orientations du contrat',
      '2. Évolution de la situation des quartiers',
      '3. Actions menées en 2023',
      '4. Moyens mobilisés',
      '5. Perspectives et pistes d’amélioration',
      '6. Annexes',
    ]);
    const level2 = paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text);
    expect(level2).toEqual(
      expect.arrayContaining([
        'Pilier : COHESION SOCIALE',
        'Axe transversal : LA JEUNESSE',
        'Par pilier et axe transversal',
        'Par quartier',
        'Objectifs opérationnels sans action en 2023',
        'Annexe 1 : liste des actions 2023',
        'Annexe 2 : avis reçus',
      ]),
    );
    // Heading 1 and 2 are Word's own styles, which its navigation pane lists.
    const styles = strFromU8(files['word/styles.xml'] as Uint8Array);
    expect(styles).toContain('w:styleId="Heading1"');
    expect(styles).toContain('w:styleId="Heading2"');

    // The table of contents is a TOC field over heading levels 1–2, updated when Word opens the file.
    const instructions = [...doc.getElementsByTagNameNS(W, 'instrText')].map(
      (node) => node.textContent ?? '',
    );
    expect(instructions.some((text) => /^TOC .*\\o "1-2"/.test(text))).toBe(true);
    // Filled in already from the headings, so that it is not empty before Word updates it.
    const toc = doc.getElementsByTagNameNS(W, 'sdtContent')[0];
    const entries = [...(toc?.getElementsByTagNameNS(W, 'p') ?? [])].map((p) => textOf(p));
    expect(entries).toContain('3. Actions menées en 2023');
    expect(entries).toContain('Par quartier');
    const settings = strFromU8(files['word/settings.xml'] as Uint8Array);
    expect(settings).toContain('w:updateFields');

    // Title page: the report, the contract, the year and the data date, and that the data are fictitious.
    const opening = paragraphs.slice(0, 10).map((p) => p.text);
    expect(opening).toContain('Rapport annuel de la politique de la ville 2023');
    expect(opening).toContain('Contrat de ville du Grand Cahors');
    expect(opening).toContain('Année 2023 (contrat 2015–2023)');
    expect(opening).toContain('Données au 30 novembre 2023');
    expect(opening.some((text) => text.startsWith('Données fictives de démonstration'))).toBe(true);
    expect(paragraphs.find((p) => p.style === 'Title')?.text).toBe(
      'Rapport annuel de la politique de la ville 2023',
    );
  });

  it('says on every page that the data are fictitious, with the page number, and is in French', async () => {
    const { files, xml } = await writeDocx(content, emptyDraft('CV149', year));
    const headers = Object.keys(files).filter((name) => /^word\/header\d*\.xml$/.test(name));
    const footers = Object.keys(files).filter((name) => /^word\/footer\d*\.xml$/.test(name));
    expect(headers.length).toBeGreaterThan(0);
    expect(footers.length).toBeGreaterThan(0);
    for (const name of [...headers, ...footers])
      expect(textOf(xml(name).documentElement)).toContain('Données fictives de démonstration');
    const footer = strFromU8(files[footers[0] as string] as Uint8Array);
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
    // Every Word section (the list of actions has landscape pages of its own) has the default header and
    // footer, and none a first page of its own: the notice is on every page, the title page included.
    const sections = [...xml('word/document.xml').getElementsByTagNameNS(W, 'sectPr')];
    expect(sections.length).toBeGreaterThan(1);
    for (const section of sections) {
      const references = [...section.childNodes].map((node) => (node as Element).localName);
      expect(references).toContain('headerReference');
      expect(references).toContain('footerReference');
      expect(section.getElementsByTagNameNS(W, 'titlePg')).toHaveLength(0);
    }
    const orientations = sections.map(
      (section) => section.getElementsByTagNameNS(W, 'pgSz')[0]?.getAttributeNS(W, 'orient') ?? 'portrait',
    );
    expect(orientations.filter((orientation) => orientation === 'landscape')).toHaveLength(1);
    expect(strFromU8(files['word/styles.xml'] as Uint8Array)).toContain('w:val="fr-FR"');
  });

  it('writes no fictitious notice for real data', async () => {
    const real = { ...content, context: { ...content.context, fictitious: false } };
    const { files } = await writeDocx(real, emptyDraft('CV149', year));
    for (const [name, bytes] of Object.entries(files)) {
      if (name.endsWith('.xml')) expect(strFromU8(bytes)).not.toContain('Données fictives');
    }
  });

  it('holds real tables with the dashboard’s figures for ?annee=2023', async () => {
    const { xml } = await writeDocx(content, emptyDraft('CV149', year));
    const doc = xml('word/document.xml');
    // Per pillar and axis: actions, cost, coverage, progress, objectives without action; then the whole contract.
    const byDomain = tableStarting(doc, ['Pilier ou axe', 'Actions', 'dont comptées', 'Coût']);
    expect(byDomain).toHaveLength(1 + dashboard.domains.length + 1);
    dashboard.domains.forEach((domain, index) => {
      const figures = dashboard.rollUp.byCode.get(domain.code);
      if (!figures) throw new Error(domain.code);
      expect(byDomain[index + 1]).toEqual([
        `${domain.code} ${domainLabel(domain)}`,
        formatInteger(figures.actions),
        formatInteger(figures.countingActions),
        formatEurosRounded(figures.budget),
        `${formatShare(figures.coverage.covered / figures.coverage.total)} (${figures.coverage.covered}/${figures.coverage.total})`,
        formatProgress(figures.progress),
        formatInteger(figures.unreportedActions),
        formatInteger(dashboard.gaps.filter((gap) => gap.domain.code === domain.code).length),
      ]);
    });
    expect(byDomain.at(-1)?.slice(0, 2)).toEqual([
      'Ensemble du contrat',
      formatInteger(dashboard.contract.actions),
    ]);

    // Per territory, each on its own actions.
    const byTerritory = tableStarting(doc, ['Quartier', 'Actions']);
    expect(byTerritory.slice(1).map((row) => [row[0], row[1], row[3]])).toEqual(
      dashboard.territories.map(({ territory, rollUp }) => [
        territory.name,
        formatInteger(rollUp.contract.actions),
        formatEurosRounded(rollUp.contract.budget),
      ]),
    );

    // The money: the State's credits this year and the year before.
    const funders = tableStarting(doc, ['Financeur', '2022', '2023']);
    const state = funders.find((row) => row[0] === 'État (BOP 147)');
    const before = dashboardForYear(input, 2022);
    expect(state?.slice(1, 3)).toEqual([
      formatEuros(before.budget.byFunder.etat),
      formatEuros(dashboard.budget.byFunder.etat),
    ]);
    expect(funders.find((row) => row[0] === 'Coût total des actions')?.[2]).toBe(
      formatEuros(dashboard.budget.totalCost),
    );

    // Annex 1: every action of the year, one row each.
    const annex = tableStarting(doc, ['Action', 'Porteur', 'Objectifs']);
    expect(annex.slice(1).map((row) => row[0])).toEqual(
      dashboard.actions.map((action) => `${action.id} — ${action.title}`),
    );

    // The header row repeats on every page a table runs over.
    expect(doc.getElementsByTagNameNS(W, 'tblHeader').length).toBeGreaterThanOrEqual(tables(doc).length);
  });

  it('holds section 2’s statistics in a real table, with their vintage and source against the commune', async () => {
    const { xml } = await writeDocx(content, emptyDraft('CV149', year));
    const doc = xml('word/document.xml');
    const table = tableStarting(doc, ['Indicateur', 'Terre-Rouge', 'Cahors', 'Millésime', 'Source']);
    const row = (header: string) =>
      table.find((cells) => cells[0] === header && cells.length > 1)?.map((cell) => cell.replace(/\s/g, ' '));
    expect(row('Population')).toEqual(['Population', '1 036 habitants', '19 616 habitants', '2015', 'INSEE']);
    expect(row('Taux de pauvreté')).toEqual(['Taux de pauvreté', '39 %', 'non disponible', '2017', 'INSEE']);
    // The themes as group rows spanning the table.
    expect(table.find((cells) => cells[0] === 'Revenus et pauvreté')).toHaveLength(1);
    const paragraphs = bodyParagraphs(doc);
    const start = paragraphs.findIndex((p) => p.text === '2. Évolution de la situation des quartiers');
    const end = paragraphs.findIndex((p) => p.text === '3. Actions menées en 2023');
    const section = paragraphs.slice(start, end);
    expect(section.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual([
      'Les quartiers du contrat',
      'Terre-Rouge, quartier prioritaire (QPV)',
      'Territoires sans statistiques publiées',
    ]);
    expect(section.map((p) => p.text)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^Sources des statistiques \(données réelles\) : INSEE, Données des quartiers prioritaires .*millésimes 2015, 2017 et 2020\.$/,
        ),
        expect.stringMatching(
          /^Statistiques non publiées pour Sainte-Valérie, Croix-de-Fer, Centre ancien, Valentré et Les Escales : /,
        ),
      ]),
    );
  });

  it('says « Statistiques non publiées » in section 2 when indicators.json is not published, and no figure', async () => {
    const { content: unpublished } = seededReport(year, { status: 'unpublished' });
    const { xml } = await writeDocx(unpublished, emptyDraft('CV149', year));
    const doc = xml('word/document.xml');
    const paragraphs = bodyParagraphs(doc).map((p) => p.text);
    const start = paragraphs.indexOf('2. Évolution de la situation des quartiers');
    const end = paragraphs.indexOf('3. Actions menées en 2023');
    expect(paragraphs.slice(start, end)).toContain(
      'Statistiques non publiées pour les quartiers du contrat.',
    );
    expect(tables(doc).some((rows) => rows[0]?.[3] === 'Millésime')).toBe(false);
  });

  it('puts section 2’s map in as a PNG image with its alternative text: what it shows and every value', async () => {
    const map = content.sections
      .flatMap((section) => section.blocks)
      .flatMap((block) => (block.kind === 'map' ? [block.map] : []))[0];
    if (!map) throw new Error('no map in the report');
    const summary =
      'Les 6 quartiers du contrat, colorés selon la couverture en 2023 : Terre-Rouge sur la carte, avec son périmètre officiel ; les 5 autres, sans périmètre publié, listés à côté.';
    const images = new Map([[map.key, { data: tinyPng, width: 1200, height: 700, summary }]]);
    const { files, xml } = await writeDocx(content, emptyDraft('CV149', year), images);
    expect(Object.keys(files).filter((name) => /^word\/media\/.+\.png$/.test(name))).toHaveLength(1);
    const doc = xml('word/document.xml');
    const drawing = doc.getElementsByTagNameNS(
      'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
      'docPr',
    )[0];
    expect(drawing?.getAttribute('title')).toBe('Carte des quartiers : couverture en 2023');
    const alt = drawing?.getAttribute('descr') ?? '';
    expect(alt).toBe(mapAltText(map, summary));
    const terreRouge = dashboard.territories.find(({ territory }) => territory.id === 'terre-rouge');
    if (!terreRouge) throw new Error('no Terre-Rouge');
    expect(alt).toContain(`Terre-Rouge : ${coverageLabel(terreRouge.rollUp.contract)}`);
    expect(alt).toContain('sans périmètre publié');
    // In section 2, after its subheading; the values written under it too, for a reader of the paper.
    const paragraphs = bodyParagraphs(doc).map((p) => p.text);
    const heading = paragraphs.indexOf('Les quartiers du contrat');
    expect(paragraphs.indexOf('2. Évolution de la situation des quartiers')).toBeLessThan(heading);
    expect(paragraphs[heading + 2]).toBe(summary);
    expect(paragraphs[heading + 3]).toContain(`Terre-Rouge : ${coverageLabel(terreRouge.rollUp.contract)}`);

    // Without its image, the map is described in words.
    const { xml: without } = await writeDocx(content, emptyDraft('CV149', year));
    expect(bodyParagraphs(without('word/document.xml')).map((p) => p.text)).toContain(
      `${map.summary} (Carte non disponible dans ce document.)`,
    );
  });

  it('puts the charts in as PNG images with their alternative text', async () => {
    const chart = content.sections
      .flatMap((section) => section.blocks)
      .flatMap((block) => (block.kind === 'chart' ? [block.chart] : []))[0];
    if (!chart) throw new Error('no chart in the report');
    const images = new Map([[chart.key, { data: tinyPng, width: 800, height: 400 }]]);
    const { files, xml } = await writeDocx(content, emptyDraft('CV149', year), images);
    expect(
      Object.keys(files).filter((name) => name.startsWith('word/media/') && name.endsWith('.png')),
    ).toHaveLength(1);
    const drawing = xml('word/document.xml').getElementsByTagNameNS(
      'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
      'docPr',
    )[0];
    expect(drawing?.getAttribute('descr')).toBe(chartAltText(chart));
    expect(drawing?.getAttribute('title')).toBe(chart.title);
    // A chart without its image is described in words.
    const { files: without } = await writeDocx(content, emptyDraft('CV149', year));
    expect(Object.keys(without).some((name) => name.startsWith('word/media/'))).toBe(false);
  });

  it('keeps the team’s text inert: markup, quotes and formulas stay text', async () => {
    let draft = emptyDraft('CV149', year);
    draft = setCommentary('actions', HOSTILE_COMMENTARY, {})(draft, new Date());
    draft = addOpinion('annexes', {
      id: 'avis-1',
      body: `Conseil citoyen ${HOSTILE_SCRIPT}`,
      date: '2024-02-01',
      verdict: 'favorable-reserves',
      text: '=1+1 & <b>gras</b>',
      followUp: '@SUM(A1)',
    })(draft, new Date());
    const { files, xml } = await writeDocx(content, draft);
    const raw = strFromU8(files['word/document.xml'] as Uint8Array);
    expect(raw).not.toContain('<script>');
    expect(raw).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(raw).not.toContain('<w:t>injecté');
    const doc = xml('word/document.xml');
    // The commentary's lines are paragraphs of text, exactly as typed, less the two control characters.
    const paragraphs = bodyParagraphs(doc).map((p) => p.text);
    const start = paragraphs.indexOf(
      'Commentaire de l’équipe',
      paragraphs.indexOf('3. Actions menées en 2023'),
    );
    expect(paragraphs.slice(start + 1, start + 1 + HOSTILE_COMMENTARY.split('\n').length)).toEqual(
      HOSTILE_COMMENTARY.replaceAll('\u0007', '').replaceAll('\u000c', '').split('\n'),
    );
    // No field, hyperlink or formula came out of the text.
    const instructions = [...doc.getElementsByTagNameNS(W, 'instrText')].map(
      (node) => node.textContent ?? '',
    );
    expect(instructions.filter((text) => !/^\s*(TOC|PAGEREF)/.test(text))).toEqual([]);
    expect(doc.getElementsByTagNameNS(W, 'fldSimple')).toHaveLength(0);
    expect(
      [...doc.getElementsByTagNameNS(W, 'hyperlink')].every((link) => link.getAttributeNS(W, 'anchor')),
    ).toBe(true);
    // The opinion, in the table of Annex 2.
    const opinions = tableStarting(doc, ['Instance', 'Date', 'Avis']);
    expect(opinions[1]).toEqual([
      `Conseil citoyen ${HOSTILE_SCRIPT}`,
      '1 février 2024',
      'Favorable avec réserves',
      '=1+1 & <b>gras</b>',
      '@SUM(A1)',
    ]);
  });
});
