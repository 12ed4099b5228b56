import { widestRow } from '../output/sheet';
import { writtenValue } from './cell-data';
import type {
  CellValue,
  FormatOp,
  RangeRef,
  ReadOptions,
  SheetCell,
  SheetPort,
  SheetSnapshot,
  SpreadsheetPort,
} from './types';
import { PRINT_LAYOUT_MARK } from './types';

/** Seed for one in-memory sheet: values, and optionally what Sheets would display for each cell. */
export interface MemorySheetSeed {
  name: string;
  values: CellValue[][];
  display?: (string | undefined)[][];
  merges?: RangeRef[];
  hiddenRows?: number[];
}

const displayOf = (v: CellValue): string => {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
};

/**
 * Port calls in order, each as "op:sheet" with the sheet's current name (a sheet written under a
 * temporary name and then renamed counts under its final name), like the sandbox's recorder.
 */
export class CallLog {
  private readonly entries: { op: string; sheet: { readonly name: string } }[] = [];
  log(op: string, sheet: { readonly name: string }): void {
    this.entries.push({ op, sheet });
  }
  get calls(): string[] {
    return this.entries.map((e) => `${e.op}:${e.sheet.name}`);
  }
}

/** An in-memory sheet for unit tests of the add-on logic. Counts port calls like the bench counts services. */
export class MemorySheet implements SheetPort {
  values: CellValue[][];
  display: (string | undefined)[][];
  merges: RangeRef[];
  hiddenRows: number[];
  formats: FormatOp[] = [];
  /** Developer metadata on the sheet. */
  readonly marks = new Map<string, string>();

  constructor(
    public name: string,
    readonly id: number,
    seed: Omit<MemorySheetSeed, 'name'>,
    private readonly counter: CallLog,
    private readonly book: MemorySpreadsheet,
  ) {
    this.values = seed.values.map((r) => [...r]);
    this.display = (seed.display ?? []).map((r) => [...r]);
    this.merges = seed.merges ?? [];
    this.hiddenRows = seed.hiddenRows ?? [];
  }

  read(options: ReadOptions = {}): SheetSnapshot {
    this.counter.log('read', this);
    return this.snapshot(options);
  }

  private snapshot(options: ReadOptions): SheetSnapshot {
    const width = widestRow(this.values);
    const values = this.values.length === 0 ? [['' as CellValue]] : this.values;
    const padded = values.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ''));
    return {
      values: padded,
      display: padded.map((r, i) => r.map((v, c) => this.display[i]?.[c] ?? displayOf(v))),
      merges: this.merges.map((m) => ({ ...m })),
      hiddenRows: options.hiddenRows ? [...this.hiddenRows] : [],
    };
  }

  readTop(rows: number, columns: number): string[][] {
    this.counter.log('readTop', this);
    const snapshot = this.snapshot({});
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => snapshot.display[r]?.[c] ?? ''),
    );
  }

  writeTable(row: number, column: number, rows: readonly (readonly SheetCell[])[]): void {
    this.counter.log('write', this);
    rows.forEach((cells, i) => {
      const r = row - 1 + i;
      while (this.values.length <= r) this.values.push([]);
      const target = this.values[r]!;
      cells.forEach((v, j) => {
        const c = column - 1 + j;
        while (target.length < c) target.push('');
        target[c] = writtenValue(v);
        const disp = this.display[r];
        if (disp) disp[c] = undefined;
      });
    });
  }

  format(ops: FormatOp[]): void {
    this.counter.log('format', this);
    this.formats.push(...ops);
    // As the SpreadsheetApp adapter does: a paper keeps its print layout as developer metadata.
    for (const op of ops)
      if (op.kind === 'print') this.marks.set(PRINT_LAYOUT_MARK, JSON.stringify(op.layout));
  }

  metadata(key: string): string | null {
    return this.marks.get(key) ?? null;
  }

  setMetadata(key: string, value: string): void {
    this.counter.log('mark', this);
    this.marks.set(key, value);
  }

  rename(name: string): void {
    if (this.book.sheets.some((s) => s !== this && s.name === name))
      throw new Error(`A sheet named "${name}" already exists.`);
    this.counter.log('rename', this);
    this.name = name;
  }

  position(): number {
    return this.book.sheets.indexOf(this);
  }

  /** Every op of one kind, for assertions. */
  opsOf<K extends FormatOp['kind']>(kind: K): Extract<FormatOp, { kind: K }>[] {
    return this.formats.filter((f): f is Extract<FormatOp, { kind: K }> => f.kind === kind);
  }
}

export class MemorySpreadsheet implements SpreadsheetPort {
  readonly sheets: MemorySheet[] = [];
  readonly properties = new Map<string, string>();
  readonly toasts: string[] = [];
  readonly counter = new CallLog();
  private nextId = 0;

  constructor(seeds: MemorySheetSeed[] = []) {
    for (const s of seeds) this.sheets.push(new MemorySheet(s.name, this.nextId++, s, this.counter, this));
  }

  listSheets(): SheetPort[] {
    return [...this.sheets];
  }

  getSheet(name: string): MemorySheet | null {
    return this.sheets.find((s) => s.name === name) ?? null;
  }

  createSheet(name: string, index?: number): MemorySheet {
    if (this.getSheet(name)) throw new Error(`A sheet named "${name}" already exists.`);
    const sheet = new MemorySheet(name, 1000 + this.nextId++, { values: [] }, this.counter, this);
    if (index === undefined) this.sheets.push(sheet);
    else this.sheets.splice(index, 0, sheet);
    return sheet;
  }

  deleteSheet(sheet: SheetPort): void {
    const at = this.sheets.indexOf(sheet as MemorySheet);
    if (at < 0) throw new Error('deleteSheet: not a sheet of this spreadsheet');
    this.counter.log('delete', sheet);
    this.sheets.splice(at, 1);
  }

  getProperty(key: string): string | null {
    return this.properties.get(key) ?? null;
  }

  setProperty(key: string, value: string): void {
    this.properties.set(key, value);
  }

  deleteProperty(key: string): void {
    this.properties.delete(key);
  }

  propertyKeys(): string[] {
    return [...this.properties.keys()];
  }

  /** The sheet tests put the user on; null when none was set. */
  active: MemorySheet | null = null;

  spreadsheetId(): string {
    return 'memory-spreadsheet';
  }

  activeSheet(): MemorySheet | null {
    return this.active;
  }

  /** The in-memory fake works in UTC: tests build dates with Date.UTC. */
  isoDate(date: Date): string {
    return date.toISOString().slice(0, 10);
  }

  toast(message: string): void {
    this.toasts.push(message);
  }
}
