import type {
  GasCell,
  GasChartBuilder,
  GasConditionalFormatRule,
  GasConditionalFormatRuleBuilder,
  GasDataValidation,
  GasDataValidationBuilder,
  GasRange,
  GasSheet,
  GasSpreadsheet,
} from '../../../apps-script/src/gas/types';
import type { Recorder } from './recorder';

/** A cell of a fixture: a raw value, or a raw value with what Sheets displays ("1,99003E+17"). */
export type SeedCell = GasCell | { v: GasCell; d: string };

export interface SheetSeed {
  name: string;
  rows: SeedCell[][];
  /** 1-based merged areas, e.g. a two-row header "Target" over B1:C1. */
  merges?: { row: number; column: number; numRows: number; numColumns: number }[];
  hiddenRows?: number[];
  /** Per-column number format, e.g. { 1: '@' }. */
  columnFormats?: Record<number, string>;
}

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

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

interface Cell {
  v: GasCell;
  d?: string;
  format?: string;
  note?: string;
  background?: string;
  bold?: boolean;
  validation?: GasDataValidation | null;
}

export class FakeSheet implements GasSheet {
  cells: Cell[][] = [];
  merges: { row: number; column: number; numRows: number; numColumns: number }[] = [];
  hiddenRows = new Set<number>();
  frozenRows = 0;
  columnWidths = new Map<number, number>();
  filter: { range: string; remove(): void } | null = null;
  conditionalRules: GasConditionalFormatRule[] = [];
  charts: unknown[] = [];

  constructor(
    public name: string,
    readonly id: number,
    readonly rec: Recorder,
    readonly book: FakeSpreadsheet,
  ) {}

  cell(row: number, column: number): Cell {
    while (this.cells.length < row) this.cells.push([]);
    const r = this.cells[row - 1]!;
    while (r.length < column) r.push({ v: '' });
    return r[column - 1]!;
  }

  peek(row: number, column: number): Cell | undefined {
    return this.cells[row - 1]?.[column - 1];
  }

  getName() {
    this.rec.rec('Sheet.getName', this.name);
    return this.name;
  }
  getSheetId() {
    this.rec.rec('Sheet.getSheetId', this.name);
    return this.id;
  }
  lastRow(): number {
    for (let r = this.cells.length; r >= 1; r--) if (this.cells[r - 1]!.some((c) => c.v !== '')) return r;
    return 0;
  }
  lastColumn(): number {
    let max = 0;
    for (const row of this.cells)
      row.forEach((c, i) => {
        if (c.v !== '' && i + 1 > max) max = i + 1;
      });
    return max;
  }
  getLastRow() {
    this.rec.rec('Sheet.getLastRow', this.name);
    return this.lastRow();
  }
  getLastColumn() {
    this.rec.rec('Sheet.getLastColumn', this.name);
    return this.lastColumn();
  }
  /** A new sheet has 1000 rows and 26 columns; the grid grows with what was written. */
  getMaxRows() {
    this.rec.rec('Sheet.getMaxRows', this.name);
    return Math.max(1000, this.cells.length);
  }
  getMaxColumns() {
    this.rec.rec('Sheet.getMaxColumns', this.name);
    return Math.max(26, ...this.cells.map((r) => r.length));
  }
  getDataRange(): GasRange {
    this.rec.rec('Sheet.getDataRange', this.name);
    return new FakeRange(this, 1, 1, Math.max(1, this.lastRow()), Math.max(1, this.lastColumn()));
  }
  getRange(row: number, column: number, numRows = 1, numColumns = 1): GasRange {
    this.rec.rec('Sheet.getRange', this.name);
    if (row < 1 || column < 1 || numRows < 1 || numColumns < 1)
      throw new Error(`The coordinates of the range are outside the dimensions of the sheet.`);
    return new FakeRange(this, row, column, numRows, numColumns);
  }
  isRowHiddenByUser(row: number) {
    this.rec.rec('Sheet.isRowHiddenByUser', this.name);
    return this.hiddenRows.has(row);
  }
  isRowHiddenByFilter(_row: number) {
    this.rec.rec('Sheet.isRowHiddenByFilter', this.name);
    return false;
  }
  setFrozenRows(rows: number) {
    this.rec.rec('Sheet.setFrozenRows', this.name);
    this.frozenRows = rows;
  }
  setColumnWidth(column: number, width: number) {
    this.rec.rec('Sheet.setColumnWidth', this.name);
    this.columnWidths.set(column, width);
    return this;
  }
  getFilter() {
    this.rec.rec('Sheet.getFilter', this.name);
    return this.filter;
  }
  getConditionalFormatRules() {
    this.rec.rec('Sheet.getConditionalFormatRules', this.name);
    return [...this.conditionalRules];
  }
  setConditionalFormatRules(rules: GasConditionalFormatRule[]) {
    this.rec.rec('Sheet.setConditionalFormatRules', this.name);
    this.conditionalRules = [...rules];
  }
  clear() {
    this.rec.rec('Sheet.clear', this.name);
    this.cells = [];
    this.merges = [];
    return this;
  }
  clearNotes() {
    this.rec.rec('Sheet.clearNotes', this.name);
    for (const row of this.cells) for (const c of row) delete c.note;
    return this;
  }
  newChart(): GasChartBuilder {
    this.rec.rec('Sheet.newChart', this.name);
    return new FakeChartBuilder();
  }
  insertChart(chart: unknown) {
    this.rec.rec('Sheet.insertChart', this.name);
    this.charts.push(chart);
  }
  getCharts() {
    this.rec.rec('Sheet.getCharts', this.name);
    return [...this.charts];
  }
  removeChart(chart: unknown) {
    this.rec.rec('Sheet.removeChart', this.name);
    this.charts = this.charts.filter((c) => c !== chart);
  }

  /** Test helper: raw values of the used area, without recording a call. */
  snapshot(): GasCell[][] {
    const rows = this.lastRow();
    const cols = this.lastColumn();
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => this.peek(r + 1, c + 1)?.v ?? ''),
    );
  }
}

export class FakeRange implements GasRange {
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {}

  private rec(name: string) {
    this.sheet.rec.rec(`Range.${name}`, this.sheet.name);
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

class FakeChartBuilder implements GasChartBuilder {
  spec: Record<string, unknown> = { type: 'column', ranges: [] as string[], options: {} };
  addRange(range: GasRange) {
    (this.spec.ranges as string[]).push((range as FakeRange).getA1Notation());
    return this;
  }
  setPosition(row: number, column: number) {
    this.spec.position = { row, column };
    return this;
  }
  setOption(name: string, value: unknown) {
    (this.spec.options as Record<string, unknown>)[name] = value;
    return this;
  }
  asColumnChart() {
    this.spec.type = 'column';
    return this;
  }
  asBarChart() {
    this.spec.type = 'bar';
    return this;
  }
  asPieChart() {
    this.spec.type = 'pie';
    return this;
  }
  asLineChart() {
    this.spec.type = 'line';
    return this;
  }
  asScatterChart() {
    this.spec.type = 'scatter';
    return this;
  }
  asComboChart() {
    this.spec.type = 'combo';
    return this;
  }
  build() {
    return { ...this.spec };
  }
}

export class FakeSpreadsheet implements GasSpreadsheet {
  sheets: FakeSheet[] = [];
  toasts: string[] = [];
  private nextId = 0;

  constructor(readonly rec: Recorder) {}

  addSheet(seed: SheetSeed): FakeSheet {
    const sheet = new FakeSheet(
      seed.name,
      this.nextId++ === 0 ? 0 : 100000 + this.nextId * 7919,
      this.rec,
      this,
    );
    seed.rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        const target = sheet.cell(r + 1, c + 1);
        if (cell !== null && typeof cell === 'object' && !isDate(cell)) {
          target.v = (cell as { v: GasCell }).v;
          target.d = (cell as { d: string }).d;
        } else target.v = cell as GasCell;
        const format = seed.columnFormats?.[c + 1];
        if (format) target.format = format;
      });
    });
    sheet.merges = seed.merges ?? [];
    for (const r of seed.hiddenRows ?? []) sheet.hiddenRows.add(r);
    this.sheets.push(sheet);
    return sheet;
  }

  getSheets() {
    this.rec.rec('Spreadsheet.getSheets');
    return [...this.sheets];
  }
  getSheetByName(name: string) {
    this.rec.rec('Spreadsheet.getSheetByName');
    return this.sheets.find((s) => s.name === name) ?? null;
  }
  insertSheet(name: string, index?: number) {
    this.rec.rec('Spreadsheet.insertSheet', name);
    if (this.sheets.some((s) => s.name === name))
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    const sheet = new FakeSheet(name, 100000 + ++this.nextId * 7919, this.rec, this);
    if (index === undefined) this.sheets.push(sheet);
    else this.sheets.splice(index, 0, sheet);
    return sheet;
  }
  toast(message: string, _title?: string, _seconds?: number) {
    this.rec.rec('Spreadsheet.toast');
    this.toasts.push(message);
  }
  getSpreadsheetTimeZone() {
    return 'Asia/Jakarta';
  }
  getActiveSheet() {
    return this.sheets[0] ?? null;
  }
}

export class FakeValidationBuilder implements GasDataValidationBuilder {
  rule: { kind: string; values: string[]; allowInvalid: boolean; helpText: string } = {
    kind: 'list',
    values: [],
    allowInvalid: true,
    helpText: '',
  };
  requireValueInList(values: string[]) {
    this.rule.values = [...values];
    return this;
  }
  setAllowInvalid(allow: boolean) {
    this.rule.allowInvalid = allow;
    return this;
  }
  setHelpText(text: string) {
    this.rule.helpText = text;
    return this;
  }
  build() {
    return { ...this.rule };
  }
}

export class FakeConditionalBuilder implements GasConditionalFormatRuleBuilder {
  rule: Record<string, unknown> = {};
  whenTextEqualTo(text: string) {
    this.rule.textEquals = text;
    return this;
  }
  whenNumberLessThan(n: number) {
    this.rule.lessThan = n;
    return this;
  }
  whenNumberGreaterThanOrEqualTo(n: number) {
    this.rule.atLeast = n;
    return this;
  }
  setBackground(colour: string) {
    this.rule.background = colour;
    return this;
  }
  setFontColor(colour: string) {
    this.rule.fontColor = colour;
    return this;
  }
  setRanges(ranges: GasRange[]) {
    this.rule.ranges = ranges.map((r) => (r as FakeRange).getA1Notation());
    return this;
  }
  build() {
    return { kind: 'conditional', ...this.rule };
  }
}
