import type { ReactNode } from 'react';
import { MISSING_VALUE_TEXT } from '../../../components/charts/chart-figure';
import { CsvExportButton } from '../../../components/csv-export-button';
import { type Coverage, shareOf } from '../../../domain/roll-up';
import type { Change } from '../../../domain/since-committee';
import type { CsvCell } from '../../../lib/csv';
import { formatInteger, formatIsoDateShort, formatPointsDelta } from '../../../lib/format';
import { percentOf } from '../../dashboard/chart-data';
import { coverageChangeText, objectivesChangeText, progressChangeText } from '../since-committee-data';

export type ChangeRow = {
  key: string;
  header: ReactNode;
  /** The row header as text, for the CSV. */
  label: string;
  change: Change;
};

/** The table as CSV rows, the figures as numbers (in %, in points) rather than as the page writes them. */
const changeCsvRows = (
  rowHeader: string,
  rows: readonly ChangeRow[],
  from: string,
  to: string,
): CsvCell[][] => {
  const [at, now] = [formatIsoDateShort(from), formatIsoDateShort(to)];
  const percent = (coverage: Coverage) => percentOf(shareOf(coverage)) ?? MISSING_VALUE_TEXT;
  const points = (value: number | null) =>
    value === null ? MISSING_VALUE_TEXT : Math.round(value * 10) / 10;
  return [
    [
      rowHeader,
      `Couverture au ${at} (%)`,
      `Couverture au ${now} (%)`,
      'Objectifs gagnés',
      'Objectifs perdus',
      `Avancement au ${at} (%)`,
      `Avancement au ${now} (%)`,
      'Avancement gagné (points)',
      'Commencées',
      'Réalisées',
      'Abandonnées',
      'Nouvelles',
    ],
    ...rows.map(({ label, change }) => [
      label,
      percent(change.coverage.before),
      percent(change.coverage.after),
      change.gained.length,
      change.lost.length,
      points(change.progress.before),
      points(change.progress.after),
      points(change.progress.delta),
      change.started,
      change.finished,
      change.abandoned,
      change.newlyProgrammed,
    ]),
  ];
};

/** One row per pillar (or territory): coverage and progress at both dates, and the actions' moves. */
export const ChangeTable = ({
  caption,
  rowHeader,
  rows,
  total,
  from,
  to,
}: {
  caption: string;
  rowHeader: string;
  rows: ChangeRow[];
  total: ChangeRow;
  from: string;
  to: string;
}) => {
  const dates = `${formatIsoDateShort(from)} → ${formatIsoDateShort(to)}`;
  const line = ({ key, header, change }: ChangeRow, className?: string) => (
    <tr key={key} className={className}>
      <th scope="row">{header}</th>
      <td className="numeric">{coverageChangeText(change)}</td>
      <td className="numeric">{objectivesChangeText(change)}</td>
      <td className="numeric">{progressChangeText(change)}</td>
      <td className={change.progress.delta === null ? 'numeric missing' : 'numeric'}>
        {formatPointsDelta(change.progress.delta)}
      </td>
      <td className="numeric">{formatInteger(change.started)}</td>
      <td className="numeric">{formatInteger(change.finished)}</td>
      <td className="numeric">{formatInteger(change.abandoned)}</td>
      <td className="numeric">{formatInteger(change.newlyProgrammed)}</td>
    </tr>
  );
  return (
    <div className="table-scroll">
      <table className="data-table change-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            <th scope="col" className="numeric">
              Couverture ({dates})
            </th>
            <th scope="col" className="numeric">
              Objectifs gagnés / perdus
            </th>
            <th scope="col" className="numeric">
              Avancement ({dates})
            </th>
            <th scope="col" className="numeric">
              Avancement gagné
            </th>
            <th scope="col" className="numeric">
              Commencées
            </th>
            <th scope="col" className="numeric">
              Réalisées
            </th>
            <th scope="col" className="numeric">
              Abandonnées
            </th>
            <th scope="col" className="numeric">
              Nouvelles
            </th>
          </tr>
        </thead>
        <tbody>
          {line(total, 'row-total')}
          {rows.map((row) => line(row))}
        </tbody>
      </table>
      <CsvExportButton title={caption} rows={() => changeCsvRows(rowHeader, [total, ...rows], from, to)} />
    </div>
  );
};
