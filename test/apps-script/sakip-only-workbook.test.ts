/**
 * Evaluasi SAKIP in a unit's workbook with only the template's SAKIP and Unit sheets (no Pegawai), through
 * the built Code.js: a unit's SAKIP evaluation needs no employees (docs/panduan/admin-opd.md §8), so the
 * units come from the SAKIP sheet, last period's scores from Unit, and the verdicts are those of the full
 * workbook. Every other action keeps refusing without employees.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { workbookGrids } from '../../scripts/sample-sheets';
import { sampleWorkbook } from '../../shared/sample';
import type { SeedCell } from '../../tools/apps-script-sandbox/fake-gas/spreadsheet';
import { ensureBuilt, loadSandbox, plain, type Sandbox } from '../../tools/apps-script-sandbox/sandbox';
import { sheetNamed, sheetState } from './output-state';

beforeAll(ensureBuilt);

const sample = () => workbookGrids(sampleWorkbook()).map((g) => ({ name: g.name, rows: g.rows }));
const only = (...names: string[]) => sample().filter((g) => names.includes(g.name));
const sheetRows = (box: Sandbox, name: string): unknown[][] =>
  plain(box.book.sheets.find((s) => s.name === name)?.snapshot() ?? []) as unknown[][];

describe('Evaluasi SAKIP without employees', () => {
  it('evaluates and ranks the SAKIP sheet units as the full workbook does, inputs untouched', () => {
    const full = loadSandbox({ sheets: sample() });
    full.call('evaluasiSakip');
    const expected = sheetRows(full, 'Evaluasi SAKIP');

    const box = loadSandbox({ sheets: only('SAKIP', 'Unit') });
    const before = ['SAKIP', 'Unit'].map((n) => sheetState(sheetNamed(box, n)));
    const text = String(box.call('evaluasiSakip'));
    expect(text).not.toContain('tidak ditemukan');
    expect(text).toContain('Sheet "Evaluasi SAKIP": 3 unit dinilai. Terbaik: Bidang Pelayanan Kesehatan.');
    expect(text).toContain(
      'Workbook ini tidak punya sheet "Pegawai": unit diambil dari sheet SAKIP dan nilai SAKIP lalu dari sheet Unit.',
    );
    // The same evaluation, ranking, best and most improved as with the employees.
    expect(sheetRows(box, 'Evaluasi SAKIP')).toEqual(expected);
    const flat = expected.map((r) => r.filter((c) => c !== '').join(' | '));
    expect(flat).toContain('Paling meningkat: Bidang Pelayanan Kesehatan');
    expect(['SAKIP', 'Unit'].map((n) => sheetState(sheetNamed(box, n)))).toEqual(before);
  });

  it('works with the SAKIP sheet alone; a unit the Unit sheet lacks is said and never called improved', () => {
    const alone = loadSandbox({ sheets: only('SAKIP') });
    const aloneText = String(alone.call('evaluasiSakip'));
    expect(aloneText).toContain('3 unit dinilai');
    expect(sheetRows(alone, 'Evaluasi SAKIP').map((r) => r[0])).toContain(
      'Paling meningkat: belum ada (isi nilai SAKIP lalu di sheet Unit)',
    );

    const [sakip, unit] = [only('SAKIP')[0], only('Unit')[0]];
    if (!sakip || !unit) throw new Error('sample sheets missing');
    const firstUnit = String(sakip.rows[1]?.[0]);
    const units = { name: 'Unit', rows: unit.rows.filter((r) => String(r[0]) !== firstUnit) as SeedCell[][] };
    const box = loadSandbox({ sheets: [sakip, units] });
    const text = String(box.call('evaluasiSakip'));
    const said = `Unit "${firstUnit}" di sheet SAKIP tidak ada di sheet "Unit", jadi nilai SAKIP lalunya tidak diketahui dan unit itu tidak dapat disebut paling meningkat.`;
    expect(text).toContain(said);
    const rows = sheetRows(box, 'Evaluasi SAKIP').map((r) => String(r[0]));
    // The note is in the sheet too, with where it is (sheet SAKIP, row 2, column A).
    expect(rows.some((r) => r.includes(said) && r.includes('SAKIP') && r.includes('2'))).toBe(true);
    expect(rows.find((r) => r.startsWith('Paling meningkat'))).not.toContain(firstUnit);
  });

  it('says what is missing when there is neither a SAKIP sheet nor employees, and writes nothing', () => {
    const box = loadSandbox({ sheets: only('Unit') });
    const before = box.book.sheets.map((s) => s.name);
    const text = String(box.call('evaluasiSakip'));
    expect(text).toContain(
      'Evaluasi SAKIP tidak menemukan sheet "SAKIP" (unit, komponen, sub-komponen, kriteria, jawaban AA..E) maupun kertas kerja LKE/KKE, dan workbook ini tidak punya sheet "Pegawai".',
    );
    expect(box.book.sheets.map((s) => s.name)).toEqual(before);
  });

  it('other actions still need employees', () => {
    const box = loadSandbox({ sheets: only('SAKIP', 'Unit') });
    expect(String(box.call('hitungNilai'))).toContain('Sheet "Pegawai" tidak ditemukan');
    expect(String(box.call('daftarRewardPunishment'))).toContain('Sheet "Pegawai" tidak ditemukan');
  });
});
