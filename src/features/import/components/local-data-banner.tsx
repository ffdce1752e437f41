import { useId } from 'react';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../lib/format';
import { useActionsOrigin, useClearLocalDataset, useLocalProblem } from '../use-local-dataset';

/** After going back to the published data the banner is gone: the focus goes to the page, not to nowhere. */
const focusMain = () => document.getElementById('contenu')?.focus();

/**
 * On every page while the figures come from a spreadsheet imported in this browser: they are not the
 * published ones, and nobody else sees them, so the notice is part of the header (like the fictitious data
 * banner) and cannot be dismissed, only left by going back to the published data. The printed report says
 * the same in its own header (print-header.tsx); this banner, with its button, stays on screen.
 */
export const LocalDataBanner = () => {
  const origin = useActionsOrigin();
  const problem = useLocalProblem();
  const clear = useClearLocalDataset();
  const titleId = useId();

  if (origin?.kind !== 'local' && problem === null) return null;

  const clearing = clear.isPending;
  const clearButton = (idle: string, busy: string) => (
    <button
      type="button"
      className="button local-data-banner-button"
      disabled={clearing}
      onClick={() => clear.mutate(undefined, { onSuccess: focusMain })}
    >
      {clearing ? busy : idle}
    </button>
  );
  const failure = (consequence: string) =>
    clear.isError && (
      <p role="alert" className="local-data-banner-error">
        <strong>{clear.error.message}.</strong> {consequence}
      </p>
    );

  if (origin?.kind === 'local') {
    return (
      <section className="local-data-banner no-print" aria-labelledby={titleId}>
        <p>
          <strong id={titleId}>
            Données importées localement le{' '}
            <time dateTime={origin.importedAt}>{formatDateTime(origin.importedAt)}</time>
          </strong>{' '}
          depuis « {origin.fileName} » — ces chiffres ne sont visibles que dans ce navigateur et ne sont pas
          publiés.
        </p>
        <p className="local-data-banner-actions">
          {clearButton('Revenir aux données publiées', 'Retour aux données publiées…')}
          <Link to="/donnees">Voir les données</Link>
        </p>
        {failure('Les chiffres affichés restent ceux de l’import local.')}
      </section>
    );
  }

  return (
    <section className="local-data-banner no-print" aria-labelledby={titleId}>
      <p>
        <strong id={titleId}>Les données importées localement n’ont pas pu être relues</strong> : {problem} ;
        les données publiées sont affichées.
      </p>
      <p className="local-data-banner-actions">
        {clearButton('Supprimer l’import illisible', 'Suppression de l’import…')}
      </p>
      {failure('Les données publiées restent affichées.')}
    </section>
  );
};
