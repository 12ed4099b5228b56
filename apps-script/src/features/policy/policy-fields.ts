import {
  DEDUCTION_TABLES,
  type MessageCode,
  type Policy,
  PREDIKAT_ORGANISASI,
  predikatLabel,
  predikatOrganisasiLabel,
  t,
} from '../../../../shared';

/**
 * The key numbers of a policy the sidebar lets an admin edit, each addressed by its path in the
 * policy ("rating.hasilBands.diAtasMin"), so zod's error for that path lands next to its input.
 * Fractions are shown as percentages. Everything else stays editable through JSON import/export.
 */
export type FieldKind =
  | 'percent'
  | 'percentOrEmpty'
  | 'integer'
  | 'integerOrEmpty'
  | 'number'
  | 'text'
  | 'table'
  | 'choice';

export interface PolicyField {
  path: string;
  label: string;
  kind: FieldKind;
  /** For kind 'table': the deduction tables to choose from; for kind 'choice': the words the policy takes. */
  options?: { id: string; label: string }[];
}

export interface PolicySection {
  title: string;
  fields: PolicyField[];
}

const field = (path: string, code: MessageCode, kind: FieldKind, params?: Record<string, string>) => ({
  path,
  label: t(code, params),
  kind,
});

const section = (title: MessageCode, fields: PolicyField[]): PolicySection => ({ title: t(title), fields });

/** The sections of the sidebar for this policy (rules and categories are listed as the policy has them). */
export function policySections(policy: Policy): PolicySection[] {
  const rules = PREDIKAT_ORGANISASI.flatMap((org) =>
    policy.distribution.rules[org].map((rule, i) =>
      field(
        `distribution.rules.${org}.${i}.share`,
        rule.kind === 'max' ? 'ADDON_FIELD_RULE_MAX' : 'ADDON_FIELD_RULE_MIN',
        'percent',
        {
          org: predikatOrganisasiLabel(org),
          predikat: rule.predikat.map((p) => predikatLabel(p)).join(' + '),
        },
      ),
    ),
  );
  return [
    section('ADDON_UI_SECTION_NAME', [field('name', 'ADDON_FIELD_NAME', 'text')]),
    section('ADDON_UI_SECTION_HASIL', [
      field('rating.hasilBands.diAtasMin', 'ADDON_FIELD_DI_ATAS_MIN', 'percent'),
      field('rating.hasilBands.sesuaiMin', 'ADDON_FIELD_SESUAI_MIN', 'percent'),
    ]),
    section('ADDON_UI_SECTION_CAPAIAN', [
      field('capaian.aggregationCap', 'ADDON_FIELD_CAP', 'percentOrEmpty'),
      ...policy.capaian.categories.map((c, i) =>
        field(`capaian.categories.${i}.min`, 'ADDON_FIELD_CATEGORY_MIN', 'percent', { label: c.label }),
      ),
    ]),
    section('ADDON_UI_SECTION_TPP', [
      {
        ...field('discipline.table', 'ADDON_FIELD_DEDUCTION_TABLE', 'table'),
        options: Object.values(DEDUCTION_TABLES).map((d) => ({ id: d.id, label: d.label })),
      },
      field('discipline.tpp.disciplineShare', 'ADDON_FIELD_TPP_DISCIPLINE', 'percent'),
      field('discipline.tpp.performanceShare', 'ADDON_FIELD_TPP_PERFORMANCE', 'percent'),
    ]),
    section('ADDON_UI_SECTION_DISTRIBUTION', rules),
    section('ADDON_UI_SECTION_REWARD', [
      field('reward.penghargaanMinCapaian', 'ADDON_FIELD_PENGHARGAAN_CAPAIAN', 'percent'),
      field('reward.penghargaanMaxDeduction', 'ADDON_FIELD_PENGHARGAAN_DEDUCTION', 'percent'),
      field('reward.teguranDeductionMin', 'ADDON_FIELD_TEGURAN_DEDUCTION', 'percent'),
      field('reward.teguranTkDaysMin', 'ADDON_FIELD_TEGURAN_TK', 'integer'),
      field('reward.sanksiTkDaysMin', 'ADDON_FIELD_SANKSI_TK', 'integer'),
    ]),
    section('ADDON_UI_SECTION_BUSY', [
      field('busy.minutesPerWorkingDay', 'ADDON_FIELD_MINUTES_PER_DAY', 'number'),
      field('busy.minMinutesShare', 'ADDON_FIELD_BUSY_SHARE', 'percent'),
      field('busy.maxCapaian', 'ADDON_FIELD_BUSY_CAPAIAN', 'percent'),
      field('busy.noOutputMinutesShare', 'ADDON_FIELD_NO_OUTPUT_SHARE', 'percent'),
    ]),
    // How annual targets meet a period (shared/score/prorate.ts), as the words the policy takes; zod names a
    // wrong word next to its input. The calendar's dates are edited through JSON import/export.
    section('ADDON_UI_SECTION_PERIODS', [
      field('periods.targets', 'ADDON_FIELD_PERIOD_TARGETS', 'text'),
      field('periods.realisasi', 'ADDON_FIELD_PERIOD_REALISASI', 'text'),
      field('periods.annualTarget', 'ADDON_FIELD_PERIOD_ANNUAL_TARGET', 'text'),
    ]),
    // The Perjanjian Kinerja bands (shared/org/pk.ts): each band's bound, highest first, as the policy has them.
    section(
      'ADDON_UI_SECTION_PK',
      policy.organisation.pkBands.map((band, i) =>
        field(
          `organisation.pkBands.${i}.min`,
          band.inclusive ? 'ADDON_FIELD_PK_BAND_FROM' : 'ADDON_FIELD_PK_BAND_ABOVE',
          'percent',
          { predikat: predikatOrganisasiLabel(band.predikat) },
        ),
      ),
    ),
    section('ADDON_UI_SECTION_RECAP', [
      {
        ...field('recap.packageEmployees', 'ADDON_FIELD_RECAP_EMPLOYEES', 'choice'),
        options: [
          { id: 'kandidat', label: t('ADDON_FIELD_RECAP_EMPLOYEES_KANDIDAT') },
          { id: 'semua', label: t('ADDON_FIELD_RECAP_EMPLOYEES_SEMUA') },
        ],
      },
      field('recap.bestCount', 'ADDON_FIELD_RECAP_BEST', 'integer'),
      field('recap.mostImprovedCount', 'ADDON_FIELD_RECAP_IMPROVED', 'integer'),
    ]),
    section('ADDON_UI_SECTION_PAPERS', [
      field('papers.keberatanDays', 'ADDON_FIELD_KEBERATAN_DAYS', 'integerOrEmpty'),
    ]),
  ];
}
