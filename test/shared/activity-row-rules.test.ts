import { describe, expect, it } from 'vitest';
import type { Issue } from '../../shared/core/issue';
import { t } from '../../shared/messages/format';
import type { RawNumber, RawTable } from '../../shared/model/input';
import { type ActivityTotals, readActivities } from '../../shared/pipeline/attendance';
import { readEmployees } from '../../shared/pipeline/people';
import { defaultPolicy } from '../../shared/policy/schema';
import { activityLeftOut, timeCellMinutes } from '../../shared/score/activity-rows';

/*
 * The activity-row rules Hitung nilai and the overlay share (shared/score/activity-rows.ts): a time cell
 * is a duration only as a range or with its unit, the core's status words decide a rejection, a volume
 * above 0 is an output, and a log without a minutes column says so. All data invented.
 */

const ANI = { nip: '198411142005121355', nama: 'Ani Lestari' };
const roster = readEmployees(
  {
    sheet: 'Pegawai',
    columns: { nip: 'A', nama: 'B', unit: 'C' },
    rows: [{ row: 2, values: { nip: ANI.nip, nama: ANI.nama, unit: 'Bidang A' } }],
  },
  [],
);
const num = (n: number): RawNumber => ({ number: n, percent: false, text: String(n) });

function read(table: RawTable) {
  const issues: Issue[] = [];
  const columns = readActivities(table, roster, 'Pegawai', defaultPolicy(), issues, null);
  const totals = columns.of(0, { minutes: 0, withoutOutputMinutes: 0 } as ActivityTotals);
  return { issues, totals, texts: issues.map((i) => `${i.code} ${i.at?.column ?? ''}${i.at?.row ?? ''}`) };
}

describe('a time cell', () => {
  it('is a duration only as a range or with its unit, never a time of day', () => {
    expect(timeCellMinutes('07.30 - 08.00')).toBe(30);
    expect(timeCellMinutes('10:00 s/d 11:30')).toBe(90);
    expect(timeCellMinutes('2 jam')).toBe(120);
    expect(timeCellMinutes('90 menit')).toBe(90);
    for (const clock of ['13:30', 'Jam 13:30', '14.00 WITA', '08:00', '08.00', ''])
      expect(timeCellMinutes(clock), clock).toBeNull();
  });

  it('gives the add-on no minutes for a time of day, said at the cell; a range counts', () => {
    const { totals, issues } = read({
      sheet: 'Aktivitas',
      columns: { nip: 'A', tanggal: 'B', waktu: 'C', aktivitas: 'D', output: 'E' },
      rows: [
        {
          row: 2,
          values: {
            nip: ANI.nip,
            tanggal: '2025-11-03',
            waktu: '13:30',
            aktivitas: 'Verifikasi',
            output: '10 Berkas',
          },
        },
        {
          row: 3,
          values: {
            nip: ANI.nip,
            tanggal: '2025-11-03',
            waktu: '14.00 WITA',
            aktivitas: 'Rapat',
            output: '1 Notulen',
          },
        },
        {
          row: 4,
          values: {
            nip: ANI.nip,
            tanggal: '2025-11-04',
            waktu: '07.30 - 08.00',
            aktivitas: 'Apel',
            output: '-',
          },
        },
      ],
    });
    expect(totals).toEqual({ minutes: 30, withoutOutputMinutes: 30 });
    const said = issues.filter((i) => i.code === 'DISC_ACTIVITY_TIME_NOT_DURATION');
    expect(said.map((i) => `${i.at?.column}${i.at?.row}`)).toEqual(['C2', 'C3']);
    expect(t(said[0]!.code, said[0]!.params)).toContain(
      'Waktu "13:30" adalah jam kegiatan dimulai, bukan lamanya',
    );
  });
});

describe('an activity log', () => {
  it('without a minutes or time column is an error on its sheet, never nothing counted silently', () => {
    const { totals, issues } = read({
      sheet: 'Aktivitas',
      columns: { nip: 'A', aktivitas: 'B', jam_mulai: 'C' },
      rows: [{ row: 2, values: { nip: ANI.nip, aktivitas: 'Rapat', jam_mulai: '08:00' } }],
    });
    expect(totals).toBeUndefined();
    expect(issues.map((i) => [i.code, i.severity, i.at?.sheet])).toEqual([
      ['DISC_ACTIVITY_NO_MINUTES_COLUMN', 'error', 'Aktivitas'],
    ]);
  });

  it('counts a volume above 0 as the activity’s output, as the page does', () => {
    const { totals } = read({
      sheet: 'Aktivitas',
      columns: { nip: 'A', tanggal: 'B', aktivitas: 'C', menit: 'D', volume: 'E' },
      rows: [
        {
          row: 2,
          values: {
            nip: ANI.nip,
            tanggal: '2025-11-03',
            aktivitas: 'Verifikasi',
            menit: num(300),
            volume: num(5),
          },
        },
        {
          row: 3,
          values: {
            nip: ANI.nip,
            tanggal: '2025-11-04',
            aktivitas: 'Rapat',
            menit: num(120),
            volume: num(0),
          },
        },
      ],
    });
    expect(totals).toEqual({ minutes: 420, withoutOutputMinutes: 120 });
  });

  it('leaves out the core’s rejections and only those', () => {
    const busy = defaultPolicy().busy;
    expect(activityLeftOut('ditolak', busy)).toBe(true);
    expect(activityLeftOut('revisi', busy)).toBe(false);
    expect(activityLeftOut(undefined, busy)).toBe(false);
    expect(activityLeftOut('ditolak', { ...busy, ignoreRejectedActivities: false })).toBe(false);
  });
});
