import { useId } from 'react';
import { DataError } from '../lib/fetch-json';

type Props = {
  /** What could not be loaded, e.g. "les objectifs du contrat". */
  what: string;
  error: unknown;
  onRetry: () => void;
  retrying?: boolean;
  /** The level of its title: 2 for a page's, deeper within a section (the annual report's part 2). */
  headingLevel?: 2 | 3 | 4;
};

const MAX_PROBLEMS = 8;

/** An error screen that says what went wrong and offers a retry: never a blank page. */
export const DataErrorState = ({ what, error, onRetry, retrying = false, headingLevel = 2 }: Props) => {
  const problems = error instanceof DataError ? error.problems : [];
  const reason = error instanceof Error ? error.message : 'erreur inconnue';
  // Two sources can fail on one page: each error needs its own title id.
  const titleId = useId();
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="error-state" role="alert" aria-labelledby={titleId}>
      <Heading id={titleId}>Impossible de charger {what}</Heading>
      <p>Raison : {reason}.</p>
      {problems.length > 0 && (
        <>
          <p>Champs en cause :</p>
          <ul className="error-problems">
            {problems.slice(0, MAX_PROBLEMS).map((problem) => (
              <li key={`${problem.path}:${problem.message}`}>
                <code>{problem.path}</code> : {problem.message}
              </li>
            ))}
          </ul>
          {problems.length > MAX_PROBLEMS && <p>… et {problems.length - MAX_PROBLEMS} autres problèmes.</p>}
        </>
      )}
      <p className="error-hint">
        Si le problème persiste, transmettez ce message à la personne qui publie les données du tableau de
        bord.
      </p>
      <button type="button" className="button" onClick={onRetry} disabled={retrying}>
        {retrying ? 'Nouvel essai…' : 'Réessayer'}
      </button>
    </section>
  );
};
