import { describe, expect, it } from 'vitest';
import type { SheetSeed } from '../../tools/apps-script-sandbox/fake-gas/spreadsheet';
import { ensureBuilt, loadSandbox, plain, type Sandbox } from '../../tools/apps-script-sandbox/sandbox';
import { unitMonthRecap } from './fixtures/families';

/*
 * The same month scored twice ("Rekap Februari" and "Rekap Februari (revisi)" stacked), through the BUILT
 * Code.js: the repeat names the sheet the first row is on, and when the two disagree it says whose values
 * were used and that the repeat's were not.
 */

await ensureBuilt();

const OPD = 'Dinas Komunikasi dan Informatika Kabupaten Sukamaju';
const RAHMAT = '198403122009011004';
const SARI = '199001252015032006';
const PEOPLE = [
  { nip: RAHMAT, nama: 'Rahmat Hidayat', unit: 'Bidang A' },
  { nip: SARI, nama: 'Sari Dewi', unit: 'Bidang A' },
];

const values = (box: Sandbox, name: string): unknown[][] => {
  const sheet = box.book.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return plain(sheet.snapshot());
};
/** Masalah Data rows about the revision sheet: sheet, row, column, value, message, kind. */
const revisionProblems = (box: Sandbox) =>
  values(box, 'Masalah Data')
    .map((r) => r.slice(0, 6).map(String))
    .filter((r) => r[0] === 'Rekap Februari (revisi)');
const capaianOf = (box: Sandbox, nip: string) => {
  const [header, ...rows] = values(box, 'Hasil Pegawai');
  const row = rows.find((r) => r[header!.indexOf('NIP')] === nip);
  return row?.[header!.indexOf('Capaian')];
};
const month = (name: string, capaian: readonly number[]): SheetSeed => {
  const sheet = unitMonthRecap(OPD, 'Februari', PEOPLE, (i) => capaian[i]!);
  sheet.name = name;
  return sheet;
};

describe('the same month on two sheets', () => {
  it('names the first sheet and says its values were used when the revision differs', () => {
    const box = loadSandbox({
      sheets: [month('Rekap Februari', [0.8, 1.1]), month('Rekap Februari (revisi)', [0.9, 1.1])],
    });
    box.call('hitungNilai');
    expect(revisionProblems(box)).toEqual([
      [
        'Rekap Februari (revisi)',
        '6',
        'B',
        RAHMAT,
        `NIP ${RAHMAT} sudah ada di baris 6 sheet "Rekap Februari" dengan isi berbeda: E: "80%" / "90%" (sheet "Rekap Februari" / baris ini). Yang dipakai isi baris 6 sheet "Rekap Februari"; isi baris ini tidak dihitung. Hapus baris atau sheet yang tidak berlaku atau samakan isinya.`,
        'Galat',
      ],
      [
        'Rekap Februari (revisi)',
        '7',
        'B',
        SARI,
        `NIP ${SARI} sudah ada di baris 7 sheet "Rekap Februari" dengan isi yang sama. Baris ini diabaikan: hapus baris gandanya.`,
        'Peringatan',
      ],
    ]);
    // What the message says is what was scored: the first sheet's 80%.
    expect(capaianOf(box, RAHMAT)).toBe(0.8);
  });
});
