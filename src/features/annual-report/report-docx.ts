import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { formatDay, formatIsoDate } from '../../lib/format';
import {
  COMMENTARY_PLACEHOLDER,
  commentaryHeading,
  FICTITIOUS_NOTICE,
  type ReportBlock,
  type ReportChart,
  type ReportContent,
  type ReportMap,
  type ReportSectionContent,
  type ReportTable,
} from './report-content';
import { type Opinion, opinionCells, opinionWords, type ReportDraft } from './report-draft';

/**
 * The annual report as a Word document (.docx), written in the browser with the docx library. This module is
 * the only one that imports docx: the page loads it on demand (a dynamic import), when the team asks for the
 * file, so that the library stays out of the first screen's JavaScript.
 *
 * Word's own structures, not pictures of them: headings (the navigation pane shows the plan), a table of
 * contents field (Word fills in its page numbers when it updates it), tables with a repeated header row,
 * page numbers in the footer, the charts as PNG images with their alternative text. The team's text goes in
 * as text runs: docx escapes it for XML, and characters XML cannot hold are removed, so that a commentary
 * holding `<`, `&`, quotes or a formula stays inert text.
 */

export type ReportImage = {
  /** A PNG. */
  data: Uint8Array;
  /** Its size in CSS pixels (the drawing's, before any scale of the bitmap). */
  width: number;
  height: number;
  /** The summary the page wrote under the drawing's title, for its alternative text. */
  summary?: string;
};

export type ReportDocxInput = {
  content: ReportContent;
  draft: ReportDraft;
  /** The charts drawn on the page, as PNG, by chart key; a chart without one is described in words. */
  images: ReadonlyMap<string, ReportImage>;
  /** When the file is written. */
  generatedAt: Date;
};

// A4 portrait, 2 cm margins: the width text and tables take, in twips and in pixels (96 to the inch).
const CM = 567;
const PAGE = { width: 11_906, height: 16_838, margin: 2 * CM };
const TEXT_WIDTH_TWIPS = PAGE.width - 2 * PAGE.margin;
/** The text's width on a landscape page, for the tables too wide for a portrait one (the list of actions). */
const LANDSCAPE_TEXT_WIDTH_TWIPS = PAGE.height - 2 * PAGE.margin;
const TEXT_WIDTH_PX = Math.floor((TEXT_WIDTH_TWIPS / 1440) * 96);
/** A chart is never taller than this on the page, in pixels. */
const MAX_IMAGE_HEIGHT_PX = 560;

const FONT = 'Calibri';
const MUTED = '4A4A4A';
const HEADING_COLOR = '0B4F8A';
const HEADER_FILL = 'E6EAF0';
const GROUP_FILL = 'F2F4F7';

/** Whether XML 1.0 allows a character: not the control characters but tab and line breaks, nor lone surrogates, U+FFFE, U+FFFF. */
const isXmlChar = (code: number) =>
  code === 0x9 ||
  code === 0xa ||
  code === 0xd ||
  (code >= 0x20 && code <= 0xd7ff) ||
  (code >= 0xe000 && code <= 0xfffd) ||
  (code >= 0x10000 && code <= 0x10ffff);

/**
 * The text less the characters XML cannot hold: a document holding one would not open. The XML escaping
 * itself (`<`, `&`, quotes) is docx's.
 */
export const xmlSafe = (text: string) => {
  let safe = '';
  // By code point: a lone surrogate comes as a character of its own, and is dropped.
  for (const char of text) if (isXmlChar(char.codePointAt(0) as number)) safe += char;
  return safe;
};

/** Paragraphs of typed text: one per line, blank lines kept as the author's paragraph breaks. */
const typedParagraphs = (text: string, style: { italics?: boolean } = {}): Paragraph[] =>
  xmlSafe(text)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => new Paragraph({ children: [new TextRun({ text: line, ...style })] }));

const plain = (text: string, options: { italics?: boolean; color?: string; size?: number } = {}) =>
  new Paragraph({ children: [new TextRun({ text: xmlSafe(text), ...options })] });

// ---- Tables ----

/** Half-points: 9 pt, or 8 pt for a table of seven columns or more, which must hold in the page's width. */
const tableFontSize = (columns: number) => (columns >= 7 ? 16 : 18);

const cellParagraph = (text: string, size: number, { bold = false, numeric = false } = {}) =>
  new Paragraph({
    alignment: numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
    children: [new TextRun({ text: xmlSafe(text), bold, size })],
  });

const CELL_MARGINS = { top: 40, bottom: 40, left: 60, right: 60 };

const border = { style: BorderStyle.SINGLE, size: 4, color: '8A93A3' };
const borders = { top: border, bottom: border, left: border, right: border };

/**
 * The width of a character of 9 pt text, and a cell's margins with some slack, in twips: generous, for the
 * wide fonts (DejaVu Sans) that stand in for Calibri where it is not installed.
 */
const CHAR_TWIPS_AT_9PT = 112;
const CELL_PADDING_TWIPS = 170;

/**
 * Column widths from what the columns hold, in twips. Each column gets at least its longest word (a figure
 * whole: "227 470 €" never breaks), and would like its typical text on one line; when that is wider than the
 * page, the columns of long texts give up room first, down to their longest word. Word and LibreOffice then
 * lay the table out the same way.
 */
const columnWidths = (
  texts: readonly { cells: readonly string[]; numeric: boolean }[],
  fontSize: number,
  textWidth: number,
) => {
  const CHAR_TWIPS = (CHAR_TWIPS_AT_9PT * fontSize) / 18;
  // A word's length in lower-case letters: capitals and figures are wider.
  const wordLength = (word: string) => {
    let length = 0;
    for (const char of word) length += /[A-ZÀ-Þ]/.test(char) ? 1.25 : /\d/.test(char) ? 1.1 : 1;
    return length;
  };
  // Lines break at spaces only: the no-break spaces of "567 310 €" or "44 %" hold their figure together.
  const longestWord = (text: string) => Math.max(0, ...text.split(/[ \t\n]+/).map(wordLength));
  const sizes = texts.map(({ cells, numeric }) => {
    const [header = '', ...body] = cells;
    const lengths = body.map((cell) => cell.length).sort((a, b) => a - b);
    const typical =
      lengths.length > 0 ? (lengths[Math.floor(lengths.length * 0.8)] as number) : header.length;
    // The header is in bold: DejaVu Sans Bold is almost a third wider.
    // A figure may be bold too (a total row).
    const least = Math.max(
      longestWord(header) * 1.3,
      ...body.map((cell) => longestWord(cell) * (numeric ? 1.12 : 1)),
    );
    const min = Math.min(least, 24) * CHAR_TWIPS + CELL_PADDING_TWIPS;
    // A figure needs no more than itself; a text would like its typical length on one line.
    const want = numeric ? min : Math.max(min, Math.min(40, typical) * CHAR_TWIPS + CELL_PADDING_TWIPS);
    return { min, want };
  });
  const wanted = sizes.reduce((sum, size) => sum + size.want, 0);
  if (wanted <= textWidth) {
    return sizes.map((size) => Math.floor((size.want * textWidth) / wanted));
  }
  const least = sizes.reduce((sum, size) => sum + size.min, 0);
  if (least >= textWidth) return sizes.map((size) => Math.floor((size.min * textWidth) / least));
  // Between the two: each column gives up the same share of what it could give up.
  const give = (wanted - textWidth) / (wanted - least);
  return sizes.map((size) => Math.floor(size.want - (size.want - size.min) * give));
};

type Column = { key: string; header: string; numeric?: boolean; nowrap?: boolean };

/** A value that reads as one (« 19 616 habitants », « non disponible »): its spaces made no-break. */
const held = (text: string) => text.replace(/ /g, '\u00a0');
type Row = { key: string; header: string; cells: Record<string, string>; kind?: 'group' | 'total' };

const wordTable = (
  rowHeader: string,
  columns: readonly Column[],
  rows: readonly Row[],
  textWidth = TEXT_WIDTH_TWIPS,
) => {
  const plainRows = rows.filter((row) => row.kind !== 'group');
  const textOf = (row: Row, column: Column) => {
    const text = row.cells[column.key] ?? '';
    return column.nowrap ? held(text) : text;
  };
  const size = tableFontSize(columns.length + 1);
  const widths = columnWidths(
    [
      { cells: [rowHeader, ...plainRows.map((row) => row.header)], numeric: false },
      ...columns.map((column) => ({
        cells: [column.header, ...plainRows.map((row) => textOf(row, column))],
        numeric: column.numeric ?? false,
      })),
    ],
    size,
    textWidth,
  );
  const cell = (
    text: string,
    width: number,
    options: { bold?: boolean; numeric?: boolean; fill?: string } = {},
  ) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      borders,
      shading: options.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: options.fill } : undefined,
      margins: CELL_MARGINS,
      children: [cellParagraph(text, size, options)],
    });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [
      cell(rowHeader, widths[0] as number, { bold: true, fill: HEADER_FILL }),
      ...columns.map((column, index) =>
        cell(column.header, widths[index + 1] as number, {
          bold: true,
          numeric: column.numeric,
          fill: HEADER_FILL,
        }),
      ),
    ],
  });
  const body = rows.map((row) =>
    row.kind === 'group'
      ? new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              columnSpan: columns.length + 1,
              borders,
              shading: { type: ShadingType.CLEAR, color: 'auto', fill: GROUP_FILL },
              margins: CELL_MARGINS,
              children: [cellParagraph(row.header, size, { bold: true })],
            }),
          ],
        })
      : new TableRow({
          cantSplit: true,
          children: [
            cell(row.header, widths[0] as number, { bold: row.kind === 'total' }),
            ...columns.map((column, index) =>
              cell(textOf(row, column), widths[index + 1] as number, {
                bold: row.kind === 'total',
                numeric: column.numeric,
              }),
            ),
          ],
        }),
  );
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    rows: [header, ...body],
  });
};

const caption = (text: string) =>
  new Paragraph({
    style: 'Caption',
    children: [new TextRun({ text: xmlSafe(text) })],
  });

const reportTable = (table: ReportTable) => [
  caption(table.caption),
  wordTable(
    table.rowHeader,
    table.columns,
    table.rows,
    table.wide ? LANDSCAPE_TEXT_WIDTH_TWIPS : TEXT_WIDTH_TWIPS,
  ),
  new Paragraph({ children: [] }),
];

// ---- Charts ----

/** The chart's alternative text: what it shows, and where its values are. */
export const chartAltText = (chart: ReportChart) =>
  `${chart.title}. ${chart.summary} Les valeurs figurent dans le tableau qui suit le graphique.`;

const chartParagraphs = (chart: ReportChart, image: ReportImage | undefined) => {
  if (!image) {
    return [
      caption(chart.title),
      plain(
        `${chart.summary} (Graphique non disponible dans ce document : ses valeurs sont dans le tableau qui suit.)`,
        {
          italics: true,
        },
      ),
    ];
  }
  return [
    new Paragraph({
      keepNext: true,
      children: [imageRun(image, chart.title, chartAltText(chart))],
    }),
    plain(chart.summary, { italics: true, color: MUTED, size: 20 }),
  ];
};

// ---- The map ----

/**
 * The map's alternative text: what it shows (the page's summary of the drawing when there is one: which
 * territories are on the map and which are listed beside it), then every territory's value in words.
 */
export const mapAltText = (map: ReportMap, summary: string = map.summary) =>
  `${map.title}. ${summary} ${map.rule} Valeurs : ${map.values.join(' ; ')}.`;

const imageRun = (image: ReportImage, name: string, description: string) => {
  const scale = Math.min(1, TEXT_WIDTH_PX / image.width, MAX_IMAGE_HEIGHT_PX / image.height);
  return new ImageRun({
    type: 'png',
    data: image.data,
    transformation: {
      width: Math.round(image.width * scale),
      height: Math.round(image.height * scale),
    },
    altText: { name: xmlSafe(name), title: xmlSafe(name), description: xmlSafe(description) },
  });
};

/** The map as an image with its text; without the image, its title, summary and values in words. */
const mapParagraphs = (map: ReportMap, image: ReportImage | undefined) => {
  const values = plain(`${map.rule} Valeurs : ${map.values.join(' ; ')}.`, {
    color: MUTED,
    size: 20,
  });
  if (!image) {
    return [
      caption(map.title),
      plain(`${map.summary} (Carte non disponible dans ce document.)`, { italics: true }),
      values,
    ];
  }
  return [
    new Paragraph({
      keepNext: true,
      children: [imageRun(image, map.title, mapAltText(map, image.summary))],
    }),
    plain(image.summary ?? map.summary, { italics: true, color: MUTED, size: 20 }),
    values,
  ];
};

// ---- Blocks ----

const blockChildren = (
  block: ReportBlock,
  images: ReadonlyMap<string, ReportImage>,
): (Paragraph | Table)[] => {
  switch (block.kind) {
    case 'subheading':
      return [
        new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(xmlSafe(block.text))] }),
      ];
    case 'paragraph':
      if (block.tone === 'unavailable')
        return [new Paragraph({ children: [new TextRun({ text: xmlSafe(block.text), bold: true })] })];
      return [plain(block.text, block.tone === 'rule' ? { color: MUTED, size: 20 } : {})];
    case 'list':
      return block.items.map(
        (item) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(xmlSafe(item))] }),
      );
    case 'figures':
      return reportTable({
        key: block.label,
        caption: block.label,
        rowHeader: 'Indicateur',
        columns: [
          { key: 'value', header: 'Valeur', numeric: true },
          ...(block.figures.some((figure) => figure.detail) ? [{ key: 'detail', header: 'Précision' }] : []),
        ],
        rows: block.figures.map((figure) => ({
          key: figure.key,
          header: figure.label,
          cells: { value: figure.value, detail: figure.detail ?? '' },
        })),
      });
    case 'table':
      return reportTable(block.table);
    case 'chart':
      return chartParagraphs(block.chart, images.get(block.chart.key));
    case 'map':
      return mapParagraphs(block.map, images.get(block.map.key));
    case 'status':
      // Exported while the statistics load, or after they failed: the document says they are missing.
      return [
        new Paragraph({
          children: [
            new TextRun({
              text: xmlSafe(
                block.status === 'loading'
                  ? 'Statistiques des quartiers non disponibles : elles étaient en cours de chargement quand ce document a été créé. Téléchargez-le à nouveau une fois la page chargée.'
                  : block.text,
              ),
              bold: true,
            }),
          ],
        }),
      ];
  }
};

const opinionTable = (caption: string, opinions: readonly Opinion[], withVerdict: boolean) =>
  reportTable({
    key: caption,
    caption,
    rowHeader: 'Instance',
    columns: withVerdict
      ? [
          { key: 'date', header: 'Date' },
          { key: 'verdict', header: 'Avis' },
          { key: 'text', header: opinionWords.opinions.text },
          { key: 'followUp', header: 'Suite donnée' },
        ]
      : [
          { key: 'date', header: 'Date' },
          { key: 'text', header: opinionWords.contributions.text },
        ],
    rows: opinions.map((opinion) => {
      const { body, date, verdict } = opinionCells(opinion);
      return {
        key: opinion.id,
        header: body,
        cells: { date, verdict, text: opinion.text, followUp: opinion.followUp },
      };
    }),
  });

const commentaryParagraphs = (section: ReportSectionContent, draft: ReportDraft): Paragraph[] => {
  const { text } = draft.sections[section.id].commentary;
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_3,
      children: [new TextRun(commentaryHeading(section.input))],
    }),
    ...(text.trim() === ''
      ? [plain(COMMENTARY_PLACEHOLDER, { italics: true, color: MUTED })]
      : typedParagraphs(text)),
  ];
};

const opinionsParagraphs = (section: ReportSectionContent, draft: ReportDraft): (Paragraph | Table)[] => {
  const { opinions } = draft.sections[section.id];
  if (section.input === 'contributions') {
    return [
      new Paragraph({
        heading: HeadingLevel.HEADING_3,
        children: [new TextRun(opinionWords.contributions.title)],
      }),
      ...(opinions.length === 0
        ? [plain(opinionWords.contributions.empty, { italics: true, color: MUTED })]
        : opinionTable(opinionWords.contributions.title, opinions, false)),
    ];
  }
  if (section.input === 'opinions') {
    return opinions.length === 0
      ? [plain(opinionWords.opinions.empty, { italics: true, color: MUTED })]
      : opinionTable(opinionWords.opinions.title, opinions, true);
  }
  return [];
};

/** A run of the document on pages of one orientation: a Word section of its own. */
type DocChild = Paragraph | Table | TableOfContents;
type Chunk = { landscape: boolean; children: DocChild[] };

/** Appends children on pages of an orientation, to the last chunk when it has the same. */
const append = (chunks: Chunk[], landscape: boolean, children: DocChild[]) => {
  const last = chunks.at(-1);
  if (last && last.landscape === landscape) last.children.push(...children);
  else if (children.length > 0) chunks.push({ landscape, children: [...children] });
};

const isWide = (block: ReportBlock | undefined) => block?.kind === 'table' && block.table.wide === true;

/** The blocks of a section; a wide table, with the subheading just before it, on landscape pages. */
const blockChunks = (blocks: readonly ReportBlock[], images: ReadonlyMap<string, ReportImage>) => {
  const chunks: Chunk[] = [];
  blocks.forEach((block, index) => {
    const landscape = isWide(block) || (block.kind === 'subheading' && isWide(blocks[index + 1]));
    append(chunks, landscape, blockChildren(block, images));
  });
  return chunks;
};

/**
 * A section: its heading, the generated figures, then the team's commentary and the contributions; the
 * annexes open on the commentary, and end on the opinions, which follow their own heading (Annexe 2).
 */
const sectionChunks = (section: ReportSectionContent, input: ReportDocxInput): Chunk[] => {
  const heading = new Paragraph({
    heading: HeadingLevel.HEADING_1,
    pageBreakBefore: true,
    children: [new TextRun(xmlSafe(section.heading))],
  });
  const commentary = commentaryParagraphs(section, input.draft);
  const opinions = opinionsParagraphs(section, input.draft);
  const chunks: Chunk[] = [];
  append(chunks, false, section.input === 'opinions' ? [heading, ...commentary] : [heading]);
  for (const chunk of blockChunks(section.blocks, input.images))
    append(chunks, chunk.landscape, chunk.children);
  append(chunks, false, section.input === 'opinions' ? opinions : [...commentary, ...opinions]);
  return chunks;
};

// ---- Title page, header and footer ----

const titlePage = ({ content, generatedAt }: ReportDocxInput): Paragraph[] => {
  const { context } = content;
  const lines: Paragraph[] = [
    new Paragraph({ spacing: { before: 2400 }, children: [] }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(xmlSafe(content.title))] }),
    new Paragraph({
      spacing: { after: 240 },
      children: [new TextRun({ text: xmlSafe(context.contractName), bold: true, size: 36 })],
    }),
    plain(`${context.agglomeration}${context.contractCode ? ` — contrat ${context.contractCode}` : ''}`),
    plain(`Année ${content.year} (contrat ${context.period.start}–${context.period.end})`),
    plain(context.dataDate ? `Données au ${formatIsoDate(context.dataDate)}` : 'Données non datées'),
  ];
  if (context.fictitious) {
    lines.push(
      new Paragraph({
        spacing: { before: 480 },
        border: {
          top: { style: BorderStyle.SINGLE, size: 12, color: '000000' },
          bottom: { style: BorderStyle.SINGLE, size: 12, color: '000000' },
        },
        children: [
          new TextRun({ text: FICTITIOUS_NOTICE, bold: true, size: 28 }),
          new TextRun({
            text: ' — ces chiffres sont générés et ne décrivent pas le contrat réel.',
            size: 24,
          }),
        ],
      }),
    );
  }
  lines.push(
    new Paragraph({
      spacing: { before: 960 },
      children: [
        new TextRun({
          text: `Rapport prévu par l’article L1111-2 du code général des collectivités territoriales et le décret n° 2015-1118 du 3 septembre 2015. Chiffres établis par Cap Quartiers le ${formatDay(generatedAt)} ; commentaires rédigés par l’équipe du contrat.`,
          color: MUTED,
          size: 20,
        }),
      ],
    }),
  );
  return lines;
};

const header = ({ content }: ReportDocxInput) =>
  new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          ...(content.context.fictitious
            ? [new TextRun({ text: `${FICTITIOUS_NOTICE} — `, bold: true, size: 16 })]
            : []),
          new TextRun({
            text: xmlSafe(`${content.context.contractName} — rapport annuel ${content.year}`),
            color: MUTED,
            size: 16,
          }),
        ],
      }),
    ],
  });

const footer = ({ content }: ReportDocxInput) =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          ...(content.context.fictitious
            ? [new TextRun({ text: `${FICTITIOUS_NOTICE} · `, bold: true })]
            : []),
          new TextRun({ children: ['Page ', PageNumber.CURRENT, ' sur ', PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });

/** The report as a docx Document: title page, table of contents, the six sections with the team's text. */
export const buildReportDocument = (input: ReportDocxInput): Document => {
  const { content } = input;
  const chunks: Chunk[] = [];
  append(chunks, false, [
    ...titlePage(input),
    new Paragraph({ children: [new PageBreak()] }),
    // Not a heading: the table of contents would list itself.
    new Paragraph({
      spacing: { after: 240 },
      children: [new TextRun({ text: 'Sommaire', bold: true, size: 32 })],
    }),
    new TableOfContents('Sommaire', { hyperlink: true, headingStyleRange: '1-2' }),
  ]);
  for (const section of content.sections) {
    for (const chunk of sectionChunks(section, input)) append(chunks, chunk.landscape, chunk.children);
  }
  return new Document({
    title: xmlSafe(`${content.title} — ${content.context.contractName}`),
    subject: 'Rapport annuel de la politique de la ville (CGCT L1111-2, décret n° 2015-1118)',
    creator: 'Cap Quartiers',
    description: content.context.fictitious ? FICTITIOUS_NOTICE : undefined,
    // Word asks to update the fields when it opens the file: the table of contents then gets its page numbers.
    features: { updateFields: true },
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 22, language: { value: 'fr-FR' } },
          paragraph: { spacing: { after: 100 } },
        },
        title: { run: { font: FONT, size: 52, color: HEADING_COLOR } },
        heading1: {
          run: { font: FONT, size: 34, bold: true, color: HEADING_COLOR },
          paragraph: { spacing: { before: 0, after: 200 }, keepNext: true },
        },
        heading2: {
          run: { font: FONT, size: 28, bold: true, color: HEADING_COLOR },
          paragraph: { spacing: { before: 360, after: 120 }, keepNext: true },
        },
        heading3: {
          run: { font: FONT, size: 24, bold: true, color: '14181F' },
          paragraph: { spacing: { before: 240, after: 80 }, keepNext: true },
        },
        caption: {
          run: { font: FONT, size: 20, bold: true, color: '14181F' },
          paragraph: { spacing: { before: 200, after: 80 }, keepNext: true },
        },
      },
    },
    sections: chunks.map((chunk) => ({
      properties: {
        page: {
          // Given as a portrait page: docx swaps the sides of a landscape one itself.
          size: {
            width: PAGE.width,
            height: PAGE.height,
            orientation: chunk.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
          },
          margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
        },
      },
      headers: { default: header(input) },
      footers: { default: footer(input) },
      children: chunk.children,
    })),
  });
};

/** The .docx file, as a Blob for a download. */
export const reportDocxBlob = (input: ReportDocxInput): Promise<Blob> =>
  Packer.toBlob(buildReportDocument(input));
