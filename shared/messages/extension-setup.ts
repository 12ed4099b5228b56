import type { MessageSection } from './types';

/**
 * Setting the extension up: its store listing and manifest (_locales is generated from these by
 * extension/build.ts), stored settings, the popup, the options page and importing a results package.
 * Keys are stable codes (UPPER_SNAKE).
 */
export const extensionSetupMessages = {
  // Store listing and manifest (_locales is generated from these by extension/build.ts)
  EXT_NAME: {
    id: 'Nilai Kerja: penilaian kinerja berbasis hasil',
    en: 'Nilai Kerja: result-based performance scoring',
  },
  EXT_SHORT_NAME: { id: 'Nilai Kerja', en: 'Nilai Kerja' },
  EXT_DESCRIPTION: {
    id: 'Capaian, rating dan predikat SKP (PermenPANRB 6/2022) langsung di halaman e-Kinerja. Tanpa server, tanpa akun.',
    en: 'SKP capaian, ratings and predikat (PermenPANRB 6/2022) right on e-Kinerja pages. No server, no account.',
  },
  EXT_BUILD_BAD_MATCH: {
    id: 'NILAI_KERJA_MATCHES berisi pola "{pattern}" yang tidak sah. Tulis seperti https://ekinerja.contohkab.go.id/* dan pisahkan beberapa pola dengan koma.',
    en: 'NILAI_KERJA_MATCHES contains the invalid pattern "{pattern}". Write it like https://ekinerja.examplekab.go.id/* and separate several patterns with commas.',
  },
  EXT_BUILD_CRX_NO_KEY: {
    id: 'Paket .crx untuk hosting sendiri tidak dibuat: belum ada kunci privat. Buat sekali dengan "npx tsx extension/crx.ts --new-key" (menulis {path}, diabaikan git) atau tunjuk kunci dengan NILAI_KERJA_CRX_KEY, lalu simpan cadangannya di luar repositori: ID ekstensi bergantung pada kunci itu.',
    en: 'No .crx for self-hosting was made: there is no private key yet. Make one once with "npx tsx extension/crx.ts --new-key" (writes {path}, ignored by git) or point NILAI_KERJA_CRX_KEY at a key, and keep a backup outside the repository: the extension id depends on it.',
  },
  EXT_BUILD_CRX_DONE: {
    id: 'Paket hosting sendiri: {crx} dan {xml} (ID ekstensi {id}; .crx diunduh dari {url}, ubah dengan NILAI_KERJA_CRX_URL). Kebijakan ExtensionInstallForcelist: {id};<alamat update.xml>',
    en: 'Self-hosting package: {crx} and {xml} (extension id {id}; the .crx is downloaded from {url}, change it with NILAI_KERJA_CRX_URL). ExtensionInstallForcelist policy: {id};<update.xml URL>',
  },
  // Storage (extension/src/storage.ts)
  EXT_STORAGE_INVALID: {
    id: 'Pengaturan "{key}" yang tersimpan rusak atau berasal dari versi lain; dipakai nilai bawaan. Periksa lagi di halaman Opsi.',
    en: 'The stored setting "{key}" is damaged or from another version; the default is used. Check it again on the Options page.',
  },
  EXT_STORAGE_VALUE_INVALID: {
    id: 'Pengaturan "{key}" tidak disimpan karena isinya tidak sah ({detail}). Perbaiki isiannya lalu simpan lagi.',
    en: 'The setting "{key}" was not saved because its value is invalid ({detail}). Correct it and save again.',
  },
  EXT_STORAGE_QUOTA: {
    id: 'Ruang penyimpanan ekstensi penuh (batas {limit} bita), sehingga "{key}" tidak tersimpan. Hapus paket hasil lama di halaman Opsi atau impor berkas yang lebih kecil.',
    en: 'The extension storage is full (limit {limit} bytes), so "{key}" was not saved. Remove the old results package on the Options page or import a smaller file.',
  },
  EXT_STORAGE_FAILED: {
    id: 'Pengaturan "{key}" gagal disimpan ({detail}). Coba lagi; jika berulang, muat ulang ekstensi.',
    en: 'The setting "{key}" could not be saved ({detail}). Try again; if it keeps happening, reload the extension.',
  },
  // Messaging between popup and content script (extension/src/messaging.ts)
  EXT_NO_CONTENT_SCRIPT: {
    id: 'Nilai Kerja belum berjalan di tab ini. Klik "Aktifkan di situs ini" atau "Jalankan sekali di tab ini".',
    en: 'Nilai Kerja is not running on this tab. Click "Enable on this site" or "Run once on this tab".',
  },
  EXT_BAD_REPLY: {
    id: 'Jawaban dari halaman tidak dikenali ({detail}). Muat ulang halaman lalu buka popup lagi.',
    en: 'The reply from the page was not recognised ({detail}). Reload the page and open the popup again.',
  },
  // Popup
  EXT_POPUP_TITLE: { id: 'Nilai Kerja', en: 'Nilai Kerja' },
  EXT_POPUP_PAGE_TYPE: { id: 'Jenis halaman', en: 'Page type' },
  EXT_POPUP_ROWS: { id: 'Baris dinilai', en: 'Rows scored' },
  EXT_POPUP_FIELDS: { id: 'Kolom dikenali', en: 'Columns recognised' },
  EXT_POPUP_NO_FIELDS: { id: 'belum ada', en: 'none yet' },
  EXT_POPUP_ISSUES: { id: 'Catatan', en: 'Notes' },
  EXT_POPUP_NO_ISSUES: { id: 'Tidak ada masalah.', en: 'No problems.' },
  EXT_POPUP_OVERLAY: { id: 'Tampilkan penilaian di halaman', en: 'Show scoring on the page' },
  EXT_POPUP_ENABLE_SITE: { id: 'Aktifkan di situs ini', en: 'Enable on this site' },
  EXT_POPUP_DISABLE_SITE: { id: 'Nonaktifkan di situs ini', en: 'Disable on this site' },
  EXT_POPUP_RUN_ONCE: { id: 'Jalankan sekali di tab ini', en: 'Run once on this tab' },
  EXT_POPUP_OPTIONS: { id: 'Opsi dan kebijakan', en: 'Options and policy' },
  EXT_POPUP_SITE_BUILTIN: {
    id: 'Situs ini selalu aktif (bawaan Nilai Kerja).',
    en: 'This site is always enabled (built into Nilai Kerja).',
  },
  EXT_POPUP_SITE_UNSUPPORTED: {
    id: 'Nilai Kerja tidak dapat berjalan di halaman ini (hanya halaman http/https).',
    en: 'Nilai Kerja cannot run on this page (http/https pages only).',
  },
  EXT_POPUP_PERMISSION_DENIED: {
    id: 'Izin untuk {origin} tidak diberikan. Klik lagi dan pilih "Izinkan" bila ingin mengaktifkan.',
    en: 'Permission for {origin} was not granted. Click again and choose "Allow" to enable it.',
  },
  EXT_POPUP_SITE_ENABLED: {
    id: 'Nilai Kerja aktif di {origin}.',
    en: 'Nilai Kerja is enabled on {origin}.',
  },
  EXT_POPUP_SITE_DISABLED: {
    id: 'Nilai Kerja dinonaktifkan di {origin}.',
    en: 'Nilai Kerja is disabled on {origin}.',
  },
  EXT_POPUP_RUN_FAILED: {
    id: 'Tidak dapat menjalankan Nilai Kerja di tab ini ({detail}).',
    en: 'Could not run Nilai Kerja on this tab ({detail}).',
  },
  EXT_POPUP_OVERLAY_ON: {
    id: 'Penilaian ditampilkan di halaman.',
    en: 'Scoring is shown on the page.',
  },
  EXT_POPUP_OVERLAY_OFF: {
    id: 'Penilaian disembunyikan dari halaman.',
    en: 'Scoring is hidden from the page.',
  },
  EXT_POPUP_STATUS_CHANGED: {
    id: 'Tab diperbarui: {page}, {rows} baris dinilai.',
    en: 'Tab updated: {page}, {rows} rows scored.',
  },
  // Options page
  EXT_OPTIONS_TITLE: { id: 'Nilai Kerja: opsi', en: 'Nilai Kerja: options' },
  EXT_OPTIONS_POLICY: { id: 'Kebijakan penilaian', en: 'Scoring policy' },
  EXT_OPTIONS_POLICY_NAME: { id: 'Nama kebijakan', en: 'Policy name' },
  EXT_OPTIONS_POLICY_VERSION: { id: 'Versi', en: 'Version' },
  EXT_OPTIONS_CAPAIAN_CAP: { id: 'Batas atas capaian', en: 'Capaian cap' },
  EXT_OPTIONS_RATING_BANDS: {
    id: 'Usulan rating hasil kerja: di atas ekspektasi / sesuai ekspektasi mulai',
    en: 'Proposed work-result rating: above / meeting expectations from',
  },
  EXT_OPTIONS_TPP_SHARES: {
    id: 'Porsi TPP kinerja / disiplin',
    en: 'TPP share performance / discipline',
  },
  EXT_OPTIONS_IMPORT: {
    id: 'Impor berkas JSON (kebijakan atau paket hasil dari add-on Sheets)',
    en: 'Import a JSON file (policy or results package from the Sheets add-on)',
  },
  EXT_OPTIONS_EXPORT: { id: 'Ekspor kebijakan (JSON)', en: 'Export policy (JSON)' },
  EXT_OPTIONS_IMPORTED_POLICY: {
    id: 'Kebijakan "{name}" diimpor dan disimpan.',
    en: 'Policy "{name}" imported and saved.',
  },
  EXT_OPTIONS_IMPORTED_PACKAGE: {
    id: 'Paket hasil diimpor dan disimpan ({count} pegawai), beserta kebijakannya.',
    en: 'Results package imported and saved ({count} employees), with its policy.',
  },
  EXT_OPTIONS_PACKAGE_SUMMARY: {
    id: 'Paket hasil untuk {nama} (NIP {nip}): {count} pegawai, dibuat {date}, kebijakan "{policy}".',
    en: 'Results package for {nama} (NIP {nip}): {count} employees, made {date}, policy "{policy}".',
  },
  EXT_OPTIONS_IMPORT_FAILED: {
    id: 'Berkas "{file}" tidak diimpor: {detail}',
    en: 'File "{file}" was not imported: {detail}',
  },
  EXT_OPTIONS_PACKAGE: { id: 'Paket hasil dari add-on Sheets', en: 'Results package from the Sheets add-on' },
  EXT_OPTIONS_NO_PACKAGE: { id: 'Belum ada paket hasil.', en: 'No results package yet.' },
  EXT_OPTIONS_REMOVE_PACKAGE: { id: 'Hapus paket hasil', en: 'Remove results package' },
  EXT_OPTIONS_PACKAGE_REMOVED: {
    id: 'Paket hasil dihapus dari ekstensi; kebijakan yang berlaku tetap.',
    en: 'The results package was removed from the extension; the policy in force stays.',
  },
  EXT_OPTIONS_SITES: { id: 'Situs yang diaktifkan', en: 'Enabled sites' },
  EXT_OPTIONS_SITE_REMOVED: {
    id: 'Nilai Kerja tidak lagi berjalan di {origin}.',
    en: 'Nilai Kerja no longer runs on {origin}.',
  },
  EXT_OPTIONS_SITE_REMOVE_FAILED: {
    id: '{origin} tidak dapat dihapus (Chrome menolak mencabut izinnya). Coba lagi; jika berulang, muat ulang ekstensi.',
    en: '{origin} could not be removed (Chrome refused to revoke its permission). Try again; if it keeps happening, reload the extension.',
  },
  EXT_OPTIONS_SITE_BUILTIN: { id: '{origin} (bawaan)', en: '{origin} (built in)' },
  EXT_OPTIONS_NO_SITES: {
    id: 'Belum ada situs tambahan. Buka situs e-kinerja daerah Anda lalu klik "Aktifkan di situs ini" di popup.',
    en: 'No extra sites yet. Open your region\'s e-kinerja site and click "Enable on this site" in the popup.',
  },
  EXT_OPTIONS_REMOVE_SITE: { id: 'Hapus {origin}', en: 'Remove {origin}' },
  EXT_OPTIONS_PREFERENCES: { id: 'Tampilan dan bahasa', en: 'Display and language' },
  EXT_OPTIONS_LANG: { id: 'Bahasa', en: 'Language' },
  EXT_OPTIONS_LANG_ID: { id: 'Bahasa Indonesia', en: 'Indonesian' },
  EXT_OPTIONS_LANG_EN: { id: 'English', en: 'English' },
  EXT_OPTIONS_OVERLAY: { id: 'Tampilkan penilaian di halaman', en: 'Show scoring on the page' },
  EXT_OPTIONS_RESET: { id: 'Kembalikan ke bawaan', en: 'Reset to defaults' },
  EXT_OPTIONS_RESET_DONE: {
    id: 'Pengaturan dikembalikan ke bawaan nasional.',
    en: 'Settings reset to the national defaults.',
  },
  EXT_OPTIONS_SAVED: { id: 'Tersimpan.', en: 'Saved.' },
  EXT_OPTIONS_RESTORE: { id: 'Pulihkan kebijakan sebelumnya', en: 'Restore the previous policy' },
  EXT_OPTIONS_PREVIOUS: {
    id: 'Kebijakan sebelumnya: "{name}". Dapat dipulihkan bila perubahan terakhir keliru.',
    en: 'Previous policy: "{name}". It can be restored if the last change was a mistake.',
  },
  EXT_OPTIONS_NO_PREVIOUS: {
    id: 'Belum ada kebijakan sebelumnya yang dapat dipulihkan.',
    en: 'There is no previous policy to restore yet.',
  },
  EXT_OPTIONS_RESTORED: {
    id: 'Kebijakan sebelumnya "{name}" dipulihkan; kebijakan yang tadi berlaku kini menjadi kebijakan sebelumnya.',
    en: 'The previous policy "{name}" was restored; the policy that was in force is now the previous one.',
  },
  EXT_OPTIONS_POLICY_DAMAGED: {
    id: 'Kebijakan yang tersimpan di ekstensi rusak, jadi tidak dipakai dan sementara berlaku bawaan nasional. {detail} Impor ulang berkas kebijakan atau pulihkan kebijakan sebelumnya.',
    en: 'The policy stored in the extension is damaged, so it is not used and the national defaults apply for now. {detail} Re-import a policy file or restore the previous policy.',
  },
  EXT_OPTIONS_CONFIRM_TITLE: {
    id: 'Periksa perubahan sebelum menerapkan',
    en: 'Check the changes before applying',
  },
  EXT_OPTIONS_CONFIRM_IMPORT: {
    id: 'Berkas "{file}": kebijakan "{from}" akan diganti dengan "{to}".',
    en: 'File "{file}": the policy "{from}" will be replaced by "{to}".',
  },
  EXT_OPTIONS_CONFIRM_PACKAGE: {
    id: 'Paket hasil untuk {nama} berisi {count} pegawai akan menggantikan paket yang tersimpan, beserta kebijakannya.',
    en: 'A results package for {nama} of {count} employees will replace the stored package, together with its policy.',
  },
  EXT_OPTIONS_CONFIRM_RESET: {
    id: 'Semua pengaturan (kebijakan, paket hasil, bahasa, tampilan) kembali ke bawaan; situs yang diaktifkan tetap. Kebijakan "{from}" akan diganti dengan "{to}".',
    en: 'All settings (policy, results package, language, display) go back to the defaults; enabled sites stay. The policy "{from}" will be replaced by "{to}".',
  },
  EXT_OPTIONS_CONFIRM_RESTORE: {
    id: 'Kebijakan "{from}" akan diganti dengan kebijakan sebelumnya "{to}".',
    en: 'The policy "{from}" will be replaced by the previous policy "{to}".',
  },
  EXT_OPTIONS_CONFIRM_FIELD: { id: 'Isian', en: 'Field' },
  EXT_OPTIONS_CONFIRM_NOW: { id: 'Sekarang', en: 'Now' },
  EXT_OPTIONS_CONFIRM_AFTER: { id: 'Menjadi', en: 'Becomes' },
  EXT_OPTIONS_CONFIRM_NO_MAIN: {
    id: 'Angka yang ditampilkan di halaman ini tidak berubah.',
    en: 'The numbers shown on this page do not change.',
  },
  EXT_OPTIONS_CONFIRM_OTHERS: {
    id: '{count} isian lain juga berubah: {fields}.',
    en: '{count} other fields change too: {fields}.',
  },
  EXT_OPTIONS_CONFIRM_SAME: {
    id: 'Kebijakannya sama dengan yang berlaku.',
    en: 'The policy is the same as the one in force.',
  },
  EXT_OPTIONS_CONFIRM_KEEP: {
    id: 'Kebijakan yang berlaku sekarang disimpan sebagai kebijakan sebelumnya dan dapat dipulihkan.',
    en: 'The policy in force now is kept as the previous policy and can be restored.',
  },
  EXT_OPTIONS_CONFIRM_APPLY: { id: 'Terapkan', en: 'Apply' },
  EXT_OPTIONS_CONFIRM_CANCEL: { id: 'Batal', en: 'Cancel' },
  EXT_OPTIONS_CANCELLED: { id: 'Dibatalkan; tidak ada yang diubah.', en: 'Cancelled; nothing was changed.' },
  EXT_PACKAGE_NOT_PACKAGE: {
    id: 'Berkas ini bukan kebijakan maupun paket hasil Nilai Kerja (isian "{field}" tidak dikenal). Ekspor ulang dari add-on Sheets.',
    en: 'This file is neither a Nilai Kerja policy nor a results package (field "{field}" not recognised). Export it again from the Sheets add-on.',
  },
  EXT_PACKAGE_VERSION_NEWER: {
    id: 'Paket hasil ini dibuat oleh add-on Sheets yang lebih baru (paket versi {version}; ekstensi ini baru mengenal versi {supported}). Perbarui ekstensi Nilai Kerja, lalu impor lagi berkas yang sama.',
    en: 'This results package was made by a newer Sheets add-on (package version {version}; this extension knows up to version {supported}). Update the Nilai Kerja extension, then import the same file again.',
  },
  EXT_PACKAGE_VERSION_INVALID: {
    id: 'Paket hasil ini tidak memuat nomor versi yang sah (isian "version" harus berupa angka, mis. {supported}), jadi tidak dibaca. Ekspor ulang paket dari add-on Sheets lalu impor lagi.',
    en: 'This results package has no valid version number (field "version" must be a number, e.g. {supported}), so it was not read. Export the package again from the Sheets add-on and re-import it.',
  },
  EXT_PACKAGE_VERSION_UNKNOWN: {
    id: 'Paket hasil versi {version} tidak dikenal, jadi tidak dibaca. Ekspor ulang paket dari add-on Sheets lalu impor lagi.',
    en: 'Results package version {version} is unknown, so it was not read. Export the package again from the Sheets add-on and re-import it.',
  },
  EXT_IMPORT_NOT_JSON: {
    id: 'Berkas ini bukan JSON yang sah, jadi tidak dibaca sebagai kebijakan maupun paket hasil. Pilih berkas .json yang diekspor dari add-on Sheets atau dari halaman ini; bila berkas itu disunting dengan tangan, periksa tanda kutip dan koma.',
    en: 'This file is not valid JSON, so it was not read as a policy or a results package. Choose a .json file exported from the Sheets add-on or from this page; if the file was edited by hand, check its quotes and commas.',
  },
  EXT_IMPORT_NOT_JSON_AT: {
    id: 'Berkas ini bukan JSON yang sah (terhenti di baris {line}, kolom {column}), jadi tidak dibaca sebagai kebijakan maupun paket hasil. Pilih berkas .json yang diekspor dari add-on Sheets atau dari halaman ini; bila berkas itu disunting dengan tangan, periksa tanda kutip dan koma di sekitar tempat itu.',
    en: 'This file is not valid JSON (it stops at line {line}, column {column}), so it was not read as a policy or a results package. Choose a .json file exported from the Sheets add-on or from this page; if the file was edited by hand, check the quotes and commas around that place.',
  },
  EXT_IMPORT_TOO_LARGE: {
    id: 'Berkas ini terlalu besar ({size} MB; batas {limit} MB) untuk kebijakan atau paket hasil, jadi tidak dibaca. Pastikan yang dipilih adalah paket .json dari add-on Sheets untuk NIP Anda atau kebijakan yang diekspor.',
    en: 'This file is too large ({size} MB; the limit is {limit} MB) for a policy or a results package, so it was not read. Make sure you chose the .json package from the Sheets add-on for your NIP, or an exported policy.',
  },
  EXT_PACKAGE_FIELD_INVALID: {
    id: 'Paket hasil, isian "{field}" tidak sah ({detail}). Ekspor ulang paket dari add-on Sheets lalu impor lagi.',
    en: 'Results package, field "{field}" is invalid ({detail}). Export the package again from the Sheets add-on and re-import it.',
  },
  EXT_PACKAGE_VALUE_NOT_ALLOWED: {
    id: 'Paket hasil, isian "{field}" tidak sah: berisi {value}, bukan salah satu nilai yang dikenal ({allowed}), jadi paket tidak diimpor. Ekspor ulang paket dari add-on Sheets lalu impor lagi.',
    en: 'Results package, field "{field}" is invalid: it holds {value}, which is not one of the known values ({allowed}), so the package was not imported. Export the package again from the Sheets add-on and re-import it.',
  },
  EXT_PACKAGE_NO_EMPLOYEES: {
    id: 'Paket hasil untuk {nama} (NIP {nip}) tidak memuat satu pegawai pun (isian "employees" kosong), jadi tidak diimpor: add-on Sheets hanya membuat paket untuk atasan yang mempunyai bawahan. Ekspor ulang paket dari add-on Sheets lalu impor lagi.',
    en: 'The results package for {nama} (NIP {nip}) lists no employee at all (field "employees" is empty), so it was not imported: the Sheets add-on only makes a package for a supervisor who has subordinates. Export the package again from the Sheets add-on and re-import it.',
  },
  EXT_PACKAGE_EMPLOYEE_NIP_INVALID: {
    id: 'Paket hasil, isian "{field}" (pegawai ke-{number}, {nama}): "{value}" bukan NIP 18 angka yang sah, jadi paket tidak diimpor: hasil pegawai ini tidak dapat dicocokkan dengan halaman e-Kinerja, dan ekstensi tidak menebak siapa yang dimaksud. Ekspor ulang paket dari add-on Sheets lalu impor lagi, tanpa menyunting berkasnya.',
    en: 'Results package, field "{field}" (employee no. {number}, {nama}): "{value}" is not a valid 18-digit NIP, so the package was not imported: this employee\'s results cannot be matched to the e-Kinerja page, and the extension does not guess who is meant. Export the package again from the Sheets add-on and re-import it without editing the file.',
  },
  EXT_PACKAGE_EMPLOYEE_NIP_DUPLICATE: {
    id: 'Paket hasil: NIP {nip} tercantum dua kali, pada pegawai ke-{firstNumber} ({firstNama}, isian "{firstField}") dan pegawai ke-{number} ({nama}, isian "{field}"), jadi paket tidak diimpor: ekstensi tidak menebak hasil mana yang benar. Ekspor ulang paket dari add-on Sheets lalu impor lagi, tanpa menyunting berkasnya.',
    en: 'Results package: NIP {nip} is listed twice, for employee no. {firstNumber} ({firstNama}, field "{firstField}") and employee no. {number} ({nama}, field "{field}"), so the package was not imported: the extension does not guess which results are right. Export the package again from the Sheets add-on and re-import it without editing the file.',
  },
  EXT_PACKAGE_CAPAIAN_RANGE: {
    id: 'Paket hasil, isian "{field}" (pegawai ke-{number}, {nama}): capaian {value} berarti {percent} %, di luar {min} sampai {max} ({min} % sampai {maxPercent} %). Tidak ada capaian sungguhan yang sejauh itu (batas agregasi bawaan 120 %), jadi berkas ini tersunting atau rusak dan paket tidak diimpor. Ekspor ulang paket dari add-on Sheets lalu impor lagi.',
    en: 'Results package, field "{field}" (employee no. {number}, {nama}): capaian {value} means {percent} %, outside {min} to {max} ({min} % to {maxPercent} %). No real capaian comes near that (the default aggregation cap is 120 %), so the file was edited or damaged and the package was not imported. Export the package again from the Sheets add-on and re-import it.',
  },
  EXT_PACKAGE_WHOLE_OPD: {
    id: 'Paket ini berisi seluruh pegawai OPD (format lama, versi 1), jadi tidak diimpor: demi privasi, setiap atasan hanya menerima data bawahan langsungnya. Minta admin OPD mengekspor ulang lewat menu "Ekspor untuk ekstensi", yang kini membuat satu paket per atasan, lalu impor paket untuk NIP Anda.',
    en: 'This package holds every employee of the OPD (old format, version 1), so it was not imported: for privacy, each supervisor receives only their direct subordinates\' data. Ask the OPD admin to export again with "Export for the extension", which now makes one package per supervisor, then import the package for your NIP.',
  },
  EXT_PACKAGE_NEEDS_NIP: {
    id: 'Paket hasil untuk {nama} (NIP {nip}) belum diimpor: isi dan simpan dulu NIP Anda di bagian "Identitas Anda". Paket hanya diterima bila dibuat untuk NIP Anda.',
    en: 'The results package for {nama} (NIP {nip}) was not imported: first enter and save your NIP under "Who you are". A package is accepted only when it was made for your NIP.',
  },
  EXT_PACKAGE_OTHER_SUPERVISOR: {
    id: 'Paket ini untuk atasan lain, {nama} (NIP {nip}), bukan untuk NIP Anda {userNip}, jadi tidak diimpor: data bawahan atasan lain tidak disimpan di sini. Minta admin OPD paket untuk NIP Anda.',
    en: "This package is for another supervisor, {nama} (NIP {nip}), not for your NIP {userNip}, so it was not imported: another supervisor's subordinates' data is not kept here. Ask the OPD admin for the package for your NIP.",
  },
  EXT_PACKAGE_STORED_WHOLE_OPD: {
    id: 'Paket hasil lama untuk seluruh OPD (versi 1) dihapus dari ekstensi demi privasi. Impor paket untuk NIP Anda dari admin OPD.',
    en: 'The old results package for the whole OPD (version 1) was removed from the extension for privacy. Import the package for your NIP from the OPD admin.',
  },
  EXT_PACKAGE_STORED_NOT_YOURS: {
    id: 'Paket hasil tersimpan untuk {nama} (NIP {nip}) bukan untuk NIP Anda, jadi tidak dipakai dan dihapus dari ekstensi.',
    en: 'The stored results package for {nama} (NIP {nip}) is not for your NIP, so it is not used and was removed from the extension.',
  },
  // Managed settings (group policy: extension/src/managed.ts)
  EXT_MANAGED_LOCKED: {
    id: 'Diatur oleh kantor Anda (kebijakan grup), jadi tidak dapat diubah di sini.',
    en: 'Set by your office (group policy), so it cannot be changed here.',
  },
  EXT_MANAGED_INVALID: {
    id: 'Pengaturan "{key}" dari kantor Anda (kebijakan grup) tidak sah, jadi diabaikan seluruhnya dan pengaturan Anda sendiri yang dipakai: {detail} Beri tahu bagian TI kantor Anda.',
    en: 'The setting "{key}" from your office (group policy) is invalid, so it is ignored entirely and your own setting is used: {detail} Tell your office\'s IT staff.',
  },
  EXT_MANAGED_SITE_INVALID: {
    id: 'Pola situs "{pattern}" tidak sah. Tulis satu situs per pola, seperti https://ekinerja.contohkab.go.id/*; pola untuk semua situs (host "*", mis. https://*/*) tidak diterima.',
    en: 'The site pattern "{pattern}" is invalid. Write one site per pattern, like https://ekinerja.examplekab.go.id/*; a pattern for every site (host "*", e.g. https://*/*) is not accepted.',
  },
  EXT_MANAGED_POLICY_IMPORT: {
    id: 'Kebijakan diatur oleh kantor Anda, jadi berkas kebijakan tidak diimpor. Paket hasil tetap dapat diimpor.',
    en: 'The policy is set by your office, so a policy file is not imported. Results packages can still be imported.',
  },
  EXT_MANAGED_PACKAGE_POLICY: {
    id: 'Kebijakan tetap yang diatur oleh kantor Anda ("{name}"); hanya paket hasil yang disimpan.',
    en: 'The policy stays the one set by your office ("{name}"); only the results package is saved.',
  },
  EXT_MANAGED_SITE: { id: '{origin} (diatur oleh kantor Anda)', en: '{origin} (set by your office)' },
  EXT_MANAGED_SITE_NOT_GRANTED: {
    id: '{origin} (diatur oleh kantor Anda; izin belum diberikan)',
    en: '{origin} (set by your office; permission not granted yet)',
  },
  EXT_MANAGED_GRANT_SITES: { id: 'Izinkan situs dari kantor Anda', en: "Allow your office's sites" },
  EXT_OPTIONS_PRIVACY: {
    id: 'Kebijakan privasi: apa yang dibaca, di mana disimpan, dan bahwa tidak ada yang dikirim',
    en: 'Privacy policy: what is read, where it is stored, and that nothing is sent',
  },
  // Store images made by npm start (scripts/start-extension.ts)
  EXT_STORE_PROMO_TAGLINE: {
    id: 'Penilaian kinerja berbasis hasil, langsung di halaman e-Kinerja',
    en: 'Result-based performance scoring, right on e-Kinerja pages',
  },
  EXT_STORE_IMAGES_SAVED: {
    id: 'Gambar untuk toko ekstensi ({count} tangkapan layar 1280x800 dan ubin promosi 440x280) tersimpan di {dir}',
    en: 'Images for the extension stores ({count} screenshots of 1280x800 and a 440x280 promo tile) saved in {dir}',
  },
  EXT_OPTIONS_USER: { id: 'Identitas Anda', en: 'Who you are' },
  EXT_OPTIONS_USER_NIP: {
    id: 'NIP Anda (atasan yang memakai ekstensi ini)',
    en: 'Your NIP (the supervisor using this extension)',
  },
  EXT_OPTIONS_USER_SAVE: { id: 'Simpan NIP', en: 'Save NIP' },
  EXT_OPTIONS_USER_HELP: {
    id: 'Paket hasil dari add-on Sheets hanya diimpor bila dibuat untuk NIP ini, sehingga ekstensi hanya menyimpan data bawahan Anda sendiri.',
    en: "A results package from the Sheets add-on is imported only when it was made for this NIP, so the extension keeps only your own subordinates' data.",
  },
  EXT_OPTIONS_USER_NONE: {
    id: 'Belum ada NIP tersimpan: isi NIP Anda sebelum mengimpor paket hasil.',
    en: 'No NIP saved yet: enter your NIP before importing a results package.',
  },
  EXT_OPTIONS_USER_CURRENT: { id: 'NIP tersimpan: {nip}.', en: 'Saved NIP: {nip}.' },
  EXT_OPTIONS_USER_SAVED: { id: 'NIP {nip} disimpan.', en: 'NIP {nip} saved.' },
  EXT_OPTIONS_USER_SAVED_REMOVED: {
    id: 'NIP {nip} disimpan. Paket hasil tersimpan untuk {nama} (NIP {old}) bukan untuk NIP ini, jadi dihapus.',
    en: 'NIP {nip} saved. The stored results package for {nama} (NIP {old}) is not for this NIP, so it was removed.',
  },
  EXT_OPTIONS_USER_INVALID: { id: 'NIP tidak disimpan: {detail}', en: 'The NIP was not saved: {detail}' },
} satisfies MessageSection;
