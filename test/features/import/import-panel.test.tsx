import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { MemoryRouter } from 'react-router-dom';
import { readSheet } from 'read-excel-file/universal';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { localIsoDay } from '../../../src/domain/data-date';
import { ImportPanel } from '../../../src/features/import/components/import-panel';
import { importColumns } from '../../../src/features/import/import-columns';
import { readLocalDataset, saveLocalDataset } from '../../../src/features/import/local-dataset';
import { parseCsv } from '../../../src/lib/csv';
import { downloadBlob } from '../../../src/lib/download';
import { dataUrl, mockContract } from '../../../src/mocks/handlers';
import {
  buildProgrammationWorkbook,
  HEADER_LINE,
  TOTAL_LINE,
  WORKBOOK_NAME,
} from '../../support/programmation-workbook';
import { renderApp } from '../../support/render';
import { server } from '../../support/server';
import { buildXlsx, encodeUtf8, encodeWindows1252 } from '../../support/spreadsheet-files';

vi.mock('../../../src/lib/download', () => ({ downloadBlob: vi.fn() }));
const download = vi.mocked(downloadBlob);

beforeEach(() => download.mockClear());

/** The panel alone, as the page "Données" mounts it, on the mock API. */
const renderPanel = () => {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const user = userEvent.setup();
  render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter>
        <ImportPanel />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return { user, queryClient };
};

const HEADERS = [
  'Année',
  'Intitulé de l’action',
  'Porteur',
  'Type de porteur',
  'Quartier(s)',
  'Objectif(s) opérationnel(s)',
  'Statut',
  'Avancement (%)',
  'Date de début',
  'Date de fin',
  'Coût total',
  'État (BOP 147)',
];

/** A valid row of the template, in HEADERS' order. */
const row = (title: string, changes: Partial<Record<(typeof HEADERS)[number], string>> = {}) => {
  const cells: Record<string, string> = {
    Année: '2024',
    'Intitulé de l’action': title,
    Porteur: 'Association Médiation Lot',
    'Type de porteur': 'Association',
    'Quartier(s)': 'Terre-Rouge',
    'Objectif(s) opérationnel(s)': 'P3.2.3',
    Statut: 'En cours',
    'Avancement (%)': '40 %',
    'Date de début': '15/01/2024',
    'Date de fin': '31/12/2024',
    'Coût total': '12 500,50 €',
    'État (BOP 147)': '5 000 €',
    ...changes,
  };
  return HEADERS.map((header) => cells[header] ?? '');
};

const csvText = (rows: readonly (readonly string[])[], headers: readonly string[] = HEADERS) =>
  [headers, ...rows].map((cells) => cells.join(';')).join('\r\n');

/** 12 good rows (lines 2 to 13 of the sheet) and, on line 14, an objective with a typo. */
const twelveGoodOneBad = () => [
  ...Array.from({ length: 12 }, (_, index) => row(`Action de quartier n° ${index + 1}`)),
  row('Médiation de nuit', { 'Objectif(s) opérationnel(s)': 'Renforcer le CLSP' }),
];

const fileInput = () => screen.getByLabelText('Choisir un fichier (.xlsx ou .csv)');

const upload = async (
  user: ReturnType<typeof userEvent.setup>,
  bytes: Uint8Array,
  name: string,
  { wait = false } = {},
) => {
  // In the whole app, the panel is loaded with the page's import section, a moment after the page.
  const input = wait
    ? await screen.findByLabelText('Choisir un fichier (.xlsx ou .csv)', {}, { timeout: 5000 })
    : fileInput();
  await user.upload(input, new File([bytes as BlobPart], name));
};

const report = () => screen.findByRole('region', { name: 'Résultat de la lecture' }, { timeout: 5000 });

const mappingStep = () =>
  screen.findByRole('region', { name: 'Correspondance des colonnes' }, { timeout: 5000 });

/** The select of a column of the file in the mapping step, by the column's title. */
const columnSelect = (step: HTMLElement, header: string) =>
  within(step).getByRole('combobox', {
    name: new RegExp(`^[A-Z]+ ${header.replace(/[()/]/g, '\\$&')} Lue comme$`),
  });

/** The mapping step's box of missing required columns: its heading, then each column (without its sign). */
const missingColumns = (step: HTMLElement) => {
  const box = within(step).getByRole('status');
  return [
    box.querySelector('strong')?.textContent,
    ...within(box)
      .queryAllByRole('listitem')
      .map((item) => item.textContent?.replace('⚠ ', '')),
  ];
};

/** A table row's cells, header cells included, as text. */
const cellsOf = (tableRow: HTMLElement | undefined) =>
  Array.from(tableRow?.children ?? [], (cell) => cell.textContent);

const lastDownload = () => {
  const [blob, name] = download.mock.lastCall ?? [];
  if (!blob) throw new Error('nothing downloaded');
  return { blob, name };
};

describe('ImportPanel: reading a file', () => {
  it('reports a refused row with its line, column, value and likely fix, and previews the accepted ones', async () => {
    const { user } = renderPanel();
    expect(fileInput()).toHaveAttribute('type', 'file');
    expect(fileInput()).toHaveAttribute(
      'accept',
      '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    await upload(user, encodeUtf8(csvText(twelveGoodOneBad())), 'programmation.csv');

    const section = await report();
    expect(section).toHaveTextContent(
      'Fichier « programmation.csv » : CSV, séparateur point-virgule, encodage UTF-8.',
    );
    expect(section).toHaveTextContent('13 lignes lues : 12 actions acceptées, 1 ligne refusée.');
    // Announced to screen readers, not only shown.
    expect(
      screen.getByText(
        'Fichier « programmation.csv » lu : 13 lignes lues : 12 actions acceptées, 1 ligne refusée.',
      ),
    ).toHaveAttribute('role', 'status');
    expect(section).toHaveTextContent(
      'Les lignes refusées ne sont pas importées ; corrigez-les dans votre fichier puis chargez-le de nouveau.',
    );

    const problems = within(section).getByRole('table', { name: /^Problèmes des lignes refusées/ });
    const [header, ...rows] = within(problems).getAllByRole('row');
    expect(
      within(header as HTMLElement)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Ligne', 'Colonne', 'Valeur', 'Problème', 'Suggestion']);
    expect(rows).toHaveLength(1);
    expect(cellsOf(rows[0])).toEqual([
      '14',
      'Objectif(s) opérationnel(s) (F)',
      'Renforcer le CLSP',
      '« Renforcer le CLSP » ne correspond à aucun objectif',
      'Vouliez-vous dire « Renforcer le CLSPD (P3.4.1) » ?',
    ]);

    const preview = within(section).getByRole('table', { name: /^Aperçu : 10 sur 12 actions acceptées/ });
    const previewRows = within(preview).getAllByRole('row').slice(1);
    expect(previewRows).toHaveLength(10);
    const first = within(previewRows[0] as HTMLElement);
    expect(first.getByRole('rowheader')).toHaveTextContent('Action de quartier n° 1');
    expect(cellsOf(previewRows[0])).toEqual([
      '2',
      '2024',
      'Action de quartier n° 1',
      'Association Médiation Lot',
      'Terre-Rouge',
      'P3.2.3',
      'En cours',
      '12\u202f500,50\u00a0€',
    ]);

    expect(screen.getByText('La ligne refusée sera laissée de côté.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Utiliser ces 12 actions dans ce navigateur' })).toBeEnabled();
  });

  it('lets the report of the problems be downloaded as a CSV', async () => {
    const { user } = renderPanel();
    await upload(user, encodeUtf8(csvText(twelveGoodOneBad())), 'programmation.csv');
    await report();
    await user.click(screen.getByRole('button', { name: 'Télécharger le rapport (CSV)' }));
    const { blob, name } = lastDownload();
    expect(name).toBe('rapport-d-import-programmation.csv');
    expect(parseCsv(await blob.text())).toEqual([
      ['Ligne', 'Colonne', 'Valeur', 'Problème', 'Suggestion'],
      [
        '14',
        'Objectif(s) opérationnel(s) (F)',
        'Renforcer le CLSP',
        '« Renforcer le CLSP » ne correspond à aucun objectif',
        'Vouliez-vous dire « Renforcer le CLSPD (P3.4.1) » ?',
      ],
    ]);
  });

  it('reads a CSV saved by Excel for Windows (Windows-1252) with its accents', async () => {
    const { user } = renderPanel();
    const text = csvText([row('Médiation sociale à l’école'), row('Chantier éducatif « été »')]);
    await upload(user, encodeWindows1252(text), 'programmation-excel.csv');
    const section = await report();
    expect(section).toHaveTextContent('encodage Windows-1252');
    expect(section).toHaveTextContent('2 lignes lues : 2 actions acceptées, 0 ligne refusée.');
    const preview = within(section).getByRole('table', { name: /^Aperçu/ });
    expect(
      within(preview)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Médiation sociale à l’école', 'Chantier éducatif « été »']);
    expect(screen.getByRole('button', { name: 'Utiliser ces 2 actions dans ce navigateur' })).toBeEnabled();
    expect(screen.queryByText(/laissées? de côté/)).not.toBeInTheDocument();
  });

  it('reads an Excel workbook (.xlsx) with numbers and dates as cells', async () => {
    const { user } = renderPanel();
    const bytes = await buildXlsx([
      { name: 'Consignes', rows: [['Remplir la feuille Programmation']] },
      {
        name: 'Programmation',
        rows: [
          HEADERS,
          [
            2024,
            'Atelier d’écriture',
            'Médiathèque',
            'Commune',
            'QP046001',
            'P3.4.1',
            'Programmée',
            { value: 0.25, format: '0%' },
            new Date(Date.UTC(2024, 2, 15)),
            new Date(Date.UTC(2024, 11, 31)),
            { value: 8000, format: '#,##0.00 €' },
            3000,
          ],
        ],
      },
    ]);
    await upload(user, bytes, 'programmation.xlsx');
    const section = await report();
    expect(section).toHaveTextContent('classeur Excel (.xlsx), feuille « Programmation »');
    expect(section).toHaveTextContent('1 ligne lue : 1 action acceptée, 0 ligne refusée.');
    const preview = within(section).getByRole('table', { name: /^Aperçu/ });
    expect(cellsOf(within(preview).getAllByRole('row')[1])).toEqual([
      '2',
      '2024',
      'Atelier d’écriture',
      'Médiathèque',
      'Terre-Rouge',
      'P3.4.1',
      'Programmée',
      '8\u202f000\u00a0€',
    ]);
    expect(screen.getByRole('button', { name: 'Utiliser cette action dans ce navigateur' })).toBeEnabled();
  });

  it('asks for the required columns a file lacks, and refuses it with the list when none is given', async () => {
    const { user } = renderPanel();
    const text = csvText(
      [['2024', 'Médiation', 'Association Lot']],
      ['Année', 'Intitulé de l’action', 'Porteur'],
    );
    await upload(user, encodeUtf8(text, { bom: true }), 'incomplet.csv');
    const step = await mappingStep();
    expect(missingColumns(step)).toEqual([
      '5 colonnes obligatoires sans colonne du fichier :',
      'Type de porteur',
      'Quartier(s)',
      'Objectif(s) opérationnel(s)',
      'Statut',
      'Coût total',
    ]);
    await user.click(within(step).getByRole('button', { name: 'Lire le fichier avec ces colonnes' }));
    const section = await report();
    expect(section).toHaveTextContent(
      'Fichier refusé : Colonnes obligatoires absentes : « Type de porteur », « Quartier(s) », « Objectif(s) opérationnel(s) », « Statut », « Coût total ».',
    );
    expect(screen.queryByRole('button', { name: /^Utiliser/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('says how to save an old Excel file (.xls) instead of reading it, when one is dropped on the zone', async () => {
    renderPanel();
    const zone = fileInput().closest('div') as HTMLElement;
    const file = new File(
      [new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])],
      'programmation.xls',
    );
    fireEvent.dragOver(zone, { dataTransfer: { files: [file], types: ['Files'] } });
    fireEvent.drop(zone, { dataTransfer: { files: [file], types: ['Files'] } });
    const notice = (await screen.findByText('Fichier non lu :', {}, { timeout: 5000 })).closest('p');
    expect(notice).toHaveTextContent(
      'Fichier non lu : Le fichier « programmation.xls » est au format Excel 97-2003 (.xls), qui n’est pas lu',
    );
    expect(screen.queryByRole('button', { name: /^Utiliser/ })).not.toBeInTheDocument();
  });

  it('says so when the objectives cannot be loaded, since rows cannot be checked without them', async () => {
    server.use(http.get(dataUrl('objectives.json'), () => new HttpResponse('panne', { status: 500 })));
    const { user } = renderPanel();
    await upload(user, encodeUtf8(csvText([row('Médiation')])), 'programmation.csv');
    const notice = (await screen.findByText('Fichier non lu :', {}, { timeout: 5000 })).closest('p');
    expect(notice).toHaveTextContent(
      /Les objectifs du contrat ou la liste des quartiers n’ont pas pu être chargés \(.*500.*\) : le fichier ne peut pas être vérifié/,
    );
  });

  it('clears the report on "Annuler" and gives the focus back to the file input', async () => {
    const { user } = renderPanel();
    await upload(user, encodeUtf8(csvText([row('Médiation')])), 'programmation.csv');
    await report();
    await user.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(screen.queryByRole('region', { name: 'Résultat de la lecture' })).not.toBeInTheDocument();
    expect(fileInput()).toHaveFocus();
    expect((await readLocalDataset()).status).toBe('none');
  });
});

describe('ImportPanel: confirming', () => {
  it('stores the accepted actions in this browser, says so, and the panel then takes them for the current data', async () => {
    const { user } = renderPanel();
    await upload(user, encodeUtf8(csvText(twelveGoodOneBad())), 'programmation.csv');
    await report();
    await user.click(screen.getByRole('button', { name: 'Utiliser ces 12 actions dans ce navigateur' }));

    const success = await screen.findByText(
      'Données importées : le tableau de bord affiche maintenant ces 12 actions.',
      {},
      { timeout: 5000 },
    );
    expect(success.closest('[tabindex="-1"]')).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Voir la vue d’ensemble' })).toHaveAttribute('href', '/');

    const stored = await readLocalDataset();
    expect(stored.status).toBe('ready');
    if (stored.status !== 'ready') return;
    expect(stored.dataset.fileName).toBe('programmation.csv');
    expect(stored.dataset.actions).toHaveLength(12);
    expect(stored.dataset.actions).not.toContainEqual(
      expect.objectContaining({ title: 'Médiation de nuit' }),
    );

    // The current data are now the import: the panel offers the way back.
    expect(
      await screen.findByText(/Données affichées : import local « programmation\.csv »/),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Revenir aux données publiées' })).toBeEnabled();
  });

  it('proposes the file’s latest progress report as the data date, stores the date confirmed, and refuses one before that report', async () => {
    const { user } = renderPanel();
    const headers = [...HEADERS, 'Historique d’avancement'];
    const rows = [
      [...row('Médiation'), '15/03/2024 : 20 % ; 30/09/2024 : 40 %'],
      [...row('Atelier', { 'Avancement (%)': '' }), ''],
    ];
    // A cell holding ";" is quoted, as Excel saves it.
    const quoted = rows.map((cells) => cells.map((cell) => (cell.includes(';') ? `"${cell}"` : cell)));
    await upload(user, encodeUtf8(csvText(quoted, headers)), 'historique.csv');
    await report();
    const field = screen.getByLabelText('Date des données');
    expect(field).toHaveValue('2024-09-30');
    expect(field).toHaveAccessibleDescription(
      'Proposée : le dernier point d’avancement daté du fichier. Le retard des actions et « Depuis le dernier comité » sont jugés à cette date.',
    );
    const confirm = screen.getByRole('button', { name: 'Utiliser ces 2 actions dans ce navigateur' });

    fireEvent.change(field, { target: { value: '2024-06-30' } });
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(
      /La date des données \(30 juin 2024\) précède le dernier point d’avancement du fichier \(30 septembre 2024\)/,
    );
    expect(confirm).toBeDisabled();

    fireEvent.change(field, { target: { value: '2024-10-15' } });
    expect(field).not.toHaveAttribute('aria-invalid');
    await user.click(confirm);
    await screen.findByText(/^Données importées :/, {}, { timeout: 5000 });
    const stored = await readLocalDataset();
    expect(stored.status === 'ready' && stored.dataset.dataDate).toBe('2024-10-15');
  });

  it('proposes today for a file that dates nothing, and says so', async () => {
    const { user } = renderPanel();
    await upload(user, encodeUtf8(csvText([row('Médiation')])), 'programmation.csv');
    await report();
    const field = screen.getByLabelText('Date des données');
    expect(field).toHaveValue(localIsoDay(new Date()));
    expect(field).toHaveAccessibleDescription(
      /^Le fichier n’a aucun point d’avancement daté \(colonne « Historique d’avancement »\) : la date du jour est proposée\. Indiquez plutôt le jour où la programmation était à jour\./,
    );
  });

  it('shows the import in the whole app, from the page "Données", and goes back to the published data', async () => {
    const { user } = renderApp('/donnees');
    await upload(user, encodeUtf8(csvText([row('Médiation'), row('Atelier')])), 'programmation.csv', {
      wait: true,
    });
    await report();
    await user.click(screen.getByRole('button', { name: 'Utiliser ces 2 actions dans ce navigateur' }));
    await screen.findByText(/^Données importées :/, {}, { timeout: 5000 });

    // The banner of every page, and the page's own table of files, say where the figures come from.
    expect(await screen.findByText(/^Données importées localement le\b/)).toBeInTheDocument();
    const actionsRow = screen.getByRole('row', { name: /programmation\.csv \(import local\)/ });
    expect(actionsRow).toHaveTextContent(/Import local du .+ depuis « programmation\.csv » : 2 actions/);

    const panel = screen.getByRole('region', { name: 'Importer la programmation' });
    await user.click(within(panel).getByRole('button', { name: 'Revenir aux données publiées' }));
    expect(
      await within(panel).findByText(/Les données publiées sont de nouveau affichées/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/^Données importées localement le\b/)).not.toBeInTheDocument();
    expect(within(panel).getByRole('heading', { name: 'Exporter les données actuelles' })).toHaveFocus();
    expect((await readLocalDataset()).status).toBe('none');
  });

  it('says why when the browser refuses to store the data, and keeps the report to try again', async () => {
    const { user } = renderPanel();
    await upload(user, encodeUtf8(csvText([row('Médiation')])), 'programmation.csv');
    await report();
    const original = globalThis.indexedDB;
    // A private window without storage.
    Object.defineProperty(globalThis, 'indexedDB', { value: undefined, configurable: true });
    try {
      await user.click(screen.getByRole('button', { name: 'Utiliser cette action dans ce navigateur' }));
      expect(await screen.findByRole('alert')).toHaveTextContent(
        /Les actions n’ont pas été enregistrées\. Import non enregistré : ce navigateur ne permet pas de conserver des données/,
      );
    } finally {
      Object.defineProperty(globalThis, 'indexedDB', { value: original, configurable: true });
    }
    expect(screen.getByRole('button', { name: 'Utiliser cette action dans ce navigateur' })).toBeEnabled();
  });
});

describe('ImportPanel: templates and exports', () => {
  it('gives the CSV template: the header row of every column, for French Excel', async () => {
    const { user } = renderPanel();
    await user.click(screen.getByRole('button', { name: 'Télécharger le modèle CSV' }));
    const { blob, name } = lastDownload();
    expect(name).toBe('modele-programmation.csv');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(parseCsv(await blob.text())).toEqual([importColumns.map((column) => column.header)]);
  });

  it('gives the Excel template with the objectives, the territories and the help', async () => {
    const { user } = renderPanel();
    await user.click(screen.getByRole('button', { name: 'Télécharger le modèle Excel (.xlsx)' }));
    await waitFor(() => expect(download).toHaveBeenCalled(), { timeout: 5000 });
    const { blob, name } = lastDownload();
    expect(name).toBe('modele-programmation.xlsx');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    // A zip archive, as every .xlsx is.
    expect(String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0)).toBe('PK');
    expect(await readSheet(blob, 'Programmation')).toEqual([importColumns.map((column) => column.header)]);
    const objectives = await readSheet(blob, 'Objectifs');
    expect(objectives[0]).toEqual(['Code', 'Objectif opérationnel']);
    expect(objectives).toContainEqual(['P3.4.1', 'Renforcer le CLSPD']);
    const territories = await readSheet(blob, 'Quartiers');
    expect(territories).toContainEqual(expect.arrayContaining(['Terre-Rouge', 'QP046001']));
    const help = await readSheet(blob, 'Aide');
    expect(help[0]).toEqual(['Colonne', 'Obligatoire', 'Ce que la cellule accepte']);
    expect(help.slice(1, importColumns.length + 1).map((cells) => cells.slice(0, 2))).toEqual(
      importColumns.map((column) => [column.header, column.required ? 'Oui' : 'Non']),
    );
  });

  it('exports the current actions as actions.json and in the template’s CSV', async () => {
    const { user } = renderPanel();
    const { actions } = mockContract();
    await user.click(await screen.findByRole('button', { name: 'Exporter actions.json' }, { timeout: 5000 }));
    const json = lastDownload();
    expect(json.name).toBe('actions.json');
    expect(json.blob.type).toBe('application/json');
    const text = await json.blob.text();
    expect(text).toContain('\n  "actions": [');
    expect(JSON.parse(text)).toEqual({ actions });

    // Published with its date: meta.json as the site serves it.
    await user.click(screen.getByRole('button', { name: 'Exporter meta.json' }));
    const meta = lastDownload();
    expect(meta.name).toBe('meta.json');
    expect(JSON.parse(await meta.blob.text())).toEqual(mockContract().meta);
    expect(screen.getByRole('region', { name: 'Exporter les données actuelles' })).toHaveTextContent(
      /porte la date des données, le 30 novembre 2023\./,
    );

    await user.click(screen.getByRole('button', { name: 'Exporter en CSV (modèle)' }));
    const csv = lastDownload();
    expect(csv.name).toBe('programmation.csv');
    const rows = parseCsv(await csv.blob.text());
    expect(rows[0]).toEqual(importColumns.map((column) => column.header));
    expect(rows).toHaveLength(actions.length + 1);
    // Published data: nothing to go back to.
    expect(screen.queryByRole('button', { name: 'Revenir aux données publiées' })).not.toBeInTheDocument();
  });

  it('exports with an import the meta.json that dates it: the date chosen on import, never called fictitious', async () => {
    const { actions, meta } = mockContract();
    await saveLocalDataset({
      fileName: 'programmation.xlsx',
      actions: actions.slice(0, 2),
      dataDate: '2024-03-31',
    });
    const { user } = renderPanel();
    await user.click(await screen.findByRole('button', { name: 'Exporter meta.json' }, { timeout: 5000 }));
    expect(JSON.parse(await lastDownload().blob.text())).toEqual({
      ...meta,
      dataDate: '2024-03-31',
      fictitious: false,
    });
    expect(screen.getByRole('region', { name: 'Exporter les données actuelles' })).toHaveTextContent(
      /porte la date des données, le 31 mars 2024\./,
    );
  });
});

describe('ImportPanel: the columns of a workbook kept as the team keeps it', () => {
  const uploadWorkbook = async (user: ReturnType<typeof userEvent.setup>) =>
    upload(user, await buildProgrammationWorkbook(), WORKBOOK_NAME);

  it('asks what each column holds: first values, likely columns chosen, partners read, missing ones highlighted', async () => {
    const { user } = renderPanel();
    await uploadWorkbook(user);
    const step = await mappingStep();
    expect(within(step).getByRole('heading', { name: 'Correspondance des colonnes' })).toHaveFocus();
    expect(step).toHaveTextContent(`(ligne d’en-têtes : ligne ${HEADER_LINE})`);

    const territories = columnSelect(step, 'QPV / Territoire');
    expect(territories).toHaveValue('territories');
    const territoriesRow = territories.closest('tr') as HTMLElement;
    expect(
      within(territoriesRow)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Terre-Rouge', 'Ste Valérie\nCroix de Fer', 'Terre Rouge']);
    expect(territoriesRow).toHaveTextContent('Suggestion : titre proche de « Quartier(s) ».');
    expect(columnSelect(step, 'N° dossier')).toHaveValue('id');
    expect(columnSelect(step, 'Observations')).toHaveValue('ignore');
    expect(columnSelect(step, 'Ville de Cahors')).toHaveValue('funding.ville');
    expect(columnSelect(step, 'Ville de Cahors').closest('tr')).toHaveTextContent(
      'Nom d’un partenaire du contrat.',
    );
    expect(columnSelect(step, 'Statut')).toHaveValue('status');
    expect(within(step).getByRole('status')).toHaveTextContent(
      'Toutes les colonnes obligatoires sont trouvées.',
    );

    // Without the territories, the required column is missing, and said so.
    await user.selectOptions(territories, 'Ignorer cette colonne');
    expect(missingColumns(step)).toEqual(['1 colonne obligatoire sans colonne du fichier :', 'Quartier(s)']);
    await user.selectOptions(territories, 'Quartier(s) (obligatoire)');
    expect(within(step).getByRole('status')).toHaveTextContent(
      'Toutes les colonnes obligatoires sont trouvées.',
    );

    await user.click(within(step).getByRole('button', { name: 'Lire le fichier avec ces colonnes' }));
    const section = await report();
    expect(section).toHaveTextContent(
      '6 lignes lues : 6 actions acceptées, 0 ligne refusée ; 1 ligne de total ignorée.',
    );
    expect(section).toHaveTextContent(`Ligne ${TOTAL_LINE} (« TOTAL ») : ligne de total ignorée.`);
    // Only the real choices are named: a column read by its own title is not a choice.
    expect(section).toHaveTextContent(
      'Colonne F « QPV / Territoire » lue comme « Quartier(s) », comme choisi dans la correspondance des colonnes.',
    );
    expect(section).not.toHaveTextContent('Colonne B « Année » lue comme');
    const line = screen.getByText(
      /^Colonnes lues selon la correspondance choisie, mémorisée dans ce navigateur/,
    );
    expect(line.closest('[tabindex="-1"]')).toHaveFocus();
    expect(screen.queryByRole('region', { name: 'Correspondance des colonnes' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Utiliser ces 6 actions dans ce navigateur' })).toBeEnabled();
  });

  it('remembers the columns for the next file with the same titles, and lets them be changed', async () => {
    const { user } = renderPanel();
    await uploadWorkbook(user);
    let step = await mappingStep();
    await user.selectOptions(columnSelect(step, 'Observations'), 'Public cible');
    await user.click(within(step).getByRole('button', { name: 'Lire le fichier avec ces colonnes' }));
    await report();
    await user.click(screen.getByRole('button', { name: 'Annuler' }));

    // The same workbook again: straight to the report, read with the columns chosen.
    await uploadWorkbook(user);
    const section = await report();
    expect(screen.queryByRole('region', { name: 'Correspondance des colonnes' })).not.toBeInTheDocument();
    expect(
      screen.getByText(/^Colonnes lues selon la correspondance mémorisée dans ce navigateur/),
    ).toBeInTheDocument();
    expect(section).toHaveTextContent(
      'Colonne R « Observations » lue comme « Public cible », comme choisi dans la correspondance des colonnes.',
    );

    await user.click(screen.getByRole('button', { name: 'Modifier la correspondance des colonnes' }));
    step = await mappingStep();
    expect(columnSelect(step, 'Observations')).toHaveValue('targetPublic');
    expect(columnSelect(step, 'Observations').closest('tr')).toHaveTextContent(
      'Choix mémorisé dans ce navigateur.',
    );
    // Cancelling the change goes back to the report as it was.
    await user.click(within(step).getByRole('button', { name: 'Annuler' }));
    expect(await report()).toHaveTextContent('lue comme « Public cible »');

    await user.click(screen.getByRole('button', { name: 'Modifier la correspondance des colonnes' }));
    step = await mappingStep();
    await user.selectOptions(columnSelect(step, 'Observations'), 'Ignorer cette colonne');
    expect(columnSelect(step, 'Observations').closest('tr')).toHaveTextContent('Modifié.');
    await user.click(within(step).getByRole('button', { name: 'Lire le fichier avec ces colonnes' }));
    expect(await report()).toHaveTextContent(
      'Colonne R « Observations » ignorée, comme choisi dans la correspondance des colonnes.',
    );
  }, 15_000); // Two uploads of the workbook and four readings: slow on a loaded machine.

  it('warns when two columns are read as one template column', async () => {
    const { user } = renderPanel();
    await uploadWorkbook(user);
    const step = await mappingStep();
    await user.selectOptions(columnSelect(step, 'Observations'), 'Statut (obligatoire)');
    expect(columnSelect(step, 'Observations').closest('tr')).toHaveTextContent(
      'Attention : « Statut » est aussi choisie pour la colonne H ; seule la première sera lue.',
    );
    expect(columnSelect(step, 'Statut').closest('tr')).toHaveTextContent(
      'Attention : « Statut » est aussi choisie pour la colonne R ; seule la première sera lue.',
    );
  });

  it('says when the browser cannot remember the columns, and reads the file all the same', async () => {
    const { user } = renderPanel();
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    try {
      await uploadWorkbook(user);
      const step = await mappingStep();
      await user.click(within(step).getByRole('button', { name: 'Lire le fichier avec ces colonnes' }));
      await report();
      expect(
        screen.getByText(
          /^Colonnes lues selon la correspondance choisie\. Elle n’a pas pu être mémorisée \(ce navigateur a refusé de l’enregistrer\)/,
        ),
      ).toBeInTheDocument();
    } finally {
      setItem.mockRestore();
    }
  });

  it('offers no choice for two columns of one title, which a remembered choice could not tell apart', async () => {
    const { user } = renderPanel();
    const text = csvText([[...row('Médiation'), 'à revoir', 'urgent']], [...HEADERS, 'Note', 'NOTE']);
    await upload(user, encodeUtf8(text), 'deux-notes.csv');
    const step = await mappingStep();
    const notes = within(step)
      .getAllByRole('row')
      .filter((tableRow) =>
        /^[A-Z]+ Note$/i.test(within(tableRow).queryByRole('rowheader')?.textContent ?? ''),
      );
    expect(notes).toHaveLength(2);
    for (const tableRow of notes) {
      expect(within(tableRow).queryByRole('combobox')).not.toBeInTheDocument();
      expect(tableRow).toHaveTextContent('Ignorée : une autre colonne a ce titre.');
    }
  });

  it('reads a file in the template’s titles straight away, and offers to change its columns', async () => {
    const { user } = renderPanel();
    await upload(user, encodeUtf8(csvText([row('Médiation')])), 'programmation.csv');
    await report();
    expect(screen.getByText('Colonnes lues d’après leurs titres.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Modifier la correspondance des colonnes' }));
    const step = await mappingStep();
    expect(columnSelect(step, 'Statut').closest('tr')).toHaveTextContent('Titre du modèle.');
  });
});
