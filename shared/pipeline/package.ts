import type { Issue } from '../core/issue';
import type { Lang } from '../messages/catalog';
import { formatIssue } from '../messages/format';
import type { Policy } from '../policy/schema';
import { recommendationLabel } from '../recommend/labels';
import { dutyBasisLine, dutyLine, type SupervisorDuty } from '../recommend/supervisor-register';
import {
  type EmployeeResult,
  type OrganisationResult,
  type PackagedEmployee,
  RESULTS_FORMAT,
  RESULTS_VERSION,
  type ResultsPackage,
  ResultsPackageSchema,
} from './schema';

export interface PackageOptions {
  /** Language the reasons are written in. */
  lang?: Lang;
  /** ISO 8601 time of the export, passed in because the core reads no clock. */
  generatedAt?: string;
  /** Only the package of this supervisor (18-digit NIP); every supervisor's when absent. */
  supervisorNip?: string;
}

/**
 * Reasons that rest on discipline data (PP 94/2021), withheld by default: those of the two corrective
 * kinds, an award withheld for a hukuman disiplin (its kind, date and number), and the year's TK rule
 * (DISC_TK_*: the TK days and dates, the rung and the hukuman it proposes), which becomes a teguran or
 * sanksi reason as it is.
 */
const SANCTION_REASON = /^(?:REC_(?:SANKSI|TEGURAN|AWARD_BLOCKED)_|DISC_TK_)/;

/**
 * A recommendation's reasons as readers other than the OPD admin and the employee get them (a package,
 * the award meeting's list): unless policy.reward.packageSanctionReasons, the discipline reasons
 * (SANCTION_REASON) are replaced by the one line `withheld` saying they were left out; as they are
 * otherwise.
 */
export function withholdSanctionReasons(
  reasons: readonly Issue[],
  policy: Policy,
  withheld: Issue,
): readonly Issue[] {
  if (policy.reward.packageSanctionReasons || !reasons.some((r) => SANCTION_REASON.test(r.code)))
    return reasons;
  return [withheld, ...reasons.filter((r) => !SANCTION_REASON.test(r.code))];
}

/**
 * An employee's reasons as the package carries them: the flags' reasons always; the recommendation's
 * reasons except, unless policy.reward.packageSanctionReasons, those of a teguran or sanksi, replaced by
 * one line saying they were left out (the kind itself stays).
 */
export function packagedReasons(
  e: EmployeeResult,
  policy: Policy,
  lang: Lang,
  withheld:
    | 'ADDON_PACKAGE_REASONS_WITHHELD'
    | 'RECAP_PACKAGE_REASONS_WITHHELD' = 'ADDON_PACKAGE_REASONS_WITHHELD',
): string[] {
  const reasons = withholdSanctionReasons(e.recommendation.reasons, policy, {
    // The line names the package it is read in (a supervisor's, or the OPD's for the Sekda).
    code: withheld,
    params: { kind: recommendationLabel(e.recommendation.kind, lang) },
  });
  return [...reasons, ...e.flagReasons].map((r) => formatIssue(r, lang));
}

/**
 * A supervisor's duty as a package carries it, with its line: a last record that is a hukuman disiplin
 * (its kind and date) is left out, unless policy.reward.packageSanctionReasons, as the employee's own
 * sanction reasons are; a subordinate the package does not name (`named` false) is left out whole.
 */
export function packagedDuty(
  d: SupervisorDuty,
  policy: Policy,
  lang: Lang,
  named = true,
): SupervisorDuty & { text: string } {
  // An OPD package naming only candidates (policy.recap.packageEmployees) keeps the duty's kind and
  // window, and nothing of the subordinate.
  if (!named)
    return {
      ...d,
      nip: '',
      nama: '',
      predikat: null,
      lastRecord: null,
      text: dutyLine(d, lang, { unnamed: true }),
    };
  const withholdHukuman = !policy.reward.packageSanctionReasons && d.lastRecord?.hukuman === true;
  return {
    ...d,
    ...(withholdHukuman ? { lastRecord: null } : {}),
    text: dutyLine(d, lang, { withholdHukuman }),
  };
}

function packagedEmployee(e: EmployeeResult, policy: Policy, lang: Lang): PackagedEmployee {
  return {
    nip: e.nip,
    nama: e.nama,
    unit: e.unit,
    capaian: e.capaian,
    kategori: e.kategori?.label ?? null,
    ratingHasil: e.ratingHasil,
    ratingPerilaku: e.ratingPerilaku,
    predikat: e.predikat,
    flags: [...e.flags],
    recommendation: e.recommendation.kind,
    reasons: packagedReasons(e, policy, lang),
  };
}

/**
 * The results packages the add-on exports for the extension: one per supervisor (an employee of the
 * employees sheet whom another names as atasan), holding that supervisor's direct subordinates and
 * nobody else, the policy, and whose package it is (`for`). With `supervisorNip`, only that
 * supervisor's package (none when they supervise nobody). Employees without an atasan in the sheet are
 * in no package. Supervisors come in the order of result.supervisors.
 *
 * A supervisor receives no other employee's data (issue 10: a whole-OPD file gave every supervisor
 * every employee's names, NIPs and sanction reasons).
 */
export function buildResultsPackage(
  result: OrganisationResult,
  policy: Policy,
  options: PackageOptions = {},
): ResultsPackage[] {
  const lang = options.lang ?? 'id';
  const generatedAt = options.generatedAt ?? '';
  const chosen = options.supervisorNip;
  const supervisors =
    chosen === undefined ? result.supervisors : result.supervisors.filter((s) => s.nip === chosen);
  const teams = new Map<string, EmployeeResult[]>(supervisors.map((s) => [s.nip, []]));
  for (const e of result.employees) {
    if (e.atasanNip === null) continue;
    teams.get(e.atasanNip)?.push(e);
  }
  const packages: ResultsPackage[] = [];
  for (const s of supervisors) {
    const team = teams.get(s.nip) ?? [];
    if (team.length === 0) continue;
    packages.push({
      format: RESULTS_FORMAT,
      version: RESULTS_VERSION,
      generatedAt,
      lang,
      for: { nip: s.nip, nama: s.nama },
      policy,
      employees: team.map((e) => packagedEmployee(e, policy, lang)),
      duties: (s.duties ?? []).map((d) => packagedDuty(d, policy, lang)),
      ...(s.dutyBasis ? { dutyBasis: dutyBasisLine(s.dutyBasis, lang) } : {}),
    });
  }
  return packages;
}

/** Reads a results package back (e.g. JSON imported in the extension); zod says what does not fit. */
export const parseResultsPackage = (value: unknown) => ResultsPackageSchema.safeParse(value);
