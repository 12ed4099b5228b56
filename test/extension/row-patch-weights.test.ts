/**
 * A Bobot edited in place on an SKP page (issue 7, one verdict; the follow-up of the one weight rule). The
 * overlay re-scores an edited row and its employee only (features/indicator-capaian.ts patchTable), but the
 * form the table's Bobot column takes (shared/score/weight-forms.ts, the majority of its weights) and the
 * example weight its messages name come from every row: one edited Bobot can set other employees' weights
 * aside, or use weights it set aside before. Those employees kept their old verdict and message until the
 * next full scan. In Chromium on the built extension, the edited page must show what a fresh read of the
 * same page shows, and the edit must still be handled in place (one row read, not the whole table).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nipOf } from '../cross-surface/cases';
import { round4 } from '../cross-surface/pages';
import {
  employeeBadges,
  page,
  type Rhk,
  rowsOf,
  type ShownVerdict as Shown,
  twoRhk,
  typed,
} from '../cross-surface/teams';
import {
  ensureFreshBuild,
  type FixtureServer,
  type LaunchedExtension,
  launchExtension,
  startFixtureServer,
} from './harness';

/** Bobot column index on the page (Nama / NIP, RHK, Jenis RHK, Bobot, ...), 1-based for nth-child. */
const BOBOT_COLUMN = 4;

/**
 * Fractions are the column's form (four against two): Pegawai 3's "40%" and "60%" are set aside (equal
 * weights, 100 %), Pegawai 1 is weighed 0,4 / 0,6 (0,8 x 0,4 + 1,2 x 0,6 = 104 %). Typing "50%" for Pegawai
 * 2's first "0,5" ties the count, so the column is in percent: Pegawai 1's weights are the ones set aside
 * (100 %, two messages naming "50%") and Pegawai 3's are used (104 %, no message).
 */
const FLIP: Rhk[][] = [
  twoRhk(typed('0,4'), typed('0,6')),
  twoRhk(typed('0,5'), typed('0,5')),
  twoRhk(typed('40%'), typed('60%')),
];
/**
 * Percent is the column's form, "20%" its first weight: Pegawai 2's "0,4" is set aside with a message
 * naming "20%". Typing "25%" for it changes no form but the example every message names.
 */
const EXAMPLE: Rhk[][] = [
  twoRhk(typed('20%'), typed('80%')),
  twoRhk(typed('0,4'), typed('60%')),
  twoRhk(typed('30'), typed('70')),
];
/** A weight edited within the column's form (Pegawai 3's "30" typed "45"): the form and example stay. */
const SAME_FORM = EXAMPLE;

interface Edit {
  /** The employee (0-based) and their RHK (0-based) whose Bobot is typed again. */
  employee: number;
  rhk: number;
  text: string;
}

/** The team with one Bobot typed again: the page a fresh read of the edited page sees. */
function edited(team: Rhk[][], { employee, rhk, text }: Edit): Rhk[][] {
  return team.map((rhks, e) =>
    rhks.map((r, k) => (e === employee && k === rhk ? { ...r, bobot: typed(text) } : r)),
  );
}

/** The body row (1-based) of an RHK's first indicator row. */
function rowOf(team: Rhk[][], employee: number, rhk: number): number {
  let row = 1;
  for (let e = 0; e < employee; e++) for (const r of team[e]!) row += r.indicators.length;
  for (let k = 0; k < rhk; k++) row += team[employee]![k]!.indicators.length;
  return row;
}

const CASES: [string, Rhk[][], Edit][] = [
  ['flip', FLIP, { employee: 1, rhk: 0, text: '50%' }],
  ['example', EXAMPLE, { employee: 0, rhk: 0, text: '25%' }],
  ['same-form', SAME_FORM, { employee: 2, rhk: 0, text: '45' }],
];

let ext: LaunchedExtension;
let server: FixtureServer;
let dir: string;

beforeAll(async () => {
  ensureFreshBuild();
  dir = mkdtempSync(join(tmpdir(), 'nk-row-patch-weights-'));
  for (const [name, team, edit] of CASES) {
    writeFileSync(join(dir, `${name}.html`), page(rowsOf(team)));
    writeFileSync(join(dir, `${name}-edited.html`), page(rowsOf(edited(team, edit))));
  }
  server = await startFixtureServer(dir);
  ext = await launchExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** How many passes the overlay has finished writing (its "nilai-kerja:done" marks). */
const doneCount = (tab: Page): Promise<number> =>
  tab.evaluate(() => performance.getEntriesByName('nilai-kerja:done').length);

/** Opens a page and waits for its last pass to finish, with a badge for each of `people`. */
async function open(file: string, people: number): Promise<Page> {
  const tab = await ext.newPage();
  await tab.goto(server.url(file));
  await tab.waitForFunction(
    (n) =>
      document.querySelectorAll('[data-nilai-kerja="badge"][data-kind="pegawai"]').length >= n &&
      performance
        .getEntriesByName('nilai-kerja:done')
        .some((m) => ((m as PerformanceMark).detail as { complete?: boolean } | null)?.complete === true),
    people,
    { timeout: 20_000 },
  );
  return tab;
}

/**
 * Types `text` into the Bobot cell of `row` as a page script would (the cell's text replaced in place),
 * waits for the overlay's pass over that change, and returns how many rows it read.
 */
async function typeBobot(tab: Page, row: number, text: string): Promise<number> {
  const before = await doneCount(tab);
  await tab.evaluate(
    ({ row, column, text }) => {
      const cell = document.querySelector(`#rekap tbody tr:nth-child(${row}) td:nth-child(${column})`)!;
      cell.textContent = text;
    },
    { row, column: BOBOT_COLUMN, text },
  );
  await tab.waitForFunction((n) => performance.getEntriesByName('nilai-kerja:done').length > n, before, {
    timeout: 20_000,
  });
  // Let any follow-up pass finish before reading what the page shows.
  await tab.waitForTimeout(300);
  return tab.evaluate(
    (n) =>
      performance
        .getEntriesByName('nilai-kerja:done')
        .slice(n)
        .reduce((sum, m) => sum + (((m as PerformanceMark).detail as { read?: number }).read ?? 0), 0),
    before,
  );
}

const byNip = (shown: Shown[]): Shown[] =>
  [...shown].sort((a, b) => String(a.nip).localeCompare(String(b.nip)));

describe('a Bobot edited in place', () => {
  it.each(CASES)(
    '%s: the page shows what a fresh read of the edited page shows',
    async (name, team, edit) => {
      const tab = await open(`${name}.html`, team.length);
      const read = await typeBobot(tab, rowOf(team, edit.employee, edit.rhk), edit.text);
      // Handled in place: the edited row read again, not the whole table.
      expect(read).toBe(1);
      const patched = byNip(await employeeBadges(tab));
      await tab.close();
      const fresh = await open(`${name}-edited.html`, team.length);
      const expected = byNip(await employeeBadges(fresh));
      await fresh.close();
      expect(patched).toHaveLength(team.length);
      expect(patched).toEqual(expected);
    },
  );

  it('sets aside the weights of the form that lost the column, and uses those it set aside before', async () => {
    const tab = await open('flip.html', FLIP.length);
    const before = await employeeBadges(tab);
    const of = (shown: Shown[], e: number): Shown => shown.find((b) => b.nip === nipOf(e))!;
    expect(round4(Number(of(before, 0).capaian))).toBe(1.04);
    expect(of(before, 0).title).not.toContain('ditulis');
    expect(round4(Number(of(before, 2).capaian))).toBe(1);
    expect(of(before, 2).title).toContain(
      'Bobot "40%" (RHK "Terlaksananya kegiatan 1 pegawai 3") ditulis dalam persen',
    );
    await typeBobot(tab, rowOf(FLIP, 1, 0), '50%');
    const after = await employeeBadges(tab);
    await tab.close();
    // Pegawai 1, untouched by the edit: 0,4 and 0,6 are now fractions in a column of percentages.
    expect(round4(Number(of(after, 0).capaian))).toBe(1);
    expect(of(after, 0).title).toContain(
      'Bobot "0,4" (RHK "Terlaksananya kegiatan 1 pegawai 1") ditulis sebagai pecahan, sedangkan bobot lain di tabel ini dalam persen (mis. "50%")',
    );
    expect(
      of(after, 0)
        .title.split('\n')
        .filter((line) => line.includes('ditulis sebagai pecahan')),
    ).toHaveLength(2);
    // Pegawai 3, untouched too: 40 % and 60 % are weighed now, and nothing is said of them.
    expect(round4(Number(of(after, 2).capaian))).toBe(1.04);
    expect(of(after, 2).title).not.toContain('ditulis');
  });

  it('names the new example weight in the messages of the other employees', async () => {
    const tab = await open('example.html', EXAMPLE.length);
    const of = (shown: Shown[]): Shown => shown.find((b) => b.nip === nipOf(1))!;
    expect(of(await employeeBadges(tab)).title).toContain('(mis. "20%")');
    await typeBobot(tab, rowOf(EXAMPLE, 0, 0), '25%');
    const title = of(await employeeBadges(tab)).title;
    await tab.close();
    expect(title).toContain('(mis. "25%")');
    expect(title).not.toContain('"20%"');
  });
});
