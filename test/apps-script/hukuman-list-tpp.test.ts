/**
 * A TPP file's list of the period's hukuman disiplin (No | Nama | Pangkat/Gol | Jabatan | Jenis
 * Pelanggaran Disiplin | Keterangan, under its "Periode" line, no NIP and no date) through the BUILT
 * Code.js: read as hukuman records of the pembinaan register, each in the table's period, the employee
 * matched by name; an award withheld for it; what cannot be read said at its cell (names invented).
 */
import { describe, expect, it } from 'vitest';
import { t } from '../../shared/messages';
import type { SheetSeed } from '../../tools/apps-script-sandbox/fake-gas/spreadsheet';
import { ensureBuilt, loadSandbox, plain, type Sandbox } from '../../tools/apps-script-sandbox/sandbox';
import { KABID, PEGAWAI as OFFICE, RINA, YUSUF } from './fixtures/register-office';
import { compute } from './fixtures/sandbox-run';

await ensureBuilt();

const DEWI_A = '199203042018012001';
const DEWI_B = '199511222019032002';

/** The bidang of the register tests, with two employees named Dewi Lestari (one with a degree). */
const PEGAWAI: SheetSeed = {
  name: 'Pegawai',
  rows: [
    ...OFFICE.rows,
    [DEWI_A, 'Dewi Lestari', 'Pengadministrasi', 'Bidang Perizinan', KABID],
    [DEWI_B, 'Dewi Lestari, S.H.', 'Analis Hukum', 'Bidang Perizinan', KABID],
  ],
};

/** The month's recap: Yusuf at 125 % and Sangat Baik, an award on his results alone. */
const rekap = (period: string): SheetSeed => ({
  name: 'Rekap Kinerja',
  rows: [
    ['REKAP KINERJA PEGAWAI'],
    ['Periode', ':', period],
    [],
    ['NIP', 'Nama Pegawai', 'Capaian (%)', 'Predikat'],
    [KABID, 'Drs. Bambang Wicaksono, M.Si.', '101%', 'Baik'],
    [YUSUF, 'Yusuf Hidayat, S.Kom.', '125%', 'Sangat Baik'],
    [RINA, 'Rina Marlina, S.E.', '104%', 'Baik'],
    [DEWI_A, 'Dewi Lestari', '100%', 'Baik'],
    [DEWI_B, 'Dewi Lestari, S.H.', '100%', 'Baik'],
  ],
});

const HEADER = ['No', 'Nama', 'Pangkat/Gol', 'Jabatan', 'Jenis Pelanggaran Disiplin', 'Keterangan'];

/** The TPP file's covering letter copy: its period line (or none), then the hukuman list. */
const berkas = (period: string | null, ...rows: string[][]): SheetSeed => ({
  name: 'Berkas TPP',
  rows: [
    ['SALINAN SURAT PENGANTAR'],
    ...(period === null ? [] : [['Periode', ':', period]]),
    [],
    HEADER,
    ...rows.map((r, i) => [String(i + 1), ...r]),
  ],
});

const YUSUF_SEDANG = [
  'yusuf  HIDAYAT, S.Kom',
  'Penata Muda, III/a',
  'Pranata Komputer',
  'Penundaan Kenaikan Gaji',
  'HUKUMAN DISIPLIN SEDANG',
];

const lines = (box: Sandbox, name: string): string[] => {
  const sheet = box.book.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return (plain(sheet.snapshot()) as unknown[][]).map((r) => r.map((c) => String(c ?? '')).join(' | '));
};

const run = (...sheets: SheetSeed[]): Sandbox => {
  const box = loadSandbox({ sheets: [PEGAWAI, ...sheets], withUi: false });
  compute(
    box,
    sheets.map((s) => s.name),
  );
  return box;
};

const rowOf = (box: Sandbox, nip: string): string | undefined => {
  box.call('daftarRewardPunishment');
  return lines(box, 'Reward & Punishment').find((l) => l.includes(nip));
};

const problems = (box: Sandbox): string[] => lines(box, 'Masalah Data');

describe('a TPP file’s hukuman list without NIP or date', () => {
  it('is recognised as pembinaan records and read by Hitung nilai (Tabel Terbaca)', () => {
    const box = run(rekap('Mei 2024'), berkas('Mei 2024', YUSUF_SEDANG));
    box.call('periksaData');
    const list = lines(box, 'Tabel Terbaca').find((l) => l.startsWith('Berkas TPP | A4:'));
    expect(list).toContain(t('SHEETS_ROLE_PEMBINAAN'));
    expect(list).toContain('jenis_pembinaan: E (100%)');
    expect(list).toContain('catatan: F (80%)');
    expect(list).toContain('| Ya |');
    // No column is said missing: a list has no dates and names people by name.
    expect(problems(box).join('\n')).not.toContain('Catatan pembinaan ini tidak punya kolom');
  });

  it('withholds the award of the employee it names by name (case, spacing and degrees aside)', () => {
    const row = rowOf(run(rekap('Mei 2024'), berkas('Mei 2024', YUSUF_SEDANG)), YUSUF);
    expect(row).toMatch(/^Apresiasi \| /);
    expect(row).toContain(
      t('REC_AWARD_BLOCKED_HUKUMAN_LISTED', {
        jenis: 'Hukuman disiplin sedang: Penundaan Kenaikan Gaji',
        period: 'Mei 2024',
        sheet: 'Berkas TPP',
        row: 5,
      }),
    );
    // Without the list, the same results earn the award.
    expect(rowOf(run(rekap('Mei 2024')), YUSUF)).toMatch(/^Usulan penghargaan \| /);
  });

  it('the tingkat may come from the jenis when Keterangan is empty; an unknown one is said at its cell', () => {
    const box = run(
      rekap('Mei 2024'),
      berkas(
        'Mei 2024',
        ['Yusuf Hidayat', '', '', 'Hukuman disiplin berat', ''],
        ['Rina Marlina, S.E.', '', '', 'Penundaan Kenaikan Gaji', 'lihat SK'],
      ),
    );
    expect(rowOf(box, YUSUF)).toContain('Hukuman disiplin berat: Hukuman disiplin berat');
    const said = t('PEMB_LIST_LEVEL_UNKNOWN', { jenis: 'Penundaan Kenaikan Gaji', value: 'lihat SK' });
    expect(problems(box).find((l) => l.includes(said))).toMatch(/^Berkas TPP \| 6 \| F \| /);
  });

  it('a name no employee bears, or two bear, is said at its cell and never guessed', () => {
    const box = run(
      rekap('Mei 2024'),
      berkas(
        'Mei 2024',
        ['Budi Santoso', '', '', 'Penundaan Kenaikan Gaji', 'HUKUMAN DISIPLIN SEDANG'],
        ['DEWI LESTARI', '', '', 'Penundaan Kenaikan Gaji', 'HUKUMAN DISIPLIN SEDANG'],
      ),
    );
    const all = problems(box);
    const unknown = t('PEMB_NAME_UNKNOWN', { value: 'Budi Santoso', employees: 'Pegawai' });
    const twice = t('PEMB_NAME_AMBIGUOUS', {
      value: 'DEWI LESTARI',
      nips: `${DEWI_A}, ${DEWI_B}`,
      employees: 'Pegawai',
    });
    expect(all.find((l) => l.includes(unknown))).toMatch(/^Berkas TPP \| 5 \| B \| /);
    expect(all.find((l) => l.includes(twice))).toMatch(/^Berkas TPP \| 6 \| B \| /);
    const results = lines(box, 'Hasil Pegawai');
    for (const nip of [DEWI_A, DEWI_B])
      expect(results.find((l) => l.includes(nip))).not.toContain('Penundaan Kenaikan Gaji');
  });

  it('a list whose table names no period is not read, and said so', () => {
    const box = run(rekap('Mei 2024'), berkas(null, YUSUF_SEDANG));
    const said = t('SHEETS_HUKUMAN_LIST_NO_PERIOD', { range: 'A3:F4', sheet: 'Berkas TPP' });
    expect(problems(box).some((l) => l.includes(said))).toBe(true);
    expect(rowOf(box, YUSUF)).toMatch(/^Usulan penghargaan \| /);
  });

  it('a list of another period than the one scored does not withhold this one', () => {
    const box = run(rekap('Mei 2024'), berkas('April 2024', YUSUF_SEDANG));
    expect(rowOf(box, YUSUF)).toMatch(/^Usulan penghargaan \| /);
  });
});
