import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../shared/messages';
import { scoreOrganisation } from '../../shared/pipeline';
import { defaultPolicy } from '../../shared/policy/schema';
import { buildOpdPackages } from '../../shared/recap';
import { sampleWorkbook } from '../../shared/sample';

/*
 * An OPD package needs the OPD's name: a workbook of one OPD whose units name none asks the admin for it,
 * naming the unit; one whose employees name no unit at all says that, not 'Unit "" ...'.
 */
const policy = defaultPolicy();
const period = { key: '2025-09', label: 'September 2025' };
const generatedAt = '2025-10-01T08:00:00.000Z';

describe('buildOpdPackages without an OPD name', () => {
  it('names the unit that names no OPD', () => {
    const result = scoreOrganisation(sampleWorkbook(), policy);
    const units = result.units.map((u) => ({ ...u, opd: '' }));
    const built = buildOpdPackages({ result: { ...result, units }, policy, period, generatedAt });
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(formatIssue(built.issue)).toContain(`Unit "${units[0]?.unit}" tidak menyebut OPD-nya`);
  });

  it('says the employee list names no unit when the unit is empty, never Unit ""', () => {
    const result = scoreOrganisation(sampleWorkbook(), policy);
    const units = result.units.map((u) => ({ ...u, unit: '', opd: '' }));
    const built = buildOpdPackages({ result: { ...result, units }, policy, period, generatedAt });
    expect(built.ok).toBe(false);
    if (built.ok) return;
    const text = formatIssue(built.issue);
    expect(text).toContain('Daftar pegawai tidak menyebut unit kerja maupun OPD');
    expect(text).not.toContain('Unit ""');
  });
});
