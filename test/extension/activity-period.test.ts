/**
 * A page's activity log by the same period and days as Hitung nilai (issue 7): a log of a page naming its
 * period ("Periode : November 2025") leaves out rows of other months, counts an exact repeat once and a day
 * over 24 hours not at all, each with a note on its badge and one panel line, as readActivities does on a
 * sheet (shared/score/activity-rows.ts). Without a page period no row is left out for its period.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readActivityLog } from './activity-page';
import { type LaunchedExtension, launchExtension, startFixtureServer } from './harness';

let server: Awaited<ReturnType<typeof startFixtureServer>>;
let ext: LaunchedExtension;

beforeAll(async () => {
  server = await startFixtureServer(join(import.meta.dirname, 'fixtures'));
  ext = await launchExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

const open = (file: string, rows: number) => readActivityLog(ext, server.url(`/${file}`), rows);

describe('a page activity log by its period and days, in Chromium', () => {
  it('leaves out other months, a repeat and a 25-hour day, as Hitung nilai does (300 minutes)', async () => {
    const { titles, panel } = await open('activity-periode.html', 5);
    expect(titles[0]).toContain(
      'Tanggal 31-10-2025 di luar periode halaman (November 2025): menit aktivitas ini tidak dihitung',
    );
    expect(titles[1]).not.toContain('tidak dihitung');
    expect(titles[2]).toContain('Sama persis dengan baris ke-2 (tanggal, uraian dan menit): dihitung sekali');
    expect(titles[3]).toContain(
      'Aktivitas tanggal 04-11-2025 berjumlah 1.500 menit (25 jam), lebih dari 1.440 menit sehari',
    );
    expect(titles[4]).toContain('Tanggal 01-12-2025 di luar periode halaman (November 2025)');
    expect(panel).toContain('Log "#t": 4 aktivitas tidak dihitung (baris ke-1, 3, 4, 5)');
    expect(panel).toContain('di luar periode November 2025');
    // Never "44,4% dari 2.700 menit": the one counted row (03-11, with output).
    expect(panel).toContain('100% dari 300 menit aktivitas menghasilkan output atau bukti');
  });

  it('without a page period leaves no row out for its date, still counting a repeat once', async () => {
    const { titles, panel } = await open('activity-no-period.html', 5);
    expect(titles[0]).not.toContain('di luar periode');
    expect(titles[4]).not.toContain('di luar periode');
    expect(titles[2]).toContain('Sama persis dengan baris ke-2');
    expect(titles[3]).toContain('lebih dari 1.440 menit sehari');
    // 300 (31-10) + 300 (03-11) + 300 (01-12), all with output.
    expect(panel).toContain('100% dari 900 menit aktivitas menghasilkan output atau bukti');
  });
});
