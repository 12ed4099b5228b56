/**
 * A target header naming a year and nothing else ("Target 2025") on a table of a month or a quarter is the
 * target of that year (docs/rules.md annual targets, review s7 run H7): annual, prorated like "Target
 * Tahunan" with its note, never compared as written without a word. One rule for Hitung nilai and the
 * overlay (shared/score/target-span.ts targetSpanOf, which the content script and the period module share).
 */
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../shared/messages/format';
import type { Period } from '../../shared/parse/period';
import { decidePeriodBasis, targetForPeriod } from '../../shared/score/prorate';
import { headerIsAnnual, periodTargetSlot, targetSpanOf } from '../../shared/score/target-span';

const month = (index: number): Period => ({ kind: 'month', year: 2025, index });
const rules = {
  targets: 'dari_judul' as const,
  realisasi: 'dari_judul' as const,
  annualTarget: 'prorata' as const,
  levelUnits: [] as string[],
};

describe('a target header naming a year', () => {
  it('is annual: "Target 2025" as "Target Tahunan" (before: compared as written)', () => {
    for (const header of [
      'Target 2025',
      'TARGET 2025',
      'Target (2025)',
      'Target Tahun 2025',
      'Target Thn 2025',
    ])
      expect(targetSpanOf(header, { targets: 'dari_judul' }), header).toBe('annual');
    expect(headerIsAnnual('Target 2025')).toBe(true);
  });

  it('leaves headers that name no year, or a period, as they were', () => {
    for (const header of [
      'Target',
      'Target Kinerja',
      'Target TW II',
      'Target Maret',
      'Target 100',
      'Target 12',
    ])
      expect(targetSpanOf(header, { targets: 'dari_judul' }), header).toBe('period');
    for (const header of [
      'Target Tahunan',
      'Target 1 Tahun',
      'Target (Tahun)',
      'Target Setahun',
      'Annual target',
    ])
      expect(headerIsAnnual(header), header).toBe(true);
    // A period's own column is still one, and a year is no period's own column.
    expect(periodTargetSlot('Target TW II')).toBe('Q2');
    expect(periodTargetSlot('Target 2025')).toBeNull();
    expect(periodTargetSlot('Target Tahunan')).toBeNull();
    // The policy decides for every table when it says so.
    expect(targetSpanOf('Target 2025', { targets: 'periodik' })).toBe('period');
  });

  it('prorates the target of a month with its note, as Hitung nilai and the overlay compare it', () => {
    const { basis, notes } = decidePeriodBasis(
      {
        targetHeader: 'Target 2025',
        realisasiHeader: 'Realisasi',
        hasRealisasiColumn: true,
        period: month(3),
      },
      rules,
    );
    expect(notes).toEqual([]);
    expect(basis?.targetSpan).toBe('annual');
    const chosen = targetForPeriod(
      { kind: 'single', value: 1200, scale: 'bare' },
      basis!,
      'Dokumen',
      'Jumlah izin',
    );
    expect('target' in chosen && chosen.target).toEqual({ kind: 'single', value: 100, scale: 'bare' });
    const note = 'note' in chosen ? chosen.note : null;
    expect(note?.code).toBe('PERIOD_TARGET_PRORATED_PERIODIC');
    expect(formatIssue(note!)).toContain('target tahunan 1.200 Dokumen');
  });
});
