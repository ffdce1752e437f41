import type { RejectedRecord } from '../lib/fetch-json';
import type { Action } from './action';

type Located<T> = { records: readonly T[]; positions: readonly number[] };

/**
 * Keeps the actions whose references hold: every objective code is an operational objective of the tree,
 * every territory id is one of the contract's territories, and the id is not already taken. An action that
 * fails is left out and reported with its position in the file, like a record that fails the schema, so that
 * a figure never counts an action the dashboard cannot place.
 */
export const checkActionReferences = (
  file: string,
  { records, positions }: Located<Action>,
  operationalCodes: ReadonlySet<string>,
  territoryIds: ReadonlySet<string>,
): { actions: Action[]; rejected: RejectedRecord[] } => {
  const actions: Action[] = [];
  const rejected: RejectedRecord[] = [];
  const seen = new Map<string, number>();
  records.forEach((action, i) => {
    const index = positions[i] ?? i;
    const at = (field: string) => `actions[${index}].${field}`;
    const problems: RejectedRecord['problems'] = [];
    const first = seen.get(action.id);
    if (first !== undefined) {
      problems.push({
        path: at('id'),
        message: `identifiant « ${action.id} » déjà utilisé par l’enregistrement n° ${first + 1}`,
      });
    }
    action.objectives.forEach((code, k) => {
      if (!operationalCodes.has(code)) {
        problems.push({
          path: at(`objectives[${k}]`),
          message: `« ${code} » n’est pas un objectif opérationnel de l’arborescence`,
        });
      }
    });
    action.territories.forEach((id, k) => {
      if (!territoryIds.has(id)) {
        problems.push({
          path: at(`territories[${k}]`),
          message: `territoire « ${id} » absent de territories.json`,
        });
      }
    });
    if (problems.length > 0) {
      rejected.push({ file, index, id: action.id, problems });
      return;
    }
    seen.set(action.id, index);
    actions.push(action);
  });
  return { actions, rejected };
};
