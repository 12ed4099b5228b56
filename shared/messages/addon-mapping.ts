import type { MessageSection } from './types';

/**
 * The add-on's "Petakan kolom..." sidebar (which sheet holds which data, which column is which field) and
 * "Periksa data" (the problems sheet). Keys are stable codes (UPPER_SNAKE).
 */
export const addonMappingMessages = {
  // Column mapping.
  SHEETS_MAPPING_TITLE: { id: 'Petakan kolom', en: 'Map columns' },
  SHEETS_MAPPING_SAVED: {
    id: 'Pemetaan kolom disimpan untuk {count} tabel. Lanjutkan dengan Periksa data.',
    en: 'Column mapping saved for {count} tables. Continue with Check data.',
  },
  SHEETS_MAPPING_INVALID: {
    id: 'Pemetaan kolom yang dikirim tidak sah (bagian: {detail}). Tutup panel, buka lagi Petakan kolom, lalu simpan ulang.',
    en: 'The column mapping sent is invalid (part: {detail}). Close the sidebar, reopen Map columns and save again.',
  },
  SHEETS_MAPPING_SHEET_TWICE: {
    id: 'Satu tabel (sheet dan baris judul yang sama) muncul dua kali dalam pemetaan. Buka lagi Petakan kolom lalu simpan ulang.',
    en: 'A table (the same sheet and header row) appears twice in the mapping. Reopen Map columns and save again.',
  },
  SHEETS_MAPPING_SHEET_GONE: {
    id: 'Sheet berikut sudah tidak ada: {sheets}. Buka lagi Petakan kolom agar daftarnya diperbarui.',
    en: 'These sheets no longer exist: {sheets}. Reopen Map columns to refresh the list.',
  },
  SHEETS_MAPPING_SHEET_NOW_OUTPUT: {
    id: 'Sheet "{sheet}" ada di pemetaan kolom yang disimpan (sebagai "{roles}"), tetapi kini adalah hasil yang dibuat Nilai Kerja, bukan data input, jadi tidak dibaca. Buka Petakan kolom, petakan lagi sheet data input Anda, lalu simpan ulang.',
    en: 'Sheet "{sheet}" is in the saved column mapping (as "{roles}"), but it is now a result Nilai Kerja generated, not input data, so it is not read. Open Map columns, map your input data sheet again and save.',
  },
  SHEETS_MAPPING_OUTPUT_SHEET: {
    id: 'Sheet berikut adalah hasil yang dibuat Nilai Kerja, bukan data input: {sheets}. Hasil tidak pernah dibaca sebagai input; pilih sheet data Anda sendiri (mis. Pegawai, Indikator). Pemetaan tidak disimpan.',
    en: 'These sheets are results Nilai Kerja generated, not input data: {sheets}. Results are never read as input; choose your own data sheets (e.g. Pegawai, Indikator). The mapping was not saved.',
  },
  // A saved mapping checked on every read: it names columns by position, so each mapped column's header
  // must still read as when it was confirmed.
  SHEETS_MAPPING_HEADER_CHANGED: {
    id: 'Sheet "{sheet}", baris judul {row}, kolom {column} ({field}): judulnya sekarang "{actual}", padahal saat pemetaan disimpan "{expected}". Kolom mungkin ditukar, disisipkan atau dipindah, jadi tabel ini tidak dibaca. Kembalikan judulnya, atau buka Petakan kolom, periksa kolomnya, lalu simpan ulang.',
    en: 'Sheet "{sheet}", header row {row}, column {column} ({field}): its header now reads "{actual}", but read "{expected}" when the mapping was saved. Columns may have been swapped, inserted or moved, so this table is not read. Restore the header, or open Map columns, check the columns and save again.',
  },
  SHEETS_MAPPING_HEADER_NOW_EMPTY: {
    id: 'Sheet "{sheet}", baris judul {row}, kolom {column} ({field}): judulnya sekarang kosong, padahal saat pemetaan disimpan "{expected}". Kolom mungkin dipindah atau dihapus, jadi tabel ini tidak dibaca. Kembalikan judulnya, atau buka Petakan kolom, periksa kolomnya, lalu simpan ulang.',
    en: 'Sheet "{sheet}", header row {row}, column {column} ({field}): its header is now blank, but read "{expected}" when the mapping was saved. The column may have been moved or deleted, so this table is not read. Restore the header, or open Map columns, check the columns and save again.',
  },
  SHEETS_MAPPING_HEADER_ROW_BLANK: {
    id: 'Sheet "{sheet}": baris judul {row} yang disimpan di pemetaan sekarang kosong (mungkin ada baris yang disisipkan atau dihapus di atas tabel), jadi tabel itu tidak dibaca. Buka Petakan kolom, periksa tabelnya di barisnya yang baru, lalu simpan ulang.',
    en: 'Sheet "{sheet}": header row {row} saved in the mapping is now blank (rows may have been inserted or deleted above the table), so that table is not read. Open Map columns, check the table at its new row and save again.',
  },
  SHEETS_MAPPING_HEADER_OTHER_FIELD: {
    id: 'Sheet "{sheet}", baris judul {row}, kolom {column}: dipetakan sebagai {field}, tetapi judulnya sekarang "{actual}", yaitu {other} yang dipetakan ke kolom lain. Pemetaan ini disimpan oleh versi lama tanpa judul kolom, jadi tabel ini tidak dibaca. Buka Petakan kolom, periksa kolomnya, lalu simpan ulang.',
    en: 'Sheet "{sheet}", header row {row}, column {column}: mapped as {field}, but its header now reads "{actual}", which is {other}, mapped to another column. This mapping was saved by an older version without column headers, so this table is not read. Open Map columns, check the columns and save again.',
  },
  SHEETS_MAPPING_NO_HEADERS: {
    id: 'Sheet "{sheet}", baris judul {row}: pemetaan tabel ini disimpan oleh versi lama tanpa judul kolom, jadi kolom yang ditukar atau disisipkan sejak itu tidak selalu dapat dikenali. Buka Petakan kolom, periksa kolomnya, lalu simpan ulang.',
    en: 'Sheet "{sheet}", header row {row}: this table\'s mapping was saved by an older version without column headers, so columns swapped or inserted since cannot always be detected. Open Map columns, check the columns and save again.',
  },
  SHEETS_MAPPING_TABLE_NOT_MAPPED: {
    id: 'Sheet "{sheet}", tabel {range}: tampak berisi {role}, tetapi tidak ada di pemetaan kolom yang disimpan (sheet baru atau diganti namanya?), jadi tidak dibaca. Buka Petakan kolom, pilih jenis datanya, lalu simpan ulang; biarkan "abaikan" bila tabel ini memang tidak dipakai.',
    en: 'Sheet "{sheet}", table {range}: it seems to hold {role}, but is not in the saved column mapping (a new or renamed sheet?), so it is not read. Open Map columns, choose its kind of data and save again; leave it on "ignore" if the table is indeed not used.',
  },
  SHEETS_MAPPING_ACTION_REFUSED: {
    id: 'Tidak dijalankan: pemetaan kolom yang disimpan tidak cocok lagi dengan sheet, jadi sebagian data tidak terbaca. Tidak ada yang ditulis. Buka Petakan kolom, periksa, lalu simpan ulang:',
    en: 'Not run: the saved column mapping no longer matches the sheets, so some data is not read. Nothing was written. Open Map columns, check it and save again:',
  },
  SHEETS_MAPPING_RUN_REFUSED: {
    id: 'Hitung nilai dihentikan: pemetaan kolom yang disimpan tidak cocok lagi dengan sheet ({count} masalah, lihat sheet "{sheet}"). Hasil dan Riwayat sebelumnya tidak diubah. Buka Petakan kolom, periksa, lalu simpan ulang.',
    en: 'Compute scores stopped: the saved column mapping no longer matches the sheets ({count} problems, see sheet "{sheet}"). The previous results and history were not changed. Open Map columns, check it and save again.',
  },
  // Moving a mapping to another script project (a pilot's bound script -> the Marketplace add-on).
  SHEETS_MAPPING_EXPORT_NONE: {
    id: 'Belum ada pemetaan kolom yang disimpan, jadi belum ada yang dapat diekspor. Periksa usulan di panel ini, tekan Simpan pemetaan, lalu ekspor.',
    en: 'No column mapping has been saved yet, so there is nothing to export. Review the proposal in this sidebar, press Save mapping, then export.',
  },
  SHEETS_MAPPING_IMPORT_INVALID: {
    id: 'Berkas pemetaan tidak sah (bagian: {detail}). Gunakan JSON hasil Ekspor pemetaan tanpa diubah. Pemetaan tidak diimpor.',
    en: 'The mapping file is invalid (part: {detail}). Use the JSON from Export mapping unchanged. The mapping was not imported.',
  },
  SHEETS_MAPPING_IMPORT_NOT_MAPPING: {
    id: 'Ini bukan berkas pemetaan kolom Nilai Kerja (format "{format}"). Pilih berkas hasil Ekspor pemetaan (JSON); kebijakan diimpor di Pengaturan kebijakan.',
    en: 'This is not a Nilai Kerja column mapping file (format "{format}"). Choose a file from Export mapping (JSON); a policy is imported in Policy settings.',
  },
  SHEETS_MAPPING_IMPORT_NEWER: {
    id: 'Berkas pemetaan ini dibuat oleh versi Nilai Kerja yang lebih baru (versi berkas {version}). Perbarui add-on ini dulu, lalu impor lagi.',
    en: 'This mapping file was made by a newer Nilai Kerja (file version {version}). Update this add-on first, then import again.',
  },
  SHEETS_MAPPING_IMPORT_SHEET_MISSING: {
    id: 'Sheet berikut tidak ada di spreadsheet ini: {sheets}. Beri nama yang sama seperti saat ekspor, atau petakan kolom di sini lalu simpan. Pemetaan tidak diimpor.',
    en: 'These sheets are not in this spreadsheet: {sheets}. Give them the names they had when exported, or map the columns here and save. The mapping was not imported.',
  },
  SHEETS_MAPPING_IMPORT_HEADERS_DIFFER: {
    id: 'Judul {count} kolom berbeda dari saat pemetaan diekspor, jadi pemetaan itu bisa membaca kolom yang salah. Pemetaan tidak diimpor: samakan judulnya, atau petakan kolom di sini lalu simpan.',
    en: 'The headers of {count} columns differ from when the mapping was exported, so it could read the wrong columns. The mapping was not imported: make the headers match, or map the columns here and save.',
  },
  SHEETS_MAPPING_IMPORT_HEADER_CHANGED: {
    id: 'Sheet "{sheet}", kolom {column} ({field}): judul saat ekspor "{expected}", sekarang "{actual}".',
    en: 'Sheet "{sheet}", column {column} ({field}): header "{expected}" when exported, now "{actual}".',
  },
  SHEETS_MAPPING_IMPORT_HEADER_EMPTY: {
    id: 'Sheet "{sheet}", kolom {column} ({field}): judul saat ekspor "{expected}", sekarang kosong.',
    en: 'Sheet "{sheet}", column {column} ({field}): header "{expected}" when exported, now blank.',
  },
  SHEETS_MAPPING_IMPORT_READY: {
    id: 'Berkas pemetaan cocok dengan spreadsheet ini ({count} tabel). Konfirmasi untuk menyimpannya.',
    en: 'The mapping file matches this spreadsheet ({count} tables). Confirm to save it.',
  },
  SHEETS_MAPPING_IMPORT_SHEET: {
    id: '{sheet}: {role}; judul di baris {header}; {count} kolom dipetakan.',
    en: '{sheet}: {role}; headers on row {header}; {count} columns mapped.',
  },
  SHEETS_MAPPING_IMPORT_REPLACES: {
    id: 'Pemetaan yang tersimpan sekarang ({count} tabel) akan diganti.',
    en: 'The mapping saved now ({count} tables) will be replaced.',
  },
  SHEETS_MAPPING_IMPORT_FIRST: {
    id: 'Belum ada pemetaan tersimpan di spreadsheet ini; pemetaan dari berkas akan disimpan.',
    en: 'No mapping is saved in this spreadsheet yet; the mapping from the file will be saved.',
  },
  SHEETS_MAPPING_IMPORTED: {
    id: 'Pemetaan kolom dari berkas disimpan untuk {count} tabel. Lanjutkan dengan Periksa data.',
    en: 'Column mapping from the file saved for {count} tables. Continue with Check data.',
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
  SHEETS_MAPPING_GUESS: {
    id: 'Kolom {column} ("{label}") mungkin berisi {field} (keyakinan {confidence}%), tetapi tidak dibaca sebelum Anda memilihnya: pilih isian kolom itu di Petakan kolom bila benar.',
    en: 'Column {column} ("{label}") may hold {field} (confidence {confidence}%), but it is not read until you choose it: choose the column\'s field in Map columns if that is right.',
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
  SHEETS_ROLE_RESULTS: {
    id: 'Hasil kinerja per pegawai (capaian SKP, nilai, predikat)',
    en: 'Results per employee (SKP achievement, scores, predikat)',
  },
  SHEETS_TABLE_OTHER_PERIOD: {
    id: 'Tabel {range} berisi periode {period}, sedangkan yang dinilai {chosen}. Periode tidak pernah digabung: tabel ini tidak dibaca. Pilih periodenya di Petakan kolom bila periode itu yang ingin dinilai.',
    en: 'Table {range} holds period {period}, while {chosen} is being scored. Periods are never combined: this table is not read. Choose its period in Map columns if that is the one to score.',
  },
  SHEETS_ROWS_OTHER_PERIOD: {
    id: 'Tabel {range}: {count} baris berisi periode lain ({periods}), sedangkan yang dinilai {chosen}. Periode tidak pernah digabung: baris itu tidak dibaca. Pilih periodenya di Petakan kolom bila periode itu yang ingin dinilai.',
    en: 'Table {range}: {count} rows hold other periods ({periods}), while {chosen} is being scored. Periods are never combined: those rows are not read. Choose their period in Map columns if that is the one to score.',
  },
  SHEETS_ROWS_NO_PERIOD: {
    id: 'Tabel {range}: kolom periode di baris {rows} tidak terbaca sebagai periode (mis. "Mei 2024", "Triwulan II 2024"), jadi baris itu tidak dibaca bersama periode {chosen}. Perbaiki isinya.',
    en: 'Table {range}: the period column on rows {rows} cannot be read as a period (e.g. "Mei 2024", "Triwulan II 2024"), so those rows are not read with period {chosen}. Correct them.',
  },
  SHEETS_TABLE_NOT_USED: {
    id: 'Tabel {range} berisi jenis data yang sama dengan tabel {used} yang dipakai, tetapi kolomnya berbeda, jadi tidak dibaca. Pilih tabel yang benar di Petakan kolom bila perlu.',
    en: 'Table {range} holds the same kind of data as table {used}, which is used, but with other columns, so it is not read. Choose the right table in Map columns if needed.',
  },
  SHEETS_COPIED_OUTPUT_NAME: {
    id: 'Sheet "{sheet}" bernama seperti salinan sheet "{output}" yang dibuat Nilai Kerja, jadi tidak dibaca sebagai data: isinya hasil penghitungan atau rekap sebelumnya, bukan data periode ini. Bila sheet ini memang berisi data Anda, ganti namanya (tanpa "Salinan", "Copy of" atau "(1)") atau pilih jenis datanya di Petakan kolom, lalu periksa lagi.',
    en: 'Sheet "{sheet}" is named like a copy of the "{output}" sheet Nilai Kerja builds, so it is not read as data: it holds an earlier run\'s results or recap, not this period\'s data. If this sheet does hold your data, rename it (without "Salinan", "Copy of" or "(1)") or choose its kind of data in Map columns, then check again.',
  },
  SHEETS_COPIED_OUTPUT: {
    id: 'Sheet "{sheet}" berisi hasil Nilai Kerja sendiri (sheet "{output}" dari penghitungan sebelumnya), jadi tidak dibaca sebagai data: angkanya adalah hasil penghitungan itu, bukan data periode ini. Untuk memakai angkanya, salin angka itu ke sheet data (mis. "{input}") dengan judul kolom data.',
    en: 'Sheet "{sheet}" holds Nilai Kerja\'s own output (the "{output}" sheet of an earlier run), so it is not read as data: its numbers are that run\'s results, not this period\'s data. To use its numbers, copy them into an input sheet (e.g. "{input}") under the data\'s column headers.',
  },
  SHEETS_OUTPUT_NAME_NO_ROLE: {
    id: 'Sheet "{sheet}" bernama seperti sheet hasil Nilai Kerja ("{output}"), jadi namanya tidak dipakai untuk menebak jenis datanya, dan kolomnya tidak menunjukkan jenis data: sheet ini tidak dibaca. Bila sheet ini memang tabel "{template}", pilih jenis datanya di Petakan kolom atau ganti namanya menjadi "{template}".',
    en: 'Sheet "{sheet}" is named like a Nilai Kerja output sheet ("{output}"), so its name is not taken as a hint of its kind of data, and its columns show none: this sheet is not read. If it is indeed a "{template}" table, choose its kind in Map columns or rename it "{template}".',
  },
  SHEETS_UI_INTRO: {
    id: 'Periksa usulan di bawah. Ubah jenis data tiap sheet dan isian tiap kolom bila salah, lalu Simpan. Sel Anda tidak diubah.',
    en: "Review the proposal below. Change each sheet's kind and each column's field if wrong, then Save. Your cells are not changed.",
  },
  SHEETS_UI_SHEET_SUMMARY: {
    id: 'Judul kolom di baris {header}; {rows} baris data.',
    en: 'Headers on row {header}; {rows} data rows.',
  },
  SHEETS_UI_PERIOD: { id: 'Periode yang dinilai:', en: 'Period to score:' },
  SHEETS_UI_PERIOD_HELP: {
    id: 'Tabel di workbook ini menyebut beberapa periode. Periode tidak pernah digabung: hanya tabel periode yang dipilih yang dibaca Hitung nilai.',
    en: 'The tables in this workbook name several periods. Periods are never combined: Compute scores reads only the tables of the period chosen.',
  },
  SHEETS_UI_TABLE_TITLE: { id: 'Judul: {title}', en: 'Title: {title}' },
  SHEETS_UI_TABLE_PERIOD: { id: 'Periode: {period}', en: 'Period: {period}' },
  SHEETS_UI_TABLE_OPD: { id: 'OPD: {opd}', en: 'OPD: {opd}' },
  SHEETS_UI_CODE_COLUMNS: {
    id: 'Kolom kode absensi atau tanggal: {columns}',
    en: 'Attendance code or day columns: {columns}',
  },
  SHEETS_UI_ROLE: { id: 'Jenis data:', en: 'Kind of data:' },
  SHEETS_UI_IGNORE_SHEET: { id: '(abaikan tabel ini)', en: '(ignore this table)' },
  SHEETS_UI_IGNORE_COLUMN: { id: '(tidak dipakai)', en: '(not used)' },
  SHEETS_UI_COLUMN: { id: 'Kolom', en: 'Column' },
  SHEETS_UI_HEADER: { id: 'Judul', en: 'Header' },
  SHEETS_UI_FIELD: { id: 'Isian', en: 'Field' },
  SHEETS_UI_CONFIDENCE: { id: 'Keyakinan', en: 'Confidence' },
  SHEETS_UI_FIELD_FOR_COLUMN: {
    id: 'Isian untuk kolom {column} ("{header}")',
    en: 'Field for column {column} ("{header}")',
  },
  SHEETS_UI_SAVE: { id: 'Simpan pemetaan', en: 'Save mapping' },
  SHEETS_UI_TRANSFER: { id: 'Pindahkan pemetaan', en: 'Move the mapping' },
  SHEETS_UI_TRANSFER_HELP: {
    id: 'Untuk memakai pemetaan ini di add-on lain (mis. dari pilot ke add-on Marketplace): ekspor di sini, lalu impor di sana. Berkas hanya berisi nama sheet, baris dan judul kolom, serta isian tiap kolom; tanpa isi sel.',
    en: "To use this mapping in another add-on (e.g. from a pilot to the Marketplace add-on): export here, then import there. The file holds only sheet names, header rows and labels, and each column's field; no cell data.",
  },
  SHEETS_UI_EXPORT: { id: 'Ekspor pemetaan (JSON)', en: 'Export mapping (JSON)' },
  SHEETS_UI_EXPORTED: { id: 'Pemetaan kolom (JSON)', en: 'Column mapping (JSON)' },
  SHEETS_UI_DOWNLOAD: { id: 'Unduh berkas', en: 'Download file' },
  SHEETS_UI_IMPORT: { id: 'Impor pemetaan (JSON)', en: 'Import mapping (JSON)' },
  SHEETS_UI_IMPORT_FILE: { id: 'Pilih berkas pemetaan (.json):', en: 'Choose a mapping file (.json):' },
  SHEETS_UI_IMPORT_TEXT: {
    id: 'Atau tempel JSON pemetaan (hasil ekspor):',
    en: 'Or paste a mapping JSON (from an export):',
  },
  SHEETS_UI_IMPORT_EMPTY: {
    id: 'Pilih berkas atau tempel JSON pemetaan dulu.',
    en: 'Choose a file or paste a mapping JSON first.',
  },
  SHEETS_UI_FILE_ERROR: {
    id: 'Berkas tidak dapat dibaca ({detail}).',
    en: 'The file could not be read ({detail}).',
  },
  SHEETS_UI_CHECKING: { id: 'Memeriksa...', en: 'Checking...' },
  SHEETS_UI_CONFIRM_TITLE: { id: 'Ganti pemetaan kolom?', en: 'Replace the column mapping?' },
  SHEETS_UI_CONFIRM_YES: { id: 'Ganti pemetaan', en: 'Replace mapping' },
  SHEETS_UI_CANCEL: { id: 'Batal', en: 'Cancel' },
  SHEETS_UI_CANCELLED: {
    id: 'Impor dibatalkan; pemetaan tidak diubah.',
    en: 'Import cancelled; the mapping was not changed.',
  },

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
  SHEETS_CHECK_TABLES: {
    id: '{count} tabel ditemukan; apa yang terbaca dari tiap tabel ada di sheet "{sheet}".',
    en: '{count} tables found; what was read from each is in sheet "{sheet}".',
  },
  SHEETS_TABLES_COL_SHEET: { id: 'Sheet', en: 'Sheet' },
  SHEETS_TABLES_COL_RANGE: { id: 'Rentang', en: 'Range' },
  SHEETS_TABLES_COL_KIND: { id: 'Jenis data', en: 'Kind of data' },
  SHEETS_TABLES_COL_TITLE: { id: 'Judul tabel', en: 'Table title' },
  SHEETS_TABLES_COL_PERIOD: { id: 'Periode', en: 'Period' },
  SHEETS_TABLES_COL_OPD: { id: 'OPD', en: 'OPD' },
  SHEETS_TABLES_COL_ROWS: { id: 'Baris data', en: 'Data rows' },
  SHEETS_TABLES_COL_FIELDS: {
    id: 'Kolom dikenali (isian: kolom, keyakinan)',
    en: 'Columns recognised (field: column, confidence)',
  },
  SHEETS_TABLES_COL_CODES: { id: 'Kolom kode absensi / tanggal', en: 'Attendance code / day columns' },
  SHEETS_TABLES_COL_UNUSED: { id: 'Kolom tidak dipakai', en: 'Columns not used' },
  SHEETS_TABLES_COL_READ: { id: 'Dibaca Hitung nilai', en: 'Read by Compute scores' },
  SHEETS_TABLES_COL_NOTES: { id: 'Catatan', en: 'Notes' },
  SHEETS_TABLES_READ_YES: { id: 'Ya', en: 'Yes' },
  SHEETS_TABLES_READ_NO: { id: 'Tidak', en: 'No' },
  SHEETS_TABLES_KIND_UNKNOWN: { id: '(tidak dikenali)', en: '(not recognised)' },
  SHEETS_TABLES_NONE: {
    id: 'Tidak ada tabel yang ditemukan di sheet input.',
    en: 'No table was found in the input sheets.',
  },
  SHEETS_CHECK_NO_PEOPLE: {
    id: 'Tidak ada tabel yang menyebut pegawai (kolom NIP, atau Nama dengan NIP). Buat sheet {role} dengan Siapkan templat (sheet "{sheet}"), tempel ekspor SIASN, atau pilih tabelnya di Petakan kolom.',
    en: 'No table names employees (a NIP column, or Nama with the NIP). Create the {role} sheet with Prepare template (sheet "{sheet}"), paste a SIASN export, or choose the table in Map columns.',
  },
  SHEETS_CHECK_LKE_ONLY: {
    id: 'Workbook ini berisi lembar kerja evaluasi SAKIP (LKE/KKE) tanpa data pegawai: jalankan Evaluasi SAKIP untuk nilai per komponen, per putaran penilaian, dan predikatnya. Hitung nilai membutuhkan tabel yang menyebut pegawai.',
    en: 'This workbook holds SAKIP evaluation sheets (LKE/KKE) without employee data: run SAKIP evaluation for the score per component, per assessment round, and the predikat. Compute scores needs a table that names employees.',
  },
  SHEETS_ROLE_SAKIP_WORKBOOK: {
    id: 'Lembar kerja evaluasi SAKIP (LKE/KKE), dibaca Evaluasi SAKIP',
    en: 'SAKIP evaluation sheet (LKE/KKE), read by SAKIP evaluation',
  },
  SHEETS_CHECK_NO_ROSTER: {
    id: 'Tidak ada daftar pegawai: pegawai diambil dari tabel {tables}. Unit kerja dan atasan yang tidak ada di tabel itu tidak diketahui; tambahkan daftar pegawai (mis. ekspor SIASN) untuk distribusi predikat per unit dan tugas atasan.',
    en: 'There is no employee list: employees are taken from tables {tables}. Units and supervisors those tables do not name are unknown; add an employee list (e.g. a SIASN export) for the predikat distribution per unit and supervisor duties.',
  },
  SHEETS_CHECK_NO_RESULTS: {
    id: 'Tidak ada data hasil kerja (target dan realisasi per indikator, atau capaian/nilai SKP per pegawai): capaian, rating hasil dan predikat tidak dapat dihitung; yang dapat diperiksa (NIP, absensi) tetap diperiksa. Tambahkan sheet "{sheet}" atau rekap capaian SKP per pegawai.',
    en: 'There is no result data (target and realisation per indicator, or SKP achievement/score per employee): achievement, hasil rating and predikat cannot be computed; what can be checked (NIPs, attendance) still is. Add a "{sheet}" sheet or a recap of SKP achievement per employee.',
  },
  SHEETS_CHECK_EMPLOYEE_LEVEL: {
    id: 'Tidak ada target dan realisasi per indikator: nilai dihitung dari hasil per pegawai di {tables}. Untuk capaian per indikator, bukti dukung dan umpan balik per indikator, tambahkan sheet "{sheet}".',
    en: 'There are no targets and realisations per indicator: scores come from the per-employee results in {tables}. For achievement, evidence and feedback per indicator, add a "{sheet}" sheet.',
  },
} satisfies MessageSection;
