import { describe, expect, it } from 'vitest';
import type { SheetSeed } from '../../tools/apps-script-sandbox/fake-gas/spreadsheet';
import { ensureBuilt, loadSandbox, plain, type Sandbox } from '../../tools/apps-script-sandbox/sandbox';
import { fixNow, KABID, PEGAWAI, REKAP, RINA, register, YUSUF } from './fixtures/register-office';

/*
 * A follow-up not yet given is no follow-up, through the BUILT Code.js: the recap names March 2025, the
 * add-on runs on 5 April (its run date, the spreadsheet's today), and the register holds a teguran dated
 * 15 April, within the 30 follow-up days after the period's end. It is reported at its date cell and
 * Rina's teguran duty stays open until that day has come.
 */

await ensureBuilt();

const REKAP_MARET: SheetSeed = {
  name: 'Rekap Kinerja',
  rows: [['REKAP KINERJA BULAN MARET 2025'], [], ...REKAP.rows.slice(0, 3), REKAP.rows[3] as string[]],
};
const AHEAD = register(
  ['15/04/2025', KABID, RINA, 'Teguran lisan', '', 'dijadwalkan'],
  ['14/03/2025', KABID, YUSUF, 'Apresiasi lisan', '', ''],
);

const values = (box: Sandbox, name: string): unknown[][] => {
  const sheet = box.book.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return plain(sheet.snapshot());
};
const registerProblems = (box: Sandbox) =>
  values(box, 'Masalah Data')
    .map((r) => r.slice(0, 6).map(String))
    .filter((r) => r[0] === 'Catatan Pembinaan');
const dutyRows = (box: Sandbox, nip: string) =>
  values(box, 'Reward & Punishment').filter((r) => r[1] === nip && String(r[6]).includes('belum tercatat'));

/** The duty lines of the Kabid's package (Ekspor untuk ekstensi), as the supervisor reads them. */
const packageDuties = (box: Sandbox): string[] => {
  const reply = plain(box.call('ambilPaketEkspor')) as { packages: { json: string }[] };
  return reply.packages.flatMap((p) => {
    const pkg = JSON.parse(p.json) as { for: { nip: string }; duties?: { text: string }[] };
    return pkg.for.nip === KABID ? (pkg.duties ?? []).map((d) => d.text) : [];
  });
};

describe('a teguran dated after the run date, within the follow-up days after the period', () => {
  it('is reported at its cell and leaves the duty open until its day has come', () => {
    const box = loadSandbox({ sheets: [PEGAWAI, REKAP_MARET, AHEAD] });
    fixNow(box, '2025-04-05T03:00:00Z');
    box.call('hitungNilai');
    expect(registerProblems(box)).toEqual([
      [
        'Catatan Pembinaan',
        '2',
        'A',
        '15/04/2025',
        'Tanggal 2025-04-15 setelah hari ini (2025-04-05): tindakan yang belum terjadi bukan tindak lanjut, jadi catatan ini tidak dihitung untuk kewajiban atasan (tindak lanjut antara 2025-03-01 dan 2025-04-30). Catatan tetap disimpan. Periksa tanggalnya (salah ketik?) lalu hitung ulang; bila tindakan itu memang belum diberikan, berikan lalu hitung ulang setelah tanggal itu.',
        'Peringatan',
      ],
    ]);
    box.call('daftarRewardPunishment');
    // The teguran does not count yet, but the window is open until 30 April: the Kabid still has time, so
    // he is not flagged; the sheet and his package say the duty is pending, with its last day.
    expect(dutyRows(box, RINA).map((r) => r[6])).toEqual([
      'Rina Marlina, S.E. (Kurang/Misconduct): Teguran/pembinaan belum tercatat, dicari 2025-03-01 s.d. 2025-04-30, belum lewat batas, masih dapat dicatat sampai 2025-04-30; belum pernah tercatat',
    ]);
    expect(values(box, 'Reward & Punishment').find((r) => r[1] === KABID)?.[0]).toBe(
      'Menunggu tindak lanjut sampai 2025-04-30',
    );
    expect(packageDuties(box)).toEqual([
      'Rina Marlina, S.E. (Kurang/Misconduct): Teguran/pembinaan belum tercatat, dicari 2025-03-01 s.d. 2025-04-30, belum lewat batas, masih dapat dicatat sampai 2025-04-30; belum pernah tercatat',
    ]);

    // On 16 April the teguran has been given: it counts, and nothing is said about its date.
    fixNow(box, '2025-04-16T03:00:00Z');
    box.call('hitungNilai');
    expect(registerProblems(box)).toEqual([]);
    box.call('daftarRewardPunishment');
    expect(dutyRows(box, RINA)).toEqual([]);
  });
});

describe('a duty whose follow-up window is still open on the run date', () => {
  const NOTHING_FOR_RINA = register(['14/03/2025', KABID, YUSUF, 'Apresiasi lisan', '', '']);

  it('is pending until the last day of its window, and undone the day after', () => {
    const box = loadSandbox({ sheets: [PEGAWAI, REKAP_MARET, NOTHING_FOR_RINA] });
    fixNow(box, '2025-04-30T03:00:00Z');
    box.call('daftarRewardPunishment');
    expect(
      values(box, 'Reward & Punishment').some((r) => String(r[0]).includes('Teguran belum diberikan')),
    ).toBe(false);
    expect(packageDuties(box)).toEqual([
      'Rina Marlina, S.E. (Kurang/Misconduct): Teguran/pembinaan belum tercatat, dicari 2025-03-01 s.d. 2025-04-30, belum lewat batas, masih dapat dicatat sampai 2025-04-30; belum pernah tercatat',
    ]);

    fixNow(box, '2025-05-01T03:00:00Z');
    box.call('daftarRewardPunishment');
    const kabid = values(box, 'Reward & Punishment').find((r) => r[1] === KABID);
    expect(String(kabid?.[0])).toContain('Teguran belum diberikan');
    expect(dutyRows(box, RINA).map((r) => r[6])).toEqual([
      'Rina Marlina, S.E. (Kurang/Misconduct): Teguran/pembinaan belum tercatat, dicari 2025-03-01 s.d. 2025-04-30; belum pernah tercatat',
    ]);
  });

  it('a period still running on the run date: the supervisor is not flagged', () => {
    const year: SheetSeed = {
      name: 'Rekap Kinerja',
      rows: [['REKAP KINERJA TAHUN 2025'], ...REKAP_MARET.rows.slice(1)],
    };
    const box = loadSandbox({ sheets: [PEGAWAI, year, NOTHING_FOR_RINA] });
    fixNow(box, '2025-06-15T03:00:00Z');
    box.call('daftarRewardPunishment');
    expect(values(box, 'Reward & Punishment').find((r) => r[1] === KABID)?.[0]).toBe(
      'Menunggu tindak lanjut sampai 2026-01-30',
    );
    expect(packageDuties(box)).toEqual([
      'Rina Marlina, S.E. (Kurang/Misconduct): Teguran/pembinaan belum tercatat, dicari 2025-12-01 s.d. 2026-01-30, belum lewat batas, masih dapat dicatat sampai 2026-01-30; belum pernah tercatat',
    ]);
  });
});
