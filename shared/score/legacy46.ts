import { fail, ok, type Result } from '../core/issue';
import type { Pp46Band, Pp46Policy } from '../policy/sections/legacy46';
import type { Category } from './category';
import { isFiniteNumber, shownValue } from './shown';

/*
 * The prestasi kerja recap of PP 46/2011, a scheme of its own beside the PermenPANRB 8/2021 numbers
 * (legacy.ts) and the PermenPANRB 6/2022 predikat: offices still keep it for older years and in some TPP
 * files. Weights and bands are in policy.legacy.pp46.
 */

/** The behaviour aspects of PP 46/2011, in the order recaps write them. Kepemimpinan: structural only. */
export const PP46_ASPECTS = [
  'orientasi_pelayanan',
  'integritas',
  'komitmen',
  'disiplin',
  'kerjasama',
  'kepemimpinan',
] as const;
export type Pp46Aspect = (typeof PP46_ASPECTS)[number];

/** The aspects as PP 46/2011 names them (proper names of the regulation, the same in every language). */
export const PP46_ASPECT_LABELS: Readonly<Record<Pp46Aspect, string>> = {
  orientasi_pelayanan: 'Orientasi Pelayanan',
  integritas: 'Integritas',
  komitmen: 'Komitmen',
  disiplin: 'Disiplin',
  kerjasama: 'Kerjasama',
  kepemimpinan: 'Kepemimpinan',
};

/** Six decimals hide float noise (84.5 x 0.6 = 50.699999...) without changing a meaningful digit. */
const tidy = (value: number): number => {
  const scaled = value * 1e6;
  return Number.isFinite(scaled) ? Math.round(scaled) / 1e6 : value;
};

/**
 * The PP 46/2011 category of a nilai (default: > 90 Sangat Baik, > 75 Baik, > 60 Cukup, > 50 Kurang,
 * else Buruk): the band with the highest `above` the value exceeds after rounding to 4 decimals (the
 * first of equal ones), whatever the bands' order in the policy; the lowest band (the last of equal
 * ones) takes anything below, and anything that is not a number. One pass, nothing kept between calls.
 */
export function pp46Category(nilai: number, policy: Pick<Pp46Policy, 'categories'>): Category {
  const bands = policy.categories;
  let lowest = 0;
  for (let i = 1; i < bands.length; i++)
    if ((bands[i] as Pp46Band).above <= (bands[lowest] as Pp46Band).above) lowest = i;
  let band = bands[lowest] as Pp46Band;
  if (isFiniteNumber(nilai)) {
    const rounded = Math.round(nilai * 10000) / 10000;
    let best = -1;
    for (let i = 0; i < bands.length; i++) {
      const above = (bands[i] as Pp46Band).above;
      if (rounded > above && (best < 0 || above > (bands[best] as Pp46Band).above)) best = i;
    }
    if (best >= 0) band = bands[best] as Pp46Band;
  }
  return { id: band.id, label: band.label };
}

export interface PrestasiKerja46Input {
  /** Nilai SKP (0-100 on the PP 46/2011 scale). */
  skp: number;
  /** The aspects scored; an aspect left empty (Kepemimpinan for staff) is not counted. */
  aspects: Partial<Record<Pp46Aspect, number>>;
}

export interface PrestasiKerja46 {
  skp: number;
  /** skp x skpWeight (the recap's "SKP x 60%"). */
  skpShare: number;
  /** Sum of the aspects scored (the recap's "Jumlah"). */
  jumlah: number;
  aspectsScored: number;
  /** Nilai perilaku kerja: the average of the aspects scored (the recap's "Rata-rata"). */
  perilaku: number;
  /** perilaku x perilakuWeight (the recap's "NPK x 40%"). */
  perilakuShare: number;
  /** Nilai prestasi kerja = skpShare + perilakuShare. */
  npk: number;
  kategori: Category;
}

/**
 * Nilai prestasi kerja (PP 46/2011) = nilai SKP x 60% + the average of the perilaku aspects scored x 40%
 * (weights in the policy), with its category. Fails on a negative or non-number SKP or aspect, and when
 * no aspect is scored (a perilaku cannot be averaged from nothing).
 */
export function prestasiKerja46(
  input: PrestasiKerja46Input,
  policy: Pick<Pp46Policy, 'skpWeight' | 'perilakuWeight' | 'categories'>,
): Result<PrestasiKerja46> {
  if (!isFiniteNumber(input.skp) || input.skp < 0)
    return fail('LEGACY46_NILAI_INVALID', { what: 'SKP', value: shownValue(input.skp) });
  let jumlah = 0;
  let aspectsScored = 0;
  for (const aspect of PP46_ASPECTS) {
    const value = input.aspects[aspect];
    if (value === undefined) continue;
    if (!isFiniteNumber(value) || value < 0)
      return fail('LEGACY46_NILAI_INVALID', { what: PP46_ASPECT_LABELS[aspect], value: shownValue(value) });
    jumlah += value;
    aspectsScored++;
  }
  if (aspectsScored === 0) return fail('LEGACY46_NO_PERILAKU');
  const perilaku = tidy(jumlah / aspectsScored);
  const skpShare = tidy(input.skp * policy.skpWeight);
  const perilakuShare = tidy(perilaku * policy.perilakuWeight);
  const npk = tidy(skpShare + perilakuShare);
  return ok({
    skp: input.skp,
    skpShare,
    jumlah: tidy(jumlah),
    aspectsScored,
    perilaku,
    perilakuShare,
    npk,
    kategori: pp46Category(npk, policy),
  });
}

/** The figures a PP 46/2011 recap writes itself, each compared with the computed value. */
export const PP46_CHECKED = ['jumlah', 'perilaku', 'skpShare', 'perilakuShare', 'npk'] as const;
export type Pp46Checked = (typeof PP46_CHECKED)[number];

export interface Pp46Mismatch {
  what: Pp46Checked;
  written: number;
  computed: number;
}

/**
 * The sheet's own Jumlah, Rata-rata, SKP x 60%, NPK x 40% and Nilai Prestasi Kerja that differ from the
 * computed values by more than the policy's tolerance; a figure the sheet does not write is not checked.
 */
export function pp46Mismatches(
  written: Partial<Record<Pp46Checked, number>>,
  computed: PrestasiKerja46,
  policy: Pick<Pp46Policy, 'tolerance'>,
): Pp46Mismatch[] {
  const mismatches: Pp46Mismatch[] = [];
  for (const what of PP46_CHECKED) {
    const value = written[what];
    if (!isFiniteNumber(value)) continue;
    // Within the tolerance: 79,17 written for 79,1666... is the same figure, rounded as a recap shows it.
    if (Math.abs(value - computed[what]) > policy.tolerance + 1e-9)
      mismatches.push({ what, written: value, computed: Math.round(computed[what] * 100) / 100 });
  }
  return mismatches;
}
