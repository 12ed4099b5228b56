import type { MessageSection } from './types';

/** Messages owned by the sheets part of Nilai Kerja (the Google Sheets add-on). Keys are stable codes. */
export const sheetsMessages = {
  // Menu items (also the titles of the alerts each action shows).
  SHEETS_MENU_TEMPLATE: { id: 'Siapkan templat', en: 'Prepare template' },
  SHEETS_MENU_MAPPING: { id: 'Petakan kolom...', en: 'Map columns...' },
  SHEETS_MENU_CHECK: { id: 'Periksa data', en: 'Check data' },
  SHEETS_MENU_COMPUTE: { id: 'Hitung nilai', en: 'Compute scores' },
  SHEETS_MENU_DASHBOARD: { id: 'Dasbor', en: 'Dashboard' },
  SHEETS_MENU_REWARD: { id: 'Daftar reward & punishment', en: 'Reward & punishment list' },
  SHEETS_MENU_SAKIP: { id: 'Evaluasi SAKIP', en: 'SAKIP evaluation' },
  SHEETS_MENU_POLICY: { id: 'Pengaturan kebijakan...', en: 'Policy settings...' },
  SHEETS_MENU_EXPORT: { id: 'Ekspor untuk ekstensi', en: 'Export for the extension' },
  SHEETS_MENU_HELP: { id: 'Bantuan', en: 'Help' },

  // Running actions.
  SHEETS_NO_SPREADSHEET: {
    id: 'Nilai Kerja harus dijalankan dari sebuah spreadsheet. Buka spreadsheet OPD Anda lalu pilih menu Ekstensi > Nilai Kerja.',
    en: 'Nilai Kerja must run from a spreadsheet. Open your OPD spreadsheet and use Extensions > Nilai Kerja.',
  },
  SHEETS_BUSY: {
    id: 'Proses Nilai Kerja lain sedang berjalan di spreadsheet ini. Tunggu sampai selesai, lalu coba lagi.',
    en: 'Another Nilai Kerja run is in progress in this spreadsheet. Wait until it finishes, then try again.',
  },
  SHEETS_NEEDS_UI: {
    id: 'Fitur ini membuka panel samping, jadi hanya bisa dijalankan dari menu Ekstensi > Nilai Kerja, bukan dari pemicu.',
    en: 'This feature opens a sidebar, so it only runs from the Extensions > Nilai Kerja menu, not from a trigger.',
  },
  SHEETS_PHASE2_PENDING: {
    id: 'Fitur "{feature}" belum tersedia di versi ini. Data Anda tidak diubah.',
    en: 'The "{feature}" feature is not available in this version yet. Your data was not changed.',
  },
  SHEETS_HELP_TEXT: {
    id: 'Urutan kerja: 1) Siapkan templat (atau pakai sheet yang sudah ada), 2) Petakan kolom, 3) Periksa data dan perbaiki yang tercantum di sheet "Masalah Data", 4) Hitung nilai. Nilai Kerja tidak pernah mengubah sel masukan Anda dan tidak mengirim data ke luar spreadsheet. Fungsi lembar: CAPAIAN, KATEGORI_CAPAIAN, RATING_HASIL, PREDIKAT_KINERJA, CEK_DISTRIBUSI, NILAI_IKI, NILAI_SAKIP, PREDIKAT_SAKIP.',
    en: 'Workflow: 1) Prepare the template (or use existing sheets), 2) Map columns, 3) Check data and fix what the "Masalah Data" sheet lists, 4) Compute scores. Nilai Kerja never changes your input cells and sends no data outside the spreadsheet. Sheet functions: CAPAIAN, KATEGORI_CAPAIAN, RATING_HASIL, PREDIKAT_KINERJA, CEK_DISTRIBUSI, NILAI_IKI, NILAI_SAKIP, PREDIKAT_SAKIP.',
  },
  SHEETS_POLICY_FALLBACK: {
    id: 'Kebijakan tersimpan tidak dapat dibaca, jadi dipakai kebijakan bawaan nasional. Buka Pengaturan kebijakan untuk memperbaikinya.',
    en: 'The saved policy cannot be read, so the national defaults are used. Open Policy settings to fix it.',
  },

  // Template.
  SHEETS_TEMPLATE_PROGRESS: { id: 'Membuat sheet "{sheet}"...', en: 'Creating sheet "{sheet}"...' },
  SHEETS_TEMPLATE_CREATED: { id: 'Sheet dibuat: {sheets}.', en: 'Sheets created: {sheets}.' },
  SHEETS_TEMPLATE_SKIPPED: {
    id: 'Sheet sudah ada dan tidak diubah: {sheets}.',
    en: 'Sheets already exist and were left unchanged: {sheets}.',
  },
  SHEETS_TEMPLATE_NEXT: {
    id: 'Isi data pegawai dan indikator, lalu pilih Periksa data.',
    en: 'Fill in employees and indicators, then choose Check data.',
  },
  SHEETS_VALIDATION_HELP: {
    id: 'Pilih salah satu nilai dari daftar.',
    en: 'Choose one of the values in the list.',
  },
  SHEETS_NOTE_NIP: {
    id: 'NIP 18 digit tanpa spasi, misalnya 199003152015031002. Kolom ini berformat teks agar digit terakhir tidak hilang.',
    en: '18-digit NIP without spaces, e.g. 199003152015031002. The column is formatted as text so no digit is lost.',
  },
  SHEETS_NOTE_NAMA: {
    id: 'Nama lengkap pegawai beserta gelar.',
    en: 'Full name of the employee with titles.',
  },
  SHEETS_NOTE_JABATAN: { id: 'Nama jabatan sesuai SK.', en: 'Position title as in the appointment decree.' },
  SHEETS_NOTE_UNIT: {
    id: 'Unit kerja (bidang/bagian/UPT). Tulis sama persis di semua sheet.',
    en: 'Work unit (division/section). Write it identically in every sheet.',
  },
  SHEETS_NOTE_ATASAN_NIP: {
    id: 'NIP pejabat penilai (atasan langsung). Kosongkan untuk kepala OPD.',
    en: 'NIP of the appraising official (direct supervisor). Leave empty for the head of the OPD.',
  },
  SHEETS_NOTE_KEPALA_UNIT: {
    id: 'Ya bila pegawai ini kepala unit: rating hasil kerjanya mengikuti predikat organisasi unit.',
    en: "Yes when this employee heads the unit: their result rating follows the unit's predikat.",
  },
  SHEETS_NOTE_TPP_DASAR: {
    id: 'Pagu TPP per bulan (rupiah) sesuai Perkada. Boleh kosong.',
    en: 'Monthly TPP ceiling (rupiah) per the regional regulation. May be empty.',
  },
  SHEETS_NOTE_RHK: {
    id: 'Rencana Hasil Kerja (RHK) dari SKP. Ulangi teks RHK pada setiap baris indikatornya.',
    en: 'Rencana Hasil Kerja (RHK) from the SKP. Repeat the RHK text on each of its indicator rows.',
  },
  SHEETS_NOTE_JENIS_RHK: {
    id: 'Utama atau Tambahan (PermenPANRB 6/2022).',
    en: 'Utama or Tambahan (PermenPANRB 6/2022).',
  },
  SHEETS_NOTE_INDIKATOR: {
    id: 'Indikator Kinerja Individu (IKI).',
    en: 'Individual performance indicator (IKI).',
  },
  SHEETS_NOTE_ASPEK: { id: 'Kuantitas, Kualitas, Waktu atau Biaya.', en: 'Quantity, Quality, Time or Cost.' },
  SHEETS_NOTE_TARGET: {
    id: 'Target: angka ("12", "1.234,5"), dengan satuan ("3 Dokumen"), persen ("85,5 %") atau rentang ("80-90").',
    en: 'Target: a number ("12", "1.234,5"), with a unit ("3 Dokumen"), a percentage ("85,5 %") or a range ("80-90").',
  },
  SHEETS_NOTE_REALISASI: {
    id: 'Realisasi berdasarkan bukti dukung, dalam satuan yang sama dengan target.',
    en: 'Achievement backed by evidence, in the same unit as the target.',
  },
  SHEETS_NOTE_SATUAN: {
    id: 'Satuan: Dokumen, Laporan, Kegiatan, %, Orang, Hari...',
    en: 'Unit: Dokumen, Laporan, Kegiatan, %, Orang, Hari...',
  },
  SHEETS_NOTE_POLARITAS: {
    id: 'Positif bila makin tinggi makin baik; Negatif bila makin rendah makin baik (misalnya jumlah aduan).',
    en: 'Positif when higher is better; Negatif when lower is better (e.g. number of complaints).',
  },
  SHEETS_NOTE_BOBOT: {
    id: 'Bobot RHK (angka atau persen). Kosongkan bila semua RHK berbobot sama.',
    en: 'RHK weight (number or percentage). Leave empty when every RHK weighs the same.',
  },
  SHEETS_NOTE_BUKTI_DUKUNG: {
    id: 'Tautan atau nama berkas bukti dukung.',
    en: 'Link or file name of the evidence.',
  },
  SHEETS_NOTE_UMPAN_BALIK: {
    id: 'Umpan balik berkelanjutan dari pejabat penilai.',
    en: 'Continuous feedback from the appraising official.',
  },
  SHEETS_NOTE_BERAKHLAK: {
    id: 'Penilaian atasan untuk nilai dasar BerAKHLAK ini: Di Atas, Sesuai atau Di Bawah Ekspektasi.',
    en: 'Supervisor judgement for this BerAKHLAK core value: above, meets or below expectations.',
  },
  SHEETS_NOTE_RATING_PERILAKU: {
    id: 'Rating perilaku kerja bila sudah ditetapkan; bila kosong diusulkan dari tujuh nilai BerAKHLAK.',
    en: 'Behaviour rating when already decided; when empty it is proposed from the seven BerAKHLAK values.',
  },
  SHEETS_NOTE_RATING_HASIL: {
    id: 'Rating hasil kerja yang ditetapkan atasan. Kosongkan agar diusulkan dari capaian.',
    en: 'Result rating set by the supervisor. Leave empty to have it proposed from achievement.',
  },
  SHEETS_NOTE_TANGGAL: { id: 'Tanggal (hh/bb/tttt).', en: 'Date (dd/mm/yyyy).' },
  SHEETS_NOTE_KODE_ABSEN: {
    id: 'Kode pelanggaran: TL1-TL4 terlambat, PSW1-PSW4 pulang sebelum waktu, TK tanpa keterangan, APEL tidak apel.',
    en: 'Violation code: TL1-TL4 late, PSW1-PSW4 left early, TK absent without notice, APEL missed assembly.',
  },
  SHEETS_NOTE_MENIT_TELAT: {
    id: 'Menit terlambat, bila kode absen tidak diisi.',
    en: 'Minutes late, when no attendance code is given.',
  },
  SHEETS_NOTE_JUMLAH: { id: 'Jumlah kejadian (bawaan 1).', en: 'Number of occurrences (default 1).' },
  SHEETS_NOTE_AKTIVITAS: { id: 'Uraian aktivitas harian.', en: 'Description of the daily activity.' },
  SHEETS_NOTE_MENIT: { id: 'Waktu efektif dalam menit.', en: 'Effective time in minutes.' },
  SHEETS_NOTE_OUTPUT: {
    id: 'Keluaran yang dihasilkan (misalnya "1 Laporan"). Aktivitas tanpa keluaran ditandai.',
    en: 'Output produced (e.g. "1 Laporan"). Activities without output are flagged.',
  },
  SHEETS_NOTE_STATUS: { id: 'Status persetujuan atasan.', en: "Supervisor's approval status." },
  SHEETS_NOTE_PREDIKAT_ORGANISASI: {
    id: 'Predikat kinerja organisasi unit: Istimewa, Baik, Butuh Perbaikan, Kurang, Sangat Kurang.',
    en: "The unit's organisation predikat: Istimewa, Baik, Butuh Perbaikan, Kurang, Sangat Kurang.",
  },
  SHEETS_NOTE_NILAI_SAKIP_LALU: {
    id: 'Nilai SAKIP tahun lalu (0-100), untuk melihat kenaikan.',
    en: "Last year's SAKIP score (0-100), to show progress.",
  },
  SHEETS_NOTE_KOMPONEN: {
    id: 'Komponen SAKIP (PermenPANRB 88/2021): Perencanaan, Pengukuran, Pelaporan, Evaluasi Internal.',
    en: 'SAKIP component (PermenPANRB 88/2021): planning, measurement, reporting, internal evaluation.',
  },
  SHEETS_NOTE_SUBKOMPONEN: { id: 'Keberadaan, Kualitas atau Pemanfaatan.', en: 'Existence, Quality or Use.' },
  SHEETS_NOTE_KRITERIA: { id: 'Kriteria penilaian dari LKE.', en: 'Assessment criterion from the LKE.' },
  SHEETS_NOTE_JAWABAN: {
    id: 'Jawaban: AA, A, BB, B, CC, C, D, E (atau Y/T pada LKE lama).',
    en: 'Answer: AA, A, BB, B, CC, C, D, E (or Y/T in older LKE).',
  },

  // Column mapping.
  SHEETS_MAPPING_TITLE: { id: 'Petakan kolom', en: 'Map columns' },
  SHEETS_MAPPING_SAVED: {
    id: 'Pemetaan kolom disimpan untuk {count} sheet. Lanjutkan dengan Periksa data.',
    en: 'Column mapping saved for {count} sheets. Continue with Check data.',
  },
  SHEETS_MAPPING_INVALID: {
    id: 'Pemetaan kolom yang dikirim tidak sah (bagian: {detail}). Tutup panel, buka lagi Petakan kolom, lalu simpan ulang.',
    en: 'The column mapping sent is invalid (part: {detail}). Close the sidebar, reopen Map columns and save again.',
  },
  SHEETS_MAPPING_ROLE_TWICE: {
    id: 'Dua sheet dipilih untuk jenis data yang sama. Pilih satu sheet per jenis data, atau "abaikan" untuk yang lain.',
    en: 'Two sheets were chosen for the same kind of data. Choose one sheet per kind, or "ignore" for the others.',
  },
  SHEETS_MAPPING_SHEET_TWICE: {
    id: 'Satu sheet muncul dua kali dalam pemetaan. Buka lagi Petakan kolom lalu simpan ulang.',
    en: 'A sheet appears twice in the mapping. Reopen Map columns and save again.',
  },
  SHEETS_MAPPING_SHEET_GONE: {
    id: 'Sheet berikut sudah tidak ada: {sheets}. Buka lagi Petakan kolom agar daftarnya diperbarui.',
    en: 'These sheets no longer exist: {sheets}. Reopen Map columns to refresh the list.',
  },
  SHEETS_MAPPING_UNKNOWN_ROLE: {
    id: 'Jenis data sheet ini tidak dikenali; pilih jenisnya, atau biarkan "abaikan".',
    en: 'The kind of data in this sheet was not recognised; choose it, or leave it on "ignore".',
  },
  SHEETS_MAPPING_HIDDEN_ROWS: {
    id: '{count} baris data tersembunyi (baris {rows}); baris ini tetap ikut dihitung. Tampilkan atau hapus bila tidak dipakai.',
    en: '{count} data rows are hidden (rows {rows}); they are still counted. Unhide or delete them if unused.',
  },
  SHEETS_MAPPING_BLANK_ROWS: {
    id: '{count} baris kosong di tengah data (baris {rows}) dilewati.',
    en: '{count} blank rows inside the data (rows {rows}) are skipped.',
  },
  SHEETS_MAPPING_SUBTOTAL_ROWS: {
    id: '{count} baris jumlah/total (baris {rows}) bukan data pegawai dan dilewati.',
    en: '{count} sum/total rows (rows {rows}) are not employee data and are skipped.',
  },
  SHEETS_MAPPING_EXTRA_COLUMNS: {
    id: 'Kolom yang tidak dipakai Nilai Kerja: {columns}. Pilih isiannya bila kolom itu seharusnya dipakai.',
    en: 'Columns Nilai Kerja does not use: {columns}. Choose their field if they should be used.',
  },
  SHEETS_ROLE_EMPLOYEES: { id: 'Data pegawai', en: 'Employees' },
  SHEETS_ROLE_INDICATORS: {
    id: 'Indikator SKP (target dan realisasi)',
    en: 'SKP indicators (target and result)',
  },
  SHEETS_ROLE_BEHAVIOUR: { id: 'Perilaku kerja (BerAKHLAK)', en: 'Work behaviour (BerAKHLAK)' },
  SHEETS_ROLE_ATTENDANCE: { id: 'Absensi', en: 'Attendance' },
  SHEETS_ROLE_ACTIVITIES: { id: 'Aktivitas harian', en: 'Daily activities' },
  SHEETS_ROLE_UNITS: { id: 'Unit kerja', en: 'Work units' },
  SHEETS_ROLE_SAKIP: { id: 'Lembar kerja SAKIP', en: 'SAKIP worksheet' },
  SHEETS_UI_INTRO: {
    id: 'Periksa usulan di bawah. Ubah jenis data tiap sheet dan isian tiap kolom bila salah, lalu Simpan. Sel Anda tidak diubah.',
    en: "Review the proposal below. Change each sheet's kind and each column's field if wrong, then Save. Your cells are not changed.",
  },
  SHEETS_UI_SHEET_SUMMARY: {
    id: 'Judul kolom di baris {header}; {rows} baris data.',
    en: 'Headers on row {header}; {rows} data rows.',
  },
  SHEETS_UI_ROLE: { id: 'Jenis data:', en: 'Kind of data:' },
  SHEETS_UI_IGNORE_SHEET: { id: '(abaikan sheet ini)', en: '(ignore this sheet)' },
  SHEETS_UI_IGNORE_COLUMN: { id: '(tidak dipakai)', en: '(not used)' },
  SHEETS_UI_COLUMN: { id: 'Kolom', en: 'Column' },
  SHEETS_UI_HEADER: { id: 'Judul', en: 'Header' },
  SHEETS_UI_FIELD: { id: 'Isian', en: 'Field' },
  SHEETS_UI_CONFIDENCE: { id: 'Keyakinan', en: 'Confidence' },
  SHEETS_UI_SAVE: { id: 'Simpan pemetaan', en: 'Save mapping' },
  SHEETS_UI_SAVING: { id: 'Menyimpan...', en: 'Saving...' },
  SHEETS_UI_LOADING: { id: 'Membaca sheet...', en: 'Reading sheets...' },
  SHEETS_UI_ERROR: {
    id: 'Gagal berkomunikasi dengan spreadsheet ({detail}). Tutup panel lalu coba lagi.',
    en: 'Could not talk to the spreadsheet ({detail}). Close the sidebar and try again.',
  },

  // Data check.
  SHEETS_CHECK_PROGRESS: { id: 'Memeriksa data...', en: 'Checking data...' },
  SHEETS_CHECK_COL_SHEET: { id: 'Sheet', en: 'Sheet' },
  SHEETS_CHECK_COL_ROW: { id: 'Baris', en: 'Row' },
  SHEETS_CHECK_COL_COLUMN: { id: 'Kolom', en: 'Column' },
  SHEETS_CHECK_COL_VALUE: { id: 'Nilai', en: 'Value' },
  SHEETS_CHECK_COL_PROBLEM: { id: 'Masalah', en: 'Problem' },
  SHEETS_CHECK_COL_KIND: { id: 'Jenis', en: 'Kind' },
  SHEETS_CHECK_COL_LINK: { id: 'Tautan', en: 'Link' },
  SHEETS_CHECK_LINK: { id: 'Buka', en: 'Open' },
  SHEETS_CHECK_KIND_ERROR: { id: 'Galat', en: 'Error' },
  SHEETS_CHECK_KIND_WARNING: { id: 'Peringatan', en: 'Warning' },
  SHEETS_CHECK_NONE: {
    id: 'Tidak ada masalah: semua data terbaca.',
    en: 'No problems: all data could be read.',
  },
  SHEETS_CHECK_SUMMARY_NONE: {
    id: 'Data siap: tidak ada masalah ditemukan. Lanjutkan dengan Hitung nilai.',
    en: 'Data ready: no problems found. Continue with Compute scores.',
  },
  SHEETS_CHECK_SUMMARY: {
    id: '{errors} galat dan {warnings} peringatan ditemukan. Lihat sheet "{sheet}": setiap baris menunjuk sel yang perlu diperbaiki.',
    en: '{errors} errors and {warnings} warnings found. See sheet "{sheet}": each row points at the cell to fix.',
  },
  SHEETS_CHECK_UNCONFIRMED: {
    id: 'Kolom dibaca menurut usulan otomatis. Bila ada kolom yang salah dibaca, perbaiki lewat Petakan kolom lalu periksa lagi.',
    en: 'Columns were read by the automatic proposal. If a column was read wrongly, fix it in Map columns and check again.',
  },
  SHEETS_CHECK_MISSING_SHEET: {
    id: 'Sheet {role} tidak ditemukan. Buat dengan Siapkan templat (sheet "{sheet}"), atau pilih sheetnya di Petakan kolom.',
    en: 'No {role} sheet was found. Create it with Prepare template (sheet "{sheet}"), or choose it in Map columns.',
  },

  // Custom functions: a cell that cannot be computed shows "#CODE reason".
  SHEETS_CF_SHAPE_MISMATCH: {
    id: 'Rentang argumen berbeda ukuran ({shapes}). Pakai rentang dengan jumlah baris dan kolom yang sama, atau satu sel.',
    en: 'The argument ranges differ in size ({shapes}). Use ranges with the same rows and columns, or a single cell.',
  },
  SHEETS_CF_TARGET_ZERO: {
    id: '#TARGET_NOL target 0 tidak dapat dihitung',
    en: '#TARGET_ZERO a target of 0 cannot be computed',
  },
  SHEETS_CF_TARGET_EMPTY: {
    id: '#TARGET_KOSONG target belum diisi',
    en: '#TARGET_EMPTY the target is empty',
  },
  SHEETS_CF_EMPTY: { id: '#KOSONG sel belum diisi', en: '#EMPTY the cell is empty' },
  SHEETS_CF_NOT_NUMBER: {
    id: '#BUKAN_ANGKA "{value}" tidak terbaca sebagai angka',
    en: '#NOT_A_NUMBER "{value}" cannot be read as a number',
  },
  SHEETS_CF_RANGE_REVERSED: {
    id: '#RENTANG_TERBALIK batas bawah lebih besar dari batas atas',
    en: '#RANGE_REVERSED the lower bound is above the upper bound',
  },
  SHEETS_CF_NEGATIVE: {
    id: '#NEGATIF nilai negatif tidak dapat dihitung',
    en: '#NEGATIVE a negative value cannot be computed',
  },
  SHEETS_CF_POLARITY: {
    id: '#POLARITAS "{value}" bukan Positif atau Negatif',
    en: '#POLARITY "{value}" is neither Positif nor Negatif',
  },
  SHEETS_CF_RATING: {
    id: '#RATING "{value}" bukan Di Atas, Sesuai atau Di Bawah Ekspektasi',
    en: '#RATING "{value}" is not Di Atas, Sesuai or Di Bawah Ekspektasi',
  },
  SHEETS_CF_PREDIKAT: {
    id: '#PREDIKAT "{value}" tidak dikenali',
    en: '#PREDIKAT "{value}" is not recognised',
  },
  SHEETS_CF_SAKIP_ANSWER: {
    id: '#JAWABAN "{value}" bukan jawaban LKE (AA, A, BB, B, CC, C, D, E, Y, T)',
    en: '#ANSWER "{value}" is not an LKE answer (AA, A, BB, B, CC, C, D, E, Y, T)',
  },
  SHEETS_CF_SCORE_RANGE: {
    id: '#DI_LUAR_RENTANG nilai {value} harus antara 0 dan 100',
    en: '#OUT_OF_RANGE the value {value} must be between 0 and 100',
  },
  SHEETS_CF_ONE_ORG: {
    id: 'Argumen pertama CEK_DISTRIBUSI harus satu sel berisi predikat organisasi unit (mis. "Baik").',
    en: 'CEK_DISTRIBUSI\'s first argument must be one cell holding the unit\'s organisation predikat (e.g. "Baik").',
  },
  SHEETS_CF_DISTRIBUTION_OK: { id: 'OK', en: 'OK' },
  SHEETS_CF_ERROR: { id: '#GALAT {detail}', en: '#ERROR {detail}' },
} satisfies MessageSection;
