import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Issue, Result } from '../../shared/core/issue';
import { catalog } from '../../shared/messages/catalog';
import { formatIssue } from '../../shared/messages/format';
import * as parse from '../../shared/parse';

const parsers: Record<string, (input: unknown) => Result<unknown>> = {
  parseNumber: (x) => parse.parseNumber(x),
  parseNumberMinutes: (x) => parse.parseNumber(x, { context: 'minutes' }),
  parseTarget: (x) => parse.parseTarget(x),
  parsePercentAsFraction: (x) => parse.parsePercentAsFraction(x),
  parseDuration: parse.parseDuration,
  parseNip: parse.parseNip,
  parseRating: parse.parseRating,
  parsePredikatPegawai: parse.parsePredikatPegawai,
  parsePredikatOrganisasi: parse.parsePredikatOrganisasi,
  parsePolarity: parse.parsePolarity,
  parseRhkKind: parse.parseRhkKind,
  parseSakipAnswer: parse.parseSakipAnswer,
  parseYesNo: parse.parseYesNo,
  parseStatus: parse.parseStatus,
};

const PLACEHOLDER = /\{(\w+)\}/g;

/** Every {placeholder} of the message has a param, in both languages, and the text is clean. */
function expectComplete(issue: Issue): void {
  for (const lang of ['id', 'en'] as const) {
    for (const match of catalog[issue.code][lang].matchAll(PLACEHOLDER)) {
      expect(issue.params?.[match[1] ?? ''], `${issue.code} needs {${match[1]}}`).toBeDefined();
    }
    const text = formatIssue(issue, lang);
    expect(text).not.toMatch(/undefined|NaN|Infinity|\[object /);
  }
}

const cellLike = fc.oneof(
  fc.string(),
  fc.string({ unit: fc.constantFrom(...'0123456789.,:-–% jmenitsdRpNIP()'.split('')), maxLength: 30 }),
  fc.double(),
  fc.boolean(),
  fc.date(),
  fc.constantFrom(null, undefined, '', ' ', '\u00a0', '-', '✓', 'Ya', '1.99003E+17'),
  fc.anything(),
);

describe('every parser, on any cell', () => {
  it('returns a Result without throwing, with finite numbers and complete messages', () => {
    fc.assert(
      fc.property(cellLike, (input) => {
        for (const [name, parser] of Object.entries(parsers)) {
          const r = parser(input);
          if (r.ok) {
            const serialised = JSON.stringify(r.value) ?? '';
            expect(serialised, name).not.toMatch(/null|NaN/);
            for (const warning of r.warnings ?? []) expectComplete(warning);
          } else expectComplete(r.issue);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('keeps the shown value short however long the cell is', () => {
    const long = `Laporan ${'pelaksanaan kegiatan '.repeat(20)}`;
    for (const parser of Object.values(parsers)) {
      const r = parser(long);
      if (!r.ok) expect(String(r.issue.params?.value ?? '').length).toBeLessThanOrEqual(40);
    }
  });
});
