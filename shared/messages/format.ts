import type { Issue, Location } from '../core/issue';
import { catalog, type Lang, type MessageCode, type MessageParams } from './catalog';

/** Renders a number for people: Indonesian uses "1.234,5", English "1,234.5". Never NaN/Infinity. */
export function formatNumberForLang(value: number, lang: Lang, maximumFractionDigits = 2): string {
  const plain = plainNumberText(value, lang, maximumFractionDigits);
  if (plain !== undefined) return plain;
  if (!Number.isFinite(value)) return '-';
  // A percentage is computed as fraction x 100, which leaves binary noise (1.1925 x 100 = 119.24999...).
  // Trimming to 15 significant digits first makes the display round half up in decimal, as people do,
  // so every surface shows 119,3% for the same capaian.
  // (Near Number.MAX_VALUE the trimmed text would round up to Infinity: keep the value as it is there.)
  const trimmed = Number(Math.abs(value).toPrecision(15));
  const magnitude = Number.isFinite(trimmed) ? trimmed : Math.abs(value);
  // Trailing zeros are dropped from the fraction only: with 0 fraction digits "100" must stay "100".
  let fixed = magnitude.toFixed(maximumFractionDigits);
  let point = fixed.indexOf('.');
  if (point >= 0) {
    let end = fixed.length;
    while (end > point + 1 && fixed.charCodeAt(end - 1) === ZERO) end--;
    if (end === point + 1) {
      end = point;
      point = -1;
    }
    if (end < fixed.length) fixed = fixed.slice(0, end);
  }
  const int = point < 0 ? fixed : fixed.slice(0, point);
  const frac = point < 0 ? '' : fixed.slice(point + 1);
  const grouped = groupThousands(int, lang === 'id' ? '.' : ',');
  return (
    (value < 0 && fixed !== '0' ? '-' : '') +
    grouped +
    (frac !== '' ? (lang === 'id' ? ',' : '.') + frac : '')
  );
}

const ZERO = 48;

/**
 * formatNumberForLang's text for the numbers messages mostly show, read from the number's shortest form
 * (String) instead of rounded text made twice: an integer below 10^15, or a number from 10^-6 to 10^11
 * whose shortest form has at most `digits` (at most 4) decimals. Rounding to 15 significant digits and
 * then to `digits` decimals leaves those exactly as their shortest form writes them (an ulp there is far
 * below both steps); undefined for any other number (test/shared/speed-small-sites.test.ts checks every kind against the rounding path).
 */
function plainNumberText(value: number, lang: Lang, digits: number): string | undefined {
  if (typeof value !== 'number' || !(digits >= 0 && digits <= 20)) return undefined;
  if (Number.isInteger(value)) {
    if (value === 0) return '0';
    const magnitude = Math.abs(value);
    if (magnitude >= 1e15) return undefined;
    if (magnitude < 1000) return String(value);
    const grouped = groupThousands(String(magnitude), lang === 'id' ? '.' : ',');
    return value < 0 ? `-${grouped}` : grouped;
  }
  const magnitude = Math.abs(value);
  if (!(magnitude >= 1e-6 && magnitude < 1e11) || digits > 4) return undefined;
  const shortest = String(magnitude);
  const point = shortest.indexOf('.');
  if (point < 0 || shortest.length - point - 1 > digits) return undefined;
  const int =
    point <= 3
      ? shortest.slice(0, point)
      : groupThousands(shortest.slice(0, point), lang === 'id' ? '.' : ',');
  const text = int + (lang === 'id' ? ',' : '.') + shortest.slice(point + 1);
  return value < 0 ? `-${text}` : text;
}

/** "1234567" with a separator between each three digits from the right: "1.234.567". */
function groupThousands(int: string, separator: string): string {
  const n = int.length;
  if (n <= 3) return int;
  for (let i = 0; i < n; i++) {
    const c = int.charCodeAt(i);
    // Past 10^21 toFixed writes an exponent ("1e+21"): grouped by the pattern, digits runs only.
    if (c < ZERO || c > ZERO + 9) return int.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  }
  const head = n % 3 === 0 ? 3 : n % 3;
  let out = int.slice(0, head);
  for (let i = head; i < n; i += 3) out += separator + int.slice(i, i + 3);
  return out;
}

function fill(template: string, params: MessageParams | undefined, lang: Lang): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = params?.[key];
    if (value === undefined) return '-';
    return typeof value === 'number' ? formatNumberForLang(value, lang, 4) : value;
  });
}

/** The text of one catalog entry, placeholders filled. */
export function t(code: MessageCode, params?: MessageParams, lang: Lang = 'id'): string {
  return fill(catalog[code][lang], params, lang);
}

/** "Sheet "Indikator", baris 12, kolom D" (or the page element) for an issue location. */
export function formatLocation(at: Location | undefined, lang: Lang = 'id'): string {
  if (!at) return '';
  if (at.element) return t('LOC_ELEMENT', { element: at.element }, lang);
  if (at.sheet && at.row !== undefined && at.column)
    return t('LOC_SHEET_ROW_COLUMN', { sheet: at.sheet, row: String(at.row), column: at.column }, lang);
  if (at.sheet && at.row !== undefined)
    return t('LOC_SHEET_ROW', { sheet: at.sheet, row: String(at.row) }, lang);
  if (at.sheet) return t('LOC_SHEET', { sheet: at.sheet }, lang);
  if (at.row !== undefined) return t('LOC_ROW', { row: String(at.row) }, lang);
  if (at.field) return t('LOC_FIELD', { field: at.field }, lang);
  return '';
}

/** Full user-facing text of an issue: location first, then what is wrong and what to do. */
export function formatIssue(issue: Issue, lang: Lang = 'id'): string {
  const where = formatLocation(issue.at, lang);
  const what = t(issue.code, issue.params, lang);
  return where ? `${where}: ${what}` : what;
}
