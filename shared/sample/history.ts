/**
 * Three months of the sample OPD as a regional TPP file keeps them: one results recap per month (July to
 * September 2025), with the month in its title. For `npm start` and the bench: who improves, who stagnates.
 * Capaian follow each person's profile (shared/sample/people.ts) with a drift per month, so some rise,
 * some fall, and the "rendah" ones stay below target: stagnant by the default policy.
 */
import { SAMPLE_OPD, SAMPLE_PEOPLE, SAMPLE_UNITS } from './people';
import { sampleNips } from './workbook';

/** The months of the sample's history, oldest first. */
export const SAMPLE_HISTORY_MONTHS = ['Juli', 'Agustus', 'September'] as const;

const BASE = { tinggi: 1.18, sesuai: 1.0, rendah: 0.68, sangat_rendah: 0.42 } as const;

/** The predikat the office wrote for each profile (the results recap's own column). */
const PREDIKAT = {
  tinggi: 'Sangat Baik',
  sesuai: 'Baik',
  rendah: 'Butuh Perbaikan',
  sangat_rendah: 'Kurang/Misconduct',
} as const;

/** The month's capaian of the i-th person: base by profile, a drift that differs by person, month by month. */
function capaianOf(i: number, month: number): number {
  const person = SAMPLE_PEOPLE[i];
  const base = person ? BASE[person.hasil] : 1;
  const drift = ((i % 5) - 2) * 0.03; // -6 % .. +6 % per month
  return Math.max(0, Math.round((base + drift * (month - 2)) * 1000) / 1000);
}

/** One sheet per month: title, SKPD and Bulan rows, then NIP, Nama, Unit Kerja and % Capaian SKP per person. */
export function sampleHistorySheets(): { name: string; rows: string[][] }[] {
  const nips = sampleNips();
  return SAMPLE_HISTORY_MONTHS.map((month, m) => ({
    name: `Rekap ${month}`,
    rows: [
      ['REKAPITULASI CAPAIAN KINERJA PEGAWAI'],
      ['SKPD', ':', SAMPLE_OPD],
      ['Bulan', ':', `${month} 2025`],
      [],
      ['No', 'NIP', 'Nama Pegawai', 'Unit Kerja', 'NIP Atasan', '% Capaian SKP', 'Predikat'],
      ...SAMPLE_PEOPLE.map((p, i) => [
        String(i + 1),
        nips.get(p.key) ?? '',
        p.nama,
        SAMPLE_UNITS[p.unit],
        p.atasan ? (nips.get(p.atasan) ?? '') : '',
        `${(capaianOf(i, m) * 100).toFixed(1).replace('.', ',')}%`,
        PREDIKAT[p.hasil],
      ]),
    ],
  }));
}

/**
 * The sample's pembinaan register (Catatan Pembinaan) for September 2025: a teguran for one of the two people
 * with a poor predikat and an apresiasi for one Sangat Baik, so the supervisors' duties show both kinds: what was
 * done, and what is still missing (a poor predikat without teguran, Sangat Baik without apresiasi).
 */
export function sampleRegisterSheet(): { name: string; rows: string[][] } {
  const nips = sampleNips();
  const poor = SAMPLE_PEOPLE.filter((p) => (p.hasil === 'rendah' || p.hasil === 'sangat_rendah') && p.atasan);
  const best = SAMPLE_PEOPLE.filter((p) => p.hasil === 'tinggi' && p.atasan);
  const row = (date: string, p: (typeof SAMPLE_PEOPLE)[number], kind: string, ref: string, note: string) => [
    date,
    nips.get(p.atasan ?? '') ?? '',
    nips.get(p.key) ?? '',
    kind,
    ref,
    note,
  ];
  const rows: string[][] = [
    ['Tanggal', 'NIP Atasan', 'NIP', 'Jenis Pembinaan', 'Nomor Surat', 'Catatan Pembinaan'],
  ];
  if (poor[0])
    rows.push(row('22/09/2025', poor[0], 'Teguran lisan', '', 'Capaian di bawah target tiga bulan.'));
  if (best[0])
    rows.push(
      row(
        '26/09/2025',
        best[0],
        'Apresiasi tertulis',
        '800/112/DINKES/2025',
        'Capaian tertinggi di bidangnya.',
      ),
    );
  return { name: 'Catatan Pembinaan', rows };
}
