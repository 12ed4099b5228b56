/**
 * Custom functions that disagreed with Hitung nilai or hid what went wrong (review s7), driven through the
 * BUILT Code.js as Sheets calls them: a text target beside a percent cell, ambiguous numbers, nested
 * functions, NILAI_SAKIP's components and PREDIKAT_SAKIP's keterangan.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { POLICY_PROPERTY } from '../../apps-script/src/settings/policy-store';
import { t } from '../../shared';
import { ensureBuilt, loadSandbox, plain, type Sandbox } from '../../tools/apps-script-sandbox/sandbox';

let box: Sandbox;
beforeAll(async () => {
  await ensureBuilt();
  box = loadSandbox({ withUi: false });
});

const call = (name: string, ...args: unknown[]) => plain(box.call(name, ...args));

describe('=CAPAIAN and Hitung nilai on a text target beside a percent cell (one verdict)', () => {
  // The reviewer's cells: Target formatted as text, Realisasi a percent cell showing 85 %.
  const NIP = ['198806202012122002', '199001102015031004'] as const;
  const workbook = (satuan: string) =>
    loadSandbox({
      sheets: [
        {
          name: 'Pegawai',
          rows: [
            ['NIP', 'Nama', 'Jabatan', 'Unit Kerja'],
            [NIP[0], 'Rina', 'Analis', 'Bidang A'],
            [NIP[1], 'Yusuf', 'Analis', 'Bidang A'],
          ],
        },
        {
          name: 'Indikator',
          rows: [
            ['NIP', 'Nama', 'Indikator', 'Target', 'Realisasi', 'Satuan'],
            [NIP[0], 'Rina', 'Persentase berkas selesai', '90', { v: 0.85, d: '85%' }, satuan],
            [NIP[1], 'Yusuf', 'Persentase layanan', '80-90', { v: 0.85, d: '85%' }, satuan],
          ],
          columnFormats: { 4: '@', 5: '0%' },
        },
      ],
    });

  for (const satuan of ['', '%']) {
    it(`Hitung nilai reads 94,4 % and 100 % (Satuan "${satuan}"); the formula gives the same with satuan "%" and #AMBIGU without, never 0,94 %`, () => {
      const sheet = workbook(satuan);
      sheet.call('hitungNilai');
      const rows = plain(
        sheet.book.sheets.find((s) => s.name === 'Hasil Pegawai')!.snapshot(),
      ) as unknown[][];
      const header = rows[0] as string[];
      const capaian = header.indexOf(t('ADDON_COL_CAPAIAN'));
      const nip = header.indexOf(t('ADDON_COL_NIP'));
      const byNip = new Map(rows.slice(1).map((r) => [String(r[nip]), r[capaian]]));
      expect(byNip.get(NIP[0]) as number).toBeCloseTo(0.85 / 0.9, 10);
      expect(byNip.get(NIP[1])).toBe(1);

      expect(plain(sheet.call('CAPAIAN', '90', 0.85, '', '', '', '%')) as number).toBeCloseTo(0.85 / 0.9, 10);
      expect(plain(sheet.call('CAPAIAN', '80-90', 0.85, '', '', '', '%'))).toBe(1);
      // Without a satuan the 0,85 may be a plain 0,85 (0,94 %) or a cell showing 85 % (94,4 %): said, not guessed.
      expect(plain(sheet.call('CAPAIAN', '90', 0.85))).toBe(
        t('SHEETS_CF_PERCENT_AMBIGUOUS', { target: '90', realisasi: 0.85 }),
      );
      expect(plain(sheet.call('CAPAIAN', '80-90', 0.85))).toMatch(/^#AMBIGU 80-90 dan 0,85 berbeda skala/);
    });
  }

  it('refuses the other way round too: a percent cell target beside realisasi typed as text "90" (it said 10 588 %)', () => {
    expect(call('CAPAIAN', 0.85, '90')).toMatch(/^#AMBIGU 0,85 dan 90 berbeda skala/);
    expect(call('CAPAIAN', 0.85, ' 90 ')).toMatch(/^#AMBIGU 0,85 dan 90 berbeda skala/);
    expect(call('CAPAIAN', 0.85, '90', '', '', '', '%') as number).toBeCloseTo(0.9 / 0.85, 10);
    // Either bound of a range above 1,5 beside a fraction, in a range of rows as in a single cell.
    expect(call('CAPAIAN', [['1-90'], ['10 Dokumen']], [[0.85], [0.5]])).toEqual([
      [t('SHEETS_CF_PERCENT_AMBIGUOUS', { target: '1-90', realisasi: 0.85 })],
      [0.05],
    ]);
  });

  it('reads as written what is not ambiguous: a unit, a "%", text on both sides, whole numbers', () => {
    // "90 %" and "90 Persen" say their scale; text reaches the formula exactly as Hitung nilai reads it.
    expect(call('CAPAIAN', '90 %', 0.85) as number).toBeCloseTo(0.85 / 0.9, 10);
    expect(call('CAPAIAN', '90 Persen', 0.85) as number).toBeCloseTo(0.85 / 0.9, 10);
    expect(call('CAPAIAN', '90', '0,85') as number).toBeCloseTo(0.85 / 90, 10);
    expect(call('CAPAIAN', '90', 1)).toBeCloseTo(1 / 90, 10);
    expect(call('CAPAIAN', '80-90', 85)).toBe(1);
  });
});

describe('an ambiguous number is #AMBIGU with both readings, not "not a number"', () => {
  it('says both readings of "1.000" and "1.500" and what to write, from the catalog', () => {
    expect(call('CAPAIAN', '1.000', 500)).toBe(
      t('SHEETS_CF_NUMBER_AMBIGUOUS', {
        value: '1.000',
        thousands: '1000',
        decimal: '1',
        decimalWritten: '1',
      }),
    );
    expect(call('CAPAIAN', '1.500', '1.200')).toBe(
      '#AMBIGU "1.500" bisa 1500 (ribuan) atau 1,5 (desimal): tulis "1500" atau "1,5"',
    );
    expect(call('CAPAIAN', 10, '1.500')).toMatch(/^#AMBIGU "1.500" bisa 1500/);
    // Written so that it is no longer ambiguous: a three-digit decimal gets a fourth digit.
    expect(call('CAPAIAN', '4.215', 2)).toBe(
      '#AMBIGU "4.215" bisa 4215 (ribuan) atau 4,215 (desimal): tulis "4215" atau "4,2150"',
    );
    expect(call('KATEGORI_CAPAIAN', '1.500')).not.toMatch(/^#BUKAN_ANGKA/);
    // A unit word that counts settles it ("12.000 Dokumen" is twelve thousand), as in Hitung nilai.
    expect(call('CAPAIAN', '12.000 Dokumen', 6000)).toBe(0.5);
    // Beside the satuan "%" the mark is a decimal one, as Hitung nilai reads a column whose Satuan is "%".
    expect(call('CAPAIAN', '1.500', '1,2', '', '', '', '%') as number).toBeCloseTo(0.8, 10);
  });
});

describe('a "#..." text our functions wrote passes through a nested function unchanged', () => {
  it("KATEGORI_CAPAIAN, RATING_HASIL and NILAI_IKI pass on CAPAIAN's reason", () => {
    const zero = call('CAPAIAN', 0, 5) as string;
    expect(zero).toBe(t('SHEETS_CF_TARGET_ZERO'));
    for (const fn of ['KATEGORI_CAPAIAN', 'RATING_HASIL', 'NILAI_IKI']) {
      expect(call(fn, zero), fn).toBe(zero);
      expect(call(fn, [[0.95], [zero], ['']]), fn).toEqual([[call(fn, 0.95)], [zero], ['']]);
    }
    const ambiguous = call('CAPAIAN', '90', 0.85) as string;
    expect(call('KATEGORI_CAPAIAN', ambiguous)).toBe(ambiguous);
    expect(call('PREDIKAT_SAKIP', call('NILAI_SAKIP', '', 70, 60, 50))).toBe(
      call('NILAI_SAKIP', '', 70, 60, 50),
    );
    const rating = call('RATING_HASIL', zero) as string;
    expect(call('PREDIKAT_KINERJA', rating, 'Sesuai Ekspektasi')).toBe(zero);
    expect(call('CEK_DISTRIBUSI', 'Baik', [['Baik'], [zero]])).toBe(zero);
  });

  it("still reads a text that only looks like ours, and Sheets' own errors, as before", () => {
    expect(call('KATEGORI_CAPAIAN', '#N/A')).toMatch(/^#GALAT .*#N\/A/);
    expect(call('KATEGORI_CAPAIAN', '#TIDAK_ADA apa')).toMatch(/^#BUKAN_ANGKA "#TIDAK_ADA apa"/);
  });
});

describe('NILAI_SAKIP takes one argument per policy component', () => {
  const components = [
    { id: 'perencanaan', label: 'Perencanaan Kinerja', weight: 30 },
    { id: 'pengukuran', label: 'Pengukuran Kinerja', weight: 30 },
    { id: 'pelaporan', label: 'Pelaporan Kinerja', weight: 15 },
    { id: 'evaluasi', label: 'Evaluasi Internal', weight: 15 },
    { id: 'capaian', label: 'Capaian Kinerja', weight: 10 },
  ];
  const withPolicy = (parts: typeof components) =>
    loadSandbox({
      withUi: false,
      documentProperties: {
        [POLICY_PROPERTY]: JSON.stringify({ version: 1, sakip: { components: parts } }),
      },
    });

  it('weighs five components when the policy has five (every cell said "#KOSONG")', () => {
    const five = withPolicy(components);
    // 24 + 21 + 9 + 7,5 + 9.
    expect(plain(five.call('NILAI_SAKIP', 80, 70, 60, 50, 90))).toBe(70.5);
    expect(plain(five.call('NILAI_SAKIP', [[80], ['']], 70, 60, 50, [[90], ['']]))).toEqual([[70.5], ['']]);
  });

  it('refuses a wrong count saying how many are expected (a 4th argument was silently ignored)', () => {
    const three = withPolicy(
      components.slice(0, 3).map((c, i) => ({ ...c, weight: [40, 40, 20][i] as number })),
    );
    expect(() => three.call('NILAI_SAKIP', 80, 70, 60, 50)).toThrow(
      t('SHEETS_CF_SAKIP_COUNT', {
        expected: '3',
        given: '4',
        components: 'Perencanaan Kinerja, Pengukuran Kinerja, Pelaporan Kinerja',
      }),
    );
    expect(plain(three.call('NILAI_SAKIP', 80, 70, 60))).toBe(72);
    expect(() => box.call('NILAI_SAKIP', 80, 70, 60)).toThrow(/perlu 4 nilai komponen .* diberi 3/);
    expect(() => withPolicy(components).call('NILAI_SAKIP', 80, 70, 60, 50)).toThrow(
      /perlu 5 nilai komponen .* diberi 4/,
    );
  });

  it('names the empty argument', () => {
    expect(call('NILAI_SAKIP', 80, '', 60, 50)).toBe(
      t('SHEETS_CF_SAKIP_EMPTY', { component: 'Pengukuran Kinerja', position: '2' }),
    );
    expect(call('NILAI_SAKIP', 80, 70, 60, '')).toBe(
      '#KOSONG nilai Evaluasi Akuntabilitas Kinerja Internal (argumen ke-4) belum diisi',
    );
  });

  it('reports a percent-formatted component (0,8) on the 0-100 scale instead of reading it as 0,8 points', () => {
    expect(call('NILAI_SAKIP', 0.8, 70, 60, 50)).toBe(
      t('SHEETS_CF_SAKIP_FRACTION', {
        component: 'Perencanaan Kinerja',
        position: '1',
        value: 0.8,
        points: 80,
      }),
    );
    expect(call('NILAI_SAKIP', 80, 70, 60, 0.55)).toMatch(
      /^#AMBIGU Evaluasi .* bernilai 0,55.*\(55%\), tulis 55/,
    );
    // Written as text or as points, the value is what it says.
    expect(call('NILAI_SAKIP', '0,8', 70, 60, 50)).toBe(42.74);
    expect(call('NILAI_SAKIP', 80, 70, 60, 50)).toBe(66.5);
    expect(call('NILAI_SAKIP', 0, 70, 60, 1)).toBe(30.25);
  });
});

describe('PREDIKAT_SAKIP reads its keterangan or says why not', () => {
  it('reports an unreadable keterangan ("mungkin") instead of leaving the label out', () => {
    expect(call('PREDIKAT_SAKIP', 70, 'mungkin')).toBe(t('SHEETS_CF_SAKIP_FLAG', { value: 'mungkin' }));
    expect(call('PREDIKAT_SAKIP', [[70], [80]], 'mungkin')).toEqual([
      [t('SHEETS_CF_SAKIP_FLAG', { value: 'mungkin' })],
      [t('SHEETS_CF_SAKIP_FLAG', { value: 'mungkin' })],
    ]);
    expect(call('PREDIKAT_SAKIP', 70, 'tidak')).toBe('B');
    expect(call('PREDIKAT_SAKIP', 70, false)).toBe('B');
  });

  it('reads a range of keterangan beside the scores row by row (it was ignored)', () => {
    expect(call('PREDIKAT_SAKIP', [[70], [80], [''], [90]], [[true], [false], [true], ['x']])).toEqual([
      ['B (Baik)'],
      ['BB'],
      [''],
      [t('SHEETS_CF_SAKIP_FLAG', { value: 'x' })],
    ]);
    expect(call('PREDIKAT_SAKIP', 70, [[true], [false]])).toEqual([['B (Baik)'], ['B']]);
    expect(() => box.call('PREDIKAT_SAKIP', [[70], [80]], [[true], [false], [true]])).toThrow(
      /berbeda ukuran/,
    );
  });
});
