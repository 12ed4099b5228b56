import { startsWithPeriodKey } from '../../../../shared/columns';
import { isHiddenInTree, visibleText } from '../dom/visibility';
import { OVERLAY_ATTRIBUTE } from '../selectors';

/*
 * The key/value lines a page shows outside its data tables, as texts in order, for periodOfLines (the
 * add-on's reading of a sheet's "Periode : Mei 2024" rows): a row of a small key/value table
 * ("Periode Penilaian" | ":" | "Triwulan I 2025"), a line "Bulan : Maret 2025", or a label followed by its
 * value or a dropdown's chosen option ("Periode" [Triwulan I 2025 v]).
 */

/** Longer texts are paragraphs or whole sections, not a key and its value. */
const MAX_LINE = 120;
/** Raw text (hidden parts included) beyond which an element is a section, not a line. */
const MAX_RAW = MAX_LINE * 4;
const CANDIDATES = 'p, li, dt, label, h1, h2, h3, h4, h5, h6, span, div, strong, b, small, legend';

const insideAny = (element: Element, tables: readonly Element[]): boolean =>
  tables.some((table) => table === element || table.contains(element));

const ours = (element: Element): boolean => element.closest(`[${OVERLAY_ATTRIBUTE}]`) !== null;

/** The value shown after a bare key: the next element's text (a select's chosen option included). */
function valueAfter(element: Element): string {
  const next = element.nextElementSibling;
  return next && (next.textContent ?? '').length <= MAX_RAW ? visibleText(next) : '';
}

/**
 * A cheap first look at an element's raw text before its visible text is built: wrappers around a whole
 * section (hundreds of characters) and text that does not start with a period key are passed over.
 */
const mayBeKeyLine = (element: Element): boolean => {
  const raw = element.textContent ?? '';
  return raw.length <= MAX_RAW && startsWithPeriodKey(raw);
};

/** The headings of the page and the captions of its data tables: read for a period as a sheet's titles. */
export function pageTitles(doc: Document, tables: readonly Element[]): string[] {
  const titles: string[] = [];
  for (const heading of Array.from(doc.querySelectorAll('h1, h2, h3, h4, h5, h6, caption'))) {
    if (ours(heading) || (heading.tagName !== 'CAPTION' && heading.closest('table'))) continue;
    if (heading.tagName === 'CAPTION' && !tables.some((t) => t.contains(heading))) continue;
    if ((heading.textContent ?? '').length > MAX_RAW || isHiddenInTree(heading)) continue;
    const text = visibleText(heading);
    if (text !== '' && text.length <= MAX_LINE) titles.push(text);
  }
  return titles;
}

export function keyValueLines(doc: Document, tables: readonly Element[]): string[][] {
  const lines: string[][] = [];
  const seen = new Set<string>();
  const add = (texts: string[]): void => {
    const key = texts.join('\u0001');
    if (seen.has(key)) return;
    seen.add(key);
    lines.push(texts);
  };
  for (const row of Array.from(doc.querySelectorAll('tr'))) {
    if (insideAny(row, tables) || ours(row)) continue;
    const cells = Array.from(row.children).filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
    if (cells.length < 2 || cells.length > 4 || !mayBeKeyLine(cells[0] as Element)) continue;
    const texts = cells.map((c) => visibleText(c)).filter((text) => text !== '');
    if (texts.length >= 2 && startsWithPeriodKey(texts[0] ?? '') && !isHiddenInTree(row)) add(texts);
  }
  for (const element of Array.from(doc.querySelectorAll(CANDIDATES))) {
    if (!mayBeKeyLine(element) || element.closest('table') || insideAny(element, tables) || ours(element))
      continue;
    const text = visibleText(element);
    if (text === '' || text.length > MAX_LINE || !startsWithPeriodKey(text) || isHiddenInTree(element))
      continue;
    // A bare key ("Periode", "Periode Penilaian :") is read with the value beside it; a key whose value
    // follows its colon ("Periode : Mei") is a line of its own, however short.
    const bare = !/\d|:\s*\S/.test(text) && text.replace(/:\s*$/, '').split(/\s+/).length <= 3;
    add(bare ? [text, valueAfter(element)] : [text]);
  }
  return lines;
}
