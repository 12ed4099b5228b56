import type { MessageSection } from './types';

/**
 * Messages owned by the recommend part (REC_*), the scoring pipeline (PIPE_*)
 * and the plain-text recap printed by `npm start` (RECAP_*). Keys are stable codes (UPPER_SNAKE). Regulation terms keep their Indonesian names.
 */
export const recommendMessages = {
  REC_KIND_PENGHARGAAN: { id: 'Usulan penghargaan', en: 'Propose an award' },
  REC_KIND_APRESIASI: { id: 'Apresiasi', en: 'Appreciation' },
  REC_KIND_PEMBINAAN: { id: 'Pembinaan', en: 'Coaching (pembinaan)' },
  REC_KIND_TEGURAN: { id: 'Teguran', en: 'Reprimand (teguran)' },
  REC_KIND_SANKSI: { id: 'Usulan sanksi', en: 'Propose a sanction' },
  REC_KIND_TIDAK_ADA: { id: 'Tidak ada tindak lanjut khusus', en: 'No specific follow-up' },
  REC_KIND_UNIT_TERBAIK: { id: 'Penghargaan unit terbaik', en: 'Best unit award' },
  REC_KIND_PALING_MENINGKAT: { id: 'Apresiasi unit paling meningkat', en: 'Most improved unit' },
  REC_KIND_PEMBINAAN_UNIT: { id: 'Pembinaan unit', en: 'Unit coaching' },

  REC_FLAG_KESIBUKAN_SEMU: { id: 'Kesibukan semu', en: 'Busy without results' },
  REC_FLAG_AKTIVITAS_TANPA_OUTPUT: { id: 'Aktivitas tanpa output', en: 'Activities without output' },
  REC_FLAG_TANPA_BUKTI: { id: 'Tanpa bukti dukung', en: 'No supporting evidence' },
  REC_FLAG_TANPA_UMPAN_BALIK: { id: 'Tanpa umpan balik', en: 'No feedback' },
  REC_FLAG_REALISASI_KOSONG: { id: 'Realisasi kosong', en: 'Realisation missing' },
  REC_FLAG_UMPAN_BALIK_KURANG: { id: 'Umpan balik belum lengkap', en: 'Feedback incomplete' },
  REC_FLAG_TEGURAN_BELUM: { id: 'Teguran belum diberikan', en: 'Reprimand not given' },
  REC_FLAG_APRESIASI_BELUM: { id: 'Apresiasi belum diberikan', en: 'Praise not given' },

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

  // Scoring pipeline: problems in the workbook as a whole (cell-level problems come from the parsers).
  PIPE_DUPLICATE_NIP: {
    id: 'NIP {nip} sudah dipakai di baris {firstRow} ({nama}). Baris ini diabaikan: hapus duplikatnya atau perbaiki NIP.',
    en: 'NIP {nip} is already used on row {firstRow} ({nama}). This row is ignored: delete the duplicate or correct the NIP.',
  },
  PIPE_DUPLICATE_ROW: {
    id: 'NIP {nip} sudah ada di baris {firstRow} sheet ini. Baris ini diabaikan: gabungkan kedua baris.',
    en: 'NIP {nip} already appears on row {firstRow} of this sheet. This row is ignored: merge the two rows.',
  },
  PIPE_DUPLICATE_UNIT: {
    id: 'Unit "{unit}" sudah ada di baris {firstRow}. Baris ini diabaikan: hapus duplikatnya.',
    en: 'Unit "{unit}" already appears on row {firstRow}. This row is ignored: delete the duplicate.',
  },
  PIPE_UNKNOWN_NIP: {
    id: 'NIP {nip} ({count} baris: {rows}) tidak ada di sheet "{employees}". Baris itu diabaikan: tambahkan pegawainya atau perbaiki NIP.',
    en: 'NIP {nip} ({count} rows: {rows}) is not in sheet "{employees}". Those rows are ignored: add the employee or correct the NIP.',
  },
  PIPE_UNKNOWN_ATASAN: {
    id: 'NIP atasan {nip} (atasan {nama}) tidak ada di sheet "{sheet}". Tugas atasan tidak dapat dinilai: periksa NIP atasan.',
    en: 'Supervisor NIP {nip} (supervisor of {nama}) is not in sheet "{sheet}". The supervisor’s duties cannot be checked: verify the NIP.',
  },
  PIPE_UNIT_EMPTY: {
    id: 'Unit kerja {nama} kosong. Isi unit kerjanya agar distribusi predikat unit dapat diperiksa.',
    en: 'The unit of {nama} is empty. Fill it in so the unit’s predikat distribution can be checked.',
  },
  PIPE_UNIT_UNKNOWN: {
    id: 'Unit "{unit}" tidak ada di sheet "{sheet}": predikat organisasinya tidak diketahui. Tambahkan unit itu atau samakan penulisan namanya.',
    en: 'Unit "{unit}" is not in sheet "{sheet}": its organisation predikat is unknown. Add the unit or make the name match.',
  },
  PIPE_UNIT_NO_PREDIKAT: {
    id: 'Unit "{unit}" belum punya predikat organisasi: distribusi predikat dan rating hasil kepala unit tidak dapat dihitung. Isi predikat organisasinya.',
    en: 'Unit "{unit}" has no organisation predikat: the predikat distribution and the head’s hasil rating cannot be computed. Fill it in.',
  },
  PIPE_MULTIPLE_HEADS: {
    id: 'Unit "{unit}" punya {count} kepala unit. Tandai "Ya" hanya untuk satu pegawai.',
    en: 'Unit "{unit}" has {count} heads. Mark "Ya" for one employee only.',
  },
  PIPE_SAKIP_UNIT_UNKNOWN: {
    id: 'Unit "{unit}" di lembar SAKIP tidak ada di daftar unit maupun pegawai. Samakan penulisan nama unitnya.',
    en: 'Unit "{unit}" in the SAKIP sheet matches no unit or employee. Make the unit name match.',
  },
  PIPE_SAKIP_SCORE_RANGE: {
    id: 'Nilai SAKIP "{value}" di luar 0-100. Tulis nilai antara 0 dan 100, mis. 68,40.',
    en: 'SAKIP score "{value}" is outside 0-100. Write a score between 0 and 100, e.g. 68.40.',
  },
  PIPE_NO_INDICATORS: {
    id: '{nama} ({nip}) belum punya indikator yang dapat dihitung di sheet "{sheet}": rating hasil dan predikat belum ditentukan. Lengkapi target dan realisasinya.',
    en: '{nama} ({nip}) has no computable indicator in sheet "{sheet}": hasil rating and predikat are not set. Complete the targets and realisations.',
  },
  PIPE_NO_BEHAVIOUR: {
    id: '{nama} ({nip}) belum dinilai perilakunya di sheet "{sheet}": predikat belum ditentukan. Isi tujuh nilai BerAKHLAK.',
    en: '{nama} ({nip}) has no behaviour rating in sheet "{sheet}": the predikat is not set. Fill in the seven BerAKHLAK values.',
  },
  PIPE_NO_EMPLOYEES: {
    id: 'Sheet "{sheet}" tidak berisi pegawai dengan NIP yang sah. Isi minimal kolom NIP dan Nama.',
    en: 'Sheet "{sheet}" holds no employee with a valid NIP. Fill in at least the NIP and Nama columns.',
  },

  // Plain-text recap (npm start).
  RECAP_TITLE: {
    id: 'Rekap kinerja {opd}, {period} (kebijakan: {policy})',
    en: 'Performance recap of {opd}, {period} (policy: {policy})',
  },
  RECAP_SUMMARY: {
    id: '{employees} pegawai dinilai dari {rows} baris pegawai; {indicators} dari {indicatorRows} indikator dihitung; {errors} masalah data, {warnings} peringatan.',
    en: '{employees} employees scored from {rows} employee rows; {indicators} of {indicatorRows} indicators computed; {errors} data problems, {warnings} warnings.',
  },
  RECAP_EMPLOYEES: { id: 'PEGAWAI', en: 'EMPLOYEES' },
  RECAP_UNITS: { id: 'UNIT KERJA', en: 'UNITS' },
  RECAP_SUPERVISORS: { id: 'TUGAS ATASAN', en: 'SUPERVISOR DUTIES' },
  RECAP_ISSUES: { id: 'MASALAH DATA', en: 'DATA PROBLEMS' },
  RECAP_COL_NAMA: { id: 'Nama', en: 'Name' },
  RECAP_COL_NIP: { id: 'NIP', en: 'NIP' },
  RECAP_COL_UNIT: { id: 'Unit', en: 'Unit' },
  RECAP_COL_CAPAIAN: { id: 'Capaian', en: 'Achievement' },
  RECAP_COL_KATEGORI: { id: 'Kategori', en: 'Category' },
  RECAP_COL_HASIL: { id: 'Rating hasil', en: 'Results rating' },
  RECAP_COL_PERILAKU: { id: 'Rating perilaku', en: 'Behaviour rating' },
  RECAP_COL_PREDIKAT: { id: 'Predikat', en: 'Predikat' },
  RECAP_COL_FLAGS: { id: 'Tanda', en: 'Flags' },
  RECAP_COL_REKOMENDASI: { id: 'Rekomendasi', en: 'Recommendation' },
  RECAP_REASON: { id: 'alasan: {reason}', en: 'reason: {reason}' },
  RECAP_NONE: { id: '-', en: '-' },
  RECAP_UNIT_LINE: {
    id: '{unit}: predikat organisasi {predikat}, {employees} pegawai, rata-rata capaian {capaian}',
    en: '{unit}: organisation predikat {predikat}, {employees} employees, average achievement {capaian}',
  },
  RECAP_DISTRIBUTION_OK: {
    id: 'Distribusi predikat sesuai SE MenPANRB 3/2023.',
    en: 'Predikat distribution meets SE MenPANRB 3/2023.',
  },
  RECAP_DISTRIBUTION_NONE: {
    id: 'Distribusi predikat belum dapat diperiksa (predikat organisasi belum diisi).',
    en: 'Predikat distribution cannot be checked (no organisation predikat).',
  },
  RECAP_SAKIP: {
    id: 'SAKIP {score} ({grade}, {label}); tahun lalu {previous}',
    en: 'SAKIP {score} ({grade}, {label}); last year {previous}',
  },
  RECAP_SAKIP_NONE: { id: 'SAKIP belum dinilai.', en: 'SAKIP not evaluated.' },
  RECAP_RANK: {
    id: 'Peringkat {rank} dari {total} (dasar: {basis}); rekomendasi: {kind}',
    en: 'Rank {rank} of {total} (basis: {basis}); recommendation: {kind}',
  },
  RECAP_BASIS_SAKIP: { id: 'nilai SAKIP', en: 'SAKIP score' },
  RECAP_BASIS_CAPAIAN: { id: 'rata-rata capaian', en: 'average achievement' },
  RECAP_BASIS_NONE: { id: 'tidak ada', en: 'none' },
  RECAP_SUPERVISOR_LINE: {
    id: '{nama}: umpan balik untuk {withFeedback} dari {subordinates} bawahan',
    en: '{nama}: feedback for {withFeedback} of {subordinates} subordinates',
  },
  RECAP_ALL_SUPERVISORS_OK: {
    id: 'Semua atasan telah memberi umpan balik kepada bawahannya.',
    en: 'Every supervisor has given feedback to their subordinates.',
  },
  RECAP_NO_ISSUES: { id: 'Tidak ada masalah data.', en: 'No data problems.' },
} satisfies MessageSection;
