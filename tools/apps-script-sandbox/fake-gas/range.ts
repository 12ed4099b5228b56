import type { GasCell, GasDataValidation, GasRange } from '../../../apps-script/src/gas/types';
import type { Recorder } from './recorder';

export const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

/** What Sheets (locale en_US, as many OPD files are) displays for a raw value with a number format. */
export function displayFor(value: GasCell, format: string | undefined): string {
  if (value === '' || value === null || value === undefined) return '';
  if (isDate(value)) {
    const d = value as Date;
    const p = (n: number) => String(n).padStart(2, '0');
    return `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (format === '@') return String(value);
  if (format?.includes('%')) return `${Math.round(value * 10000) / 100}%`;
  // Sheets' automatic format shows big numbers in scientific notation: 199003152015031000 -> 1.99003E+17.
  if (Math.abs(value) >= 1e15) {
    const [mantissa = '', exp = '0'] = value.toExponential(5).split('e');
    return `${mantissa.replace(/\.?0+$/, '')}E+${exp.replace('+', '')}`;
  }
  return String(value);
}

export interface Cell {
  v: GasCell;
  d?: string;
  format?: string;
  note?: string;
  background?: string;
  bold?: boolean;
  validation?: GasDataValidation | null;
}

/** What a range needs of its sheet (FakeSheet provides it); declared here so no import cycle forms. */
export interface RangeSheet {
  readonly name: string;
  readonly rec: Recorder;
  merges: { row: number; column: number; numRows: number; numColumns: number }[];
  filter: { range: string; remove(): void } | null;
  cell(row: number, column: number): Cell;
  peek(row: number, column: number): Cell | undefined;
}

export class FakeRange implements GasRange {
  constructor(
    readonly sheet: RangeSheet,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {}

  private rec(name: string) {
    this.sheet.rec.rec(`Range.${name}`, this.sheet);
  }
  private each(fn: (cell: Cell, r: number, c: number) => void) {
    for (let r = 0; r < this.numRows; r++)
      for (let c = 0; c < this.numColumns; c++) fn(this.sheet.cell(this.row + r, this.column + c), r, c);
  }
  private grid<T>(fn: (cell: Cell | undefined) => T): T[][] {
    return Array.from({ length: this.numRows }, (_, r) =>
      Array.from({ length: this.numColumns }, (_, c) => fn(this.sheet.peek(this.row + r, this.column + c))),
    );
  }
  private checkShape(values: unknown[][], what: string) {
    if (values.length !== this.numRows || values.some((r) => r.length !== this.numColumns))
      throw new Error(
        `The number of rows or columns in the ${what} does not match the range: ${this.numRows}x${this.numColumns}.`,
      );
  }

  getRow() {
    return this.row;
  }
  getColumn() {
    return this.column;
  }
  getNumRows() {
    return this.numRows;
  }
  getNumColumns() {
    return this.numColumns;
  }
  getA1Notation() {
    return `R${this.row}C${this.column}:${this.numRows}x${this.numColumns}`;
  }
  getValues() {
    this.rec('getValues');
    return this.grid((c) => c?.v ?? '');
  }
  getDisplayValues() {
    this.rec('getDisplayValues');
    return this.grid((c) => (c ? (c.d ?? displayFor(c.v, c.format)) : ''));
  }
  setValues(values: GasCell[][]) {
    this.rec('setValues');
    this.checkShape(values, 'data');
    this.each((cell, r, c) => {
      cell.v = values[r]![c]!;
      delete cell.d;
    });
    return this;
  }
  setValue(value: GasCell) {
    this.rec('setValue');
    this.each((cell) => {
      cell.v = value;
      delete cell.d;
    });
    return this;
  }
  setNumberFormat(format: string) {
    this.rec('setNumberFormat');
    this.each((cell) => {
      cell.format = format;
    });
    return this;
  }
  setNumberFormats(formats: string[][]) {
    this.rec('setNumberFormats');
    this.checkShape(formats, 'formats');
    this.each((cell, r, c) => {
      cell.format = formats[r]![c]!;
    });
    return this;
  }
  setBackground(colour: string) {
    this.rec('setBackground');
    this.each((cell) => {
      cell.background = colour;
    });
    return this;
  }
  setBackgrounds(colours: string[][]) {
    this.rec('setBackgrounds');
    this.checkShape(colours, 'colours');
    this.each((cell, r, c) => {
      cell.background = colours[r]![c]!;
    });
    return this;
  }
  setFontWeight(weight: string) {
    this.rec('setFontWeight');
    this.each((cell) => {
      cell.bold = weight === 'bold';
    });
    return this;
  }
  setWrap(_wrap: boolean) {
    this.rec('setWrap');
    return this;
  }
  setNote(note: string) {
    this.rec('setNote');
    this.each((cell) => {
      cell.note = note;
    });
    return this;
  }
  setNotes(notes: string[][]) {
    this.rec('setNotes');
    this.checkShape(notes, 'notes');
    this.each((cell, r, c) => {
      cell.note = notes[r]![c]!;
    });
    return this;
  }
  setDataValidation(rule: GasDataValidation | null) {
    this.rec('setDataValidation');
    this.each((cell) => {
      cell.validation = rule;
    });
    return this;
  }
  clearDataValidations() {
    this.rec('clearDataValidations');
    for (let r = 0; r < this.numRows; r++)
      for (let c = 0; c < this.numColumns; c++) {
        const cell = this.sheet.peek(this.row + r, this.column + c);
        if (cell) delete cell.validation;
      }
    return this;
  }
  setDataValidations(rules: (GasDataValidation | null)[][]) {
    this.rec('setDataValidations');
    this.each((cell, r, c) => {
      cell.validation = rules[r]![c]!;
    });
    return this;
  }
  getMergedRanges(): GasRange[] {
    this.rec('getMergedRanges');
    const r2 = this.row + this.numRows - 1;
    const c2 = this.column + this.numColumns - 1;
    return this.sheet.merges
      .filter(
        (m) =>
          m.row <= r2 &&
          m.row + m.numRows - 1 >= this.row &&
          m.column <= c2 &&
          m.column + m.numColumns - 1 >= this.column,
      )
      .map((m) => new FakeRange(this.sheet, m.row, m.column, m.numRows, m.numColumns));
  }
  createFilter() {
    this.rec('createFilter');
    const sheet = this.sheet;
    sheet.filter = { range: this.getA1Notation(), remove: () => (sheet.filter = null) };
    return sheet.filter;
  }
}
