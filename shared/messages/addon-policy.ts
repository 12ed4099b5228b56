import type { MessageSection } from './types';

/**
 * The add-on's "Pengaturan kebijakan..." sidebar: presets, saving, JSON export/import, and the policy
 * fields a region changes most. Problems in a policy itself are in policy.ts. Keys are stable codes.
 */
export const addonPolicyMessages = {
  // Policy settings.
  ADDON_POLICY_TITLE: { id: 'Pengaturan kebijakan', en: 'Policy settings' },
  ADDON_POLICY_SAVED: {
    id: 'Kebijakan "{name}" disimpan. Jalankan "Hitung nilai" agar hasil memakai kebijakan ini.',
    en: 'Policy "{name}" saved. Run "Compute scores" so that the results use it.',
  },
  ADDON_POLICY_PRESET_UNKNOWN: {
    id: 'Preset "{id}" tidak dikenal. Pilih salah satu dari: {presets}.',
    en: 'Unknown preset "{id}". Choose one of: {presets}.',
  },
  ADDON_POLICY_TOO_LARGE: {
    id: 'Kebijakan terlalu besar untuk disimpan ({size} karakter, paling banyak {max}). Kurangi daftar aturan atau tabel.',
    en: 'The policy is too large to store ({size} characters, at most {max}). Shorten the rule lists or tables.',
  },
  ADDON_POLICY_SOURCE_SAVED: {
    id: 'Kebijakan tersimpan di spreadsheet ini',
    en: 'Policy saved in this spreadsheet',
  },
  ADDON_POLICY_SOURCE_DEFAULT: {
    id: 'Belum ada kebijakan tersimpan: dipakai bawaan nasional',
    en: 'No saved policy yet: national defaults in use',
  },
  ADDON_POLICY_SOURCE_BROKEN: {
    id: 'Kebijakan tersimpan rusak; ditampilkan bawaan nasional. {detail}',
    en: 'The saved policy is broken; national defaults shown. {detail}',
  },
  ADDON_UI_LOADING: { id: 'Memuat kebijakan...', en: 'Loading the policy...' },
  ADDON_UI_PRESET: { id: 'Mulai dari preset', en: 'Start from a preset' },
  ADDON_UI_APPLY_PRESET: { id: 'Pakai preset', en: 'Use preset' },
  ADDON_UI_SAVE: { id: 'Simpan kebijakan', en: 'Save policy' },
  ADDON_UI_SAVING: { id: 'Menyimpan...', en: 'Saving...' },
  ADDON_UI_EXPORT: { id: 'Ekspor JSON', en: 'Export JSON' },
  ADDON_UI_IMPORT: { id: 'Impor JSON', en: 'Import JSON' },
  ADDON_UI_IMPORT_HELP: {
    id: 'Tempel JSON kebijakan (hasil ekspor) di bawah, lalu tekan Impor JSON.',
    en: 'Paste a policy JSON (from an export) below, then press Import JSON.',
  },
  ADDON_UI_DOWNLOAD: { id: 'Unduh berkas', en: 'Download file' },
  ADDON_UI_COPY: { id: 'Salin', en: 'Copy' },
  ADDON_UI_COPIED: { id: 'Disalin.', en: 'Copied.' },
  ADDON_UI_ERROR: {
    id: 'Terjadi kesalahan: {detail}',
    en: 'Something went wrong: {detail}',
  },
  ADDON_UI_SECTION_HASIL: {
    id: 'Rating hasil kerja (batas capaian)',
    en: 'Result rating (achievement bands)',
  },
  ADDON_UI_SECTION_CAPAIAN: { id: 'Capaian dan kategori', en: 'Achievement and categories' },
  ADDON_UI_SECTION_TPP: { id: 'TPP dan disiplin', en: 'TPP and discipline' },
  ADDON_UI_SECTION_DISTRIBUTION: {
    id: 'Sebaran predikat (SE 3/2023)',
    en: 'Predikat distribution (SE 3/2023)',
  },
  ADDON_UI_SECTION_REWARD: { id: 'Reward & punishment', en: 'Reward & punishment' },
  ADDON_UI_SECTION_BUSY: { id: 'Kesibukan semu', en: 'Busy without results' },
  ADDON_UI_SECTION_NAME: { id: 'Nama kebijakan', en: 'Policy name' },
  // Policy fields shown in the sidebar (the numbers a region changes most).
  ADDON_FIELD_NAME: { id: 'Nama kebijakan', en: 'Policy name' },
  ADDON_FIELD_DI_ATAS_MIN: {
    id: 'Di Atas Ekspektasi bila capaian paling sedikit (%)',
    en: 'Above Expectations when achievement is at least (%)',
  },
  ADDON_FIELD_SESUAI_MIN: {
    id: 'Sesuai Ekspektasi bila capaian paling sedikit (%)',
    en: 'Meets Expectations when achievement is at least (%)',
  },
  ADDON_FIELD_CAP: {
    id: 'Batas atas capaian per indikator (%; kosong = tanpa batas)',
    en: 'Cap on each indicator’s achievement (%; empty = no cap)',
  },
  ADDON_FIELD_CATEGORY_MIN: { id: 'Kategori {label} mulai dari (%)', en: 'Category {label} from (%)' },
  ADDON_FIELD_DEDUCTION_TABLE: { id: 'Tabel potongan disiplin', en: 'Discipline deduction table' },
  ADDON_FIELD_TPP_DISCIPLINE: { id: 'Bagian disiplin dari TPP (%)', en: 'Discipline part of TPP (%)' },
  ADDON_FIELD_TPP_PERFORMANCE: { id: 'Bagian kinerja dari TPP (%)', en: 'Performance part of TPP (%)' },
  ADDON_FIELD_RULE_MAX: {
    id: 'Unit {org}: {predikat} paling banyak (%)',
    en: 'Unit {org}: {predikat} at most (%)',
  },
  ADDON_FIELD_RULE_MIN: {
    id: 'Unit {org}: {predikat} paling sedikit (%)',
    en: 'Unit {org}: {predikat} at least (%)',
  },
  ADDON_FIELD_PENGHARGAAN_CAPAIAN: {
    id: 'Penghargaan: capaian paling sedikit (%)',
    en: 'Award: achievement at least (%)',
  },
  ADDON_FIELD_PENGHARGAAN_DEDUCTION: {
    id: 'Penghargaan: potongan disiplin kurang dari (%)',
    en: 'Award: discipline deduction below (%)',
  },
  ADDON_FIELD_TEGURAN_DEDUCTION: {
    id: 'Teguran: potongan disiplin mulai (%)',
    en: 'Reprimand: discipline deduction from (%)',
  },
  ADDON_FIELD_TEGURAN_TK: {
    id: 'Teguran: hari tanpa keterangan (TK) mulai',
    en: 'Reprimand: days absent (TK) from',
  },
  ADDON_FIELD_SANKSI_TK: {
    id: 'Sanksi: hari tanpa keterangan (TK) mulai',
    en: 'Sanction: days absent (TK) from',
  },
  ADDON_FIELD_MINUTES_PER_DAY: {
    id: 'Menit kerja efektif per hari',
    en: 'Effective minutes per working day',
  },
  ADDON_FIELD_BUSY_SHARE: {
    id: 'Sibuk bila menit tercatat paling sedikit (% dari yang diharapkan)',
    en: 'Busy when logged minutes are at least (% of expected)',
  },
  ADDON_FIELD_BUSY_CAPAIAN: {
    id: 'Hasil rendah bila capaian kurang dari (%)',
    en: 'Low results when achievement is below (%)',
  },
  ADDON_FIELD_NO_OUTPUT_SHARE: {
    id: 'Aktivitas tanpa output bila paling sedikit (% menit)',
    en: 'Activities without output from (% of minutes)',
  },
  ADDON_FIELD_ERROR: { id: '{label}: {message}', en: '{label}: {message}' },
  ADDON_POLICY_INPUT_INVALID: {
    id: 'Kebijakan yang dikirim harus berupa teks JSON. Ekspor ulang lalu coba lagi.',
    en: 'The policy sent must be JSON text. Export it again and retry.',
  },
} satisfies MessageSection;
