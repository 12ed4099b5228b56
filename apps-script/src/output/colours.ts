import type { ConditionalRule, FormatOp, RangeRef } from '../port/types';

/**
 * Conditional colours of the result sheets: green for the best predikat or category down to red for
 * the worst, so a Sekda sees where to act without reading every row. Rules follow the text the cell
 * shows, so they stay right after the admin sorts or filters.
 */
const SCALE = ['#b7e1cd', '#d9ead3', '#fff2cc', '#fce5cd', '#f4cccc'] as const;
const FONT = ['#0b5d1e', '#274e13', '#7f6000', '#783f04', '#990000'] as const;

/** One textEquals rule per label, best first; labels beyond five share the worst colour. */
export function scaleByText(range: RangeRef, labelsBestFirst: readonly string[]): FormatOp[] {
  return labelsBestFirst.map((value, i): FormatOp => {
    const at = Math.min(i, SCALE.length - 1);
    const rule: ConditionalRule = {
      when: 'textEquals',
      value,
      background: SCALE[at] ?? '#ffffff',
      fontColor: FONT[at] ?? '#000000',
    };
    return { kind: 'conditional', range, rule };
  });
}

/** A check that holds (green) or fails (red). */
export const CHECK_OK = '#b7e1cd';
export const CHECK_FAIL = '#f4cccc';

export const FLAG_BACKGROUND = '#fce5cd';
