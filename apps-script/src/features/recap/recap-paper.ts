import { type MessageCode, predikatLabel, type Recap, type RecapOpd, t } from '../../../../shared';
import { printableSheet } from '../../output/print';
import type { OutputSheet } from '../../output/sheet';
import { RECAP_SHEETS } from '../../output/sheet-names';
import type { SheetCell } from '../../port/types';
import {
  bestLines,
  candidateLabel,
  DUTY_COLUMNS,
  dutyRows,
  improvedLines,
  lastSent,
  pct,
  two,
} from './recap-text';

/**
 * "Kertas Rapat Koordinasi": the recap as the Sekda reads it at the coordination meeting, print-ready
 * (A4 landscape, fit to width, title repeated on every page: output/print.ts): the best OPDs, the most
 * improved, the ranking, the kecamatan, the OPDs that sent nothing, the open supervisor duties and the
 * reward and punishment candidates (proposals for the official in charge, never decisions).
 */
export function meetingPaper(recap: Recap): OutputSheet {
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
    title: t('RECAP_OPD_TITLE', { period: recap.period.label, ...recap.coverage }),
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
            : recap.silent.map((s) => `${s.name} (${t('RECAP_COL_LAST_SENT')}: ${lastSent(s)})`),
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
