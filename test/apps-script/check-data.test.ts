import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, loadSandbox } from '../../tools/apps-script-sandbox/sandbox';
import { confirmedSheets } from './confirm-proposal';
import { messyEmployees, messyIndicators, messyProblems } from './fixtures/messy-sheets';

beforeAll(ensureBuilt);

const problemsOf = (box: ReturnType<typeof loadSandbox>) => {
  const sheet = box.book.sheets.find((s) => s.name === 'Masalah Data');
  if (!sheet) throw new Error('no Masalah Data sheet');
  return sheet.snapshot().map((row) => row.map(String));
};

describe('Periksa data', () => {
  it('lists each problem with sheet, row, column, the value seen, the message and a link to the cell', () => {
    const box = loadSandbox({ sheets: [messyEmployees, messyIndicators] });
    const text = box.call('periksaData') as string;
    expect(text).toMatch(/\d+ galat dan \d+ peringatan ditemukan/);
    const rows = problemsOf(box);
    expect(rows[0]).toEqual(['Sheet', 'Baris', 'Kolom', 'Nilai', 'Masalah', 'Jenis', 'Tautan']);
    for (const expected of messyProblems) {
      const row = rows.find(
        (r) => r[0] === expected.sheet && r[1] === String(expected.row) && r[2] === expected.column,
      );
      expect(row, `${expected.sheet} ${expected.column}${expected.row}`).toBeDefined();
      expect(row![3]).toBe(expected.value);
      expect(row![4]).toContain(expected.says);
      const gid = box.book.sheets.find((s) => s.name === expected.sheet)!.id;
      expect(row![6]).toBe(`=HYPERLINK("#gid=${gid}&range=${expected.column}${expected.row}","Buka")`);
    }
  });

  it.each([
    ['scientific notation (English locale)', '1.99003E+17'],
    ['scientific notation (Indonesian locale)', '1,99003E+17'],
    ['all digits (number format 0)', '199003152015031000'],
  ])('reports a NIP stored as a number shown in %s', (_, display) => {
    const pegawai = {
      name: 'Pegawai',
      rows: [
        ['NIP', 'Nama', 'Unit Kerja'],
        [{ v: 199003152015031000, d: display }, 'Siti Rahmawati', 'Sekretariat'],
      ],
    };
    const box = loadSandbox({
      sheets: [pegawai, { name: 'Indikator', rows: [['NIP', 'Indikator', 'Target', 'Realisasi']] }],
    });
    box.call('periksaData');
    const nip = problemsOf(box).find((r) => r[0] === 'Pegawai' && r[1] === '2' && r[2] === 'A');
    expect(nip?.[3]).toBe(display);
    expect(nip?.[4]).toContain('tersimpan sebagai angka');
  });

  it('says what a fuller verdict would need when the workbook holds only employees', () => {
    const box = loadSandbox({ sheets: [messyEmployees] });
    box.call('periksaData');
    const rows = problemsOf(box);
    expect(
      rows.some(
        (r) => r[0] === '' && (r[4] ?? '').includes('Tidak ada data hasil kerja') && r[5] === 'Peringatan',
      ),
    ).toBe(true);
    expect((rows.find((r) => (r[4] ?? '').includes('Tidak ada data hasil kerja')) ?? [])[4]).toContain(
      '"Indikator"',
    );
  });

  it('regenerates the sheet on each run instead of appending', () => {
    const box = loadSandbox({ sheets: [messyEmployees, messyIndicators] });
    box.call('periksaData');
    const first = problemsOf(box);
    box.call('periksaData');
    expect(problemsOf(box)).toEqual(first);
    expect(box.book.sheets.filter((s) => s.name === 'Masalah Data')).toHaveLength(1);
  });

  it('writes user text that looks like a formula as text', () => {
    const sheets = [
      {
        name: 'Pegawai',
        rows: [
          ['NIP', 'Nama', 'Unit Kerja'],
          ['=1+1', 'Andi', 'Sekretariat'],
        ],
      },
      { name: 'Indikator', rows: [['NIP', 'Indikator', 'Target', 'Realisasi']] },
    ];
    const box = loadSandbox({ sheets });
    box.call('periksaData');
    const row = problemsOf(box).find((r) => r[0] === 'Pegawai' && r[1] === '2');
    expect(row?.[3]).toBe("'=1+1");
  });

  it('says there is nothing to fix on clean template data', () => {
    const box = loadSandbox();
    box.call('siapkanTemplat');
    const pegawai = box.book.sheets.find((s) => s.name === 'Pegawai')!;
    const indikator = box.book.sheets.find((s) => s.name === 'Indikator')!;
    const put = (sheet: typeof pegawai, row: number, values: (string | number)[]) =>
      values.forEach((v, i) => {
        sheet.cell(row, i + 1).v = v;
      });
    put(pegawai, 2, [
      '199003152015031002',
      'Siti Rahmawati, S.E.',
      'Analis Kebijakan',
      'Sekretariat',
      '',
      'Tidak',
      5000000,
    ]);
    put(indikator, 2, [
      '199003152015031002',
      'Tersusunnya laporan kinerja',
      'Utama',
      'Jumlah laporan kinerja',
      'Kuantitas',
      '12 Laporan',
      '12 Laporan',
      'Laporan',
      'Positif',
      100,
      '',
      'Tepat waktu',
    ]);
    const text = box.call('periksaData') as string;
    const rows = problemsOf(box);
    const errors = rows.filter((r) => r[5] === 'Galat');
    expect(errors).toEqual([]);
    expect(text).toMatch(/Data siap|0 galat/);
  });
});

describe('a failed run', () => {
  it('keeps the previous problem list and says why in Indonesian', () => {
    const box = loadSandbox({ sheets: [messyEmployees, messyIndicators] });
    box.call('periksaData');
    const before = problemsOf(box);
    const skp = box.book.sheets.find((s) => s.name === messyIndicators.name)!;
    skp.getDataRange = () => {
      throw new Error('Service Spreadsheets timed out while accessing document');
    };
    const text = box.call('periksaData') as string;
    expect(text).toContain('Terjadi kesalahan tak terduga (Service Spreadsheets timed out');
    expect(text).toContain('Data Anda tidak diubah');
    expect(problemsOf(box)).toEqual(before);
    expect(box.lock.held).toBe(false);
  });
});

describe('confirmed or proposed mapping', () => {
  it('says when columns were read from the automatic proposal, and stops once the admin confirmed them', () => {
    const box = loadSandbox({ sheets: [messyEmployees, messyIndicators] });
    expect(box.call('periksaData')).toContain('usulan otomatis');
    const sheets = confirmedSheets(box);
    box.call('simpanPemetaan', JSON.stringify({ version: 1, sheets }));
    expect(box.call('periksaData')).not.toContain('usulan otomatis');
  });
});
