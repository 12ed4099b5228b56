import { describe, expect, it } from 'vitest';
import type { SheetSeed } from '../../tools/apps-script-sandbox/fake-gas/spreadsheet';
import { ensureBuilt, loadSandbox, plain, type Sandbox } from '../../tools/apps-script-sandbox/sandbox';
import { fixNow, KABID, PEGAWAI, REKAP, RINA, register, YUSUF } from './fixtures/register-office';

/*
 * "Reward & Punishment" through the BUILT Code.js: a supervisor whose only duty is pending (the follow-up
 * window after the period is still open on the run date) is listed under "Kewajiban atasan" with the
 * window's last day, as their OPD package says, not left out; once the window has closed the duty is
 * undone and flagged as before. March 2025 is scored; Rina (Kurang/Misconduct) has no teguran recorded,
 * so the Kepala Bidang has until 30 April.
 */

await ensureBuilt();

const REKAP_MARET: SheetSeed = {
  name: 'Rekap Kinerja',
  rows: [['REKAP KINERJA BULAN MARET 2025'], [], ...REKAP.rows],
};
const NOTHING_FOR_RINA = register(['14/03/2025', KABID, YUSUF, 'Apresiasi lisan', '', '']);

const rewardRows = (box: Sandbox): string[][] => {
  const sheet = box.book.sheets.find((s) => s.name === 'Reward & Punishment');
  if (!sheet) throw new Error('no Reward & Punishment sheet');
  return (plain(sheet.snapshot()) as unknown[][]).map((r) => r.map(String));
};
/** The rows of the "Kewajiban atasan" section, between its header row and the blank row after it. */
const supervisorSection = (box: Sandbox): string[][] => {
  const rows = rewardRows(box);
  const top = rows.findIndex((r) => r[0] === 'Kewajiban' && r[4] === 'Bawahan');
  const section: string[][] = [];
  for (let k = top + 1; k < rows.length && rows[k]?.some((c) => c !== ''); k++) section.push(rows[k] ?? []);
  return section;
};

describe('Reward & Punishment: a supervisor whose only duty is still pending', () => {
  it('is listed with "menunggu tindak lanjut sampai" the last day, and flagged once the window has closed', () => {
    const box = loadSandbox({ sheets: [PEGAWAI, REKAP_MARET, NOTHING_FOR_RINA] });
    fixNow(box, '2025-04-30T03:00:00Z');
    box.call('daftarRewardPunishment');
    // Before the fix the section read only "(tidak ada)": the Kabid was left out.
    const open = supervisorSection(box);
    expect(open.map((r) => r.slice(0, 4))).toEqual([
      [
        'Menunggu tindak lanjut sampai 2025-04-30',
        KABID,
        'Drs. Bambang Wicaksono, M.Si.',
        'Bidang Perizinan',
      ],
      ['    Kewajiban per bawahan', RINA, 'Rina Marlina, S.E.', ''],
    ]);
    expect(open[0]?.[6]).toContain('paling lambat 2025-04-30');
    expect(open[1]?.[6]).toBe(
      'Rina Marlina, S.E. (Kurang/Misconduct): Teguran/pembinaan belum tercatat, dicari 2025-03-01 s.d. 2025-04-30, belum lewat batas, masih dapat dicatat sampai 2025-04-30; belum pernah tercatat',
    );
    // The recap for the Sekda counts no supervisor as late, and says one is awaiting a follow-up.
    const recap = rewardRows(box).map((r) => r[0]);
    expect(recap).toContain(
      '0 atasan perlu menindaklanjuti kewajibannya (umpan balik, teguran atau apresiasi).',
    );
    expect(recap).toContain(
      '1 atasan menunggu tindak lanjut: teguran atau apresiasi belum tercatat, tetapi batas waktunya belum lewat (sampai 2025-04-30).',
    );

    // On 1 May the window has closed: the duty is undone, flagged as before, and no longer "menunggu".
    fixNow(box, '2025-05-01T03:00:00Z');
    box.call('daftarRewardPunishment');
    const closed = supervisorSection(box);
    expect(closed.map((r) => r.slice(0, 2))).toEqual([
      ['Teguran belum diberikan', KABID],
      ['    Kewajiban per bawahan', RINA],
    ]);
    expect(rewardRows(box).some((r) => r.some((c) => c.includes('Menunggu tindak lanjut')))).toBe(false);
    expect(rewardRows(box).some((r) => r[0]?.includes('menunggu tindak lanjut'))).toBe(false);
  });
});
