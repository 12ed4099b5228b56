import { describe, expect, it } from 'vitest';
import { FLAG_LABEL_CODES, FLAGS, flagExplanation, flagLabel } from '../../shared/flags';
import { catalog } from '../../shared/messages/catalog';
import { COACHING_FLAGS } from '../../shared/policy/sections/reward';
import { EMPLOYEE_FLAGS, SUPERVISOR_FLAGS } from '../../shared/recommend';
import { INDICATOR_FLAGS } from '../../shared/score/indicator';

/*
 * One vocabulary of flags: every flag any surface shows is a word of shared/flags, with exactly one label
 * (FLAG_<ID>) and one explanation (FLAG_<ID>_WHY) in the catalog, so a sheet cell, a badge, the panel and
 * the reward list all name it alike.
 */
describe('the vocabulary of flags', () => {
  it('holds every subject’s flags: indicator, employee, supervisor, and those policy may coach on', () => {
    for (const subset of [INDICATOR_FLAGS, EMPLOYEE_FLAGS, SUPERVISOR_FLAGS, COACHING_FLAGS])
      for (const flag of subset) expect(FLAGS, flag).toContain(flag);
  });

  it('gives each flag one label and one explanation, named after its id, in both languages', () => {
    const flagCodes = Object.keys(catalog).filter((code) => code.startsWith('FLAG_'));
    const expected = FLAGS.flatMap((flag) => {
      const id = flag.toUpperCase();
      return [`FLAG_${id}`, `FLAG_${id}_WHY`];
    });
    expect(flagCodes.sort()).toEqual(expected.sort());
    for (const flag of FLAGS) {
      expect(FLAG_LABEL_CODES[flag]).toBe(`FLAG_${flag.toUpperCase()}`);
      for (const lang of ['id', 'en'] as const) {
        expect(flagLabel(flag, lang).trim(), `${flag} ${lang}`).not.toBe('');
        expect(flagExplanation(flag, lang).length, `${flag} ${lang}`).toBeGreaterThan(
          flagLabel(flag, lang).length,
        );
      }
    }
  });

  it('names no two flags alike', () => {
    for (const lang of ['id', 'en'] as const) {
      const labels = FLAGS.map((flag) => flagLabel(flag, lang).toLowerCase());
      expect(new Set(labels).size, lang).toBe(FLAGS.length);
    }
  });

  it('reads as people write it: Indonesian first, English second', () => {
    expect(flagLabel('kesibukan_semu')).toBe('Kesibukan semu');
    expect(flagLabel('tanpa_bukti', 'en')).toBe('No supporting evidence');
    expect(flagExplanation('tanpa_bukti')).toContain('PermenPANRB 6/2022');
    expect(flagLabel('umpan_balik_kurang')).toBe('Umpan balik belum lengkap');
  });
});
