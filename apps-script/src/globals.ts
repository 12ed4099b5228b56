/**
 * Every function Apps Script may call, and nothing else: menu items, simple triggers,
 * google.script.run calls from sidebars, and custom functions. The build (apps-script/build.ts)
 * turns each export below into a real top-level `function` in Code.js that forwards to the bundle,
 * copying its JSDoc (Sheets reads `@customfunction` JSDoc for autocomplete). Only exported function
 * declarations are allowed here; keep the bodies one line and the logic in features/.
 *
 * Sidebar calls declare what the page sends and the reply it gets: `server-api.ts` lists them and
 * `ui/script-run.ts` types google.script.run from these signatures. Anything may still arrive at run
 * time, so each feature validates its arguments with zod.
 */
import { runAction, say, withDocumentLock } from './action';
import { checkData } from './features/check/check-data';
import { removeStoredData } from './features/cleanup/remove-data';
import * as cf from './features/custom-functions';
import { buildDashboard } from './features/dashboard/dashboard';
import { exportForExtension, resultsPackages } from './features/export/export';
import { showHelp } from './features/help/help';
import { mappingProposal, openMappingSidebar, saveMapping } from './features/mapping/mapping';
import { checkMappingImport, exportMapping, importMapping } from './features/mapping/transfer';
import { prepareMeetingPapers } from './features/papers/papers';
import { printPapers } from './features/papers/print-link';
import { preparePembinaanTemplate } from './features/pembinaan/template';
import {
  applyPreset,
  exportPolicy,
  openPolicySettings,
  policyState,
  previewPolicyJson,
  restorePolicy,
  savePolicyJson,
} from './features/policy/policy-settings';
import { rbEvaluation } from './features/rb/rb';
import { prepareRbTemplate } from './features/rb/template';
import { monitorRbActions } from './features/rb-actions/rb-actions';
import { prepareRbActionTemplate } from './features/rb-actions/template';
import { checkOpdPackages, importOpdPackages, openRecap, rebuildRecapReply } from './features/recap/import';
import { exportOpdPackage, opdPackages } from './features/recap/opd-export';
import { computeScores } from './features/results/compute';
import { exportHistory, historyFile } from './features/results/history-export';
import { checkHistoryFile, importHistoryFile, openHistoryImport } from './features/results/history-import';
import { rewardPunishmentList } from './features/reward/reward';
import { sakipEvaluation } from './features/sakip/sakip';
import { prepareTemplate } from './features/template/template';
import { tryUi } from './gas/env';
import { buildMenu } from './menu';

/** Simple trigger: builds the Nilai Kerja menu. Touches nothing else (it may run in AuthMode.NONE). */
export function onOpen(_e?: unknown): void {
  const ui = tryUi();
  if (ui) buildMenu(ui);
}

/** Runs when the add-on is installed from the Marketplace: show the menu at once. */
export function onInstall(e?: unknown): void {
  onOpen(e);
}

/** Menu "Siapkan templat": creates the missing input sheets; existing sheets are never touched. */
export function siapkanTemplat(): string {
  return runAction('SHEETS_MENU_TEMPLATE', prepareTemplate);
}

/** Menu "Petakan kolom...": opens the column mapping sidebar. */
export function petakanKolom(): string {
  return runAction('SHEETS_MENU_MAPPING', openMappingSidebar);
}

/** Sidebar call: the proposed (or saved) column mapping of every sheet, for the mapping sidebar. */
export function ambilUsulanPemetaan(): ReturnType<typeof mappingProposal> {
  return mappingProposal();
}

/** Sidebar call: validates and saves the confirmed mapping (JSON text). Returns { ok, message }. */
export function simpanPemetaan(json: string): ReturnType<typeof saveMapping> {
  return saveMapping(json);
}

/**
 * Sidebar call: the saved column mapping as versioned JSON (sheet names, roles, header rows and labels,
 * column -> field; no cell data), to move it into another add-on. Returns { ok, json, fileName }.
 */
export function eksporPemetaan(): ReturnType<typeof exportMapping> {
  return exportMapping();
}

/**
 * Sidebar call: checks a mapping file (JSON text) against this spreadsheet (its sheets exist, are not
 * results, and still show the exported header labels) and says what importing it would save, saving nothing.
 */
export function periksaImporPemetaan(json: string): ReturnType<typeof checkMappingImport> {
  return checkMappingImport(json);
}

/** Sidebar call: checks a mapping file as periksaImporPemetaan does and replaces the saved mapping with it. */
export function imporPemetaan(json: string): ReturnType<typeof importMapping> {
  return importMapping(json);
}

/**
 * Menu "Siapkan Catatan Pembinaan": creates the pembinaan register sheet with the policy's kinds as a
 * dropdown; an existing sheet is never touched.
 */
export function siapkanCatatanPembinaan(): string {
  return runAction('SHEETS_MENU_PEMBINAAN_TEMPLATE', preparePembinaanTemplate);
}

/** Menu "Periksa data": validates every mapped input cell and lists problems in sheet "Masalah Data". */
export function periksaData(): string {
  return runAction('SHEETS_MENU_CHECK', checkData);
}

/**
 * Menu "Hitung nilai": scores every employee and unit with the saved policy and regenerates the sheets
 * "Hasil Pegawai", "Hasil Unit" and "Masalah Data". Runnable from a time-driven trigger.
 */
export function hitungNilai(): string {
  return runAction('SHEETS_MENU_COMPUTE', computeScores);
}

/** Menu "Dasbor": regenerates sheet "Dasbor" with its three charts. Runnable from a trigger. */
export function buatDasbor(): string {
  return runAction('SHEETS_MENU_DASHBOARD', buildDashboard);
}

/** Menu "Daftar reward & punishment": regenerates sheet "Reward & Punishment". Runnable from a trigger. */
export function daftarRewardPunishment(): string {
  return runAction('SHEETS_MENU_REWARD', rewardPunishmentList);
}

/** Menu "Evaluasi SAKIP": regenerates sheet "Evaluasi SAKIP" (PermenPANRB 88/2021). Runnable from a trigger. */
export function evaluasiSakip(): string {
  return runAction('SHEETS_MENU_SAKIP', sakipEvaluation);
}

/**
 * Menu "Siapkan kertas rapat": regenerates the print-ready papers "Daftar Penghargaan", "Draf Surat" (one
 * draft per employee the facts call for) and "Slip Hasil" (one A4 page per employee). Runnable from a trigger.
 */
export function siapkanKertasRapat(): string {
  return runAction('PAPERS_MENU_PREPARE', prepareMeetingPapers);
}

/**
 * Menu "Cetak kertas (PDF A4)": shows the link to Sheets' own PDF export of the open paper (A4, fit to
 * width, no gridlines, title rows repeated); the add-on itself requests nothing.
 */
export function cetakKertas(): string {
  return runAction('PAPERS_MENU_PRINT', printPapers);
}

/** Menu "Siapkan LKE RB": creates the LKE RB self-assessment sheet; an existing sheet is never touched. */
export function siapkanLkeRb(): string {
  return runAction('SHEETS_MENU_RB_TEMPLATE', prepareRbTemplate);
}

/**
 * Menu "Evaluasi RB": scores the LKE RB (the template or the office's own layout) and regenerates sheet
 * "Evaluasi RB" (PermenPANRB 26/2020 weights by default, from the policy). Runnable from a trigger.
 */
export function evaluasiRb(): string {
  return runAction('SHEETS_MENU_RB', rbEvaluation);
}

/** Menu "Siapkan Rencana Aksi RB": creates the action-plan tracker sheet; an existing sheet is never touched. */
export function siapkanRencanaAksiRb(): string {
  return runAction('SHEETS_MENU_RB_ACTIONS_TEMPLATE', prepareRbActionTemplate);
}

/**
 * Menu "Pantau rencana aksi": regenerates sheet "Pantau Rencana Aksi" (overdue actions, evidence, owners,
 * progress and changes since the last check) as of today in the spreadsheet's time zone. From a script
 * or trigger, a date "yyyy-mm-dd" gives the recap as of that day.
 */
export function pantauRencanaAksi(tanggal?: unknown): string {
  return runAction('SHEETS_MENU_RB_ACTIONS', monitorRbActions(tanggal));
}

/** Menu "Pengaturan kebijakan...": opens the policy sidebar (needs the spreadsheet open). */
export function bukaPengaturan(): string {
  return runAction('SHEETS_MENU_POLICY', openPolicySettings);
}

/**
 * Menu "Ekspor untuk ekstensi": opens a dialog listing the supervisors, to download or copy each one's
 * results package (JSON: only their direct subordinates), or all as separate files, for the Nilai Kerja
 * browser extension. From a trigger it builds the packages and logs their number and size.
 */
export function eksporUntukEkstensi(): string {
  return runAction('SHEETS_MENU_EXPORT', exportForExtension);
}

/**
 * Dialog call or trigger: the results packages of a fresh scoring, one per supervisor (their direct
 * subordinates only), or only the package of the supervisor whose NIP is given. Returns
 * { ok, packages: [{ nip, nama, employees, fileName, json }], employees, unassigned, help, notes } or { ok, message }.
 */
export function ambilPaketEkspor(atasanNip?: string): ReturnType<typeof resultsPackages> {
  return resultsPackages(atasanNip);
}

/**
 * Menu "Ekspor paket OPD": opens a dialog offering this OPD's package for the period (a versioned JSON of
 * its results, units, SAKIP, supervisors' duties, trends and RB status) as a download for the Sekda's recap.
 * From a trigger it builds the package and reports its size.
 */
export function eksporPaketOpd(): string {
  return runAction('RECAP_MENU_EXPORT', exportOpdPackage);
}

/**
 * Dialog call or trigger: the OPD packages of a fresh scoring. `permintaan`: { opd, periode } typed in the
 * dialog when the data names neither. Returns { ok, files: [{ opd, period, employees, named, fileName, json }],
 * opdName, help, notes } or { ok: false, message, needs, opdName }.
 */
export function ambilPaketOpd(permintaan?: {
  opd?: string;
  periode?: string;
}): ReturnType<typeof opdPackages> {
  return opdPackages(permintaan);
}

/** Menu "Rekap OPD": opens the sidebar that imports OPD packages; from a trigger, rebuilds the recap from the archive. */
export function rekapOpd(): string {
  return runAction('RECAP_MENU_RECAP', openRecap);
}

/** Sidebar call: checks the chosen package files ({ name, text } each) against the archive; writes nothing. */
export function periksaPaketOpd(
  berkas: { name: string; text: string }[],
): ReturnType<typeof checkOpdPackages> {
  return checkOpdPackages(berkas);
}

/** Sidebar call: imports the package files (all or nothing) and rewrites the archive and the recap sheets. */
export function imporPaketOpd(
  berkas: { name: string; text: string }[],
): ReturnType<typeof importOpdPackages> {
  return withDocumentLock(
    () => ({ ok: false, message: say('SHEETS_BUSY'), files: [] }),
    () => importOpdPackages(berkas),
  );
}

/** Sidebar call or trigger: rebuilds the recap sheets from the archive (after editing "Daftar OPD"). */
export function buatUlangRekapOpd(): ReturnType<typeof rebuildRecapReply> {
  return withDocumentLock(
    () => ({ ok: false, message: say('SHEETS_BUSY'), files: [] }),
    () => rebuildRecapReply(),
  );
}

/**
 * Menu "Ekspor riwayat": opens a dialog offering the Riwayat sheet (every period's verdicts per employee)
 * as a versioned JSON file to download, for next year's workbook. From a trigger it reports the file's size.
 */
export function eksporRiwayat(): string {
  return runAction('HISTX_MENU_EXPORT', exportHistory);
}

/** Dialog call: the Riwayat file. Returns { ok, fileName, json, help, notes } or { ok: false, message }. */
export function ambilBerkasRiwayat(): ReturnType<typeof historyFile> {
  return historyFile();
}

/** Menu "Impor riwayat...": opens the sidebar that picks a Riwayat file from an earlier workbook. */
export function imporRiwayat(): string {
  return runAction('HISTX_MENU_IMPORT', openHistoryImport);
}

/** Sidebar call: checks a Riwayat file ({ name, text }) against the Riwayat sheet; writes nothing. */
export function periksaBerkasRiwayat(berkas: {
  name: string;
  text: string;
}): ReturnType<typeof checkHistoryFile> {
  return checkHistoryFile(berkas);
}

/** Sidebar call: adds the Riwayat file's new periods to the Riwayat sheet (all or nothing). */
export function imporBerkasRiwayat(berkas: {
  name: string;
  text: string;
}): ReturnType<typeof importHistoryFile> {
  return withDocumentLock(
    () => ({ ok: false as const, message: say('SHEETS_BUSY') }),
    () => importHistoryFile(berkas),
  );
}

/** Sidebar call: the stored policy (or the national defaults) with its editable numbers. Returns { ok, state, message }. */
export function ambilKebijakan(): ReturnType<typeof policyState> {
  return policyState();
}

/**
 * Sidebar call or trigger: validates a policy given as JSON text and saves it in document properties.
 * Returns { ok, message, state } or { ok: false, message, errors: [{ field, message }] }.
 */
export function simpanKebijakan(json: string): ReturnType<typeof savePolicyJson> {
  return savePolicyJson(json);
}

/** Sidebar call or trigger: replaces the stored policy with a preset ("nasional", "tulang_bawang", "legacy_numeric"). */
export function pilihPresetKebijakan(id: string): ReturnType<typeof applyPreset> {
  return applyPreset(id);
}

/**
 * Sidebar call: checks a policy given as JSON text as simpanKebijakan would and says what saving it would
 * change, saving nothing (the sidebar asks for a confirmation with it).
 */
export function pratinjauKebijakan(json: string): ReturnType<typeof previewPolicyJson> {
  return previewPolicyJson(json);
}

/**
 * Sidebar call: puts the previous policy back in force ("Pulihkan kebijakan sebelumnya"); the policy it
 * replaces becomes the previous one, so a restore can itself be undone.
 */
export function pulihkanKebijakan(): ReturnType<typeof restorePolicy> {
  return restorePolicy();
}

/** Sidebar call or trigger: the stored policy as versioned JSON. Returns { ok, json, fileName }. */
export function eksporKebijakan(): ReturnType<typeof exportPolicy> {
  return exportPolicy();
}

/** Menu "Bantuan". */
export function bantuan(): string {
  return runAction('SHEETS_MENU_HELP', showHelp);
}

/**
 * Menu "Hapus data Nilai Kerja": shows what the add-on keeps in this spreadsheet (its document properties,
 * by group; it makes no triggers) and, once confirmed, removes only those keys; asked separately, also the
 * sheets it marked as its own. Never an input sheet. From a trigger it removes nothing (it must ask).
 */
export function hapusDataNilaiKerja(): string {
  return runAction('SHEETS_MENU_REMOVE_DATA', removeStoredData);
}

/**
 * Capaian indikator sebagai pecahan (0,875 = 87,5%): realisasi / target untuk polaritas positif,
 * (2 x target - realisasi) / target untuk polaritas negatif (PermenPANRB 6/2022). Target rentang
 * "80-90" memberi 100% bila realisasi di dalam rentang.
 *
 * @param {number|string|Array<Array<number|string>>} target Target: angka, "3 Dokumen", "85,5 %" atau rentang "80-90"; satu sel atau rentang.
 * @param {number|string|Array<Array<number|string>>} realisasi Realisasi dalam satuan yang sama dengan target.
 * @param {string|Array<Array<string>>} [polaritas] "Positif" (bawaan) atau "Negatif".
 * @param {string|Array<Array<string>>} [periode] Bila target tahunan: periode realisasi, mis. "Triwulan I 2025" atau "Maret 2025"; target dibandingkan seperti di Hitung nilai (prorata menurut kebijakan; target berupa persen atau nilai tidak diprorata).
 * @param {boolean|string|Array<Array<boolean|string>>} [kumulatif] TRUE / "Ya" bila realisasi dihitung sejak Januari (s.d. periode itu); kosong: menurut kebijakan, seperti Hitung nilai.
 * @param {string|Array<Array<string>>} [satuan] Satuan target (kolom Satuan), mis. "%" atau "Dokumen": sel berformat persen sampai ke fungsi sebagai angka biasa (0,8 untuk 80%), jadi isi "%" agar dibaca seperti Hitung nilai membacanya (dan target persen tidak diprorata). Tanpa satuan, pecahan (0,85) di samping angka di atas 1,5 (90, "90" atau "80-90") menjadi #AMBIGU.
 * @return {number|string|Array<Array<number|string>>} Capaian (format sel sebagai persen), atau teks "#..." bila tidak dapat dihitung.
 * @customfunction
 */
export function CAPAIAN(
  target: unknown,
  realisasi: unknown,
  polaritas?: unknown,
  periode?: unknown,
  kumulatif?: unknown,
  satuan?: unknown,
): unknown {
  return cf.capaian(target, realisasi, polaritas, periode, kumulatif, satuan);
}

/**
 * Kategori capaian: Sangat Tinggi, Tinggi, Sedang, Rendah atau Sangat Rendah (batas dari kebijakan,
 * bawaan gaya Permendagri 86/2017: >= 91%, >= 76%, >= 66%, >= 51%).
 *
 * @param {number|string|Array<Array<number|string>>} capaian Capaian sebagai persen (87,5%) atau teks "87,5 %".
 * @return {string|Array<Array<string>>} Nama kategori.
 * @customfunction
 */
export function KATEGORI_CAPAIAN(capaian: unknown): unknown {
  return cf.kategoriCapaian(capaian);
}

/**
 * Usulan rating hasil kerja dari capaian: Di Atas, Sesuai atau Di Bawah Ekspektasi (bawaan >= 110% dan
 * >= 90%; PermenPANRB 6/2022 menyerahkan keputusan akhir kepada atasan).
 *
 * @param {number|string|Array<Array<number|string>>} capaian Capaian pegawai sebagai persen.
 * @return {string|Array<Array<string>>} Rating hasil kerja yang diusulkan.
 * @customfunction
 */
export function RATING_HASIL(capaian: unknown): unknown {
  return cf.ratingHasil(capaian);
}

/**
 * Predikat kinerja pegawai dari matriks rating hasil kerja x rating perilaku kerja (PermenPANRB 6/2022):
 * Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct atau Sangat Kurang.
 *
 * @param {string|Array<Array<string>>} rating_hasil "Di Atas Ekspektasi", "Sesuai Ekspektasi" atau "Di Bawah Ekspektasi".
 * @param {string|Array<Array<string>>} rating_perilaku Rating perilaku kerja, dengan pilihan yang sama.
 * @return {string|Array<Array<string>>} Predikat kinerja.
 * @customfunction
 */
export function PREDIKAT_KINERJA(rating_hasil: unknown, rating_perilaku: unknown): unknown {
  return cf.predikatKinerja(rating_hasil, rating_perilaku);
}

/**
 * Memeriksa sebaran predikat pegawai satu unit terhadap predikat organisasinya (SE MenPANRB 3/2023).
 *
 * @param {string} predikat_organisasi Istimewa, Baik, Butuh Perbaikan, Kurang atau Sangat Kurang.
 * @param {Array<Array<string>>} daftar_predikat Rentang predikat pegawai unit itu.
 * @return {string} "OK", atau aturan yang dilanggar beserta selisih jumlah pegawainya.
 * @customfunction
 */
export function CEK_DISTRIBUSI(predikat_organisasi: unknown, daftar_predikat: unknown): unknown {
  return cf.cekDistribusi(predikat_organisasi, daftar_predikat);
}

/**
 * Nilai capaian IKI skema angka lama (PermenPANRB 8/2021): 98% menjadi 88, di atas 110% menjadi 120.
 *
 * @param {number|string|Array<Array<number|string>>} capaian Capaian sebagai persen.
 * @return {number|string|Array<Array<number|string>>} Nilai capaian IKI (0-120).
 * @customfunction
 */
export function NILAI_IKI(capaian: unknown): unknown {
  return cf.nilaiIki(capaian);
}

/**
 * Nilai SAKIP dari nilai komponennya, satu argumen per komponen kebijakan dalam urutannya (bawaan
 * PermenPANRB 88/2021, empat: Perencanaan 30, Pengukuran 30, Pelaporan 15, Evaluasi Internal 25).
 * Setiap komponen bernilai 0-100 (ketik 80, bukan sel berformat persen 80%) atau jawaban AA..E.
 *
 * @param {...number|string|Array<Array<number|string>>} komponen Nilai tiap komponen (0-100) dalam urutan kebijakan, mis. perencanaan; pengukuran; pelaporan; evaluasi. Jumlahnya harus sama dengan jumlah komponen kebijakan.
 * @return {number|string|Array<Array<number|string>>} Nilai SAKIP (0-100).
 * @customfunction
 */
export function NILAI_SAKIP(...komponen: unknown[]): unknown {
  return cf.nilaiSakip(...komponen);
}

/**
 * Predikat SAKIP dari nilainya (PermenPANRB 88/2021): kode AA (> 90) sampai D, yang bisa dihitung
 * dengan COUNTIF. Dengan keterangan BENAR: "BB (Sangat Baik)".
 *
 * @param {number|string|Array<Array<number|string>>} nilai Nilai SAKIP 0-100.
 * @param {boolean|string|Array<Array<boolean|string>>} [keterangan] BENAR (atau "Ya") untuk menambahkan keterangan predikat; satu sel, atau rentang di samping nilai (dibaca per baris).
 * @return {string|Array<Array<string>>} Kode predikat, misalnya "BB".
 * @customfunction
 */
export function PREDIKAT_SAKIP(nilai: unknown, keterangan?: unknown): unknown {
  return cf.predikatSakip(nilai, keterangan);
}
