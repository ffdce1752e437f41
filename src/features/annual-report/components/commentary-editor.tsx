import { useId } from 'react';
import { formatDateTime, plural } from '../../../lib/format';
import { COMMENTARY_PLACEHOLDER, type FigureChange } from '../report-content';
import type { Commentary } from '../report-draft';

/** How many changed figures the flag lists before "et N autres". */
const SHOWN_CHANGES = 6;

const changeText = ({ key, before, after }: FigureChange) =>
  before === null
    ? `${key} : nouveau (${after})`
    : after === null
      ? `${key} : n’est plus présenté`
      : `${key} : ${before} → ${after}`;

/** The figures that changed since the commentary was written, and the way to say it has been checked. */
const ChangedFigures = ({
  changes,
  since,
  onChecked,
}: {
  changes: readonly FigureChange[];
  since: string | null;
  onChecked: () => void;
}) => {
  const headingId = useId();
  const shown = changes.slice(0, SHOWN_CHANGES);
  const more = changes.length - shown.length;
  return (
    <section className="notice notice--warning report-changed no-print" aria-labelledby={headingId}>
      <h4 id={headingId}>
        {plural(changes.length, 'chiffre a changé', 'chiffres ont changé')} depuis la rédaction
        {since ? ` (${formatDateTime(since)})` : ''}
      </h4>
      <p>Relisez le commentaire : il peut citer une valeur qui n’est plus la bonne.</p>
      <ul>
        {shown.map((change) => (
          <li key={change.key}>{changeText(change)}</li>
        ))}
        {more > 0 && <li>et {plural(more, 'autre', 'autres')}</li>}
      </ul>
      <button type="button" className="button button--secondary" onClick={onChecked}>
        Commentaire relu : chiffres à jour
      </button>
    </section>
  );
};

/**
 * The team's commentary of a section, beside its figures: a text area saved as it is typed (see
 * use-report-draft.ts), the figures that changed since it was written, and, for print, the text itself.
 */
export const CommentaryEditor = ({
  id,
  sectionTitle,
  heading,
  commentary,
  changes,
  onChange,
  onChecked,
}: {
  /** The anchor the section's "Aller au commentaire" link goes to. */
  id: string;
  /** "3. Actions menées en 2023", in the field's name. */
  sectionTitle: string;
  heading: string;
  commentary: Commentary;
  changes: readonly FigureChange[];
  onChange: (text: string) => void;
  onChecked: () => void;
}) => {
  const fieldId = useId();
  const hintId = useId();
  const text = commentary.text;
  return (
    // Named with its section: every section has one, and landmarks must differ by name.
    <aside
      id={id}
      className="report-commentary"
      aria-label={`${heading}, partie ${sectionTitle}`}
      tabIndex={-1}
    >
      <h3>{heading}</h3>
      {text.trim() !== '' && changes.length > 0 && (
        <ChangedFigures changes={changes} since={commentary.figuresAt} onChecked={onChecked} />
      )}
      <div className="report-field no-print">
        <label htmlFor={fieldId}>
          Texte{' '}
          <span className="visually-hidden">
            : {heading}, partie {sectionTitle}
          </span>
        </label>
        <p id={hintId} className="field-help">
          Enregistré dans ce navigateur au fil de la frappe ; chaque ligne devient un paragraphe du rapport.
        </p>
        <textarea
          id={fieldId}
          aria-describedby={hintId}
          rows={8}
          value={text}
          spellCheck
          lang="fr"
          onChange={(event) => onChange(event.target.value)}
        />
      </div>
      {/* On paper, the text as it will read in the report; the field is for the screen. */}
      <div className="report-commentary-print print-only">
        {text.trim() === '' ? (
          <p className="report-placeholder">{COMMENTARY_PLACEHOLDER}</p>
        ) : (
          text.split(/\r?\n/).map((line, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the lines of a text have no identity but their place
            <p key={index}>{line}</p>
          ))
        )}
      </div>
    </aside>
  );
};
