import { describe, expect, it } from 'vitest';
import { matchLabel, normalizeLabel, recognizeTable } from '../../shared/columns';
import { VOCABULARY } from '../../shared/columns/vocabulary';
import { FIELD_IDS } from '../../shared/model/fields';

/** An English-language e-kinerja appraisal: "Target" is the same word, the other headers are not. */
describe('English headers of an SKP appraisal (extension pages)', () => {
  it.each([
    [['No', 'Work Result Plan', 'Individual Performance Indicator', 'Target', 'Realization']],
    [['No', 'Work Result Plan', 'Indicator', 'Target', 'Actual']],
    [['No', 'Work Result Plan', 'Performance Indicator', 'Target', 'Realisation']],
  ])('reads %j as an appraisal with realisasi, not a plan', (header) => {
    const r = recognizeTable([
      header,
      ['1', 'Verified payment documents', 'Documents verified', '24 Documents', '18 Documents'],
    ]);
    expect(r.recognition.mapping).toEqual({ nomor: 0, rhk: 1, indikator: 2, target: 3, realisasi: 4 });
    expect(r.recognition.tableKind).toBe('realisasi');
    expect(r.recognition.issues).toEqual([]);
  });

  it('takes no other field’s header: no other label holds an English label’s words', () => {
    const added: [string, string][] = [
      ['indikator', 'Indicator'],
      ['indikator', 'Individual Performance Indicator'],
      ['indikator', 'Performance Indicator'],
      ['rhk', 'Work Result Plan'],
      ['realisasi', 'Realization'],
      ['realisasi', 'Realisation'],
      ['realisasi', 'Actual'],
    ];
    for (const [field, label] of added) {
      expect(matchLabel(label)[0]).toEqual({ field, score: 1 });
      const words = ` ${normalizeLabel(label)} `;
      for (const other of FIELD_IDS) {
        if (other === field) continue;
        for (const entry of VOCABULARY[other]) {
          const text = typeof entry === 'string' ? entry : entry[0];
          expect(` ${normalizeLabel(text)} `.includes(words), `${other}: ${text}`).toBe(false);
        }
      }
    }
  });
});
