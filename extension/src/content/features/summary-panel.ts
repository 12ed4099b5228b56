import type { Lang } from '../../../../shared/messages';
import { t } from '../../../../shared/messages';
import { attachRoot, own, shadowOf } from '../dom/owned';
import type { PanelState } from '../model/panel-state';
import { panelModule } from '../on-demand';
import type { PageType } from '../pages';
import { CLASS_PREFIX, OVERLAY_ATTRIBUTE } from '../selectors';
import { type Contribution, countScored } from '../summary';
import { type Feature, logFeatureError, type ScanBatch, type Write } from './registry';

/** One rule a line, without optional spaces: the content script carries this text to every page. */
const STYLE = () => `:host{all:initial;display:block;height:${RESERVE_PX}px}
.p{position:fixed;right:12px;bottom:12px;z-index:2147483000;box-sizing:border-box;font:13px/1.45 system-ui,sans-serif;color:#1d1d1f;background:#fff;border:1px solid #8a8f98;border-radius:8px;box-shadow:0 4px 16px rgba(0,0,0,.18);width:min(340px,calc(100vw - 24px));max-height:calc(100vh - 24px);overflow:auto}
.p.closed{width:auto;max-width:calc(100vw - 24px);overflow:hidden}
button{all:unset;box-sizing:border-box;display:flex;gap:8px;align-items:center;width:100%;padding:6px 10px;cursor:pointer;font-weight:700;background:#0b5cad;color:#fff;border-radius:7px 7px 0 0}
.closed button{border-radius:7px;white-space:nowrap}
.t{flex:1}
.chev{flex:none;font-size:14px;line-height:1}
button:focus-visible{outline:3px solid #ffbf47;outline-offset:-3px}
.body{padding:6px 10px 10px}
.body[hidden]{display:none}
h3{font-size:12px;margin:10px 0 2px}
ul{margin:0;padding-left:18px}
p{margin:2px 0}
.bar{display:flex;align-items:center;gap:6px;font-size:11px}
.bar svg{flex:none}
.bad{color:#a11a1a}
.ok{color:#0a6b2d}
.basis{font-size:11px;color:#4a4f57}`;

const SVG = 'http://www.w3.org/2000/svg';
/**
 * The panel's host stays in the page flow at the end of <body> with this height, so the page can always
 * scroll its last rows and footer clear of the collapsed panel (screenshot findings 1 and 4).
 */
const RESERVE_PX = 56;
/** Below this viewport width the open panel would cover most of any table: it starts collapsed. */
const NARROW_PX = 900;

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
/** Starts collapsed; opened after layout when the open panel would not cover the page's main table. */
let expanded = false;
/** Once the user toggles, their choice wins over the automatic placement. */
let userChose = false;
let lastSignature = '';

/** The table with the most rows: the one people read, which the panel must not cover. */
function mainTable(doc: Document): HTMLTableElement | undefined {
  let best: HTMLTableElement | undefined;
  for (const table of Array.from(doc.getElementsByTagName('table'))) {
    if (!best || table.rows.length > best.rows.length) best = table;
  }
  return best;
}

/**
 * Opens the panel when, open, it would leave the main table uncovered: a horizontal test, because the
 * panel is fixed and the table scrolls under it. The table's box and the window's width come from an
 * IntersectionObserver, which reports them after the browser's own layout: nothing is read from the
 * page's layout in between our writes (a forced layout of a 2,000-row table costs a long task).
 */
function placeAfterLayout(doc: Document, apply: (open: boolean) => void): void {
  const view = doc.defaultView;
  const decide = (width: number, table: DOMRectReadOnly | undefined): void => {
    if (userChose || !host?.isConnected) return;
    const panelLeft = width - 12 - Math.min(340, width - 24);
    const covers = table !== undefined && table.width > 0 && table.right > panelLeft;
    apply(width >= NARROW_PX && !covers);
  };
  const table = mainTable(doc);
  const Observer = (view as { IntersectionObserver?: typeof IntersectionObserver } | null)
    ?.IntersectionObserver;
  if (!Observer || !table) {
    decide(view?.innerWidth ?? 0, undefined);
    return;
  }
  const observer = new Observer((entries) => {
    observer.disconnect();
    const entry = entries[entries.length - 1];
    decide(entry?.rootBounds?.width ?? view?.innerWidth ?? 0, entry?.boundingClientRect);
  });
  observer.observe(table);
}

/** Applies open/closed to the rendered panel (replaced at each render). */
let setExpanded: (open: boolean) => void = (open) => {
  expanded = open;
};

/** A list of lines, at most 50 shown (the rest counted), "Tidak ada." when empty. */
function listOf(doc: Document, items: readonly string[], lang: Lang): HTMLUListElement {
  const ul = el(doc, 'ul');
  if (items.length === 0) ul.append(el(doc, 'li', t('OVERLAY_PANEL_NOBODY', undefined, lang)));
  for (const item of items.slice(0, 50)) ul.append(el(doc, 'li', item));
  if (items.length > 50)
    ul.append(el(doc, 'li', t('OVERLAY_LIST_MORE', { count: String(items.length - 50) }, lang)));
  return ul;
}

/** The supervisor's own duties from their package: the title, what they were judged from, each duty. */
function appendDuties(
  doc: Document,
  body: HTMLElement,
  duties: NonNullable<PanelState['duties']>,
  lang: Lang,
): void {
  const section = el(doc, 'div', undefined, 'duties');
  section.append(el(doc, 'h3', duties.title));
  if (duties.basis) section.append(el(doc, 'p', duties.basis, 'basis'));
  section.append(listOf(doc, duties.items, lang));
  body.append(section);
}

function render(doc: Document, state: PanelState, lang: Lang): void {
  if (!host?.isConnected) {
    host = own(doc.createElement('div'));
    host.className = `${CLASS_PREFIX}panel`;
    host.setAttribute(OVERLAY_ATTRIBUTE, 'panel');
    attachRoot(host);
    (doc.body ?? doc.documentElement).append(host);
    lastSignature = '';
    if (!userChose) expanded = false;
    placeAfterLayout(doc, (open) => setExpanded(open));
  }
  host.setAttribute('data-page', state.pageType);
  host.setAttribute('data-rows', String(state.rows));
  host.setAttribute('lang', lang);
  const signature = JSON.stringify(state) + lang;
  if (signature === lastSignature) return;
  lastSignature = signature;
  const root = shadowOf(host);
  if (!root) return;
  root.textContent = '';
  const style = el(doc, 'style', STYLE());
  const panel = el(doc, 'section', undefined, expanded ? 'p' : 'p closed');
  panel.setAttribute('aria-label', t('OVERLAY_PANEL_TOGGLE', undefined, lang));
  const toggle = el(doc, 'button');
  const title = el(doc, 'span', undefined, 't');
  // A visible open/closed cue next to aria-expanded (finding 3): points down to close, up to open.
  const chevron = el(doc, 'span', undefined, 'chev');
  chevron.setAttribute('aria-hidden', 'true');
  toggle.append(title, chevron);
  toggle.type = 'button';
  toggle.setAttribute('aria-controls', 'nk-panel-body');
  const body = el(doc, 'div', undefined, 'body');
  body.id = 'nk-panel-body';
  const show = (): void => {
    toggle.setAttribute('aria-expanded', String(expanded));
    toggle.title = t(expanded ? 'OVERLAY_PANEL_CLOSE' : 'OVERLAY_PANEL_OPEN', undefined, lang);
    title.textContent = expanded
      ? `${t('OVERLAY_PANEL_TITLE', undefined, lang)} · ${t('OVERLAY_PANEL_TOGGLE', undefined, lang)}`
      : t('OVERLAY_PANEL_TITLE', undefined, lang);
    chevron.textContent = expanded ? '\u25BE' : '\u25B4';
    body.hidden = !expanded;
    panel.className = expanded ? 'p' : 'p closed';
  };
  setExpanded = (open) => {
    expanded = open;
    show();
  };
  show();
  toggle.addEventListener('click', () => {
    userChose = true;
    setExpanded(!expanded);
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
  for (const list of state.lists) body.append(el(doc, 'h3', list.title), listOf(doc, list.people, lang));
  if (state.duties) appendDuties(doc, body, state.duties, lang);
  panel.append(toggle, body);
  root.append(style, panel);
}

/** Removes the panel (overlay switched off or torn down). */
export function removePanel(): void {
  host?.remove();
  host = undefined;
  lastSignature = '';
}

/**
 * What the panel shows when the panel module could not come (panel/api.ts): the page and its row count,
 * which the content script knows, and that the summary failed to load. The badges stand on their own.
 */
function withoutModule(contributions: readonly Contribution[], pageType: PageType, lang: Lang): PanelState {
  return {
    pageType,
    rows: countScored(contributions),
    lines: [t('OVERLAY_PANEL_MODULE_MISSING', undefined, lang)],
    bars: [],
    distributionNotes: [],
    lists: [],
  };
}

/** Whether a scan leaves something to summarise: a page with nothing recognised gets no panel (and no module). */
const summarises = (batch: ScanBatch, contributions: readonly Contribution[]): boolean =>
  batch.pageType !== 'unknown' || countScored(contributions) > 0;

/**
 * ONE summary panel per page: counts, the predikat distribution against SE MenPANRB 3/2023, who needs
 * what. What it says comes from the panel module (panel/api.ts), asked for as soon as a scan has read
 * something to summarise (while the rest of the page is still being scored, so it is mostly there by the
 * first write, and the panel is drawn in the same frame as the first badges: a panel drawn in a frame of
 * its own costs the page one more layout). Until it is here the panel waits (the badges do not); if it
 * comes after the last write, the panel is drawn then, from the live summary (nothing is read or scored
 * again for it).
 */
export const summaryPanel: Feature = {
  id: 'summary-panel',
  pages: 'all',
  init(signal, featureHost) {
    signal.addEventListener('abort', removePanel, { once: true });
    // Every slice of a big table plans a panel write, and a frame runs the writes of several slices:
    // only the last planned draws (from the live summary: what each of them would have drawn).
    let latest: ScanBatch | undefined;
    /** Whether the latest scan's write has run (a write still to come draws the panel itself). */
    let written = false;
    const draw = (batch: ScanBatch): void => {
      if (batch !== latest || signal.aborted) return;
      const contributions = batch.summary.contributions();
      const { lang } = batch.settings;
      if (!summarises(batch, contributions)) {
        removePanel();
        return;
      }
      const module = panelModule(redraw);
      if (module.status === 'loading') return;
      const state =
        module.status === 'ready'
          ? module.api.state(
              contributions,
              batch.pageType,
              batch.settings.policy,
              lang,
              batch.settings.duties,
            )
          : withoutModule(contributions, batch.pageType, lang);
      render(batch.doc, state, lang);
    };
    // One callback for the whole init (every scan while the module loads gives the same one). When the
    // module arrives after the latest write, the panel is drawn at once, outside the overlay's writes (so a
    // failure is logged here); before it, the write to come draws it.
    const redraw = (): void => {
      if (latest === undefined || !written) return;
      try {
        draw(latest);
      } catch (error) {
        logFeatureError('summary-panel', error, latest.settings.lang);
      }
    };
    featureHost.onScan((batch): Write[] => {
      latest = batch;
      written = false;
      // Asked for while the scan reads (the features before this one have added to the summary).
      if (summarises(batch, batch.summary.contributions())) panelModule(redraw);
      return [
        () => {
          if (batch === latest) written = true;
          draw(batch);
        },
      ];
    });
  },
};
