import type { Lang } from '../../../../shared/messages/catalog';
import { t } from '../../../../shared/messages/format';
import { type PanelState, panelState } from '../model/panel-state';
import { CLASS_PREFIX, OVERLAY_ATTRIBUTE } from '../selectors';
import type { Feature, Write } from './registry';

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
    if (list.people.length > 50)
      ul.append(el(doc, 'li', t('OVERLAY_LIST_MORE', { count: String(list.people.length - 50) }, lang)));
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
