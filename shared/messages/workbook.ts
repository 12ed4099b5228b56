import type { MessageSection } from './types';

/**
 * Problems in the OPD workbook as a whole, found while scoring it (shared/pipeline): duplicate or unknown
 * NIP, units that do not match, employees who cannot be scored. Problems in one cell come from the parsers
 * (parse.ts). Keys are stable codes (UPPER_SNAKE).
 */
export const workbookMessages = {
  PIPE_DUPLICATE_NIP: {
    id: 'NIP {nip} sudah dipakai di baris {firstRow} ({nama}). Baris ini diabaikan: hapus duplikatnya atau perbaiki NIP.',
    en: 'NIP {nip} is already used on row {firstRow} ({nama}). This row is ignored: delete the duplicate or correct the NIP.',
  },
  PIPE_DUPLICATE_ROW: {
    id: 'NIP {nip} sudah ada di baris {firstRow} sheet ini dengan isi yang sama. Baris ini diabaikan: hapus baris gandanya.',
    en: 'NIP {nip} already appears on row {firstRow} of this sheet with the same values. This row is ignored: delete the duplicate.',
  },
  PIPE_DUPLICATE_ROW_SHEET: {
    id: 'NIP {nip} sudah ada di baris {firstRow} sheet "{firstSheet}" dengan isi yang sama. Baris ini diabaikan: hapus baris gandanya.',
    en: 'NIP {nip} already appears on row {firstRow} of sheet "{firstSheet}" with the same values. This row is ignored: delete the duplicate.',
  },
  PIPE_DUPLICATE_ROW_CONFLICT: {
    id: 'NIP {nip} sudah ada di baris {firstRow} sheet ini dengan isi berbeda: {fields} (baris {firstRow} / baris ini). Yang dipakai isi baris {firstRow}; isi baris ini tidak dihitung. Hapus baris yang tidak berlaku atau samakan isinya.',
    en: 'NIP {nip} already appears on row {firstRow} of this sheet with different values: {fields} (row {firstRow} / this row). The values of row {firstRow} are used; this row’s are not counted. Delete the row that does not apply or make them match.',
  },
  PIPE_DUPLICATE_ROW_CONFLICT_SHEET: {
    id: 'NIP {nip} sudah ada di baris {firstRow} sheet "{firstSheet}" dengan isi berbeda: {fields} (sheet "{firstSheet}" / baris ini). Yang dipakai isi baris {firstRow} sheet "{firstSheet}"; isi baris ini tidak dihitung. Hapus baris atau sheet yang tidak berlaku atau samakan isinya.',
    en: 'NIP {nip} already appears on row {firstRow} of sheet "{firstSheet}" with different values: {fields} (sheet "{firstSheet}" / this row). The values of row {firstRow} of sheet "{firstSheet}" are used; this row’s are not counted. Delete the row or sheet that does not apply or make them match.',
  },
  PIPE_DUPLICATE_UNIT: {
    id: 'Unit "{unit}" sudah ada di baris {firstRow}. Baris ini diabaikan: hapus duplikatnya.',
    en: 'Unit "{unit}" already appears on row {firstRow}. This row is ignored: delete the duplicate.',
  },
  PIPE_UNKNOWN_NIP: {
    id: 'NIP {nip} ({count} baris: {rows}) tidak ada di sheet "{employees}". Baris itu diabaikan: tambahkan pegawainya atau perbaiki NIP.',
    en: 'NIP {nip} ({count} rows: {rows}) is not in sheet "{employees}". Those rows are ignored: add the employee or correct the NIP.',
  },
  PIPE_PERSON_NAME_CONFLICT: {
    id: 'NIP {nip} bernama "{nama}" di sheet "{firstSheet}" baris {firstRow}, tetapi "{other}" di sini. Nama pertama yang dipakai: periksa NIP atau samakan namanya.',
    en: 'NIP {nip} is named "{nama}" in sheet "{firstSheet}" row {firstRow}, but "{other}" here. The first name is used: check the NIP or make the names match.',
  },
  PIPE_PERSON_UNIT_CONFLICT: {
    id: 'NIP {nip} ({nama}) berada di unit "{unit}" menurut sheet "{firstSheet}" baris {firstRow}, tetapi di unit "{other}" di sini. Unit pertama yang dipakai: samakan unit kerjanya.',
    en: 'NIP {nip} ({nama}) is in unit "{unit}" according to sheet "{firstSheet}" row {firstRow}, but in unit "{other}" here. The first unit is used: make the units match.',
  },
  PIPE_UNKNOWN_ATASAN: {
    id: 'NIP atasan {nip} (atasan {nama}) tidak ada di sheet "{sheet}". Tugas atasan tidak dapat dinilai: periksa NIP atasan.',
    en: 'Supervisor NIP {nip} (supervisor of {nama}) is not in sheet "{sheet}". The supervisor’s duties cannot be checked: verify the NIP.',
  },
  PIPE_UNIT_EMPTY: {
    id: 'Unit kerja {nama} kosong. Isi unit kerjanya agar distribusi predikat unit dapat diperiksa.',
    en: 'The unit of {nama} is empty. Fill it in so the unit’s predikat distribution can be checked.',
  },
  PIPE_UNIT_UNKNOWN: {
    id: 'Unit "{unit}" tidak ada di sheet "{sheet}": predikat organisasinya tidak diketahui. Tambahkan unit itu atau samakan penulisan namanya.',
    en: 'Unit "{unit}" is not in sheet "{sheet}": its organisation predikat is unknown. Add the unit or make the name match.',
  },
  PIPE_UNIT_NO_PREDIKAT: {
    id: 'Unit "{unit}" belum punya predikat organisasi: distribusi predikat dan rating hasil kepala unit tidak dapat dihitung. Isi predikat organisasinya.',
    en: 'Unit "{unit}" has no organisation predikat: the predikat distribution and the head’s hasil rating cannot be computed. Fill it in.',
  },
  PIPE_MULTIPLE_HEADS: {
    id: 'Unit "{unit}" punya {count} kepala unit. Tandai "Ya" hanya untuk satu pegawai.',
    en: 'Unit "{unit}" has {count} heads. Mark "Ya" for one employee only.',
  },
  PIPE_SAKIP_UNIT_UNKNOWN: {
    id: 'Unit "{unit}" di lembar SAKIP tidak ada di daftar unit maupun pegawai. Samakan penulisan nama unitnya.',
    en: 'Unit "{unit}" in the SAKIP sheet matches no unit or employee. Make the unit name match.',
  },
  PIPE_SAKIP_SCORE_RANGE: {
    id: 'Nilai SAKIP "{value}" di luar 0-100. Tulis nilai antara 0 dan 100, mis. 68,40.',
    en: 'SAKIP score "{value}" is outside 0-100. Write a score between 0 and 100, e.g. 68.40.',
  },
  PIPE_NO_INDICATORS: {
    id: '{nama} ({nip}) belum punya indikator yang dapat dihitung di sheet "{sheet}": rating hasil dan predikat belum ditentukan. Lengkapi target dan realisasinya.',
    en: '{nama} ({nip}) has no computable indicator in sheet "{sheet}": hasil rating and predikat are not set. Complete the targets and realisations.',
  },
  PIPE_NO_BEHAVIOUR: {
    id: '{nama} ({nip}) belum dinilai perilakunya di sheet "{sheet}": predikat belum ditentukan. Isi tujuh nilai BerAKHLAK.',
    en: '{nama} ({nip}) has no behaviour rating in sheet "{sheet}": the predikat is not set. Fill in the seven BerAKHLAK values.',
  },
  PIPE_ACTIVITY_MINUTES_TOO_LARGE: {
    id: 'Menit aktivitas "{value}" terlalu besar: satu aktivitas paling lama {max} menit (setahun penuh). Baris ini tidak dihitung: periksa isi selnya (mis. "395 menit").',
    en: 'The activity minutes "{value}" are too large: one activity lasts at most {max} minutes (a whole year). This row is not counted: check the cell (e.g. "395 menit").',
  },
  PIPE_NO_EMPLOYEES: {
    id: 'Sheet "{sheet}" tidak berisi pegawai dengan NIP yang sah. Isi minimal kolom NIP dan Nama.',
    en: 'Sheet "{sheet}" holds no employee with a valid NIP. Fill in at least the NIP and Nama columns.',
  },
  PIPE_UNITS_UNKNOWN: {
    id: 'Unit kerja {count} pegawai tidak diketahui: tabel {sheets} tidak punya kolom unit dan judulnya tidak menyebut OPD. Tambahkan daftar pegawai (mis. ekspor SIASN) atau kolom Unit Kerja agar distribusi predikat per unit dapat diperiksa.',
    en: 'The unit of {count} employees is unknown: tables {sheets} have no unit column and their titles name no OPD. Add an employee list (e.g. a SIASN export) or a Unit Kerja column so the predikat distribution per unit can be checked.',
  },
} satisfies MessageSection;
