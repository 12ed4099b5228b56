import {
  type OrganisationResult,
  PREDIKAT_ORGANISASI,
  PREDIKAT_PEGAWAI,
  predikatOrganisasiLabel,
  t,
  type UnitResult,
} from '../../../../shared';
import { CHECK_FAIL, CHECK_OK, scaleByText } from '../../output/colours';
import { unitHeaders } from '../../output/layout';
import { columnBelow, numberOrBlank, type OutputSheet, tableFrame } from '../../output/sheet';
import { RESULT_SHEETS } from '../../output/sheet-names';
import type { FormatOp, SheetCell } from '../../port/types';

/**
 * The SE MenPANRB 3/2023 check in words: "OK", or every rule the unit breaks with the number of
 * employees it is off by (the rule's own catalog message states both).
 */
export function distributionText(unit: UnitResult): string {
  const d = unit.distribution;
  if (!d) return unit.employees > 0 ? t('ADDON_DISTRIBUTION_NONE') : '';
  if (d.ok) return t('ADDON_DISTRIBUTION_OK');
  return d.rules
    .filter((r) => !r.satisfied && r.issue)
    .map((r) => (r.issue ? t(r.issue.code, r.issue.params) : ''))
    .join(' ');
}

const HEADERS = unitHeaders();
const WIDTHS = [240, 150, 110, 100, 100, 120, 130, 110, 120, 130, 520];

/** "Hasil Unit": per unit the predikat organisasi, the distribution of employee predikat and its check. */
export function unitsSheet(result: OrganisationResult): OutputSheet {
  const rows: SheetCell[][] = [HEADERS];
  for (const u of result.units) {
    rows.push([
      u.unit,
      u.predikat ? predikatOrganisasiLabel(u.predikat) : t('ADDON_NOT_SET'),
      u.employees,
      ...PREDIKAT_PEGAWAI.map((p) => u.predikatCounts[p]),
      u.withoutPredikat,
      numberOrBlank(u.averageCapaian),
      distributionText(u),
    ]);
  }
  const n = result.units.length;
  const capaianColumn = HEADERS.length - 1;
  const checkColumn = HEADERS.length;
  const formats: FormatOp[] = [
    ...tableFrame(HEADERS.length, n),
    ...WIDTHS.map((width, i): FormatOp => ({ kind: 'columnWidth', column: i + 1, width })),
    { kind: 'numberFormat', range: columnBelow(1, 3, n), format: '0' },
    { kind: 'numberFormat', range: columnBelow(1, capaianColumn, n), format: '0.0%' },
    { kind: 'wrap', range: columnBelow(1, checkColumn, n) },
    ...scaleByText(
      columnBelow(1, 2, n),
      PREDIKAT_ORGANISASI.map((p) => predikatOrganisasiLabel(p)),
    ),
  ];
  // One setBackgrounds for the whole column: green where the unit meets SE 3/2023, red where it does not.
  if (n > 0)
    formats.push({
      kind: 'backgrounds',
      range: columnBelow(1, checkColumn, n),
      colours: result.units.map((u) => [
        u.distribution ? (u.distribution.ok ? CHECK_OK : CHECK_FAIL) : '#ffffff',
      ]),
    });
  return { role: 'units', name: RESULT_SHEETS.units, rows, formats };
}
