import type { MessageSection } from './types';

/**
 * The one vocabulary of flags (shared/flags): for each flag, its label FLAG_<ID> (the name people read in
 * lists, panels, badges and sheet cells) and its explanation FLAG_<ID>_WHY (why it was raised and what the
 * supervisor can do; one tooltip line each). Sheet column headers that name a flag are headers, and live
 * with their sheet (addon-results.ts). Keys are stable codes (UPPER_SNAKE).
 */
export const flagMessages = {
  // An indicator's data.
  FLAG_TARGET_SAJA: { id: 'Target saja', en: 'Target only' },
  FLAG_TARGET_SAJA_WHY: {
    id: 'Rencana (target saja): capaian dihitung setelah realisasi diisi.',
    en: 'Plan (target only): achievement is computed once the realisation is filled in.',
  },
  FLAG_REALISASI_KOSONG: { id: 'Realisasi kosong', en: 'Realisation missing' },
  FLAG_REALISASI_KOSONG_WHY: {
    id: 'Realisasi kosong: ada target tetapi belum ada realisasi. Minta pegawai mengisi realisasi.',
    en: 'Realisation missing: there is a target but no realisation yet. Ask the employee to fill it in.',
  },
  FLAG_TIDAK_TERHITUNG: { id: 'Tidak terhitung', en: 'Not computable' },
  FLAG_TIDAK_TERHITUNG_WHY: {
    id: 'Tidak terhitung: ada realisasi, tetapi capaiannya tidak dapat dihitung. Keterangannya menyebut sebab dan cara memperbaikinya.',
    en: 'Not computable: there is a realisation, but its achievement cannot be computed. The note says why and how to fix it.',
  },
  FLAG_TANPA_BUKTI: { id: 'Tanpa bukti dukung', en: 'No supporting evidence' },
  FLAG_TANPA_BUKTI_WHY: {
    id: 'Tanpa bukti dukung: realisasi harus didukung bukti (PermenPANRB 6/2022). Minta pegawai mengunggah bukti.',
    en: 'No supporting evidence: a realisation must rest on bukti dukung (PermenPANRB 6/2022). Ask for the evidence.',
  },
  FLAG_TANPA_UMPAN_BALIK: { id: 'Tanpa umpan balik', en: 'No feedback' },
  FLAG_TANPA_UMPAN_BALIK_WHY: {
    id: 'Tanpa umpan balik: atasan belum memberi umpan balik. Beri umpan balik berdasarkan bukti dukung.',
    en: 'No feedback: the supervisor has given no feedback yet. Give feedback based on the evidence.',
  },

  // An employee's logged activity.
  FLAG_KESIBUKAN_SEMU: { id: 'Kesibukan semu', en: 'Busy without results' },
  FLAG_KESIBUKAN_SEMU_WHY: {
    id: 'Kesibukan semu: banyak menit aktivitas tetapi capaian hasil rendah. Bahas output yang diharapkan.',
    en: 'Busy without results: many activity minutes but low achievement. Discuss the expected outputs.',
  },
  FLAG_AKTIVITAS_TANPA_OUTPUT: { id: 'Aktivitas tanpa output', en: 'Activity without output' },
  FLAG_AKTIVITAS_TANPA_OUTPUT_WHY: {
    id: 'Aktivitas tanpa output: aktivitas tercatat tanpa output maupun bukti dukung. Minta pegawai mencatat hasil aktivitasnya.',
    en: 'Activity without output: activity logged with neither output nor evidence. Ask the employee to record what it produced.',
  },

  // What a page says besides the numbers.
  FLAG_RATING_BERBEDA: { id: 'Rating berbeda dari usulan', en: 'Rating differs from proposal' },
  FLAG_RATING_BERBEDA_WHY: {
    id: 'Rating di halaman berbeda dari usulan berbasis capaian. Periksa kembali atau catat alasannya.',
    en: 'The rating on the page differs from the result-based proposal. Review it or record why.',
  },
  FLAG_BELUM_DINILAI: { id: 'Belum dinilai', en: 'Not assessed yet' },
  FLAG_BELUM_DINILAI_WHY: {
    id: 'Belum dinilai atau belum disetujui. Selesaikan penilaian pegawai ini.',
    en: 'Not assessed or approved yet. Complete this employee’s assessment.',
  },

  // A supervisor's duties.
  FLAG_UMPAN_BALIK_KURANG: { id: 'Umpan balik belum lengkap', en: 'Feedback incomplete' },
  FLAG_UMPAN_BALIK_KURANG_WHY: {
    id: 'Umpan balik belum lengkap: ada bawahan yang belum diberi umpan balik. Berikan umpan balik berkelanjutan berdasarkan bukti dukung.',
    en: 'Feedback incomplete: some subordinates have had no feedback yet. Give continuous feedback based on the evidence.',
  },
  FLAG_TEGURAN_BELUM_DIBERIKAN: { id: 'Teguran belum diberikan', en: 'Reprimand not given' },
  FLAG_TEGURAN_BELUM_DIBERIKAN_WHY: {
    id: 'Teguran belum diberikan: ada bawahan berpredikat buruk tanpa teguran tercatat. Berikan teguran dan catat di umpan balik.',
    en: 'Reprimand not given: a subordinate with a poor predikat has no reprimand recorded. Reprimand them and record it as feedback.',
  },
  FLAG_APRESIASI_BELUM_DIBERIKAN: { id: 'Apresiasi belum diberikan', en: 'Praise not given' },
  FLAG_APRESIASI_BELUM_DIBERIKAN_WHY: {
    id: 'Apresiasi belum diberikan: ada bawahan berpredikat sangat baik tanpa apresiasi tercatat. Sampaikan apresiasi.',
    en: 'Praise not given: a subordinate with an excellent predikat has no praise recorded. Give them appreciation.',
  },
} satisfies MessageSection;
