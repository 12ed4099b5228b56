import { isNumberingRow } from '../columns/compose';
import type { Issue, Location } from '../core/issue';
import type { MessageParams } from '../messages/catalog';
import type { RbPolicy } from '../policy/sections/rb';
import { findByName, type Named, normaliseName, shownValue } from './names';
import { type AnswerRead, type AnswerScale, readAnswer } from './rb-workbook-answers';
import type { RbLayout } from './rb-workbook-layout';
import type { RbWorkbookPart } from './rb-workbook-types';
import { letterOf } from './sakip-workbook-layout';
import { pointsOf } from './sakip-workbook-rows';

/**
 * The rows of one LKE RB sheet read into facts with their location: each indicator with its part, its
 * area (or hasil indicator), its weight and each round's answer as a fraction. Areas and parts come from
 * the row's own Area and Bagian cells, else from the heading rows above it ("I. PEMENUHAN",
 * "1. Manajemen Perubahan"), written once and valid downward. A heading row with a weight and no
 * answers is a sub-group ("a. Tim Reformasi Birokrasi  0,50") whose weight its questions share, as in the
 * LKE PMPRB; a weight merged down over several questions is shared the same way. Nothing is decided here
 * beyond reading: rb-workbook.ts scores.
 */

/** An indicator's weight: its own, or a share of a sub-group's or merged cell's weight. */
export type WeightRead =
  | { kind: 'none' }
  | { kind: 'own'; points: number }
  | { kind: 'shared'; key: string; points: number };

export interface ReadIndicator {
  label: string;
  part: RbWorkbookPart;
  /** Area id or hasil indicator id. */
  groupId: string;
  groupLabel: string;
  weight: WeightRead;
  /** Per round (layout order): the answer as written and its fraction (null when blank). */
  answers: string[];
  fractions: (number | null)[];
  evidence: string;
  note: string;
  row: number;
}

export interface ReadRows {
  indicators: ReadIndicator[];
  problems: Issue[];
  warnings: Issue[];
}

const PARTS: readonly RbWorkbookPart[] = ['pemenuhan', 'hasilAntara', 'reform', 'hasil'];

/** The largest weight a cell may hold: LKE weights are points of 100. */
const MAX_WEIGHT = 1e6;

interface Cursor {
  part?: RbWorkbookPart;
  /** The area (or hasil indicator) text in force, and where it was written. */
  group?: string;
  sub?: { key: string; points: number } | undefined;
}

interface Pending {
  label: string;
  part: RbWorkbookPart;
  groupId: string;
  groupLabel: string;
  weight: WeightRead;
  reads: AnswerRead[];
  answers: string[];
  evidence: string;
  note: string;
  row: number;
}

function partNamed(text: string, policy: RbPolicy): RbWorkbookPart | undefined {
  const name = normaliseName(text.replace(/\(.*\)\s*$/, ''));
  if (name === '') return undefined;
  return PARTS.find((p) => policy.workbook.parts[p].some((n) => normaliseName(n) === name));
}

const partNames = (policy: RbPolicy): string => PARTS.map((p) => policy.workbook.parts[p][0] ?? p).join(', ');

/** The area (pengungkit parts) or hasil indicator a name means; "Area Manajemen Perubahan" too. */
function groupNamed(text: string, part: RbWorkbookPart | undefined, policy: RbPolicy) {
  const name = text.replace(/\(.*\)\s*$/, '').trim();
  const bare = normaliseName(name).replace(/^area (perubahan )?/, '');
  const find = (list: readonly Named[]) => findByName(list, name) ?? findByName(list, bare);
  if (part === 'hasil') return find(policy.hasil);
  return part ? find(policy.areas) : (find(policy.areas) ?? find(policy.hasil));
}

class SheetReader {
  readonly problems: Issue[] = [];
  readonly warnings: Issue[] = [];
  private readonly pending: Pending[] = [];
  private readonly cursor: Cursor = {};
  /** Per merged weight cell (its top row): the weight, null when blank or unreadable. */
  private readonly mergedWeight = new Map<string, number | null>();
  private defaultScaleUsed = false;

  constructor(
    private readonly layout: RbLayout,
    private readonly policy: RbPolicy,
  ) {}

  private text(r: number, c: number | undefined): string {
    if (c === undefined) return '';
    const t = this.layout.sheet.grid[r]?.[c];
    return typeof t === 'string' ? t.trim() : '';
  }

  private raw(r: number, c: number): unknown {
    return this.layout.sheet.values?.[r]?.[c];
  }

  private at(r: number, c: number | undefined): Location {
    return { sheet: this.layout.sheet.name, row: r + 1, ...(c !== undefined ? { column: letterOf(c) } : {}) };
  }

  private problem(code: Issue['code'], params: MessageParams, at: Location) {
    this.problems.push({ code, params, severity: 'error', at });
  }

  /** The weight cell of row r: blank, points, or reported. */
  private weightAt(r: number, label: string): number | null | 'invalid' {
    const c = this.layout.weight;
    if (c === undefined) return null;
    const text = this.text(r, c);
    const cell = pointsOf(this.raw(r, c), text, 1);
    if (cell.kind === 'blank') return null;
    if (cell.kind === 'points' && cell.points >= 0 && cell.points <= MAX_WEIGHT) return cell.points;
    this.problem(
      'RB_WB_WEIGHT_INVALID',
      { value: cell.kind === 'invalid' ? cell.text : text, indicator: label },
      this.at(r, c),
    );
    return 'invalid';
  }

  /** A weight merged down from row r over the rows below it: shared by the indicators it covers. */
  private mergedWeightKey(r: number): string | undefined {
    const c = this.layout.weight;
    if (c === undefined) return undefined;
    const m = (this.layout.sheet.merges ?? []).find(
      (x) =>
        x.column - 1 === c &&
        x.numColumns >= 1 &&
        x.numRows > 1 &&
        r >= x.row - 1 &&
        r < x.row - 1 + x.numRows,
    );
    return m ? `merge@${m.row}` : undefined;
  }

  private weightOf(r: number, label: string): WeightRead | 'invalid' {
    const key = this.mergedWeightKey(r);
    if (key) {
      if (!this.mergedWeight.has(key)) {
        const top = Number(key.slice(6)) - 1;
        const w = this.weightAt(top, label);
        this.mergedWeight.set(key, w === 'invalid' ? null : w);
        if (w === 'invalid') return 'invalid';
      }
      const points = this.mergedWeight.get(key);
      if (points !== null && points !== undefined) return { kind: 'shared', key, points };
    }
    const own = key ? null : this.weightAt(r, label);
    if (own === 'invalid') return 'invalid';
    if (own !== null) return { kind: 'own', points: own };
    const sub = this.cursor.sub;
    return sub ? { kind: 'shared', key: sub.key, points: sub.points } : { kind: 'none' };
  }

  private scaleOf(r: number, label: string): AnswerScale | undefined | 'invalid' {
    const kind = this.text(r, this.layout.kind);
    if (kind === '') return undefined;
    const scale = findByName(this.policy.workbook.answerScales, kind);
    if (scale) return scale;
    this.problem(
      'RB_WB_SCALE_UNKNOWN',
      { kind, indicator: label, accepted: this.policy.workbook.answerScales.map((s) => s.label).join(', ') },
      this.at(r, this.layout.kind),
    );
    return 'invalid';
  }

  /** A row without answers: a part, area or sub-group heading, or nothing. */
  private heading(r: number) {
    const label = this.layout.labelColumns
      .map((c) => this.text(r, c))
      .filter((t) => t !== '')
      .join(' ');
    if (label === '') return;
    const part = partNamed(label, this.policy);
    if (part) {
      this.cursor.part = part;
      this.cursor.group = undefined;
      this.cursor.sub = undefined;
      return;
    }
    if (groupNamed(label, this.cursor.part, this.policy)) {
      this.cursor.group = label;
      this.cursor.sub = undefined;
      return;
    }
    const weight = this.weightAt(r, label);
    this.cursor.sub = typeof weight === 'number' ? { key: `sub@${r + 1}`, points: weight } : undefined;
  }

  private hasAnswer(r: number): boolean {
    return this.layout.rounds.some(
      (round) =>
        readAnswer(this.raw(r, round.answer), this.text(r, round.answer), undefined, this.policy.workbook)
          .kind !== 'blank',
    );
  }

  read(): ReadRows {
    const { layout } = this;
    for (let r = layout.firstDataRow; r < layout.sheet.grid.length; r++) {
      const row = layout.sheet.grid[r];
      if (isNumberingRow(row as string[] | undefined)) continue;
      const label = this.text(r, layout.indicator);
      const areaText = this.text(r, layout.area);
      const partText = this.text(r, layout.part);
      const kindText = this.text(r, layout.kind);
      const indicator =
        label !== '' && (this.hasAnswer(r) || partText !== '' || kindText !== '' || areaText !== '');
      if (!indicator) {
        if (areaText !== '') this.cursor.group = areaText;
        if (partText !== '') {
          const part = partNamed(partText, this.policy);
          if (part) this.cursor.part = part;
        }
        this.heading(r);
        continue;
      }
      this.indicatorRow(r, label, areaText, partText);
    }
    return { indicators: this.finish(), problems: this.problems, warnings: this.warnings };
  }

  private indicatorRow(r: number, label: string, areaText: string, partText: string) {
    const { layout, policy } = this;
    if (partText !== '') {
      const part = partNamed(partText, policy);
      if (!part) {
        this.problem(
          'RB_WB_PART_UNKNOWN',
          { part: partText, accepted: partNames(policy) },
          this.at(r, layout.part),
        );
        return;
      }
      this.cursor.part = part;
    }
    if (areaText !== '') this.cursor.group = areaText;
    const part = this.cursor.part;
    if (!part) {
      this.problem(
        'RB_WB_PART_MISSING',
        { indicator: label, accepted: partNames(policy) },
        this.at(r, layout.part ?? layout.indicator),
      );
      return;
    }
    const groupText = this.cursor.group;
    const group = groupText ? groupNamed(groupText, part, policy) : undefined;
    if (!group) {
      const where = this.at(r, layout.area ?? layout.indicator);
      if (part === 'hasil')
        this.problem(
          'RB_WB_HASIL_MISSING',
          { indicator: label, accepted: policy.hasil.map((h) => h.label).join(', ') },
          where,
        );
      else if (groupText)
        this.problem(
          'RB_AREA_UNKNOWN',
          { area: shownValue(groupText), accepted: policy.areas.map((a) => a.label).join(', ') },
          where,
        );
      else
        this.problem(
          'RB_WB_AREA_MISSING',
          { indicator: label, accepted: policy.areas.map((a) => a.label).join(', ') },
          where,
        );
      return;
    }
    const weight = this.weightOf(r, label);
    const scale = this.scaleOf(r, label);
    if (weight === 'invalid' || scale === 'invalid') return;
    const reads: AnswerRead[] = [];
    const answers: string[] = [];
    for (const round of layout.rounds) {
      const text = this.text(r, round.answer);
      const read = readAnswer(this.raw(r, round.answer), text, scale, policy.workbook);
      answers.push(text !== '' ? text : String(shownValue(this.raw(r, round.answer) ?? '')));
      if (read.kind === 'invalid')
        this.problem(
          read.code,
          { ...read.params, answer: text, round: round.header, indicator: label },
          this.at(r, round.answer),
        );
      if (read.kind === 'fraction' && read.defaultScale) this.defaultScaleUsed = true;
      reads.push(read);
    }
    this.pending.push({
      label,
      part,
      groupId: group.id,
      groupLabel: group.label,
      weight,
      reads,
      answers,
      evidence: this.text(r, layout.evidence),
      note: this.text(r, layout.note),
      row: r + 1,
    });
  }

  /**
   * Plain numbers per round column: fractions when all are at most 1, percentages when some are above.
   * A plain 1 beside percentages is as ambiguous as 0,5 (Ya = 100%, or 1%), so it makes the column mixed.
   */
  private plainDivisor(i: number): number | undefined {
    const plain = this.pending.flatMap((p) => {
      const read = p.reads[i];
      return read?.kind === 'plain' ? [read.value] : [];
    });
    const high = plain.find((v) => v > 1);
    const low = plain.find((v) => v > 0 && v <= 1);
    const round = this.layout.rounds[i];
    if (high === undefined) return 1;
    const at = { sheet: this.layout.sheet.name, column: letterOf(round?.answer ?? 0) };
    if (low !== undefined) {
      this.problem('RB_WB_PLAIN_MIXED', { round: round?.header ?? '', low, high }, at);
      return undefined;
    }
    this.warnings.push({
      code: 'RB_WB_PLAIN_PERCENT',
      params: { round: round?.header ?? '' },
      severity: 'warning',
      at,
    });
    return 100;
  }

  private finish(): ReadIndicator[] {
    const divisors = this.layout.rounds.map((_, i) => this.plainDivisor(i));
    if (this.defaultScaleUsed) {
      const scale = this.policy.workbook.answerScales.find(
        (s) => s.id === this.policy.workbook.defaultLetterScale,
      );
      this.warnings.push({
        code: 'RB_WB_LETTER_DEFAULT',
        params: {
          scale: scale?.label ?? '-',
          values: Object.entries(scale?.values ?? {})
            .map(([k, v]) => `${k} = ${shownValue(v)}`)
            .join(', '),
        },
        severity: 'warning',
        at: { sheet: this.layout.sheet.name },
      });
    }
    return this.pending.map((p) => ({
      label: p.label,
      part: p.part,
      groupId: p.groupId,
      groupLabel: p.groupLabel,
      weight: p.weight,
      answers: p.answers,
      fractions: p.reads.map((read, i) => this.fractionOf(read, divisors[i], p, i)),
      evidence: p.evidence,
      note: p.note,
      row: p.row,
    }));
  }

  private fractionOf(read: AnswerRead, divisor: number | undefined, p: Pending, i: number): number | null {
    if (read.kind === 'blank' || read.kind === 'invalid' || divisor === undefined) return null;
    const value = read.kind === 'plain' ? read.value / divisor : read.value;
    if (Number.isFinite(value) && value >= 0 && value <= 1 + 1e-9) return Math.min(1, value);
    const round = this.layout.rounds[i];
    this.problem(
      'RB_WB_ANSWER_OUT_OF_RANGE',
      { answer: p.answers[i] ?? '', round: round?.header ?? '', indicator: p.label },
      { sheet: this.layout.sheet.name, row: p.row, column: letterOf(round?.answer ?? 0) },
    );
    return null;
  }
}

/** Reads one LKE RB sheet's rows below its header. */
export function readRbRows(layout: RbLayout, policy: RbPolicy): ReadRows {
  return new SheetReader(layout, policy).read();
}
