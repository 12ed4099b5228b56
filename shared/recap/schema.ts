import * as z from '../core/zod';
import { comparePeriods } from '../history/period-keys';
import type { MessageCode, MessageParams } from '../messages/catalog';
import { t } from '../messages/format';
import { SupervisorDutySchema } from '../pipeline/schema';
import {
  PREDIKAT_PEGAWAI,
  PredikatOrganisasiSchema,
  PredikatPegawaiSchema,
  RatingSchema,
} from '../policy/sections/rating';
import { EmployeeFlagSchema, RecommendationKindSchema } from '../recommend/flags';
import { predikatLabel } from '../score/predikat';

/*
 * The OPD package (issue 12): what one OPD sends the Sekda's office for one period, and what the recap
 * workbook reads back. It is a file the OPD admin downloads and hands over; nothing travels by network.
 * Fractions stay fractions (1 = 100 %). Reasons are already rendered in the package's language.
 */

/** The format name and version every OPD package carries; a reader refuses any other. */
export const OPD_PACKAGE_FORMAT = 'nilai-kerja/opd';
export const OPD_PACKAGE_VERSION = 1;

/** A period code as history keeps it: 2025, 2025-03, 2025-Q1, 2025-S2 (shared/parse periodKey). */
export const PERIOD_CODE = /^\d{4}(-(0[1-9]|1[0-2]|Q[1-4]|S[12]))?$/;

/**
 * The kind of OPD, read from its name (shared/recap/kind.ts): kecamatan are ranked among kecamatan at the
 * Sekda's meeting (Banjar names the best kecamatan apart from the dinas and badan).
 */
export const OPD_KINDS = [
  'dinas',
  'badan',
  'kecamatan',
  'kelurahan',
  'rsud',
  'sekretariat',
  'inspektorat',
  'satpol_pp',
  'lainnya',
] as const;
export const OpdKindSchema = z.enum(OPD_KINDS);
export type OpdKind = z.infer<typeof OpdKindSchema>;

const Fraction = z.number().finite().nullable();

/**
 * Bounds of a capaian fraction in a package: 0 to 10 (1000 %). No real mean or employee capaian comes near
 * 10 (the aggregation cap is 120 % by default); a value outside is a hand edit or damage, refused.
 */
export const CAPAIAN_MIN = 0;
export const CAPAIAN_MAX = 10;
const Count = z.number().int().min(0);
const Text = (max: number) => z.string().max(max);

export const PredikatCountsSchema = z.record(PredikatPegawaiSchema, Count);

/** An employee as the package carries them: the verdict and its reasons, never the indicator rows. */
export const OpdEmployeeSchema = z.object({
  nip: Text(40),
  nama: Text(200),
  unit: Text(300),
  jabatan: Text(300),
  capaian: Fraction,
  kategori: Text(100).nullable(),
  ratingHasil: RatingSchema.nullable(),
  ratingPerilaku: RatingSchema.nullable(),
  predikat: PredikatPegawaiSchema.nullable(),
  flags: z.array(EmployeeFlagSchema),
  recommendation: RecommendationKindSchema,
  /** The recommendation's reasons and the flags' reasons; sanction reasons withheld unless the policy allows. */
  reasons: z.array(Text(2000)).max(50),
  /** Capaian change since the OPD's previous period in its Riwayat (points of a fraction); null when unknown. */
  change: Fraction,
  /** Stagnant by the policy's rule (policy.history), with the reason among `reasons`. */
  stagnant: z.boolean(),
  /** Among the OPD's most improved employees over its history. */
  mostImproved: z.boolean(),
  /** Under a hukuman disiplin at the period's end (from the pembinaan register): never proposed for an award. */
  underHukuman: z.boolean(),
});
export type OpdEmployee = z.infer<typeof OpdEmployeeSchema>;

export const OpdUnitSchema = z.object({
  name: Text(300),
  predikat: PredikatOrganisasiSchema.nullable(),
  employees: Count,
  averageCapaian: Fraction,
  predikatCounts: PredikatCountsSchema,
  withoutPredikat: Count,
  /** The SE 3/2023 check of the unit: null when the unit has no predikat organisasi to check against. */
  distributionOk: z.boolean().nullable(),
  /** The rules the unit breaks, each as one line in the package's language. */
  offRules: z.array(Text(1000)),
  sakip: z.object({ score: z.number().finite(), grade: Text(20) }).nullable(),
});
export type OpdUnit = z.infer<typeof OpdUnitSchema>;

/** A supervisor with duties left undone (teguran, apresiasi, umpan balik), each with its line. */
export const OpdSupervisorSchema = z.object({
  nip: Text(40),
  nama: Text(200),
  unit: Text(300),
  subordinates: Count,
  duties: z.array(SupervisorDutySchema.extend({ text: Text(2000) })),
});
export type OpdSupervisor = z.infer<typeof OpdSupervisorSchema>;

/** The OPD's own SAKIP score: from its LKE/KKE evaluation, or the units sheet's row of the OPD itself. */
export const OpdSakipSchema = z.object({
  score: z.number().finite().min(0).max(100),
  grade: Text(20),
  gradeLabel: Text(100),
  previous: z.number().finite().min(0).max(100).nullable(),
  source: z.enum(['lke', 'unit']),
  /**
   * An LKE/KKE score decided by an earlier round than the policy's final one (a self-assessment still
   * being filled): the round's name and the criteria left unanswered in it. Absent: a final score (and
   * every package of an older version). The recap keeps such a score out of the SAKIP ranking.
   */
  draft: z.object({ round: Text(200), unanswered: Count }).optional(),
});

/** Reformasi Birokrasi (issue 13 point 3): the OPD's LKE RB and its action plans, when the workbook has them. */
export const OpdRbSchema = z.object({
  lke: z
    .object({
      score: z.number().finite(),
      max: z.number().finite().positive(),
      grade: Text(20),
      gradeLabel: Text(100),
      areas: z.array(z.object({ area: Text(200), score: z.number().finite(), max: z.number().finite() })),
    })
    .nullable(),
  actions: z
    .object({
      asOf: Text(10),
      total: Count,
      done: Count,
      overdue: Count,
      withoutEvidence: Count,
      /** Mean progress of the actions (fraction), null when none states one. */
      progress: Fraction,
      /** OPDs the plan names as pilots (percontohan). */
      pilots: z.array(Text(300)),
    })
    .nullable(),
});
export type OpdRb = z.infer<typeof OpdRbSchema>;

export const OpdPackageSchema = z
  .object({
    format: z.literal(OPD_PACKAGE_FORMAT),
    version: z.literal(OPD_PACKAGE_VERSION),
    generatedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T/),
    lang: z.enum(['id', 'en']),
    opd: z.object({ name: Text(300).min(1), kind: OpdKindSchema }),
    period: z.object({ key: z.string().regex(PERIOD_CODE), label: Text(100) }),
    /** The policy the OPD scored with (its name and preset): the recap says when OPDs used different ones. */
    policy: z.object({
      name: Text(200),
      preset: Text(100),
      /**
       * False when the policy leaves a negative indicator's capaian below 0 (capaian.clampNegativeAtZero):
       * capaian below 0 are then real, not a hand edit. Absent: clamped (the default, and older packages).
       */
      clampNegativeAtZero: z.boolean().optional(),
    }),
    /** 'semua': every employee; 'kandidat': only those with a reward or punishment proposal, stagnant or most improved. */
    employeesScope: z.enum(['semua', 'kandidat']),
    totals: z.object({
      employees: Count,
      scored: Count,
      averageCapaian: Fraction,
      predikatCounts: PredikatCountsSchema,
      withoutPredikat: Count,
      errors: Count,
      warnings: Count,
    }),
    units: z.array(OpdUnitSchema),
    employees: z.array(OpdEmployeeSchema),
    supervisors: z.array(OpdSupervisorSchema),
    sakip: OpdSakipSchema.nullable(),
    /** The OPD's mean capaian per period of its Riwayat, oldest first (the current period last). */
    trend: z.array(
      z.object({
        key: z.string().regex(PERIOD_CODE),
        label: Text(100),
        averageCapaian: Fraction,
        employees: Count,
      }),
    ),
    rb: OpdRbSchema.nullable(),
  })
  .superRefine((p, ctx) => {
    // A package whose parts disagree was damaged or edited by hand: refused, never half-read. Every
    // number the recap shows is checked against the others it must add up with (docs/rules.md#sekda-recap).
    const issue = (path: (string | number)[], code: MessageCode, params?: MessageParams) =>
      ctx.addIssue({ code: 'custom', path, message: t(code, params, 'id') });
    const sum = (counts: Record<string, number>) => Object.values(counts).reduce((s, n) => s + n, 0);
    const counted = sum(p.totals.predikatCounts) + p.totals.withoutPredikat;
    if (counted !== p.totals.employees)
      issue(['totals'], 'RECAP_CHECK_TOTAL_COUNTS', { counted, employees: p.totals.employees });
    if (p.totals.scored > p.totals.employees)
      issue(['totals', 'scored'], 'RECAP_CHECK_SCORED', {
        scored: p.totals.scored,
        employees: p.totals.employees,
      });
    const inUnits = p.units.reduce((s, u) => s + u.employees, 0);
    if (inUnits !== p.totals.employees)
      issue(['units'], 'RECAP_CHECK_UNITS_EMPLOYEES', { inUnits, employees: p.totals.employees });
    for (const [i, u] of p.units.entries()) {
      const unitCounted = sum(u.predikatCounts) + u.withoutPredikat;
      if (unitCounted !== u.employees)
        issue(['units', i, 'predikatCounts'], 'RECAP_CHECK_UNIT_COUNTS', {
          unit: u.name,
          counted: unitCounted,
          employees: u.employees,
        });
      // The SE 3/2023 verdict and the rules it lists must tell the same story: "off" names its rules.
      if (u.distributionOk === false && u.offRules.length === 0)
        issue(['units', i, 'distributionOk'], 'RECAP_CHECK_DISTRIBUTION_NO_RULES', { unit: u.name });
      if (u.distributionOk !== false && u.offRules.length > 0)
        issue(['units', i, 'offRules'], 'RECAP_CHECK_DISTRIBUTION_RULES', {
          unit: u.name,
          rules: u.offRules.length,
        });
    }
    for (const predikat of PREDIKAT_PEGAWAI) {
      const inUnitsOf = p.units.reduce((s, u) => s + (u.predikatCounts[predikat] ?? 0), 0);
      const total = p.totals.predikatCounts[predikat] ?? 0;
      if (inUnitsOf !== total)
        issue(['totals', 'predikatCounts', predikat], 'RECAP_CHECK_UNITS_PREDIKAT', {
          predikat: predikatLabel(predikat),
          inUnits: inUnitsOf,
          total,
        });
    }
    const withoutInUnits = p.units.reduce((s, u) => s + u.withoutPredikat, 0);
    if (withoutInUnits !== p.totals.withoutPredikat)
      issue(['totals', 'withoutPredikat'], 'RECAP_CHECK_UNITS_WITHOUT', {
        inUnits: withoutInUnits,
        total: p.totals.withoutPredikat,
      });
    // A policy that does not clamp negative indicators at 0 can give a capaian below 0 (never below -10).
    const lowest = p.policy.clampNegativeAtZero === false ? -CAPAIAN_MAX : CAPAIAN_MIN;
    const capaian = (path: (string | number)[], value: number | null, min = lowest) => {
      if (value !== null && (value < min || value > CAPAIAN_MAX))
        issue(path, 'RECAP_CHECK_CAPAIAN_RANGE', {
          value: JSON.stringify(value),
          min: String(min),
          max: String(CAPAIAN_MAX),
        });
    };
    capaian(['totals', 'averageCapaian'], p.totals.averageCapaian);
    for (const [i, u] of p.units.entries()) capaian(['units', i, 'averageCapaian'], u.averageCapaian);
    for (const [i, e] of p.employees.entries()) {
      capaian(['employees', i, 'capaian'], e.capaian);
      capaian(['employees', i, 'change'], e.change, -CAPAIAN_MAX);
    }
    if (p.employeesScope === 'semua' && p.employees.length !== p.totals.employees)
      issue(['employees'], 'RECAP_CHECK_EMPLOYEES_INCOMPLETE', {
        listed: p.employees.length,
        employees: p.totals.employees,
      });
    if (p.employees.length > p.totals.employees)
      issue(['employees'], 'RECAP_CHECK_EMPLOYEES_MORE', {
        listed: p.employees.length,
        employees: p.totals.employees,
      });
    const nips = new Set<string>();
    for (const [i, e] of p.employees.entries()) {
      if (e.nip !== '' && nips.has(e.nip))
        issue(['employees', i, 'nip'], 'RECAP_CHECK_NIP_DUPLICATE', { nip: e.nip });
      nips.add(e.nip);
    }
    // The trend is one value per period, oldest first, ending at the package's own period at the latest:
    // a period twice or out of order would let the recap pick either value as "the previous period".
    for (const [i, entry] of p.trend.entries()) {
      capaian(['trend', i, 'averageCapaian'], entry.averageCapaian);
      const before = p.trend[i - 1];
      if (before && comparePeriods(before.key, entry.key) >= 0)
        issue(
          ['trend', i, 'key'],
          before.key === entry.key ? 'RECAP_CHECK_TREND_DUPLICATE' : 'RECAP_CHECK_TREND_ORDER',
          { key: entry.key, before: before.key },
        );
      if (comparePeriods(entry.key, p.period.key) > 0)
        issue(['trend', i, 'key'], 'RECAP_CHECK_TREND_AFTER', { key: entry.key, period: p.period.key });
    }
  });
export type OpdPackage = z.infer<typeof OpdPackageSchema>;
