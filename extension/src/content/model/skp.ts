import type { RhkKind } from '../../../../shared/parse';
import { type GridCell, type GridRow, rowCells } from '../dom/grid';
import { SECTION_TAMBAHAN, SECTION_UTAMA } from '../selectors';
import { cellOf, hasField, type TableModel, textOf } from './table';
import { findNip, readRhkKind } from './values';

/** One indicator (IKI) row of an SKP table, with the RHK it belongs to. */
export interface IndicatorRow {
  row: GridRow;
  kind: RhkKind;
  /** Identity of its RHK: the RHK cell (shared by its rowspanned rows) or the row itself (layout c). */
  rhk: Element;
  /** NIP of the row's owner when the table lists several people; '' for the page's one employee. */
  owner: string;
  /** Cell holding the owner's name, for the per-person badge. */
  ownerCell?: GridCell;
}

/** A full-width row whose only cell says "Utama" / "Tambahan" (docs/pages.md#pattern-2). */
export function sectionOf(row: GridRow): RhkKind | 'other' | undefined {
  const cells = rowCells(row);
  if (cells.length !== 1) return undefined;
  const text = cells[0]!.text;
  if (SECTION_UTAMA.test(text)) return 'utama';
  if (SECTION_TAMBAHAN.test(text)) return 'tambahan';
  // "Tidak Ada Data", "Memuat data...": a single wide cell is never an indicator.
  return 'other';
}

const PERSON_FIELDS = ['nama_nip', 'nip', 'nama'] as const;

/**
 * The indicator rows of an SKP table in order. Section rows set the RHK kind of the rows below (the
 * Tambahan group restarts numbering at 1, so numbers cannot tell them apart). A row is an indicator
 * when it has a target or an indicator text of its own; the RHK-only row of layout (b) is not.
 * A `jenis_rhk` column, when present, overrides the section.
 */
export function indicatorRows(model: TableModel): IndicatorRow[] {
  const out: IndicatorRow[] = [];
  let kind: RhkKind = 'utama';
  const personField = PERSON_FIELDS.find((f) => hasField(model, f));
  // An RHK is a run of rows, as in Hitung nilai (shared/pipeline readIndicators): a rowspanned RHK cell,
  // or consecutive rows of one person repeating the same RHK text; an empty RHK cell continues the run.
  let run: { key: Element; text: string; owner: string; kind: RhkKind; fresh?: boolean } | undefined;
  for (const row of model.dataRows) {
    const section = sectionOf(row);
    if (section === 'utama' || section === 'tambahan') {
      kind = section;
      continue;
    }
    if (section === 'other') continue;
    const target = cellOf(model, row, 'target');
    const indikator = cellOf(model, row, 'indikator');
    const rhkCell = cellOf(model, row, 'rhk');
    const ownTarget = target !== undefined && target.text !== '' && target.source !== rhkCell?.source;
    const ownIndicator =
      indikator !== undefined && indikator.text !== '' && indikator.source !== rhkCell?.source;
    if (!ownTarget && !ownIndicator) {
      // Layout (b): the RHK on a row of its own starts the RHK its indicator rows below belong to.
      const text = (rhkCell?.text ?? '').replace(/\s+/g, ' ').trim();
      if (rhkCell && text !== '')
        run = { key: rhkCell.source, text, owner: run?.owner ?? '', kind, fresh: true };
      continue;
    }
    const rowKind: RhkKind = readRhkKind(textOf(model, row, 'jenis_rhk')) ?? kind;
    const ownerCell = personField ? cellOf(model, row, personField) : undefined;
    const nip = personField
      ? (findNip(textOf(model, row, 'nip')) ?? findNip(ownerCell?.text ?? ''))
      : undefined;
    const owner = nip ?? '';
    const rhkText = (rhkCell?.text ?? '').replace(/\s+/g, ' ').trim();
    const continues =
      run !== undefined &&
      (run.owner === owner || run.fresh === true) &&
      run.kind === rowKind &&
      (rhkCell === undefined || rhkCell.source === run.key || rhkText === '' || rhkText === run.text);
    if (!continues || run === undefined)
      run = { key: rhkCell?.source ?? row.source, text: rhkText, owner, kind: rowKind };
    else if (run.fresh) run = { ...run, owner, kind: rowKind, fresh: false };
    out.push({
      row,
      kind: rowKind,
      rhk: run.key,
      owner,
      ...(ownerCell ? { ownerCell } : {}),
    });
  }
  return out;
}
