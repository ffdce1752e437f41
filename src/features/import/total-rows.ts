import { looseText } from '../../lib/text-match';
import { parseAmount, parsePercent, parseText, type SheetCell } from './cell-values';

/** « TOTAL », « Total général », « Sous-total », « Total 2024 », « Sous-total pilier 2 », « Totaux ». */
const TOTAL_LABEL = /^(?:sous )?(?:total|totaux)(?: |$)/;

const isBlank = (cell: SheetCell) => parseText(cell) === null;

/** A number as a spreadsheet's total row holds it: a number cell, an amount or a percentage written as text. */
const isFigure = (cell: SheetCell) =>
  typeof cell === 'number' || (typeof cell === 'string' && (parseAmount(cell).ok || parsePercent(cell).ok));

/**
 * The label of a total or subtotal row (« TOTAL », « Total général », « Sous-total »), or null for any
 * other row. Such a row holds that label and figures only, the sums of the columns above: it is not an
 * action, and the import skips it with a note instead of reporting its empty cells as errors. A row with
 * any other text (a holder, a status) is an action, whatever its title, and is read as one.
 */
export const totalRowLabel = (cells: readonly SheetCell[]): string | null => {
  let label: string | null = null;
  for (const cell of cells) {
    if (isBlank(cell)) continue;
    if (typeof cell === 'string' && TOTAL_LABEL.test(looseText(cell))) {
      label ??= parseText(cell);
      continue;
    }
    if (!isFigure(cell)) return null;
  }
  return label;
};
