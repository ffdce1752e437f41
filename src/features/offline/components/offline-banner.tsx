import { formatDateTimeShort } from '../../../lib/format';
import { offlineReasonText, offlineSourceText, useOfflineData } from '../use-offline-data';

/**
 * Says that the figures on screen are the last ones this browser saw, and from when, while the data cannot
 * be fetched; a refetch that succeeds takes it away. The status region is always there (empty when all is
 * well), so that a screen reader announces the banner when it appears.
 */
export const OfflineBanner = () => {
  const offline = useOfflineData();
  return (
    <div role="status" className="offline-status">
      {offline && (
        <div className="offline-banner no-print">
          <p>
            <strong>
              {offlineReasonText(offline)} : affichage des données {offlineSourceText(offline)} le{' '}
              <time dateTime={new Date(offline.at).toISOString()}>
                {formatDateTimeShort(new Date(offline.at))}
              </time>
            </strong>
          </p>
          <button
            type="button"
            className="button button--secondary"
            onClick={offline.retry}
            disabled={offline.retrying}
          >
            {offline.retrying ? 'Nouvel essai…' : 'Réessayer'}
          </button>
        </div>
      )}
    </div>
  );
};
