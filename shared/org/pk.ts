import type { CapaianPolicy, OrganisationPolicy, PredikatOrganisasi } from '../policy/schema';
import { PREDIKAT_ORGANISASI } from '../policy/sections/rating';
import { capAchievement } from '../score/capaian';
import { isOneOf } from '../score/shown';

/*
 * Predikat kinerja organisasi from the unit's Perjanjian Kinerja (DOMAIN.md, "Units and the Sekda's view"):
 * each IKU's capaian is decided by the one indicator scorer (score/indicator.ts); here they become the
 * unit's capaian PK and the predikat the policy's mapping proposes (policy.organisation, all open).
 */

/** Band comparisons are made on four decimals, as the capaian categories are (score/category.ts). */
const roundForBands = (value: number): number => Math.round(value * 10_000) / 10_000;

/**
 * The predikat the policy's bands give a capaian PK (a fraction: 0.95 = 95 %). Bands are checked from the
 * highest down; a band marked not inclusive needs the capaian strictly above its bound (the default
 * Istimewa is "> 110 %"). Below every band: `policy.below`. Monotone: a higher capaian never gets a lower
 * predikat, because the schema keeps the bands ordered from the highest bound down.
 */
export function predikatFromPk(
  capaian: number,
  policy: Pick<OrganisationPolicy, 'pkBands' | 'below'>,
): PredikatOrganisasi {
  // A capaian that is not a number (a damaged cell) meets no band: below every band.
  if (typeof capaian !== 'number' || !Number.isFinite(capaian)) return policy.below;
  const value = roundForBands(capaian);
  for (const band of policy.pkBands) {
    const bound = roundForBands(band.min);
    if (band.inclusive ? value >= bound : value > bound) return band.predikat;
  }
  return policy.below;
}

/** A unit's capaian PK: how many of its indicators were counted, and their mean. */
export interface PkCapaian {
  /** Mean of the counted indicators' capaian, each capped first; null when none could be counted. */
  capaian: number | null;
  counted: number;
}

/**
 * The mean of a unit's indicator capaian (null or non-finite ones are not counted, never taken as 0).
 * Each capaian is capped at policy.capaian.aggregationCap before the mean, as an employee's indicators
 * are (score/aggregate.ts; DOMAIN.md "Cap: ... the policy may cap (default 120% for aggregation)"), so one
 * IKU far above target cannot hide another far below. The regulation sets no weights between IKU: each
 * counts the same.
 */
export function capaianPk(
  capaian: readonly (number | null)[],
  policy: Pick<CapaianPolicy, 'aggregationCap'>,
): PkCapaian {
  // A running mean: a sum of huge (uncapped) values would overflow to Infinity.
  let mean = 0;
  let counted = 0;
  for (const c of Array.isArray(capaian) ? capaian : []) {
    if (typeof c !== 'number' || !Number.isFinite(c)) continue;
    counted++;
    mean += (capAchievement(c, policy) - mean) / counted;
  }
  return { capaian: counted === 0 || !Number.isFinite(mean) ? null : mean, counted };
}

/** Where a unit's predikat comes from: typed in the units sheet, proposed from its PK, or nowhere. */
export type PredikatSource = 'tertulis' | 'pk';

export interface UnitPredikat {
  /** The predikat the unit is judged by (the distribution check, the head's hasil rating). */
  predikat: PredikatOrganisasi | null;
  source: PredikatSource | null;
  /** True when both exist and differ: the typed one is used and the difference is reported. */
  differs: boolean;
}

/** A typed predikat always wins (DOMAIN.md); without one, the PK's proposal applies. */
export function unitPredikat(
  typedIn: PredikatOrganisasi | null,
  proposedIn: PredikatOrganisasi | null,
): UnitPredikat {
  // Anything but one of the five is no predikat (a damaged value is never passed on).
  const typed = isOneOf(PREDIKAT_ORGANISASI, typedIn) ? typedIn : null;
  const proposed = isOneOf(PREDIKAT_ORGANISASI, proposedIn) ? proposedIn : null;
  if (typed !== null)
    return { predikat: typed, source: 'tertulis', differs: proposed !== null && proposed !== typed };
  if (proposed !== null) return { predikat: proposed, source: 'pk', differs: false };
  return { predikat: null, source: null, differs: false };
}
