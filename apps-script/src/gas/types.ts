/**
 * The slice of the Apps Script services that the add-on uses, written as structural types.
 * We do not load @types/google-apps-script globally: its globals would leak into shared/ and
 * extension/ type checking and hide purity mistakes. The sandbox fake (test/apps-script/sandbox.ts)
 * implements these same interfaces, so the fake and the adapter cannot drift apart silently.
 */

export type GasCell = string | number | boolean | Date;

export interface GasDataValidation {
  readonly kind?: string;
}

export interface GasDataValidationBuilder {
  requireValueInList(values: string[], showDropdown?: boolean): GasDataValidationBuilder;
  setAllowInvalid(allow: boolean): GasDataValidationBuilder;
  setHelpText(text: string): GasDataValidationBuilder;
  build(): GasDataValidation;
}

export interface GasConditionalFormatRule {
  readonly kind?: string;
}

export interface GasConditionalFormatRuleBuilder {
  whenTextEqualTo(text: string): GasConditionalFormatRuleBuilder;
  whenNumberLessThan(n: number): GasConditionalFormatRuleBuilder;
  whenNumberGreaterThanOrEqualTo(n: number): GasConditionalFormatRuleBuilder;
  setBackground(colour: string): GasConditionalFormatRuleBuilder;
  setFontColor(colour: string): GasConditionalFormatRuleBuilder;
  setRanges(ranges: GasRange[]): GasConditionalFormatRuleBuilder;
  build(): GasConditionalFormatRule;
}

export interface GasChartBuilder {
  addRange(range: GasRange): GasChartBuilder;
  setPosition(row: number, column: number, offsetX: number, offsetY: number): GasChartBuilder;
  setOption(name: string, value: unknown): GasChartBuilder;
  asColumnChart(): GasChartBuilder;
  asBarChart(): GasChartBuilder;
  asPieChart(): GasChartBuilder;
  asLineChart(): GasChartBuilder;
  asScatterChart(): GasChartBuilder;
  asComboChart(): GasChartBuilder;
  build(): unknown;
}

export interface GasRange {
  getRow(): number;
  getColumn(): number;
  getNumRows(): number;
  getNumColumns(): number;
  getValues(): GasCell[][];
  getDisplayValues(): string[][];
  setValues(values: GasCell[][]): GasRange;
  setNumberFormat(format: string): GasRange;
  setBackground(colour: string): GasRange;
  setBackgrounds(colours: string[][]): GasRange;
  setFontWeight(weight: string): GasRange;
  setWrap(wrap: boolean): GasRange;
  setNotes(notes: string[][]): GasRange;
  setDataValidation(rule: GasDataValidation | null): GasRange;
  getMergedRanges(): GasRange[];
  createFilter(): unknown;
}

/** Many ranges of one sheet formatted in one call each (Sheet.getRangeList). */
export interface GasRangeList {
  setFontWeight(weight: string): GasRangeList;
  setBackground(colour: string): GasRangeList;
  setNumberFormat(format: string): GasRangeList;
}

/** Developer metadata: a key and a value kept by Sheets on a sheet, invisible in the grid. */
export interface GasDeveloperMetadata {
  getKey(): string;
  getValue(): string | null;
  setValue(value: string): GasDeveloperMetadata;
}

export interface GasSheet {
  getName(): string;
  setName(name: string): GasSheet;
  getSheetId(): number;
  /** 1-based position among the tabs. */
  getIndex(): number;
  addDeveloperMetadata(key: string, value: string): GasSheet;
  getDeveloperMetadata(): GasDeveloperMetadata[];
  getDataRange(): GasRange;
  getRange(row: number, column: number, numRows?: number, numColumns?: number): GasRange;
  getLastRow(): number;
  getLastColumn(): number;
  isRowHiddenByUser(row: number): boolean;
  isRowHiddenByFilter(row: number): boolean;
  setFrozenRows(rows: number): void;
  setColumnWidth(column: number, width: number): GasSheet;
  /** Hides the gridlines on screen (and in Sheets' print and PDF export, which follow the sheet). */
  setHiddenGridlines(hide: boolean): GasSheet;
  /** Sets the height of rows even when their text wraps (setRowHeights would let wrapped text grow them). */
  setRowHeightsForced(startRow: number, numRows: number, height: number): GasSheet;
  /** A1 notations of one sheet ("A1:C1"), to format together. */
  getRangeList(a1Notations: string[]): GasRangeList;
  getFilter(): { remove(): void } | null;
  getConditionalFormatRules(): GasConditionalFormatRule[];
  setConditionalFormatRules(rules: GasConditionalFormatRule[]): void;
  newChart(): GasChartBuilder;
  insertChart(chart: unknown): void;
}

export interface GasSpreadsheet {
  getSheets(): GasSheet[];
  getSheetByName(name: string): GasSheet | null;
  insertSheet(name: string, index?: number): GasSheet;
  deleteSheet(sheet: GasSheet): void;
  toast(message: string, title?: string, seconds?: number): void;
  getSpreadsheetTimeZone(): string;
  /** The spreadsheet's id, as in its URL (available with the spreadsheets.currentonly scope). */
  getId(): string;
  getActiveSheet(): GasSheet | null;
}

export interface GasMenu {
  addItem(caption: string, functionName: string): GasMenu;
  addSeparator(): GasMenu;
  addToUi(): void;
}

export interface GasHtmlOutput {
  setTitle(title: string): GasHtmlOutput;
  setWidth(width: number): GasHtmlOutput;
  setHeight(height: number): GasHtmlOutput;
}

export interface GasUi {
  createAddonMenu(): GasMenu;
  createMenu(caption: string): GasMenu;
  showSidebar(html: GasHtmlOutput): void;
  showModalDialog(html: GasHtmlOutput, title: string): void;
  alert(prompt: string): unknown;
  /** A question with buttons; answers the Button pressed (CLOSE when the dialog is closed). */
  alert(title: string, prompt: string, buttons: unknown): unknown;
  /** Apps Script's Ui.ButtonSet and Ui.Button enums, read from the Ui object itself. */
  readonly ButtonSet?: { readonly YES_NO: unknown; readonly YES_NO_CANCEL: unknown };
  readonly Button?: { readonly YES: unknown; readonly NO: unknown };
}

export interface GasProperties {
  getProperty(key: string): string | null;
  setProperty(key: string, value: string): GasProperties;
  deleteProperty(key: string): GasProperties;
  /** Every key of the store (all scripts' keys for document properties: filter by prefix). */
  getKeys(): string[];
}

export interface GasLock {
  tryLock(timeoutInMillis: number): boolean;
  waitLock(timeoutInMillis: number): void;
  releaseLock(): void;
}

/** The global services, as Apps Script provides them. Any may be missing (custom functions, triggers). */
export interface GasGlobals {
  SpreadsheetApp?: {
    getActive(): GasSpreadsheet | null;
    getUi(): GasUi;
    newDataValidation(): GasDataValidationBuilder;
    newConditionalFormatRule(): GasConditionalFormatRuleBuilder;
  };
  HtmlService?: {
    createHtmlOutputFromFile(name: string): GasHtmlOutput;
    /** A small dialog built from text the add-on escaped itself (the PDF link of a paper). */
    createHtmlOutput(html: string): GasHtmlOutput;
  };
  PropertiesService?: {
    getDocumentProperties(): GasProperties | null;
  };
  LockService?: {
    getDocumentLock(): GasLock | null;
  };
  Logger?: { log(message: string): void };
  Utilities?: { formatDate(date: Date, timeZone: string, pattern: string): string };
}
