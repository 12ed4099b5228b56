import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { type FoundTable, findTables } from '../../shared/columns';

/*
 * The four real office workbooks of SHEETS-IN-THE-WILD.md, read where they live (never copied into
 * the repository). Outside CI the suite is skipped with a message when the folder is absent; under
 * CI a missing folder fails.
 */

const folder = fileURLToPath(new URL('../../../shared/real-sheets/', import.meta.url));
const present = existsSync(folder);
if (!present && process.env.CI) throw new Error(`Real workbooks missing under CI: ${folder}`);
if (!present) console.warn(`tables-real: skipped, real workbooks not found in ${folder}`);

type Cell = string | { v?: unknown; d?: string } | null;
interface Merge {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}
interface Workbook {
  sheets: { name: string; rows: Cell[][]; merges?: Merge[] }[];
}

/** Display text per cell, each merged area filled with its top-left text (as the add-on's fillMerges). */
function sheetGrid(file: string, sheet: string): string[][] {
  const bytes = readFileSync(folder + file);
  const book = JSON.parse((file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8')) as Workbook;
  const found = book.sheets.find((s) => s.name === sheet);
  if (!found) throw new Error(`no sheet ${sheet} in ${file}`);
  const grid = found.rows.map((cells) =>
    cells.map((cell) =>
      cell === null ? '' : typeof cell === 'string' ? cell : (cell.d ?? String(cell.v ?? '')),
    ),
  );
  for (const m of found.merges ?? []) {
    const value = grid[m.row - 1]?.[m.column - 1] ?? '';
    for (let r = m.row - 1; r < m.row - 1 + m.numRows; r++)
      for (let c = m.column - 1; c < m.column - 1 + m.numColumns; c++) {
        const cells = grid[r];
        if (cells && c < cells.length) cells[c] = value;
      }
  }
  return grid;
}

const title = (t: FoundTable): string => t.title.replace(/\s+/g, ' ').trim();

describe.skipIf(!present)('findTables on real workbooks', () => {
  it('TPP workbook (Manado): the stacked tables with title, OPD, period Mei 2024 and signatures apart', () => {
    const grid = sheetGrid('manado-berkas-tpp.json', 'Worksheet');
    const tables = findTables(grid);
    const main = tables.filter(
      (t) => t.title !== '' && t.meta.opd !== undefined && t.recognition.mapping.nomor !== undefined,
    );
    expect(main.length).toBeGreaterThanOrEqual(7);
    for (const t of main) {
      expect(t.meta.opd).toBe('Badan Kepegawaian dan Pengembangan Sumber Daya Manusia');
      expect(t.meta.period).toEqual({ kind: 'month', year: 2024, index: 5 });
    }
    expect(main.map(title)).toEqual(
      expect.arrayContaining([
        'REKAPITULASI KEHADIRAN PEGAWAI',
        'REKAPITULASI PENILAIAN DISIPLIN KERJA',
        'REKAPITULASI PRODUKTIVITAS KERJA',
        'REKAPITULASI PENILAIAN TPP',
        'DAFTAR PERHITUNGAN TAMBAHAN PENGHASILAN PEGAWAI',
        'DAFTAR PERMINTAAN TPP',
        'DAFTAR PEMBAYARAN TPP',
      ]),
    );
    const productivity = tables.find((t) => title(t) === 'REKAPITULASI PRODUKTIVITAS KERJA');
    expect(productivity?.headerRowCount).toBe(2);
    // The productivity table lists 56 employees (No 1..56), the same rows as the attendance table.
    expect(productivity?.dataRows).toHaveLength(56);
    for (const t of tables) {
      for (const r of t.dataRows) {
        const first = (grid[r] ?? []).find((cell) => cell.trim() !== '') ?? '';
        expect(first, `row ${r + 1} of "${title(t)}"`).not.toMatch(
          /^(NIP\.|Mengetahui|Kepala|Bendahara|Manado,)/,
        );
      }
      for (const r of t.signatureRows) expect(t.dataRows).not.toContain(r);
    }
    const attendance = tables.find((t) => title(t) === 'REKAPITULASI KEHADIRAN PEGAWAI');
    expect(attendance?.totalRows).toHaveLength(1);
    expect(attendance?.signatureRows.length).toBeGreaterThanOrEqual(5);
  });

  it('attendance recap (Manado): one table, two header rows, one data row per employee', () => {
    const grid = sheetGrid('manado-rekap-kehadiran.json', 'Worksheet');
    const tables = findTables(grid);
    expect(tables).toHaveLength(1);
    const [table] = tables as [FoundTable];
    expect([table.headerStart, table.headerRowCount]).toEqual([0, 2]);
    // An employee row: its number in "No" and "Name\nNIP. 18 digits" in one cell (signature NIPs stand alone).
    const employees = grid
      .map((cells, r) => ({ cells, r }))
      .filter(({ cells }) => /^\d+$/.test(cells[0] ?? '') && /NIP\.\s*\d{18}/.test(cells[1] ?? ''));
    expect(table.dataRows).toEqual(employees.map(({ r }) => r));
  });

  it('KKE SAKIP (Trenggalek): the RESUME and PENILAIAN sheets, numbering above the header', () => {
    const resume = findTables(sheetGrid('trenggalek-kke-sakip.json', 'RESUME'));
    expect(resume).toHaveLength(1);
    expect(resume[0]).toMatchObject({ headerStart: 2, headerRowCount: 1, numberingRow: 0, firstDataRow: 3 });
    expect(resume[0]?.kind).toBe('sakip');
    const scoring = findTables(sheetGrid('trenggalek-kke-sakip.json', 'PENILAIAN'));
    expect(scoring).toHaveLength(1);
    expect(scoring[0]).toMatchObject({ headerStart: 1, headerRowCount: 2, numberingRow: 0, firstDataRow: 3 });
    expect(scoring[0]?.kind).toBe('sakip');
  });

  it('SIASN roster (Banjarmasin): one table of 7,979 employees', () => {
    const tables = findTables(sheetGrid('banjarmasin-data-asn.json.gz', 'Sheet1'));
    expect(tables).toHaveLength(1);
    expect(tables[0]?.headerStart).toBe(0);
    expect(tables[0]?.dataRows).toHaveLength(7979);
    expect(tables[0]?.kind).toBe('employees');
  });
});
