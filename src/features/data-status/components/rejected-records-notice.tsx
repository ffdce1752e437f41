import { Link } from 'react-router-dom';
import { plural } from '../../../lib/format';
import { useCheckedActions } from '../../actions/api/use-checked-actions';
import { useContextRejections } from '../../territories/api/use-territory-context';

/**
 * Says, on every page, that some records were left out: a figure computed without them must not pass for
 * complete. The detail (file, record, field, reason) is on the data page.
 */
export const RejectedRecordsNotice = () => {
  const checked = useCheckedActions();
  const context = useContextRejections();
  const rejected = [...(checked.status === 'ready' ? checked.rejected : []), ...context];
  if (rejected.length === 0) return null;
  const files = [...new Set(rejected.map((record) => record.file))].join(', ');
  return (
    <div className="notice notice--warning" role="status">
      <p>
        <strong>
          {plural(
            rejected.length,
            'enregistrement invalide a été écarté',
            'enregistrements invalides ont été écartés',
          )}
        </strong>{' '}
        ({files}) ; les chiffres portent sur les autres.{' '}
        <Link to="/donnees#ecartes">Voir le détail des erreurs</Link>
      </p>
    </div>
  );
};
