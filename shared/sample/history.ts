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
      ['No', 'NIP', 'Nama Pegawai', 'Unit Kerja', '% Capaian SKP'],
      ...SAMPLE_PEOPLE.map((p, i) => [
        String(i + 1),
        nips.get(p.key) ?? '',
        p.nama,
        SAMPLE_UNITS[p.unit],
        `${(capaianOf(i, m) * 100).toFixed(1).replace('.', ',')}%`,
      ]),
    ],
  }));
}
