/**
 * "Result data" (shared/pipeline/result-data.ts): one rule for the pipeline's per-employee "no rating
 * hasil" warning and for the add-on's data check, meeting papers and exports. A supervisor's rating hasil
 * written on the behaviour sheet counts, as an indicator or results row does.
 */
import { describe, expect, it } from 'vitest';
import { defaultPolicy, hasResultData, scoreOrganisation } from '../../shared';
import type { WorkbookInput } from '../../shared/model/input';
import { sampleWorkbook } from '../../shared/sample';

/** The sample without indicator rows, its behaviour ratings kept only for the NIPs given. */
function withoutIndicators(keepRatingsOf: readonly string[]): WorkbookInput {
  const sample = sampleWorkbook();
  const behaviour = sample.behaviour;
  if (!behaviour) throw new Error('the sample has a behaviour sheet');
  return {
    ...sample,
    indicators: { ...sample.indicators, rows: [] },
    behaviour: {
      ...behaviour,
      rows: behaviour.rows.map((row) => ({
        ...row,
        values: {
          ...row.values,
          rating_hasil: keepRatingsOf.includes(String(row.values.nip)) ? row.values.rating_hasil : '',
        },
      })),
    },
  };
}

const ratedNips = (input: WorkbookInput): string[] =>
  (input.behaviour?.rows ?? [])
    .filter((row) => String(row.values.rating_hasil ?? '').trim() !== '')
    .map((row) => String(row.values.nip));

const noIndicatorWarnings = (input: WorkbookInput): string[] =>
  scoreOrganisation(input, defaultPolicy())
    .issues.filter((issue) => issue.code === 'PIPE_NO_INDICATORS')
    .map((issue) => String(issue.params?.nip));

describe('result data', () => {
  const sample = sampleWorkbook();
  const rated = ratedNips(sample);

  it('the sample has indicator rows, and a supervisor wrote a rating hasil on the behaviour sheet', () => {
    expect(hasResultData(sample)).toBe(true);
    expect(rated.length).toBeGreaterThan(0);
  });

  it('without indicator or results rows and without any rating hasil, there is none: no employee is warned', () => {
    const input = withoutIndicators([]);
    expect(hasResultData(input)).toBe(false);
    expect(noIndicatorWarnings(input)).toEqual([]);
  });

  it('one rating hasil on the behaviour sheet is result data: the others are told they have none', () => {
    const kept = rated[0] as string;
    const input = withoutIndicators([kept]);
    expect(hasResultData(input)).toBe(true);
    const warned = noIndicatorWarnings(input);
    const result = scoreOrganisation(input, defaultPolicy());
    // Exactly the employees left with neither a rating hasil nor a predikat written for them.
    const without = result.employees.filter((e) => e.ratingHasil === null && e.predikat === null);
    expect(without.length).toBeGreaterThan(30);
    expect(new Set(warned)).toEqual(new Set(without.map((e) => e.nip)));
    expect(warned).not.toContain(kept);
    expect(result.employees.find((e) => e.nip === kept)?.ratingHasil).not.toBeNull();
  });

  it('a behaviour sheet without the rating column is no result data', () => {
    const input = withoutIndicators([]);
    const behaviour = input.behaviour;
    if (!behaviour) throw new Error('the sample has a behaviour sheet');
    const { rating_hasil: _dropped, ...columns } = behaviour.columns;
    expect(hasResultData({ ...input, behaviour: { ...behaviour, columns } })).toBe(false);
  });
});
