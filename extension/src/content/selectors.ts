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

/**
 * Status values that mean "not assessed yet", beyond the core's vocabulary: regional lists also write
 * a bare "Belum", "Draft" or "Proses" (docs/pages.md#pattern-11).
 */
export const NOT_ASSESSED =
  /belum\s+(dinilai|disetujui|diverifikasi)|menunggu|pending|^belum$|^draft$|^proses$/i;

/** Status values that mean the person's SKP is done ("Selesai", "Sudah", "Final"): not *belum dinilai*. */
export const ASSESSED_DONE = /^(selesai|sudah|final|close[d]?|tuntas)$/i;

/**
 * "n/m" assessed progress in a status or progress cell: "3/5", "3/5 dinilai", "3 dari 5 dinilai",
 * "0 / 4 indikator" (docs/pages.md#pattern-11). A date ("12/05/2025") has a third part and never matches.
 */
export const ASSESSED_PROGRESS =
  /^(\d{1,3})\s*(?:\/|dari|of)\s*(\d{1,3})(?:\s+(?:dinilai|sudah dinilai|disetujui|terverifikasi|diverifikasi|indikator|rhk|kegiatan|assessed))?$/i;

/** Rows under a list that are not people: totals and deductions (docs/pages.md#pattern-14). */
export const TOTAL_ROW = /^(?:sub\s*)?(?:total|jumlah|pengurangan|potongan|rata[- ]?rata|grand\s+total)\b/i;

/**
 * A pagination note under a list ("Menampilkan 1 sampai 10 dari 23 data", DataTables and
 * bootstrap-table, id and en): the groups are first, last, total.
 */
export const PAGINATION_INFO =
  /(\d[\d.,]*)\s*(?:sampai|hingga|s\/d|s\.d\.?|to|-|–)\s*(\d[\d.,]*)\s*(?:dari|of)\s*(?:total\s*)?(\d[\d.,]*)/i;

/** A search that hid rows: "(disaring dari 10 entri keseluruhan)", "(filtered from 10 total entries)". */
export const PAGINATION_FILTERED =
  /(?:disaring|difilter|filtered)\s+(?:dari|from)\s+(?:total\s+)?(\d[\d.,]*)/i;

/** The page-length choice beside a list ("Tampilkan [10] entri": DataTables, bootstrap-table). */
export const PAGE_LENGTH_SELECTOR =
  '.dataTables_length select, .dt-length select, select.page-size, select[name$="_length"]';

/** Where such notes live, nearest first (DataTables, bootstrap-table, Laravel/CI paginators). */
export const PAGINATION_INFO_SELECTOR =
  '.dataTables_info, .dt-info, .pagination-info, .page-info, .table-info, [role="status"]';

/** A list's header that counts assessed indicators ("Progres Penilaian", "Dinilai"). */
export const ASSESSED_HEADER =
  /^(progres(s)?(\s+penilaian)?|penilaian|dinilai|jumlah\s+dinilai|status\s+penilaian)$/i;
