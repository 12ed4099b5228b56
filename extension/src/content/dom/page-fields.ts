import { KEY_NAME, KEY_NIP, KEY_VALUE } from '../selectors';
import { isHiddenInTree, visibleLines, visibleText } from './visibility';

/** A labelled value outside tables: a rating dropdown or a "RATING HASIL KERJA : ..." line. */
export interface PageField {
  /** The text the user reads as the value (the chosen option of a dropdown). */
  value: string;
  /** Where a badge about this value goes: right after it. */
  anchor: Element;
}

/** Text just before an element inside its parent (a label written before a dropdown). */
function textBefore(element: Element): string {
  const parts: string[] = [];
  for (let node = element.previousSibling; node && parts.join('').length < 200; node = node.previousSibling) {
    const text = node.nodeType === 1 ? visibleText(node as Element) : (node.textContent ?? '');
    parts.unshift(text);
    if (/[A-Za-z]{3}/.test(text)) break;
  }
  return parts.join(' ');
}

/**
 * Finds a page-level value by its label: first a `<select>` whose label matches (the BKN rating
 * dropdowns), then a "LABEL : value" line (server-rendered footers such as "RATING HASIL KINERJA : ...").
 * Hidden dropdowns (closed modals) are ignored.
 */
export function findPageField(doc: Document, label: RegExp): PageField | undefined {
  for (const select of Array.from(doc.querySelectorAll('select'))) {
    const labelText = [
      ...Array.from(select.labels ?? []).map((l) => visibleText(l)),
      select.getAttribute('aria-label') ?? '',
      select.id.replace(/[-_]/g, ' '),
      select.name.replace(/[-_]/g, ' '),
      textBefore(select),
    ].join(' ');
    if (!label.test(labelText) || isHiddenInTree(select)) continue;
    const chosen = select.selectedIndex >= 0 ? select.options[select.selectedIndex] : undefined;
    return { value: chosen && chosen.value !== '' ? chosen.text : '', anchor: select };
  }
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4);
  let seen = 0;
  for (let node = walker.nextNode(); node && seen < 20000; node = walker.nextNode(), seen++) {
    const text = node.nodeValue ?? '';
    if (!label.test(text)) continue;
    const parent = node.parentElement;
    if (!parent || parent.closest('table, script, style, select, option') || isHiddenInTree(parent)) continue;
    const line = visibleText(parent);
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    return { value: line.slice(colon + 1).trim(), anchor: parent };
  }
  return undefined;
}

/** The employee a single-person page is about: the first "Nama : ... / NIP : ..." block. */
export interface PagePerson {
  name: string;
  nip: string;
  /** The element holding the NIP line (a badge can go after it). */
  anchor: Element;
}

/**
 * The page's subject (BKN: "PEGAWAI YANG DINILAI" comes before "PEJABAT PENILAI"), read from key/value
 * lines in cards and small identity tables, in document order. `readNip` is the core NIP reader.
 */
export function findPagePerson(
  doc: Document,
  readNip: (text: string) => string | undefined,
  skip: ReadonlySet<Element>,
): PagePerson | undefined {
  const blocks = Array.from(doc.querySelectorAll('.card, [class*="card"], table, dl, .profile, .box-header'));
  for (const block of blocks) {
    if (skip.has(block) || (block.tagName === 'TABLE' && (block as HTMLTableElement).rows.length > 12))
      continue;
    if (isHiddenInTree(block)) continue;
    const lines = block.tagName === 'TABLE' ? tableLines(block as HTMLTableElement) : visibleLines(block);
    let name = '';
    for (const line of lines) {
      const kv = KEY_VALUE.exec(line);
      if (!kv) continue;
      const key = kv[1]!.trim();
      if (KEY_NAME.test(key) && !name) name = kv[2]!.trim();
      if (KEY_NIP.test(key)) {
        const nip = readNip(kv[2]!);
        if (nip) return { name, nip, anchor: block };
      }
    }
  }
  return personInLooseText(doc, readNip, skip);
}

const LOOSE_KEY = /\b(nama|nip)\b/i;

/** Fallback: "Nama : ..." and "NIP : ..." written as loose lines (paragraphs, spans) outside blocks. */
function personInLooseText(
  doc: Document,
  readNip: (text: string) => string | undefined,
  skip: ReadonlySet<Element>,
): PagePerson | undefined {
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4);
  let name = '';
  let seen = 0;
  for (let node = walker.nextNode(); node && seen < 20000; node = walker.nextNode(), seen++) {
    // Cheap test on the raw text first: most text nodes are neither a name nor a NIP line.
    if (!LOOSE_KEY.test(node.nodeValue ?? '')) continue;
    const parent = node.parentElement;
    if (!parent || parent.closest('script, style, [data-nilai-kerja]')) continue;
    const table = parent.closest('table');
    if (table && skip.has(table)) continue;
    const kv = KEY_VALUE.exec(visibleText(parent));
    if (!kv) continue;
    const key = kv[1]!.trim();
    if (KEY_NAME.test(key)) name = kv[2]!.trim();
    else if (KEY_NIP.test(key)) {
      const nip = readNip(kv[2]!);
      if (nip && !isHiddenInTree(parent)) return { name, nip, anchor: parent };
    }
  }
  return undefined;
}

function tableLines(table: HTMLTableElement): string[] {
  return Array.from(table.rows).map((row) =>
    Array.from(row.cells)
      .map((cell) => visibleText(cell))
      .join(' ')
      .replace(/\s*:\s*/, ' : '),
  );
}
