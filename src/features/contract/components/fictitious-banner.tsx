import { useFictitiousFigures } from '../api/use-fictitious-figures';

/**
 * On every page of a demo: generated figures must never be taken for the contract's, least of all on a
 * projector screenshot, so the banner is part of the header rather than a dismissible message.
 */
export const FictitiousBanner = () => {
  if (!useFictitiousFigures()) return null;
  return (
    <p className="fictitious-banner">
      <strong>Données fictives de démonstration</strong>
      <span> — ces chiffres sont générés et ne décrivent pas le contrat réel.</span>
    </p>
  );
};
