import type { Issue } from '../core/issue';
import { parseNumber } from '../parse/number';
import type { SakipPolicy } from '../policy/sections/sakip';
import { isFiniteNumber } from '../score/shown';
import { findByName } from './names';
import { letterOf, plainWords, type SheetLayout, startsWithWords } from './sakip-workbook-layout';

/**
 * The rows of one LKE/KKE sheet read into facts with their location: components, their sub-components
 * with the weight and each round's score, answers counted per round, and the workbook's own total and
 * predikat rows. Nothing is decided here (sakip-workbook.ts decides).
 */

/** A cell read as points of 100: "6,00%" and 0.06 shown as 6.00% are 6 points. */
export type PointsCell =
  | { kind: 'blank' }
  | { kind: 'points'; points: number }
  | { kind: 'invalid'; text: string };

export interface AnswerCount {
  answered: number;
  unanswered: number;
}

export interface ReadSub {
  /** Sub-component id from the policy, or undefined when the name is not one the policy knows. */
  kind?: string;
  label: string;
  row: number;
  weight: PointsCell;
  /** Per round id: the score cell. */
  scores: Map<string, PointsCell>;
  /** Per round id: criteria answered and left unanswered under this sub-component. */
  answers: Map<string, AnswerCount>;
}

export interface ReadComponent {
  id?: string;
  label: string;
  row: number;
  weight: PointsCell;
  /** Per round id: the component's own figure on its row. */
  shown: Map<string, PointsCell>;
  subs: ReadSub[];
}

export interface ReadFigureRow {
  row: number;
  /** Per round id: the cell in that round's score column. */
  cells: Map<string, { raw: unknown; text: string; column: number }>;
}

export interface ReadSheet {
  components: ReadComponent[];
  total?: ReadFigureRow;
  predikat?: ReadFigureRow;
  /** Weights written as plain numbers (no %): their scale is decided once per sheet. */
  issues: Issue[];
}

const textAt = (layout: SheetLayout, r: number, c: number): string => {
  const t = layout.sheet.grid[r]?.[c];
  return typeof t === 'string' ? t.trim() : '';
};
const rawAt = (layout: SheetLayout, r: number, c: number): unknown => layout.sheet.values?.[r]?.[c];

/**
 * The largest points a cell may hold, either sign. Weights and scores are points of 100; a million is no
 * score but a typo or a damaged cell (1e308, "1e308%"), refused like unreadable text so that no sum,
 * difference or round2 of read points can overflow to Infinity.
 */
const MAX_POINTS = 1e6;

/** Points, or the cell refused as not a valid number (the caller reports `text`, as for unreadable text). */
const pointsCell = (points: number, text: string): PointsCell =>
  Number.isFinite(points) && Math.abs(points) <= MAX_POINTS
    ? { kind: 'points', points }
    : { kind: 'invalid', text };

/**
 * Points of 100 from one cell. A raw number shown with "%" is a fraction (Sheets' percent cells); text
 * with "%" is a percentage; a plain number is multiplied by `plainScale` (100 when the sheet writes
 * its weights as fractions, 1 when it writes points). Points beyond MAX_POINTS are `invalid`.
 */
export function pointsOf(raw: unknown, text: string, plainScale: number): PointsCell {
  const shownPercent = /%\s*$/.test(text);
  if (isFiniteNumber(raw))
    return pointsCell(shownPercent ? raw * 100 : raw * plainScale, text !== '' ? text : String(raw));
  if (text === '' && (raw === undefined || raw === null || raw === '')) return { kind: 'blank' };
  const source = text !== '' ? text : typeof raw === 'string' ? raw : '';
  if (source.trim() === '') return { kind: 'blank' };
  const parsed = parseNumber(source, { context: 'percent' });
  if (!parsed.ok) return { kind: 'invalid', text: source };
  const { value, percent } = parsed.value;
  return pointsCell(percent ? value : value * plainScale, source);
}

/** A blank, or only an evaluator's placeholder ("Y/T", "A/B/C/D", "Belum Diisi"). */
function isUnansweredMark(text: string, marks: readonly string[]): boolean {
  if (/^[a-e]{1,2}(\s*\/\s*[a-e]{1,2})+$/i.test(text) || /^[yt]\s*\/\s*[yt]$/i.test(text)) return true;
  if (/^[-–—]$/.test(text.trim())) return true;
  const words = plainWords(text);
  return words !== '' && marks.some((m) => plainWords(m) === words);
}

type AnswerRead = 'answered' | 'unanswered' | 'unknown';

/** AA..E and Y/T (also Ya/Tidak) from the policy, a number or a percentage. */
function answerRead(text: string, policy: SakipPolicy): AnswerRead {
  if (isUnansweredMark(text, policy.workbook.unansweredMarks)) return 'unanswered';
  const upper = text.trim().toUpperCase();
  const word = upper === 'YA' ? 'Y' : upper === 'TIDAK' ? 'T' : upper;
  if (Object.prototype.hasOwnProperty.call(policy.answerValues, word)) return 'answered';
  return parseNumber(text, { context: 'percent' }).ok ? 'answered' : 'unknown';
}

const subKindOf = (text: string, policy: SakipPolicy) =>
  findByName(policy.workbook.subComponents, text.replace(/^[a-z]?\d+(\.\d+)*[.)]?\s+/i, ''));

/** The label cells of a row (left of the round columns): where "Nilai Akuntabilitas Kinerja" sits. */
function rowLabel(layout: SheetLayout, r: number): string {
  const last = Math.max(layout.component, layout.sub);
  const parts: string[] = [];
  for (let c = 0; c <= last; c++) {
    const t = textAt(layout, r, c);
    if (t !== '') parts.push(t);
  }
  return parts.join(' ');
}

const labelIs = (label: string, names: readonly string[]) => {
  const words = plainWords(label);
  return names.some((n) => startsWithWords(words, n));
};

function figureRow(layout: SheetLayout, r: number): ReadFigureRow {
  const cells = new Map<string, { raw: unknown; text: string; column: number }>();
  for (const round of layout.rounds)
    if (round.score !== undefined)
      cells.set(round.round.id, {
        raw: rawAt(layout, r, round.score),
        text: textAt(layout, r, round.score),
        column: round.score,
      });
  return { row: r + 1, cells };
}

function roundScores(layout: SheetLayout, r: number, scale: number): Map<string, PointsCell> {
  const scores = new Map<string, PointsCell>();
  for (const round of layout.rounds)
    if (round.score !== undefined)
      scores.set(
        round.round.id,
        pointsOf(rawAt(layout, r, round.score), textAt(layout, r, round.score), scale),
      );
  return scores;
}

function countAnswers(layout: SheetLayout, r: number, sub: ReadSub, policy: SakipPolicy, issues: Issue[]) {
  for (const round of layout.rounds) {
    if (round.answer === undefined) continue;
    const text = textAt(layout, r, round.answer);
    if (text === '') continue;
    const count = sub.answers.get(round.round.id) ?? { answered: 0, unanswered: 0 };
    sub.answers.set(round.round.id, count);
    const read = answerRead(text, policy);
    if (read === 'answered') count.answered += 1;
    else if (read === 'unanswered') count.unanswered += 1;
    else
      issues.push({
        code: 'SAKIP_WB_ANSWER_UNKNOWN',
        params: { answer: text, round: round.header, accepted: Object.keys(policy.answerValues).join(', ') },
        severity: 'warning',
        at: { sheet: layout.sheet.name, row: r + 1, column: letterOf(round.answer) },
      });
  }
}

/**
 * Plain weights (no "%") are fractions when the sub-components' weights add up to at most 1 and
 * points when they add up to more than 1.5; in between the sheet does not say (reported).
 */
function plainScaleOf(layout: SheetLayout): number | { unclear: number } {
  let sum = 0;
  for (let r = layout.firstDataRow; r < layout.sheet.grid.length; r++) {
    if (textAt(layout, r, layout.sub) === '') continue;
    const text = textAt(layout, r, layout.weight);
    if (/%\s*$/.test(text)) return 100;
    const cell = pointsOf(rawAt(layout, r, layout.weight), text, 1);
    if (cell.kind === 'points') sum += cell.points;
  }
  if (sum <= 1 + 1e-9) return 100;
  if (sum > 1.5) return 1;
  return { unclear: Math.round(sum * 1000) / 1000 };
}

/** Reads one LKE/KKE sheet's rows below its header. */
export function readSheetRows(layout: SheetLayout, policy: SakipPolicy): ReadSheet | { issue: Issue } {
  const scale = plainScaleOf(layout);
  if (typeof scale !== 'number')
    return {
      issue: {
        code: 'SAKIP_WB_SCALE_UNCLEAR',
        params: { sheet: layout.sheet.name, sum: scale.unclear },
        severity: 'error',
        at: { sheet: layout.sheet.name, column: letterOf(layout.weight) },
      },
    };
  const out: ReadSheet = { components: [], issues: [] };
  let current: ReadComponent | undefined;
  let sub: ReadSub | undefined;
  const startComponent = (label: string, r: number) => {
    const known = findByName(policy.components, label);
    current = {
      label,
      row: r + 1,
      weight: pointsOf(rawAt(layout, r, layout.weight), textAt(layout, r, layout.weight), scale),
      shown: roundScores(layout, r, scale),
      subs: [],
      ...(known ? { id: known.id } : {}),
    };
    out.components.push(current);
    sub = undefined;
  };
  for (let r = layout.firstDataRow; r < layout.sheet.grid.length; r++) {
    const componentText = textAt(layout, r, layout.component);
    const subText = textAt(layout, r, layout.sub);
    const sameComponent = current && plainWords(current.label) === plainWords(componentText);
    if (componentText !== '' && !sameComponent) {
      // The criteria sheet repeats the component on each sub-component row; the resume writes it once.
      startComponent(componentText, r);
      if (subText === '') continue;
      // A sub-component row that names its component carries the sub's weight, not the component's.
      if (current) {
        current.weight = { kind: 'blank' };
        current.shown = new Map();
      }
    }
    if (subText !== '') {
      if (!current) {
        return {
          issue: {
            code: 'SAKIP_WB_SUB_NO_COMPONENT',
            params: { sub: subText },
            severity: 'error',
            at: { sheet: layout.sheet.name, row: r + 1, column: letterOf(layout.sub) },
          },
        };
      }
      const kind = subKindOf(subText, policy);
      if (!kind)
        out.issues.push({
          code: 'SAKIP_WB_SUB_UNKNOWN',
          params: {
            name: subText,
            accepted: policy.workbook.subComponents.flatMap((s) => [s.label, ...s.aliases]).join(', '),
          },
          severity: 'warning',
          at: { sheet: layout.sheet.name, row: r + 1, column: letterOf(layout.sub) },
        });
      sub = {
        label: subText,
        row: r + 1,
        weight: pointsOf(rawAt(layout, r, layout.weight), textAt(layout, r, layout.weight), scale),
        scores: roundScores(layout, r, scale),
        answers: new Map(),
        ...(kind ? { kind: kind.id } : {}),
      };
      current.subs.push(sub);
      continue;
    }
    if (componentText !== '') continue;
    const label = rowLabel(layout, r);
    if (label !== '' && labelIs(label, policy.workbook.predikatLabels)) {
      out.predikat = figureRow(layout, r);
      continue;
    }
    if (label !== '' && labelIs(label, policy.workbook.totalLabels)) {
      out.total = figureRow(layout, r);
      continue;
    }
    if (sub) countAnswers(layout, r, sub, policy, out.issues);
  }
  return out;
}
