import {
  type MessageCode,
  OPD_KIND_LABEL,
  PREDIKAT_PEGAWAI,
  predikatLabel,
  type Recap,
  type RecapOpd,
  t,
} from '../../../../shared';
import { HEADER_BACKGROUND, numberOrBlank, type OutputSheet } from '../../output/sheet';
import { RECAP_SHEETS } from '../../output/sheet-names';
import { rangeRef, type SheetCell } from '../../port/types';
import { dashboardSheet } from './recap-dashboard';
import { meetingPaper } from './recap-paper';
import {
  bestLines,
  candidateLabel,
  DUTY_COLUMNS,
  dutyRows,
  improvedLines,
  kindLabel,
  lastSent,
  sakipSource,
} from './recap-text';
import { SheetBuilder } from './sheet-builder';

/*
 * The recap sheets of the Sekda's office (issue 12), made from the Recap the core decided
 * (shared/recap/recap.ts): nothing here ranks, counts or decides again. Numbers are written as numbers
 * (fractions with a percent format), names and reasons as data.
 */

const PERCENT = '0.0%';
const SCORE = '0.00';

function opdRow(o: RecapOpd, rank: number | null): SheetCell[] {
  const p = o.pkg;
  const sakipChange =
    p.sakip && p.sakip.previous !== null ? Math.round((p.sakip.score - p.sakip.previous) * 100) / 100 : null;
  return [
    rank ?? '',
    o.name,
    kindLabel(o),
    numberOrBlank(p.sakip?.score),
    p.sakip ? `${p.sakip.grade} (${p.sakip.gradeLabel})` : t('RECAP_NO_SAKIP'),
    numberOrBlank(p.sakip?.previous),
    numberOrBlank(sakipChange),
    sakipSource(p),
    numberOrBlank(p.totals.averageCapaian),
    numberOrBlank(o.capaianChange === null ? null : o.capaianChange * 100),
    p.totals.employees,
    p.totals.scored,
    t(o.pilotRb ? 'RECAP_YES' : 'RECAP_NO'),
    p.generatedAt.slice(0, 10),
    p.policy.name,
  ];
}

const OPD_COLUMNS: readonly MessageCode[] = [
  'RECAP_COL_RANK',
  'RECAP_COL_OPD',
  'RECAP_COL_KIND',
  'RECAP_COL_SAKIP',
  'RECAP_COL_SAKIP_GRADE',
  'RECAP_COL_SAKIP_PREVIOUS',
  'RECAP_COL_SAKIP_CHANGE',
  'RECAP_COL_SAKIP_SOURCE',
  'RECAP_COL_MEAN_CAPAIAN',
  'RECAP_COL_CAPAIAN_CHANGE',
  'RECAP_COL_EMPLOYEES',
  'RECAP_COL_SCORED',
  'RECAP_COL_PILOT',
  'RECAP_COL_BUILT',
  'RECAP_COL_POLICY',
];
const OPD_FORMATS = [
  null,
  null,
  null,
  SCORE,
  null,
  SCORE,
  SCORE,
  null,
  PERCENT,
  '0.0',
  null,
  null,
  null,
  '@',
  null,
];

/** "Rekap OPD": the title, the best, the most improved, the ranking, and the OPDs that sent nothing. */
function opdSheet(recap: Recap): OutputSheet {
  const b = new SheetBuilder();
  b.title(t('RECAP_OPD_TITLE', { period: recap.period.label, ...recap.coverage }));
  b.blank();
  b.title(t('RECAP_SECTION_BEST'));
  for (const line of bestLines(recap)) b.line(line);
  b.blank();
  b.title(t('RECAP_SECTION_IMPROVED'));
  for (const line of improvedLines(recap)) b.line(line);
  b.blank();
  b.title(t('RECAP_SECTION_RANKING'));
  b.table(
    OPD_COLUMNS,
    recap.opds.map((o) => opdRow(o, o.rank)),
    OPD_FORMATS,
  );
  b.blank();
  b.title(t('RECAP_SECTION_SILENT'));
  if (recap.silent.length === 0) b.line(t('RECAP_NONE_SILENT'));
  else
    b.table(
      ['RECAP_COL_OPD', 'RECAP_COL_KIND', 'RECAP_COL_LAST_SENT'],
      recap.silent.map((s) => [s.name, t(OPD_KIND_LABEL[s.kind]), lastSent(s)]),
    );
  return b.sheet(
    'recapOpd',
    RECAP_SHEETS.recapOpd,
    [80, 260, 100, 90, 150, 90, 90, 130, 110, 110, 80, 80, 90, 100, 220],
  );
}

/** "Rekap Kecamatan": kecamatan ranked among kecamatan only. */
function kecamatanSheet(recap: Recap): OutputSheet {
  const b = new SheetBuilder();
  b.title(`${t('RECAP_SHEET_KECAMATAN')}: ${recap.period.label}`);
  const columns: MessageCode[] = ['RECAP_COL_KECAMATAN_RANK', ...OPD_COLUMNS.slice(1)];
  b.table(
    columns,
    recap.kecamatan.map((o) => opdRow(o, o.kecamatanRank)),
    OPD_FORMATS,
  );
  return b.sheet(
    'recapKecamatan',
    RECAP_SHEETS.recapKecamatan,
    [110, 260, 100, 90, 150, 90, 90, 130, 110, 110],
  );
}

/** "Rekap Predikat OPD": each OPD's employees per predikat and its units against SE 3/2023. */
function distributionSheet(recap: Recap): OutputSheet {
  const b = new SheetBuilder();
  b.title(`${t('RECAP_SHEET_DISTRIBUTION')}: ${recap.period.label}`);
  const columns: MessageCode[] = ['RECAP_COL_OPD', 'RECAP_COL_EMPLOYEES'];
  const body = recap.opds.map((o) => {
    const p = o.pkg;
    const checked = p.units.filter((u) => u.distributionOk !== null);
    const off = checked.filter((u) => u.distributionOk === false);
    return [
      o.name,
      p.totals.employees,
      ...PREDIKAT_PEGAWAI.map((k) => p.totals.predikatCounts[k] ?? 0),
      p.totals.withoutPredikat,
      checked.length,
      off.length,
      off.flatMap((u) => u.offRules.map((r) => `${u.name}: ${r}`)).join('\n'),
    ];
  });
  const top = b.rows.length + 1;
  b.rows.push([
    t('RECAP_COL_OPD'),
    t('RECAP_COL_EMPLOYEES'),
    ...PREDIKAT_PEGAWAI.map((k) => predikatLabel(k)),
    t('RECAP_COL_WITHOUT_PREDIKAT'),
    t('RECAP_COL_UNITS_CHECKED'),
    t('RECAP_COL_UNITS_OFF'),
    t('RECAP_COL_RULES'),
  ]);
  for (const r of body) b.rows.push(r);
  const width = columns.length + PREDIKAT_PEGAWAI.length + 4;
  b.formats.push(
    { kind: 'bold', range: rangeRef(top, 1, 1, width) },
    { kind: 'background', range: rangeRef(top, 1, 1, width), colour: HEADER_BACKGROUND },
    { kind: 'wrap', range: rangeRef(top, width, Math.max(1, body.length + 1), 1) },
  );
  return b.sheet(
    'recapDistribution',
    RECAP_SHEETS.recapDistribution,
    [260, 80, 90, 90, 110, 90, 110, 110, 120, 110, 420],
  );
}

/** "Rekap Tugas Atasan": per OPD the supervisors' open duties, then each supervisor's. */
function dutiesSheet(recap: Recap): OutputSheet {
  const b = new SheetBuilder();
  b.title(`${t('RECAP_SHEET_DUTIES')}: ${recap.period.label}`);
  b.table(DUTY_COLUMNS, dutyRows(recap));
  b.blank();
  b.title(t('RECAP_SECTION_DETAIL'));
  const detail: SheetCell[][] = [];
  for (const o of recap.opds)
    for (const s of o.pkg.supervisors)
      for (const d of s.duties) detail.push([o.name, s.nama, s.nip, s.unit, d.text]);
  b.table(
    ['RECAP_COL_OPD', 'RECAP_COL_SUPERVISOR', 'RECAP_COL_NIP_ONE', 'RECAP_COL_UNIT_ONE', 'RECAP_COL_DUTY'],
    detail,
    [null, null, '@'],
  );
  return b.sheet('recapDuties', RECAP_SHEETS.recapDuties, [260, 200, 170, 200, 520]);
}

/** "Kandidat Lintas OPD": the reward and punishment candidates across OPDs, with their reasons. */
function candidatesSheet(recap: Recap): OutputSheet {
  const b = new SheetBuilder();
  b.title(t('RECAP_CANDIDATES_TITLE', { period: recap.period.label }));
  b.line(t('RECAP_CANDIDATES_SCOPE'));
  const top = b.table(
    [
      'RECAP_COL_CANDIDATE',
      'RECAP_COL_OPD',
      'RECAP_COL_NAME',
      'RECAP_COL_NIP_ONE',
      'RECAP_COL_UNIT_ONE',
      'RECAP_COL_CAPAIAN_ONE',
      'RECAP_COL_PREDIKAT_ONE',
      'RECAP_COL_CHANGE',
      'RECAP_COL_REASONS',
    ],
    recap.candidates.map((c) => [
      candidateLabel(c.kind),
      c.opd,
      c.employee.nama,
      c.employee.nip,
      c.employee.unit,
      numberOrBlank(c.employee.capaian),
      c.employee.predikat ? predikatLabel(c.employee.predikat) : '',
      numberOrBlank(c.employee.change === null ? null : c.employee.change * 100),
      c.employee.reasons.join('\n'),
    ]),
    [null, null, null, '@', null, PERCENT, null, '0.0'],
  );
  b.formats.push(
    { kind: 'frozenRows', rows: top },
    { kind: 'wrap', range: rangeRef(top, 9, Math.max(1, recap.candidates.length + 1), 1) },
  );
  return b.sheet(
    'recapCandidates',
    RECAP_SHEETS.recapCandidates,
    [170, 240, 200, 170, 200, 90, 130, 100, 520],
  );
}

/** "Rekap RB OPD": each OPD's LKE RB and action plans, pilots first so they sit side by side. */
function rbSheet(recap: Recap): OutputSheet {
  const b = new SheetBuilder();
  b.title(`${t('RECAP_SHEET_RB')}: ${recap.period.label}`);
  const ordered = [...recap.opds].sort((a, c) => Number(c.pilotRb) - Number(a.pilotRb));
  b.table(
    [
      'RECAP_COL_OPD',
      'RECAP_COL_PILOT',
      'RECAP_COL_LKE',
      'RECAP_COL_LKE_MAX',
      'RECAP_COL_LKE_GRADE',
      'RECAP_COL_ACTIONS',
      'RECAP_COL_ACTIONS_DONE',
      'RECAP_COL_ACTIONS_OVERDUE',
      'RECAP_COL_ACTIONS_NO_EVIDENCE',
      'RECAP_COL_ACTIONS_PROGRESS',
      'RECAP_COL_ACTIONS_AS_OF',
    ],
    ordered.map((o) => {
      const lke = o.pkg.rb?.lke ?? null;
      const a = o.pkg.rb?.actions ?? null;
      return [
        o.name,
        t(o.pilotRb ? 'RECAP_YES' : 'RECAP_NO'),
        numberOrBlank(lke?.score),
        numberOrBlank(lke?.max),
        lke ? `${lke.grade} (${lke.gradeLabel})` : '',
        a ? a.total : '',
        a ? a.done : '',
        a ? a.overdue : '',
        a ? a.withoutEvidence : '',
        numberOrBlank(a?.progress),
        a ? a.asOf : '',
      ];
    }),
    [null, null, SCORE, SCORE, null, null, null, null, null, PERCENT, '@'],
  );
  return b.sheet('recapRb', RECAP_SHEETS.recapRb, [260, 100, 100, 90, 150, 100, 80, 90, 100, 110, 100]);
}

/**
 * Every recap sheet for the recap decided by the core. `trend`: each OPD's mean capaian per period of
 * the archive (packages of other periods), for the dashboard's line chart.
 */
export function recapSheets(
  recap: Recap,
  trend: { opd: string; values: Map<string, number | null> }[],
): OutputSheet[] {
  return [
    opdSheet(recap),
    kecamatanSheet(recap),
    distributionSheet(recap),
    dutiesSheet(recap),
    candidatesSheet(recap),
    rbSheet(recap),
    dashboardSheet(recap, trend),
    meetingPaper(recap),
  ];
}
