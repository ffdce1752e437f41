import { screen, within } from '@testing-library/react';
import type { Action } from '../../src/domain/action';
import type { ObjectiveNode } from '../../src/domain/objective-tree';
import { flattenTree } from '../../src/domain/objective-tree-queries';
import { mockContract, mockObjectives } from '../../src/mocks/handlers';

/** The value of a key figure ("Actions" → "279"), as read on the page. */
export const keyFigure = (label: string, list = 'Chiffres clés') => {
  const figures = document.querySelector<HTMLElement>(`dl[aria-label="${list}"]`);
  if (!figures) throw new Error(`no key figures « ${list} »`);
  const term = within(figures).getByText(label, { selector: 'dt' });
  return within(term.parentElement as HTMLElement).getAllByRole('definition')[0]?.textContent ?? '';
};

export const mockActions = () => mockContract().actions;

export const operationalObjectives = (nodes: readonly ObjectiveNode[] = mockObjectives.nodes) =>
  flattenTree(nodes).filter((node) => node.kind === 'operational');

/**
 * The rule of coverage, written again here on purpose (not imported from the domain): an objective is
 * covered when a programmée, en cours or réalisée action serves it.
 */
export const coveredCodes = (actions: readonly Action[]) =>
  new Set(
    actions
      .filter((action) => ['programmee', 'en-cours', 'realisee'].includes(action.status))
      .flatMap((action) => action.objectives),
  );

/**
 * The « Comment est-ce calculé ? » disclosure (a <details>) of a chart or of a list of key figures, by the
 * name it gives its subject ("Chiffres clés", a chart's title), which only screen readers get.
 */
export const ruleDisclosure = (subject: string) => {
  const text = `Comment est-ce calculé ? (${subject})`;
  const summary = screen.getByText(
    (_, element) => element?.tagName === 'SUMMARY' && element.textContent === text,
  );
  return summary.closest('details') as HTMLDetailsElement;
};
