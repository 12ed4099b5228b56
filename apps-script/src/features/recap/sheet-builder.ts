import { type MessageCode, t } from '../../../../shared';
import { HEADER_BACKGROUND, type OutputSheet, rectangular } from '../../output/sheet';
import type { OutputRole } from '../../output/sheet-names';
import { type FormatOp, rangeRef, type SheetCell } from '../../port/types';

/** A sheet built section by section: a title row, a header row, data rows; formats follow the rows. */
export class SheetBuilder {
  readonly rows: SheetCell[][] = [];
  readonly formats: FormatOp[] = [];
  width = 1;

  title(text: string): void {
    this.rows.push([text]);
    this.formats.push({ kind: 'bold', range: rangeRef(this.rows.length, 1) });
  }

  line(text: string): void {
    this.rows.push([text]);
  }

  blank(): void {
    this.rows.push([]);
  }

  /** A table: header, rows, and per column a number format (null: none). Returns the header's row. */
  table(
    headers: readonly MessageCode[],
    body: SheetCell[][],
    numberFormats: readonly (string | null)[] = [],
  ): number {
    const top = this.rows.length + 1;
    this.rows.push(headers.map((h) => t(h)));
    for (const r of body) this.rows.push(r);
    this.width = Math.max(this.width, headers.length);
    const header = rangeRef(top, 1, 1, headers.length);
    this.formats.push(
      { kind: 'bold', range: header },
      { kind: 'background', range: header, colour: HEADER_BACKGROUND },
    );
    numberFormats.forEach((format, i) => {
      if (format && body.length > 0)
        this.formats.push({ kind: 'numberFormat', range: rangeRef(top + 1, i + 1, body.length, 1), format });
    });
    return top;
  }

  sheet(role: OutputRole, name: string, widths: readonly number[] = [], after?: FormatOp[]): OutputSheet {
    const formats = [
      ...this.formats,
      ...widths.map((width, i) => ({ kind: 'columnWidth' as const, column: i + 1, width })),
    ];
    return { role, name, rows: rectangular(this.rows), formats, ...(after ? { after } : {}) };
  }
}
