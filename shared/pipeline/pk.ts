import type { Issue, Location } from '../core/issue';
import type { FieldId } from '../model/fields';
import type { RawRow, RawTable } from '../model/input';
import { capaianPk, predikatFromPk } from '../org/pk';
import { isPercentUnit, parsePolarity } from '../parse';
import type { NumberHints } from '../parse/types';
import type { Policy, PredikatOrganisasi } from '../policy/schema';
import { decideIndicator, type IndicatorFacts, readAmount, readMeasure } from '../score/indicator';
import { cell, collapseSpaces, columnConvention, placed, text, where } from './cells';
import { opdUnitKey } from './people';

/** The indicators of one unit in the Perjanjian Kinerja, as read: each IKU's capaian (null: not counted). */
export interface PkUnitRows {
  unit: string;
  opd: string;
  /** The unit cell of its first row, where an unknown unit is reported. */
  at: Location;
  capaian: (number | null)[];
}

/** Columns a Perjanjian Kinerja cannot do without (the unit, what is measured, the pair compared). */
const REQUIRED: readonly FieldId[] = ['unit', 'indikator', 'target', 'realisasi'];

/** The unit a row names, with its OPD (an OPD column, else the table's title), keyed as the roster keys units. */
function unitOfRow(table: RawTable, row: RawRow, unit: string): { unit: string; opd: string; key: string } {
  const opd = collapseSpaces(cell(row, 'unor_1') || (row.at ? (row.at.opd ?? '') : (table.opd ?? '')));
  return { unit, opd, key: opdUnitKey(opd, unit) };
}

/**
 * Reads the Perjanjian Kinerja table: each IKU decided by the one indicator scorer (decideIndicator: the
 * same scales, ranges, polarity and refusals as an employee's IKI), grouped by unit. A unit cell left empty
 * under a filled one is the same unit (merged cells arrive empty in every row but the first, as in the
 * indicators sheet). Every row that cannot count says why at its cell; none is dropped silently.
 */
export function readPk(
  table: RawTable | undefined,
  policy: Policy,
  issues: Issue[],
): Map<string, PkUnitRows> {
  const byKey = new Map<string, PkUnitRows>();
  if (!table || table.rows.length === 0) return byKey;
  const missing = REQUIRED.filter((field) => table.columns[field] === undefined);
  if (missing.length > 0) {
    issues.push({
      code: 'PK_COLUMNS_MISSING',
      params: { sheet: table.sheet, missing: missing.join(', ') },
      at: { sheet: table.sheet },
      severity: 'warning',
    });
    return byKey;
  }
  // Each column's convention inferred at most once, and one set of hints per column and context.
  const target = columnConvention(table, 'target');
  const realisasi = columnConvention(table, 'realisasi');
  const known = {
    target: { plain: { column: target }, percent: { column: target, context: 'percent' } },
    realisasi: { plain: { column: realisasi }, percent: { column: realisasi, context: 'percent' } },
  } as const satisfies Record<'target' | 'realisasi', Record<'plain' | 'percent', NumberHints>>;
  const hints = (field: 'target' | 'realisasi', percent: boolean): NumberHints =>
    percent ? known[field].percent : known[field].plain;
  let lastUnit = '';
  for (const row of table.rows) {
    const indikator = collapseSpaces(cell(row, 'indikator'));
    const targetCell = row.values.target;
    const realisasiCell = row.values.realisasi;
    // A row with no indicator and no numbers is a heading or a sasaran on its own line, not an IKU.
    if (indikator === '' && text(targetCell) === '' && text(realisasiCell) === '') continue;
    const written = collapseSpaces(cell(row, 'unit'));
    const unitName = written || lastUnit;
    if (written !== '') lastUnit = written;
    if (unitName === '') {
      issues.push({
        code: 'PK_UNIT_MISSING',
        params: { indikator },
        at: where(table, row, 'unit'),
        severity: 'warning',
      });
      continue;
    }
    const { unit, opd, key } = unitOfRow(table, row, unitName);
    let group = byKey.get(key);
    if (!group) {
      group = { unit, opd, at: where(table, row, 'unit'), capaian: [] };
      byKey.set(key, group);
    }
    const percent = isPercentUnit(cell(row, 'satuan'));
    let polarity: IndicatorFacts['polarity'] = 'positif';
    if (table.columns.polaritas !== undefined) {
      const p = parsePolarity(cell(row, 'polaritas'));
      if (p.ok) polarity = p.value;
      else issues.push({ ...placed(p.issue, where(table, row, 'polaritas')), severity: 'warning' });
    }
    const verdict = decideIndicator(
      {
        target: readMeasure(targetCell ?? '', hints('target', percent)),
        realisasi:
          text(realisasiCell) === '' ? 'empty' : readAmount(realisasiCell, hints('realisasi', percent)),
        polarity,
      },
      policy,
    );
    group.capaian.push(verdict.capaian);
    if (verdict.capaian !== null) continue;
    if (verdict.issue !== null && verdict.issueField !== null)
      issues.push(placed(verdict.issue, where(table, row, verdict.issueField)));
    else
      issues.push({
        code: 'PK_REALISASI_EMPTY',
        params: { indikator, unit },
        at: where(table, row, 'realisasi'),
        severity: 'warning',
      });
  }
  return byKey;
}

/** A unit's Perjanjian Kinerja decided: its capaian PK, the indicators counted and the proposed predikat. */
export interface PkVerdict {
  capaian: number | null;
  counted: number;
  proposed: PredikatOrganisasi | null;
}

/** Each unit's capaian PK (org/pk.ts capaianPk) and the predikat policy.organisation maps it to. */
export function decidePk(units: ReadonlyMap<string, PkUnitRows>, policy: Policy): Map<string, PkVerdict> {
  const out = new Map<string, PkVerdict>();
  for (const [key, u] of units) {
    const { capaian, counted } = capaianPk(u.capaian, policy.capaian);
    out.set(key, {
      capaian,
      counted,
      proposed: capaian === null ? null : predikatFromPk(capaian, policy.organisation),
    });
  }
  return out;
}

/** PK units the roster and the units sheet do not know, each reported at its first unit cell. */
export function reportUnknownPkUnits(
  units: ReadonlyMap<string, PkUnitRows>,
  known: ReadonlySet<string>,
  issues: Issue[],
): void {
  for (const [key, u] of units)
    if (!known.has(key))
      issues.push({
        code: 'PK_UNIT_UNKNOWN',
        params: { unit: u.opd === '' ? u.unit : `${u.opd} / ${u.unit}` },
        at: u.at,
        severity: 'warning',
      });
}
