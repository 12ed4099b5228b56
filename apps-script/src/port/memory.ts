import type {
  CellValue,
  FormatOp,
  RangeRef,
  ReadOptions,
  SheetPort,
  SheetSnapshot,
  SpreadsheetPort,
} from './types';

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

/** An in-memory sheet for unit tests of the add-on logic. Counts port calls like the bench counts services. */
export class MemorySheet implements SheetPort {
  values: CellValue[][];
  display: (string | undefined)[][];
  merges: RangeRef[];
  hiddenRows: number[];
  formats: FormatOp[] = [];

  constructor(
    readonly name: string,
    readonly id: number,
    seed: Omit<MemorySheetSeed, 'name'>,
    private readonly counter: { calls: string[] },
  ) {
    this.values = seed.values.map((r) => [...r]);
    this.display = (seed.display ?? []).map((r) => [...r]);
    this.merges = seed.merges ?? [];
    this.hiddenRows = seed.hiddenRows ?? [];
  }

  read(options: ReadOptions = {}): SheetSnapshot {
    this.counter.calls.push(`read:${this.name}`);
    const width = Math.max(1, ...this.values.map((r) => r.length));
    const values = this.values.length === 0 ? [['' as CellValue]] : this.values;
    const padded = values.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ''));
    return {
      values: padded,
      display: padded.map((r, i) => r.map((v, c) => this.display[i]?.[c] ?? displayOf(v))),
      merges: this.merges.map((m) => ({ ...m })),
      hiddenRows: options.hiddenRows ? [...this.hiddenRows] : [],
    };
  }

  writeTable(row: number, column: number, rows: CellValue[][]): void {
    this.counter.calls.push(`write:${this.name}`);
    rows.forEach((cells, i) => {
      const r = row - 1 + i;
      while (this.values.length <= r) this.values.push([]);
      const target = this.values[r]!;
      cells.forEach((v, j) => {
        const c = column - 1 + j;
        while (target.length < c) target.push('');
        target[c] = v;
        const disp = this.display[r];
        if (disp) disp[c] = undefined;
      });
    });
  }

  format(ops: FormatOp[]): void {
    this.counter.calls.push(`format:${this.name}`);
    this.formats.push(...ops);
  }

  clear(): void {
    this.counter.calls.push(`clear:${this.name}`);
    this.values = [];
    this.display = [];
    this.formats = [];
    this.merges = [];
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
  readonly counter = { calls: [] as string[] };
  private nextId = 0;

  constructor(seeds: MemorySheetSeed[] = []) {
    for (const s of seeds) this.sheets.push(new MemorySheet(s.name, this.nextId++, s, this.counter));
  }

  listSheets(): SheetPort[] {
    return [...this.sheets];
  }

  getSheet(name: string): MemorySheet | null {
    return this.sheets.find((s) => s.name === name) ?? null;
  }

  createSheet(name: string, index?: number): MemorySheet {
    if (this.getSheet(name)) throw new Error(`A sheet named "${name}" already exists.`);
    const sheet = new MemorySheet(name, 1000 + this.nextId++, { values: [] }, this.counter);
    if (index === undefined) this.sheets.push(sheet);
    else this.sheets.splice(index, 0, sheet);
    return sheet;
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

  /** The in-memory fake works in UTC: tests build dates with Date.UTC. */
  isoDate(date: Date): string {
    return date.toISOString().slice(0, 10);
  }

  toast(message: string): void {
    this.toasts.push(message);
  }
}
