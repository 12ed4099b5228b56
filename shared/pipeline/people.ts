import type { Issue } from '../core/issue';
import type { RawTable } from '../model/input';
import { parseNip, parseNumber, parseYesNo } from '../parse';
import { yesNoOfLabel } from '../parse/labels';
import { nipDigits, readNipFast } from '../parse/nip';
import { FastReading, readNumberFast } from '../parse/number-fast';
import {
  cachedParser,
  collapseSpaces,
  columnSamples,
  heldNumber,
  labelParser,
  placed,
  text,
  unitKey,
  where,
} from './cells';

export interface EmployeeRecord {
  nip: string;
  nama: string;
  jabatan: string;
  unit: string;
  unitKey: string;
  atasanNip: string | null;
  isHead: boolean;
  tppBase: number | null;
  row: number;
  /** Position in the roster's list: the other sheets' rows are gathered in arrays by this index. */
  index: number;
}

export interface EmployeeRoster {
  byNip: Map<string, EmployeeRecord>;
  list: EmployeeRecord[];
}

/** What another sheet holds per employee, by roster index (undefined where the sheet has nothing). */
export type PerEmployee<T> = (T | undefined)[];

export const perEmployee = <T>(roster: EmployeeRoster): PerEmployee<T> =>
  new Array<T | undefined>(roster.list.length).fill(undefined);

/**
 * Reads the employees sheet. A row with an invalid NIP is reported and skipped (nothing can be linked to
 * it); a NIP seen again is reported naming the first row, and the later row is skipped. The employee's
 * other cells never stop the employee from being scored: a bad TPP cell only leaves TPP out.
 */
export function readEmployees(table: RawTable, issues: Issue[]): EmployeeRoster {
  const byNip = new Map<string, EmployeeRecord>();
  const list: EmployeeRecord[] = [];
  const moneyHints = { context: 'money' as const, columnSamples: columnSamples(table, 'tpp_dasar') };
  // TPP bases follow the job class: a few distinct amounts over thousands of rows.
  // This run's caches: NIPs (an atasan's repeats down the unit), yes/no labels, TPP amounts.
  const nipOf = cachedParser(parseNip);
  const yesNo = labelParser(parseYesNo, yesNoOfLabel);
  const money = cachedParser((text) => parseNumber(text, moneyHints));
  // "Rp 4.750.000" and the like are read by the fast reader; the parser reads (and explains) the rest.
  const reading = new FastReading();
  // A province has a few hundred units over 20,000 rows: each written unit name is normalised once.
  const units = new Map<string, { unit: string; key: string }>();
  const lastAtasan: { text: string; nip: string | null } = { text: '', nip: null };
  for (const row of table.rows) {
    const v = row.values;
    const nipText = text(v.nip);
    const nama = text(v.nama);
    if (nipText === '' && nama === '') continue; // a blank line between blocks
    // A NIP written plainly is read by the fast reader; parseNip reads (and explains) the rest.
    let nip = readNipFast(nipText);
    if (nip === undefined) {
      const parsed = nipOf(nipText);
      if (!parsed.ok) {
        issues.push(placed(parsed.issue, where(table, row, 'nip')));
        continue;
      }
      nip = parsed.value.nip;
    }
    const first = byNip.get(nip);
    if (first) {
      issues.push({
        code: 'PIPE_DUPLICATE_NIP',
        params: { nip, firstRow: first.row, nama: first.nama },
        at: where(table, row, 'nip'),
        severity: 'error',
      });
      continue;
    }
    let atasanNip: string | null = null;
    const atasanText = text(v.atasan_nip);
    // A unit's staff share one atasan, row after row: a repeated cell reuses the last reading.
    if (atasanText !== '' && atasanText === lastAtasan.text) atasanNip = lastAtasan.nip;
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
    const unitText = text(v.unit);
    let names = units.get(unitText);
    if (names === undefined) {
      const unit = collapseSpaces(unitText);
      names = { unit, key: unitKey(unit) };
      units.set(unitText, names);
    }
    const unit = names.unit;
    if (unit === '')
      issues.push({
        code: 'PIPE_UNIT_EMPTY',
        params: { nama },
        at: where(table, row, 'unit'),
        severity: 'warning',
      });
    const record: EmployeeRecord = {
      nip,
      nama: nama === '' ? nip : nama,
      jabatan: text(v.jabatan),
      unit,
      unitKey: names.key,
      atasanNip,
      isHead,
      tppBase,
      row: row.row,
      index: list.length,
    };
    byNip.set(record.nip, record);
    list.push(record);
  }
  return { byNip, list };
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

/**
 * Links the rows of another sheet (behaviour, attendance, activities) to the roster by their NIP cell.
 * An employee's rows follow one another, so the last linked NIP text is remembered and a repeat is
 * answered without a lookup. A row that cannot be linked is reported on every occurrence, as before.
 */
export class NipLinker {
  readonly unknown: UnknownNips;
  private lastText = '';
  private last: EmployeeRecord | undefined;
  /** NIP cells that are not exactly a roster NIP, parsed (and remembered while that pays) for this sheet. */
  private readonly nipOf = cachedParser(parseNip);
  constructor(
    private readonly table: RawTable,
    private readonly roster: EmployeeRoster,
    private readonly issues: Issue[],
  ) {
    this.unknown = new UnknownNips(table.sheet);
  }

  private byDigits(nipText: string): EmployeeRecord | undefined {
    const digits = nipDigits(nipText);
    return digits === undefined ? undefined : this.roster.byNip.get(digits);
  }

  /** The row's employee; undefined (reported when wrong) when the row cannot be linked. */
  link(row: RawTable['rows'][number]): EmployeeRecord | undefined {
    const nipText = text(row.values.nip);
    if (nipText === '') return undefined;
    if (nipText === this.lastText && this.last !== undefined) return this.last;
    // Sheets mostly list employees in the roster's order: the next employee is tried before the lookup.
    const next = this.roster.list[this.last === undefined ? 0 : this.last.index + 1];
    // A cell holding exactly a roster NIP (18 bare digits, the usual case) was checked with the roster.
    // Or its digits, written with spaces, dots or dashes between them (no need to parse the cell again).
    const known =
      next !== undefined && next.nip === nipText
        ? next
        : (this.roster.byNip.get(nipText) ?? this.byDigits(nipText));
    if (known !== undefined) {
      this.lastText = nipText;
      this.last = known;
      return known;
    }
    this.last = undefined;
    const nip = this.nipOf(nipText);
    if (!nip.ok) {
      this.issues.push(placed(nip.issue, where(this.table, row, 'nip')));
      return undefined;
    }
    const employee = this.roster.byNip.get(nip.value.nip);
    if (employee === undefined) {
      this.unknown.add(nip.value.nip, row.row, where(this.table, row, 'nip'));
      return undefined;
    }
    this.lastText = nipText;
    this.last = employee;
    return employee;
  }
}
