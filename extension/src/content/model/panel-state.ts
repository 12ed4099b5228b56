import type { Lang, MessageCode } from '../../../../shared/messages';
import { formatIssue, formatNumberForLang, t } from '../../../../shared/messages';
import { PREDIKAT_PEGAWAI, type PredikatPegawai } from '../../../../shared/policy';
import { isAppreciative, isCorrective, recommendForPerson } from '../../../../shared/recommend';
import {
  checkDistribution,
  predikatLabel,
  predikatOrganisasiLabel,
  ratingLabel,
} from '../../../../shared/score';
import { FLAG_NAMES, OVERLAY_FLAGS } from '../flags';
import type { OverlayPolicy } from '../light/default-policy';
import type { PageType } from '../pages';
import { type Contribution, countScored, type PersonSummary } from '../summary';
import type { PackagedDuties } from './package';

/* What the summary panel shows, computed from the page's contributions: pure, tested without a DOM. */

const PAGE_LABELS: Record<PageType, MessageCode> = {
  'skp-penilaian': 'OVERLAY_PAGE_SKP_PENILAIAN',
  'skp-rencana': 'OVERLAY_PAGE_SKP_RENCANA',
  aktivitas: 'OVERLAY_PAGE_AKTIVITAS',
  'daftar-pegawai': 'OVERLAY_PAGE_DAFTAR_PEGAWAI',
  'kartu-pegawai': 'OVERLAY_PAGE_KARTU_PEGAWAI',
  unknown: 'OVERLAY_PAGE_UNKNOWN',
};

/**
 * The unit's own predikat is not on these pages; SE MenPANRB 3/2023 rules are checked for a unit rated
 * Baik, the most common case (stated in the panel so nobody mistakes it for a measured value).
 */
const ASSUMED_UNIT = 'baik' as const;

export interface PanelState {
  pageType: PageType;
  rows: number;
  lines: string[];
  bars: { label: string; share: number; capShare?: number }[];
  distributionTitle?: string;
  distributionNotes: { text: string; ok: boolean }[];
  lists: { title: string; people: string[] }[];
  /**
   * The supervisor's own undone duties from their results package (issue 11: the same the add-on's
   * reward sheet shows): each duty's line with names and dates, and what they were judged from.
   */
  duties?: { title: string; basis: string | null; items: string[] };
}

/** "1 employee" / "3 employees": the counted noun in the form its number needs (catalog ONE/MANY pairs). */
function counted(count: number, one: MessageCode, many: MessageCode, lang: Lang): string {
  return t(count === 1 ? one : many, { count: formatNumberForLang(count, lang, 0) }, lang);
}

const personText = (p: PersonSummary): string => (p.nip ? `${p.name || '-'} (${p.nip})` : p.name || '-');

/** The follow-up the core's reward rules give a person seen on the page (shared/recommend). */
const followUp = (p: PersonSummary, policy: OverlayPolicy) =>
  recommendForPerson({ predikat: p.predikat ?? null, capaian: p.capaian, flags: p.flags }, policy);

/**
 * "Tugas Anda sebagai atasan": the lines the add-on wrote for each duty (in the package's language,
 * names and dates included) and the line saying what they were judged from.
 */
const dutySection = (duties: PackagedDuties, lang: Lang): NonNullable<PanelState['duties']> => ({
  title: t('OVERLAY_PANEL_DUTIES', { count: String(duties.duties.length) }, lang),
  basis: duties.basis,
  items: duties.duties.map((d) => d.text),
});

/** Builds what the panel shows from the page's contributions (pure: tested without a DOM). */
export function panelState(
  contributions: readonly Contribution[],
  pageType: PageType,
  policy: OverlayPolicy,
  lang: Lang,
  duties: PackagedDuties | null = null,
): PanelState {
  const rows = countScored(contributions);
  const lines: string[] = [
    t('OVERLAY_PANEL_PAGE', { page: t(PAGE_LABELS[pageType], undefined, lang) }, lang),
  ];
  lines.push(t(rows === 1 ? 'OVERLAY_PANEL_ROWS_ONE' : 'OVERLAY_PANEL_ROWS', { rows: String(rows) }, lang));
  const counts = { indikator: 0, pegawai: 0, aktivitas: 0 };
  const flags = new Map<string, number>();
  const people: PersonSummary[] = [];
  let minutes = 0;
  let withOutput = 0;
  for (const c of contributions) {
    counts.indikator += c.counts.indikator ?? 0;
    counts.pegawai += (c.counts.pegawai ?? 0) + (c.employee ? 1 : 0);
    counts.aktivitas += c.counts.aktivitas ?? 0;
    for (const [flag, n] of Object.entries(c.flags)) flags.set(flag, (flags.get(flag) ?? 0) + (n ?? 0));
    people.push(...c.people);
    if (c.activity) {
      minutes += c.activity.minutes;
      withOutput += c.activity.withOutput;
    }
    if (c.employee?.capaian != null && c.employee.proposed)
      lines.push(
        t(
          'OVERLAY_PANEL_EMPLOYEE',
          {
            capaian: formatNumberForLang(c.employee.capaian * 100, lang, 2),
            rating: ratingLabel(c.employee.proposed, lang),
          },
          lang,
        ),
      );
    if (c.employee && (c.employee.chosen || c.employee.pagePredikat)) {
      const differs = Boolean(
        c.employee.proposed && c.employee.chosen && c.employee.proposed !== c.employee.chosen,
      );
      lines.push(
        t(
          differs ? 'OVERLAY_PANEL_PAGE_DECISION_DIFFERS' : 'OVERLAY_PANEL_PAGE_DECISION',
          {
            rating: c.employee.chosen
              ? ratingLabel(c.employee.chosen, lang)
              : t('OVERLAY_TIP_NOT_CHOSEN', undefined, lang),
            predikat: c.employee.pagePredikat ? predikatLabel(c.employee.pagePredikat, lang) : '-',
          },
          lang,
        ),
      );
    }
    if (c.paged && c.paged.seen < c.paged.total)
      lines.push(
        t(
          'OVERLAY_PANEL_PAGED',
          { seen: String(c.paged.seen), total: String(c.paged.total), table: c.paged.table },
          lang,
        ),
      );
    for (const note of c.notes ?? []) lines.push(note);
    if (c.truncated)
      lines.push(
        t('OVERLAY_PANEL_TRUNCATED', { limit: String(c.truncated.limit), table: c.truncated.table }, lang),
      );
  }
  if (rows === 0) lines.push(t('OVERLAY_PANEL_NOTHING', undefined, lang));
  else
    lines.push(
      t(
        'OVERLAY_PANEL_COUNTS',
        {
          indikator: counted(
            counts.indikator,
            'OVERLAY_COUNT_INDIKATOR_ONE',
            'OVERLAY_COUNT_INDIKATOR_MANY',
            lang,
          ),
          pegawai: counted(counts.pegawai, 'OVERLAY_COUNT_PEGAWAI_ONE', 'OVERLAY_COUNT_PEGAWAI_MANY', lang),
          aktivitas: counted(
            counts.aktivitas,
            'OVERLAY_COUNT_AKTIVITAS_ONE',
            'OVERLAY_COUNT_AKTIVITAS_MANY',
            lang,
          ),
        },
        lang,
      ),
    );
  if (pageType === 'skp-rencana') lines.push(t('OVERLAY_PANEL_TARGET_ONLY', undefined, lang));
  if (minutes > 0)
    lines.push(
      t(
        'OVERLAY_PANEL_ACTIVITY_SHARE',
        {
          share: formatNumberForLang((withOutput / minutes) * 100, lang, 1),
          minutes: counted(minutes, 'OVERLAY_COUNT_MENIT_ONE', 'OVERLAY_COUNT_MENIT_MANY', lang),
        },
        lang,
      ),
    );
  const flagged = OVERLAY_FLAGS.filter((f) => (flags.get(f) ?? 0) > 0);
  if (flagged.length > 0) {
    const total = flagged.reduce((sum, f) => sum + (flags.get(f) ?? 0), 0);
    lines.push(
      t(
        'OVERLAY_PANEL_FLAGGED',
        {
          count: String(total),
          flags: flagged.map((f) => `${t(FLAG_NAMES[f], undefined, lang)} (${flags.get(f)})`).join(', '),
        },
        lang,
      ),
    );
  }

  const predikat = people.map((p) => p.predikat).filter((p): p is PredikatPegawai => p !== undefined);
  const bars: PanelState['bars'] = [];
  const distributionNotes: PanelState['distributionNotes'] = [];
  let distributionTitle: string | undefined;
  // A distribution needs a team: one person's predikat is not a spread (SE MenPANRB 3/2023 counts a unit).
  if (predikat.length > 1) {
    const check = checkDistribution(ASSUMED_UNIT, predikat, policy.distribution);
    distributionTitle = t(
      'OVERLAY_PANEL_DISTRIBUTION',
      {
        people: counted(check.total, 'OVERLAY_COUNT_PEGAWAI_ONE', 'OVERLAY_COUNT_PEGAWAI_MANY', lang),
        unit: predikatOrganisasiLabel(ASSUMED_UNIT, lang),
      },
      lang,
    );
    for (const p of PREDIKAT_PEGAWAI) {
      const caps = check.rules.filter(
        (r) => r.kind === 'max' && r.predikat.length === 1 && r.predikat[0] === p,
      );
      bars.push({
        label: t(
          'OVERLAY_PANEL_DISTRIBUTION_BAR',
          {
            predikat: predikatLabel(p, lang),
            people: counted(check.counts[p], 'OVERLAY_COUNT_PEGAWAI_ONE', 'OVERLAY_COUNT_PEGAWAI_MANY', lang),
            share: formatNumberForLang((check.counts[p] / check.total) * 100, lang, 0),
          },
          lang,
        ),
        share: check.counts[p] / check.total,
        ...(caps[0] ? { capShare: caps[0].share } : {}),
      });
    }
    for (const rule of check.rules)
      if (rule.issue) distributionNotes.push({ text: formatIssue(rule.issue, lang), ok: false });
    if (check.ok)
      distributionNotes.push({ text: t('OVERLAY_PANEL_DISTRIBUTION_OK', undefined, lang), ok: true });
  }
  // One follow-up per person for both lists (a big list has thousands of people).
  const followUps = people.map((p) => followUp(p, policy));
  const lists = [
    {
      title: t('OVERLAY_PANEL_REPRIMAND', undefined, lang),
      people: people.filter((_, i) => isCorrective(followUps[i]!)).map(personText),
    },
    {
      title: t('OVERLAY_PANEL_APPRECIATION', undefined, lang),
      people: people.filter((_, i) => isAppreciative(followUps[i]!)).map(personText),
    },
    {
      title: t('OVERLAY_PANEL_AWAITING', undefined, lang),
      people: people
        .filter((p) => p.flags.includes('belum_dinilai') || p.flags.includes('tanpa_umpan_balik'))
        .map(personText),
    },
  ];
  return {
    pageType,
    rows,
    lines,
    bars,
    ...(distributionTitle ? { distributionTitle } : {}),
    distributionNotes,
    lists,
    ...(duties ? { duties: dutySection(duties, lang) } : {}),
  };
}
