import type { MessageSection } from './types';

/**
 * The extension's overlay on a page: badges, tooltips, the summary panel and the page types. Tooltips say
 * what the badge means; each flag's label and explanation live in flags.ts. Keys are stable codes.
 */
export const extensionOverlayMessages = {
  OVERLAY_LOG_PREFIX: { id: '[Nilai Kerja]', en: '[Nilai Kerja]' },
  OVERLAY_FEATURE_FAILED: {
    id: 'Fitur "{feature}" berhenti karena kesalahan ({detail}); fitur lain dan halaman tetap berjalan.',
    en: 'Feature "{feature}" stopped on an error ({detail}); other features and the page keep working.',
  },

  // Badges
  OVERLAY_BADGE_NOT_COMPUTABLE: { id: 'capaian ?', en: 'achievement ?' },
  OVERLAY_BADGE_ACTIVITY_OUTPUT: { id: '{minutes} mnt, ada output', en: '{minutes} min, output' },
  OVERLAY_BADGE_ACTIVITY_NO_OUTPUT: { id: '{minutes} mnt, tanpa output', en: '{minutes} min, no output' },
  OVERLAY_BADGE_PROPOSED: { id: 'usulan: {rating}', en: 'proposed: {rating}' },
  OVERLAY_BADGE_NO_DATA: { id: 'belum ada data', en: 'no data yet' },
  OVERLAY_BADGE_NOT_ASSESSED: { id: 'belum dinilai', en: 'not assessed yet' },
  OVERLAY_BADGE_PARTIAL: {
    id: 'sebagian: {shown} dari {total} baris',
    en: 'partial: {shown} of {total} rows',
  },
  OVERLAY_PARTIAL_ROWS_OPTION: {
    id: 'Tabel "{table}" hanya menampilkan {shown} dari {total} baris: usulan rating hasil kerja dan capaian pegawai tidak dihitung dari sebagian indikator (hitungan di panel hanya untuk baris yang tampil). Pilih "{option}" pada jumlah baris per halaman (dan kosongkan kotak pencarian bila terisi) agar semua baris tampil; Nilai Kerja lalu menghitung ulang.',
    en: 'Table "{table}" shows only {shown} of its {total} rows: no work-result rating is proposed and no employee achievement computed from part of the indicators (the panel’s counts cover the rows shown only). Choose "{option}" as the number of rows per page (and clear the search box if it is filled) so every row shows; Nilai Kerja then recalculates.',
  },
  OVERLAY_PARTIAL_ROWS: {
    id: 'Tabel "{table}" hanya menampilkan {shown} dari {total} baris: usulan rating hasil kerja dan capaian pegawai tidak dihitung dari sebagian indikator (hitungan di panel hanya untuk baris yang tampil). Tampilkan semua baris (pilih "Semua" atau jumlah terbesar pada jumlah baris per halaman, dan kosongkan kotak pencarian bila terisi); Nilai Kerja lalu menghitung ulang.',
    en: 'Table "{table}" shows only {shown} of its {total} rows: no work-result rating is proposed and no employee achievement computed from part of the indicators (the panel’s counts cover the rows shown only). Show every row (choose "All" or the largest number of rows per page, and clear the search box if it is filled); Nilai Kerja then recalculates.',
  },
  OVERLAY_TIP_NOTHING_ASSESSED: {
    id: 'Belum ada yang dinilai: pegawai ini belum punya capaian (bukan 0%).',
    en: 'Nothing assessed yet: this employee has no achievement yet (not 0%).',
  },
  OVERLAY_TIP_STATUS: { id: 'Status di halaman: {status}.', en: 'Status on the page: {status}.' },
  OVERLAY_TIP_PROGRESS: {
    id: 'Sudah dinilai {done} dari {of}.',
    en: '{done} of {of} assessed.',
  },
  OVERLAY_TIP_SCORE: {
    id: 'Nilai {nilai} dari kolom "{column}": nilai pada skalanya sendiri (0-100 atau 0-120), bukan capaian.',
    en: 'Score {nilai} from the "{column}" column: a score on its own scale (0-100 or 0-120), not an achievement.',
  },
  OVERLAY_TIP_CAPAIAN: {
    id: 'Capaian {capaian}% ({kategori}): realisasi {realisasi} terhadap target {target}.',
    en: 'Achievement {capaian}% ({kategori}): realisasi {realisasi} against target {target}.',
  },
  OVERLAY_TIP_CAPAIAN_PAGE: {
    id: 'Capaian {capaian}% ({kategori}), dibaca dari kolom "{column}" halaman ini.',
    en: 'Achievement {capaian}% ({kategori}), read from this page’s "{column}" column.',
  },
  OVERLAY_TIP_CAPAIAN_PACKAGE: {
    id: 'Capaian {capaian}% ({kategori}), dari paket hasil yang diimpor (dicocokkan dengan NIP).',
    en: 'Achievement {capaian}% ({kategori}), from the imported results package (matched by NIP).',
  },
  OVERLAY_TIP_NOT_COMPUTABLE: {
    id: 'Capaian belum dapat dihitung: {reason}',
    en: 'Achievement cannot be computed yet: {reason}',
  },
  OVERLAY_TIP_TARGET_MISSING: {
    id: 'target "{target}" tidak terbaca sebagai angka. Tulis target seperti "12 Dokumen" atau "80 - 90 %".',
    en: 'target "{target}" is not a number. Write targets like "12 Dokumen" or "80 - 90 %".',
  },
  OVERLAY_TIP_REALISASI_UNREADABLE: {
    id: 'realisasi "{realisasi}" tidak terbaca sebagai angka. Awali realisasi dengan angkanya, mis. "12 Dokumen berdasarkan ...".',
    en: 'realisasi "{realisasi}" is not a number. Start the realisasi with its number, e.g. "12 Dokumen berdasarkan ...".',
  },
  OVERLAY_TIP_PROPOSED_RATING: {
    id: 'Usulan rating hasil kerja dari capaian {capaian}% (RHK utama): {proposed}. Pilihan di halaman: {chosen}.',
    en: 'Proposed work-result rating from achievement {capaian}% (main RHK): {proposed}. Chosen on the page: {chosen}.',
  },
  OVERLAY_TIP_WEIGHT_FORM_FRACTION: {
    id: 'Bobot "{value}" (RHK "{rhk}") ditulis sebagai pecahan, sedangkan bobot lain di tabel ini dalam persen (mis. "{example}"): bobot ini tidak dipakai dan baris yang ditimbang bersamanya dihitung dengan bobot sama. Tulis "{asPoints}%" (atau "{value}%" bila memang sekecil itu).',
    en: 'The weight "{value}" (RHK "{rhk}") is written as a fraction, while the other weights in this table are percentages (e.g. "{example}"): it is not used, and the rows weighed with it count equally. Write "{asPoints}%" (or "{value}%" if it is that small).',
  },
  OVERLAY_TIP_WEIGHT_FORM_POINTS: {
    id: 'Bobot "{value}" (RHK "{rhk}") ditulis dalam persen, sedangkan bobot lain di tabel ini sebagai pecahan sampai 1 (mis. "{example}"): bobot ini tidak dipakai dan baris yang ditimbang bersamanya dihitung dengan bobot sama. Tulis "{asFraction}".',
    en: 'The weight "{value}" (RHK "{rhk}") is written as a percentage, while the other weights in this table are fractions up to 1 (e.g. "{example}"): it is not used, and the rows weighed with it count equally. Write "{asFraction}".',
  },
  OVERLAY_TIP_PREDIKAT: {
    id: 'Predikat kinerja bila usulan dipakai (matriks PermenPANRB 6/2022): {predikat}.',
    en: 'Performance predikat if the proposal is used (PermenPANRB 6/2022 matrix): {predikat}.',
  },
  OVERLAY_TIP_PAGE_PREDIKAT: {
    id: 'Predikat kinerja yang tertulis di halaman: {predikat}.',
    en: 'Performance predikat shown on the page: {predikat}.',
  },
  OVERLAY_TIP_NO_DATA_LIST: {
    id: 'Belum ada data capaian: {why} Impor paket hasil dari Google Sheets (Opsi) atau buka SKP pegawai ini.',
    en: 'No achievement data yet: {why} Import the results package from Google Sheets (Options) or open this employee’s SKP.',
  },
  OVERLAY_TIP_NO_DATA_NO_COLUMN: {
    id: 'halaman ini tidak punya kolom capaian/nilai untuk pegawai ini, dan paket hasil yang diimpor tidak memuat NIP-nya.',
    en: 'this page has no achievement/score column for this employee, and the imported results package does not hold their NIP.',
  },
  OVERLAY_TIP_NO_DATA_EMPTY: {
    id: 'kolom "{column}" kosong atau tidak terbaca ("{value}"), dan paket hasil yang diimpor tidak memuat NIP-nya.',
    en: 'the "{column}" column is empty or unreadable ("{value}"), and the imported results package does not hold their NIP.',
  },
  OVERLAY_TIP_NO_DATA_SKP: {
    id: 'Belum ada usulan: tidak satu pun indikator RHK utama punya target dan realisasi yang terbaca sebagai angka. Isi realisasi indikator (lihat lencana tiap baris).',
    en: 'No proposal yet: no main-RHK indicator has a target and realisasi that read as numbers. Fill in the indicators’ realisasi (see each row’s badge).',
  },
  OVERLAY_TIP_REALISASI_EMPTY: {
    id: 'Target {target}; realisasi masih kosong, jadi capaian belum dihitung.',
    en: 'Target {target}; the realisasi is still empty, so no achievement is computed.',
  },
  OVERLAY_TIP_NOT_CHOSEN: { id: 'belum dipilih', en: 'not chosen yet' },
  OVERLAY_TIP_ACTIVITY: {
    id: 'Aktivitas {minutes} menit. Output: {output}. Bukti dukung: {bukti}.',
    en: 'Activity of {minutes} minutes. Output: {output}. Evidence: {bukti}.',
  },
  OVERLAY_TIP_NONE: { id: 'tidak ada', en: 'none' },
  OVERLAY_TIP_PRESENT: { id: 'ada', en: 'present' },
  OVERLAY_TIP_MINUTES_UNREADABLE: {
    id: 'durasi "{value}" tidak terbaca. Tulis seperti "90 menit", "1j 30m" atau "01:30:00".',
    en: 'duration "{value}" is unreadable. Write it like "90 menit", "1j 30m" or "01:30:00".',
  },
  OVERLAY_TIP_TIME_NOT_DURATION: {
    id: 'waktu "{value}" adalah jam mulai, bukan lamanya: aktivitas ini tidak diberi menit. Tulis rentangnya ("07.30 - 08.00") atau lamanya dengan satuan ("2 jam").',
    en: 'time "{value}" is when the activity started, not how long it took: this activity gets no minutes. Write its range ("07.30 - 08.00") or its length with a unit ("2 jam").',
  },
  OVERLAY_TIP_ACTIVITY_REJECTED: {
    id: 'Status "{status}" berarti ditolak: menitnya tidak dihitung.',
    en: 'Status "{status}" means rejected: its minutes are not counted.',
  },
  OVERLAY_PANEL_ACTIVITY_PARTIAL: {
    id: 'Log "{table}" hanya menampilkan {shown} dari {total} aktivitas: menit seluruh log tidak dihitung dari sebagian. Tampilkan semua baris (pilih "Semua" atau jumlah terbesar per halaman).',
    en: 'Log "{table}" shows only {shown} of its {total} activities: the whole log’s minutes are not computed from part of it. Show every row (choose "All" or the largest number per page).',
  },
  OVERLAY_LIST_MORE: { id: 'dan {count} lainnya', en: 'and {count} more' },

  // Summary panel
  OVERLAY_PANEL_TITLE: { id: 'Nilai Kerja', en: 'Nilai Kerja' },
  OVERLAY_PANEL_TOGGLE: { id: 'Ringkasan kinerja berbasis hasil', en: 'Result-based performance summary' },
  OVERLAY_PANEL_OPEN: { id: 'Buka ringkasan', en: 'Open the summary' },
  OVERLAY_PANEL_CLOSE: { id: 'Tutup ringkasan', en: 'Close the summary' },
  OVERLAY_PANEL_PAGE: { id: 'Halaman: {page}', en: 'Page: {page}' },
  OVERLAY_PANEL_ROWS: { id: '{rows} baris/kartu dinilai', en: '{rows} rows/cards scored' },
  OVERLAY_PANEL_ROWS_ONE: { id: '{rows} baris/kartu dinilai', en: '{rows} row/card scored' },
  OVERLAY_PANEL_COUNTS: {
    id: '{indikator}, {pegawai}, {aktivitas}',
    en: '{indikator}, {pegawai}, {aktivitas}',
  },
  // Counted nouns: Indonesian does not inflect, English needs one form for 1 and another for the rest.
  OVERLAY_COUNT_INDIKATOR_ONE: { id: '{count} indikator', en: '{count} indicator' },
  OVERLAY_COUNT_INDIKATOR_MANY: { id: '{count} indikator', en: '{count} indicators' },
  OVERLAY_COUNT_PEGAWAI_ONE: { id: '{count} pegawai', en: '{count} employee' },
  OVERLAY_COUNT_PEGAWAI_MANY: { id: '{count} pegawai', en: '{count} employees' },
  OVERLAY_COUNT_AKTIVITAS_ONE: { id: '{count} aktivitas', en: '{count} activity' },
  OVERLAY_COUNT_AKTIVITAS_MANY: { id: '{count} aktivitas', en: '{count} activities' },
  OVERLAY_COUNT_MENIT_ONE: { id: '{count} menit', en: '{count} minute' },
  OVERLAY_COUNT_MENIT_MANY: { id: '{count} menit', en: '{count} minutes' },
  OVERLAY_PANEL_FLAGGED: { id: '{count} ditandai: {flags}', en: '{count} flagged: {flags}' },
  OVERLAY_PANEL_TARGET_ONLY: {
    id: 'Halaman ini rencana SKP (target saja): belum ada realisasi, jadi capaian belum dihitung.',
    en: 'This page is an SKP plan (targets only): no realisasi yet, so no achievement is computed.',
  },
  OVERLAY_PANEL_EMPLOYEE: {
    id: 'Capaian RHK utama {capaian}% -> usulan rating hasil kerja: {rating}.',
    en: 'Main RHK achievement {capaian}% -> proposed work-result rating: {rating}.',
  },
  OVERLAY_PANEL_PAGE_DECISION: {
    id: 'Di halaman: rating hasil kerja {rating}, predikat {predikat}.',
    en: 'On the page: work-result rating {rating}, predikat {predikat}.',
  },
  OVERLAY_PANEL_PAGE_DECISION_DIFFERS: {
    id: 'Di halaman: rating hasil kerja {rating}, predikat {predikat}. Berbeda dari usulan: periksa kembali atau catat alasannya.',
    en: 'On the page: work-result rating {rating}, predikat {predikat}. Differs from the proposal: review it or record why.',
  },
  OVERLAY_PANEL_ACTIVITY_SHARE: {
    id: '{share}% dari {minutes} aktivitas menghasilkan output atau bukti.',
    en: '{share}% of {minutes} of activity produced an output or evidence.',
  },
  OVERLAY_PANEL_DISTRIBUTION: {
    id: 'Sebaran predikat tim ({people}) dibanding SE MenPANRB 3/2023 (unit berpredikat {unit})',
    en: 'Team predikat distribution ({people}) against SE MenPANRB 3/2023 (unit rated {unit})',
  },
  OVERLAY_PANEL_DISTRIBUTION_OK: {
    id: 'Sebaran sesuai ketentuan.',
    en: 'The distribution meets the rules.',
  },
  OVERLAY_PANEL_DISTRIBUTION_BAR: {
    id: '{predikat}: {people} ({share}%)',
    en: '{predikat}: {people} ({share}%)',
  },
  OVERLAY_PANEL_REPRIMAND: { id: 'Perlu teguran atau pembinaan', en: 'Needs a reprimand or coaching' },
  OVERLAY_PANEL_APPRECIATION: { id: 'Layak apresiasi', en: 'Deserves appreciation' },
  OVERLAY_PANEL_AWAITING: {
    id: 'Menunggu umpan balik atau penilaian',
    en: 'Awaiting feedback or assessment',
  },
  OVERLAY_PANEL_NOBODY: { id: 'Tidak ada.', en: 'Nobody.' },
  OVERLAY_PANEL_DUTIES: {
    id: 'Tugas Anda sebagai atasan ({count} belum tercatat, dari paket hasil)',
    en: 'Your duties as supervisor ({count} not recorded, from the results package)',
  },
  OVERLAY_PANEL_NOTHING: {
    id: 'Belum ada tabel atau kartu kinerja yang dikenali di halaman ini.',
    en: 'No performance table or card recognised on this page yet.',
  },
  // The panel module (extension content/panel/api.ts) could not be loaded into the frame.
  OVERLAY_PANEL_MODULE_MISSING: {
    id: 'Ringkasan halaman ini gagal dimuat; lencana di tabel tetap berlaku. Muat ulang halaman.',
    en: 'This page’s summary failed to load; the badges in its tables still hold. Reload the page.',
  },
  OVERLAY_PANEL_PAGED: {
    id: '{seen} dari {total} pegawai daftar "{table}" sudah terlihat; buka halaman lain daftar itu untuk sisanya.',
    en: '{seen} of {total} employees of list "{table}" seen so far; open its other pages for the rest.',
  },
  OVERLAY_PANEL_TRUNCATED: {
    id: 'Hanya {limit} baris pertama tabel "{table}" yang dinilai agar halaman tetap cepat.',
    en: 'Only the first {limit} rows of table "{table}" were scored to keep the page fast.',
  },

  // Page types (data-page values shown to people)
  OVERLAY_PAGE_SKP_PENILAIAN: { id: 'penilaian SKP', en: 'SKP appraisal' },
  OVERLAY_PAGE_SKP_RENCANA: { id: 'rencana SKP', en: 'SKP plan' },
  OVERLAY_PAGE_AKTIVITAS: { id: 'log aktivitas', en: 'activity log' },
  OVERLAY_PAGE_DAFTAR_PEGAWAI: { id: 'daftar/rekap pegawai', en: 'employee list/recap' },
  OVERLAY_PAGE_KARTU_PEGAWAI: { id: 'kartu pegawai', en: 'employee cards' },
  OVERLAY_PAGE_UNKNOWN: { id: 'belum dikenali', en: 'not recognised' },
  OVERLAY_PERIOD_TARGET_ANNUAL_NO_PERIOD: {
    id: 'Kolom "{header}" berisi target tahunan, tetapi halaman tidak menyebut periode penilaian (mis. "Periode : Triwulan I 2025"): target dibandingkan apa adanya, tanpa prorata.',
    en: 'Column "{header}" holds annual targets, but the page names no period (e.g. "Periode : Triwulan I 2025"): targets are compared as written, not prorated.',
  },
  OVERLAY_PERIOD_TARGET_ANNUAL_AMBIGUOUS: {
    id: 'Kolom "{header}" berisi target tahunan, tetapi periode di halaman ("{value}") tidak tunggal (rentang atau beberapa periode): target dibandingkan apa adanya, tanpa prorata.',
    en: 'Column "{header}" holds annual targets, but the period on the page ("{value}") is not a single period (a range or several): targets are compared as written, not prorated.',
  },
  OVERLAY_PERIOD_MODULE_MISSING: {
    id: 'Target tahunan tabel ini dibandingkan apa adanya (aturan periode gagal dimuat). Muat ulang halaman.',
    en: 'This table’s annual targets are compared as written (the period rules failed to load). Reload the page.',
  },
  // Activity log by its days (period module: shared/score/activity-rows.ts logRowsAside, as Hitung nilai)
  OVERLAY_ACTIVITY_DAYS_MISSING: {
    id: 'Log "{table}": aturan tanggal (periode, baris ganda, hari lebih dari 24 jam) gagal dimuat, menit dihitung tanpa aturan itu. Muat ulang halaman.',
    en: 'Log "{table}": the date rules (period, repeated rows, days over 24 hours) failed to load; minutes are counted without them. Reload the page.',
  },
  // A people recap's kesibukan semu, against the page period's working days (period/days-module.ts).
  OVERLAY_BUSY_DAYS_NO_PERIOD: {
    id: 'Halaman tidak menyebut satu periode penilaian (mis. "Periode : November 2025"): kesibukan semu dinilai dengan bawaan {days} hari kerja, bukan hari kerja periode dari kalender kerja kebijakan. Pilih periodenya di halaman bila ada pilihannya (mis. filter bulan).',
    en: 'The page names no single period (e.g. "Periode : November 2025"): kesibukan semu is judged against the default of {days} working days, not the period\'s working days from the policy\'s work calendar. Choose the period on the page where it offers one (e.g. a month filter).',
  },
  OVERLAY_BUSY_DAYS_NOT_COVERED: {
    id: 'Kalender kerja kebijakan tidak memuat libur tahun {year}: kesibukan semu {period} dinilai dengan {days} hari kerja, bukan hari kerja dari kalender (sama seperti Hitung nilai). Minta admin OPD mengirim berkas kebijakan yang memuat libur tahun {year}, lalu impor di halaman Opsi ekstensi.',
    en: "The policy's work calendar lists no holidays for {year}: kesibukan semu for {period} is judged against {days} working days, not the calendar's (as Hitung nilai does). Ask your OPD admin for a policy file listing the holidays of {year}, then import it on the extension's Options page.",
  },
  OVERLAY_BUSY_DAYS_MISSING: {
    id: 'Tabel "{table}": aturan hari kerja periode gagal dimuat, kesibukan semu tidak dinilai dari menit aktivitas. Muat ulang halaman.',
    en: 'Table "{table}": the period\'s working-day rules failed to load; kesibukan semu is not judged from activity minutes. Reload the page.',
  },
  OVERLAY_TIP_ACTIVITY_DATE_INVALID: {
    id: 'Tanggal "{value}" tidak terbaca sebagai tanggal: menit aktivitas ini tidak dihitung. Tulis tanggalnya seperti 03-11-2025.',
    en: 'Date "{value}" does not read as a date: this activity’s minutes are not counted. Write the date like 03-11-2025.',
  },
  OVERLAY_TIP_ACTIVITY_OTHER_PERIOD: {
    id: 'Tanggal {date} di luar periode halaman ({period}): menit aktivitas ini tidak dihitung untuk periode ini.',
    en: 'Date {date} is outside the page’s period ({period}): this activity’s minutes are not counted for this period.',
  },
  OVERLAY_TIP_ACTIVITY_REPEAT: {
    id: 'Sama persis dengan baris ke-{first} (tanggal, uraian dan menit): dihitung sekali. Hapus baris ganda bila memang tercatat dua kali.',
    en: 'Exactly the same as row {first} (date, activity and minutes): counted once. Delete the duplicate if it was logged twice.',
  },
  OVERLAY_TIP_ACTIVITY_DAY_TOO_LONG: {
    id: 'Aktivitas tanggal {date} berjumlah {total} menit ({hours} jam), lebih dari {max} menit sehari (baris ke-{rows}): menit hari itu tidak dihitung. Periksa menit yang salah ketik.',
    en: 'The activities of {date} add up to {total} minutes ({hours} hours), more than {max} minutes in a day (rows {rows}): none of that day’s minutes count. Check for a mistyped minutes cell.',
  },
  OVERLAY_PANEL_ACTIVITY_ASIDE: {
    id: 'Log "{table}": {count} aktivitas tidak dihitung (baris ke-{rows}): {why}. Lihat catatan pada lencana tiap baris.',
    en: 'Log "{table}": {count} activities not counted (rows {rows}): {why}. See each row’s badge note.',
  },
  OVERLAY_ASIDE_INVALID: { id: 'tanggal tak terbaca', en: 'unreadable date' },
  OVERLAY_ASIDE_PERIOD: { id: 'di luar periode {period}', en: 'outside the period {period}' },
  OVERLAY_ASIDE_REPEAT: { id: 'sama persis dengan baris sebelumnya', en: 'exact repeats of an earlier row' },
  OVERLAY_ASIDE_LONG: { id: 'hari lebih dari 24 jam', en: 'days over 24 hours' },
} satisfies MessageSection;
