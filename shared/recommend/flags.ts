import * as z from '../core/zod';
import type { Flag } from '../flags/vocabulary';

/**
 * What Nilai Kerja flags on an employee, besides the predikat: words of the one vocabulary of flags
 * (flags/), which gives each its label. When raised, a flag also carries a reason Issue that says why.
 */
export const EMPLOYEE_FLAGS = [
  /** Many logged activity minutes, low result achievement (docs/rules.md#kesibukan-semu). */
  'kesibukan_semu',
  /** Much of the logged activity has no output or evidence. */
  'aktivitas_tanpa_output',
  /** An indicator has a realisasi without bukti dukung (PermenPANRB 6/2022: realisasi rests on evidence). */
  'tanpa_bukti',
  /** No umpan balik from the supervisor on any indicator or on behaviour. */
  'tanpa_umpan_balik',
  /** An indicator has a target but no realisasi yet. */
  'realisasi_kosong',
] as const satisfies readonly Flag[];
export const EmployeeFlagSchema = z.enum(EMPLOYEE_FLAGS);
export type EmployeeFlag = z.infer<typeof EmployeeFlagSchema>;

export const BUSY_FLAGS = [
  'kesibukan_semu',
  'aktivitas_tanpa_output',
] as const satisfies readonly EmployeeFlag[];
export type BusyFlag = (typeof BUSY_FLAGS)[number];

/** The supervisor's duties made visible (supervisors are reluctant to reprimand or praise: docs/rules.md#supervisor-duties). */
export const SUPERVISOR_FLAGS = [
  'umpan_balik_kurang',
  'teguran_belum_diberikan',
  'apresiasi_belum_diberikan',
] as const satisfies readonly Flag[];
export const SupervisorFlagSchema = z.enum(SUPERVISOR_FLAGS);
export type SupervisorFlag = z.infer<typeof SupervisorFlagSchema>;

export const RECOMMENDATION_KINDS = [
  'penghargaan',
  'apresiasi',
  'pembinaan',
  'teguran',
  'sanksi',
  'tidak_ada',
] as const;
export const RecommendationKindSchema = z.enum(RECOMMENDATION_KINDS);
export type RecommendationKind = z.infer<typeof RecommendationKindSchema>;

export const UNIT_RECOMMENDATION_KINDS = [
  'unit_terbaik',
  'paling_meningkat',
  'pembinaan_unit',
  'tidak_ada',
] as const;
export const UnitRecommendationKindSchema = z.enum(UNIT_RECOMMENDATION_KINDS);
export type UnitRecommendationKind = z.infer<typeof UnitRecommendationKindSchema>;
