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

  // SAKIP evaluation workbooks (LKE/KKE) as offices keep them
  SAKIP_WB_NOT_FOUND: {
    id: 'Tidak ada kertas kerja evaluasi SAKIP (LKE/KKE): tidak ada sheet dengan kolom Komponen, Sub-Komponen, Bobot dan kolom nilai per putaran (Penilaian Mandiri, Verval, Penjaminan Kualitas, Penilaian Final).',
    en: 'No SAKIP evaluation workbook (LKE/KKE): no sheet has Komponen, Sub-Komponen and Bobot columns with a score column per round (Penilaian Mandiri, Verval, Penjaminan Kualitas, Penilaian Final).',
  },
  SAKIP_WB_ROUND_TWICE: {
    id: 'Putaran {round} muncul dua kali di sheet "{sheet}" (kolom {first} dan {second}). Beri judul yang berbeda pada salah satunya agar jelas mana yang dinilai.',
    en: 'Round {round} appears twice in sheet "{sheet}" (columns {first} and {second}). Give one of them another header so it is clear which one counts.',
  },
  SAKIP_WB_NO_SUBS: {
    id: 'Sheet "{sheet}" tidak berisi baris sub-komponen (Pemenuhan/Keberadaan, Kualitas, Pemanfaatan) di bawah judul kolomnya. Isi nama sub-komponen di kolom Sub-Komponen.',
    en: 'Sheet "{sheet}" has no sub-component rows (Pemenuhan/Keberadaan, Kualitas, Pemanfaatan) under its header. Write the sub-component names in the Sub-Komponen column.',
  },
  SAKIP_WB_SUB_UNKNOWN: {
    id: 'Sub-komponen "{name}" tidak dikenal; nilainya tetap dihitung seperti tertulis. Nama yang dikenal: {accepted}. Tambahkan namanya ke kebijakan bila memang sub-komponen.',
    en: 'Sub-component "{name}" is not recognised; its score is still counted as written. Known names: {accepted}. Add the name to the policy if it is a sub-component.',
  },
  SAKIP_WB_SUB_TWICE: {
    id: 'Sub-komponen {sub} muncul dua kali pada komponen {component} (baris {first} dan {second}). Hapus atau perbaiki salah satunya.',
    en: 'Sub-component {sub} appears twice in component {component} (rows {first} and {second}). Remove or correct one of them.',
  },
  SAKIP_WB_SUB_NO_COMPONENT: {
    id: 'Sub-komponen "{sub}" berada di atas baris komponen mana pun. Tulis nama komponennya (mis. Perencanaan Kinerja) pada baris di atasnya.',
    en: 'Sub-component "{sub}" comes before any component row. Write its component (e.g. Perencanaan Kinerja) on a row above it.',
  },
  SAKIP_WB_WEIGHT_INVALID: {
    id: 'Bobot "{value}" untuk {sub} tidak terbaca. Tulis persen (6,00%) atau poin (6).',
    en: 'Weight "{value}" of {sub} cannot be read. Write a percentage (6.00%) or points (6).',
  },
  SAKIP_WB_SCORE_INVALID: {
    id: 'Nilai "{value}" untuk {sub} pada putaran {round} tidak terbaca. Tulis persen (5,62%) atau poin (5,62).',
    en: 'Score "{value}" of {sub} in round {round} cannot be read. Write a percentage (5.62%) or points (5.62).',
  },
  SAKIP_WB_SCORE_ABOVE_WEIGHT: {
    id: 'Nilai {sub} pada putaran {round} ({score}) melebihi bobotnya ({weight}). Periksa rumus atau isian sel itu.',
    en: 'The score of {sub} in round {round} ({score}) exceeds its weight ({weight}). Check that cell’s formula or entry.',
  },
  SAKIP_WB_SCALE_UNCLEAR: {
    id: 'Bobot di sheet "{sheet}" berjumlah {sum}: tidak jelas apakah ditulis sebagai pecahan (jumlah 1) atau poin (jumlah 100). Format kolom Bobot sebagai persen.',
    en: 'The weights in sheet "{sheet}" add up to {sum}: it is unclear whether they are fractions (adding up to 1) or points (adding up to 100). Format the Bobot column as percent.',
  },
  SAKIP_WB_NO_SCORES: {
    id: 'Belum ada putaran yang berisi nilai di sheet "{sheet}" (kolom {rounds}). Isi nilai penilaian mandiri terlebih dahulu.',
    en: 'No round holds scores in sheet "{sheet}" (columns {rounds}). Fill in the self-assessment scores first.',
  },
  SAKIP_WB_DECIDED_BY_EARLIER: {
    id: 'Putaran {later} belum berisi nilai, jadi yang menentukan adalah putaran terakhir yang terisi: {round}.',
    en: 'Round {later} holds no scores yet, so the latest filled round decides: {round}.',
  },
  SAKIP_WB_DECIDING_BLANK: {
    id: '{sub} pada {component} tidak bernilai pada putaran penentu {round}, sehingga dihitung 0 (kehilangan {weight} poin). Isi nilainya.',
    en: '{sub} of {component} has no score in the deciding round {round}, so it counts as 0 ({weight} points lost). Fill in its score.',
  },
  SAKIP_WB_COMPONENT_MISMATCH: {
    id: 'Nilai komponen {component} pada putaran {round} di kertas kerja {shown}, sedangkan jumlah sub-komponennya {computed}. Periksa rumus sel itu.',
    en: 'Component {component} in round {round} shows {shown} in the workbook, while its sub-components add up to {computed}. Check that cell’s formula.',
  },
  SAKIP_WB_TOTAL_MISMATCH: {
    id: 'Nilai akhir di kertas kerja {shown}, sedangkan jumlah sub-komponen pada putaran {round} {computed}. Periksa rumus sel itu.',
    en: 'The workbook’s total is {shown}, while the sub-components of round {round} add up to {computed}. Check that cell’s formula.',
  },
  SAKIP_WB_PREDIKAT_MISMATCH: {
    id: 'Predikat di kertas kerja "{shown}", sedangkan nilai {score} menurut rentang kebijakan berpredikat {computed}. Periksa predikat itu.',
    en: 'The workbook’s predikat is "{shown}", while a score of {score} earns {computed} by the policy’s bands. Check that predikat.',
  },
  SAKIP_WB_ANSWER_UNKNOWN: {
    id: 'Jawaban "{answer}" pada putaran {round} tidak dikenal, jadi tidak dihitung sebagai terjawab. Tulis {accepted}, angka, atau persen.',
    en: 'Answer "{answer}" in round {round} is not recognised, so it is not counted as answered. Write {accepted}, a number or a percentage.',
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
