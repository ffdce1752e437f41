import type { CSSProperties } from 'react';
import { type BarRow, type BarSeries, seriesPattern } from '../../../components/charts/bar-chart-model';
import { MISSING_VALUE_TEXT } from '../../../components/charts/chart-figure';
import { chartColor } from '../../../components/charts/chart-palette';
import type { SlideRow } from '../slide-data';

type Props = {
  /** Says what the table holds (its caption, read out and shown). */
  caption: string;
  /** Header of the category column, e.g. "Pilier ou axe". */
  categoryHeader: string;
  series: BarSeries[];
  /** The whole the rows split up ("Ensemble du pilier"), first and in bold. */
  total?: BarRow;
  /**
   * A row of `level` 1 stands under the one of level 0 before it, indented (an objective under its
   * strategic one).
   */
  rows: SlideRow[];
  /** Text columns after the bars, e.g. the number of actions (values in `BarRow.extraCells`). */
  extraColumns?: { key: string; header: string }[];
  /** The value every bar is measured against (100 for percentages). */
  domainMax: number;
  /** How the figures are computed, under the table. */
  rule?: string;
};

/** A row with rows under it (level 0), and one of those (level 1); a row of a flat table has no level. */
const rowClasses = { 0: 'slide-bars-group', 1: 'slide-bars-sub', none: undefined } as const;

// The pages' bar charts' convention, so that a series looks the same on a slide.
const isHatched = (series: BarSeries, index: number) => seriesPattern(series, index) === 'hatched';

const colorStyle = (colorVar: string, value?: number, domainMax = 1) =>
  ({
    '--bar-color': chartColor(colorVar),
    ...(value === undefined
      ? {}
      : { '--bar-share': `${Math.max(0, Math.min(1, value / domainMax)) * 100}%` }),
  }) as CSSProperties;

const Row = ({
  row,
  series,
  extraColumns,
  domainMax,
  total,
}: Omit<Props, 'caption' | 'categoryHeader' | 'rows' | 'total'> & { row: SlideRow; total?: boolean }) => (
  <tr className={total ? 'slide-bars-total' : rowClasses[row.level ?? 'none']}>
    <th scope="row">
      {/* An operational objective's label stops at two lines on the slide (read out in full). */}
      <span className="slide-bars-label">{row.label}</span>
    </th>
    {series.map((item, index) => {
      const value = row.values[item.key];
      const missing = value === null || value === undefined;
      return (
        <td key={item.key} className={missing ? 'slide-bar-cell missing' : 'slide-bar-cell'}>
          <span className="slide-bar-line">
            <span className="slide-bar-track" aria-hidden="true">
              {!missing && (
                <span
                  className={`slide-bar${isHatched(item, index) ? ' slide-bar--hatched' : ''}`}
                  style={colorStyle(item.colorVar, value, domainMax)}
                />
              )}
            </span>
            <span className="slide-bar-value">{row.valueLabels[item.key] ?? MISSING_VALUE_TEXT}</span>
          </span>
        </td>
      );
    })}
    {extraColumns?.map((column) => (
      <td key={column.key} className="numeric">
        {row.extraCells?.[column.key] ?? ''}
      </td>
    ))}
  </tr>
);

/**
 * The slides' bar chart: a table with a bar drawn in each cell beside its value. On a projector there is no
 * room for a chart and its data table, so the table is the chart: screen readers read a table, the room
 * reads bars and figures, and each series has its column header, so colour never is the only key.
 */
export const SlideBars = ({
  caption,
  categoryHeader,
  series,
  total,
  rows,
  extraColumns,
  domainMax,
  rule,
}: Props) => (
  <div className="slide-chart">
    <table className="slide-bars">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{categoryHeader}</th>
          {series.map((item, index) => (
            <th key={item.key} scope="col">
              {/* The swatch stays beside its name when the name wraps. */}
              <span className="slide-series">
                <span
                  className={`slide-swatch${isHatched(item, index) ? ' slide-swatch--hatched' : ''}`}
                  style={colorStyle(item.colorVar)}
                  aria-hidden="true"
                />
                <span>{item.label}</span>
              </span>
            </th>
          ))}
          {extraColumns?.map((column) => (
            <th key={column.key} scope="col" className="numeric">
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {total && <Row row={total} total series={series} extraColumns={extraColumns} domainMax={domainMax} />}
        {rows.map((row) => (
          <Row key={row.key} row={row} series={series} extraColumns={extraColumns} domainMax={domainMax} />
        ))}
      </tbody>
    </table>
    {rule && <p className="slide-rule">{rule}</p>}
  </div>
);
