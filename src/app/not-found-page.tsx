import { Link } from 'react-router-dom';
import { useDocumentTitle } from '../lib/use-document-title';

export const NotFoundPage = () => {
  useDocumentTitle('Page introuvable');
  return (
    <>
      <h1>Page introuvable</h1>
      <p>
        Cette adresse ne correspond à aucune page du tableau de bord.{' '}
        <Link to="/objectifs">Voir les objectifs du contrat</Link>.
      </p>
    </>
  );
};
