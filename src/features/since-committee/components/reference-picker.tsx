import { useId } from 'react';
import { formatIsoDate } from '../../../lib/format';

type Props = {
  date: string;
  committees: readonly string[];
  dataDate: string;
  onChange: (date: string) => void;
};

const dayBefore = (iso: string) => {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
};

/** The date to compare with: one of the steering committees, or any date before the data date. */
export const ReferencePicker = ({ date, committees, dataDate, onChange }: Props) => {
  const selectId = useId();
  const dateId = useId();
  const isCommittee = committees.includes(date);
  return (
    <fieldset className="reference-picker">
      <legend>Comparer avec</legend>
      <div className="reference-picker-fields">
        <label htmlFor={selectId}>
          Comité de pilotage
          <select
            id={selectId}
            value={isCommittee ? date : ''}
            onChange={(event) => {
              if (event.target.value) onChange(event.target.value);
            }}
          >
            {!isCommittee && <option value="">Autre date</option>}
            {committees.map((committee) => (
              <option key={committee} value={committee}>
                {formatIsoDate(committee)}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor={dateId}>
          ou une date
          <input
            id={dateId}
            type="date"
            value={date}
            max={dayBefore(dataDate)}
            onChange={(event) => {
              // An emptied or half-typed field changes nothing until it holds a whole date.
              if (/^\d{4}-\d{2}-\d{2}$/.test(event.target.value)) onChange(event.target.value);
            }}
          />
        </label>
      </div>
    </fieldset>
  );
};
