/**
 * A slide whose document could not be read: what is missing and why, in the slide's type, with a retry,
 * in a box that fills the slide's room rather than leaving it blank.
 */
export const SlideError = ({
  message,
  error,
  onRetry,
  retrying,
}: {
  /** What could not be loaded, in a sentence: "La carte des quartiers n’a pas pu être chargée." */
  message: string;
  error: unknown;
  onRetry: () => void;
  retrying: boolean;
}) => (
  <div className="slide-error" role="alert">
    <p className="slide-lead">{message}</p>
    <p>Raison : {error instanceof Error ? error.message : 'erreur inconnue'}.</p>
    <p>
      <button type="button" className="slide-button" onClick={onRetry} disabled={retrying}>
        {retrying ? 'Nouvel essai…' : 'Réessayer'}
      </button>
    </p>
  </div>
);
