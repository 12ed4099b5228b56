import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../shared/core/issue';
import { formatIssue } from '../../shared/messages/format';
import type { RawTable } from '../../shared/model/input';
import { parseNip, splitNameAndNip } from '../../shared/parse';
import { scoreOrganisation } from '../../shared/pipeline';
import { NipLinker, readEmployees } from '../../shared/pipeline/people';
import { defaultPolicy } from '../../shared/policy/schema';
import { issueText, value } from './result';

/*
 * Identity written in awkward places (SHEETS-IN-THE-WILD family 5): name and NIP in one cell, the NIP on
 * its own line, glued to the degrees, stored as a number, a template's sample row "123". Names and NIPs
 * are invented.
 */

describe('splitNameAndNip', () => {
  it('splits a name cell with the NIP under it, labelled or not', () => {
    const cases: [string, string, string][] = [
      ['Rina Kurniawati, SH, MH\nNIP. 199205172019032011', 'Rina Kurniawati, SH, MH', '199205172019032011'],
      [
        'Rina Kurniawati, SH, MH \n NIP. 199205172019032011 ',
        'Rina Kurniawati, SH, MH',
        '199205172019032011',
      ],
      ['Yohanes Rondonuwu, S.Kom \n 198811042014021003 \n', 'Yohanes Rondonuwu, S.Kom', '198811042014021003'],
      [
        'Ir. Bambang  Hartono, MAP\nNIP: 19760312 200112 1 002',
        'Ir. Bambang Hartono, MAP',
        '197603122001121002',
      ],
      ['NIP Baru. 198507222010012003\nSri Wahyuni, S.Sos', 'Sri Wahyuni, S.Sos', '198507222010012003'],
      ['19900315 201503 1 002 / Agus Salim', 'Agus Salim', '199003152015031002'],
    ];
    for (const [cell, name, nip] of cases) {
      const split = value(splitNameAndNip(cell));
      expect({ name: split.name, nip: value(split.nip).nip }).toEqual({ name, nip });
    }
  });

  it('splits a NIP glued to the degrees when the digits are a valid NIP', () => {
    const split = value(splitNameAndNip('Dewi Anggraini, SH, MH197403152000032004'));
    expect(split.name).toBe('Dewi Anggraini, SH, MH');
    expect(split.nipText).toBe('197403152000032004');
    expect(value(split.nip).sex).toBe('P');
  });

  it('refuses to guess where the name ends when glued digits are not a valid NIP', () => {
    const glued = splitNameAndNip('Dewi Anggraini, SH, MH1974031520000320041');
    expect(glued.ok ? '' : glued.issue.code).toBe('NIP_GLUED_TO_NAME');
    expect(issueText(glued)).toContain('1974031520000320041');
  });

  it('says when the cell holds no NIP, or two different ones', () => {
    const none = splitNameAndNip('Budi Santoso, A.Md, D3');
    expect(none.ok ? '' : none.issue.code).toBe('NIP_NOT_IN_CELL');
    const two = splitNameAndNip('Budi Santoso\nNIP. 199003152015031002\nNIP. 198507222010012003');
    expect(two.ok ? '' : two.issue.code).toBe('NIP_TWO_IN_CELL');
    expect(issueText(two)).toContain('199003152015031002 dan 198507222010012003');
    // The same NIP written twice, once spaced, is one NIP.
    const same = value(splitNameAndNip('Budi Santoso\nNIP. 199003152015031002\n19900315 201503 1 002'));
    expect(value(same.nip).nip).toBe('199003152015031002');
  });

  it('keeps a name ending in "Nik" as a name; only "Nik." or "NIK" labels the digits', () => {
    const split = value(splitNameAndNip('Teuku Nik\n199003152015031002'));
    expect(split.name).toBe('Teuku Nik');
    expect(value(splitNameAndNip('Teuku Ali\nNik. 199003152015031002')).name).toBe('Teuku Ali');
  });

  it('splits off a wrong NIP and says what is wrong with it: number-stored, a sample "123"', () => {
    for (const cell of ['Andi Wijaya, S.T\nNIP. 1.99E+17', 'Andi Wijaya, S.T\n199504022020061000']) {
      const split = value(splitNameAndNip(cell));
      expect(split.name).toBe('Andi Wijaya, S.T');
      expect(split.nip.ok ? '' : split.nip.issue.code).toBe('NIP_STORED_AS_NUMBER');
    }
    const sample = value(splitNameAndNip('Nama Pegawai Contoh\nNIP. 123'));
    expect(sample.name).toBe('Nama Pegawai Contoh');
    expect(issueText(sample.nip)).toContain('3 angka');
  });

  const NAME_WORDS = ['Budi', 'Santoso', 'Siti', 'Nurhaliza', "Ma'ruf", 'Yohana', 'Sumampouw', 'Nik', 'Eko'];
  const FRONT = ['', 'Dr. ', 'Ir. ', 'dr. ', 'drg. ', 'H. '];
  const BACK = [', SH', ', S.H., M.H.', ', S.Kom', ', M.Si', ', SE, MM', ', A.Md', ', S.Sos.'];
  const SEPARATORS = ['\nNIP. ', ' \n NIP. ', '\n', ' \n ', ' NIP: ', '\nNIP ', ' / ', ' - ', ''];
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  const validNip = fc
    .record({
      year: fc.integer({ min: 1960, max: 2000 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      after: fc.integer({ min: 20, max: 25 }),
      appointmentMonth: fc.integer({ min: 1, max: 12 }),
      sex: fc.constantFrom('1', '2'),
      sequence: fc.integer({ min: 1, max: 999 }),
      spaced: fc.boolean(),
    })
    .map((p) => {
      const birth = `${p.year}${pad(p.month, 2)}${pad(p.day, 2)}`;
      const appointment = `${p.year + p.after}${pad(p.appointmentMonth, 2)}`;
      const nip = `${birth}${appointment}${p.sex}${pad(p.sequence, 3)}`;
      return { nip, written: p.spaced ? `${birth} ${appointment} ${p.sex} ${pad(p.sequence, 3)}` : nip };
    });
  const writtenName = fc
    .record({
      front: fc.constantFrom(...FRONT),
      words: fc.array(fc.constantFrom(...NAME_WORDS), { minLength: 1, maxLength: 4 }),
      back: fc.subarray(BACK, { maxLength: 2 }),
    })
    .map(({ front, words, back }) => `${front}${words.join(' ')}${back.join('')}`);

  /** A "NIP / Nama" cell: the label (if any) before the NIP, then a break or a slash before the name. */
  const NIP_FIRST = [
    ['', ' / '],
    ['NIP. ', '\n'],
    ['NIP: ', ' \n '],
    ['', ' - '],
  ] as const;

  it('splits back exactly any name, degrees, separator and valid NIP (property)', () => {
    fc.assert(
      fc.property(writtenName, fc.constantFrom(...SEPARATORS), validNip, (name, sep, nip) => {
        const split = value(splitNameAndNip(`${name}${sep}${nip.written}`));
        expect(split.name).toBe(name);
        expect(value(split.nip).nip).toBe(nip.nip);
        expect(split.nip).toEqual(parseNip(nip.written));
      }),
    );
    fc.assert(
      fc.property(writtenName, fc.constantFrom(...NIP_FIRST), validNip, (name, [label, sep], nip) => {
        const split = value(splitNameAndNip(`${label}${nip.written}${sep}${name}`));
        expect([split.name, split.nipText]).toEqual([name, nip.written]);
      }),
    );
  });
});

const employees = (rows: Record<string, string>[], columns: RawTable['columns']): RawTable => ({
  sheet: 'Pegawai',
  columns,
  rows: rows.map((values, i) => ({ row: i + 2, values })),
});

describe('readEmployees: identity from the NIP column, a "Nama / NIP" cell or the name cell', () => {
  it('reads the Manado shape: "Nama Pegawai" mapped to nama, the NIP inside it', () => {
    const issues: Issue[] = [];
    const roster = readEmployees(
      employees(
        [
          {
            nama: 'Rina Kurniawati, SH, MH\nNIP. 199205172019032011',
            jabatan: 'Kepala Badan',
            unit: 'BKPSDM',
          },
          {
            nama: 'Yohanes Rondonuwu, S.Kom \n 198811042014021003 \n',
            jabatan: 'Pranata Komputer',
            unit: 'BKPSDM',
          },
        ],
        { nama: 'B', jabatan: 'D', unit: 'E' },
      ),
      issues,
    );
    expect(issues).toEqual([]);
    expect(roster.list.map((e) => [e.nip, e.nama])).toEqual([
      ['199205172019032011', 'Rina Kurniawati, SH, MH'],
      ['198811042014021003', 'Yohanes Rondonuwu, S.Kom'],
    ]);
  });

  it('reads a "Nama / NIP" column, and strips the NIP from a name cell that repeats it', () => {
    const issues: Issue[] = [];
    const roster = readEmployees(
      employees(
        [
          { nama_nip: 'Sri Wahyuni, S.Sos / 19850722 201001 2 003', unit: 'Sekretariat' },
          { nip: '199003152015031002', nama: 'Agus Salim, SE\nNIP. 199003152015031002', unit: 'Sekretariat' },
        ],
        { nama_nip: 'B', nip: 'A', nama: 'C', unit: 'D' },
      ),
      issues,
    );
    expect(issues).toEqual([]);
    expect(roster.list.map((e) => e.nama)).toEqual(['Sri Wahyuni, S.Sos', 'Agus Salim, SE']);
    expect(roster.byNip.get('198507222010012003')?.nama).toBe('Sri Wahyuni, S.Sos');
  });

  it('reports each wrong identity at its cell: sample "123", glued digits, no NIP, two NIPs', () => {
    const issues: Issue[] = [];
    const roster = readEmployees(
      employees(
        [
          { nama: 'Nama Pegawai Contoh\nNIP. 123', unit: 'Contoh' },
          { nama: 'Dewi Anggraini, SH, MH1974031520000320041', unit: 'Bidang Mutasi' },
          { nama: 'Hendra Gunawan, ST', unit: 'Bidang Mutasi' },
          { nama: 'Budi\nNIP. 199003152015031002\nNIP. 198507222010012003', unit: 'Bidang Mutasi' },
        ],
        { nama: 'B', unit: 'C' },
      ),
      issues,
    );
    expect(roster.list).toEqual([]);
    expect(issues.map((i) => [i.code, i.at])).toEqual([
      ['NIP_LENGTH', { sheet: 'Pegawai', row: 2, column: 'B' }],
      ['NIP_GLUED_TO_NAME', { sheet: 'Pegawai', row: 3, column: 'B' }],
      ['NIP_NOT_IN_CELL', { sheet: 'Pegawai', row: 4, column: 'B' }],
      ['NIP_TWO_IN_CELL', { sheet: 'Pegawai', row: 5, column: 'B' }],
    ]);
    expect(formatIssue(issues[0] as Issue)).toMatch(
      /^Sheet "Pegawai", baris 2, kolom B: NIP "123" berisi 3 angka/,
    );
  });

  it('reports a NIP stored as a number as rounded, whether shown as text or held as a number', () => {
    const issues: Issue[] = [];
    const table: RawTable = {
      sheet: 'Pegawai',
      columns: { nip: 'A', nama: 'B' },
      rows: [
        { row: 2, values: { nip: '1.99504E+17', nama: 'Andi Wijaya' } },
        { row: 3, values: { nip: '199504022020061000', nama: 'Lina Marlina' } },
        // A surface handing the number the sheet holds: its digits are already lost.
        {
          row: 4,
          values: {
            nip: { number: 199504022020061600, percent: false, text: '199504022020061600' },
            nama: 'Eko',
          },
        },
      ],
    };
    const roster = readEmployees(table, issues);
    expect(roster.list).toEqual([]);
    expect(issues.map((i) => [i.code, i.at?.row, i.at?.column])).toEqual([
      ['NIP_STORED_AS_NUMBER', 2, 'A'],
      ['NIP_STORED_AS_NUMBER', 3, 'A'],
      ['NIP_STORED_AS_NUMBER', 4, 'A'],
    ]);
    expect(formatIssue(issues[2] as Issue)).toContain('Format > Angka > Teks biasa');
  });

  it('reports a bad NIP at its cell even when the workbook holds nothing else', () => {
    const result = scoreOrganisation(
      {
        employees: employees([{ nama: 'Nama Pegawai Contoh\nNIP. 123', unit: 'Contoh' }], {
          nama: 'B',
          unit: 'C',
        }),
        indicators: { sheet: 'Indikator', columns: {}, rows: [] },
      },
      defaultPolicy(),
    );
    expect(result.issues.map((i) => [i.code, i.at])).toEqual([
      ['NIP_LENGTH', { sheet: 'Pegawai', row: 2, column: 'B' }],
      ['PIPE_NO_EMPLOYEES', { sheet: 'Pegawai' }],
    ]);
  });
});

describe('NipLinker: rows of other sheets linked through a name cell', () => {
  const issues: Issue[] = [];
  const roster = readEmployees(
    employees(
      [
        { nip: '199205172019032011', nama: 'Rina Kurniawati', unit: 'BKPSDM' },
        { nip: '198811042014021003', nama: 'Yohanes Rondonuwu', unit: 'BKPSDM' },
      ],
      { nip: 'A', nama: 'B', unit: 'C' },
    ),
    issues,
  );

  it('links "Nama / NIP" and name cells holding a NIP, and reports wrong ones at their cell', () => {
    const attendance: RawTable = {
      sheet: 'Rekap Kehadiran',
      columns: { nama: 'B' },
      rows: [
        { row: 4, values: { nama: 'Rina Kurniawati, SH, MH\nNIP. 199205172019032011' } },
        { row: 5, values: { nama: 'Yohanes Rondonuwu, S.Kom \n 19881104 201402 1 003' } },
        { row: 6, values: { nama: 'Andi Wijaya\nNIP. 1.99E+17' } },
        { row: 7, values: { nama: 'Mengetahui' } },
      ],
    };
    const found: Issue[] = [];
    const linker = new NipLinker(attendance, roster, found);
    expect(attendance.rows.map((r) => linker.link(r)?.nama)).toEqual([
      'Rina Kurniawati',
      'Yohanes Rondonuwu',
      undefined,
      undefined,
    ]);
    expect(found.map((i) => [i.code, i.at])).toEqual([
      ['NIP_STORED_AS_NUMBER', { sheet: 'Rekap Kehadiran', row: 6, column: 'B' }],
    ]);
  });

  it('reports a number-held NIP cell instead of linking its rounded digits', () => {
    const found: Issue[] = [];
    const table: RawTable = {
      sheet: 'Perilaku',
      columns: { nip: 'A' },
      rows: [
        { row: 2, values: { nip: { number: 199205172019032000, percent: false, text: '1.99205E+17' } } },
      ],
    };
    expect(
      new NipLinker(table, roster, found).link(table.rows[0] as RawTable['rows'][number]),
    ).toBeUndefined();
    expect(found.map((i) => [i.code, i.params?.value, i.at?.column])).toEqual([
      ['NIP_STORED_AS_NUMBER', '1.99205E+17', 'A'],
    ]);
  });
});
