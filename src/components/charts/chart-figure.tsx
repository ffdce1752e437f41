import {
  type CSSProperties,
  type ReactNode,
  type RefObject,
  Suspense,
  useContext,
  useId,
  useRef,
} from 'react';
import { type CsvCell, exportFileName } from '../../lib/csv';
import { downloadBlob } from '../../lib/download';
import { downloadCsv } from '../../lib/download-csv';
import { ExportActions } from '../export-actions';
import { ChartErrorBoundary } from './chart-error-boundary';
import { chartToPngBlob, standaloneChartSvg } from './chart-export';
import { EmptyChartMessage } from './empty-chart-message';
import './charts.css';

export type ChartState = 'loading' | 'empty' | 'error' | 'ready';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

export type ChartTableColumn = {
  key: string;
  header: string;
  /** Header of the column in the CSV export, when it says more than `header` (its unit: "Couverture (%)"). */
  exportHeader?: string;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
};

export type ChartTableCell = {
  text: ReactNode;
  /** Set for a value that was not given ("non renseigné"): muted, so that it does not read as a figure. */
  missing?: boolean;
  /**
   * The value in the CSV export: the raw number (a spreadsheet computes with it, "80 % (12/15)" it can
   * not), or for a missing value the words that say why ("aucune action"). Default: `text`, when it is a
   * string or a number.
   */
  value?: string | number | null;
};

export type ChartTableRow = {
  key: string;
  /** The row header (a category, a date): rendered in a `<th scope="row">`. */
  header: ReactNode;
  /** The row header as plain text, for the CSV export: required when `header` is not a string (a link). */
  label?: string;
  cells: Record<string, ChartTableCell>;
};

/** The data-table alternative of a chart: one row per category, one column per series. */
export type ChartTable = {
  /** Header of the first column, e.g. "Axe" or "Date". */
  rowHeader: string;
  columns: ChartTableColumn[];
  rows: ChartTableRow[];
};

export type ChartFigureProps = {
  title: string;
  /** One sentence: what the chart shows (read out as part of the chart's accessible name). */
  summary: string;
  /**
   * How the figure is computed, e.g. "Part des objectifs opérationnels ayant au moins une action…": under
   * the chart, folded in a « Comment est-ce calculé ? » disclosure (opened for printing, see print-mode.ts).
   */
  rule?: ReactNode;
  headingLevel?: HeadingLevel;
  /** Height of the chart area in px: the skeleton, the empty message and the chart all take exactly this. */
  height: number;
  state?: ChartState;
  /** HTML legend, shown above the chart while it loads and once it is drawn. */
  legend?: ReactNode;
  /** Controls of the chart (a choice of figure), above its legend, in every state but an error. */
  controls?: ReactNode;
  /**
   * The drawing holds its own accessible structure (links a keyboard reaches, with their names: a map's
   * territories) instead of being one image described by the title and summary. Its area then grows with
   * it (`height` is its least height), and it is neither hidden nor inert.
   */
  interactive?: boolean;
  table: ChartTable;
  onRetry?: () => void;
  errorMessage?: string;
  /** What the chart says when it has nothing to draw; by default its page's (see ./empty-chart-message.ts). */
  emptyMessage?: string;
  /**
   * A line written under the chart in its exported image, e.g. the data date and source ("Données au
   * 31/12/2023, source : …").
   */
  exportCaption?: string;
  /**
   * What stands over the chart's drawing, beside it in the page's reading order: the category labels as
   * links to their pages (see BarChartFigure). Shown while the chart loads too.
   */
  overlay?: ReactNode;
  /** Custom properties of the box that holds the drawing and its overlay (the layout the overlay follows). */
  plotStyle?: CSSProperties;
  /** That box, for a chart whose layout depends on its width (see BarChartFigure). */
  plotRef?: RefObject<HTMLDivElement | null>;
  /** The chart itself (an SVG): hidden from assistive technologies, which get the label and the table. */
  children: ReactNode;
};

/**
 * Size of every text drawn in a chart's SVG, in px: the app's 18 px base, read from the back of a room.
 * Set on the SVG elements (not in rem) because the layout (axis width, line wrapping, margins) is computed
 * from it.
 */
export const CHART_FONT_SIZE = 18;
/** Line height of wrapped SVG text, in px. */
export const CHART_LINE_HEIGHT = 22;

/** What a chart and its table say for a value that was not given (never drawn as a 0). */
export const MISSING_VALUE_TEXT = 'non renseigné';

export const DEFAULT_ERROR_MESSAGE = 'Les données de ce graphique n’ont pas pu être chargées.';
const TABLE_HINT = 'Les valeurs sont dans le tableau des données qui suit.';

const withFinalStop = (text: string) => {
  const trimmed = text.trim();
  return /[.!?…:]$/.test(trimmed) ? trimmed : `${trimmed}.`;
};

/** The accessible name of a drawn chart: its title, its summary, and where to find the values. */
export const chartAriaLabel = (title: string, summary: string) =>
  `${withFinalStop(title)} ${withFinalStop(summary)} ${TABLE_HINT}`;

/** "Couverture" → "Couverture (%)": the unit of a bare number, in a CSV export's column header. */
export const withUnit = (header: string, unit: string | undefined) =>
  unit?.trim() ? `${header} (${unit.trim()})` : header;

const primitiveText = (node: ReactNode) =>
  typeof node === 'string' || typeof node === 'number'
    ? node
    : node === null || node === undefined
      ? null
      : undefined;

const csvCell = (title: string, row: ChartTableRow, columnKey: string): CsvCell => {
  const cell = row.cells[columnKey];
  if (!cell) return null;
  // Never a 0, nor an empty cell that a spreadsheet would sum as one: the words of the table.
  if (cell.missing)
    return typeof cell.value === 'string' && cell.value.trim() ? cell.value : MISSING_VALUE_TEXT;
  if (cell.value !== undefined) return cell.value;
  const text = primitiveText(cell.text);
  if (text === undefined) {
    throw new Error(
      `Tableau « ${title} », ligne ${row.key} : la cellule ${columnKey} n’a pas de valeur texte.`,
    );
  }
  return text;
};

/**
 * A chart's data table as CSV rows: a header row (the row header's title, then the columns'), then one row
 * per table row, its label first. Values are the raw ones when the table gives them (numbers stay numbers),
 * the cell's text otherwise; a missing value is "non renseigné" (or the table's reason), never 0.
 */
export const tableToCsvRows = (title: string, table: ChartTable): CsvCell[][] => [
  [table.rowHeader, ...table.columns.map((column) => column.exportHeader ?? column.header)],
  ...table.rows.map((row) => {
    const label = row.label ?? (typeof row.header === 'string' ? row.header : undefined);
    if (label === undefined) {
      throw new Error(
        `Tableau « ${title} », ligne ${row.key} : un en-tête de ligne qui n’est pas du texte demande un label.`,
      );
    }
    return [label, ...table.columns.map((column) => csvCell(title, row, column.key))];
  }),
];

const EXPORT_ERROR = 'L’export n’a pas pu être créé. Réessayez, ou copiez le tableau des données.';

/** The chart's export buttons: its image (PNG, SVG) with title and legend, and its data table (CSV). */
const ChartActions = ({
  title,
  table,
  figureRef,
}: {
  title: string;
  table: ChartTable;
  figureRef: RefObject<HTMLElement | null>;
}) => {
  const exportImage = async (format: 'png' | 'svg') => {
    const figure = figureRef.current;
    if (!figure) return;
    const { svg, width, height } = standaloneChartSvg(figure);
    const blob =
      format === 'svg'
        ? new Blob(['<?xml version="1.0" encoding="UTF-8"?>\n', svg], { type: 'image/svg+xml' })
        : await chartToPngBlob(svg, width, height);
    downloadBlob(blob, exportFileName(title, format));
  };
  // Each name holds the button's visible words ("image PNG"), so that voice control finds it by them
  // (WCAG 2.5.3), and names the chart, since every chart of the page has the same three buttons.
  return (
    <ExportActions
      intro="Exporter :"
      errorMessage={EXPORT_ERROR}
      actions={[
        {
          key: 'png',
          label: 'Image PNG',
          name: `Exporter « ${title} » en image PNG`,
          run: () => exportImage('png'),
        },
        {
          key: 'svg',
          label: 'Image SVG',
          name: `Exporter « ${title} » en image SVG`,
          run: () => exportImage('svg'),
        },
        {
          key: 'csv',
          label: 'Tableau CSV',
          name: `Exporter « ${title} » en tableau CSV`,
          run: () => downloadCsv(title, tableToCsvRows(title, table)),
        },
      ]}
    />
  );
};

const Heading = ({ level, id, children }: { level: HeadingLevel; id: string; children: ReactNode }) => {
  const Tag = `h${level}` as const;
  return (
    <Tag id={id} className="chart-title">
      {children}
    </Tag>
  );
};

const DataTable = ({ title, table }: { title: string; table: ChartTable }) => (
  <details className="chart-data">
    <summary>Tableau des données : {title}</summary>
    <div className="chart-table-scroll">
      <table className="chart-table">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{table.rowHeader}</th>
            {table.columns.map((column) => (
              <th key={column.key} scope="col" className={column.numeric ? 'numeric' : undefined}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.header}</th>
              {table.columns.map((column) => {
                const cell = row.cells[column.key];
                const classes = [column.numeric && 'numeric', cell?.missing && 'missing'].filter(Boolean);
                return (
                  <td key={column.key} className={classes.length > 0 ? classes.join(' ') : undefined}>
                    {cell?.text ?? ''}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  </details>
);

/** How the chart's figures are computed, folded under the chart; print-mode.ts opens it on paper. */
const RuleDisclosure = ({ title, rule }: { title: string; rule: ReactNode }) => (
  <details className="chart-rule rule-disclosure">
    <summary>
      Comment est-ce calculé ?<span className="visually-hidden"> ({title})</span>
    </summary>
    <p>{rule}</p>
  </details>
);

/**
 * The frame every chart shares: its heading beside its legend, the chart (or its loading, empty or error
 * state, all in the same space so that the page never jumps), then what a reader needs to go further: the
 * one-sentence summary, how it is computed (folded), the data table (folded) and the exports. The chart
 * comes first so that a screen holds as much of it as it can; its accessible name carries the summary.
 */
export const ChartFigure = ({
  title,
  summary,
  rule,
  headingLevel = 3,
  height,
  state = 'ready',
  legend,
  controls,
  interactive = false,
  table,
  onRetry,
  errorMessage = DEFAULT_ERROR_MESSAGE,
  emptyMessage,
  exportCaption,
  overlay,
  plotStyle,
  plotRef,
  children,
}: ChartFigureProps) => {
  const headingId = useId();
  const figureRef = useRef<HTMLElement>(null);
  const pageEmptyMessage = useContext(EmptyChartMessage);
  return (
    <figure
      ref={figureRef}
      className="chart-figure"
      aria-labelledby={headingId}
      aria-busy={state === 'loading' || undefined}
      data-export-caption={exportCaption || undefined}
    >
      <div className="chart-head">
        <Heading level={headingLevel} id={headingId}>
          {title}
        </Heading>
        {/* The legend is known before the data: drawn while loading too, the chart does not move. */}
        {(state === 'loading' || state === 'ready') && legend}
      </div>

      {state !== 'error' && controls}
      <div className="chart-plot" style={plotStyle} ref={plotRef}>
        {state === 'loading' && (
          <div className="chart-area">
            <div className="chart-skeleton" style={{ height }} aria-hidden="true" />
            <p role="status" className="visually-hidden">
              Chargement du graphique…
            </p>
          </div>
        )}

        {state === 'empty' && (
          <div className="chart-area chart-empty" style={{ height }}>
            {/* A status: after a change of filters, screen readers hear that nothing matches. */}
            <p role="status">{emptyMessage ?? pageEmptyMessage}</p>
          </div>
        )}

        {state === 'error' && (
          // min-height rather than height: the message and its button must never be cut off.
          <div className="chart-area chart-error" style={{ minHeight: height }} role="alert">
            <p>{errorMessage}</p>
            {onRetry && (
              <button type="button" className="button" onClick={onRetry}>
                Réessayer
              </button>
            )}
          </div>
        )}

        {state === 'ready' && (
          <ChartErrorBoundary height={height}>
            {interactive ? (
              <div className="chart-area chart-area--interactive" style={{ minHeight: height }}>
                <Suspense fallback={<div className="chart-skeleton" style={{ height }} />}>
                  {children}
                </Suspense>
              </div>
            ) : (
              <div
                className="chart-area"
                role="img"
                aria-label={chartAriaLabel(title, summary)}
                style={{ height }}
              >
                {/*
                The SVG repeats what the label and the table say: hidden, so it is not read out twice; and
                inert, so that nothing in it takes the keyboard focus (Recharts' z-index layers are React
                portals, and Chromium makes an SVG <g> with focus listeners a Tab stop).
              */}
                <div aria-hidden="true" inert style={{ height: '100%' }}>
                  {/* While the drawing's module loads (see chart-plots.ts), the skeleton holds its place. */}
                  <Suspense fallback={<div className="chart-skeleton" style={{ height }} />}>
                    {children}
                  </Suspense>
                </div>
              </div>
            )}
          </ChartErrorBoundary>
        )}
        {(state === 'loading' || state === 'ready') && overlay}
      </div>

      <p className="chart-summary">{summary}</p>
      {rule && <RuleDisclosure title={title} rule={rule} />}
      {state === 'ready' && (
        <>
          <DataTable title={title} table={table} />
          <ChartActions title={title} table={table} figureRef={figureRef} />
        </>
      )}
    </figure>
  );
};
