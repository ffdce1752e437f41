import { useId } from 'react';
import { Link } from 'react-router-dom';
import type { Gap } from '../../../domain/dashboard-figures';
import type { ObjectiveNode } from '../../../domain/objective-tree';
import { plural } from '../../../lib/format';
import { domainLabel } from '../chart-data';

/** Operational objectives as a list of links to their pages, each code first, keeping the view's filter. */
export const ObjectiveLinks = ({
  objectives,
  search,
}: {
  objectives: readonly ObjectiveNode[];
  search: string;
}) => (
  <ul className="gap-list">
    {objectives.map((objective) => (
      <li key={objective.code}>
        <Link to={`/objectifs/${objective.code}${search}`}>
          <span className="gap-code">{objective.code}</span> {objective.label}
        </Link>
      </li>
    ))}
  </ul>
);

/** "Objectifs sans action": the gaps a committee asks about first, grouped by pillar, each a link. */
export const GapList = ({ gaps, search }: { gaps: readonly Gap[]; search: string }) => {
  const headingId = useId();
  const groups = new Map<ObjectiveNode, ObjectiveNode[]>();
  for (const { domain, objective } of gaps) groups.set(domain, [...(groups.get(domain) ?? []), objective]);
  return (
    <section className="dashboard-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Objectifs sans action</h2>
      {gaps.length === 0 ? (
        <p>
          Tous les objectifs opérationnels retenus ont au moins une action programmée, en cours ou réalisée.
        </p>
      ) : (
        <>
          <p>
            {plural(gaps.length, 'objectif opérationnel n’a', 'objectifs opérationnels n’ont')} aucune action
            programmée, en cours ou réalisée avec ces filtres.
          </p>
          {[...groups].map(([domain, objectives]) => (
            <div key={domain.code} className="gap-group">
              <h3>{domainLabel(domain)}</h3>
              <ObjectiveLinks objectives={objectives} search={search} />
            </div>
          ))}
        </>
      )}
    </section>
  );
};
