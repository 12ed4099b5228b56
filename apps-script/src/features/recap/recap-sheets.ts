import {
  type CandidateKind,
  formatNumberForLang,
  type MessageCode,
  OPD_KIND_LABEL,
  type OpdPackage,
  PREDIKAT_PEGAWAI,
  predikatLabel,
  type Recap,
  type RecapOpd,
  t,
} from '../../../../shared';
import { printableSheet } from '../../output/print';
import { HEADER_BACKGROUND, numberOrBlank, type OutputSheet, rectangular } from '../../output/sheet';
import { type OutputRole, RECAP_SHEETS } from '../../output/sheet-names';
import { type FormatOp, rangeRef, type SheetCell } from '../../port/types';

/*
 * The recap sheets of the Sekda's office (issue 12), made from the Recap the core decided
 * (shared/recap/recap.ts): nothing here ranks, counts or decides again. Numbers are written as numbers
 * (fractions with a percent format), names and reasons as data.
 */

const PERCENT = '0.0%';
const SCORE = '0.00';

/** A sheet built section by section: a title row, a header row, data rows; formats follow the rows. */
class SheetBuilder {
  readonly rows: SheetCell[][] = [];
  readonly formats: FormatOp[] = [];
  width = 1;

  title(text: string): void {
    this.rows.push([text]);
    this.formats.push({ kind: 'bold', range: rangeRef(this.rows.length, 1) });
  }

  line(text: string): void {
    this.rows.push([text]);
  }

  blank(): void {
    this.rows.push([]);
  }

  /** A table: header, rows, and per column a number format (null: none). Returns the header's row. */
  table(
    headers: readonly MessageCode[],
    body: SheetCell[][],
    numberFormats: readonly (string | null)[] = [],
  ): number {
    const top = this.rows.length + 1;
    this.rows.push(headers.map((h) => t(h)));
    for (const r of body) this.rows.push(r);
    this.width = Math.max(this.width, headers.length);
    const header = rangeRef(top, 1, 1, headers.length);
    this.formats.push(
      { kind: 'bold', range: header },
      { kind: 'background', range: header, colour: HEADER_BACKGROUND },
    );
    numberFormats.forEach((format, i) => {
      if (format && body.length > 0)
        this.formats.push({ kind: 'numberFormat', range: rangeRef(top + 1, i + 1, body.length, 1), format });
    });
    return top;
  }

  sheet(role: OutputRole, name: string, widths: readonly number[] = [], after?: FormatOp[]): OutputSheet {
    const formats = [
      ...this.formats,
      ...widths.map((width, i) => ({ kind: 'columnWidth' as const, column: i + 1, width })),
    ];
    return { role, name, rows: rectangular(this.rows), formats, ...(after ? { after } : {}) };
  }
}

const kindLabel = (o: { kind: RecapOpd['kind'] }): string => t(OPD_KIND_LABEL[o.kind]);
const pct = (f: number): string => `${formatNumberForLang(f * 100, 'id', 1)}%`;
const points = (f: number): string => formatNumberForLang(f * 100, 'id', 1);
const two = (n: number): string => (Math.round(n * 100) / 100).toFixed(2).replace('.', ',');
const sakipSource = (p: OpdPackage): string =>
  p.sakip ? t(p.sakip.source === 'lke' ? 'RECAP_SOURCE_LKE' : 'RECAP_SOURCE_UNIT') : t('RECAP_NO_SAKIP');

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

/** The lines naming the best OPDs (I, II, III) and the most improved, as the meeting announces them. */
export function bestLines(recap: Recap): string[] {
  return recap.best.length === 0
    ? [t('RECAP_NONE_BEST')]
    : recap.best.map(
        (b) => `${t('RECAP_PLACE', { place: roman(b.place) })}: ${b.opd} (${two(b.score)}, ${b.grade})`,
      );
}

export function improvedLines(recap: Recap): string[] {
  return recap.mostImproved.length === 0
    ? [t('RECAP_NONE_IMPROVED')]
    : recap.mostImproved.map((m) =>
        m.basis === 'sakip'
          ? t('RECAP_IMPROVED_SAKIP', { opd: m.opd, from: two(m.from), to: two(m.to), change: two(m.change) })
          : t('RECAP_IMPROVED_CAPAIAN', {
              opd: m.opd,
              from: pct(m.from),
              to: pct(m.to),
              change: points(m.change),
            }),
      );
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
export const roman = (n: number): string => ROMAN[n - 1] ?? String(n);

/** "Rekap OPD": the title, the best, the most improved, the ranking, and the OPDs that sent nothing. */
function opdSheet(recap: Recap, expected: number): OutputSheet {
  const b = new SheetBuilder();
  b.title(t('RECAP_OPD_TITLE', { period: recap.period.label, sent: recap.opds.length, expected }));
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
      recap.silent.map((s) => [s.name, t(OPD_KIND_LABEL[s.kind]), s.lastPeriod ?? t('RECAP_NEVER_SENT')]),
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

/** The open duties per OPD, as the duties sheet and the meeting paper show them. */
const DUTY_COLUMNS: readonly MessageCode[] = [
  'RECAP_COL_OPD',
  'RECAP_COL_SUPERVISORS',
  'RECAP_COL_TEGURAN',
  'RECAP_COL_APRESIASI',
  'RECAP_COL_UMPAN_BALIK',
  'RECAP_COL_TOTAL',
];
const dutyRows = (recap: Recap): SheetCell[][] =>
  recap.duties.map((d) => [
    d.opd,
    d.supervisors,
    d.teguran,
    d.apresiasi,
    d.umpanBalik,
    d.teguran + d.apresiasi + d.umpanBalik,
  ]);

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

const CANDIDATE_LABEL: Readonly<Record<CandidateKind, MessageCode>> = {
  penghargaan: 'RECAP_KIND_PENGHARGAAN',
  sanksi: 'RECAP_KIND_SANKSI',
  teguran: 'RECAP_KIND_TEGURAN',
  pembinaan: 'RECAP_KIND_PEMBINAAN',
  stagnan: 'RECAP_KIND_STAGNAN',
  meningkat: 'RECAP_KIND_MENINGKAT',
};
export const candidateLabel = (kind: CandidateKind): string => t(CANDIDATE_LABEL[kind]);

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

/** "Dasbor OPD": the charts across OPDs, each over a small table at the left. */
function dashboardSheet(
  recap: Recap,
  trend: { opd: string; values: Map<string, number | null> }[],
): OutputSheet {
  const b = new SheetBuilder();
  const after: FormatOp[] = [];
  const chart = (
    kind: 'bar' | 'column' | 'line',
    top: number,
    rows: number,
    columns: number,
    title: string,
    anchorRow: number,
    options?: Record<string, unknown>,
  ) =>
    after.push({
      kind: 'chart',
      chart: kind,
      range: rangeRef(top, 1, rows + 1, columns),
      anchor: { row: anchorRow, column: 12 },
      title,
      ...(options ? { options } : {}),
    });
  const withSakip = recap.opds.filter((o) => o.pkg.sakip);
  let top = b.table(
    ['RECAP_COL_OPD', 'RECAP_COL_SAKIP'],
    withSakip.map((o) => [o.name, o.pkg.sakip?.score ?? 0]),
    [null, SCORE],
  );
  chart('bar', top, withSakip.length, 2, t('RECAP_DASH_SAKIP'), 1);
  b.blank();
  top = b.table(
    ['RECAP_COL_OPD', 'RECAP_COL_MEAN_CAPAIAN'],
    recap.opds.map((o) => [o.name, numberOrBlank(o.pkg.totals.averageCapaian)]),
    [null, PERCENT],
  );
  chart('bar', top, recap.opds.length, 2, t('RECAP_DASH_CAPAIAN'), 22);
  b.blank();
  top = b.rows.length + 1;
  b.rows.push([t('RECAP_COL_OPD'), ...PREDIKAT_PEGAWAI.map((k) => predikatLabel(k))]);
  for (const o of recap.opds)
    b.rows.push([o.name, ...PREDIKAT_PEGAWAI.map((k) => o.pkg.totals.predikatCounts[k] ?? 0)]);
  b.formats.push({ kind: 'bold', range: rangeRef(top, 1, 1, PREDIKAT_PEGAWAI.length + 1) });
  chart('column', top, recap.opds.length, PREDIKAT_PEGAWAI.length + 1, t('RECAP_DASH_PREDIKAT'), 43, {
    isStacked: true,
  });
  if (recap.periods.length >= 2 && trend.length > 0) {
    b.blank();
    top = b.rows.length + 1;
    b.rows.push([t('RECAP_COL_PERIOD'), ...trend.map((s) => s.opd)]);
    for (const p of recap.periods)
      b.rows.push([p.label, ...trend.map((s) => numberOrBlank(s.values.get(p.key) ?? null))]);
    b.formats.push(
      { kind: 'bold', range: rangeRef(top, 1, 1, trend.length + 1) },
      {
        kind: 'numberFormat',
        range: rangeRef(top + 1, 2, recap.periods.length, trend.length),
        format: PERCENT,
      },
    );
    chart('line', top, recap.periods.length, trend.length + 1, t('RECAP_DASH_TREND'), 64);
  }
  return b.sheet('recapDashboard', RECAP_SHEETS.recapDashboard, [260, 110], after);
}

/**
 * Every recap sheet for the recap decided by the core. `trend`: each OPD's mean capaian per period of
 * the archive (packages of other periods), for the dashboard's line chart.
 */
export function recapSheets(
  recap: Recap,
  expected: number,
  trend: { opd: string; values: Map<string, number | null> }[],
): OutputSheet[] {
  return [
    opdSheet(recap, expected),
    kecamatanSheet(recap),
    distributionSheet(recap),
    dutiesSheet(recap),
    candidatesSheet(recap),
    rbSheet(recap),
    dashboardSheet(recap, trend),
    meetingPaper(recap, expected),
  ];
}

/**
 * "Kertas Rapat Koordinasi": the recap as the Sekda reads it at the coordination meeting, print-ready
 * (A4 landscape, fit to width, title repeated on every page: output/print.ts): the best OPDs, the most
 * improved, the ranking, the kecamatan, the OPDs that sent nothing, the open supervisor duties and the
 * reward and punishment candidates (proposals for the official in charge, never decisions).
 */
export function meetingPaper(recap: Recap, expected: number): OutputSheet {
  const rankRows = (list: RecapOpd[], rankOf: (o: RecapOpd) => number | null): SheetCell[][] =>
    list.map((o) => [
      rankOf(o) ?? '',
      o.name,
      o.pkg.sakip ? two(o.pkg.sakip.score) : t('RECAP_NO_SAKIP'),
      o.pkg.sakip?.grade ?? '',
      o.pkg.totals.averageCapaian === null ? '' : pct(o.pkg.totals.averageCapaian),
      o.pkg.totals.employees,
    ]);
  const rankHeader = [
    'RECAP_COL_RANK',
    'RECAP_COL_OPD',
    'RECAP_COL_SAKIP',
    'RECAP_COL_SAKIP_GRADE',
    'RECAP_COL_MEAN_CAPAIAN',
    'RECAP_COL_EMPLOYEES',
  ].map((c) => t(c as MessageCode));
  return printableSheet({
    role: 'recapPaper',
    name: RECAP_SHEETS.recapPaper,
    title: t('RECAP_OPD_TITLE', { period: recap.period.label, sent: recap.opds.length, expected }),
    orientation: 'landscape',
    columns: [1, 5, 2, 2, 2, 1.5],
    sections: [
      { heading: t('RECAP_SECTION_BEST'), lines: bestLines(recap) },
      { heading: t('RECAP_SECTION_IMPROVED'), lines: improvedLines(recap) },
      {
        heading: t('RECAP_SECTION_RANKING'),
        table: { header: rankHeader, rows: rankRows(recap.opds, (o) => o.rank) },
      },
      ...(recap.kecamatan.length > 0
        ? [
            {
              heading: t('RECAP_SHEET_KECAMATAN'),
              table: { header: rankHeader, rows: rankRows(recap.kecamatan, (o) => o.kecamatanRank) },
            },
          ]
        : []),
      {
        heading: t('RECAP_SECTION_SILENT'),
        lines:
          recap.silent.length === 0
            ? [t('RECAP_NONE_SILENT')]
            : recap.silent.map(
                (s) => `${s.name} (${t('RECAP_COL_LAST_SENT')}: ${s.lastPeriod ?? t('RECAP_NEVER_SENT')})`,
              ),
      },
      {
        heading: t('RECAP_SHEET_DUTIES'),
        table: {
          header: DUTY_COLUMNS.map((c) => t(c)),
          rows: dutyRows(recap),
        },
      },
      {
        heading: t('RECAP_CANDIDATES_TITLE', { period: recap.period.label }),
        newPage: true,
        table: {
          header: [
            'RECAP_COL_CANDIDATE',
            'RECAP_COL_OPD',
            'RECAP_COL_NAME',
            'RECAP_COL_UNIT_ONE',
            'RECAP_COL_CAPAIAN_ONE',
            'RECAP_COL_PREDIKAT_ONE',
          ].map((c) => t(c as MessageCode)),
          rows: recap.candidates.map((c) => [
            candidateLabel(c.kind),
            c.opd,
            c.employee.nama,
            c.employee.unit,
            c.employee.capaian === null ? '' : pct(c.employee.capaian),
            c.employee.predikat ? predikatLabel(c.employee.predikat) : '',
          ]),
        },
      },
    ],
  });
}
