/**
 * One verdict for annual targets: an SKP appraisal page whose target column is "Target Tahunan" and that
 * names its period ("Periode Penilaian : Triwulan I 2025") gets from the BUILT extension in real Chromium
 * the capaian Hitung nilai gives for the same rows in the BUILT add-on (an annual target prorated to the
 * quarter, a level target such as "100 %" not prorated: shared/score/prorate.ts, decided once). Without a
 * period on the page the targets are compared as written and the panel says why, as Hitung nilai says of a
 * sheet; a page whose targets are the period's own never loads the period module. =CAPAIAN given the period
 * (its optional fourth argument) answers the same.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../shared';
import { loadSandbox, plain } from '../../tools/apps-script-sandbox/sandbox';
import { readPanel } from '../extension/fixture';
import { nipOf } from './cases';
import { round4, type ServedPages, servePages } from './pages';
import { periodRow, skpPage, skpWorkbook } from './skp-quarter';

/** [indikator, annual target, realisasi of the quarter] */
const ROWS: readonly (readonly [string, string, string])[] = [
  ['Jumlah laporan keuangan bulanan yang disusun', '12 Laporan', '3 Laporan'],
  ['Persentase surat yang diselesaikan tepat waktu', '100 %', '90 %'],
  ['Jumlah dokumen perencanaan yang disahkan', '24 Dokumen', '5 Dokumen'],
  ['Realisasi pendapatan retribusi', 'Rp 400.000.000', 'Rp 90.000.000'],
  ['Jumlah kegiatan sosialisasi yang dilaksanakan', '10 Kegiatan', '4 Kegiatan'],
];

/** What Hitung nilai prorates to (a quarter's realisasi against a quarter of the year) or keeps. */
const EXPECTED = [3 / 3, 0.9, 5 / 6, 90 / 100, 4 / 2.5];

const page = (periodLine: string, targetHeader: string): string =>
  skpPage(ROWS, periodLine, { target: targetHeader });

const PERIOD_LINE = periodRow('Triwulan I 2025');

/** The same rows in a workbook, one indicator per employee, its table titled with the same period. */
const workbook = () => skpWorkbook(ROWS, 'Triwulan I 2025', { target: 'Target Tahunan' });

let served: ServedPages;

beforeAll(async () => {
  served = await servePages({
    'tahunan.html': page(PERIOD_LINE, 'Target Tahunan'),
    'tanpa-periode.html': page('', 'Target Tahunan'),
    'periodik.html': page(PERIOD_LINE, 'Target'),
  });
});

afterAll(async () => {
  await served?.close();
});

async function badgesOf(file: string): Promise<{ capaian: string; tip: string }[]> {
  const tab = await served.ext.newPage();
  await tab.goto(served.url(file));
  await tab.waitForFunction(
    (n) => document.querySelectorAll('#skp [data-nilai-kerja="badge"][data-kind="indikator"]').length >= n,
    ROWS.length,
    { timeout: 20_000 },
  );
  return tab.evaluate(() =>
    Array.from(document.querySelectorAll('#skp tbody tr')).map((tr) => {
      const b = tr.querySelector('[data-nilai-kerja="badge"][data-kind="indikator"]');
      return { capaian: b?.getAttribute('data-capaian') ?? '', tip: b?.getAttribute('title') ?? '' };
    }),
  );
}

describe('annual targets against the page period, in Chromium and the add-on', () => {
  it('gives each row the capaian Hitung nilai gives the same rows of the same period', async () => {
    const badges = await badgesOf('tahunan.html');
    const box = loadSandbox({ sheets: workbook() });
    box.call('hitungNilai');
    const rows = plain(box.book.sheets.find((s) => s.name === 'Hasil Pegawai')!.snapshot()) as unknown[][];
    const header = rows[0] as string[];
    const capaianOf = (i: number) =>
      rows.find((r) => r[header.indexOf('NIP')] === nipOf(i))?.[header.indexOf(t('ADDON_COL_CAPAIAN'))];
    ROWS.forEach((_, i) => {
      const addon = Number(capaianOf(i));
      // One indicator per employee: the employee's capaian is the indicator's (capped at 120 %).
      expect(round4(addon), `row ${i + 1} in Hitung nilai`).toBe(round4(Math.min(EXPECTED[i]!, 1.2)));
      expect(round4(Math.min(Number(badges[i]!.capaian), 1.2)), `row ${i + 1} on the page`).toBe(
        round4(addon),
      );
    });
    // =CAPAIAN given the period (and the same policy) answers the same for each row.
    ROWS.forEach(([, target, realisasi], i) => {
      const cf = box.call('CAPAIAN', target, realisasi, '', 'Triwulan I 2025');
      expect(round4(Number(cf)), `row ${i + 1} in =CAPAIAN`).toBe(round4(EXPECTED[i]!));
    });
    // Without a period it compares as written, as before; a running total since January meets 3/12 too.
    expect(round4(Number(box.call('CAPAIAN', '12 Laporan', '3 Laporan')))).toBe(0.25);
    expect(round4(Number(box.call('CAPAIAN', '12 Laporan', '2 Laporan', '', 'Maret 2025', true)))).toBe(
      round4(2 / 3),
    );
    expect(String(box.call('CAPAIAN', '12 Laporan', '3 Laporan', '', 'Januari s.d. Maret 2025'))).toBe(
      '#PERIODE "Januari s.d. Maret 2025" bukan satu periode: tulis satu periode sebagai teks, mis. "Triwulan I 2025" atau "Maret 2025"',
    );
    // A date cell (Sheets turns a typed "Maret 2025" into one) is named, never read as a month.
    expect(String(box.call('CAPAIAN', '12 Laporan', '3 Laporan', '', new Date(2025, 2, 1)))).toContain(
      '#PERIODE "2025-03-01" bukan satu periode',
    );
    // kumulatif alone means nothing: said, not dropped.
    expect(String(box.call('CAPAIAN', '12 Laporan', '3 Laporan', '', '', true))).toContain(
      '#PERIODE kumulatif hanya berarti bersama periode',
    );
    // The tooltip says the target was prorated, in the core's words.
    expect(badges[0]!.tip).toContain(
      'target tahunan 12 Laporan, realisasi Triwulan I 2025 dibandingkan dengan 3',
    );
    // A level target is not prorated, and says so.
    expect(badges[1]!.tip).toContain('Triwulan I 2025');
  });

  it('compares as written without a period on the page, and the panel says why', async () => {
    const badges = await badgesOf('tanpa-periode.html');
    expect(badges.map((b) => round4(Number(b.capaian)))).toEqual(
      [3 / 12, 0.9, 5 / 24, 90 / 400, 4 / 10].map(round4),
    );
    const panel = (await readPanel(served.ext.context.pages().at(-1)!)).text;
    expect(panel).toContain(
      'Kolom "Target Tahunan" berisi target tahunan, tetapi halaman tidak menyebut periode',
    );
  });

  it('leaves a page whose targets are the period own as it was: no period module, no note', async () => {
    const badges = await badgesOf('periodik.html');
    expect(badges.map((b) => round4(Number(b.capaian)))).toEqual(
      [3 / 12, 0.9, 5 / 24, 90 / 400, 4 / 10].map(round4),
    );
    const loaded = (await readPanel(served.ext.context.pages().at(-1)!)).text;
    expect(loaded).not.toContain('target tahunan');
  });
});
