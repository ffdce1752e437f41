import { Link } from 'react-router-dom';
import type { ObjectiveNode } from '../../../domain/objective-tree';
import type { Territory } from '../../../domain/territory';
import { domainLabel } from '../chart-data';

export const domainPath = (domain: Pick<ObjectiveNode, 'code' | 'kind'>) =>
  `/${domain.kind === 'axis' ? 'axes' : 'piliers'}/${domain.code}`;

/** The pages of each pillar and territory, one click away from the overview, with the view's filter. */
export const ViewLinks = ({
  domains,
  territories,
  search,
}: {
  domains: readonly ObjectiveNode[];
  territories: readonly Territory[];
  search: string;
}) => (
  <nav className="view-links" aria-label="Pages des piliers et des quartiers">
    <p>
      <span className="view-links-label">Par pilier ou axe :</span>
      {domains.map((domain) => (
        <Link key={domain.code} to={`${domainPath(domain)}${search}`} className="chip-link">
          {domainLabel(domain)}
        </Link>
      ))}
    </p>
    <p>
      <span className="view-links-label">Par quartier :</span>
      {territories.map((territory) => (
        <Link key={territory.id} to={`/quartiers/${territory.id}${search}`} className="chip-link">
          {territory.name}
        </Link>
      ))}
    </p>
  </nav>
);
