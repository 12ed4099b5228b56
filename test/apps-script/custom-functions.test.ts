import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import * as cf from '../../apps-script/src/features/custom-functions';
import { POLICY_PROPERTY } from '../../apps-script/src/settings/policy-store';
import { t } from '../../shared';
import { ensureBuilt, loadSandbox, plain, type Sandbox } from '../../tools/apps-script-sandbox/sandbox';

let box: Sandbox;
beforeAll(async () => {
  await ensureBuilt();
  box = loadSandbox({ withUi: false });
});

const call = (name: string, ...args: unknown[]) => plain(box.call(name, ...args));

describe('CAPAIAN in the built add-on', () => {
  it('computes positive and negative polarity from single cells', () => {
    expect(call('CAPAIAN', 8, 7)).toBeCloseTo(0.875, 10);
    expect(call('CAPAIAN', 8, 9, 'Negatif')).toBeCloseTo(0.875, 10);
    expect(call('CAPAIAN', 7, 6.5, 'negatif')).toBeCloseTo(1.0714, 4);
  });

  it('reads text as typed: units, Indonesian decimals, percent text against a percent cell', () => {
    expect(call('CAPAIAN', '3 Dokumen', '3 Dokumen')).toBe(1);
    expect(call('CAPAIAN', '1.234,5', '617,25')).toBeCloseTo(0.5, 10);
    // "85,5 %" typed as text, realisasi from a cell formatted as percent (arrives as 0.9).
    expect(call('CAPAIAN', '85,5 %', 0.9)).toBeCloseTo(0.9 / 0.855, 10);
    expect(call('CAPAIAN', '80-90', 85)).toBe(1);
  });

  it('returns one value per row of a range and broadcasts a single polarity', () => {
    const targets = [[8], [10], [4], ['']];
    const reals = [[9], [5], [4], ['']];
    expect(call('CAPAIAN', targets, reals, 'Negatif')).toEqual([[0.875], [1.5], [1], ['']]);
    expect(call('CAPAIAN', [[12], [12]], 6)).toEqual([[0.5], [0.5]]);
  });

  it('explains a cell it cannot compute with a "#" text, never NaN', () => {
    expect(call('CAPAIAN', 0, 5)).toBe('#TARGET_NOL target 0 tidak dapat dihitung');
    expect(call('CAPAIAN', '', 5)).toMatch(/^#TARGET_KOSONG/);
    expect(call('CAPAIAN', 10, 'banyak')).toMatch(/^#BUKAN_ANGKA "banyak"/);
    expect(call('CAPAIAN', 10, 5, 'sedang')).toMatch(/^#POLARITAS "sedang"/);
    expect(call('CAPAIAN', 0, 0, 'Negatif')).toBe(1);
  });

  it('reads a percent cell beside a plain number as Hitung nilai does when the satuan says "%", and refuses to guess without it', () => {
    // A cell formatted "85%" reaches the function as 0,85; Hitung nilai sees its format: 90 against 85 % is 105,88 %.
    expect(call('CAPAIAN', 0.85, 90)).toMatch(/^#AMBIGU 0,85 dan 90 berbeda skala/);
    expect(call('CAPAIAN', 85, 0.9)).toMatch(/^#AMBIGU 85 dan 0,9 berbeda skala/);
    expect(call('CAPAIAN', 0.85, 90, '', '', '', '%')).toBeCloseTo(90 / 85, 10);
    expect(call('CAPAIAN', 85, 0.9, '', '', '', 'Persen')).toBeCloseTo(90 / 85, 10);
    expect(call('CAPAIAN', 1, 95, '', '', '', '%')).toBeCloseTo(0.95, 10);
    // Whole numbers are counts (1 laporan, 3 done); a unit that is no percentage says the same of fractions.
    expect(call('CAPAIAN', 1, 3)).toBe(3);
    expect(call('CAPAIAN', 0.5, 2, '', '', '', 'Ton')).toBe(4);
    // A percent target with a period is a level, never prorated (100 % a year is 100 % each quarter).
    expect(call('CAPAIAN', 1, 90, '', 'Triwulan I 2025', '', '%')).toBeCloseTo(0.9, 10);
  });

  it('throws a clear Indonesian error for ranges of different shapes, as Sheets shows misuse', () => {
    expect(() => box.call('CAPAIAN', [[1], [2], [3]], [[1], [2]])).toThrow(/berbeda ukuran \(3x1, 2x1\)/);
  });
});

describe('CAPAIAN with a period, as Hitung nilai reads the same row', () => {
  it("follows the policy's realisasi rule when kumulatif is left empty", () => {
    // A region whose realisasi always runs from January: Triwulan II's 6 Laporan against 12 a year is on track.
    const cumulative = loadSandbox({
      withUi: false,
      documentProperties: {
        [POLICY_PROPERTY]: JSON.stringify({ version: 1, periods: { realisasi: 'kumulatif' } }),
      },
    });
    expect(plain(cumulative.call('CAPAIAN', '12 Laporan', '6 Laporan', '', 'Triwulan II 2025'))).toBe(1);
    // Said in the cell, kumulatif wins over the policy either way.
    expect(plain(cumulative.call('CAPAIAN', '12 Laporan', '6 Laporan', '', 'Triwulan II 2025', false))).toBe(
      2,
    );
    expect(call('CAPAIAN', '12 Laporan', '6 Laporan', '', 'Triwulan II 2025')).toBe(2);
  });

  it('never prorates a percent target, told by its satuan when the cell reaches the function as a fraction', () => {
    // A cell showing "80%" arrives as 0.8: without the unit nothing says it is a level target.
    expect(call('CAPAIAN', '80%', '20%', '', 'Triwulan I 2025')).toBeCloseTo(0.25, 10);
    expect(call('CAPAIAN', 0.8, 0.2, '', 'Triwulan I 2025', '', '%')).toBeCloseTo(0.25, 10);
    expect(call('CAPAIAN', 80, 20, '', 'Triwulan I 2025', '', 'persen')).toBeCloseTo(0.25, 10);
    // A count unit is prorated as Hitung nilai does: 12 a year is 3 a quarter.
    expect(call('CAPAIAN', 12, 3, '', 'Triwulan I 2025', '', 'Laporan')).toBe(1);
  });
});

describe('the other custom functions in the built add-on', () => {
  it('KATEGORI_CAPAIAN uses the inclusive bands: 91% is Sangat Tinggi, 90,99% is Tinggi', () => {
    expect(call('KATEGORI_CAPAIAN', [[0.91], [0.9099], ['85,5 %'], [0.5], ['']])).toEqual([
      ['Sangat Tinggi'],
      ['Tinggi'],
      ['Tinggi'],
      ['Sangat Rendah'],
      [''],
    ]);
  });

  it('KATEGORI_CAPAIAN and RATING_HASIL compose with CAPAIAN above 150 % (a number is a fraction)', () => {
    const capaian = call('CAPAIAN', '0,14', '149,94 %') as number;
    expect(capaian).toBeCloseTo(10.71, 2);
    expect(call('KATEGORI_CAPAIAN', capaian)).toBe('Sangat Tinggi');
    expect(call('RATING_HASIL', capaian)).toBe('Di Atas Ekspektasi');
    // Typed text keeps the percent rule: "87,5" without its sign is 87,5 %.
    expect(call('KATEGORI_CAPAIAN', '87,5')).toBe('Tinggi');
  });

  it('RATING_HASIL proposes from capaian', () => {
    expect(call('RATING_HASIL', [[1.1], [0.95], [0.7]])).toEqual([
      ['Di Atas Ekspektasi'],
      ['Sesuai Ekspektasi'],
      ['Di Bawah Ekspektasi'],
    ]);
  });

  it('PREDIKAT_KINERJA follows the 3x3 matrix, with spelling variants', () => {
    expect(
      call(
        'PREDIKAT_KINERJA',
        [['Di Atas Ekspektasi'], ['Diatas Ekspetasi'], ['Sesuai Ekspektasi'], ['Di Bawah Ekspektasi']],
        [['Di Atas Ekspektasi'], ['Di Bawah Ekspektasi'], ['Sesuai Ekspektasi'], ['Di Bawah Ekspektasi']],
      ),
    ).toEqual([['Sangat Baik'], ['Kurang/Misconduct'], ['Baik'], ['Sangat Kurang']]);
    expect(call('PREDIKAT_KINERJA', 'Luar biasa', 'Sesuai Ekspektasi')).toMatch(/^#RATING "Luar biasa"/);
  });

  it('CEK_DISTRIBUSI says OK or names the violated rule', () => {
    const sb = (n: number) => Array.from({ length: n }, () => ['Sangat Baik']);
    const b = (n: number) => Array.from({ length: n }, () => ['Baik']);
    expect(call('CEK_DISTRIBUSI', 'Istimewa', [...sb(7), ...b(3)])).toBe('OK');
    const text = call('CEK_DISTRIBUSI', 'Istimewa', [...sb(8), ...b(2)]) as string;
    expect(text).not.toBe('OK');
    expect(text).toMatch(/Sangat Baik/);
    expect(() => box.call('CEK_DISTRIBUSI', [['Baik'], ['Istimewa']], sb(2))).toThrow(/satu sel/);
  });

  it('CEK_DISTRIBUSI says a unit without any predikat cannot be checked yet, and minimums no spread meets once', () => {
    expect(call('CEK_DISTRIBUSI', 'Baik', [[''], ['']])).toBe(t('DISTRIBUTION_NOT_CHECKABLE'));
    // Kurang with 2 employees: 1 Butuh Perbaikan and 2 Kurang are more than 2 people (Hasil Unit says the same).
    const text = call('CEK_DISTRIBUSI', 'Kurang', [['Kurang'], ['Kurang']]) as string;
    expect(text.match(/tidak ada sebaran yang dapat memenuhinya/g)).toHaveLength(1);
  });

  it('NILAI_IKI follows the legacy curve (98% -> 88)', () => {
    expect(call('NILAI_IKI', 0.98)).toBeCloseTo(88, 6);
    expect(call('NILAI_IKI', [[1.2], ['']])).toEqual([[120], ['']]);
  });

  it('NILAI_SAKIP weighs the four components 30/30/15/25 and PREDIKAT_SAKIP grades it', () => {
    expect(call('NILAI_SAKIP', 80, 70, 60, 90)).toBe(76.5);
    // AA 100, A 90, BB 80, B 70: 30 + 27 + 12 + 17,5.
    expect(call('NILAI_SAKIP', 'AA', 'A', 'BB', 'B')).toBe(86.5);
    expect(call('NILAI_SAKIP', [[80], [120]], 70, 60, 90)).toEqual([
      [76.5],
      ['#DI_LUAR_RENTANG nilai 120 harus antara 0 dan 100'],
    ]);
    // The grade code first (COUNTIF(range; "AA") must work); the label only when asked for.
    expect(call('PREDIKAT_SAKIP', [[90], [90.01], [30]])).toEqual([['A'], ['AA'], ['D']]);
    expect(call('PREDIKAT_SAKIP', [[90], [90.01], [30]], true)).toEqual([
      ['A (Memuaskan)'],
      ['AA (Sangat Memuaskan)'],
      ['D (Sangat Kurang)'],
    ]);
    expect(call('PREDIKAT_SAKIP', 75, 'Ya')).toBe('BB (Sangat Baik)');
  });

  it('uses the policy saved in document properties', () => {
    const strict = loadSandbox({
      withUi: false,
      documentProperties: {
        [POLICY_PROPERTY]: JSON.stringify({
          version: 1,
          rating: { hasilBands: { diAtasMin: 1.2, sesuaiMin: 0.95 } },
        }),
      },
    });
    expect(plain(strict.call('RATING_HASIL', [[1.1], [0.92]]))).toEqual([
      ['Sesuai Ekspektasi'],
      ['Di Bawah Ekspektasi'],
    ]);
  });
});

describe('custom functions never show NaN or Infinity', () => {
  const cell = fc.oneof(
    fc.double({ noNaN: false }),
    fc.integer(),
    fc.string(),
    fc.constantFrom('', '0', '80-90', '3 Dokumen', '85,5 %', '1.234,5', 'Negatif', 'Positif'),
  );
  it('CAPAIAN returns a finite number, "" or a "#" text for any input', () => {
    fc.assert(
      fc.property(cell, cell, cell, (a, b, c) => {
        const out = cf.capaian(a, b, c);
        if (typeof out === 'number') return Number.isFinite(out);
        return out === '' || (typeof out === 'string' && out.startsWith('#'));
      }),
    );
  });
  it('KATEGORI_CAPAIAN and NILAI_IKI give a label, a finite number, "" or a "#" text', () => {
    fc.assert(
      fc.property(cell, (a) => {
        const k = cf.kategoriCapaian(a);
        const n = cf.nilaiIki(a);
        const okText = (v: unknown) => v === '' || (typeof v === 'string' && v.length > 0);
        return okText(k) && (typeof n === 'number' ? Number.isFinite(n) : okText(n));
      }),
    );
  });
});

/** Each custom function with `rows` rows in every range argument (CEK_DISTRIBUSI: its list). */
function formulas(rows: number): Array<[string, unknown[]]> {
  const col = (value: (i: number) => unknown) => Array.from({ length: rows }, (_, i) => [value(i)]);
  const capaian = col((i) => [0.875, '85,5 %', 1.2, ''][i % 4]);
  const rating = col((i) => ['Di Atas Ekspektasi', 'Sesuai Ekspektasi'][i % 2]);
  return [
    [
      'CAPAIAN',
      [col((i) => [8, '3 Dokumen', '80-90'][i % 3]), col((i) => [7, '2 Dokumen', 85][i % 3]), 'Negatif'],
    ],
    ['KATEGORI_CAPAIAN', [capaian]],
    ['RATING_HASIL', [capaian]],
    ['PREDIKAT_KINERJA', [rating, rating]],
    ['CEK_DISTRIBUSI', ['Baik', col((i) => ['Baik', 'Sangat Baik'][i % 2])]],
    ['NILAI_IKI', [capaian]],
    ['NILAI_SAKIP', [col(() => 80), col(() => 'BB'), col(() => 60), col(() => 90)]],
    ['PREDIKAT_SAKIP', [col((i) => i % 100), true]],
  ];
}

describe('custom functions are linear in the size of their ranges', () => {
  /** A range that counts how often its rows are read (Sheets' arrays are plain; this one reports). */
  const counted = (rows: unknown[][], reads: { n: number }) =>
    new Proxy(rows, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads.n++;
        return Reflect.get(target, key, receiver);
      },
    });

  it('reads each range a few times per call, not once per row (10,000 rows of =CAPAIAN took 42 s)', () => {
    for (const [name] of formulas(1)) {
      const perRow = (rows: number) => {
        const reads = { n: 0 };
        const args = formulas(rows).find(([n]) => n === name)![1];
        box.call(name, ...args.map((a) => (Array.isArray(a) ? counted(a as unknown[][], reads) : a)));
        return reads.n / rows;
      };
      const small = perRow(10);
      const large = perRow(2000);
      // Quadratic reading made this 200 times larger at 2,000 rows than at 10.
      expect(large, name).toBeLessThanOrEqual(small + 1);
      expect(large, name).toBeLessThan(20);
    }
  });

  it('reads the saved policy the same number of times for 10 rows as for 1,000', () => {
    const saved = loadSandbox({
      withUi: false,
      documentProperties: {
        [POLICY_PROPERTY]: JSON.stringify({
          version: 1,
          rating: { hasilBands: { diAtasMin: 1.2, sesuaiMin: 0.95 } },
        }),
      },
    });
    const reads = (name: string, rows: number) => {
      saved.rec.reset();
      saved.call(name, ...formulas(rows).find(([n]) => n === name)![1]);
      return saved.rec.count('DocumentProperties.getProperty');
    };
    for (const [name] of formulas(1)) {
      const few = reads(name, 10);
      expect(few, name).toBeGreaterThan(0);
      expect(reads(name, 1000), name).toBe(few);
    }
  });
});

describe('custom functions called with something Sheets never passes', () => {
  const bad = (position: number) => t('SHEETS_CF_BAD_ARGUMENT', { position: String(position) });

  it('show "#ARGUMEN_TIDAK_SAH" naming the argument, for an object, a function, a 1D or nested array', () => {
    for (const value of [{ a: 1 }, () => 1, [1, 2], [[[1]]], [[1], 2], Object.create(null), 10n]) {
      expect(call('CAPAIAN', value, 5)).toBe(bad(1));
      expect(call('CAPAIAN', 10, 5, value)).toBe(bad(3));
      expect(call('KATEGORI_CAPAIAN', value)).toBe(bad(1));
      expect(call('PREDIKAT_KINERJA', 'Sesuai Ekspektasi', value)).toBe(bad(2));
      expect(call('NILAI_SAKIP', 80, 70, value, 90)).toBe(bad(3));
      expect(call('PREDIKAT_SAKIP', 75, value)).toBe(bad(2));
      expect(call('CEK_DISTRIBUSI', value, [['Baik']])).toBe(bad(1));
      expect(call('CEK_DISTRIBUSI', 'Baik', value)).toBe(bad(2));
    }
    expect(bad(1)).toMatch(/^#ARGUMEN_TIDAK_SAH argumen ke-1 bukan angka/);
  });

  it('mark only the row of a range that holds such a value; empty rows stay empty', () => {
    expect(call('KATEGORI_CAPAIAN', [[0.95], [{ a: 1 }], ['']])).toEqual([['Sangat Tinggi'], [bad(1)], ['']]);
    // A bad single value reaches every filled row, as a single polarity does.
    expect(call('CAPAIAN', [[8], ['']], [[7], ['']], { a: 1 })).toEqual([[bad(3)], ['']]);
  });

  it('still read dates, booleans, NaN and 1x1 ranges as before', () => {
    expect(call('CAPAIAN', new Date(2024, 0, 5), 5)).toMatch(/^#BUKAN_ANGKA/);
    expect(call('CAPAIAN', true, 5)).toMatch(/^#BUKAN_ANGKA "TRUE"/);
    expect(call('CAPAIAN', [[8]], [[7]])).toBeCloseTo(0.875, 10);
    // A date is a cell value (not #ARGUMEN_TIDAK_SAH), but no answer to "with its label?": said in the
    // cell, no longer read as "no" (review s7).
    expect(call('PREDIKAT_SAKIP', 75, new Date(2024, 0, 5))).toMatch(/^#KETERANGAN /);
  });

  it('never throw nor show "[object Object]" for any value', () => {
    const readable = (v: unknown): boolean =>
      Array.isArray(v)
        ? v.every((row) => Array.isArray(row) && row.every(readable))
        : v === '' ||
          (typeof v === 'number' && Number.isFinite(v)) ||
          (typeof v === 'string' && !v.includes('[object') && v.length > 0);
    fc.assert(
      fc.property(
        fc.oneof(fc.anything({ withBoxedValues: true, withNullPrototype: true }), fc.func(fc.integer())),
        (a) => {
          for (const fn of [cf.kategoriCapaian, cf.ratingHasil, cf.nilaiIki, cf.predikatSakip])
            expect(readable(fn(a))).toBe(true);
          expect(readable(cf.capaian(10, a))).toBe(true);
          expect(readable(cf.predikatSakip(80, a))).toBe(true);
          expect(readable(cf.cekDistribusi('Baik', a))).toBe(true);
        },
      ),
    );
  });
});
