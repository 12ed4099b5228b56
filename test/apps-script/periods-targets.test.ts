/**
 * Annual targets and working days through the BUILT Code.js (issue 11): a workbook holding three months of
 * SKP with an annual target and a cumulative realisasi gives each month's capaian against the prorated
 * target, with the reason in "Hasil Pegawai"; the same data under the policy 'periode' with TW target
 * columns uses those; March 2025 (two days off on weekdays) takes its working days from the policy's
 * calendar, and kesibukan semu follows them. Input cells are only read.
 */
import { describe, expect, it } from 'vitest';
import type { SeedCell, SheetSeed } from '../../tools/apps-script-sandbox/fake-gas/spreadsheet';
import { ensureBuilt, loadSandbox, plain, type Sandbox } from '../../tools/apps-script-sandbox/sandbox';
import { rowsOf } from './fixtures/sandbox-run';

await ensureBuilt();

const OPD = 'Dinas Penanaman Modal dan PTSP Kabupaten Sukamaju';
const MONTHS = ['Januari', 'Februari', 'Maret'] as const;

/** Ratna meets the prorated target each month; Bayu falls behind in March. Realisasi is cumulative. */
const PEOPLE = [
  { nip: '198605142010012007', nama: 'Ratna Kusumawati, S.Sos.', realisasi: [100, 200, 300] },
  { nip: '199107232019031004', nama: 'Bayu Aji Nugroho, S.E.', realisasi: [90, 180, 200] },
] as const;

const number = (n: number): SeedCell => ({ v: n, d: n.toLocaleString('id-ID') });

function employeesSheet(): SheetSeed {
  return {
    name: 'Pegawai',
    rows: [
      ['NIP', 'Nama', 'Jabatan', 'Unit Kerja'],
      ...PEOPLE.map((p) => [p.nip, p.nama, 'Analis Perizinan', 'Bidang Pelayanan Perizinan']),
    ],
  };
}

/** One month's SKP, its period in the meta line; TW target columns when `quarters` is given. */
function skpSheet(month: number, quarters?: readonly number[]): SheetSeed {
  const tw = quarters ? ['Target TW I', 'Target TW II', 'Target TW III', 'Target TW IV'] : [];
  return {
    name: `SKP ${MONTHS[month]}`,
    rows: [
      ['CAPAIAN SKP BULANAN'],
      ['SKPD', ':', OPD],
      ['Bulan', ':', `${MONTHS[month]} 2025`],
      [],
      [
        'No',
        'NIP',
        'Indikator Kinerja Individu',
        'Satuan',
        'Target Tahunan',
        ...tw,
        'Realisasi s.d. Bulan Ini',
      ],
      ...PEOPLE.map((p, i) => [
        i + 1,
        p.nip,
        'Jumlah izin usaha yang diterbitkan',
        'Dokumen',
        number(1200),
        ...(quarters ?? []).map(number),
        number(p.realisasi[month] as number),
      ]),
    ],
  };
}

/** March's activity log: Bayu logs 18 days of 300 minutes (5.400 minutes). */
function activitySheet(): SheetSeed {
  const bayu = PEOPLE[1];
  return {
    name: 'Aktivitas Maret',
    rows: [
      ['LAPORAN AKTIVITAS HARIAN'],
      ['Bulan', ':', 'Maret 2025'],
      [],
      ['NIP', 'Tanggal', 'Uraian Aktivitas', 'Menit', 'Output'],
      ...Array.from({ length: 18 }, (_, i) => [
        bayu.nip,
        `2025-03-${String(i + 3).padStart(2, '0')}`,
        'Memverifikasi berkas permohonan izin',
        number(300),
        'Berkas terverifikasi',
      ]),
    ],
  };
}

const savePolicy = (box: Sandbox, periods: Record<string, unknown>): void => {
  const reply = plain(box.call('simpanKebijakan', JSON.stringify({ periods }))) as { ok: boolean };
  expect(reply.ok).toBe(true);
};

describe('an annual target with cumulative realisasi over three months (policy: prorata)', () => {
  const box = loadSandbox({
    sheets: [employeesSheet(), skpSheet(0), skpSheet(1), skpSheet(2), activitySheet()],
  });
  const text = String(box.call('hitungNilai'));

  it('gives each month its capaian against the prorated target, never the annual one', () => {
    expect(text).toContain('Riwayat diperbarui untuk Januari 2025, Februari 2025, Maret 2025');
    const history = rowsOf(box, 'Riwayat');
    const of = (nip: string) =>
      history.filter((r) => r.NIP === nip).map((r) => [r['Kode periode'], r.Capaian]);
    // 100 of 1.200 x 1/12, 200 of 1.200 x 2/12, 300 of 1.200 x 3/12.
    expect(of(PEOPLE[0].nip)).toEqual([
      ['2025-01', 1],
      ['2025-02', 1],
      ['2025-03', 1],
    ]);
    const bayu = of(PEOPLE[1].nip);
    expect(bayu.map(([period]) => period)).toEqual(['2025-01', '2025-02', '2025-03']);
    expect(bayu[0]?.[1]).toBeCloseTo(0.9, 10);
    expect(bayu[2]?.[1]).toBeCloseTo(200 / 300, 10);
  });

  it('shows the prorated target and its reason in Hasil Pegawai', () => {
    const ratna = rowsOf(box, 'Hasil Pegawai').find((r) => r.NIP === PEOPLE[0].nip);
    expect(ratna?.Capaian).toBe(1);
    expect(String(ratna?.Alasan)).toContain(
      'Indikator "Jumlah izin usaha yang diterbitkan": target tahunan 1.200 Dokumen, realisasi s.d. Maret 2025 dibandingkan dengan 300 Dokumen (prorata 3/12).',
    );
  });

  it('counts March 2025 working days from the calendar (19: 28 and 31 March off) and flags kesibukan semu on them', () => {
    const bayu = rowsOf(box, 'Hasil Pegawai').find((r) => r.NIP === PEOPLE[1].nip);
    // 5.400 minutes of 19 x 300 = 5.700 expected (95 %) with a capaian of 67 %: busy without results.
    // With a fixed 21 days (6.300 minutes, 86 %) it would not be flagged.
    expect(bayu?.['Kesibukan Semu']).toBe('Ya');
    const reasons = String(bayu?.Alasan);
    expect(reasons).toContain('5.700');
    expect(reasons).toContain('Hari kerja Maret 2025: 19 hari dari kalender kerja kebijakan');
    expect(reasons).toContain('2025-03-28 Cuti bersama Hari Suci Nyepi');
  });
});

describe('the same data with TW target columns (policy: periode)', () => {
  it('compares each realisasi with its own period target column', () => {
    // Quarterly targets 250 / 300 / 300 / 350; March is in TW I: Ratna's 300 s.d. Maret meets 250 at 120 %.
    const sheets = [employeesSheet(), skpSheet(2, [250, 300, 300, 350])];
    const box = loadSandbox({ sheets });
    savePolicy(box, { annualTarget: 'periode' });
    // A month has no TW column of its own: reported, never guessed.
    box.call('hitungNilai');
    const monthly = rowsOf(box, 'Hasil Pegawai').find((r) => r.NIP === PEOPLE[0].nip);
    expect(monthly?.Capaian === '' || monthly?.Capaian === null || monthly?.Capaian === undefined).toBe(true);
    const problems = rowsOf(box, 'Masalah Data').map((r) => Object.values(r).join(' '));
    expect(problems.some((p) => p.includes('tidak punya kolom target untuk Maret 2025'))).toBe(true);
  });

  it('uses "Target TW I" for a workbook scored by quarter', () => {
    const sheet = skpSheet(2, [250, 300, 300, 350]);
    sheet.name = 'SKP TW I';
    sheet.rows[2] = ['Triwulan', ':', 'TW I 2025'];
    const box = loadSandbox({ sheets: [employeesSheet(), sheet] });
    savePolicy(box, { annualTarget: 'periode' });
    box.call('hitungNilai');
    const ratna = rowsOf(box, 'Hasil Pegawai').find((r) => r.NIP === PEOPLE[0].nip);
    expect(ratna?.Capaian).toBeCloseTo(300 / 250, 10);
    expect(String(ratna?.Alasan)).toContain(
      'dibandingkan dengan target periodenya di kolom "Target TW I" (250)',
    );
  });
});
