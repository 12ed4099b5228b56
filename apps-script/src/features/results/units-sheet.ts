import {
  type OrganisationResult,
  PREDIKAT_ORGANISASI,
  PREDIKAT_PEGAWAI,
  predikatOrganisasiLabel,
  t,
  type UnitResult,
} from '../../../../shared';
import { CHECK_FAIL, CHECK_OK, scaleByText } from '../../output/colours';
import { unitHeadersDated, unitPkHeaders } from '../../output/layout';
import { columnBelow, numberOrBlank, type OutputSheet, tableFrame } from '../../output/sheet';
import { RESULT_SHEETS } from '../../output/sheet-names';
import { type FormatOp, rangeRef, type SheetCell } from '../../port/types';
import type { OutputPeriod } from './employees-sheet';

/**
 * The SE MenPANRB 3/2023 check in words: "OK", or every rule the unit breaks with the number of
 * employees it is off by (the rule's own catalog message states both).
 */
export function distributionText(unit: UnitResult): string {
  const d = unit.distribution;
  if (!d) return unit.employees > 0 ? t('ADDON_DISTRIBUTION_NONE') : '';
  // No assessed employee passes every rule vacuously: that is "not checkable", never a green "OK".
  const check = notCheckable(unit)
    ? t('DISTRIBUTION_NOT_CHECKABLE')
    : d.ok
      ? t('ADDON_DISTRIBUTION_OK')
      : brokenRules(d.rules);
  const basis = distributionBasis(unit);
  return basis === '' ? check : `${basis} ${check}`;
}

/** Each broken rule's message, once: minimums a unit this small cannot meet share one issue. */
function brokenRules(rules: NonNullable<UnitResult['distribution']>['rules']): string {
  const texts = new Set<string>();
  for (const r of rules) if (!r.satisfied && r.issue) texts.add(t(r.issue.code, r.issue.params));
  return [...texts].join(' ');
}

/**
 * A mean as the cell keeps it: binary noise trimmed to 12 significant digits (0.9199999999999999 is
 * 0.92), so a user who widens the format or copies the cell sees the figure, not the float. The core
 * keeps the exact mean; only the written cell is tidied.
 */
const noiseless = (n: number | null): number | null =>
  n === null || !Number.isFinite(n) ? n : Number(n.toPrecision(12));

/** A unit whose check ran on no assessed employee (SE 3/2023 needs someone to count). */
const notCheckable = (unit: UnitResult): boolean =>
  unit.distribution !== null && unit.distribution.total === 0;

/** "tertulis" or "dari PK": where the unit's predikat came from, as the result says. */
const sourceText = (unit: UnitResult): string =>
  unit.predikatSumber === 'pk'
    ? t('PK_SOURCE_PK')
    : unit.predikatSumber === 'tertulis'
      ? t('PK_SOURCE_TERTULIS')
      : '';

/**
 * Which predikat the SE 3/2023 check used, said whenever the unit has a Perjanjian Kinerja (two predikat
 * could apply: the typed one wins, else the PK's). Without a PK only the typed predikat exists, and the
 * line stays as it was.
 */
function distributionBasis(unit: UnitResult): string {
  const d = unit.distribution;
  if (!d?.predikatOrganisasi || !d.predikatSumber) return '';
  if (unit.predikatSumber !== 'pk' && unit.predikatUsulanPk === null) return '';
  return t('PK_DISTRIBUTION_BASIS', {
    predikat: predikatOrganisasiLabel(d.predikatOrganisasi),
    source: d.predikatSumber === 'pk' ? t('PK_SOURCE_PK') : t('PK_SOURCE_TERTULIS'),
  });
}

/*
 * The period column, then the columns every version wrote, then the Perjanjian Kinerja's: a "Hasil Unit"
 * written before either (unmarked, recognised by its header: output/layout.ts) is still recognised.
 */
const PK_HEADERS = unitPkHeaders();
const HEADERS = unitHeadersDated();
const WIDTHS = [130, 240, 150, 110, 100, 100, 120, 130, 110, 120, 130, 520, 110, 110, 150, 170];
/** 1-based columns after the period column. */
const PREDIKAT_COLUMN = 3;
const EMPLOYEES_COLUMN = 4;

/**
 * "Hasil Unit": per unit the predikat organisasi, the distribution of employee predikat and its check;
 * the period scored opens every row, said in full in the column's note, as on "Hasil Pegawai".
 */
export function unitsSheet(result: OrganisationResult, period?: OutputPeriod): OutputSheet {
  const rows: SheetCell[][] = [HEADERS];
  const periodCell = period?.cell ?? '';
  for (const u of result.units) {
    rows.push([
      periodCell,
      u.unit,
      u.predikat ? predikatOrganisasiLabel(u.predikat) : t('ADDON_NOT_SET'),
      u.employees,
      ...PREDIKAT_PEGAWAI.map((p) => u.predikatCounts[p]),
      u.withoutPredikat,
      numberOrBlank(noiseless(u.averageCapaian)),
      distributionText(u),
      numberOrBlank(noiseless(u.capaianPk)),
      u.pkIndicators,
      sourceText(u),
      u.predikatUsulanPk ? predikatOrganisasiLabel(u.predikatUsulanPk) : '',
    ]);
  }
  const n = result.units.length;
  const checkColumn = HEADERS.length - PK_HEADERS.length;
  const capaianColumn = checkColumn - 1;
  const capaianPkColumn = checkColumn + 1;
  const formats: FormatOp[] = [
    ...tableFrame(HEADERS.length, n),
    ...WIDTHS.map((width, i): FormatOp => ({ kind: 'columnWidth', column: i + 1, width })),
    { kind: 'numberFormat', range: columnBelow(1, EMPLOYEES_COLUMN, n), format: '0' },
    { kind: 'numberFormat', range: columnBelow(1, capaianColumn, n), format: '0.0%' },
    { kind: 'numberFormat', range: columnBelow(1, capaianPkColumn, n), format: '0.0%' },
    { kind: 'numberFormat', range: columnBelow(1, capaianPkColumn + 1, n), format: '0' },
    { kind: 'wrap', range: columnBelow(1, checkColumn, n) },
    ...scaleByText(
      columnBelow(1, PREDIKAT_COLUMN, n),
      PREDIKAT_ORGANISASI.map((p) => predikatOrganisasiLabel(p)),
    ),
  ];
  // One setBackgrounds for the whole column: green where the unit meets SE 3/2023, red where it does not.
  if (n > 0)
    formats.push({
      kind: 'backgrounds',
      range: columnBelow(1, checkColumn, n),
      colours: result.units.map((u) => [
        u.distribution && !notCheckable(u) ? (u.distribution.ok ? CHECK_OK : CHECK_FAIL) : '#ffffff',
      ]),
    });
  if (period !== undefined)
    formats.push({ kind: 'notes', range: rangeRef(1, 1, 1, 1), notes: [[period.note]] });
  return { role: 'units', name: RESULT_SHEETS.units, rows, formats };
}
