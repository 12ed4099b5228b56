/**
 * The overlay reads an activity log by the rules Hitung nilai reads it with (shared/score/activity-rows.ts):
 * a time of day in a Waktu/Jam column gives no minutes (said on the badge), a rejection in the core's words
 * ("Tidak Disetujui", "Rejected") is left out and "Belum ditolak" is not one, and a paginated log gives no
 * whole-log minutes from the page shown (the panel says "3 dari 6").
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readActivityLog } from './activity-page';
import { type LaunchedExtension, launchExtension, startFixtureServer } from './harness';

const head = (title: string): string =>
  `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${title}</title></head><body>
  <h3>Laporan Aktivitas Harian</h3><div>Nama : Rudi Hartono, S.T.</div><div>NIP : 198504172010011005</div>`;
const row = (cells: readonly (string | number)[]): string =>
  `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;

const PAGES: Record<string, string> = {
  'jam.html': `${head('Aktivitas')}<table id="t"><thead><tr><th>No</th><th>Tanggal</th><th>Jam</th><th>Uraian Aktivitas</th><th>Output</th><th>Status</th></tr></thead><tbody>
    ${row([1, '03-11-2025', '13:30', 'Verifikasi berkas', '10 Berkas', 'Disetujui'])}
    ${row([2, '03-11-2025', '14.00 WITA', 'Rapat', '1 Notulen', 'Disetujui'])}
    ${row([3, '04-11-2025', '07.30 - 08.00', 'Apel pagi', '-', 'Disetujui'])}
    ${row([4, '04-11-2025', '2 jam', 'Menyusun surat', '2 Surat', 'Disetujui'])}
    </tbody></table></body></html>`,
  'status.html': `${head('Aktivitas')}<table id="t"><thead><tr><th>No</th><th>Tanggal</th><th>Uraian Aktivitas</th><th>Output</th><th>Jumlah Menit</th><th>Status</th></tr></thead><tbody>
    ${row([1, '03-11-2025', 'Verifikasi berkas', '10 Berkas', '300', 'Disetujui'])}
    ${row([2, '04-11-2025', 'Rapat', '1 Notulen', '200', 'Tidak Disetujui'])}
    ${row([3, '05-11-2025', 'Rapat', '1 Notulen', '100', 'Rejected'])}
    ${row([4, '06-11-2025', 'Rapat', '-', '60', 'Belum ditolak'])}
    </tbody></table></body></html>`,
  'paged.html': `${head('Aktivitas')}<div class="dataTables_wrapper"><table id="t" class="table dataTable"><thead><tr><th>No</th><th>Tanggal</th><th>Uraian Aktivitas</th><th>Output</th><th>Jumlah Menit</th><th>Status</th></tr></thead><tbody>
    ${row([1, '03-11-2025', 'Verifikasi berkas', '10 Berkas', '300', 'Disetujui'])}
    ${row([2, '04-11-2025', 'Verifikasi berkas', '8 Berkas', '300', 'Disetujui'])}
    ${row([3, '05-11-2025', 'Menyusun surat', '2 Surat', '300', 'Disetujui'])}
    </tbody></table><div class="dataTables_info">Menampilkan 1 sampai 3 dari 6 entri</div></div></body></html>`,
};

let dir: string;
let server: Awaited<ReturnType<typeof startFixtureServer>>;
let ext: LaunchedExtension;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nk-activity-rules-'));
  for (const [file, html] of Object.entries(PAGES)) writeFileSync(join(dir, file), html);
  server = await startFixtureServer(dir);
  ext = await launchExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The log's badges' tooltips and the panel's text, as activity-page.ts reads them. */
const open = (file: string, rows: number) => readActivityLog(ext, server.url(`/${file}`), rows);

describe('activity log rules on a page, in Chromium', () => {
  it('gives a time of day no minutes and says so; a range or a duration with its unit counts', async () => {
    const { titles, panel } = await open('jam.html', 4);
    expect(titles[0]).toContain('waktu "13:30" adalah jam mulai, bukan lamanya');
    expect(titles[1]).toContain('waktu "14.00 WITA" adalah jam mulai, bukan lamanya');
    expect(titles[2]).toContain('Aktivitas 30 menit');
    expect(titles[3]).toContain('Aktivitas 120 menit');
    // 30 + 120 minutes counted, never 810 (13:30) or 14 (14.00): the 30 of the apel had no output.
    expect(panel).toContain('80% dari 150 menit aktivitas menghasilkan output atau bukti');
  });

  it('leaves out the core’s rejections ("Tidak Disetujui", "Rejected"), not "Belum ditolak"', async () => {
    const { titles, panel } = await open('status.html', 4);
    expect(titles[1]).toContain('Status "Tidak Disetujui" berarti ditolak');
    expect(titles[2]).toContain('Status "Rejected" berarti ditolak');
    expect(titles[3]).not.toContain('ditolak: menitnya');
    expect(panel).toContain('dari 360 menit aktivitas');
  });

  it('gives no whole-log minutes from one page of a paginated log, and says 3 dari 6', async () => {
    const { panel } = await open('paged.html', 3);
    expect(panel).toContain('Log "#t" hanya menampilkan 3 dari 6 aktivitas');
    expect(panel).not.toContain('menit aktivitas menghasilkan output');
  });
});
