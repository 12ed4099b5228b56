import {
  type ExpectedOpd,
  type Issue,
  OPD_KIND_LABEL,
  OPD_KINDS,
  type OpdKind,
  opdKey,
  opdKind,
  opdListHeader,
  t,
} from '../../../../shared';
import { HEADER_BACKGROUND } from '../../output/sheet';
import { type CellValue, columnLetter, rangeRef, type SpreadsheetPort } from '../../port/types';

/**
 * "Daftar OPD": the OPDs the region expects a package from, kept by the Sekda's office (name, kind, RB
 * pilot). The add-on creates it once, filled with the OPDs that sent a package, and from then on only
 * reads it: it is the admin's sheet. Without it, the OPDs seen in any period are the expected ones.
 */
export const OPD_LIST_SHEET = (): string => t('RECAP_LIST_SHEET');

const text = (v: CellValue | undefined): string =>
  (v === undefined ? '' : typeof v === 'string' ? v : String(v)).replace(/\s+/g, ' ').trim();

const kindLabels = (): Map<string, OpdKind> =>
  new Map(OPD_KINDS.map((k) => [t(OPD_KIND_LABEL[k]).toLowerCase(), k]));

export interface OpdList {
  sheet: string | null;
  expected: ExpectedOpd[];
  issues: Issue[];
}

/** Reads "Daftar OPD" (its header row among the first five rows: Nama OPD, Jenis, Percontohan RB). */
export function readOpdList(book: SpreadsheetPort): OpdList {
  const name = OPD_LIST_SHEET();
  const sheet = book.getSheet(name);
  if (!sheet) return { sheet: null, expected: [], issues: [] };
  const values = sheet.read().values;
  const headerAt = opdListHeader(values, t('RECAP_LIST_COL_NAME'))?.row ?? -1;
  if (headerAt < 0) return { sheet: name, expected: [], issues: [] };
  const header = (values[headerAt] ?? []).map((c) => text(c).toLowerCase());
  const col = (code: Parameters<typeof t>[0]) => header.indexOf(t(code).toLowerCase());
  const nameCol = col('RECAP_LIST_COL_NAME');
  const kindCol = col('RECAP_LIST_COL_KIND');
  const pilotCol = col('RECAP_LIST_COL_PILOT');
  const labels = kindLabels();
  const expected: ExpectedOpd[] = [];
  const issues: Issue[] = [];
  const firstRow = new Map<string, number>();
  values.slice(headerAt + 1).forEach((r, i) => {
    const row = headerAt + 2 + i;
    const opd = text(r[nameCol]);
    if (opd === '') return;
    const key = opdKey(opd);
    const first = firstRow.get(key);
    if (first !== undefined) {
      issues.push({
        code: 'RECAP_LIST_DUPLICATE',
        params: { sheet: name, row, opd, first },
        at: { sheet: name, row },
        severity: 'warning',
      });
      return;
    }
    firstRow.set(key, row);
    const written = kindCol >= 0 ? text(r[kindCol]) : '';
    let kind =
      labels.get(written.toLowerCase()) ??
      ((OPD_KINDS as readonly string[]).find((k) => k === written.toLowerCase()) as OpdKind | undefined);
    if (written !== '' && !kind) {
      kind = opdKind(opd);
      issues.push({
        code: 'RECAP_LIST_KIND_UNKNOWN',
        params: {
          sheet: name,
          row,
          column: columnLetter(kindCol + 1),
          value: written,
          kind: t(OPD_KIND_LABEL[kind]),
          accepted: OPD_KINDS.map((k) => t(OPD_KIND_LABEL[k])).join(', '),
        },
        at: { sheet: name, row, column: columnLetter(kindCol + 1) },
        severity: 'warning',
      });
    }
    const pilot = pilotCol >= 0 ? text(r[pilotCol]).toLowerCase() : '';
    expected.push({
      name: opd,
      kind: kind ?? opdKind(opd),
      pilotRb: pilot === t('RECAP_YES').toLowerCase() || pilot === 'ya' || pilot === 'yes',
    });
  });
  return { sheet: name, expected, issues };
}

/**
 * Creates "Daftar OPD" when the workbook has none, listing these OPDs, with a dropdown of kinds and of
 * Ya/Tidak. Returns the sheet's name, or null when it already exists (then it is never touched).
 */
export function createOpdList(
  book: SpreadsheetPort,
  opds: readonly { name: string; kind: OpdKind }[],
): string | null {
  const name = OPD_LIST_SHEET();
  if (book.getSheet(name)) return null;
  const sheet = book.createSheet(name);
  const rows = [
    [t('RECAP_LIST_COL_NAME'), t('RECAP_LIST_COL_KIND'), t('RECAP_LIST_COL_PILOT')],
    ...opds.map((o) => [o.name, t(OPD_KIND_LABEL[o.kind]), t('RECAP_NO')]),
  ];
  sheet.writeTable(1, 1, rows);
  const body = Math.max(200, opds.length + 50);
  sheet.format([
    { kind: 'bold', range: rangeRef(1, 1, 1, 3) },
    { kind: 'background', range: rangeRef(1, 1, 1, 3), colour: HEADER_BACKGROUND },
    { kind: 'frozenRows', rows: 1 },
    { kind: 'columnWidth', column: 1, width: 320 },
    {
      kind: 'validationList',
      range: rangeRef(2, 2, body, 1),
      values: OPD_KINDS.map((k) => t(OPD_KIND_LABEL[k])),
      helpText: t('RECAP_LIST_COL_KIND'),
      strict: false,
    },
    {
      kind: 'validationList',
      range: rangeRef(2, 3, body, 1),
      values: [t('RECAP_YES'), t('RECAP_NO')],
      helpText: t('RECAP_LIST_COL_PILOT'),
      strict: false,
    },
  ]);
  return name;
}
