/**
 * Every selector and page-vocabulary pattern the overlay uses, in one place, so that a page redesign
 * is fixed here and nowhere else. Each is exercised by the fixture pages in test/extension/fixtures.
 */

/** Attribute on every element the overlay inserts (badge, panel). The automation contract (CONTRACT.md). */
export const OVERLAY_ATTRIBUTE = 'data-nilai-kerja';
/** Class prefix of everything the overlay inserts into the page's light DOM. */
export const CLASS_PREFIX = 'nk-';

/**
 * Containers of person cards and sidebar lists (Tailwind/Bootstrap cards, list groups). A card is any
 * such element whose text carries a NIP; see cards.ts for the key/value reading.
 */
export const CARD_SELECTOR = [
  '.card',
  '[class*="card"]',
  '.list-group-item',
  '.media',
  '.info-box',
  '.profile',
  '.pegawai',
  'li.person',
  // Sidebar lists of subordinates: "Nama<br><small>NIP</small>" per item.
  'aside li',
  '.sidebar li',
  '.list-group > a',
].join(',');

/** Section rows of an SKP table: "Utama" / "Tambahan" (docs/pages.md#pattern-2). */
export const SECTION_UTAMA = /^(?:[A-Z0-9IVX]{1,3}[.)]\s*)?(?:rhk\s+|hasil\s+kerja\s+|kinerja\s+)?utama$/i;
export const SECTION_TAMBAHAN =
  /^(?:[A-Z0-9IVX]{1,3}[.)]\s*)?(?:rhk\s+|hasil\s+kerja\s+|kinerja\s+)?tambahan$/i;

/** Key/value lines on cards and in header tables: "Nama : ...", "NIP : ...". */
export const KEY_VALUE = /^\s*([A-Za-z][A-Za-z ./]{0,40}?)\s*:\s*(.+)$/;
export const KEY_NAME = /^(nama|nama pegawai|nama lengkap|pegawai|asn)$/i;
export const KEY_NIP = /^(nip|nip pegawai|nip baru|nomor induk pegawai)$/i;
export const KEY_CAPAIAN = /^(capaian|capaian kinerja|kinerja|nilai capaian|persentase|progress|progres)$/i;
export const KEY_PREDIKAT = /^(predikat|predikat kinerja|predikat kinerja pegawai)$/i;
export const KEY_STATUS = /^(status|status penilaian)$/i;

/** "PREDIKAT KINERJA : BAIK" and "RATING HASIL KINERJA : ..." lines printed under the tables. */
export const RATING_HASIL_LABEL = /rating\s+hasil\s+(kerja|kinerja)/i;

/** Status values that mean "not assessed yet". */
export const NOT_ASSESSED = /belum\s+(dinilai|disetujui|diverifikasi)|menunggu|pending/i;
