/**
 * History benchmark (a section of `npm run bench`): a province with 12 months of history (20,000
 * employees x 12 periods = 240,000 employee-periods, as the "Riwayat" sheet holds them) merged with a
 * recomputed month and trended (change since the previous period, stagnation), beside a bare read of the
 * same cells (every cell touched once), as a ratio. Prints labelled lines; no assertions.
 */
import { type HistoryRow, mergeHistory, trendsAt } from '../shared/history';
import { HistoryPolicySchema } from '../shared/policy/sections/history';
import { medianMs } from './timing';

const EMPLOYEES = 20_000;
const MONTHS = 12;
const RUNS = 5;

const key = (m: number) => `2025-${String(m + 1).padStart(2, '0')}`;

function province(): HistoryRow[] {
  const rows: HistoryRow[] = [];
  for (let m = 0; m < MONTHS; m++)
    for (let e = 0; e < EMPLOYEES; e++)
      rows.push({
        period: key(m),
        label: `Bulan ${m + 1} 2025`,
        nip: String(198001012005011000 + e * 7),
        nama: `Pegawai ${e}`,
        unit: `Unit ${e % 300}`,
        capaian: 0.6 + ((e * 13 + m * 7) % 70) / 100,
        kategori: 'Tinggi',
        predikat: 'Baik',
        potongan: (e % 4) * 0.005,
        tkDays: e % 3,
      });
  return rows;
}

export function benchHistory(): string[] {
  const kept = province();
  const fresh = kept.filter((r) => r.period === key(MONTHS - 1)).map((r) => ({ ...r, capaian: r.capaian }));
  const policy = HistoryPolicySchema.parse({});
  let stagnant = 0;
  const trended = medianMs(RUNS, () => {
    const history = mergeHistory(kept, fresh);
    stagnant = 0;
    for (const t of trendsAt(history, key(MONTHS - 1), policy).values()) if (t.stagnant) stagnant++;
  });
  const bare = medianMs(RUNS, () => {
    let n = 0;
    for (const r of kept)
      n +=
        r.period.length +
        r.label.length +
        r.nip.length +
        r.nama.length +
        r.unit.length +
        (r.capaian ?? 0) +
        r.kategori.length +
        r.predikat.length +
        r.potongan +
        r.tkDays;
    return n;
  });
  return [
    `history: ${(EMPLOYEES * MONTHS).toLocaleString('en')} employee-periods merged and trended: ${trended.toFixed(0)} ms, ${stagnant} stagnant (median of ${RUNS})`,
    `history: bare read of the same cells ${bare.toFixed(1)} ms; ratio ${(bare > 0 ? trended / bare : 0).toFixed(1)}x`,
  ];
}
