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
  SAKIP_UNIT_CELL_EMPTY: {
    id: '{count} baris kriteria di sheet "{sheet}" (baris {rows}) tidak punya unit kerja: sel unitnya kosong dan tidak ada unit di baris atasnya, jadi baris itu tidak dinilai untuk unit mana pun. Tulis nama unit pada baris kriteria pertama unit itu (baris di bawahnya boleh dikosongkan).',
    en: '{count} criterion row(s) in sheet "{sheet}" (rows {rows}) have no unit: the unit cell is empty and no unit is written above, so those rows are scored for no unit. Write the unit name on the unit’s first criterion row (the rows below it may stay empty).',
  },
  SAKIP_UNIT_NO_EMPLOYEES: {
    id: 'Unit "{unit}" di lembar SAKIP tercantum di sheet Unit tetapi tidak punya pegawai, jadi lembar kerjanya tidak dinilai dan unit itu tidak ikut peringkat. Samakan nama unitnya dengan kolom Unit Kerja pegawai, atau hapus baris unit yang sudah tidak ada.',
    en: 'Unit "{unit}" in the SAKIP sheet is listed in the Unit sheet but has no employees, so its worksheet is not scored and the unit is not ranked. Make the unit name match the employees’ Unit Kerja, or remove the rows of a unit that no longer exists.',
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

  // Units of the Unit sheet (shared/pipeline/organisation.ts)
  UNIT_NO_EMPLOYEES: {
    id: 'Unit "{unit}" di sheet "{sheet}" tidak punya pegawai di daftar pegawai, jadi tidak dinilai, tidak diberi nilai SAKIP, dan tidak ikut peringkat unit. Periksa penulisan namanya (harus sama dengan kolom Unit Kerja pegawai) atau hapus baris unit yang sudah tidak ada.',
    en: 'Unit "{unit}" in sheet "{sheet}" has no employee in the roster, so it is not scored, gets no SAKIP score and is not ranked. Check its spelling (it must match the employees’ Unit Kerja) or remove the row of a unit that no longer exists.',
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
  // Rencana Aksi RB: the action-plan tracker (shared/org/rb-actions*.ts).
  RB_ACT_NOT_FOUND: {
    id: 'Tidak ada tabel rencana aksi RB: tidak ada sheet dengan kolom Rekomendasi dan Rencana Aksi (serta Area Perubahan, Pengampu, Tenggat, Status atau Progres). Jalankan "Siapkan Rencana Aksi RB" atau beri judul kolom tabel Anda.',
    en: 'No RB action-plan table: no sheet has Rekomendasi and Rencana Aksi columns (with Area Perubahan, Pengampu, Tenggat, Status or Progres). Run "Siapkan Rencana Aksi RB" or label your table\'s columns.',
  },
  RB_ACT_NO_ACTIONS: {
    id: 'Tabel rencana aksi di sheet "{sheet}" belum berisi rencana aksi. Isi kolom Rencana Aksi di bawah judul kolom.',
    en: 'The action-plan table in sheet "{sheet}" holds no action yet. Fill in the Rencana Aksi column under the header.',
  },
  RB_ACT_OTHER_SHEETS: {
    id: 'Sheet {others} juga berisi tabel rencana aksi tetapi tidak dipantau; yang dipantau hanya sheet "{sheet}". Gabungkan ke satu sheet.',
    en: 'Sheets {others} also hold an action-plan table but were not monitored; only sheet "{sheet}" was. Merge them into one sheet.',
  },
  RB_ACT_COLUMNS_MISSING: {
    id: 'Sheet "{sheet}" tidak punya kolom {columns}, jadi hal itu tidak dapat dipantau. Tambahkan kolomnya.',
    en: 'Sheet "{sheet}" has no {columns} column, so that cannot be monitored. Add the column.',
  },
  RB_ACT_COLUMN_TWICE: {
    id: 'Kolom "{column}" muncul dua kali ({first} dan {second}); yang dibaca hanya kolom {first}. Ganti judul salah satunya.',
    en: 'Column "{column}" appears twice ({first} and {second}); only column {first} is read. Rename one of them.',
  },
  RB_ACT_RECOMMENDATION_MISSING: {
    id: 'Rencana aksi "{action}" tidak menyebut rekomendasinya. Isi nomor atau uraian rekomendasinya.',
    en: 'Action "{action}" names no recommendation. Fill in the recommendation number or text.',
  },
  RB_ACT_AREA_MISSING: {
    id: 'Rencana aksi "{action}" belum menyebut area perubahannya. Pilih salah satu dari delapan area.',
    en: 'Action "{action}" names no area of change. Choose one of the eight areas.',
  },
  RB_ACT_AREA_UNKNOWN: {
    id: 'Area perubahan "{value}" tidak dikenal, jadi rencana aksi ini tidak dihitung per area. Tulis salah satu: {accepted}.',
    en: 'Area of change "{value}" is not recognised, so this action is not counted per area. Write one of: {accepted}.',
  },
  RB_ACT_AREA_SEVERAL: {
    id: 'Sel area perubahan "{value}" menyebut lebih dari satu area; tidak ditebak. Pecah menjadi satu baris per area.',
    en: 'Area cell "{value}" names more than one area; it is not guessed. Split it into one row per area.',
  },
  RB_ACT_STATUS_MISSING: {
    id: 'Rencana aksi "{action}" belum berstatus, jadi dianggap belum selesai. Isi statusnya.',
    en: 'Action "{action}" has no status, so it counts as not done. Fill in its status.',
  },
  RB_ACT_STATUS_UNKNOWN: {
    id: 'Status "{value}" tidak dikenal, jadi rencana aksi ini dianggap belum selesai. Tulis salah satu: {accepted}.',
    en: 'Status "{value}" is not recognised, so this action counts as not done. Write one of: {accepted}.',
  },
  RB_ACT_DEADLINE_MISSING: {
    id: 'Rencana aksi "{action}" belum bertenggat, jadi tidak dapat dinilai terlambat. Isi tanggal, bulan atau triwulan tenggatnya.',
    en: 'Action "{action}" has no deadline, so it cannot be judged late. Fill in its date, month or quarter.',
  },
  RB_ACT_DEADLINE_INVALID: {
    id: 'Tenggat "{value}" tidak terbaca sebagai tanggal. Tulis misalnya 31/12/2025, Juni 2025 atau Triwulan II 2025.',
    en: 'Deadline "{value}" cannot be read as a date. Write e.g. 31/12/2025, Juni 2025 or Triwulan II 2025.',
  },
  RB_ACT_DEADLINE_MONTH_FIRST: {
    id: 'Tenggat "{value}" tampak ditulis bulan dahulu; tidak ditebak. Tulis tanggal dahulu (hh/bb/tttt) atau pakai sel tanggal.',
    en: 'Deadline "{value}" looks month-first; it is not guessed. Write the day first (dd/mm/yyyy) or use a date cell.',
  },
  RB_ACT_DEADLINE_RANGE: {
    id: 'Tenggat "{value}" berupa rentang atau beberapa periode; tidak ditebak. Tulis satu tanggal atau periode akhir.',
    en: 'Deadline "{value}" is a range or several periods; it is not guessed. Write one final date or period.',
  },
  RB_ACT_DEADLINE_NO_YEAR: {
    id: 'Tenggat "{value}" tidak menyebut tahun. Tambahkan tahunnya, misalnya Juni 2025.',
    en: 'Deadline "{value}" has no year. Add the year, e.g. Juni 2025.',
  },
  RB_ACT_PROGRESS_INVALID: {
    id: 'Progres "{value}" bukan persen 0% sampai 100% (atau pecahan seperti 3/4), jadi tidak dihitung. Perbaiki angkanya.',
    en: 'Progress "{value}" is not a percentage from 0% to 100% (or a fraction such as 3/4), so it is not counted. Correct the number.',
  },
  RB_ACT_PROGRESS_MIXED: {
    id: 'Progres "{value}" tanpa tanda % tidak jelas: kolom ini juga berisi persen di atas 1, jadi "{value}" bisa berarti {percent}% atau {value}%. Progres ini tidak dihitung; tulis dengan tanda %, misalnya {percent}%.',
    en: 'Progress "{value}" without a % sign is unclear: the column also holds percentages above 1, so "{value}" may mean {percent}% or {value}%. It is not counted; write it with a % sign, e.g. {percent}%.',
  },
  RB_ACT_PROGRESS_PERCENT_ASSUMED: {
    id: 'Ada progres di atas 1 tanpa tanda %, jadi semua progres tanpa tanda % di kolom ini dibaca sebagai persen (75 = 75%).',
    en: 'Some progress is above 1 without a % sign, so every progress without % in this column is read as a percentage (75 = 75%).',
  },
  RB_ACT_DONE_PROGRESS_LOW: {
    id: 'Rencana aksi "{action}" berstatus {status} tetapi progresnya {progress}%. Status yang menentukan; samakan keduanya.',
    en: 'Action "{action}" is {status} but its progress is {progress}%. The status decides; make them agree.',
  },
  RB_ACT_FULL_NOT_DONE: {
    id: 'Rencana aksi "{action}" progresnya 100% tetapi berstatus {status}, jadi dianggap belum selesai. Ubah statusnya bila sudah selesai.',
    en: 'Action "{action}" is at 100% but its status is {status}, so it counts as not done. Change the status if it is done.',
  },
  RB_ACT_STATUS_PROGRESS_DIFFERS: {
    id: 'Rencana aksi "{action}" berstatus {status} (progres {expected}%) tetapi sel progresnya {progress}%. Yang dihitung progres {progress}% dari sel ini; samakan status dan progresnya.',
    en: 'Action "{action}" is {status} (progress {expected}%) but its progress cell says {progress}%. The cell\'s {progress}% is counted; make the status and the progress agree.',
  },
  RB_ACT_DUPLICATE: {
    id: 'Rencana aksi "{action}" sama dengan baris {first} pada rekomendasi yang sama. Hapus baris gandanya atau bedakan uraiannya.',
    en: 'Action "{action}" repeats row {first} under the same recommendation. Remove the duplicate or tell them apart.',
  },
  RB_ACT_ASOF_INVALID: {
    id: 'Tanggal pemantauan "{value}" bukan tanggal (tttt-bb-hh).',
    en: 'Monitoring date "{value}" is not a date (yyyy-mm-dd).',
  },
  RB_ACT_SNAPSHOT_INVALID: {
    id: 'Catatan pemantauan sebelumnya tidak dapat dibaca, jadi perubahan sejak pemantauan lalu tidak ditampilkan. Pemantauan ini menjadi catatan baru.',
    en: "The previous check's record cannot be read, so changes since then are not shown. This check becomes the new record.",
  },
  RB_ACT_SNAPSHOT_LATER: {
    id: 'Pemantauan sebelumnya ({since}) lebih baru daripada tanggal pemantauan ini ({asOf}); perubahan dihitung terhadapnya.',
    en: "The previous check ({since}) is later than this check's date ({asOf}); changes are counted against it.",
  },
  RB_ACT_OWNER_NIP: {
    id: 'Pengampu "{value}" berupa NIP atau angka, bukan nama OPD, jadi tidak dihitung sebagai pengampu. Tulis nama OPD pengampunya; pegawai penanggung jawab tidak ditulis di kolom ini.',
    en: 'Owner "{value}" is a NIP or a number, not an OPD name, so it is not counted as an owner. Write the owner OPD\'s name; the responsible employee does not belong in this column.',
  },
  RB_ACT_OWNER_UNLISTED: {
    id: 'Pengampu "{value}" tidak ada di sheet "{list}", jadi tidak dihitung di Progres per OPD pengampu. Tulis nama OPD persis seperti di "{list}", atau tambahkan OPD itu ke "{list}".',
    en: 'Owner "{value}" is not in sheet "{list}", so it is not counted in Progress per owner OPD. Write the OPD name exactly as in "{list}", or add that OPD to "{list}".',
  },
  RB_ACT_OWNER_UNLISTED_CLOSE: {
    id: 'Pengampu "{value}" tidak ada di sheet "{list}" (yang paling mirip: "{closest}"), jadi tidak dihitung di Progres per OPD pengampu dan tidak ditebak. Tulis "{closest}" bila itu yang dimaksud, atau tambahkan OPD itu ke "{list}".',
    en: 'Owner "{value}" is not in sheet "{list}" (closest: "{closest}"), so it is not counted in Progress per owner OPD and is not guessed. Write "{closest}" if that is meant, or add that OPD to "{list}".',
  },
  RB_ACT_OWNERS_UNCHECKED: {
    id: 'Nama OPD pengampu tidak diperiksa karena workbook ini tidak punya sheet "{list}": salah ketik di kolom pengampu menjadi baris sendiri di Progres per OPD pengampu. Tambahkan sheet "{list}" dengan kolom "{column}" agar pengampu dicocokkan.',
    en: 'Owner OPD names were not checked because this workbook has no "{list}" sheet: a typo in the owner column becomes a row of its own in Progress per owner OPD. Add a "{list}" sheet with a "{column}" column so owners are matched.',
  },
  RB_ACT_OWNER_LIST_EMPTY: {
    id: 'Nama OPD pengampu tidak diperiksa karena sheet "{list}" tidak berisi nama OPD di bawah judul kolom "{column}" (di lima baris teratas). Isi daftar OPD-nya agar pengampu dicocokkan.',
    en: 'Owner OPD names were not checked because sheet "{list}" holds no OPD name under a "{column}" header (in its top five rows). Fill in the list so owners are matched.',
  },
  // "Pantau Rencana Aksi": the admin's notes kept across checks (apps-script/src/features/rb-actions/).
  RB_ACT_RECAP_COL_NOTE: { id: 'Catatan', en: 'Notes' },
  RB_ACT_RECAP_COL_WAS: { id: 'Semula di', en: 'Was in' },
  RB_ACT_RECAP_NOTE_HINT: {
    id: 'Kolom Catatan boleh diisi: isinya dibawa ke pemantauan berikutnya, di samping rencana aksi yang sama. Kolom lain dibuat ulang setiap pemantauan; ubah datanya di sheet rencana aksi.',
    en: 'The Notes column is yours to fill in: its text is carried to the next check, next to the same action. The other columns are rebuilt on every check; change the data in the action-plan sheet.',
  },
  RB_ACT_RECAP_ORPHANS: {
    id: 'Catatan yang barisnya tidak ada lagi ({count})',
    en: 'Notes whose row is gone ({count})',
  },
  RB_ACT_RECAP_WAS_CELL: {
    id: 'Sel {cell} pemantauan sebelumnya',
    en: 'Cell {cell} of the previous check',
  },
  RB_ACT_RECAP_NOTES_CARRIED: {
    id: '{count} catatan di kolom Catatan dibawa ke baris rencana aksinya.',
    en: "{count} note(s) in the Notes column were carried to their action's row.",
  },
  RB_ACT_RECAP_NOTES_ORPHANED: {
    id: '{count} catatan tidak lagi punya baris (rencana aksinya tidak ada lagi di daftar itu, atau ditulis di luar kolom Catatan); semuanya disimpan di bagian "Catatan yang barisnya tidak ada lagi" sheet "{sheet}". Hapus isinya bila tidak diperlukan lagi.',
    en: '{count} note(s) no longer have a row (their action is no longer in that list, or they were written outside the Notes column); all are kept in the "Notes whose row is gone" part of sheet "{sheet}". Clear them when no longer needed.',
  },
  RB_ACT_RECAP_NOTES_UNREADABLE: {
    id: 'Catatan di sheet "{sheet}" tidak dapat dibaca ({detail}), jadi sheet itu tidak ditulis ulang agar catatannya tidak hilang. Coba lagi.',
    en: 'The notes in sheet "{sheet}" could not be read ({detail}), so that sheet was not rewritten and no note is lost. Try again.',
  },

  // LKE RB sheets as offices keep them (shared/org/rb-workbook.ts)
  RB_WB_NOT_FOUND: {
    id: 'Tidak ada sheet LKE RB yang dikenali. Buat dengan menu "Siapkan LKE RB", atau pastikan baris judul tabel LKE memuat kolom Indikator (atau Pertanyaan) dan kolom jawaban Penilaian Mandiri.',
    en: 'No LKE RB sheet was recognised. Create one with the "Siapkan LKE RB" menu, or make sure the LKE table’s header has an Indikator (or Pertanyaan) column and a Penilaian Mandiri answer column.',
  },
  RB_WB_NO_INDICATORS: {
    id: 'Sheet LKE RB "{sheet}" belum berisi indikator. Isi kolom Indikator di bawah baris judul.',
    en: 'LKE RB sheet "{sheet}" has no indicators yet. Fill in the Indikator column below the header.',
  },
  RB_WB_NO_ANSWERS: {
    id: 'Sheet LKE RB "{sheet}" belum berisi jawaban pada putaran mana pun ({rounds}). Isi jawabannya lalu coba lagi.',
    en: 'LKE RB sheet "{sheet}" has no answers in any round ({rounds}). Fill in the answers and try again.',
  },
  RB_WB_ROUND_TWICE: {
    id: 'Putaran {round} muncul dua kali di sheet "{sheet}" (kolom {first} dan {second}), jadi tidak jelas mana yang berlaku. Ubah judul salah satunya.',
    en: 'Round {round} appears twice in sheet "{sheet}" (columns {first} and {second}), so which one counts is unclear. Rename one of them.',
  },
  RB_WB_PART_UNKNOWN: {
    id: 'Bagian "{part}" tidak dikenal. Tulis salah satu: {accepted}.',
    en: 'Part "{part}" is not recognised. Write one of: {accepted}.',
  },
  RB_WB_PART_MISSING: {
    id: 'Indikator "{indicator}" tidak punya bagian. Isi kolom Bagian ({accepted}) atau letakkan indikator di bawah baris judul bagiannya.',
    en: 'Indicator "{indicator}" has no part. Fill in the Bagian column ({accepted}) or put the indicator under its part’s heading row.',
  },
  RB_WB_AREA_MISSING: {
    id: 'Indikator "{indicator}" tidak punya area perubahan. Isi kolom Area ({accepted}) atau letakkan indikator di bawah baris judul areanya.',
    en: 'Indicator "{indicator}" has no area of change. Fill in the Area column ({accepted}) or put the indicator under its area’s heading row.',
  },
  RB_WB_HASIL_MISSING: {
    id: 'Indikator hasil "{indicator}" tidak menyebut indikator hasil mana yang diukurnya. Tulis di kolom Area salah satu: {accepted}.',
    en: 'Result indicator "{indicator}" does not say which result indicator it measures. Write one of these in the Area column: {accepted}.',
  },
  RB_WB_ANSWER_INVALID: {
    id: 'Jawaban "{answer}" ({round}) untuk "{indicator}" tidak dapat dibaca. Tulis {accepted}, atau persen 0% sampai 100%.',
    en: 'Answer "{answer}" ({round}) for "{indicator}" cannot be read. Write {accepted}, or a percentage from 0% to 100%.',
  },
  RB_WB_ANSWER_GROUPED: {
    id: 'Jawaban "{answer}" ({round}) untuk "{indicator}" tidak jelas: titik atau koma di depan tiga angka bisa pemisah ribuan atau desimal (1.000 bisa seribu atau 1). Tulis jawabannya dengan tanda %, misalnya 100%.',
    en: 'Answer "{answer}" ({round}) for "{indicator}" is unclear: a point or comma before three digits may separate thousands or decimals (1.000 may be a thousand or 1). Write the answer with a % sign, e.g. 100%.',
  },
  RB_WB_ANSWER_NOT_IN_SCALE: {
    id: 'Jawaban "{answer}" ({round}) untuk "{indicator}" bukan pilihan jenis jawaban {scale} ({accepted}). Perbaiki jawaban atau jenis jawabannya.',
    en: 'Answer "{answer}" ({round}) for "{indicator}" is not an option of answer type {scale} ({accepted}). Correct the answer or its answer type.',
  },
  RB_WB_ANSWER_OUT_OF_RANGE: {
    id: 'Jawaban "{answer}" ({round}) untuk "{indicator}" di luar 0% sampai 100%. Perbaiki angkanya.',
    en: 'Answer "{answer}" ({round}) for "{indicator}" is outside 0% to 100%. Correct the number.',
  },
  RB_WB_SCALE_UNKNOWN: {
    id: 'Jenis jawaban "{kind}" untuk "{indicator}" tidak dikenal. Tulis salah satu: {accepted}.',
    en: 'Answer type "{kind}" for "{indicator}" is not recognised. Write one of: {accepted}.',
  },
  RB_WB_PLAIN_MIXED: {
    id: 'Kolom {round} berisi angka tanpa tanda % yang sebagian pecahan (sampai 1, misalnya "{low}") dan sebagian persen (di atas 1, misalnya "{high}"), jadi artinya tidak jelas (1 bisa berarti Ya/100% atau 1%). Tulis semuanya dengan tanda % (85%, 100%).',
    en: 'Column {round} holds numbers without a % sign, some fractions (up to 1, e.g. "{low}") and some percentages (above 1, e.g. "{high}"), so their meaning is unclear (1 may mean Yes/100% or 1%). Write them all with a % sign (85%, 100%).',
  },
  RB_WB_PLAIN_PERCENT: {
    id: 'Angka tanpa tanda % di kolom {round} dibaca sebagai persen (85 = 85%) karena ada yang di atas 1.',
    en: 'Numbers without a % sign in column {round} are read as percentages (85 = 85%) because some are above 1.',
  },
  RB_WB_WEIGHT_INVALID: {
    id: 'Bobot "{value}" untuk "{indicator}" tidak dapat dibaca. Tulis angka poin (2,5) atau persen (2,5%), tidak negatif.',
    en: 'Weight "{value}" for "{indicator}" cannot be read. Write points (2,5) or a percentage (2,5%), not negative.',
  },
  RB_WB_WEIGHT_PARTIAL: {
    id: 'Pada {area} bagian {part}, sebagian indikator berbobot dan sebagian tidak (misalnya "{indicator}"), jadi pembagian nilainya tidak jelas. Isi bobot semua indikatornya, atau kosongkan semuanya (nilai rata-rata).',
    en: 'In {area}, part {part}, some indicators have a weight and some do not (e.g. "{indicator}"), so how the points split is unclear. Give every indicator a weight, or none (mean score).',
  },
  RB_WB_WEIGHT_ZERO: {
    id: 'Bobot semua indikator {area} bagian {part} bernilai 0, jadi bagian itu tidak dapat dinilai. Isi bobotnya.',
    en: 'Every indicator of {area}, part {part}, has weight 0, so that part cannot be scored. Fill in the weights.',
  },
  RB_WB_DUPLICATE: {
    id: 'Indikator "{indicator}" ({area}, bagian {part}) sama dengan baris {first}, jadi akan terhitung dua kali. LKE tidak dinilai sampai baris gandanya dihapus atau uraian keduanya dibedakan.',
    en: 'Indicator "{indicator}" ({area}, part {part}) repeats row {first}, so it would count twice. The LKE is not scored until the duplicate row is removed or the two are told apart.',
  },
  RB_WB_WEIGHT_TOTAL: {
    id: 'Bobot indikator {area} bagian {part} di sheet berjumlah {sheetTotal}, tetapi nilai maksimumnya menurut kebijakan {policyTotal}. Yang dipakai {policyTotal} dari kebijakan; bobot sheet hanya membagi nilai itu antarindikator. Periksa bobotnya (indikator yang terhapus, atau 15 tertulis untuk 1,5).',
    en: "The indicator weights of {area}, part {part}, add up to {sheetTotal} on the sheet, but the policy's maximum is {policyTotal}. The policy's {policyTotal} is used; the sheet's weights only split it among the indicators. Check the weights (a deleted indicator, or 15 written for 1,5).",
  },
  RB_WB_LETTER_DEFAULT: {
    id: 'Sheet tidak punya kolom Jenis Jawaban, jadi jawaban huruf dibaca dengan jenis jawaban {scale} ({values}) sesuai kebijakan.',
    en: 'The sheet has no answer type column, so letter answers are read as answer type {scale} ({values}) by the policy.',
  },
  RB_WB_NO_WEIGHTS: {
    id: 'Sheet tidak berisi bobot, jadi nilai tiap area dan bagian adalah rata-rata jawaban indikatornya (seperti LKE PMPRB), dikalikan nilai maksimum menurut kebijakan.',
    en: 'The sheet has no weights, so each area’s part scores the mean of its indicators’ answers (as the LKE PMPRB does), times the policy’s maximum.',
  },
  RB_WB_EQUAL_WEIGHTS: {
    id: 'Indikator {area} bagian {part} tidak berbobot, jadi nilainya rata-rata jawaban (seperti LKE PMPRB).',
    en: 'The indicators of {area}, part {part}, have no weights, so the part scores the mean of their answers (as the LKE PMPRB does).',
  },
  RB_WB_DECIDING_BLANK: {
    id: 'Indikator "{indicator}" belum dijawab pada putaran penentu {round}, sehingga dinilai 0 (kehilangan {max} poin). Isi jawabannya.',
    en: 'Indicator "{indicator}" has no answer in the deciding round {round}, so it scores 0 ({max} points lost). Fill in its answer.',
  },
  RB_WB_DECIDED_BY_EARLIER: {
    id: 'Putaran {later} belum berisi jawaban, jadi yang menentukan adalah putaran {round}.',
    en: 'Round {later} holds no answers yet, so round {round} decides.',
  },
  // The LKE RB template's header row (shared/org/rb-workbook-template.ts): the reader recognises it.
  RB_TPL_COL_AREA: { id: 'Area Perubahan', en: 'Area of change' },
  RB_TPL_COL_INDICATOR: { id: 'Indikator', en: 'Indicator' },
  RB_TPL_COL_PART: { id: 'Bagian', en: 'Part' },
  RB_TPL_COL_WEIGHT: { id: 'Bobot', en: 'Weight' },
  RB_TPL_COL_KIND: { id: 'Jenis Jawaban', en: 'Answer type' },
  RB_TPL_COL_MANDIRI: { id: 'Jawaban Penilaian Mandiri', en: 'Self-assessment answer' },
  RB_TPL_COL_VERIFIKASI: { id: 'Jawaban Verifikasi', en: 'Verification answer' },
  RB_TPL_COL_EVIDENCE: { id: 'Link Bukti Dukung', en: 'Evidence link' },
  RB_TPL_COL_NOTE: { id: 'Catatan', en: 'Note' },
  RB_WB_OTHER_SHEETS: {
    id: 'Sheet {sheets} juga berbentuk LKE RB tetapi tidak dinilai; yang dinilai hanya sheet "{sheet}".',
    en: 'Sheets {sheets} also look like an LKE RB but were not evaluated; only sheet "{sheet}" was.',
  },
} satisfies MessageSection;
