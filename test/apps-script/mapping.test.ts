import { beforeAll, describe, expect, it } from 'vitest';
import { MAPPING_PROPERTY } from '../../apps-script/src/workbook/saved-mapping';
import { workbookGrids } from '../../scripts/sample-sheets';
import { sampleWorkbook } from '../../shared/sample';
import { ensureBuilt, loadSandbox, plain } from '../../tools/apps-script-sandbox/sandbox';
import { messyEmployees, messyEmployeesExpected, messyIndicators } from './fixtures/messy-sheets';

beforeAll(ensureBuilt);

interface Column {
  index: number;
  letter: string;
  label: string;
  field: string | null;
  confidence: number;
}
interface SheetProposal {
  sheet: string;
  role: string | null;
  headerRow: number;
  headerRowCount: number;
  columns: Column[];
  notes: string[];
}
type Reply =
  | { ok: true; proposal: { sheets: SheetProposal[]; fields: { id: string }[] } }
  | { ok: false; message: string };

const messyBook = () => loadSandbox({ sheets: [messyEmployees, messyIndicators] });

function proposal(box: ReturnType<typeof loadSandbox>, sheet: string): SheetProposal {
  const reply = plain(box.call('ambilUsulanPemetaan')) as Reply;
  if (!reply.ok) throw new Error(reply.message);
  return reply.proposal.sheets.find((s) => s.sheet === sheet)!;
}

describe('Petakan kolom on a messy existing sheet', () => {
  it('finds the merged two-row header below a title and maps each column', () => {
    const p = proposal(messyBook(), messyEmployees.name);
    const e = messyEmployeesExpected;
    expect(p.role).toBe(e.role);
    expect([p.headerRow, p.headerRowCount]).toEqual([e.headerRow, e.headerRowCount]);
    const mapped = Object.fromEntries(p.columns.filter((c) => c.field).map((c) => [c.field, c.letter]));
    expect(mapped).toEqual(e.fields);
    expect(p.columns.find((c) => c.letter === 'C')?.label).toBe('Pegawai / NIP');
  });

  it('reports hidden, blank and subtotal rows and the extra column', () => {
    const notes = proposal(messyBook(), messyEmployees.name).notes.join('\n');
    expect(notes).toContain('tersembunyi (baris 8)');
    expect(notes).toContain('kosong di tengah data (baris 7)');
    expect(notes).toContain('jumlah/total (baris 10)');
    expect(notes).toContain(messyEmployeesExpected.extraColumn);
  });

  it('recognises short SKP headers (Tgt, Real.) as target and realisasi', () => {
    const p = proposal(messyBook(), messyIndicators.name);
    expect(p.role).toBe('indicators');
    const mapped = Object.fromEntries(p.columns.filter((c) => c.field).map((c) => [c.field, c.letter]));
    expect(mapped).toMatchObject({
      nip: 'A',
      rhk: 'B',
      indikator: 'C',
      target: 'D',
      realisasi: 'E',
      polaritas: 'G',
    });
  });

  it('petakanKolom opens the sidebar from the menu and explains itself when headless', () => {
    const box = messyBook();
    box.call('petakanKolom');
    expect(box.ui.sidebars).toHaveLength(1);
    expect(box.ui.sidebars[0]!.title).toBe('Petakan kolom');
    expect(box.ui.sidebars[0]!.content).toContain('ambilUsulanPemetaan');
    const headless = loadSandbox({ withUi: false, sheets: [messyEmployees] });
    expect(headless.call('petakanKolom')).toContain('panel samping');
  });
});

describe('simpanPemetaan validates what the sidebar sends', () => {
  const valid = {
    version: 1,
    sheets: [
      {
        sheet: 'Data Pegawai 2025',
        role: 'employees',
        headerRow: 3,
        headerRowCount: 2,
        columns: { nama: 1, nip: 2, jabatan: 3, unit: 5 },
      },
      {
        sheet: 'SKP 2025',
        role: 'indicators',
        headerRow: 1,
        headerRowCount: 1,
        columns: { nip: 0, rhk: 1, indikator: 2, target: 3, realisasi: 4 },
      },
    ],
  };

  it('saves a valid mapping and shows it confirmed next time', () => {
    const box = messyBook();
    const reply = plain(box.call('simpanPemetaan', JSON.stringify(valid))) as {
      ok: boolean;
      message: string;
    };
    expect(reply).toEqual({
      ok: true,
      message: 'Pemetaan kolom disimpan untuk 2 sheet. Lanjutkan dengan Periksa data.',
    });
    expect(JSON.parse(box.documentProperties.store.get(MAPPING_PROPERTY)!)).toEqual(valid);
    const p = proposal(box, 'Data Pegawai 2025');
    // The admin moved "unit" to column F: the saved choice wins over recognition, at full confidence.
    expect(p.columns.find((c) => c.letter === 'F')).toMatchObject({ field: 'unit', confidence: 1 });
    expect(p.columns.find((c) => c.letter === 'E')?.field).toBeNull();
  });

  it.each([
    ['not JSON', '{sheets:', /tidak sah/],
    [
      'an unknown role',
      JSON.stringify({ ...valid, sheets: [{ ...valid.sheets[0], role: 'gaji' }] }),
      /tidak sah/,
    ],
    [
      'one column for two fields',
      JSON.stringify({ ...valid, sheets: [{ ...valid.sheets[0], columns: { nama: 1, nip: 1 } }] }),
      /satu kolom untuk dua isian/,
    ],
    [
      'two sheets for one role',
      JSON.stringify({ ...valid, sheets: [valid.sheets[0], { ...valid.sheets[1], role: 'employees' }] }),
      /jenis data yang sama/,
    ],
    [
      'a sheet that no longer exists',
      JSON.stringify({ ...valid, sheets: [{ ...valid.sheets[0], sheet: 'Lama' }] }),
      /sudah tidak ada: Lama/,
    ],
    ['a number instead of text', 42, /tidak sah/],
  ])('refuses %s and saves nothing', (_, input, message) => {
    const box = messyBook();
    const reply = plain(box.call('simpanPemetaan', input)) as { ok: boolean; message: string };
    expect(reply.ok).toBe(false);
    expect(reply.message).toMatch(message);
    expect(box.documentProperties.store.has(MAPPING_PROPERTY)).toBe(false);
  });
});

describe('simpanPemetaan never takes a result sheet as input', () => {
  const sampleBox = () =>
    loadSandbox({ sheets: workbookGrids(sampleWorkbook()).map((g) => ({ name: g.name, rows: g.rows })) });
  const mappingOf = (employeesSheet: string) =>
    JSON.stringify({
      version: 1,
      sheets: [
        {
          sheet: employeesSheet,
          role: 'employees',
          headerRow: 1,
          headerRowCount: 1,
          columns: { nip: 0, nama: 1 },
        },
        {
          sheet: 'Indikator',
          role: 'indicators',
          headerRow: 1,
          headerRowCount: 1,
          columns: { nip: 0, rhk: 1, indikator: 2, target: 3, realisasi: 4 },
        },
      ],
    });
  const save = (box: ReturnType<typeof loadSandbox>, json: string) =>
    plain(box.call('simpanPemetaan', json)) as { ok: boolean; message: string };

  it('refuses a crafted call naming "Hasil Pegawai" the add-on wrote, and saves nothing', () => {
    const box = sampleBox();
    box.call('hitungNilai');
    const reply = save(box, mappingOf('Hasil Pegawai'));
    expect(reply.ok).toBe(false);
    expect(reply.message).toBe(
      'Sheet berikut adalah hasil yang dibuat Nilai Kerja, bukan data input: Hasil Pegawai. Hasil tidak pernah ' +
        'dibaca sebagai input; pilih sheet data Anda sendiri (mis. Pegawai, Indikator). Pemetaan tidak disimpan.',
    );
    expect(box.documentProperties.store.has(MAPPING_PROPERTY)).toBe(false);
  });

  it('knows an output by its mark, not its name: a renamed result is refused, the admin\'s own "Dasbor" is not', () => {
    const box = sampleBox();
    box.call('hitungNilai');
    box.book.sheets.find((s) => s.name === 'Hasil Unit')?.setName('Data Unit Saya');
    expect(save(box, mappingOf('Data Unit Saya')).message).toContain('bukan data input: Data Unit Saya.');
    box.book.addSheet({
      name: 'Dasbor',
      rows: [
        ['NIP', 'Nama'],
        ['199003152015031002', 'Budi'],
      ],
    });
    expect(save(box, mappingOf('Dasbor')).ok).toBe(true);
  });
});
