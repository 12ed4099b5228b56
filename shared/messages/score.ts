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
  UNIT_MISMATCH: {
    id: 'Target ditulis dalam {targetUnit} sedangkan realisasi dalam {realisasiUnit}: keduanya tidak bisa dibandingkan tanpa menebak. Tulis target dan realisasi dalam satuan yang sama (mis. keduanya persen "80%" dan "75%", atau keduanya jumlah "12 Dokumen" dan "10 Dokumen").',
    en: 'The target is written in {targetUnit} and the realisation in {realisasiUnit}: they cannot be compared without guessing. Write both in the same unit (e.g. both percentages "80%" and "75%", or both counts "12 Dokumen" and "10 Dokumen").',
  },
  UNIT_MISSING: {
    id: '{withUnit} ditulis dalam {unit} sedangkan {without} hanya angka tanpa satuan: angka itu bisa menit, hari atau satuan lain. Tulis satuannya juga, mis. "8 {unit}".',
    en: '{withUnit} is written in {unit} while {without} is a number without a unit: it may be minutes, days or another unit. Write its unit too, e.g. "8 {unit}".',
  },
  UNIT_NOT_CONVERTIBLE: {
    id: 'Target dalam {targetUnit} dan realisasi dalam {realisasiUnit}: berapa {smaller} dalam satu {larger} belum ditetapkan kebijakan (minggu kerja 5 hari atau kalender 7 hari?). Tulis keduanya dalam satuan yang sama (mis. "10 hari" dan "8 hari"), atau tetapkan konversinya di Kebijakan (capaian.units).',
    en: 'The target is in {targetUnit} and the realisation in {realisasiUnit}: how many {smaller} make a {larger} is not set in the policy (a 5-day working week or a 7-day calendar week?). Write both in the same unit (e.g. "10 hari" and "8 hari"), or set the conversion in the Policy (capaian.units).',
  },
  UNIT_WORDS_DIFFER: {
    id: 'Satuan target ({targetUnit}) dan realisasi ({realisasiUnit}) berbeda, dan kebijakan tidak mengizinkan menghitung angkanya saja. Samakan satuannya dengan kolom Satuan.',
    en: 'The target unit ({targetUnit}) and the realisation unit ({realisasiUnit}) differ, and the policy does not allow computing on the numbers alone. Make the units match the Satuan column.',
  },
  UNIT_WORDS_DIFFER_WARNING: {
    id: 'Satuan target ({targetUnit}) dan realisasi ({realisasiUnit}) berbeda; capaian dihitung dari angkanya saja, sesuai kebijakan. Periksa bahwa keduanya mengukur hal yang sama dan samakan satuannya.',
    en: 'The target unit ({targetUnit}) and the realisation unit ({realisasiUnit}) differ; the achievement was computed on the numbers alone, as the policy allows. Check that both measure the same thing and make the units match.',
  },
  UNIT_MONEY_CONVERTED: {
    id: '{side} {original} {unit} dibaca sebagai {amount} rupiah (rb = ribu, jt = juta, M = miliar, T = triliun).',
    en: '{side} {original} {unit} was read as {amount} rupiah (rb = thousand, jt = million, M = miliar = billion, T = trillion).',
  },
  UNIT_DURATION_CONVERTED: {
    id: 'Realisasi dan target dibandingkan dalam {unit}: 1 {from} = {factor} {unit} (bulan-tahun selalu 12; hari, minggu, bulan dan jam dari kebijakan capaian.units).',
    en: 'Realisation and target were compared in {unit}: 1 {from} = {factor} {unit} (a year is always 12 months; days, weeks, months and hours come from the policy capaian.units).',
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
  AGGREGATE_WEIGHT_FORM_FRACTION: {
    id: 'Bobot "{value}" ditulis sebagai pecahan (sampai 1), sedangkan bobot lain di kolom ini ditulis dalam persen (mis. "{example}"): bobot dua bentuk tidak dapat ditimbang bersama. Tulis dengan tanda persen, "{asPoints}%" (atau "{value}%" bila memang sekecil itu). Sampai diperbaiki, bobot ini tidak dipakai dan baris yang ditimbang bersamanya dihitung dengan bobot sama.',
    en: 'The weight "{value}" is written as a fraction (up to 1), while the other weights in this column are percentages (e.g. "{example}"): weights written two ways cannot be weighed together. Write it with a percent sign, "{asPoints}%" (or "{value}%" if it is that small). Until then this weight is not used, and the rows weighed with it count equally.',
  },
  AGGREGATE_WEIGHT_FORM_POINTS: {
    id: 'Bobot "{value}" ditulis dalam persen (lebih dari 1 atau dengan tanda %), sedangkan bobot lain di kolom ini ditulis sebagai pecahan sampai 1 (mis. "{example}"): bobot dua bentuk tidak dapat ditimbang bersama. Tulis sebagai pecahan, "{asFraction}", atau tulis semua bobot kolom ini dalam persen. Sampai diperbaiki, bobot ini tidak dipakai dan baris yang ditimbang bersamanya dihitung dengan bobot sama.',
    en: 'The weight "{value}" is written as a percentage (above 1 or with a % sign), while the other weights in this column are fractions up to 1 (e.g. "{example}"): weights written two ways cannot be weighed together. Write it as a fraction, "{asFraction}", or write every weight of this column as a percentage. Until then this weight is not used, and the rows weighed with it count equally.',
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

  // PP 46/2011 prestasi kerja recap.
  LEGACY46_NILAI_INVALID: {
    id: 'Nilai {what} ({value}) tidak dapat dipakai untuk nilai prestasi kerja (PP 46/2011): isi angka 0 atau lebih, misalnya 84,5.',
    en: 'Nilai {what} ({value}) cannot be used for the nilai prestasi kerja (PP 46/2011): enter a number of 0 or more, e.g. 84.5.',
  },
  LEGACY46_NO_PERILAKU: {
    id: 'Nilai perilaku kerja (PP 46/2011) belum dapat dihitung: tidak ada aspek perilaku yang terisi. Isi Orientasi Pelayanan, Integritas, Komitmen, Disiplin, Kerjasama (dan Kepemimpinan untuk pejabat struktural).',
    en: 'The nilai perilaku kerja (PP 46/2011) cannot be computed: no behaviour aspect is filled in. Fill in Orientasi Pelayanan, Integritas, Komitmen, Disiplin, Kerjasama (and Kepemimpinan for structural officials).',
  },
  LEGACY46_MISMATCH: {
    id: '{what} di sheet tertulis {written}, hasil hitung {computed} (PP 46/2011: SKP x {skpPercent}% + rata-rata perilaku x {perilakuPercent}%). Periksa rumus atau angka di baris ini; yang dipakai hasil hitung.',
    en: '{what} in the sheet reads {written}, computed {computed} (PP 46/2011: SKP x {skpPercent}% + average behaviour x {perilakuPercent}%). Check the formula or the figures on this row; the computed value is used.',
  },

  // Results kept per employee (a results sheet) beside or instead of the indicators.
  RESULTS_CAPAIAN_DIFFERS: {
    id: '{nama} ({nip}): % capaian SKP di sheet ini {written}%, sedangkan capaian dari indikatornya di sheet "{indicators}" {computed}% (selisih lebih dari {tolerance} poin). Yang dipakai capaian indikator; periksa mana yang benar.',
    en: '{nama} ({nip}): the % capaian SKP in this sheet is {written}%, while the capaian from their indicators in sheet "{indicators}" is {computed}% (more than {tolerance} points apart). The indicators’ capaian is used; check which is right.',
  },
  RESULTS_NO_CAPAIAN: {
    id: '{nama} ({nip}) di sheet "{sheet}" tidak punya % capaian SKP maupun rating hasil kerja: rating hasil dan predikat (PermenPANRB 6/2022) belum ditentukan. Nilai seperti Nilai SKP atau Nilai Akhir memakai skala daerah sendiri dan tidak dibaca sebagai % capaian. Tambahkan kolom % Capaian atau tulis rating hasil kerjanya.',
    en: '{nama} ({nip}) in sheet "{sheet}" has no % capaian SKP and no hasil rating: the hasil rating and predikat (PermenPANRB 6/2022) are not set. Scores such as Nilai SKP or Nilai Akhir are on the region’s own scale and are not read as a % capaian. Add a % Capaian column or write the hasil rating.',
  },
  RESULTS_NO_ROW: {
    id: '{nama} ({nip}) tidak punya indikator di sheet "{indicators}" maupun baris di sheet "{sheet}": rating hasil dan predikat belum ditentukan. Tambahkan barisnya di salah satu sheet itu.',
    en: '{nama} ({nip}) has no indicator in sheet "{indicators}" and no row in sheet "{sheet}": the hasil rating and predikat are not set. Add a row in one of those sheets.',
  },
  RESULTS_ALL_ZERO: {
    id: '{nama} ({nip}): % capaian SKP dan ketujuh nilai BerAKHLAK semuanya 0, sehingga dinilai Di Bawah Ekspektasi. Bila pegawai ini tidak dinilai bulan ini (cuti, tugas belajar, baru pindah), hapus barisnya atau tulis keterangannya; bila benar 0, biarkan.',
    en: '{nama} ({nip}): the % capaian SKP and all seven BerAKHLAK values are 0, so they are rated Below Expectations. If this employee was not assessed this month (leave, study leave, a new arrival), remove the row or note why; if 0 is right, leave it.',
  },
  RESULTS_BERAKHLAK_SCORE_INVALID: {
    id: 'Nilai BerAKHLAK "{value}" bukan angka 0 atau lebih maupun rating (Di Atas, Sesuai, Di Bawah Ekspektasi). Perbaiki selnya; rating perilaku tidak dihitung dari nilai yang tidak lengkap.',
    en: 'BerAKHLAK value "{value}" is neither a number of 0 or more nor a rating (Above, Meets, Below Expectations). Fix the cell; the behaviour rating is not derived from incomplete values.',
  },
  RESULTS_CAPAIAN_AMBIGUOUS: {
    id: '% capaian SKP "{value}" ambigu: angka lain di kolom ini ditulis dalam persen tanpa tanda % (mis. "{example}"), jadi "{value}" bisa berarti {asPoints}% atau {asFraction}%. Tulis dengan tanda persen, "{asPoints}%" atau "{asFraction}%". Capaian pegawai ini tidak diambil dari sel ini.',
    en: '% capaian SKP "{value}" is ambiguous: the other numbers in this column are percentages written without a % sign (e.g. "{example}"), so "{value}" may mean {asPoints}% or {asFraction}%. Write it with a percent sign, "{asPoints}%" or "{asFraction}%". This employee’s capaian is not taken from this cell.',
  },
  RESULTS_CAPAIAN_NEGATIVE: {
    id: '% capaian SKP "{value}" negatif, padahal capaian paling kecil 0%. Perbaiki selnya (tanda minus mungkin salah ketik). Capaian pegawai ini tidak diambil dari sel ini.',
    en: '% capaian SKP "{value}" is negative, but a capaian is at least 0%. Fix the cell (the minus sign may be a typo). This employee’s capaian is not taken from this cell.',
  },
  RESULTS_CAPAIAN_IMPLAUSIBLE: {
    id: '% capaian SKP "{value}" dibaca {percent}%, di atas batas {max}% (capaian.aggregationCap di kebijakan: capaian tiap indikator dipotong pada {max}% sebelum dirata-rata, jadi capaian pegawai tidak melebihinya). Periksa apakah salah ketik (mis. 850 untuk 85); bila angkanya benar, biarkan: capaian dipakai sebagaimana tertulis.',
    en: '% capaian SKP "{value}" reads as {percent}%, above the limit of {max}% (capaian.aggregationCap in the policy: each indicator’s capaian is capped at {max}% before the mean, so an employee’s capaian does not exceed it). Check for a typo (e.g. 850 for 85); if the figure is right, leave it: the capaian is used as written.',
  },
  RESULTS_CAPAIAN_DATE: {
    id: '% capaian SKP terbaca sebagai tanggal ({value}), bukan persentase. Ubah format sel ke Persen atau Angka (Format > Angka) lalu ketik ulang capaiannya, mis. 85%. Capaian pegawai ini tidak diambil dari sel ini.',
    en: '% capaian SKP was read as a date ({value}), not a percentage. Set the cell format to Percent or Number (Format > Number) and retype the capaian, e.g. 85%. This employee’s capaian is not taken from this cell.',
  },

  // Distribution of predikat within a unit (SE MenPANRB 3/2023).
  DISTRIBUTION_EMPTY_UNIT: {
    id: 'Unit berpredikat {org} belum memiliki pegawai dengan predikat; sebaran predikat belum dapat diperiksa.',
    en: 'The unit (predikat {org}) has no employees with a predikat yet; the distribution cannot be checked.',
  },
  DISTRIBUTION_NOT_CHECKABLE: {
    id: 'Belum dapat diperiksa: belum ada pegawai unit ini yang berpredikat. Lengkapi penilaiannya lalu hitung ulang.',
    en: 'Cannot be checked yet: no employee of this unit has a predikat. Complete the assessments, then recompute.',
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
  DISTRIBUTION_MINIMUMS_UNATTAINABLE: {
    id: 'Unit berpredikat {org} dengan {total} pegawai berpredikat: batas minimal SE 3/2023 ({minimums}, dengan pembulatan kebijakan distribution.rounding.floor = {rounding}) meminta {needed} pegawai, lebih dari {total}, jadi tidak ada sebaran yang dapat memenuhinya pada ukuran unit ini. Jangan ubah predikat pegawai demi aturan ini; bila perlu, tetapkan penanganan unit sekecil ini di kebijakan (mis. pembulatannya) bersama pengelola kebijakan.',
    en: 'Unit with predikat {org} and {total} assessed employee(s): the SE 3/2023 minimums ({minimums}, with the policy’s rounding distribution.rounding.floor = {rounding}) call for {needed} employees, more than {total}, so no spread can meet them at this unit size. Do not change employees’ predikat for this rule; if needed, settle how units this small are handled in the policy (e.g. its rounding) with the policy owner.',
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
