/** The message catalog (Indonesian first, English second) and its formatting: the surfaces' entry point. */
export { catalog, isMessageCode, type Lang, type MessageCode, type MessageParams } from './catalog';
export { formatIssue, formatLocation, formatNumberForLang, t } from './format';
