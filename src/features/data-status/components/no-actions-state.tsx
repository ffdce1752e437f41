import { Link } from 'react-router-dom';

/**
 * What a contract without a published programmation shows: the tree, and this. No figure is computed, since
 * "no data" is not "0 %".
 */
export const NoActionsState = () => (
  <section className="notice notice--info" aria-labelledby="no-actions-title">
    <h2 id="no-actions-title">Aucune action publiée</h2>
    <p>
      La programmation du contrat (le fichier <code>actions.json</code>) n’est pas encore publiée : le tableau
      de bord montre les objectifs du contrat, mais ne calcule ni couverture ni avancement.
    </p>
    <p>
      <Link to="/donnees#publier">Comment publier les actions</Link>
    </p>
  </section>
);
