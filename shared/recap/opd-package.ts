import { fail, type Issue, ok, type Result } from '../core/issue';
import { comparePeriods } from '../history/period-keys';
import type { HistoryRow } from '../history/rows';
import type { Trend } from '../history/trends';
import type { Lang } from '../messages/catalog';
import { formatIssue } from '../messages/format';
import { packagedDuty, packagedReasons } from '../pipeline/package';
import type { EmployeeResult, OrganisationResult, UnitResult } from '../pipeline/schema';
import { CUSTOM_PRESET, presetInForce } from '../policy/presets';
import type { Policy } from '../policy/schema';
import { PREDIKAT_PEGAWAI, type PredikatPegawai } from '../policy/sections/rating';
import type { RecommendationKind } from '../recommend/flags';
import { opdKey, opdKind } from './kind';
import {
  OPD_PACKAGE_FORMAT,
  OPD_PACKAGE_VERSION,
  type OpdEmployee,
  type OpdPackage,
  OpdPackageSchema,
  type OpdRb,
  type OpdSupervisor,
  type OpdUnit,
} from './schema';

/** What the OPD workbook knows beside its result: the period, its history and its own evaluations. */
export interface OpdPackageInput {
  result: OrganisationResult;
  policy: Policy;
  period: { key: string; label: string };
  /** ISO 8601 time of the export, passed in because the core reads no clock. */
  generatedAt: string;
  lang?: Lang;
  /** The OPD of units the workbook places in none (one workbook per OPD): the admin names it. */
  opdName?: string;
  /** Each employee's trend at the period (shared/history trendsAt), by NIP. */
  trends?: ReadonlyMap<string, Trend>;
  /** NIPs of the most improved employees over the OPD's history. */
  improved?: ReadonlySet<string>;
  /** The Riwayat rows, the period's included: the OPD's mean capaian per period. */
  history?: readonly HistoryRow[];
  /** The OPD's own SAKIP evaluation (its LKE/KKE), when the workbook holds one. */
  sakip?: OpdPackage['sakip'];
  rb?: OpdRb | null;
}

/** Proposals the Sekda's meeting decides on: reward and punishment. Apresiasi stays with the supervisor. */
const CANDIDATE_KINDS: ReadonlySet<RecommendationKind> = new Set([
  'penghargaan',
  'pembinaan',
  'teguran',
  'sanksi',
]);

const mean = (values: readonly (number | null)[]): number | null => {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  return known.length === 0 ? null : known.reduce((s, v) => s + v, 0) / known.length;
};

const emptyCounts = (): Record<PredikatPegawai, number> =>
  Object.fromEntries(PREDIKAT_PEGAWAI.map((p) => [p, 0])) as Record<PredikatPegawai, number>;

/** The unit's name inside its OPD: "Dinas Sosial / Sekretariat" is the Sekretariat of the Dinas Sosial package. */
function nameInOpd(unit: string, opd: string): string {
  const prefix = `${opd} / `;
  return unit.toLowerCase().startsWith(prefix.toLowerCase()) ? unit.slice(prefix.length) : unit;
}

function packagedUnit(u: UnitResult, opd: string, lang: Lang): OpdUnit {
  return {
    name: nameInOpd(u.unit, opd),
    predikat: u.predikat,
    employees: u.employees,
    averageCapaian: u.averageCapaian,
    predikatCounts: { ...u.predikatCounts },
    withoutPredikat: u.withoutPredikat,
    // A unit with no employee predikat passes SE 3/2023 vacuously: that is "not checked", never "meets".
    distributionOk: u.distribution && u.distribution.total > 0 ? u.distribution.ok : null,
    // Rules that fail for one reason (minimums no spread can meet) share their issue: said once.
    offRules: [
      ...new Set(
        (u.distribution?.rules ?? [])
          .filter((r) => !r.satisfied && r.issue)
          .map((r) => formatIssue(r.issue as Issue, lang)),
      ),
    ],
    sakip: u.sakip ? { score: u.sakip.score, grade: u.sakip.grade } : null,
  };
}

function packagedEmployee(e: EmployeeResult, input: OpdPackageInput, lang: Lang): OpdEmployee {
  const trend = input.trends?.get(e.nip);
  const reasons = packagedReasons(e, input.policy, lang, 'RECAP_PACKAGE_REASONS_WITHHELD');
  if (trend?.stagnant && trend.reason) reasons.push(formatIssue(trend.reason, lang));
  return {
    nip: e.nip,
    nama: e.nama,
    unit: e.unit,
    jabatan: e.jabatan,
    capaian: e.capaian,
    kategori: e.kategori?.label ?? null,
    ratingHasil: e.ratingHasil,
    ratingPerilaku: e.ratingPerilaku,
    predikat: e.predikat,
    flags: [...e.flags],
    recommendation: e.recommendation.kind,
    reasons,
    change: trend?.change ?? null,
    stagnant: trend?.stagnant ?? false,
    mostImproved: input.improved?.has(e.nip) ?? false,
    underHukuman: e.hukumanDisiplin !== undefined,
  };
}

const isCandidate = (e: OpdEmployee): boolean =>
  CANDIDATE_KINDS.has(e.recommendation) || e.stagnant || e.mostImproved;

/** The OPD's mean capaian per period of history, over the employees of its units. */
function opdTrend(
  history: readonly HistoryRow[],
  units: ReadonlySet<string>,
  single: boolean,
  current: string,
): OpdPackage['trend'] {
  const byPeriod = new Map<string, { label: string; values: (number | null)[] }>();
  for (const row of history) {
    if (!single && !units.has(row.unit)) continue;
    const entry = byPeriod.get(row.period) ?? { label: row.label, values: [] };
    entry.values.push(row.capaian);
    byPeriod.set(row.period, entry);
  }
  // In time order (2025-Q1 before 2025-06, which text order gets wrong) and never past the period
  // exported: the recap reads the last entry before it as "the previous period" (schema checks both).
  return [...byPeriod.entries()]
    .filter(([key]) => comparePeriods(key, current) <= 0)
    .sort(([a], [b]) => comparePeriods(a, b))
    .map(([key, e]) => ({ key, label: e.label, averageCapaian: mean(e.values), employees: e.values.length }));
}

/**
 * The OPD packages of one scored workbook for one period: one per OPD its units belong to (an OPD column,
 * SIASN levels or a title name them; a workbook that names none is one OPD, named by the admin). Each is
 * validated against the schema before it is handed out, so the recap never receives what it would refuse.
 * Fails, naming what is missing, when units have no OPD and none is given. Warns when the policy names a
 * preset it does not follow (the packages then say "kustom").
 */
export function buildOpdPackages(input: OpdPackageInput): Result<OpdPackage[]> {
  const lang = input.lang ?? 'id';
  const { result, policy } = input;
  const fallback = (input.opdName ?? '').replace(/\s+/g, ' ').trim();
  const groups = new Map<string, { name: string; units: UnitResult[] }>();
  for (const u of result.units) {
    const name = u.opd !== '' ? u.opd : fallback;
    if (name === '')
      return u.unit === ''
        ? fail('RECAP_OPD_NAME_NEEDED_NO_UNIT')
        : fail('RECAP_OPD_NAME_NEEDED', { unit: u.unit });
    const key = opdKey(name);
    const group = groups.get(key) ?? { name, units: [] };
    group.units.push(u);
    groups.set(key, group);
  }
  const single = groups.size === 1;
  const opdOfUnit = new Map<string, string>();
  for (const [key, g] of groups) for (const u of g.units) opdOfUnit.set(u.unit, key);
  const opdOfEmployee = (e: EmployeeResult): string =>
    e.opd !== '' ? opdKey(e.opd) : (opdOfUnit.get(e.unit) ?? opdKey(fallback));
  // The preset the packages carry is one the policy follows (the rule the policy save applies), never
  // merely the one it names: the recap across OPDs must not read a custom policy as a preset's.
  const preset = presetInForce(policy);
  const warnings: Issue[] =
    preset === policy.preset
      ? []
      : [
          {
            code: 'RECAP_PACKAGE_PRESET_CUSTOM',
            params: { name: policy.name, preset: policy.preset, custom: CUSTOM_PRESET },
            severity: 'warning',
          },
        ];
  const packages: OpdPackage[] = [];
  for (const [key, group] of groups) {
    const unitNames = new Set(group.units.map((u) => u.unit));
    const members = result.employees.filter((e) => single || opdOfEmployee(e) === key);
    const everyone = members.map((e) => packagedEmployee(e, input, lang));
    const counts = emptyCounts();
    let withoutPredikat = 0;
    for (const e of members) {
      if (e.predikat) counts[e.predikat]++;
      else withoutPredikat++;
    }
    const nips = new Set(members.map((e) => e.nip));
    const employees = policy.recap.packageEmployees === 'semua' ? everyone : everyone.filter(isCandidate);
    // The duties name only the employees the package names (policy.recap.packageEmployees).
    const named = new Set(employees.map((e) => e.nip));
    const supervisors: OpdSupervisor[] = result.supervisors
      .filter((s) => (s.duties ?? []).length > 0 && (single || unitNames.has(s.unit) || nips.has(s.nip)))
      .map((s) => ({
        nip: s.nip,
        nama: s.nama,
        unit: s.unit,
        subordinates: s.subordinates,
        duties: (s.duties ?? []).map((d) => packagedDuty(d, policy, lang, named.has(d.nip))),
      }));
    const own = group.units.find((u) => opdKey(u.unit) === key && u.sakip);
    const sakip =
      input.sakip ??
      (own?.sakip
        ? {
            score: own.sakip.score,
            grade: own.sakip.grade,
            gradeLabel: own.sakip.gradeLabel,
            previous: own.sakip.previous,
            source: 'unit' as const,
          }
        : null);
    const pkg = {
      format: OPD_PACKAGE_FORMAT,
      version: OPD_PACKAGE_VERSION,
      generatedAt: input.generatedAt,
      lang,
      opd: { name: group.name, kind: opdKind(group.name) },
      period: input.period,
      policy: {
        name: policy.name,
        preset,
        ...(policy.capaian.clampNegativeAtZero ? {} : { clampNegativeAtZero: false }),
      },
      employeesScope: policy.recap.packageEmployees,
      totals: {
        employees: members.length,
        scored: members.filter((e) => e.capaian !== null).length,
        averageCapaian: mean(members.map((e) => e.capaian)),
        predikatCounts: counts,
        withoutPredikat,
        errors: result.counts.errors,
        warnings: result.counts.warnings,
      },
      units: group.units.map((u) => packagedUnit(u, group.name, lang)),
      employees,
      supervisors,
      sakip,
      trend: opdTrend(input.history ?? [], unitNames, single, input.period.key),
      rb: input.rb ?? null,
    };
    const checked = OpdPackageSchema.safeParse(pkg);
    if (!checked.success)
      return fail('RECAP_PACKAGE_BUILD_FAILED', {
        opd: group.name,
        detail: checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
      });
    packages.push(checked.data);
  }
  return ok(packages, warnings);
}
