import { describe, expect, it } from 'vitest';
import type { SheetSeed } from '../../tools/apps-script-sandbox/fake-gas/spreadsheet';
import { ensureBuilt, loadSandbox, plain, type Sandbox } from '../../tools/apps-script-sandbox/sandbox';
import { fixNow, KABID, PEGAWAI, REKAP, register, YUSUF } from './fixtures/register-office';

/*
 * "Daftar reward & punishment" through the BUILT Code.js: the completion message counts the supervisors
 * the sheet's "Kewajiban atasan" lists. A supervisor whose only duty is pending (the follow-up window after
 * March 2025 still open on 30 April) is listed there, so the message says both counts, not only the
 * supervisors with a duty not met. Before the fix it said "0 atasan dengan kewajiban" while the sheet
 * listed the Kepala Bidang Perizinan.
 */

await ensureBuilt();

const REKAP_MARET: SheetSeed = {
  name: 'Rekap Kinerja',
  rows: [['REKAP KINERJA BULAN MARET 2025'], [], ...REKAP.rows],
};
const NOTHING_FOR_RINA = register(['14/03/2025', KABID, YUSUF, 'Apresiasi lisan', '', '']);

const supervisorsListed = (box: Sandbox): string[] => {
  const sheet = box.book.sheets.find((s) => s.name === 'Reward & Punishment');
  const rows = (plain(sheet?.snapshot() ?? []) as unknown[][]).map((r) => r.map(String));
  const top = rows.findIndex((r) => r[0] === 'Kewajiban' && r[4] === 'Bawahan');
  const listed: string[] = [];
  for (let k = top + 1; k < rows.length && rows[k]?.some((c) => c !== ''); k++)
    if (!rows[k]?.[0]?.startsWith(' ')) listed.push(rows[k]?.[1] ?? '');
  return listed;
};

describe('Daftar reward & punishment: the completion message counts pending supervisors', () => {
  it('says both counts while a duty is pending, and the one count once the window has closed', () => {
    const box = loadSandbox({ sheets: [PEGAWAI, REKAP_MARET, NOTHING_FOR_RINA] });
    fixNow(box, '2025-04-30T03:00:00Z');
    const open = String(box.call('daftarRewardPunishment'));
    expect(supervisorsListed(box)).toEqual([KABID]);
    expect(open).toContain(
      'Sheet "Reward & Punishment": 1 pegawai dengan tindak lanjut, 1 atasan di daftar kewajiban: 0 dengan kewajiban yang belum dipenuhi, 1 yang hanya menunggu tindak lanjut (batas waktunya belum lewat).',
    );
    expect(open).not.toContain('0 atasan dengan kewajiban');

    // On 1 May the duty is undone: the supervisor is flagged, nobody is pending, the one count is said.
    fixNow(box, '2025-05-01T03:00:00Z');
    const closed = String(box.call('daftarRewardPunishment'));
    expect(supervisorsListed(box)).toEqual([KABID]);
    expect(closed).toContain(
      'Sheet "Reward & Punishment": 1 pegawai dengan tindak lanjut, 1 atasan dengan kewajiban.',
    );
    expect(closed).not.toContain('hanya menunggu');
  });
});
