import { memo, useCallback, useId, useMemo } from 'react';
import { BarChartFigure } from '../../../components/charts/bar-chart-figure';
import { DataErrorState } from '../../../components/data-error';
import { reportFilter } from '../../../domain/annual-report';
import { formatEurosShort } from '../../../lib/format';
import { percentTick } from '../../dashboard/chart-data';
import { KeyFigures } from '../../dashboard/components/key-figures';
import { filterSearch } from '../../filters/filter-params';
import { TerritoryMap } from '../../map/components/territory-map';
import type { MapValues } from '../../map/territory-map-data';
import { useCheckedIndicators } from '../../territories/api/use-territory-context';
import type { ReportBlock, ReportChart, ReportMap, ReportTable, ReportTableColumn } from '../report-content';

/** The attribute the Word export finds a drawn chart by (see chart-images.ts). */
export const REPORT_CHART_ATTRIBUTE = 'data-report-chart';

const cellClass = (column: ReportTableColumn) =>
  [column.numeric && 'numeric', column.nowrap && 'nowrap'].filter(Boolean).join(' ') || undefined;

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
              <th key={column.key} scope="col" className={cellClass(column)}>
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
                  <td key={column.key} className={cellClass(column)}>
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

/**
 * Section 2's map: the overview's map of the neighbourhoods, coloured by the year's figure (the dashboard's
 * for `?annee=N`), each territory a link to its page for that year. Found by the Word export as a chart is.
 */
const ReportMapView = ({ map, headingLevel }: { map: ReportMap; headingLevel: 3 | 4 }) => {
  const values = useMemo<MapValues>(() => ({ status: 'ready', figures: map.figures }), [map]);
  const search = filterSearch(reportFilter(map.year));
  const hrefFor = useCallback((id: string) => `/quartiers/${id}${search}`, [search]);
  return (
    <div {...{ [REPORT_CHART_ATTRIBUTE]: map.key }}>
      <TerritoryMap
        territories={map.territories}
        values={values}
        hrefFor={hrefFor}
        headingLevel={headingLevel}
        fixedMetric={map.metric}
        title={map.title}
        scope={`en ${map.year}`}
      />
    </div>
  );
};

/** The statistics could not be read: the same notice as the territory page's, with its retry. */
const FailedStatistics = ({ text, headingLevel }: { text: string; headingLevel: 3 | 4 }) => {
  // Read where it is shown: the indicators' query is not fetched again when an observer mounts on its
  // failure (retryOnMount: false), so the notice stays until « Réessayer ».
  const failed = useCheckedIndicators();
  return failed.status === 'error' ? (
    <DataErrorState
      what="les statistiques des quartiers"
      error={failed.error}
      onRetry={failed.retry}
      retrying={failed.retrying}
      headingLevel={headingLevel}
    />
  ) : (
    <p className="report-unavailable">{text}</p>
  );
};

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
    case 'map':
      return <ReportMapView map={block.map} headingLevel={nested ? 4 : 3} />;
    case 'status':
      return block.status === 'loading' ? (
        <p role="status" className="dashboard-pending">
          {block.text}
        </p>
      ) : (
        <FailedStatistics text={block.text} headingLevel={nested ? 4 : 3} />
      );
  }
};

const blockKey = (block: ReportBlock, index: number) => {
  switch (block.kind) {
    case 'table':
      return `table:${block.table.key}`;
    case 'chart':
      return `chart:${block.chart.key}`;
    case 'map':
      return `map:${block.map.key}`;
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
