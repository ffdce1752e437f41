import type { ObjectiveNode } from '../../domain/objective-tree';

/** The page of a pillar (`/piliers/P2`) or a transversal axis (`/axes/T1`). */
export const domainPath = (domain: Pick<ObjectiveNode, 'code' | 'kind'>) =>
  `/${domain.kind === 'axis' ? 'axes' : 'piliers'}/${domain.code}`;

/** The page of a territory (`/quartiers/terre-rouge`). */
export const territoryPath = (id: string) => `/quartiers/${id}`;
