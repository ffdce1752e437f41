import { type KeyboardEvent, useMemo, useRef, useState } from 'react';
import { RichLabel } from '../../../components/rich-label';
import { expandAcronyms } from '../../../domain/acronyms';
import { nodeKindLabels, type ObjectiveNode } from '../../../domain/objective-tree';
import type { ObjectiveCounts } from '../../../domain/objective-tree-queries';
import { plural } from '../../../lib/format';
import { looseText } from '../../../lib/text-match';

type Props = {
  nodes: ObjectiveNode[];
  /** Objectives under each node, by code (see countsByCode). */
  counts: ReadonlyMap<string, ObjectiveCounts>;
  isExpanded: (code: string) => boolean;
  onExpandedChange: (codes: string[], expanded: boolean) => void;
  highlight?: string;
  labelledBy: string;
};

type VisibleItem = { node: ObjectiveNode; parent: ObjectiveNode | null; siblings: ObjectiveNode[] };

/**
 * "Objectif stratégique P2.3 : Renforcer le lien social…", with acronyms spelt out. Written once here
 * rather than computed from the row's spans, whose spacing screen readers do not all agree on.
 */
const accessibleName = (node: ObjectiveNode) => {
  const kind = nodeKindLabels[node.kind].singular;
  const prefix = node.kind === 'transversal-group' ? '' : `${kind} ${node.code} : `;
  return `${prefix}${expandAcronyms(node.label)}`;
};

const domId = (code: string) => `objectif-${code.replace(/\./g, '-')}`;

/**
 * The objective tree as a WAI-ARIA tree view: one tab stop, arrow keys to move, Right/Left to open and
 * close, Home/End, "*" to open all siblings, Enter or Space to toggle. Focus follows a roving tabindex.
 */
export const ObjectiveTreeView = ({
  nodes,
  counts,
  isExpanded,
  onExpandedChange,
  highlight,
  labelledBy,
}: Props) => {
  const [focused, setFocused] = useState<string | null>(null);
  const treeRef = useRef<HTMLUListElement>(null);

  // The items a user can reach with the arrow keys: every node whose ancestors are all expanded.
  const visible = useMemo(() => {
    const items: VisibleItem[] = [];
    const walk = (list: ObjectiveNode[], parent: ObjectiveNode | null) => {
      for (const node of list) {
        items.push({ node, parent, siblings: list });
        if (node.children.length > 0 && isExpanded(node.code)) walk(node.children, node);
      }
    };
    walk(nodes, null);
    return items;
  }, [nodes, isExpanded]);

  // If the focused node was filtered out or hidden, the first item takes the tab stop.
  const tabStop = visible.some((item) => item.node.code === focused)
    ? focused
    : (visible[0]?.node.code ?? null);

  const focusCode = (code: string) => {
    setFocused(code);
    treeRef.current?.querySelector<HTMLElement>(`#${domId(code)}`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const index = visible.findIndex((item) => item.node.code === tabStop);
    const current = visible[index];
    if (!current) return;
    const { node, parent, siblings } = current;
    const hasChildren = node.children.length > 0;
    const open = hasChildren && isExpanded(node.code);
    let handled = true;
    switch (event.key) {
      case 'ArrowDown':
        if (index < visible.length - 1) focusCode((visible[index + 1] as VisibleItem).node.code);
        break;
      case 'ArrowUp':
        if (index > 0) focusCode((visible[index - 1] as VisibleItem).node.code);
        break;
      case 'ArrowRight':
        if (hasChildren && !open) onExpandedChange([node.code], true);
        else if (open) focusCode((node.children[0] as ObjectiveNode).code);
        break;
      case 'ArrowLeft':
        if (open) onExpandedChange([node.code], false);
        else if (parent) focusCode(parent.code);
        break;
      case 'Home':
        focusCode((visible[0] as VisibleItem).node.code);
        break;
      case 'End':
        focusCode((visible[visible.length - 1] as VisibleItem).node.code);
        break;
      case 'Enter':
      case ' ':
        if (hasChildren) onExpandedChange([node.code], !open);
        break;
      case '*':
        onExpandedChange(
          siblings.filter((sibling) => sibling.children.length > 0).map((sibling) => sibling.code),
          true,
        );
        break;
      default:
        handled = false;
    }
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  const renderNode = (node: ObjectiveNode, level: number, position: number, setSize: number) => {
    const hasChildren = node.children.length > 0;
    const open = hasChildren && isExpanded(node.code);
    const id = domId(node.code);
    const isObjective = node.kind === 'strategic' || node.kind === 'operational';
    const under = counts.get(node.code) ?? { strategic: 0, operational: 0 };
    const countText = [
      under.strategic > 0 ? plural(under.strategic, 'objectif stratégique', 'objectifs stratégiques') : null,
      under.operational > 0
        ? plural(under.operational, 'objectif opérationnel', 'objectifs opérationnels')
        : null,
    ]
      .filter(Boolean)
      .join(' · ');
    return (
      <li
        key={node.code}
        id={id}
        role="treeitem"
        aria-level={level}
        aria-posinset={position}
        aria-setsize={setSize}
        aria-expanded={hasChildren ? open : undefined}
        aria-label={accessibleName(node)}
        aria-describedby={
          [node.goal ? `${id}-goal` : '', countText ? `${id}-counts` : ''].filter(Boolean).join(' ') ||
          undefined
        }
        tabIndex={node.code === tabStop ? 0 : -1}
        className={`tree-item tree-item--${node.kind}${node.transversal ? ' tree-item--transversal' : ''}`}
        onFocus={(event) => {
          if (event.target === event.currentTarget) setFocused(node.code);
        }}
      >
        {/* Pointer users click the row; keyboard users have the tree's keys, hence no key handler here. */}
        {/* biome-ignore lint/a11y/useKeyWithClickEvents: the treeitem above handles the keyboard */}
        {/* biome-ignore lint/a11y/noStaticElementInteractions: the row is part of the treeitem, not a control of its own */}
        <div
          className="tree-row"
          onClick={() => {
            focusCode(node.code);
            if (hasChildren) onExpandedChange([node.code], !open);
          }}
        >
          <span className="tree-toggle" aria-hidden="true">
            {hasChildren ? (open ? '▾' : '▸') : '•'}
          </span>
          <span className="tree-text">
            <span className={isObjective ? 'tree-heading tree-heading--inline' : 'tree-heading'}>
              {isObjective ? (
                // Objectives are many: their kind is said to screen readers, the code shown as a tag.
                <span className="tree-code-tag">
                  <span className="visually-hidden">{nodeKindLabels[node.kind].singular} </span>
                  {node.code}
                  <span className="visually-hidden"> : </span>
                </span>
              ) : (
                node.kind !== 'transversal-group' && (
                  <span className="tree-kind">
                    {/* "PILIER COHESION SOCIALE" already says "pilier": its code alone is shown above it. */}
                    {!looseText(node.label).startsWith(looseText(nodeKindLabels[node.kind].singular)) && (
                      <>{nodeKindLabels[node.kind].singular} </>
                    )}
                    <span className="tree-code">{node.code}</span>
                    <span className="visually-hidden"> : </span>
                  </span>
                )
              )}
              <span className="tree-label">
                <RichLabel text={node.label} highlight={highlight} />
              </span>
            </span>
            {node.goal && (
              <span className="tree-goal" id={`${id}-goal`}>
                <RichLabel text={node.goal} highlight={highlight} />
              </span>
            )}
            {(countText || (node.transversal && node.kind === 'axis')) && (
              <span className="tree-meta">
                {node.transversal && node.kind === 'axis' && <span className="badge">Transversal</span>}
                {countText && <span id={`${id}-counts`}>{countText}</span>}
              </span>
            )}
          </span>
        </div>
        {open && (
          // biome-ignore lint/a11y/useSemanticElements: a tree's nested list is a "group" in the WAI-ARIA tree pattern
          <ul role="group">
            {node.children.map((child, index) =>
              renderNode(child, level + 1, index + 1, node.children.length),
            )}
          </ul>
        )}
      </li>
    );
  };

  return (
    // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the WAI-ARIA tree view pattern is built on a list
    <ul ref={treeRef} role="tree" aria-labelledby={labelledBy} className="tree" onKeyDown={onKeyDown}>
      {nodes.map((node, index) => renderNode(node, 1, index + 1, nodes.length))}
    </ul>
  );
};
