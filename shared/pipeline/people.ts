import type { Issue, Result } from '../core/issue';
import type { ShapeBuilder } from '../core/shapes';
import type { FieldId } from '../model/fields';
import type { RawRow, RawTable, RawValue } from '../model/input';
import { parseNip, parseNumber, parseYesNo, shownValue } from '../parse';
import { yesNoOfLabel } from '../parse/labels';
import { type NameAndNip, nipDigits, readNipFast, splitNameAndNip } from '../parse/nip';
import { FastReading, readNumberFast } from '../parse/number-fast';
import type { NipInfo } from '../parse/types';
import { isNumberCell } from '../score/indicator';
import {
  cachedParser,
  collapseSpaces,
  columnConvention,
  emptyTable,
  heldNumber,
  labelParser,
  placed,
  text,
  unitKey,
  where,
} from './cells';
import { NipIndex, type RosterNips } from './roster-index';

export interface EmployeeRecord {
  nip: string;
  /** The full name: SIASN's GELAR DEPAN and GELAR BELAKANG joined to NAMA when the roster has them. */
  nama: string;
  jabatan: string;
  /** The unit as written: the unit column, else the most specific SIASN UNOR level written. */
  readonly unit: string;
  /** The unit's key: its name, or its OPD and name when the roster writes unit levels (two OPDs' "Sekretariat"). */
  readonly unitKey: string;
  /** The OPD: the top unit level (SIASN UNOR 1); '' when the roster writes no levels. */
  readonly opd: string;
  /** Golongan as written ("III/d", SIASN GOL AKHIR NAMA); '' when absent. */
  readonly pangkat: string;
  /** PNS, CPNS, PPPK, PPPK PARUH WAKTU as written (SIASN STATUS ASN); '' when absent. */
  readonly statusAsn: string;
  /** Jabatan Struktural / Fungsional / Pelaksana as written (SIASN JENIS JABATAN NAMA); '' when absent. */
  readonly jenisJabatan: string;
  atasanNip: string | null;
  isHead: boolean;
  tppBase: number | null;
  /** The sheet the employee was read from (the first one naming the employee, for a roster built from tables). */
  sheet: string;
  row: number;
  /** Position in the roster's list: the other sheets' rows are gathered in arrays by this index. */
  index: number;
}

/** SIASN's golongan, status ASN and jenis jabatan as written: a roster writes a few dozen combinations. */
interface SiasnFields {
  readonly pangkat: string;
  readonly statusAsn: string;
  readonly jenisJabatan: string;
}

const NO_SIASN: SiasnFields = Object.freeze({ pangkat: '', statusAsn: '', jenisJabatan: '' });

/** One SiasnFields per combination written, for one run (nested maps: no key text built per row). */
class SiasnCells {
  private readonly seen = new Map<string, Map<string, Map<string, SiasnFields>>>();

  of(pangkat: string, statusAsn: string, jenisJabatan: string): SiasnFields {
    if (pangkat === '' && statusAsn === '' && jenisJabatan === '') return NO_SIASN;
    let byStatus = this.seen.get(pangkat);
    if (byStatus === undefined) {
      byStatus = new Map();
      this.seen.set(pangkat, byStatus);
    }
    let byJenis = byStatus.get(statusAsn);
    if (byJenis === undefined) {
      byJenis = new Map();
      byStatus.set(statusAsn, byJenis);
    }
    let fields = byJenis.get(jenisJabatan);
    if (fields === undefined) {
      fields = { pangkat, statusAsn, jenisJabatan };
      byJenis.set(jenisJabatan, fields);
    }
    return fields;
  }
}

/**
 * The roster's record of an employee. Its unit (name, key, OPD) and its SIASN fields are objects shared
 * by every employee written alike, read through getters: a province's 20,000 records carry two
 * references instead of six texts (issue 7: ~0.6 MB less per run).
 */
class RosterRecord implements EmployeeRecord {
  constructor(
    public nip: string,
    public nama: string,
    public jabatan: string,
    /** The unit as the roster's UnitCells read it, shared by the unit's members. */
    public place: UnitOfRow,
    public siasn: SiasnFields,
    public atasanNip: string | null,
    public isHead: boolean,
    public tppBase: number | null,
    public sheet: string,
    public row: number,
    public index: number,
  ) {}

  get unit(): string {
    return this.place.unit;
  }
  get unitKey(): string {
    return this.place.key;
  }
  get opd(): string {
    return this.place.opd;
  }
  get pangkat(): string {
    return this.siasn.pangkat;
  }
  get statusAsn(): string {
    return this.siasn.statusAsn;
  }
  get jenisJabatan(): string {
    return this.siasn.jenisJabatan;
  }
}

export interface EmployeeRoster {
  /** The employees by NIP: a NipIndex for a roster read here, a Map where a test builds one. */
  byNip: RosterNips<EmployeeRecord>;
  list: EmployeeRecord[];
}

/** What another sheet holds per employee, by roster index (undefined where the sheet has nothing). */
export type PerEmployee<T> = (T | undefined)[];

export const perEmployee = <T>(roster: EmployeeRoster): PerEmployee<T> =>
  new Array<T | undefined>(roster.list.length).fill(undefined);

/** The cells a row may write its NIP in: its own column, a "Nama / NIP" cell, or the name cell. */
export type IdentityField = 'nip' | 'nama_nip' | 'nama';

/** Where a row's NIP is written, before the NIP is checked. */
export type NipCell =
  | { kind: 'text'; text: string; field: IdentityField; split?: NameAndNip }
  /** A NIP the sheet holds as a number: 18 digits never survive that (15 significant digits). */
  | { kind: 'number'; shown: string }
  /** A cell that should hold a NIP and holds none, or holds two. */
  | { kind: 'problem'; issue: Issue; field: IdentityField }
  | { kind: 'none' };

const hasDigit = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
};

/**
 * Reads who a row is about, for one run over one table. The NIP comes from the NIP column; else from a
 * "Nama / NIP" cell; else from a name cell that holds a NIP (the Manado recaps map "Nama Pegawai" to
 * nama and write "Citra Bagus Prasetyo, SH, MH\nNIP. 1995..." in it). Split cells are remembered.
 */
export class IdentityCells {
  private readonly split = cachedParser(splitNameAndNip);

  /** The split of a name cell, when it holds a NIP; undefined for a plain name (no digits, or none a NIP). */
  private nameCell(nama: string): Result<NameAndNip> | undefined {
    if (!hasDigit(nama)) return undefined;
    const split = this.split(nama);
    return !split.ok && split.issue.code === 'NIP_NOT_IN_CELL' ? undefined : split;
  }

  /** The NIP column's cell, the usual one: refilled on each call, as a row's cell is read before the next row's. */
  private readonly nipColumn: { kind: 'text'; text: string; field: 'nip' } = {
    kind: 'text',
    text: '',
    field: 'nip',
  };

  /**
   * Where the row's NIP is written. A NIP column's cell is one record refilled row after row (a roster
   * of 20,000 rows needs no cell of its own per row): read it before asking for the next row's.
   */
  nipCell(values: RawRow['values']): NipCell {
    const nipValue = values.nip;
    if (isNumberCell(nipValue)) return { kind: 'number', shown: nipValue.text };
    const nipText = text(nipValue);
    if (nipText !== '') {
      this.nipColumn.text = nipText;
      return this.nipColumn;
    }
    const combined = text(values.nama_nip);
    if (combined !== '') {
      const split = this.split(combined);
      return split.ok
        ? { kind: 'text', text: split.value.nipText, field: 'nama_nip', split: split.value }
        : { kind: 'problem', issue: split.issue, field: 'nama_nip' };
    }
    const split = this.nameCell(text(values.nama));
    if (split === undefined) return { kind: 'none' };
    return split.ok
      ? { kind: 'text', text: split.value.nipText, field: 'nama', split: split.value }
      : { kind: 'problem', issue: split.issue, field: 'nama' };
  }

  /**
   * The name a row gives: the name column (without the NIP when it holds this row's NIP too), else the
   * name part of the cell the NIP came from; SIASN's degrees joined around it.
   */
  nameOf(values: RawRow['values'], cell: NipCell, nip: string): string {
    let nama = text(values.nama);
    if (cell.kind === 'text' && cell.field === 'nama' && cell.split) nama = cell.split.name;
    else if (nama !== '') {
      const split = this.nameCell(nama);
      if (split?.ok && split.value.nip.ok && split.value.nip.value.nip === nip) nama = split.value.name;
    } else if (cell.kind === 'text' && cell.split) nama = cell.split.name;
    return withDegrees(text(values.gelar_depan), nama, text(values.gelar_belakang));
  }
}

/** "dr." + "FRANS" + "Sp.PD" -> "dr. FRANS, Sp.PD" (how SIASN prints a full name). */
function withDegrees(front: string, nama: string, back: string): string {
  if (nama === '' || (front === '' && back === '')) return nama;
  const fronted = front === '' ? nama : `${front} ${nama}`;
  return back === '' ? fronted : `${fronted}, ${back}`;
}

/** SIASN unit levels, most specific first. */
const UNIT_LEVELS_SPECIFIC_FIRST = ['unor_4', 'unor_3', 'unor_2', 'unor_1'] as const satisfies FieldId[];

/** The key of a unit inside an OPD: two OPDs both have a "Sekretariat" (DOMAIN: a unit is known by its OPD and name). */
export const opdUnitKey = (opd: string, unit: string): string => {
  const key = unitKey(unit);
  const opdKey = unitKey(opd);
  return opdKey === '' || opdKey === key ? key : `${opdKey} / ${key}`;
};

interface UnitOfRow {
  unit: string;
  key: string;
  opd: string;
}

/** A unit named without its OPD, normalised. */
const unitWithoutOpd = (written: string): UnitOfRow => {
  const unit = collapseSpaces(written);
  return { unit, opd: '', key: unitKey(unit) };
};

/** Units as written, each normalised once: a province has a few hundred units over 20,000 rows. */
class UnitCells {
  private readonly seen = new Map<string, UnitOfRow>();
  /**
   * Units written without an OPD (a roster's unit column, the usual case), remembered while that pays:
   * a sheet writing each row's unit in a letter case of its own would only fill a map.
   */
  private readonly withoutOpd = cachedParser(unitWithoutOpd);

  /**
   * The unit column, else the most specific unit level written; the top level is the OPD. A table without
   * either names its OPD in its title rows ("SKPD : Dinas ..."): its people belong to that OPD, taken as
   * their unit since nothing finer is known.
   */
  unitOf(values: RawRow['values'], titleOpd = ''): UnitOfRow {
    const field = unitField(values);
    let written = text(values[field]);
    let opdText = text(values.unor_1);
    if (written === '' && opdText === '' && titleOpd !== '') {
      written = titleOpd;
      opdText = titleOpd;
    }
    if (opdText === '') return this.withoutOpd(written);
    const cacheKey = `${opdText}\n${written}`;
    let found = this.seen.get(cacheKey);
    if (found === undefined) {
      const unit = collapseSpaces(written);
      const opd = collapseSpaces(opdText);
      found = { unit, opd, key: opd === '' ? unitKey(unit) : opdUnitKey(opd, unit) };
      this.seen.set(cacheKey, found);
    }
    return found;
  }
}

/** The column a row's unit is read from: the unit column, else the most specific unit level written. */
function unitField(values: RawRow['values']): FieldId {
  if (values.unit !== undefined && text(values.unit) !== '') return 'unit';
  for (const level of UNIT_LEVELS_SPECIFIC_FIRST)
    if (values[level] !== undefined && text(values[level]) !== '') return level;
  return 'unit';
}

/** The checked NIP of a row's NIP cell; undefined with the problem reported at its cell. */
function checkedNip(
  cell: NipCell,
  nipOf: (text: string) => Result<NipInfo>,
  table: RawTable,
  row: RawRow,
  issues: Issue[],
): string | undefined {
  switch (cell.kind) {
    case 'none': {
      // A table without a NIP column names people in a name cell: that cell holds no NIP.
      const nama = text(row.values.nama);
      issues.push(
        (row.at ?? table).columns.nip === undefined && nama !== ''
          ? {
              code: 'NIP_NOT_IN_CELL',
              params: { value: shownValue(nama) },
              at: where(table, row, 'nama'),
              severity: 'error',
            }
          : { code: 'NIP_EMPTY', at: where(table, row, 'nip'), severity: 'error' },
      );
      return undefined;
    }
    case 'number':
      issues.push({
        code: 'NIP_STORED_AS_NUMBER',
        params: { value: cell.shown },
        at: where(table, row, 'nip'),
        severity: 'error',
      });
      return undefined;
    case 'problem':
      issues.push(placed(cell.issue, where(table, row, cell.field)));
      return undefined;
    case 'text': {
      const fast = readNipFast(cell.text);
      if (fast !== undefined) return fast;
      const parsed = cell.split?.nip ?? nipOf(cell.text);
      if (parsed.ok) return parsed.value.nip;
      issues.push(placed(parsed.issue, where(table, row, cell.field)));
      return undefined;
    }
  }
}

/**
 * Reads the employees sheet. Who a row is comes from the NIP column, else a "Nama / NIP" cell, else a
 * name cell holding a NIP; SIASN rosters add degrees, status ASN, golongan and unit levels (UNOR 1 is the
 * OPD, the most specific level written is the unit). A row with an invalid NIP is reported at its cell and
 * skipped (nothing can be linked to it); a NIP seen again is reported naming the first row, and the later
 * row is skipped. The employee's other cells never stop the employee from being scored: a bad TPP cell
 * only leaves TPP out.
 */
export function readEmployees(table: RawTable, issues: Issue[]): EmployeeRoster {
  // Sized for every row once, trimmed at the end: a list grown by push is copied at each doubling.
  const list: RosterRecord[] = new Array(table.rows.length);
  let count = 0;
  const byNip = new NipIndex(list, table.rows.length);
  const moneyHints = { context: 'money' as const, column: columnConvention(table, 'tpp_dasar') };
  // TPP bases follow the job class: a few distinct amounts over thousands of rows.
  // This run's caches: NIPs (an atasan's repeats down the unit), yes/no labels, TPP amounts.
  const nipOf = cachedParser(parseNip);
  const yesNo = labelParser(parseYesNo, yesNoOfLabel);
  const money = cachedParser((text) => parseNumber(text, moneyHints));
  // "Rp 4.750.000" and the like are read by the fast reader; the parser reads (and explains) the rest.
  const reading = new FastReading();
  const identity = new IdentityCells();
  const units = new UnitCells();
  const siasn = new SiasnCells();
  const lastAtasan: { text: string; nip: string | null } = { text: '', nip: null };
  const rows = table.rows;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as RawRow;
    const v = row.values;
    const cell = identity.nipCell(v);
    if (cell.kind === 'none' && text(v.nama) === '') continue; // a blank line between blocks
    // A NIP written plainly is read by the fast reader; parseNip reads (and explains) the rest.
    const nip = checkedNip(cell, nipOf, table, row, issues);
    if (nip === undefined) continue;
    const nama = identity.nameOf(v, cell, nip);
    const first = byNip.get(nip);
    if (first) {
      issues.push({
        code: 'PIPE_DUPLICATE_NIP',
        params: { nip, firstRow: first.row, nama: first.nama },
        at: where(table, row, cell.kind === 'text' ? cell.field : 'nip'),
        severity: 'error',
      });
      continue;
    }
    let atasanNip: string | null = null;
    const atasanText = text(v.atasan_nip);
    // A unit's staff share one atasan, row after row: a repeated cell reuses the last reading.
    if (atasanText !== '' && atasanText === lastAtasan.text) atasanNip = lastAtasan.nip;
    // The same atasan written otherwise (other spacing): their NIP, checked on the row that read it.
    else if (atasanText !== '' && lastAtasan.nip !== null && sameNip(atasanText, lastAtasan.nip))
      atasanNip = lastAtasan.nip;
    else if (atasanText !== '') {
      atasanNip = readNipFast(atasanText) ?? null;
      if (atasanNip === null) {
        const atasan = nipOf(atasanText);
        if (atasan.ok) atasanNip = atasan.value.nip;
        else issues.push({ ...placed(atasan.issue, where(table, row, 'atasan_nip')), severity: 'warning' });
      }
      lastAtasan.text = atasanNip !== null ? atasanText : '';
      lastAtasan.nip = atasanNip;
    }
    let isHead = false;
    const headText = text(v.kepala_unit);
    if (headText !== '') {
      const head = yesNo(headText);
      if (head.ok) isHead = head.value;
      else issues.push({ ...placed(head.issue, where(table, row, 'kepala_unit')), severity: 'warning' });
    }
    let tppBase: number | null = null;
    const tppText = text(v.tpp_dasar);
    const heldTpp = heldNumber(v.tpp_dasar);
    if (heldTpp !== null && heldTpp >= 0) tppBase = heldTpp;
    else if (tppText !== '') {
      if (readNumberFast(tppText, moneyHints, reading)) tppBase = reading.value;
      else {
        const tpp = money(tppText);
        if (tpp.ok) tppBase = tpp.value.value;
        else issues.push({ ...placed(tpp.issue, where(table, row, 'tpp_dasar')), severity: 'warning' });
      }
    }
    const unit = units.unitOf(v, row.at ? row.at.opd : table.opd);
    if (unit.unit === '')
      issues.push({
        code: 'PIPE_UNIT_EMPTY',
        params: { nama },
        at: where(table, row, 'unit'),
        severity: 'warning',
      });
    list[count] = newRecord(table, row, nip, nama, unit, siasn, count, atasanNip, isHead, tppBase);
    byNip.add(count++);
  }
  list.length = count;
  return { byNip, list };
}

/**
 * An employee's record from the row that names them first (the roster's row, or another table's), built
 * from its parts (no argument records, no spread).
 */
function newRecord(
  table: RawTable,
  row: RawRow,
  nip: string,
  nama: string,
  unit: UnitOfRow,
  siasn: SiasnCells,
  index: number,
  atasanNip: string | null,
  isHead: boolean,
  tppBase: number | null,
): RosterRecord {
  const v = row.values;
  return new RosterRecord(
    nip,
    nama === '' ? nip : nama,
    text(v.jabatan),
    unit,
    siasn.of(text(v.pangkat), collapseSpaces(text(v.status_asn)), text(v.jenis_jabatan)),
    atasanNip,
    isHead,
    tppBase,
    row.at?.sheet ?? table.sheet,
    row.row,
    index,
  );
}

/**
 * A name without its degrees, to compare two writings of one person's name: what follows the first comma
 * is back degrees ("SH, MH"), leading words ending in a dot are front degrees ("dr.", "Ir.", "H.").
 */
export function bareName(name: string): string {
  const comma = name.indexOf(',');
  const words = (comma < 0 ? name : name.slice(0, comma)).toLowerCase().split(/\s+/).filter(Boolean);
  let first = 0;
  while (first < words.length - 1 && words[first]?.endsWith('.')) first++;
  return words.slice(first).join(' ');
}

/** Two writings of one name agree when only their degrees, case or spacing differ. */
const sameName = (a: string, b: string): boolean => bareName(a) === bareName(b);

/** Where a person was first named, for messages about a later table that names them otherwise. */
const firstSeen = (record: EmployeeRecord): { firstSheet: string; firstRow: number } => ({
  firstSheet: record.sheet,
  firstRow: record.row,
});

/**
 * A roster from the people other tables name, for a workbook without an employee list: a results recap,
 * an attendance recap, a flat indicator sheet with name, NIP and unit on each row. The same NIP in
 * several tables (or rows) is one employee, in the order first met. A later table that writes another
 * name or unit for a NIP is reported (once per NIP and writing) and the first writing is kept; a name
 * written with degrees in one table and without in another is one name, kept in its fuller form. Rows
 * without a readable NIP are left to the table's own reader, which reports them at their cell.
 */
export function rosterFromPeople(tables: readonly RawTable[], issues: Issue[]): EmployeeRoster {
  const list: RosterRecord[] = [];
  const byNip = new NipIndex(list);
  const reported = new Set<string>();
  const nipOf = cachedParser(parseNip);
  const units = new UnitCells();
  const siasn = new SiasnCells();
  for (const table of tables) {
    const identity = new IdentityCells();
    for (const row of table.rows) {
      const v = row.values;
      const cell = identity.nipCell(v);
      if (cell.kind !== 'text') continue;
      const nip = readNipFast(cell.text) ?? checkedNipQuietly(cell, nipOf);
      if (nip === undefined) continue;
      const nama = identity.nameOf(v, cell, nip);
      const place = units.unitOf(v, row.at ? row.at.opd : table.opd);
      const { unit, key, opd } = place;
      const known = byNip.get(nip);
      if (known === undefined) {
        const record = newRecord(
          table,
          row,
          nip,
          nama,
          place,
          siasn,
          list.length,
          readNipFast(text(v.atasan_nip)) ?? null,
          false,
          null,
        );
        list.push(record);
        byNip.add(list.length - 1);
        continue;
      }
      if (nama !== '' && known.nama !== nama) {
        if (known.nama === known.nip) known.nama = nama;
        else if (sameName(known.nama, nama)) {
          if (nama.length > known.nama.length) known.nama = nama;
        } else if (!reported.has(`${nip}\nnama\n${nama}`)) {
          reported.add(`${nip}\nnama\n${nama}`);
          issues.push({
            code: 'PIPE_PERSON_NAME_CONFLICT',
            params: { nip, nama: known.nama, other: nama, ...firstSeen(known) },
            at: where(table, row, cell.field === 'nip' ? 'nama' : cell.field),
            severity: 'warning',
          });
        }
      }
      if (unit !== '' && key !== known.unitKey) {
        const sameUnit = unitKey(unit) === unitKey(known.unit);
        // A table naming the unit with its OPD (SIASN levels) completes one naming it alone; the same unit
        // written without its OPD agrees with it.
        if (known.unit === '' || (sameUnit && known.opd === '')) known.place = place;
        else if (!(sameUnit && opd === '') && !reported.has(`${nip}\nunit\n${key}`)) {
          reported.add(`${nip}\nunit\n${key}`);
          issues.push({
            code: 'PIPE_PERSON_UNIT_CONFLICT',
            params: { nip, nama: known.nama, unit: known.unit, other: unit, ...firstSeen(known) },
            at: where(table, row, unitField(v)),
            severity: 'warning',
          });
        }
      }
      if (known.jabatan === '') known.jabatan = text(v.jabatan);
      const written = known.siasn;
      // A field the first table left empty is taken from a later one, as the others are.
      if (written.pangkat === '' || written.statusAsn === '' || written.jenisJabatan === '')
        known.siasn = siasn.of(
          written.pangkat || text(v.pangkat),
          written.statusAsn || collapseSpaces(text(v.status_asn)),
          written.jenisJabatan || text(v.jenis_jabatan),
        );
      if (known.atasanNip === null) known.atasanNip = readNipFast(text(v.atasan_nip)) ?? null;
    }
  }
  const withoutUnit = list.filter((record) => record.unit === '');
  // No table names units at all: one warning for the workbook says so, not one per employee.
  const unitsWritten = tables.some(
    (t) =>
      t.opd ||
      t.columns.unit !== undefined ||
      UNIT_LEVELS_SPECIFIC_FIRST.some((f) => t.columns[f] !== undefined),
  );
  if (!unitsWritten && withoutUnit.length > 0)
    issues.push({
      code: 'PIPE_UNITS_UNKNOWN',
      params: { count: withoutUnit.length, sheets: [...new Set(tables.map((t) => t.sheet))].join(', ') },
      severity: 'warning',
    });
  else
    for (const record of withoutUnit)
      issues.push({
        code: 'PIPE_UNIT_EMPTY',
        params: { nama: record.nama },
        at: { sheet: record.sheet, row: record.row, field: 'unit' },
        severity: 'warning',
      });
  return { byNip, list };
}

/** The NIP of a text NIP cell when it is valid; undefined otherwise (the table's reader reports it). */
function checkedNipQuietly(
  cell: Extract<NipCell, { kind: 'text' }>,
  nipOf: (text: string) => Result<NipInfo>,
): string | undefined {
  const parsed = cell.split?.nip ?? nipOf(cell.text);
  return parsed.ok ? parsed.value.nip : undefined;
}

/** Longest NIP cell nipDigits reads: 18 digits with up to three separators around each. */
const NIP_CELL_MAX = 4 * 18;

/**
 * Whether a NIP cell names the roster NIP `nip` (18 digits): written as it is, or with spaces, dots or
 * dashes between its digits as nipDigits accepts them (a digit at both ends, nothing else between).
 * Answers as nipDigits(text) === nip does, without building the digits.
 */
export function sameNip(text: string, nip: string): boolean {
  if (text === nip) return true;
  const n = text.length;
  if (n <= nip.length || n > NIP_CELL_MAX) return false;
  let j = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (j >= nip.length || c !== nip.charCodeAt(j)) return false;
      j++;
    } else if ((c !== 32 && c !== 46 && c !== 45) || i === 0 || i === n - 1) return false;
  }
  return j === nip.length;
}

/**
 * The employee a NIP cell names when it is `last` (the employee of the row above, their NIP written
 * otherwise on this row) or the one after `last` in the roster (the first when there is no `last`):
 * sheets mostly list employees in the roster's order. Undefined otherwise; then rosterNipOf looks it up.
 * Answers as rosterNipOf does whenever it answers (sameNip is nipDigits compared, without the digits).
 */
export function rosterNeighbourOf(
  roster: EmployeeRoster,
  last: EmployeeRecord | undefined,
  text: string,
): EmployeeRecord | undefined {
  if (last !== undefined && sameNip(text, last.nip)) return last;
  const next = roster.list[last === undefined ? 0 : last.index + 1];
  return next !== undefined && sameNip(text, next.nip) ? next : undefined;
}

/**
 * The roster's employee a NIP cell names without parsing it: its text is a roster NIP (18 characters),
 * or its digits are, written with spaces, dots or dashes between them. Undefined otherwise.
 */
export function rosterNipOf(roster: EmployeeRoster, text: string): EmployeeRecord | undefined {
  // Roster NIPs are 18 digits: a cell of another length cannot be one (no lookup of a text never kept).
  if (text.length === 18) return roster.byNip.get(text);
  const digits = nipDigits(text);
  return digits === undefined ? undefined : roster.byNip.get(digits);
}

/** Rows of another sheet whose NIP matches no employee: one issue per NIP, naming its rows. */
export class UnknownNips {
  private readonly rows = new Map<string, { first: Issue['at']; rows: number[] }>();
  constructor(private readonly sheet: string) {}
  add(nip: string, row: number, at: Issue['at']): void {
    const seen = this.rows.get(nip);
    if (seen) seen.rows.push(row);
    else this.rows.set(nip, { first: at, rows: [row] });
  }
  flush(employeeSheet: string, issues: Issue[], rowList: (rows: number[]) => string): void {
    for (const [nip, { first, rows }] of this.rows)
      issues.push({
        code: 'PIPE_UNKNOWN_NIP',
        params: { nip, count: rows.length, rows: rowList(rows), sheet: this.sheet, employees: employeeSheet },
        ...(first ? { at: first } : {}),
        severity: 'error',
      });
  }
}

/** Cells that say whom a row is about, not what it says about them: a repeat may write them otherwise. */
const IDENTITY_FIELDS: ReadonlySet<FieldId> = new Set<FieldId>([
  ...(['nama', 'nip', 'nama_nip', 'nip_lama', 'gelar_depan', 'gelar_belakang', 'nomor'] as const),
  ...(['jabatan', 'unit', 'atasan_nip', 'kepala_unit', 'pangkat', 'status_asn', 'jenis_jabatan'] as const),
  ...UNIT_LEVELS_SPECIFIC_FIRST,
]);
const DIFFERING_SHOWN = 3;
const SHOWN_CHARS = 40;

/** A cell's text on one line, cut to SHOWN_CHARS (an umpan balik may run to a paragraph). */
function brief(value: RawRow['values'][FieldId]): string {
  const line = collapseSpaces(text(value));
  return line.length > SHOWN_CHARS ? `${line.slice(0, SHOWN_CHARS - 1)}…` : line;
}

/** Two cells say the same: the same number, or the same text but for case and spaces ("84 %", "84%"). */
function sameCell(a: RawRow['values'][FieldId], b: RawRow['values'][FieldId]): boolean {
  if (isNumberCell(a) && isNumberCell(b)) return a.number === b.number;
  const bare = (v: RawRow['values'][FieldId]) => text(v).replace(/\s+/g, '').toLowerCase();
  return bare(a) === bare(b);
}

/**
 * The cells in which a repeated row differs from the first, as `C: "80%" / "90%"` (column of the repeat,
 * the first row's value, then the repeat's), at most DIFFERING_SHOWN of them; '' when they agree.
 */
function differingCells(table: RawTable, first: RawRow, repeat: RawRow): string {
  const shown: string[] = [];
  let count = 0;
  const fields = new Set([...Object.keys(first.values), ...Object.keys(repeat.values)] as FieldId[]);
  const differing = (column: string, a: RawValue | undefined, b: RawValue | undefined): void => {
    if (sameCell(a, b)) return;
    count++;
    if (shown.length < DIFFERING_SHOWN) shown.push(`${column}: "${brief(a)}" / "${brief(b)}"`);
  };
  for (const field of fields)
    if (!IDENTITY_FIELDS.has(field))
      differing(where(table, repeat, field).column ?? field, first.values[field], repeat.values[field]);
  // An attendance recap's code counts and a daily matrix's days are what such a row says (RawRow.codes, .days).
  if (first.codes !== undefined || repeat.codes !== undefined) {
    const source = repeat.at ?? table;
    const codes = new Set([...Object.keys(first.codes ?? {}), ...Object.keys(repeat.codes ?? {})]);
    for (const written of codes)
      differing(source.codeColumns?.[written] ?? written, first.codes?.[written], repeat.codes?.[written]);
  }
  if (first.days !== undefined || repeat.days !== undefined) {
    const source = repeat.at ?? table;
    const days = Math.max(first.days?.length ?? 0, repeat.days?.length ?? 0);
    for (let i = 0; i < days; i++)
      differing(source.dayColumns?.[i + 1] ?? String(i + 1), first.days?.[i], repeat.days?.[i]);
  }
  return count > shown.length ? `${shown.join('; ')}; ...` : shown.join('; ');
}

/**
 * Links the rows of another sheet (behaviour, attendance, activities) to the roster by their NIP: the
 * NIP column, else a "Nama / NIP" cell, else a name cell holding a NIP. An employee's rows follow one
 * another, so the last linked NIP text is remembered and a repeat is answered without a lookup. A row
 * that cannot be linked is reported on every occurrence, as before; a row naming no NIP at all is skipped.
 */
export class NipLinker {
  readonly unknown: UnknownNips;
  private lastText = '';
  private last: EmployeeRecord | undefined = undefined;
  /** NIP cells that are not exactly a roster NIP, parsed (and remembered while that pays) for this sheet. */
  private readonly nipOf = cachedParser(parseNip);
  private readonly identity = new IdentityCells();
  constructor(
    private readonly table: RawTable,
    private readonly roster: EmployeeRoster,
    private readonly issues: Issue[],
  ) {
    this.unknown = new UnknownNips(table.sheet);
  }

  /** The cell the last NIP nipTextOf gave is in (a field, so that no record is built per row). */
  private nipField: IdentityField = 'nip';

  /**
   * The row's NIP as written, its cell left in nipField; undefined (reported when wrong) when there is
   * none.
   */
  private nipTextOf(row: RawRow): string | undefined {
    const nipText = text(row.values.nip);
    this.nipField = 'nip';
    if (nipText !== '' && !isNumberCell(row.values.nip)) return nipText;
    const cell = this.identity.nipCell(row.values);
    if (cell.kind === 'text') {
      this.nipField = cell.field;
      return cell.text;
    }
    if (cell.kind === 'number')
      this.issues.push({
        code: 'NIP_STORED_AS_NUMBER',
        params: { value: cell.shown },
        at: where(this.table, row, 'nip'),
        severity: 'error',
      });
    // A name cell without a NIP links nothing, as an empty NIP cell; a "Nama / NIP" cell without one is wrong.
    else if (cell.kind === 'problem')
      this.issues.push(placed(cell.issue, where(this.table, row, cell.field)));
    return undefined;
  }

  /**
   * The row's employee when the table has not given them a row yet; a second row for the same employee
   * is reported (naming the first) and gives undefined, as does a row that cannot be linked.
   */
  linkFirst(row: RawRow, seen: PerEmployee<{ row: number }>): EmployeeRecord | undefined {
    const employee = this.link(row);
    if (employee === undefined) return undefined;
    const first = seen[employee.index];
    if (first === undefined) {
      // Sized to the roster at the first row, so the slots stay an array's (never a dictionary's).
      if (this.firstRows.length === 0) this.firstRows = new Array(this.roster.list.length);
      this.firstRows[employee.index] = row;
      return employee;
    }
    // One role may be read from several sheets (a month's recap and its revision stacked): the first row
    // may be on another sheet, and then the message names it.
    const firstRow = this.firstRows[employee.index];
    const firstSheet = (firstRow?.at ?? this.table).sheet;
    const otherSheet = firstSheet !== (row.at ?? this.table).sheet;
    const fields = firstRow ? differingCells(this.table, firstRow, row) : '';
    // Two rows that disagree leave the score resting on whichever came first: a problem to fix, as a
    // duplicate NIP on the employee sheet is; an exact repeat only needs tidying.
    this.issues.push({
      code:
        fields === ''
          ? otherSheet
            ? 'PIPE_DUPLICATE_ROW_SHEET'
            : 'PIPE_DUPLICATE_ROW'
          : otherSheet
            ? 'PIPE_DUPLICATE_ROW_CONFLICT_SHEET'
            : 'PIPE_DUPLICATE_ROW_CONFLICT',
      params: { nip: employee.nip, firstRow: first.row, firstSheet, fields },
      at: where(this.table, row, 'nip'),
      severity: fields === '' ? 'warning' : 'error',
    });
    return undefined;
  }

  /**
   * Per employee (roster index), the row linkFirst gave them: named when a second row comes. An array
   * (a slot per employee), not a map: one entry for each of 20,000 behaviour rows costs no hashing.
   */
  private firstRows: (RawRow | undefined)[] = [];

  /** The row's employee; undefined (reported when wrong) when the row cannot be linked. */
  link(row: RawTable['rows'][number]): EmployeeRecord | undefined {
    const nipText = this.nipTextOf(row);
    if (nipText === undefined) return undefined;
    const field = this.nipField;
    if (nipText === this.lastText && this.last !== undefined) return this.last;
    // Sheets mostly list employees in the roster's order: the same employee and the next one are tried
    // before the lookup. A cell holding exactly a roster NIP (18 bare digits, the usual case) was checked
    // with the roster; or its digits, written with spaces, dots or dashes between them (no need to parse
    // the cell again).
    const known = rosterNeighbourOf(this.roster, this.last, nipText) ?? rosterNipOf(this.roster, nipText);
    if (known !== undefined) {
      this.lastText = nipText;
      this.last = known;
      return known;
    }
    this.last = undefined;
    const nip = this.nipOf(nipText);
    if (!nip.ok) {
      this.issues.push(placed(nip.issue, where(this.table, row, field)));
      return undefined;
    }
    const employee = this.roster.byNip.get(nip.value.nip);
    if (employee === undefined) {
      this.unknown.add(nip.value.nip, row.row, where(this.table, row, field));
      return undefined;
    }
    this.lastText = nipText;
    this.last = employee;
    return employee;
  }
}

/** This module's classes, one of each from empty inputs: their shapes outlive a run (core/shapes.ts). */
export const peopleShapes: ShapeBuilder = () => [
  new UnitCells(),
  new SiasnCells(),
  new RosterRecord('', '', '', { unit: '', key: '', opd: '' }, NO_SIASN, null, false, null, '', 0, 0),
  new NipLinker(emptyTable(), { byNip: new NipIndex([]), list: [] }, []),
  new NipIndex([]),
];
