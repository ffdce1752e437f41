import { memo, useId } from 'react';
import { BarChartFigure } from '../../../components/charts/bar-chart-figure';
import { formatEurosShort } from '../../../lib/format';
import { percentTick } from '../../dashboard/chart-data';
import { KeyFigures } from '../../dashboard/components/key-figures';
import type { ReportBlock, ReportChart, ReportTable } from '../report-content';

/** The attribute the Word export finds a drawn chart by (see chart-images.ts). */
export const REPORT_CHART_ATTRIBUTE = 'data-report-chart';

export const ReportTableView = ({ table }: { table: ReportTable }) => {
  const captionId = useId();
  const width = table.columns.length + 1;
  return (
    <div className="table-scroll report-table-scroll">
      <table className="data-table report-table" aria-labelledby={captionId}>
        <caption id={captionId}>{table.caption}</caption>
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
          {table.rows.map((row) =>
            row.kind === 'group' ? (
              <tr key={row.key} className="row-group">
                <th scope="colgroup" colSpan={width}>
                  {row.header}
                </th>
              </tr>
            ) : (
              <tr key={row.key} className={row.kind === 'total' ? 'row-total' : undefined}>
                <th scope="row">{row.header}</th>
                {table.columns.map((column) => (
                  <td key={column.key} className={column.numeric ? 'numeric' : undefined}>
                    {row.cells[column.key] ?? ''}
                  </td>
                ))}
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
};

const ReportChartView = ({ chart, headingLevel }: { chart: ReportChart; headingLevel: 3 | 4 }) => (
  <div {...{ [REPORT_CHART_ATTRIBUTE]: chart.key }}>
    <BarChartFigure
      headingLevel={headingLevel}
      title={chart.title}
      summary={chart.summary}
      rule={chart.rule}
      series={chart.series}
      rows={chart.rows}
      categoryHeader={chart.categoryHeader}
      {...(chart.unit === 'percent'
        ? { domainMax: 100, formatValueTick: percentTick, valueUnit: '%' }
        : { formatValueTick: formatEurosShort, valueUnit: '€' })}
    />
  </div>
);

/** `nested`: under one of the section's subheadings (h3), so that a chart's heading is an h4; an h3 otherwise. */
const Block = ({ block, nested }: { block: ReportBlock; nested: boolean }) => {
  switch (block.kind) {
    case 'subheading':
      return <h3>{block.text}</h3>;
    case 'paragraph':
      return (
        <p
          className={
            block.tone === 'rule'
              ? 'rule-note'
              : block.tone === 'unavailable'
                ? 'report-unavailable'
                : undefined
          }
        >
          {block.text}
        </p>
      );
    case 'list':
      return (
        <ul aria-label={block.label} className="report-list">
          {block.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      );
    case 'figures':
      return <KeyFigures figures={block.figures} label={block.label} />;
    case 'table':
      return <ReportTableView table={block.table} />;
    case 'chart':
      return <ReportChartView chart={block.chart} headingLevel={nested ? 4 : 3} />;
  }
};

const blockKey = (block: ReportBlock, index: number) => {
  switch (block.kind) {
    case 'table':
      return `table:${block.table.key}`;
    case 'chart':
      return `chart:${block.chart.key}`;
    default:
      return `${block.kind}:${index}`;
  }
};

/**
 * A section's generated figures. Memoised: the blocks keep their identity while the data and the year stay
 * the same, so that typing a commentary does not lay the tables and charts out again.
 */
export const ReportBlocks = memo(({ blocks }: { blocks: readonly ReportBlock[] }) => {
  const firstSubheading = blocks.findIndex((block) => block.kind === 'subheading');
  return (
    <>
      {blocks.map((block, index) => (
        <Block
          key={blockKey(block, index)}
          block={block}
          nested={firstSubheading >= 0 && index > firstSubheading}
        />
      ))}
    </>
  );
});
