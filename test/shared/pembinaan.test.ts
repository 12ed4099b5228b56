import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guessTableKind } from '../../shared/columns/kind';
import { formatIssue } from '../../shared/messages/format';
import type { FieldId } from '../../shared/model/fields';
import type { WorkbookInput } from '../../shared/model/input';
import { addMonths, dayNumber, isoDay, readCalendarDay } from '../../shared/parse/calendar';
import { buildResultsPackage, parseResultsPackage, scoreOrganisation } from '../../shared/pipeline';
import { defaultPolicy, PolicySchema } from '../../shared/policy/schema';
import { DEWI, KABID, REGISTER, RINA, registerWorkbook, YUSUF } from './fixtures/register-office';

const workbook = (register: string[][] | undefined, periodEnd?: string): WorkbookInput =>
  registerWorkbook(register, { periodEnd, withDewi: true });

const policy = defaultPolicy();
const supervisorOf = (input: WorkbookInput) => {
  const result = scoreOrganisation(input, policy);
  const kabid = result.supervisors.find((s) => s.nip === KABID);
  if (!kabid) throw new Error('the Kepala Bidang supervises no one');
  return { result, kabid };
};
const person = (input: WorkbookInput, nip: string) => {
  const found = scoreOrganisation(input, policy).employees.find((e) => e.nip === nip);
  if (!found) throw new Error(`${nip} not scored`);
  return found;
};

describe('the register is recognised and read', () => {
  it('guesses a table with a kind of pembinaan and a NIP as the register', () => {
    expect(guessTableKind(new Set<FieldId>(REGISTER))).toBe('pembinaan');
    expect(guessTableKind(new Set<FieldId>(['nip', 'nama', 'jabatan', 'atasan_nip']))).toBe('employees');
  });

  it('reads day-first, ISO and Indonesian month dates, and refuses what is no date', () => {
    expect(readCalendarDay('2025-01-15')).toBe(dayNumber(2025, 1, 15));
    expect(readCalendarDay('15/01/2025')).toBe(dayNumber(2025, 1, 15));
    expect(readCalendarDay('15 Januari 2025')).toBe(dayNumber(2025, 1, 15));
    expect(readCalendarDay('3 Agt 2024')).toBe(dayNumber(2024, 8, 3));
    for (const bad of ['31/02/2025', '15/01/25', 'kemarin', '45678', '2025-13-01'])
      expect(readCalendarDay(bad)).toBeNull();
  });

  it('keeps day numbers and ISO dates one-to-one (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumber(1950, 1, 1), max: dayNumber(2100, 12, 31) }), (day) => {
        expect(readCalendarDay(isoDay(day))).toBe(day);
      }),
    );
    expect(isoDay(addMonths(dayNumber(2024, 8, 31), 6))).toBe('2025-02-28');
  });

  it('reports every malformed cell with sheet, row and column, in Indonesian, and skips only that row', () => {
    const { result, kabid } = supervisorOf(
      workbook(
        [
          ['31/02/2025', KABID, RINA, 'Teguran lisan', '', 'Ditegur soal laporan'],
          ['2025-03-20', KABID, RINA, 'Dimarahi', '', ''],
          ['2025-03-21', KABID, '199912312025011999', 'Teguran tertulis', '', ''],
          ['2025-03-22', '196001011985031001', RINA, 'Pembinaan', '', 'Bimbingan penyusunan laporan'],
        ],
        '2025-03-31',
      ),
    );
    const texts = result.issues.map((i) => formatIssue(i));
    expect(texts).toContain(
      'Sheet "Catatan Pembinaan", baris 2, kolom A: "31/02/2025" bukan tanggal. Baris ini diabaikan: tulis tanggal lengkap, misalnya 15/01/2025 atau 15 Januari 2025 (tahun empat digit).',
    );
    expect(
      texts.some((t) =>
        t.startsWith('Sheet "Catatan Pembinaan", baris 3, kolom D: Jenis pembinaan "Dimarahi" tidak dikenal'),
      ),
    ).toBe(true);
    expect(
      texts.some((t) => /baris 4, kolom C: NIP 199912312025011999 .*tidak ada di sheet "Pegawai"/.test(t)),
    ).toBe(true);
    expect(
      texts.some((t) =>
        /baris 5, kolom B: NIP atasan 196001011985031001 .*tidak ada di sheet "Pegawai"/.test(t),
      ),
    ).toBe(true);
    // The pembinaan of row 5 still counts for Rina: her supervisor's teguran duty is done.
    expect(kabid.duties?.some((d) => d.nip === RINA)).toBe(false);
  });
});

describe('supervisor duties from the register', () => {
  it('flags a poor predikat without a teguran or pembinaan, and an excellent one without apresiasi, with names and dates', () => {
    const { kabid } = supervisorOf(workbook([], '2025-03-31'));
    expect(kabid.flags).toEqual(['teguran_belum_diberikan', 'apresiasi_belum_diberikan']);
    expect(kabid.duties?.map((d) => [d.duty, d.nama, d.from, d.to])).toEqual([
      ['teguran', 'Rina Marlina, S.E.', '2025-03-01', '2025-04-30'],
      ['teguran', 'Dewi Lestari, A.Md.', '2025-03-01', '2025-04-30'],
      ['apresiasi', 'Yusuf Hidayat, S.Kom.', '2025-03-01', '2025-04-30'],
    ]);
    expect(kabid.dutyBasis).toEqual({
      source: 'catatan_pembinaan',
      sheet: 'Catatan Pembinaan',
      asOf: '2025-03-31',
      asOfSource: 'periode',
      days: 30,
    });
    expect(formatIssue(kabid.reasons[0]!)).toBe(
      '2 bawahan berpredikat buruk tanpa teguran atau pembinaan tercatat antara 2025-03-01 dan 2025-04-30 (Rina Marlina, S.E. (Kurang/Misconduct); Dewi Lestari, A.Md. (Butuh Perbaikan)). Berikan teguran atau pembinaan dan catat di Catatan Pembinaan.',
    );
  });

  it('clears a duty once it is recorded in the window, and names the last record when it is too old', () => {
    const { kabid } = supervisorOf(
      workbook(
        [
          ['2024-06-02', KABID, RINA, 'Teguran lisan', '', 'Terlambat menyerahkan laporan'],
          ['04/04/2025', KABID, DEWI, 'Pembinaan', '', 'Bimbingan target triwulan'],
          [
            '28 Maret 2025',
            KABID,
            YUSUF,
            'Apresiasi tertulis',
            '800/45/DPMPTSP/2025',
            'Inovasi layanan daring',
          ],
        ],
        '2025-03-31',
      ),
    );
    expect(kabid.flags).toEqual(['teguran_belum_diberikan']);
    expect(kabid.duties).toEqual([
      {
        duty: 'teguran',
        nip: RINA,
        nama: 'Rina Marlina, S.E.',
        predikat: 'kurang',
        from: '2025-03-01',
        to: '2025-04-30',
        lastRecord: { tanggal: '2024-06-02', jenis: 'Teguran lisan' },
      },
    ]);
  });

  it('without the period, judges at the latest date in the register and says so', () => {
    const { result, kabid } = supervisorOf(
      workbook([['2025-02-10', KABID, RINA, 'Teguran tertulis', '', '']]),
    );
    expect(kabid.dutyBasis?.asOf).toBe('2025-02-10');
    expect(kabid.dutyBasis?.asOfSource).toBe('data');
    expect(result.issues.map((i) => formatIssue(i))).toContain(
      'Sheet "Catatan Pembinaan": Periode penilaian tidak diketahui: kewajiban atasan dinilai pada tanggal terakhir di sheet "Catatan Pembinaan", 2025-02-10.',
    );
  });

  it("keeps today's rule, clearly, where the workbook has no register: any feedback counts", () => {
    const { kabid } = supervisorOf(workbook(undefined));
    expect(kabid.dutyBasis?.source).toBe('umpan_balik');
    expect(kabid.flags).toContain('teguran_belum_diberikan');
    expect(kabid.duties?.find((d) => d.duty === 'teguran')?.from).toBeNull();
  });
});

describe('no award under a hukuman disiplin (PP 94/2021, DOMAIN.md)', () => {
  const hukuman = [
    [
      '2025-01-06',
      KABID,
      YUSUF,
      'Hukuman disiplin sedang: pemotongan tunjangan kinerja 25% selama 6 bulan',
      '800/12/BKPSDM/2025',
      'Tidak masuk kerja 12 hari',
    ],
  ];

  it('turns a penghargaan into an apresiasi while the hukuman is in force, the reason naming the record', () => {
    expect(person(workbook([], '2025-03-31'), YUSUF).recommendation.kind).toBe('penghargaan');
    const yusuf = person(workbook(hukuman, '2025-03-31'), YUSUF);
    expect(yusuf.recommendation.kind).toBe('apresiasi');
    expect(formatIssue(yusuf.recommendation.reasons[0]!)).toBe(
      'Tidak diusulkan untuk penghargaan: sedang menjalani Hukuman disiplin sedang: pemotongan tunjangan kinerja 25% selama 6 bulan sejak 2025-01-06 sampai 2025-07-06 (nomor 800/12/BKPSDM/2025, sheet "Catatan Pembinaan" baris 2).',
    );
    expect(yusuf.hukumanDisiplin).toMatchObject({ tanggal: '2025-01-06', sampai: '2025-07-06', row: 2 });
  });

  it("proposes the award again once the form's duration is over, and when the policy switch is off", () => {
    expect(person(workbook(hukuman, '2025-07-31'), YUSUF).recommendation.kind).toBe('penghargaan');
    const off = PolicySchema.parse({ pembinaan: { blockAwardUnderHukuman: false } });
    const yusuf = scoreOrganisation(workbook(hukuman, '2025-03-31'), off).employees.find(
      (e) => e.nip === YUSUF,
    );
    expect(yusuf?.recommendation.kind).toBe('penghargaan');
  });

  it("puts the duties in the supervisor's package, and withholds the hukuman reasons", () => {
    const result = scoreOrganisation(workbook(hukuman, '2025-03-31'), policy);
    const [pkg] = buildResultsPackage(result, policy, { supervisorNip: KABID });
    expect(parseResultsPackage(pkg).success).toBe(true);
    expect(pkg?.duties?.map((d) => d.text)).toEqual([
      'Rina Marlina, S.E. (Kurang/Misconduct): Teguran/pembinaan belum tercatat, dicari 2025-03-01 s.d. 2025-04-30; belum pernah tercatat',
      'Dewi Lestari, A.Md. (Butuh Perbaikan): Teguran/pembinaan belum tercatat, dicari 2025-03-01 s.d. 2025-04-30; belum pernah tercatat',
      'Yusuf Hidayat, S.Kom. (Sangat Baik): Apresiasi belum tercatat, dicari 2025-03-01 s.d. 2025-04-30; belum pernah tercatat',
    ]);
    expect(pkg?.employees.find((e) => e.nip === YUSUF)?.reasons.join(' ')).not.toContain(
      '800/12/BKPSDM/2025',
    );
  });
});

describe('a register date after the period end', () => {
  const lateCodes = (register: string[][]) =>
    scoreOrganisation(workbook(register, '2025-03-31'), policy)
      .issues.filter((i) => i.code === 'PEMB_DATE_AFTER_PERIOD' || i.code === 'PEMB_HUKUMAN_AFTER_PERIOD')
      .map((i) => [i.code, i.at?.row]);

  it('lets a teguran or apresiasi count up to followUpDays after the end, and reports one beyond', () => {
    expect(
      lateCodes([
        ['2025-04-30', KABID, RINA, 'Teguran lisan', '', ''],
        ['2025-05-01', KABID, YUSUF, 'Apresiasi lisan', '', ''],
      ]),
    ).toEqual([['PEMB_DATE_AFTER_PERIOD', 3]]);
  });

  it('reports a hukuman dated even a day after the end, and it does not withhold the award', () => {
    const register = [
      [
        '2025-04-01',
        KABID,
        YUSUF,
        'Hukuman disiplin sedang: pemotongan tunjangan kinerja 25% selama 6 bulan',
        '',
        '',
      ],
    ];
    expect(lateCodes(register)).toEqual([['PEMB_HUKUMAN_AFTER_PERIOD', 2]]);
    expect(person(workbook(register, '2025-03-31'), YUSUF).recommendation.kind).toBe('penghargaan');
  });
});

/*
 * Without a period, the run date (today, given by the surface: the core reads no clock) bounds the register:
 * a date after it is a typo (2062 for 2025), reported at its cell, never the date the duties are judged at,
 * and a hukuman dated after it is not in force.
 */
describe('a register date after the run date, when no period is known', () => {
  const HUKUMAN_SEDANG = 'Hukuman disiplin sedang: pemotongan tunjangan kinerja 25% selama 6 bulan';
  const typo = [
    ['2062-03-14', KABID, YUSUF, HUKUMAN_SEDANG, '800/12/2025', 'typo tahun'],
    ['2025-03-10', KABID, RINA, 'Teguran lisan', '', ''],
    ['2052-03-10', KABID, RINA, 'Teguran tertulis', '', 'typo tahun'],
  ];
  const withRunDate = (register: string[][], runDate: string, periodEnd?: string): WorkbookInput => ({
    ...workbook(register, periodEnd),
    runDate,
  });
  const registerIssues = (input: WorkbookInput) =>
    scoreOrganisation(input, policy)
      .issues.filter((i) => i.code.startsWith('PEMB_'))
      .map((i) => ({ code: i.code, row: i.at?.row, column: i.at?.column, text: formatIssue(i) }));

  it('reports each future date at its cell, and judges the duties at the latest date up to the run date', () => {
    const input = withRunDate(typo, '2025-03-20');
    expect(registerIssues(input)).toEqual([
      {
        code: 'PEMB_HUKUMAN_FUTURE',
        row: 2,
        column: 'A',
        text: `Sheet "Catatan Pembinaan", baris 2, kolom A: Catatan "${HUKUMAN_SEDANG}" bertanggal 2062-03-14, setelah hari ini (2025-03-20). Catatan tetap disimpan, tetapi hukuman itu belum berlaku: penghargaan tidak ditahan olehnya. Periksa tanggalnya (salah ketik tahun?) lalu hitung ulang.`,
      },
      {
        code: 'PEMB_DATE_FUTURE',
        row: 4,
        column: 'A',
        text: 'Sheet "Catatan Pembinaan", baris 4, kolom A: Tanggal 2052-03-10 setelah hari ini (2025-03-20). Catatan tetap disimpan, tetapi kewajiban atasan tidak dinilai pada tanggal itu. Periksa tanggalnya (salah ketik tahun?) lalu hitung ulang.',
      },
      {
        code: 'PEMB_AS_OF_LATEST_PAST',
        row: undefined,
        column: undefined,
        text: 'Sheet "Catatan Pembinaan": Periode penilaian tidak diketahui: kewajiban atasan dinilai pada tanggal terakhir di sheet "Catatan Pembinaan" yang tidak melewati hari ini (2025-03-20), 2025-03-10.',
      },
    ]);
    const { kabid } = supervisorOf(input);
    expect(kabid.dutyBasis).toMatchObject({ asOf: '2025-03-10', asOfSource: 'data' });
    // The 2062 hukuman is not in force: Yusuf's award is proposed, not withheld by a typo.
    const yusuf = person(input, YUSUF);
    expect(yusuf.recommendation.kind).toBe('penghargaan');
    expect(yusuf.hukumanDisiplin).toBeUndefined();
  });

  it('keeps a hukuman dated on or before the run date in force', () => {
    const input = withRunDate(
      [['2025-01-06', KABID, YUSUF, HUKUMAN_SEDANG, '800/12/BKPSDM/2025', '']],
      '2025-03-20',
    );
    expect(registerIssues(input).map((i) => i.code)).toEqual(['PEMB_AS_OF_LATEST']);
    expect(person(input, YUSUF).recommendation.kind).toBe('apresiasi');
  });

  it('judges at the run date itself, and says so, when every record is after it', () => {
    const input = withRunDate([typo[0] as string[]], '2025-03-20');
    expect(registerIssues(input).map((i) => i.code)).toEqual(['PEMB_HUKUMAN_FUTURE', 'PEMB_AS_OF_RUN_DATE']);
    expect(registerIssues(input)[1]?.text).toBe(
      'Sheet "Catatan Pembinaan": Periode penilaian tidak diketahui dan semua tanggal di sheet "Catatan Pembinaan" setelah hari ini: kewajiban atasan dinilai pada hari ini, 2025-03-20.',
    );
    expect(supervisorOf(input).kabid.dutyBasis).toMatchObject({ asOf: '2025-03-20', asOfSource: 'data' });
    expect(person(input, YUSUF).recommendation.kind).toBe('penghargaan');
  });

  it('changes nothing when the period is known, nor when no run date is given', () => {
    // Run after the follow-up window (to 2025-04-30) has closed: a run date inside it makes an unrecorded
    // duty pending instead of undone (supervisor-register.ts), which is not what this test is about.
    const withPeriod = scoreOrganisation(withRunDate(typo, '2025-05-20', '2025-03-31'), policy);
    expect(withPeriod).toEqual(scoreOrganisation(workbook(typo, '2025-03-31'), policy));
    expect(registerIssues(workbook(typo)).map((i) => [i.code, i.text])).toEqual([
      [
        'PEMB_AS_OF_LATEST',
        'Sheet "Catatan Pembinaan": Periode penilaian tidak diketahui: kewajiban atasan dinilai pada tanggal terakhir di sheet "Catatan Pembinaan", 2062-03-14.',
      ],
    ]);
  });

  it('says so, and judges at the latest date, when the run date given is no date', () => {
    const input = withRunDate(typo, '20/03/2025');
    expect(registerIssues(input).map((i) => i.code)).toEqual(['PEMB_RUN_DATE_INVALID', 'PEMB_AS_OF_LATEST']);
  });
});
