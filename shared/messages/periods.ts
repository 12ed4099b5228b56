import type { MessageSection } from './types';

/**
 * Periods (shared/score/prorate.ts, shared/score/working-days.ts): annual targets against periodic or
 * cumulative realisasi, and working days from the region's calendar. Keys are stable codes (UPPER_SNAKE).
 */
export const periodsMessages = {
  PERIOD_TARGET_PRORATED_CUMULATIVE: {
    id: 'Indikator "{indikator}": target tahunan {target}{unit}, realisasi s.d. {period} dibandingkan dengan {prorated}{unit} (prorata {numerator}/{denominator}).',
    en: 'Indicator "{indikator}": annual target {target}{unit}, realisation up to {period} compared with {prorated}{unit} (prorated {numerator}/{denominator}).',
  },
  PERIOD_TARGET_PRORATED_PERIODIC: {
    id: 'Indikator "{indikator}": target tahunan {target}{unit}, realisasi {period} dibandingkan dengan {prorated}{unit} (target tahunan / {denominator}).',
    en: 'Indicator "{indikator}": annual target {target}{unit}, the realisation of {period} compared with {prorated}{unit} (annual target / {denominator}).',
  },
  PERIOD_TARGET_LEVEL_NOT_PRORATED: {
    id: 'Indikator "{indikator}": target tahunan {target}{unit} adalah tingkat (persen, nilai, indeks atau waktu), bukan jumlah: tidak diprorata untuk {period}.',
    en: 'Indicator "{indikator}": the annual target {target}{unit} is a level (percent, score, index or time), not an amount: not prorated for {period}.',
  },
  PERIOD_TARGET_OWN_COLUMN: {
    id: 'Indikator "{indikator}": realisasi {period} dibandingkan dengan target periodenya di kolom "{header}" ({value}), bukan target tahunan {target}.',
    en: 'Indicator "{indikator}": the realisation of {period} compared with its own target in column "{header}" ({value}), not the annual target {target}.',
  },
  PERIOD_TARGET_COLUMN_MISSING: {
    id: 'Target tahunan dan kebijakan memakai target per periode, tetapi tabel tidak punya kolom target untuk {period} (mis. "Target TW I" sampai "Target TW IV"). Tambahkan kolom itu, atau ubah kebijakan periods.annualTarget menjadi "prorata".',
    en: 'The target is annual and the policy uses each period\'s own target, but the table has no target column for {period} (e.g. "Target TW I" to "Target TW IV"). Add that column, or set the policy periods.annualTarget to "prorata".',
  },
  PERIOD_TARGET_CELL_EMPTY: {
    id: 'Target {period} (kolom "{header}") kosong: capaian periode ini tidak dihitung. Isi target periode tersebut.',
    en: 'The target for {period} (column "{header}") is empty: this period\'s achievement is not computed. Fill in that period\'s target.',
  },
  PERIOD_TARGET_ANNUAL_NO_PERIOD: {
    id: 'Kolom "{header}" berisi target tahunan, tetapi periode penilaian tidak diketahui (tulis mis. "Bulan : Maret 2025" di atas tabel): target dibandingkan apa adanya, tanpa prorata.',
    en: 'Column "{header}" holds annual targets, but the period scored is not known (write e.g. "Bulan : Maret 2025" above the table): targets are compared as written, not prorated.',
  },
  PERIOD_REALISASI_CUMULATIVE_TARGET_PERIODIC: {
    id: 'Realisasi di kolom "{header}" kumulatif (s.d. periode ini) tetapi targetnya per periode: dibandingkan apa adanya. Pakai target tahunan, atau realisasi periode ini saja.',
    en: 'The realisation in column "{header}" is cumulative (up to this period) but the target is per period: compared as written. Use an annual target, or the realisation of this period only.',
  },
  PERIOD_REALISASI_HEADER_OTHER_PERIOD: {
    id: 'Judul kolom realisasi "{header}" menyebut {named}, tetapi periode penilaian tabel ini {period}: tidak diketahui bagian target tahunan mana yang dibandingkan, jadi capaian tabel ini tidak dihitung (tidak ditebak). Samakan periodenya: perbaiki judul kolom realisasi atau baris periode di atas tabel, lalu hitung ulang.',
    en: "The realisation column's header \"{header}\" names {named}, but this table's period scored is {period}: which share of the annual target to compare with is not known, so this table's capaian is not computed (never guessed). Make the periods agree: correct the realisation header or the period line above the table, then compute again.",
  },
  PERIOD_TARGET_HEADER_OTHER_YEAR: {
    id: 'Judul kolom target "{header}" menyebut tahun {year}, tetapi periode penilaian tabel ini {period}: target tahun lain tidak dibandingkan, jadi capaian tabel ini tidak dihitung (tidak ditebak). Ubah judul kolom target bila targetnya untuk tahun {periodYear}, atau nilai periode tahun {year}.',
    en: "The target column's header \"{header}\" names the year {year}, but this table's period scored is {period}: another year's target is not compared, so this table's capaian is not computed (never guessed). Rename the target header if its targets are for {periodYear}, or score a period of {year}.",
  },
  PERIOD_REALISASI_HEADER_OTHER_YEAR: {
    id: 'Judul kolom realisasi "{header}" menyebut tahun {year}, tetapi periode penilaian tabel ini {period}: realisasi tahun lain tidak dibandingkan dengan target tahun {periodYear}, jadi capaian tabel ini tidak dihitung (tidak ditebak). Ubah judul kolom realisasi bila realisasinya untuk tahun {periodYear}, atau nilai periode tahun {year}.',
    en: "The realisation column's header \"{header}\" names the year {year}, but this table's period scored is {period}: another year's realisation is not compared with the {periodYear} target, so this table's capaian is not computed (never guessed). Rename the realisation header if it is for {periodYear}, or score a period of {year}.",
  },
  // Working days (shared/score/working-days.ts).
  PERIOD_WORKING_DAYS_FROM_CALENDAR: {
    id: 'Hari kerja {period}: {days} hari dari kalender kerja kebijakan ({holidays} hari libur/cuti bersama pada hari kerja{names}).',
    en: "Working days in {period}: {days} days from the policy's work calendar ({holidays} holidays/cuti bersama on working days{names}).",
  },
  PERIOD_WORKING_DAYS_DEFAULT: {
    id: 'Periode penilaian tidak diketahui dan data tidak menulis hari kerja (kolom JHK): dipakai bawaan {days} hari kerja. Tulis periodenya di atas tabel (mis. "Bulan : Maret 2025") atau isi kolom JHK.',
    en: 'The period scored is not known and the data gives no working days (a JHK column): the default of {days} working days is used. Write the period above the table (e.g. "Bulan : Maret 2025") or fill in a JHK column.',
  },
  PERIOD_WORKING_DAYS_NOT_COVERED: {
    id: 'Kalender kerja kebijakan tidak memuat libur tahun {year} dan data tidak menulis hari kerja {period} (kolom JHK): dipakai bawaan {days} hari kerja. Tambahkan libur nasional, cuti bersama dan libur daerah tahun {year} ke kebijakan (periods.calendar), atau isi kolom JHK.',
    en: "The policy's work calendar lists no holidays for {year} and the data gives no working days for {period} (a JHK column): the default of {days} working days is used. Add the national holidays, cuti bersama and regional days off of {year} to the policy (periods.calendar), or fill in a JHK column.",
  },
  PERIOD_WORKING_DAYS_NOT_COVERED_WORK_WEEK: {
    id: 'Kalender kerja kebijakan tidak memuat libur tahun {year} dan data tidak menulis hari kerja {period} (kolom JHK): dipakai {days} hari kerja, yaitu semua hari kerja mingguan {period} tanpa dikurangi libur (batas atas, sehingga tidak ada yang ditandai kesibukan semu karena hari kerja terlalu sedikit). Tambahkan libur nasional, cuti bersama dan libur daerah tahun {year} ke kebijakan (periods.calendar), atau isi kolom JHK.',
    en: "The policy's work calendar lists no holidays for {year} and the data gives no working days for {period} (a JHK column): {days} working days are used, every day of the work week in {period} with no holiday taken off (an upper bound, so nobody is flagged busy without results because of too few working days). Add the national holidays, cuti bersama and regional days off of {year} to the policy (periods.calendar), or fill in a JHK column.",
  },
  // A sheet named for one period over a table whose period line names another (the period line wins).
  PERIOD_SHEET_NAME_OTHER: {
    id: 'Nama sheet "{sheet}" menyebut {named}, tetapi baris periode tabelnya menyebut {period}: tabel ini dinilai sebagai {period}, sesuai baris periodenya. Bila periodenya {named}, perbaiki baris periode lalu hitung ulang; bila {period}, ganti nama sheet agar keduanya sama.',
    en: 'The sheet name "{sheet}" names {named}, but its table\'s period line names {period}: the table is scored as {period}, by its period line. If its period is {named}, correct the period line and compute again; if it is {period}, rename the sheet so the two agree.',
  },
  // Policy settings sidebar.
  ADDON_UI_SECTION_PERIODS: { id: 'Periode dan target tahunan', en: 'Periods and annual targets' },
  ADDON_FIELD_PERIOD_TARGETS: {
    id: 'Target tahunan: dari_judul (judul kolom), tahunan, atau periodik',
    en: 'Annual targets: dari_judul (from the header), tahunan (all annual), or periodik (none)',
  },
  ADDON_FIELD_PERIOD_REALISASI: {
    id: 'Realisasi kumulatif: dari_judul (judul kolom), kumulatif, atau periodik',
    en: 'Cumulative realisation: dari_judul (from the header), kumulatif, or periodik',
  },
  ADDON_FIELD_PERIOD_ANNUAL_TARGET: {
    id: 'Target tahunan dibandingkan: prorata, atau periode (kolom target per periode)',
    en: 'Annual target compared: prorata, or periode (a target column per period)',
  },
} as const satisfies MessageSection;
