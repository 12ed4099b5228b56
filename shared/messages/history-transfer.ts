import type { MessageSection } from './types';

/**
 * Messages of older periods brought into "Riwayat": from a Riwayat sheet copied from last year's workbook,
 * and from a Riwayat file (Ekspor riwayat / Impor riwayat). Keys are stable codes.
 */
export const historyTransferMessages = {
  HISTX_MENU_EXPORT: { id: 'Ekspor riwayat', en: 'Export history' },
  HISTX_MENU_IMPORT: { id: 'Impor riwayat...', en: 'Import history...' },

  // A Riwayat sheet copied from an earlier workbook (read by Hitung nilai).
  HISTX_COPY_ADDED: {
    id: 'Sheet "{sheet}" dibaca sebagai riwayat lama: periode {periods} ditambahkan ke Riwayat ({rows} baris). Sheet ini tidak diubah; setelah Hitung nilai menulis Riwayat, sheet salinan boleh dihapus.',
    en: 'Sheet "{sheet}" was read as older history: periods {periods} were added to Riwayat ({rows} rows). This sheet is not changed; once Compute scores has written Riwayat, the copy may be deleted.',
  },
  HISTX_COPY_SKIPPED: {
    id: 'Sheet "{sheet}": periode {periods} sudah ada di Riwayat atau di data workbook ini, jadi baris salinan untuk periode itu dilewati dan baris workbook ini yang dipakai. Bila semua periodenya sudah ada, sheet salinan boleh dihapus.',
    en: "Sheet \"{sheet}\": periods {periods} are already in Riwayat or in this workbook's data, so the copy's rows for them were skipped and this workbook's rows kept. When all its periods are there, the copy may be deleted.",
  },
  HISTX_ROW_BAD_PERIOD: {
    id: 'Kode periode "{value}" tidak dapat dibaca, jadi baris ini tidak dibaca sebagai riwayat. Tulis kode seperti 2025-03, 2025-Q1, 2025-S2 atau 2025.',
    en: 'Period code "{value}" cannot be read, so this row is not read as history. Write a code such as 2025-03, 2025-Q1, 2025-S2 or 2025.',
  },
  HISTX_ROW_NO_NIP: {
    id: 'Baris periode {period} tanpa NIP, jadi tidak dibaca sebagai riwayat. Isi NIP pegawainya.',
    en: "A row of period {period} has no NIP, so it is not read as history. Fill in the employee's NIP.",
  },
  HISTX_ROW_NOT_NUMBER: {
    id: '{column} "{value}" bukan angka, jadi baris ini tidak dibaca sebagai riwayat (teks tidak pernah diubah menjadi angka). Tulis angka (mis. 87,5%) atau kosongkan.',
    en: '{column} "{value}" is not a number, so this row is not read as history (text is never turned into a number). Write a number (e.g. 87.5%) or leave it empty.',
  },
  HISTX_ROW_TWICE: {
    id: 'NIP {nip} tercatat dua kali untuk periode {period} (baris {first} dan baris ini). Baris ini tidak dibaca sebagai riwayat; hapus salah satunya.',
    en: 'NIP {nip} is recorded twice for period {period} (row {first} and this row). This row is not read as history; delete one of them.',
  },

  // Ekspor riwayat.
  HISTX_EXPORT_TITLE: { id: 'Ekspor riwayat', en: 'Export history' },
  HISTX_EXPORT_NONE: {
    id: 'Belum ada Riwayat untuk diekspor. Jalankan Hitung nilai pada data yang menyebut periode, lalu ekspor lagi.',
    en: 'There is no Riwayat to export yet. Run Compute scores on data that names its period, then export again.',
  },
  HISTX_EXPORT_HELP: {
    id: 'Riwayat {opd}: {periods} periode ({first} s.d. {last}), {rows} baris. Unduh berkas ini, lalu di workbook tahun berikutnya pilih Impor riwayat.',
    en: "Riwayat of {opd}: {periods} periods ({first} to {last}), {rows} rows. Download this file, then in next year's workbook choose Import history.",
  },
  HISTX_EXPORT_UNREAD: {
    id: '{count} baris Riwayat tidak ikut diekspor karena tidak terbaca (kode periode, NIP, angka berisi teks, atau pegawai dua kali dalam satu periode). Periksa sheet "{sheet}".',
    en: '{count} Riwayat row(s) were not exported because they cannot be read (period code, NIP, text in a number column, or an employee twice in one period). Check sheet "{sheet}".',
  },
  HISTX_EXPORT_NO_OPD: { id: 'OPD tidak disebut', en: 'OPD not named' },
  HISTX_EXPORT_FILE: { id: 'riwayat-{opd}-{first}-{last}.json', en: 'history-{opd}-{first}-{last}.json' },
  HISTX_EXPORT_HEADLESS: {
    id: 'Berkas riwayat dibuat: {periods} periode, {rows} baris ({size} karakter).',
    en: 'History file built: {periods} periods, {rows} rows ({size} characters).',
  },

  // Impor riwayat.
  HISTX_IMPORT_TITLE: { id: 'Impor riwayat', en: 'Import history' },
  HISTX_IMPORT_HELP: {
    id: 'Pilih berkas riwayat (.json) dari Ekspor riwayat workbook sebelumnya. Periode yang belum ada ditambahkan ke Riwayat; periode yang sudah ada tidak diubah. Sheet data tidak disentuh.',
    en: 'Choose a history file (.json) from Export history in an earlier workbook. Periods not yet present are added to Riwayat; periods already there are not changed. Data sheets are not touched.',
  },
  HISTX_UI_PICK: { id: 'Pilih berkas riwayat (.json)', en: 'Choose a history file (.json)' },
  HISTX_UI_IMPORT: { id: 'Impor ke Riwayat', en: 'Import into Riwayat' },
  HISTX_UI_TOO_LARGE: {
    id: 'Berkas {file} berukuran {size} MB, lebih dari batas {max} MB.',
    en: 'File {file} is {size} MB, over the {max} MB limit.',
  },
  HISTX_UI_FILE_UNREADABLE: {
    id: 'Berkas {file} tidak dapat dibaca: {detail}',
    en: 'File {file} cannot be read: {detail}',
  },
  HISTX_FILE_NOT_JSON: {
    id: 'Berkas {file} bukan JSON yang utuh ({detail}), jadi tidak diimpor dan tidak ada yang ditulis. Ekspor lagi dari workbook asalnya.',
    en: 'File {file} is not whole JSON ({detail}), so it was not imported and nothing was written. Export it again from its workbook.',
  },
  HISTX_FILE_FOREIGN: {
    id: 'Berkas {file} bukan berkas riwayat Nilai Kerja (formatnya "{format}"), jadi tidak diimpor dan tidak ada yang ditulis. Pilih berkas dari Ekspor riwayat.',
    en: 'File {file} is not a Nilai Kerja history file (its format is "{format}"), so it was not imported and nothing was written. Choose a file from Export history.',
  },
  HISTX_FILE_VERSION: {
    id: 'Berkas {file} memakai versi {version}, sedangkan add-on ini membaca versi {expected}. Tidak ada yang ditulis; perbarui add-on atau ekspor lagi.',
    en: 'File {file} uses version {version}, while this add-on reads version {expected}. Nothing was written; update the add-on or export again.',
  },
  HISTX_FILE_INVALID: {
    id: 'Berkas {file} rusak atau telah diubah ({detail}), jadi tidak diimpor dan tidak ada yang ditulis. Ekspor lagi dari workbook asalnya.',
    en: 'File {file} is damaged or was altered ({detail}), so it was not imported and nothing was written. Export it again from its workbook.',
  },
  HISTX_FILE_TOO_LARGE: {
    id: 'Berkas terlalu besar (lebih dari {max} karakter). Tidak ada yang ditulis.',
    en: 'The file is too large (over {max} characters). Nothing was written.',
  },
  HISTX_FILE_NONE: { id: 'Belum ada berkas yang dipilih.', en: 'No file has been chosen.' },
  HISTX_FILE_SUMMARY: {
    id: 'Berkas {file}: riwayat {opd}, {periods} periode, {rows} baris.',
    en: 'File {file}: history of {opd}, {periods} periods, {rows} rows.',
  },
  HISTX_FILE_NEW: {
    id: 'Akan ditambahkan ke Riwayat: {periods} ({rows} baris).',
    en: 'To be added to Riwayat: {periods} ({rows} rows).',
  },
  HISTX_FILE_PRESENT: {
    id: 'Sudah ada di Riwayat, tidak diubah: {periods}.',
    en: 'Already in Riwayat, not changed: {periods}.',
  },
  HISTX_NOTHING_NEW: {
    id: 'Semua periode dalam berkas sudah ada di Riwayat; tidak ada yang ditulis.',
    en: 'Every period in the file is already in Riwayat; nothing was written.',
  },
  HISTX_IMPORT_DONE: {
    id: 'Riwayat di sheet "{sheet}" kini memuat {periods} periode baru ({rows} baris) dari {file}. Jalankan Hitung nilai agar tren, stagnasi, paling meningkat, Rekap Tahunan dan jumlah TK setahun memakainya.',
    en: 'Riwayat in sheet "{sheet}" now holds {periods} new period(s) ({rows} rows) from {file}. Run Compute scores so that trends, stagnation, most improved, the annual recap and the year\'s TK count use them.',
  },
  HISTX_IMPORT_UNREAD: {
    id: 'Sheet "{sheet}" memuat {count} baris yang tidak terbaca (kode periode, NIP, angka berisi teks, atau pegawai dua kali dalam satu periode). Perbaiki atau hapus baris itu lebih dulu agar tidak hilang saat Riwayat ditulis ulang; tidak ada yang ditulis.',
    en: 'Sheet "{sheet}" holds {count} row(s) that cannot be read (period code, NIP, text in a number column, or an employee twice in one period). Fix or delete them first so they are not lost when Riwayat is rewritten; nothing was written.',
  },
  // The add-on's current Riwayat read by Hitung nilai: a row it cannot read is never converted nor dropped.
  HISTX_CURRENT_UNREAD: {
    id: 'Sheet "{sheet}" memuat {count} baris yang tidak terbaca sebagai riwayat (tiap baris disebut di Masalah Data). Agar baris itu tidak hilang atau berubah, "{sheet}" dan Rekap Tahunan tidak ditulis ulang: keduanya dibiarkan apa adanya. Tren, paling meningkat dan jumlah hari TK setahun pada hasil ini dihitung tanpa baris itu. Perbaiki atau hapus baris itu, lalu jalankan Hitung nilai lagi.',
    en: 'Sheet "{sheet}" holds {count} row(s) that cannot be read as history (each one is listed in Masalah Data). So that they are neither lost nor changed, "{sheet}" and the annual recap are not rewritten: both are left as they are. Trends, most improved and the year\'s TK day count in these results leave those rows out. Fix or delete them, then run Compute scores again.',
  },

  // A table whose period line cannot be read: scored without a period, so nothing goes into Riwayat.
  HISTX_PERIOD_NO_YEAR: {
    id: 'Periode "{value}" tidak menyebut tahunnya, jadi tabel ini dibaca tanpa periode. Tulis periodenya lengkap, mis. "Triwulan I 2025" atau "Januari 2025", atau tambahkan baris "Tahun : 2025".',
    en: 'The period "{value}" does not state its year, so this table is read without a period. Write the whole period, e.g. "Triwulan I 2025" (Q1 2025) or "Januari 2025", or add a line "Tahun : 2025".',
  },
  HISTX_PERIOD_UNREADABLE: {
    id: 'Periode "{value}" tidak dapat dibaca, jadi tabel ini dibaca tanpa periode. Tulis satu periode dengan tahunnya, mis. "Januari 2025", "Triwulan I 2025" atau "Tahun 2025".',
    en: 'The period "{value}" cannot be read, so this table is read without a period. Write one period with its year, e.g. "Januari 2025" (January 2025), "Triwulan I 2025" (Q1 2025) or "Tahun 2025".',
  },
  HISTX_NO_PERIOD_NOT_KEPT: {
    id: 'Periode yang dinilai tidak diketahui, jadi Riwayat tidak diperbarui dan hari TK tidak dijumlahkan setahun (PP 94/2021). Perbaiki baris periode tabelnya (lihat Masalah Data), lalu jalankan Hitung nilai lagi.',
    en: "The period scored is not known, so Riwayat is not updated and TK days are not added up over the year (PP 94/2021). Fix the table's period line (see Masalah Data), then run Compute scores again.",
  },
  HISTX_CURRENT_KEPT: {
    id: 'Riwayat tidak diperbarui: sheet "{sheet}" memuat {count} baris yang tidak terbaca, jadi sheet itu dan Rekap Tahunan dibiarkan apa adanya. Rinciannya di sheet "{problems}".',
    en: 'Riwayat was not updated: sheet "{sheet}" holds {count} row(s) that cannot be read, so it and the annual recap are left as they are. The details are in sheet "{problems}".',
  },
} as const satisfies MessageSection;
