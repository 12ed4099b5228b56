import type { MessageSection } from './types';

/** Messages of the `npm start` demos (the extension overlay on sample pages). Keys are stable codes. */
export const demoMessages = {
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
