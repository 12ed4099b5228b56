import type { OverlayFlag } from '../flags';
import { CLASS_PREFIX, OVERLAY_ATTRIBUTE } from '../selectors';

/** What a badge is about (CONTRACT.md). `rhk` is the per-RHK proposal next to a per-RHK rating. */
export type BadgeKind = 'indikator' | 'pegawai' | 'aktivitas' | 'rhk';
export type BadgeTone = 'good' | 'mid' | 'bad' | 'none';

export interface BadgeData {
  kind: BadgeKind;
  /** Fraction (1 = 100%), or null when not computable. */
  capaian: number | null;
  /** Category id (sangat_tinggi ...), rating id, or activity state; '' when none. */
  kategori: string;
  flags: readonly OverlayFlag[];
  nip?: string;
  /** Short visible text, e.g. "92,5% Sangat Tinggi". */
  label: string;
  /** Why: the tooltip, already in the user's language. */
  tooltip: string;
  tone: BadgeTone;
}

/** Beyond this a "capaian" is a data error (a target typed as 1 for 1.000.000), not a number to print. */
const MAX_PRINTABLE = 1e12;

/**
 * The contract's capaian: a plain decimal fraction with at most 4 decimals ("0.925"), never in
 * exponent form; '' when not computable or absurdly large. Never NaN or Infinity.
 */
export function formatCapaianAttribute(capaian: number | null): string {
  if (capaian === null || !Number.isFinite(capaian) || Math.abs(capaian) >= MAX_PRINTABLE) return '';
  const fixed = (Math.round(capaian * 10000) / 10000).toFixed(4).replace(/\.?0+$/, '');
  return fixed === '-0' ? '0' : fixed;
}

const STYLE = `
:host { all: initial; display: inline-block; vertical-align: middle; margin: 0 0 0 4px; }
.b { font: 600 11px/1.4 system-ui, sans-serif; border-radius: 9px; padding: 0 6px; white-space: nowrap;
  border: 1px solid currentColor; cursor: help; }
.good { color: #0a6b2d; background: #e3f6e9; } .mid { color: #8a5a00; background: #fff4d6; }
.bad { color: #a11a1a; background: #fde8e8; } .none { color: #444; background: #eee; }
.f { margin-left: 4px; font-weight: 700; }
`;

/** Shared constructed stylesheet: one parse for thousands of badges. */
let sheet: CSSStyleSheet | undefined;
function badgeSheet(): CSSStyleSheet | undefined {
  if (sheet) return sheet;
  try {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
  } catch {
    sheet = undefined;
  }
  return sheet;
}

function render(host: HTMLElement, data: BadgeData): void {
  host.setAttribute('data-kind', data.kind);
  host.setAttribute('data-capaian', formatCapaianAttribute(data.capaian));
  host.setAttribute('data-kategori', data.kategori);
  host.setAttribute('data-flags', data.flags.join(' '));
  if (data.nip) host.setAttribute('data-nip', data.nip);
  else host.removeAttribute('data-nip');
  host.title = data.tooltip;
  host.setAttribute('aria-label', `${data.label}. ${data.tooltip}`);
  const root = host.shadowRoot;
  if (!root) return;
  const pill = root.querySelector('span') ?? root.appendChild(host.ownerDocument.createElement('span'));
  pill.className = `b ${data.tone}`;
  pill.textContent = data.label;
  if (data.flags.length > 0) {
    const mark = host.ownerDocument.createElement('span');
    mark.className = 'f';
    mark.textContent = '!';
    pill.appendChild(mark);
  }
}

let prototype: HTMLElement | undefined;

/**
 * An empty badge host with its shadow root and pill, cloned from one prototype: a clonable shadow root
 * (Chromium 124+) copies in one native call what four DOM calls and an attachShadow build otherwise,
 * which mattered on 2,000-row pages. Browsers without clonable roots get a host without a root.
 */
function blankBadge(doc: Document): HTMLElement {
  if (!prototype || prototype.ownerDocument !== doc) {
    prototype = doc.createElement('span');
    prototype.className = `${CLASS_PREFIX}badge`;
    prototype.setAttribute(OVERLAY_ATTRIBUTE, 'badge');
    prototype.setAttribute('role', 'note');
    try {
      const root = prototype.attachShadow({ mode: 'open', clonable: true } as ShadowRootInit);
      root.appendChild(doc.createElement('span'));
    } catch {
      // No shadow DOM: createBadge attaches one per badge.
    }
  }
  return prototype.cloneNode(true) as HTMLElement;
}

/**
 * A badge element for the page's light DOM. Its data lives in attributes (the automation contract);
 * what people see lives in a closed-to-the-page style scope (shadow root), and all text is set with
 * textContent, so page text can never become markup.
 */
export function createBadge(doc: Document, data: BadgeData): HTMLElement {
  const host = blankBadge(doc);
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  const shared = badgeSheet();
  if (shared) root.adoptedStyleSheets = [shared];
  else {
    const style = doc.createElement('style');
    style.textContent = STYLE;
    root.appendChild(style);
  }
  render(host, data);
  return host;
}

/** Re-renders an existing badge in place (a re-scored row keeps its badge element). */
export function updateBadge(host: HTMLElement, data: BadgeData): void {
  render(host, data);
}

/** Every badge and panel the overlay put in the document. */
export function removeAllOverlay(doc: Document): void {
  for (const element of Array.from(
    doc.querySelectorAll(
      `.${CLASS_PREFIX}badge[${OVERLAY_ATTRIBUTE}], .${CLASS_PREFIX}panel[${OVERLAY_ATTRIBUTE}]`,
    ),
  )) {
    element.remove();
  }
}
