import { describe, expect, it } from 'vitest';
import type { SheetSeed } from '../../tools/apps-script-sandbox/fake-gas/spreadsheet';
import { ensureBuilt, loadSandbox, plain, type Sandbox } from '../../tools/apps-script-sandbox/sandbox';
import {
  fixNow,
  KABID,
  PEGAWAI,
  REGISTER_HEADER,
  REKAP,
  RINA,
  register,
  YUSUF,
} from './fixtures/register-office';

/*
 * The pembinaan register (issue 11) through the BUILT Code.js: the template with its dropdown, and the
 * supervisor's teguran duty judged from what is recorded, in "Reward & Punishment".
 */

// The workbooks are computed while the tests are collected: the add-on must be built before that.
await ensureBuilt();

const CATATAN: SheetSeed = register(
  ['14/03/2025', KABID, YUSUF, 'Apresiasi lisan', '', 'Aplikasi antrean izin selesai lebih cepat'],
  ['2024-05-02', KABID, RINA, 'Teguran lisan', '', 'Berkas izin tertunda'],
);

const values = (box: Sandbox, name: string): unknown[][] => {
  const sheet = box.book.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return plain(sheet.snapshot());
};
const inputState = (box: Sandbox): string =>
  JSON.stringify(
    ['Pegawai', 'Rekap Kinerja', 'Catatan Pembinaan'].map(
      (name) => box.book.sheets.find((s) => s.name === name)?.cells,
    ),
  );
/** The duty rows under the supervisors of "Reward & Punishment" that name a subordinate. */
const dutyRows = (box: Sandbox, nip: string) =>
  values(box, 'Reward & Punishment').filter((r) => r[1] === nip && String(r[6]).includes('belum tercatat'));

describe('Siapkan Catatan Pembinaan', () => {
  it("creates the register with the headers the reader maps and the policy's kinds as a dropdown", () => {
    const box = loadSandbox({ sheets: [PEGAWAI] });
    const text = box.call('siapkanCatatanPembinaan') as string;
    expect(text).toContain('Sheet "Catatan Pembinaan" dibuat');
    const sheet = box.book.sheets.find((s) => s.name === 'Catatan Pembinaan')!;
    expect(values(box, 'Catatan Pembinaan')[0]).toEqual(REGISTER_HEADER);
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.peek(2, 3)?.format).toBe('@');
    const kinds = sheet.peek(2, 4)?.validation as { values: string[] };
    expect(kinds.values).toEqual(
      expect.arrayContaining([
        'Teguran lisan',
        'Apresiasi tertulis',
        'Hukuman disiplin sedang: pemotongan tunjangan kinerja 25% selama 6 bulan',
        'Pelanggaran netralitas',
      ]),
    );
  });

  it('never touches an existing register', () => {
    const box = loadSandbox({ sheets: [PEGAWAI, CATATAN] });
    const before = inputState(box);
    const text = box.call('siapkanCatatanPembinaan') as string;
    expect(text).toContain('sudah ada dan tidak diubah');
    expect(inputState(box)).toBe(before);
  });
});

describe('supervisor duties from the register in Daftar reward & punishment', () => {
  it('flags a Kurang/Misconduct subordinate without a teguran, and no longer once one is recorded', () => {
    const box = loadSandbox({ sheets: [PEGAWAI, REKAP, CATATAN] });
    const before = inputState(box);
    box.call('daftarRewardPunishment');
    expect(inputState(box)).toBe(before);
    const rows = values(box, 'Reward & Punishment');
    // The period is unknown to the sheets: judged at the latest date in the register, and said so.
    expect(rows.some((r) => String(r[0]).includes('pada 2025-03-14 (tanggal terakhir di catatan'))).toBe(
      true,
    );
    const supervisor = rows.find((r) => r[1] === KABID && String(r[0]).includes('Teguran'));
    expect(supervisor?.[2]).toBe('Drs. Bambang Wicaksono, M.Si.');
    expect(dutyRows(box, RINA).map((r) => r[6])).toEqual([
      'Rina Marlina, S.E. (Kurang/Misconduct): Teguran/pembinaan belum tercatat, dicari 2025-02-12 s.d. 2025-04-13; terakhir: Teguran lisan 2024-05-02',
    ]);

    // The supervisor records the teguran; the next run no longer flags the duty.
    const sheet = box.book.sheets.find((s) => s.name === 'Catatan Pembinaan')!;
    sheet
      .getRange(4, 1, 1, 6)
      .setValues([
        [
          '17/03/2025',
          KABID,
          RINA,
          'Teguran tertulis',
          '800/21/DPMPTSP/2025',
          'Berkas izin tertunda 3 minggu',
        ],
      ]);
    const recorded = inputState(box);
    box.call('daftarRewardPunishment');
    expect(inputState(box)).toBe(recorded);
    expect(dutyRows(box, RINA)).toEqual([]);
    expect(
      values(box, 'Reward & Punishment').some((r) => r[1] === KABID && String(r[0]).includes('Teguran')),
    ).toBe(false);
  });

  it('keeps the umpan balik rule, and says so, when the workbook has no register', () => {
    const box = loadSandbox({ sheets: [PEGAWAI, REKAP] });
    box.call('daftarRewardPunishment');
    const rows = values(box, 'Reward & Punishment');
    expect(rows.some((r) => String(r[0]).startsWith('Tidak ada sheet Catatan Pembinaan'))).toBe(true);
  });
});

const HUKUMAN = 'Hukuman disiplin sedang: pemotongan tunjangan kinerja 25% selama 12 bulan';

/** The recap with its period in the title (Maret 2025), and Yusuf proposed for an award. */
const REKAP_MARET: SheetSeed = {
  name: 'Rekap Kinerja',
  rows: [
    ['REKAP KINERJA BULAN MARET 2025'],
    [],
    ...REKAP.rows.slice(0, 3),
    [YUSUF, 'Yusuf Hidayat, S.Kom.', '125%', 'Sangat Baik'],
  ],
};
/** Masalah Data rows: sheet, row, column, value, message, kind. */
const problems = (box: Sandbox) => values(box, 'Masalah Data').map((r) => r.slice(0, 6).map(String));
const recommendationOf = (box: Sandbox, nip: string) =>
  values(box, 'Reward & Punishment').find((r) => r[1] === nip)?.[0];

/*
 * A register date after the period scored: a hukuman disiplin with a mistyped year (2062 for 2025) is no
 * longer dropped silently from the award check; it is reported at its cell, kept, and the message says it
 * was not counted for the period.
 */
describe('a register date after the period scored (Maret 2025)', () => {
  it('reports a hukuman dated 2062 at its cell, keeps it, and says it was not counted for this period', () => {
    const box = loadSandbox({
      sheets: [
        PEGAWAI,
        REKAP_MARET,
        register(['14/03/2062', KABID, YUSUF, HUKUMAN, '800/12/2025', 'typo tahun']),
      ],
    });
    box.call('hitungNilai');
    expect(problems(box)).toContainEqual([
      'Catatan Pembinaan',
      '2',
      'A',
      '14/03/2062',
      `Catatan "${HUKUMAN}" bertanggal 2062-03-14, setelah akhir periode (2025-03-31). Catatan tetap disimpan, tetapi tidak dihitung untuk periode ini: penghargaan periode ini tidak ditahan olehnya. Periksa tanggalnya (salah ketik tahun?) lalu hitung ulang.`,
      'Peringatan',
    ]);
    box.call('daftarRewardPunishment');
    expect(recommendationOf(box, YUSUF)).toBe('Usulan penghargaan');

    // The date corrected: the hukuman is in force on 2025-03-31 and withholds the award, without a warning.
    const sheet = box.book.sheets.find((s) => s.name === 'Catatan Pembinaan')!;
    sheet.getRange(2, 1, 1, 1).setValues([['14/03/2025']]);
    box.call('hitungNilai');
    expect(problems(box).some((r) => r[0] === 'Catatan Pembinaan' && r[1] === '2')).toBe(false);
    box.call('daftarRewardPunishment');
    expect(recommendationOf(box, YUSUF)).toBe('Apresiasi');
  });

  it('reports a teguran dated beyond the follow-up window, and not one inside it', () => {
    const box = loadSandbox({
      sheets: [
        PEGAWAI,
        REKAP_MARET,
        register(
          ['15/04/2025', KABID, RINA, 'Teguran lisan', '', 'dalam 30 hari setelah akhir periode'],
          ['10/03/2052', KABID, RINA, 'Teguran tertulis', '', 'salah ketik tahun'],
        ),
      ],
    });
    box.call('hitungNilai');
    const rows = problems(box).filter((r) => r[0] === 'Catatan Pembinaan');
    expect(rows).toEqual([
      [
        'Catatan Pembinaan',
        '3',
        'A',
        '10/03/2052',
        'Tanggal 2052-03-10 lebih dari 30 hari setelah akhir periode (2025-03-31). Catatan tetap disimpan, tetapi tidak dihitung untuk periode ini. Periksa tanggalnya (salah ketik tahun?) lalu hitung ulang.',
        'Peringatan',
      ],
    ]);
  });
});

/*
 * When the workbook names no period, the add-on passes the spreadsheet's today as the run date: a mistyped
 * year (14/03/2062) is reported at its cell, is not the date the duties are judged at, and a hukuman dated
 * after today does not withhold an award.
 */
describe('a register date after today, when the workbook names no period', () => {
  /** The recap without its title: no period, and Yusuf proposed for an award. */
  const REKAP_NO_PERIOD: SheetSeed = { name: 'Rekap Kinerja', rows: REKAP_MARET.rows.slice(2) };
  const TYPO = register(
    ['14/03/2062', KABID, YUSUF, HUKUMAN, '800/12/2025', 'typo tahun (2025)'],
    ['10/03/2025', KABID, RINA, 'Teguran lisan', '', 'Berkas izin tertunda'],
  );
  const registerProblems = (box: Sandbox) => problems(box).filter((r) => r[0] === 'Catatan Pembinaan');

  it('reports 14/03/2062 at its cell, judges at the latest date up to today, and keeps the award', () => {
    const box = loadSandbox({ sheets: [PEGAWAI, REKAP_NO_PERIOD, TYPO] });
    // 20:00 UTC on the 19th is already the 20th in the spreadsheet's time zone (Asia/Jakarta).
    fixNow(box, '2025-03-19T20:00:00Z');
    box.call('hitungNilai');
    expect(registerProblems(box)).toEqual([
      [
        'Catatan Pembinaan',
        '2',
        'A',
        '14/03/2062',
        `Catatan "${HUKUMAN}" bertanggal 2062-03-14, setelah hari ini (2025-03-20). Catatan tetap disimpan, tetapi hukuman itu belum berlaku: penghargaan tidak ditahan olehnya. Periksa tanggalnya (salah ketik tahun?) lalu hitung ulang.`,
        'Peringatan',
      ],
      [
        'Catatan Pembinaan',
        '',
        '',
        '',
        'Periode penilaian tidak diketahui: kewajiban atasan dinilai pada tanggal terakhir di sheet "Catatan Pembinaan" yang tidak melewati hari ini (2025-03-20), 2025-03-10.',
        'Peringatan',
      ],
    ]);
    box.call('daftarRewardPunishment');
    const rows = values(box, 'Reward & Punishment');
    expect(rows.some((r) => String(r[0]).includes('pada 2025-03-10 (tanggal terakhir di catatan'))).toBe(
      true,
    );
    expect(rows.some((r) => String(r[0]).includes('2062'))).toBe(false);
    expect(recommendationOf(box, YUSUF)).toBe('Usulan penghargaan');

    // The year corrected: the hukuman is in force today and withholds the award, without a warning on its cell.
    box.book.sheets
      .find((s) => s.name === 'Catatan Pembinaan')!
      .getRange(2, 1, 1, 1)
      .setValues([['14/03/2025']]);
    box.call('hitungNilai');
    expect(registerProblems(box).some((r) => r[1] === '2')).toBe(false);
    box.call('daftarRewardPunishment');
    expect(recommendationOf(box, YUSUF)).toBe('Apresiasi');
  });

  it("uses the spreadsheet's own today when nothing fixes it", () => {
    const box = loadSandbox({ sheets: [PEGAWAI, REKAP_NO_PERIOD, TYPO] });
    box.call('hitungNilai');
    const [typo] = registerProblems(box);
    expect(typo?.slice(0, 4)).toEqual(['Catatan Pembinaan', '2', 'A', '14/03/2062']);
    expect(typo?.[4]).toMatch(/bertanggal 2062-03-14, setelah hari ini \(\d{4}-\d{2}-\d{2}\)\./);
  });
});
