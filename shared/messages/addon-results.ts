import type { MessageSection } from './types';

/**
 * The add-on's results: running "Hitung nilai", the result sheets (Hasil Pegawai, Hasil Unit) with their
 * column headers, the dashboard, the reward & punishment list, the SAKIP evaluation sheet and the export
 * for the extension. Sheet names and column headers are what the admin sees, so they live here; the flags'
 * labels and explanations live in flags.ts. Keys are stable codes (UPPER_SNAKE).
 */
export const addonResultsMessages = {
  // Generated sheets.
  ADDON_SHEET_EMPLOYEES: { id: 'Hasil Pegawai', en: 'Employee Results' },
  ADDON_SHEET_UNITS: { id: 'Hasil Unit', en: 'Unit Results' },
  ADDON_SHEET_DASHBOARD: { id: 'Dasbor', en: 'Dashboard' },
  ADDON_SHEET_REWARD: { id: 'Reward & Punishment', en: 'Reward & Punishment' },
  ADDON_SHEET_SAKIP: { id: 'Evaluasi SAKIP', en: 'SAKIP Evaluation' },
  ADDON_SHEET_RB: { id: 'Evaluasi RB', en: 'RB Evaluation' },
  ADDON_SHEET_RB_ACTIONS: { id: 'Pantau Rencana Aksi', en: 'Action Plan Monitor' },

  // Running compute.
  ADDON_READING: { id: 'Membaca sheet masukan...', en: 'Reading the input sheets...' },
  ADDON_SCORING: {
    id: 'Menghitung nilai {count} pegawai...',
    en: 'Scoring {count} employees...',
  },
  ADDON_WRITING: { id: 'Menulis sheet "{sheet}"...', en: 'Writing sheet "{sheet}"...' },
  ADDON_NO_INPUT: {
    id: 'Sheet {missing} tidak ditemukan. Jalankan "Siapkan templat" atau "Petakan kolom..." lalu coba lagi. Sheet hasil sebelumnya tidak diubah.',
    en: 'Sheet {missing} was not found. Run "Prepare template" or "Map columns..." and try again. Previous result sheets were left unchanged.',
  },
  ADDON_LKE_ONLY: {
    id: 'Workbook ini berisi lembar kerja evaluasi SAKIP (LKE/KKE) tanpa data pegawai, jadi tidak ada pegawai untuk dinilai. Jalankan Evaluasi SAKIP. Sheet hasil sebelumnya tidak diubah.',
    en: 'This workbook holds SAKIP evaluation sheets (LKE/KKE) without employee data, so there is no employee to score. Run SAKIP evaluation. Previous result sheets were left unchanged.',
  },
  ADDON_NO_EMPLOYEES: {
    id: 'Tidak ada pegawai yang dapat dinilai dari sheet "{sheet}". Periksa sheet "Masalah Data". Sheet hasil sebelumnya tidak diubah.',
    en: 'No employee could be scored from sheet "{sheet}". Check the "Masalah Data" sheet. Previous result sheets were left unchanged.',
  },
  ADDON_POLICY_BROKEN: {
    id: 'Kebijakan tersimpan rusak, jadi nilai tidak dihitung dan sheet hasil sebelumnya tidak diubah. {detail} Buka "Pengaturan kebijakan..." untuk memperbaiki atau memilih preset.',
    en: 'The saved policy is broken, so nothing was computed and previous result sheets were left unchanged. {detail} Open "Policy settings..." to fix it or pick a preset.',
  },
  ADDON_FAILED: {
    id: 'Perhitungan gagal ({detail}). Sheet hasil sebelumnya tidak diubah dan sel masukan tidak disentuh.',
    en: 'The computation failed ({detail}). Previous result sheets were left unchanged and input cells were not touched.',
  },
  ADDON_REQUEST_INVALID: {
    id: 'Permintaan dari panel tidak sesuai (bagian "{field}"), jadi tidak ada yang dibaca atau ditulis. Tutup panel lalu buka lagi dari menu.',
    en: 'The request from the panel does not fit (part "{field}"), so nothing was read or written. Close the panel and open it again from the menu.',
  },
  ADDON_COMPUTE_DONE: {
    id: '{employees} pegawai dinilai di sheet "{sheetEmployees}", {units} unit di sheet "{sheetUnits}".',
    en: '{employees} employees scored in sheet "{sheetEmployees}", {units} units in sheet "{sheetUnits}".',
  },
  ADDON_COMPUTE_DONE_PERIOD: {
    id: '{employees} pegawai dinilai untuk {period} di sheet "{sheetEmployees}", {units} unit di sheet "{sheetUnits}".',
    en: '{employees} employees scored for {period} in sheet "{sheetEmployees}", {units} units in sheet "{sheetUnits}".',
  },
  // The period an output sheet holds (a note on its first header cell, or a line of the sheet).
  ADDON_OUTPUT_PERIOD: {
    id: 'Periode penilaian: {period}.',
    en: 'Period scored: {period}.',
  },
  // The Periode cell of Hasil Pegawai and Hasil Unit when the data names no period (its note says what to do).
  ADDON_OUTPUT_PERIOD_NONE: { id: 'Tidak diketahui', en: 'Not known' },
  ADDON_OUTPUT_PERIOD_UNKNOWN: {
    id: 'Periode penilaian: tidak diketahui (data tidak menyebut periodenya; tulis mis. "Bulan : Maret 2025" di atas tabel).',
    en: 'Period scored: not known (the data names no period; write e.g. "Bulan : Maret 2025" above the table).',
  },
  ADDON_DASH_BUILT: {
    id: '{period} Dasbor ini dibuat dari perhitungan pada waktu di catatan sel ini; buat Dasbor lagi setelah data berubah atau setelah Hitung nilai.',
    en: "{period} This dashboard was built from the computation at the time in this cell's note; build it again after the data change or after Hitung nilai.",
  },
  ADDON_DASH_BUILT_AT: {
    id: 'Dasbor dibuat dari perhitungan pada {time}.',
    en: 'Dashboard built from the computation at {time}.',
  },
  ADDON_DASH_CHART_PERIOD: { id: '{title} ({period})', en: '{title} ({period})' },
  ADDON_ISSUES_SUMMARY: {
    id: '{errors} masalah dan {warnings} peringatan data tercantum di sheet "{sheet}"; baris yang bermasalah dilewati.',
    en: '{errors} data problems and {warnings} warnings are listed in sheet "{sheet}"; affected rows were skipped.',
  },
  ADDON_NO_ISSUES: {
    id: 'Tidak ada masalah data.',
    en: 'No data problems.',
  },
  ADDON_DISTRIBUTION_SUMMARY: {
    id: '{count} unit belum memenuhi sebaran predikat SE MenPANRB 3/2023: {units}.',
    en: '{count} units do not meet the SE MenPANRB 3/2023 predikat distribution: {units}.',
  },
  ADDON_DONE_SHEET: { id: 'Hasil ditulis di sheet "{sheet}".', en: 'Results written to sheet "{sheet}".' },

  // Hasil Pegawai columns.
  ADDON_COL_PERIODE: { id: 'Periode', en: 'Period' },
  ADDON_COL_NIP: { id: 'NIP', en: 'NIP' },
  ADDON_COL_NAMA: { id: 'Nama', en: 'Name' },
  ADDON_COL_JABATAN: { id: 'Jabatan', en: 'Position' },
  ADDON_COL_UNIT: { id: 'Unit Kerja', en: 'Unit' },
  ADDON_COL_CAPAIAN: { id: 'Capaian', en: 'Achievement' },
  ADDON_COL_KATEGORI: { id: 'Kategori Capaian', en: 'Achievement category' },
  ADDON_COL_RATING_USULAN: { id: 'Rating Hasil (usulan)', en: 'Result rating (proposed)' },
  ADDON_COL_RATING_AKHIR: { id: 'Rating Hasil (akhir)', en: 'Result rating (final)' },
  ADDON_COL_RATING_SUMBER: { id: 'Sumber Rating Akhir', en: 'Final rating from' },
  ADDON_COL_RATING_PERILAKU: { id: 'Rating Perilaku', en: 'Behaviour rating' },
  ADDON_COL_PREDIKAT: { id: 'Predikat Kinerja', en: 'Performance predikat' },
  ADDON_COL_KESIBUKAN_SEMU: { id: 'Kesibukan Semu', en: 'Busy without results' },
  ADDON_COL_TANPA_BUKTI: { id: 'Tanpa Bukti Dukung', en: 'No evidence' },
  ADDON_COL_TANPA_UMPAN_BALIK: { id: 'Tanpa Umpan Balik', en: 'No feedback' },
  ADDON_COL_POTONGAN: { id: 'Potongan Disiplin', en: 'Discipline deduction' },
  ADDON_COL_TPP: { id: 'Estimasi TPP (Rp)', en: 'Estimated TPP (Rp)' },
  ADDON_COL_REKOMENDASI: { id: 'Rekomendasi', en: 'Recommendation' },
  ADDON_COL_ALASAN: { id: 'Alasan', en: 'Reasons' },
  ADDON_COL_TINGKAT_DATA: { id: 'Dinilai dari', en: 'Scored from' },
  ADDON_COL_PERUBAHAN: {
    id: 'Perubahan capaian sejak periode lalu',
    en: 'Change in achievement since last period',
  },
  ADDON_COL_TREN: { id: 'Tren', en: 'Trend' },
  ADDON_HIST_COL_PERIOD_KEY: { id: 'Kode periode', en: 'Period code' },
  ADDON_HIST_COL_PERIOD: { id: 'Periode', en: 'Period' },
  ADDON_HIST_COL_TK: { id: 'Hari tanpa keterangan (TK)', en: 'Days absent without leave (TK)' },
  ADDON_HIST_COL_TK_DATES: { id: 'Tanggal TK', en: 'TK dates' },
  ADDON_HIST_WRITTEN: {
    id: 'Riwayat diperbarui untuk {periods} di sheet "{sheet}"; periode lain tetap seperti sebelumnya.',
    en: 'History updated for {periods} in sheet "{sheet}"; other periods are kept as they were.',
  },
  ADDON_HIST_IMPROVED: {
    id: 'Paling meningkat ({span}): {names}.',
    en: 'Most improved ({span}): {names}.',
  },
  ADDON_HIST_STAGNANT: {
    id: '{count} pegawai stagnan (lihat kolom Tren di "{sheet}").',
    en: '{count} employees stagnant (see the Tren column in "{sheet}").',
  },
  ADDON_HIST_IMPROVED_UNITS: {
    id: 'Unit paling meningkat ({span}, rata-rata capaian): {units}.',
    en: 'Most improved units ({span}, mean achievement): {units}.',
  },
  ADDON_ANNUAL_WRITTEN: {
    id: 'Predikat tahunan {years} untuk {employees} pegawai di sheet "{sheet}", aturan: {rule}.',
    en: 'Annual predikat {years} for {employees} employees in sheet "{sheet}", rule: {rule}.',
  },
  ADDON_ANNUAL_COL_YEAR: { id: 'Tahun', en: 'Year' },
  ADDON_ANNUAL_COL_PERIODS: { id: 'Periode tercatat', en: 'Periods on record' },
  ADDON_ANNUAL_COL_CAPAIAN: { id: 'Capaian tahunan', en: 'Annual achievement' },
  ADDON_ANNUAL_COL_PREDIKAT: { id: 'Predikat tahunan', en: 'Annual predikat' },
  ADDON_ANNUAL_COL_RULE: { id: 'Aturan predikat tahunan', en: 'Annual predikat rule' },
  ADDON_ANNUAL_COL_BASIS: { id: 'Dasar', en: 'Basis' },
  ADDON_DASH_TREND_TITLE: {
    id: 'Tren rata-rata capaian per unit per periode',
    en: 'Mean achievement per unit per period',
  },
  ADDON_DASH_STAGNANT_TITLE: {
    id: 'Jumlah pegawai stagnan per unit per periode',
    en: 'Stagnant employees per unit per period',
  },
  ADDON_COL_NPK: { id: 'Nilai Prestasi Kerja (PP 46/2011)', en: 'Work achievement score (PP 46/2011)' },
  ADDON_LEVEL_INDIKATOR: {
    id: 'Indikator (target dan realisasi)',
    en: 'Indicators (target and realisation)',
  },
  ADDON_LEVEL_PEGAWAI: {
    id: 'Hasil per pegawai (baris {row} tabel hasil)',
    en: 'Per-employee results (row {row} of the results table)',
  },
  ADDON_LEVEL_NONE: { id: 'Belum ada data hasil kerja', en: 'No result data yet' },
  ADDON_PREDIKAT_WRITTEN: {
    id: 'predikat tertulis di sheet; matriks: {usulan}',
    en: 'predikat as written in the sheet; matrix: {usulan}',
  },
  ADDON_COL_MENIT: { id: 'Menit Aktivitas', en: 'Activity minutes' },
  ADDON_YES: { id: 'Ya', en: 'Yes' },
  ADDON_SOURCE_USULAN: { id: 'Usulan dari capaian', en: 'Proposed from achievement' },
  ADDON_SOURCE_ATASAN: { id: 'Penilaian atasan', en: "Supervisor's rating" },
  ADDON_SOURCE_ORGANISASI: { id: 'Predikat organisasi (kepala unit)', en: 'Unit predikat (head of unit)' },
  ADDON_SOURCE_DIFFERS: {
    id: 'berbeda dari usulan: jelaskan di umpan balik',
    en: 'differs from the proposal: explain it in the feedback',
  },

  // Hasil Unit columns.
  ADDON_COL_PREDIKAT_ORG: { id: 'Predikat Organisasi', en: 'Unit predikat' },
  ADDON_COL_JUMLAH_PEGAWAI: { id: 'Jumlah Pegawai', en: 'Employees' },
  ADDON_COL_TANPA_PREDIKAT: { id: 'Belum Ada Predikat', en: 'No predikat yet' },
  ADDON_COL_RATA_CAPAIAN: { id: 'Rata-rata Capaian', en: 'Average achievement' },
  ADDON_COL_CEK_DISTRIBUSI: { id: 'Cek Sebaran (SE 3/2023)', en: 'Distribution check (SE 3/2023)' },
  ADDON_DISTRIBUTION_OK: { id: 'OK', en: 'OK' },
  ADDON_DISTRIBUTION_NONE: {
    id: 'Tidak diperiksa: isi predikat organisasi unit ini di sheet Unit.',
    en: 'Not checked: enter this unit’s predikat in the Unit sheet.',
  },
  ADDON_NOT_SET: { id: '(belum diisi)', en: '(not set)' },

  // Dashboard.
  ADDON_DASH_DIST_TITLE: {
    id: 'Sebaran predikat pegawai per unit dan batas SE MenPANRB 3/2023',
    en: 'Employee predikat per unit and the SE MenPANRB 3/2023 limits',
  },
  ADDON_DASH_CAPAIAN_TITLE: { id: 'Rata-rata capaian per unit', en: 'Average achievement per unit' },
  ADDON_DASH_BUSY_TITLE: {
    id: 'Menit aktivitas vs capaian hasil per pegawai (sibuk belum tentu produktif)',
    en: 'Activity minutes vs result achievement per employee (busy is not productive)',
  },
  ADDON_DASH_LIMIT_SB: { id: 'Batas maks. Sangat Baik', en: 'Max. Very Good allowed' },
  ADDON_DASH_LIMIT_B: { id: 'Batas maks. Baik', en: 'Max. Good allowed' },
  ADDON_DASH_CAPAIAN_PCT: { id: 'Capaian (%)', en: 'Achievement (%)' },
  ADDON_DASH_BUSY_NO_ROWS: {
    id: 'Menit aktivitas dikosongkan untuk {count} pegawai yang tidak punya baris terhitung di log aktivitas harian: menit kerjanya tidak diketahui (bukan 0). Periksa NIP mereka di sheet aktivitas, atau minta mereka mengisi log, lalu buat Dasbor lagi.',
    en: 'Activity minutes left blank for {count} employees with no counted row in the daily activity log: their minutes are not known (not 0). Check their NIP in the activity sheet, or ask them to fill in the log, and build the Dasbor again.',
  },
  ADDON_DASH_BUSY_NO_LOG: {
    id: 'Menit aktivitas dikosongkan: workbook ini tidak memuat log aktivitas harian, jadi menit kerja pegawai tidak diketahui (bukan 0). Tambahkan sheet aktivitas (NIP, Tanggal, Uraian Aktivitas, Menit) lalu buat Dasbor lagi.',
    en: "Activity minutes left blank: this workbook holds no daily activity log, so the employees' minutes are not known (not 0). Add an activity sheet (NIP, Tanggal, Uraian Aktivitas, Menit) and build the Dasbor again.",
  },
  ADDON_DASH_DONE: {
    id: 'Sheet "{sheet}" dibuat dengan {charts} grafik dari {employees} pegawai dan {units} unit.',
    en: 'Sheet "{sheet}" built with {charts} charts from {employees} employees and {units} units.',
  },

  // Reward & punishment.
  ADDON_RP_TITLE: {
    id: 'Daftar reward & punishment: {count} pegawai dengan tindak lanjut',
    en: 'Reward & punishment list: {count} employees with a follow-up',
  },
  ADDON_RP_EMPLOYEES: { id: 'Pegawai per rekomendasi', en: 'Employees by recommendation' },
  ADDON_RP_SUPERVISORS: { id: 'Kewajiban atasan', en: "Supervisors' duties" },
  ADDON_RP_UNITS: { id: 'Unit kerja', en: 'Units' },
  ADDON_RP_RECAP: { id: 'Rekap untuk rapat Sekda', en: "Recap for the Sekda's meeting" },
  ADDON_RP_NONE_IN_GROUP: { id: '(tidak ada)', en: '(none)' },
  ADDON_RP_COL_SUBORDINATES: { id: 'Bawahan', en: 'Subordinates' },
  ADDON_RP_COL_FEEDBACK: { id: 'Dengan Umpan Balik', en: 'With feedback' },
  ADDON_RP_COL_DUTY: { id: 'Kewajiban', en: 'Duty' },
  ADDON_RP_COL_RANK: { id: 'Peringkat', en: 'Rank' },
  ADDON_RP_RECAP_KIND: {
    id: '{kind}: {count} pegawai',
    en: '{kind}: {count} employees',
  },
  ADDON_RP_RECAP_SUPERVISORS: {
    id: '{count} atasan perlu menindaklanjuti kewajibannya (umpan balik, teguran atau apresiasi).',
    en: '{count} supervisors must act on their duties (feedback, reprimand or praise).',
  },
  ADDON_RP_RECAP_PENDING: {
    id: '{count} atasan menunggu tindak lanjut: teguran atau apresiasi belum tercatat, tetapi batas waktunya belum lewat (sampai {to}).',
    en: '{count} supervisors awaiting follow-up: a reprimand or appreciation is not recorded yet, but the deadline has not passed (until {to}).',
  },
  ADDON_RP_DUTY_PENDING: { id: 'Menunggu tindak lanjut sampai {to}', en: 'Awaiting follow-up until {to}' },
  ADDON_RP_RECAP_BUSY: {
    id: '{count} pegawai tertanda kesibukan semu (banyak aktivitas, hasil rendah).',
    en: '{count} employees flagged busy without results (many activities, low results).',
  },
  ADDON_RP_RECAP_BEST: { id: 'Unit terbaik: {units}.', en: 'Best unit: {units}.' },
  ADDON_RP_RECAP_IMPROVED: { id: 'Unit paling meningkat: {units}.', en: 'Most improved unit: {units}.' },
  ADDON_RP_RECAP_PEMBINAAN: { id: 'Unit untuk pembinaan: {units}.', en: 'Units for coaching: {units}.' },
  ADDON_RP_DONE: {
    id: 'Sheet "{sheet}": {employees} pegawai dengan tindak lanjut, {supervisors} atasan dengan kewajiban.',
    en: 'Sheet "{sheet}": {employees} employees with a follow-up, {supervisors} supervisors with duties.',
  },
  ADDON_RP_DONE_PENDING: {
    id: 'Sheet "{sheet}": {employees} pegawai dengan tindak lanjut, {listed} atasan di daftar kewajiban: {supervisors} dengan kewajiban yang belum dipenuhi, {pending} yang hanya menunggu tindak lanjut (batas waktunya belum lewat).',
    en: 'Sheet "{sheet}": {employees} employees with a follow-up, {listed} supervisors in the list of duties: {supervisors} with a duty not met, {pending} only awaiting follow-up (the deadline has not passed).',
  },

  // SAKIP.
  ADDON_SAKIP_COL_COMPONENT: { id: 'Komponen / Sub-komponen', en: 'Component / sub-component' },
  ADDON_SAKIP_COL_WEIGHT: { id: 'Bobot', en: 'Weight' },
  ADDON_SAKIP_COL_SCORE: { id: 'Nilai', en: 'Score' },
  ADDON_SAKIP_COL_MEAN: { id: 'Rata-rata Jawaban', en: 'Mean answer' },
  ADDON_SAKIP_COL_CRITERIA: { id: 'Jumlah Kriteria', en: 'Criteria' },
  ADDON_SAKIP_FINAL: { id: 'Nilai akhir', en: 'Final score' },
  ADDON_SAKIP_GRADE: { id: 'Predikat SAKIP', en: 'SAKIP grade' },
  ADDON_SAKIP_WEAKEST: { id: 'Sub-komponen terlemah', en: 'Weakest sub-components' },
  ADDON_SAKIP_RANKING: { id: 'Peringkat unit menurut nilai SAKIP', en: 'Units ranked by SAKIP score' },
  ADDON_SAKIP_COL_PREVIOUS: { id: 'Nilai Lalu', en: 'Previous score' },
  ADDON_SAKIP_COL_DELTA: { id: 'Perubahan', en: 'Change' },
  ADDON_SAKIP_BEST: { id: 'Terbaik: {units}', en: 'Best: {units}' },
  ADDON_SAKIP_IMPROVED: { id: 'Paling meningkat: {units}', en: 'Most improved: {units}' },
  ADDON_SAKIP_NO_IMPROVED: {
    id: 'Paling meningkat: belum ada (isi nilai SAKIP lalu di sheet Unit)',
    en: 'Most improved: none yet (enter last period’s SAKIP score in the Unit sheet)',
  },
  ADDON_SAKIP_NO_DATA: {
    id: 'Tidak ada lembar kerja SAKIP yang dapat dinilai. Isi sheet "SAKIP" (unit, komponen, sub-komponen, kriteria, jawaban AA..E) lalu coba lagi.',
    en: 'No SAKIP worksheet could be evaluated. Fill in the "SAKIP" sheet (unit, component, sub-component, criterion, answer AA..E) and try again.',
  },
  ADDON_SAKIP_DONE: {
    id: 'Sheet "{sheet}": {units} unit dinilai. Terbaik: {best}.',
    en: 'Sheet "{sheet}": {units} units evaluated. Best: {best}.',
  },
  ADDON_SAKIP_NOTHING: {
    id: 'Evaluasi SAKIP tidak menemukan sheet {sakip} (unit, komponen, sub-komponen, kriteria, jawaban AA..E) maupun kertas kerja LKE/KKE, dan workbook ini tidak punya sheet {employees}. Isi sheet {sakip} (jalankan Siapkan templat bila belum ada) atau salin kertas kerja LKE/KKE unit ke workbook ini, lalu coba lagi. Sheet hasil sebelumnya tidak diubah.',
    en: 'SAKIP evaluation found neither a {sakip} sheet (unit, component, sub-component, criterion, answer AA..E) nor an LKE/KKE workbook sheet, and this workbook has no {employees} sheet. Fill in the {sakip} sheet (run Prepare template if it is missing) or copy the unit’s LKE/KKE sheet into this workbook, then try again. Previous result sheets were left unchanged.',
  },
  ADDON_SAKIP_ONLY_NOTE: {
    id: 'Workbook ini tidak punya sheet {employees}: unit diambil dari sheet SAKIP dan nilai SAKIP lalu dari sheet Unit. Evaluasi SAKIP tidak memerlukan pegawai; Hitung nilai, paket OPD dan kertas rapat tetap memerlukannya.',
    en: 'This workbook has no {employees} sheet: the units come from the SAKIP sheet and last period’s SAKIP scores from the Unit sheet. SAKIP evaluation needs no employees; Score, the OPD packages and the meeting papers still do.',
  },
  ADDON_SAKIP_ONLY_UNIT_UNLISTED: {
    id: 'Unit "{unit}" di sheet SAKIP tidak ada di sheet "{sheet}", jadi nilai SAKIP lalunya tidak diketahui dan unit itu tidak dapat disebut paling meningkat. Tambahkan unit itu ke sheet "{sheet}" beserta Nilai SAKIP Lalu, atau samakan penulisan namanya.',
    en: 'Unit "{unit}" in the SAKIP sheet is not in sheet "{sheet}", so its last SAKIP score is unknown and it cannot be named most improved. Add the unit to sheet "{sheet}" with its last SAKIP score, or make the name match.',
  },

  // Rencana Aksi RB: the tracker template and "Pantau rencana aksi" (features/rb-actions/).
  ADDON_RBA_TEMPLATE_SHEET: { id: 'Rencana Aksi RB', en: 'RB Action Plan' },
  ADDON_RBA_TEMPLATE_CREATED: {
    id: 'Sheet "{sheet}" dibuat dengan pilihan area perubahan dan status. Isi satu baris per rencana aksi, lalu jalankan Pantau rencana aksi.',
    en: 'Sheet "{sheet}" was created with area and status dropdowns. Fill in one row per action, then run Monitor action plans.',
  },
  ADDON_RBA_TEMPLATE_EXISTS: {
    id: 'Sheet "{sheet}" sudah ada dan tidak diubah. Hapus atau ganti namanya bila ingin templat baru.',
    en: 'Sheet "{sheet}" already exists and was not changed. Delete or rename it to get a fresh template.',
  },
  ADDON_RBA_NOTE_RECOMMENDATION: {
    id: 'Nomor dan uraian rekomendasi Kemenpan RB. Cukup ditulis sekali di atas rencana aksinya.',
    en: 'Kemenpan RB recommendation number and text. Writing it once above its actions is enough.',
  },
  ADDON_RBA_NOTE_AREA: {
    id: 'Salah satu dari delapan area perubahan.',
    en: 'One of the eight areas of change.',
  },
  ADDON_RBA_NOTE_OWNER: {
    id: 'OPD pengampu (penanggung jawab). Beberapa OPD dipisah titik koma.',
    en: 'Owner OPD (pengampu). Separate several OPDs with semicolons.',
  },
  ADDON_RBA_NOTE_PILOTS: {
    id: 'OPD percontohan, dipisah titik koma.',
    en: 'Pilot OPDs, separated by semicolons.',
  },
  ADDON_RBA_NOTE_DEADLINE: {
    id: 'Tanggal (31/12/2025), bulan (Juni 2025) atau triwulan (Triwulan II 2025); bulan atau triwulan berarti hari terakhirnya.',
    en: 'A date (31/12/2025), month (Juni 2025) or quarter (Triwulan II 2025); a month or quarter means its last day.',
  },
  ADDON_RBA_NOTE_EVIDENCE: {
    id: 'Tautan bukti dukung. Rencana aksi yang selesai wajib berbukti.',
    en: 'Evidence link. A finished action must have one.',
  },
  ADDON_RBA_NOTE_STATUS: { id: 'Status pelaksanaan.', en: 'Progress status.' },
  ADDON_RBA_NOTE_PROGRESS: { id: 'Progres 0% sampai 100%.', en: 'Progress from 0% to 100%.' },
  ADDON_RBA_TITLE: {
    id: 'PANTAUAN RENCANA AKSI REFORMASI BIROKRASI ({sheet})',
    en: 'REFORMASI BIROKRASI ACTION PLAN MONITOR ({sheet})',
  },
  ADDON_RBA_AS_OF: { id: 'Keadaan per {date}', en: 'As of {date}' },
  ADDON_RBA_SUMMARY: {
    id: '{total} rencana aksi: {done} selesai, {overdue} terlambat, {noEvidence} selesai tanpa bukti dukung; progres rata-rata {progress}.',
    en: '{total} actions: {done} done, {overdue} overdue, {noEvidence} done without evidence; mean progress {progress}.',
  },
  ADDON_RBA_RULE: {
    id: 'Terlambat: tenggat sebelum {date} dan status belum selesai. Progres = rata-rata progres rencana aksinya (bobot sama); tanpa angka progres dipakai progres statusnya ({statuses}); yang tetap tidak diketahui tidak dihitung. Rencana aksi dengan beberapa pengampu dihitung untuk tiap pengampu. Sumber: {source}.',
    en: 'Overdue: deadline before {date} and status not done. Progress = mean progress of the actions (equal weight); without a progress figure the status gives it ({statuses}); still unknown ones are left out. An action with several owners counts for each. Source: {source}.',
  },
  ADDON_RBA_OVERDUE: { id: 'Rencana aksi terlambat ({count})', en: 'Overdue actions ({count})' },
  ADDON_RBA_NO_EVIDENCE: {
    id: 'Selesai tanpa bukti dukung ({count})',
    en: 'Done without evidence ({count})',
  },
  ADDON_RBA_NO_OWNER: {
    id: 'Rencana aksi tanpa pengampu ({count})',
    en: 'Actions without an owner ({count})',
  },
  ADDON_RBA_AREAS_NO_OWNER: {
    id: 'Area perubahan tanpa pengampu ({count})',
    en: 'Areas of change without an owner ({count})',
  },
  ADDON_RBA_AREA_NO_ACTIONS: {
    id: 'Belum ada rencana aksi di area ini.',
    en: 'No action plan in this area yet.',
  },
  ADDON_RBA_AREA_NO_OWNER_ROW: {
    id: '{count} rencana aksi, tidak satu pun menyebut pengampu.',
    en: '{count} actions, none naming an owner.',
  },
  ADDON_RBA_NO_DEADLINE: {
    id: 'Belum selesai dan tenggatnya tidak terbaca ({count})',
    en: 'Not done and deadline unreadable ({count})',
  },
  ADDON_RBA_BY_RECOMMENDATION: { id: 'Progres per rekomendasi', en: 'Progress per recommendation' },
  ADDON_RBA_BY_AREA: { id: 'Progres per area perubahan', en: 'Progress per area of change' },
  ADDON_RBA_BY_OWNER: { id: 'Progres per OPD pengampu', en: 'Progress per owner OPD' },
  ADDON_RBA_CHANGES: {
    id: 'Perubahan sejak pemantauan {since}',
    en: 'Changes since the check of {since}',
  },
  ADDON_RBA_FIRST_CHECK: {
    id: 'Pemantauan pertama: belum ada pemantauan sebelumnya untuk dibandingkan.',
    en: 'First check: there is no earlier check to compare with.',
  },
  ADDON_RBA_NO_CHANGES: { id: 'Tidak ada perubahan.', en: 'No change.' },
  ADDON_RBA_NONE: { id: 'Tidak ada.', en: 'None.' },
  ADDON_RBA_NOTES: { id: 'Catatan pembacaan tabel', en: 'Notes on reading the table' },
  ADDON_RBA_COL_NO: { id: 'No', en: 'No' },
  ADDON_RBA_COL_RECOMMENDATION: { id: 'Rekomendasi', en: 'Recommendation' },
  ADDON_RBA_COL_ACTION: { id: 'Rencana Aksi', en: 'Action' },
  ADDON_RBA_COL_OWNER: { id: 'Pengampu', en: 'Owner' },
  ADDON_RBA_COL_DEADLINE: { id: 'Tenggat', en: 'Deadline' },
  ADDON_RBA_COL_DAYS_LATE: { id: 'Hari Terlambat', en: 'Days late' },
  ADDON_RBA_COL_STATUS: { id: 'Status', en: 'Status' },
  ADDON_RBA_COL_PROGRESS: { id: 'Progres', en: 'Progress' },
  ADDON_RBA_COL_ROW: { id: 'Baris', en: 'Row' },
  ADDON_RBA_COL_AREA: { id: 'Area Perubahan', en: 'Area of change' },
  ADDON_RBA_COL_NOTE: { id: 'Keterangan', en: 'Note' },
  ADDON_RBA_COL_GROUP: { id: 'Kelompok', en: 'Group' },
  ADDON_RBA_COL_ACTIONS: { id: 'Rencana Aksi', en: 'Actions' },
  ADDON_RBA_COL_DONE: { id: 'Selesai', en: 'Done' },
  ADDON_RBA_COL_OVERDUE: { id: 'Terlambat', en: 'Overdue' },
  ADDON_RBA_COL_UNKNOWN: { id: 'Progres Tak Diketahui', en: 'Progress unknown' },
  ADDON_RBA_COL_CHANGE: { id: 'Perubahan', en: 'Change' },
  ADDON_RBA_CHANGE_STATUS: { id: 'Status: {from} → {to}', en: 'Status: {from} → {to}' },
  ADDON_RBA_CHANGE_PROGRESS: { id: 'Progres: {from} → {to}', en: 'Progress: {from} → {to}' },
  ADDON_RBA_CHANGE_ADDED: { id: 'Rencana aksi baru', en: 'New action' },
  ADDON_RBA_CHANGE_REMOVED: { id: 'Tidak ada lagi di tabel', en: 'No longer in the table' },
  ADDON_RBA_DONE: {
    id: 'Sheet "{sheet}" ditulis dari "{source}" per {date}: {total} rencana aksi, {overdue} terlambat, {noEvidence} selesai tanpa bukti dukung, {areas} area tanpa pengampu.',
    en: 'Sheet "{sheet}" was written from "{source}" as of {date}: {total} actions, {overdue} overdue, {noEvidence} done without evidence, {areas} areas without an owner.',
  },
  ADDON_RBA_CHANGES_LINE: {
    id: 'Sejak pemantauan {since}: {status} perubahan status, {progress} perubahan progres, {added} rencana aksi baru, {removed} dihapus.',
    en: 'Since the check of {since}: {status} status changes, {progress} progress changes, {added} new actions, {removed} removed.',
  },
  ADDON_RBA_SNAPSHOT_NOT_SAVED: {
    id: 'Catatan pemantauan ini tidak dapat disimpan ({detail}), jadi pemantauan berikutnya tidak dapat menunjukkan perubahan.',
    en: 'This check could not be recorded ({detail}), so the next check cannot show changes.',
  },
  ADDON_RBA_SNAPSHOT_TOO_LARGE: {
    id: 'Catatan pemantauan terlalu besar untuk disimpan di dokumen ({size} karakter).',
    en: 'The check record is too large to keep in the document ({size} characters).',
  },
  ADDON_RBA_DATE_INVALID: {
    id: 'Tanggal pemantauan "{value}" bukan tanggal tttt-bb-hh. Jalankan tanpa tanggal untuk memakai hari ini.',
    en: 'Monitoring date "{value}" is not a yyyy-mm-dd date. Run without a date to use today.',
  },
  // SAKIP evaluation workbook (LKE/KKE) evaluated on its own.
  ADDON_SAKIP_WB_TITLE: {
    id: 'Evaluasi SAKIP dari kertas kerja "{sheet}"',
    en: 'SAKIP evaluation of workbook sheet "{sheet}"',
  },
  ADDON_SAKIP_WB_COL_COMPONENT: { id: 'Komponen', en: 'Component' },
  ADDON_SAKIP_WB_COL_SUB: { id: 'Sub-komponen', en: 'Sub-component' },
  ADDON_SAKIP_WB_COL_DECIDED: { id: 'Nilai penentu ({round})', en: 'Deciding score ({round})' },
  ADDON_SAKIP_WB_COL_GAP: {
    id: 'Selisih penilaian mandiri - penentu',
    en: 'Gap self-assessment - deciding',
  },
  ADDON_SAKIP_WB_COL_UNANSWERED: {
    id: 'Kriteria belum dijawab ({round})',
    en: 'Criteria not answered ({round})',
  },
  ADDON_SAKIP_WB_DECIDED_FINAL: {
    id: 'Putaran penentu: {round} (putaran final).',
    en: 'Deciding round: {round} (the final round).',
  },
  ADDON_SAKIP_WB_DECIDED_LATEST: {
    id: 'Putaran penentu: {round}, putaran terakhir yang berisi nilai (belum ada putaran final yang terisi).',
    en: 'Deciding round: {round}, the latest round holding scores (no final round is filled yet).',
  },
  ADDON_SAKIP_WB_TOTAL_MATCH: {
    id: 'Nilai akhir di kertas kerja ({cell}) {shown} cocok dengan hitungan Nilai Kerja {computed}.',
    en: 'The workbook’s total ({cell}) {shown} matches Nilai Kerja’s computation {computed}.',
  },
  ADDON_SAKIP_WB_TOTAL_MISMATCH: {
    id: 'Nilai akhir di kertas kerja ({cell}) {shown} TIDAK cocok dengan hitungan Nilai Kerja {computed}. Periksa rumus sel itu.',
    en: 'The workbook’s total ({cell}) {shown} does NOT match Nilai Kerja’s computation {computed}. Check that cell’s formula.',
  },
  ADDON_SAKIP_WB_TOTAL_NONE: {
    id: 'Kertas kerja tidak mencantumkan nilai akhir untuk putaran penentu; nilai akhir {computed} dihitung dari sub-komponen.',
    en: 'The workbook shows no total for the deciding round; the total {computed} is the sum of the sub-components.',
  },
  ADDON_SAKIP_WB_PREDIKAT_MATCH: {
    id: 'Predikat di kertas kerja ({cell}) "{shown}" cocok dengan predikat menurut rentang kebijakan: {computed}.',
    en: 'The workbook’s predikat ({cell}) "{shown}" matches the predikat by the policy’s bands: {computed}.',
  },
  ADDON_SAKIP_WB_PREDIKAT_MISMATCH: {
    id: 'Predikat di kertas kerja ({cell}) "{shown}" TIDAK cocok dengan predikat menurut rentang kebijakan: {computed}.',
    en: 'The workbook’s predikat ({cell}) "{shown}" does NOT match the predikat by the policy’s bands: {computed}.',
  },
  ADDON_SAKIP_WB_PREDIKAT_NONE: {
    id: 'Kertas kerja tidak mencantumkan predikat; predikat {computed} dihitung dari nilai akhir {score} menurut rentang kebijakan (PermenPANRB 88/2021).',
    en: 'The workbook shows no predikat; the predikat {computed} comes from the total {score} by the policy’s bands (PermenPANRB 88/2021).',
  },
  ADDON_SAKIP_WB_NOTES: { id: 'Catatan', en: 'Notes' },
  ADDON_SAKIP_WB_DONE: {
    id: 'Sheet "{sheet}" ditulis dari kertas kerja "{source}": nilai akhir {score}, predikat {grade}; putaran penentu {round}. Sel kertas kerja tidak diubah.',
    en: 'Sheet "{sheet}" written from workbook sheet "{source}": total {score}, predikat {grade}; deciding round {round}. The workbook’s cells are unchanged.',
  },

  // Reformasi Birokrasi: the LKE RB template and "Evaluasi RB" (features/rb/).
  ADDON_RB_TEMPLATE_SHEET: { id: 'LKE RB', en: 'LKE RB' },
  ADDON_RB_TEMPLATE_CREATED: {
    id: 'Sheet "{sheet}" dibuat dengan pilihan area, bagian, jenis jawaban dan jawaban. Isi satu baris per indikator (jawaban Ya/Tidak, A-E, atau persen), lalu jalankan Evaluasi RB.',
    en: 'Sheet "{sheet}" was created with area, part, answer type and answer dropdowns. Fill in one row per indicator (Ya/Tidak, A-E or a percentage), then run RB evaluation.',
  },
  ADDON_RB_TEMPLATE_EXISTS: {
    id: 'Sheet "{sheet}" sudah ada dan tidak diubah. Hapus atau ganti namanya bila ingin templat baru.',
    en: 'Sheet "{sheet}" already exists and was not changed. Delete or rename it to get a fresh template.',
  },
  ADDON_RB_NOTE_AREA: {
    id: 'Area perubahan (pengungkit), atau indikator hasil untuk baris bagian Hasil. Cukup ditulis sekali di atas indikatornya.',
    en: 'Area of change (pengungkit), or the result indicator for rows of part Hasil. Writing it once above its indicators is enough.',
  },
  ADDON_RB_NOTE_INDICATOR: { id: 'Indikator atau pertanyaan LKE.', en: 'LKE indicator or question.' },
  ADDON_RB_NOTE_PART: {
    id: 'Pemenuhan, Hasil Antara, Reform (pengungkit) atau Hasil.',
    en: 'Pemenuhan, Hasil Antara, Reform (pengungkit) or Hasil.',
  },
  ADDON_RB_NOTE_WEIGHT: {
    id: 'Bobot indikator dalam area dan bagiannya (poin atau persen). Kosongkan semua dalam satu area dan bagian untuk nilai rata-rata.',
    en: 'The indicator’s weight within its area and part (points or percent). Leave all blank in one area and part for the mean.',
  },
  ADDON_RB_NOTE_KIND: {
    id: 'Jenis jawaban: menentukan nilai huruf (B bernilai 0,75 pada A-E, 0,5 pada A-C). Nilai tiap jenis ada di kebijakan.',
    en: 'Answer type: decides what a letter is worth (B is 0,75 on A-E, 0,5 on A-C). The values of each type are in the policy.',
  },
  ADDON_RB_NOTE_ANSWER: {
    id: 'Ya/Tidak, A-E, atau persen (85%).',
    en: 'Ya/Tidak, A-E, or a percentage (85%).',
  },
  ADDON_RB_NOTE_EVIDENCE: { id: 'Tautan bukti dukung.', en: 'Evidence link.' },
  ADDON_RB_NOTE_NOTE: { id: 'Catatan OPD atau verifikator.', en: 'Note by the OPD or the verifier.' },
  ADDON_RB_TITLE: {
    id: 'Evaluasi Reformasi Birokrasi dari LKE "{sheet}"',
    en: 'Reformasi Birokrasi evaluation of LKE "{sheet}"',
  },
  ADDON_RB_INDEX: { id: 'Nilai indeks RB', en: 'RB index' },
  ADDON_RB_GRADE: { id: 'Predikat', en: 'Predikat' },
  ADDON_RB_DECIDED_LAST: {
    id: 'Putaran penentu: {round} (putaran terakhir di LKE). Bobot: {year}.',
    en: 'Deciding round: {round} (the LKE’s last round). Weights: {year}.',
  },
  ADDON_RB_DECIDED_EARLIER: {
    id: 'Putaran penentu: {round}, putaran terakhir yang berisi jawaban ({later} belum diisi). Bobot: {year}.',
    en: 'Deciding round: {round}, the latest round holding answers ({later} not filled yet). Weights: {year}.',
  },
  ADDON_RB_COL_AREA: { id: 'Area perubahan', en: 'Area of change' },
  ADDON_RB_COL_PEMENUHAN: { id: 'Pemenuhan', en: 'Pemenuhan' },
  ADDON_RB_COL_HASIL_ANTARA: { id: 'Hasil Antara', en: 'Hasil Antara' },
  ADDON_RB_COL_REFORM: { id: 'Reform', en: 'Reform' },
  ADDON_RB_COL_SCORE: { id: 'Nilai', en: 'Score' },
  ADDON_RB_COL_MAX: { id: 'Maks', en: 'Max' },
  ADDON_RB_COL_GAP: { id: 'Selisih mandiri - penentu', en: 'Gap self-assessment - deciding' },
  ADDON_RB_PENGUNGKIT: { id: 'Pengungkit', en: 'Pengungkit (enablers)' },
  ADDON_RB_HASIL: { id: 'Hasil', en: 'Hasil (results)' },
  ADDON_RB_COL_HASIL_INDICATOR: { id: 'Indikator hasil', en: 'Result indicator' },
  ADDON_RB_WEAKEST: {
    id: 'Indikator terlemah (poin hilang terbanyak pada putaran penentu)',
    en: 'Weakest indicators (most points lost in the deciding round)',
  },
  ADDON_RB_COL_INDICATOR: { id: 'Indikator', en: 'Indicator' },
  ADDON_RB_COL_PART: { id: 'Bagian', en: 'Part' },
  ADDON_RB_COL_ANSWER: { id: 'Jawaban ({round})', en: 'Answer ({round})' },
  ADDON_RB_COL_LOST: { id: 'Poin hilang', en: 'Points lost' },
  ADDON_RB_COL_ROW: { id: 'Baris LKE', en: 'LKE row' },
  ADDON_RB_NO_GAP: {
    id: 'Selisih penilaian mandiri belum dapat dihitung: putaran penentu adalah penilaian mandiri itu sendiri, atau LKE tidak punya kolom penilaian mandiri.',
    en: 'The self-assessment gap cannot be computed yet: the deciding round is the self-assessment itself, or the LKE has no self-assessment column.',
  },
  ADDON_RB_WITHOUT_EVIDENCE: {
    id: '{count} indikator yang dijawab pada putaran penentu belum berbukti dukung.',
    en: '{count} indicators answered in the deciding round have no evidence link.',
  },
  ADDON_RB_NOTES: { id: 'Catatan', en: 'Notes' },
  ADDON_RB_PROBLEMS: {
    id: 'LKE RB belum dapat dinilai: {count} sel perlu diperbaiki. Sel LKE tidak diubah.',
    en: 'The LKE RB cannot be scored yet: {count} cells need fixing. The LKE’s cells are unchanged.',
  },
  ADDON_RB_START_TITLE: {
    id: 'Evaluasi RB pada LKE contoh (Code.js hasil build, sandbox Apps Script)',
    en: 'RB evaluation of the sample LKE (built Code.js, Apps Script sandbox)',
  },
  ADDON_RB_START_AREA: {
    id: '  {area}: {score} dari {max} (pemenuhan {pemenuhan}, hasil antara {hasilAntara}, reform {reform}); selisih mandiri {gap}',
    en: '  {area}: {score} of {max} (pemenuhan {pemenuhan}, hasil antara {hasilAntara}, reform {reform}); self-assessment gap {gap}',
  },
  ADDON_RB_START_TOTAL: {
    id: '  Pengungkit {pengungkit} dari {pengungkitMax}, hasil {hasil} dari {hasilMax}: nilai indeks RB {total}, predikat {grade}; selisih mandiri {gap}',
    en: '  Pengungkit {pengungkit} of {pengungkitMax}, hasil {hasil} of {hasilMax}: RB index {total}, predikat {grade}; self-assessment gap {gap}',
  },
  ADDON_RB_START_WEAKEST: { id: '  Indikator terlemah:', en: '  Weakest indicators:' },
  ADDON_RB_START_WEAK: {
    id: '    {indicator} ({area}, {part}): {score} dari {max}, hilang {lost} poin',
    en: '    {indicator} ({area}, {part}): {score} of {max}, {lost} points lost',
  },
  ADDON_RB_DONE: {
    id: 'Sheet "{sheet}" ditulis dari LKE "{source}": nilai indeks RB {score} dari {max}, predikat {grade}; putaran penentu {round}. Sel LKE tidak diubah.',
    en: 'Sheet "{sheet}" written from LKE "{source}": RB index {score} of {max}, predikat {grade}; deciding round {round}. The LKE’s cells are unchanged.',
  },

  // Export for the extension.
  ADDON_EXPORT_TITLE: {
    id: 'Paket hasil per atasan untuk ekstensi',
    en: 'Results packages per supervisor for the extension',
  },
  ADDON_EXPORT_HELP: {
    id: '{packages} paket, satu untuk setiap atasan: hanya bawahan langsungnya menurut kolom atasan di sheet "{sheet}" ({employees} pegawai seluruhnya) dan kebijakan yang dipakai. Serahkan setiap berkas hanya kepada atasan yang namanya tertera; ia mengimpornya di halaman Opsi ekstensi Nilai Kerja setelah mengisi NIP-nya. Tidak ada data yang dikirim ke internet.',
    en: '{packages} packages, one per supervisor: only their direct subordinates by the atasan column of sheet "{sheet}" ({employees} employees in all) and the policy used. Give each file only to the supervisor it names; they import it on the Nilai Kerja extension Options page after entering their NIP. Nothing is sent over the internet.',
  },
  ADDON_EXPORT_UNASSIGNED: {
    id: '{count} pegawai tanpa atasan di sheet "{sheet}" (mis. kepala OPD, atau NIP atasan yang tidak terdaftar) tidak masuk paket mana pun.',
    en: '{count} employees without an atasan in sheet "{sheet}" (e.g. the head of the OPD, or an atasan NIP not listed) are in no package.',
  },
  ADDON_EXPORT_REASONS_WITHHELD: {
    id: 'Alasan teguran dan sanksi tidak disertakan dalam paket (kebijakan reward.packageSanctionReasons); jenis rekomendasinya tetap ada. Alasan lengkap tetap di sheet hasil.',
    en: 'The reasons for reprimands and sanctions are left out of the packages (policy reward.packageSanctionReasons); the kind of recommendation stays. The full reasons remain in the result sheets.',
  },
  ADDON_EXPORT_NO_RESULTS: {
    id: 'Tidak ada data hasil kerja (target dan realisasi per indikator, atau capaian/nilai SKP per pegawai): paket tidak memuat capaian, rating hasil maupun predikat, hanya yang dapat dinilai tanpa itu (absensi, disiplin, tugas atasan). Isi sheet "{sheet}" atau rekap capaian SKP per pegawai, atau tunjukkan sheet yang memuatnya lewat menu "Petakan kolom...", lalu ekspor lagi.',
    en: 'There is no result data (target and realisation per indicator, or SKP achievement/score per employee): the packages hold no achievement, hasil rating or predikat, only what can be assessed without them (attendance, discipline, supervisor duties). Fill in the "{sheet}" sheet or a recap of SKP achievement per employee, or point to the sheet that holds it with the menu "Map columns...", then export again.',
  },
  ADDON_EXPORT_NO_SUPERVISOR: {
    id: 'Tidak ada atasan di sheet "{sheet}": isi kolom NIP atasan agar paket dapat dibuat per atasan. Demi privasi, paket untuk seluruh OPD tidak dibuat lagi.',
    en: 'There is no supervisor in sheet "{sheet}": fill in the atasan NIP column so that packages can be made per supervisor. For privacy, a package for the whole OPD is no longer made.',
  },
  ADDON_EXPORT_NOT_SUPERVISOR: {
    id: 'NIP {nip} bukan atasan siapa pun di sheet "{sheet}", jadi tidak ada paket untuknya.',
    en: 'NIP {nip} is nobody\'s atasan in sheet "{sheet}", so there is no package for them.',
  },
  ADDON_EXPORT_CHOICE_INVALID: {
    id: 'Pilihan atasan tidak sah: {detail}',
    en: 'The chosen supervisor is not valid: {detail}',
  },
  ADDON_EXPORT_HEADLESS: {
    id: '{packages} paket atasan ({employees} pegawai, {size} karakter) siap; buka menu "Ekspor untuk ekstensi" dari spreadsheet untuk mengunduhnya.',
    en: '{packages} supervisor packages ({employees} employees, {size} characters) are ready; open "Export for the extension" from the spreadsheet menu to download them.',
  },
  ADDON_EXPORT_FILE: {
    id: 'nilai-kerja-hasil-{nip}-{nama}.json',
    en: 'nilai-kerja-results-{nip}-{nama}.json',
  },
  ADDON_EXPORT_COL_SUPERVISOR: { id: 'Atasan', en: 'Supervisor' },
  ADDON_EXPORT_COL_NIP: { id: 'NIP', en: 'NIP' },
  ADDON_EXPORT_COL_SUBORDINATES: { id: 'Bawahan', en: 'Subordinates' },
  ADDON_EXPORT_COL_FILE: { id: 'Paket', en: 'Package' },
  // Accessible names of each row's link and button: they start with the visible text (WCAG 2.5.3).
  ADDON_EXPORT_DOWNLOAD_ONE: {
    id: 'Unduh berkas paket untuk {nama}',
    en: 'Download file of the package for {nama}',
  },
  ADDON_EXPORT_COPY_ONE: { id: 'Salin paket untuk {nama}', en: 'Copy the package for {nama}' },
  ADDON_EXPORT_DOWNLOAD_ALL: {
    id: 'Unduh semua ({count} berkas terpisah)',
    en: 'Download all ({count} separate files)',
  },
  ADDON_EXPORT_DOWNLOAD_ALL_HELP: {
    id: 'Peramban mungkin meminta izin untuk mengunduh beberapa berkas sekaligus.',
    en: 'The browser may ask for permission to download several files at once.',
  },
  ADDON_EXPORT_COPIED_ONE: {
    id: 'Paket untuk {nama} disalin; tempel hanya untuk atasan itu.',
    en: 'The package for {nama} was copied; paste it only for that supervisor.',
  },
  ADDON_PACKAGE_REASONS_WITHHELD: {
    id: 'Alasan "{kind}" tidak disertakan di paket atasan: hukuman disiplin diputuskan oleh pejabat yang berwenang menghukum setelah pemeriksaan (PP 94/2021). Rinciannya ada pada admin OPD.',
    en: 'The reasons for "{kind}" are not in the supervisor\'s package: a hukuman disiplin is decided by the official with the authority to impose it, after an examination (PP 94/2021). The OPD admin has the details.',
  },

  // Writing the generated sheets: new sheets first, swapped in only when every write succeeded.
  ADDON_SHEET_STAGING: { id: '{sheet} (sedang ditulis)', en: '{sheet} (being written)' },
  ADDON_SHEET_PREVIOUS: { id: '{sheet} (lama)', en: '{sheet} (previous)' },
  ADDON_SHEET_ALTERNATE: { id: '{sheet} (Nilai Kerja)', en: '{sheet} (Nilai Kerja)' },
  ADDON_OUTPUT_ELSEWHERE: {
    id: 'Sheet "{sheet}" bukan buatan Nilai Kerja, jadi tidak diubah; hasilnya ditulis di sheet "{output}".',
    en: 'Sheet "{sheet}" was not made by Nilai Kerja, so it was left as it is; the results were written to sheet "{output}".',
  },
  ADDON_OUTPUT_NO_NAME: {
    id: 'Tidak ada nama yang bebas untuk sheet "{sheet}": sheet Anda sudah memakai nama itu dan nama-nama penggantinya. Ganti nama salah satunya lalu coba lagi. Tidak ada sheet yang diubah.',
    en: 'No free name for sheet "{sheet}": your sheets already use it and its alternatives. Rename one of them and try again. No sheet was changed.',
  },
  ADDON_WRITE_FAILED: {
    id: 'Menulis sheet "{sheet}" gagal ({detail}).',
    en: 'Writing sheet "{sheet}" failed ({detail}).',
  },
  ADDON_SWAP_FAILED: {
    id: 'Memasang sheet "{sheet}" yang baru gagal ({detail}).',
    en: 'Putting the new sheet "{sheet}" in place failed ({detail}).',
  },
  ADDON_WRITE_KEPT: {
    id: 'Sheet baru yang belum selesai sudah dihapus; hasil sebelumnya tetap utuh di sheet {sheets}.',
    en: 'The unfinished new sheets were removed; the previous results are unchanged in sheet {sheets}.',
  },
  ADDON_WRITE_KEPT_NONE: {
    id: 'Sheet baru yang belum selesai sudah dihapus; belum ada hasil sebelumnya dan sheet lain tidak diubah.',
    en: 'The unfinished new sheets were removed; there were no previous results and no other sheet was changed.',
  },
  ADDON_WRITE_LEFTOVER: {
    id: 'Sheet sementara {sheets} tidak dapat dihapus ({detail}); hapus sendiri bila masih ada. Isinya bukan hasil yang berlaku.',
    en: 'Temporary sheet {sheets} could not be removed ({detail}); delete it yourself if it is still there. It does not hold current results.',
  },
  ADDON_ROLLBACK_FAILED: {
    id: 'Nama sheet "{sheet}" tidak dapat dikembalikan ({detail}): hasil sebelumnya utuh di sheet "{backup}"; ganti namanya kembali menjadi "{sheet}".',
    en: 'Sheet "{sheet}" could not get its name back ({detail}): the previous results are unchanged in sheet "{backup}"; rename it back to "{sheet}".',
  },
  ADDON_PREVIOUS_LEFT: {
    id: 'Hasil sebelumnya masih ada di sheet "{sheet}" karena sheet itu tidak dapat dihapus ({detail}); hapus bila tidak diperlukan.',
    en: 'The previous results are still in sheet "{sheet}" because it could not be deleted ({detail}); delete it when no longer needed.',
  },
} satisfies MessageSection;
