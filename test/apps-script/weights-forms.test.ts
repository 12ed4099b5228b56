import { describe, expect, it } from 'vitest';
import { t } from '../../shared';
import type { SeedCell } from '../../tools/apps-script-sandbox/fake-gas/spreadsheet';
import { ensureBuilt, loadSandbox, plain, type Sandbox } from '../../tools/apps-script-sandbox/sandbox';

/*
 * Weights written two ways in the Bobot column, through the BUILT Code.js: 0.4 (a number cell) beside
 * "20%" was weighed 0,4 against 20 (capaian 119 %, Di Atas Ekspektasi). Now the 0.4 is reported at its cell
 * with what to write, and the two RHK count equally until it is fixed; fixed, they are weighed 40 : 20.
 */

await ensureBuilt();

const NIP = '198501012010011001';
const sheets = (bobotA: SeedCell, bobotB: SeedCell) => [
  {
    name: 'Pegawai',
    rows: [
      ['NIP', 'Nama', 'Jabatan', 'Unit Kerja'],
      [NIP, 'Siti', 'Analis', 'Sekretariat'],
    ],
  },
  {
    name: 'Indikator',
    rows: [
      ['NIP', 'RHK', 'Jenis RHK', 'Bobot', 'Indikator', 'Target', 'Realisasi'],
      [NIP, 'A', 'Utama', bobotA, 'Ind', 10, 8],
      [NIP, 'B', 'Utama', bobotB, 'Ind', 12, 15],
    ],
  },
];
const values = (box: Sandbox, name: string): unknown[][] => {
  const sheet = box.book.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return plain(sheet.snapshot());
};
const capaianOf = (box: Sandbox) => {
  const [header, row] = values(box, 'Hasil Pegawai') as [string[], unknown[]];
  return row[header.indexOf(t('ADDON_COL_CAPAIAN'))];
};
const problems = (box: Sandbox) =>
  values(box, 'Masalah Data')
    .slice(1)
    .map((r) => r.slice(0, 6).map(String));

describe('Bobot written as 0.4 beside "20%"', () => {
  it('is reported at its cell and not weighed 0,4 against 20; once fixed, 40 : 20', () => {
    const box = loadSandbox({ sheets: sheets(0.4, '20%') });
    box.call('hitungNilai');
    expect(problems(box)).toContainEqual([
      'Indikator',
      '2',
      'D',
      '0.4',
      'Bobot "0,4" ditulis sebagai pecahan (sampai 1), sedangkan bobot lain di kolom ini ditulis dalam persen (mis. "20%"): bobot dua bentuk tidak dapat ditimbang bersama. Tulis dengan tanda persen, "40%" (atau "0,4%" bila memang sekecil itu). Sampai diperbaiki, bobot ini tidak dipakai dan baris yang ditimbang bersamanya dihitung dengan bobot sama.',
      'Peringatan',
    ]);
    // The partial-weight warning says the mean fell back on equal weights: (80 % + 120 %) / 2, never (0,8 x 0,4 + 1,2 x 20) / 20,4 = 119,2 %.
    expect(capaianOf(box)).toBeCloseTo(1, 6);

    box.book.sheets
      .find((s) => s.name === 'Indikator')!
      .getRange(2, 4, 1, 1)
      .setValues([['40%']]);
    box.call('hitungNilai');
    expect(problems(box).filter((r) => r[0] === 'Indikator')).toEqual([]);
    expect(capaianOf(box)).toBeCloseTo(0.9333, 4);
  });
});
