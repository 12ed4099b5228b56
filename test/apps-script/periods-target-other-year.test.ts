/**
 * A target column headed "Target 2024" on an SKP sheet of Maret 2025, through the BUILT Code.js: Hitung nilai
 * computes no capaian from 2024's targets (before: prorated to 1/12 and scored 100 %, silently) and says why
 * once, at the target column, in "Masalah Data"; "Target 2025" on the same sheet is prorated as before.
 * Input cells are only read. (The rule: shared/score/prorate.ts decidePeriodBasis.)
 */
import { describe, expect, it } from 'vitest';
import type { SeedCell, SheetSeed } from '../../tools/apps-script-sandbox/fake-gas/spreadsheet';
import { ensureBuilt, loadSandbox } from '../../tools/apps-script-sandbox/sandbox';
import { compute, rowsOf } from './fixtures/sandbox-run';

await ensureBuilt();

const PEOPLE = [
  { nip: '198605142010012007', nama: 'Ratna Kusumawati, S.Sos.', realisasi: 100 },
  { nip: '199107232019031004', nama: 'Bayu Aji Nugroho, S.E.', realisasi: 90 },
] as const;

const number = (n: number): SeedCell => ({ v: n, d: n.toLocaleString('id-ID') });

function sheets(targetHeader: string): SheetSeed[] {
  return [
    {
      name: 'Pegawai',
      rows: [
        ['NIP', 'Nama', 'Jabatan', 'Unit Kerja'],
        ...PEOPLE.map((p) => [p.nip, p.nama, 'Analis Perizinan', 'Bidang Pelayanan Perizinan']),
      ],
    },
    {
      name: 'SKP Maret',
      rows: [
        ['CAPAIAN SKP BULANAN'],
        ['SKPD', ':', 'Dinas Penanaman Modal dan PTSP Kabupaten Sukamaju'],
        ['Bulan', ':', 'Maret 2025'],
        [],
        ['No', 'NIP', 'Indikator Kinerja Individu', 'Satuan', targetHeader, 'Realisasi'],
        ...PEOPLE.map((p, i) => [
          i + 1,
          p.nip,
          'Jumlah izin usaha yang diterbitkan',
          'Dokumen',
          number(1200),
          number(p.realisasi),
        ]),
      ],
    },
  ];
}

const problemLines = (box: ReturnType<typeof loadSandbox>): string[] =>
  rowsOf(box, 'Masalah Data').map((r) => Object.values(r).join(' | '));

describe('Hitung nilai on a Maret 2025 sheet whose target column says "Target 2024"', () => {
  const box = loadSandbox({ sheets: sheets('Target 2024') });
  compute(box, ['Pegawai', 'SKP Maret']);

  it("computes no capaian from another year's targets", () => {
    const results = rowsOf(box, 'Hasil Pegawai');
    for (const p of PEOPLE) {
      const row = results.find((r) => r.NIP === p.nip);
      expect(row, p.nama).toBeDefined();
      expect(row?.Capaian === '' || row?.Capaian === null || row?.Capaian === undefined, p.nama).toBe(true);
    }
  });

  it('says it once, at the target column, naming the header, its year and the period scored', () => {
    const said = rowsOf(box, 'Masalah Data').filter((r) =>
      String(r.Masalah).includes('"Target 2024" menyebut tahun 2024'),
    );
    expect(said).toHaveLength(1);
    // At the target column (E) of the sheet, not a row's cell; an error.
    expect([said[0]?.Sheet, said[0]?.Baris, said[0]?.Kolom, said[0]?.Jenis]).toEqual([
      'SKP Maret',
      '',
      'E',
      'Galat',
    ]);
    const text = String(said[0]?.Masalah);
    expect(text).toContain('periode penilaian tabel ini Maret 2025');
    expect(text).toContain('capaian tabel ini tidak dihitung');
    expect(text).toContain(
      'Ubah judul kolom target bila targetnya untuk tahun 2025, atau nilai periode tahun 2024',
    );
    expect(text).not.toMatch(/NaN|undefined|Infinity|2\.024/);
  });
});

describe('the same sheet headed "Target 2025"', () => {
  it('is prorated as before (1.200 / 12 = 100)', () => {
    const box = loadSandbox({ sheets: sheets('Target 2025') });
    compute(box, ['Pegawai', 'SKP Maret']);
    const ratna = rowsOf(box, 'Hasil Pegawai').find((r) => r.NIP === PEOPLE[0].nip);
    expect(ratna?.Capaian).toBe(1);
    expect(problemLines(box).some((l) => l.includes('menyebut tahun'))).toBe(false);
  });
});
