import type { Issue, Location } from '../core/issue';
import type { ShapeBuilder } from '../core/shapes';
import type { Policy } from '../policy/schema';
import type { CapaianPolicy } from '../policy/sections/capaian';
import type { PredikatOrganisasi, Rating } from '../policy/sections/rating';
import { type BusyVerdictRecord, detectBusyWithoutResults } from '../recommend/busy';
import type { recommendForEmployee } from '../recommend/employee';
import type { EmployeeFlag } from '../recommend/flags';
import {
  type AggregatePolicy,
  aggregateEmployeeRows,
  type EmployeeAggregate,
  groupRows,
  MeanRows,
  MeanTally,
  ROW_UTAMA,
} from '../score/aggregate';
import { categorize } from '../score/category';
import { legacyCategory, nilaiCapaianIki } from '../score/legacy';
import { predikatPegawai } from '../score/predikat';
import { finalHasilRating, perilakuFromBerakhlak, proposeHasilRating } from '../score/rating';
import type { ActivityTotals, DatedAttendanceEvent } from './attendance';
import type { BehaviourRecord } from './behaviour';
import { placed, rowListEnd, rowListWith } from './cells';
import {
  cachedTpp,
  type DisciplineCaches,
  employeeDiscipline,
  NO_DISCIPLINE,
  newDisciplineCaches,
} from './employee-discipline';
import { type EmployeeParts, EmployeeVerdict } from './employee-verdict';
import { IndicatorColumns, RecordsRun } from './indicator-columns';
import { capaianByLevel, type LevelCapaian, noHasilIssue, perilakuOfResults } from './level';
import type { EmployeeRecord } from './people';
import type { ResultsRecord } from './results';
import type { EmployeeResult } from './schema';
import { NO_ISSUES, ScratchList, SharedVerdicts } from './shared-verdicts';

/**
 * What one run shares between its employees (created by the run, dropped with it): pure computations
 * many employees ask with the same arguments, done once per distinct case (employee-discipline.ts, the
 * perilaku matrix), verdict parts held once, and the records the rules are asked with, refilled.
 */
export interface ScoringCache {
  /** Attendance deductions, TPP estimates and dated disciplines, each computed once per distinct case. */
  discipline: DisciplineCaches;
  /** Perilaku by BerAKHLAK values object (readBehaviour shares one per combination of judgements). */
  perilaku: Map<BehaviourRecord['values'], ReturnType<typeof perilakuFromBerakhlak>>;
  /**
   * The argument records of the rules scoreEmployee asks, built once per run and refilled for each
   * employee (the rules read them and keep none of them): 20,000 employees need no record of their own.
   */
  calls: ScoringCalls;
  /**
   * The employee's indicator rows as the means read them, their RHK groups, refilled for each employee
   * (read at once, never kept), and the groups' means' tally.
   */
  rhkGroups: { rows: MeanRows; groups: MeanRows; tally: MeanTally };
  /**
   * What the results build their records from when a surface reads them: the indicator columns and the
   * part of the policy the RHK groups are built under, copied once per run (a policy changed after
   * scoring cannot change them), with the records and groups read so far.
   */
  records: { of: CapaianPolicy | null; run: RecordsRun | null };
  /** The employee's capaian from their RHK, refilled for each employee (read at once, never kept). */
  means: EmployeeAggregate;
  /** What each of those means leaves behind (counts, a weight warning), refilled by the next. */
  meansTally: MeanTally;
  /** Flag lists, reasons and recommendations many employees show alike, each held once. */
  shared: SharedVerdicts;
  /** The employee's flags and their reasons while they are gathered (copied out exactly, or shared). */
  flags: ScratchList<EmployeeFlag>;
  flagReasons: ScratchList<Issue>;
}

interface ScoringCalls {
  hasil: Parameters<typeof finalHasilRating>[0];
  busy: Parameters<typeof detectBusyWithoutResults>[0];
  /** The employee's capaian and its level, refilled (read at once). */
  level: LevelCapaian;
  /** The busy verdict, refilled (its flags and reasons are copied out, its minutes shown). */
  busyVerdict: BusyVerdictRecord;
  recommend: Parameters<typeof recommendForEmployee>[0];
  /** The employee's result but its records, copied into an EmployeeVerdict. */
  parts: EmployeeParts;
}

function emptyParts(): EmployeeParts {
  return {
    nip: '',
    nama: '',
    jabatan: '',
    unit: '',
    opd: '',
    atasanNip: null,
    isHeadOfUnit: false,
    row: 0,
    level: null,
    employeeLevel: null,
    capaian: null,
    capaianUtama: null,
    capaianTambahan: null,
    kategori: null,
    ratingHasilUsulan: null,
    ratingHasil: null,
    ratingHasilSumber: 'usulan',
    ratingHasilBerbeda: false,
    ratingPerilaku: null,
    predikat: null,
    predikatUsulan: null,
    predikatSumber: 'matriks',
    predikatBerbeda: false,
    legacy: null,
    legacy46: null,
    activity: { minutes: 0, withoutOutputMinutes: 0, expectedMinutes: 0, counted: false },
    discipline: NO_DISCIPLINE,
    tpp: null,
    hasFeedback: false,
    flags: NO_FLAGS as EmployeeFlag[],
    flagReasons: NO_ISSUES,
    recommendation: { kind: 'tidak_ada', reasons: [] },
  };
}

export const newScoringCache = (): ScoringCache => ({
  discipline: newDisciplineCaches(),
  perilaku: new Map(),
  calls: {
    hasil: { proposed: null, override: null, isHeadOfUnit: false, orgPredikat: null },
    busy: { minutes: 0, workingDays: 0, capaian: null, activityMinutesWithoutOutput: 0 },
    busyVerdict: { flags: [], reasons: [], expectedMinutes: 0 },
    level: { capaian: null, level: null },
    recommend: { predikat: null, capaian: null, deductionFraction: 0, tkDays: 0, flags: [] },
    parts: emptyParts(),
  },
  rhkGroups: { rows: new MeanRows(), groups: new MeanRows(), tally: new MeanTally() },
  records: { of: null, run: null },
  means: { capaian: null, counted: 0, skipped: 0, warnings: [], utama: null, tambahan: null },
  meansTally: new MeanTally(),
  shared: new SharedVerdicts(),
  flags: new ScratchList(),
  flagReasons: new ScratchList(),
});

const NO_FLAGS: readonly EmployeeFlag[] = Object.freeze([]);

/** Feedback missing: the same words for every employee without it (one, frozen). */
const NO_FEEDBACK_REASON: Issue = Object.freeze({
  code: 'REC_REASON_TANPA_UMPAN_BALIK',
  severity: 'warning',
});

export interface EmployeeInputs {
  record: EmployeeRecord;
  /** The indicator sheet's verdicts: the employee's are read from here (by the record's roster index). */
  indicatorColumns: IndicatorColumns;
  behaviour: BehaviourRecord | undefined;
  /** The employee's row in the results sheet (results already computed per employee), if any. */
  results?: ResultsRecord | undefined;
  events: readonly DatedAttendanceEvent[];
  activity: ActivityTotals | undefined;
  orgPredikat: PredikatOrganisasi | null;
  workingDays: number;
  /** Where the period's working days came from when the employee's data gives none (score/working-days.ts). */
  workingDaysNote?: Issue | null | undefined;
  /** The workbook holds result data (indicator rows or a results table): a missing verdict is then worth saying. */
  hasResultData: boolean;
  /** The workbook has a feedback (umpan balik) column for indicators or behaviour: missing feedback is then a flag. */
  feedbackKept: boolean;
  sheets: {
    employees: string;
    indicators: string;
    behaviour?: string;
    attendance?: string;
    results?: string;
  };
  /** Column of the TPP base in the employees sheet, for issues. */
  tppColumn: Location['column'];
}

/** What the run's results build their records from (made again only if other columns or another policy come). */
function recordsRunOf(cache: ScoringCache, columns: IndicatorColumns, policy: CapaianPolicy): RecordsRun {
  const held = cache.records;
  if (held.run === null || held.of !== policy || held.run.columns !== columns) {
    held.of = policy;
    const copy: AggregatePolicy = Object.freeze({
      aggregationCap: policy.aggregationCap,
      useWeights: policy.useWeights,
    });
    held.run = new RecordsRun(columns, copy);
  }
  return held.run;
}

/** Where an employee-level issue points; built only for an issue, as most employees have none. */
const employeeAt = (inputs: EmployeeInputs) => ({ sheet: inputs.sheets.employees, row: inputs.record.row });

/** The perilaku rating: written directly, or from the seven BerAKHLAK values (policy rule). */
function perilakuOf(
  behaviour: BehaviourRecord | undefined,
  policy: Policy,
  sheet: string | undefined,
  issues: Issue[],
  cache: ScoringCache,
): Rating | null {
  if (!behaviour) return null;
  if (behaviour.perilaku) return behaviour.perilaku;
  if (behaviour.incomplete) return null;
  let r = cache.perilaku.get(behaviour.values);
  if (r === undefined) {
    r = perilakuFromBerakhlak(behaviour.values, policy.rating);
    cache.perilaku.set(behaviour.values, r);
  }
  if (r.ok) return r.value;
  issues.push(placed(r.issue, { ...(sheet ? { sheet } : {}), row: behaviour.row }));
  return null;
}

/** Employee flags other than busy-but-no-results, each with the reason a supervisor can act on. */
function dataFlags(
  inputs: EmployeeInputs,
  employee: number,
  hasFeedback: boolean,
  flags: ScratchList<EmployeeFlag>,
  reasons: ScratchList<Issue>,
): void {
  const sheet = inputs.sheets.indicators;
  // One walk counts the flagged indicators and writes their rows' text; the rows are kept in no list.
  let withoutEvidence = 0;
  let withoutEvidenceRows = '';
  let empty = 0;
  let emptyRows = '';
  const columns = inputs.indicatorColumns;
  for (let i = columns.firstSlotOf(employee); i >= 0; i = columns.nextSlotOf(i)) {
    const flagged = columns.flagsAt(i);
    if (flagged.length === 0) continue;
    if (flagged.includes('tanpa_bukti'))
      withoutEvidenceRows = rowListWith(withoutEvidenceRows, withoutEvidence++, columns.rowAt(i));
    if (flagged.includes('realisasi_kosong')) emptyRows = rowListWith(emptyRows, empty++, columns.rowAt(i));
  }
  if (withoutEvidence > 0) {
    flags.push('tanpa_bukti');
    reasons.push({
      code: 'REC_REASON_TANPA_BUKTI',
      params: { count: withoutEvidence, rows: rowListEnd(withoutEvidenceRows, withoutEvidence), sheet },
      severity: 'warning',
    });
  }
  // Feedback is judged only where the workbook keeps it: without any feedback column, its absence says nothing.
  if (!hasFeedback && inputs.feedbackKept) {
    flags.push('tanpa_umpan_balik');
    reasons.push(NO_FEEDBACK_REASON);
  }
  if (empty > 0) {
    flags.push('realisasi_kosong');
    reasons.push({
      code: 'REC_REASON_REALISASI_KOSONG',
      params: { count: empty, rows: rowListEnd(emptyRows, empty), sheet },
      severity: 'warning',
    });
  }
}

/**
 * Everything about one employee, from already-parsed rows: capaian per indicator and RHK, employee capaian
 * (from the indicators, else from the results sheet's row: `level`) and category, proposed and final
 * hasil rating (PermenPANRB 6/2022: the supervisor may override; the head of a unit takes the unit's
 * predikat), perilaku from BerAKHLAK, predikat (3x3 matrix; a predikat the results sheet writes wins),
 * legacy numbers, flags, discipline deduction, TPP estimate and the recommended follow-up.
 */
export function scoreEmployee(
  inputs: EmployeeInputs,
  policy: Policy,
  issues: Issue[],
  cache: ScoringCache = newScoringCache(),
): EmployeeResult {
  const { record, behaviour } = inputs;
  // The employee's indicator rows are read where the columns hold them: no record per row (the result
  // builds its own records when a surface reads them). Their numbers, grouped into the run's reused groups straight from the columns (read here; the result
  // builds its own groups, by the same rule, when a surface reads them).
  const scratch = cache.rhkGroups;
  const rows = inputs.indicatorColumns.meanRowsOf(record.index, scratch.rows);
  const rhk = groupRows(rows, policy.capaian, scratch.groups, scratch.tally);
  const aggregate = aggregateEmployeeRows(rhk, policy.capaian, cache.means, cache.meansTally);
  const firstIndicatorRow = inputs.indicatorColumns.firstRowOf(record.index);
  const warnings = aggregate.warnings;
  for (let k = 0; k < warnings.length; k++) {
    const w = warnings[k] as Issue;
    issues.push({
      ...w,
      at: { sheet: inputs.sheets.indicators, ...(firstIndicatorRow ? { row: firstIndicatorRow } : {}) },
    });
  }
  const results = inputs.results;
  const { capaian, level } = capaianByLevel(
    record,
    aggregate.capaian,
    results,
    inputs.sheets,
    policy,
    issues,
    cache.calls.level,
  );

  const proposed = proposeHasilRating(capaian, policy.rating);
  const hasilInput = cache.calls.hasil;
  hasilInput.proposed = proposed;
  // The supervisor's rating in the behaviour sheet, else the one the results sheet writes.
  hasilInput.override = behaviour?.hasilOverride ?? results?.ratingHasil ?? null;
  hasilInput.isHeadOfUnit = record.isHead;
  hasilInput.orgPredikat = inputs.orgPredikat;
  const hasil = finalHasilRating(hasilInput, policy.rating);
  const perilaku =
    perilakuOf(behaviour, policy, inputs.sheets.behaviour, issues, cache) ??
    perilakuOfResults(results, policy, inputs.sheets.results, issues);
  const predikatUsulan =
    hasil.rating && perilaku ? predikatPegawai(hasil.rating, perilaku, policy.rating) : null;
  // A predikat written in the results sheet wins over the matrix's, and the difference stays visible.
  const predikatTertulis = results?.predikat ?? null;
  const predikat = predikatTertulis ?? predikatUsulan;
  // A workbook without any result data is told so once (the surface's reading notes), not once per employee.
  // A PP 46/2011 recap is its own scheme (Nilai Prestasi Kerja): no PermenPANRB 6/2022 rating is missing there.
  // A refused % capaian cell is already said on the cell, with what to write: not "no capaian" besides.
  if (
    hasil.rating === null &&
    predikatTertulis === null &&
    inputs.hasResultData &&
    !results?.legacy46 &&
    !results?.capaianRefused
  )
    issues.push(noHasilIssue(record, results, inputs.sheets));
  if (!behaviour && inputs.sheets.behaviour && perilaku === null)
    issues.push({
      code: 'PIPE_NO_BEHAVIOUR',
      params: { nama: record.nama, nip: record.nip, sheet: inputs.sheets.behaviour },
      at: employeeAt(inputs),
      severity: 'warning',
    });

  let legacy: EmployeeResult['legacy'] = null;
  if (policy.legacy.enabled) {
    // The indicators with a capaian (utama only unless tambahan count), from the rows the means read.
    let counted = 0;
    let total = 0;
    for (let i = 0; i < rows.length; i++) {
      const c = rows.capaian[i] as number;
      if (Number.isNaN(c) || (!policy.capaian.includeTambahan && rows.kind[i] !== ROW_UTAMA)) continue;
      total += nilaiCapaianIki(c, policy.legacy);
      counted++;
    }
    if (counted > 0) {
      const nilaiSkp = Math.round((total / counted) * 100) / 100;
      legacy = { nilaiSkp, kategori: legacyCategory(nilaiSkp, policy.legacy) };
    }
  }

  const discipline = employeeDiscipline(
    inputs.events,
    cache.discipline,
    policy,
    issues,
    inputs.sheets.attendance,
  );

  let tpp: EmployeeResult['tpp'] = null;
  if (record.tppBase !== null) {
    const found = cachedTpp(cache.discipline, record.tppBase, discipline.fraction, predikat, policy);
    const estimate = found.estimate;
    if (found.shown !== null) tpp = found.shown;
    // A figure with no predikat behind it pays only what the policy gives "no predikat" (0 % by default):
    // the estimate's warning says so. The cached warnings list is shared, so the hot path allocates only
    // for employees who get a message.
    const told = estimate.ok ? estimate.warnings : [estimate.issue];
    if (told !== undefined && told.length > 0) {
      const at: Location = inputs.tppColumn
        ? { ...employeeAt(inputs), column: inputs.tppColumn }
        : employeeAt(inputs);
      for (let i = 0; i < told.length; i++) issues.push(placed(told[i] as Issue, at));
    }
  }

  const hasFeedback =
    (behaviour?.hasFeedback ?? false) || inputs.indicatorColumns.hasFeedbackOf(record.index);
  const minutes = inputs.activity?.minutes ?? 0;
  const withoutOutputMinutes = inputs.activity?.withoutOutputMinutes ?? 0;
  // No counted activity row (ActivityColumns.of gave none): the 0 minutes are no log, not no work.
  const counted = inputs.activity !== undefined;
  const busyInput = cache.calls.busy;
  busyInput.minutes = minutes;
  busyInput.workingDays = inputs.workingDays;
  busyInput.capaian = capaian;
  busyInput.activityMinutesWithoutOutput = withoutOutputMinutes;
  const busy = detectBusyWithoutResults(busyInput, policy.busy, cache.calls.busyVerdict);
  // Gathered in the run's two lists, then copied out exactly (a list grown by push keeps room for 17)
  // or, for the flags, shared by every employee with the same ones.
  const flagList = cache.flags;
  const reasonList = cache.flagReasons;
  flagList.reset();
  reasonList.reset();
  for (let i = 0; i < busy.flags.length; i++) flagList.push(busy.flags[i] as EmployeeFlag);
  for (let i = 0; i < busy.reasons.length; i++) reasonList.push(busy.reasons[i] as Issue);
  // Kesibukan semu's expected minutes rest on the period's working days: say where they came from.
  if (inputs.workingDaysNote && flagList.includes('kesibukan_semu')) reasonList.push(inputs.workingDaysNote);
  dataFlags(inputs, record.index, hasFeedback, flagList, reasonList);
  // The target a capaian was compared with when it is not the one written (score/prorate.ts).
  inputs.indicatorColumns.basisNotesOf(record.index, reasonList);
  const flags = cache.shared.flags(flagList);
  const flagReasons = reasonList.exact(NO_ISSUES);

  const recommendInput = cache.calls.recommend;
  recommendInput.predikat = predikat;
  recommendInput.capaian = capaian;
  recommendInput.deductionFraction = discipline.fraction;
  recommendInput.tkDays = discipline.tkDays;
  recommendInput.flags = flags;
  const recommendation = cache.shared.recommendationFor(recommendInput, policy.reward);
  // The record keeps no employee's list past the call.
  recommendInput.flags = NO_FLAGS;

  // Decided into the run's one parts record, then copied into the result in the schema's order (its
  // records are built from the indicator columns when a surface reads them).
  const parts = cache.calls.parts;
  parts.nip = record.nip;
  parts.nama = record.nama;
  parts.jabatan = record.jabatan;
  parts.unit = record.unit;
  parts.opd = record.opd;
  parts.atasanNip = record.atasanNip;
  parts.isHeadOfUnit = record.isHead;
  parts.row = record.row;
  parts.level = level;
  parts.employeeLevel = results
    ? {
        row: results.row,
        capaian: results.capaian,
        nilaiSkp: results.nilaiSkp,
        nilaiAkhir: results.nilaiAkhir,
        nilaiTertimbang: results.nilaiTertimbang,
      }
    : null;
  parts.capaian = capaian;
  parts.capaianUtama = aggregate.utama;
  parts.capaianTambahan = aggregate.tambahan;
  parts.kategori = capaian === null ? null : categorize(capaian, policy.capaian);
  parts.ratingHasilUsulan = proposed;
  parts.ratingHasil = hasil.rating;
  parts.ratingHasilSumber = hasil.source;
  parts.ratingHasilBerbeda = hasil.disagrees;
  parts.ratingPerilaku = perilaku;
  parts.predikat = predikat;
  parts.predikatUsulan = predikatUsulan;
  parts.predikatSumber = predikatTertulis ? 'tertulis' : 'matriks';
  parts.predikatBerbeda =
    predikatTertulis !== null && predikatUsulan !== null && predikatTertulis !== predikatUsulan;
  parts.legacy = legacy;
  parts.legacy46 = results?.legacy46 ?? null;
  parts.activity = counted
    ? { minutes, withoutOutputMinutes, expectedMinutes: busy.expectedMinutes, counted }
    : cache.shared.idleActivity(busy.expectedMinutes);
  parts.discipline = discipline;
  parts.tpp = tpp;
  parts.hasFeedback = hasFeedback;
  parts.flags = flags;
  parts.flagReasons = flagReasons;
  parts.recommendation = recommendation;
  const result: EmployeeResult = new EmployeeVerdict(
    parts,
    recordsRunOf(cache, inputs.indicatorColumns, policy.capaian),
    record.index,
  );
  // The parts keep no employee's lists past the call.
  parts.flags = NO_FLAGS as EmployeeFlag[];
  parts.flagReasons = NO_ISSUES;
  return result;
}

/** This module's classes, one of each from empty inputs: their shapes outlive a run (core/shapes.ts). */
export const employeeShapes: ShapeBuilder = (policy) => {
  const columns = new IndicatorColumns(0, 0);
  const run = recordsRunOf(newScoringCache(), columns, policy.capaian);
  return [columns, run, new EmployeeVerdict(emptyParts(), run, 0)];
};
