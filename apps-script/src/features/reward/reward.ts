import {
  dutyBasisLine,
  dutyLine,
  type EmployeeResult,
  flagLabel,
  type OrganisationResult,
  periodLabel,
  predikatLabel,
  predikatOrganisasiLabel,
  type RecommendationKind,
  recommendationLabel,
  type SupervisorResult,
  t,
  unitRecommendationLabel,
} from '../../../../shared';
import { type Action, done, failed, say } from '../../action';
import { scaleByText } from '../../output/colours';
import { reasonsText } from '../../output/reasons';
import { replaceSheets } from '../../output/replace-sheets';
import { HEADER_BACKGROUND, numberOrBlank, type OutputSheet } from '../../output/sheet';
import { RESULT_SHEETS } from '../../output/sheet-names';
import { type FormatOp, rangeRef, type SheetCell } from '../../port/types';
import { withScores } from '../../scoring/score-book';

/** Heaviest last, as the Sekda's meeting goes from praise to sanctions (PermenPANRB 6/2022, PP 94/2021). */
export const FOLLOW_UPS: readonly Exclude<RecommendationKind, 'tidak_ada'>[] = [
  'penghargaan',
  'apresiasi',
  'pembinaan',
  'teguran',
  'sanksi',
];

const WIDTH = 7;
const WIDTHS = [190, 170, 220, 220, 150, 90, 600];

interface Builder {
  rows: SheetCell[][];
  formats: FormatOp[];
}

const heading = (b: Builder, text: string, colour = HEADER_BACKGROUND) => {
  b.rows.push([text]);
  const range = rangeRef(b.rows.length, 1, 1, WIDTH);
  b.formats.push({ kind: 'bold', range }, { kind: 'background', range, colour });
};

const header = (b: Builder, cells: string[]) => {
  b.rows.push(cells);
  b.formats.push({ kind: 'bold', range: rangeRef(b.rows.length, 1, 1, WIDTH) });
};

/**
 * The last days of a supervisor's pending duties (not recorded yet, their window still open on the run
 * date, as the core decided), each once: the supervisor still has until then, so nothing is overdue.
 */
function pendingUntil(s: SupervisorResult): string[] {
  const days: string[] = [];
  for (const d of s.duties ?? []) if (d.pending && d.to !== null && !days.includes(d.to)) days.push(d.to);
  return days;
}

/**
 * The supervisors "Kewajiban atasan" lists: those with an undone duty (flagged), then those whose only
 * duties are still pending (the core's `pending` duties: due by the window's last day).
 */
function listedSupervisors(result: OrganisationResult): {
  flagged: SupervisorResult[];
  pending: SupervisorResult[];
} {
  return {
    flagged: result.supervisors.filter((s) => s.flags.length > 0),
    pending: result.supervisors.filter((s) => s.flags.length === 0 && pendingUntil(s).length > 0),
  };
}

/** The recap lines for the Sekda: counts per follow-up, supervisors to act, busy staff, units. */
export function recapLines(result: OrganisationResult): string[] {
  const lines = FOLLOW_UPS.map((kind) =>
    say('ADDON_RP_RECAP_KIND', {
      kind: recommendationLabel(kind),
      count: result.employees.filter((e) => e.recommendation.kind === kind).length,
    }),
  );
  const supervisors = result.supervisors.filter((s) => s.flags.length > 0).length;
  lines.push(say('ADDON_RP_RECAP_SUPERVISORS', { count: supervisors }));
  // Supervisors whose follow-up window is still open: not late, but the meeting should know they are due.
  const waiting = result.supervisors.map(pendingUntil).filter((days) => days.length > 0);
  if (waiting.length > 0)
    lines.push(
      say('ADDON_RP_RECAP_PENDING', {
        count: waiting.length,
        to: [...new Set(waiting.flat())].sort().join(', '),
      }),
    );
  const busy = result.employees.filter((e) => e.flags.includes('kesibukan_semu')).length;
  lines.push(say('ADDON_RP_RECAP_BUSY', { count: busy }));
  const units = (kind: string) =>
    result.units
      .filter((u) => u.recommendation.kind === kind)
      .map((u) => u.unit)
      .join(', ');
  if (units('unit_terbaik')) lines.push(say('ADDON_RP_RECAP_BEST', { units: units('unit_terbaik') }));
  // A unit gets one recommendation (best wins), but the best unit can also be the most improved, as
  // Evaluasi SAKIP says: the core's reason names it, so the meeting hears both. A unit taken in hand for
  // its predikat (pembinaan_unit) is not put forward for an award.
  const improved = result.units
    .filter(
      (u) =>
        u.recommendation.kind !== 'pembinaan_unit' &&
        u.recommendation.reasons.some((r) => r.code === 'REC_UNIT_MOST_IMPROVED'),
    )
    .map((u) => u.unit)
    .join(', ');
  if (improved) lines.push(say('ADDON_RP_RECAP_IMPROVED', { units: improved }));
  if (units('pembinaan_unit'))
    lines.push(say('ADDON_RP_RECAP_PEMBINAAN', { units: units('pembinaan_unit') }));
  return lines;
}

function employeeLine(e: EmployeeResult, kind: string): SheetCell[] {
  return [
    kind,
    e.nip,
    e.nama,
    e.unit,
    e.predikat ? predikatLabel(e.predikat) : '',
    numberOrBlank(e.capaian),
    reasonsText(e),
  ];
}

/**
 * "Reward & Punishment": recap, employees grouped by follow-up, supervisors' duties, units. `periodLine`
 * (the period scored, said) opens the recap: the title and the line under it are what a copy of this
 * sheet is recognised by (output/layout.ts writtenByAddOn), so it comes after them.
 */
export function rewardSheet(result: OrganisationResult, periodLine?: string): OutputSheet {
  const b: Builder = { rows: [], formats: [] };
  const withFollowUp = result.employees.filter((e) => e.recommendation.kind !== 'tidak_ada');
  b.rows.push([say('ADDON_RP_TITLE', { count: withFollowUp.length })]);
  b.formats.push({ kind: 'bold', range: rangeRef(1, 1, 1, 1) });
  b.rows.push([]);

  heading(b, t('ADDON_RP_RECAP'));
  if (periodLine !== undefined) b.rows.push([periodLine]);
  for (const line of recapLines(result)) b.rows.push([line]);
  b.rows.push([]);

  heading(b, t('ADDON_RP_EMPLOYEES'));
  header(b, [
    t('ADDON_COL_REKOMENDASI'),
    t('ADDON_COL_NIP'),
    t('ADDON_COL_NAMA'),
    t('ADDON_COL_UNIT'),
    t('ADDON_COL_PREDIKAT'),
    t('ADDON_COL_CAPAIAN'),
    t('ADDON_COL_ALASAN'),
  ]);
  const firstEmployeeRow = b.rows.length + 1;
  for (const kind of FOLLOW_UPS) {
    const group = withFollowUp.filter((e) => e.recommendation.kind === kind);
    const label = recommendationLabel(kind);
    if (group.length === 0) b.rows.push([label, '', t('ADDON_RP_NONE_IN_GROUP')]);
    for (const e of group) b.rows.push(employeeLine(e, label));
  }
  const employeeRows = b.rows.length - firstEmployeeRow + 1;
  b.formats.push(
    { kind: 'numberFormat', range: rangeRef(firstEmployeeRow, 2, employeeRows, 1), format: '@' },
    { kind: 'numberFormat', range: rangeRef(firstEmployeeRow, 6, employeeRows, 1), format: '0.0%' },
    ...scaleByText(
      rangeRef(firstEmployeeRow, 1, employeeRows, 1),
      FOLLOW_UPS.map((k) => recommendationLabel(k)),
    ),
  );
  b.rows.push([]);

  heading(b, t('ADDON_RP_SUPERVISORS'));
  // What the duties were judged from: the pembinaan register at a date, or the umpan balik without one.
  const basis = result.supervisors.find((s) => s.dutyBasis)?.dutyBasis;
  if (basis) b.rows.push([dutyBasisLine(basis)]);
  header(b, [
    t('ADDON_RP_COL_DUTY'),
    t('ADDON_COL_NIP'),
    t('ADDON_COL_NAMA'),
    t('ADDON_COL_UNIT'),
    t('ADDON_RP_COL_SUBORDINATES'),
    t('ADDON_RP_COL_FEEDBACK'),
    t('ADDON_COL_ALASAN'),
  ]);
  // Supervisors with an undone duty first, then those whose only duties are still pending (the core's
  // `pending` duties: due by the window's last day), said with that day rather than left out.
  const { flagged, pending } = listedSupervisors(result);
  const listed = [...flagged, ...pending];
  const firstSupervisorRow = b.rows.length + 1;
  if (listed.length === 0) b.rows.push(['', '', t('ADDON_RP_NONE_IN_GROUP')]);
  for (const s of listed) {
    b.rows.push([
      [
        ...s.flags.map((f) => flagLabel(f)),
        ...pendingUntil(s).map((to) => t('ADDON_RP_DUTY_PENDING', { to })),
      ].join(', '),
      s.nip,
      s.nama,
      s.unit,
      s.subordinates,
      s.withFeedback,
      s.reasons.map((r) => t(r.code, r.params)).join(' '),
    ]);
    // Each undone duty under its supervisor: the subordinate's NIP and name, and the line with the dates.
    for (const d of s.duties ?? [])
      b.rows.push([`    ${t('ADDON_RP_COL_DUTY_DETAIL')}`, d.nip, d.nama, '', '', '', dutyLine(d)]);
  }
  b.formats.push({
    kind: 'numberFormat',
    range: rangeRef(firstSupervisorRow, 2, Math.max(1, b.rows.length - firstSupervisorRow + 1), 1),
    format: '@',
  });
  b.rows.push([]);

  heading(b, t('ADDON_RP_UNITS'));
  header(b, [
    t('ADDON_COL_REKOMENDASI'),
    t('ADDON_COL_UNIT'),
    t('ADDON_RP_COL_RANK'),
    t('ADDON_COL_PREDIKAT_ORG'),
    t('ADDON_SAKIP_FINAL'),
    t('ADDON_COL_RATA_CAPAIAN'),
    t('ADDON_COL_ALASAN'),
  ]);
  const firstUnitRow = b.rows.length + 1;
  for (const u of result.units)
    b.rows.push([
      unitRecommendationLabel(u.recommendation.kind),
      u.unit,
      u.rank ?? '',
      u.predikat ? predikatOrganisasiLabel(u.predikat) : t('ADDON_NOT_SET'),
      numberOrBlank(u.sakip?.score),
      numberOrBlank(u.averageCapaian),
      u.recommendation.reasons.map((r) => t(r.code, r.params)).join(' '),
    ]);
  b.formats.push({
    kind: 'numberFormat',
    range: rangeRef(firstUnitRow, 6, Math.max(1, result.units.length), 1),
    format: '0.0%',
  });

  b.formats.push(...WIDTHS.map((width, i): FormatOp => ({ kind: 'columnWidth', column: i + 1, width })));
  return { role: 'reward', name: RESULT_SHEETS.reward, rows: b.rows, formats: b.formats };
}

/** "Daftar reward & punishment": regenerated from a fresh scoring. */
export const rewardPunishmentList: Action = (ctx) =>
  withScores(ctx, ({ result, read }) => {
    const sheet = rewardSheet(
      result,
      read.period
        ? t('ADDON_OUTPUT_PERIOD', { period: periodLabel(read.period, 'id') })
        : t('ADDON_OUTPUT_PERIOD_UNKNOWN'),
    );
    const written = replaceSheets(ctx.book, [sheet], (name) =>
      ctx.progress(say('ADDON_WRITING', { sheet: name })),
    );
    if (!written.ok) return failed(...written.lines);
    // The counts of the sheet's "Kewajiban atasan": with pending ones listed too, both are said, so the
    // message never counts fewer supervisors than the sheet shows.
    const { flagged, pending } = listedSupervisors(result);
    const counts = {
      sheet: written.names.reward,
      employees: result.employees.filter((e) => e.recommendation.kind !== 'tidak_ada').length,
      supervisors: flagged.length,
    };
    return done(
      pending.length > 0
        ? say('ADDON_RP_DONE_PENDING', {
            ...counts,
            listed: flagged.length + pending.length,
            pending: pending.length,
          })
        : say('ADDON_RP_DONE', counts),
      ...recapLines(result),
      ...written.notes,
    );
  });
