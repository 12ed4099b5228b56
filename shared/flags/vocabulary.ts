/**
 * Every flag Nilai Kerja shows, on any subject and any surface: one vocabulary, so the same word means
 * the same thing in a sheet cell, a badge, the panel and the reward list. Flags make missing work
 * visible; they are not penalties by themselves (docs/rules.md#flags). Each flag has one label and one
 * explanation in the catalog (labels.ts). The subjects keep their own subsets: an indicator's in
 * score/indicator.ts (INDICATOR_FLAGS), an employee's and a supervisor's in recommend/flags.ts, a
 * page badge's in the extension (OVERLAY_FLAGS).
 */
export const FLAGS = [
  // An indicator (score/indicator.ts decides them; an employee inherits the last three).
  /** A plan: the table has targets and no realisasi column yet. */
  'target_saja',
  /** A target without realisasi: not reported yet. */
  'realisasi_kosong',
  /** A realisasi is there but the capaian cannot be computed (the issue says why). */
  'tidak_terhitung',
  /** A realisasi without bukti dukung (PermenPANRB 6/2022: realisasi rests on evidence). */
  'tanpa_bukti',
  /** No umpan balik from the supervisor (PermenPANRB 6/2022: feedback is continuous). */
  'tanpa_umpan_balik',

  // An employee's logged activity (recommend/busy.ts, docs/rules.md#kesibukan-semu).
  /** Many logged activity minutes, low result achievement. */
  'kesibukan_semu',
  /** Much of the logged activity has no output or evidence (on a page: one activity without either). */
  'aktivitas_tanpa_output',

  // What a page says besides the numbers (read by the extension, docs/pages.md).
  /** The rating chosen on the page differs from the proposal computed from capaian. */
  'rating_berbeda',
  /** Not assessed or approved yet, or no result at all. */
  'belum_dinilai',

  // A supervisor's duties (recommend/supervisor.ts, docs/rules.md#supervisor-duties).
  /** No umpan balik yet for some subordinates. */
  'umpan_balik_kurang',
  /** Subordinates with a poor predikat and no reprimand recorded. */
  'teguran_belum_diberikan',
  /** Subordinates with an excellent predikat and no praise recorded. */
  'apresiasi_belum_diberikan',
] as const;
export type Flag = (typeof FLAGS)[number];
