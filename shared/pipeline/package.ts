import type { Lang } from '../messages/catalog';
import { formatIssue } from '../messages/format';
import type { Policy } from '../policy/schema';
import {
  type OrganisationResult,
  RESULTS_FORMAT,
  RESULTS_VERSION,
  type ResultsPackage,
  ResultsPackageSchema,
} from './schema';

/**
 * The results package both surfaces exchange (download from the add-on, import into the extension):
 * per employee the numbers, labels and the reasons already written out in `lang`.
 * `generatedAt` is passed in (ISO 8601) because the core reads no clock.
 */
export function buildResultsPackage(
  result: OrganisationResult,
  policy: Policy,
  lang: Lang = 'id',
  generatedAt = '',
): ResultsPackage {
  return {
    format: RESULTS_FORMAT,
    version: RESULTS_VERSION,
    generatedAt,
    lang,
    policy,
    employees: result.employees.map((e) => ({
      nip: e.nip,
      nama: e.nama,
      unit: e.unit,
      capaian: e.capaian,
      kategori: e.kategori?.label ?? null,
      ratingHasil: e.ratingHasil,
      ratingPerilaku: e.ratingPerilaku,
      predikat: e.predikat,
      flags: [...e.flags],
      recommendation: e.recommendation.kind,
      reasons: [...e.recommendation.reasons, ...e.flagReasons].map((r) => formatIssue(r, lang)),
    })),
  };
}

/** Reads a results package back (e.g. JSON imported in the extension); zod says what does not fit. */
export const parseResultsPackage = (value: unknown) => ResultsPackageSchema.safeParse(value);
