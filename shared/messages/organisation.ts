import type { MessageSection } from './types';

/** Messages owned by the organisation part of Nilai Kerja. Keys are stable codes (UPPER_SNAKE). */
export const organisationMessages = {
  // SAKIP (PermenPANRB 88/2021)
  SAKIP_NO_ANSWERS: {
    id: 'Lembar kerja SAKIP belum berisi jawaban. Isi jawaban (AA, A, BB, B, CC, C, D, E) untuk tiap kriteria.',
    en: 'The SAKIP worksheet has no answers. Fill in an answer (AA, A, BB, B, CC, C, D, E) for each criterion.',
  },
  SAKIP_COMPONENT_UNKNOWN: {
    id: 'Komponen SAKIP "{component}" tidak dikenal. Tulis salah satu: {accepted}.',
    en: 'SAKIP component "{component}" is not recognised. Write one of: {accepted}.',
  },
  SAKIP_SUBCOMPONENT_UNKNOWN: {
    id: 'Sub-komponen SAKIP "{subComponent}" tidak dikenal. Tulis Keberadaan, Kualitas, atau Pemanfaatan.',
    en: 'SAKIP sub-component "{subComponent}" is not recognised. Write Keberadaan, Kualitas or Pemanfaatan.',
  },
  SAKIP_ANSWER_UNKNOWN: {
    id: 'Jawaban SAKIP "{answer}" pada kriteria "{criterion}" tidak dikenal. Tulis salah satu: {accepted}.',
    en: 'SAKIP answer "{answer}" for criterion "{criterion}" is not recognised. Write one of: {accepted}.',
  },
  SAKIP_CRITERION_UNANSWERED: {
    id: 'Kriteria "{criterion}" belum dijawab, jadi tidak ikut dihitung. Isi jawabannya (AA sampai E).',
    en: 'Criterion "{criterion}" has no answer, so it is left out of the score. Fill in its answer (AA to E).',
  },
  SAKIP_SUB_MISSING: {
    id: '{sub} pada {component} belum dijawab, sehingga dinilai 0 (kehilangan {max} poin). Isi jawaban kriterianya.',
    en: '{sub} of {component} has no answers, so it scores 0 ({max} points lost). Fill in its criteria.',
  },
  SAKIP_WEAK_KEBERADAAN: {
    id: 'Keberadaan {component}: {score} dari {max} poin (hilang {lost}). Lengkapi dokumen yang belum ada atau belum disahkan.',
    en: 'Keberadaan (existence) of {component}: {score} of {max} points ({lost} lost). Complete the missing or unsigned documents.',
  },
  SAKIP_WEAK_KUALITAS: {
    id: 'Kualitas {component}: {score} dari {max} poin (hilang {lost}). Perbaiki mutu dokumennya: indikator yang terukur dan selaras dengan sasaran.',
    en: 'Kualitas (quality) of {component}: {score} of {max} points ({lost} lost). Improve the documents: measurable indicators aligned with the goals.',
  },
  SAKIP_WEAK_PEMANFAATAN: {
    id: 'Pemanfaatan {component}: {score} dari {max} poin (hilang {lost}). Tunjukkan bahwa dokumen dipakai untuk keputusan, anggaran, dan perbaikan.',
    en: 'Pemanfaatan (use) of {component}: {score} of {max} points ({lost} lost). Show that the documents drive decisions, budgets and improvements.',
  },
  SAKIP_SCORE_INVALID: {
    id: 'Nilai SAKIP "{score}" tidak sah. Tulis angka 0 sampai 100.',
    en: 'SAKIP score "{score}" is not valid. Write a number from 0 to 100.',
  },

  // Unit ranking (reward and punishment at coordination meetings)
  RANK_UNIT_NAME_EMPTY: {
    id: 'Ada unit tanpa nama pada urutan ke-{position}. Isi nama OPD-nya.',
    en: 'Unit number {position} has no name. Fill in the unit name.',
  },
  RANK_SCORE_INVALID: {
    id: 'Nilai "{score}" untuk {unit} tidak sah. Tulis angka 0 sampai 100.',
    en: 'Score "{score}" for {unit} is not valid. Write a number from 0 to 100.',
  },
  RANK_UNIT_DUPLICATE: {
    id: '{unit} tercantum lebih dari sekali. Hapus baris gandanya agar peringkat adil.',
    en: '{unit} is listed more than once. Remove the duplicate row so the ranking is fair.',
  },

  // Reformasi Birokrasi self-assessment (PermenPANRB 26/2020)
  RB_AREA_UNKNOWN: {
    id: 'Area perubahan RB "{area}" tidak dikenal. Tulis salah satu: {accepted}.',
    en: 'RB area of change "{area}" is not recognised. Write one of: {accepted}.',
  },
  RB_INDICATOR_UNKNOWN: {
    id: 'Indikator hasil RB "{indicator}" tidak dikenal. Tulis salah satu: {accepted}.',
    en: 'RB result indicator "{indicator}" is not recognised. Write one of: {accepted}.',
  },
  RB_VALUE_INVALID: {
    id: 'Capaian {part} untuk {name} bernilai "{value}", padahal harus 0 sampai 1 (atau 0% sampai 100%). Perbaiki angkanya.',
    en: 'Achievement {part} for {name} is "{value}"; it must be 0 to 1 (or 0% to 100%). Correct the number.',
  },
  RB_AREA_MISSING: {
    id: 'Area {area} belum diisi, sehingga dinilai 0 (kehilangan {max} poin). Isi capaiannya.',
    en: 'Area {area} is not filled in, so it scores 0 ({max} points lost). Fill in its achievement.',
  },
  RB_PART_MISSING: {
    id: 'Capaian {part} untuk {area} belum diisi, sehingga dinilai 0 (kehilangan {max} poin). Isi capaiannya.',
    en: 'Achievement {part} for {area} is not filled in, so it scores 0 ({max} points lost). Fill it in.',
  },
  RB_INDICATOR_MISSING: {
    id: 'Indikator hasil {indicator} belum diisi, sehingga dinilai 0 (kehilangan {max} poin). Isi capaiannya.',
    en: 'Result indicator {indicator} is not filled in, so it scores 0 ({max} points lost). Fill in its achievement.',
  },
  RB_PERCENT_ASSUMED: {
    id: 'Ada capaian di atas 1, jadi semua capaian RB dibaca sebagai persen (85 = 85%).',
    en: 'Some achievement is above 1, so every RB achievement is read as a percentage (85 = 85%).',
  },
  RB_DUPLICATE: {
    id: '{name} diisi lebih dari sekali. Hapus baris gandanya.',
    en: '{name} is filled in more than once. Remove the duplicate row.',
  },
} satisfies MessageSection;
