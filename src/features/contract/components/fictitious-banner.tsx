import { useMeta } from '../api/get-meta';

/**
 * On every page of a demo: generated figures must never be taken for the contract's, least of all on a
 * projector screenshot, so the banner is part of the header rather than a dismissible message.
 */
export const FictitiousBanner = () => {
  const meta = useMeta();
  if (!meta.data?.fictitious) return null;
  return (
    <p className="fictitious-banner">
      <strong>Données fictives de démonstration</strong>
      <span> — ces chiffres sont générés et ne décrivent pas le contrat réel.</span>
    </p>
  );
};
