import type { MessageSection } from './types';

/**
 * What `npm start` prints: the plain-text recap of the sample OPD (RECAP_*), the add-on run in the
 * sandbox (ADDON_START_*) and the extension's overlay on sample pages (DEMO_*). Keys are stable codes.
 */
export const demoMessages = {
  // Plain-text recap of the sample OPD.
  RECAP_TITLE: {
    id: 'Rekap kinerja {opd}, {period} (kebijakan: {policy})',
    en: 'Performance recap of {opd}, {period} (policy: {policy})',
  },
  RECAP_SUMMARY: {
    id: '{employees} pegawai dinilai dari {rows} baris pegawai; {indicators} dari {indicatorRows} indikator dihitung; {errors} masalah data, {warnings} peringatan.',
    en: '{employees} employees scored from {rows} employee rows; {indicators} of {indicatorRows} indicators computed; {errors} data problems, {warnings} warnings.',
  },
  RECAP_EMPLOYEES: { id: 'PEGAWAI', en: 'EMPLOYEES' },
  RECAP_UNITS: { id: 'UNIT KERJA', en: 'UNITS' },
  RECAP_SUPERVISORS: { id: 'TUGAS ATASAN', en: 'SUPERVISOR DUTIES' },
  RECAP_ISSUES: { id: 'MASALAH DATA', en: 'DATA PROBLEMS' },
  RECAP_COL_NAMA: { id: 'Nama', en: 'Name' },
  RECAP_COL_NIP: { id: 'NIP', en: 'NIP' },
  RECAP_COL_UNIT: { id: 'Unit', en: 'Unit' },
  RECAP_COL_CAPAIAN: { id: 'Capaian', en: 'Achievement' },
  RECAP_COL_KATEGORI: { id: 'Kategori', en: 'Category' },
  RECAP_COL_HASIL: { id: 'Rating hasil', en: 'Results rating' },
  RECAP_COL_PERILAKU: { id: 'Rating perilaku', en: 'Behaviour rating' },
  RECAP_COL_PREDIKAT: { id: 'Predikat', en: 'Predikat' },
  RECAP_COL_FLAGS: { id: 'Tanda', en: 'Flags' },
  RECAP_COL_REKOMENDASI: { id: 'Rekomendasi', en: 'Recommendation' },
  RECAP_REASON: { id: 'alasan: {reason}', en: 'reason: {reason}' },
  RECAP_NONE: { id: '-', en: '-' },
  RECAP_UNIT_LINE: {
    id: '{unit}: predikat organisasi {predikat}, {employees} pegawai, rata-rata capaian {capaian}',
    en: '{unit}: organisation predikat {predikat}, {employees} employees, average achievement {capaian}',
  },
  RECAP_DISTRIBUTION_OK: {
    id: 'Distribusi predikat sesuai SE MenPANRB 3/2023.',
    en: 'Predikat distribution meets SE MenPANRB 3/2023.',
  },
  RECAP_DISTRIBUTION_NONE: {
    id: 'Distribusi predikat belum dapat diperiksa (predikat organisasi belum diisi).',
    en: 'Predikat distribution cannot be checked (no organisation predikat).',
  },
  RECAP_SAKIP: {
    id: 'SAKIP {score} ({grade}, {label}); tahun lalu {previous}',
    en: 'SAKIP {score} ({grade}, {label}); last year {previous}',
  },
  RECAP_SAKIP_NONE: { id: 'SAKIP belum dinilai.', en: 'SAKIP not evaluated.' },
  RECAP_RANK: {
    id: 'Peringkat {rank} dari {total} (dasar: {basis}); rekomendasi: {kind}',
    en: 'Rank {rank} of {total} (basis: {basis}); recommendation: {kind}',
  },
  RECAP_BASIS_SAKIP: { id: 'nilai SAKIP', en: 'SAKIP score' },
  RECAP_BASIS_CAPAIAN: { id: 'rata-rata capaian', en: 'average achievement' },
  RECAP_BASIS_NONE: { id: 'tidak ada', en: 'none' },
  RECAP_SUPERVISOR_LINE: {
    id: '{nama}: umpan balik untuk {withFeedback} dari {subordinates} bawahan',
    en: '{nama}: feedback for {withFeedback} of {subordinates} subordinates',
  },
  RECAP_ALL_SUPERVISORS_OK: {
    id: 'Semua atasan telah memberi umpan balik kepada bawahannya.',
    en: 'Every supervisor has given feedback to their subordinates.',
  },
  RECAP_NO_ISSUES: { id: 'Tidak ada masalah data.', en: 'No data problems.' },

  // The add-on run on the sample OPD in the sandbox.
  HISTORY_START_TITLE: {
    id: 'Periode dan riwayat: tiga bulan contoh OPD (Juli-September 2025), Hitung nilai pada Code.js hasil build',
    en: 'Periods and history: three months of the sample OPD (July-September 2025), Compute scores on the built Code.js',
  },
  HISTORY_START_ROWS: {
    id: 'Riwayat: {rows} baris untuk {people} pegawai, satu per periode (tidak pernah dirata-rata). Contoh:',
    en: 'History: {rows} rows for {people} employees, one per period (never averaged). For example:',
  },
  HISTORY_START_REGISTER: {
    id: 'Catatan pembinaan contoh (September 2025): kewajiban atasan dinilai dari catatan itu',
    en: "The sample pembinaan register (September 2025): supervisors' duties judged from it",
  },
  RECOGNITION_TITLE: {
    id: 'Tabel yang dikenali add-on (Periksa data lalu Hitung nilai, Code.js hasil build)',
    en: 'Tables the add-on recognises (Check data then Compute scores, built Code.js)',
  },
  RECOGNITION_WORKBOOK: { id: 'Workbook: {name}', en: 'Workbook: {name}' },
  RECOGNITION_SAMPLE: { id: 'contoh OPD bawaan', en: 'the bundled sample OPD' },
  RECOGNITION_TABLE: {
    id: '  {sheet}!{range}: {kind}; periode {period}; {rows} baris data; dibaca: {read}',
    en: '  {sheet}!{range}: {kind}; period {period}; {rows} data rows; read: {read}',
  },
  RECOGNITION_FIELDS: { id: 'Kolom: {fields}', en: 'Columns: {fields}' },
  RECOGNITION_CODES: { id: 'Kode/tanggal: {codes}', en: 'Codes/days: {codes}' },
  RECOGNITION_PROBLEMS: {
    id: '{count} masalah di Masalah Data, antara lain:',
    en: '{count} problems in Masalah Data, including:',
  },
  RECOGNITION_MORE: { id: '... dan {count} lagi', en: '... and {count} more' },
  RECOGNITION_NO_REAL: {
    id: 'Folder ../shared/real-sheets tidak ada: workbook nyata dilewati.',
    en: 'Folder ../shared/real-sheets is absent: real workbooks skipped.',
  },
  ADDON_START_TITLE: {
    id: 'Add-on Google Sheets (Code.js hasil build, dijalankan di sandbox pada OPD contoh)',
    en: 'Google Sheets add-on (built Code.js, run in the sandbox on the sample OPD)',
  },
  ADDON_START_MAPPING: {
    id: 'Pemetaan kolom terdeteksi: {sheets}.',
    en: 'Column mapping detected: {sheets}.',
  },
  ADDON_START_SHEET: {
    id: 'Sheet "{sheet}" ({rows} baris) ditulis ke {file}',
    en: 'Sheet "{sheet}" ({rows} rows) written to {file}',
  },
  ADDON_START_NO_BUILD: {
    id: 'dist/apps-script/Code.js belum ada: jalankan "npm run build:addon" dulu.',
    en: 'dist/apps-script/Code.js is missing: run "npm run build:addon" first.',
  },

  // The extension's overlay on the sample pages, in Chromium.
  DEMO_TITLE: {
    id: 'EKSTENSI: overlay pada {count} halaman contoh e-Kinerja (Chromium tanpa layar)',
    en: 'EXTENSION: the overlay on {count} sample e-Kinerja pages (headless Chromium)',
  },
  DEMO_TITLE_VISIBLE: {
    id: 'EKSTENSI: overlay pada {count} halaman contoh e-Kinerja (jendela Chromium)',
    en: 'EXTENSION: the overlay on {count} sample e-Kinerja pages (Chromium window)',
  },
  DEMO_PAGE_LINE: {
    id: '{shot}: halaman {label} (data-page={page}), {rows} baris dinilai, {badges} lencana, tanda: {flags}',
    en: '{shot}: {label} page (data-page={page}), {rows} rows scored, {badges} badges, flags: {flags}',
  },
  DEMO_NO_FLAGS: { id: 'tidak ada', en: 'none' },
  DEMO_NO_PANEL: {
    id: '{shot}: panel Nilai Kerja tidak muncul dalam {seconds} detik di {path}; tangkapan layar tetap disimpan.',
    en: '{shot}: the Nilai Kerja panel did not appear within {seconds} seconds on {path}; the screenshot was saved anyway.',
  },
  DEMO_COVERED: {
    id: '    panel menutupi {count} lencana; gambar dengan panel tertutup: {shot}',
    en: '    the panel covers {count} badges; picture with the panel collapsed: {shot}',
  },
  DEMO_PAGE_ERRORS: {
    id: '    galat di halaman: {errors}',
    en: '    page errors: {errors}',
  },
  DEMO_SAVED: {
    id: 'Tangkapan layar tersimpan di {dir}',
    en: 'Screenshots saved in {dir}',
  },
  DEMO_BUILT: {
    id: 'Ekstensi untuk demo dibangun di {dir} (juga berjalan di {match}); dist/extension tidak diubah.',
    en: 'Demo extension built in {dir} (also runs on {match}); dist/extension is unchanged.',
  },
  DEMO_NO_CHROMIUM: {
    id: 'Chromium tidak ditemukan di {path}: demo ekstensi dilewati. Pasang dengan: sudo apt-get install chromium',
    en: 'Chromium not found at {path}: extension demo skipped. Install it with: sudo apt-get install chromium',
  },
  DEMO_FAILED: {
    id: 'Demo ekstensi gagal: {reason}',
    en: 'Extension demo failed: {reason}',
  },
  DEMO_VISIBLE_OFFER: {
    id: 'Ingin melihatnya di jendela browser? Jalankan: {variable}=1 npm start',
    en: 'Want to watch it in a browser window? Run: {variable}=1 npm start',
  },
  DEMO_VISIBLE_WAIT: {
    id: 'Browser terbuka dengan halaman contoh; tutup jendelanya untuk selesai.',
    en: 'The browser is open on the sample pages; close its window to finish.',
  },
} satisfies MessageSection;
