/**
 * Document properties hold at most 9 KB per value (Apps Script quotas). A region's policy grows with
 * its own rule lists and deduction tables, so longer values are split over numbered keys:
 * "<key>" holds "chunks:<n>" and "<key>.1".."<key>.n" the parts. Non-ASCII characters are written as
 * \uXXXX escapes first, so one character is one byte and a part never exceeds the limit.
 */
export const CHUNK_CHARS = 8000;
/** Far below the 500 KB total of a document's properties; a policy is a few KB. */
export const MAX_CHUNKS = 40;
const MARKER = 'chunks:';

export interface PropertyReader {
  getProperty(key: string): string | null;
}
export interface PropertyStore extends PropertyReader {
  setProperty(key: string, value: string): void;
  deleteProperty(key: string): void;
}

/** JSON text with every non-ASCII character escaped (still valid JSON, one byte per character). */
export const asciiJson = (json: string): string =>
  json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

const partsOf = (marker: string | null): number => {
  if (!marker?.startsWith(MARKER)) return 0;
  const n = Number(marker.slice(MARKER.length));
  return Number.isInteger(n) && n > 0 && n <= MAX_CHUNKS ? n : 0;
};

/** The stored text, joined from its parts when it was split; null when nothing is stored. */
export function readChunked(props: PropertyReader | null, key: string): string | null {
  const head = props?.getProperty(key) ?? null;
  if (head === null || !props) return head;
  const n = partsOf(head);
  if (n === 0) return head;
  let text = '';
  for (let i = 1; i <= n; i++) text += props.getProperty(`${key}.${i}`) ?? '';
  return text;
}

/**
 * Stores ASCII text, split when longer than one part. Returns false (and stores nothing) when the text
 * would need more than MAX_CHUNKS parts. Parts left over from a longer earlier value are deleted.
 */
export function writeChunked(props: PropertyStore, key: string, text: string): boolean {
  const needed = Math.ceil(text.length / CHUNK_CHARS);
  if (needed > MAX_CHUNKS) return false;
  const before = partsOf(props.getProperty(key));
  if (needed <= 1) props.setProperty(key, text);
  else {
    for (let i = 1; i <= needed; i++)
      props.setProperty(`${key}.${i}`, text.slice((i - 1) * CHUNK_CHARS, i * CHUNK_CHARS));
    // The marker last: a reader never sees a marker pointing at parts not yet written.
    props.setProperty(key, `${MARKER}${needed}`);
  }
  for (let i = needed <= 1 ? 1 : needed + 1; i <= before; i++) props.deleteProperty(`${key}.${i}`);
  return true;
}
