import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { disciplineLadder, hukdisFormText, withYearDiscipline, workingDayRun } from '../../shared/discipline';
import type { HistoryRow } from '../../shared/history';
import { formatIssue } from '../../shared/messages/format';
import type { RawTable, WorkbookInput } from '../../shared/model/input';
import { scoreOrganisation } from '../../shared/pipeline';
import { defaultPolicy, PolicySchema } from '../../shared/policy/schema';

/*
 * PP 94/2021 Pasal 9-11: TK days counted per calendar year, the ladder of hukuman disiplin, and 10
 * working days in a row. All people and dates invented.
 */

const policy = defaultPolicy();
const rungs = policy.discipline.tkLadder.rungs;
const rungOf = (days: number, inARow = 0): number => {
  const p = disciplineLadder(days, inARow, policy);
  return p === null ? -1 : rungs.findIndex((r) => r.form === p.form && r.months === p.months);
};

describe('disciplineLadder: the rung the year`s TK days reach', () => {
  it.each([
    [0, null, null, null],
    [2, null, null, null],
    [3, 'ringan', 'teguran_lisan', null],
    [4, 'ringan', 'teguran_tertulis', null],
    [6, 'ringan', 'teguran_tertulis', null],
    [7, 'ringan', 'pernyataan_tidak_puas', null],
    [10, 'ringan', 'pernyataan_tidak_puas', null],
    [11, 'sedang', 'pemotongan_tukin', 6],
    [13, 'sedang', 'pemotongan_tukin', 6],
    [14, 'sedang', 'pemotongan_tukin', 9],
    [16, 'sedang', 'pemotongan_tukin', 9],
    [17, 'sedang', 'pemotongan_tukin', 12],
    [20, 'sedang', 'pemotongan_tukin', 12],
    [21, 'berat', 'penurunan_jabatan', 12],
    [24, 'berat', 'penurunan_jabatan', 12],
    [25, 'berat', 'pembebasan_jabatan', 12],
    [27, 'berat', 'pembebasan_jabatan', 12],
    [28, 'berat', 'pemberhentian', null],
    [120, 'berat', 'pemberhentian', null],
  ])('%i days TK in a year -> %s %s (%s months)', (days, level, form, months) => {
    const p = disciplineLadder(days, 0, policy);
    if (level === null) expect(p).toBeNull();
    else expect(p).toMatchObject({ level, form, months, days });
  });

  it('proposes a teguran for lisan and tertulis, a sanksi from the pernyataan tidak puas on', () => {
    expect(disciplineLadder(3, 0, policy)?.recommendation).toBe('teguran');
    expect(disciplineLadder(6, 0, policy)?.recommendation).toBe('teguran');
    expect(disciplineLadder(7, 0, policy)?.recommendation).toBe('sanksi');
    expect(disciplineLadder(11, 0, policy)?.tukinCut).toBe(0.25);
  });

  it('calls 10 working days in a row a pemberhentian whatever the year`s count, and 9 not', () => {
    const p = disciplineLadder(10, 10, policy, { run: { days: 10, from: '2025-01-23', to: '2025-02-05' } });
    expect(p).toMatchObject({ level: 'berat', form: 'pemberhentian', consecutiveWorkingDays: 10 });
    expect(formatIssue(p!.reasons[0]!)).toBe(
      'Tidak masuk kerja tanpa keterangan 10 hari kerja berturut-turut (23/01/2025 s.d. 05/02/2025; batas 10 hari kerja): PP 94/2021 Pasal 9-11; Perban BKN 6/2022 menetapkan hukuman disiplin berat: pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS. Ini usulan untuk pejabat yang berwenang menghukum, bukan keputusan: periksa pegawai lebih dulu.',
    );
    // The year's count is still said, with its own (lighter) rung.
    expect(formatIssue(p!.reasons[1]!)).toContain('pernyataan tidak puas secara tertulis');
    expect(disciplineLadder(10, 9, policy)?.form).toBe('pernyataan_tidak_puas');
  });

  it('lists the days per period and their dates in the reason, and says it is a proposal', () => {
    const p = disciplineLadder(4, 2, policy, {
      year: '2025',
      periods: [
        { period: '2025-01', label: 'Januari 2025', days: 2, dates: ['2025-01-14', '2025-01-15'] },
        { period: '2025-03', label: 'Maret 2025', days: 2, dates: [] },
      ],
    });
    expect(p?.reasons.map((r) => formatIssue(r))).toEqual([
      'Tidak masuk kerja tanpa keterangan (TK) 4 hari dalam tahun 2025: Januari 2025 2 hari (tanggal 14/01/2025, 15/01/2025); Maret 2025 2 hari. Untuk 4 hari TK setahun, PP 94/2021 Pasal 9-11; Perban BKN 6/2022 menetapkan hukuman disiplin ringan: teguran tertulis. Ini usulan untuk pejabat yang berwenang menghukum, bukan keputusan: periksa pegawai lebih dulu.',
    ]);
    // The form keeps the regulation's Indonesian words in the reason; its English name is there for a surface.
    expect(formatIssue(disciplineLadder(11, 0, policy)!.reasons[0]!)).toContain(
      'hukuman disiplin sedang: pemotongan tunjangan kinerja 25% selama 6 bulan',
    );
    expect(hukdisFormText(rungs[3]!, 'en')).toBe('a 25% cut of the tunjangan kinerja for 6 months');
  });

  it('never lowers the rung as TK days or days in a row grow (property)', () => {
    fc.assert(
      fc.property(fc.nat(60), fc.nat(60), fc.nat(15), (a, b, run) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(rungOf(high, run)).toBeGreaterThanOrEqual(rungOf(low, run));
        expect(rungOf(low, run + 1)).toBeGreaterThanOrEqual(rungOf(low, run));
      }),
    );
  });

  it('reads a region`s own ladder from the policy and refuses rungs out of order', () => {
    const stricter = PolicySchema.parse({
      discipline: {
        tkLadder: { ...policy.discipline.tkLadder, consecutiveWorkingDays: 5 },
      },
    });
    expect(disciplineLadder(5, 5, stricter)?.form).toBe('pemberhentian');
    const reversed = PolicySchema.safeParse({
      discipline: { tkLadder: { ...policy.discipline.tkLadder, rungs: [...rungs].reverse() } },
    });
    expect(reversed.success).toBe(false);
  });
});

describe('workingDayRun: TK on working days in a row', () => {
  // Thursday 23 January to Wednesday 5 February 2025: two weekends and a month boundary inside.
  const tenDays = [
    '2025-01-23',
    '2025-01-24',
    '2025-01-27',
    '2025-01-28',
    '2025-01-29',
    '2025-01-30',
    '2025-01-31',
    '2025-02-03',
    '2025-02-04',
    '2025-02-05',
  ];

  it('runs across a weekend and a month boundary', () => {
    expect(workingDayRun([...tenDays].reverse())).toEqual({ days: 10, from: '2025-01-23', to: '2025-02-05' });
  });

  it('is broken by a working day without TK, not by a holiday the policy names', () => {
    const without29 = tenDays.filter((d) => d !== '2025-01-29');
    expect(workingDayRun(without29)).toEqual({ days: 5, from: '2025-01-30', to: '2025-02-05' });
    // Tahun Baru Imlek, 29 January 2025, as a regional holiday: the run holds over it.
    expect(workingDayRun(without29, ['2025-01-29'])).toEqual({
      days: 9,
      from: '2025-01-23',
      to: '2025-02-05',
    });
  });

  it('counts a TK written on a Saturday in no run, and leaves out what is not a date', () => {
    expect(workingDayRun(['2025-01-25', '2025-02-30', 'kemarin', '2025-01-24'])).toEqual({
      days: 1,
      from: '2025-01-24',
      to: '2025-01-24',
    });
    expect(workingDayRun([])).toBeNull();
  });
});

describe('withYearDiscipline: the year`s TK in the employee`s recommendation', () => {
  const NUR = { nip: '198806142014032002', nama: 'Nur Aisyah Rahmawati, S.Sos.' };
  const BAYU = { nip: '199203082019031005', nama: 'Bayu Setiawan, A.Md.' };

  /** One month's workbook: employees, no indicators, attendance as one row per event with its tanggal. */
  function month(tk: Record<string, readonly string[]>): WorkbookInput {
    const employees: RawTable = {
      sheet: 'Pegawai',
      columns: { nip: 'A', nama: 'B', unit: 'C' },
      rows: [NUR, BAYU].map((p, i) => ({
        row: i + 2,
        values: { nip: p.nip, nama: p.nama, unit: 'Bagian Umum' },
      })),
    };
    const rows = Object.entries(tk).flatMap(([nip, dates]) =>
      dates.map((tanggal) => ({ values: { nip, tanggal, kode_absen: 'TK' } })),
    );
    return {
      employees,
      indicators: { sheet: 'Indikator', columns: {}, rows: [] },
      attendance: {
        sheet: 'Absensi',
        columns: { nip: 'A', tanggal: 'B', kode_absen: 'C' },
        rows: rows.map((r, i) => ({ row: i + 2, ...r })),
      },
    };
  }

  const january = scoreOrganisation(month({ [NUR.nip]: ['2025-01-14', '2025-01-15'] }), policy);
  const march = scoreOrganisation(
    month({
      [NUR.nip]: ['2025-03-11', '2025-03-12'],
      [BAYU.nip]: ['2025-03-04', '2025-03-05', '2025-03-06'],
    }),
    policy,
  );
  const history: HistoryRow[] = january.employees.map((e) => ({
    period: '2025-01',
    label: 'Januari 2025',
    nip: e.nip,
    nama: e.nama,
    unit: e.unit,
    capaian: null,
    kategori: '',
    predikat: '',
    potongan: e.discipline.fraction,
    tkDays: e.discipline.tkDays,
    ...(e.discipline.tkDates ? { tkDates: e.discipline.tkDates } : {}),
  }));
  const of = (nip: string) => {
    const r = withYearDiscipline(march, history, { key: '2025-03', label: 'Maret 2025' }, policy);
    return r.employees.find((e) => e.nip === nip)!;
  };

  it('carries the dates event rows give into the result', () => {
    expect(january.employees.find((e) => e.nip === NUR.nip)?.discipline.tkDates).toEqual([
      '2025-01-14',
      '2025-01-15',
    ]);
  });

  it('adds 2 days in January and 2 in March up to 4 and proposes a teguran tertulis with the dates', () => {
    const nur = of(NUR.nip);
    expect(march.employees.find((e) => e.nip === NUR.nip)?.recommendation.kind).not.toBe('teguran');
    expect(nur.recommendation.kind).toBe('teguran');
    expect(formatIssue(nur.recommendation.reasons[0]!)).toContain(
      'TK) 4 hari dalam tahun 2025: Januari 2025 2 hari (tanggal 14/01/2025, 15/01/2025); Maret 2025 2 hari (tanggal 11/03/2025, 12/03/2025)',
    );
    expect(formatIssue(nur.recommendation.reasons[0]!)).toContain(
      'hukuman disiplin ringan: teguran tertulis',
    );
  });

  it('proposes a teguran lisan for 3 days in one month, and leaves the result passed in unchanged', () => {
    const before = JSON.stringify(march);
    const bayu = of(BAYU.nip);
    expect(bayu.recommendation.kind).toBe('teguran');
    expect(formatIssue(bayu.recommendation.reasons[0]!)).toContain('ringan: teguran lisan');
    expect(JSON.stringify(march)).toBe(before);
  });

  it('counts a period once: the period computed replaces its own row, a quarter beside its months is named', () => {
    const stale: HistoryRow = { ...history[0]!, period: '2025-03', label: 'Maret 2025', tkDays: 9 };
    const quarter: HistoryRow = { ...history[0]!, period: '2025-Q1', label: 'Triwulan I 2025', tkDays: 4 };
    const r = withYearDiscipline(
      march,
      [...history, stale, quarter],
      { key: '2025-03', label: 'Maret 2025' },
      policy,
    );
    const nur = r.employees.find((e) => e.nip === NUR.nip)!;
    const texts = nur.recommendation.reasons.map((i) => formatIssue(i));
    expect(texts[0]).toContain('4 hari dalam tahun 2025');
    expect(texts).toContain(
      'TK periode Triwulan I 2025 (4 hari) tidak dijumlahkan lagi karena periodenya tumpang tindih dengan Maret 2025 yang sudah dihitung. Periksa lembar Riwayat bila hari-hari itu berbeda.',
    );
  });

  it("counts working days in a row by the region's calendar: Christmas and its cuti bersama do not break a run", () => {
    // December 2025: TK Monday 15 to Wednesday 24 and Monday 29 to Wednesday 31; Thursday 25 (Natal) and
    // Friday 26 (cuti bersama) are days off in the national calendar, so no working day lies between 24 and 29.
    const tk = [15, 16, 17, 18, 19, 22, 23, 24, 29, 30, 31].map((d) => `2025-12-${d}`);
    const december = scoreOrganisation(month({ [BAYU.nip]: tk }), policy);
    const bayu = withYearDiscipline(
      december,
      [],
      { key: '2025-12', label: 'Desember 2025' },
      policy,
    ).employees.find((e) => e.nip === BAYU.nip)!;
    const text = bayu.recommendation.reasons.map((i) => formatIssue(i)).join(' ');
    expect(text).toContain('11 hari kerja berturut-turut');
    // Without those two days off in the calendar, the 25th and 26th would be working days without TK.
    const bare = {
      ...policy,
      periods: { ...policy.periods, calendar: { ...policy.periods.calendar, daysOff: [] } },
    };
    const broken = withYearDiscipline(
      december,
      [],
      { key: '2025-12', label: 'Desember 2025' },
      bare,
    ).employees.find((e) => e.nip === BAYU.nip)!;
    expect(broken.recommendation.reasons.map((i) => formatIssue(i)).join(' ')).not.toContain(
      'berturut-turut',
    );
  });

  it('does not count another year, nor a later month of the same year', () => {
    const other = [
      { ...history[0]!, period: '2024-12', label: 'Desember 2024', tkDays: 5 },
      { ...history[0]!, period: '2025-04', label: 'April 2025', tkDays: 5 },
    ];
    const r = withYearDiscipline(march, other, { key: '2025-03', label: 'Maret 2025' }, policy);
    expect(r.employees.find((e) => e.nip === NUR.nip)?.recommendation.kind).toBe(
      march.employees.find((e) => e.nip === NUR.nip)?.recommendation.kind,
    );
  });
});
