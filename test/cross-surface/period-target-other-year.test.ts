/**
 * A target column naming another year than the page's period ("Target 2024" on an SKP page of "Periode
 * Penilaian : Triwulan I 2025"), in the BUILT extension in real Chromium: no row gets a capaian (before:
 * 2024's target prorated to the quarter and scored, silently), and each badge says why in the core's words,
 * the same words Hitung nilai writes for the same rows in the BUILT add-on (shared/score/prorate.ts
 * decidePeriodBasis, reached through the period module as a realisasi header naming another period is). A
 * period's target of another year ("Target TW I 2024") loads the module too and is refused alike;
 * "Target 2025" on the same page is prorated as before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSandbox, plain } from '../../tools/apps-script-sandbox/sandbox';
import { nipOf } from './cases';
import { round4, type ServedPages, servePages } from './pages';
import { periodRow, skpPage, skpWorkbook } from './skp-quarter';

/** [indikator, target, realisasi of the quarter] */
const ROWS: readonly (readonly [string, string, string])[] = [
  ['Jumlah laporan keuangan bulanan yang disusun', '12 Laporan', '3 Laporan'],
  ['Jumlah dokumen perencanaan yang disahkan', '24 Dokumen', '5 Dokumen'],
  ['Jumlah kegiatan sosialisasi yang dilaksanakan', '10 Kegiatan', '4 Kegiatan'],
];

const PERIOD = 'Triwulan I 2025';

const page = (targetHeader: string, realisasiHeader = 'Realisasi'): string =>
  skpPage(ROWS, periodRow(PERIOD), { target: targetHeader, realisasi: realisasiHeader });

/** The same rows in a workbook, one indicator per employee, its table titled with the same period. */
const workbook = (targetHeader: string, realisasiHeader = 'Realisasi') =>
  skpWorkbook(ROWS, PERIOD, { target: targetHeader, realisasi: realisasiHeader });

let served: ServedPages;

beforeAll(async () => {
  served = await servePages({
    'target-2024.html': page('Target 2024'),
    'target-tw-2024.html': page('Target TW I 2024'),
    'target-2025.html': page('Target 2025'),
    'realisasi-2024.html': page('Target', 'Realisasi 2024'),
  });
});

afterAll(async () => {
  await served?.close();
});

async function badgesOf(file: string): Promise<{ capaian: string; tip: string; label: string }[]> {
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
      return {
        capaian: b?.getAttribute('data-capaian') ?? '',
        tip: b?.getAttribute('title') ?? '',
        label: b?.textContent ?? '',
      };
    }),
  );
}

/** What Hitung nilai says of the same rows in "Masalah Data", and the capaian it gives each employee. */
function addon(
  targetHeader: string,
  realisasiHeader = 'Realisasi',
): { problems: string[]; capaian: unknown[] } {
  const box = loadSandbox({ sheets: workbook(targetHeader, realisasiHeader) });
  box.call('hitungNilai');
  const rowsOf = (name: string) => {
    const [header = [], ...rows] = plain(
      box.book.sheets.find((s) => s.name === name)!.snapshot(),
    ) as unknown[][];
    return rows.map((r) => Object.fromEntries((header as string[]).map((h, i) => [h, r[i]])));
  };
  return {
    problems: rowsOf('Masalah Data').map((r) => String(r.Masalah)),
    capaian: ROWS.map((_, i) => rowsOf('Hasil Pegawai').find((r) => r.NIP === nipOf(i))?.Capaian),
  };
}

describe('a target header naming another year than the page period, in Chromium and the add-on', () => {
  it('"Target 2024": no capaian on any row, each badge saying why as Hitung nilai says it', async () => {
    const badges = await badgesOf('target-2024.html');
    const expected =
      'Judul kolom target "Target 2024" menyebut tahun 2024, tetapi periode penilaian tabel ini Triwulan I 2025';
    badges.forEach((b, i) => {
      expect(b.capaian, `row ${i + 1}`).toBe('');
      expect(b.tip, `row ${i + 1}`).toContain(expected);
      expect(b.tip).toContain('Ubah judul kolom target bila targetnya untuk tahun 2025');
      expect(b.tip).not.toMatch(/NaN|undefined|Infinity|2\.024/);
    });
    const sheet = addon('Target 2024');
    expect(sheet.capaian.every((c) => c === '' || c === null || c === undefined)).toBe(true);
    const said = sheet.problems.filter((p) => p.startsWith(expected));
    expect(said).toHaveLength(1);
    // One rule: the page's badge carries the sentence Hitung nilai writes.
    expect(badges[0]!.tip).toContain(said[0]!);
  });

  it('"Target TW I 2024": a period target of another year loads the module and is refused alike', async () => {
    const badges = await badgesOf('target-tw-2024.html');
    for (const b of badges) {
      expect(b.capaian).toBe('');
      expect(b.tip).toContain('"Target TW I 2024" menyebut tahun 2024');
    }
  });

  it('"Target 2025" on the same page is prorated to the quarter as before', async () => {
    const badges = await badgesOf('target-2025.html');
    expect(badges.map((b) => round4(Number(b.capaian)))).toEqual([3 / 3, 5 / 6, 4 / 2.5].map(round4));
    expect(badges.some((b) => b.tip.includes('menyebut tahun'))).toBe(false);
  });

  it('"Realisasi 2024" under a plain "Target": another year\'s realisasi is refused on both surfaces alike', async () => {
    const badges = await badgesOf('realisasi-2024.html');
    const expected =
      'Judul kolom realisasi "Realisasi 2024" menyebut tahun 2024, tetapi periode penilaian tabel ini Triwulan I 2025';
    for (const b of badges) {
      expect(b.capaian).toBe('');
      expect(b.tip).toContain(expected);
    }
    const sheet = addon('Target', 'Realisasi 2024');
    expect(sheet.capaian.every((c) => c === '' || c === null || c === undefined)).toBe(true);
    const said = sheet.problems.filter((p) => p.startsWith(expected));
    expect(said).toHaveLength(1);
    expect(badges[0]!.tip).toContain(said[0]!);
  });
});
