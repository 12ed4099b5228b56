import type { MessageSection } from './types';

/**
 * The add-on's menu (Ekstensi > Nilai Kerja), running its actions, and its help. Menu items are also the
 * titles of the alerts each action shows. Keys are stable codes (UPPER_SNAKE).
 */
export const addonMenuMessages = {
  // Menu items (also the titles of the alerts each action shows).
  SHEETS_MENU_TEMPLATE: { id: 'Siapkan templat', en: 'Prepare template' },
  SHEETS_MENU_MAPPING: { id: 'Petakan kolom...', en: 'Map columns...' },
  SHEETS_MENU_CHECK: { id: 'Periksa data', en: 'Check data' },
  SHEETS_MENU_COMPUTE: { id: 'Hitung nilai', en: 'Compute scores' },
  SHEETS_MENU_DASHBOARD: { id: 'Dasbor', en: 'Dashboard' },
  SHEETS_MENU_REWARD: { id: 'Daftar reward & punishment', en: 'Reward & punishment list' },
  SHEETS_MENU_SAKIP: { id: 'Evaluasi SAKIP', en: 'SAKIP evaluation' },
  SHEETS_MENU_RB_TEMPLATE: { id: 'Siapkan LKE RB', en: 'Prepare RB self-assessment (LKE)' },
  SHEETS_MENU_RB: { id: 'Evaluasi RB', en: 'RB evaluation' },
  SHEETS_MENU_RB_ACTIONS_TEMPLATE: { id: 'Siapkan Rencana Aksi RB', en: 'Prepare RB action plan' },
  SHEETS_MENU_RB_ACTIONS: { id: 'Pantau rencana aksi', en: 'Monitor action plans' },
  SHEETS_MENU_POLICY: { id: 'Pengaturan kebijakan...', en: 'Policy settings...' },
  SHEETS_MENU_EXPORT: { id: 'Ekspor untuk ekstensi', en: 'Export for the extension' },
  SHEETS_MENU_HELP: { id: 'Bantuan', en: 'Help' },

  // Running actions.
  SHEETS_NO_SPREADSHEET: {
    id: 'Nilai Kerja harus dijalankan dari sebuah spreadsheet. Buka spreadsheet OPD Anda lalu pilih menu Ekstensi > Nilai Kerja.',
    en: 'Nilai Kerja must run from a spreadsheet. Open your OPD spreadsheet and use Extensions > Nilai Kerja.',
  },
  SHEETS_BUSY: {
    id: 'Proses Nilai Kerja lain sedang berjalan di spreadsheet ini. Tunggu sampai selesai, lalu coba lagi.',
    en: 'Another Nilai Kerja run is in progress in this spreadsheet. Wait until it finishes, then try again.',
  },
  SHEETS_NEEDS_UI: {
    id: 'Fitur ini membuka panel samping, jadi hanya bisa dijalankan dari menu Ekstensi > Nilai Kerja, bukan dari pemicu.',
    en: 'This feature opens a sidebar, so it only runs from the Extensions > Nilai Kerja menu, not from a trigger.',
  },
  SHEETS_PHASE2_PENDING: {
    id: 'Fitur "{feature}" belum tersedia di versi ini. Data Anda tidak diubah.',
    en: 'The "{feature}" feature is not available in this version yet. Your data was not changed.',
  },
  SHEETS_HELP_TEXT: {
    id: 'Urutan kerja: 1) Siapkan templat (atau pakai sheet yang sudah ada), 2) Petakan kolom, 3) Periksa data dan perbaiki yang tercantum di sheet "Masalah Data", 4) Hitung nilai. Nilai Kerja tidak pernah mengubah sel masukan Anda dan tidak mengirim data ke mana pun: paket untuk ekstensi, paket OPD, riwayat dan kebijakan hanya keluar sebagai berkas yang Anda unduh sendiri (berisi data pribadi: serahkan hanya kepada yang berhak). Kebijakan penilaian diatur di Pengaturan kebijakan. Fungsi lembar: CAPAIAN, KATEGORI_CAPAIAN, RATING_HASIL, PREDIKAT_KINERJA, CEK_DISTRIBUSI, NILAI_IKI, NILAI_SAKIP, PREDIKAT_SAKIP.',
    en: 'Workflow: 1) Prepare the template (or use existing sheets), 2) Map columns, 3) Check data and fix what the "Masalah Data" sheet lists, 4) Compute scores. Nilai Kerja never changes your input cells and sends data nowhere: the packages for the extension and the Sekda, the history and the policy leave only as files you download yourself (they hold personal data: hand them only to those entitled). The scoring policy is set in Policy settings. Sheet functions: CAPAIAN, KATEGORI_CAPAIAN, RATING_HASIL, PREDIKAT_KINERJA, CEK_DISTRIBUSI, NILAI_IKI, NILAI_SAKIP, PREDIKAT_SAKIP.',
  },
  SHEETS_POLICY_FALLBACK: {
    id: 'Kebijakan tersimpan tidak dapat dibaca, jadi dipakai kebijakan bawaan nasional. Buka Pengaturan kebijakan untuk memperbaikinya.',
    en: 'The saved policy cannot be read, so the national defaults are used. Open Policy settings to fix it.',
  },
} satisfies MessageSection;
