import { describe, expect, it } from 'vitest';
import { parseNip } from '../../shared/parse';
import {
  generateProvince,
  SAMPLE_PEOPLE,
  SAMPLE_UNITS,
  sampleNips,
  sampleWorkbook,
} from '../../shared/sample';

describe('sample OPD', () => {
  it('is the same workbook on every call (no randomness at load or per call)', () => {
    expect(JSON.stringify(sampleWorkbook())).toBe(JSON.stringify(sampleWorkbook()));
  });

  it('has about 40 people in three units, each unit with one head marked "Ya"', () => {
    const wb = sampleWorkbook();
    const rows = wb.employees.rows.map((r) => r.values);
    expect(SAMPLE_PEOPLE).toHaveLength(40);
    for (const unit of Object.values(SAMPLE_UNITS)) {
      const heads = rows.filter((r) => r.unit === unit && r.kepala_unit === 'Ya');
      expect(heads).toHaveLength(1);
    }
  });

  it('gives every person a valid 18-digit NIP whose sex digit matches, and links supervisors by NIP', () => {
    const nips = sampleNips();
    for (const person of SAMPLE_PEOPLE) {
      const nip = parseNip(nips.get(person.key));
      expect(nip.ok).toBe(true);
      if (nip.ok) expect(nip.value.sex).toBe(person.sex === 1 ? 'L' : 'P');
    }
    const known = new Set(nips.values());
    for (const row of sampleWorkbook().employees.rows) {
      const atasan = row.values.atasan_nip;
      if (typeof atasan === 'string' && atasan !== '') expect(known.has(atasan)).toBe(true);
    }
  });

  it('writes targets in the mixed formats real sheets use', () => {
    const targets = sampleWorkbook().indicators.rows.map((r) => r.values.target ?? '');
    expect(targets).toContain('12 Dokumen');
    expect(targets).toContain('85,5 %');
    expect(targets).toContain('80-90');
    expect(targets).toContain('4.215');
    expect(targets).toContain('');
    const polarities = sampleWorkbook().indicators.rows.map((r) => r.values.polaritas);
    expect(polarities).toContain('Negatif');
  });

  it('keeps everything a string, as a sheet hands it over', () => {
    const wb = sampleWorkbook();
    for (const table of [
      wb.employees,
      wb.indicators,
      wb.behaviour,
      wb.attendance,
      wb.activities,
      wb.units,
      wb.sakip,
    ])
      for (const row of table?.rows ?? [])
        for (const v of Object.values(row.values)) expect(typeof v).toBe('string');
  });

  it('generates a province with the requested number of employees and indicator rows, all NIPs distinct', () => {
    const wb = generateProvince(300, 5, 7);
    expect(wb.employees.rows).toHaveLength(300);
    expect(wb.indicators.rows).toHaveLength(1500);
    expect(new Set(wb.employees.rows.map((r) => r.values.nip)).size).toBe(300);
    expect(JSON.stringify(generateProvince(50, 2, 7))).toBe(JSON.stringify(generateProvince(50, 2, 7)));
  });
});
