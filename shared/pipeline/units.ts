import type { Issue } from '../core/issue';
import type { RawRow, RawTable } from '../model/input';
import { NameCache, type SakipAnswerRow, type SakipScore, scoreSakip } from '../org/sakip';
import { parseNumber, parsePredikatOrganisasi } from '../parse';
import type { Policy } from '../policy/schema';
import type { PredikatOrganisasi } from '../policy/sections/rating';
import {
  cachedParser,
  cell,
  collapseSpaces,
  columnConvention,
  heldNumber,
  placed,
  rowList,
  unitKey,
  where,
} from './cells';
import { sakipRankingOf } from './sakip-ranking';
import type { SakipRanking, UnitResult } from './schema';

export interface UnitRecord {
  unit: string;
  predikat: PredikatOrganisasi | null;
  previousSakip: number | null;
  row: number;
}

/** Unit rows: predikat organisasi and last period's SAKIP score, keyed by normalised unit name. */
export function readUnits(table: RawTable | undefined, issues: Issue[]): Map<string, UnitRecord> {
  const byKey = new Map<string, UnitRecord>();
  if (!table) return byKey;
  const hints = { column: columnConvention(table, 'nilai_sakip_lalu') };
  const predikatOf = cachedParser(parsePredikatOrganisasi);
  for (const row of table.rows) {
    const unit = collapseSpaces(cell(row, 'unit'));
    if (unit === '') continue;
    const key = unitKey(unit);
    const first = byKey.get(key);
    if (first) {
      issues.push({
        code: 'PIPE_DUPLICATE_UNIT',
        params: { unit, firstRow: first.row },
        at: where(table, row, 'unit'),
        severity: 'warning',
      });
      continue;
    }
    let predikat: PredikatOrganisasi | null = null;
    const predikatText = cell(row, 'predikat_organisasi');
    if (predikatText !== '') {
      const p = predikatOf(predikatText);
      if (p.ok) predikat = p.value;
      else issues.push(placed(p.issue, where(table, row, 'predikat_organisasi')));
    }
    let previousSakip: number | null = null;
    const previousText = cell(row, 'nilai_sakip_lalu');
    const heldPrevious = heldNumber(row.values.nilai_sakip_lalu);
    if (heldPrevious !== null && heldPrevious >= 0 && heldPrevious <= 100) previousSakip = heldPrevious;
    else if (previousText !== '') {
      const n = parseNumber(previousText, hints);
      if (n.ok && n.value.value >= 0 && n.value.value <= 100) previousSakip = n.value.value;
      else
        issues.push(
          n.ok
            ? {
                code: 'PIPE_SAKIP_SCORE_RANGE',
                params: { value: previousText },
                at: where(table, row, 'nilai_sakip_lalu'),
                severity: 'warning',
              }
            : { ...placed(n.issue, where(table, row, 'nilai_sakip_lalu')), severity: 'warning' },
        );
    }
    byKey.set(key, { unit, predikat, previousSakip, row: row.row });
  }
  return byKey;
}

/**
 * SAKIP worksheets, one evaluation per unit (PermenPANRB 88/2021). A problem in one unit's worksheet is
 * reported at its row and leaves only that unit without a score.
 */
export function readSakip(
  table: RawTable | undefined,
  knownUnits: ReadonlySet<string> | null,
  policy: Policy,
  issues: Issue[],
  staffless: ReadonlySet<string> = new Set(),
  /** Filled with each evaluated unit's name as written and its first row (the SAKIP-only workbook's units). */
  names?: Map<string, { unit: string; row: number }>,
): Map<string, SakipScore> {
  const result = new Map<string, SakipScore>();
  if (!table) return result;
  // Each unit's criterion rows, the sheet's own: read into one refilled answer when the unit is scored.
  const rowsByUnit = new Map<string, RawRow[]>();
  const firstRow = new Map<string, number>();
  // LKE forms write the unit once, on its first criterion row: an empty unit cell belongs to the unit
  // above (as the PK sheet is read). Rows with no unit above are left out and named together.
  let lastUnit = '';
  // A unit's criteria follow one another: its key is made once per run of its rows (unitKey is pure).
  let keyed = '';
  let key = '';
  const noUnitRows: number[] = [];
  const rows = table.rows;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as RawRow;
    const written = collapseSpaces(cell(row, 'unit'));
    // A row with no unit, no criterion and no answer is a heading or a spacer, not a criterion.
    if (written === '' && cell(row, 'jawaban') === '' && cell(row, 'kriteria') === '') continue;
    if (written !== '') lastUnit = written;
    const unit = lastUnit;
    if (unit === '') {
      noUnitRows.push(row.row);
      continue;
    }
    if (unit !== keyed) {
      keyed = unit;
      key = unitKey(unit);
    }
    // Without a roster (a SAKIP-only workbook, knownUnits null) every unit the sheet names is evaluated.
    if (knownUnits !== null && !knownUnits.has(key)) {
      if (!firstRow.has(`?${key}`)) {
        firstRow.set(`?${key}`, row.row);
        // A unit the Unit sheet lists with nobody in it is not unknown: its worksheet is left out for that.
        issues.push({
          code: staffless.has(key) ? 'SAKIP_UNIT_NO_EMPLOYEES' : 'PIPE_SAKIP_UNIT_UNKNOWN',
          params: { unit },
          at: where(table, row, 'unit'),
          severity: 'warning',
        });
      }
      continue;
    }
    if (!firstRow.has(key)) {
      firstRow.set(key, row.row);
      names?.set(key, { unit, row: row.row });
    }
    const list = rowsByUnit.get(key);
    if (list) list.push(row);
    else rowsByUnit.set(key, [row]);
  }
  if (noUnitRows.length > 0)
    issues.push({
      code: 'SAKIP_UNIT_CELL_EMPTY',
      params: { count: noUnitRows.length, rows: rowList(noUnitRows), sheet: table.sheet },
      at: {
        sheet: table.sheet,
        row: noUnitRows[0] as number,
        ...(table.columns.unit !== undefined ? { column: table.columns.unit } : {}),
      },
      severity: 'warning',
    });
  // The component and sub-component names resolved once for every unit's worksheet.
  const resolved = new NameCache(policy.sakip);
  // One answer for every criterion row, refilled as the evaluation reads it (it keeps none of them).
  const answer: SakipAnswerRow = { component: '', subComponent: '', criterion: '', answer: '', row: 0 };
  for (const [key, unitRows] of rowsByUnit) {
    const answers = {
      length: unitRows.length,
      answer: (index: number): SakipAnswerRow => answerOf(unitRows[index] as RawRow, answer),
    };
    const evaluated = scoreSakip(answers, policy.sakip, resolved);
    const sheetAt = { sheet: table.sheet };
    if (!evaluated.ok) {
      issues.push(
        placed(evaluated.issue, { ...sheetAt, row: evaluated.issue.at?.row ?? firstRow.get(key) ?? 0 }),
      );
      continue;
    }
    // A warning about one criterion keeps that criterion's row; one about the whole unit (a sub-component
    // with no answer) goes to the unit's first row.
    for (const w of evaluated.warnings ?? [])
      issues.push({ ...w, at: { ...sheetAt, row: w.at?.row ?? firstRow.get(key) ?? 0 } });
    result.set(key, evaluated.value);
  }
  return result;
}

/** A SAKIP criterion row as an answer, in `into` (refilled for each row). */
function answerOf(row: RawRow, into: SakipAnswerRow): SakipAnswerRow {
  into.component = cell(row, 'komponen');
  into.subComponent = cell(row, 'subkomponen');
  into.criterion = cell(row, 'kriteria');
  into.answer = cell(row, 'jawaban');
  into.row = row.row;
  return into;
}

/** A unit's SAKIP evaluation as the result shows it, beside last period's score. */
export function sakipResultOf(evaluation: SakipScore, previous: number | null): UnitResult['sakip'] {
  return {
    score: evaluation.score,
    grade: evaluation.grade,
    gradeLabel: evaluation.gradeLabel,
    previous,
    // The evaluation's own list of messages: it is made for this result and kept by nothing else.
    weakest: evaluation.weakest,
    components: evaluation.components,
  };
}

/** A SAKIP-only workbook's units, evaluated and ranked: what the "Evaluasi SAKIP" sheet shows. */
export interface SakipUnitsResult {
  units: readonly Pick<UnitResult, 'unit' | 'sakip'>[];
  sakipRanking: SakipRanking | null;
  issues: Issue[];
}

/**
 * "Evaluasi SAKIP" on a workbook with the SAKIP worksheets (and perhaps the Unit sheet) but no employees:
 * a unit's SAKIP evaluation (PermenPANRB 88/2021) needs no staff, so every unit the SAKIP sheet names is
 * evaluated by the readers and rules that score a full workbook (readSakip, readUnits, the same ranking),
 * its last score from the Unit sheet. A unit the Unit sheet does not list (when there is one) is said: its
 * last score is unknown, so it is never named most improved.
 */
export function scoreSakipUnits(
  input: { sakip: RawTable; units?: RawTable | undefined },
  policy: Policy,
): SakipUnitsResult {
  const issues: Issue[] = [];
  const listed = readUnits(input.units, issues);
  const names = new Map<string, { unit: string; row: number }>();
  const evaluations = readSakip(input.sakip, null, policy, issues, new Set(), names);
  const units: SakipUnitsResult['units'][number][] = [];
  for (const [key, evaluation] of evaluations) {
    const record = listed.get(key);
    const written = names.get(key);
    if (input.units && !record)
      issues.push({
        code: 'ADDON_SAKIP_ONLY_UNIT_UNLISTED',
        params: { unit: written?.unit ?? key, sheet: input.units.sheet },
        at: {
          sheet: input.sakip.sheet,
          row: written?.row ?? 0,
          ...(input.sakip.columns.unit !== undefined ? { column: input.sakip.columns.unit } : {}),
        },
        severity: 'warning',
      });
    units.push({
      unit: record?.unit ?? written?.unit ?? key,
      sakip: sakipResultOf(evaluation, record?.previousSakip ?? null),
    });
  }
  return { units, sakipRanking: sakipRankingOf(units, policy), issues };
}
