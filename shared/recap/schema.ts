import * as z from '../core/zod';
import { SupervisorDutySchema } from '../pipeline/schema';
import { PredikatOrganisasiSchema, PredikatPegawaiSchema, RatingSchema } from '../policy/sections/rating';
import { EmployeeFlagSchema, RecommendationKindSchema } from '../recommend/flags';

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
    policy: z.object({ name: Text(200), preset: Text(100) }),
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
    // A package whose parts disagree was damaged or edited by hand: refused, never half-read.
    const counted =
      Object.values(p.totals.predikatCounts).reduce((s, n) => s + n, 0) + p.totals.withoutPredikat;
    if (counted !== p.totals.employees)
      ctx.addIssue({
        code: 'custom',
        path: ['totals'],
        message: 'jumlah predikat tidak sama dengan jumlah pegawai',
      });
    const inUnits = p.units.reduce((s, u) => s + u.employees, 0);
    if (inUnits !== p.totals.employees)
      ctx.addIssue({
        code: 'custom',
        path: ['units'],
        message: 'jumlah pegawai unit tidak sama dengan total',
      });
    if (p.employeesScope === 'semua' && p.employees.length !== p.totals.employees)
      ctx.addIssue({ code: 'custom', path: ['employees'], message: 'daftar pegawai tidak lengkap' });
    if (p.employees.length > p.totals.employees)
      ctx.addIssue({ code: 'custom', path: ['employees'], message: 'pegawai lebih banyak dari total' });
    const nips = new Set<string>();
    for (const [i, e] of p.employees.entries()) {
      if (e.nip !== '' && nips.has(e.nip))
        ctx.addIssue({ code: 'custom', path: ['employees', i, 'nip'], message: `NIP ganda ${e.nip}` });
      nips.add(e.nip);
    }
  });
export type OpdPackage = z.infer<typeof OpdPackageSchema>;
