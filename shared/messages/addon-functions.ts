import type { MessageSection } from './types';

/**
 * The add-on's custom functions (=CAPAIAN, =KATEGORI_CAPAIAN, ...): a cell that cannot be computed shows
 * "#CODE reason". Keys are stable codes (UPPER_SNAKE).
 */
export const addonFunctionsMessages = {
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
  SHEETS_CF_PERCENT_AMBIGUOUS: {
    id: '#AMBIGU {target} dan {realisasi} berbeda skala: bila salah satunya sel berformat persen (0,85 = 85%), isi argumen satuan dengan "%"; bila bukan, isi satuannya (mis. "Dokumen")',
    en: '#AMBIGUOUS {target} and {realisasi} are on different scales: if one is a percent-formatted cell (0.85 = 85%), give "%" as the satuan argument; if not, give its unit (e.g. "Dokumen")',
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
  SHEETS_CF_BAD_ARGUMENT: {
    id: '#ARGUMEN_TIDAK_SAH argumen ke-{position} bukan angka, teks, tanggal, BENAR/SALAH, sel kosong atau rentang sel',
    en: '#INVALID_ARGUMENT argument {position} is not a number, text, date, TRUE/FALSE, empty cell or cell range',
  },
  SHEETS_CF_DISTRIBUTION_OK: { id: 'OK', en: 'OK' },
  SHEETS_CF_PERIOD: {
    id: '#PERIODE "{value}" bukan satu periode: tulis satu periode sebagai teks, mis. "Triwulan I 2025" atau "Maret 2025"',
    en: '#PERIOD "{value}" is not one period: write one period as text, e.g. "Triwulan I 2025" or "Maret 2025"',
  },
  SHEETS_CF_PERIOD_CUMULATIVE_ALONE: {
    id: '#PERIODE kumulatif hanya berarti bersama periode: isi periodenya, atau kosongkan kumulatif',
    en: '#PERIOD kumulatif only means something with a period: fill in the period, or leave kumulatif empty',
  },
  SHEETS_CF_PERIOD_OWN_TARGET: {
    id: '#PERIODE kebijakan membandingkan realisasi dengan target periode itu sendiri (kolom Target TW): di rumus, tulis target periode itu sebagai target, tanpa periode',
    en: "#PERIOD the policy compares with the period's own target (a Target TW column): in a formula, give that period's target as the target, without a period",
  },
  SHEETS_CF_NUMBER_AMBIGUOUS: {
    id: '#AMBIGU "{value}" bisa {thousands} (ribuan) atau {decimal} (desimal): tulis "{thousands}" atau "{decimalWritten}"',
    en: '#AMBIGUOUS "{value}" can be {thousands} (thousands) or {decimal} (decimal): write "{thousands}" or "{decimalWritten}"',
  },
  SHEETS_CF_SAKIP_COUNT: {
    id: 'NILAI_SAKIP perlu {expected} nilai komponen menurut kebijakan ({components}), tetapi diberi {given}. Tulis satu argumen per komponen, dalam urutan itu.',
    en: 'NILAI_SAKIP needs {expected} component scores under the policy ({components}), but was given {given}. Give one argument per component, in that order.',
  },
  SHEETS_CF_SAKIP_EMPTY: {
    id: '#KOSONG nilai {component} (argumen ke-{position}) belum diisi',
    en: '#EMPTY the {component} score (argument {position}) is empty',
  },
  SHEETS_CF_SAKIP_FRACTION: {
    id: '#AMBIGU {component} (argumen ke-{position}) bernilai {value}, padahal nilai komponen berskala 0-100: bila selnya berformat persen ({points}%), tulis {points}; bila memang {value}, tulis sebagai teks "{value}"',
    en: '#AMBIGUOUS {component} (argument {position}) is {value}, but component scores run 0-100: if the cell is formatted as percent ({points}%), write {points}; if it really is {value}, write it as text "{value}"',
  },
  SHEETS_CF_SAKIP_FLAG: {
    id: '#KETERANGAN "{value}" (argumen ke-2) bukan BENAR/SALAH: isi BENAR atau "Ya" untuk kode beserta keterangannya, SALAH atau kosongkan untuk kodenya saja',
    en: '#DESCRIPTION "{value}" (argument 2) is not TRUE/FALSE: give TRUE or "Ya" for the code with its label, FALSE or nothing for the code alone',
  },
  SHEETS_CF_ERROR: { id: '#GALAT {detail}', en: '#ERROR {detail}' },
} satisfies MessageSection;
