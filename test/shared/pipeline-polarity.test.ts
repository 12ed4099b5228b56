/**
 * A polarity the core cannot read ("Maksimal" alone is ambiguous, "sedang" unknown) leaves the capaian
 * uncomputed in Hitung nilai, as =CAPAIAN and the page leave it (docs/rules.md#capaian): never scored as
 * positif with a warning beside it. Said once, on the polarity's own cell.
 */
import { describe, expect, it } from 'vitest';
import { defaultPolicy, scoreOrganisation } from '../../shared';
import type { WorkbookInput } from '../../shared/model/input';
import { sampleWorkbook } from '../../shared/sample';

function withPolarity(polaritas: string): { input: WorkbookInput; nip: string; row: number } {
  const sample = sampleWorkbook();
  const first = sample.indicators.rows[0];
  if (!first) throw new Error('the sample has indicators');
  const rows = sample.indicators.rows.map((r, i) =>
    i === 0 ? { ...r, values: { ...r.values, polaritas } } : r,
  );
  const columns = { ...sample.indicators.columns, polaritas: sample.indicators.columns.polaritas ?? 'Z' };
  return {
    input: { ...sample, indicators: { ...sample.indicators, columns, rows } },
    nip: String(first.values.nip).replace(/\D/g, ''),
    row: first.row,
  };
}

describe('an unreadable polarity in Hitung nilai', () => {
  it.each(['Maksimal', 'sedang'])(
    '"%s": no capaian, tidak_terhitung, one error on the polarity cell',
    (text) => {
      const { input, nip, row } = withPolarity(text);
      const result = scoreOrganisation(input, defaultPolicy());
      const employee = result.employees.find((e) => e.nip === nip);
      const indicator = employee?.indicators.find((i) => i.row === row);
      expect(indicator?.capaian).toBeNull();
      expect(indicator?.flags).toContain('tidak_terhitung');
      const onRow = result.issues.filter((i) => i.at?.sheet === input.indicators.sheet && i.at?.row === row);
      expect(onRow).toHaveLength(1);
      expect(onRow[0]).toMatchObject({
        severity: 'error',
        at: { column: input.indicators.columns.polaritas },
      });
      expect(onRow[0]?.code).toMatch(/^LABEL_POLARITY_/);
    },
  );

  it('an empty polarity is positif, as before', () => {
    const { input, nip, row } = withPolarity('');
    const indicator = scoreOrganisation(input, defaultPolicy())
      .employees.find((e) => e.nip === nip)
      ?.indicators.find((i) => i.row === row);
    expect(indicator?.capaian).not.toBeNull();
  });
});
