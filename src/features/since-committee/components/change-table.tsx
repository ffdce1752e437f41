import type { ReactNode } from 'react';
import type { Change } from '../../../domain/since-committee';
import { formatInteger, formatIsoDateShort, formatPointsDelta } from '../../../lib/format';
import { coverageChangeText, objectivesChangeText, progressChangeText } from '../since-committee-data';

export type ChangeRow = { key: string; header: ReactNode; change: Change };

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
    </div>
  );
};
