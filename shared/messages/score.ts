import type { MessageSection } from './types';

/**
 * Capaian and its verdicts (shared/score): problems computing capaian, aggregating, rating and checking
 * the predikat distribution, and the display labels of ratings, predikat, BerAKHLAK values
 * (PermenPANRB 6/2022 names them in Indonesian; the English is ours) and the default capaian bands.
 * Keys are stable codes (UPPER_SNAKE).
 */
export const scoreMessages = {
  // Capaian (achievement of one indicator).
  CAPAIAN_TARGET_ZERO: {
    id: 'Target 0 dengan polaritas positif tidak bisa dihitung capaiannya (realisasi dibagi 0). Isi target yang bukan 0, atau ubah polaritas menjadi negatif bila yang dinilai adalah "semakin sedikit semakin baik" (misalnya jumlah pengaduan).',
    en: 'A target of 0 with positive polarity has no computable achievement (realisation divided by 0). Enter a non-zero target, or set the polarity to negative if fewer is better (e.g. number of complaints).',
  },
  CAPAIAN_TARGET_NEGATIVE: {
    id: 'Target {target} bernilai negatif dan tidak dapat dinilai. Isi target 0 atau lebih; untuk indikator "semakin kecil semakin baik" gunakan polaritas negatif.',
    en: 'Target {target} is negative and cannot be scored. Enter a target of 0 or more; for "lower is better" indicators use negative polarity.',
  },
  CAPAIAN_TARGET_INVALID: {
    id: 'Target bukan angka yang dapat dihitung. Isi target berupa angka, misalnya 12 atau 85,5.',
    en: 'The target is not a usable number. Enter a number, e.g. 12 or 85.5.',
  },
  CAPAIAN_RANGE_INVERTED: {
    id: 'Rentang target {low}-{high} terbalik: batas bawah lebih besar dari batas atas. Tulis batas bawah dahulu, misalnya "{high}-{low}".',
    en: 'Target range {low}-{high} is reversed: the lower bound exceeds the upper bound. Write the lower bound first, e.g. "{high}-{low}".',
  },
  CAPAIAN_OUT_OF_RANGE: {
    id: 'Capaian tidak dapat dihitung: target {target} terlalu kecil dibanding realisasi {realisasi}. Periksa apakah target dan realisasi memakai satuan yang sama.',
    en: 'Achievement cannot be computed: target {target} is too small for realisation {realisasi}. Check that target and realisation use the same unit.',
  },
  CAPAIAN_REALISASI_INVALID: {
    id: 'Realisasi bukan angka yang dapat dihitung. Isi realisasi berupa angka, misalnya 9 atau 87,5.',
    en: 'The realisation is not a usable number. Enter a number, e.g. 9 or 87.5.',
  },
  CAPAIAN_POLARITY_INVALID: {
    id: 'Polaritas "{polarity}" tidak dikenal, jadi capaian tidak dihitung. Tulis positif (semakin besar semakin baik) atau negatif (semakin kecil semakin baik).',
    en: 'Polarity "{polarity}" is not recognised, so the achievement was not computed. Write positif (higher is better) or negatif (lower is better).',
  },
  CAPAIAN_REALISASI_NEGATIVE: {
    id: 'Realisasi {realisasi} bernilai negatif dan tidak dapat dinilai. Isi realisasi 0 atau lebih.',
    en: 'Realisation {realisasi} is negative and cannot be scored. Enter 0 or more.',
  },

  // Aggregation.
  AGGREGATE_WEIGHT_NEGATIVE: {
    id: 'Ada bobot negatif ({weight}); semua baris dihitung dengan bobot sama. Perbaiki kolom Bobot (isi 0 atau lebih).',
    en: 'A weight is negative ({weight}); every row was weighted equally. Fix the Bobot column (0 or more).',
  },
  AGGREGATE_WEIGHT_ALL_ZERO: {
    id: 'Semua bobot bernilai 0; semua baris dihitung dengan bobot sama. Isi kolom Bobot, misalnya 30 dan 70.',
    en: 'Every weight is 0; every row was weighted equally. Fill in the Bobot column, e.g. 30 and 70.',
  },
  AGGREGATE_WEIGHT_PARTIAL: {
    id: 'Bobot hanya diisi pada {given} dari {total} baris; semua baris dihitung dengan bobot sama. Isi bobot di semua baris atau kosongkan semuanya.',
    en: 'Weights are filled in on only {given} of {total} rows; every row was weighted equally. Fill in every weight or leave them all empty.',
  },

  // Ratings.
  PERILAKU_MISSING_VALUES: {
    id: 'Rating perilaku belum bisa ditentukan: nilai BerAKHLAK berikut belum diisi: {missing}. Isi ketujuh nilai (Di Atas, Sesuai atau Di Bawah Ekspektasi).',
    en: 'The behaviour rating cannot be set yet: these BerAKHLAK values are missing: {missing}. Fill in all seven (Above, Meets or Below Expectations).',
  },

  // Legacy numeric scheme.
  LEGACY_NILAI_INVALID: {
    id: 'Nilai {what} ({value}) tidak dapat dipakai: isi angka 0 atau lebih, misalnya 88.',
    en: 'Nilai {what} ({value}) cannot be used: enter a number of 0 or more, e.g. 88.',
  },

  // Distribution of predikat within a unit (SE MenPANRB 3/2023).
  DISTRIBUTION_EMPTY_UNIT: {
    id: 'Unit berpredikat {org} belum memiliki pegawai dengan predikat; sebaran predikat belum dapat diperiksa.',
    en: 'The unit (predikat {org}) has no employees with a predikat yet; the distribution cannot be checked.',
  },
  DISTRIBUTION_ORG_UNKNOWN: {
    id: 'Predikat unit "{org}" tidak dikenal, jadi sebaran predikat pegawai tidak diperiksa. Isi predikat unit: Istimewa, Baik, Butuh Perbaikan, Kurang, atau Sangat Kurang.',
    en: 'Unit predikat "{org}" is not recognised, so the distribution of employee predikat was not checked. Enter one of: Istimewa, Baik, Butuh Perbaikan, Kurang, Sangat Kurang.',
  },
  DISTRIBUTION_PREDIKAT_UNKNOWN: {
    id: 'Unit berpredikat {org}: {count} pegawai memiliki predikat yang tidak dikenal dan tidak ikut dihitung dalam sebaran. Isi predikatnya: Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct, atau Sangat Kurang.',
    en: 'Unit with predikat {org}: {count} employee(s) have an unrecognised predikat and are left out of the distribution. Enter Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct or Sangat Kurang.',
  },
  DISTRIBUTION_MAX_EXCEEDED: {
    id: 'Unit berpredikat {org}: paling banyak {percent}% ({limit} dari {total} pegawai) boleh {predikat}; saat ini {actual}, kelebihan {offBy} pegawai.',
    en: 'Unit with predikat {org}: at most {percent}% ({limit} of {total} employees) may be {predikat}; now {actual}, {offBy} too many.',
  },
  DISTRIBUTION_NONE_ALLOWED: {
    id: 'Unit berpredikat {org}: tidak boleh ada pegawai {predikat}; saat ini {actual}, kelebihan {offBy} pegawai.',
    en: 'Unit with predikat {org}: no employee may be {predikat}; now {actual}, {offBy} too many.',
  },
  DISTRIBUTION_MIN_SHORT: {
    id: 'Unit berpredikat {org}: paling sedikit {percent}% ({limit} dari {total} pegawai) harus {predikat}; saat ini {actual}, kurang {offBy} pegawai.',
    en: 'Unit with predikat {org}: at least {percent}% ({limit} of {total} employees) must be {predikat}; now {actual}, {offBy} short.',
  },
  DISTRIBUTION_MAX_EXCEEDED_FLOOR: {
    id: 'Unit berpredikat {org}: paling banyak {percent}% dari {total} pegawai ({exact}, dibulatkan ke bawah menjadi {limit}) boleh {predikat}; saat ini {actual}, kelebihan {offBy} pegawai.',
    en: 'Unit with predikat {org}: at most {percent}% of {total} employees ({exact}, rounded down to {limit}) may be {predikat}; now {actual}, {offBy} too many.',
  },
  DISTRIBUTION_MAX_EXCEEDED_CEIL: {
    id: 'Unit berpredikat {org}: paling banyak {percent}% dari {total} pegawai ({exact}, dibulatkan ke atas menjadi {limit}) boleh {predikat}; saat ini {actual}, kelebihan {offBy} pegawai.',
    en: 'Unit with predikat {org}: at most {percent}% of {total} employees ({exact}, rounded up to {limit}) may be {predikat}; now {actual}, {offBy} too many.',
  },
  DISTRIBUTION_MAX_EXCEEDED_ROUND: {
    id: 'Unit berpredikat {org}: paling banyak {percent}% dari {total} pegawai ({exact}, dibulatkan ke terdekat menjadi {limit}) boleh {predikat}; saat ini {actual}, kelebihan {offBy} pegawai.',
    en: 'Unit with predikat {org}: at most {percent}% of {total} employees ({exact}, rounded to the nearest to {limit}) may be {predikat}; now {actual}, {offBy} too many.',
  },
  DISTRIBUTION_MIN_SHORT_FLOOR: {
    id: 'Unit berpredikat {org}: paling sedikit {percent}% dari {total} pegawai ({exact}, dibulatkan ke bawah menjadi {limit}) harus {predikat}; saat ini {actual}, kurang {offBy} pegawai.',
    en: 'Unit with predikat {org}: at least {percent}% of {total} employees ({exact}, rounded down to {limit}) must be {predikat}; now {actual}, {offBy} short.',
  },
  DISTRIBUTION_MIN_SHORT_CEIL: {
    id: 'Unit berpredikat {org}: paling sedikit {percent}% dari {total} pegawai ({exact}, dibulatkan ke atas menjadi {limit}) harus {predikat}; saat ini {actual}, kurang {offBy} pegawai.',
    en: 'Unit with predikat {org}: at least {percent}% of {total} employees ({exact}, rounded up to {limit}) must be {predikat}; now {actual}, {offBy} short.',
  },
  DISTRIBUTION_MIN_SHORT_ROUND: {
    id: 'Unit berpredikat {org}: paling sedikit {percent}% dari {total} pegawai ({exact}, dibulatkan ke terdekat menjadi {limit}) harus {predikat}; saat ini {actual}, kurang {offBy} pegawai.',
    en: 'Unit with predikat {org}: at least {percent}% of {total} employees ({exact}, rounded to the nearest to {limit}) must be {predikat}; now {actual}, {offBy} short.',
  },
  DISTRIBUTION_MIN_COUNT_SHORT: {
    id: 'Unit berpredikat {org}: paling sedikit {limit} pegawai harus {predikat}; saat ini {actual}, kurang {offBy} pegawai.',
    en: 'Unit with predikat {org}: at least {limit} employee(s) must be {predikat}; now {actual}, {offBy} short.',
  },

  // Display labels: rating hasil/perilaku kerja (PermenPANRB 6/2022).
  RATING_DI_ATAS: { id: 'Di Atas Ekspektasi', en: 'Above Expectations' },
  RATING_SESUAI: { id: 'Sesuai Ekspektasi', en: 'Meets Expectations' },
  RATING_DI_BAWAH: { id: 'Di Bawah Ekspektasi', en: 'Below Expectations' },

  // Display labels: predikat kinerja pegawai.
  PREDIKAT_SANGAT_BAIK: { id: 'Sangat Baik', en: 'Very Good' },
  PREDIKAT_BAIK: { id: 'Baik', en: 'Good' },
  PREDIKAT_BUTUH_PERBAIKAN: { id: 'Butuh Perbaikan', en: 'Needs Improvement' },
  PREDIKAT_KURANG: { id: 'Kurang/Misconduct', en: 'Poor/Misconduct' },
  PREDIKAT_SANGAT_KURANG: { id: 'Sangat Kurang', en: 'Very Poor' },

  // Display labels: predikat kinerja organisasi.
  PREDIKAT_ORG_ISTIMEWA: { id: 'Istimewa', en: 'Outstanding' },
  PREDIKAT_ORG_BAIK: { id: 'Baik', en: 'Good' },
  PREDIKAT_ORG_BUTUH_PERBAIKAN: { id: 'Butuh Perbaikan', en: 'Needs Improvement' },
  PREDIKAT_ORG_KURANG: { id: 'Kurang', en: 'Poor' },
  PREDIKAT_ORG_SANGAT_KURANG: { id: 'Sangat Kurang', en: 'Very Poor' },

  // Display labels: BerAKHLAK core values.
  BERAKHLAK_BERORIENTASI_PELAYANAN: { id: 'Berorientasi Pelayanan', en: 'Service Oriented' },
  BERAKHLAK_AKUNTABEL: { id: 'Akuntabel', en: 'Accountable' },
  BERAKHLAK_KOMPETEN: { id: 'Kompeten', en: 'Competent' },
  BERAKHLAK_HARMONIS: { id: 'Harmonis', en: 'Harmonious' },
  BERAKHLAK_LOYAL: { id: 'Loyal', en: 'Loyal' },
  BERAKHLAK_ADAPTIF: { id: 'Adaptif', en: 'Adaptive' },
  BERAKHLAK_KOLABORATIF: { id: 'Kolaboratif', en: 'Collaborative' },

  // Display labels: capaian bands of the default policy (Permendagri 86/2017-style), for English badges
  // and tooltips (in Indonesian, the policy's own labels are shown).
  OVERLAY_KATEGORI_SANGAT_TINGGI: { id: 'Sangat Tinggi', en: 'Very high' },
  OVERLAY_KATEGORI_TINGGI: { id: 'Tinggi', en: 'High' },
  OVERLAY_KATEGORI_SEDANG: { id: 'Sedang', en: 'Moderate' },
  OVERLAY_KATEGORI_RENDAH: { id: 'Rendah', en: 'Low' },
  OVERLAY_KATEGORI_SANGAT_RENDAH: { id: 'Sangat Rendah', en: 'Very low' },
} satisfies MessageSection;
