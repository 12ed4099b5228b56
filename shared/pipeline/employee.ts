import type { Issue, Location } from '../core/issue';
import { type AttendanceEvent, disciplineDeduction } from '../discipline/deduction';
import { estimateTpp } from '../discipline/tpp';
import type { Policy } from '../policy/schema';
import type { CapaianPolicy } from '../policy/sections/capaian';
import { ATTENDANCE_CODES } from '../policy/sections/discipline';
import type { PredikatOrganisasi, PredikatPegawai, Rating } from '../policy/sections/rating';
import { detectBusyWithoutResults } from '../recommend/busy';
import { recommendForEmployee } from '../recommend/employee';
import type { EmployeeFlag } from '../recommend/flags';
import {
  type AggregatePolicy,
  aggregateEmployeeRhk,
  type EmployeeAggregate,
  groupByRhkInto,
  type RhkScratch,
} from '../score/aggregate';
import { categorize } from '../score/category';
import { legacyCategory, nilaiCapaianIki } from '../score/legacy';
import { predikatPegawai } from '../score/predikat';
import { finalHasilRating, perilakuFromBerakhlak, proposeHasilRating } from '../score/rating';
import type { ActivityTotals, DatedAttendanceEvent } from './attendance';
import type { BehaviourRecord } from './behaviour';
import { placed, rowList } from './cells';
import { type EmployeeParts, EmployeeVerdict } from './employee-verdict';
import type { IndicatorColumns } from './indicator-columns';
import type { IndicatorRecord } from './indicators';
import { capaianByLevel, noHasilIssue, perilakuOfResults } from './level';
import type { EmployeeRecord } from './people';
import type { ResultsRecord } from './results';
import type { EmployeeResult } from './schema';
import { NO_ISSUES, ScratchList, SharedVerdicts } from './shared-verdicts';

type Discipline = EmployeeResult['discipline'];
type Tpp = NonNullable<EmployeeResult['tpp']>;

/** A deduction computed once per distinct set of events, with the discipline the results show for it. */
interface DeductionCase {
  deduction: ReturnType<typeof disciplineDeduction>;
  /** Shared (frozen) by every employee with these events; null when the deduction failed. */
  discipline: Discipline | null;
}

/** A TPP estimate computed once per case, with the TPP the results show for it (shared, frozen). */
interface TppCase {
  estimate: ReturnType<typeof estimateTpp>;
  shown: Tpp | null;
}

/**
 * Results shared between employees of one run (created by the run, dropped with it): many employees have
 * the same attendance events and the same TPP base, and both computations are pure, so each distinct
 * case is computed once, and its part of the results is one frozen object every such employee shows.
 */
export interface ScoringCache {
  /** By events: a number for the usual few events (see eventsKey), text for the rest. */
  deduction: Map<number | string, DeductionCase>;
  /** By TPP base, then deduction fraction, then predikat: number keys, so no number is turned into text. */
  tpp: Map<number, Map<number, Map<PredikatPegawai | null, TppCase>>>;
  /** Perilaku by BerAKHLAK values object (readBehaviour shares one per combination of judgements). */
  perilaku: Map<BehaviourRecord['values'], ReturnType<typeof perilakuFromBerakhlak>>;
  /**
   * The argument records of the rules scoreEmployee asks, built once per run and refilled for each
   * employee (the rules read them and keep none of them): 20,000 employees need no record of their own.
   */
  calls: ScoringCalls;
  /** The employee's RHK groups, refilled for each employee (read at once, never kept). */
  rhkGroups: RhkScratch;
  /**
   * The part of the policy an employee's RHK groups are built under when a surface reads them: copied
   * once per run, so a policy changed after scoring cannot change them.
   */
  rhkPolicy: { of: CapaianPolicy | null; copy: AggregatePolicy };
  /** The employee's capaian from their RHK, refilled for each employee (read at once, never kept). */
  means: EmployeeAggregate;
  /** Flag lists, reasons and recommendations many employees show alike, each held once. */
  shared: SharedVerdicts;
  /** The employee's flags and their reasons while they are gathered (copied out exactly, or shared). */
  flags: ScratchList<EmployeeFlag>;
  flagReasons: ScratchList<Issue>;
  /** The discipline of one dated TK day, by the shared discipline of the events, then the date. */
  datedDiscipline: Map<Discipline, Map<string, Discipline>>;
}

interface ScoringCalls {
  hasil: Parameters<typeof finalHasilRating>[0];
  busy: Parameters<typeof detectBusyWithoutResults>[0];
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
    activity: { minutes: 0, withoutOutputMinutes: 0, expectedMinutes: 0 },
    discipline: NO_DISCIPLINE,
    tpp: null,
    hasFeedback: false,
    flags: NO_FLAGS as EmployeeFlag[],
    flagReasons: NO_ISSUES,
    recommendation: { kind: 'tidak_ada', reasons: [] },
  };
}

export const newScoringCache = (): ScoringCache => ({
  deduction: new Map(),
  tpp: new Map(),
  perilaku: new Map(),
  calls: {
    hasil: { proposed: null, override: null, isHeadOfUnit: false, orgPredikat: null },
    busy: { minutes: 0, workingDays: 0, capaian: null, activityMinutesWithoutOutput: 0 },
    recommend: { predikat: null, capaian: null, deductionFraction: 0, tkDays: 0, flags: [] },
    parts: emptyParts(),
  },
  rhkGroups: { pool: [], groups: [] },
  rhkPolicy: { of: null, copy: { aggregationCap: null, useWeights: false } },
  means: { capaian: null, counted: 0, skipped: 0, warnings: [], utama: null, tambahan: null },
  shared: new SharedVerdicts(),
  flags: new ScratchList(),
  flagReasons: new ScratchList(),
  datedDiscipline: new Map(),
});

const NO_FLAGS: readonly EmployeeFlag[] = Object.freeze([]);

/** What an employee without attendance events shows: no deduction, nothing to explain (one, frozen). */
const NO_DISCIPLINE: Discipline = Object.freeze({ fraction: 0, tkDays: 0, reasons: NO_ISSUES });

/** Feedback missing: the same words for every employee without it (one, frozen). */
const NO_FEEDBACK_REASON: Issue = Object.freeze({
  code: 'REC_REASON_TANPA_UMPAN_BALIK',
  severity: 'warning',
});

function cachedTpp(
  cache: ScoringCache,
  base: number,
  fraction: number,
  predikat: PredikatPegawai | null,
  policy: Policy,
): TppCase {
  let byFraction = cache.tpp.get(base);
  if (!byFraction) {
    byFraction = new Map();
    cache.tpp.set(base, byFraction);
  }
  let byPredikat = byFraction.get(fraction);
  if (!byPredikat) {
    byPredikat = new Map();
    byFraction.set(fraction, byPredikat);
  }
  let found = byPredikat.get(predikat);
  if (!found) {
    const estimate = estimateTpp({ base, deductionFraction: fraction, predikat }, policy.discipline);
    const e = estimate.ok ? estimate.value : null;
    const shown: Tpp | null = e
      ? Object.freeze({
          base: e.base,
          disciplinePaid: e.disciplinePaid,
          performancePaid: e.performancePaid,
          total: e.total,
        })
      : null;
    found = { estimate, shown };
    byPredikat.set(predikat, found);
  }
  return found;
}

/** Events per key in number form: 12 bits each (code index, count below 256) fit a safe integer. */
const NUMBER_KEY_EVENTS = 4;

/**
 * The events as a cache key: what makes two employees' deductions the same (codes and counts, in order).
 * The usual case (a few events, small counts) is a number, so no text is built per employee; the
 * rest is text. The two kinds never meet in the Map.
 */
function eventsKey(events: readonly AttendanceEvent[]): number | string {
  if (events.length <= NUMBER_KEY_EVENTS) {
    let key = 1;
    let numeric = true;
    for (let i = 0; i < events.length && numeric; i++) {
      const e = events[i] as AttendanceEvent;
      const code = ATTENDANCE_CODES.indexOf(e.code);
      const count = e.count ?? 1;
      numeric = code >= 0 && code < 16 && Number.isInteger(count) && count >= 0 && count < 256;
      key = key * 4096 + code * 256 + count;
    }
    if (numeric) return key;
  }
  let key = '';
  for (const e of events) key += `${e.code}*${e.count ?? 1};`;
  return key;
}

/**
 * The TK days' dates the events carry (event rows' tanggal as ISO, a daily matrix's days of the month),
 * sorted and once each; null when no TK event is dated (most employees).
 */
function tkDatesOf(
  events: readonly DatedAttendanceEvent[],
): Pick<Discipline, 'tkDates' | 'tkDaysOfMonth'> | null {
  // A handful of TK days per employee: lists searched in place, no Set and no copies.
  let dates: string[] | null = null;
  let days: number[] | null = null;
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as DatedAttendanceEvent;
    if (e.code !== 'TK') continue;
    if (e.date !== undefined) {
      if (dates === null) dates = [e.date];
      else if (!dates.includes(e.date)) dates.push(e.date);
    }
    if (e.day !== undefined) {
      if (days === null) days = [e.day];
      else if (!days.includes(e.day)) days.push(e.day);
    }
  }
  if (dates === null && days === null) return null;
  const tk: Pick<Discipline, 'tkDates' | 'tkDaysOfMonth'> = {};
  if (dates !== null) tk.tkDates = dates.sort();
  if (days !== null) tk.tkDaysOfMonth = days.sort((a, b) => a - b);
  return tk;
}

/**
 * The discipline shown for events that date their TK days. One dated TK day on a shared discipline (the
 * usual case) is shared too, by the discipline and the date (frozen); other dates make a discipline of
 * the employee's own.
 */
function datedDiscipline(
  cache: ScoringCache,
  discipline: Discipline,
  tk: Pick<Discipline, 'tkDates' | 'tkDaysOfMonth'>,
): Discipline {
  const dates = tk.tkDates;
  if (
    dates === undefined ||
    dates.length !== 1 ||
    tk.tkDaysOfMonth !== undefined ||
    discipline.tkDates !== undefined ||
    discipline.tkDaysOfMonth !== undefined ||
    !Object.isFrozen(discipline)
  )
    return withTkDates(discipline, tk);
  const date = dates[0] as string;
  let byDate = cache.datedDiscipline.get(discipline);
  if (byDate === undefined) {
    byDate = new Map();
    cache.datedDiscipline.set(discipline, byDate);
  }
  let held = byDate.get(date);
  if (held === undefined) {
    Object.freeze(dates);
    held = Object.freeze(withTkDates(discipline, tk));
    byDate.set(date, held);
  }
  return held;
}

/** The discipline shown for events that date their TK days: the shared one's figures with this employee's dates. */
function withTkDates(discipline: Discipline, tk: Pick<Discipline, 'tkDates' | 'tkDaysOfMonth'>): Discipline {
  const own: Discipline = {
    fraction: discipline.fraction,
    tkDays: discipline.tkDays,
    reasons: discipline.reasons,
  };
  if (discipline.tkDates !== undefined) own.tkDates = discipline.tkDates;
  if (discipline.tkDaysOfMonth !== undefined) own.tkDaysOfMonth = discipline.tkDaysOfMonth;
  if (tk.tkDates !== undefined) own.tkDates = tk.tkDates;
  if (tk.tkDaysOfMonth !== undefined) own.tkDaysOfMonth = tk.tkDaysOfMonth;
  return own;
}

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

/** The run's copy of what the RHK groups are built under (made again only if another policy comes). */
function rhkPolicyOf(cache: ScoringCache, policy: CapaianPolicy): AggregatePolicy {
  const held = cache.rhkPolicy;
  if (held.of !== policy) {
    held.of = policy;
    held.copy = Object.freeze({ aggregationCap: policy.aggregationCap, useWeights: policy.useWeights });
  }
  return held.copy;
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
  indicators: readonly IndicatorRecord[],
  hasFeedback: boolean,
  flags: ScratchList<EmployeeFlag>,
  reasons: ScratchList<Issue>,
): void {
  const sheet = inputs.sheets.indicators;
  // One pass over the indicators; the row lists are only built for the few employees who need them.
  let withoutEvidence: number[] | null = null;
  let empty: number[] | null = null;
  for (let k = 0; k < indicators.length; k++) {
    const i = indicators[k] as IndicatorRecord;
    if (i.flags.includes('tanpa_bukti')) {
      if (withoutEvidence) withoutEvidence.push(i.row);
      else withoutEvidence = [i.row];
    }
    if (i.flags.includes('realisasi_kosong')) {
      if (empty) empty.push(i.row);
      else empty = [i.row];
    }
  }
  if (withoutEvidence) {
    flags.push('tanpa_bukti');
    reasons.push({
      code: 'REC_REASON_TANPA_BUKTI',
      params: { count: withoutEvidence.length, rows: rowList(withoutEvidence), sheet },
      severity: 'warning',
    });
  }
  // Feedback is judged only where the workbook keeps it: without any feedback column, its absence says nothing.
  if (!hasFeedback && inputs.feedbackKept) {
    flags.push('tanpa_umpan_balik');
    reasons.push(NO_FEEDBACK_REASON);
  }
  if (empty) {
    flags.push('realisasi_kosong');
    reasons.push({
      code: 'REC_REASON_REALISASI_KOSONG',
      params: { count: empty.length, rows: rowList(empty), sheet },
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
  // The employee's records, refilled in place: read here, kept by none (the result builds its own on demand).
  const indicators = inputs.indicatorColumns.scratchOf(record.index);
  // Grouped into the run's reused groups (read here; the result builds its own when a surface reads them).
  const rhk = groupByRhkInto(indicators, policy.capaian, cache.rhkGroups);
  const aggregate = aggregateEmployeeRhk(rhk, policy.capaian, cache.means);
  const firstIndicatorRow = indicators[0]?.row;
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
  if (hasil.rating === null && predikatTertulis === null && inputs.hasResultData && !results?.legacy46)
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
    const counted = indicators.filter(
      (i) => i.capaian !== null && (policy.capaian.includeTambahan || i.jenis === 'utama'),
    );
    if (counted.length > 0) {
      const nilaiSkp =
        Math.round(
          (counted.reduce((s, i) => s + nilaiCapaianIki(i.capaian as number, policy.legacy), 0) /
            counted.length) *
            100,
        ) / 100;
      legacy = { nilaiSkp, kategori: legacyCategory(nilaiSkp, policy.legacy) };
    }
  }

  // Most employees have no attendance event: no deduction, nothing to explain.
  let discipline = NO_DISCIPLINE;
  if (inputs.events.length > 0) {
    const key = eventsKey(inputs.events);
    let found = cache.deduction.get(key);
    if (!found) {
      const deduction = disciplineDeduction(inputs.events, policy.discipline);
      const d = deduction.ok ? deduction.value : null;
      found = {
        deduction,
        discipline: d
          ? Object.freeze({
              fraction: d.fraction,
              tkDays: d.byCode.TK?.count ?? 0,
              reasons: Object.freeze(
                d.reasons.map((r) => ({ code: r.code, params: r.params })),
              ) as Discipline['reasons'],
            })
          : null,
      };
      cache.deduction.set(key, found);
    }
    if (found.discipline !== null) discipline = found.discipline;
    else if (!found.deduction.ok)
      issues.push(
        placed(found.deduction.issue, inputs.sheets.attendance ? { sheet: inputs.sheets.attendance } : {}),
      );
  }

  // The shared (frozen) discipline of these events gets this employee's own TK dates, where the sheet has them.
  const tk = inputs.events.length === 0 ? null : tkDatesOf(inputs.events);
  if (tk !== null) discipline = datedDiscipline(cache, discipline, tk);

  let tpp: EmployeeResult['tpp'] = null;
  if (record.tppBase !== null) {
    const found = cachedTpp(cache, record.tppBase, discipline.fraction, predikat, policy);
    if (found.shown !== null) tpp = found.shown;
    else if (!found.estimate.ok)
      issues.push(
        placed(found.estimate.issue, {
          ...employeeAt(inputs),
          ...(inputs.tppColumn ? { column: inputs.tppColumn } : {}),
        }),
      );
  }

  let hasFeedback = behaviour?.hasFeedback ?? false;
  for (let i = 0; i < indicators.length && !hasFeedback; i++)
    hasFeedback = (indicators[i] as IndicatorRecord).hasFeedback;
  const minutes = inputs.activity?.minutes ?? 0;
  const withoutOutputMinutes = inputs.activity?.withoutOutputMinutes ?? 0;
  const busyInput = cache.calls.busy;
  busyInput.minutes = minutes;
  busyInput.workingDays = inputs.workingDays;
  busyInput.capaian = capaian;
  busyInput.activityMinutesWithoutOutput = withoutOutputMinutes;
  const busy = detectBusyWithoutResults(busyInput, policy.busy);
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
  dataFlags(inputs, indicators, hasFeedback, flagList, reasonList);
  // The target a capaian was compared with when it is not the one written (score/prorate.ts).
  for (let i = 0; i < indicators.length; i++) {
    const note = (indicators[i] as IndicatorRecord).basisNote;
    if (note !== undefined) reasonList.push(note);
  }
  const flags = cache.shared.flags(flagList);
  const flagReasons = reasonList.exact(NO_ISSUES);

  const recommendInput = cache.calls.recommend;
  recommendInput.predikat = predikat;
  recommendInput.capaian = capaian;
  recommendInput.deductionFraction = discipline.fraction;
  recommendInput.tkDays = discipline.tkDays;
  recommendInput.flags = flags;
  const recommendation = cache.shared.recommendation(recommendForEmployee(recommendInput, policy.reward));
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
  parts.activity = { minutes, withoutOutputMinutes, expectedMinutes: busy.expectedMinutes };
  parts.discipline = discipline;
  parts.tpp = tpp;
  parts.hasFeedback = hasFeedback;
  parts.flags = flags;
  parts.flagReasons = flagReasons;
  parts.recommendation = recommendation;
  const result: EmployeeResult = new EmployeeVerdict(
    parts,
    inputs.indicatorColumns,
    record.index,
    rhkPolicyOf(cache, policy.capaian),
  );
  // The parts keep no employee's lists past the call.
  parts.flags = NO_FLAGS as EmployeeFlag[];
  parts.flagReasons = NO_ISSUES;
  return result;
}
