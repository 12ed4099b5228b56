import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Issue, Result } from '../../shared/core/issue';
import { catalog } from '../../shared/messages/catalog';
import { formatIssue } from '../../shared/messages/format';
import * as parse from '../../shared/parse';
import { shownValue } from '../../shared/parse/text';

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

/** What web apps that compute in JavaScript leave in a cell or on a page instead of a value. */
const JS_LEFTOVERS = ['NaN', 'Infinity', '-Infinity', 'undefined', 'null', '[object Object]', ' NaN '];

const PLACEHOLDER = /\{(\w+)\}/g;

const JS_WORDS = /undefined|NaN|Infinity|\[object /;

/**
 * Every {placeholder} of the message has a param, in both languages, and the text is clean. The
 * user's own text may be quoted back ("BaNaNa" holds "NaN"), so that echo is taken out before the
 * check: what remains is ours and must never carry a JavaScript word.
 */
function expectComplete(issue: Issue, input?: unknown): void {
  for (const lang of ['id', 'en'] as const) {
    for (const match of catalog[issue.code][lang].matchAll(PLACEHOLDER)) {
      expect(issue.params?.[match[1] ?? ''], `${issue.code} needs {${match[1]}}`).toBeDefined();
    }
    let text = formatIssue(issue, lang);
    if (typeof input === 'string') {
      const shown = shownValue(input);
      if (shown !== '') text = text.split(shown).join('');
    }
    expect(text).not.toMatch(JS_WORDS);
  }
}

const cellLike = fc.oneof(
  fc.string(),
  fc.string({ unit: fc.constantFrom(...'0123456789.,:-–% jmenitsdRpNIP()'.split('')), maxLength: 30 }),
  fc.double(),
  fc.boolean(),
  fc.date(),
  fc.constantFrom(null, undefined, '', ' ', '\u00a0', '-', '✓', 'Ya', '1.99003E+17'),
  fc.constantFrom(...JS_LEFTOVERS),
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
            for (const warning of r.warnings ?? []) expectComplete(warning, input);
          } else expectComplete(r.issue, input);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('reads a JavaScript leftover as the value it stands for and never quotes it back', () => {
    for (const leftover of JS_LEFTOVERS) {
      for (const [name, parser] of Object.entries(parsers)) {
        const r = parser(leftover);
        const issues = r.ok ? (r.warnings ?? []) : [r.issue];
        for (const issue of issues) {
          for (const lang of ['id', 'en'] as const)
            expect(formatIssue(issue, lang), `${name}(${leftover})`).not.toMatch(JS_WORDS);
        }
      }
    }
    const number = parse.parseNumber('NaN');
    expect(number.ok ? '' : formatIssue(number.issue, 'id')).toContain('#NUM!');
    const empty = parse.parseTarget('undefined');
    expect(empty.ok ? '' : empty.issue.code).toBe('TARGET_EMPTY');
  });

  it('keeps the shown value short however long the cell is', () => {
    const long = `Laporan ${'pelaksanaan kegiatan '.repeat(20)}`;
    for (const parser of Object.values(parsers)) {
      const r = parser(long);
      if (!r.ok) expect(String(r.issue.params?.value ?? '').length).toBeLessThanOrEqual(40);
    }
  });
});
