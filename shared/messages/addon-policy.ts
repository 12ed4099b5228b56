import type { MessageSection } from './types';

/**
 * The add-on's "Pengaturan kebijakan..." sidebar: presets, saving, JSON export/import, and the policy
 * fields a region changes most. Problems in a policy itself are in policy.ts. Keys are stable codes.
 */
export const addonPolicyMessages = {
  // Policy settings.
  ADDON_POLICY_TITLE: { id: 'Pengaturan kebijakan', en: 'Policy settings' },
  ADDON_POLICY_SAVED: {
    id: 'Kebijakan "{name}" disimpan. Jalankan "Hitung nilai" agar hasil memakai kebijakan ini.',
    en: 'Policy "{name}" saved. Run "Compute scores" so that the results use it.',
  },
  ADDON_POLICY_PRESET_UNKNOWN: {
    id: 'Preset "{id}" tidak dikenal. Pilih salah satu dari: {presets}.',
    en: 'Unknown preset "{id}". Choose one of: {presets}.',
  },
  ADDON_POLICY_PRESET_CUSTOM: {
    id: 'Nilai kebijakan ini berbeda dari preset "{preset}", jadi kebijakan ini dicatat sebagai kebijakan kustom (preset "{custom}"), bukan "{preset}".',
    en: 'This policy’s values differ from preset "{preset}", so it is recorded as a custom policy (preset "{custom}"), not "{preset}".',
  },
  ADDON_POLICY_PRESET_CUSTOM_MATCHES: {
    id: 'Nilai kebijakan ini berbeda dari preset "{preset}" (preset yang disebut berkas, atau "nasional" bila berkas tidak menyebut preset), tetapi sama persis dengan preset "{matches}". Kebijakan ini dicatat sebagai kebijakan kustom (preset "{custom}"). Bila memang preset "{matches}", pilih preset itu di Pengaturan kebijakan, atau tulis "preset": "{matches}" di berkasnya lalu impor lagi.',
    en: 'This policy’s values differ from preset "{preset}" (the preset the file names, or "nasional" when it names none) but are exactly those of preset "{matches}". It is recorded as a custom policy (preset "{custom}"). If it is preset "{matches}", choose that preset in the policy settings, or write "preset": "{matches}" in the file and import it again.',
  },
  ADDON_UI_PRESET_CUSTOM: {
    id: 'Kustom (nilai sendiri, bukan preset)',
    en: 'Custom (own values, not a preset)',
  },
  ADDON_POLICY_TOO_LARGE: {
    id: 'Kebijakan terlalu besar untuk disimpan ({size} karakter, paling banyak {max}). Kurangi daftar aturan atau tabel.',
    en: 'The policy is too large to store ({size} characters, at most {max}). Shorten the rule lists or tables.',
  },
  ADDON_POLICY_SOURCE_SAVED: {
    id: 'Kebijakan tersimpan di spreadsheet ini',
    en: 'Policy saved in this spreadsheet',
  },
  ADDON_POLICY_SOURCE_DEFAULT: {
    id: 'Belum ada kebijakan tersimpan: dipakai bawaan nasional',
    en: 'No saved policy yet: national defaults in use',
  },
  ADDON_POLICY_SOURCE_BROKEN: {
    id: 'Kebijakan tersimpan rusak, jadi "Hitung nilai" menolak berjalan sampai diperbaiki. {detail} Isian di bawah menampilkan bawaan nasional hanya sebagai titik awal: pulihkan kebijakan sebelumnya, impor ulang berkas kebijakan, pilih preset, atau simpan.',
    en: 'The saved policy is broken, so "Compute scores" refuses to run until it is fixed. {detail} The fields below show the national defaults only as a starting point: restore the previous policy, re-import a policy file, pick a preset, or save.',
  },
  // Stored policy (apps-script/src/settings): which part is damaged and what to do.
  ADDON_POLICY_STORE_MANIFEST: {
    id: 'Penanda versi kebijakan tersimpan (properti dokumen "{key}") rusak, jadi tidak dapat diketahui bagian mana yang berlaku.',
    en: 'The version marker of the saved policy (document property "{key}") is damaged, so which parts are in force cannot be known.',
  },
  ADDON_POLICY_STORE_PART_MISSING: {
    id: 'Bagian {part} dari {count} kebijakan tersimpan (properti dokumen "{key}") hilang.',
    en: 'Part {part} of {count} of the saved policy (document property "{key}") is missing.',
  },
  ADDON_POLICY_STORE_CHECKSUM: {
    id: 'Kebijakan tersimpan (versi simpanan {version}, {count} bagian) tidak utuh: isinya tidak cocok dengan tanda periksanya, mungkin diubah di luar Nilai Kerja.',
    en: 'The saved policy (stored version {version}, {count} parts) is not intact: its content does not match its checksum, perhaps changed outside Nilai Kerja.',
  },
  ADDON_POLICY_STORE_JSON: {
    id: 'Isi kebijakan tersimpan bukan JSON yang sah ({detail}).',
    en: 'The saved policy is not valid JSON ({detail}).',
  },
  ADDON_POLICY_BUSY: {
    id: 'Proses Nilai Kerja lain (misalnya "Hitung nilai") sedang berjalan di spreadsheet ini, jadi kebijakan belum diubah. Tunggu sampai selesai, lalu coba lagi.',
    en: 'Another Nilai Kerja run (such as "Compute scores") is in progress in this spreadsheet, so the policy was not changed. Wait until it finishes, then try again.',
  },
  ADDON_POLICY_SAVE_FAILED: {
    id: 'Kebijakan gagal disimpan ({detail}). Kebijakan yang berlaku tidak berubah. Coba simpan lagi.',
    en: 'The policy could not be saved ({detail}). The policy in force was not changed. Try saving again.',
  },
  ADDON_POLICY_UNCHANGED: {
    id: 'Kebijakan "{name}" sudah berlaku; tidak ada yang diubah.',
    en: 'Policy "{name}" is already in force; nothing was changed.',
  },
  ADDON_POLICY_RESTORED: {
    id: 'Kebijakan sebelumnya "{name}" dipulihkan; kebijakan yang tadi berlaku ("{replaced}") kini menjadi kebijakan sebelumnya. Jalankan "Hitung nilai" agar hasil memakai kebijakan ini.',
    en: 'The previous policy "{name}" was restored; the policy that was in force ("{replaced}") is now the previous one. Run "Compute scores" so that the results use it.',
  },
  ADDON_POLICY_NO_PREVIOUS: {
    id: 'Belum ada kebijakan sebelumnya yang dapat dipulihkan.',
    en: 'There is no previous policy to restore yet.',
  },
  ADDON_POLICY_PREVIOUS_BROKEN: {
    id: 'Kebijakan sebelumnya tidak dapat dipulihkan karena rusak. {detail} Impor ulang berkas kebijakan atau pilih preset.',
    en: 'The previous policy cannot be restored because it is broken. {detail} Re-import a policy file or pick a preset.',
  },
  ADDON_POLICY_NATIONAL: { id: 'bawaan nasional', en: 'national defaults' },
  ADDON_POLICY_BROKEN_NAME: { id: 'kebijakan tersimpan yang rusak', en: 'the broken saved policy' },
  ADDON_POLICY_VALUE_NONE: { id: '(tidak ada)', en: '(none)' },
  ADDON_POLICY_VALUE_NO_CAP: { id: 'tanpa batas', en: 'no cap' },
  ADDON_POLICY_VALUE_NOT_SET: { id: 'tidak ditetapkan', en: 'not set' },
  ADDON_UI_LOADING: { id: 'Memuat kebijakan...', en: 'Loading the policy...' },
  ADDON_UI_CHECKING: { id: 'Memeriksa...', en: 'Checking...' },
  ADDON_UI_RESET: { id: 'Kembalikan ke bawaan nasional', en: 'Reset to the national defaults' },
  ADDON_UI_RESTORE: { id: 'Pulihkan kebijakan sebelumnya', en: 'Restore the previous policy' },
  ADDON_UI_PREVIOUS: {
    id: 'Kebijakan sebelumnya: "{name}". Dapat dipulihkan bila perubahan terakhir keliru.',
    en: 'Previous policy: "{name}". It can be restored if the last change was a mistake.',
  },
  ADDON_UI_CONFIRM_TITLE: { id: 'Ganti kebijakan?', en: 'Replace the policy?' },
  ADDON_UI_CONFIRM_RESTORE_TITLE: {
    id: 'Pulihkan kebijakan sebelumnya?',
    en: 'Restore the previous policy?',
  },
  ADDON_UI_CONFIRM_FROM_TO: {
    id: 'Kebijakan yang berlaku "{from}" akan diganti dengan "{to}".',
    en: 'The policy in force "{from}" will be replaced by "{to}".',
  },
  ADDON_UI_CONFIRM_FIELD: { id: 'Isian', en: 'Field' },
  ADDON_UI_CONFIRM_NOW: { id: 'Sekarang', en: 'Now' },
  ADDON_UI_CONFIRM_AFTER: { id: 'Menjadi', en: 'Becomes' },
  ADDON_UI_CONFIRM_NO_MAIN: {
    id: 'Angka utama di panel ini tidak berubah.',
    en: 'The main numbers in this panel do not change.',
  },
  ADDON_UI_CONFIRM_OTHERS: {
    id: '{count} isian lain juga berubah: {fields}.',
    en: '{count} other fields change too: {fields}.',
  },
  ADDON_UI_CONFIRM_SAME: {
    id: 'Tidak ada yang berubah: kebijakan ini sama dengan yang berlaku.',
    en: 'Nothing changes: this policy is the one in force.',
  },
  ADDON_UI_CONFIRM_KEEP: {
    id: 'Kebijakan yang berlaku sekarang disimpan sebagai kebijakan sebelumnya dan dapat dipulihkan.',
    en: 'The policy in force now is kept as the previous policy and can be restored.',
  },
  ADDON_UI_CONFIRM_YES: { id: 'Ya, ganti kebijakan', en: 'Yes, replace the policy' },
  ADDON_UI_CONFIRM_RESTORE_YES: { id: 'Ya, pulihkan', en: 'Yes, restore' },
  ADDON_UI_CANCEL: { id: 'Batal', en: 'Cancel' },
  ADDON_UI_CANCELLED: {
    id: 'Dibatalkan; kebijakan tidak berubah.',
    en: 'Cancelled; the policy was not changed.',
  },
  ADDON_UI_PRESET: { id: 'Mulai dari preset', en: 'Start from a preset' },
  ADDON_UI_APPLY_PRESET: { id: 'Pakai preset', en: 'Use preset' },
  ADDON_UI_SAVE: { id: 'Simpan kebijakan', en: 'Save policy' },
  ADDON_UI_SAVING: { id: 'Menyimpan...', en: 'Saving...' },
  ADDON_UI_EXPORT: { id: 'Ekspor JSON', en: 'Export JSON' },
  ADDON_UI_IMPORT: { id: 'Impor JSON', en: 'Import JSON' },
  ADDON_UI_IMPORT_HELP: {
    id: 'Tempel JSON kebijakan (hasil ekspor) di bawah, lalu tekan Impor JSON.',
    en: 'Paste a policy JSON (from an export) below, then press Import JSON.',
  },
  ADDON_UI_DOWNLOAD: { id: 'Unduh berkas', en: 'Download file' },
  ADDON_UI_COPY: { id: 'Salin', en: 'Copy' },
  ADDON_UI_COPIED: { id: 'Disalin.', en: 'Copied.' },
  ADDON_UI_ERROR: {
    id: 'Terjadi kesalahan: {detail}',
    en: 'Something went wrong: {detail}',
  },
  ADDON_UI_SECTION_HASIL: {
    id: 'Rating hasil kerja (batas capaian)',
    en: 'Result rating (achievement bands)',
  },
  ADDON_UI_SECTION_CAPAIAN: { id: 'Capaian dan kategori', en: 'Achievement and categories' },
  ADDON_UI_SECTION_TPP: { id: 'TPP dan disiplin', en: 'TPP and discipline' },
  ADDON_UI_SECTION_DISTRIBUTION: {
    id: 'Sebaran predikat (SE 3/2023)',
    en: 'Predikat distribution (SE 3/2023)',
  },
  ADDON_UI_SECTION_REWARD: { id: 'Reward & punishment', en: 'Reward & punishment' },
  ADDON_UI_SECTION_BUSY: { id: 'Kesibukan semu', en: 'Busy without results' },
  ADDON_UI_SECTION_NAME: { id: 'Nama kebijakan', en: 'Policy name' },
  // Policy fields shown in the sidebar (the numbers a region changes most).
  ADDON_FIELD_NAME: { id: 'Nama kebijakan', en: 'Policy name' },
  ADDON_FIELD_DI_ATAS_MIN: {
    id: 'Di Atas Ekspektasi bila capaian paling sedikit (%)',
    en: 'Above Expectations when achievement is at least (%)',
  },
  ADDON_FIELD_SESUAI_MIN: {
    id: 'Sesuai Ekspektasi bila capaian paling sedikit (%)',
    en: 'Meets Expectations when achievement is at least (%)',
  },
  ADDON_FIELD_CAP: {
    id: 'Batas atas capaian per indikator (%; kosong = tanpa batas)',
    en: 'Cap on each indicator’s achievement (%; empty = no cap)',
  },
  ADDON_FIELD_CATEGORY_MIN: { id: 'Kategori {label} mulai dari (%)', en: 'Category {label} from (%)' },
  ADDON_FIELD_DEDUCTION_TABLE: { id: 'Tabel potongan disiplin', en: 'Discipline deduction table' },
  ADDON_FIELD_TPP_DISCIPLINE: { id: 'Bagian disiplin dari TPP (%)', en: 'Discipline part of TPP (%)' },
  ADDON_FIELD_TPP_PERFORMANCE: { id: 'Bagian kinerja dari TPP (%)', en: 'Performance part of TPP (%)' },
  ADDON_FIELD_RULE_MAX: {
    id: 'Unit {org}: {predikat} paling banyak (%)',
    en: 'Unit {org}: {predikat} at most (%)',
  },
  ADDON_FIELD_RULE_MIN: {
    id: 'Unit {org}: {predikat} paling sedikit (%)',
    en: 'Unit {org}: {predikat} at least (%)',
  },
  ADDON_FIELD_PENGHARGAAN_CAPAIAN: {
    id: 'Penghargaan: capaian paling sedikit (%)',
    en: 'Award: achievement at least (%)',
  },
  ADDON_FIELD_PENGHARGAAN_DEDUCTION: {
    id: 'Penghargaan: potongan disiplin kurang dari (%)',
    en: 'Award: discipline deduction below (%)',
  },
  ADDON_FIELD_TEGURAN_DEDUCTION: {
    id: 'Teguran: potongan disiplin mulai (%)',
    en: 'Reprimand: discipline deduction from (%)',
  },
  ADDON_FIELD_TEGURAN_TK: {
    id: 'Teguran: hari tanpa keterangan (TK) mulai',
    en: 'Reprimand: days absent (TK) from',
  },
  ADDON_FIELD_SANKSI_TK: {
    id: 'Sanksi: hari tanpa keterangan (TK) mulai',
    en: 'Sanction: days absent (TK) from',
  },
  ADDON_FIELD_MINUTES_PER_DAY: {
    id: 'Menit kerja efektif per hari',
    en: 'Effective minutes per working day',
  },
  ADDON_FIELD_BUSY_SHARE: {
    id: 'Sibuk bila menit tercatat paling sedikit (% dari yang diharapkan)',
    en: 'Busy when logged minutes are at least (% of expected)',
  },
  ADDON_FIELD_BUSY_CAPAIAN: {
    id: 'Hasil rendah bila capaian kurang dari (%)',
    en: 'Low results when achievement is below (%)',
  },
  ADDON_FIELD_NO_OUTPUT_SHARE: {
    id: 'Aktivitas tanpa output bila paling sedikit (% menit)',
    en: 'Activities without output from (% of minutes)',
  },
  ADDON_UI_SECTION_PK: {
    id: 'Predikat organisasi dari Perjanjian Kinerja',
    en: 'Organisation predikat from the Perjanjian Kinerja',
  },
  ADDON_FIELD_PK_BAND_ABOVE: {
    id: 'Predikat {predikat} bila capaian PK di atas (%)',
    en: 'Predikat {predikat} when the capaian PK is above (%)',
  },
  ADDON_FIELD_PK_BAND_FROM: {
    id: 'Predikat {predikat} bila capaian PK paling sedikit (%)',
    en: 'Predikat {predikat} when the capaian PK is at least (%)',
  },
  ADDON_UI_SECTION_RECAP: { id: 'Rekap OPD untuk Sekda', en: "The Sekda's recap of OPDs" },
  ADDON_FIELD_RECAP_EMPLOYEES: {
    id: 'Pegawai yang dimuat paket OPD',
    en: 'Employees an OPD package names',
  },
  ADDON_FIELD_RECAP_EMPLOYEES_KANDIDAT: {
    id: 'kandidat: usulan, stagnan dan paling meningkat (data pribadi paling sedikit)',
    en: 'kandidat: proposals, stagnant and most improved (least personal data)',
  },
  ADDON_FIELD_RECAP_EMPLOYEES_SEMUA: { id: 'semua pegawai', en: 'every employee' },
  ADDON_FIELD_RECAP_BEST: {
    id: 'OPD terbaik yang disebut menurut SAKIP (jumlah)',
    en: 'Best OPDs named by SAKIP (count)',
  },
  ADDON_FIELD_RECAP_IMPROVED: {
    id: 'OPD dan pegawai paling meningkat yang disebut (jumlah)',
    en: 'Most improved OPDs and employees named (count)',
  },
  ADDON_UI_SECTION_PAPERS: { id: 'Kertas rapat dan slip hasil', en: 'Meeting papers and result slips' },
  ADDON_FIELD_KEBERATAN_DAYS: {
    id: 'Batas pengajuan keberatan pada slip hasil (hari kalender; kosong: menurut ketentuan instansi)',
    en: 'Deadline for a keberatan on the result slip (calendar days; empty: as the agency sets)',
  },
  ADDON_FIELD_ERROR: { id: '{label}: {message}', en: '{label}: {message}' },
  ADDON_POLICY_INPUT_INVALID: {
    id: 'Kebijakan yang dikirim harus berupa teks JSON. Ekspor ulang lalu coba lagi.',
    en: 'The policy sent must be JSON text. Export it again and retry.',
  },
} satisfies MessageSection;
