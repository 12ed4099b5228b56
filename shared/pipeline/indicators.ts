import type { Failure, Issue, Result } from '../core/issue';
import type { ShapeBuilder } from '../core/shapes';
import type { RawTable, RawValue } from '../model/input';
import {
  evidenceGiven,
  feedbackGiven,
  isPercentUnit,
  parseNip,
  parseNumber,
  parsePolarity,
  parseRhkKind,
} from '../parse';
import { polarityOfLabel, rhkKindOfLabel } from '../parse/labels';
import { FastReading, readNumberFast, readTargetFast } from '../parse/number-fast';
import type { Period } from '../parse/period';
import type { NumberHints } from '../parse/types';
import type { Policy } from '../policy/schema';
import { CapaianSlot } from '../score/capaian';
import {
  type Amount,
  type AmountScale,
  capaianOfSides,
  IndicatorDecision,
  isNumberCell,
  type Measure,
  type RealisasiRead,
  readAmount,
  readMeasure,
} from '../score/indicator';
import {
  decidePeriodBasis,
  type PeriodBasis,
  type PeriodTargetCell,
  periodColumnSlot,
  targetForPeriod,
} from '../score/prorate';
import {
  columnWeightForm,
  isOtherWeightForm,
  WeightForm,
  weightFormIssue,
  weightFormOf,
} from '../score/weight-forms';
import {
  CollapsedTexts,
  cachedParser,
  columnConvention,
  emptyTable,
  heldNumber,
  labelParser,
  needsCollapse,
  placed,
  RecentForms,
  rowList,
  text,
  where,
} from './cells';
import { IndicatorColumns, RowVerdict } from './indicator-columns';
import {
  type EmployeeRecord,
  type EmployeeRoster,
  IdentityCells,
  rosterNeighbourOf,
  rosterNipOf,
  UnknownNips,
} from './people';

/**
 * How the table's targets meet the period scored (score/prorate.ts), decided once per table: null when
 * its targets are the period's own. What cannot be decided is said once for the table: annual targets
 * without a known period (compared as written) and a cumulative realisasi against periodic targets. (The
 * period's own target column missing, when the policy asks for it, comes with each row's verdict and is
 * said once by readIndicators.)
 */
function periodBasisOf(
  table: RawTable,
  policy: Policy,
  period: Period | null,
  issues: Issue[],
): PeriodBasis | null {
  if (table.rows.length === 0) return null;
  const periodColumns: Record<string, string> = {};
  for (const [slot, own] of Object.entries(table.periodTargetColumns ?? {})) periodColumns[slot] = own.header;
  const { basis, notes } = decidePeriodBasis(
    {
      targetHeader: table.headers?.target,
      realisasiHeader: table.headers?.realisasi,
      hasRealisasiColumn: table.columns.realisasi !== undefined,
      targetLabel: table.columns.target,
      realisasiLabel: table.columns.realisasi,
      period,
      periodColumns,
    },
    policy.periods,
  );
  for (const { issue, field } of notes)
    issues.push({
      code: issue.code,
      ...(issue.params !== undefined ? { params: issue.params } : {}),
      at: {
        sheet: table.sheet,
        ...(table.columns[field] !== undefined ? { column: table.columns[field] } : {}),
      },
      ...(issue.severity !== undefined ? { severity: issue.severity } : {}),
    });
  return basis;
}

/** A table's column as an issue's place (the sheet alone when the column is not mapped). */
const tableColumn = (table: RawTable, field: 'target' | 'realisasi') => ({
  sheet: table.sheet,
  ...(table.columns[field] !== undefined ? { column: table.columns[field] } : {}),
});

/** The Measure of a target column's last read, for the basis (score/prorate.ts works on Measures). */
const measureOfColumn = (c: AmountColumn): Measure =>
  c.range
    ? { kind: 'range', low: c.low, high: c.value, scale: c.scale, ...(c.unit ? { unit: c.unit } : {}) }
    : { kind: 'single', value: c.value, scale: c.scale, ...(c.unit ? { unit: c.unit } : {}) };

/** The period's own target cell of a row (basis rule 'periode'), read as a Measure. */
function periodTargetCell(row: RawTable['rows'][number], slot: string | null): PeriodTargetCell | undefined {
  if (slot === null) return undefined;
  const cell = row.periodTargets?.[slot];
  if (cell === undefined || text(cell).trim() === '') return 'empty';
  return readMeasure(cell);
}

/** Distinct unit words a column keeps one string of (a sheet has a few dozen at most). */
const UNIT_WORDS_KEPT = 32;

/**
 * A target or realisasi column read into plain fields, one per sheet, reused for every row: the column's
 * own values decide "4.215"; a % unit means a percentage. The plain forms ("12 Dokumen", "85,5 %",
 * "80-90") are read by the fast reader; the rest by the parser, each distinct text once while texts
 * repeat (this run's cache). A number the sheet holds (RawNumber) is taken as it is, never turned into
 * text and read again. After read(): true and the value (a range low..value for a target) on its scale,
 * or false and the issue.
 */
class AmountColumn {
  range = false;
  low = 0;
  value = 0;
  scale: AmountScale = 'bare';
  /** The unit word after the number (not "%"), as readAmount/readMeasure give it: units are compared. */
  unit: string | undefined = undefined;
  issue: Issue | null = null;
  private readonly reading = new FastReading();
  private readonly plainHints: NumberHints;
  private readonly percentHints: NumberHints;
  private readonly plain: (text: string) => Result<Measure | Amount>;
  private readonly percent: (text: string) => Result<Measure | Amount>;

  constructor(
    table: RawTable,
    private readonly field: 'target' | 'realisasi',
  ) {
    const column = columnConvention(table, field);
    this.plainHints = { column };
    this.percentHints = { column, context: 'percent' };
    this.plain = cachedParser((text) => this.parse(text, this.plainHints));
    this.percent = cachedParser((text) => this.parse(text, this.percentHints));
  }

  private parse(cell: unknown, hints: NumberHints): Result<Measure | Amount> {
    return this.field === 'target' ? readMeasure(cell, hints) : readAmount(cell, hints);
  }

  /**
   * The unit words read so far, in the order first read: a column's rows repeat a few words ("Dokumen",
   * "Laporan", "Orang"), each kept as one string instead of a new one per row. Past UNIT_WORDS_KEPT
   * words, the last word read is kept as well (rows of one word follow one another).
   */
  private readonly unitWords: string[] = [];
  private lastUnit = '';

  /** text[from, to) as a string, the string already kept for that word when there is one. */
  private unitWord(text: string, from: number, to: number): string {
    const length = to - from;
    const last = this.lastUnit;
    if (last.length === length && text.startsWith(last, from)) return last;
    const words = this.unitWords;
    for (let k = 0; k < words.length; k++) {
      const word = words[k] as string;
      if (word.length === length && text.startsWith(word, from)) {
        this.lastUnit = word;
        return word;
      }
    }
    const word = text.slice(from, to);
    if (words.length < UNIT_WORDS_KEPT) words.push(word);
    this.lastUnit = word;
    return word;
  }

  read(cell: RawValue | undefined, cellText: string, satuan: string): boolean {
    let parsed: Result<Measure | Amount>;
    if (isNumberCell(cell)) parsed = this.parse(cell, {});
    else {
      const inPercent = isPercentUnit(satuan);
      const hints = inPercent ? this.percentHints : this.plainHints;
      const r = this.reading;
      if (this.field === 'target' ? readTargetFast(cellText, hints, r) : readNumberFast(cellText, hints, r)) {
        this.range = r.range;
        this.low = r.low;
        this.value = r.value;
        this.scale = r.percent ? 'points' : 'bare';
        this.unit =
          r.percent || r.unitStart < 0 ? undefined : this.unitWord(cellText, r.unitStart, r.unitEnd);
        return true;
      }
      parsed = (inPercent ? this.percent : this.plain)(cellText);
    }
    if (!parsed.ok) {
      this.issue = parsed.issue;
      return false;
    }
    const m = parsed.value;
    if ('kind' in m) {
      this.range = m.kind === 'range';
      this.low = m.kind === 'range' ? m.low : m.value;
      this.value = m.kind === 'range' ? m.high : m.value;
    } else {
      this.range = false;
      this.low = m.value;
      this.value = m.value;
    }
    this.scale = m.scale;
    this.unit = m.unit;
    return true;
  }
}

/** A Bobot cell as a message shows it: a plain number the sheet holds as a number (each language's mark). */
const shownWeight = (cell: RawValue | undefined): string | number =>
  isNumberCell(cell) && !cell.percent ? cell.number : text(cell);

/**
 * The form of each source sheet's Bobot column, from its own cells before any row is scored. The rule (the
 * form a column takes, whether a weight is in the other one, what is said then) is shared/score/
 * weight-forms.ts, which the overlay on an SKP page applies to its table too (docs/rules.md#aggregation);
 * here it is applied per source sheet. A column written one way (the usual case) leaves `mixed` false,
 * and the rows are not looked at again.
 */
class WeightForms {
  mixed = false;
  private readonly sources: object[] = [];
  private readonly forms: WeightForm[] = [];
  /** A cell of each source's form, shown as the example to follow. */
  private readonly examples: (string | number)[] = [];
  private lastSource: object | null = null;
  private lastForm: WeightForm = WeightForm.None;
  private lastExample: string | number = '';

  constructor(
    table: RawTable,
    hints: NumberHints,
    reading: FastReading,
    parse: (text: string) => Result<{ value: number; percent: boolean }>,
  ) {
    const counts: number[] = [];
    const firsts: (string | number)[] = [];
    let index = -1;
    let source: object | null = null;
    const rows = table.rows;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r] as (typeof rows)[number];
      const cell = row.values.bobot;
      const held = heldNumber(cell);
      let form: WeightForm = WeightForm.None;
      if (held !== null) form = weightFormOf(held, (cell as { percent: boolean }).percent);
      else {
        const written = text(cell);
        if (written === '') continue;
        if (readNumberFast(written, hints, reading)) form = weightFormOf(reading.value, reading.percent);
        else {
          const parsed = parse(written);
          if (parsed.ok) form = weightFormOf(parsed.value.value, parsed.value.percent);
        }
      }
      if (form === WeightForm.None) continue;
      const at = row.at ?? table;
      if (at !== source) {
        source = at;
        index = this.sources.indexOf(at);
        if (index < 0) {
          index = this.sources.length;
          this.sources.push(at);
          counts.push(0, 0);
          firsts.push('', '');
        }
      }
      const slot = 2 * index + form - 1;
      counts[slot] = (counts[slot] as number) + 1;
      if (firsts[slot] === '') firsts[slot] = shownWeight(cell);
    }
    for (let k = 0; k < this.sources.length; k++) {
      const fractions = counts[2 * k] as number;
      const points = counts[2 * k + 1] as number;
      const form = columnWeightForm(fractions, points);
      this.forms.push(form);
      this.examples.push(firsts[2 * k + form - 1] as string | number);
      if (fractions > 0 && points > 0) this.mixed = true;
    }
  }

  /**
   * The issue for a weight in another form than its source's column, or null. Only called for a column
   * with both forms: a clean column builds nothing per row.
   */
  check(table: RawTable, row: RawTable['rows'][number], value: number, form: WeightForm): Issue | null {
    const at = row.at ?? table;
    if (at !== this.lastSource) {
      const k = this.sources.indexOf(at);
      this.lastSource = at;
      this.lastForm = k < 0 ? WeightForm.None : (this.forms[k] as WeightForm);
      this.lastExample = k < 0 ? '' : (this.examples[k] as string | number);
    }
    // The rule (other form or not, what to write) is shared/score's, the overlay's too: only a weight in
    // the other form builds anything.
    if (!isOtherWeightForm(form, this.lastForm)) return null;
    return weightFormIssue(
      value,
      form,
      this.lastForm,
      shownWeight(row.values.bobot),
      this.lastExample,
      where(table, row, 'bobot'),
    );
  }
}

/**
 * Reads the indicators sheet, grouped by employee NIP in one pass. Merged cells arrive empty in every row
 * but the first, so an empty NIP, RHK or jenis RHK carries down from the row above. Each bad cell is
 * reported where it is; only the indicator it belongs to loses its capaian.
 */
export function readIndicators(
  table: RawTable,
  roster: EmployeeRoster,
  employeeSheet: string,
  policy: Policy,
  issues: Issue[],
  period: Period | null = null,
): { columns: IndicatorColumns; scored: number } {
  // Annual targets against the period's realisasi (score/prorate.ts): decided once for the table.
  const basis = periodBasisOf(table, policy, period, issues);
  const basisSlot = basis !== null && basis.periodColumn !== undefined ? periodColumnSlot(basis) : null;
  let columnMissingSaid = false;
  const columns = new IndicatorColumns(table.rows.length, roster.list.length);
  // One record refilled for each row: the columns keep its fields, not the record. Its capaian and Bobot
  // are plain numbers, as the capaian slot the rule writes into: no row's capaian is boxed.
  const record = new RowVerdict();
  const capaianSlot = new CapaianSlot();

  let employeeIndex = -1;
  const unknown = new UnknownNips(table.sheet);
  const targets = new AmountColumn(table, 'target');
  const realisations = new AmountColumn(table, 'realisasi');
  const reading = new FastReading();
  // One verdict, decided on each row's fields in turn: no facts, verdict or flag list per row.
  const decision = new IndicatorDecision();
  // Flags about evidence and feedback only where the sheet has the column (docs/rules.md#flags).
  const hasEvidenceColumn = table.columns.bukti_dukung !== undefined;
  const hasFeedbackColumn = table.columns.umpan_balik !== undefined;
  const weightHints: NumberHints = { column: columnConvention(table, 'bobot'), context: 'percent' };
  // Bobot values repeat ("20%", "25") within and across employees: each distinct text is parsed once.
  const weightOf = cachedParser((text) => parseNumber(text, weightHints));
  // The Bobot column's form (fractions or points), decided before the rows are scored.
  const weightForms = new WeightForms(table, weightHints, reading, weightOf);
  // This run's caches of the label columns and of NIP cells that are not exactly a roster NIP.
  const polarityOf = labelParser(parsePolarity, polarityOfLabel);
  const kindOf = labelParser(parseRhkKind, rhkKindOfLabel);
  const nipOf = cachedParser(parseNip);
  const identity = new IdentityCells();
  const rhkTexts = new CollapsedTexts();
  const rhkForms = new RecentForms();
  let scored = 0;
  let lastNip = '';
  let lastRhk = '';
  let rhkSeen = '';
  let rhkNormalised = '';
  let lastKind: 'utama' | 'tambahan' = 'utama';
  // An employee's rows follow one another: while the NIP cell repeats, its check and its run are reused.
  let lastNipText = '';
  /** The row's employee is in the roster: their verdicts go to `columns`. */
  let linked = false;
  let lastEmployee: EmployeeRecord | undefined;

  const rows = table.rows;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as (typeof rows)[number];
    // Named reads on the row's values (one shape per sheet) are much cheaper than keyed ones at 100,000 rows.
    const v = row.values;
    const indikator = text(v.indikator);
    const targetText = text(v.target);
    const realisasiText = text(v.realisasi);
    let nipText = text(v.nip);
    // A flat sheet may give the NIP inside "Nama / NIP" or the name cell ("Nama\nNIP. 19...").
    if (nipText === '' && (v.nama_nip !== undefined || v.nama !== undefined)) {
      const cell = identity.nipCell(v);
      if (cell.kind === 'text') nipText = cell.text;
    }
    if (indikator === '' && targetText === '' && realisasiText === '' && nipText === '') continue;

    let nip = lastNip;
    if (nipText !== '' && (nipText !== lastNipText || !linked)) {
      lastNipText = nipText;
      // Sheets mostly list employees in the roster's order: the same employee (their NIP written otherwise
      // on this row) and the next one are tried before the lookup.
      // A cell holding exactly a roster NIP (18 bare digits, the usual case) was checked with the roster,
      // or its digits written with spaces, dots or dashes between them (no need to parse the cell again).
      let employee = rosterNeighbourOf(roster, lastEmployee, nipText) ?? rosterNipOf(roster, nipText);
      if (employee !== undefined) nip = employee.nip;
      else {
        const parsed = nipOf(nipText);
        if (!parsed.ok) {
          issues.push(placed(parsed.issue, where(table, row, 'nip')));
          lastNip = '';
          linked = false;
          continue;
        }
        nip = parsed.value.nip;
        employee = roster.byNip.get(nip);
      }
      if (nip !== lastNip) {
        lastRhk = '';
        lastKind = 'utama';
      }
      lastNip = nip;
      linked = employee !== undefined;
      if (employee !== undefined) {
        employeeIndex = employee.index;
        lastEmployee = employee;
      }
    } else if (nip === '') {
      issues.push({ code: 'NIP_EMPTY', at: where(table, row, 'nip'), severity: 'error' });
      continue;
    }
    if (!linked) {
      unknown.add(nip, row.row, where(table, row, 'nip'));
      continue;
    }

    const rhkText = text(v.rhk);
    // Sheets repeat the RHK text on each of its indicator rows: normalise it only when it changes.
    if (rhkText !== '') {
      if (rhkText !== rhkSeen) {
        rhkSeen = rhkText;
        // An RHK written a few rows above (the employee's previous one, the same one of the staff member
        // before) keeps the form made for it. Else: a text written without runs of spaces is its own form
        // (one pass, no hash); one spaced otherwise takes the recent form it collapses to (the same RHK in
        // another spacing, one pass, no hash), or is rebuilt once, not per row.
        const recent = rhkForms.formOf(rhkText);
        if (recent !== undefined) rhkNormalised = recent;
        else {
          if (rhkText !== rhkNormalised) {
            if (!needsCollapse(rhkText)) rhkNormalised = rhkText;
            else rhkNormalised = rhkForms.collapsedFormOf(rhkText) ?? rhkTexts.of(rhkText);
          }
          rhkForms.keep(rhkText, rhkNormalised);
        }
      }
      lastRhk = rhkNormalised;
    }
    const kindText = text(v.jenis_rhk);
    if (kindText !== '') {
      const kind = kindOf(kindText);
      if (kind.ok) lastKind = kind.value;
      else issues.push({ ...placed(kind.issue, where(table, row, 'jenis_rhk')), severity: 'warning' });
    }
    const satuan = text(v.satuan);
    const polarity = polarityOf(text(v.polaritas));
    // A polarity that cannot be read ("Maksimal" alone, "sedang") leaves the capaian uncomputed, as in a
    // formula and on a page (docs/rules.md#capaian): said once, on its own cell, never scored as positif.
    if (!polarity.ok)
      issues.push({ ...placed(polarity.issue, where(table, row, 'polaritas')), severity: 'error' });

    let weight: number | null = null;
    let weightPercent = false;
    const weightText = text(v.bobot);
    const heldWeight = heldNumber(v.bobot);
    if (heldWeight !== null) {
      weight = heldWeight;
      weightPercent = (v.bobot as { percent: boolean }).percent;
    } else if (weightText !== '') {
      if (readNumberFast(weightText, weightHints, reading)) {
        weight = reading.value;
        weightPercent = reading.percent;
      } else {
        const w = weightOf(weightText);
        if (w.ok) {
          weight = w.value.value;
          weightPercent = w.value.percent;
        } else issues.push({ ...placed(w.issue, where(table, row, 'bobot')), severity: 'warning' });
      }
    }
    // A weight in the other form than its column's is said at its cell and not used (never converted).
    if (weightForms.mixed && weight !== null) {
      const other = weightForms.check(table, row, weight, weightFormOf(weight, weightPercent));
      if (other !== null) {
        issues.push(other);
        weight = null;
      }
    }

    const evidenceText = text(v.bukti_dukung);
    const feedbackText = text(v.umpan_balik);
    const hasEvidence = evidenceGiven(evidenceText);
    const hasFeedback = feedbackGiven(feedbackText);
    const targetRead = targets.read(v.target, targetText, satuan);
    let realisasi: RealisasiRead = 'empty';
    if (realisasiText !== '')
      realisasi = realisations.read(v.realisasi, realisasiText, satuan) ? 'read' : 'unreadable';
    const polarityValue = polarity.ok ? polarity.value : 'positif';
    let basisNote: Issue | undefined;
    let basisFailure: Failure | null = null;
    if (basis !== null && targetRead && realisasi === 'read') {
      const chosen = targetForPeriod(
        measureOfColumn(targets),
        basis,
        satuan === '' ? undefined : satuan,
        indikator,
        periodTargetCell(row, basisSlot),
      );
      if ('ok' in chosen) basisFailure = chosen;
      else if (chosen.note !== null) {
        basisNote = chosen.note;
        const m = chosen.target;
        targets.range = m.kind === 'range';
        targets.low = m.kind === 'range' ? m.low : m.value;
        targets.value = m.kind === 'range' ? m.high : m.value;
        targets.scale = m.scale;
        targets.unit = m.unit;
      }
    }
    // Why no capaian (null: it is in capaianSlot; undefined: nothing to compute).
    const failure =
      basisFailure !== null
        ? basisFailure
        : !polarity.ok && targetRead && realisasi === 'read'
          ? polarity
          : targetRead && realisasi === 'read'
            ? capaianOfSides(capaianSlot, targets, realisations, polarityValue, policy)
            : undefined;
    const verdict = decision.decideMeasured(
      targetRead,
      targetRead ? null : targets.issue,
      realisasi,
      realisasi === 'unreadable' ? realisations.issue : null,
      failure,
      capaianSlot.value,
      hasEvidenceColumn ? hasEvidence : undefined,
      hasFeedbackColumn ? hasFeedback : undefined,
      policy,
    );
    // A missing period target column, or the basis's refusal (a realisasi header naming another period, a
    // target header another year), is one problem of the table, said once on its column (not once per row).
    const tableWideCode = verdict.issue?.code;
    const tableWide =
      tableWideCode === 'PERIOD_TARGET_COLUMN_MISSING' ||
      (basis?.refusal !== undefined && tableWideCode === basis.refusal.code);
    // The polarity's failure is already said on its cell.
    const polaritySaid = !polarity.ok && verdict.issue === polarity.issue;
    if (
      verdict.issue !== null &&
      verdict.issueField !== null &&
      !(tableWide && columnMissingSaid) &&
      !polaritySaid
    )
      issues.push(
        tableWide
          ? {
              ...verdict.issue,
              at: tableColumn(table, verdict.issueField),
            }
          : placed(verdict.issue, where(table, row, verdict.issueField)),
      );
    if (tableWide) columnMissingSaid = true;
    if (verdict.hasCapaian) scored++;

    record.row = row.row;
    record.rhk = lastRhk;
    record.jenis = lastKind;
    record.indikator = indikator;
    record.target = targetText;
    record.realisasi = realisasiText;
    // Two stores, not one of a choice: a choice between the capaian and NaN would box it.
    if (verdict.hasCapaian) record.capaian = verdict.measured;
    else record.capaian = Number.NaN;
    record.kategori = verdict.kategori;
    record.hasEvidence = hasEvidence;
    record.hasFeedback = hasFeedback;
    record.weight = weight === null ? Number.NaN : weight;
    record.flags = verdict.flags;
    record.basisNote = basisNote;
    columns.add(employeeIndex, record);
  }
  unknown.flush(employeeSheet, issues, rowList);
  return { columns, scored };
}

/** This module's classes, one of each from empty inputs: their shapes outlive a run (core/shapes.ts). */
export const indicatorShapes: ShapeBuilder = () => {
  const table = emptyTable();
  const reading = new FastReading();
  return [
    new AmountColumn(table, 'target'),
    new WeightForms(table, {}, reading, (text) => parseNumber(text)),
    new UnknownNips(''),
    new RowVerdict(),
    new CapaianSlot(),
  ];
};
