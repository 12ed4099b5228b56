import type { Issue, Location } from '../core/issue';
import type { Policy } from '../policy/schema';
import type { Rating } from '../policy/sections/rating';
import { perilakuFromBerakhlak } from '../score/rating';
import { placed } from './cells';
import type { EmployeeRecord } from './people';
import type { ResultsRecord } from './results';
import type { EmployeeResult } from './schema';

/*
 * Which level scores an employee: the indicators when the office keeps them, else the results it keeps
 * per employee (docs/sheets.md#computed-results). One verdict engine either way; the result says which.
 */

/** The employee an issue is about (their row is in the employees sheet). */
type Who = Pick<EmployeeRecord, 'nama' | 'nip' | 'row'>;

/** The sheets a level issue names. */
interface LevelSheets {
  employees: string;
  indicators: string;
  results?: string;
}

/** Where the employee's row is; built only for an issue, as most employees have none. */
const rowOf = (who: Who, sheets: LevelSheets): Location => ({ sheet: sheets.employees, row: who.row });

/** The capaian that scores an employee and the level it comes from. */
export interface LevelCapaian {
  capaian: number | null;
  level: EmployeeResult['level'];
}

/** capaianByLevel's answer, in `into`. */
function levelCapaian(
  into: LevelCapaian,
  capaian: number | null,
  level: EmployeeResult['level'],
): LevelCapaian {
  into.capaian = capaian;
  into.level = level;
  return into;
}

/**
 * The capaian that scores the employee, and its level: the indicators' when computable, else the
 * results sheet's % capaian SKP. When both exist and differ by more than the policy's tolerance, both
 * figures are reported (never averaged) and the indicators' counts. Answered in `into` when given (a
 * record the caller refills for each employee and reads at once).
 */
export function capaianByLevel(
  who: Who,
  fromIndicators: number | null,
  results: ResultsRecord | undefined,
  sheets: LevelSheets,
  policy: Policy,
  issues: Issue[],
  into: LevelCapaian = { capaian: null, level: null },
): LevelCapaian {
  if (fromIndicators === null)
    return results ? levelCapaian(into, results.capaian, 'pegawai') : levelCapaian(into, null, null);
  const written = results?.capaian ?? null;
  const tolerance = policy.rating.levelTolerance;
  if (written !== null && Math.abs(written - fromIndicators) > tolerance + 1e-9)
    issues.push({
      code: 'RESULTS_CAPAIAN_DIFFERS',
      params: {
        nama: who.nama,
        nip: who.nip,
        written: Math.round(written * 10000) / 100,
        computed: Math.round(fromIndicators * 10000) / 100,
        indicators: sheets.indicators,
        tolerance: Math.round(tolerance * 10000) / 100,
      },
      at: results?.capaianAt ?? rowOf(who, sheets),
      severity: 'warning',
    });
  return levelCapaian(into, fromIndicators, 'indikator');
}

/**
 * The perilaku rating a results row gives: written directly, or from its seven BerAKHLAK values (words,
 * or scores judged by the policy's bands). null when the row says nothing about perilaku.
 */
export function perilakuOfResults(
  results: ResultsRecord | undefined,
  policy: Policy,
  sheet: string | undefined,
  issues: Issue[],
): Rating | null {
  if (!results) return null;
  if (results.ratingPerilaku) return results.ratingPerilaku;
  if (results.berakhlakIncomplete || Object.keys(results.berakhlak).length === 0) return null;
  const r = perilakuFromBerakhlak(results.berakhlak, policy.rating);
  if (r.ok) return r.value;
  issues.push(placed(r.issue, { ...(sheet ? { sheet } : {}), row: results.row }));
  return null;
}

/** Why an employee has no hasil rating, at the level they were looked for. */
export function noHasilIssue(who: Who, results: ResultsRecord | undefined, sheets: LevelSheets): Issue {
  const { nama, nip } = who;
  if (results && sheets.results)
    return {
      code: 'RESULTS_NO_CAPAIAN',
      params: { nama, nip, sheet: sheets.results },
      at: results.capaianAt,
      severity: 'warning',
    };
  if (sheets.results)
    return {
      code: 'RESULTS_NO_ROW',
      params: { nama, nip, indicators: sheets.indicators, sheet: sheets.results },
      at: rowOf(who, sheets),
      severity: 'warning',
    };
  return {
    code: 'PIPE_NO_INDICATORS',
    params: { nama, nip, sheet: sheets.indicators },
    at: rowOf(who, sheets),
    severity: 'warning',
  };
}
