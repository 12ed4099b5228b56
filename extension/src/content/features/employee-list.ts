import type { Lang } from '../../../../shared/messages/catalog';
import { t } from '../../../../shared/messages/format';
import type { NumberLocale } from '../../../../shared/parse';
import { shownValue } from '../../../../shared/parse/text';
import type { Policy } from '../../../../shared/policy/schema';
import { detectBusyWithoutResults } from '../../../../shared/recommend/busy';
import { categorize } from '../../../../shared/score';
import type { BadgeData } from '../dom/badge';
import { BadgeSlots } from '../dom/badge-slots';
import type { GridCell } from '../dom/grid';
import type { OverlayFlag } from '../flags';
import type { PackageIndex } from '../model/package';
import {
  cellOf,
  hasField,
  MAX_ROWS_PER_TABLE,
  rowHash,
  type TableModel,
  textOf,
  truncatedRows,
} from '../model/table';
import {
  columnLocaleOf,
  findNip,
  isNotAssessed,
  readMinutes,
  readPercent,
  readPredikat,
} from '../model/values';
import { PEOPLE_KINDS } from '../pages';
import { emptyContribution, noteTruncation, type PersonSummary, tally } from '../summary';
import { categoryText, flagLines, percentText, toneOf } from './indicator-capaian';
import { type Feature, type ScanBatch, tableFeature, type Write } from './registry';

/** What the page (or the imported package) says about one person. */
export interface PersonReading {
  name: string;
  nip?: string;
  /** Capaian/kinerja % as shown ('' when absent), and its label for the tooltip. */
  capaianText: string;
  capaianColumn: string;
  status: string;
  minutesText: string;
  predikatText: string;
}

export interface PersonScore {
  badge: BadgeData;
  person: PersonSummary;
}

/**
 * A result-based indicator for one person: the page's own capaian/kinerja % when it shows one,
 * otherwise the imported results package matched by NIP. Flags `belum_dinilai` (status says not
 * assessed/approved, or no result at all) and `kesibukan_semu` (shared/recommend: many activity
 * minutes, low capaian; or the package already says so).
 */
export function scorePerson(
  reading: PersonReading,
  policy: Policy,
  results: PackageIndex,
  lang: Lang,
  locale?: NumberLocale,
): PersonScore {
  const packaged = reading.nip ? results.get(reading.nip) : undefined;
  const fromPage = readPercent(reading.capaianText, locale);
  const capaian = fromPage ?? packaged?.capaian ?? null;
  const flags = new Set<OverlayFlag>();
  if (isNotAssessed(reading.status) || capaian === null) flags.add('belum_dinilai');
  const minutes = readMinutes(reading.minutesText);
  if (minutes !== null) {
    const busy = detectBusyWithoutResults({ minutes, capaian, activityMinutesWithoutOutput: 0 }, policy.busy);
    if (busy.flags.includes('kesibukan_semu')) flags.add('kesibukan_semu');
  }
  for (const flag of packaged?.flags ?? []) flags.add(flag);
  const flagList = [...flags];
  const category = capaian === null ? undefined : categorize(capaian, policy.capaian);
  const head =
    capaian === null || !category
      ? t(
          'OVERLAY_TIP_NO_DATA_LIST',
          {
            why: reading.capaianColumn
              ? t(
                  'OVERLAY_TIP_NO_DATA_EMPTY',
                  { column: reading.capaianColumn, value: shownValue(reading.capaianText) },
                  lang,
                )
              : t('OVERLAY_TIP_NO_DATA_NO_COLUMN', undefined, lang),
          },
          lang,
        )
      : fromPage !== null
        ? t(
            'OVERLAY_TIP_CAPAIAN_PAGE',
            {
              capaian: percentText(capaian, lang),
              kategori: categoryText(category, lang),
              column: reading.capaianColumn,
            },
            lang,
          )
        : t(
            'OVERLAY_TIP_CAPAIAN_PACKAGE',
            { capaian: percentText(capaian, lang), kategori: categoryText(category, lang) },
            lang,
          );
  const predikat = readPredikat(reading.predikatText) ?? packaged?.predikat ?? undefined;
  return {
    badge: {
      kind: 'pegawai',
      capaian,
      kategori: category?.id ?? '',
      flags: flagList,
      ...(reading.nip ? { nip: reading.nip } : {}),
      label:
        capaian !== null && category
          ? `${percentText(capaian, lang)}% ${categoryText(category, lang)}`
          : t('OVERLAY_BADGE_NO_DATA', undefined, lang),
      tooltip: [head, ...flagLines(flagList, lang)].join('\n'),
      tone: toneOf(category?.id),
    },
    person: {
      name: reading.name || packaged?.name || reading.nip || '',
      ...(reading.nip ? { nip: reading.nip } : {}),
      capaian,
      ...(predikat ? { predikat } : {}),
      flags: flagList,
    },
  };
}

const cache = new WeakMap<HTMLTableRowElement, { hash: string; score: PersonScore }>();
const slots = new BadgeSlots<HTMLTableRowElement>();

const PERSON_FIELDS = ['nama_nip', 'nama', 'nip'] as const;

function nameWithoutNip(text: string): string {
  return text
    .replace(/NIP\s*[.:]?\s*/i, ' ')
    .replace(/(?:\d[\s.]?){18}/, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function scanTable(model: TableModel, batch: ScanBatch, writes: Write[]): void {
  const { policy, lang, results } = batch.settings;
  const personField = PERSON_FIELDS.find((f) => hasField(model, f));
  if (!personField) return;
  const contribution = emptyContribution('daftar-pegawai');
  const locale = hasField(model, 'capaian')
    ? columnLocaleOf(model.dataRows.slice(0, 200).map((r) => textOf(model, r, 'capaian')))
    : undefined;
  for (const row of model.dataRows) {
    const personCell = cellOf(model, row, personField);
    const nip = findNip(textOf(model, row, 'nip')) ?? findNip(personCell?.text ?? '');
    if (!nip && !textOf(model, row, 'nama')) continue;
    const hash = `${rowHash(row)}|${batch.settings.revision}`;
    const cached = cache.get(row.source);
    let score = cached?.hash === hash ? cached.score : undefined;
    if (!score) {
      const nameText = textOf(model, row, 'nama') || textOf(model, row, 'nama_nip');
      score = scorePerson(
        {
          name: nameWithoutNip(nameText),
          ...(nip ? { nip } : {}),
          capaianText: textOf(model, row, 'capaian'),
          capaianColumn: model.labels.capaian ?? '',
          status: textOf(model, row, 'status'),
          minutesText: textOf(model, row, 'menit'),
          predikatText: textOf(model, row, 'predikat'),
        },
        policy,
        results,
        lang,
        locale,
      );
      cache.set(row.source, { hash, score });
    }
    tally(contribution, 'pegawai', score.badge.flags);
    contribution.people.push(score.person);
    const target: GridCell | undefined = cellOf(model, row, 'capaian') ?? personCell;
    const write = slots.write(row.source, score.badge, (badge) =>
      (target?.source ?? row.source).append(badge),
    );
    if (write) {
      batch.stats.touchedRows++;
      writes.push(write);
    }
  }
  noteTruncation(contribution, model.name, truncatedRows(model), MAX_ROWS_PER_TABLE);
  batch.summary.set(model.table, contribution);
}

/** A result-based indicator per person on lists and recaps of subordinates. */
export const employeeList: Feature = tableFeature(
  'employee-list',
  ['daftar-pegawai'],
  PEOPLE_KINDS,
  scanTable,
);
