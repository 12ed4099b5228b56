import type { MessageCode } from '../messages/catalog';

/**
 * The header row of the add-on's LKE RB template, in order. The reader (rb-workbook-layout.ts) finds
 * these columns by their content like any office layout's; the add-on writes them and the sample fills
 * them, so the three cannot drift apart. `list` names the dropdown the template puts on the column.
 */
export const RB_TEMPLATE_COLUMNS = [
  { key: 'area', header: 'RB_TPL_COL_AREA', width: 240, list: 'area' },
  { key: 'indicator', header: 'RB_TPL_COL_INDICATOR', width: 360 },
  { key: 'part', header: 'RB_TPL_COL_PART', width: 120, list: 'part' },
  { key: 'weight', header: 'RB_TPL_COL_WEIGHT', width: 70 },
  { key: 'kind', header: 'RB_TPL_COL_KIND', width: 120, list: 'kind' },
  { key: 'mandiri', header: 'RB_TPL_COL_MANDIRI', width: 130, list: 'answer' },
  { key: 'verifikasi', header: 'RB_TPL_COL_VERIFIKASI', width: 130, list: 'answer' },
  { key: 'evidence', header: 'RB_TPL_COL_EVIDENCE', width: 260 },
  { key: 'note', header: 'RB_TPL_COL_NOTE', width: 260 },
] as const satisfies readonly {
  key: string;
  header: MessageCode;
  width: number;
  list?: 'area' | 'part' | 'kind' | 'answer';
}[];

export type RbTemplateKey = (typeof RB_TEMPLATE_COLUMNS)[number]['key'];
