import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../shared/messages/format';
import type { FieldId } from '../../shared/model/fields';
import type { RawTable, RawValue, RowSource, WorkbookInput } from '../../shared/model/input';
import { scoreOrganisation } from '../../shared/pipeline';
import { defaultPolicy } from '../../shared/policy/schema';

/*
 * Weights written two ways in one Bobot column (0,4 beside "20%", 40 beside 0,2) were weighed as written:
 * 0,4 against 20. The column takes the form most of its weights are written in; a weight in the other form
 * is reported at its cell with what to write, and not used (never converted).
 */

const SITI = '198501012010011001';
const BUDI = '198602022011011002';
const COLS: FieldId[] = ['nip', 'nama', 'jabatan', 'unit'];
const IND: FieldId[] = ['nip', 'rhk', 'jenis_rhk', 'bobot', 'indikator', 'target', 'realisasi'];
const letters = (cols: FieldId[]) => Object.fromEntries(cols.map((c, i) => [c, String.fromCharCode(65 + i)]));

/** An indicator row: RHK A scores 80 %, RHK B 125 % (capped at 120 %). */
type Row = [nip: string, rhk: 'A' | 'B', bobot: RawValue];
const indicatorRow = ([nip, rhk, bobot]: Row): Partial<Record<FieldId, RawValue>> => ({
  nip,
  rhk,
  jenis_rhk: 'Utama',
  bobot,
  indikator: `Indikator ${rhk}`,
  target: rhk === 'A' ? '10' : '12',
  realisasi: rhk === 'A' ? '8' : '15',
});

function workbook(rows: Row[], at?: (i: number) => RowSource | undefined): WorkbookInput {
  const employees: RawTable = {
    sheet: 'Pegawai',
    columns: letters(COLS),
    rows: [
      { row: 2, values: { nip: SITI, nama: 'Siti', jabatan: 'Analis', unit: 'Sekretariat' } },
      { row: 3, values: { nip: BUDI, nama: 'Budi', jabatan: 'Analis', unit: 'Sekretariat' } },
    ],
  };
  const indicators: RawTable = {
    sheet: 'Indikator',
    columns: letters(IND),
    rows: rows.map((r, i) => {
      const source = at?.(i);
      return { row: i + 2, values: indicatorRow(r), ...(source ? { at: source } : {}) };
    }),
  };
  return { employees, indicators };
}

const policy = defaultPolicy();
const score = (rows: Row[], at?: (i: number) => RowSource | undefined) => {
  const result = scoreOrganisation(workbook(rows, at), policy);
  const capaian = (nip: string) => result.employees.find((e) => e.nip === nip)?.capaian;
  const forms = result.issues.filter((i) => i.code.startsWith('AGGREGATE_WEIGHT_FORM'));
  return { result, capaian, forms };
};
const percentCell = (fraction: number): RawValue => ({
  number: fraction,
  percent: true,
  text: `${fraction * 100}%`,
});
const plainCell = (n: number): RawValue => ({ number: n, percent: false, text: String(n) });

describe('a Bobot column written one way', () => {
  it.each<[string, RawValue, RawValue]>([
    ['percent text', '40%', '20%'],
    ['points', '40', '20'],
    ['percent text beside points', '40%', '20'],
    ['percent cells', percentCell(0.4), percentCell(0.2)],
    ['a percent cell beside points', percentCell(0.4), plainCell(20)],
    ['fractions', '0,4', '0,2'],
    ['fraction cells', plainCell(0.4), plainCell(0.2)],
  ])('weighs %s as written, without a message', (_, a, b) => {
    const { capaian, forms } = score([
      [SITI, 'A', a],
      [SITI, 'B', b],
    ]);
    expect(forms).toEqual([]);
    // (0,8 x 40 + 1,2 x 20) / 60
    expect(capaian(SITI)).toBeCloseTo(0.9333, 4);
  });

  it('takes 0 as either form', () => {
    for (const other of ['20', '20%', '0,2']) {
      const { capaian, forms } = score([
        [SITI, 'A', '0'],
        [SITI, 'B', other],
      ]);
      expect(forms).toEqual([]);
      expect(capaian(SITI)).toBeCloseTo(1.2, 6);
    }
  });
});

describe('weights written two ways', () => {
  it('reports 0,4 beside "20%" at its cell, says what to write, and does not weigh 0,4 against 20', () => {
    const { capaian, forms, result } = score([
      [SITI, 'A', '0,4'],
      [SITI, 'B', '20%'],
    ]);
    expect(forms.map((i) => [i.code, i.at?.sheet, i.at?.row, i.at?.column, i.severity])).toEqual([
      ['AGGREGATE_WEIGHT_FORM_FRACTION', 'Indikator', 2, 'D', 'warning'],
    ]);
    expect(formatIssue(forms[0]!)).toBe(
      'Sheet "Indikator", baris 2, kolom D: Bobot "0,4" ditulis sebagai pecahan (sampai 1), sedangkan bobot lain di kolom ini ditulis dalam persen (mis. "20%"): bobot dua bentuk tidak dapat ditimbang bersama. Tulis dengan tanda persen, "40%" (atau "0,4%" bila memang sekecil itu). Sampai diperbaiki, bobot ini tidak dipakai dan baris yang ditimbang bersamanya dihitung dengan bobot sama.',
    );
    expect(formatIssue(forms[0]!, 'en')).toBe(
      'Sheet "Indikator", row 2, column D: The weight "0,4" is written as a fraction (up to 1), while the other weights in this column are percentages (e.g. "20%"): weights written two ways cannot be weighed together. Write it with a percent sign, "40%" (or "0,4%" if it is that small). Until then this weight is not used, and the rows weighed with it count equally.',
    );
    // Equal weights, said by the partial-weight warning, never (0,8 x 0,4 + 1,2 x 20) / 20,4 = 119 %.
    expect(capaian(SITI)).toBeCloseTo(1, 6);
    expect(result.issues.some((i) => i.code === 'AGGREGATE_WEIGHT_PARTIAL')).toBe(true);
  });

  it('reports 40 beside 0,2 where the column writes fractions, with the fraction to write', () => {
    const { capaian, forms } = score([
      [SITI, 'A', '0,4'],
      [SITI, 'B', '0,6'],
      [BUDI, 'A', '40'],
      [BUDI, 'B', '0,2'],
    ]);
    expect(forms.map((i) => [i.code, i.at?.row, i.at?.column])).toEqual([
      ['AGGREGATE_WEIGHT_FORM_POINTS', 4, 'D'],
    ]);
    expect(formatIssue(forms[0]!)).toBe(
      'Sheet "Indikator", baris 4, kolom D: Bobot "40" ditulis dalam persen (lebih dari 1 atau dengan tanda %), sedangkan bobot lain di kolom ini ditulis sebagai pecahan sampai 1 (mis. "0,4"): bobot dua bentuk tidak dapat ditimbang bersama. Tulis sebagai pecahan, "0,4", atau tulis semua bobot kolom ini dalam persen. Sampai diperbaiki, bobot ini tidak dipakai dan baris yang ditimbang bersamanya dihitung dengan bobot sama.',
    );
    // Siti's fractions are the column's form: weighed as written, (0,8 x 0,4 + 1,2 x 0,6) / 1.
    expect(capaian(SITI)).toBeCloseTo(1.04, 6);
    expect(capaian(BUDI)).toBeCloseTo(1, 6);
  });

  it('reports a held fraction beside percent cells, shown with the language decimal mark', () => {
    const { forms } = score([
      [SITI, 'A', plainCell(0.4)],
      [SITI, 'B', percentCell(0.2)],
      [BUDI, 'A', percentCell(0.5)],
      [BUDI, 'B', percentCell(0.5)],
    ]);
    expect(forms.map((i) => [i.code, i.at?.row])).toEqual([['AGGREGATE_WEIGHT_FORM_FRACTION', 2]]);
    expect(formatIssue(forms[0]!, 'en')).toContain('The weight "0.4" is written as a fraction');
    expect(formatIssue(forms[0]!)).toContain('Tulis dengan tanda persen, "40%"');
  });

  it('decides each source sheet of a stacked table on its own', () => {
    const first: RowSource = { sheet: 'Bidang 1', columns: letters(IND) };
    const second: RowSource = { sheet: 'Bidang 2', columns: letters(IND) };
    const { forms, capaian } = score(
      [
        [SITI, 'A', '0,4'],
        [SITI, 'B', '0,2'],
        [BUDI, 'A', '40%'],
        [BUDI, 'B', '20'],
      ],
      (i) => (i < 2 ? first : second),
    );
    expect(forms).toEqual([]);
    expect(capaian(SITI)).toBeCloseTo(0.9333, 4);
    expect(capaian(BUDI)).toBeCloseTo(0.9333, 4);
  });
});
