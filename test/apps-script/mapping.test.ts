import { beforeAll, describe, expect, it } from 'vitest';
import { MAPPING_PROPERTY } from '../../apps-script/src/workbook/saved-mapping';
import { workbookGrids } from '../../scripts/sample-sheets';
import { sampleWorkbook } from '../../shared/sample';
import { ensureBuilt, loadSandbox, plain } from '../../tools/apps-script-sandbox/sandbox';
import { confirmedSheets } from './confirm-proposal';
import { messyEmployees, messyEmployeesExpected, messyIndicators } from './fixtures/messy-sheets';
import { sampleBox } from './output-state';

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
      message: 'Pemetaan kolom disimpan untuk 2 tabel. Lanjutkan dengan Periksa data.',
    });
    // Saved as sent, with each mapped column's header label as confirmed: every later read compares it.
    const stored = JSON.parse(box.documentProperties.store.get(MAPPING_PROPERTY)!);
    expect(stored).toEqual({
      ...valid,
      sheets: valid.sheets.map((s) => ({ ...s, headers: expect.any(Object) })),
    });
    expect(Object.keys(stored.sheets[0].headers).sort()).toEqual(
      Object.keys(valid.sheets[0]!.columns).sort(),
    );
    expect(stored.sheets[0].headers.nip).toBe('Pegawai / NIP');
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
      // A role may span several tables (the same table continued over sheets); one table twice is refused.
      'the same table twice',
      JSON.stringify({ ...valid, sheets: [valid.sheets[0], { ...valid.sheets[0], role: 'indicators' }] }),
      /muncul dua kali/,
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

describe('Ekspor / Impor pemetaan (JSON): moving a pilot mapping into another script project', () => {
  type ExportReply = { ok: true; json: string; fileName: string } | { ok: false; message: string };
  type CheckReply =
    | { ok: true; message: string; sheets: string[]; replaces: string }
    | { ok: false; message: string; differences: string[] };
  const seeds = () =>
    workbookGrids(sampleWorkbook()).map((g) => ({ name: g.name, rows: g.rows.map((r) => [...r]) }));
  const exportOf = (box: ReturnType<typeof loadSandbox>) => {
    const reply = plain(box.call('eksporPemetaan')) as ExportReply;
    if (!reply.ok) throw new Error(reply.message);
    return reply;
  };
  const check = (box: ReturnType<typeof loadSandbox>, json: unknown) =>
    plain(box.call('periksaImporPemetaan', json)) as CheckReply;
  const importInto = (box: ReturnType<typeof loadSandbox>, json: unknown) =>
    plain(box.call('imporPemetaan', json)) as { ok: boolean; message: string; differences?: string[] };
  const results = (box: ReturnType<typeof loadSandbox>) =>
    ['Hasil Pegawai', 'Hasil Unit'].map((n) => plain(box.book.sheets.find((s) => s.name === n)!.snapshot()));

  /** The pilot: the sample OPD with a mapping the admin changed (Indikator's "Bobot (%)" not used). */
  function pilot() {
    const box = loadSandbox({ sheets: seeds() });
    const sheets = confirmedSheets(box, (field) => field !== 'bobot');
    expect(box.call('simpanPemetaan', JSON.stringify({ version: 1, sheets }))).toMatchObject({ ok: true });
    return box;
  }

  it('exports a versioned file of sheets, roles, header rows and column -> field, without cell data', () => {
    const box = pilot();
    const { json, fileName } = exportOf(box);
    expect(fileName).toBe('nilai-kerja-pemetaan.json');
    const file = JSON.parse(json);
    expect(Object.keys(file)).toEqual(['format', 'version', 'sheets']);
    expect(file).toMatchObject({ format: 'nilai-kerja-pemetaan', version: 1 });
    const pegawai = file.sheets.find((s: { sheet: string }) => s.sheet === 'Pegawai');
    expect(pegawai).toMatchObject({ role: 'employees', headerRow: 1, headerRowCount: 1 });
    expect(pegawai.columns[0]).toEqual({ column: 'A', field: 'nip', header: 'NIP' });
    // No employee's NIP or name leaves the spreadsheet.
    const sample = seeds().find((s) => s.name === 'Pegawai')!.rows[1]!;
    expect(json).not.toContain(String(sample[0]));
    expect(json).not.toContain(String(sample[1]));
  });

  it('refuses to export when nothing was saved', () => {
    const reply = plain(loadSandbox({ sheets: seeds() }).call('eksporPemetaan')) as ExportReply;
    expect(reply).toEqual({
      ok: false,
      message: expect.stringContaining('Belum ada pemetaan kolom yang disimpan'),
    });
  });

  it('imported into a fresh add-on holding the same sheets, restores the mapping: Hitung nilai gives the same results', () => {
    const box = pilot();
    box.call('hitungNilai');
    const { json } = exportOf(box);
    const saved = JSON.parse(box.documentProperties.store.get(MAPPING_PROPERTY)!);

    // Without the mapping, the other script project reads Bobot and scores differently.
    const unmapped = loadSandbox({ sheets: seeds() });
    unmapped.call('hitungNilai');
    expect(results(unmapped)).not.toEqual(results(box));

    const fresh = loadSandbox({ sheets: seeds() });
    const preview = check(fresh, json);
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(preview.sheets).toContain('Pegawai: Data pegawai; judul di baris 1; 7 kolom dipetakan.');
    expect(preview.replaces).toContain('Belum ada pemetaan tersimpan');
    // The check saves nothing; the confirmed import does.
    expect(fresh.documentProperties.store.has(MAPPING_PROPERTY)).toBe(false);
    expect(importInto(fresh, json)).toEqual({
      ok: true,
      message: `Pemetaan kolom dari berkas disimpan untuk ${saved.sheets.length} tabel. Lanjutkan dengan Periksa data.`,
    });
    expect(JSON.parse(fresh.documentProperties.store.get(MAPPING_PROPERTY)!)).toEqual(saved);
    fresh.call('hitungNilai');
    expect(results(fresh)).toEqual(results(box));
    // Exported again, the same file.
    expect(exportOf(fresh).json).toBe(json);
  });

  it('refuses a mapping naming a sheet this spreadsheet lacks, and saves nothing', () => {
    const { json } = exportOf(pilot());
    const fresh = loadSandbox({ sheets: seeds().filter((s) => s.name !== 'Absensi') });
    for (const reply of [check(fresh, json), importInto(fresh, json)]) {
      expect(reply.ok).toBe(false);
      expect(reply.message).toBe(
        'Sheet berikut tidak ada di spreadsheet ini: Absensi. Beri nama yang sama seperti saat ekspor, atau ' +
          'petakan kolom di sini lalu simpan. Pemetaan tidak diimpor.',
      );
    }
    expect(fresh.documentProperties.store.has(MAPPING_PROPERTY)).toBe(false);
  });

  it('refuses a mapping naming a result sheet the add-on owns, with the refusal of saving', () => {
    const file = JSON.parse(exportOf(pilot()).json);
    const fresh = loadSandbox({ sheets: seeds() });
    fresh.call('hitungNilai');
    fresh.book.sheets.find((s) => s.name === 'Hasil Unit')?.setName('Data Unit Saya');
    const unit = file.sheets.find((s: { role: string }) => s.role === 'units');
    unit.sheet = 'Data Unit Saya';
    const reply = importInto(fresh, JSON.stringify(file));
    expect(reply.ok).toBe(false);
    expect(reply.message).toBe(
      'Sheet berikut adalah hasil yang dibuat Nilai Kerja, bukan data input: Data Unit Saya. Hasil tidak pernah ' +
        'dibaca sebagai input; pilih sheet data Anda sendiri (mis. Pegawai, Indikator). Pemetaan tidak disimpan.',
    );
    expect(fresh.documentProperties.store.has(MAPPING_PROPERTY)).toBe(false);
  });

  it('refuses a mapping whose headers changed since the export, naming each sheet and column', () => {
    const { json } = exportOf(pilot());
    const changed = seeds();
    const pegawai = changed.find((s) => s.name === 'Pegawai')!;
    pegawai.rows[0]![1] = 'Nama Lengkap';
    pegawai.rows[0]![2] = '';
    const fresh = loadSandbox({ sheets: changed });
    const reply = check(fresh, json);
    expect(reply).toEqual({
      ok: false,
      message:
        'Judul 2 kolom berbeda dari saat pemetaan diekspor, jadi pemetaan itu bisa membaca kolom yang salah. ' +
        'Pemetaan tidak diimpor: samakan judulnya, atau petakan kolom di sini lalu simpan.',
      differences: [
        'Sheet "Pegawai", kolom B (Nama): judul saat ekspor "Nama", sekarang "Nama Lengkap".',
        'Sheet "Pegawai", kolom C (Jabatan): judul saat ekspor "Jabatan", sekarang kosong.',
      ],
    });
    expect(importInto(fresh, json).ok).toBe(false);
    expect(fresh.documentProperties.store.has(MAPPING_PROPERTY)).toBe(false);
    // Spaces and letter case alone are no difference.
    pegawai.rows[0]![1] = '  nama ';
    pegawai.rows[0]![2] = 'JABATAN';
    expect(check(loadSandbox({ sheets: changed }), json).ok).toBe(true);
  });

  it.each([
    ['not JSON', '{format:', /Berkas pemetaan tidak sah \(bagian: JSON\)/],
    ['a policy file', JSON.stringify({ version: 1, name: 'Nasional' }), /bukan berkas pemetaan kolom/],
    [
      'a newer file',
      JSON.stringify({ format: 'nilai-kerja-pemetaan', version: 2, sheets: [] }),
      /versi Nilai Kerja yang lebih baru \(versi berkas 2\)/,
    ],
    [
      'an unknown field',
      JSON.stringify({
        format: 'nilai-kerja-pemetaan',
        version: 1,
        sheets: [
          {
            sheet: 'Pegawai',
            role: 'employees',
            headerRow: 1,
            headerRowCount: 1,
            columns: [{ column: 'A', field: 'gaji', header: 'NIP' }],
          },
        ],
      }),
      /tidak sah \(bagian: sheets\.0\.columns\.0\.field\)/,
    ],
    ['a number', 42, /tidak sah \(bagian: JSON\)/],
  ])('refuses %s and saves nothing', (_, input, message) => {
    const fresh = loadSandbox({ sheets: seeds() });
    const reply = importInto(fresh, input);
    expect(reply.ok).toBe(false);
    expect(reply.message).toMatch(message);
    expect(fresh.documentProperties.store.has(MAPPING_PROPERTY)).toBe(false);
  });
});
