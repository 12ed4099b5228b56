import { fail, type Issue, ok, type Result } from '../core/issue';
import type { RbPolicy } from '../policy/sections/rb';
import { cellText, objectRows, rowAt } from '../score/shown';
import { acceptedNames, findByName, round2, shownValue } from './names';

/**
 * Reformasi Birokrasi self-assessment (LKE / PMPRB), PermenPANRB 26/2020:
 * Pengungkit 60 (pemenuhan 20, hasil antara area 10, reform 30) and Hasil 40. Each area's maximum
 * points per part come from the policy (they change by year); the unit states how much of each it
 * achieved, as a fraction (0,85) or a percentage (85).
 */
export const RB_PARTS = ['pemenuhan', 'hasilAntara', 'reform'] as const;
export type RbPart = (typeof RB_PARTS)[number];

/** LKE names of the pengungkit parts, shown in messages. */
const PART_LABELS: Record<RbPart, string> = {
  pemenuhan: 'pemenuhan',
  hasilAntara: 'hasil antara',
  reform: 'reform',
};

export interface RbAreaInput {
  /** Area id or label: "penataan_sdm", "Penataan SDM Aparatur". */
  area: string;
  pemenuhan?: number | null;
  hasilAntara?: number | null;
  reform?: number | null;
  row?: number;
}

export interface RbIndicatorInput {
  /** Hasil indicator id or label. */
  indicator: string;
  value?: number | null;
  row?: number;
}

export interface RbInput {
  areas: readonly RbAreaInput[];
  hasil: readonly RbIndicatorInput[];
  /** How achievements are written. 'auto' (default): percentages when any value is above 1. */
  scale?: 'fraction' | 'percent' | 'auto';
}

export interface RbPartScore {
  fraction: number;
  score: number;
  max: number;
}

export interface RbAreaScore {
  id: string;
  label: string;
  pemenuhan: RbPartScore;
  hasilAntara: RbPartScore;
  reform: RbPartScore;
  score: number;
  max: number;
  /** Points this area lost (max - score): where to work next year. */
  lost: number;
}

export interface RbIndicatorScore {
  id: string;
  label: string;
  fraction: number;
  score: number;
  max: number;
  lost: number;
}

export interface RbEvaluation {
  /** The policy's year label, so a result always says which LKE weights it used. */
  year: string;
  areas: RbAreaScore[];
  pengungkit: { score: number; max: number };
  hasil: { score: number; max: number; indicators: RbIndicatorScore[] };
  total: { score: number; max: number };
}

type Scale = 'fraction' | 'percent';

function resolveScale(
  input: RbInput,
  areas: readonly RbAreaInput[],
  hasil: readonly RbIndicatorInput[],
): { scale: Scale; assumed: boolean } {
  if (input.scale === 'fraction' || input.scale === 'percent') return { scale: input.scale, assumed: false };
  const values = [...areas.flatMap((a) => RB_PARTS.map((p) => a[p])), ...hasil.map((h) => h.value)];
  const percent = values.some((v) => typeof v === 'number' && v > 1);
  return { scale: percent ? 'percent' : 'fraction', assumed: percent };
}

/** A fraction in 0..1, or the issue explaining why the value cannot be one. */
function fractionOf(
  value: number | null | undefined,
  scale: Scale,
  what: { part: string; name: string; row?: unknown },
): Result<number | null> {
  if (value === null || value === undefined) return ok(null);
  const fraction = typeof value === 'number' ? (scale === 'percent' ? value / 100 : value) : Number.NaN;
  if (!Number.isFinite(fraction) || fraction < 0 || fraction > 1)
    return fail(
      'RB_VALUE_INVALID',
      { part: what.part, name: what.name, value: shownValue(value) },
      rowAt(what.row),
    );
  return ok(fraction);
}

const part = (fraction: number, max: number): RbPartScore => ({
  fraction: round2(fraction * 100) / 100,
  score: round2(fraction * max),
  max: round2(max),
});

/** Scores the RB self-assessment. Values outside 0..1 (or 0-100%) and unknown names are refused. */
export function evaluateRb(input: RbInput, policy: RbPolicy): Result<RbEvaluation> {
  // A missing or damaged list reads as nothing filled in: every area then scores 0 with a warning.
  const given: Partial<RbInput> = typeof input === 'object' && input !== null ? input : {};
  const inputAreas = objectRows(given.areas ?? []);
  const inputHasil = objectRows(given.hasil ?? []);
  const { scale, assumed } = resolveScale(given as RbInput, inputAreas, inputHasil);
  const warnings: Issue[] = assumed ? [{ code: 'RB_PERCENT_ASSUMED', severity: 'warning' }] : [];
  const at = rowAt;

  const areaFractions = new Map<string, Record<RbPart, number | null>>();
  for (const a of inputAreas) {
    const area = findByName(policy.areas, cellText(a.area));
    if (!area)
      return fail(
        'RB_AREA_UNKNOWN',
        { area: shownValue(a.area), accepted: acceptedNames(policy.areas) },
        at(a.row),
      );
    if (areaFractions.has(area.id)) return fail('RB_DUPLICATE', { name: area.label }, at(a.row));
    const fractions: Record<RbPart, number | null> = { pemenuhan: null, hasilAntara: null, reform: null };
    for (const p of RB_PARTS) {
      const f = fractionOf(a[p], scale, { part: PART_LABELS[p], name: area.label, row: a.row });
      if (!f.ok) return f;
      fractions[p] = f.value;
    }
    areaFractions.set(area.id, fractions);
  }

  const indicatorFractions = new Map<string, number | null>();
  for (const h of inputHasil) {
    const indicator = findByName(policy.hasil, cellText(h.indicator));
    if (!indicator)
      return fail(
        'RB_INDICATOR_UNKNOWN',
        { indicator: shownValue(h.indicator), accepted: acceptedNames(policy.hasil) },
        at(h.row),
      );
    if (indicatorFractions.has(indicator.id))
      return fail('RB_DUPLICATE', { name: indicator.label }, at(h.row));
    const f = fractionOf(h.value, scale, { part: 'hasil', name: indicator.label, row: h.row });
    if (!f.ok) return f;
    indicatorFractions.set(indicator.id, f.value);
  }

  let pengungkitRaw = 0;
  let pengungkitMax = 0;
  const areas = policy.areas.map((area): RbAreaScore => {
    const fractions = areaFractions.get(area.id);
    const max = area.pemenuhan + area.hasilAntara + area.reform;
    if (!fractions || RB_PARTS.every((p) => fractions[p] === null))
      warnings.push({
        code: 'RB_AREA_MISSING',
        params: { area: area.label, max: round2(max) },
        severity: 'warning',
      });
    else
      for (const p of RB_PARTS.filter((p) => fractions[p] === null && area[p] > 0))
        warnings.push({
          code: 'RB_PART_MISSING',
          params: { part: PART_LABELS[p], area: area.label, max: round2(area[p]) },
          severity: 'warning',
        });
    const raw = RB_PARTS.reduce((s, p) => s + (fractions?.[p] ?? 0) * area[p], 0);
    pengungkitRaw += raw;
    pengungkitMax += max;
    return {
      id: area.id,
      label: area.label,
      pemenuhan: part(fractions?.pemenuhan ?? 0, area.pemenuhan),
      hasilAntara: part(fractions?.hasilAntara ?? 0, area.hasilAntara),
      reform: part(fractions?.reform ?? 0, area.reform),
      score: round2(raw),
      max: round2(max),
      lost: round2(max - raw),
    };
  });

  let hasilRaw = 0;
  let hasilMax = 0;
  const indicators = policy.hasil.map((h): RbIndicatorScore => {
    const fraction = indicatorFractions.get(h.id) ?? null;
    if (fraction === null)
      warnings.push({
        code: 'RB_INDICATOR_MISSING',
        params: { indicator: h.label, max: round2(h.weight) },
        severity: 'warning',
      });
    const raw = (fraction ?? 0) * h.weight;
    hasilRaw += raw;
    hasilMax += h.weight;
    return {
      id: h.id,
      label: h.label,
      fraction: round2((fraction ?? 0) * 100) / 100,
      score: round2(raw),
      max: round2(h.weight),
      lost: round2(h.weight - raw),
    };
  });

  return ok(
    {
      year: policy.year,
      areas,
      pengungkit: { score: round2(pengungkitRaw), max: round2(pengungkitMax) },
      hasil: { score: round2(hasilRaw), max: round2(hasilMax), indicators },
      total: { score: round2(pengungkitRaw + hasilRaw), max: round2(pengungkitMax + hasilMax) },
    },
    warnings,
  );
}

/** The predikat of an RB index (0-100) by the policy's bands: the first whose exclusive lower bound is below it. */
export function rbGrade(score: number, policy: RbPolicy): { grade: string; label: string } {
  const rounded = Number.isFinite(score) ? round2(score) : 0;
  const grades = [...policy.grades].sort((a, b) => b.above - a.above);
  const found = grades.find((g) => rounded > g.above) ?? grades[grades.length - 1];
  // The schema requires at least one band; the fallback only guards a hand-built policy.
  return found ? { grade: found.grade, label: found.label } : { grade: '-', label: '-' };
}
