/**
 * A realisasi header that names a period ("Realisasi s.d. TW II") is checked against the period scored
 * (shared/score/prorate.ts decidePeriodBasis): another period is an error on the realisasi column and no
 * share of the year is taken; the same period (or, for a running total, one ending with it) is scored as
 * before.
 */
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../shared/messages/format';
import type { RawTable } from '../../shared/model/input';
import type { Period } from '../../shared/parse/period';
import { scoreOrganisation } from '../../shared/pipeline';
import { defaultPolicy } from '../../shared/policy/schema';
import { decidePeriodBasis, targetForPeriod } from '../../shared/score/prorate';
import { realisasiHeaderPeriod } from '../../shared/score/target-span';

const policy = defaultPolicy();
const month = (index: number, year = 2025): Period => ({ kind: 'month', year, index });
const quarter = (index: number, year = 2025): Period => ({ kind: 'quarter', year, index });

const decide = (realisasiHeader: string, period: Period) =>
  decidePeriodBasis(
    { targetHeader: 'Target Tahunan', realisasiHeader, hasRealisasiColumn: true, period },
    policy.periods,
  );

describe('realisasiHeaderPeriod', () => {
  it('reads the period a realisasi header names, by the rule of the period target columns', () => {
    expect(realisasiHeaderPeriod('Realisasi s.d. TW II')).toEqual({ slot: 'Q2', year: undefined });
    expect(realisasiHeaderPeriod('Realisasi s/d Juni')).toEqual({ slot: 'M06', year: undefined });
    expect(realisasiHeaderPeriod('Realisasi Triwulan I 2024')).toEqual({ slot: 'Q1', year: 2024 });
    expect(realisasiHeaderPeriod('Realisasi sampai dengan Semester 1')).toEqual({
      slot: 'S1',
      year: undefined,
    });
    for (const none of [
      'Realisasi',
      'Realisasi s.d. Bulan Ini',
      'Realisasi Kumulatif',
      'Realisasi Bulan Ini',
      'Realisasi s.d. Bulan Lalu',
      'Target TW II',
    ])
      expect(realisasiHeaderPeriod(none)).toBeNull();
  });
});

describe('decidePeriodBasis with a realisasi header naming a period', () => {
  it('refuses every row with both periods named when they differ (never the target as written)', () => {
    const { basis, notes } = decide('Realisasi s.d. TW II', quarter(1));
    expect(notes).toEqual([]);
    const refusal = basis?.refusal;
    expect(refusal?.code).toBe('PERIOD_REALISASI_HEADER_OTHER_PERIOD');
    expect(refusal?.severity).toBe('error');
    const said = formatIssue(refusal!);
    expect(said).toContain('Triwulan II 2025');
    expect(said).toContain('Triwulan I 2025');
    expect(said).toContain('"Realisasi s.d. TW II"');
    expect(said).toContain('capaian tabel ini tidak dihitung');
    expect(formatIssue(refusal!, 'en')).toContain('correct the realisation header or the period line');
    // Each row's target is refused with it, on every surface (the overlay's period module calls this too).
    const chosen = targetForPeriod({ kind: 'single', value: 1200, scale: 'bare' }, basis!, 'Dokumen', 'Izin');
    expect('ok' in chosen && chosen.issue.code).toBe('PERIOD_REALISASI_HEADER_OTHER_PERIOD');

    expect(decide('Realisasi s.d. Juni', month(3)).basis?.refusal).toBeDefined();
    expect(decide('Realisasi TW I 2024', quarter(1)).basis?.refusal).toBeDefined();
  });

  it('keeps the basis when the header names the period scored, or a running total ending with it', () => {
    for (const [header, period] of [
      ['Realisasi s.d. TW I', quarter(1)],
      ['Realisasi s.d. Maret', month(3)],
      ['Realisasi s.d. TW I', month(3)],
      ['Realisasi TW I 2025', quarter(1)],
      ['Realisasi s.d. Bulan Ini', month(3)],
    ] as const) {
      const { basis, notes } = decide(header, period);
      expect(basis?.period, header).toEqual(period);
      expect(notes, header).toEqual([]);
    }
  });

  it('never doubles the capaian through the pipeline: the note is placed at the realisasi column', () => {
    const NIP = '198605142010012007';
    const employees: RawTable = {
      sheet: 'Pegawai',
      columns: { nip: 'A', nama: 'B', unit: 'C' },
      rows: [{ row: 2, values: { nip: NIP, nama: 'Ratna Kusumawati', unit: 'Bidang Pelayanan' } }],
    };
    const indicators: RawTable = {
      sheet: 'SKP',
      columns: { nip: 'A', indikator: 'B', satuan: 'C', target: 'D', realisasi: 'E' },
      headers: { target: 'Target Tahunan', realisasi: 'Realisasi s.d. TW II' },
      rows: [
        {
          row: 6,
          values: { nip: NIP, indikator: 'Jumlah izin', satuan: 'Dokumen', target: '1200', realisasi: '360' },
        },
      ],
    };
    const result = scoreOrganisation({ employees, indicators, period: quarter(1) }, policy);
    // Before the fix: 360 of the TW I share (300) = 120 %; then 30 % (the annual target as written):
    // neither can be known, so no capaian.
    expect(result.employees[0]?.capaian).toBeNull();
    const said = result.issues.filter((i) => i.code === 'PERIOD_REALISASI_HEADER_OTHER_PERIOD');
    expect(said).toHaveLength(1);
    expect(said[0]?.at).toEqual({ sheet: 'SKP', column: 'E' });
  });
});
