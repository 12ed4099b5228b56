import type { MessageSection } from './types';

/**
 * "Hapus data Nilai Kerja": what the add-on keeps in a spreadsheet, the questions before removing it,
 * and what was (and was not) removed. Keys are stable codes (UPPER_SNAKE).
 */
export const addonCleanupMessages = {
  SHEETS_MENU_REMOVE_DATA: { id: 'Hapus data Nilai Kerja', en: 'Remove Nilai Kerja data' },

  REMOVE_DATA_NOTHING: {
    id: 'Tidak ada data Nilai Kerja yang tersimpan di spreadsheet ini: properti dokumennya tidak berisi data Nilai Kerja, Nilai Kerja tidak membuat jadwal (pemicu), dan tidak ada lembar bertanda buatan Nilai Kerja. Tidak ada yang dihapus.',
    en: 'No Nilai Kerja data is stored in this spreadsheet: its document properties hold no Nilai Kerja data, Nilai Kerja made no schedule (trigger), and no sheet is marked as made by Nilai Kerja. Nothing was removed.',
  },
  REMOVE_DATA_NEEDS_UI: {
    id: 'Penghapusan data meminta konfirmasi Anda, jadi hanya bisa dijalankan dari menu Ekstensi > Nilai Kerja, bukan dari pemicu atau skrip. Tidak ada yang dihapus.',
    en: 'Removing the data asks for your confirmation, so it only runs from the Extensions > Nilai Kerja menu, not from a trigger or a script. Nothing was removed.',
  },

  // The first question: everything that would be removed.
  REMOVE_DATA_PROPERTIES_HEAD: {
    id: 'Data berikut disimpan Nilai Kerja di properti dokumen spreadsheet ini (tidak tampak di Sheets) dan akan dihapus:',
    en: 'Nilai Kerja keeps the following in this spreadsheet’s document properties (not shown in Sheets); it will be removed:',
  },
  REMOVE_DATA_PROPERTIES_NONE: {
    id: 'Properti dokumen spreadsheet ini tidak berisi data Nilai Kerja.',
    en: 'This spreadsheet’s document properties hold no Nilai Kerja data.',
  },
  REMOVE_DATA_GROUP_POLICY: {
    id: 'Kebijakan penilaian yang disimpan beserta versi sebelumnya ({count} kunci). Sesudahnya berlaku kebijakan bawaan nasional.',
    en: 'The saved scoring policy and its previous version ({count} keys). The national defaults apply afterwards.',
  },
  REMOVE_DATA_GROUP_MAPPING: {
    id: 'Pemetaan kolom (nama sheet, baris judul dan kolom; tanpa data pegawai). Sesudahnya kolom perlu dipetakan lagi.',
    en: 'The column mapping (sheet names, header rows and columns; no employee data). Columns must be mapped again afterwards.',
  },
  REMOVE_DATA_GROUP_OPD_NAME: {
    id: 'Nama OPD yang terakhir diketik untuk paket OPD.',
    en: 'The OPD name last typed for an OPD package.',
  },
  REMOVE_DATA_GROUP_RB_SNAPSHOT: {
    id: 'Potret rencana aksi RB terakhir (untuk melihat perubahan sejak pemantauan lalu).',
    en: 'The last RB action-plan snapshot (to show changes since the previous check).',
  },
  REMOVE_DATA_GROUP_OTHER: {
    id: 'Data Nilai Kerja lain, dari versi yang lebih baru ({keys}).',
    en: 'Other Nilai Kerja data, from a newer version ({keys}).',
  },
  REMOVE_DATA_TRIGGERS: {
    id: 'Jadwal (pemicu): Nilai Kerja tidak membuat jadwal apa pun, jadi tidak ada yang dihapus. Pemicu yang dibuat sendiri di editor Apps Script (misalnya oleh bagian TI) tidak disentuh: hapus di sana bila perlu.',
    en: 'Schedules (triggers): Nilai Kerja makes none, so there is nothing to remove. Triggers made by hand in the Apps Script editor (by the IT office, say) are not touched: remove them there if needed.',
  },
  REMOVE_DATA_SHEETS_LATER: {
    id: 'Lembar hasil buatan Nilai Kerja ({count}): {sheets}. Ditanyakan sesudah ini: dibiarkan atau ikut dihapus.',
    en: 'Result sheets made by Nilai Kerja ({count}): {sheets}. Asked next: keep them or remove them too.',
  },
  REMOVE_DATA_INPUTS_SAFE: {
    id: 'Sheet masukan dan setiap sheet yang bukan buatan Nilai Kerja tidak disentuh.',
    en: 'Input sheets and every sheet Nilai Kerja did not make are not touched.',
  },
  REMOVE_DATA_CONFIRM: {
    id: 'Lanjutkan? Ya: lanjut. Tidak: batal, tidak ada yang diubah.',
    en: 'Go on? Yes: go on. No: cancel, nothing is changed.',
  },

  // The second question: the result sheets.
  REMOVE_DATA_SHEETS_QUESTION: {
    id: 'Hapus juga {count} lembar hasil buatan Nilai Kerja? {sheets}',
    en: 'Remove the {count} result sheets made by Nilai Kerja too? {sheets}',
  },
  REMOVE_DATA_SHEETS_HISTORY: {
    id: 'Perhatian: {sheets} menyimpan data periode lalu (riwayat penilaian atau paket OPD yang diimpor) yang tidak dapat dihitung ulang dari sheet masukan.',
    en: 'Note: {sheets} keep past periods’ data (scoring history or imported OPD packages) that cannot be recomputed from the input sheets.',
  },
  REMOVE_DATA_SHEETS_BUTTONS: {
    id: 'Ya: hapus juga lembar ini. Tidak: biarkan lembar ini (tetap bertanda buatan Nilai Kerja). Batal: tidak ada yang dihapus.',
    en: 'Yes: remove these sheets too. No: keep these sheets (still marked as made by Nilai Kerja). Cancel: nothing is removed.',
  },

  // What happened.
  REMOVE_DATA_CANCELLED: {
    id: 'Dibatalkan. Tidak ada yang dihapus.',
    en: 'Cancelled. Nothing was removed.',
  },
  REMOVE_DATA_NAME_POLICY: {
    id: 'kebijakan penilaian dan versi sebelumnya',
    en: 'scoring policy and its previous version',
  },
  REMOVE_DATA_NAME_MAPPING: { id: 'pemetaan kolom', en: 'column mapping' },
  REMOVE_DATA_NAME_OPD_NAME: { id: 'nama OPD terakhir', en: 'last OPD name' },
  REMOVE_DATA_NAME_RB_SNAPSHOT: { id: 'potret rencana aksi RB', en: 'RB action-plan snapshot' },
  REMOVE_DATA_NAME_OTHER: { id: 'data Nilai Kerja lain ({keys})', en: 'other Nilai Kerja data ({keys})' },
  REMOVE_DATA_DONE: {
    id: 'Selesai. Properti dokumen spreadsheet ini tidak lagi berisi data Nilai Kerja.',
    en: 'Done. This spreadsheet’s document properties no longer hold any Nilai Kerja data.',
  },
  REMOVE_DATA_INCOMPLETE: {
    id: 'Penghapusan TIDAK selesai. Jalankan Hapus data Nilai Kerja lagi untuk mencoba sisanya.',
    en: 'The removal did NOT finish. Run Remove Nilai Kerja data again to try the rest.',
  },
  REMOVE_DATA_REMOVED_PROPERTIES: {
    id: 'Dihapus dari properti dokumen: {items}.',
    en: 'Removed from the document properties: {items}.',
  },
  REMOVE_DATA_NOT_REMOVED_PROPERTIES: {
    id: 'TIDAK terhapus dari properti dokumen: {items} ({detail}).',
    en: 'NOT removed from the document properties: {items} ({detail}).',
  },
  REMOVE_DATA_STILL_THERE: {
    id: 'masih ada sesudah dihapus',
    en: 'still there after removal',
  },
  REMOVE_DATA_REMOVED_SHEETS: {
    id: 'Lembar hasil yang dihapus: {sheets}.',
    en: 'Result sheets removed: {sheets}.',
  },
  REMOVE_DATA_KEPT_SHEETS: {
    id: 'Lembar hasil yang dibiarkan: {sheets}.',
    en: 'Result sheets kept: {sheets}.',
  },
  REMOVE_DATA_NOT_REMOVED_SHEET: {
    id: 'Lembar "{sheet}" TIDAK terhapus ({detail}).',
    en: 'Sheet "{sheet}" was NOT removed ({detail}).',
  },
  REMOVE_DATA_LAST_SHEET: {
    id: 'spreadsheet harus punya setidaknya satu lembar',
    en: 'a spreadsheet must keep at least one sheet',
  },
} satisfies MessageSection;
