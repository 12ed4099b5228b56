/**
 * A hukuman disiplin and the award (PP 94/2021) through the BUILT Code.js: a hukuman served on any day of
 * the period scored withholds the award (not only one still running on its last day); an employee whose
 * award is withheld is never told anywhere to be proposed for one; and the award meeting's list leaves
 * the hukuman's kind, dates and number out as the packages do, unless the policy says otherwise.
 */
import { describe, expect, it } from 'vitest';
import type { SheetSeed } from '../../tools/apps-script-sandbox/fake-gas/spreadsheet';
import { ensureBuilt, loadSandbox, plain, type Sandbox } from '../../tools/apps-script-sandbox/sandbox';
import { KABID, PEGAWAI, REKAP, RINA, register, YUSUF } from './fixtures/register-office';

// The workbooks are computed while the tests are collected: the add-on must be built before that.
await ensureBuilt();

const HUKUMAN_6 = 'Hukuman disiplin sedang: pemotongan tunjangan kinerja 25% selama 6 bulan';

/** The office's recap titled for a period, Yusuf at 125% and Sangat Baik: an award on his results alone. */
const rekap = (title: string | null): SheetSeed => ({
  name: 'Rekap Kinerja',
  rows: [
    ...(title === null ? [] : [[title], []]),
    ...REKAP.rows.slice(0, 3),
    [YUSUF, 'Yusuf Hidayat, S.Kom.', '125%', 'Sangat Baik'],
  ],
});

const boxWith = (title: string | null, ...records: string[][]): Sandbox =>
  loadSandbox({ sheets: [PEGAWAI, rekap(title), register(...records)], withUi: false });

const lines = (box: Sandbox, name: string): string[] => {
  const sheet = box.book.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return (plain(sheet.snapshot()) as unknown[][]).map((r) => r.map((c) => String(c ?? '')).join(' | '));
};

/** A paper's column read top to bottom as one text: a long text is wrapped over its rows. */
const columnText = (box: Sandbox, name: string, column: number): string =>
  lines(box, name)
    .map((l) => l.split(' | ')[column] ?? '')
    .filter((c) => c !== '')
    .join(' ');

/** Yusuf's row in "Reward & Punishment": the kind proposed and the reasons. */
const yusufRow = (box: Sandbox): string | undefined => {
  box.call('daftarRewardPunishment');
  return lines(box, 'Reward & Punishment').find((l) => l.includes(YUSUF));
};

const YEAR = 'REKAP KINERJA TAHUN 2025';

describe('a hukuman disiplin served during the period scored withholds the award', () => {
  it('a six-month hukuman from 01/02/2025, ended in August, withholds the award for the year 2025', () => {
    const row = yusufRow(boxWith(YEAR, ['01/02/2025', KABID, YUSUF, HUKUMAN_6, '800/1/2025', '']));
    expect(row).toMatch(/^Apresiasi \| /);
    expect(row).toContain(
      `Tidak diusulkan untuk penghargaan: menjalani ${HUKUMAN_6} sejak 2025-02-01 sampai 2025-08-01, di dalam periode yang dinilai (nomor 800/1/2025, sheet "Catatan Pembinaan" baris 2).`,
    );
  });

  it('one that began before the period and ended inside it withholds it too', () => {
    const row = yusufRow(boxWith(YEAR, ['01/09/2024', KABID, YUSUF, HUKUMAN_6, '800/2/2024', '']));
    expect(row).toMatch(/^Apresiasi \| /);
    expect(row).toContain('sejak 2024-09-01 sampai 2025-03-01, di dalam periode yang dinilai');
  });

  it('one still running at the period end is said as running', () => {
    const row = yusufRow(boxWith(YEAR, ['01/10/2025', KABID, YUSUF, HUKUMAN_6, '800/3/2025', '']));
    expect(row).toMatch(/^Apresiasi \| /);
    expect(row).toContain(
      `Tidak diusulkan untuk penghargaan: sedang menjalani ${HUKUMAN_6} sejak 2025-10-01`,
    );
  });

  it('one ended before the period began does not', () => {
    const row = yusufRow(boxWith(YEAR, ['01/02/2024', KABID, YUSUF, HUKUMAN_6, '800/4/2024', '']));
    expect(row).toMatch(/^Usulan penghargaan \| /);
  });

  it("a month scored: one served on the month's first day withholds it, one ended the day before does not", () => {
    const march = 'REKAP KINERJA BULAN MARET 2025';
    // From 02/09/2024 for six months: served until 1 March 2025 (its end, 2 March, is exclusive).
    expect(yusufRow(boxWith(march, ['02/09/2024', KABID, YUSUF, HUKUMAN_6, '', '']))).toMatch(
      /^Apresiasi \| /,
    );
    // From 01/09/2024: served until 28 February 2025.
    expect(yusufRow(boxWith(march, ['01/09/2024', KABID, YUSUF, HUKUMAN_6, '', '']))).toMatch(
      /^Usulan penghargaan \| /,
    );
  });

  it('Rina\'s draft letter gives the dates of one she served, never "sedang menjalani"', () => {
    const box = boxWith(YEAR, ['01/02/2025', KABID, RINA, HUKUMAN_6, '800/5/2025', '']);
    box.call('siapkanKertasRapat');
    const text = columnText(box, 'Draf Surat', 0);
    expect(text).toContain(
      `• Menjalani hukuman disiplin ${HUKUMAN_6} sejak 2025-02-01 sampai 2025-08-01 (surat 800/5/2025).`,
    );
    expect(text).not.toContain('Sedang menjalani');
  });

  it('without a known period, the duty date alone is tested (as before)', () => {
    // Judged at the latest record, 2025-09-14: the hukuman ended on 2025-08-01.
    const records = [
      ['01/02/2025', KABID, YUSUF, HUKUMAN_6, '800/1/2025', ''],
      ['14/09/2025', KABID, YUSUF, 'Apresiasi lisan', '', ''],
    ];
    expect(yusufRow(boxWith(null, ...records))).toMatch(/^Usulan penghargaan \| /);
  });
});

describe('an award withheld is never said to be proposed', () => {
  const box = boxWith(YEAR, ['01/02/2025', KABID, YUSUF, HUKUMAN_6, '800/1/2025', '']);
  box.call('hitungNilai');
  box.call('daftarRewardPunishment');
  box.call('siapkanKertasRapat');

  // The reasons' column of each: the sheets' Alasan, the list's "Usulan dan alasannya", the slip's text.
  it.each([
    ['Reward & Punishment', 6],
    ['Hasil Pegawai', -1],
    ['Daftar Penghargaan', 3],
    ['Slip Hasil', 0],
  ] as const)('%s: the conditions are met, the award withheld, no "usulkan penghargaan"', (name, column) => {
    const text = column < 0 ? lines(box, name).join(' ') : columnText(box, name, column);
    expect(text).not.toMatch(/usulkan\s+penghargaan\./);
    expect(text).toContain(
      'syarat penghargaan terpenuhi, tetapi penghargaan ditahan dan tidak diusulkan; sampaikan apresiasi.',
    );
  });

  it("the supervisor's package neither", () => {
    const reply = plain(box.call('ambilPaketEkspor')) as { packages: { json: string }[] };
    const json = reply.packages.map((p) => p.json).join('\n');
    expect(json).toContain('penghargaan ditahan dan tidak diusulkan');
    expect(json).not.toContain('usulkan penghargaan.');
  });
});

describe('Daftar Penghargaan and the hukuman (policy reward.packageSanctionReasons)', () => {
  const records = [['01/10/2025', KABID, YUSUF, HUKUMAN_6, '800/77/BKPSDM/2025', 'catatan']];

  it("leaves the hukuman's kind, dates and number out by default, one line saying so", () => {
    const box = boxWith(YEAR, ...records);
    box.call('siapkanKertasRapat');
    expect(lines(box, 'Daftar Penghargaan').join(' ')).toContain('Yusuf Hidayat');
    const text = columnText(box, 'Daftar Penghargaan', 3);
    expect(text).toContain(
      'Alasan yang bersumber dari catatan disiplin tidak dicantumkan di daftar ini: hukuman disiplin diputuskan oleh pejabat yang berwenang menghukum setelah pemeriksaan (PP 94/2021). Rinciannya ada pada admin OPD.',
    );
    expect(text).not.toMatch(/Hukuman disiplin sedang|2025-10-01|800\/77\/BKPSDM/);
    // The employee's own slip keeps it: it is about them.
    expect(lines(box, 'Slip Hasil').join(' ')).toContain('800/77/BKPSDM/2025');
  });

  it('prints them when the policy says so', () => {
    const box = boxWith(YEAR, ...records);
    const saved = plain(
      box.call('simpanKebijakan', JSON.stringify({ reward: { packageSanctionReasons: true } })),
    ) as { ok: boolean };
    expect(saved.ok).toBe(true);
    box.call('siapkanKertasRapat');
    const text = columnText(box, 'Daftar Penghargaan', 3);
    expect(text).toContain('800/77/BKPSDM/2025');
    expect(text).not.toContain('tidak dicantumkan di daftar ini');
  });
});
