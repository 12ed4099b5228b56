import type {
  GasCell,
  GasChartBuilder,
  GasConditionalFormatRule,
  GasDeveloperMetadata,
  GasRange,
  GasSheet,
  GasSpreadsheet,
} from '../../../apps-script/src/gas/types';
import { FakeChartBuilder } from './builders';
import { type Cell, FakeRange, isDate } from './range';
import type { Recorder } from './recorder';

export { FakeConditionalBuilder, FakeValidationBuilder } from './builders';

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

/** Developer metadata on a sheet: getters are local, setValue is a service call. */
export class FakeDeveloperMetadata implements GasDeveloperMetadata {
  constructor(
    private readonly key: string,
    private value: string | null,
    private readonly sheet: FakeSheet,
  ) {}
  getKey() {
    return this.key;
  }
  getValue() {
    return this.value;
  }
  setValue(value: string) {
    this.sheet.rec.rec('DeveloperMetadata.setValue', this.sheet);
    this.value = value;
    return this;
  }
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
  /** Developer metadata on the sheet (kept when the sheet is renamed, as in Sheets). */
  metadata: FakeDeveloperMetadata[] = [];
  hiddenGridlines = false;
  /** Forced row heights, one entry per setRowHeightsForced call (rows start..start+count-1). */
  rowHeights: { start: number; count: number; height: number }[] = [];

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
    this.rec.rec('Sheet.getName', this);
    return this.name;
  }
  setName(name: string) {
    this.rec.rec('Sheet.setName', this);
    // Sheets refuses a name another sheet has in any letter case.
    if (this.book.sheets.some((s) => s !== this && s.name.toLowerCase() === name.toLowerCase()))
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    this.name = name;
    return this;
  }
  getSheetId() {
    this.rec.rec('Sheet.getSheetId', this);
    return this.id;
  }
  /** 1-based position among the tabs, as Apps Script counts. */
  getIndex() {
    this.rec.rec('Sheet.getIndex', this);
    return this.book.sheets.indexOf(this) + 1;
  }
  addDeveloperMetadata(key: string, value: string) {
    this.rec.rec('Sheet.addDeveloperMetadata', this);
    this.metadata.push(new FakeDeveloperMetadata(key, value, this));
    return this;
  }
  getDeveloperMetadata() {
    this.rec.rec('Sheet.getDeveloperMetadata', this);
    return [...this.metadata];
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
    this.rec.rec('Sheet.getLastRow', this);
    return this.lastRow();
  }
  getLastColumn() {
    this.rec.rec('Sheet.getLastColumn', this);
    return this.lastColumn();
  }
  /** A new sheet has 1000 rows and 26 columns; the grid grows with what was written. */
  getMaxRows() {
    this.rec.rec('Sheet.getMaxRows', this);
    return Math.max(1000, this.cells.length);
  }
  getMaxColumns() {
    this.rec.rec('Sheet.getMaxColumns', this);
    let width = 26;
    for (const row of this.cells) if (row.length > width) width = row.length;
    return width;
  }
  getDataRange(): GasRange {
    this.rec.rec('Sheet.getDataRange', this);
    return new FakeRange(this, 1, 1, Math.max(1, this.lastRow()), Math.max(1, this.lastColumn()));
  }
  getRange(row: number, column: number, numRows = 1, numColumns = 1): GasRange {
    this.rec.rec('Sheet.getRange', this);
    if (row < 1 || column < 1 || numRows < 1 || numColumns < 1)
      throw new Error(`The coordinates of the range are outside the dimensions of the sheet.`);
    return new FakeRange(this, row, column, numRows, numColumns);
  }
  isRowHiddenByUser(row: number) {
    this.rec.rec('Sheet.isRowHiddenByUser', this);
    return this.hiddenRows.has(row);
  }
  isRowHiddenByFilter(_row: number) {
    this.rec.rec('Sheet.isRowHiddenByFilter', this);
    return false;
  }
  setFrozenRows(rows: number) {
    this.rec.rec('Sheet.setFrozenRows', this);
    this.frozenRows = rows;
  }
  setColumnWidth(column: number, width: number) {
    this.rec.rec('Sheet.setColumnWidth', this);
    this.columnWidths.set(column, width);
    return this;
  }
  setHiddenGridlines(hide: boolean) {
    this.rec.rec('Sheet.setHiddenGridlines', this);
    this.hiddenGridlines = hide;
    return this;
  }
  setRowHeightsForced(startRow: number, numRows: number, height: number) {
    this.rec.rec('Sheet.setRowHeightsForced', this);
    if (startRow < 1 || numRows < 1 || height < 1) throw new Error('Invalid row heights.');
    this.rowHeights.push({ start: startRow, count: numRows, height });
    return this;
  }
  /** One call for the list; each format on it is one more call, whatever the number of ranges. */
  getRangeList(a1Notations: string[]) {
    this.rec.rec('Sheet.getRangeList', this);
    const ranges = a1Notations.map((a1) => rangeOfA1(a1));
    const each = (name: string, fn: (cell: Cell) => void) => {
      this.rec.rec(`RangeList.${name}`, this);
      for (const r of ranges)
        for (let row = r.row; row < r.row + r.numRows; row++)
          for (let column = r.column; column < r.column + r.numColumns; column++) fn(this.cell(row, column));
    };
    const list = {
      setFontWeight: (weight: string) => {
        each('setFontWeight', (c) => {
          c.bold = weight === 'bold';
        });
        return list;
      },
      setBackground: (colour: string) => {
        each('setBackground', (c) => {
          c.background = colour;
        });
        return list;
      },
      setNumberFormat: (format: string) => {
        each('setNumberFormat', (c) => {
          c.format = format;
        });
        return list;
      },
    };
    return list;
  }
  getFilter() {
    this.rec.rec('Sheet.getFilter', this);
    return this.filter;
  }
  getConditionalFormatRules() {
    this.rec.rec('Sheet.getConditionalFormatRules', this);
    return [...this.conditionalRules];
  }
  setConditionalFormatRules(rules: GasConditionalFormatRule[]) {
    this.rec.rec('Sheet.setConditionalFormatRules', this);
    this.conditionalRules = [...rules];
  }
  clear() {
    this.rec.rec('Sheet.clear', this);
    this.cells = [];
    this.merges = [];
    return this;
  }
  clearNotes() {
    this.rec.rec('Sheet.clearNotes', this);
    for (const row of this.cells) for (const c of row) delete c.note;
    return this;
  }
  newChart(): GasChartBuilder {
    this.rec.rec('Sheet.newChart', this);
    return new FakeChartBuilder();
  }
  insertChart(chart: unknown) {
    this.rec.rec('Sheet.insertChart', this);
    this.charts.push(chart);
  }
  getCharts() {
    this.rec.rec('Sheet.getCharts', this);
    return [...this.charts];
  }
  removeChart(chart: unknown) {
    this.rec.rec('Sheet.removeChart', this);
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

/** "B3:D5" or "B3" to a 1-based rectangle (what Sheet.getRangeList receives). */
function rangeOfA1(a1: string): { row: number; column: number; numRows: number; numColumns: number } {
  const cell = (ref: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(ref);
    if (!m) throw new Error(`Range not found: ${a1}`);
    let column = 0;
    for (const ch of m[1]!) column = column * 26 + (ch.charCodeAt(0) - 64);
    return { row: Number(m[2]), column };
  };
  const [from = '', to = from] = a1.split(':');
  const a = cell(from);
  const b = cell(to);
  return { row: a.row, column: a.column, numRows: b.row - a.row + 1, numColumns: b.column - a.column + 1 };
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
    let created: FakeSheet | null = null;
    this.rec.rec('Spreadsheet.insertSheet', {
      get name() {
        return created?.name ?? name;
      },
    });
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    const sheet = new FakeSheet(name, 100000 + ++this.nextId * 7919, this.rec, this);
    created = sheet;
    if (index === undefined) this.sheets.push(sheet);
    else this.sheets.splice(index, 0, sheet);
    return sheet;
  }
  deleteSheet(sheet: GasSheet) {
    this.rec.rec('Spreadsheet.deleteSheet', sheet as FakeSheet);
    const at = this.sheets.indexOf(sheet as FakeSheet);
    if (at < 0) throw new Error('Sheet not found.');
    if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this.sheets.splice(at, 1);
  }
  toast(message: string, _title?: string, _seconds?: number) {
    this.rec.rec('Spreadsheet.toast');
    this.toasts.push(message);
  }
  getSpreadsheetTimeZone() {
    return 'Asia/Jakarta';
  }
  /** A made-up id in the shape of a real one (44 characters). */
  id = '1NkSampelKertasRapatOpdContohAbCdEfGhIjKlMn';
  getId() {
    this.rec.rec('Spreadsheet.getId');
    return this.id;
  }
  /** The sheet the user is on (tests set it); the first sheet when unset. */
  active: FakeSheet | null = null;
  getActiveSheet() {
    this.rec.rec('Spreadsheet.getActiveSheet');
    return this.active ?? this.sheets[0] ?? null;
  }
}
