import type { Issue } from '../core/issue';
import type { Lang } from '../messages/catalog';
import type { WorkbookInput } from '../model/input';
import { unitPredikat } from '../org/pk';
import { isoDay } from '../parse/calendar';
import type { Policy } from '../policy/schema';
import { PREDIKAT_PEGAWAI, type PredikatOrganisasi, type PredikatPegawai } from '../policy/sections/rating';
import { recommendForSupervisor, type SubordinateSummary } from '../recommend/supervisor';
import { recommendForUnits } from '../recommend/units';
import { checkUnitDistribution } from '../score/distribution';
import { predikatOrganisasiLabel } from '../score/predikat';
import { periodWorkingDays } from '../score/working-days';
import {
  type ActivityTotals,
  type DatedAttendanceEvent,
  readActivities,
  readAttendanceColumns,
} from './attendance';
import { blankBehaviour, readBehaviour } from './behaviour';
import { where } from './cells';
import { type EmployeeInputs, newScoringCache, scoreEmployee } from './employee';
import { readIndicators } from './indicators';
import {
  applyHukuman,
  type DutyDate,
  dutyDate,
  dutyWindow,
  type PembinaanRegister,
  readPembinaan,
  registerEntries,
} from './pembinaan';
import { type EmployeeRecord, type EmployeeRoster, readEmployees, rosterFromPeople } from './people';
import { decidePk, readPk, reportUnknownPkUnits } from './pk';
import { hasResultData as holdsResultData } from './result-data';
import { readResults } from './results';
import { sakipRankingOf } from './sakip-ranking';
import type { DutyBasis, EmployeeResult, OrganisationResult, SupervisorResult, UnitResult } from './schema';
import { keepRunShapes } from './shapes';
import { readSakip, readUnits, sakipResultOf } from './units';

/** An employee without attendance events: one empty list for all, never written to. */
const NO_EVENTS: readonly DatedAttendanceEvent[] = Object.freeze([]);

export interface ScoreOptions {
  /** Language the surfaces should render the result in (recorded in the result; issues stay codes). */
  lang?: Lang;
}

/** Mean capaian of a unit's scored members; null when none has one. */
function meanCapaian(members: readonly EmployeeResult[]): number | null {
  let sum = 0;
  let count = 0;
  // Indexed loops over a unit's members: an iterator per loop is garbage 200 units make thousands of.
  for (let i = 0; i < members.length; i++) {
    const capaian = (members[i] as EmployeeResult).capaian;
    if (capaian !== null) {
      sum += capaian;
      count++;
    }
  }
  return count === 0 ? null : sum / count;
}

/** The predikat of a unit's members that have one, for the distribution check (a list of exactly their number). */
function predikatOf(members: readonly EmployeeResult[], withoutPredikat: number): PredikatPegawai[] {
  const assessed: PredikatPegawai[] = new Array(members.length - withoutPredikat);
  let k = 0;
  for (let i = 0; i < members.length; i++) {
    const predikat = (members[i] as EmployeeResult).predikat;
    if (predikat) assessed[k++] = predikat;
  }
  return assessed;
}

/** Employees per predikat and those without one: every surface shows these counts, none recounts them. */
function predikatTally(
  members: readonly EmployeeResult[],
): Pick<UnitResult, 'predikatCounts' | 'withoutPredikat'> {
  // Every predikat at 0, in PREDIKAT_PEGAWAI order (no list of entries made for each unit).
  const predikatCounts = {} as Record<PredikatPegawai, number>;
  for (let i = 0; i < PREDIKAT_PEGAWAI.length; i++)
    predikatCounts[PREDIKAT_PEGAWAI[i] as PredikatPegawai] = 0;
  let withoutPredikat = 0;
  for (let i = 0; i < members.length; i++) {
    const predikat = (members[i] as EmployeeResult).predikat;
    if (predikat) predikatCounts[predikat]++;
    else withoutPredikat++;
  }
  return { predikatCounts, withoutPredikat };
}

function emptyResult(lang: Lang, issues: Issue[], workingDays: number): OrganisationResult {
  return {
    lang,
    workingDays,
    rankingBasis: 'none',
    employees: [],
    units: [],
    supervisors: [],
    sakipRanking: null,
    issues,
    counts: {
      employeeRows: 0,
      employeesScored: 0,
      indicatorRows: 0,
      indicatorsScored: 0,
      errors: issues.length,
      warnings: 0,
    },
  };
}

/** The pembinaan register and the date its duties are judged at, when the workbook keeps one. */
interface RegisterContext {
  register: PembinaanRegister;
  date: DutyDate | null;
  feedbackKept: boolean;
}

function supervisorsOf(
  employees: readonly EmployeeResult[],
  roster: EmployeeRoster,
  policy: Policy,
  input: WorkbookInput,
  issues: Issue[],
  kept?: RegisterContext,
): SupervisorResult[] {
  // employees[i] is the result of roster.list[i]: a supervisor is found by the roster. Their subordinates
  // are counted first (supervisors in the order first met), so that each list is made once at its size:
  // a list grown by push is made again at each growth, and a roster-long list of lists is not needed.
  const slotOf = new Map<number, number>();
  const order: number[] = [];
  const counts: number[] = [];
  // Each employee's supervisor's slot (-1: none); a unit's staff share one atasan, row after row.
  const slotOfEmployee = new Int32Array(employees.length).fill(-1);
  let lastAtasanNip: string | null = null;
  let lastSlot = -1;
  let rawRows: Map<number, WorkbookInput['employees']['rows'][number]> | undefined;
  for (let i = 0; i < employees.length; i++) {
    const e = employees[i] as EmployeeResult;
    if (e.atasanNip === null) continue;
    if (e.atasanNip === lastAtasanNip && lastSlot >= 0) {
      slotOfEmployee[i] = lastSlot;
      counts[lastSlot] = (counts[lastSlot] as number) + 1;
      continue;
    }
    const atasan = roster.byNip.get(e.atasanNip);
    lastAtasanNip = e.atasanNip;
    lastSlot = -1;
    if (atasan === undefined) {
      if (!rawRows) rawRows = new Map(input.employees.rows.map((r) => [r.row, r]));
      const row = rawRows.get(e.row);
      issues.push({
        code: 'PIPE_UNKNOWN_ATASAN',
        params: { nip: e.atasanNip, nama: e.nama, sheet: input.employees.sheet },
        ...(row ? { at: where(input.employees, row, 'atasan_nip') } : {}),
        severity: 'warning',
      });
      continue;
    }
    let slot = slotOf.get(atasan.index);
    if (slot === undefined) {
      slot = order.length;
      slotOf.set(atasan.index, slot);
      order.push(atasan.index);
      counts.push(0);
    }
    counts[slot] = (counts[slot] as number) + 1;
    slotOfEmployee[i] = slot;
    lastSlot = slot;
  }
  const subordinates: SubordinateSummary[][] = new Array(order.length);
  for (let s = 0; s < order.length; s++) {
    subordinates[s] = new Array(counts[s] as number);
    counts[s] = 0;
  }
  for (let i = 0; i < employees.length; i++) {
    const slot = slotOfEmployee[i] as number;
    if (slot < 0) continue;
    const e = employees[i] as EmployeeResult;
    // The result is itself what the duties read of a subordinate (nip, nama, predikat, hasFeedback);
    // only a register adds the subordinate's records, on a summary of their own.
    const summary: SubordinateSummary = kept
      ? {
          nip: e.nip,
          nama: e.nama,
          predikat: e.predikat,
          hasFeedback: e.hasFeedback,
          records: registerEntries(kept.register.byEmployee[i]),
        }
      : e;
    const filled = counts[slot] as number;
    (subordinates[slot] as SubordinateSummary[])[filled] = summary;
    counts[slot] = filled + 1;
  }
  // Without a date (a register with no readable row), the duties fall back on the umpan balik as before.
  const window = kept?.date ? dutyWindow(kept.date, policy.pembinaan) : undefined;
  const dutyBasis: DutyBasis =
    kept && window
      ? {
          source: 'catatan_pembinaan',
          sheet: kept.register.sheet,
          asOf: kept.date ? isoDay(kept.date.day) : null,
          asOfSource: kept.date?.source ?? null,
          days: window.days,
        }
      : { source: 'umpan_balik', sheet: null, asOf: null, asOfSource: null, days: null };
  const result: SupervisorResult[] = new Array(order.length);
  for (let s = 0; s < order.length; s++) {
    const supervisor = employees[order[s] as number] as EmployeeResult;
    const subs = subordinates[s] as SubordinateSummary[];
    const r = recommendForSupervisor(
      {
        nip: supervisor.nip,
        nama: supervisor.nama,
        subordinates: subs,
        ...(kept && window ? { register: { window, feedbackKept: kept.feedbackKept } } : {}),
      },
      policy.reward,
    );
    result[s] = {
      nip: supervisor.nip,
      nama: supervisor.nama,
      unit: supervisor.unit,
      subordinates: r.subordinateCount,
      withFeedback: r.withFeedbackCount,
      flags: r.flags,
      reasons: r.reasons,
      duties: r.duties,
      dutyBasis,
    };
  }
  return result;
}

/**
 * The units sheet keyed as the roster keys its units. A roster with SIASN unit levels keys a unit by its
 * OPD and name ("dinas kesehatan / sekretariat"); a units sheet that writes the name alone ("Sekretariat")
 * names that unit when exactly one unit of the roster has that name. When several OPDs have it, the row
 * stays as written and the units it could mean are reported as unknown (write "OPD / unit" to choose).
 */
function unitsOfRoster<T>(rows: Map<string, T>, roster: EmployeeRoster): Map<string, T> {
  const byName = new Map<string, string[]>();
  const list = roster.list;
  let last: string | undefined;
  for (let i = 0; i < list.length; i++) {
    const unitKey = (list[i] as EmployeeRecord).unitKey;
    // A unit's staff follow one another in the roster: a repeated key adds nothing.
    if (unitKey === last) continue;
    last = unitKey;
    const cut = unitKey.lastIndexOf(' / ');
    if (cut < 0) continue;
    const name = unitKey.slice(cut + 3);
    const keys = byName.get(name) ?? [];
    if (!keys.includes(unitKey)) keys.push(unitKey);
    byName.set(name, keys);
  }
  if (byName.size === 0) return rows;
  const out = new Map<string, T>();
  rows.forEach((row, key) => {
    const keys = byName.get(key);
    out.set(keys?.length === 1 && !rows.has(keys[0] as string) ? (keys[0] as string) : key, row);
  });
  return out;
}

/**
 * Two OPDs may both have a "Sekretariat" (DOMAIN: a unit is known by its OPD and name): where two units
 * of the roster would show the same name, each is shown with its OPD ("Sekretariat (Dinas Sosial)").
 */
function nameUnitsApart(units: Map<string, { name: string }>, opdOf: ReadonlyMap<string, string>): void {
  const seen = new Map<string, number>();
  units.forEach((u) => {
    const name = u.name.toLowerCase();
    seen.set(name, (seen.get(name) ?? 0) + 1);
  });
  units.forEach((u, key) => {
    const opd = opdOf.get(key);
    if (!opd) return;
    const name = u.name.toLowerCase();
    if ((seen.get(name) ?? 0) > 1 && name !== opd.toLowerCase()) u.name = `${u.name} (${opd})`;
  });
}

/** The OPD of each unit key, as the roster first names it (units without an OPD left out). */
function opdOfUnits(roster: EmployeeRoster): Map<string, string> {
  const opdOf = new Map<string, string>();
  const list = roster.list;
  for (let i = 0; i < list.length; i++) {
    const e = list[i] as EmployeeRecord;
    if (e.opd !== '' && !opdOf.has(e.unitKey)) opdOf.set(e.unitKey, e.opd);
  }
  return opdOf;
}

/** A unit as the run gathers it: its name as shown, its staff's results (in roster order) and heads. */
interface UnitGathered {
  name: string;
  /** Made at the unit's roster size; `filled` of them are written. */
  members: EmployeeResult[];
  filled: number;
  heads: string[];
}

/**
 * Units in the order people meet them (the employees sheet first), each with its name as the units list
 * writes it and room for exactly its staff in the roster.
 */
function unitsInRosterOrder(
  roster: EmployeeRoster,
  unitRows: Map<string, { unit: string }>,
): Map<string, UnitGathered> {
  const unitOrder = new Map<string, UnitGathered>();
  const list = roster.list;
  let lastKey: string | undefined;
  let unit: UnitGathered | undefined;
  for (let i = 0; i < list.length; i++) {
    const e = list[i] as EmployeeRecord;
    // A unit's staff follow one another in the roster: a repeated key needs no lookup. The staff are
    // counted here (in `filled`) so that each unit's list is made once at its size.
    if (e.unitKey !== lastKey) {
      lastKey = e.unitKey;
      unit = unitOrder.get(e.unitKey);
      if (unit === undefined) {
        unit = { name: unitRows.get(e.unitKey)?.unit ?? e.unit, members: NO_MEMBERS, filled: 0, heads: [] };
        unitOrder.set(e.unitKey, unit);
      }
    }
    (unit as UnitGathered).filled++;
  }
  unitOrder.forEach((u) => {
    u.members = new Array(u.filled);
    u.filled = 0;
  });
  unitRows.forEach((u, key) => {
    if (!unitOrder.has(key)) unitOrder.set(key, { name: u.unit, members: [], filled: 0, heads: [] });
  });
  return unitOrder;
}

/**
 * Whether `shown` is `unit` followed by " (": the name nameUnitsApart gave the unit (with its OPD).
 * `shown.startsWith(`${unit} (`)` without a string built for each of 20,000 employees.
 */
function namesWithOpd(shown: string, unit: string): boolean {
  const n = unit.length;
  return (
    shown.length >= n + 2 &&
    shown.charCodeAt(n) === 32 &&
    shown.charCodeAt(n + 1) === 40 &&
    shown.startsWith(unit)
  );
}

/** The members of a unit before it is sized (never written: every unit is sized before the run fills it). */
const NO_MEMBERS: EmployeeResult[] = Object.freeze([]) as unknown as EmployeeResult[];

function scoreOrganisationUnsafe(input: WorkbookInput, policy: Policy, lang: Lang): OrganisationResult {
  const issues: Issue[] = [];
  // The period's working days: the data's own, else the policy calendar's, else the default (said).
  const periodDays = periodWorkingDays(
    input.workingDays,
    input.period,
    policy.periods.calendar,
    policy.busy.defaultWorkingDays,
  );
  const workingDays = periodDays.days;
  // The default matters where working days are used: the activity log's expected minutes.
  if (periodDays.source === 'default' && periodDays.note && (input.activities?.rows.length ?? 0) > 0)
    issues.push({ ...periodDays.note, at: { sheet: input.activities?.sheet ?? '' } });
  // Without an employee list, the people the other tables name (a results recap, an attendance recap, a flat
  // indicator sheet) are the roster; the admin is told what a list would add (the add-on's reading notes).
  const peopleTables = [input.results, input.indicators, input.attendance, input.behaviour].filter(
    (t): t is NonNullable<typeof t> => t !== undefined && t.rows.length > 0,
  );
  const fromPeople = input.employees.rows.length === 0 && peopleTables.length > 0;
  const employeeSheet = fromPeople
    ? (peopleTables[0] as (typeof peopleTables)[number]).sheet
    : input.employees.sheet;
  const roster = fromPeople ? rosterFromPeople(peopleTables, issues) : readEmployees(input.employees, issues);
  if (roster.list.length === 0) {
    issues.push({
      code: 'PIPE_NO_EMPLOYEES',
      params: { sheet: employeeSheet },
      at: { sheet: employeeSheet },
      severity: 'error',
    });
    return emptyResult(lang, issues, workingDays);
  }
  const indicators = readIndicators(
    input.indicators,
    roster,
    employeeSheet,
    policy,
    issues,
    input.period ?? null,
  );
  const behaviour = readBehaviour(input.behaviour, roster, employeeSheet, issues);
  // Without a results sheet no employee has a row there: no roster-long list of nothing is made.
  const results = input.results ? readResults(input.results, roster, employeeSheet, policy, issues) : null;
  const attendance = readAttendanceColumns(
    input.attendance,
    roster,
    employeeSheet,
    policy,
    issues,
    input.period ?? null,
  );
  const activities = readActivities(
    input.activities,
    roster,
    employeeSheet,
    policy,
    issues,
    input.period ?? null,
  );
  const register = readPembinaan(input.pembinaan, roster, employeeSheet, policy.pembinaan, issues);
  const unitRows = unitsOfRoster(readUnits(input.units, issues), roster);
  // The units' Perjanjian Kinerja, keyed as the roster keys units; a typed predikat wins over its proposal.
  const pkRows = unitsOfRoster(readPk(input.pk, policy, issues), roster);
  const pkVerdicts = decidePk(pkRows, policy);

  // Units in the order people meet them: the employees sheet first, then units listed without employees.
  const unitOrder = unitsInRosterOrder(roster, unitRows);
  const opdOfUnit = opdOfUnits(roster);
  nameUnitsApart(unitOrder, opdOfUnit);
  const unitsTable = input.units;
  if (unitsTable)
    unitOrder.forEach((u, key) => {
      if (!unitRows.has(key) && key !== '')
        issues.push({
          code: 'PIPE_UNIT_UNKNOWN',
          params: { unit: u.name, sheet: unitsTable.sheet },
          at: { sheet: unitsTable.sheet },
          severity: 'warning',
        });
    });
  // A unit-sheet row whose unit has no staff (a typo, a dissolved unit) is said at its row; it stays
  // listed in Hasil Unit but is known to no SAKIP row, so it never gets a score or a rank of its own.
  const rosterUnits = new Set<string>();
  let lastUnit: string | undefined;
  for (let i = 0; i < roster.list.length; i++) {
    const key = (roster.list[i] as EmployeeRecord).unitKey;
    if (key !== lastUnit) rosterUnits.add(key);
    lastUnit = key;
  }
  const staffless = new Set<string>();
  if (input.units)
    for (const [key, u] of unitRows)
      if (!rosterUnits.has(key)) {
        staffless.add(key);
        issues.push({
          code: 'UNIT_NO_EMPLOYEES',
          params: { unit: u.unit, sheet: input.units.sheet },
          at: {
            sheet: input.units.sheet,
            row: u.row,
            ...(input.units.columns.unit !== undefined ? { column: input.units.columns.unit } : {}),
          },
          severity: 'warning',
        });
      }
  const sakip = readSakip(input.sakip, rosterUnits, policy, issues, staffless);
  reportUnknownPkUnits(pkRows, new Set(unitOrder.keys()), issues);

  const sheets = {
    employees: employeeSheet,
    indicators: input.indicators.sheet,
    ...(input.behaviour ? { behaviour: input.behaviour.sheet } : {}),
    ...(input.attendance ? { attendance: input.attendance.sheet } : {}),
    ...(input.results ? { results: input.results.sheet } : {}),
  };
  const hasResultData = holdsResultData(input);
  const feedbackKept =
    input.indicators.columns.umpan_balik !== undefined || input.behaviour?.columns.umpan_balik !== undefined;
  const cache = newScoringCache();
  const list = roster.list;
  const employees: EmployeeResult[] = new Array(list.length);
  // One inputs record, refilled for each employee (scoreEmployee keeps none of it but the lists it returns).
  const inputs: EmployeeInputs = {
    record: list[0] as EmployeeRecord,
    indicatorColumns: indicators.columns,
    behaviour: undefined,
    results: undefined,
    events: NO_EVENTS,
    activity: undefined,
    orgPredikat: null,
    workingDays,
    workingDaysNote: null,
    hasResultData,
    feedbackKept,
    sheets,
    tppColumn: input.employees.columns.tpp_dasar,
  };
  // The employee's activity totals, refilled like `inputs` (scoreEmployee copies the minutes it shows).
  const activity: ActivityTotals = { minutes: 0, withoutOutputMinutes: 0 };
  // The employee's behaviour record, refilled the same way (scoreEmployee copies what it shows).
  const behaviourRecord = blankBehaviour();
  let unitKey: string | undefined;
  let unit: UnitGathered | undefined;
  let orgPredikat: PredikatOrganisasi | null = null;
  for (let i = 0; i < list.length; i++) {
    const record = list[i] as EmployeeRecord;
    // A unit's staff follow one another in the roster: its lookups are made once per run of them.
    if (record.unitKey !== unitKey) {
      unitKey = record.unitKey;
      unit = unitOrder.get(unitKey);
      orgPredikat = unitRows.get(unitKey)?.predikat ?? pkVerdicts.get(unitKey)?.proposed ?? null;
    }
    inputs.record = record;
    inputs.behaviour = behaviour.of(record.index, behaviourRecord);
    inputs.results = results === null ? undefined : results[record.index];
    // Refilled for each employee (AttendanceColumns.eventsOf): scoreEmployee keeps none of them.
    inputs.events = attendance.eventsOf(record.index);
    inputs.activity = activities.of(record.index, activity);
    inputs.orgPredikat = orgPredikat;
    // The working days the attendance sheet states for the employee (JHK), else the period's.
    const stated = attendance.workingDaysOf(record.index);
    inputs.workingDays = stated ?? workingDays;
    inputs.workingDaysNote = stated === undefined ? periodDays.note : null;
    const result = scoreEmployee(inputs, policy, issues, cache);
    // The employee shows the unit as the units list names it (with its OPD where two OPDs share the name).
    if (unit && result.unit !== '' && namesWithOpd(unit.name, result.unit)) result.unit = unit.name;
    if (unit) unit.members[unit.filled++] = result;
    if (record.isHead) unit?.heads.push(record.nip);
    employees[i] = result;
  }
  // The period too: a hukuman served on any day of it withholds the award (applyHukuman).
  const registerDate = register
    ? dutyDate(input.periodEnd, register, issues, input.runDate, input.period)
    : null;
  if (register && registerDate) applyHukuman(employees, register, registerDate, policy.pembinaan);

  const units: UnitResult[] = [];
  for (const [key, u] of unitOrder) {
    const row = unitRows.get(key);
    const pk = pkVerdicts.get(key);
    const decided = unitPredikat(row?.predikat ?? null, pk?.proposed ?? null);
    const predikat = decided.predikat;
    if (decided.differs && row && pk?.proposed && pk.capaian !== null)
      issues.push({
        code: 'PK_PREDIKAT_DIFFERS',
        params: {
          unit: u.name,
          typed: predikatOrganisasiLabel(predikat),
          proposed: predikatOrganisasiLabel(pk.proposed),
          capaian: Math.round(pk.capaian * 1000) / 10,
        },
        at: {
          sheet: input.units?.sheet ?? '',
          row: row.row,
          ...(input.units?.columns.predikat_organisasi
            ? { column: input.units.columns.predikat_organisasi }
            : {}),
        },
        severity: 'warning',
      });
    if (u.heads.length > 1)
      issues.push({
        code: 'PIPE_MULTIPLE_HEADS',
        params: { unit: u.name, count: u.heads.length },
        at: { sheet: employeeSheet },
        severity: 'warning',
      });
    if (row && !predikat && u.members.length > 0)
      issues.push({
        code: 'PIPE_UNIT_NO_PREDIKAT',
        params: { unit: u.name },
        at: { sheet: input.units?.sheet ?? '', row: row.row },
        severity: 'warning',
      });
    const tally = predikatTally(u.members);
    // The assessed predikat are listed only for a unit whose distribution is checked.
    const distribution =
      predikat && u.members.length > 0
        ? checkUnitDistribution(predikat, predikatOf(u.members, tally.withoutPredikat), policy.distribution)
        : null;
    // Why the check could not run (no assessed employee, an unknown predikat) is said at the unit's row,
    // or at its PK row when the predikat came from there, so Hasil Unit's cell is never a bare verdict.
    if (distribution && distribution.warnings.length > 0) {
      const unitAt = row
        ? { sheet: input.units?.sheet ?? '', row: row.row }
        : (pkRows.get(key)?.at ?? { sheet: employeeSheet });
      for (const w of distribution.warnings) issues.push({ ...w, at: unitAt });
    }
    const evaluation = sakip.get(key);
    units.push({
      unit: u.name,
      opd: opdOfUnit.get(key) ?? '',
      predikat,
      employees: u.members.length,
      headNip: u.heads[0] ?? null,
      averageCapaian: meanCapaian(u.members),
      ...tally,
      capaianPk: pk?.capaian ?? null,
      pkIndicators: pk?.counted ?? 0,
      predikatUsulanPk: pk?.proposed ?? null,
      predikatSumber: decided.source,
      distribution: distribution && {
        ok: distribution.ok,
        ...(predikat && decided.source
          ? { predikatOrganisasi: predikat, predikatSumber: decided.source }
          : {}),
        total: distribution.total,
        counts: distribution.counts,
        rules: distribution.rules.map((r) => ({
          ruleId: r.ruleId,
          kind: r.kind,
          predikat: r.predikat,
          limit: r.limit,
          actual: r.actual,
          offBy: r.offBy,
          satisfied: r.satisfied,
          ...(r.issue ? { issue: r.issue } : {}),
        })),
      },
      sakip: evaluation ? sakipResultOf(evaluation, row?.previousSakip ?? null) : null,
      rank: null,
      recommendation: { kind: 'tidak_ada', reasons: [] },
    });
  }

  // Only units with staff are ranked: a unit-sheet row with nobody in it (reported as UNIT_NO_EMPLOYEES)
  // is neither the best unit nor one to take in hand, and must not stop the others being ranked.
  const staffed = units.filter((u) => u.employees > 0);
  const ranked = recommendForUnits(
    staffed.map((u) => ({
      unit: u.unit,
      predikat: u.predikat,
      sakipScore: u.sakip?.score ?? null,
      previousSakipScore: u.sakip?.previous ?? null,
      averageCapaian: u.averageCapaian,
    })),
    policy.reward,
  );
  ranked.units.forEach((r, i) => {
    const u = staffed[i];
    if (!u) return;
    u.rank = r.rank;
    u.recommendation = { kind: r.kind, reasons: r.reasons };
  });
  issues.push(...ranked.issues);

  const supervisors = supervisorsOf(
    employees,
    roster,
    policy,
    input,
    issues,
    register && { register, date: registerDate, feedbackKept },
  );
  const sakipRanking = sakipRankingOf(units, policy);
  let errors = 0;
  for (let i = 0; i < issues.length; i++) if ((issues[i] as Issue).severity !== 'warning') errors++;
  let employeesScored = 0;
  for (let i = 0; i < employees.length; i++)
    if ((employees[i] as EmployeeResult).capaian !== null) employeesScored++;
  return {
    lang,
    workingDays,
    rankingBasis: ranked.basis,
    employees,
    units,
    supervisors,
    sakipRanking,
    issues,
    counts: {
      employeeRows: input.employees.rows.length,
      employeesScored,
      indicatorRows: input.indicators.rows.length,
      indicatorsScored: indicators.scored,
      errors,
      warnings: issues.length - errors,
    },
  };
}

/**
 * Scores an OPD from raw sheet strings: every cell parsed (with column hints), every problem reported with
 * its sheet, row and column, only the affected row skipped. Never throws: an unexpected failure comes back
 * as an INTERNAL_ERROR issue with an empty result. Linear in the number of rows (rows are grouped by NIP
 * with Maps once).
 */
export function scoreOrganisation(
  input: WorkbookInput,
  policy: Policy,
  options: ScoreOptions = {},
): OrganisationResult {
  const lang = options.lang ?? 'id';
  try {
    const result = scoreOrganisationUnsafe(input, policy, lang);
    // The run's object shapes outlive it, and the code compiled for them (core/shapes.ts).
    keepRunShapes(policy);
    return result;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return emptyResult(
      lang,
      [{ code: 'INTERNAL_ERROR', params: { detail }, severity: 'error' }],
      policy.busy?.defaultWorkingDays ?? 21,
    );
  }
}
