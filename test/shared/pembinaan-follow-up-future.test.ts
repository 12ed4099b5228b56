import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../shared/messages/format';
import type { WorkbookInput } from '../../shared/model/input';
import { scoreOrganisation } from '../../shared/pipeline';
import { defaultPolicy } from '../../shared/policy/schema';
import { KABID, RINA, registerWorkbook, YUSUF } from './fixtures/register-office';

/*
 * A follow-up not yet given is no follow-up: a teguran or apresiasi dated after the run date (today, given
 * by the surface) is reported at its date cell and never answers a supervisor's duty, even within
 * pembinaan.followUpDays of the period's end (or of the latest date, without a period); a hukuman dated after
 * it is not in force.
 */

const HUKUMAN_SEDANG = 'Hukuman disiplin sedang: pemotongan tunjangan kinerja 25% selama 6 bulan';

const workbook = (register: string[][], opts: { periodEnd?: string; runDate?: string }): WorkbookInput =>
  registerWorkbook(register, opts);

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
    // Not counted, so the duty stands; but its window (to 30 April) is still open on 10 April: pending, said
    // with its last day, not flagged as undone. It names no last record: the only teguran has not happened.
    expect(kabid.flags).toEqual([]);
    expect(kabid.duties?.map((d) => [d.duty, d.nip, d.lastRecord, d.pending])).toEqual([
      ['teguran', RINA, null, true],
    ]);
    expect(kabid.reasons.map((r) => formatIssue(r))).toEqual([
      '1 bawahan berpredikat buruk belum tercatat mendapat teguran atau pembinaan (Rina Marlina, S.E. (Kurang/Misconduct)), tetapi batas waktunya belum lewat: berikan teguran atau pembinaan dan catat di Catatan Pembinaan paling lambat 2025-04-30.',
    ]);
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
    // Pending until the window's last day, not undone.
    expect(run(input).kabid.flags).toEqual([]);
    expect(run(input).kabid.duties?.map((d) => [d.duty, d.nip, d.pending])).toEqual([
      ['apresiasi', YUSUF, true],
    ]);
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
    // Not counted; the window (to 9 April) is still open on 20 March: pending.
    expect(kabid.flags).toEqual([]);
    expect(kabid.duties?.map((d) => [d.duty, d.nip, d.pending])).toEqual([['teguran', RINA, true]]);
  });
});

describe('a duty whose window is still open on the run date is pending, not undone', () => {
  it('is said with its last day while the window is open, and undone once it has closed', () => {
    // March scored, nothing recorded for Rina: due between 1 March and 30 April.
    const none = [['2025-03-15', KABID, YUSUF, 'Apresiasi lisan', '', '']];
    const open = run(workbook(none, { periodEnd: '2025-03-31', runDate: '2025-04-30' })).kabid;
    expect(open.flags).toEqual([]);
    expect(open.duties?.map((d) => [d.duty, d.nip, d.pending, d.to])).toEqual([
      ['teguran', RINA, true, '2025-04-30'],
    ]);
    const closed = run(workbook(none, { periodEnd: '2025-03-31', runDate: '2025-05-01' })).kabid;
    expect(closed.flags).toEqual(['teguran_belum_diberikan']);
    expect(closed.duties?.map((d) => [d.duty, d.nip, d.pending])).toEqual([['teguran', RINA, undefined]]);
  });

  it('a period still running: nothing is overdue yet', () => {
    const kabid = run(workbook([], { periodEnd: '2025-12-31', runDate: '2025-06-15' })).kabid;
    expect(kabid.flags).toEqual([]);
    expect(kabid.duties?.map((d) => [d.duty, d.pending])).toEqual([
      ['teguran', true],
      ['apresiasi', true],
    ]);
    expect(kabid.reasons.map((r) => r.code)).toEqual([
      'REC_SUP_REGISTER_REPRIMAND_PENDING',
      'REC_SUP_REGISTER_PRAISE_PENDING',
    ]);
  });
});
