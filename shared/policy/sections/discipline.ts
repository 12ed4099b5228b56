import * as z from '../../core/zod';

/** How a written code is looked up (the vocabulary's keys are written so). */
export { attendanceCodeKey } from '../../parse/attendance-code';

/**
 * The attendance codes Nilai Kerja counts with, one per meaning: TL1-TL4 late (bands), PSW1-PSW4 leaving
 * early (bands), TK absent without notice, APEL a missed (Monday) apel, S sick, I izin (permission or
 * another excused absence), C cuti (leave), DL dinas luar (official duty outside the office), TB tugas
 * belajar (study duty), HUKDIS a hukuman disiplin (PP 94/2021), WFH work from home, LAIN a regional code
 * whose meaning the region has not written down. Regions write other codes (TMK1, PKSW2, Alpa...):
 * `discipline.codes` maps each written code onto one of these (ATTENDANCE_VOCABULARY below).
 */
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
  'S',
  'I',
  'C',
  'DL',
  'TB',
  'HUKDIS',
  'WFH',
  'LAIN',
] as const;
export const AttendanceCodeSchema = z.enum(ATTENDANCE_CODES);
export type AttendanceCode = z.infer<typeof AttendanceCodeSchema>;

export const DeductionTableSchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  source: z.string().min(1),
  /**
   * Deduction per occurrence as a fraction of the discipline part (0.005 = 0.5%). A code the table leaves
   * out deducts nothing: the deduction tables name only TL/PSW/TK/APEL, so S, I, C, DL... are 0 until a
   * region writes its own rate (open, docs/rules.md#attendance-codes).
   */
  perOccurrence: z.partialRecord(AttendanceCodeSchema, z.number().min(0).max(1)),
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
 * What a day marked with a code is for the attendance percentage (% H): `present` (at work, late or on
 * duty elsewhere), `away` (a working day not present: TK, sick, izin, cuti), `off` (not a working day:
 * libur) or `none` (the code is no day mark at all: HUKDIS, a missed apel).
 */
export const ATTENDANCE_DAY_KINDS = ['present', 'away', 'off', 'none'] as const;
export type AttendanceDayKind = (typeof ATTENDANCE_DAY_KINDS)[number];

/** One written code of a region's attendance sheets and what Nilai Kerja counts it as. */
export const AttendanceCodeEntrySchema = z.object({
  /** The code it counts as, for deductions and TK days; null = no event (H/Hadir, L/Libur). */
  code: AttendanceCodeSchema.nullable(),
  day: z.enum(ATTENDANCE_DAY_KINDS),
  /** True when neither the meaning nor a deduction is written in any regulation we know: the region decides. */
  open: z.boolean().default(false),
  note: z.string().max(300).default(''),
});
export type AttendanceCodeEntry = z.infer<typeof AttendanceCodeEntrySchema>;

const entry = (
  code: AttendanceCode | null,
  day: AttendanceDayKind,
  note = '',
  open = false,
): AttendanceCodeEntry => ({ code, day, open, note });

const OPEN_DEDUCTION = 'Potongan tidak diatur dalam tabel bawaan: 0 sampai daerah menetapkannya (terbuka).';

/**
 * The written codes known by default (keys as attendanceCodeKey writes them). Sources: the deduction
 * tables (TL/PSW/TK/APEL, Permentan 68/2012), the Manado monthly recap (TMK1-3, PKSW1-3, HUKDIS, S, I,
 * TK, MTTI, SIDAK, KENEG, TL, DISP, TB, C, TLP, TLS, whose % H is (JHK - S - I - C - TK) / JHK), daily
 * matrices (H, A, S, I, C, DL, TL) and the BKN leave types (CT, CB, CS, CM, CAP). Every code without a
 * known deduction deducts 0 and is marked open; the admin may change any entry or add codes.
 */
export const ATTENDANCE_VOCABULARY: Record<string, AttendanceCodeEntry> = {
  H: entry(null, 'present'),
  HADIR: entry(null, 'present'),
  L: entry(null, 'off', 'Hari libur: bukan hari kerja.'),
  LIBUR: entry(null, 'off', 'Hari libur: bukan hari kerja.'),
  TL1: entry('TL1', 'present'),
  TL2: entry('TL2', 'present'),
  TL3: entry('TL3', 'present'),
  TL4: entry('TL4', 'present'),
  PSW1: entry('PSW1', 'present'),
  PSW2: entry('PSW2', 'present'),
  PSW3: entry('PSW3', 'present'),
  PSW4: entry('PSW4', 'present'),
  // Manado: terlambat masuk kerja / pulang kerja sebelum waktu in three bands, read as the table's bands 1-3.
  TMK1: entry('TL1', 'present', 'Terlambat masuk kerja band 1 (dihitung sebagai TL1).'),
  TMK2: entry('TL2', 'present', 'Terlambat masuk kerja band 2 (dihitung sebagai TL2).'),
  TMK3: entry('TL3', 'present', 'Terlambat masuk kerja band 3 (dihitung sebagai TL3).'),
  PKSW1: entry('PSW1', 'present', 'Pulang kerja sebelum waktu band 1 (dihitung sebagai PSW1).'),
  PKSW2: entry('PSW2', 'present', 'Pulang kerja sebelum waktu band 2 (dihitung sebagai PSW2).'),
  PKSW3: entry('PSW3', 'present', 'Pulang kerja sebelum waktu band 3 (dihitung sebagai PSW3).'),
  TK: entry('TK', 'away'),
  A: entry('TK', 'away', 'Alpa: tanpa keterangan.'),
  ALPA: entry('TK', 'away', 'Alpa: tanpa keterangan.'),
  ALPHA: entry('TK', 'away', 'Alpa: tanpa keterangan.'),
  ALFA: entry('TK', 'away', 'Alpa: tanpa keterangan.'),
  TANPAKETERANGAN: entry('TK', 'away'),
  APEL: entry('APEL', 'none'),
  S: entry('S', 'away', OPEN_DEDUCTION, true),
  SAKIT: entry('S', 'away', OPEN_DEDUCTION, true),
  I: entry('I', 'away', OPEN_DEDUCTION, true),
  IZIN: entry('I', 'away', OPEN_DEDUCTION, true),
  IJIN: entry('I', 'away', OPEN_DEDUCTION, true),
  DISP: entry('I', 'away', `Dispensasi: ketidakhadiran yang diizinkan. ${OPEN_DEDUCTION}`, true),
  C: entry('C', 'away', OPEN_DEDUCTION, true),
  CUTI: entry('C', 'away', OPEN_DEDUCTION, true),
  CT: entry('C', 'away', `Cuti tahunan. ${OPEN_DEDUCTION}`, true),
  CB: entry('C', 'away', `Cuti besar. ${OPEN_DEDUCTION}`, true),
  CS: entry('C', 'away', `Cuti sakit. ${OPEN_DEDUCTION}`, true),
  CM: entry('C', 'away', `Cuti melahirkan. ${OPEN_DEDUCTION}`, true),
  CAP: entry('C', 'away', `Cuti karena alasan penting. ${OPEN_DEDUCTION}`, true),
  DL: entry('DL', 'present', `Dinas luar: bertugas di luar kantor. ${OPEN_DEDUCTION}`, true),
  DINASLUAR: entry('DL', 'present', OPEN_DEDUCTION, true),
  TUGASLUAR: entry('DL', 'present', OPEN_DEDUCTION, true),
  // "TL" alone: Manado's recap means tugas luar (its % H counts those days as present), not terlambat,
  // which its sheet writes TMK. A region whose TL means late changes this entry to TL1..TL4.
  TL: entry(
    'DL',
    'present',
    `TL tanpa angka dibaca sebagai tugas luar (rekap Manado), bukan terlambat. ${OPEN_DEDUCTION}`,
    true,
  ),
  KENEG: entry('DL', 'present', `Dibaca sebagai kegiatan kenegaraan (tugas). ${OPEN_DEDUCTION}`, true),
  TB: entry('TB', 'away', `Tugas belajar. ${OPEN_DEDUCTION}`, true),
  TUGASBELAJAR: entry('TB', 'away', OPEN_DEDUCTION, true),
  HUKDIS: entry(
    'HUKDIS',
    'none',
    `Hukuman disiplin (PP 94/2021): potongannya diatur Perkada. ${OPEN_DEDUCTION}`,
    true,
  ),
  WFH: entry('WFH', 'present', `Bekerja dari rumah. ${OPEN_DEDUCTION}`, true),
  // Manado recap codes whose meaning the sheet does not write down; its % H does not count them as absent.
  MTTI: entry(
    'LAIN',
    'none',
    `Arti tidak tertulis di lembar (mungkin meninggalkan tempat tugas tanpa izin). ${OPEN_DEDUCTION}`,
    true,
  ),
  SIDAK: entry(
    'LAIN',
    'none',
    `Temuan inspeksi mendadak; arti tidak tertulis di lembar. ${OPEN_DEDUCTION}`,
    true,
  ),
  TLP: entry('LAIN', 'none', `Arti tidak tertulis di lembar. ${OPEN_DEDUCTION}`, true),
  TLS: entry('LAIN', 'none', `Arti tidak tertulis di lembar. ${OPEN_DEDUCTION}`, true),
};

/** The three levels of hukuman disiplin (PP 94/2021 Pasal 8). */
export const HUKDIS_LEVELS = ['ringan', 'sedang', 'berat'] as const;
export type HukdisLevel = (typeof HUKDIS_LEVELS)[number];

/** The forms of hukuman disiplin PP 94/2021 Pasal 8 names, lightest first. */
export const HUKDIS_FORMS = [
  'teguran_lisan',
  'teguran_tertulis',
  'pernyataan_tidak_puas',
  'pemotongan_tukin',
  'penurunan_jabatan',
  'pembebasan_jabatan',
  'pemberhentian',
] as const;
export type HukdisForm = (typeof HUKDIS_FORMS)[number];

const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** One rung of the TK ladder: from `minDays` days TK in a calendar year (up to the next rung's). */
export const TkRungSchema = z.object({
  minDays: z.number().int().min(1).max(366),
  level: z.enum(HUKDIS_LEVELS),
  form: z.enum(HUKDIS_FORMS),
  /** How long it lasts (pemotongan tunjangan kinerja, penurunan or pembebasan jabatan); null when it has no duration. */
  months: z.number().int().min(1).max(60).nullable(),
  /** The share of tunjangan kinerja cut (pemotongan_tukin), null otherwise. */
  tukinCut: z.number().min(0).max(1).nullable(),
  /** What the employee's follow-up becomes: a teguran (lisan, tertulis) or a proposed sanksi. */
  recommendation: z.enum(['teguran', 'sanksi']),
});
export type TkRung = z.infer<typeof TkRungSchema>;

/**
 * Days absent without a valid reason (TK) counted per calendar year and the hukuman disiplin each count
 * calls for; 10 working days in a row call for the heaviest rung. A working day is one of the region's
 * calendar (policy.periods.calendar: its work week, national holidays, cuti bersama, regional days off;
 * score/working-days.ts) and not in `holidays` (an older place for days off, still read: empty by default).
 */
export const TkLadderSchema = z.object({
  source: z.string().min(1),
  rungs: z
    .array(TkRungSchema)
    .min(1)
    .refine((rungs) => rungs.every((r, i) => i === 0 || r.minDays > (rungs[i - 1]?.minDays ?? 0)), {
      message: 'minDays naik dari anak tangga ke anak tangga (rungs ascend by minDays)',
    }),
  consecutiveWorkingDays: z.number().int().min(2).max(366).default(10),
  holidays: z.array(z.string().regex(ISO_DAY, 'yyyy-mm-dd')).max(400).default([]),
});
export type TkLadder = z.infer<typeof TkLadderSchema>;

const rung = (
  minDays: number,
  level: HukdisLevel,
  form: HukdisForm,
  months: number | null = null,
  tukinCut: number | null = null,
): TkRung => ({
  minDays,
  level,
  form,
  months,
  tukinCut,
  recommendation: form === 'teguran_lisan' || form === 'teguran_tertulis' ? 'teguran' : 'sanksi',
});

/**
 * PP 94/2021 Pasal 9-11 (Perban BKN 6/2022 implements it), TK days cumulative in one year: 3 teguran
 * lisan, 4-6 teguran tertulis, 7-10 pernyataan tidak puas secara tertulis (ringan); 11-13, 14-16, 17-20
 * tunjangan kinerja cut 25% for 6, 9, 12 months (sedang); 21-24 penurunan jabatan setingkat lebih rendah
 * 12 months, 25-27 pembebasan dari jabatan menjadi pelaksana 12 months, 28 or more pemberhentian dengan
 * hormat tidak atas permintaan sendiri (berat); 10 working days in a row: pemberhentian as well.
 */
export const PP94_TK_LADDER: TkLadder = {
  source: 'PP 94/2021 Pasal 9-11; Perban BKN 6/2022',
  rungs: [
    rung(3, 'ringan', 'teguran_lisan'),
    rung(4, 'ringan', 'teguran_tertulis'),
    rung(7, 'ringan', 'pernyataan_tidak_puas'),
    rung(11, 'sedang', 'pemotongan_tukin', 6, 0.25),
    rung(14, 'sedang', 'pemotongan_tukin', 9, 0.25),
    rung(17, 'sedang', 'pemotongan_tukin', 12, 0.25),
    rung(21, 'berat', 'penurunan_jabatan', 12),
    rung(25, 'berat', 'pembebasan_jabatan', 12),
    rung(28, 'berat', 'pemberhentian'),
  ],
  consecutiveWorkingDays: 10,
  holidays: [],
};

/** A work pattern ("Pola Kerja") by name: check-in and check-out times as "07:30" or "07.30". */
const ClockSchema = z.string().regex(/^([01]?\d|2[0-3])[.:][0-5]\d$/, 'HH:MM');
export const WorkPatternSchema = z.object({ start: ClockSchema, end: ClockSchema });
export type WorkPattern = z.infer<typeof WorkPatternSchema>;

/**
 * Discipline deductions and TPP. TPP is set by each region's Perkada; splits seen 40/60 and 60/40.
 * By default the performance part dominates (40 discipline / 60 performance), as docs/rules.md#tpp requires.
 */
export const DisciplinePolicySchema = z.object({
  table: DeductionTableSchema.default(PERMENTAN_68_2012),
  /** Written attendance codes -> what they count as (docs/rules.md#attendance-codes). */
  codes: z.record(z.string().min(1).max(40), AttendanceCodeEntrySchema).default(ATTENDANCE_VOCABULARY),
  /** A day with a check-out but no check-in: Permentan 68/2012 counts it in the last late band (TL4). */
  noCheckIn: AttendanceCodeSchema.default('TL4'),
  /** A day with a check-in but no check-out (open): the last early-leave band, mirroring TL4. */
  noCheckOut: AttendanceCodeSchema.default('PSW4'),
  /** Named work patterns ("Reguler", "Shift Pagi"); a pattern written as "07.30-16.00" needs none. */
  workPatterns: z.record(z.string().min(1).max(60), WorkPatternSchema).default({}),
  /**
   * How far a sheet's % H may lie from the computed presence before it is reported (open). Sheets
   * truncate (88,88% for 16 of 18 days), so half a percentage point.
   */
  presenceTolerance: z.number().min(0).max(0.1).default(0.005),
  /** Total deduction is capped at the whole discipline part. */
  maxDeduction: z.number().min(0).max(1).default(1),
  /** TK days per calendar year -> the hukuman disiplin PP 94/2021 calls for (shared/discipline/pp94.ts). */
  tkLadder: TkLadderSchema.default(PP94_TK_LADDER),
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
