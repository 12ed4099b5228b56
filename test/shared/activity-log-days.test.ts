/**
 * The day rules of a log read on its own (shared/score/activity-rows.ts logRowsAside), as the overlay
 * applies them to a page's log and readActivities to a sheet: rows outside the period (none without a
 * period), exact repeats, days over 24 hours and unreadable Tanggal are set aside, each with its reason.
 */
import { describe, expect, it } from 'vitest';
import { type LogRow, logRowsAside } from '../../shared/score';

const row = (tanggal: string, uraian: string, minutes: number): LogRow => ({ tanggal, uraian, minutes });
const NOVEMBER = { kind: 'month', year: 2025, index: 11 } as const;

const LOG = [
  row('31-10-2025', 'Laporan Oktober', 300),
  row('03-11-2025', 'Verifikasi', 300),
  row('03-11-2025', 'Verifikasi', 300),
  row('04-11-2025', 'Rapat', 1500),
  row('01-12-2025', 'Laporan Desember', 300),
  row('31-02-2025', 'Tanggal mustahil', 60),
  row('', 'Tanpa tanggal', 60),
  row('Minggu 2', 'Rekap mingguan', 60),
];

describe('logRowsAside', () => {
  it('sets aside rows of other months, a repeat, a day over 24 hours and an impossible date', () => {
    expect(logRowsAside(LOG, NOVEMBER)).toEqual([
      { kind: 'period' },
      undefined,
      { kind: 'repeat', first: 1 },
      { kind: 'long', total: 1500, rows: [3] },
      { kind: 'period' },
      { kind: 'invalid' },
      undefined,
      undefined,
    ]);
  });

  it('takes two sessions of one activity with their own output for two, as Hitung nilai does', () => {
    const morning = { ...row('03-11-2025', 'Melayani konsultasi', 120), others: '-' };
    const afternoon = { ...row('03-11-2025', 'Melayani konsultasi', 120), others: '2 Berita acara' };
    expect(logRowsAside([morning, afternoon], NOVEMBER)).toEqual([undefined, undefined]);
    expect(logRowsAside([morning, { ...morning }], NOVEMBER)).toEqual([
      undefined,
      { kind: 'repeat', first: 0 },
    ]);
  });

  it('without a period leaves no row out for its date (as the add-on without a period)', () => {
    const aside = logRowsAside(LOG, null);
    expect(aside[0]).toBeUndefined();
    expect(aside[4]).toBeUndefined();
    expect(aside[2]).toEqual({ kind: 'repeat', first: 1 });
    expect(aside[3]).toEqual({ kind: 'long', total: 1500, rows: [3] });
  });

  it('takes a day whose rows together pass 24 hours out whole, and a month row of another period out', () => {
    const aside = logRowsAside(
      [row('05-11-2025', 'A', 800), row('05-11-2025', 'B', 700), row('Oktober 2025', 'Rekap', 100)],
      NOVEMBER,
    );
    expect(aside).toEqual([
      { kind: 'long', total: 1500, rows: [0, 1] },
      { kind: 'long', total: 1500, rows: [0, 1] },
      { kind: 'period' },
    ]);
  });
});
