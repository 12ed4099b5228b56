import type { Issue } from '../core/issue';
import * as z from '../core/zod';
import { isMessageCode, type MessageCode } from '../messages/catalog';
import { PolicySchema } from '../policy/schema';
import { PredikatOrganisasiSchema, PredikatPegawaiSchema, RatingSchema } from '../policy/sections/rating';
import {
  EmployeeFlagSchema,
  RecommendationKindSchema,
  SupervisorFlagSchema,
  UnitRecommendationKindSchema,
} from '../recommend/flags';
import { INDICATOR_FLAGS } from '../score/indicator';

/*
 * What scoreOrganisation returns, as zod schemas: the add-on writes it to sheets, the extension stores it,
 * and both exchange the results package. Types come from these schemas. Fractions stay fractions
 * (1 = 100%); surfaces format them.
 */

export const LocationSchema = z.object({
  sheet: z.string().optional(),
  row: z.number().int().optional(),
  column: z.string().optional(),
  element: z.string().optional(),
  field: z.string().optional(),
});

export const IssueSchema = z.object({
  code: z.custom<MessageCode>((v) => typeof v === 'string' && isMessageCode(v), 'kode pesan tidak dikenal'),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  at: LocationSchema.optional(),
  severity: z.enum(['error', 'warning']).optional(),
});

const Fraction = z.number().nullable();
export const CategorySchema = z.object({ id: z.string(), label: z.string() });

export const IndicatorResultSchema = z.object({
  row: z.number().int(),
  rhk: z.string(),
  jenis: z.enum(['utama', 'tambahan']),
  indikator: z.string(),
  target: z.string(),
  realisasi: z.string(),
  capaian: Fraction,
  kategori: CategorySchema.nullable(),
  hasEvidence: z.boolean(),
  hasFeedback: z.boolean(),
  /** The indicator verdict's flags (score/indicator), the same as the overlay shows for the same row. */
  flags: z.array(z.enum(INDICATOR_FLAGS)),
});
export type IndicatorResult = z.infer<typeof IndicatorResultSchema>;

export const RhkResultSchema = z.object({
  rhk: z.string(),
  jenis: z.enum(['utama', 'tambahan']),
  weight: z.number().nullable(),
  capaian: Fraction,
  indicators: z.number().int(),
});
export type RhkResult = z.infer<typeof RhkResultSchema>;

export const RecommendationSchema = z.object({
  kind: RecommendationKindSchema,
  reasons: z.array(IssueSchema),
});

export const EmployeeResultSchema = z.object({
  nip: z.string(),
  nama: z.string(),
  jabatan: z.string(),
  unit: z.string(),
  /** The employee's OPD as the roster names it (an OPD/UNOR 1 column); '' when the workbook names none. */
  opd: z.string().default(''),
  atasanNip: z.string().nullable(),
  isHeadOfUnit: z.boolean(),
  /** Row in the employees sheet. */
  row: z.number().int(),
  indicators: z.array(IndicatorResultSchema),
  rhk: z.array(RhkResultSchema),
  /**
   * The level the capaian was scored from: the employee's indicators ('indikator'), the results sheet's
   * row for the employee ('pegawai', when no indicator is computable), or neither (null).
   */
  level: z.enum(['indikator', 'pegawai']).nullable(),
  /**
   * What the results sheet wrote for the employee, whichever level scored: its % capaian SKP and its
   * scores, each on its own scale (a Nilai SKP is not a capaian). null when the sheet has no row for them.
   */
  employeeLevel: z
    .object({
      row: z.number().int(),
      capaian: Fraction,
      nilaiSkp: z.number().nullable(),
      nilaiAkhir: z.number().nullable(),
      nilaiTertimbang: z.number().nullable(),
    })
    .nullable(),
  capaian: Fraction,
  capaianUtama: Fraction,
  capaianTambahan: Fraction,
  kategori: CategorySchema.nullable(),
  ratingHasilUsulan: RatingSchema.nullable(),
  ratingHasil: RatingSchema.nullable(),
  ratingHasilSumber: z.enum(['usulan', 'atasan', 'organisasi']),
  /** The rating used differs from the proposal: the supervisor should explain it in the umpan balik. */
  ratingHasilBerbeda: z.boolean(),
  ratingPerilaku: RatingSchema.nullable(),
  predikat: PredikatPegawaiSchema.nullable(),
  /** The predikat the 3x3 matrix gives from the two ratings (null when one is missing). */
  predikatUsulan: PredikatPegawaiSchema.nullable(),
  /** matriks: the matrix's predikat; tertulis: a predikat written in the results sheet, which wins. */
  predikatSumber: z.enum(['matriks', 'tertulis']),
  /** A written predikat differs from the matrix's: the supervisor should explain it in the umpan balik. */
  predikatBerbeda: z.boolean(),
  /** Legacy numeric scheme (PermenPANRB 8/2021), when policy.legacy.enabled. */
  legacy: z.object({ nilaiSkp: z.number(), kategori: CategorySchema }).nullable(),
  /**
   * The PP 46/2011 prestasi kerja, when the results sheet is such a recap: nilai SKP, nilai perilaku
   * (average of the aspects), nilai prestasi kerja (SKP x 60% + perilaku x 40%) and its category.
   */
  legacy46: z
    .object({ skp: z.number(), perilaku: z.number(), npk: z.number(), kategori: CategorySchema })
    .nullable(),
  /**
   * The activity log's minutes. `counted`: the employee has a counted row in it; without one the minutes
   * are 0 for want of rows (no log, or none of theirs), not minutes worked, and are shown blank.
   */
  activity: z.object({
    minutes: z.number(),
    withoutOutputMinutes: z.number(),
    expectedMinutes: z.number(),
    counted: z.boolean(),
  }),
  /** Attendance deduction (fraction of the TPP discipline part), days TK, one catalog line per code. */
  discipline: z.object({
    fraction: z.number(),
    tkDays: z.number().int(),
    reasons: z.array(IssueSchema),
    /** ISO yyyy-mm-dd of the TK days where the sheet dates them (event rows' tanggal; matrix days once the month is known). */
    tkDates: z.array(z.string()).optional(),
    /** Days of the month (1-31) of a daily matrix's TK cells, until the period places them (shared/discipline/pp94.ts). */
    tkDaysOfMonth: z.array(z.number().int()).optional(),
  }),
  tpp: z
    .object({ base: z.number(), disciplinePaid: z.number(), performancePaid: z.number(), total: z.number() })
    .nullable(),
  hasFeedback: z.boolean(),
  flags: z.array(EmployeeFlagSchema),
  flagReasons: z.array(IssueSchema),
  recommendation: RecommendationSchema,
  /**
   * The hukuman disiplin served during the period scored (in force on the duty date when the period is not
   * known), from the pembinaan register (PP 94/2021): it keeps the employee from a penghargaan proposal
   * (policy.pembinaan.blockAwardUnderHukuman). Absent without one.
   */
  hukumanDisiplin: z
    .object({
      jenis: z.string(),
      tanggal: z.string(),
      /** The day it ends (ISO, exclusive); null for one with no end. */
      sampai: z.string().nullable(),
      nomorSurat: z.string(),
      row: z.number().int(),
      /**
       * A hukuman from a list that names no dates (a TPP file's list under its period line): the period
       * it is recorded for ("Mei 2024"); its tanggal and sampai are then that period's bounds, not dates
       * of the hukuman, and are never shown as such.
       */
      periode: z.string().optional(),
    })
    .optional(),
});
export type EmployeeResult = z.infer<typeof EmployeeResultSchema>;

export const DistributionResultSchema = z.object({
  ok: z.boolean(),
  /** The unit predikat the rules were taken from, and where it came from (typed, or proposed from the PK). */
  predikatOrganisasi: PredikatOrganisasiSchema.optional(),
  predikatSumber: z.enum(['tertulis', 'pk']).optional(),
  total: z.number().int(),
  counts: z.record(PredikatPegawaiSchema, z.number().int()),
  rules: z.array(
    z.object({
      ruleId: z.string(),
      kind: z.enum(['max', 'min']),
      /** The predikat the rule counts (SE MenPANRB 3/2023: "Sangat Baik at most 70 %" counts one). */
      predikat: z.array(PredikatPegawaiSchema),
      limit: z.number(),
      actual: z.number(),
      offBy: z.number(),
      satisfied: z.boolean(),
      issue: IssueSchema.optional(),
    }),
  ),
});

export const SakipComponentResultSchema = z.object({
  id: z.string(),
  label: z.string(),
  weight: z.number(),
  score: z.number(),
  subs: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      score: z.number(),
      max: z.number(),
      mean: z.number(),
      criteria: z.number(),
    }),
  ),
});

const RankedUnitSchema = z.object({
  unit: z.string(),
  score: z.number(),
  previous: z.number().nullable(),
  delta: z.number().nullable(),
  rank: z.number().int(),
});

/** Units ranked by their SAKIP score (PermenPANRB 88/2021), with the best and the most improved. */
export const SakipRankingSchema = z.object({
  ranking: z.array(RankedUnitSchema),
  best: z.array(z.string()),
  mostImproved: z.array(z.string()),
});
export type SakipRanking = z.infer<typeof SakipRankingSchema>;

export const UnitResultSchema = z.object({
  unit: z.string(),
  /**
   * The OPD the unit belongs to, as the roster names it (SIASN UNOR 1, an OPD column, or a table title
   * "SKPD : Dinas ..."); '' when the workbook names none (one workbook per OPD: the export asks for it).
   */
  opd: z.string().default(''),
  predikat: PredikatOrganisasiSchema.nullable(),
  employees: z.number().int(),
  headNip: z.string().nullable(),
  averageCapaian: Fraction,
  distribution: DistributionResultSchema.nullable(),
  /** Employees per predikat kinerja pegawai, and those without one yet (counted once, here). */
  predikatCounts: z.record(PredikatPegawaiSchema, z.number().int()),
  withoutPredikat: z.number().int(),
  /** Mean capaian of the unit's Perjanjian Kinerja indicators, each capped (org/pk.ts); null without any. */
  capaianPk: Fraction.default(null),
  /** Indicators of the unit's Perjanjian Kinerja counted in capaianPk. */
  pkIndicators: z.number().int().default(0),
  /** The predikat the policy's mapping gives capaianPk (policy.organisation.pkBands); null without it. */
  predikatUsulanPk: PredikatOrganisasiSchema.nullable().default(null),
  /** Where `predikat` comes from: typed in the units sheet (always wins), proposed from the PK, or none. */
  predikatSumber: z.enum(['tertulis', 'pk']).nullable().default(null),
  sakip: z
    .object({
      score: z.number(),
      grade: z.string(),
      gradeLabel: z.string(),
      previous: z.number().nullable(),
      weakest: z.array(IssueSchema),
      /** The four components with their sub-components, as the evaluation scored them. */
      components: z.array(SakipComponentResultSchema),
    })
    .nullable(),
  rank: z.number().int().nullable(),
  recommendation: z.object({ kind: UnitRecommendationKindSchema, reasons: z.array(IssueSchema) }),
});
export type UnitResult = z.infer<typeof UnitResultSchema>;

/** One undone supervisor duty, with the subordinate's name and, from a pembinaan register, the dates. */
export const SupervisorDutySchema = z.object({
  duty: z.enum(['teguran', 'apresiasi', 'umpan_balik']),
  nip: z.string(),
  nama: z.string(),
  predikat: PredikatPegawaiSchema.nullable(),
  /** The window (ISO yyyy-mm-dd) a teguran or apresiasi was due in; null without a register or for feedback. */
  from: z.string().nullable(),
  to: z.string().nullable(),
  /** The latest record of the due kind, outside the window. */
  lastRecord: z
    .object({ tanggal: z.string(), jenis: z.string(), hukuman: z.literal(true).optional() })
    .nullable(),
  /** Not recorded yet, but the window is still open on the run date: due by `to`, not undone. */
  pending: z.literal(true).optional(),
});
export type SupervisorDutyResult = z.infer<typeof SupervisorDutySchema>;

/**
 * What the duties were judged from: the pembinaan register (at the period's end, or at the latest date
 * in the register when the period is not known) or, without a register, the umpan balik.
 */
export const DutyBasisSchema = z.object({
  source: z.enum(['catatan_pembinaan', 'umpan_balik']),
  sheet: z.string().nullable(),
  asOf: z.string().nullable(),
  asOfSource: z.enum(['periode', 'data']).nullable(),
  days: z.number().int().nullable(),
});
export type DutyBasis = z.infer<typeof DutyBasisSchema>;

export const SupervisorResultSchema = z.object({
  nip: z.string(),
  nama: z.string(),
  unit: z.string(),
  subordinates: z.number().int(),
  withFeedback: z.number().int(),
  flags: z.array(SupervisorFlagSchema),
  reasons: z.array(IssueSchema),
  /** Each undone duty (optional for results stored before the register existed). */
  duties: z.array(SupervisorDutySchema).optional(),
  dutyBasis: DutyBasisSchema.optional(),
});
export type SupervisorResult = z.infer<typeof SupervisorResultSchema>;

export const OrganisationResultSchema = z.object({
  lang: z.enum(['id', 'en']),
  workingDays: z.number(),
  rankingBasis: z.enum(['sakip', 'capaian', 'none']),
  employees: z.array(EmployeeResultSchema),
  units: z.array(UnitResultSchema),
  supervisors: z.array(SupervisorResultSchema),
  /** The SAKIP ranking of the units that have a SAKIP evaluation; null when none has. */
  sakipRanking: SakipRankingSchema.nullable(),
  /** Every data problem, with sheet, row and column. Affected rows were skipped; the rest was scored. */
  issues: z.array(IssueSchema),
  counts: z.object({
    employeeRows: z.number().int(),
    employeesScored: z.number().int(),
    indicatorRows: z.number().int(),
    indicatorsScored: z.number().int(),
    errors: z.number().int(),
    warnings: z.number().int(),
  }),
});
export type OrganisationResult = z.infer<typeof OrganisationResultSchema>;

/** Export format shared by the add-on and the extension (download, import, compare). */
export const RESULTS_FORMAT = 'nilai-kerja/results';
/**
 * 2: one package per supervisor, saying whose it is (`for`). Version 1 was one package for the whole
 * OPD (every employee's name, NIP and reasons): the extension refuses it and asks for a new export.
 */
export const RESULTS_VERSION = 2;
/** The whole-OPD format the extension recognises only to refuse it with a clear message. */
export const RESULTS_VERSION_WHOLE_OPD = 1;

/** The supervisor (atasan in the employees sheet) a package is for: only their direct subordinates are in it. */
export const PackagedForSchema = z.object({
  /** The supervisor's NIP, 18 digits without separators (as the core's NIP parser gives it). */
  nip: z.string().regex(/^\d{18}$/),
  nama: z.string(),
});
export type PackagedFor = z.infer<typeof PackagedForSchema>;

export const PackagedEmployeeSchema = z.object({
  nip: z.string(),
  nama: z.string(),
  unit: z.string(),
  capaian: Fraction,
  kategori: z.string().nullable(),
  ratingHasil: RatingSchema.nullable(),
  ratingPerilaku: RatingSchema.nullable(),
  predikat: PredikatPegawaiSchema.nullable(),
  flags: z.array(EmployeeFlagSchema),
  recommendation: RecommendationKindSchema,
  /**
   * The reasons already rendered in the package's language. The reasons of a teguran or sanksi are
   * left out unless the policy says otherwise (reward.packageSanctionReasons); one line says so.
   */
  reasons: z.array(z.string()),
});
export type PackagedEmployee = z.infer<typeof PackagedEmployeeSchema>;

export const ResultsPackageSchema = z.object({
  format: z.literal(RESULTS_FORMAT),
  version: z.literal(RESULTS_VERSION),
  generatedAt: z.string(),
  lang: z.enum(['id', 'en']).default('id'),
  /** Whose package it is: the extension imports it only when this is the NIP its user gave. */
  for: PackagedForSchema,
  policy: PolicySchema,
  /** The supervisor's direct subordinates, and nobody else. */
  employees: z.array(PackagedEmployeeSchema),
  /**
   * The supervisor's own undone duties (teguran, apresiasi, umpan balik), each with the subordinate and,
   * from a pembinaan register, the dates; `text` is the line in the package's language. Optional: packages
   * exported before the register existed have none.
   */
  duties: z.array(SupervisorDutySchema.extend({ text: z.string() })).optional(),
  /** What the duties were judged from, as one line in the package's language. */
  dutyBasis: z.string().optional(),
});
export type ResultsPackage = z.infer<typeof ResultsPackageSchema>;

export type { Issue };
