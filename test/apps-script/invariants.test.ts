import { beforeAll, describe, expect, it } from 'vitest';
import { MENU } from '../../apps-script/src/menu';
import type { SheetSeed } from '../../tools/apps-script-sandbox/fake-gas/spreadsheet';
import { ensureBuilt, loadSandbox, type Sandbox } from '../../tools/apps-script-sandbox/sandbox';
import { messyEmployees, messyIndicators } from './fixtures/messy-sheets';

beforeAll(ensureBuilt);

/** Everything a user could lose in an input sheet: values, displayed text, formats, notes, validation. */
const inputState = (box: Sandbox, names: readonly string[]) =>
  JSON.stringify(names.map((n) => box.book.sheets.find((s) => s.name === n)?.cells));

const NAMES = [messyEmployees.name, messyIndicators.name];

describe('input cells are never modified', () => {
  const actions: [string, unknown[]][] = [
    ...MENU.filter((m) => m !== null).map((m): [string, unknown[]] => [m!.fn, []]),
    ['onOpen', [{}]],
    ['ambilUsulanPemetaan', []],
    [
      'simpanPemetaan',
      [
        JSON.stringify({
          version: 1,
          sheets: [
            {
              sheet: NAMES[0],
              role: 'employees',
              headerRow: 3,
              headerRowCount: 2,
              columns: { nama: 1, nip: 2 },
            },
          ],
        }),
      ],
    ],
    ['CAPAIAN', [[[8], [9]], [[7], [9]], 'Negatif']],
  ];

  it.each(actions)('%s leaves every input sheet as it was', (name, args) => {
    const box = loadSandbox({ sheets: [messyEmployees, messyIndicators] });
    const before = inputState(box, NAMES);
    box.call(name, ...args);
    expect(inputState(box, NAMES)).toBe(before);
  });

  it('a whole session (template, mapping, check twice) leaves them as they were', () => {
    const box = loadSandbox({ sheets: [messyEmployees, messyIndicators] });
    const before = inputState(box, NAMES);
    for (const [name, args] of actions) box.call(name, ...args);
    box.call('periksaData');
    expect(inputState(box, NAMES)).toBe(before);
  });
});

/** A valid 18-digit NIP per index: birth 1985-01-dd, appointment 2010-03, sex digit, sequence. */
const nip = (i: number) =>
  `198501${String((i % 28) + 1).padStart(2, '0')}201003${(i % 2) + 1}${String(Math.floor(i / 56) + 1).padStart(3, '0')}`;

function opd(employees: number, indicatorsPerEmployee: number): SheetSeed[] {
  const pegawai: SheetSeed = { name: 'Pegawai', rows: [['NIP', 'Nama', 'Jabatan', 'Unit Kerja']] };
  const indikator: SheetSeed = {
    name: 'Indikator',
    rows: [
      [
        'NIP',
        'Rencana Hasil Kerja',
        'Indikator Kinerja Individu',
        'Target',
        'Realisasi',
        'Satuan',
        'Polaritas',
      ],
    ],
  };
  for (let i = 0; i < employees; i++) {
    pegawai.rows.push([nip(i), `Pegawai ${i + 1}`, 'Analis', i % 2 ? 'Sekretariat' : 'Bidang Pelayanan']);
    for (let k = 0; k < indicatorsPerEmployee; k++)
      indikator.rows.push([
        nip(i),
        `RHK ${k + 1}`,
        `Jumlah dokumen ${k + 1}`,
        '12 Dokumen',
        10 + (k % 3),
        'Dokumen',
        'Positif',
      ]);
  }
  return [pegawai, indikator];
}

describe('service calls do not grow with rows', () => {
  const callsFor = (fn: string, employees: number) => {
    const box = loadSandbox({ sheets: opd(employees, 3) });
    box.call(fn);
    return box.rec.calls.length;
  };

  it('periksaData makes the same number of calls for 10 and 400 employees', () => {
    const small = callsFor('periksaData', 10);
    expect(callsFor('periksaData', 400)).toBe(small);
    // Two sheets written ("Masalah Data" and "Tabel Terbaca"), each staged and swapped in.
    expect(small).toBeLessThan(100);
  });

  it('ambilUsulanPemetaan grows only by the hidden-row checks it reports on', () => {
    const calls = (employees: number) => {
      const box = loadSandbox({ sheets: opd(employees, 1) });
      box.call('ambilUsulanPemetaan');
      return box.rec.calls.filter((c) => !c.name.startsWith('Sheet.isRowHidden')).length;
    };
    expect(calls(400)).toBe(calls(10));
  });
});
