import type { OverlayFlag } from '../flags';
import { CLASS_PREFIX, OVERLAY_ATTRIBUTE } from '../selectors';
import { attachRoot, isOwned, own, removeOwned, shadowOf } from './owned';

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
  /** A score as the page writes it (Nilai SKP 84,5 -> 84.5), on its own scheme: never a capaian. */
  nilai?: number;
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

/**
 * Colours are the badge's own in light and dark mode alike (text and background both set, at least
 * 4.5:1 each: 5.9, 5.4, 6.7, 8.4), so no page or colour scheme can make a badge unreadable. The focus
 * ring and the reason box live in the shadow root too, where page styles cannot hide them. One rule a
 * line, without optional spaces: the content script carries this text to every page.
 */
const STYLE = `:host{all:initial;display:inline-block;vertical-align:middle;margin:0 0 0 4px;position:relative;contain:layout style}
:host(:focus){outline:none}
.b{font:600 11px/1.4 system-ui,sans-serif;border-radius:9px;padding:0 6px;white-space:nowrap;border:1px solid currentColor;cursor:help}
:host(:focus-visible) .b{outline:2px solid #0b57d0;outline-offset:1px;box-shadow:0 0 0 3px #fff}
.good{color:#0a6b2d;background:#e3f6e9}
.mid{color:#8a5a00;background:#fff4d6}
.bad{color:#a11a1a;background:#fde8e8}
.none{color:#444;background:#eee}
.f{margin-left:4px;font-weight:700}
.tip{position:absolute;left:0;top:calc(100% + 4px);z-index:2147483001;box-sizing:border-box;width:max-content;max-width:min(360px,80vw);padding:6px 8px;white-space:pre-line;font:400 12px/1.45 system-ui,sans-serif;color:#1d1d1f;background:#fff;border:1px solid #5f6368;border-radius:6px;box-shadow:0 2px 8px rgba(0,0,0,.25)}
.tip[hidden]{display:none}`;

/**
 * Shared constructed stylesheet: one parse for thousands of badges (constructable stylesheets are in
 * every Chrome the manifest accepts: minimum_chrome_version 109, extension/manifest.ts).
 */
let sheet: CSSStyleSheet | undefined;
function badgeSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
  }
  return sheet;
}

/** The visible pill of each badge, kept so a write never searches the shadow root for it. */
const pills = new WeakMap<HTMLElement, HTMLElement>();
/** The reason box of each badge that has shown one. */
const tips = new WeakMap<HTMLElement, HTMLElement>();

/** Parts cloned for every badge: cheaper than creating and configuring each element anew. */
const templates = new WeakMap<Document, { host: HTMLElement; pill: HTMLElement; mark: HTMLElement }>();
function templatesOf(doc: Document): { host: HTMLElement; pill: HTMLElement; mark: HTMLElement } {
  let parts = templates.get(doc);
  if (!parts) {
    const host = doc.createElement('span');
    host.className = `${CLASS_PREFIX}badge`;
    host.setAttribute(OVERLAY_ATTRIBUTE, 'badge');
    host.setAttribute('role', 'note');
    // Reachable by keyboard: Tab stops on each badge, which then shows its reason (keyboardReasons).
    host.setAttribute('tabindex', '0');
    const mark = doc.createElement('span');
    mark.className = 'f';
    mark.textContent = '!';
    parts = { host, pill: doc.createElement('span'), mark };
    templates.set(doc, parts);
  }
  return parts;
}

function render(host: HTMLElement, data: BadgeData): void {
  host.setAttribute('data-kind', data.kind);
  host.setAttribute('data-capaian', formatCapaianAttribute(data.capaian));
  host.setAttribute('data-kategori', data.kategori);
  host.setAttribute('data-flags', data.flags.join(' '));
  if (data.nip) host.setAttribute('data-nip', data.nip);
  else if (host.hasAttribute('data-nip')) host.removeAttribute('data-nip');
  if (data.nilai !== undefined) host.setAttribute('data-nilai', formatCapaianAttribute(data.nilai));
  else if (host.hasAttribute('data-nilai')) host.removeAttribute('data-nilai');
  host.title = data.tooltip;
  host.setAttribute('aria-label', `${data.label}. ${data.tooltip}`);
  const root = shadowOf(host);
  if (!root) return;
  const tip = tips.get(host);
  if (tip) tip.textContent = data.tooltip;
  let pill = pills.get(host);
  if (!pill) {
    pill = root.appendChild(templatesOf(host.ownerDocument).pill.cloneNode() as HTMLElement);
    pills.set(host, pill);
  }
  pill.className = `b ${data.tone}`;
  pill.textContent = data.label;
  if (data.flags.length > 0) pill.appendChild(templatesOf(host.ownerDocument).mark.cloneNode(true));
}

/**
 * A badge element for the page's light DOM. Its data lives in attributes (the automation contract);
 * what people see lives in a shadow root (no page style reaches it), and all text is set with
 * textContent, so page text can never become markup. The root is not clonable: a page that clones the
 * row gets an empty copy, which the next write removes (removeBadgeCopies). Ownership is recorded in
 * owned.ts, never read back from the class or attribute. Cheap on purpose (a 2,000-row table makes
 * 3,000 of them): the host is cloned from a template and every root adopts one shared stylesheet.
 */
export function createBadge(doc: Document, data: BadgeData): HTMLElement {
  keyboardReasons(doc);
  const host = own(templatesOf(doc).host.cloneNode() as HTMLElement);
  attachRoot(host).adoptedStyleSheets = [badgeSheet()];
  render(host, data);
  return host;
}

const isBadge = (target: EventTarget | null): target is HTMLElement =>
  target instanceof Element && isOwned(target) && target.getAttribute(OVERLAY_ATTRIBUTE) === 'badge';

/**
 * Shows or hides a badge's reason in a box under it (made on first use, in the shadow root). The box
 * repeats the badge's accessible name for sighted keyboard users, so it is hidden from screen readers.
 */
function showReason(host: HTMLElement, show: boolean): void {
  const root = shadowOf(host);
  if (!root) return;
  let tip = tips.get(host);
  if (!tip) {
    if (!show) return;
    tip = host.ownerDocument.createElement('span');
    tip.className = 'tip';
    tip.setAttribute('aria-hidden', 'true');
    root.appendChild(tip);
    tips.set(host, tip);
  }
  tip.textContent = host.title;
  tip.hidden = !show;
}

const keyboardDocs = new WeakSet<Document>();

/**
 * Badge reasons without a mouse (the `title` shows on hover only): a badge that gets focus shows its
 * reason until it loses focus or the user presses Escape; Enter or Space shows or hides it again.
 * Screen readers read the reason from the badge's accessible name (aria-label). Three listeners per
 * document, not per badge.
 */
function keyboardReasons(doc: Document): void {
  if (keyboardDocs.has(doc)) return;
  keyboardDocs.add(doc);
  doc.addEventListener('focusin', (e) => {
    if (isBadge(e.target)) showReason(e.target, true);
  });
  doc.addEventListener('focusout', (e) => {
    if (isBadge(e.target)) showReason(e.target, false);
  });
  doc.addEventListener('keydown', (e) => {
    if (!isBadge(e.target)) return;
    const shown = tips.get(e.target)?.hidden === false;
    if (e.key === 'Escape' && shown) showReason(e.target, false);
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      showReason(e.target, !shown);
    }
  });
}

/** Re-renders an existing badge in place (a re-scored row keeps its badge element). */
export function updateBadge(host: HTMLElement, data: BadgeData): void {
  render(host, data);
}

/** Every badge and panel the overlay made (page elements with our class or attribute stay). */
export function removeAllOverlay(): void {
  removeOwned();
}
