import { formatNumberForLang, shownValue } from '../../../../shared';
import type { Lang } from '../../../../shared/messages';
import { t } from '../../../../shared/messages';
import type { NumberLocale } from '../../../../shared/parse';
import { detectBusyWithoutResults } from '../../../../shared/recommend';
import { categorize } from '../../../../shared/score';
import type { BadgeData } from '../dom/badge';
import type { OverlayFlag } from '../flags';
import type { OverlayPolicy } from '../light/default-policy';
import type { PackageIndex } from '../model/package';
import {
  type AssessedProgress,
  readMinutes,
  readNumber,
  readPercent,
  readPredikat,
  readStatus,
} from '../model/values';
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
  /** "3/5 dinilai" from a status or progress cell (docs/pages.md#pattern-11), when the row says one. */
  progress?: AssessedProgress | null;
  /** Score columns of the row (Nilai SKP, Nilai Akhir, ...), in the order they are preferred. */
  scores?: readonly ScoreReading[];
}

/** A score cell: a score on its own scheme (0-120 or 0-100), never a capaian (docs/pages.md#pattern-12). */
export interface ScoreReading {
  field: 'nilai_skp' | 'nilai_akhir' | 'nilai_tertimbang' | 'nilai_prestasi_kerja';
  column: string;
  text: string;
}

/**
 * The first readable score of the row. Shown as the page writes it, without a band: a Nilai SKP may be
 * on 0-100 or 0-120, and the core's public entry offers no band for a score read alone (the PP 46/2011
 * bands, pp46Category, are not exported from shared/score).
 */
function scoreOf(reading: PersonReading): { value: number; column: string } | null {
  for (const score of reading.scores ?? []) {
    const value = readNumber(score.text);
    if (value !== null && value >= 0) return { value, column: score.column };
  }
  return null;
}

/**
 * The working days of the page's period (the working-days module, as Hitung nilai counts them) and where
 * they came from, in the user's language: kesibukan semu's expected minutes rest on them.
 */
export interface BusyDays {
  days: number;
  note: string;
}

export interface PersonScore {
  badge: BadgeData;
  person: PersonSummary;
}

/**
 * A result-based indicator for one person: the page's own capaian/kinerja % when it shows one,
 * otherwise the imported results package matched by NIP, otherwise a score column shown as a score.
 * Status words and "n/m assessed" decide `belum_dinilai` (docs/pages.md#pattern-11): an approved SKP
 * never carries it, nothing assessed is never a 0 % capaian; a row with no result at all carries it. Also
 * flags `kesibukan_semu` (shared/recommend: many activity minutes against the page period's working
 * days `busyDays`, low capaian; or the package already says so). Without `busyDays` (the working-days
 * rules could not load: the caller says so) minutes are not judged: never against a guessed 21 days.
 */
export function scorePerson(
  reading: PersonReading,
  policy: OverlayPolicy,
  results: PackageIndex,
  lang: Lang,
  locale?: NumberLocale,
  busyDays?: BusyDays,
): PersonScore {
  const packaged = reading.nip ? results.get(reading.nip) : undefined;
  const status = readStatus(reading.status);
  const progress = reading.progress ?? null;
  const pageFigure = readPercent(reading.capaianText, locale);
  // Nobody with nothing assessed is scored 0 %: "0/4 dinilai", or "Belum Dinilai" beside a 0 (pattern 11).
  const nothingAssessed = progress?.done === 0 || (status === 'menunggu' && pageFigure === 0);
  const fromPage = nothingAssessed ? null : pageFigure;
  const capaian = fromPage ?? packaged?.capaian ?? null;
  const score = capaian === null ? scoreOf(reading) : null;
  const fullyAssessed = progress !== null && progress.done === progress.of;
  const flags = new Set<OverlayFlag>();
  // An approved SKP is not *belum dinilai*, whatever else the row lacks; a rejected or returned one was
  // assessed. Otherwise: a status saying "not yet", part of the indicators assessed, or no result at all.
  if (status !== 'disetujui') {
    if (
      status === 'menunggu' ||
      (progress !== null && !fullyAssessed) ||
      (capaian === null && score === null && status === null && !fullyAssessed)
    )
      flags.add('belum_dinilai');
  }
  const minutes = readMinutes(reading.minutesText);
  let busyNote: string | undefined;
  if (minutes !== null && busyDays) {
    const busy = detectBusyWithoutResults(
      { minutes, workingDays: busyDays.days, capaian, activityMinutesWithoutOutput: 0 },
      policy.busy,
    );
    if (busy.flags.includes('kesibukan_semu')) {
      flags.add('kesibukan_semu');
      // Where the working days came from, as Hitung nilai adds it to a flagged employee's reasons.
      busyNote = busyDays.note;
    }
  }
  for (const flag of packaged?.flags ?? []) flags.add(flag);
  const flagList = [...flags];
  const category = capaian === null ? undefined : categorize(capaian, policy.capaian);
  const noData = (): string =>
    t(
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
    );
  const scoreText = score ? formatNumberForLang(score.value, lang, 2) : '';
  const head =
    capaian !== null && category
      ? fromPage !== null
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
          )
      : score
        ? t('OVERLAY_TIP_SCORE', { nilai: scoreText, column: score.column }, lang)
        : nothingAssessed
          ? t('OVERLAY_TIP_NOTHING_ASSESSED', undefined, lang)
          : noData();
  const notes: string[] = [];
  if (status !== null)
    notes.push(t('OVERLAY_TIP_STATUS', { status: shownValue(reading.status.trim()) }, lang));
  if (progress !== null)
    notes.push(t('OVERLAY_TIP_PROGRESS', { done: String(progress.done), of: String(progress.of) }, lang));
  const label =
    capaian !== null && category
      ? `${percentText(capaian, lang)}% ${categoryText(category, lang)}`
      : score
        ? `${score.column} ${scoreText}`
        : nothingAssessed
          ? t('OVERLAY_BADGE_NOT_ASSESSED', undefined, lang)
          : t('OVERLAY_BADGE_NO_DATA', undefined, lang);
  const tone = toneOf(category?.id);
  const predikat = readPredikat(reading.predikatText) ?? packaged?.predikat ?? undefined;
  return {
    badge: {
      kind: 'pegawai',
      capaian,
      kategori: category?.id ?? '',
      flags: flagList,
      ...(reading.nip ? { nip: reading.nip } : {}),
      ...(score ? { nilai: score.value } : {}),
      label,
      tooltip: [head, ...notes, ...flagLines(flagList, lang), ...(busyNote ? [busyNote] : [])].join('\n'),
      tone,
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
