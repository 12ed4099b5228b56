/** Hasil Unit's cells as written: no float noise in the means, "not checkable" for an empty unit. */
import { describe, expect, it } from 'vitest';
import { unitsSheet } from '../../apps-script/src/features/results/units-sheet';
import { scoreOrganisation } from '../../shared/pipeline';
import { defaultPolicy } from '../../shared/policy/schema';
import { sampleWorkbook } from '../../shared/sample';

describe('Hasil Unit cells', () => {
  it('writes a mean of 0.9199999999999999 as 0.92, leaving the result itself exact', () => {
    const result = scoreOrganisation(sampleWorkbook(), defaultPolicy());
    const unit = result.units[0];
    expect(unit).toBeDefined();
    if (!unit) return;
    unit.averageCapaian = 0.9199999999999999;
    unit.capaianPk = 0.30000000000000004;
    const sheet = unitsSheet(result);
    const header = sheet.rows[0] as unknown[];
    const row = sheet.rows[1] as unknown[];
    expect(row[header.indexOf('Rata-rata Capaian')]).toBe(0.92);
    expect(row[header.indexOf('Capaian PK')]).toBe(0.3);
    expect(unit.averageCapaian).toBe(0.9199999999999999);
  });
});
