import { useEffect, useId, useRef, useState } from 'react';
import {
  type Opinion,
  type OpinionKind,
  type OpinionVerdict,
  opinionCells,
  opinionVerdictLabels,
  opinionVerdicts,
  opinionWords,
} from '../report-draft';

type Kind = OpinionKind;
const words = opinionWords;

type Change = Partial<Omit<Opinion, 'id'>>;

const OpinionFields = ({
  kind,
  opinion,
  position,
  autoFocus,
  onChange,
  onRemove,
}: {
  kind: Kind;
  opinion: Opinion;
  position: number;
  autoFocus: boolean;
  onChange: (change: Change) => void;
  onRemove: () => void;
}) => {
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const bodyRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (autoFocus) bodyRef.current?.focus();
  }, [autoFocus]);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  const name = `${words[kind].one} ${position}${opinion.body.trim() ? ` : ${opinion.body.trim()}` : ''}`;
  return (
    <fieldset className="report-opinion">
      <legend>{name}</legend>
      <div className="report-opinion-row">
        <div className="report-field">
          <label htmlFor={`${id}-body`}>Instance</label>
          <input
            ref={bodyRef}
            id={`${id}-body`}
            type="text"
            value={opinion.body}
            placeholder="Conseil municipal de Cahors, conseil citoyen…"
            onChange={(event) => onChange({ body: event.target.value })}
          />
        </div>
        <div className="report-field report-field--date">
          <label htmlFor={`${id}-date`}>Date</label>
          <input
            id={`${id}-date`}
            type="date"
            value={opinion.date ?? ''}
            onChange={(event) => onChange({ date: event.target.value === '' ? null : event.target.value })}
          />
        </div>
        {kind === 'opinions' && (
          <div className="report-field">
            <label htmlFor={`${id}-verdict`}>Avis</label>
            <select
              id={`${id}-verdict`}
              value={opinion.verdict ?? ''}
              onChange={(event) =>
                onChange({
                  verdict: event.target.value === '' ? null : (event.target.value as OpinionVerdict),
                })
              }
            >
              <option value="">Non précisé</option>
              {opinionVerdicts.map((verdict) => (
                <option key={verdict} value={verdict}>
                  {opinionVerdictLabels[verdict]}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <div className="report-field">
        <label htmlFor={`${id}-text`}>{words[kind].text}</label>
        <textarea
          id={`${id}-text`}
          rows={4}
          value={opinion.text}
          lang="fr"
          onChange={(event) => onChange({ text: event.target.value })}
        />
      </div>
      {kind === 'opinions' && (
        <div className="report-field">
          <label htmlFor={`${id}-follow-up`}>Suite donnée</label>
          <textarea
            id={`${id}-follow-up`}
            rows={3}
            value={opinion.followUp}
            lang="fr"
            onChange={(event) => onChange({ followUp: event.target.value })}
          />
        </div>
      )}
      {confirming ? (
        <fieldset className="report-confirm">
          <legend>Supprimer définitivement cette entrée ?</legend>
          <button ref={confirmRef} type="button" className="button" onClick={onRemove}>
            Supprimer
          </button>{' '}
          <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
            Annuler
          </button>
        </fieldset>
      ) : (
        <button
          type="button"
          className="button button--secondary"
          aria-label={`Supprimer : ${name}`}
          onClick={() => setConfirming(true)}
        >
          Supprimer
        </button>
      )}
    </fieldset>
  );
};

/** The opinions, as they print: one row each. */
const OpinionsPrint = ({ kind, opinions }: { kind: Kind; opinions: readonly Opinion[] }) => (
  <div className="print-only">
    {opinions.length === 0 ? (
      <p className="report-placeholder">{words[kind].empty}</p>
    ) : (
      <table className="data-table report-table">
        <caption>{words[kind].title}</caption>
        <thead>
          <tr>
            <th scope="col">Instance</th>
            <th scope="col">Date</th>
            {kind === 'opinions' && <th scope="col">Avis</th>}
            <th scope="col">{words[kind].text}</th>
            {kind === 'opinions' && <th scope="col">Suite donnée</th>}
          </tr>
        </thead>
        <tbody>
          {opinions.map((opinion) => (
            <tr key={opinion.id}>
              <th scope="row">{opinionCells(opinion).body}</th>
              <td>{opinionCells(opinion).date}</td>
              {kind === 'opinions' && <td>{opinionCells(opinion).verdict}</td>}
              <td className="report-prewrap">{opinion.text}</td>
              {kind === 'opinions' && <td className="report-prewrap">{opinion.followUp}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    )}
  </div>
);

/**
 * The contributions of section 5 or the opinions of section 6: who, when, what; for an opinion, its verdict
 * and the follow-up given. Each entry is saved as it is typed, like the commentaries.
 */
export const OpinionsEditor = ({
  kind,
  headingLevel,
  opinions,
  onAdd,
  onChange,
  onRemove,
}: {
  kind: Kind;
  headingLevel: 3 | 4;
  opinions: readonly Opinion[];
  /** Adds an empty entry; returns its id, so that its first field takes the focus. */
  onAdd: () => string;
  onChange: (id: string, change: Change) => void;
  onRemove: (id: string) => void;
}) => {
  const headingId = useId();
  const [added, setAdded] = useState<string | null>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="report-opinions" aria-labelledby={headingId}>
      <Heading id={headingId}>
        {words[kind].title} ({opinions.length})
      </Heading>
      <div className="no-print">
        {opinions.length === 0 && <p>{words[kind].empty}</p>}
        {opinions.map((opinion, index) => (
          <OpinionFields
            key={opinion.id}
            kind={kind}
            opinion={opinion}
            position={index + 1}
            autoFocus={added === opinion.id}
            onChange={(change) => onChange(opinion.id, change)}
            onRemove={() => {
              onRemove(opinion.id);
              // The entry and its buttons are gone: the focus goes back to where one adds another.
              addRef.current?.focus();
            }}
          />
        ))}
        <button
          ref={addRef}
          type="button"
          className="button button--secondary"
          onClick={() => setAdded(onAdd())}
        >
          {words[kind].add}
        </button>
      </div>
      <OpinionsPrint kind={kind} opinions={opinions} />
    </section>
  );
};
