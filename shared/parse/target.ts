/**
 * Targets of an IKI: a single value ("12", "3 Dokumen", "99,5 %") or a range ("80-90", "80 – 90 %",
 * "80 s/d 90"). A range scores 100% inside it (docs/rules.md#capaian), so the two bounds are kept.
 */
import { fail, ok, type Result } from '../core/issue';
import { arithmeticFailure, compoundDuration, nonTextNumberIssue, parseNumber, readNumberAt } from './number';
import { scanNumberToken } from './number-scan';
import { rangeConnectorAt, skipSpaces, unitContext } from './number-words';
import { classifyInput, describeInput, isDashOnly, isDigit, shownValue } from './text';
import type { NumberHints, Target } from './types';

const sameUnit = (a: string | undefined, b: string | undefined): boolean =>
  a === undefined || b === undefined || a.toLowerCase() === b.toLowerCase();

/** True when another number follows at `pos` (a third bound, a second range, "80-90 / 95"). */
function numberFollows(text: string, pos: number): boolean {
  const i = skipSpaces(text, pos);
  if (rangeConnectorAt(text, i) >= 0) return true;
  const c = text.charCodeAt(i);
  return isDigit(c) || ((c === 47 || c === 58) && isDigit(text.charCodeAt(i + 1)));
}

function parseRange(text: string, secondStart: number, hints: NumberHints | undefined): Result<Target> {
  const second = readNumberAt(text, secondStart, hints, false);
  if (!second.ok) return second;
  const high = second.value;
  if (numberFollows(text, high.tokenEnd) || (high.end > high.tokenEnd && numberFollows(text, high.end))) {
    return fail('TARGET_TRAILING', { value: shownValue(text) });
  }
  // The unit is often written once, after the upper bound ("1.000 - 5.000 Dokumen", "80 – 90 %"):
  // it decides how an ambiguous lower bound reads.
  const context = high.percent ? 'percent' : (unitContext(high.unit) ?? hints?.context);
  const first = readNumberAt(text, 0, { ...hints, ...(context ? { context } : {}) }, true);
  if (!first.ok) return first;
  const low = first.value;
  if (!sameUnit(low.unit, high.unit)) {
    return fail('TARGET_RANGE_UNITS', {
      value: shownValue(text),
      lowUnit: low.unit ?? '',
      highUnit: high.unit ?? '',
    });
  }
  if (low.value > high.value) {
    return fail('TARGET_RANGE_REVERSED', { value: shownValue(text), low: low.value, high: high.value });
  }
  const unit = high.unit ?? low.unit;
  return ok({
    kind: 'range',
    low: low.value,
    high: high.value,
    ...(unit !== undefined ? { unit } : {}),
    percent: low.percent || high.percent,
  });
}

/**
 * A target cell. Empty is an error (TARGET_EMPTY): an indicator without a target cannot be scored.
 * "-5" is a negative number, not a range; "80-90", "80 – 90 %", "80 s/d 90", "80 sd 90",
 * "80 sampai 90" are ranges, and a reversed range is an error rather than silently swapped.
 */
export function parseTarget(input: unknown, hints?: NumberHints): Result<Target> {
  const cell = classifyInput(input);
  if (cell.kind === 'empty' || (cell.kind === 'text' && isDashOnly(cell.text))) return fail('TARGET_EMPTY');
  if (cell.kind === 'boolean' || cell.kind === 'date' || cell.kind === 'other') {
    return nonTextNumberIssue(cell.kind, describeInput(cell));
  }
  if (cell.kind === 'text') {
    // "2 x 24 jam" is one duration; "10+2", "5x3", "12 / 2" are refused before a range is looked for.
    if (compoundDuration(cell.text) === undefined) {
      const arithmetic = arithmeticFailure(cell.text);
      if (arithmetic !== undefined) return arithmetic;
    }
    const token = scanNumberToken(cell.text, 0);
    if (token !== undefined) {
      let secondStart = rangeConnectorAt(cell.text, token.end);
      if (secondStart < 0) {
        // "80 % - 90 %", "80 Dokumen s/d 90 Dokumen": the connector comes after the first unit.
        const first = readNumberAt(cell.text, 0, hints, true);
        if (first.ok && first.value.end > token.end)
          secondStart = rangeConnectorAt(cell.text, first.value.end);
      }
      if (secondStart >= 0) return parseRange(cell.text, secondStart, hints);
    }
  }
  const single = parseNumber(input, hints);
  if (!single.ok) {
    if (single.issue.code === 'PARSE_NUMBER_MULTIPLE') return fail('TARGET_TRAILING', single.issue.params);
    return single;
  }
  const { value, unit, percent } = single.value;
  return ok({ kind: 'single', value, ...(unit !== undefined ? { unit } : {}), percent });
}
