import type { MessageCode, MessageParams } from '../messages/catalog';
import { parseNumber } from '../parse/number';
import type { RbWorkbookPolicy } from '../policy/sections/rb';
import { isFiniteNumber } from '../score/shown';

/**
 * One LKE RB answer cell read as a fraction of its indicator's weight, by the answer type of its row
 * (Ya/Tidak, A/B/C, A/B/C/D, A/B/C/D/E, percentage: policy data). A plain number without "%" is left
 * for its column to decide (rb-workbook-rows.ts): 85 next to 70 is a percentage, 0,85 next to 0,7 a
 * fraction, both in one column unclear. Nothing is guessed: every other case is a reason to report.
 */

export type AnswerScale = RbWorkbookPolicy['answerScales'][number];

export type AnswerRead =
  | { kind: 'blank' }
  | { kind: 'fraction'; value: number; defaultScale?: boolean }
  | { kind: 'plain'; value: number }
  | { kind: 'invalid'; code: MessageCode; params: MessageParams };

/** Shown to the admin as what may be written: "Ya/Tidak, A/B/C/D/E". */
const acceptedAnswers = (policy: RbWorkbookPolicy): string =>
  policy.answerScales.map((s) => s.label).join(', ');

const isPlaceholder = (text: string) =>
  /^[-–—]$/.test(text) || /^[a-e](\s*\/\s*[a-e])+$/i.test(text) || /^y\s*\/\s*t$/i.test(text);

/** The letter or word answer in a scale's values ("ya" -> YA), or undefined. */
const valueIn = (scale: AnswerScale, word: string): number | undefined =>
  Object.prototype.hasOwnProperty.call(scale.values, word) ? scale.values[word] : undefined;

const keysOf = (scale: AnswerScale) => Object.keys(scale.values).join(', ');

/** A word or letter answer on the row's answer type, or on the one type that knows it. */
function wordAnswer(
  word: string,
  scale: AnswerScale | undefined,
  policy: RbWorkbookPolicy,
): AnswerRead | undefined {
  const known = policy.answerScales.filter((s) => valueIn(s, word) !== undefined);
  if (known.length === 0) return undefined;
  if (scale) {
    const value = valueIn(scale, word);
    if (value !== undefined) return { kind: 'fraction', value };
    return {
      kind: 'invalid',
      code: 'RB_WB_ANSWER_NOT_IN_SCALE',
      params: { scale: scale.label, accepted: scale.percent ? '0%-100%' : keysOf(scale) },
    };
  }
  const only = known.length === 1 ? known[0] : undefined;
  if (only) return { kind: 'fraction', value: valueIn(only, word) ?? 0 };
  const fallback = policy.answerScales.find((s) => s.id === policy.defaultLetterScale);
  const value = fallback ? valueIn(fallback, word) : undefined;
  if (value !== undefined) return { kind: 'fraction', value, defaultScale: true };
  return { kind: 'invalid', code: 'RB_WB_ANSWER_INVALID', params: { accepted: acceptedAnswers(policy) } };
}

/** Reads one answer cell: `raw` is the cell's value, `text` what it shows. */
export function readAnswer(
  raw: unknown,
  text: string,
  scale: AnswerScale | undefined,
  policy: RbWorkbookPolicy,
): AnswerRead {
  const shown = text.trim();
  if (shown === '' && (raw === undefined || raw === null || raw === '')) return { kind: 'blank' };
  if (isPlaceholder(shown)) return { kind: 'blank' };
  const source = shown !== '' ? shown : typeof raw === 'string' ? raw.trim() : '';
  const word = wordAnswer(source.toUpperCase(), scale, policy);
  if (word) return word;
  if (scale && !scale.percent)
    return {
      kind: 'invalid',
      code: 'RB_WB_ANSWER_NOT_IN_SCALE',
      params: { scale: scale.label, accepted: keysOf(scale) },
    };
  const percentShown = /%\s*$/.test(shown);
  if (isFiniteNumber(raw))
    return percentShown ? { kind: 'fraction', value: raw } : { kind: 'plain', value: raw };
  // Typed text "1.000" or "1,000": a thousand or 1 (Ya/100%) depending on the writer's habit; not guessed.
  if (/^[1-9]\d{0,2}[.,]\d{3}\s*%?$/.test(source))
    return { kind: 'invalid', code: 'RB_WB_ANSWER_GROUPED', params: {} };
  const parsed = parseNumber(source, { context: 'percent' });
  if (!parsed.ok || (parsed.value.unit !== undefined && !parsed.value.percent))
    return { kind: 'invalid', code: 'RB_WB_ANSWER_INVALID', params: { accepted: acceptedAnswers(policy) } };
  const { value, percent } = parsed.value;
  return percent ? { kind: 'fraction', value: value / 100 } : { kind: 'plain', value };
}
