/**
 * One kesibukan semu verdict on a people recap: employees with their activity minutes and capaian, written
 * once as a workbook for Hitung nilai (the built Code.js: an SKP sheet giving the capaian, an Aktivitas
 * sheet giving the minutes, both naming the period) and once as an e-kinerja recap page (the built
 * extension in Chromium: one row per employee, "Jumlah Menit" and "Capaian", the period in a key/value
 * line). Both must flag the same employees, against the same working days: the period's by the policy's
 * calendar (November 2025: 20; May 2025: 17, five national days off and cuti bersama on weekdays), never a
 * fixed 21; a page and a workbook naming no period both use the policy default and say so. The core's
 * own verdict (periodWorkingDays, detectBusyWithoutResults) is the third witness.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Period } from '../../shared/parse';
import { defaultPolicy } from '../../shared/policy/schema';
import { detectBusyWithoutResults } from '../../shared/recommend';
import { periodWorkingDays } from '../../shared/score';
import type { SeedCell } from '../../tools/apps-script-sandbox/fake-gas/spreadsheet';
import { loadSandbox, plain, type Sandbox } from '../../tools/apps-script-sandbox/sandbox';
import { panelText } from '../extension/activity-page';
import { nipOf } from './cases';
import { html, type ServedPages, servePages } from './pages';

interface Month {
  file: string;
  /** The period line both surfaces carry, or null for none. */
  label: string | null;
  period: Period | null;
  /** Days of the month the activity rows are dated on (any day of it counts). */
  year: number;
  month: number;
}

const MONTHS: Month[] = [
  {
    file: 'rekap-november.html',
    label: 'November 2025',
    period: { kind: 'month', year: 2025, index: 11 },
    year: 2025,
    month: 11,
  },
  {
    file: 'rekap-mei.html',
    label: 'Mei 2025',
    period: { kind: 'month', year: 2025, index: 5 },
    year: 2025,
    month: 5,
  },
  { file: 'rekap-tanpa-periode.html', label: null, period: null, year: 2025, month: 11 },
];

const policy = defaultPolicy();
const busyPolicy = policy.busy;
const daysOf = (m: Month): number =>
  periodWorkingDays(undefined, m.period, policy.periods.calendar, busyPolicy.defaultWorkingDays).days;

/**
 * Minutes around each threshold that matters: the busy share of the period's expected minutes (17, 20 or
 * 21 days) and of a fixed 21 days, a little under, at and over each; capaian below and above 76 %.
 */
const thresholds = [17, 20, 21].map((d) =>
  Math.ceil(d * busyPolicy.minutesPerWorkingDay * busyPolicy.minMinutesShare),
);
const person = fc.record({
  minutes: fc.constantFrom(...thresholds.flatMap((t) => [t - 15, t, t + 15]), 4000, 6500),
  capaian: fc.constantFrom(55, 70, 75.5, 80, 96),
});
type Person = { minutes: number; capaian: number };
const team: Person[] = fc.sample(fc.array(person, { minLength: 14, maxLength: 14 }), {
  numRuns: 1,
  seed: 20251130,
})[0] as Person[];

const nameOf = (i: number): string => `Pegawai Rekap ${i + 1}`;
const shownMinutes = (n: number): string => n.toLocaleString('id-ID');
const shownPercent = (n: number): string => `${String(n).replace('.', ',')} %`;

function recapPage(m: Month): string {
  const body = team
    .map(
      (p, i) =>
        `<tr><td>${i + 1}</td><td>${html(nameOf(i))}</td><td>${nipOf(i)}</td><td>${shownMinutes(p.minutes)}</td><td>${shownPercent(p.capaian)}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>E-Kinerja - Rekap Bawahan</title></head><body>
    <h3>Rekap Aktivitas dan Capaian Bawahan</h3>${m.label ? `<div>Periode : ${m.label}</div>` : ''}
    <table id="rekap"><thead><tr><th>No</th><th>Nama</th><th>NIP</th><th>Jumlah Menit</th><th>Capaian (%)</th></tr></thead>
    <tbody>${body}</tbody></table></body></html>`;
}

const values = (box: Sandbox, name: string): unknown[][] => {
  const sheet = box.book.sheets.find((s) => s.name === name);
  return sheet ? (plain(sheet.snapshot()) as unknown[][]) : [];
};

/** Hitung nilai over the same team: per NIP whether kesibukan semu is flagged, and its reason. */
function hitungNilai(m: Month): Map<string, { busy: boolean; reason: string }> {
  const periodRows: SeedCell[][] = m.label ? [['Periode', ':', m.label], []] : [];
  const pegawai: SeedCell[][] = [['NIP', 'Nama', 'Jabatan', 'Unit Kerja']];
  const skp: SeedCell[][] = [
    ...periodRows,
    ['No', 'NIP', 'Indikator Kinerja Individu', 'Satuan', 'Target', 'Realisasi'],
  ];
  const aktivitas: SeedCell[][] = [
    ...periodRows,
    ['NIP', 'Tanggal', 'Uraian Aktivitas', 'Output', 'Menit', 'Volume', 'Satuan', 'Status'],
  ];
  const mm = String(m.month).padStart(2, '0');
  team.forEach((p, e) => {
    pegawai.push([nipOf(e), nameOf(e), 'Analis', 'Bidang Pelayanan']);
    skp.push([e + 1, nipOf(e), 'Jumlah berkas izin diverifikasi', 'Berkas', 100, p.capaian]);
    // The minutes over the first 20 days of the month, each with its output (a day well under 24 hours).
    const perDay = Math.floor(p.minutes / 20);
    for (let d = 1; d <= 20; d++) {
      const minutes = d === 1 ? p.minutes - perDay * 19 : perDay;
      aktivitas.push([
        nipOf(e),
        `${String(d).padStart(2, '0')}-${mm}-${m.year}`,
        `Verifikasi berkas usulan izin ${d}`,
        '1 Laporan',
        minutes,
        '',
        '',
        'Disetujui',
      ]);
    }
  });
  const box = loadSandbox({
    sheets: [
      { name: 'Pegawai', rows: pegawai },
      { name: 'SKP', rows: skp },
      { name: 'Aktivitas', rows: aktivitas },
    ],
  });
  box.call('hitungNilai');
  const [header = [], ...rows] = values(box, 'Hasil Pegawai') as string[][];
  const col = (name: string): number => header.indexOf(name);
  return new Map(
    rows.map((r) => [
      String(r[col('NIP')]),
      {
        busy: col('Kesibukan Semu') >= 0 && r[col('Kesibukan Semu')] === 'Ya',
        reason: String(r[col('Alasan')] ?? ''),
      },
    ]),
  );
}

async function onPage(file: string) {
  const page = await served.ext.newPage();
  await page.goto(served.url(file));
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-nilai-kerja="badge"][data-kind="pegawai"]').length >= n,
    team.length,
    { timeout: 20_000 },
  );
  await page.waitForTimeout(300);
  const badges = await page.evaluate(() =>
    Array.from(document.querySelectorAll('[data-nilai-kerja="badge"][data-kind="pegawai"]')).map((b) => ({
      nip: b.getAttribute('data-nip') ?? '',
      flags: (b.getAttribute('data-flags') ?? '').split(' ').filter(Boolean),
      title: (b as HTMLElement).title,
    })),
  );
  const panel = await panelText(page);
  await page.close();
  return { badges, panel };
}

let served: ServedPages;

beforeAll(async () => {
  served = await servePages(Object.fromEntries(MONTHS.map((m) => [m.file, recapPage(m)])));
});

afterAll(async () => {
  await served?.close();
});

describe('one kesibukan semu verdict on a recap page and in Hitung nilai', () => {
  it('counts the period’s working days from the calendar as Hitung nilai does (17, 20, or the default 21)', () => {
    expect(MONTHS.map(daysOf)).toEqual([20, 17, 21]);
  });

  it.each(MONTHS)('flags the same employees on the page as Hitung nilai and the core ($file)', async (m) => {
    const sheet = hitungNilai(m);
    const { badges, panel } = await onPage(m.file);
    const days = daysOf(m);
    const busyOn = (i: number) => badges.find((b) => b.nip === nipOf(i))?.flags.includes('kesibukan_semu');
    const coreSays = (i: number, workingDays: number) =>
      detectBusyWithoutResults(
        {
          minutes: team[i]!.minutes,
          workingDays,
          capaian: team[i]!.capaian / 100,
          activityMinutesWithoutOutput: 0,
        },
        busyPolicy,
      ).flags.includes('kesibukan_semu');
    const flaggedBy = (says: (i: number) => boolean | undefined): string[] =>
      team.flatMap((_, i) =>
        says(i) ? [`${nipOf(i)} (${team[i]!.minutes} menit, ${team[i]!.capaian} %)`] : [],
      );
    // The same employees on the page, in Hitung nilai and by the core for the period's working days.
    const page = flaggedBy(busyOn);
    expect(badges).toHaveLength(team.length);
    expect(page, m.file).toEqual(flaggedBy((i) => sheet.get(nipOf(i))?.busy));
    expect(page, m.file).toEqual(flaggedBy((i) => coreSays(i, days)));
    const flagged = page.length;
    // The team has people whose verdict a fixed 21 days would get wrong in a month that has fewer.
    const differsFrom21 = team.filter((_, i) => coreSays(i, days) !== coreSays(i, 21)).length;
    if (days !== 21) expect(differsFrom21, m.file).toBeGreaterThan(0);
    // Both say where the working days came from, on each flagged employee.
    for (const [i] of team.entries()) {
      if (!busyOn(i)) continue;
      const title = badges.find((b) => b.nip === nipOf(i))!.title;
      const reason = sheet.get(nipOf(i))!.reason;
      if (m.label) {
        const said = `Hari kerja ${m.label}: ${days} hari dari kalender kerja kebijakan`;
        expect(title, nipOf(i)).toContain(said);
        expect(reason, nipOf(i)).toContain(said);
      } else {
        expect(title, nipOf(i)).toContain(`dinilai dengan bawaan ${days} hari kerja`);
        expect(reason, nipOf(i)).toContain(`bawaan ${days} hari kerja`);
      }
    }
    expect(flagged, m.file).toBeGreaterThan(0);
    // A page naming no period says so in its panel, as Hitung nilai warns on its activity sheet.
    if (!m.label)
      expect(panel).toContain('Di halaman: tabel "#rekap": Halaman tidak menyebut satu periode penilaian');
    else expect(panel).not.toContain('tidak menyebut satu periode');
  });
});
