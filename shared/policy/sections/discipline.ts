import * as z from '../../core/zod';

/** Attendance event codes seen in regional apps. APEL = missed (Monday) apel. */
export const ATTENDANCE_CODES = [
  'TL1',
  'TL2',
  'TL3',
  'TL4',
  'PSW1',
  'PSW2',
  'PSW3',
  'PSW4',
  'TK',
  'APEL',
] as const;
export const AttendanceCodeSchema = z.enum(ATTENDANCE_CODES);
export type AttendanceCode = z.infer<typeof AttendanceCodeSchema>;

export const DeductionTableSchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  source: z.string().min(1),
  /** Deduction per occurrence as a fraction of the discipline part (0.005 = 0.5%). */
  perOccurrence: z.record(AttendanceCodeSchema, z.number().min(0).max(1)),
  /** Minutes that separate TL1|TL2|TL3|TL4 (and PSW1..4): upper bounds of bands 1-3. */
  lateBandsMinutes: z
    .tuple([z.number().int(), z.number().int(), z.number().int()])
    .refine(([a, b, c]) => a > 0 && a < b && b < c, { message: '0 < band 1 < band 2 < band 3' }),
});
export type DeductionTable = z.infer<typeof DeductionTableSchema>;

/** Permentan 68/2012, the widely copied table: per occurrence, TK 4% per day. */
export const PERMENTAN_68_2012: DeductionTable = {
  id: 'permentan_68_2012',
  label: 'Permentan 68/2012',
  source: 'Permentan 68/2012: TL/PSW 0,5/1/1,5/2%, TK 4% per hari',
  perOccurrence: {
    TL1: 0.005,
    TL2: 0.01,
    TL3: 0.015,
    TL4: 0.02,
    PSW1: 0.005,
    PSW2: 0.01,
    PSW3: 0.015,
    PSW4: 0.02,
    TK: 0.04,
    APEL: 0,
  },
  lateBandsMinutes: [30, 60, 90],
};

/** Tulang Bawang: 0,5/1/1,25/1,5% of the discipline part, 2% for a missed Monday apel. */
export const TULANG_BAWANG: DeductionTable = {
  id: 'tulang_bawang',
  label: 'Kabupaten Tulang Bawang',
  source: 'Perbup Tulang Bawang: TL/PSW 0,5/1/1,25/1,5%, apel Senin 2%',
  perOccurrence: {
    TL1: 0.005,
    TL2: 0.01,
    TL3: 0.0125,
    TL4: 0.015,
    PSW1: 0.005,
    PSW2: 0.01,
    PSW3: 0.0125,
    PSW4: 0.015,
    TK: 0.04,
    APEL: 0.02,
  },
  lateBandsMinutes: [30, 60, 90],
};

/** The deduction tables a region can pick from, or write its own (docs/rules.md#attendance-deductions). */
export const DEDUCTION_TABLES = {
  permentan_68_2012: PERMENTAN_68_2012,
  tulang_bawang: TULANG_BAWANG,
} as const satisfies Record<string, DeductionTable>;
export type DeductionTableId = keyof typeof DEDUCTION_TABLES;

/**
 * Discipline deductions and TPP. TPP is set by each region's Perkada; splits seen 40/60 and 60/40.
 * By default the performance part dominates (40 discipline / 60 performance), as docs/rules.md#tpp requires.
 */
export const DisciplinePolicySchema = z.object({
  table: DeductionTableSchema.default(PERMENTAN_68_2012),
  /** Total deduction is capped at the whole discipline part. */
  maxDeduction: z.number().min(0).max(1).default(1),
  tpp: z
    .object({
      disciplineShare: z.number().min(0).max(1).default(0.4),
      performanceShare: z.number().min(0).max(1).default(0.6),
      /**
       * Performance part paid as a fraction by predikat (open; Perkada-specific).
       * Defaults: full for Sangat Baik/Baik, reduced below.
       */
      performanceFactorByPredikat: z
        .object({
          sangat_baik: z.number().min(0).max(2).default(1),
          baik: z.number().min(0).max(2).default(1),
          butuh_perbaikan: z.number().min(0).max(2).default(0.8),
          kurang: z.number().min(0).max(2).default(0.6),
          sangat_kurang: z.number().min(0).max(2).default(0.4),
        })
        .default({ sangat_baik: 1, baik: 1, butuh_perbaikan: 0.8, kurang: 0.6, sangat_kurang: 0.4 }),
      /**
       * Performance part paid when the employee has no predikat yet (open; Perkada-specific).
       * Default 0: nothing is paid for results that have not been assessed, and the estimate says so.
       */
      noPredikatFactor: z.number().min(0).max(2).default(0),
    })
    .refine((s) => Math.abs(s.disciplineShare + s.performanceShare - 1) < 1e-9, {
      message: 'disciplineShare + performanceShare = 1',
    })
    // docs/rules.md#tpp: attendance is one component, never the whole TPP; a result part must remain.
    .refine((s) => s.performanceShare > 0, {
      message:
        'performanceShare > 0: kehadiran tidak boleh menjadi seluruh TPP (attendance cannot be the whole TPP)',
      path: ['performanceShare'],
    })
    .default({
      disciplineShare: 0.4,
      performanceShare: 0.6,
      performanceFactorByPredikat: {
        sangat_baik: 1,
        baik: 1,
        butuh_perbaikan: 0.8,
        kurang: 0.6,
        sangat_kurang: 0.4,
      },
      noPredikatFactor: 0,
    }),
});
export type DisciplinePolicy = z.infer<typeof DisciplinePolicySchema>;
