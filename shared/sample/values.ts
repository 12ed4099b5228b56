import { formatNumberForLang } from '../messages/format';
import type { ResultProfile } from './people';
import type { Random } from './random';
import type { IkiTemplate } from './templates';

/** Achievement factor ranges per profile (see ResultProfile). */
const FACTORS: Record<ResultProfile | 'sibuk', readonly [number, number]> = {
  tinggi: [1.17, 1.25],
  sesuai: [0.97, 1.03],
  rendah: [0.6, 0.7],
  sangat_rendah: [0.35, 0.48],
  sibuk: [0.5, 0.58],
};
export type FactorProfile = keyof typeof FACTORS;

/** "4.215", "85,5": Indonesian digits. Whole numbers are grouped here (formatNumberForLang needs a fraction digit). */
export const idNumber = (value: number, decimals = 1): string =>
  decimals === 0
    ? String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')
    : formatNumberForLang(value, 'id', decimals);

/** The target as people write it: "12 Dokumen", "85,5 %", "100%", "80-90", "4.215". */
export function writeTarget(iki: IkiTemplate): string {
  const t = iki.target;
  if (Array.isArray(t)) return `${t[0]}-${t[1]}`;
  const value = t as number;
  switch (iki.format) {
    case 'percent':
      return Number.isInteger(value) ? `${value}%` : `${idNumber(value)} %`;
    case 'thousands':
      return idNumber(value, 0);
    default:
      return `${value} ${iki.satuan}`;
  }
}

/**
 * A realisasi that gives about the profile's achievement. Percentages stop at 100 (a coverage cannot
 * exceed it); negative-polarity counts go down when results are good ((2T - R) / T).
 */
export function writeRealisasi(iki: IkiTemplate, profile: FactorProfile, random: Random): string {
  const [low, high] = FACTORS[profile];
  const f = random.between(low, high);
  const t = iki.target;
  if (Array.isArray(t)) {
    const [lo, hi] = t as readonly [number, number];
    let value = f >= 1.1 ? hi * f : f >= 0.9 ? random.int(lo, hi) : lo * f;
    if (iki.satuan === '%') value = Math.min(100, value);
    return String(Math.round(value));
  }
  const target = t as number;
  if (iki.negative) return `${Math.max(0, Math.round(target * (2 - f)))} ${iki.satuan}`;
  switch (iki.format) {
    case 'percent': {
      const value = Math.min(100, Math.round(target * f * 10) / 10);
      return random.chance(0.5) ? `${idNumber(value)} %` : `${idNumber(value)}%`;
    }
    case 'thousands':
      return idNumber(Math.round(target * f), 0);
    default:
      return `${Math.round(target * f)} ${iki.satuan}`;
  }
}

/** Bobot per RHK utama as written in SKP forms (they sum to 100). */
export function writeWeights(utama: number): string[] {
  if (utama <= 1) return ['100%'];
  if (utama === 2) return ['60%', '40%'];
  if (utama === 3) return ['40%', '30%', '30%'];
  return ['30', '30', '20', '20'].slice(0, utama);
}

export function pickDistinct<T>(pool: readonly T[], n: number, random: Random): T[] {
  const rest = [...pool];
  const out: T[] = [];
  while (out.length < n && rest.length > 0) out.push(rest.splice(random.int(0, rest.length - 1), 1)[0] as T);
  return out;
}

export const evidenceLink = (random: Random): string => {
  const alphabet = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
  let id = '1';
  for (let i = 0; i < 24; i++) id += alphabet[random.int(0, alphabet.length - 1)];
  return `https://drive.google.com/drive/folders/${id}`;
};
