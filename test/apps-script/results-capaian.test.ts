import { describe, expect, it } from 'vitest';
import type { SeedCell } from '../../tools/apps-script-sandbox/fake-gas/spreadsheet';
import { ensureBuilt, loadSandbox, type Sandbox } from '../../tools/apps-script-sandbox/sandbox';
import { compute, rowsOf } from './fixtures/sandbox-run';

/*
 * An OPD recap with one % capaian SKP per employee, through the BUILT Code.js: a plain number's scale is
 * read from its column (0,9 among 85 and 92 is refused as ambiguous, never 90%), a negative capaian is
 * refused, one above the policy's aggregation cap is warned, a date cell is named as a date
 * (docs/sheets.md#computed-results).
 */

await ensureBuilt();

const SHEET = 'Rekap Kinerja';
const NIPS = [
  '198411142005121355',
  '199504022020061612',
  '198706102019042522',
  '196905061990031297',
  '198303032013122582',
  '199112012016021853',
  '197902012010011425',
];

function run(capaian: readonly SeedCell[]): Sandbox {
  const header = ['No', 'NIP', 'Nama', 'Unit Kerja', '% Capaian SKP', 'Rating Perilaku'];
  const rows: SeedCell[][] = [header];
  capaian.forEach((value, i) => {
    rows.push([i + 1, NIPS[i]!, `Pegawai ${i + 1}`, 'Bidang A', value, 'Sesuai Ekspektasi']);
  });
  const box = loadSandbox({ sheets: [{ name: SHEET, rows }], withUi: false });
  compute(box, [SHEET]);
  return box;
}

/** Masalah Data rows about the capaian column: row, value shown, message, kind. */
const capaianProblems = (box: Sandbox) =>
  rowsOf(box, 'Masalah Data')
    .filter(
      (p) => p.Sheet === SHEET && p.Kolom === 'E' && !String(p.Masalah).includes('tidak punya % capaian'),
    )
    .map((p) => [String(p.Baris), String(p.Masalah), String(p.Jenis)]);

const capaianOf = (box: Sandbox) =>
  Object.fromEntries(rowsOf(box, 'Hasil Pegawai').map((e) => [String(e.Nama), e.Capaian]));

describe('% capaian SKP of a per-employee recap', () => {
  it('refuses a plain 0,9 among points and a negative capaian, and warns at 850% and 450%', () => {
    const box = run([85, 90, 0.9, -5, '-5%', { v: 8.5, d: '850%' }, 450]);
    const problems = capaianProblems(box);
    expect(problems.map(([row, , kind]) => [row, kind])).toEqual([
      ['4', 'Galat'],
      ['5', 'Galat'],
      ['6', 'Galat'],
      ['7', 'Peringatan'],
      ['8', 'Peringatan'],
    ]);
    expect(problems[0]![1]).toBe(
      '% capaian SKP "0,9" ambigu: angka lain di kolom ini ditulis dalam persen tanpa tanda % (mis. "85"), jadi "0,9" bisa berarti 0,9% atau 90%. Tulis dengan tanda persen, "0,9%" atau "90%". Capaian pegawai ini tidak diambil dari sel ini.',
    );
    expect(problems[1]![1]).toMatch(/^% capaian SKP "-5" negatif/);
    expect(problems[2]![1]).toMatch(/^% capaian SKP "-5%" negatif/);
    expect(problems[3]![1]).toMatch(/dibaca 850%, di atas batas 120%/);
    expect(problems[4]![1]).toMatch(/^% capaian SKP "450" dibaca 450%, di atas batas 120%/);
    const capaian = capaianOf(box);
    // Refused cells give no capaian (and so no rating hasil); implausible ones are kept as written.
    expect(capaian).toMatchObject({
      'Pegawai 1': 0.85,
      'Pegawai 2': 0.9,
      'Pegawai 3': '',
      'Pegawai 4': '',
      'Pegawai 5': '',
      'Pegawai 6': 8.5,
      'Pegawai 7': 4.5,
    });
  });

  it('reads a column of plain fractions as fractions', () => {
    const box = run([0.85, 0.9, 1.2]);
    expect(capaianProblems(box)).toEqual([]);
    expect(capaianOf(box)).toMatchObject({ 'Pegawai 1': 0.85, 'Pegawai 2': 0.9, 'Pegawai 3': 1.2 });
  });

  it('says a date-formatted capaian cell is a date, not a range', () => {
    const box = run([85, { v: new Date('2024-04-18T00:00:00Z'), d: '18/04/2024' }]);
    expect(capaianProblems(box)).toEqual([
      [
        '3',
        '% capaian SKP terbaca sebagai tanggal (2024-04-18), bukan persentase. Ubah format sel ke Persen atau Angka (Format > Angka) lalu ketik ulang capaiannya, mis. 85%. Capaian pegawai ini tidak diambil dari sel ini.',
        'Galat',
      ],
    ]);
  });
});
