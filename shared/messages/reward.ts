import type { MessageSection } from './types';

/**
 * Reward and punishment (shared/recommend): the follow-up proposed for an employee, a supervisor or a
 * unit (REC_KIND_*), and each reason, saying what was found and then what to do. Keys are stable codes
 * (UPPER_SNAKE). Regulation terms keep their Indonesian names.
 */
export const rewardMessages = {
  REC_KIND_PENGHARGAAN: { id: 'Usulan penghargaan', en: 'Propose an award' },
  REC_KIND_APRESIASI: { id: 'Apresiasi', en: 'Appreciation' },
  REC_KIND_PEMBINAAN: { id: 'Pembinaan', en: 'Coaching (pembinaan)' },
  REC_KIND_TEGURAN: { id: 'Teguran', en: 'Reprimand (teguran)' },
  REC_KIND_SANKSI: { id: 'Usulan sanksi', en: 'Propose a sanction' },
  REC_KIND_TIDAK_ADA: { id: 'Tidak ada tindak lanjut khusus', en: 'No specific follow-up' },
  REC_KIND_UNIT_TERBAIK: { id: 'Penghargaan unit terbaik', en: 'Best unit award' },
  REC_KIND_PALING_MENINGKAT: { id: 'Apresiasi unit paling meningkat', en: 'Most improved unit' },
  REC_KIND_PEMBINAAN_UNIT: { id: 'Pembinaan unit', en: 'Unit coaching' },

  // Reasons: what was found, then what to do.
  REC_BUSY_NO_RESULTS: {
    id: 'Tercatat {minutes} menit ({share}% dari {expected} menit yang diharapkan) tetapi capaian hasil {capaian}% (< {threshold}%). Periksa bersama pegawai apakah aktivitasnya mendukung RHK.',
    en: 'Logged {minutes} minutes ({share}% of the {expected} minutes expected) but result achievement is {capaian}% (< {threshold}%). Check with the employee whether the activities serve the RHK.',
  },
  REC_ACTIVITY_NO_OUTPUT: {
    id: '{withoutOutput} dari {minutes} menit aktivitas ({share}%, batas {threshold}%) tercatat tanpa output maupun bukti dukung. Minta pegawai melengkapi output dan bukti dukungnya.',
    en: '{withoutOutput} of {minutes} activity minutes ({share}%, limit {threshold}%) have neither output nor evidence. Ask the employee to add the output and evidence.',
  },
  REC_SANKSI_PREDIKAT: {
    id: 'Predikat {predikat}: usulkan sanksi sesuai ketentuan disiplin (PP 94/2021) setelah pemeriksaan oleh atasan.',
    en: 'Predikat {predikat}: propose a sanction under the discipline rules (PP 94/2021) after the supervisor’s examination.',
  },
  REC_SANKSI_TK: {
    id: 'Tidak masuk tanpa keterangan {days} hari (batas {threshold} hari): usulkan hukuman disiplin sesuai PP 94/2021.',
    en: 'Absent without notice for {days} days (limit {threshold} days): propose a disciplinary penalty under PP 94/2021.',
  },
  REC_TEGURAN_TK: {
    id: 'Tidak masuk tanpa keterangan {days} hari (batas {threshold} hari): beri teguran sesuai PP 94/2021.',
    en: 'Absent without notice for {days} days (limit {threshold} days): give a reprimand under PP 94/2021.',
  },
  REC_TEGURAN_PREDIKAT: {
    id: 'Predikat {predikat}: atasan perlu memberi teguran tertulis dan mencatatnya di umpan balik.',
    en: 'Predikat {predikat}: the supervisor should give a written reprimand and record it as feedback.',
  },
  REC_TEGURAN_DEDUCTION: {
    id: 'Potongan disiplin {deduction}% dari bagian disiplin TPP (batas {threshold}%): beri teguran atas kehadiran.',
    en: 'Discipline deduction of {deduction}% of the TPP discipline part (limit {threshold}%): reprimand the attendance.',
  },
  REC_PEMBINAAN_PREDIKAT: {
    id: 'Predikat {predikat}: susun rencana pembinaan bersama atasan langsung.',
    en: 'Predikat {predikat}: draw up a coaching plan with the direct supervisor.',
  },
  REC_PEMBINAAN_FLAG: {
    id: 'Tertanda "{flag}": lakukan pembinaan agar waktu kerja menghasilkan output RHK.',
    en: 'Flagged "{flag}": coach the employee so that working time produces RHK output.',
  },
  REC_PENGHARGAAN: {
    id: 'Predikat {predikat}, capaian {capaian}% (minimal {threshold}%) dan potongan disiplin {deduction}%: usulkan penghargaan.',
    en: 'Predikat {predikat}, achievement {capaian}% (at least {threshold}%) and discipline deduction {deduction}%: propose an award.',
  },
  // REC_PENGHARGAAN once an award is withheld (a hukuman disiplin in the period): the conditions stand,
  // but nothing may say "usulkan penghargaan" of someone who is not proposed.
  REC_PENGHARGAAN_WITHHELD: {
    id: 'Predikat {predikat}, capaian {capaian}% (minimal {threshold}%) dan potongan disiplin {deduction}%: syarat penghargaan terpenuhi, tetapi penghargaan ditahan dan tidak diusulkan; sampaikan apresiasi.',
    en: 'Predikat {predikat}, achievement {capaian}% (at least {threshold}%) and discipline deduction {deduction}%: the award conditions are met, but the award is withheld and not proposed; give appreciation.',
  },
  REC_PEMBINAAN_CAPAIAN: {
    id: 'Belum ada predikat; capaian {capaian}% di bawah ekspektasi: bicarakan pembinaan dengan pegawai.',
    en: 'No predikat yet; achievement {capaian}% below expectations: discuss coaching with the employee.',
  },
  REC_APRESIASI_CAPAIAN: {
    id: 'Belum ada predikat; capaian {capaian}% di atas ekspektasi: sampaikan apresiasi.',
    en: 'No predikat yet; achievement {capaian}% above expectations: give appreciation.',
  },
  REC_APRESIASI: {
    id: 'Predikat {predikat}: sampaikan apresiasi tertulis dari atasan.',
    en: 'Predikat {predikat}: the supervisor should give written appreciation.',
  },
  REC_NONE: {
    id: 'Predikat {predikat}: kinerja sesuai harapan; lanjutkan umpan balik berkala.',
    en: 'Predikat {predikat}: performance as expected; keep giving regular feedback.',
  },
  REC_NO_PREDIKAT: {
    id: 'Predikat belum dapat ditentukan: lengkapi target, realisasi dan penilaian perilaku.',
    en: 'The predikat cannot be determined yet: complete the targets, realisations and behaviour ratings.',
  },
  REC_SUP_NO_FEEDBACK: {
    id: 'Belum memberi umpan balik kepada {count} dari {total} bawahan ({names}). Berikan umpan balik berkelanjutan berdasarkan bukti dukung.',
    en: 'No feedback yet for {count} of {total} subordinates ({names}). Give continuous feedback based on the evidence.',
  },
  REC_SUP_NO_REPRIMAND: {
    id: '{count} bawahan berpredikat buruk tanpa teguran tercatat ({names}). Berikan teguran dan catat di umpan balik.',
    en: '{count} subordinates with a poor predikat and no reprimand recorded ({names}). Reprimand them and record it as feedback.',
  },
  REC_SUP_NO_PRAISE: {
    id: '{count} bawahan berpredikat sangat baik tanpa apresiasi tercatat ({names}). Sampaikan apresiasi.',
    en: '{count} subordinates with an excellent predikat and no praise recorded ({names}). Give them appreciation.',
  },
  REC_UNIT_BEST_SAKIP: {
    id: 'Peringkat 1 dari {total} unit (nilai SAKIP {score}): usulkan penghargaan unit terbaik di rapat koordinasi.',
    en: 'Ranked 1st of {total} units (SAKIP score {score}): propose the best unit award at the coordination meeting.',
  },
  REC_UNIT_BEST_CAPAIAN: {
    id: 'Peringkat 1 dari {total} unit (rata-rata capaian {capaian}%): usulkan penghargaan unit terbaik di rapat koordinasi.',
    en: 'Ranked 1st of {total} units (average achievement {capaian}%): propose the best unit award at the coordination meeting.',
  },
  REC_UNIT_MOST_IMPROVED: {
    id: 'Nilai SAKIP naik {delta} poin (dari {previous} menjadi {score}): usulkan apresiasi unit paling meningkat.',
    en: 'SAKIP score rose {delta} points (from {previous} to {score}): propose the most improved unit award.',
  },
  REC_UNIT_PEMBINAAN: {
    id: 'Predikat organisasi {predikat}: jadwalkan pembinaan unit dan minta rencana aksi perbaikan.',
    en: 'Organisation predikat {predikat}: schedule unit coaching and ask for an improvement action plan.',
  },
  REC_UNIT_LAST: {
    id: 'Peringkat terakhir ({rank} dari {total} unit): bahas hambatan unit di rapat koordinasi.',
    en: 'Ranked last ({rank} of {total} units): discuss the unit’s obstacles at the coordination meeting.',
  },
  REC_UNIT_NONE: {
    id: 'Peringkat {rank} dari {total} unit: pertahankan dan tingkatkan capaian.',
    en: 'Ranked {rank} of {total} units: keep up and improve the results.',
  },

  // Why an employee flag was raised, with the rows it concerns (flags.ts names the flags).
  REC_REASON_TANPA_BUKTI: {
    id: '{count} indikator tanpa bukti dukung (sheet "{sheet}", baris {rows}). Unggah bukti dukung agar realisasinya dapat diverifikasi.',
    en: '{count} indicators without supporting evidence (sheet "{sheet}", rows {rows}). Upload the evidence so the realisation can be verified.',
  },
  REC_REASON_TANPA_UMPAN_BALIK: {
    id: 'Belum ada umpan balik atasan pada indikator maupun perilaku. Atasan perlu memberi umpan balik berkelanjutan.',
    en: 'No feedback from the supervisor on any indicator or on behaviour. The supervisor should give continuous feedback.',
  },
  REC_REASON_REALISASI_KOSONG: {
    id: '{count} indikator belum diisi realisasinya (sheet "{sheet}", baris {rows}), jadi capaiannya belum dihitung. Isi realisasi berdasarkan bukti dukung.',
    en: '{count} indicators have no realisation yet (sheet "{sheet}", rows {rows}), so their achievement is not computed. Fill in the realisation from the evidence.',
  },
} satisfies MessageSection;
