import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../shared/messages';
import { type Measure, type PeriodBasis, targetForPeriod } from '../../shared/score';
import { as, expectClean, junk, sometimes } from './junk';

/*
 * Rule 'periode' (docs/rules.md#annual-targets): the period's own target cell ("Target TW I") reaches
 * targetForPeriod from each surface's reader. The other junk test (score-junk.test.ts) never got past the
 * annual target's own check, so a damaged cell (null, { ok: true, value: null }, a NaN) threw or showed
 * NaN here. A well-formed annual target and a real basis put every junk cell on that path.
 */

const annual: Measure = { kind: 'single', value: 12, scale: 'bare', unit: 'Dokumen' };

const ownColumnBasis = (periodColumn: unknown): PeriodBasis =>
  as({
    period: { kind: 'quarter', year: 2025, index: 1 },
    targetSpan: 'annual',
    realisasiSpan: 'period',
    rule: 'periode',
    levelUnits: ['%', 'nilai'],
    periodColumn,
  });

const INDIKATOR = 'Jumlah laporan realisasi anggaran yang disusun';

describe("targetForPeriod with the period's own target (rule 'periode')", () => {
  it('a read cell is the target compared, and the note names its column', () => {
    const own: Measure = { kind: 'single', value: 3, scale: 'bare', unit: 'Dokumen' };
    const chosen = targetForPeriod(annual, ownColumnBasis('Target TW I'), 'Dokumen', INDIKATOR, {
      ok: true,
      value: own,
    });
    expect(chosen).toEqual({
      target: own,
      note: expect.objectContaining({ code: 'PERIOD_TARGET_OWN_COLUMN' }),
    });
  });

  it.each([
    ['null', null],
    ['a number', 42],
    ['a read cell without its measure', { ok: true, value: null }],
    ['a read cell holding NaN', { ok: true, value: { kind: 'single', value: Number.NaN, scale: 'bare' } }],
    ['a failure without its issue', { ok: false }],
  ])('%s: an unreadable target, said in Indonesian first, never thrown', (_name, cell) => {
    const chosen = targetForPeriod(annual, ownColumnBasis('Target TW I'), 'Dokumen', INDIKATOR, as(cell));
    expect(chosen).toMatchObject({ ok: false, issue: { code: 'CAPAIAN_TARGET_INVALID' } });
    if (!('ok' in chosen) || chosen.ok) throw new Error('expected a failure');
    expect(formatIssue(chosen.issue, 'id')).not.toMatch(/NaN|undefined|\[object/);
  });

  it('a column header that is not text is no column (never "[object Object]" in the message)', () => {
    const chosen = targetForPeriod(annual, ownColumnBasis({ a: 1 }), 'Dokumen', INDIKATOR, {
      ok: true,
      value: annual,
    });
    expect(chosen).toMatchObject({ ok: false, issue: { code: 'PERIOD_TARGET_COLUMN_MISSING' } });
  });

  it('any junk cell or header: no throw, no NaN, no "undefined"', () => {
    fc.assert(
      fc.property(
        sometimes(fc.constantFrom('Target TW I', 'Target Triwulan 1')),
        fc.oneof(
          junk,
          fc.constant('empty'),
          fc.record({ ok: fc.constant(true), value: junk }),
          fc.record({
            ok: fc.constant(true),
            value: fc.record({
              kind: fc.constant('single'),
              value: sometimes(fc.double()),
              scale: sometimes(fc.constant('bare')),
            }),
          }),
          fc.record({ ok: fc.constant(false), issue: junk }),
        ),
        (header, cell) => {
          const chosen = targetForPeriod(annual, ownColumnBasis(header), 'Dokumen', INDIKATOR, as(cell));
          expectClean(chosen, header);
        },
      ),
      { numRuns: 400 },
    );
  });
});
