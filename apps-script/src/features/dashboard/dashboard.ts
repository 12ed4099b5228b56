import {
  type HistoryRow,
  type OrganisationResult,
  type Period,
  type Policy,
  PREDIKAT_PEGAWAI,
  type PredikatPegawai,
  periodKey,
  periodLabel,
  t,
  type UnitResult,
  type UnitTrends,
  unitTrends,
} from '../../../../shared';
import { type Action, done, failed, say } from '../../action';
import { dashboardHeaders } from '../../output/layout';
import { replaceSheets } from '../../output/replace-sheets';
import { HEADER_BACKGROUND, numberOrBlank, type OutputSheet } from '../../output/sheet';
import { RESULT_SHEETS } from '../../output/sheet-names';
import { type CellValue, type FormatOp, rangeRef, type SheetCell } from '../../port/types';
import { withScores } from '../../scoring/score-book';

/** Charts sit right of the data tables, one below the other. */
const CHART_COLUMN = 11;
const CHART_ROWS = [1, 22, 43, 64, 85];

/**
 * The most employees of one predikat the unit may have under SE MenPANRB 3/2023: the limit of the
 * unit's "max" rule on exactly that predikat, or every employee when no rule caps it; blank when the
 * unit has no predikat organisasi (nothing to check against) or no assessed employee (nothing to check).
 */
export function allowedMax(unit: UnitResult, predikat: PredikatPegawai): CellValue {
  if (!unit.predikat || !unit.distribution || unit.distribution.total === 0) return '';
  const cap = unit.distribution.rules.find(
    (r) => r.kind === 'max' && r.predikat.length === 1 && r.predikat[0] === predikat,
  );
  return cap ? cap.limit : unit.employees;
}

/**
 * The chart tables stacked in columns A..H, and the charts over them: three on the period scored, and with
 * two or more periods of its length in `history` ("Riwayat") two more on the trend per unit. `about`: the
 * period scored and when the run was, said in the charts' titles and on a line below the tables.
 */
export function dashboardSheet(
  result: OrganisationResult,
  policy: Policy,
  history: readonly HistoryRow[] = [],
  about: { period: Period | null; builtAt: Date; activityLog?: boolean } | null = null,
): OutputSheet {
  const scored = about?.period ?? null;
  const scoredPeriod = scored ? periodKey(scored) : undefined;
  // Each chart's title names the period it shows: a Dasbor left from an earlier run says so at a glance.
  const titled = (title: string): string =>
    scored ? t('ADDON_DASH_CHART_PERIOD', { title, period: periodLabel(scored, 'id') }) : title;
  const rows: SheetCell[][] = [];
  const formats: FormatOp[] = [];
  const after: FormatOp[] = [];
  const title = (row: number, width: number) => {
    formats.push({ kind: 'bold', range: rangeRef(row, 1, 1, width) });
    formats.push({ kind: 'background', range: rangeRef(row, 1, 1, width), colour: HEADER_BACKGROUND });
  };

  // 1. Predikat per unit (stacked columns) with the SE 3/2023 maxima for Sangat Baik and Baik (lines).
  const distTop = 1;
  rows.push(dashboardHeaders());
  for (const u of result.units) {
    rows.push([
      u.unit,
      ...PREDIKAT_PEGAWAI.map((p) => u.predikatCounts[p]),
      allowedMax(u, 'sangat_baik'),
      allowedMax(u, 'baik'),
    ]);
  }
  const distWidth = PREDIKAT_PEGAWAI.length + 3;
  title(distTop, distWidth);
  const limitSeries = PREDIKAT_PEGAWAI.length;
  after.push({
    kind: 'chart',
    chart: 'combo',
    range: rangeRef(distTop, 1, result.units.length + 1, distWidth),
    anchor: { row: CHART_ROWS[0] ?? 1, column: CHART_COLUMN },
    title: titled(t('ADDON_DASH_DIST_TITLE')),
    options: {
      seriesType: 'bars',
      isStacked: true,
      series: { [limitSeries]: { type: 'line' }, [limitSeries + 1]: { type: 'line' } },
    },
  });

  // 2. Average capaian per unit (bars).
  rows.push([]);
  const capTop = rows.length + 1;
  rows.push([t('ADDON_COL_UNIT'), t('ADDON_COL_RATA_CAPAIAN')]);
  for (const u of result.units) rows.push([u.unit, numberOrBlank(u.averageCapaian)]);
  title(capTop, 2);
  formats.push({
    kind: 'numberFormat',
    range: rangeRef(capTop + 1, 2, Math.max(1, result.units.length), 1),
    format: '0.0%',
  });
  after.push({
    kind: 'chart',
    chart: 'bar',
    range: rangeRef(capTop, 1, result.units.length + 1, 2),
    anchor: { row: CHART_ROWS[1] ?? 22, column: CHART_COLUMN },
    title: titled(t('ADDON_DASH_CAPAIAN_TITLE')),
  });

  // 3. Busy versus productive: activity minutes (x) against result capaian (y), one point per employee.
  rows.push([]);
  const busyTop = rows.length + 1;
  rows.push([t('ADDON_COL_NAMA'), t('ADDON_COL_MENIT'), t('ADDON_COL_CAPAIAN')]);
  const points = result.employees.filter((e) => e.capaian !== null);
  // An employee without a counted activity row (no log at all, or none of theirs in it) has no known
  // minutes: 0 would be plotted as data ("worked zero minutes"), so the minutes stay blank (no point drawn)
  // and the header's note says why.
  const logged = about?.activityLog !== false;
  let unlogged = 0;
  for (const e of points) {
    const known = logged && e.activity.counted;
    if (!known) unlogged++;
    rows.push([e.nama, known ? e.activity.minutes : '', numberOrBlank(e.capaian)]);
  }
  title(busyTop, 3);
  if (unlogged > 0)
    formats.push({
      kind: 'notes',
      range: rangeRef(busyTop, 2, 1, 1),
      notes: [[logged ? t('ADDON_DASH_BUSY_NO_ROWS', { count: unlogged }) : t('ADDON_DASH_BUSY_NO_LOG')]],
    });
  formats.push({
    kind: 'numberFormat',
    range: rangeRef(busyTop + 1, 3, Math.max(1, points.length), 1),
    format: '0.0%',
  });
  after.push({
    kind: 'chart',
    chart: 'scatter',
    range: rangeRef(busyTop, 2, points.length + 1, 2),
    anchor: { row: CHART_ROWS[2] ?? 43, column: CHART_COLUMN },
    title: titled(t('ADDON_DASH_BUSY_TITLE')),
    options: { hAxis: { title: t('ADDON_COL_MENIT') }, vAxis: { title: t('ADDON_COL_CAPAIAN') } },
  });

  // Periods of the scored one's length only: months and a quarter are never one line.
  const trends = history.length > 0 ? unitTrends(history, policy.history, scoredPeriod) : null;
  if (trends !== null && trends.periods.length >= 2) {
    // 4. Mean capaian per unit over the periods (one line per unit).
    rows.push([]);
    const meanTop = rows.length + 1;
    rows.push(...trendTable(trends, (cell) => numberOrBlank(cell?.meanCapaian)));
    title(meanTop, trends.units.length + 1);
    formats.push({
      kind: 'numberFormat',
      range: rangeRef(meanTop + 1, 2, trends.periods.length, Math.max(1, trends.units.length)),
      format: '0.0%',
    });
    after.push({
      kind: 'chart',
      chart: 'line',
      range: rangeRef(meanTop, 1, trends.periods.length + 1, trends.units.length + 1),
      anchor: { row: CHART_ROWS[3] ?? 64, column: CHART_COLUMN },
      title: titled(t('ADDON_DASH_TREND_TITLE')),
      options: { vAxis: { title: t('ADDON_COL_RATA_CAPAIAN'), format: 'percent' } },
    });
    // 5. Stagnant employees per unit over the periods (grouped columns).
    rows.push([]);
    const stagnantTop = rows.length + 1;
    rows.push(...trendTable(trends, (cell) => cell?.stagnant ?? ''));
    title(stagnantTop, trends.units.length + 1);
    after.push({
      kind: 'chart',
      chart: 'column',
      range: rangeRef(stagnantTop, 1, trends.periods.length + 1, trends.units.length + 1),
      anchor: { row: CHART_ROWS[4] ?? 85, column: CHART_COLUMN },
      title: titled(t('ADDON_DASH_STAGNANT_TITLE')),
    });
  }

  // The period and the time of the run the Dasbor was built from, below its tables (its first row is its
  // header, which a copy is recognised by: output/layout.ts writtenByAddOn).
  if (about) {
    rows.push([]);
    const periodLine = scored
      ? t('ADDON_OUTPUT_PERIOD', { period: periodLabel(scored, 'id') })
      : t('ADDON_OUTPUT_PERIOD_UNKNOWN');
    // The time is a note, not a cell: the Dasbor's values stay those of its data, the same for the same
    // data whenever it is built. UTC, written so: the port has no formatter in the spreadsheet's zone.
    const time = `${about.builtAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
    rows.push([t('ADDON_DASH_BUILT', { period: periodLine })]);
    formats.push(
      { kind: 'bold', range: rangeRef(rows.length, 1, 1, 1) },
      { kind: 'notes', range: rangeRef(rows.length, 1, 1, 1), notes: [[t('ADDON_DASH_BUILT_AT', { time })]] },
    );
  }
  formats.push({ kind: 'columnWidth', column: 1, width: 260 });
  return { role: 'dashboard', name: RESULT_SHEETS.dashboard, rows, formats, after };
}

/**
 * A trend table: a header of the periods' label column and one column per unit, then one row per period;
 * a unit without employees in a period has a blank cell there (a gap in its line, never a zero).
 */
function trendTable(
  trends: UnitTrends,
  value: (cell: ReturnType<UnitTrends['at']>) => CellValue,
): SheetCell[][] {
  return [
    [t('ADDON_HIST_COL_PERIOD'), ...trends.units],
    ...trends.periods.map(({ period, label }) => [
      label,
      ...trends.units.map((unit) => value(trends.at(unit, period))),
    ]),
  ];
}

/** "Dasbor": regenerated from a fresh scoring, with three native charts and two more on the trend. */
export const buildDashboard: Action = (ctx) =>
  withScores(ctx, ({ result, policy, periods, read, input }) => {
    const sheet = dashboardSheet(result, policy, periods?.history, {
      period: read.period,
      builtAt: new Date(),
      activityLog: (input.activities?.rows.length ?? 0) > 0,
    });
    const written = replaceSheets(ctx.book, [sheet], (name) =>
      ctx.progress(say('ADDON_WRITING', { sheet: name })),
    );
    if (!written.ok) return failed(...written.lines);
    return done(
      say('ADDON_DASH_DONE', {
        sheet: written.names.dashboard,
        charts: sheet.after?.length ?? 0,
        employees: result.employees.length,
        units: result.units.length,
      }),
      ...written.notes,
    );
  });
