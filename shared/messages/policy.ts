import type { MessageSection } from './types';

/** Messages about policy validation, import and export. */
export const policyMessages = {
  POLICY_NOT_OBJECT: {
    id: 'Berkas kebijakan harus berupa objek JSON ({ ... }). Ekspor ulang dari Nilai Kerja lalu impor lagi.',
    en: 'A policy file must be a JSON object ({ ... }). Export it again from Nilai Kerja and re-import.',
  },
  POLICY_JSON_INVALID: {
    id: 'Berkas kebijakan bukan JSON yang sah ({detail}). Periksa tanda kutip dan koma, atau ekspor ulang.',
    en: 'The policy file is not valid JSON ({detail}). Check quotes and commas, or export it again.',
  },
  POLICY_VERSION_NEWER: {
    id: 'Kebijakan ini versi {version}, sedangkan Nilai Kerja ini baru mengenal versi {supported}. Perbarui Nilai Kerja.',
    en: 'This policy is version {version}; this Nilai Kerja knows up to version {supported}. Update Nilai Kerja.',
  },
  POLICY_VERSION_UNKNOWN: {
    id: 'Versi kebijakan {version} tidak dikenal dan tidak dapat dimigrasikan.',
    en: 'Policy version {version} is unknown and cannot be migrated.',
  },
  POLICY_FIELD_TYPE: {
    id: 'Kebijakan, isian "{field}": jenis nilainya salah (seharusnya {expected}).',
    en: 'Policy, field "{field}": wrong kind of value (expected {expected}).',
  },
  POLICY_FIELD_TOO_SMALL: {
    id: 'Kebijakan, isian "{field}": nilainya terlalu kecil (paling kecil {minimum}).',
    en: 'Policy, field "{field}": value too small (minimum {minimum}).',
  },
  POLICY_FIELD_TOO_BIG: {
    id: 'Kebijakan, isian "{field}": nilainya terlalu besar (paling besar {maximum}).',
    en: 'Policy, field "{field}": value too large (maximum {maximum}).',
  },
  POLICY_FIELD_CHOICE: {
    id: 'Kebijakan, isian "{field}": pilih salah satu dari {choices}.',
    en: 'Policy, field "{field}": choose one of {choices}.',
  },
  POLICY_FIELD_UNKNOWN: {
    id: 'Kebijakan, isian "{field}": kunci tidak dikenal ({keys}).',
    en: 'Policy, field "{field}": unknown keys ({keys}).',
  },
  POLICY_KEY_UNKNOWN_NEAR: {
    id: 'Kebijakan: kunci "{field}" tidak dikenal, jadi nilainya tidak akan dipakai. Mungkin maksudnya "{suggestion}"? Perbaiki ejaannya lalu impor atau simpan lagi.',
    en: 'Policy: key "{field}" is unknown, so its value would not be used. Did you mean "{suggestion}"? Correct the spelling and import or save again.',
  },
  POLICY_KEY_UNKNOWN: {
    id: 'Kebijakan: kunci "{field}" tidak dikenal, jadi nilainya tidak akan dipakai. Kunci yang dikenal di situ: {known}. Hapus kunci itu atau ganti namanya, lalu impor atau simpan lagi.',
    en: 'Policy: key "{field}" is unknown, so its value would not be used. Known keys there: {known}. Remove or rename it, then import or save again.',
  },
  POLICY_TEXT_FORMULA: {
    id: 'Kebijakan, isian "{field}": teks "{text}" diawali "{first}", sehingga spreadsheet dapat menjalankannya sebagai rumus. Hapus "{first}" di awal teks itu lalu impor atau simpan lagi.',
    en: 'Policy, field "{field}": the text "{text}" starts with "{first}", so a spreadsheet could run it as a formula. Remove the leading "{first}" and import or save again.',
  },
  POLICY_FIELD_INVALID: {
    id: 'Kebijakan, isian "{field}" tidak sah: {detail}.',
    en: 'Policy, field "{field}" is invalid: {detail}.',
  },
  POLICY_HASIL_BAND_TOO_BIG: {
    id: '{value} berarti capaian {percent}, padahal batas capaian ditulis sebagai pecahan (1,1 untuk 110 %) dan paling besar {max} ({maxPercent}). Bila maksudnya {value} %, tulis {fraction}',
    en: '{value} means an achievement of {percent}, but achievement bounds are written as fractions (1.1 for 110 %) and at most {max} ({maxPercent}). If {value} % is meant, write {fraction}',
  },
  POLICY_BANDS_ORDER: {
    id: '"{above}" ({aboveValue}) harus lebih besar dari "{meets}" ({meetsValue}). Tukar kedua nilai itu atau perbaiki salah satunya',
    en: '"{above}" ({aboveValue}) must be greater than "{meets}" ({meetsValue}). Swap the two values or correct one of them',
  },
  POLICY_BERAKHLAK_DI_ATAS_MIN: {
    id: 'Skor BerAKHLAK paling rendah untuk Di Atas Ekspektasi',
    en: 'Lowest BerAKHLAK score for Above Expectations',
  },
  POLICY_BERAKHLAK_SESUAI_MIN: {
    id: 'Skor BerAKHLAK paling rendah untuk Sesuai Ekspektasi',
    en: 'Lowest BerAKHLAK score for Meets Expectations',
  },
} satisfies MessageSection;
