import { isMessageCode, type Lang, t } from '../../../shared';

/**
 * The readable name of a page type reported by the content script ("skp-penilaian" -> "penilaian
 * SKP"), from the overlay's catalog entries OVERLAY_PAGE_<TYPE>. An unknown id is shown as is, so a
 * newer content script never leaves the popup blank.
 */
export function pageTypeLabel(pageType: string, lang: Lang): string {
  const code = `OVERLAY_PAGE_${pageType.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}`;
  return isMessageCode(code) ? t(code, undefined, lang) : pageType;
}
