import type { GasDeveloperMetadata, GasGlobals, GasRange, GasSheet, GasSpreadsheet } from '../gas/types';
import { startsLikeFormula, writtenTable } from './cell-data';
import {
  columnLetter,
  type FormatOp,
  PRINT_LAYOUT_MARK,
  type PrintLayout,
  type RangeRef,
  type SheetCell,
  type SheetPort,
  type SheetSnapshot,
  type SpreadsheetPort,
} from './types';

const refOf = (r: GasRange): RangeRef => ({
  row: r.getRow(),
  column: r.getColumn(),
  numRows: r.getNumRows(),
  numColumns: r.getNumColumns(),
});

/** "B3:D5": the A1 notation of a rectangle, for Sheet.getRangeList. */
const a1Of = (r: RangeRef): string =>
  `${columnLetter(r.column)}${r.row}:${columnLetter(r.column + r.numColumns - 1)}${r.row + r.numRows - 1}`;

/** Rows checked for being hidden when a report asks (about 2 s of service calls in Apps Script). */
export const HIDDEN_ROW_SCAN_LIMIT = 2000;

class GasSheetPort implements SheetPort {
  private knownName: string | null;
  private knownId: number | null = null;
  /** The sheet's developer metadata as last read; null until asked (one call per sheet and run). */
  private knownMetadata: GasDeveloperMetadata[] | null;

  /**
   * Name, id and metadata are asked for when first needed, not when the port is made: listing the
   * sheets to find the inputs would otherwise cost two calls per sheet that is never used.
   */
  constructor(
    readonly sheet: GasSheet,
    private readonly gas: GasGlobals,
    known: { name?: string; metadata?: GasDeveloperMetadata[] } = {},
  ) {
    this.knownName = known.name ?? null;
    this.knownMetadata = known.metadata ?? null;
  }

  get name(): string {
    this.knownName ??= this.sheet.getName();
    return this.knownName;
  }

  get id(): number {
    this.knownId ??= this.sheet.getSheetId();
    return this.knownId;
  }

  read(options: { hiddenRows?: boolean } = {}): SheetSnapshot {
    // A sheet read as input may be linked from "Masalah Data": its id comes with the read, so the calls
    // of a run do not depend on whether a problem was found.
    this.knownId ??= this.sheet.getSheetId();
    const range = this.sheet.getDataRange();
    const values = range.getValues();
    const display = range.getDisplayValues();
    const merges = range.getMergedRanges().map(refOf);
    const hiddenRows: number[] = [];
    if (options.hiddenRows) {
      // SpreadsheetApp has no batch call for hidden rows: one call per row, so only reports ask, only
      // up to HIDDEN_ROW_SCAN_LIMIT rows, and the filter is asked about only when the sheet has one.
      const filtered = this.sheet.getFilter() !== null;
      const last = Math.min(values.length, HIDDEN_ROW_SCAN_LIMIT);
      for (let row = 1; row <= last; row++) {
        if (this.sheet.isRowHiddenByUser(row) || (filtered && this.sheet.isRowHiddenByFilter(row)))
          hiddenRows.push(row);
      }
    }
    return { values, display, merges, hiddenRows };
  }

  readTop(rows: number, columns: number): string[][] {
    return this.sheet.getRange(1, 1, rows, columns).getDisplayValues();
  }

  writeTable(row: number, column: number, rows: readonly (readonly SheetCell[])[]): void {
    const width = rows[0]?.length ?? 0;
    if (rows.length === 0 || width === 0) return;
    this.sheet.getRange(row, column, rows.length, width).setValues(writtenTable(rows));
  }

  private metadataList(): GasDeveloperMetadata[] {
    this.knownMetadata ??= this.sheet.getDeveloperMetadata();
    return this.knownMetadata;
  }

  metadata(key: string): string | null {
    return (
      this.metadataList()
        .find((m) => m.getKey() === key)
        ?.getValue() ?? null
    );
  }

  setMetadata(key: string, value: string): void {
    const existing = this.metadataList().find((m) => m.getKey() === key);
    if (existing) {
      existing.setValue(value);
      return;
    }
    this.sheet.addDeveloperMetadata(key, value);
    // addDeveloperMetadata returns the sheet, not the metadata: read the list again when next asked.
    this.knownMetadata = null;
  }

  rename(name: string): void {
    this.sheet.setName(name);
    this.knownName = name;
  }

  position(): number {
    return this.sheet.getIndex() - 1;
  }

  private range(r: RangeRef): GasRange {
    return this.sheet.getRange(r.row, r.column, r.numRows, r.numColumns);
  }

  /**
   * What Sheets lets a script set for printing (no page-setup API in SpreadsheetApp): gridlines hidden,
   * the header rows frozen (Sheets repeats frozen rows on each printed page), the column widths and one
   * forced height for every row, in a fixed number of calls whatever the rows; then the layout as metadata.
   */
  private applyPrintLayout(layout: PrintLayout): void {
    this.sheet.setHiddenGridlines(true);
    this.sheet.setFrozenRows(layout.headerRows);
    layout.columnWidths.forEach((width, i) => {
      this.sheet.setColumnWidth(i + 1, width);
    });
    if (layout.rows > 0) this.sheet.setRowHeightsForced(1, layout.rows, layout.rowHeight);
    this.setMetadata(PRINT_LAYOUT_MARK, JSON.stringify(layout));
  }

  format(ops: FormatOp[]): void {
    const app = this.gas.SpreadsheetApp;
    const conditional: FormatOp[] = [];
    for (const op of ops) {
      switch (op.kind) {
        case 'numberFormat':
          this.range(op.range).setNumberFormat(op.format);
          break;
        case 'background':
          this.range(op.range).setBackground(op.colour);
          break;
        case 'backgrounds':
          this.range(op.range).setBackgrounds(op.colours);
          break;
        case 'bold':
          this.range(op.range).setFontWeight('bold');
          break;
        case 'wrap':
          this.range(op.range).setWrap(true);
          break;
        case 'notes':
          this.range(op.range).setNotes(op.notes);
          break;
        case 'validationList': {
          if (!app) break;
          const rule = app
            .newDataValidation()
            .requireValueInList(op.values, true)
            .setAllowInvalid(!op.strict)
            .setHelpText(op.helpText)
            .build();
          this.range(op.range).setDataValidation(rule);
          break;
        }
        case 'frozenRows':
          this.sheet.setFrozenRows(op.rows);
          break;
        case 'columnWidth':
          this.sheet.setColumnWidth(op.column, op.width);
          break;
        case 'filter':
          this.sheet.getFilter()?.remove();
          this.range(op.range).createFilter();
          break;
        case 'conditional':
          // Sheets evaluates a condition value that starts like a formula: a policy label such as
          // "=IMPORTXML(...)" gets no colour rather than run (its cells are still written as text).
          if (op.rule.when === 'textEquals' && startsLikeFormula(op.rule.value)) break;
          conditional.push(op);
          break;
        case 'styleRanges': {
          if (op.ranges.length === 0) break;
          const list = this.sheet.getRangeList(op.ranges.map(a1Of));
          if (op.bold) list.setFontWeight('bold');
          if (op.background) list.setBackground(op.background);
          if (op.numberFormat) list.setNumberFormat(op.numberFormat);
          break;
        }
        case 'print':
          this.applyPrintLayout(op.layout);
          break;
        case 'chart': {
          let builder = this.sheet.newChart().addRange(this.range(op.range));
          builder =
            op.chart === 'bar'
              ? builder.asBarChart()
              : op.chart === 'pie'
                ? builder.asPieChart()
                : op.chart === 'line'
                  ? builder.asLineChart()
                  : op.chart === 'scatter'
                    ? builder.asScatterChart()
                    : op.chart === 'combo'
                      ? builder.asComboChart()
                      : builder.asColumnChart();
          for (const [name, value] of Object.entries(op.options ?? {}))
            builder = builder.setOption(name, value);
          this.sheet.insertChart(
            builder.setPosition(op.anchor.row, op.anchor.column, 0, 0).setOption('title', op.title).build(),
          );
          break;
        }
      }
    }
    if (conditional.length > 0 && app) {
      // Conditional rules are replaced as a whole list: append ours to the existing ones in one call.
      const rules = this.sheet.getConditionalFormatRules();
      for (const op of conditional) {
        if (op.kind !== 'conditional') continue;
        let b = app.newConditionalFormatRule().setRanges([this.range(op.range)]);
        const r = op.rule;
        b =
          r.when === 'textEquals'
            ? b.whenTextEqualTo(r.value)
            : r.when === 'numberLessThan'
              ? b.whenNumberLessThan(r.value)
              : b.whenNumberGreaterThanOrEqualTo(r.value);
        b = b.setBackground(r.background);
        if (r.fontColor) b = b.setFontColor(r.fontColor);
        rules.push(b.build());
      }
      this.sheet.setConditionalFormatRules(rules);
    }
  }
}

/** The SpreadsheetApp-backed port over the active spreadsheet. */
export class GasSpreadsheetPort implements SpreadsheetPort {
  constructor(
    private readonly book: GasSpreadsheet,
    private readonly gas: GasGlobals,
  ) {}

  listSheets(): SheetPort[] {
    return this.book.getSheets().map((s) => new GasSheetPort(s, this.gas));
  }

  getSheet(name: string): SheetPort | null {
    const sheet = this.book.getSheetByName(name);
    return sheet ? new GasSheetPort(sheet, this.gas) : null;
  }

  createSheet(name: string, index?: number): SheetPort {
    const sheet = index === undefined ? this.book.insertSheet(name) : this.book.insertSheet(name, index);
    // A new sheet has the name it was given and no metadata: nothing to ask.
    return new GasSheetPort(sheet, this.gas, { name, metadata: [] });
  }

  deleteSheet(sheet: SheetPort): void {
    if (!(sheet instanceof GasSheetPort)) throw new Error('deleteSheet: not a sheet of this spreadsheet');
    this.book.deleteSheet(sheet.sheet);
  }

  private props() {
    return this.gas.PropertiesService?.getDocumentProperties() ?? null;
  }

  getProperty(key: string): string | null {
    return this.props()?.getProperty(key) ?? null;
  }

  setProperty(key: string, value: string): void {
    this.props()?.setProperty(key, value);
  }

  deleteProperty(key: string): void {
    this.props()?.deleteProperty(key);
  }

  propertyKeys(): string[] {
    return [...(this.props()?.getKeys() ?? [])];
  }

  isoDate(date: Date): string {
    const utilities = this.gas.Utilities;
    if (utilities) return utilities.formatDate(date, this.book.getSpreadsheetTimeZone(), 'yyyy-MM-dd');
    return date.toISOString().slice(0, 10);
  }

  spreadsheetId(): string {
    return this.book.getId();
  }

  activeSheet(): SheetPort | null {
    const sheet = this.book.getActiveSheet();
    return sheet ? new GasSheetPort(sheet, this.gas) : null;
  }

  toast(message: string, title: string, seconds = 5): void {
    try {
      this.book.toast(message, title, seconds);
    } catch {
      // Triggers and custom functions have no UI to toast into; progress is best effort.
    }
  }
}
