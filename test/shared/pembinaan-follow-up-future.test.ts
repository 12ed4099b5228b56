import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../shared/messages/format';
import type { FieldId } from '../../shared/model/fields';
import type { RawTable, WorkbookInput } from '../../shared/model/input';
import { scoreOrganisation } from '../../shared/pipeline';
import { defaultPolicy } from '../../shared/policy/schema';

/*
 * A follow-up not yet given is no follow-up: a teguran or apresiasi dated after the run date (today, given
 * by the surface) is reported at its date cell and never answers a supervisor's duty, even within
 * pembinaan.followUpDays of the period's end (or of the latest date, without a period); a hukuman dated after
 * it is not in force.
 */

const table = (sheet: string, cols: FieldId[], rows: string[][]): RawTable => ({
  sheet,
  columns: Object.fromEntries(cols.map((c, i) => [c, String.fromCharCode(65 + i)])),
  rows: rows.map((r, i) => ({ row: i + 2, values: Object.fromEntries(cols.map((c, j) => [c, r[j] ?? ''])) })),
});

const KABID = '197505152000031001';
const RINA = '198806202012122002';
const YUSUF = '199001102015031004';
const REGISTER: FieldId[] = ['tanggal', 'atasan_nip', 'nip', 'jenis_pembinaan', 'nomor_surat', 'catatan'];
const HUKUMAN_SEDANG = 'Hukuman disiplin sedang: pemotongan tunjangan kinerja 25% selama 6 bulan';

function workbook(register: string[][], opts: { periodEnd?: string; runDate?: string }): WorkbookInput {
  return {
    employees: table(
      'Pegawai',
      ['nip', 'nama', 'jabatan', 'unit', 'atasan_nip'],
      [
        [KABID, 'Drs. Bambang Wicaksono, M.Si.', 'Kepala Bidang Pelayanan', 'Bidang Pelayanan', ''],
        [RINA, 'Rina Marlina, S.E.', 'Analis Pelayanan', 'Bidang Pelayanan', KABID],
        [YUSUF, 'Yusuf Hidayat, S.Kom.', 'Pranata Komputer', 'Bidang Pelayanan', KABID],
      ],
    ),
    indicators: table('Indikator', ['nip'], []),
    results: table(
      'Rekap Kinerja',
      ['nip', 'capaian', 'predikat'],
      [
        [KABID, '100%', 'Baik'],
        [RINA, '82,5%', 'Kurang/Misconduct'],
        [YUSUF, '115%', 'Sangat Baik'],
      ],
    ),
    pembinaan: table('Catatan Pembinaan', REGISTER, register),
    ...opts,
  };
}

const policy = defaultPolicy();
const run = (input: WorkbookInput) => {
  const result = scoreOrganisation(input, policy);
  const kabid = result.supervisors.find((s) => s.nip === KABID);
  if (!kabid) throw new Error('the Kepala Bidang supervises no one');
  const register = result.issues
    .filter((i) => i.code.startsWith('PEMB_'))
    .map((i) => ({ code: i.code, row: i.at?.row, column: i.at?.column, text: formatIssue(i) }));
  const person = (nip: string) => result.employees.find((e) => e.nip === nip);
  return { kabid, register, person };
};

describe('a teguran dated after the run date, within followUpDays of the period end', () => {
  // Period ended 31 March; the add-on runs on 10 April; the teguran is dated 20 April (within 30 days).
  const ahead = [
    ['2025-04-20', KABID, RINA, 'Teguran lisan', '', 'belum diberikan'],
    ['2025-03-15', KABID, YUSUF, 'Apresiasi lisan', '', ''],
  ];

  it('is reported at its date cell and does not count as the follow-up', () => {
    const { kabid, register } = run(workbook(ahead, { periodEnd: '2025-03-31', runDate: '2025-04-10' }));
    expect(register).toEqual([
      {
        code: 'PEMB_FOLLOW_UP_FUTURE',
        row: 2,
        column: 'A',
        text: 'Sheet "Catatan Pembinaan", baris 2, kolom A: Tanggal 2025-04-20 setelah hari ini (2025-04-10): tindakan yang belum terjadi bukan tindak lanjut, jadi catatan ini tidak dihitung untuk kewajiban atasan (tindak lanjut antara 2025-03-01 dan 2025-04-30). Catatan tetap disimpan. Periksa tanggalnya (salah ketik?) lalu hitung ulang; bila tindakan itu memang belum diberikan, berikan lalu hitung ulang setelah tanggal itu.',
      },
    ]);
    expect(kabid.flags).toEqual(['teguran_belum_diberikan']);
    // The duty names no last record: the only teguran has not happened.
    expect(kabid.duties?.map((d) => [d.duty, d.nip, d.lastRecord])).toEqual([['teguran', RINA, null]]);
  });

  it('counts once the run date has reached it, and when the surface gives no run date (as before)', () => {
    for (const runDate of ['2025-04-20', '2025-05-02', undefined]) {
      const { kabid, register } = run(
        workbook(ahead, { periodEnd: '2025-03-31', ...(runDate ? { runDate } : {}) }),
      );
      expect(register).toEqual([]);
      expect(kabid.flags).toEqual([]);
    }
  });

  it('is also said for an apresiasi, in English too', () => {
    const praise = [
      ['2025-03-20', KABID, RINA, 'Teguran lisan', '', ''],
      ['2025-04-25', KABID, YUSUF, 'Apresiasi tertulis', '', ''],
    ];
    const input = workbook(praise, { periodEnd: '2025-03-31', runDate: '2025-04-10' });
    const result = scoreOrganisation(input, policy);
    const issue = result.issues.find((i) => i.code === 'PEMB_FOLLOW_UP_FUTURE');
    expect(issue?.at).toMatchObject({ sheet: 'Catatan Pembinaan', row: 3, column: 'A' });
    expect(formatIssue(issue!, 'en')).toBe(
      'Sheet "Catatan Pembinaan", row 3, column A: The date 2025-04-25 is after today (2025-04-10): an action that has not happened yet is no follow-up, so this record is not counted for the supervisor’s duties (follow-up between 2025-03-01 and 2025-04-30). The record is kept. Check the date (a typo?) and compute again; if the action has indeed not been given yet, give it and compute again after that date.',
    );
    expect(run(input).kabid.flags).toEqual(['apresiasi_belum_diberikan']);
  });

  it('keeps the message of a date beyond the follow-up days after the end', () => {
    const { register } = run(
      workbook([['2025-06-20', KABID, RINA, 'Teguran lisan', '', '']], {
        periodEnd: '2025-03-31',
        runDate: '2025-04-10',
      }),
    );
    expect(register.map((i) => [i.code, i.row])).toEqual([['PEMB_DATE_AFTER_PERIOD', 2]]);
  });
});

describe('a period still running on the run date', () => {
  it('does not put in force a hukuman dated after the run date, and says so at its cell', () => {
    const input = workbook([['2025-09-01', KABID, YUSUF, HUKUMAN_SEDANG, '800/1/2025', '']], {
      periodEnd: '2025-12-31',
      runDate: '2025-06-15',
    });
    const { register, person } = run(input);
    expect(register.map((i) => [i.code, i.row, i.column])).toEqual([['PEMB_HUKUMAN_FUTURE', 2, 'A']]);
    expect(person(YUSUF)?.hukumanDisiplin).toBeUndefined();
    expect(person(YUSUF)?.recommendation.kind).toBe('penghargaan');
    // Without the run date the hukuman is taken as written (in force at the period's end).
    const asWritten = run(
      workbook([['2025-09-01', KABID, YUSUF, HUKUMAN_SEDANG, '800/1/2025', '']], {
        periodEnd: '2025-12-31',
      }),
    );
    expect(asWritten.person(YUSUF)?.recommendation.kind).toBe('apresiasi');
  });
});

describe('a teguran dated after the run date, without a period', () => {
  it('is reported and not counted, though within followUpDays of the latest date up to the run date', () => {
    const register = [
      ['2025-03-10', KABID, YUSUF, 'Apresiasi lisan', '', ''],
      ['2025-03-25', KABID, RINA, 'Teguran lisan', '', ''],
    ];
    const { kabid, register: issues } = run(workbook(register, { runDate: '2025-03-20' }));
    expect(issues.map((i) => [i.code, i.row, i.column])).toEqual([
      ['PEMB_FOLLOW_UP_FUTURE', 3, 'A'],
      ['PEMB_AS_OF_LATEST_PAST', undefined, undefined],
    ]);
    expect(issues[0]?.text).toContain('(tindak lanjut antara 2025-02-08 dan 2025-04-09)');
    expect(kabid.dutyBasis).toMatchObject({ asOf: '2025-03-10', asOfSource: 'data' });
    expect(kabid.flags).toEqual(['teguran_belum_diberikan']);
  });
});
