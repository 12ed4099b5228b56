import type { Issue } from '../core/issue';
import type { RhkKind } from '../parse/types';
import {
  type AggregatePolicy,
  groupByRhk,
  type MeanRows,
  MeanTally,
  type RhkGroup,
  ROW_TAMBAHAN,
  ROW_UTAMA,
} from '../score/aggregate';
import type { Category } from '../score/category';
import type { IndicatorFlag } from '../score/indicator';
import type { IndicatorResult } from './schema';

/*
 * The indicator sheet's verdicts as columns (shared/README.md, "Speed"): one typed array or one
 * list of shared strings per field, one slot per scored row, and a chain of slots per employee. A
 * province's 100,000 rows cost a few arrays instead of 100,000 records, none of them copied by the
 * young-generation collector; an employee's records are built when a surface asks for them
 * (`recordsOf`; `EmployeeResult.indicators` and `.rhk` through `defineRecords`), by one function, so what a
 * surface reads is what the scorer read.
 */

export interface IndicatorRecord extends IndicatorResult {
  /** Bobot written on this row (usually only on an RHK's first row), null when empty or unreadable. */
  weight: number | null;
  /**
   * Why the capaian is not against the target as written: an annual target prorated for the period, or
   * the period's own target used (score/prorate.ts). Absent when the target is the period's.
   */
  basisNote?: Issue;
}

const NO_FLAGS: IndicatorFlag[] = Object.freeze([]) as unknown as IndicatorFlag[];

/**
 * A row's verdict as the indicator reader hands it to the columns, refilled for every row: an
 * IndicatorRecord's fields, but its capaian and Bobot plain numbers (NaN: none), written in place, so
 * that no row's number is boxed on its way into the columns' typed arrays.
 */
export class RowVerdict {
  row = 0;
  rhk = '';
  jenis: RhkKind = 'utama';
  indikator = '';
  target = '';
  realisasi = '';
  /** NaN: none. */
  capaian = Number.NaN;
  kategori: Category | null = null;
  hasEvidence = false;
  hasFeedback = false;
  /** NaN: none. */
  weight = Number.NaN;
  flags: readonly IndicatorFlag[] = NO_FLAGS;
  basisNote: Issue | undefined = undefined;
}

/** Values few and shared (the policy's bands, the verdict's frozen flag lists) kept once, as a small index. */
class SharedValues<T> {
  readonly values: T[] = [];
  private readonly index = new Map<T, number>();
  indexOf(value: T): number {
    let i = this.index.get(value);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(value);
      this.index.set(value, i);
    }
    return i;
  }
}

const UTAMA = 0;
const TAMBAHAN = 1;
const HAS_EVIDENCE = 1;
const HAS_FEEDBACK = 2;
/** No kategori (a capaian not computed). */
const NO_KATEGORI = 0;

/**
 * The verdicts of an indicator sheet's rows, in sheet order, with each employee's rows chained in that
 * order. Capacity is the sheet's row count (a row gives at most one slot).
 */
export class IndicatorColumns {
  /** Slots filled. */
  length = 0;
  readonly row: Int32Array;
  /** The capaian, NaN for none. */
  readonly capaian: Float64Array;
  /** The bobot written on the row, NaN for none. */
  readonly weight: Float64Array;
  readonly jenis: Uint8Array;
  /** HAS_EVIDENCE | HAS_FEEDBACK. */
  readonly given: Uint8Array;
  /** Index into `kategoris` + 1; 0: none. */
  readonly kategori: Uint16Array;
  /** Index into `flagLists`. */
  readonly flags: Uint16Array;
  readonly rhk: string[];
  readonly indikator: string[];
  readonly target: string[];
  readonly realisasi: string[];
  /** Why a slot's target is not the one written (score/prorate.ts), for the few slots that have one. */
  private basisNotes: Map<number, Issue> | null = null;
  private readonly kategoris = new SharedValues<Category>();
  private readonly flagLists = new SharedValues<readonly IndicatorFlag[]>();
  /** The next slot of the same employee, -1 at the last. */
  private readonly next: Int32Array;
  /** Per employee (roster index): first and last slot (-1: none) and how many. */
  private readonly first: Int32Array;
  private readonly last: Int32Array;
  private readonly counts: Int32Array;

  constructor(capacity: number, employees: number) {
    this.row = new Int32Array(capacity);
    this.capaian = new Float64Array(capacity);
    this.weight = new Float64Array(capacity);
    this.jenis = new Uint8Array(capacity);
    this.given = new Uint8Array(capacity);
    this.kategori = new Uint16Array(capacity);
    this.flags = new Uint16Array(capacity);
    this.next = new Int32Array(capacity);
    // Made at their full length once (filled in order, they stay fast arrays), not grown row by row.
    this.rhk = new Array(capacity);
    this.indikator = new Array(capacity);
    this.target = new Array(capacity);
    this.realisasi = new Array(capacity);
    this.first = new Int32Array(employees).fill(-1);
    this.last = new Int32Array(employees).fill(-1);
    this.counts = new Int32Array(employees);
  }

  /** Adds a row's verdict for the employee at roster index `employee`. */
  add(employee: number, record: RowVerdict): void {
    const i = this.length++;
    this.row[i] = record.row;
    this.capaian[i] = record.capaian;
    this.weight[i] = record.weight;
    this.jenis[i] = record.jenis === 'tambahan' ? TAMBAHAN : UTAMA;
    this.given[i] = (record.hasEvidence ? HAS_EVIDENCE : 0) | (record.hasFeedback ? HAS_FEEDBACK : 0);
    this.kategori[i] = record.kategori === null ? NO_KATEGORI : this.kategoris.indexOf(record.kategori) + 1;
    this.flags[i] = this.flagLists.indexOf(record.flags);
    this.rhk[i] = record.rhk;
    this.indikator[i] = record.indikator;
    this.target[i] = record.target;
    this.realisasi[i] = record.realisasi;
    if (record.basisNote !== undefined) {
      if (this.basisNotes === null) this.basisNotes = new Map();
      this.basisNotes.set(i, record.basisNote);
    }
    this.next[i] = -1;
    const last = this.last[employee] as number;
    if (last < 0) this.first[employee] = i;
    else this.next[last] = i;
    this.last[employee] = i;
    this.counts[employee] = (this.counts[employee] as number) + 1;
  }

  /** How many employees (roster indexes) the columns chain rows for. */
  get employees(): number {
    return this.counts.length;
  }

  /** How many rows the employee at roster index `employee` has. */
  countOf(employee: number): number {
    return this.counts[employee] ?? 0;
  }

  /** Slot `i` written into `into` (every field, basisNote removed when the slot has none). */
  private fill(i: number, into: IndicatorRecord): IndicatorRecord {
    const capaian = this.capaian[i] as number;
    const weight = this.weight[i] as number;
    const given = this.given[i] as number;
    const kategori = this.kategori[i] as number;
    into.row = this.row[i] as number;
    into.rhk = this.rhk[i] as string;
    into.jenis = this.jenis[i] === TAMBAHAN ? 'tambahan' : 'utama';
    into.indikator = this.indikator[i] as string;
    into.target = this.target[i] as string;
    into.realisasi = this.realisasi[i] as string;
    into.capaian = Number.isNaN(capaian) ? null : capaian;
    into.kategori = kategori === NO_KATEGORI ? null : (this.kategoris.values[kategori - 1] as Category);
    into.hasEvidence = (given & HAS_EVIDENCE) !== 0;
    into.hasFeedback = (given & HAS_FEEDBACK) !== 0;
    into.weight = Number.isNaN(weight) ? null : weight;
    into.flags = this.flagLists.values[this.flags[i] as number] as IndicatorFlag[];
    return into;
  }

  /** A new record of slot `i`, as the pipeline returns it (basisNote only when there is one). */
  private recordAt(i: number): IndicatorRecord {
    const record = this.fill(i, blankRecord());
    const note = this.basisNotes?.get(i);
    if (note !== undefined) record.basisNote = note;
    return record;
  }

  /** The employee's records, new, in sheet order. */
  recordsOf(employee: number): IndicatorRecord[] {
    const n = this.countOf(employee);
    if (n === 0) return [];
    const records: IndicatorRecord[] = new Array(n);
    let k = 0;
    for (let i = this.first[employee] as number; i >= 0; i = this.next[i] as number)
      records[k++] = this.recordAt(i);
    return records;
  }

  /**
   * What the scorer reads of an employee's rows besides their numbers, read in place (no record per
   * row): their slots in sheet order (firstSlotOf, then nextSlotOf until -1), each slot's sheet row and
   * flags, whether any holds umpan balik, and the notes on their targets.
   */
  firstSlotOf(employee: number): number {
    return this.first[employee] ?? -1;
  }

  /** The sheet row of the employee's first indicator row; undefined when they have none. */
  firstRowOf(employee: number): number | undefined {
    const i = this.first[employee] ?? -1;
    return i < 0 ? undefined : (this.row[i] as number);
  }

  nextSlotOf(slot: number): number {
    return this.next[slot] as number;
  }

  rowAt(slot: number): number {
    return this.row[slot] as number;
  }

  flagsAt(slot: number): readonly IndicatorFlag[] {
    return this.flagLists.values[this.flags[slot] as number] as readonly IndicatorFlag[];
  }

  /** Whether any of the employee's rows holds umpan balik. */
  hasFeedbackOf(employee: number): boolean {
    for (let i = this.first[employee] ?? -1; i >= 0; i = this.next[i] as number)
      if (((this.given[i] as number) & HAS_FEEDBACK) !== 0) return true;
    return false;
  }

  /** Why the employee's rows' targets are not the ones written (score/prorate.ts), in sheet order, into `into`. */
  basisNotesOf(employee: number, into: { push(note: Issue): void }): void {
    const notes = this.basisNotes;
    if (notes === null) return;
    for (let i = this.first[employee] ?? -1; i >= 0; i = this.next[i] as number) {
      const note = notes.get(i);
      if (note !== undefined) into.push(note);
    }
  }

  /**
   * The employee's rows as the means read them (RHK text, kind, capaian, Bobot), copied into `into` in
   * sheet order: the scorer groups and averages them there (groupRows), with no record between.
   */
  meanRowsOf(employee: number, into: MeanRows): MeanRows {
    into.reserve(this.countOf(employee));
    let k = 0;
    for (let i = this.first[employee] as number; i >= 0; i = this.next[i] as number) {
      into.rhk[k] = this.rhk[i] as string;
      into.kind[k] = this.jenis[i] === TAMBAHAN ? ROW_TAMBAHAN : ROW_UTAMA;
      into.capaian[k] = this.capaian[i] as number;
      into.weight[k] = this.weight[i] as number;
      k++;
    }
    into.length = k;
    return into;
  }
}

/**
 * What a run's results build their records from: the columns, the policy the employees were scored under
 * (for the RHK groups: the same rule, the same numbers), and each employee's records and groups once a
 * surface has read them, by roster index. One per run: a result keeps only its run and its index.
 */
export class RecordsRun {
  /** Made at the first read, one slot per roster index. */
  private records: (IndicatorRecord[] | undefined)[] | null = null;
  private groups: (RhkGroup[] | undefined)[] | null = null;
  /** What the groups' means refill, one for the run's groupings. */
  private readonly tally = new MeanTally();

  constructor(
    readonly columns: IndicatorColumns,
    readonly policy: AggregatePolicy,
  ) {}

  private keptRecords(): (IndicatorRecord[] | undefined)[] {
    if (this.records === null) this.records = new Array(this.columns.employees);
    return this.records;
  }

  private keptGroups(): (RhkGroup[] | undefined)[] {
    if (this.groups === null) this.groups = new Array(this.columns.employees);
    return this.groups;
  }

  recordsOf(employee: number): IndicatorRecord[] {
    const kept = this.keptRecords();
    let records = kept[employee];
    if (records === undefined) {
      records = this.columns.recordsOf(employee);
      kept[employee] = records;
    }
    return records;
  }

  setRecords(employee: number, value: IndicatorRecord[]): void {
    this.keptRecords()[employee] = value;
  }

  rhkOf(employee: number): RhkGroup[] {
    const kept = this.keptGroups();
    let groups = kept[employee];
    // From the records already built when a surface read them; else from records made for the grouping
    // alone (let go at once: a surface that reads only the groups keeps only the groups).
    if (groups === undefined) {
      groups = groupByRhk(
        this.records?.[employee] ?? this.columns.recordsOf(employee),
        this.policy,
        this.tally,
      );
      kept[employee] = groups;
    }
    return groups;
  }

  setRhk(employee: number, value: RhkGroup[]): void {
    this.keptGroups()[employee] = value;
  }
}

/** Where a result keeps its run and its roster index: properties no enumeration, JSON or equality sees. */
const RUN = Symbol('indicator records');
const EMPLOYEE = Symbol('indicator records employee');

interface WithRecords {
  [RUN]: RecordsRun;
  [EMPLOYEE]: number;
}

// One getter and one setter per property for every result, so that every result keeps one shape.
function getRecords(this: WithRecords): IndicatorRecord[] {
  return this[RUN].recordsOf(this[EMPLOYEE]);
}

function setRecords(this: WithRecords, value: IndicatorRecord[]): void {
  refuseFrozen(this, 'indicators');
  this[RUN].setRecords(this[EMPLOYEE], value);
}

function getRhk(this: WithRecords): RhkGroup[] {
  return this[RUN].rhkOf(this[EMPLOYEE]);
}

function setRhk(this: WithRecords, value: RhkGroup[]): void {
  refuseFrozen(this, 'rhk');
  this[RUN].setRhk(this[EMPLOYEE], value);
}

/** A frozen result's properties cannot be assigned, as with any frozen object's (strict mode throws). */
function refuseFrozen(result: object, property: string): void {
  if (Object.isFrozen(result))
    throw new TypeError(`Cannot assign to read only property '${property}' of object`);
}

/**
 * Gives `result` its `indicators` and `rhk`: the employee's records and their RHK groups (groupByRhk,
 * the rule the scorer grouped them by, under the run's policy), built from the columns the first time
 * they are read, then kept by the run. Enumerable properties like any other, so spreading, JSON, zod and
 * deep equality see them; defined where the caller is in its properties, so the result's keys keep their
 * order.
 */
export function defineRecords(result: object, run: RecordsRun, employee: number): void {
  HIDDEN_PROPERTY.value = run;
  Object.defineProperty(result, RUN, HIDDEN_PROPERTY);
  HIDDEN_PROPERTY.value = employee;
  Object.defineProperty(result, EMPLOYEE, HIDDEN_PROPERTY);
  HIDDEN_PROPERTY.value = undefined;
  Object.defineProperty(result, 'indicators', RECORDS_PROPERTY);
  Object.defineProperty(result, 'rhk', RHK_PROPERTY);
}

// The descriptors, made once (defineProperty reads them and keeps none): 20,000 results need none of their own.
const HIDDEN_PROPERTY: PropertyDescriptor = { value: undefined };
const RECORDS_PROPERTY: PropertyDescriptor = {
  get: getRecords,
  set: setRecords,
  enumerable: true,
  configurable: true,
};
const RHK_PROPERTY: PropertyDescriptor = { get: getRhk, set: setRhk, enumerable: true, configurable: true };

/** A record with every field in the pipeline's order, so records built here share one shape. */
export function blankRecord(): IndicatorRecord {
  return {
    row: 0,
    rhk: '',
    jenis: 'utama',
    indikator: '',
    target: '',
    realisasi: '',
    capaian: null,
    kategori: null,
    hasEvidence: false,
    hasFeedback: false,
    weight: null,
    flags: [],
  };
}
