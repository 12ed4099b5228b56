import type { MessageSection } from './types';

/**
 * Messages owned by the columns part of Nilai Kerja. Keys are stable codes (UPPER_SNAKE).
 * {field}/{fields} are header names as Nilai Kerja's templates write them ("Target", "NIP"), which
 * the user can type into the sheet as they are; {column} is the 1-based column position.
 */
export const columnsMessages = {
  COLUMNS_EMPTY_TABLE: {
    id: 'Tabel kosong: tidak ada baris judul kolom maupun data. Pilih sheet atau tabel yang berisi data.',
    en: 'The table is empty: no header row and no data. Choose a sheet or table that holds data.',
  },
  COLUMNS_NO_HEADER: {
    id: 'Judul kolom tidak dikenali (terbaca: {labels}). Beri judul seperti "Nama", "NIP", "Target", "Realisasi" pada baris pertama tabel, atau pilih kolom secara manual.',
    en: 'The column headers were not recognised (read: {labels}). Use headers such as "Nama", "NIP", "Target", "Realisasi" in the first row of the table, or choose the columns manually.',
  },
  COLUMNS_DUPLICATE: {
    id: 'Ada lebih dari satu kolom "{field}": kolom ke-{chosen} ("{chosenLabel}") dipakai, kolom ke-{other} ("{otherLabel}") diabaikan. Jika salah, ubah judul salah satunya atau pilih kolom secara manual.',
    en: 'More than one "{field}" column: column {chosen} ("{chosenLabel}") is used, column {other} ("{otherLabel}") is ignored. If that is wrong, rename one of them or choose the column manually.',
  },
  COLUMNS_MISSING_SKP: {
    id: 'Tabel SKP ini tidak punya kolom {fields}. Tambahkan kolom itu (atau pilih kolomnya secara manual) agar capaian dapat dihitung.',
    en: 'This SKP table has no {fields} column. Add it (or choose the column manually) so that achievement can be computed.',
  },
  COLUMNS_MISSING_REALISASI: {
    id: 'Tabel realisasi ini tidak punya kolom {fields}. Tambahkan kolom itu atau pilih kolomnya secara manual agar capaian dapat dihitung.',
    en: 'This realisation table has no {fields} column. Add it or choose the column manually so that achievement can be computed.',
  },
  COLUMNS_MISSING_ACTIVITY: {
    id: 'Log aktivitas ini tidak punya kolom {fields}. Tambahkan kolom itu atau pilih kolomnya secara manual agar menit kerja dapat dihitung.',
    en: 'This activity log has no {fields} column. Add it or choose the column manually so that working minutes can be counted.',
  },
  COLUMNS_MISSING_RECAP: {
    id: 'Rekap ini tidak punya kolom {fields}, sehingga tidak jelas baris milik pegawai siapa. Tambahkan kolom itu atau pilih kolomnya secara manual.',
    en: 'This recap has no {fields} column, so it is unclear whose row is whose. Add it or choose the column manually.',
  },
  COLUMNS_MISSING_EMPLOYEES: {
    id: 'Daftar pegawai ini tidak punya kolom {fields}. Tambahkan NIP 18 digit setiap pegawai atau pilih kolomnya secara manual.',
    en: "This employee list has no {fields} column. Add each employee's 18-digit NIP or choose the column manually.",
  },
  COLUMNS_MISSING_BEHAVIOUR: {
    id: 'Tabel perilaku kerja ini tidak punya kolom {fields}. Tambahkan kolom itu (misalnya nilai BerAKHLAK atau "Rating Perilaku Kerja") atau pilih kolomnya secara manual.',
    en: 'This work behaviour table has no {fields} column. Add it (for example the BerAKHLAK values or "Rating Perilaku Kerja") or choose the column manually.',
  },
  COLUMNS_MISSING_ATTENDANCE: {
    id: 'Tabel kehadiran ini tidak punya kolom {fields}. Tambahkan kolom itu atau pilih kolomnya secara manual agar potongan disiplin dapat dihitung.',
    en: 'This attendance table has no {fields} column. Add it or choose the column manually so that discipline deductions can be computed.',
  },
  COLUMNS_MISSING_SAKIP: {
    id: 'Lembar SAKIP ini tidak punya kolom {fields}. Tambahkan kolom itu atau pilih kolomnya secara manual agar nilai SAKIP dapat dihitung.',
    en: 'This SAKIP sheet has no {fields} column. Add it or choose the column manually so that the SAKIP score can be computed.',
  },
  COLUMNS_CONFIRMED_OUT_OF_RANGE: {
    id: 'Pilihan kolom tersimpan untuk "{field}" menunjuk kolom ke-{column}, padahal tabel hanya punya {count} kolom. Pilih ulang kolomnya.',
    en: 'The saved column choice for "{field}" points to column {column}, but the table has only {count} columns. Choose the column again.',
  },
  COLUMNS_MAPPING_SAME_COLUMN: {
    id: 'Pilihan kolom tersimpan memakai satu kolom untuk dua isian. Pilih ulang kolomnya: satu kolom untuk satu isian.',
    en: 'The saved column choice uses one column for two fields. Choose the columns again: one column per field.',
  },
  COLUMNS_MAPPING_INVALID: {
    id: 'Pilihan kolom tersimpan tidak dapat dibaca ({detail}). Pilih ulang kolomnya.',
    en: 'The saved column choice cannot be read ({detail}). Choose the columns again.',
  },
} satisfies MessageSection;
