import { type ReactNode, useId } from 'react';
import './charts.css';

export type ChartState = 'loading' | 'empty' | 'error' | 'ready';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

export type ChartTableColumn = {
  key: string;
  header: string;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
};

export type ChartTableCell = {
  text: ReactNode;
  /** Set for a value that was not given ("non renseigné"): muted, so that it does not read as a figure. */
  missing?: boolean;
};

export type ChartTableRow = {
  key: string;
  /** The row header (a category, a date): rendered in a `<th scope="row">`. */
  header: ReactNode;
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
  /** How the figure is computed, e.g. "Part des objectifs opérationnels ayant au moins une action…". */
  rule?: ReactNode;
  headingLevel?: HeadingLevel;
  /** Height of the chart area in px: the skeleton, the empty message and the chart all take exactly this. */
  height: number;
  state?: ChartState;
  /** HTML legend, shown above the chart when it is drawn. */
  legend?: ReactNode;
  table: ChartTable;
  onRetry?: () => void;
  errorMessage?: string;
  emptyMessage?: string;
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

export const DEFAULT_EMPTY_MESSAGE = 'Aucune action ne correspond à ces filtres.';
export const DEFAULT_ERROR_MESSAGE = 'Les données de ce graphique n’ont pas pu être chargées.';
const TABLE_HINT = 'Les valeurs sont dans le tableau des données qui suit.';

const withFinalStop = (text: string) => {
  const trimmed = text.trim();
  return /[.!?…:]$/.test(trimmed) ? trimmed : `${trimmed}.`;
};

/** The accessible name of a drawn chart: its title, its summary, and where to find the values. */
export const chartAriaLabel = (title: string, summary: string) =>
  `${withFinalStop(title)} ${withFinalStop(summary)} ${TABLE_HINT}`;

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

/**
 * The frame every chart shares: heading, one-sentence summary, optional rule, the chart (or its loading,
 * empty or error state, all in the same space so that the page never jumps), and the data table.
 */
export const ChartFigure = ({
  title,
  summary,
  rule,
  headingLevel = 3,
  height,
  state = 'ready',
  legend,
  table,
  onRetry,
  errorMessage = DEFAULT_ERROR_MESSAGE,
  emptyMessage = DEFAULT_EMPTY_MESSAGE,
  children,
}: ChartFigureProps) => {
  const headingId = useId();
  return (
    <figure className="chart-figure" aria-labelledby={headingId} aria-busy={state === 'loading' || undefined}>
      <Heading level={headingLevel} id={headingId}>
        {title}
      </Heading>
      <p className="chart-summary">{summary}</p>
      {rule && <p className="chart-rule">{rule}</p>}

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
          <p role="status">{emptyMessage}</p>
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
        <>
          {legend}
          <div
            className="chart-area"
            role="img"
            aria-label={chartAriaLabel(title, summary)}
            style={{ height }}
          >
            {/* The SVG repeats what the label and the table say: hidden, so it is not read out twice. */}
            <div aria-hidden="true" style={{ height: '100%' }}>
              {children}
            </div>
          </div>
          <DataTable title={title} table={table} />
        </>
      )}
    </figure>
  );
};
