import { OVERLAY_ATTRIBUTE } from '../selectors';

/**
 * Whether an element is hidden from the user. E-kinerja pages keep hidden copies of the same labels
 * and values (inactive tab panes, closed modals, `div#realisasi-N` with display:none:
 * docs/pages.md#pattern-9); reading them would count a value twice or score a table nobody sees.
 */
export function isHiddenElement(element: Element): boolean {
  // Attribute tests first: reading `.style` builds a declaration object per element, and on a
  // 2,000-row table (16,000 cells and their spans) that allocation was a hot spot of the whole scan.
  if (!element.hasAttributes()) return false;
  if (element.hasAttribute('hidden')) return true;
  if (element.hasAttribute('style')) {
    const style = (element as HTMLElement).style;
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return true;
  }
  // A stylesheet needs a selector to hide an element, and pages hide with classes and ids (d-none,
  // .modal, .tab-pane, #realisasi-3). Plain elements skip the computed-style lookup: it dominated the
  // time on 20,000-row tables.
  if (!element.hasAttribute('class') && !element.hasAttribute('id')) return false;
  const view = element.ownerDocument.defaultView;
  if (!view) return false;
  const computed = view.getComputedStyle(element);
  return computed.display === 'none' || computed.visibility === 'hidden';
}

/** Whether the element or any ancestor is hidden (a table inside a closed modal or tab pane). */
export function isHiddenInTree(element: Element): boolean {
  const check = (element as Element & { checkVisibility?: () => boolean }).checkVisibility;
  // Chromium answers for the whole ancestor chain in one call; happy-dom lacks it.
  if (typeof check === 'function' && element.isConnected) return !check.call(element);
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (isHiddenElement(node)) return true;
  }
  return false;
}

const BLOCK_TAGS = new Set([
  'BR',
  'DIV',
  'P',
  'LI',
  'UL',
  'OL',
  'TABLE',
  'TR',
  'TD',
  'TH',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'SECTION',
  'HR',
  'DL',
  'DT',
  'DD',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'svg', 'SVG', 'BUTTON', 'TEXTAREA']);

/**
 * The text a user reads in an element: whitespace normalised, text split across nodes joined
 * (`<span>24</span> Dokumen` -> "24 Dokumen"), a space at line breaks and block boundaries
 * (`Nama<br><small>NIP</small>` -> "Nama NIP"), hidden descendants, buttons and the overlay's own
 * badges skipped, and a dropdown read as its chosen option (rating dropdowns).
 */
export function visibleText(root: Element): string {
  // Most table cells hold one text node ("12 Dokumen"): read it directly, without the tree walk.
  const only = root.firstChild;
  if (only && only === root.lastChild && only.nodeType === 3 && root.tagName !== 'SELECT')
    return (only.nodeValue ?? '').replace(/\s+/g, ' ').trim();
  const parts: string[] = [];
  collect(root, parts, true, ' ');
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/**
 * The visible text split into the lines a user sees (a line per block or `<br>`), each normalised:
 * how cards and identity blocks are read ("Nama : ...", "NIP : ...").
 */
export function visibleLines(root: Element): string[] {
  const parts: string[] = [];
  collect(root, parts, true, '\n');
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
}

function collect(node: Node, parts: string[], isRoot: boolean, separator: string): void {
  if (node.nodeType === 3) {
    parts.push(node.nodeValue ?? '');
    return;
  }
  if (node.nodeType !== 1) return;
  const element = node as Element;
  if (!isRoot) {
    if (SKIPPED_TAGS.has(element.tagName) || element.hasAttribute(OVERLAY_ATTRIBUTE)) return;
    if (isHiddenElement(element)) return;
  }
  if (element.tagName === 'SELECT') {
    const select = element as HTMLSelectElement;
    const chosen = select.selectedIndex >= 0 ? select.options[select.selectedIndex] : undefined;
    parts.push(separator, chosen?.text ?? '', separator);
    return;
  }
  const block = BLOCK_TAGS.has(element.tagName);
  if (block) parts.push(separator);
  for (let child = element.firstChild; child; child = child.nextSibling)
    collect(child, parts, false, separator);
  if (block) parts.push(separator);
}
