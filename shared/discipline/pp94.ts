/**
 * Discipline by the calendar year (PP 94/2021 Pasal 9-11, DOMAIN.md "Discipline under PP 94/2021"): days
 * absent without a valid reason (TK) are counted over the year, across periods and workbooks, and the
 * ladder in the policy (discipline.tkLadder) names the hukuman disiplin the count calls for; 10 working
 * days in a row call for the heaviest rung. What comes out is a proposal, with the days, the periods and
 * the dates behind it, for the official authorised to impose penalties: never a decision.
 */
import type { Issue } from '../core/issue';
import type { HistoryRow } from '../history';
import type { Lang, MessageCode } from '../messages/catalog';
import { t } from '../messages/format';
import { isoDayNumber } from '../parse/calendar';
import type { EmployeeResult, OrganisationResult } from '../pipeline/schema';
import type { Policy } from '../policy/schema';
import type { HukdisForm, HukdisLevel, TkLadder, TkRung } from '../policy/sections/discipline';
import { recommendForEmployee } from '../recommend/employee';
import { dayNumbersOf, isWorkingDay } from '../score/working-days';
import { underHukumanReason } from './hukuman-reasons';

/** The hukuman disiplin the facts call for: the rung of the ladder, and why. */
export interface TkProposal {
  level: HukdisLevel;
  form: HukdisForm;
  months: number | null;
  tukinCut: number | null;
  /** What the employee's follow-up becomes (RecommendationKind). */
  recommendation: TkRung['recommendation'];
  /** TK days in the year and the longest run of working days in a row the proposal was made from. */
  days: number;
  consecutiveWorkingDays: number;
  /** Most decisive first: the run of working days in a row when it decides, then the year's count. */
  reasons: Issue[];
}

/** One period's share of the year's TK days, as the reasons list it. */
export interface TkPeriodPart {
  period: string;
  label: string;
  days: number;
  /** ISO yyyy-mm-dd, sorted; empty when the sheet gives no dates. */
  dates: readonly string[];
}

/** The longest run of TK on working days in a row, with its first and last day (ISO). */
export interface WorkingDayRun {
  days: number;
  from: string;
  to: string;
}

/** What the reasons can name beyond the two numbers (all optional: the ladder decides on the numbers). */
export interface TkYearDetail {
  year?: string;
  periods?: readonly TkPeriodPart[];
  run?: WorkingDayRun | null;
  /** Periods left out because they overlap one already counted (a quarter beside its months). */
  overlaps?: readonly { label: string; days: number; counted: string }[];
}

const LEVEL_LABEL: Record<HukdisLevel, MessageCode> = {
  ringan: 'HUKDIS_LEVEL_RINGAN',
  sedang: 'HUKDIS_LEVEL_SEDANG',
  berat: 'HUKDIS_LEVEL_BERAT',
};

const FORM_LABEL: Record<HukdisForm, MessageCode> = {
  teguran_lisan: 'HUKDIS_FORM_TEGURAN_LISAN',
  teguran_tertulis: 'HUKDIS_FORM_TEGURAN_TERTULIS',
  pernyataan_tidak_puas: 'HUKDIS_FORM_PERNYATAAN_TIDAK_PUAS',
  pemotongan_tukin: 'HUKDIS_FORM_PEMOTONGAN_TUKIN',
  penurunan_jabatan: 'HUKDIS_FORM_PENURUNAN_JABATAN',
  pembebasan_jabatan: 'HUKDIS_FORM_PEMBEBASAN_JABATAN',
  pemberhentian: 'HUKDIS_FORM_PEMBERHENTIAN',
};

/** The form as the regulation words it, with its duration and cut ("pemotongan ... 25% selama 6 bulan"). */
export function hukdisFormText(r: Pick<TkRung, 'form' | 'months' | 'tukinCut'>, lang: Lang = 'id'): string {
  const form = FORM_LABEL[r.form];
  if (form === undefined) return '-';
  const cut = typeof r.tukinCut === 'number' && Number.isFinite(r.tukinCut) ? r.tukinCut : null;
  const months = typeof r.months === 'number' && Number.isFinite(r.months) ? r.months : null;
  return t(form, { months: months ?? '-', cut: cut === null ? '-' : Math.round(cut * 1000) / 10 }, lang);
}

/** "14/01/2025": dates in reasons as Indonesian sheets write them. */
const shownDate = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** A whole count of 0 or more from anything (a NaN, a negative or a fraction never climbs the ladder). */
const wholeDays = (n: number): number =>
  typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
const isIsoDay = (d: string): boolean => isoDayNumber(d) !== null;
const yearOf = (detail: TkYearDetail): string =>
  isText(detail.year) && detail.year !== '' ? detail.year : '-';

/** Only what a caller can rely on: arrays of well-formed entries (a damaged detail never breaks a reason). */
const listOf = <T>(value: unknown, ok: (item: unknown) => item is T): T[] =>
  Array.isArray(value) ? value.filter(ok) : [];
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isText = (v: unknown): v is string => typeof v === 'string';
const isPart = (v: unknown): v is TkPeriodPart =>
  isRecord(v) && isText(v.label) && typeof v.days === 'number' && Array.isArray(v.dates);
const isRun = (v: unknown): v is WorkingDayRun => isRecord(v) && isText(v.from) && isText(v.to);
const isOverlap = (v: unknown): v is { label: string; days: number; counted: string } =>
  isRecord(v) && isText(v.label) && typeof v.days === 'number' && isText(v.counted);

function periodsText(detail: TkYearDetail, days: number): string {
  const parts = listOf(detail.periods, isPart)
    .map((p) => ({ ...p, days: wholeDays(p.days), dates: listOf(p.dates, isText).filter(isIsoDay) }))
    .filter((p) => p.days > 0)
    .map((p) =>
      p.dates.length > 0
        ? t('DISC_TK_PERIOD_PART_DATED', {
            period: p.label,
            days: p.days,
            dates: p.dates.map(shownDate).join(', '),
          })
        : t('DISC_TK_PERIOD_PART', { period: p.label, days: p.days }),
    );
  return parts.length > 0 ? parts.join('; ') : t('DISC_TK_PERIOD_PART', { period: yearOf(detail), days });
}

/**
 * The hukuman disiplin PP 94/2021 calls for (policy discipline.tkLadder): the rung the year's TK days
 * reach, or the heaviest rung when TK ran for the policy's working days in a row (10), whichever is
 * heavier; null below the first rung. `detail` only feeds the reasons (periods, dates, the run).
 */
export function disciplineLadder(
  tkDaysInYear: number,
  consecutiveWorkingDays: number,
  policy: { discipline: { tkLadder: TkLadder } },
  given: TkYearDetail = {},
): TkProposal | null {
  const detail: TkYearDetail = isRecord(given) ? given : {};
  const ladder = policy.discipline.tkLadder;
  const days = wholeDays(tkDaysInYear);
  const inARow = wholeDays(consecutiveWorkingDays);
  let byCount = -1;
  ladder.rungs.forEach((r, i) => {
    if (days >= r.minDays) byCount = i;
  });
  const byRun = inARow >= ladder.consecutiveWorkingDays ? ladder.rungs.length - 1 : -1;
  const index = Math.max(byCount, byRun);
  const chosen = ladder.rungs[index];
  if (!chosen) return null;
  const reasons: Issue[] = [];
  const run = isRun(detail.run) ? detail.run : null;
  if (byRun >= byCount && byRun >= 0)
    reasons.push({
      code: 'DISC_TK_IN_A_ROW',
      params: {
        days: inARow,
        from: run ? shownDate(run.from) : '-',
        to: run ? shownDate(run.to) : '-',
        threshold: ladder.consecutiveWorkingDays,
        source: ladder.source,
        form: hukdisFormText(chosen),
      },
      severity: 'warning',
    });
  const counted = ladder.rungs[byCount];
  if (counted)
    reasons.push({
      code: 'DISC_TK_YEAR_LADDER',
      params: {
        days,
        year: yearOf(detail),
        periods: periodsText(detail, days),
        source: ladder.source,
        level: t(LEVEL_LABEL[counted.level]),
        form: hukdisFormText(counted),
      },
      severity: 'warning',
    });
  for (const o of listOf(detail.overlaps, isOverlap))
    reasons.push({
      code: 'DISC_TK_PERIOD_OVERLAP',
      params: { period: o.label, days: o.days, counted: o.counted },
      severity: 'warning',
    });
  return {
    level: chosen.level,
    form: chosen.form,
    months: chosen.months,
    tukinCut: chosen.tukinCut,
    recommendation: chosen.recommendation,
    days,
    consecutiveWorkingDays: inARow,
    reasons,
  };
}

/** Perpres 21/2023: ASN work Monday to Friday (0 = Sunday .. 6 = Saturday), as the calendar's default. */
const MONDAY_TO_FRIDAY: readonly number[] = [1, 2, 3, 4, 5];

/**
 * The longest run of TK days on consecutive working days: between two TK days of a run lies no working
 * day (days outside the work week and the days off given do not break it; a working day without TK
 * does). A working day is what score/working-days.ts isWorkingDay says, the rule the period's working days
 * use. A TK written on a day off counts in the year's total, not in a run. Dates that are not ISO days
 * are left out. Null without any TK on a working day.
 */
export function workingDayRun(
  dates: readonly string[],
  holidays: readonly string[] = [],
  workWeek: readonly number[] = MONDAY_TO_FRIDAY,
): WorkingDayRun | null {
  const off = dayNumbersOf(listOf(holidays, isText));
  const week = new Set(listOf(workWeek, (d): d is number => Number.isInteger(d)));
  const working = (day: number): boolean => isWorkingDay(day, week, off);
  const byDay = new Map<number, string>();
  for (const d of listOf(dates, isText)) {
    const n = isoDayNumber(d);
    if (n !== null && working(n)) byDay.set(n, d);
  }
  const days = [...byDay.keys()].sort((a, b) => a - b);
  let best: WorkingDayRun | null = null;
  let start = 0;
  for (let i = 0; i < days.length; i++) {
    const day = days[i] as number;
    if (i > 0) {
      const previous = days[i - 1] as number;
      let gapHasWorkingDay = false;
      for (let d = previous + 1; d < day && !gapHasWorkingDay; d++) gapHasWorkingDay = working(d);
      if (gapHasWorkingDay) start = i;
    }
    const length = i - start + 1;
    if (!best || length > best.days)
      best = { days: length, from: byDay.get(days[start] as number) ?? '', to: byDay.get(day) ?? '' };
  }
  return best;
}

/** First and last month (1-12) a period key covers: "2025-03", "2025-Q1", "2025-S2", "2025". */
function monthsOf(key: string): [number, number] | null {
  const m = /^\d{4}(?:-(?:(0[1-9]|1[0-2])|Q([1-4])|S([12])))?$/.exec(key);
  if (!m) return null;
  if (m[1]) return [Number(m[1]), Number(m[1])];
  if (m[2]) return [Number(m[2]) * 3 - 2, Number(m[2]) * 3];
  if (m[3]) return [Number(m[3]) * 6 - 5, Number(m[3]) * 6];
  return [1, 12];
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * An employee's TK dates in the period `key` as ISO days: the dates event rows give, and a daily matrix's
 * days placed in the period's month (only a month period says which month they belong to). Sorted, once each.
 */
export function tkDatesIn(discipline: EmployeeResult['discipline'], key: string): string[] {
  const dates = new Set<string>();
  for (const d of listOf(discipline.tkDates, isText)) if (isIsoDay(d)) dates.add(d);
  const months = monthsOf(key);
  if (months && months[0] === months[1])
    for (const day of listOf(discipline.tkDaysOfMonth, Number.isInteger as (v: unknown) => v is number)) {
      const iso = `${key.slice(0, 4)}-${pad2(months[0])}-${pad2(day)}`;
      if (isoDayNumber(iso) !== null) dates.add(iso);
    }
  return [...dates].sort();
}

/** The year's TK facts for one employee: each period's days once, what was left out, all the dates. */
interface YearTk {
  days: number;
  parts: TkPeriodPart[];
  overlaps: { label: string; days: number; counted: string }[];
  dates: string[];
}

/**
 * TK over the calendar year of `current`: the current period's days plus every other period of that year
 * in history that does not start after the current period ends. Each period counts once (its first row);
 * a period overlapping one already counted (a quarter beside its months) is left out and named: months
 * are counted before quarters, quarters before semesters, semesters before the year.
 */
function yearTk(current: TkPeriodPart, rows: readonly HistoryRow[]): YearTk {
  const span = monthsOf(current.period) ?? [1, 12];
  const year = current.period.slice(0, 4);
  const byPeriod = new Map<string, HistoryRow>();
  for (const r of rows) {
    const months = monthsOf(r.period);
    if (!months || r.period.slice(0, 4) !== year || r.period === current.period || months[0] > span[1])
      continue;
    if (!byPeriod.has(r.period)) byPeriod.set(r.period, r);
  }
  const width = (key: string): number => {
    const m = monthsOf(key) ?? [1, 12];
    return m[1] - m[0];
  };
  const candidates = [...byPeriod.values()].sort(
    (a, b) => width(a.period) - width(b.period) || (a.period < b.period ? -1 : 1),
  );
  const counted: { span: [number, number]; label: string }[] = [{ span, label: current.label }];
  const parts: TkPeriodPart[] = [current];
  const overlaps: YearTk['overlaps'] = [];
  for (const r of candidates) {
    const m = monthsOf(r.period) as [number, number];
    const clash = counted.find((c) => m[0] <= c.span[1] && c.span[0] <= m[1]);
    const days = wholeDays(r.tkDays);
    if (clash) {
      if (days > 0) overlaps.push({ label: r.label, days, counted: clash.label });
      continue;
    }
    counted.push({ span: m, label: r.label });
    parts.push({ period: r.period, label: r.label, days, dates: listOf(r.tkDates, isText).filter(isIsoDay) });
  }
  parts.sort((a, b) => (monthsOf(a.period)?.[0] ?? 0) - (monthsOf(b.period)?.[0] ?? 0));
  const dates = [...new Set(parts.flatMap((p) => p.dates))].sort();
  return { days: parts.reduce((sum, p) => sum + p.days, 0), parts, overlaps, dates };
}

/** A history row as the year's count needs it: its period, NIP and (if it reads) label. */
const isHistoryRow = (v: unknown): v is HistoryRow =>
  isRecord(v) && isText(v.period) && monthsOf(v.period) !== null && isText(v.nip) && isText(v.label);

/** The period a result belongs to: its key ("2025-03") and how people read it ("Maret 2025"). */
export interface PeriodRef {
  key: string;
  label: string;
}

/**
 * The result with each employee's discipline by the calendar year: the current period's TK dates placed
 * in the calendar (discipline.tkDates), and where the year's TK days (history of the same year plus this
 * period, `history` rows of `period` itself being replaced by the result) call for a hukuman disiplin,
 * the recommendation made again with that proposal instead of the one-period TK thresholds. Below the
 * first rung the recommendation stays as the period gave it. The result passed in is not changed.
 */
export function withYearDiscipline(
  result: OrganisationResult,
  history: readonly HistoryRow[],
  period: PeriodRef,
  policy: Policy,
): OrganisationResult {
  const year = period.key.slice(0, 4);
  const span = monthsOf(period.key);
  const isMonth = span !== null && span[0] === span[1];
  const byNip = new Map<string, HistoryRow[]>();
  for (const r of listOf(history, isHistoryRow)) {
    if (r.period.slice(0, 4) !== year || r.period === period.key) continue;
    const rows = byNip.get(r.nip);
    if (rows) rows.push(r);
    else byNip.set(r.nip, [r]);
  }
  const employees = result.employees.map((e) => {
    const rows = byNip.get(e.nip) ?? [];
    if (wholeDays(e.discipline.tkDays) === 0 && rows.every((r) => wholeDays(r.tkDays) === 0)) return e;
    const dates = tkDatesIn(e.discipline, period.key);
    // A month period places the matrix's days in the calendar: they are then carried as dates only.
    const { tkDaysOfMonth: _placedDays, ...placed } = e.discipline;
    const discipline: EmployeeResult['discipline'] = {
      ...(isMonth ? placed : e.discipline),
      ...(dates.length > 0 ? { tkDates: dates } : {}),
    };
    const current: TkPeriodPart = {
      period: period.key,
      label: period.label,
      days: wholeDays(e.discipline.tkDays),
      dates,
    };
    const facts = yearTk(current, rows);
    // Working days as the region's calendar has them (its work week, national holidays, cuti bersama and
    // regional days off), and the ladder's own holidays where a policy lists some there.
    const calendar = policy.periods.calendar;
    const run = workingDayRun(
      facts.dates,
      [...calendar.daysOff.map((d) => d.date), ...policy.discipline.tkLadder.holidays],
      calendar.workWeek,
    );
    const proposal = disciplineLadder(facts.days, run?.days ?? 0, policy, {
      year,
      periods: facts.parts,
      run,
      overlaps: facts.overlaps,
    });
    if (!proposal) return { ...e, discipline };
    const recommendation = recommendForEmployee(
      {
        predikat: e.predikat,
        capaian: e.capaian,
        deductionFraction: e.discipline.fraction,
        tkDays: facts.days,
        flags: e.flags,
        yearTk: proposal,
      },
      policy.reward,
    );
    // A hukuman the register or a list records (pipeline/pembinaan.ts applyHukuman) is said beside the
    // ladder's teguran or sanksi too: rebuilding the recommendation must not drop it.
    const under = underHukumanReason(e.recommendation.reasons);
    const kept =
      under !== null && (recommendation.kind === 'teguran' || recommendation.kind === 'sanksi')
        ? { ...recommendation, reasons: [...recommendation.reasons, under] }
        : recommendation;
    return { ...e, discipline, recommendation: kept };
  });
  return { ...result, employees };
}
