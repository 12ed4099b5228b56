import { shownValue } from '../../../../shared';
import type { Lang } from '../../../../shared/messages';
import { t } from '../../../../shared/messages';
import type { NumberLocale } from '../../../../shared/parse';
import type { Policy } from '../../../../shared/policy';
import { detectBusyWithoutResults } from '../../../../shared/recommend';
import { categorize } from '../../../../shared/score';
import type { BadgeData } from '../dom/badge';
import type { OverlayFlag } from '../flags';
import type { PackageIndex } from '../model/package';
import { isNotAssessed, readMinutes, readPercent, readPredikat } from '../model/values';
import type { PersonSummary } from '../summary';
import { categoryText, flagLines, percentText, toneOf } from './show';

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
