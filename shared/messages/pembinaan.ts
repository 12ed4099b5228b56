import type { MessageSection } from './types';

/**
 * The pembinaan register (Catatan Pembinaan, issue 11): reading it (PEMB_*), the supervisor duties judged
 * from it and the award it blocks (REC_*), and the add-on's texts about it.
 */
export const pembinaanMessages = {
  COLUMNS_MISSING_PEMBINAAN: {
    id: 'Catatan pembinaan ini tidak punya kolom {fields}. Tambahkan kolom itu atau pilih kolomnya secara manual agar catatan dapat dibaca.',
    en: 'This pembinaan register has no {fields} column. Add it or choose the column manually so that the records can be read.',
  },
  PEMB_DATE_EMPTY: {
    id: 'Tanggal kosong di sheet "{sheet}". Baris ini diabaikan: isi tanggal tindakan (misalnya 15/01/2025).',
    en: 'Empty date in sheet "{sheet}". The row is ignored: enter the date of the action (e.g. 15/01/2025).',
  },
  PEMB_DATE_INVALID: {
    id: '"{value}" bukan tanggal. Baris ini diabaikan: tulis tanggal lengkap, misalnya 15/01/2025 atau 15 Januari 2025 (tahun empat digit).',
    en: '"{value}" is not a date. The row is ignored: write a full date, e.g. 15/01/2025 or 15 January 2025 (four-digit year).',
  },
  PEMB_KIND_EMPTY: {
    id: 'Jenis pembinaan kosong. Baris ini diabaikan: pilih jenisnya dari daftar (misalnya {known}).',
    en: 'The kind of record is empty. The row is ignored: choose it from the list (e.g. {known}).',
  },
  PEMB_KIND_UNKNOWN: {
    id: 'Jenis pembinaan "{value}" tidak dikenal. Baris ini diabaikan: pilih dari daftar ({known}) atau tambahkan tulisan itu di pengaturan kebijakan (pembinaan).',
    en: 'Unknown kind of record "{value}". The row is ignored: choose from the list ({known}) or add this wording in the policy settings (pembinaan).',
  },
  PEMB_KIND_AMBIGUOUS: {
    id: 'Jenis pembinaan "{value}" cocok dengan lebih dari satu jenis di kebijakan. Baris ini diabaikan: tulis jenisnya lengkap seperti di daftar.',
    en: 'The kind "{value}" matches more than one kind in the policy. The row is ignored: write the kind in full as in the list.',
  },
  PEMB_ATASAN_UNKNOWN: {
    id: 'NIP atasan {nip} (baris {rows} di sheet "{sheet}") tidak ada di sheet "{employees}". Catatan tetap dihitung untuk pegawainya; periksa NIP atasan.',
    en: 'Supervisor NIP {nip} (rows {rows} of sheet "{sheet}") is not in sheet "{employees}". The records still count for the employee; check the supervisor NIP.',
  },
  PEMB_PERIOD_END_INVALID: {
    id: 'Akhir periode "{value}" bukan tanggal; kewajiban atasan dinilai pada tanggal terakhir di catatan pembinaan.',
    en: 'The period end "{value}" is not a date; supervisor duties are judged at the latest date in the register.',
  },
  PEMB_HUKUMAN_AFTER_PERIOD: {
    id: 'Catatan "{jenis}" bertanggal {tanggal}, setelah akhir periode ({end}). Catatan tetap disimpan, tetapi tidak dihitung untuk periode ini: penghargaan periode ini tidak ditahan olehnya. Periksa tanggalnya (salah ketik tahun?) lalu hitung ulang.',
    en: 'The record "{jenis}" is dated {tanggal}, after the period end ({end}). The record is kept but not counted for this period: it does not withhold this period’s award. Check the date (a mistyped year?) and compute again.',
  },
  PEMB_DATE_AFTER_PERIOD: {
    id: 'Tanggal {tanggal} lebih dari {days} hari setelah akhir periode ({end}). Catatan tetap disimpan, tetapi tidak dihitung untuk periode ini. Periksa tanggalnya (salah ketik tahun?) lalu hitung ulang.',
    en: 'The date {tanggal} is more than {days} days after the period end ({end}). The record is kept but not counted for this period. Check the date (a mistyped year?) and compute again.',
  },
  PEMB_AS_OF_LATEST: {
    id: 'Periode penilaian tidak diketahui: kewajiban atasan dinilai pada tanggal terakhir di sheet "{sheet}", {date}.',
    en: 'The period is not known: supervisor duties are judged at the latest date in sheet "{sheet}", {date}.',
  },
  PEMB_HUKUMAN_FUTURE: {
    id: 'Catatan "{jenis}" bertanggal {tanggal}, setelah hari ini ({today}). Catatan tetap disimpan, tetapi hukuman itu belum berlaku: penghargaan tidak ditahan olehnya. Periksa tanggalnya (salah ketik tahun?) lalu hitung ulang.',
    en: 'The record "{jenis}" is dated {tanggal}, after today ({today}). The record is kept, but the hukuman is not in force yet: it does not withhold an award. Check the date (a mistyped year?) and compute again.',
  },
  PEMB_DATE_FUTURE: {
    id: 'Tanggal {tanggal} setelah hari ini ({today}). Catatan tetap disimpan, tetapi kewajiban atasan tidak dinilai pada tanggal itu. Periksa tanggalnya (salah ketik tahun?) lalu hitung ulang.',
    en: 'The date {tanggal} is after today ({today}). The record is kept, but supervisor duties are not judged at that date. Check the date (a mistyped year?) and compute again.',
  },
  PEMB_AS_OF_LATEST_PAST: {
    id: 'Periode penilaian tidak diketahui: kewajiban atasan dinilai pada tanggal terakhir di sheet "{sheet}" yang tidak melewati hari ini ({today}), {date}.',
    en: 'The period is not known: supervisor duties are judged at the latest date in sheet "{sheet}" that is not after today ({today}), {date}.',
  },
  PEMB_AS_OF_RUN_DATE: {
    id: 'Periode penilaian tidak diketahui dan semua tanggal di sheet "{sheet}" setelah hari ini: kewajiban atasan dinilai pada hari ini, {date}.',
    en: 'The period is not known and every date in sheet "{sheet}" is after today: supervisor duties are judged at today, {date}.',
  },
  PEMB_RUN_DATE_INVALID: {
    id: 'Tanggal hari ini dari aplikasi ("{value}") bukan tanggal; kewajiban atasan dinilai pada tanggal terakhir di catatan pembinaan. Laporkan ini ke pengelola alat.',
    en: 'The run date the app gave ("{value}") is not a date; supervisor duties are judged at the latest date in the register. Report this to the tool\'s maintainers.',
  },
  PEMB_FOLLOW_UP_FUTURE: {
    id: 'Tanggal {tanggal} setelah hari ini ({today}): tindakan yang belum terjadi bukan tindak lanjut, jadi catatan ini tidak dihitung untuk kewajiban atasan (tindak lanjut antara {from} dan {to}). Catatan tetap disimpan. Periksa tanggalnya (salah ketik?) lalu hitung ulang; bila tindakan itu memang belum diberikan, berikan lalu hitung ulang setelah tanggal itu.',
    en: 'The date {tanggal} is after today ({today}): an action that has not happened yet is no follow-up, so this record is not counted for the supervisor’s duties (follow-up between {from} and {to}). The record is kept. Check the date (a typo?) and compute again; if the action has indeed not been given yet, give it and compute again after that date.',
  },
  REC_SUP_REGISTER_NO_REPRIMAND: {
    id: '{count} bawahan berpredikat buruk tanpa teguran atau pembinaan tercatat antara {from} dan {to} ({names}). Berikan teguran atau pembinaan dan catat di Catatan Pembinaan.',
    en: '{count} subordinates with a poor predikat and no reprimand or coaching recorded between {from} and {to} ({names}). Reprimand or coach them and record it in the pembinaan register.',
  },
  REC_SUP_REGISTER_NO_PRAISE: {
    id: '{count} bawahan berpredikat sangat baik tanpa apresiasi tercatat antara {from} dan {to} ({names}). Sampaikan apresiasi dan catat di Catatan Pembinaan.',
    en: '{count} subordinates with an excellent predikat and no appreciation recorded between {from} and {to} ({names}). Give appreciation and record it in the pembinaan register.',
  },
  REC_SUP_REGISTER_REPRIMAND_PENDING: {
    id: '{count} bawahan berpredikat buruk belum tercatat mendapat teguran atau pembinaan ({names}), tetapi batas waktunya belum lewat: berikan teguran atau pembinaan dan catat di Catatan Pembinaan paling lambat {to}.',
    en: '{count} subordinates with a poor predikat have no reprimand or coaching recorded yet ({names}), but the deadline has not passed: reprimand or coach them and record it in the pembinaan register by {to}.',
  },
  REC_SUP_REGISTER_PRAISE_PENDING: {
    id: '{count} bawahan berpredikat sangat baik belum tercatat mendapat apresiasi ({names}), tetapi batas waktunya belum lewat: sampaikan apresiasi dan catat di Catatan Pembinaan paling lambat {to}.',
    en: '{count} subordinates with an excellent predikat have no appreciation recorded yet ({names}), but the deadline has not passed: give appreciation and record it in the pembinaan register by {to}.',
  },
  REC_AWARD_BLOCKED_HUKUMAN: {
    id: 'Tidak diusulkan untuk penghargaan: sedang menjalani {jenis} sejak {tanggal} sampai {sampai} (nomor {nomor}, sheet "{sheet}" baris {row}).',
    en: 'Not proposed for an award: under {jenis} from {tanggal} until {sampai} (number {nomor}, sheet "{sheet}" row {row}).',
  },
  REC_AWARD_BLOCKED_HUKUMAN_SERVED: {
    id: 'Tidak diusulkan untuk penghargaan: menjalani {jenis} sejak {tanggal} sampai {sampai}, di dalam periode yang dinilai (nomor {nomor}, sheet "{sheet}" baris {row}).',
    en: 'Not proposed for an award: served {jenis} from {tanggal} until {sampai}, within the period scored (number {nomor}, sheet "{sheet}" row {row}).',
  },
  REC_AWARD_BLOCKED_HUKUMAN_PERMANENT: {
    id: 'Tidak diusulkan untuk penghargaan: dijatuhi {jenis} sejak {tanggal} (nomor {nomor}, sheet "{sheet}" baris {row}).',
    en: 'Not proposed for an award: given {jenis} from {tanggal} (number {nomor}, sheet "{sheet}" row {row}).',
  },
  REC_AWARD_BLOCKED_HUKUMAN_LISTED: {
    id: 'Tidak diusulkan untuk penghargaan: tercatat menjalani {jenis} pada periode {period} (daftar hukuman disiplin tanpa tanggal, sheet "{sheet}" baris {row}).',
    en: 'Not proposed for an award: recorded as serving {jenis} in the period {period} (a hukuman disiplin list without dates, sheet "{sheet}" row {row}).',
  },
  REC_UNDER_HUKUMAN: {
    id: 'Pegawai ini sudah menjalani {jenis} sejak {tanggal} (nomor {nomor}, sheet "{sheet}" baris {row}); usulan ini tetap diajukan, pejabat yang berwenang memutuskannya dengan mengetahui hukuman itu.',
    en: 'This employee is already serving {jenis} from {tanggal} (number {nomor}, sheet "{sheet}" row {row}); the proposal stands, for the official in charge to decide knowing of that hukuman.',
  },
  REC_UNDER_HUKUMAN_SERVED: {
    id: 'Pegawai ini sudah menjalani {jenis} sejak {tanggal} sampai {sampai}, di dalam periode yang dinilai (nomor {nomor}, sheet "{sheet}" baris {row}); usulan ini tetap diajukan, pejabat yang berwenang memutuskannya dengan mengetahui hukuman itu.',
    en: 'This employee already served {jenis} from {tanggal} until {sampai}, within the period scored (number {nomor}, sheet "{sheet}" row {row}); the proposal stands, for the official in charge to decide knowing of that hukuman.',
  },
  REC_UNDER_HUKUMAN_LISTED: {
    id: 'Pegawai ini tercatat sudah menjalani {jenis} pada periode {period} (daftar hukuman disiplin tanpa tanggal, sheet "{sheet}" baris {row}); usulan ini tetap diajukan, pejabat yang berwenang memutuskannya dengan mengetahui hukuman itu.',
    en: 'This employee is recorded as already serving {jenis} in the period {period} (a hukuman disiplin list without dates, sheet "{sheet}" row {row}); the proposal stands, for the official in charge to decide knowing of that hukuman.',
  },
  PEMB_LIST_KIND_LABEL: {
    id: 'Hukuman disiplin {tingkat}: {jenis}',
    en: 'Hukuman disiplin {tingkat}: {jenis}',
  },
  PEMB_LIST_LEVEL_UNKNOWN: {
    id: 'Tingkat hukuman disiplin tidak dikenali (jenis "{jenis}", keterangan "{value}"). Baris ini diabaikan: tulis tingkatnya (ringan, sedang atau berat, PP 94/2021) di kolom Keterangan, atau catat di Catatan Pembinaan dengan tanggal dan jenis dari daftar.',
    en: 'The level of the hukuman disiplin is not recognised (kind "{jenis}", note "{value}"). The row is ignored: write its level (ringan, sedang or berat, PP 94/2021) in the Keterangan column, or record it in the pembinaan register with a date and a kind from the list.',
  },
  PEMB_LIST_NO_PERIOD: {
    id: 'Hukuman "{jenis}" di sheet "{sheet}" tidak bertanggal dan tabelnya tidak menyebut periode. Baris ini diabaikan: tambahkan baris "Periode : <bulan tahun>" di atas tabel, atau isi tanggalnya.',
    en: 'The hukuman "{jenis}" in sheet "{sheet}" has no date and its table names no period. The row is ignored: add a line "Periode : <month year>" above the table, or enter its date.',
  },
  PEMB_NAME_UNKNOWN: {
    id: 'Nama "{value}" tidak ditemukan di sheet "{employees}" (gelar, huruf besar dan spasi diabaikan). Baris ini diabaikan: tulis NIP pegawainya atau samakan namanya dengan sheet "{employees}".',
    en: 'The name "{value}" is not found in sheet "{employees}" (degrees, case and spacing aside). The row is ignored: write the employee\'s NIP or write the name as sheet "{employees}" does.',
  },
  PEMB_NAME_AMBIGUOUS: {
    id: 'Nama "{value}" dimiliki lebih dari satu pegawai di sheet "{employees}" (NIP {nips}). Baris ini diabaikan: tulis NIP pegawai yang dimaksud.',
    en: 'The name "{value}" belongs to more than one employee in sheet "{employees}" (NIP {nips}). The row is ignored: write the NIP of the employee meant.',
  },
  SHEETS_HUKUMAN_LIST_NO_PERIOD: {
    id: 'Daftar hukuman disiplin {range} di sheet "{sheet}" tidak bertanggal dan tidak menyebut periode, sehingga tidak dibaca. Tambahkan baris "Periode : <bulan tahun>" di atas tabel, atau kolom Tanggal.',
    en: 'The hukuman disiplin list {range} in sheet "{sheet}" has no dates and names no period, so it is not read. Add a line "Periode : <month year>" above the table, or a Tanggal column.',
  },
  SUP_DUTY_TEGURAN: { id: 'Teguran/pembinaan belum tercatat', en: 'No reprimand or coaching recorded' },
  SUP_DUTY_APRESIASI: { id: 'Apresiasi belum tercatat', en: 'No appreciation recorded' },
  SUP_DUTY_UMPAN_BALIK: { id: 'Umpan balik belum diberikan', en: 'No feedback given' },
  SUP_DUTY_WINDOW: { id: 'dicari {from} s.d. {to}', en: 'looked for {from} to {to}' },
  SUP_DUTY_PENDING: {
    id: 'belum lewat batas, masih dapat dicatat sampai {to}',
    en: 'not overdue, can still be recorded until {to}',
  },
  SUP_DUTY_LAST: { id: 'terakhir: {jenis} {tanggal}', en: 'last: {jenis} {tanggal}' },
  SUP_DUTY_LAST_WITHHELD: {
    id: 'catatan terakhir tidak disertakan di paket (catatan disiplin, PP 94/2021); rinciannya ada pada admin OPD',
    en: 'the last record is left out of the package (a discipline record, PP 94/2021); the OPD admin has the details',
  },
  SUP_DUTY_UNNAMED: {
    id: 'Seorang bawahan (tidak disebut namanya: paket hanya menyebut kandidat)',
    en: 'A subordinate (not named: the package names only candidates)',
  },
  SUP_DUTY_NONE_BEFORE: { id: 'belum pernah tercatat', en: 'never recorded' },
  SUP_DUTY_BASIS_REGISTER: {
    id: 'Kewajiban atasan dinilai dari sheet "{sheet}" pada {date} ({source}), dengan jendela {days} hari.',
    en: 'Supervisor duties judged from sheet "{sheet}" at {date} ({source}), with a window of {days} days.',
  },
  SUP_DUTY_SOURCE_PERIODE: { id: 'akhir periode', en: 'end of the period' },
  SUP_DUTY_SOURCE_DATA: {
    id: 'tanggal terakhir di catatan, periode tidak diketahui',
    en: 'latest date in the register, period unknown',
  },
  SUP_DUTY_BASIS_FEEDBACK: {
    id: 'Tidak ada sheet Catatan Pembinaan: teguran dan apresiasi dianggap diberikan bila ada umpan balik apa pun. Siapkan Catatan Pembinaan untuk mencatatnya.',
    en: 'No pembinaan register: any feedback text counts as a reprimand or praise given. Prepare the pembinaan register to record them.',
  },
  SHEETS_MENU_PEMBINAAN_TEMPLATE: { id: 'Siapkan Catatan Pembinaan', en: 'Prepare the pembinaan register' },
  SHEETS_ROLE_PEMBINAAN: {
    id: 'Catatan pembinaan (apresiasi, teguran, hukuman disiplin)',
    en: 'Pembinaan register (appreciation, reprimands, discipline)',
  },
  ADDON_PEMB_CREATED: {
    id: 'Sheet "{sheet}" dibuat dengan pilihan jenis pembinaan dari kebijakan. Isi satu baris per tindakan atasan (tanggal, NIP atasan, NIP pegawai, jenis, nomor surat, catatan), lalu jalankan Hitung nilai atau Daftar reward & punishment.',
    en: 'Sheet "{sheet}" was created with the policy\'s kinds as a dropdown. Fill in one row per supervisor action (date, supervisor NIP, employee NIP, kind, reference number, note), then run Compute scores or Reward & punishment list.',
  },
  ADDON_PEMB_EXISTS: {
    id: 'Sheet "{sheet}" sudah ada dan tidak diubah. Hapus atau ganti namanya bila ingin templat baru.',
    en: 'Sheet "{sheet}" already exists and was not changed. Delete or rename it to get a fresh template.',
  },
  ADDON_PEMB_NOTE_TANGGAL: { id: 'Tanggal tindakan (dd/mm/yyyy).', en: 'Date of the action (dd/mm/yyyy).' },
  ADDON_PEMB_NOTE_ATASAN: {
    id: 'NIP atasan yang memberi apresiasi, teguran atau pembinaan (18 digit, tanpa spasi).',
    en: 'NIP of the supervisor who gave the appreciation, reprimand or coaching (18 digits, no spaces).',
  },
  ADDON_PEMB_NOTE_NIP: {
    id: 'NIP pegawai (18 digit, tanpa spasi).',
    en: 'Employee NIP (18 digits, no spaces).',
  },
  ADDON_PEMB_NOTE_JENIS: {
    id: 'Jenis tindakan dari daftar: apresiasi, teguran, pembinaan, hukuman disiplin (PP 94/2021) dengan bentuknya, atau pelanggaran.',
    en: 'Kind of action from the list: appreciation, reprimand, coaching, hukuman disiplin (PP 94/2021) with its form, or a violation.',
  },
  ADDON_PEMB_NOTE_NOMOR: { id: 'Nomor surat atau SK, bila ada.', en: 'Letter or decree number, if any.' },
  ADDON_PEMB_NOTE_CATATAN: { id: 'Catatan singkat: apa yang disampaikan.', en: 'Short note: what was said.' },
  ADDON_RP_COL_DUTY_DETAIL: { id: 'Kewajiban per bawahan', en: 'Duties per subordinate' },
} as const satisfies MessageSection;
