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
  ADDON_COMPUTE_DONE: {
    id: '{employees} pegawai dinilai di sheet "{sheetEmployees}", {units} unit di sheet "{sheetUnits}".',
    en: '{employees} employees scored in sheet "{sheetEmployees}", {units} units in sheet "{sheetUnits}".',
  },
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
  ADDON_COL_NPK: { id: 'Nilai Prestasi Kerja (PP 46/2011)', en: 'Work achievement score (PP 46/2011)' },
  ADDON_LEVEL_INDIKATOR: {
    id: 'Indikator (target dan realisasi)',
    en: 'Indicators (target and realisation)',
  },
  ADDON_LEVEL_PEGAWAI: {
    id: 'Hasil per pegawai (capaian SKP di baris {row})',
    en: 'Per-employee results (SKP achievement on row {row})',
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
