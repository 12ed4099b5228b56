import { describe, expect, it } from 'vitest';
import type { Issue } from '../../shared/core/issue';
import { formatIssue } from '../../shared/messages/format';
import type { RawNumber, RawTable, RawValue } from '../../shared/model/input';
import { scoreOrganisation } from '../../shared/pipeline';
import { defaultPolicy, PolicySchema } from '../../shared/policy/schema';
import { sheetTable } from '../../shared/sample/table';

/*
 * The % capaian SKP of a results table (one capaian per employee, docs/sheets.md#computed-results): a
 * plain number's scale is read from its column, never guessed from the number alone; a negative capaian
 * is refused; one above the policy's aggregation cap is warned; a date is named as a date.
 */

const NIPS = [
  '198411142005121355',
  '199504022020061612',
  '198706102019042522',
  '196905061990031297',
  '198303032013122582',
  '199112012016021853',
];

const employees = sheetTable(
  'Pegawai',
  ['nip', 'nama', 'unit'],
  NIPS.map((nip, i) => ({ nip, nama: `Pegawai ${i + 1}`, unit: 'Bidang A' })),
);

/** An office that keeps no indicators: every employee is scored from the results table. */
const indicators = sheetTable('Indikator', ['nip', 'rhk', 'indikator', 'target', 'realisasi'], []);

/** A number the sheet holds, as Sheets hands it over (percent cells as their fraction). */
const held = (number: number, percent = false): RawNumber => ({
  number,
  percent,
  text: percent ? `${number * 100}%` : String(number),
});

/** A results table with one capaian cell per employee, in NIPS order. */
function results(capaian: readonly RawValue[]): RawTable {
  const table = sheetTable(
    'Rekap Kinerja',
    ['nip', 'nama', 'capaian', 'rating_perilaku'],
    NIPS.slice(0, capaian.length).map((nip, i) => ({
      nip,
      nama: `Pegawai ${i + 1}`,
      capaian: '',
      rating_perilaku: 'Sesuai Ekspektasi',
    })),
  );
  capaian.forEach((value, i) => {
    const row = table.rows[i];
    if (row) row.values.capaian = value;
  });
  return table;
}

function score(capaian: readonly RawValue[], policy = defaultPolicy()) {
  const r = scoreOrganisation({ employees, indicators, results: results(capaian) }, policy);
  const capaianOf = (i: number) => r.employees.find((e) => e.nip === NIPS[i])?.capaian ?? null;
  const about = (code: string): Issue[] => r.issues.filter((i) => i.code === code);
  return { r, capaianOf, about };
}

describe('a plain number in the % capaian SKP column is read by its column', () => {
  it('refuses 0,9 in a column of points as ambiguous, at its cell, and takes no capaian from it', () => {
    const { capaianOf, about } = score([held(85), held(90), held(0.9), held(92)]);
    expect([capaianOf(0), capaianOf(1), capaianOf(3)]).toEqual([0.85, 0.9, 0.92]);
    expect(capaianOf(2)).toBeNull();
    const ambiguous = about('RESULTS_CAPAIAN_AMBIGUOUS');
    expect(ambiguous.map((i) => [i.at?.row, i.at?.column, i.severity])).toEqual([[4, 'C', 'error']]);
    expect(formatIssue(ambiguous[0]!)).toBe(
      'Sheet "Rekap Kinerja", baris 4, kolom C: % capaian SKP "0,9" ambigu: angka lain di kolom ini ditulis dalam persen tanpa tanda % (mis. "85"), jadi "0,9" bisa berarti 0,9% atau 90%. Tulis dengan tanda persen, "0,9%" atau "90%". Capaian pegawai ini tidak diambil dari sel ini.',
    );
    expect(formatIssue(ambiguous[0]!, 'en')).toBe(
      'Sheet "Rekap Kinerja", row 4, column C: % capaian SKP "0.9" is ambiguous: the other numbers in this column are percentages written without a % sign (e.g. "85"), so "0.9" may mean 0.9% or 90%. Write it with a percent sign, "0.9%" or "90%". This employee’s capaian is not taken from this cell.',
    );
  });

  it('says nothing more about the employee: the cell says what to write (no "add a % Capaian column")', () => {
    const { about, r } = score([held(85), held(90), held(0.9), held(92)]);
    expect(about('RESULTS_NO_CAPAIAN')).toEqual([]);
    // An empty capaian cell is still "no capaian".
    const empty = score([held(85), '', held(92)]);
    expect(empty.about('RESULTS_NO_CAPAIAN').map((i) => i.params?.nip)).toEqual([NIPS[1]]);
    expect(r.employees.find((e) => e.nip === NIPS[2])?.ratingHasil).toBeNull();
  });

  it('reads typed text the same way ("1,2" among "85" and "90")', () => {
    const { capaianOf, about } = score(['85', '90', '1,2']);
    expect(capaianOf(2)).toBeNull();
    expect(about('RESULTS_CAPAIAN_AMBIGUOUS').map((i) => i.params?.value)).toEqual(['1,2']);
  });

  it('takes plain numbers as fractions when every plain number of the column is up to 1,5', () => {
    const { capaianOf, about } = score([held(0.85), held(0.9), held(1.2), '0,95']);
    expect([0, 1, 2, 3].map(capaianOf)).toEqual([0.85, 0.9, 1.2, 0.95]);
    expect(about('RESULTS_CAPAIAN_AMBIGUOUS')).toEqual([]);
  });

  it('lets a percent sign or a percent cell say its own scale, beside points', () => {
    const { capaianOf, about } = score([held(85), '0,9%', held(0.9, true), held(0)]);
    expect([0, 2, 3].map(capaianOf)).toEqual([0.85, 0.9, 0]);
    expect(capaianOf(1)).toBeCloseTo(0.009, 12);
    expect(about('RESULTS_CAPAIAN_AMBIGUOUS')).toEqual([]);
  });

  it('reads a column of percent cells and "%" text without asking', () => {
    const { capaianOf, r } = score([held(0.85, true), '88,5%', held(1.1, true)]);
    expect([0, 1, 2].map(capaianOf)).toEqual([0.85, 0.885, 1.1]);
    expect(r.issues.filter((i) => i.code.startsWith('RESULTS_CAPAIAN'))).toEqual([]);
  });

  it('reads each sheet of a table stacked over sheets by its own column', () => {
    // The table's own sheet writes fractions (0,9), sheet "Februari" under it points (85): 0,9 is 90% there.
    const table = results([held(0.9), held(0.95), held(85), held(1.2)]);
    const februari = { sheet: 'Februari', columns: table.columns };
    for (const row of table.rows.slice(2)) row.at = februari;
    const r = scoreOrganisation({ employees, indicators, results: table }, defaultPolicy());
    const capaian = NIPS.slice(0, 4).map((nip) => r.employees.find((e) => e.nip === nip)?.capaian ?? null);
    expect(capaian).toEqual([0.9, 0.95, 0.85, null]);
    const ambiguous = r.issues.filter((i) => i.code === 'RESULTS_CAPAIAN_AMBIGUOUS');
    expect(ambiguous.map((i) => [i.at?.sheet, i.at?.row])).toEqual([['Februari', 5]]);
  });
});

describe('a capaian no employee can have', () => {
  it('refuses a negative capaian, plain or with "%", at its cell', () => {
    const { capaianOf, about } = score([held(85), held(-5), '-5%']);
    expect([capaianOf(1), capaianOf(2)]).toEqual([null, null]);
    const negative = about('RESULTS_CAPAIAN_NEGATIVE');
    expect(negative.map((i) => [i.at?.row, i.severity])).toEqual([
      [3, 'error'],
      [4, 'error'],
    ]);
    expect(formatIssue(negative[1]!)).toBe(
      'Sheet "Rekap Kinerja", baris 4, kolom C: % capaian SKP "-5%" negatif, padahal capaian paling kecil 0%. Perbaiki selnya (tanda minus mungkin salah ketik). Capaian pegawai ini tidak diambil dari sel ini.',
    );
  });

  it('warns at a capaian above the policy aggregation cap and keeps it as written', () => {
    const { capaianOf, about } = score([held(85), held(8.5, true), held(450), held(1.2, true)]);
    expect([capaianOf(1), capaianOf(2), capaianOf(3)]).toEqual([8.5, 4.5, 1.2]);
    const implausible = about('RESULTS_CAPAIAN_IMPLAUSIBLE');
    expect(implausible.map((i) => [i.at?.row, i.severity])).toEqual([
      [3, 'warning'],
      [4, 'warning'],
    ]);
    expect(formatIssue(implausible[1]!)).toBe(
      'Sheet "Rekap Kinerja", baris 4, kolom C: % capaian SKP "450" dibaca 450%, di atas batas 120% (capaian.aggregationCap di kebijakan: capaian tiap indikator dipotong pada 120% sebelum dirata-rata, jadi capaian pegawai tidak melebihinya). Periksa apakah salah ketik (mis. 850 untuk 85); bila angkanya benar, biarkan: capaian dipakai sebagaimana tertulis.',
    );
  });

  it('follows the cap a region sets, and warns at nothing when the region sets none', () => {
    const wide = PolicySchema.parse({ capaian: { aggregationCap: 5 } });
    expect(score([held(85), held(450)], wide).about('RESULTS_CAPAIAN_IMPLAUSIBLE')).toEqual([]);
    const none = PolicySchema.parse({ capaian: { aggregationCap: null } });
    expect(score([held(85), held(850)], none).about('RESULTS_CAPAIAN_IMPLAUSIBLE')).toEqual([]);
  });
});

describe('a date in the % capaian SKP column', () => {
  it('is named as a date, not read as a range', () => {
    const { capaianOf, about } = score([held(85), '2024-04-18']);
    expect(capaianOf(1)).toBeNull();
    expect(about('PARSE_NUMBER_RANGE')).toEqual([]);
    const date = about('RESULTS_CAPAIAN_DATE');
    expect(date.map((i) => [i.at?.row, i.severity])).toEqual([[3, 'error']]);
    expect(formatIssue(date[0]!)).toBe(
      'Sheet "Rekap Kinerja", baris 3, kolom C: % capaian SKP terbaca sebagai tanggal (2024-04-18), bukan persentase. Ubah format sel ke Persen atau Angka (Format > Angka) lalu ketik ulang capaiannya, mis. 85%. Capaian pegawai ini tidak diambil dari sel ini.',
    );
  });

  it('still says a true range is a range', () => {
    expect(score([held(85), '80-90']).about('PARSE_NUMBER_RANGE')).toHaveLength(1);
  });
});

it('never shows NaN, Infinity or undefined in a capaian message', () => {
  const { r } = score([held(85), held(0.9), held(-5), held(850), '2024-04-18', '1,2']);
  for (const issue of r.issues) {
    expect(formatIssue(issue)).not.toMatch(/NaN|undefined|Infinity/);
    expect(formatIssue(issue, 'en')).not.toMatch(/NaN|undefined|Infinity/);
  }
});
