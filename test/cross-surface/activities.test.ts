/**
 * One activity verdict (issue 7): generated activity logs of November 2025 (rows dated in and out of the
 * period, exact repeats, days over 24 hours, rejected rows, volumes as the only output), written once as
 * an Aktivitas sheet for Hitung nilai (the built Code.js) and once as each employee's log page (the built
 * extension in Chromium, the page naming its period "Periode : November 2025"). Both surfaces must count
 * the same minutes and set aside the same rows: the add-on says its minutes when it flags kesibukan semu
 * (every employee's capaian is 70 %, below the policy's 76 %), and each row it sets aside is named in
 * Masalah Data; the page writes the minutes in its panel and a note on each row's badge.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../shared/policy/schema';
import type { SeedCell } from '../../tools/apps-script-sandbox/fake-gas/spreadsheet';
import { loadSandbox, plain, type Sandbox } from '../../tools/apps-script-sandbox/sandbox';
import { readActivityLog } from '../extension/activity-page';
import { nipOf } from './cases';
import { html, type ServedPages, servePages } from './pages';

/** One logged activity as both surfaces show it. */
interface LogRow {
  tanggal: string;
  uraian: string;
  output: string;
  menit: string;
  volume: string;
  status: string;
}

/** The working days of November 2025 (Mondays to Fridays, no national day off in it): 20. */
const NOVEMBER: string[] = [];
for (let d = 1; d <= 30; d++) {
  const day = new Date(Date.UTC(2025, 10, d)).getUTCDay();
  if (day !== 0 && day !== 6) NOVEMBER.push(`${String(d).padStart(2, '0')}-11-2025`);
}
const OUTSIDE = ['31-10-2025', '30-10-2025', '01-12-2025', '15-12-2025'];

const extra = fc.oneof(
  fc.record({ kind: fc.constant('outside' as const), day: fc.constantFrom(...OUTSIDE) }),
  fc.record({ kind: fc.constant('repeat' as const), of: fc.nat({ max: 1000 }) }),
  fc.record({ kind: fc.constant('long' as const), day: fc.constantFrom(...NOVEMBER) }),
  fc.record({
    kind: fc.constant('rejected' as const),
    status: fc.constantFrom('Ditolak', 'Tidak Disetujui', 'Rejected'),
  }),
);

/** Each employee: minutes of a working day (whole days, so the total is at most 20 x 300 + a little). */
const employee = fc.record({
  perDay: fc.constantFrom(270, 285, 300, 330),
  volumeOnly: fc.boolean(),
  extras: fc.array(extra, { minLength: 1, maxLength: 5 }),
});
type Employee = typeof employee extends fc.Arbitrary<infer T> ? T : never;

const team: Employee[] = fc.sample(fc.array(employee, { minLength: 3, maxLength: 5 }), {
  numRuns: 1,
  seed: 71125,
})[0] as Employee[];

/** An employee's log in row order: a day's two activities each working day, then the extras shuffled in. */
function logOf(e: Employee, who: number): LogRow[] {
  const rows: LogRow[] = [];
  for (const [d, tanggal] of NOVEMBER.entries()) {
    const first = Math.round(e.perDay / 3);
    rows.push({
      tanggal,
      uraian: `Verifikasi berkas usulan ${d + 1}`,
      output: e.volumeOnly ? '' : '10 Berkas',
      menit: String(first),
      volume: e.volumeOnly ? '10' : '',
      status: 'Disetujui',
    });
    rows.push({
      tanggal,
      uraian: `Menyusun laporan ${d + 1}`,
      output: d % 3 === 0 ? '' : '1 Laporan',
      menit: String(e.perDay - first),
      volume: '',
      status: 'Disetujui',
    });
  }
  for (const [i, x] of e.extras.entries()) {
    const base = { output: '1 Laporan', volume: '', status: 'Disetujui' };
    if (x.kind === 'outside')
      rows.push({ ...base, tanggal: x.day, uraian: `Kegiatan lain ${who}-${i}`, menit: '240' });
    else if (x.kind === 'repeat') rows.push({ ...(rows[x.of % rows.length] as LogRow) });
    else if (x.kind === 'long')
      rows.push({ ...base, tanggal: x.day, uraian: `Rapat panjang ${i}`, menit: '1500' });
    else
      rows.push({
        ...base,
        tanggal: NOVEMBER[i % NOVEMBER.length] as string,
        uraian: `Usulan ditolak ${i}`,
        menit: '200',
        status: x.status,
      });
  }
  return rows;
}

const logs = team.map((e, i) => logOf(e, i));

/**
 * How the log writes its time: a minutes column, or (no minutes column) a Waktu column of ranges
 * ("07.00 - 08.30") and, for a day's length no range holds, a duration with its unit ("25 jam").
 */
type Layout = 'menit' | 'waktu';
const LAYOUTS: readonly Layout[] = ['menit', 'waktu'];
const clock = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}.${String(minutes % 60).padStart(2, '0')}`;
function timeCell(menit: string, layout: Layout): string {
  const m = Number(menit);
  if (layout === 'menit') return menit;
  return m > 600 ? `${m / 60} jam` : `${clock(7 * 60)} - ${clock(7 * 60 + m)}`;
}
const TIME_HEADER: Record<Layout, { sheet: string; page: string }> = {
  menit: { sheet: 'Menit', page: 'Jumlah Menit' },
  waktu: { sheet: 'Waktu', page: 'Waktu' },
};
const nameOf = (i: number): string => `Pegawai ${i + 1}`;

/** The employee's log as an e-kinerja page, with its period in a key/value line. */
function logPage(i: number, layout: Layout): string {
  const body = (logs[i] as LogRow[])
    .map(
      (r, n) =>
        `<tr><td>${n + 1}</td><td>${r.tanggal}</td><td>${html(r.uraian)}</td><td>${html(r.output || '-')}</td>` +
        `<td>${timeCell(r.menit, layout)}</td><td>${r.volume}</td><td>${r.volume ? 'Berkas' : ''}</td><td>${r.status}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>E-Kinerja - Aktivitas Harian</title></head><body>
    <h3>Laporan Aktivitas Harian</h3><div>Nama : ${nameOf(i)}</div><div>NIP : ${nipOf(i)}</div><div>Periode : November 2025</div>
    <table id="log"><thead><tr><th>No</th><th>Tanggal</th><th>Uraian Aktivitas</th><th>Output</th><th>${TIME_HEADER[layout].page}</th>
    <th>Volume</th><th>Satuan</th><th>Status</th></tr></thead><tbody>${body}</tbody></table></body></html>`;
}

const values = (box: Sandbox, name: string): unknown[][] => {
  const sheet = box.book.sheets.find((s) => s.name === name);
  return sheet ? (plain(sheet.snapshot()) as unknown[][]) : [];
};

/** The activity sheet's first data row (row 1: the period, row 2 blank, row 3 the header). */
const FIRST_ROW = 4;

/**
 * Hitung nilai over the team: per NIP whether kesibukan semu is flagged and the minutes its reason says,
 * and the activity rows (as indexes into the employee's log) that Masalah Data names.
 */
function hitungNilai(layout: Layout) {
  const pegawai: SeedCell[][] = [['NIP', 'Nama', 'Jabatan', 'Unit Kerja']];
  const skp: SeedCell[][] = [
    ['CAPAIAN SKP'],
    ['Periode', ':', 'November 2025'],
    [],
    ['No', 'NIP', 'Indikator Kinerja Individu', 'Satuan', 'Target', 'Realisasi'],
  ];
  const aktivitas: SeedCell[][] = [
    ['Periode', ':', 'November 2025'],
    [],
    ['NIP', 'Tanggal', 'Uraian Aktivitas', 'Output', TIME_HEADER[layout].sheet, 'Volume', 'Satuan', 'Status'],
  ];
  /** Per sheet row: whose log and which of its rows. */
  const owner: { e: number; r: number }[] = [];
  team.forEach((_, e) => {
    pegawai.push([nipOf(e), nameOf(e), 'Analis', 'Bidang Pelayanan']);
    skp.push([e + 1, nipOf(e), 'Jumlah izin', 'Dokumen', 100, 70]);
    for (const [r, row] of (logs[e] as LogRow[]).entries()) {
      owner[aktivitas.length + 1] = { e, r };
      aktivitas.push([
        nipOf(e),
        row.tanggal,
        row.uraian,
        row.output,
        timeCell(row.menit, layout),
        row.volume,
        row.volume ? 'Berkas' : '',
        row.status,
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
  const col = (name: string): number => {
    const at = header.indexOf(name);
    if (at < 0) throw new Error(`Hasil Pegawai has no column ${name}: ${header.join(', ')}`);
    return at;
  };
  const verdicts = new Map(
    rows.map((r) => {
      const reason = String(r[col('Alasan')] ?? '');
      const minutes = /Tercatat ([\d.]+) menit/.exec(reason)?.[1];
      return [
        String(r[col('NIP')]),
        {
          busy: header.includes('Kesibukan Semu') && r[col('Kesibukan Semu')] === 'Ya',
          minutes: minutes === undefined ? null : Number(minutes.replace(/\./g, '')),
        },
      ];
    }),
  );
  // Masalah Data: Sheet, Baris, Kolom, Nilai, Masalah, ...; a set-aside row is named at its Baris, and a
  // note over several rows lists them all ("baris 4, 8").
  const aside = team.map(() => new Set<number>());
  for (const p of values(box, 'Masalah Data').slice(1)) {
    if (p[0] !== 'Aktivitas') continue;
    const text = String(p[4]);
    const named = new Set<number>([Number(p[1])]);
    // A repeat names the earlier row it repeats ("sudah ada di baris 5"): that one counts.
    if (!/sudah ada di baris/.test(text))
      for (const list of text.matchAll(/baris ((?:\d+(?:, | dan )?)+)/g))
        for (const n of (list[1] as string).split(/, | dan /)) if (n !== '') named.add(Number(n));
    for (const n of named) {
      const at = owner[n];
      if (at && n >= FIRST_ROW) aside[at.e]?.add(at.r);
    }
  }
  return { verdicts, aside };
}

/** The page's counted minutes (its panel) and the rows whose badge says they are set aside. */
async function onPage(file: string, rows: number) {
  const { titles, panel } = await readActivityLog(served.ext, served.url(file), rows);
  const minutes = /dari ([\d.]+) menit/.exec(panel)?.[1];
  const aside = new Set<number>();
  titles.forEach((title, r) => {
    if (
      /di luar periode halaman|Sama persis dengan baris|lebih dari 1\.440 menit sehari|tidak terbaca sebagai tanggal/.test(
        title,
      )
    )
      aside.add(r);
  });
  return { minutes: minutes === undefined ? null : Number(minutes.replace(/\./g, '')), aside, panel };
}

let served: ServedPages;

beforeAll(async () => {
  served = await servePages(
    Object.fromEntries(
      LAYOUTS.flatMap((layout) => team.map((_, i) => [`log-${layout}-${i}.html`, logPage(i, layout)])),
    ),
  );
});

afterAll(async () => {
  await served?.close();
});

describe('one activity verdict across the sheet and the page', () => {
  // A Waktu log (ranges, no minutes column) too: Hitung nilai once re-read a counted row's minutes from the
  // Menit column alone (NaN), counting a repeat twice and stopping the run on a day over 24 hours.
  it.each(LAYOUTS)(
    'counts the same minutes and sets aside the same rows in Hitung nilai and on the page (%s)',
    async (layout) => {
      const sheet = hitungNilai(layout);
      const busy = defaultPolicy().busy;
      // November 2025's working days by the default calendar (the add-on counts them; none is off).
      const expected = NOVEMBER.length * busy.minutesPerWorkingDay;
      let compared = 0;
      let setAside = 0;
      for (const [i, e] of team.entries()) {
        const where = `${nipOf(i)}: ${JSON.stringify(e)}`;
        const page = await onPage(`log-${layout}-${i}.html`, (logs[i] as LogRow[]).length);
        const verdict = sheet.verdicts.get(nipOf(i));
        expect(page.minutes, `${where}\n${page.panel}`).not.toBeNull();
        // Rejected rows set aside by their status are told on their own badge; the day rules are compared.
        expect(
          [...page.aside].sort((a, b) => a - b),
          where,
        ).toEqual([...(sheet.aside[i] as Set<number>)].sort((a, b) => a - b));
        // Kesibukan semu at 70 %: flagged exactly when the counted minutes reach the policy's share.
        const flagged = (page.minutes as number) >= busy.minMinutesShare * expected;
        expect(verdict?.busy, where).toBe(flagged);
        if (verdict?.busy) {
          expect(page.minutes, where).toBe(verdict.minutes);
          compared++;
        }
        setAside += page.aside.size;
      }
      // The generated team exercises both: minutes compared to the add-on's, and rows set aside.
      expect(compared).toBeGreaterThan(0);
      expect(setAside).toBeGreaterThan(0);
    },
  );
});
