import type { MessageSection } from './types';

/**
 * Messages of the Perjanjian Kinerja (PK): a unit's IKU targets and realisasi, its capaian PK and the
 * predikat kinerja organisasi proposed from it (shared/org/pk.ts). Keys are stable codes (UPPER_SNAKE).
 */
export const pkMessages = {
  PK_COLUMNS_MISSING: {
    id: 'Tabel Perjanjian Kinerja di sheet "{sheet}" tidak punya kolom {missing}, jadi capaian PK tidak dihitung. Tambahkan kolomnya atau petakan di "Petakan kolom".',
    en: 'The Perjanjian Kinerja table in sheet "{sheet}" has no {missing} column, so no capaian PK is computed. Add the column or map it in "Petakan kolom".',
  },
  PK_UNIT_MISSING: {
    id: 'Indikator "{indikator}" tidak menyebut unitnya, jadi tidak ikut capaian PK. Isi kolom Unit Kerja.',
    en: 'Indicator "{indikator}" names no unit, so it is not counted in any capaian PK. Fill in the Unit Kerja column.',
  },
  PK_UNIT_UNKNOWN: {
    id: 'Unit "{unit}" di Perjanjian Kinerja tidak ada di daftar pegawai atau unit, jadi indikatornya tidak dipakai. Tulis nama unit persis seperti di sheet pegawai (atau "OPD / unit" bila dua OPD punya unit bernama sama).',
    en: 'Unit "{unit}" in the Perjanjian Kinerja is in neither the employee list nor the units list, so its indicators are not used. Write the unit exactly as in the employee sheet (or "OPD / unit" when two OPDs have a unit of that name).',
  },
  PK_REALISASI_EMPTY: {
    id: 'Indikator "{indikator}" (unit {unit}) belum punya realisasi, jadi tidak ikut capaian PK. Isi realisasinya.',
    en: 'Indicator "{indikator}" (unit {unit}) has no realisasi yet, so it is not counted in the capaian PK. Fill in its realisasi.',
  },
  PK_PREDIKAT_DIFFERS: {
    id: 'Unit {unit}: predikat tertulis {typed} berbeda dengan usulan dari Perjanjian Kinerja, {proposed} (capaian PK {capaian} %). Predikat tertulis yang dipakai; periksa apakah masih sesuai.',
    en: 'Unit {unit}: the typed predikat {typed} differs from the one the Perjanjian Kinerja proposes, {proposed} (capaian PK {capaian} %). The typed predikat is used; check that it still holds.',
  },
  PK_PERIOD_NOT_CHOSEN: {
    id: 'Tabel Perjanjian Kinerja di sheet "{sheet}" punya kolom Target/Realisasi untuk beberapa periode ({periods}), tetapi periode yang dinilai tidak diketahui. Pilih periode di "Petakan kolom"; capaian PK belum dihitung.',
    en: 'The Perjanjian Kinerja table in sheet "{sheet}" has Target/Realisasi columns for several periods ({periods}), but the period scored is not known. Choose the period in "Petakan kolom"; no capaian PK is computed yet.',
  },
  PK_PERIOD_NOT_FOUND: {
    id: 'Tabel Perjanjian Kinerja di sheet "{sheet}" punya kolom Target/Realisasi untuk {periods}, tetapi tidak untuk periode yang dinilai ({chosen}). Pilih salah satu periode itu di "Petakan kolom" atau tambahkan kolomnya; capaian PK belum dihitung.',
    en: 'The Perjanjian Kinerja table in sheet "{sheet}" has Target/Realisasi columns for {periods}, but none for the period scored ({chosen}). Choose one of those periods in "Petakan kolom" or add the columns; no capaian PK is computed yet.',
  },
  PK_PERIOD_NO_PAIR: {
    id: 'Kolom {period} di tabel Perjanjian Kinerja (sheet "{sheet}") tidak punya pasangan Target dan Realisasi yang jelas (ada: {found}). Beri judul "Target" dan "Realisasi" di bawah {period}; capaian PK belum dihitung.',
    en: 'The {period} columns of the Perjanjian Kinerja table (sheet "{sheet}") have no clear Target and Realisasi pair (found: {found}). Head them "Target" and "Realisasi" under {period}; no capaian PK is computed yet.',
  },
  PK_PERIOD_READ: {
    id: 'Perjanjian Kinerja di sheet "{sheet}" dibaca dari kolom {period}: Target di kolom {target}, Realisasi di kolom {realisasi}.',
    en: 'The Perjanjian Kinerja in sheet "{sheet}" is read from the {period} columns: Target in column {target}, Realisasi in column {realisasi}.',
  },
  PK_SOURCE_TERTULIS: { id: 'tertulis', en: 'typed' },
  PK_SOURCE_PK: { id: 'dari PK', en: 'from the PK' },
  PK_DISTRIBUTION_BASIS: {
    id: 'Dicek dengan predikat unit {predikat} ({source}).',
    en: 'Checked against the unit predikat {predikat} ({source}).',
  },
  PK_COL_CAPAIAN: { id: 'Capaian PK', en: 'Capaian PK' },
  PK_COL_INDICATORS: { id: 'Indikator PK Terhitung', en: 'PK Indicators Counted' },
  PK_COL_SOURCE: { id: 'Sumber Predikat Unit', en: 'Unit Predikat Source' },
  PK_COL_PROPOSED: { id: 'Predikat Usulan dari PK', en: 'Predikat Proposed by the PK' },
  SHEETS_ROLE_PK: {
    id: 'Perjanjian Kinerja (IKU, target dan realisasi unit)',
    en: 'Perjanjian Kinerja (the units’ IKU, targets and realisasi)',
  },
  SHEETS_NOTE_PK_UNIT: {
    id: 'Unit kerja pemilik indikator, ditulis sama persis seperti di sheet Pegawai dan Unit.',
    en: 'The work unit the indicator belongs to, written exactly as in the Pegawai and Unit sheets.',
  },
  SHEETS_NOTE_SASARAN_STRATEGIS: {
    id: 'Sasaran strategis unit dalam Perjanjian Kinerja.',
    en: 'The unit’s strategic goal in the Perjanjian Kinerja.',
  },
  SHEETS_NOTE_IKU: {
    id: 'Indikator Kinerja Utama (IKU) atau indikator sasaran unit.',
    en: 'Key performance indicator (IKU) or goal indicator of the unit.',
  },
  SHEETS_NOTE_PK_TARGET: {
    id: 'Target indikator untuk periode yang dinilai: angka, persen ("85 %") atau rentang ("80-90").',
    en: 'The indicator’s target for the period scored: a number, a percentage ("85 %") or a range ("80-90").',
  },
  SHEETS_NOTE_PK_REALISASI: {
    id: 'Realisasi indikator pada periode yang dinilai; kosong bila belum dilaporkan.',
    en: 'The indicator’s realisasi in the period scored; empty when not reported yet.',
  },
} satisfies MessageSection;
