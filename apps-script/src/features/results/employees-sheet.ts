import {
  type EmployeeFlag,
  type EmployeeResult,
  type MessageCode,
  type OrganisationResult,
  type Policy,
  PREDIKAT_PEGAWAI,
  type PredikatPegawai,
  predikatLabel,
  type Rating,
  ratingLabel,
  recommendationLabel,
  type Trend,
  t,
} from '../../../../shared';
import { FLAG_BACKGROUND, scaleByText } from '../../output/colours';
import { EMPLOYEE_COLUMNS, type EmployeeColumn, PERIOD_COLUMN } from '../../output/layout';
import { reasonsText } from '../../output/reasons';
import { columnBelow, numberOrBlank, type OutputSheet, tableFrame } from '../../output/sheet';
import { RESULT_SHEETS } from '../../output/sheet-names';
import { type FormatOp, rangeRef, type SheetCell } from '../../port/types';

const SOURCE: Record<EmployeeResult['ratingHasilSumber'], MessageCode> = {
  usulan: 'ADDON_SOURCE_USULAN',
  atasan: 'ADDON_SOURCE_ATASAN',
  organisasi: 'ADDON_SOURCE_ORGANISASI',
};

/** The width and number format of each column of "Hasil Pegawai" (their order: output/layout.ts). */
const LOOK: Record<EmployeeColumn, { width: number; format?: string }> = {
  ADDON_COL_PERIODE: { width: 130 },
  ADDON_COL_NIP: { width: 170, format: '@' },
  ADDON_COL_NAMA: { width: 220 },
  ADDON_COL_JABATAN: { width: 200 },
  ADDON_COL_UNIT: { width: 200 },
  ADDON_COL_CAPAIAN: { width: 90, format: '0.0%' },
  ADDON_COL_KATEGORI: { width: 120 },
  ADDON_COL_RATING_USULAN: { width: 160 },
  ADDON_COL_RATING_AKHIR: { width: 160 },
  ADDON_COL_RATING_SUMBER: { width: 200 },
  ADDON_COL_RATING_PERILAKU: { width: 160 },
  ADDON_COL_PREDIKAT: { width: 150 },
  ADDON_COL_KESIBUKAN_SEMU: { width: 110 },
  ADDON_COL_TANPA_BUKTI: { width: 110 },
  ADDON_COL_TANPA_UMPAN_BALIK: { width: 110 },
  ADDON_COL_POTONGAN: { width: 110, format: '0.0%' },
  // Rupiah without decimals, as payroll shows it (estimateTpp rounds to whole rupiah).
  ADDON_COL_TPP: { width: 130, format: '"Rp "#,##0' },
  ADDON_COL_REKOMENDASI: { width: 170 },
  ADDON_COL_ALASAN: { width: 520 },
  ADDON_COL_TINGKAT_DATA: { width: 230 },
  ADDON_COL_NPK: { width: 130, format: '0.00' },
  // A change in points of a fraction shows as "+12.5%" / "-3.0%".
  ADDON_COL_PERUBAHAN: { width: 130, format: '+0.0%;-0.0%;0.0%' },
  ADDON_COL_TREN: { width: 360 },
};

const COLUMNS = EMPLOYEE_COLUMNS.map((header) => ({ header, ...LOOK[header] }));

/** 1-based column of a header, for formats. */
const col = (header: EmployeeColumn): number => EMPLOYEE_COLUMNS.indexOf(header) + 1;

/**
 * Labels are looked up once per id, not once per employee: a province has 20,000 rows and a handful of
 * distinct labels (the catalog fills placeholders with a regex on every call).
 */
function once<K extends string>(label: (key: K) => string): (key: K) => string {
  const seen = new Map<K, string>();
  return (key) => {
    let text = seen.get(key);
    if (text === undefined) {
      text = label(key);
      seen.set(key, text);
    }
    return text;
  };
}

/** The period a result sheet holds: its Periode cell on every row, and that column's note (said in full). */
export interface OutputPeriod {
  cell: string;
  note: string;
}

/**
 * Builds rows of "Hasil Pegawai" with label caches shared over all rows. `trends` (from the "Riwayat"
 * history, shared/history) gives each employee's change since the previous period and stagnation;
 * `period` the Periode cell (one string for every row).
 */
export function employeeRowBuilder(
  trends: ReadonlyMap<string, Trend> = new Map(),
  period = '',
): (e: EmployeeResult) => SheetCell[] {
  const yes = t('ADDON_YES');
  const differs = t('ADDON_SOURCE_DIFFERS');
  const rating = once((k: Rating) => ratingLabel(k));
  const predikat = once((k: PredikatPegawai) => predikatLabel(k));
  const recommendation = once(recommendationLabel);
  const source = once((k: EmployeeResult['ratingHasilSumber']) => t(SOURCE[k]));
  const flag = (e: EmployeeResult, f: EmployeeFlag): string => (e.flags.includes(f) ? yes : '');
  const byIndicators = t('ADDON_LEVEL_INDIKATOR');
  const noLevel = t('ADDON_LEVEL_NONE');
  // Which level the verdict came from (issue 8: the result says so), and a predikat written in the sheet.
  const levelText = (e: EmployeeResult): string => {
    const level =
      e.level === 'indikator'
        ? byIndicators
        : e.level === 'pegawai'
          ? t('ADDON_LEVEL_PEGAWAI', { row: e.employeeLevel?.row ?? '' })
          : noLevel;
    return e.predikatBerbeda && e.predikatUsulan
      ? `${level}; ${t('ADDON_PREDIKAT_WRITTEN', { usulan: predikat(e.predikatUsulan) })}`
      : level;
  };
  const sourceText = (e: EmployeeResult): string =>
    e.ratingHasilBerbeda ? `${source(e.ratingHasilSumber)} (${differs})` : source(e.ratingHasilSumber);
  return (e) => [
    period,
    e.nip,
    e.nama,
    e.jabatan,
    e.unit,
    numberOrBlank(e.capaian),
    e.kategori?.label ?? '',
    e.ratingHasilUsulan ? rating(e.ratingHasilUsulan) : '',
    e.ratingHasil ? rating(e.ratingHasil) : '',
    e.ratingHasil ? sourceText(e) : '',
    e.ratingPerilaku ? rating(e.ratingPerilaku) : '',
    e.predikat ? predikat(e.predikat) : '',
    flag(e, 'kesibukan_semu'),
    flag(e, 'tanpa_bukti'),
    flag(e, 'tanpa_umpan_balik'),
    numberOrBlank(e.discipline.fraction),
    numberOrBlank(e.tpp?.total),
    recommendation(e.recommendation.kind),
    reasonsText(e),
    levelText(e),
    numberOrBlank(e.legacy46?.npk),
    numberOrBlank(trends.get(e.nip)?.change),
    trendText(trends.get(e.nip)),
  ];
}

/** The trend cell: the stagnation reason, else nothing (the change has its own column). */
const trendText = (trend: Trend | undefined): string =>
  trend?.reason ? t(trend.reason.code, trend.reason.params) : '';

/**
 * "Hasil Pegawai": one row per employee scored, formats batched per column. The period scored opens every
 * row (output/layout.ts PERIOD_COLUMN: seen on screen and in print), said in full in the column's note; a
 * copy of this sheet written before that column is still recognised (layout.ts writtenByAddOn).
 */
export function employeesSheet(
  result: OrganisationResult,
  policy: Policy,
  trends: ReadonlyMap<string, Trend> = new Map(),
  period?: OutputPeriod,
): OutputSheet {
  const rows: SheetCell[][] = [
    COLUMNS.map((c) => t(c.header)),
    ...result.employees.map(employeeRowBuilder(trends, period?.cell)),
  ];
  const n = result.employees.length;
  const formats: FormatOp[] = [...tableFrame(COLUMNS.length, n)];
  COLUMNS.forEach((c, i) => {
    formats.push({ kind: 'columnWidth', column: i + 1, width: c.width });
    if (c.format) formats.push({ kind: 'numberFormat', range: columnBelow(1, i + 1, n), format: c.format });
  });
  formats.push(
    ...scaleByText(
      columnBelow(1, col('ADDON_COL_PREDIKAT'), n),
      PREDIKAT_PEGAWAI.map((p) => predikatLabel(p)),
    ),
    ...scaleByText(
      columnBelow(1, col('ADDON_COL_KATEGORI'), n),
      [...policy.capaian.categories].sort((a, b) => b.min - a.min).map((c) => c.label),
    ),
  );
  for (const header of [
    'ADDON_COL_KESIBUKAN_SEMU',
    'ADDON_COL_TANPA_BUKTI',
    'ADDON_COL_TANPA_UMPAN_BALIK',
  ] as const) {
    formats.push({
      kind: 'conditional',
      range: columnBelow(1, col(header), n),
      rule: { when: 'textEquals', value: t('ADDON_YES'), background: FLAG_BACKGROUND },
    });
  }
  if (period !== undefined)
    formats.push({ kind: 'notes', range: rangeRef(1, col(PERIOD_COLUMN), 1, 1), notes: [[period.note]] });
  return { role: 'employees', name: RESULT_SHEETS.employees, rows, formats };
}
