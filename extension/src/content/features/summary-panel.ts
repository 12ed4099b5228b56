import type { Lang, MessageCode } from '../../../../shared/messages/catalog';
import { formatIssue, formatNumberForLang, t } from '../../../../shared/messages/format';
import { type Policy, PREDIKAT_PEGAWAI, type PredikatPegawai } from '../../../../shared/policy/schema';
import {
  categorize,
  checkDistribution,
  predikatLabel,
  predikatOrganisasiLabel,
  proposeHasilRating,
  ratingLabel,
} from '../../../../shared/score';
import { OVERLAY_FLAGS } from '../flags';
import type { PageType } from '../pages';
import { CLASS_PREFIX, OVERLAY_ATTRIBUTE } from '../selectors';
import { type Contribution, countScored, type PersonSummary } from '../summary';
import type { Feature, Write } from './registry';

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

const STYLE = `
:host { all: initial; position: fixed; right: 12px; bottom: 12px; z-index: 2147483000; }
.p { font: 13px/1.45 system-ui, sans-serif; color: #1d1d1f; background: #fff; border: 1px solid #8a8f98;
  border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.18); width: 320px; max-height: 60vh; overflow: auto; }
button { all: unset; box-sizing: border-box; display: block; width: 100%; padding: 6px 10px; cursor: pointer;
  font-weight: 700; background: #0b5cad; color: #fff; border-radius: 7px 7px 0 0; }
button:focus-visible { outline: 3px solid #ffbf47; outline-offset: -3px; }
.body { padding: 6px 10px 10px; } .body[hidden] { display: none; }
h3 { font-size: 12px; margin: 10px 0 2px; } ul { margin: 0; padding-left: 18px; } p { margin: 2px 0; }
.bar { display: flex; align-items: center; gap: 6px; font-size: 11px; }
.bar svg { flex: none; } .bad { color: #a11a1a; } .ok { color: #0a6b2d; }
`;

interface PanelState {
  pageType: PageType;
  rows: number;
  lines: string[];
  bars: { label: string; share: number; capShare?: number }[];
  distributionTitle?: string;
  distributionNotes: { text: string; ok: boolean }[];
  lists: { title: string; people: string[] }[];
}

const personText = (p: PersonSummary): string => (p.nip ? `${p.name || '-'} (${p.nip})` : p.name || '-');

function reprimandDue(p: PersonSummary, policy: Policy): boolean {
  if (p.predikat === 'butuh_perbaikan' || p.predikat === 'kurang' || p.predikat === 'sangat_kurang')
    return true;
  if (p.flags.includes('kesibukan_semu')) return true;
  const category = p.capaian === null ? undefined : categorize(p.capaian, policy.capaian).id;
  return category === 'rendah' || category === 'sangat_rendah';
}

function appreciationDue(p: PersonSummary, policy: Policy): boolean {
  if (reprimandDue(p, policy)) return false;
  return p.predikat === 'sangat_baik' || proposeHasilRating(p.capaian, policy.rating) === 'di_atas';
}

/** Builds what the panel shows from the page's contributions (pure: tested without a DOM). */
export function panelState(
  contributions: readonly Contribution[],
  pageType: PageType,
  policy: Policy,
  lang: Lang,
): PanelState {
  const rows = countScored(contributions);
  const lines: string[] = [
    t('OVERLAY_PANEL_PAGE', { page: t(PAGE_LABELS[pageType], undefined, lang) }, lang),
  ];
  lines.push(t('OVERLAY_PANEL_ROWS', { rows: String(rows) }, lang));
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
          indikator: String(counts.indikator),
          pegawai: String(counts.pegawai),
          aktivitas: String(counts.aktivitas),
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
          minutes: formatNumberForLang(minutes, lang, 0),
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
        { count: String(total), flags: flagged.map((f) => `${f} (${flags.get(f)})`).join(', ') },
        lang,
      ),
    );
  }

  const predikat = people.map((p) => p.predikat).filter((p): p is PredikatPegawai => p !== undefined);
  const bars: PanelState['bars'] = [];
  const distributionNotes: PanelState['distributionNotes'] = [];
  let distributionTitle: string | undefined;
  if (predikat.length > 0) {
    const check = checkDistribution(ASSUMED_UNIT, predikat, policy.distribution);
    distributionTitle = t(
      'OVERLAY_PANEL_DISTRIBUTION',
      { count: String(check.total), unit: predikatOrganisasiLabel(ASSUMED_UNIT, lang) },
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
            count: String(check.counts[p]),
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
  const lists = [
    {
      title: t('OVERLAY_PANEL_REPRIMAND', undefined, lang),
      people: people.filter((p) => reprimandDue(p, policy)).map(personText),
    },
    {
      title: t('OVERLAY_PANEL_APPRECIATION', undefined, lang),
      people: people.filter((p) => appreciationDue(p, policy)).map(personText),
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
  };
}

const SVG = 'http://www.w3.org/2000/svg';

function bar(doc: Document, share: number, capShare: number | undefined): SVGSVGElement {
  const svg = doc.createElementNS(SVG, 'svg');
  svg.setAttribute('width', '100');
  svg.setAttribute('height', '10');
  svg.setAttribute('aria-hidden', 'true');
  const back = doc.createElementNS(SVG, 'rect');
  back.setAttribute('width', '100');
  back.setAttribute('height', '10');
  back.setAttribute('fill', '#e5e7eb');
  const fill = doc.createElementNS(SVG, 'rect');
  fill.setAttribute('width', String(Math.round(Math.max(0, Math.min(1, share)) * 100)));
  fill.setAttribute('height', '10');
  fill.setAttribute('fill', capShare !== undefined && share > capShare ? '#c62828' : '#1565c0');
  svg.append(back, fill);
  if (capShare !== undefined) {
    const cap = doc.createElementNS(SVG, 'line');
    const x = String(Math.round(capShare * 100));
    cap.setAttribute('x1', x);
    cap.setAttribute('x2', x);
    cap.setAttribute('y1', '0');
    cap.setAttribute('y2', '10');
    cap.setAttribute('stroke', '#111');
    cap.setAttribute('stroke-width', '2');
    svg.append(cap);
  }
  return svg;
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

let host: HTMLElement | undefined;
let expanded = true;
let lastSignature = '';

function render(doc: Document, state: PanelState, lang: Lang): void {
  if (!host?.isConnected) {
    host = doc.createElement('div');
    host.className = `${CLASS_PREFIX}panel`;
    host.setAttribute(OVERLAY_ATTRIBUTE, 'panel');
    host.attachShadow({ mode: 'open' });
    (doc.body ?? doc.documentElement).append(host);
    lastSignature = '';
  }
  host.setAttribute('data-page', state.pageType);
  host.setAttribute('data-rows', String(state.rows));
  host.setAttribute('lang', lang);
  const signature = JSON.stringify(state) + lang;
  if (signature === lastSignature) return;
  lastSignature = signature;
  const root = host.shadowRoot!;
  root.textContent = '';
  const style = el(doc, 'style', STYLE);
  const panel = el(doc, 'section', undefined, 'p');
  panel.setAttribute('aria-label', t('OVERLAY_PANEL_TOGGLE', undefined, lang));
  const toggle = el(
    doc,
    'button',
    `${t('OVERLAY_PANEL_TITLE', undefined, lang)} · ${t('OVERLAY_PANEL_TOGGLE', undefined, lang)}`,
  );
  toggle.type = 'button';
  toggle.setAttribute('aria-expanded', String(expanded));
  toggle.setAttribute('aria-controls', 'nk-panel-body');
  const body = el(doc, 'div', undefined, 'body');
  body.id = 'nk-panel-body';
  body.hidden = !expanded;
  toggle.addEventListener('click', () => {
    expanded = !expanded;
    toggle.setAttribute('aria-expanded', String(expanded));
    body.hidden = !expanded;
  });
  for (const line of state.lines) body.append(el(doc, 'p', line));
  if (state.distributionTitle) {
    body.append(el(doc, 'h3', state.distributionTitle));
    for (const b of state.bars) {
      const row = el(doc, 'div', undefined, 'bar');
      row.append(bar(doc, b.share, b.capShare), el(doc, 'span', b.label));
      body.append(row);
    }
    for (const note of state.distributionNotes) body.append(el(doc, 'p', note.text, note.ok ? 'ok' : 'bad'));
  }
  for (const list of state.lists) {
    body.append(el(doc, 'h3', list.title));
    const ul = el(doc, 'ul');
    if (list.people.length === 0) ul.append(el(doc, 'li', t('OVERLAY_PANEL_NOBODY', undefined, lang)));
    for (const person of list.people.slice(0, 50)) ul.append(el(doc, 'li', person));
    if (list.people.length > 50) ul.append(el(doc, 'li', `+${list.people.length - 50}`));
    body.append(ul);
  }
  panel.append(toggle, body);
  root.append(style, panel);
}

/** Removes the panel (overlay switched off or torn down). */
export function removePanel(): void {
  host?.remove();
  host = undefined;
  lastSignature = '';
}

/** ONE summary panel per page: counts, the predikat distribution against SE MenPANRB 3/2023, who needs what. */
export const summaryPanel: Feature = {
  id: 'summary-panel',
  pages: 'all',
  init(signal, featureHost) {
    signal.addEventListener('abort', removePanel, { once: true });
    featureHost.onScan((batch): Write[] => [
      () => {
        const state = panelState(
          batch.summary.contributions(),
          batch.pageType,
          batch.settings.policy,
          batch.settings.lang,
        );
        // A page with nothing recognised gets no panel: the overlay stays out of unrelated pages.
        if (state.pageType === 'unknown' && state.rows === 0) removePanel();
        else render(batch.doc, state, batch.settings.lang);
      },
    ]);
  },
};
