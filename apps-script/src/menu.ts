import { type MessageCode, t } from '../../shared';
import type { GasUi } from './gas/types';

/**
 * The add-on menu, in order. Each item names a global declared in globals.ts (the build checks
 * that every global exists; the sandbox test checks every item points at one). A null entry is a
 * separator. Phase-2 features add their item here and their global in globals.ts.
 */
export const MENU: ReadonlyArray<{ label: MessageCode; fn: string } | null> = [
  { label: 'SHEETS_MENU_TEMPLATE', fn: 'siapkanTemplat' },
  { label: 'SHEETS_MENU_MAPPING', fn: 'petakanKolom' },
  { label: 'SHEETS_MENU_CHECK', fn: 'periksaData' },
  { label: 'SHEETS_MENU_PEMBINAAN_TEMPLATE', fn: 'siapkanCatatanPembinaan' },
  null,
  { label: 'SHEETS_MENU_COMPUTE', fn: 'hitungNilai' },
  { label: 'SHEETS_MENU_DASHBOARD', fn: 'buatDasbor' },
  { label: 'SHEETS_MENU_REWARD', fn: 'daftarRewardPunishment' },
  { label: 'SHEETS_MENU_SAKIP', fn: 'evaluasiSakip' },
  { label: 'PAPERS_MENU_PREPARE', fn: 'siapkanKertasRapat' },
  { label: 'PAPERS_MENU_PRINT', fn: 'cetakKertas' },
  null,
  { label: 'SHEETS_MENU_RB_TEMPLATE', fn: 'siapkanLkeRb' },
  { label: 'SHEETS_MENU_RB', fn: 'evaluasiRb' },
  { label: 'SHEETS_MENU_RB_ACTIONS_TEMPLATE', fn: 'siapkanRencanaAksiRb' },
  { label: 'SHEETS_MENU_RB_ACTIONS', fn: 'pantauRencanaAksi' },
  null,
  { label: 'SHEETS_MENU_POLICY', fn: 'bukaPengaturan' },
  { label: 'SHEETS_MENU_EXPORT', fn: 'eksporUntukEkstensi' },
  { label: 'RECAP_MENU_EXPORT', fn: 'eksporPaketOpd' },
  { label: 'RECAP_MENU_RECAP', fn: 'rekapOpd' },
  { label: 'HISTX_MENU_EXPORT', fn: 'eksporRiwayat' },
  { label: 'HISTX_MENU_IMPORT', fn: 'imporRiwayat' },
  { label: 'SHEETS_MENU_HELP', fn: 'bantuan' },
  null,
  // Last and apart: it removes what the add-on keeps (after showing it and asking).
  { label: 'SHEETS_MENU_REMOVE_DATA', fn: 'hapusDataNilaiKerja' },
];

/**
 * Builds the add-on menu. Runs in onOpen, possibly in AuthMode.NONE (add-on installed but not yet
 * used in this file), where only the menu may be touched: no properties, no sheet reads.
 */
export function buildMenu(ui: GasUi): void {
  const menu = ui.createAddonMenu();
  for (const item of MENU) {
    if (item) menu.addItem(t(item.label), item.fn);
    else menu.addSeparator();
  }
  menu.addToUi();
}
