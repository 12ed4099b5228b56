import type { MessageSection } from './types';

/** Messages of the Sekda's recap across OPDs (shared/recap, features/recap). Keys are stable codes. */
export const recapMessages = {
  RECAP_MENU_EXPORT: { id: 'Ekspor paket OPD', en: 'Export OPD package' },
  RECAP_MENU_RECAP: { id: 'Rekap OPD (Sekda)...', en: 'OPD recap (Sekda)...' },
  RECAP_OPD_NAME_NEEDED_NO_UNIT: {
    id: 'Daftar pegawai tidak menyebut unit kerja maupun OPD. Tulis nama OPD di kotak "Nama OPD" (atau isi kolom Unit Kerja atau OPD/UNOR di daftar pegawai), lalu ekspor lagi.',
    en: 'The employee list names neither a work unit nor an OPD. Type the OPD name in the "OPD name" box (or fill a Unit Kerja or OPD/UNOR column in the employee list) and export again.',
  },
  RECAP_OPD_NAME_NEEDED: {
    id: 'Unit "{unit}" tidak menyebut OPD-nya. Tulis nama OPD di kotak "Nama OPD" (atau kolom OPD/UNOR di daftar pegawai), lalu ekspor lagi.',
    en: 'Unit "{unit}" names no OPD. Type the OPD name in the "OPD name" box (or an OPD/UNOR column in the employee list) and export again.',
  },
  RECAP_PACKAGE_BUILD_FAILED: {
    id: 'Paket OPD {opd} tidak dapat dibuat karena isinya tidak konsisten: {detail}. Jalankan Hitung nilai, periksa Masalah Data, lalu ekspor lagi.',
    en: 'The OPD package of {opd} could not be built because its content is inconsistent: {detail}. Run Compute scores, check Data problems, then export again.',
  },
  RECAP_NO_PERIOD: {
    id: 'Periode belum diketahui: tulis periodenya di judul tabel atau nama sheet (mis. "Maret 2025"), pilih di Petakan kolom, atau isi kotak "Periode" lalu ekspor lagi.',
    en: 'The period is unknown: write it in a table title or sheet name (e.g. "Maret 2025"), choose it in Map columns, or fill the "Period" box and export again.',
  },
  RECAP_PERIOD_INVALID: {
    id: 'Periode "{value}" tidak dapat dibaca: {detail}. Tulis satu periode, mis. "Maret 2025", "Triwulan I 2025" atau "2025".',
    en: 'Period "{value}" cannot be read: {detail}. Write one period, e.g. "Maret 2025", "Triwulan I 2025" or "2025".',
  },
  RECAP_PERIOD_RANGE: {
    id: 'teks itu menyebut rentang atau lebih dari satu periode',
    en: 'it names a range or more than one period',
  },
  RECAP_PERIOD_UNREAD: {
    id: 'tidak ada bulan, triwulan, semester atau tahun beserta tahunnya',
    en: 'it names no month, quarter, semester or year with its year',
  },
  RECAP_PERIOD_CONFLICT: {
    id: 'Periode yang diketik ({typed}) berbeda dengan periode data ({data}). Kosongkan kotak Periode atau pilih periode lain di Petakan kolom.',
    en: 'The period typed ({typed}) differs from the data period ({data}). Clear the Period box or choose another period in Map columns.',
  },
  RECAP_PACKAGE_REASONS_WITHHELD: {
    id: 'Alasan "{kind}" tidak disertakan di paket OPD: hukuman disiplin diputuskan oleh pejabat yang berwenang menghukum setelah pemeriksaan (PP 94/2021). Rinciannya ada pada admin OPD.',
    en: 'The reasons for "{kind}" are not in the OPD package: a hukuman disiplin is decided by the official with the authority to impose it, after an examination (PP 94/2021). The OPD admin has the details.',
  },
  RECAP_SAKIP_DRAFT: {
    id: 'SAKIP {opd} ({score}) masih ditentukan putaran {round}, belum putaran final ({unanswered} kriteria belum dijawab): nilainya ditampilkan tetapi tidak ikut peringkat SAKIP maupun Terbaik. Minta OPD mengirim paket setelah penilaian final.',
    en: 'SAKIP of {opd} ({score}) is still decided by the {round} round, not the final one ({unanswered} criteria unanswered): it is shown but left out of the SAKIP ranking and the best. Ask the OPD for a package after the final evaluation.',
  },
  RECAP_EXPORT_TITLE: { id: 'Ekspor paket OPD', en: 'Export OPD package' },
  RECAP_EXPORT_HELP: {
    id: '{packages} paket OPD untuk periode {period} ({employees} pegawai, {named} disebut namanya). Unduh dan serahkan ke Bagian Organisasi/BKPSDM untuk Rekap OPD. Berkas hanya berpindah lewat unduhan Anda sendiri.',
    en: '{packages} OPD package(s) for {period} ({employees} employees, {named} named). Download and hand it to the Organisation section/BKPSDM for the OPD recap. The file only moves through your own download.',
  },
  RECAP_EXPORT_SCOPE_KANDIDAT: {
    id: 'Sesuai kebijakan, paket hanya menyebut nama pegawai yang diusulkan penghargaan, pembinaan, teguran atau sanksi, yang stagnan dan yang paling meningkat; pegawai lain hanya dihitung.',
    en: 'As the policy says, the package names only employees proposed for an award, coaching, a reprimand or a sanction, the stagnant and the most improved; the others are only counted.',
  },
  RECAP_EXPORT_SCOPE_SEMUA: {
    id: 'Sesuai kebijakan, paket memuat hasil setiap pegawai (nama, NIP, capaian, predikat, alasan).',
    en: "As the policy says, the package holds every employee's result (name, NIP, achievement, predikat, reasons).",
  },
  RECAP_EXPORT_NO_RESULTS: {
    id: 'Tidak ada data hasil kerja (target dan realisasi per indikator, atau capaian/nilai SKP per pegawai): paket OPD tidak memuat capaian, rating hasil maupun predikat pegawai, sehingga Rekap OPD menampilkan OPD ini tanpa sebaran predikat; disiplin, SAKIP dan RB tetap termuat. Isi sheet "{sheet}" atau rekap capaian SKP per pegawai, atau tunjukkan sheet yang memuatnya lewat menu "Petakan kolom...", lalu ekspor lagi.',
    en: 'There is no result data (target and realisation per indicator, or SKP achievement/score per employee): the OPD package holds no achievement, hasil rating or predikat, so the OPD recap shows this OPD without a predikat distribution; discipline, SAKIP and RB are still included. Fill in the "{sheet}" sheet or a recap of SKP achievement per employee, or point to the sheet that holds it with the menu "Map columns...", then export again.',
  },
  RECAP_EXPORT_FILE: { id: 'paket-opd-{opd}-{period}.json', en: 'opd-package-{opd}-{period}.json' },
  RECAP_EXPORT_HEADLESS: {
    id: '{packages} paket OPD dibuat untuk periode {period} ({size} karakter).',
    en: '{packages} OPD package(s) built for {period} ({size} characters).',
  },
  RECAP_UI_OPD_NAME: { id: 'Nama OPD', en: 'OPD name' },
  RECAP_UI_PERIOD: { id: 'Periode (bila data tidak menyebutnya)', en: 'Period (when the data names none)' },
  RECAP_UI_BUILD: { id: 'Buat paket', en: 'Build package' },
  RECAP_UI_COL_OPD: { id: 'OPD', en: 'OPD' },
  RECAP_UI_COL_PERIOD: { id: 'Periode', en: 'Period' },
  RECAP_UI_COL_EMPLOYEES: { id: 'Pegawai', en: 'Employees' },
  RECAP_UI_COL_FILE: { id: 'Berkas', en: 'File' },
  RECAP_UI_COL_STATUS: { id: 'Hasil pemeriksaan', en: 'Check result' },
  RECAP_UI_PICK: {
    id: 'Pilih berkas paket OPD (.json), boleh banyak sekaligus',
    en: 'Choose OPD package files (.json), several at once',
  },
  RECAP_UI_IMPORT: { id: 'Impor dan buat rekap', en: 'Import and build the recap' },
  RECAP_UI_REBUILD: { id: 'Buat ulang rekap dari arsip', en: 'Rebuild the recap from the archive' },
  RECAP_UI_READING: { id: 'Membaca {count} berkas...', en: 'Reading {count} file(s)...' },
  RECAP_UI_FILE_UNREADABLE: {
    id: 'Berkas "{file}" tidak dapat dibaca di peramban: {detail}.',
    en: 'File "{file}" could not be read in the browser: {detail}.',
  },
  RECAP_UI_TOO_LARGE: {
    id: 'Berkas "{file}" terlalu besar ({size} MB; paling besar {max} MB). Minta OPD mengekspor ulang dengan kebijakan "kandidat".',
    en: 'File "{file}" is too large ({size} MB; at most {max} MB). Ask the OPD to export again with the "kandidat" policy.',
  },
  RECAP_IMPORT_TITLE: { id: 'Rekap OPD', en: 'OPD recap' },
  RECAP_IMPORT_HELP: {
    id: 'Pilih paket OPD yang dikirim OPD (berkas dari menu Ekspor paket OPD). Berkas dibaca di sidebar ini, diperiksa, lalu ditulis ke sheet; add-on tidak membuka berkas lain di Drive Anda. Mengimpor paket yang sama dua kali tidak menggandakannya: paket OPD dan periode yang sama menggantikan yang lama.',
    en: 'Choose the packages the OPDs sent (files from Export OPD package). Files are read in this sidebar, checked, then written to sheets; the add-on opens no other file in your Drive. Importing the same package twice does not duplicate it: a package of the same OPD and period replaces the old one.',
  },
  RECAP_FILE_OK: {
    id: '{opd}, {period}: {employees} pegawai, dibuat {generatedAt}.',
    en: '{opd}, {period}: {employees} employees, built {generatedAt}.',
  },
  RECAP_FILE_REPLACES: {
    id: 'menggantikan paket {opd} {period} yang diimpor sebelumnya (dibuat {generatedAt}).',
    en: 'replaces the {opd} {period} package imported before (built {generatedAt}).',
  },
  RECAP_FILE_OLDER: {
    id: 'Berkas "{file}" adalah paket {opd} {period} yang dibuat {generatedAt}, lebih lama dari paket yang sudah ada di arsip (dibuat {archived}); paket lama tidak menggantikan yang baru. Bila paket lama ini memang yang berlaku, hapus dulu baris {opd} {period} dari sheet "{sheet}", lalu impor lagi; bila tidak, keluarkan berkas ini.',
    en: 'File "{file}" is the {opd} {period} package built {generatedAt}, older than the one already in the archive (built {archived}); an older package does not replace a newer one. If this older package is the one that holds, first delete the {opd} {period} rows from sheet "{sheet}" and import again; otherwise leave this file out.',
  },
  RECAP_FILE_SAME: {
    id: 'sama dengan paket yang sudah ada di arsip; tidak ada yang berubah.',
    en: 'the same as the package already in the archive; nothing changes.',
  },
  RECAP_FILE_NOT_JSON: {
    id: 'Berkas "{file}" bukan JSON yang utuh (rusak atau terpotong): {detail}. Minta OPD mengirim ulang berkasnya.',
    en: 'File "{file}" is not complete JSON (damaged or cut off): {detail}. Ask the OPD to send the file again.',
  },
  RECAP_FILE_RESULTS_PACKAGE: {
    id: 'Berkas "{file}" adalah paket atasan untuk ekstensi (nilai-kerja/results), bukan paket OPD. Minta OPD memakai menu Ekspor paket OPD.',
    en: 'File "{file}" is a supervisor package for the extension (nilai-kerja/results), not an OPD package. Ask the OPD to use Export OPD package.',
  },
  RECAP_FILE_FOREIGN: {
    id: 'Berkas "{file}" bukan paket OPD Nilai Kerja (format "{format}"). Pilih berkas dari menu Ekspor paket OPD.',
    en: 'File "{file}" is not a Nilai Kerja OPD package (format "{format}"). Choose a file from Export OPD package.',
  },
  RECAP_FILE_VERSION: {
    id: 'Berkas "{file}" memakai versi paket {version}, sedangkan add-on ini membaca versi {expected}. Perbarui add-on atau minta OPD mengekspor ulang.',
    en: 'File "{file}" uses package version {version}, while this add-on reads version {expected}. Update the add-on or ask the OPD to export again.',
  },
  RECAP_FILE_VERSION_MISSING: {
    id: 'Berkas "{file}" tanpa nomor versi paket, sedangkan add-on ini membaca versi {expected}. Berkas itu diubah tangan atau bukan dari menu Ekspor paket OPD: minta OPD mengekspor ulang.',
    en: 'File "{file}" has no package version number, while this add-on reads version {expected}. It was edited by hand or not made by Export OPD package: ask the OPD to export again.',
  },
  RECAP_FILE_VERSION_NOT_NUMBER: {
    id: 'Berkas "{file}" menulis versi paket sebagai {version}, bukan angka; add-on ini membaca versi {expected}. Berkas itu diubah tangan atau bukan dari menu Ekspor paket OPD: minta OPD mengekspor ulang.',
    en: 'File "{file}" gives its package version as {version}, not a number; this add-on reads version {expected}. It was edited by hand or not made by Export OPD package: ask the OPD to export again.',
  },
  RECAP_FILE_INVALID: {
    id: 'Berkas "{file}" rusak atau diubah tangan: {detail}. Minta OPD mengekspor ulang; tidak ada yang ditulis.',
    en: 'File "{file}" is damaged or was edited by hand: {detail}. Ask the OPD to export again; nothing was written.',
  },
  // What does not add up in a package (shared/recap/schema.ts), shown inside RECAP_FILE_INVALID.
  RECAP_CHECK_TOTAL_COUNTS: {
    id: 'jumlah predikat ({counted}) tidak sama dengan jumlah pegawai ({employees})',
    en: 'the predikat counts ({counted}) do not add up to the employees ({employees})',
  },
  RECAP_CHECK_SCORED: {
    id: 'pegawai dinilai ({scored}) lebih banyak dari jumlah pegawai ({employees})',
    en: 'more employees scored ({scored}) than employees ({employees})',
  },
  RECAP_CHECK_UNITS_EMPLOYEES: {
    id: 'jumlah pegawai unit ({inUnits}) tidak sama dengan total ({employees})',
    en: "the units' employees ({inUnits}) do not add up to the total ({employees})",
  },
  RECAP_CHECK_UNIT_COUNTS: {
    id: 'unit "{unit}": jumlah predikat dan yang belum berpredikat ({counted}) tidak sama dengan jumlah pegawainya ({employees})',
    en: 'unit "{unit}": its predikat counts and those without one ({counted}) do not add up to its employees ({employees})',
  },
  RECAP_CHECK_UNITS_PREDIKAT: {
    id: 'predikat {predikat}: jumlah di semua unit ({inUnits}) tidak sama dengan total OPD ({total})',
    en: "predikat {predikat}: the units' counts ({inUnits}) do not add up to the OPD total ({total})",
  },
  RECAP_CHECK_UNITS_WITHOUT: {
    id: 'pegawai tanpa predikat: jumlah di semua unit ({inUnits}) tidak sama dengan total OPD ({total})',
    en: "employees without predikat: the units' count ({inUnits}) does not add up to the OPD total ({total})",
  },
  RECAP_CHECK_DISTRIBUTION_NO_RULES: {
    id: 'unit "{unit}" tertulis melanggar SE 3/2023 tanpa menyebut aturan yang dilanggar',
    en: 'unit "{unit}" is marked off SE 3/2023 without naming the rules it breaks',
  },
  RECAP_CHECK_DISTRIBUTION_RULES: {
    id: 'unit "{unit}" tidak tertulis melanggar SE 3/2023 tetapi menyebut {rules} aturan yang dilanggar',
    en: 'unit "{unit}" is not marked off SE 3/2023 yet names {rules} rule(s) it breaks',
  },
  RECAP_CHECK_DISTRIBUTION_COUNTS: {
    id: 'hasil SE 3/2023 unit {units} tidak sesuai dengan jumlah predikat pegawainya menurut kebijakan {policy} yang juga dipakai buku kerja ini',
    en: "the SE 3/2023 result of unit(s) {units} does not match their employees' predikat counts under policy {policy}, which this workbook uses too",
  },
  RECAP_PACKAGE_PRESET_CUSTOM: {
    id: 'Kebijakan "{name}" menyebut preset "{preset}", tetapi nilainya berbeda dari preset itu, jadi paket OPD mencatatnya sebagai kebijakan kustom ("{custom}"), bukan "{preset}". Bila OPD ini memang memakai preset "{preset}", buka "Pengaturan kebijakan...", pilih preset itu, simpan, lalu ekspor lagi.',
    en: 'Policy "{name}" names preset "{preset}", but its values differ from that preset, so the OPD package records it as a custom policy ("{custom}"), not "{preset}". If this OPD does use preset "{preset}", open "Policy settings...", pick that preset, save, and export again.',
  },
  RECAP_CHECK_PRESET_UNKNOWN: {
    id: 'Paket {file} ({opd}) menyebut preset kebijakan "{preset}", yang tidak dikenal (preset yang ada: {presets}), jadi OPD ini dianggap memakai kebijakan kustom ("{custom}"): paketnya tidak dinilai menurut aturan preset mana pun. Bila perlu, minta OPD memeriksa "Pengaturan kebijakan..." lalu mengekspor ulang paketnya.',
    en: 'Package {file} ({opd}) names policy preset "{preset}", which is unknown (the presets are: {presets}), so this OPD is taken to use a custom policy ("{custom}"): its package is not judged by any preset\'s rules. If needed, ask the OPD to check "Policy settings..." and export its package again.',
  },
  RECAP_CHECK_PRESET_CLAIM: {
    id: 'Paket {file} ({opd}) menyebut preset kebijakan "{preset}", tetapi isinya tidak sesuai preset itu ({detail}), jadi OPD ini dianggap memakai kebijakan kustom ("{custom}"): paketnya tidak dinilai menurut aturan preset itu. Bila OPD ini memang memakai preset "{preset}", minta OPD memilih preset itu di "Pengaturan kebijakan...", menyimpan, lalu mengekspor ulang paketnya.',
    en: 'Package {file} ({opd}) names policy preset "{preset}", but its content does not match that preset ({detail}), so this OPD is taken to use a custom policy ("{custom}"): its package is not judged by that preset\'s rules. If this OPD does use preset "{preset}", ask it to pick that preset in "Policy settings...", save, and export its package again.',
  },
  RECAP_CHECK_PRESET_CLAMP_OFF: {
    id: 'paket membiarkan capaian di bawah 0, sedangkan preset itu menghitungnya 0',
    en: 'the package keeps capaian below 0, while that preset counts them as 0',
  },
  RECAP_CHECK_PRESET_CLAMP_ON: {
    id: 'paket menghitung capaian di bawah 0 sebagai 0, sedangkan preset itu membiarkannya di bawah 0',
    en: 'the package counts capaian below 0 as 0, while that preset keeps them below 0',
  },
  RECAP_CHECK_PRESET_SCOPE: {
    id: 'paket memuat pegawai "{scope}", sedangkan preset itu memuat "{presetScope}"',
    en: 'the package holds employees "{scope}", while that preset holds "{presetScope}"',
  },
  RECAP_CHECK_PRESET_DISTRIBUTION: {
    id: 'hasil SE 3/2023 unit {units} tidak sesuai dengan jumlah predikat pegawainya menurut aturan sebaran preset itu',
    en: "the SE 3/2023 result of unit(s) {units} does not match their employees' predikat counts under that preset's distribution rules",
  },
  RECAP_CHECK_CAPAIAN_RANGE: {
    id: 'nilai {value} di luar batas {min} sampai {max} (capaian 1 = 100%)',
    en: 'value {value} is outside {min} to {max} (capaian 1 = 100%)',
  },
  RECAP_CHECK_EMPLOYEES_INCOMPLETE: {
    id: 'daftar pegawai tidak lengkap ({listed} dari {employees})',
    en: 'the employee list is incomplete ({listed} of {employees})',
  },
  RECAP_CHECK_EMPLOYEES_MORE: {
    id: 'pegawai lebih banyak dari total ({listed}, total {employees})',
    en: 'more employees than the total ({listed}, total {employees})',
  },
  RECAP_CHECK_NIP_DUPLICATE: { id: 'NIP ganda {nip}', en: 'NIP {nip} appears twice' },
  RECAP_CHECK_TREND_DUPLICATE: {
    id: 'periode {key} tertulis dua kali di tren',
    en: 'period {key} appears twice in the trend',
  },
  RECAP_CHECK_TREND_ORDER: {
    id: 'periode {key} di tren tidak berurutan (tertulis sesudah {before})',
    en: 'period {key} in the trend is out of order (after {before})',
  },
  RECAP_CHECK_TREND_AFTER: {
    id: 'periode {key} di tren sesudah periode paket ({period})',
    en: "period {key} in the trend is after the package's period ({period})",
  },
  RECAP_FILE_DUPLICATE: {
    id: 'Berkas "{file}" dan "{other}" sama-sama paket {opd} {period}. Pilih satu saja.',
    en: 'Files "{file}" and "{other}" are both the {opd} {period} package. Choose only one.',
  },
  RECAP_FILES_NONE: { id: 'Tidak ada berkas yang dipilih.', en: 'No file was chosen.' },
  RECAP_FILES_TOO_MANY: {
    id: '{count} berkas dipilih; paling banyak {max} sekaligus. Impor dalam beberapa kali.',
    en: '{count} files chosen; at most {max} at once. Import in several rounds.',
  },
  RECAP_REFUSED: {
    id: 'Impor dibatalkan, tidak ada yang ditulis: {count} berkas tidak dapat diterima. Keluarkan atau perbaiki berkas itu lalu impor lagi.',
    en: 'Import cancelled, nothing written: {count} file(s) cannot be accepted. Remove or fix them and import again.',
  },
  RECAP_ARCHIVE_ROW_BROKEN: {
    id: 'paket {key} di arsip tidak dapat dibaca ({detail}); baris itu disalin apa adanya dan tidak masuk rekap. Impor ulang paket itu.',
    en: 'package {key} in the archive cannot be read ({detail}); the row is copied as it is and left out of the recap. Import that package again.',
  },
  RECAP_ARCHIVE_ROW_REPEATED: {
    id: 'baris ini sama persis dengan baris {first} (paket {key}); dibaca sekali dan ditulis sekali saat arsip ditulis ulang.',
    en: 'this row is exactly row {first} again (package {key}); it is read once and written once when the archive is rewritten.',
  },
  RECAP_DAMAGED_IN_ARCHIVE: {
    id: 'paket rusak di arsip ({period})',
    en: 'damaged package in the archive ({period})',
  },
  RECAP_NO_ARCHIVE: {
    id: 'Belum ada paket OPD di arsip. Buka Rekap OPD dan impor paket yang dikirim OPD.',
    en: 'There is no OPD package in the archive yet. Open OPD recap and import the packages the OPDs sent.',
  },
  RECAP_DONE: {
    id: 'Rekap OPD periode {period}: {opds} OPD mengirim paket, {silent} belum; {imported} paket diimpor ({replaced} menggantikan yang lama, {same} tidak berubah). Lihat sheet "{sheet}".',
    en: 'OPD recap for {period}: {opds} OPD(s) sent a package, {silent} have not; {imported} package(s) imported ({replaced} replacing older ones, {same} unchanged). See sheet "{sheet}".',
  },
  RECAP_NOTHING_CHANGED: {
    id: '{count} paket sama persis dengan yang sudah ada di arsip: tidak ada yang berubah, rekap tidak ditulis ulang. Pakai "Buat ulang rekap dari arsip" bila Daftar OPD diubah.',
    en: '{count} package(s) are exactly those already in the archive: nothing changed, the recap was not rewritten. Use "Rebuild the recap from the archive" after editing Daftar OPD.',
  },
  RECAP_OTHER_PERIODS: {
    id: 'Paket periode lain ({periods}) disimpan di arsip sebagai riwayat; rekap menampilkan periode {period}.',
    en: 'Packages of other periods ({periods}) are kept in the archive as history; the recap shows {period}.',
  },
  RECAP_LATER_PACKAGES: {
    id: 'Rekap menampilkan periode {period}, periode paket terakhir sebagian besar OPD; paket periode lain yang lebih akhir (bukan riwayat) tidak masuk rekap ini: {packages}. Bila paket itu salah periode, minta OPD mengekspor ulang untuk {period}; bila periode baru memang dimulai, rekap berpindah ke periode itu setelah sebagian besar OPD mengirim paketnya.',
    en: "The recap shows {period}, the period of most OPDs' latest package; packages of other, later periods (not history) are not in this recap: {packages}. If such a package is of the wrong period, ask the OPD to export {period} again; if a new period has begun, the recap moves to it once most OPDs have sent theirs.",
  },
  RECAP_UNLISTED_FILE: {
    id: 'Berkas "{file}": OPD "{opd}" tidak ada di sheet "{sheet}"; nama terdekat di daftar: "{closest}". Paket ini tidak dihitung sebagai "{closest}" dan tidak menambah jumlah OPD. Bila OPD yang sama, samakan nama di "{sheet}" dengan nama di paket (atau minta OPD mengekspor ulang dengan nama di daftar), lalu buat ulang rekap.',
    en: 'File "{file}": OPD "{opd}" is not in sheet "{sheet}"; the closest name in the list is "{closest}". This package is not counted as "{closest}" and does not add to the number of OPDs. If it is the same OPD, make the name in "{sheet}" the package\'s (or ask the OPD to export again with the listed name), then rebuild the recap.',
  },
  RECAP_UNLISTED: {
    id: 'Paket {opd} periode {period} di arsip: OPD "{opd}" tidak ada di sheet "{sheet}"; nama terdekat di daftar: "{closest}". Paket ini tidak dihitung sebagai "{closest}" dan tidak menambah jumlah OPD. Bila OPD yang sama, samakan nama di "{sheet}" dengan nama di paket (atau minta OPD mengekspor ulang dengan nama di daftar), lalu buat ulang rekap.',
    en: 'Package {opd} {period} in the archive: OPD "{opd}" is not in sheet "{sheet}"; the closest name in the list is "{closest}". This package is not counted as "{closest}" and does not add to the number of OPDs. If it is the same OPD, make the name in "{sheet}" the package\'s (or ask the OPD to export again with the listed name), then rebuild the recap.',
  },
  RECAP_POLICIES_DIFFER: {
    id: 'OPD menilai dengan kebijakan berbeda ({policies}); hasil antar-OPD tidak sepenuhnya sebanding.',
    en: 'OPDs scored with different policies ({policies}); results across OPDs are not fully comparable.',
  },
  RECAP_LIST_CREATED: {
    id: 'Sheet "{sheet}" dibuat berisi {count} OPD yang sudah mengirim paket. Lengkapi dengan OPD lain agar yang belum mengirim terlihat.',
    en: 'Sheet "{sheet}" was created with the {count} OPD(s) that sent a package. Add the other OPDs so the silent ones show.',
  },
  RECAP_LIST_SHEET: { id: 'Daftar OPD', en: 'Daftar OPD' },
  RECAP_LIST_COL_NAME: { id: 'Nama OPD', en: 'OPD name' },
  RECAP_LIST_COL_KIND: { id: 'Jenis', en: 'Kind' },
  RECAP_LIST_COL_PILOT: { id: 'Percontohan RB', en: 'RB pilot' },
  RECAP_LIST_KIND_UNKNOWN: {
    id: 'Sheet "{sheet}" baris {row}, kolom {column}: jenis "{value}" tidak dikenal; dipakai jenis dari nama OPD ({kind}). Pilih dari daftar: {accepted}.',
    en: 'Sheet "{sheet}" row {row}, column {column}: kind "{value}" is unknown; the kind from the OPD name is used ({kind}). Choose from: {accepted}.',
  },
  RECAP_LIST_DUPLICATE: {
    id: 'Sheet "{sheet}" baris {row}: OPD "{opd}" sudah tertulis di baris {first}; baris ini diabaikan.',
    en: 'Sheet "{sheet}" row {row}: OPD "{opd}" is already listed on row {first}; this row is ignored.',
  },
  RECAP_SHEET_ARCHIVE: { id: 'Arsip Paket OPD', en: 'Arsip Paket OPD' },
  RECAP_SHEET_OPD: { id: 'Rekap OPD', en: 'Rekap OPD' },
  RECAP_SHEET_KECAMATAN: { id: 'Rekap Kecamatan', en: 'Rekap Kecamatan' },
  RECAP_SHEET_DISTRIBUTION: { id: 'Rekap Predikat OPD', en: 'Rekap Predikat OPD' },
  RECAP_SHEET_DUTIES: { id: 'Rekap Tugas Atasan', en: 'Rekap Tugas Atasan' },
  RECAP_SHEET_CANDIDATES: { id: 'Kandidat Lintas OPD', en: 'Kandidat Lintas OPD' },
  RECAP_SHEET_RB: { id: 'Rekap RB OPD', en: 'Rekap RB OPD' },
  RECAP_SHEET_DASHBOARD: { id: 'Dasbor OPD', en: 'Dasbor OPD' },
  RECAP_SHEET_PAPER: { id: 'Kertas Rapat Koordinasi', en: 'Kertas Rapat Koordinasi' },
  RECAP_ARCHIVE_COL_KEY: { id: 'Kunci (OPD|periode)', en: 'Key (OPD|period)' },
  RECAP_ARCHIVE_COL_PART: { id: 'Bagian', en: 'Part' },
  RECAP_ARCHIVE_COL_PARTS: { id: 'Dari', en: 'Of' },
  RECAP_ARCHIVE_COL_BUILT: { id: 'Dibuat', en: 'Built' },
  RECAP_ARCHIVE_COL_JSON: {
    id: 'Isi paket (JSON, jangan diubah)',
    en: 'Package content (JSON, do not edit)',
  },
  RECAP_OPD_TITLE: {
    id: 'Rekap OPD periode {period}: {sent} dari {expected} OPD mengirim paket',
    en: 'OPD recap for {period}: {sent} of {expected} OPDs sent a package',
  },
  RECAP_SECTION_BEST: { id: 'OPD terbaik menurut nilai SAKIP', en: 'Best OPDs by SAKIP score' },
  RECAP_SECTION_IMPROVED: { id: 'OPD paling meningkat', en: 'Most improved OPDs' },
  RECAP_SECTION_RANKING: { id: 'Peringkat OPD menurut nilai SAKIP', en: 'OPDs ranked by SAKIP score' },
  RECAP_SECTION_SILENT: {
    id: 'OPD yang belum mengirim paket periode ini',
    en: 'OPDs that have not sent a package for this period',
  },
  RECAP_SECTION_DETAIL: { id: 'Rincian per atasan', en: 'Detail per supervisor' },
  RECAP_NONE_SILENT: {
    id: 'Semua OPD yang diharapkan sudah mengirim paket.',
    en: 'Every expected OPD has sent a package.',
  },
  RECAP_NONE_BEST: {
    id: 'Belum ada OPD dengan nilai SAKIP pada periode ini.',
    en: 'No OPD has a SAKIP score for this period yet.',
  },
  RECAP_NONE_IMPROVED: {
    id: 'Belum dapat dihitung: perlu nilai SAKIP tahun lalu atau paket periode sebelumnya.',
    en: "Cannot be computed yet: needs last year's SAKIP score or a package of an earlier period.",
  },
  RECAP_PLACE: { id: 'Terbaik {place}', en: 'Best {place}' },
  RECAP_IMPROVED_SAKIP: {
    id: '{opd}: nilai SAKIP {from} -> {to} (+{change})',
    en: '{opd}: SAKIP score {from} -> {to} (+{change})',
  },
  RECAP_IMPROVED_CAPAIAN: {
    id: '{opd}: rata-rata capaian {from} -> {to} (+{change} poin, dibanding {since})',
    en: '{opd}: mean achievement {from} -> {to} (+{change} points, against {since})',
  },
  RECAP_NEVER_SENT: { id: 'belum pernah', en: 'never' },
  RECAP_COL_RANK: { id: 'Peringkat', en: 'Rank' },
  RECAP_COL_OPD: { id: 'OPD', en: 'OPD' },
  RECAP_COL_KIND: { id: 'Jenis', en: 'Kind' },
  RECAP_COL_SAKIP: { id: 'Nilai SAKIP', en: 'SAKIP score' },
  RECAP_COL_SAKIP_GRADE: { id: 'Predikat SAKIP', en: 'SAKIP grade' },
  RECAP_COL_SAKIP_PREVIOUS: { id: 'SAKIP sebelumnya', en: 'Previous SAKIP' },
  RECAP_COL_SAKIP_CHANGE: { id: 'Perubahan SAKIP', en: 'SAKIP change' },
  RECAP_COL_SAKIP_SOURCE: { id: 'Sumber SAKIP', en: 'SAKIP source' },
  RECAP_COL_MEAN_CAPAIAN: { id: 'Rata-rata capaian', en: 'Mean achievement' },
  RECAP_COL_CAPAIAN_CHANGE: { id: 'Perubahan capaian (poin)', en: 'Achievement change (points)' },
  RECAP_COL_EMPLOYEES: { id: 'Pegawai', en: 'Employees' },
  RECAP_COL_SCORED: { id: 'Dinilai', en: 'Scored' },
  RECAP_COL_PILOT: { id: 'Percontohan RB', en: 'RB pilot' },
  RECAP_COL_BUILT: { id: 'Paket dibuat', en: 'Package built' },
  RECAP_COL_POLICY: { id: 'Kebijakan penilaian', en: 'Scoring policy' },
  RECAP_COL_LAST_SENT: { id: 'Paket terakhir', en: 'Last package' },
  RECAP_COL_KECAMATAN_RANK: { id: 'Peringkat kecamatan', en: 'Rank among kecamatan' },
  RECAP_COL_WITHOUT_PREDIKAT: { id: 'Belum ada predikat', en: 'No predikat yet' },
  RECAP_COL_UNITS_CHECKED: { id: 'Unit diperiksa (SE 3/2023)', en: 'Units checked (SE 3/2023)' },
  RECAP_COL_UNITS_OFF: { id: 'Unit melanggar', en: 'Units off the rules' },
  RECAP_COL_RULES: { id: 'Aturan yang dilanggar', en: 'Rules broken' },
  RECAP_COL_SUPERVISORS: { id: 'Atasan dengan tugas terbuka', en: 'Supervisors with open duties' },
  RECAP_COL_TEGURAN: { id: 'Teguran belum diberikan', en: 'Reprimands not given' },
  RECAP_COL_APRESIASI: { id: 'Apresiasi belum diberikan', en: 'Appreciation not given' },
  RECAP_COL_UMPAN_BALIK: { id: 'Umpan balik belum diberikan', en: 'Feedback not given' },
  RECAP_COL_TOTAL: { id: 'Jumlah', en: 'Total' },
  RECAP_COL_SUPERVISOR: { id: 'Atasan', en: 'Supervisor' },
  RECAP_COL_NIP_ONE: { id: 'NIP', en: 'NIP' },
  RECAP_COL_UNIT_ONE: { id: 'Unit', en: 'Unit' },
  RECAP_COL_DUTY: { id: 'Tugas yang belum dilakukan', en: 'Duty not done' },
  RECAP_COL_CANDIDATE: { id: 'Jenis usulan', en: 'Proposal kind' },
  RECAP_COL_NAME: { id: 'Nama', en: 'Name' },
  RECAP_COL_CAPAIAN_ONE: { id: 'Capaian', en: 'Achievement' },
  RECAP_COL_PREDIKAT_ONE: { id: 'Predikat', en: 'Predikat' },
  RECAP_COL_CHANGE: { id: 'Perubahan (poin)', en: 'Change (points)' },
  RECAP_COL_REASONS: { id: 'Alasan', en: 'Reasons' },
  RECAP_COL_LKE: { id: 'Indeks LKE RB', en: 'LKE RB index' },
  RECAP_COL_LKE_MAX: { id: 'Maksimum', en: 'Maximum' },
  RECAP_COL_LKE_GRADE: { id: 'Predikat RB', en: 'RB grade' },
  RECAP_COL_ACTIONS: { id: 'Rencana aksi', en: 'Action plans' },
  RECAP_COL_ACTIONS_DONE: { id: 'Selesai', en: 'Done' },
  RECAP_COL_ACTIONS_OVERDUE: { id: 'Terlambat', en: 'Overdue' },
  RECAP_COL_ACTIONS_NO_EVIDENCE: { id: 'Tanpa bukti', en: 'Without evidence' },
  RECAP_COL_ACTIONS_PROGRESS: { id: 'Progres rata-rata', en: 'Mean progress' },
  RECAP_COL_ACTIONS_AS_OF: { id: 'Per tanggal', en: 'As of' },
  RECAP_COL_PERIOD: { id: 'Periode', en: 'Period' },
  RECAP_YES: { id: 'Ya', en: 'Yes' },
  RECAP_NO: { id: 'Tidak', en: 'No' },
  RECAP_SOURCE_LKE_DRAFT: {
    id: 'LKE/KKE OPD, putaran {round} (belum final, {unanswered} kriteria belum dijawab; tidak diperingkat)',
    en: "The OPD's LKE/KKE, {round} round (not final, {unanswered} criteria unanswered; not ranked)",
  },
  RECAP_SOURCE_LKE: { id: 'LKE/KKE SAKIP', en: 'SAKIP LKE/KKE' },
  RECAP_SOURCE_UNIT: { id: 'Sheet Unit Kerja', en: 'Units sheet' },
  RECAP_NO_SAKIP: { id: 'belum ada nilai SAKIP', en: 'no SAKIP score yet' },
  RECAP_KIND_PENGHARGAAN: { id: 'Penghargaan', en: 'Award' },
  RECAP_KIND_SANKSI: { id: 'Usulan hukuman disiplin', en: 'Discipline proposal' },
  RECAP_KIND_TEGURAN: { id: 'Teguran', en: 'Reprimand' },
  RECAP_KIND_PEMBINAAN: { id: 'Pembinaan', en: 'Coaching' },
  RECAP_KIND_STAGNAN: { id: 'Stagnan: tinjau penempatan', en: 'Stagnant: review placement' },
  RECAP_KIND_MENINGKAT: { id: 'Paling meningkat', en: 'Most improved' },
  RECAP_CANDIDATES_TITLE: {
    id: 'Kandidat reward dan punishment lintas OPD, periode {period}: usulan untuk diputuskan pejabat berwenang, bukan keputusan',
    en: 'Reward and punishment candidates across OPDs, {period}: proposals for the official in charge to decide, not decisions',
  },
  RECAP_CANDIDATES_SCOPE: {
    id: 'OPD yang paketnya hanya memuat kandidat menyebut nama sesuai kebijakannya; pegawai lain hanya dihitung.',
    en: 'OPDs whose package holds candidates only name them as their policy says; other employees are only counted.',
  },
  RECAP_DASH_SAKIP: { id: 'Nilai SAKIP per OPD', en: 'SAKIP score per OPD' },
  RECAP_DASH_CAPAIAN: { id: 'Rata-rata capaian per OPD', en: 'Mean achievement per OPD' },
  RECAP_DASH_PREDIKAT: { id: 'Sebaran predikat pegawai per OPD', en: 'Employee predikat per OPD' },
  RECAP_DASH_TREND: { id: 'Rata-rata capaian OPD per periode', en: 'OPD mean achievement per period' },
  RECAP_KIND_LABEL_DINAS: { id: 'Dinas', en: 'Dinas' },
  RECAP_KIND_LABEL_BADAN: { id: 'Badan', en: 'Badan' },
  RECAP_KIND_LABEL_KECAMATAN: { id: 'Kecamatan', en: 'Kecamatan' },
  RECAP_KIND_LABEL_KELURAHAN: { id: 'Kelurahan', en: 'Kelurahan' },
  RECAP_KIND_LABEL_RSUD: { id: 'RSUD', en: 'RSUD' },
  RECAP_KIND_LABEL_SEKRETARIAT: { id: 'Sekretariat', en: 'Sekretariat' },
  RECAP_KIND_LABEL_INSPEKTORAT: { id: 'Inspektorat', en: 'Inspektorat' },
  RECAP_KIND_LABEL_SATPOL_PP: { id: 'Satpol PP', en: 'Satpol PP' },
  RECAP_KIND_LABEL_LAINNYA: { id: 'Lainnya', en: 'Other' },

  // `npm start`: the built add-on exports the sample OPDs' packages and imports them into a Sekda workbook.
  RECAP_START_TITLE: {
    id: 'REKAP OPD UNTUK SEKDA (Code.js hasil build di sandbox): {opds} OPD contoh mengekspor paket, {listed} OPD di Daftar OPD',
    en: 'OPD RECAP FOR THE SEKDA (built Code.js in the sandbox): {opds} sample OPDs export a package, {listed} OPDs in Daftar OPD',
  },
  RECAP_START_EXPORTS: {
    id: 'Ekspor paket OPD di buku kerja tiap OPD:',
    en: "Export OPD package in each OPD's workbook:",
  },
  RECAP_START_EXPORT: {
    id: '{opd}, {period}: {employees} pegawai, {named} disebut namanya, berkas {file} ({chars} karakter)',
    en: '{opd}, {period}: {employees} employees, {named} named, file {file} ({chars} characters)',
  },
  RECAP_START_EXPORT_FAILED: {
    id: 'Ekspor paket OPD {opd} ({period}) gagal: {message}',
    en: 'Export of the OPD package of {opd} ({period}) failed: {message}',
  },
  RECAP_START_IMPORT: {
    id: 'Impor {count} berkas periode {period} ke buku kerja Sekda (Rekap OPD):',
    en: "Import of {count} file(s) of {period} into the Sekda's workbook (OPD recap):",
  },
  RECAP_START_IMPORT_FAILED: { id: 'Impor ditolak: {message}', en: 'Import refused: {message}' },
  RECAP_START_FILE_REFUSED: { id: 'Berkas {file}: {message}', en: 'File {file}: {message}' },
  RECAP_START_KECAMATAN_LINE: {
    id: '{rank}. {opd}: nilai SAKIP {score}, {grade}',
    en: '{rank}. {opd}: SAKIP score {score}, {grade}',
  },
  RECAP_START_SILENT_LINE: {
    id: '{opd} ({kind}), paket terakhir: {last}',
    en: '{opd} ({kind}), last package: {last}',
  },
  RECAP_START_CANDIDATES: {
    id: '{count} usulan reward dan punishment lintas OPD untuk {people} pegawai (usulan, bukan keputusan; satu pegawai bisa punya lebih dari satu): {kinds}',
    en: '{count} reward and punishment proposals across OPDs for {people} employees (proposals, not decisions; one employee may have more than one): {kinds}',
  },
  RECAP_START_CANDIDATES_BY_OPD: { id: 'Per OPD: {counts}', en: 'Per OPD: {counts}' },
  RECAP_START_DUTY_LINE: {
    id: '{opd}: {supervisors} atasan dengan tugas terbuka, {teguran} teguran, {apresiasi} apresiasi, {umpanBalik} umpan balik belum dilakukan',
    en: '{opd}: {supervisors} supervisor(s) with open duties, {teguran} reprimand(s), {apresiasi} appreciation(s), {umpanBalik} feedback not yet given',
  },
  RECAP_START_NONE: { id: '(tidak ada)', en: '(none)' },
  RECAP_START_CSV: {
    id: '{count} sheet buku kerja Sekda disimpan sebagai CSV di {dir}: {sheets}',
    en: "{count} sheets of the Sekda's workbook saved as CSV in {dir}: {sheets}",
  },
} as const satisfies MessageSection;
