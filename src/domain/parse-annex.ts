import { looseText } from '../lib/text-match';
import type { ObjectiveNode, ObjectiveTree } from './objective-tree';

/**
 * Parses a contract's annex of objectives (a two-column, tab-separated table) into the objective tree.
 *
 * Pure and free of Node-only APIs so that the browser can run it too. The shape it reads, and the
 * code scheme it gives, are documented in docs/objective-tree.md. It never guesses: a row it cannot
 * place is reported with its line number and text, and the tree is only returned when there is none.
 */

export type AnnexIssue = {
  /** 1-based line number in the file; 0 for a problem with the file as a whole. */
  line: number;
  /** The line as written (tabs shown as →), empty for the whole file. */
  text: string;
  message: string;
};

export type ParseAnnexResult = { ok: true; tree: ObjectiveTree } | { ok: false; issues: AnnexIssue[] };

type Row = { line: number; raw: string; cells: string[] };

type Context = {
  group: ObjectiveNode | null;
  domain: ObjectiveNode | null;
  theme: ObjectiveNode | null;
  orientation: ObjectiveNode | null;
  strategic: ObjectiveNode | null;
};

const HEADER = /^objectifs? strategiques?$/;
const TRANSVERSAL = /TRANSVERSA/;
const PILLAR = /^PILIER\b/;

/** Folds every kind of space (no-break, narrow no-break, tabs inside a cell…) to one ordinary space. */
const foldSpaces = (cell: string) => cell.replace(/[\s\u00a0\u202f\u2007\u2009\ufeff]+/gu, ' ').trim();

const splitRows = (text: string): Row[] =>
  text
    .replace(/^\ufeff/, '')
    .split(/\r\n|\r|\n/)
    .map((raw, index) => {
      const cells = raw.split('\t').map(foldSpaces);
      // Trailing empty cells come from trailing tabs, not from a third column.
      while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
      return { line: index + 1, raw, cells };
    });

/** Splits "LA SANTE : Réduire les inégalités…" into the heading and its goal. */
const splitHeading = (cell: string): { head: string; goal: string | undefined } => {
  const colon = cell.indexOf(':');
  if (colon < 0) return { head: cell, goal: undefined };
  const goal = cell.slice(colon + 1).trim();
  return { head: cell.slice(0, colon).trim(), goal: goal === '' ? undefined : goal };
};

/** A heading row is written in capitals (up to its colon): at least two letters, none in lower case. */
const isCapitals = (head: string) => {
  const letters = head.match(/\p{L}/gu) ?? [];
  return letters.length >= 2 && letters.every((l) => l === l.toUpperCase() && l !== l.toLowerCase());
};

const showLine = (raw: string) => raw.replace(/\t/g, ' → ').trim();

export const parseAnnex = (text: string, source: string): ParseAnnexResult => {
  const issues: AnnexIssue[] = [];
  const rows = splitRows(text);
  const fail = (row: Row, message: string) =>
    issues.push({ line: row.line, text: showLine(row.raw), message });

  if (rows.every((row) => row.cells.length === 0)) {
    return { ok: false, issues: [{ line: 0, text: '', message: `le fichier ${source} est vide` }] };
  }

  const headerIndex = rows.findIndex((row) => HEADER.test(looseText(row.cells[0] ?? '')));
  if (headerIndex < 0) {
    return {
      ok: false,
      issues: [
        {
          line: 0,
          text: '',
          message:
            'en-tête du tableau introuvable : une ligne « Objectifs stratégiques → Objectifs opérationnels » doit précéder les objectifs',
        },
      ],
    };
  }

  const titleParts: string[] = [];
  for (const row of rows.slice(0, headerIndex)) {
    if (row.cells.length === 0) continue;
    if (row.cells.length > 1)
      fail(row, 'ligne à plusieurs colonnes avant l’en-tête du tableau (seul le titre est attendu)');
    else titleParts.push(row.cells[0] ?? '');
  }
  const headerRow = rows[headerIndex] as Row;
  if (headerRow.cells.length > 2)
    fail(headerRow, `l’en-tête a ${headerRow.cells.length} colonnes au lieu de 2`);

  const nodes: ObjectiveNode[] = [];
  const lineOf = new Map<ObjectiveNode, number>();
  const ctx: Context = { group: null, domain: null, theme: null, orientation: null, strategic: null };
  let axisCount = 0;
  let pillarCount = 0;
  const counters = new Map<string, number>();
  const next = (key: string) => {
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    return n;
  };

  const make = (
    row: Row,
    kind: ObjectiveNode['kind'],
    code: string,
    label: string,
    transversal: boolean,
    goal?: string,
  ): ObjectiveNode => {
    const node: ObjectiveNode = { kind, code, label, ...(goal ? { goal } : {}), transversal, children: [] };
    lineOf.set(node, row.line);
    return node;
  };

  for (const row of rows.slice(headerIndex + 1)) {
    const { cells } = row;
    if (cells.length === 0) continue;
    if (cells.length > 2) {
      fail(
        row,
        `ligne à ${cells.length} colonnes : le tableau n’en a que 2 (objectif stratégique, objectif opérationnel)`,
      );
      continue;
    }
    const first = cells[0] ?? '';
    const second = cells[1] ?? '';

    if (first === '') {
      // Continuation row: the next operational objective of the current strategic objective.
      if (!ctx.strategic) {
        fail(row, 'objectif opérationnel avant tout objectif stratégique');
        continue;
      }
      const parent = ctx.strategic;
      parent.children.push(
        make(row, 'operational', `${parent.code}.${parent.children.length + 1}`, second, parent.transversal),
      );
      continue;
    }

    const { head, goal } = splitHeading(first);
    const heading = isCapitals(head);

    if (heading && second !== '') {
      fail(
        row,
        'un intitulé en capitales (pilier, axe ou thématique) ne peut pas porter d’objectif opérationnel',
      );
      continue;
    }

    if (heading && TRANSVERSAL.test(looseText(head).toUpperCase())) {
      // Not ctx.group: a pillar clears it, and a second group after a pillar would get the code T again.
      if (nodes.some((node) => node.kind === 'transversal-group')) {
        fail(row, 'second groupe d’axes transversaux : un contrat n’en a qu’un');
        continue;
      }
      const group = make(row, 'transversal-group', 'T', head, true, goal);
      nodes.push(group);
      Object.assign(ctx, { group, domain: null, theme: null, orientation: null, strategic: null });
      continue;
    }

    if (heading && PILLAR.test(looseText(head).toUpperCase())) {
      pillarCount += 1;
      const pillar = make(row, 'pillar', `P${pillarCount}`, head, false, goal);
      nodes.push(pillar);
      Object.assign(ctx, { group: null, domain: pillar, theme: null, orientation: null, strategic: null });
      continue;
    }

    if (heading) {
      if (ctx.group) {
        axisCount += 1;
        const axis = make(row, 'axis', `T${axisCount}`, head, true, goal);
        ctx.group.children.push(axis);
        Object.assign(ctx, { domain: axis, theme: null, orientation: null, strategic: null });
      } else if (ctx.domain?.kind === 'pillar') {
        const pillar = ctx.domain;
        const theme = make(row, 'theme', `${pillar.code}.th${next(`${pillar.code}.th`)}`, head, false, goal);
        pillar.children.push(theme);
        Object.assign(ctx, { theme, orientation: null, strategic: null });
      } else {
        fail(row, 'intitulé en capitales avant tout pilier (« PILIER … ») ou groupe d’axes transversaux');
      }
      continue;
    }

    const container = ctx.theme ?? ctx.domain;
    if (second === '') {
      // A row in ordinary case with an empty second column: an orientation grouping strategic objectives.
      if (!container) {
        fail(row, 'orientation avant tout pilier ou axe');
        continue;
      }
      const domain = ctx.domain as ObjectiveNode;
      const orientation = make(
        row,
        'orientation',
        `${domain.code}.or${next(`${domain.code}.or`)}`,
        first,
        domain.transversal,
      );
      container.children.push(orientation);
      Object.assign(ctx, { orientation, strategic: null });
      continue;
    }

    const parent = ctx.orientation ?? container;
    if (!parent) {
      fail(
        row,
        ctx.group
          ? 'objectif stratégique sous le groupe d’axes transversaux sans axe (un intitulé en capitales doit le précéder)'
          : 'objectif stratégique avant tout pilier ou axe',
      );
      continue;
    }
    const domain = ctx.domain as ObjectiveNode;
    const strategic = make(
      row,
      'strategic',
      `${domain.code}.${next(domain.code)}`,
      first,
      domain.transversal,
    );
    strategic.children.push(make(row, 'operational', `${strategic.code}.1`, second, domain.transversal));
    parent.children.push(strategic);
    ctx.strategic = strategic;
  }

  // A heading with nothing under it is most often a misplaced row: say so rather than keep an empty branch.
  const checkEmpty = (node: ObjectiveNode) => {
    if (node.kind === 'strategic' || node.kind === 'operational') return;
    if (node.children.length === 0) {
      const line = lineOf.get(node) ?? 0;
      issues.push({
        line,
        text: showLine(rows[line - 1]?.raw ?? ''),
        message: `« ${node.label} » ne contient aucun objectif stratégique`,
      });
    }
    node.children.forEach(checkEmpty);
  };
  nodes.forEach(checkEmpty);

  if (!nodes.some(hasOperational)) {
    issues.push({ line: 0, text: '', message: `aucun objectif trouvé dans ${source}` });
  }
  if (issues.length > 0) return { ok: false, issues: issues.sort((a, b) => a.line - b.line) };

  const title = titleParts.join(' ');
  return { ok: true, tree: { version: 1, source, ...(title ? { title } : {}), nodes } };
};

const hasOperational = (node: ObjectiveNode): boolean =>
  node.kind === 'operational' || node.children.some(hasOperational);

export const formatAnnexIssue = (source: string, issue: AnnexIssue) =>
  issue.line > 0
    ? `${source}, ligne ${issue.line} : ${issue.message}\n    « ${issue.text} »`
    : `${source} : ${issue.message}`;
