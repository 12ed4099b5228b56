/**
 * A long text kept in document properties, which hold at most 9 KB per value (Apps Script quotas),
 * saved so that a reader never sees half of it and a failed save changes nothing:
 *
 *   "<key>.v<N>.<i>"   part i (1..n) of version N of the text, each at most CHUNK_CHARS characters;
 *   "<key>.manifest"   {"format":1,"current":{"v":N,"n":n,"len":..,"sum":".."},"previous":{...}|null}
 *
 * A save writes the parts of a NEW version under new keys, then the manifest LAST, in one setProperty:
 * that single write is the switch. Until it happens readers keep reading the version the manifest names,
 * so a failure between parts leaves the previous text in force. After the switch, versions the manifest
 * no longer names are deleted. The manifest also keeps the version before the current one ("previous"),
 * so one save can be undone by swapping the two (one level of undo). Version 0 means "nothing stored":
 * the caller's defaults apply.
 *
 * A reader reads the manifest first and only that version's parts, checks their number, length and
 * checksum, and says which part is missing or that the whole does not match, instead of guessing. If a
 * part is missing because a save switched versions meanwhile (custom functions read without the lock),
 * it reads the manifest again and retries once.
 *
 * The layout before this one ("<key>" holding the text, or "chunks:<n>" with "<key>.1".."<key>.n") is
 * still read when there is no manifest, and replaced by the first save.
 *
 * Non-ASCII characters are written as \uXXXX escapes first (asciiJson), so one character is one byte
 * and a part never exceeds the limit.
 */
export const CHUNK_CHARS = 8000;
/** Far below the 500 KB total of a document's properties; a policy is a few KB. */
export const MAX_CHUNKS = 40;
const LEGACY_MARKER = 'chunks:';

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

/** A stored version: its number, parts, length and checksum. */
export interface VersionSlot {
  v: number;
  n: number;
  len: number;
  sum: string;
}
/** Version 0: nothing stored, the caller's defaults apply. */
export type Slot = VersionSlot | { v: 0 };

export interface Manifest {
  format: 1;
  current: Slot;
  previous: Slot | null;
}

export const manifestKey = (key: string): string => `${key}.manifest`;
export const partKey = (key: string, version: number, part: number): string => `${key}.v${version}.${part}`;

/** FNV-1a over the UTF-16 code units, as 8 hex digits: catches a changed, cut or swapped part. */
export function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** What a stored version turned out to be. */
export type Damage =
  | { kind: 'manifest'; key: string }
  | { kind: 'missing'; key: string; part: number; count: number; version: number | null }
  | { kind: 'checksum'; version: number; count: number };

export type ReadOutcome =
  | { kind: 'none' }
  | { kind: 'text'; text: string; version: number | null }
  | { kind: 'damaged'; damage: Damage };

const isInt = (v: unknown, min: number, max = Number.MAX_SAFE_INTEGER): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function slotOf(raw: unknown): Slot | undefined {
  if (!isRecord(raw)) return undefined;
  if (raw.v === 0) return { v: 0 };
  if (
    isInt(raw.v, 1) &&
    isInt(raw.n, 1, MAX_CHUNKS) &&
    isInt(raw.len, 0) &&
    typeof raw.sum === 'string' &&
    /^[0-9a-f]{8}$/.test(raw.sum)
  )
    return { v: raw.v, n: raw.n, len: raw.len, sum: raw.sum };
  return undefined;
}

type ManifestRead =
  | { kind: 'none' }
  | { kind: 'ok'; manifest: Manifest; raw: string }
  | { kind: 'damaged'; raw: string };

export function readManifest(props: PropertyReader, key: string): ManifestRead {
  const raw = props.getProperty(manifestKey(key));
  if (raw === null) return { kind: 'none' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { kind: 'damaged', raw };
  }
  if (!isRecord(data) || data.format !== 1) return { kind: 'damaged', raw };
  const current = slotOf(data.current);
  const previous = data.previous === null || data.previous === undefined ? null : slotOf(data.previous);
  if (!current || previous === undefined) return { kind: 'damaged', raw };
  return { kind: 'ok', manifest: { format: 1, current, previous }, raw };
}

/** The text of one version, checked part by part and as a whole. */
export function readSlot(props: PropertyReader, key: string, slot: Slot): ReadOutcome {
  if (slot.v === 0) return { kind: 'none' };
  const { v, n } = slot as VersionSlot;
  let text = '';
  for (let i = 1; i <= n; i++) {
    const part = props.getProperty(partKey(key, v, i));
    if (part === null)
      return {
        kind: 'damaged',
        damage: { kind: 'missing', key: partKey(key, v, i), part: i, count: n, version: v },
      };
    text += part;
  }
  const { len, sum } = slot as VersionSlot;
  if (text.length !== len || checksum(text) !== sum)
    return { kind: 'damaged', damage: { kind: 'checksum', version: v, count: n } };
  return { kind: 'text', text, version: v };
}

const legacyParts = (head: string | null): number => {
  if (!head?.startsWith(LEGACY_MARKER)) return 0;
  const n = Number(head.slice(LEGACY_MARKER.length));
  return Number.isInteger(n) && n > 0 && n <= MAX_CHUNKS ? n : 0;
};

/** The layout before manifests: "<key>" holds the text, or "chunks:<n>" and the parts "<key>.1".."<key>.n". */
export function readLegacy(props: PropertyReader, key: string): ReadOutcome {
  const head = props.getProperty(key);
  if (head === null) return { kind: 'none' };
  const n = legacyParts(head);
  if (n === 0) return { kind: 'text', text: head, version: null };
  let text = '';
  for (let i = 1; i <= n; i++) {
    const part = props.getProperty(`${key}.${i}`);
    if (part === null)
      return {
        kind: 'damaged',
        damage: { kind: 'missing', key: `${key}.${i}`, part: i, count: n, version: null },
      };
    text += part;
  }
  return { kind: 'text', text, version: null };
}

const retriable = (outcome: ReadOutcome): boolean =>
  outcome.kind === 'damaged' && outcome.damage.kind !== 'manifest';

/**
 * The text in force: the version the manifest names (retried once if a save switched versions while
 * reading), or the older layout when there is no manifest.
 */
export function readCurrent(props: PropertyReader, key: string): ReadOutcome {
  let manifest = readManifest(props, key);
  for (let attempt = 0; ; attempt++) {
    if (manifest.kind === 'none') return readLegacy(props, key);
    if (manifest.kind === 'damaged')
      return { kind: 'damaged', damage: { kind: 'manifest', key: manifestKey(key) } };
    const outcome = readSlot(props, key, manifest.manifest.current);
    if (attempt > 0 || !retriable(outcome)) return outcome;
    const again = readManifest(props, key);
    if (again.kind === 'ok' && again.raw === manifest.raw) return outcome;
    manifest = again;
  }
}

/** The version kept for undo: null when there is none (no manifest, or none recorded). */
export function readPrevious(props: PropertyReader, key: string): ReadOutcome | null {
  const manifest = readManifest(props, key);
  if (manifest.kind !== 'ok' || manifest.manifest.previous === null) return null;
  return readSlot(props, key, manifest.manifest.previous);
}

/** Splits ASCII text into parts of at most CHUNK_CHARS; null when it needs more than MAX_CHUNKS. */
export function splitParts(text: string): string[] | null {
  const count = Math.max(1, Math.ceil(text.length / CHUNK_CHARS));
  if (count > MAX_CHUNKS) return null;
  return Array.from({ length: count }, (_, i) => text.slice(i * CHUNK_CHARS, (i + 1) * CHUNK_CHARS));
}

/** Writes one version's parts; on a failure deletes what it wrote (as far as it can) and rethrows. */
function writeSlot(props: PropertyStore, key: string, version: number, text: string): VersionSlot {
  const parts = splitParts(text);
  if (!parts) throw new RangeError(`text of ${text.length} characters needs more than ${MAX_CHUNKS} parts`);
  let written = 0;
  try {
    for (const part of parts) {
      props.setProperty(partKey(key, version, written + 1), part);
      written++;
    }
  } catch (e) {
    // Nothing points at these parts (the manifest was not written): removing them only tidies up.
    for (let i = 1; i <= written + 1; i++) bestEffort(() => props.deleteProperty(partKey(key, version, i)));
    throw e;
  }
  return { v: version, n: parts.length, len: text.length, sum: checksum(text) };
}

function safeGet(props: PropertyReader, key: string): string | null {
  try {
    return props.getProperty(key);
  } catch {
    return null;
  }
}

function bestEffort(fn: () => void): void {
  try {
    fn();
  } catch {
    // Clean-up after the switch (or after a failure) must not turn a saved value into an error.
  }
}

/** Deletes parts 1..n of a version, each separately: one failure leaves the others deleted. */
function deleteParts(props: PropertyStore, key: string, version: number, n: number): void {
  for (let i = 1; i <= n; i++) bestEffort(() => props.deleteProperty(partKey(key, version, i)));
  deleteBeyond(props, key, version, n);
}

/** Deletes the parts after part n of a version, left there by an earlier failed, longer save. */
function deleteBeyond(props: PropertyStore, key: string, version: number, n: number): void {
  for (let i = n + 1; i <= MAX_CHUNKS; i++) {
    const name = partKey(key, version, i);
    if (props.getProperty(name) === null) return;
    props.deleteProperty(name);
  }
}

function deleteLegacy(props: PropertyStore, key: string): void {
  const head = props.getProperty(key);
  if (head === null) return;
  const n = legacyParts(head);
  for (let i = 1; i <= n; i++) props.deleteProperty(`${key}.${i}`);
  props.deleteProperty(key);
}

/**
 * What the new manifest keeps as "previous": the version in force now ('current', the usual case),
 * the previous one unchanged ('previous', when the one in force is damaged) or nothing ('none').
 */
export type Keep = 'current' | 'previous' | 'none';

/**
 * Saves `text` (ASCII, see asciiJson) as a new version and switches to it by writing the manifest last.
 * Throws when a write fails before the switch (the version in force is then unchanged) and a RangeError
 * when the text needs more than MAX_CHUNKS parts (nothing written). Versions no longer named are deleted
 * after the switch; a failure while deleting is ignored (the new text is in force).
 */
export function commitVersion(props: PropertyStore, key: string, text: string, keep: Keep): Manifest {
  if (!splitParts(text)) throw new RangeError(`text of ${text.length} characters is too long`);
  const before = readManifest(props, key);
  const old = before.kind === 'ok' ? before.manifest : null;
  const slots = (m: Manifest | null): VersionSlot[] =>
    m ? [m.current, m.previous].flatMap((s) => (s && s.v > 0 ? [s as VersionSlot] : [])) : [];
  let next = Math.max(0, ...slots(old).map((s) => s.v)) + 1;

  let previous: Slot | null = null;
  const written: VersionSlot[] = [];
  const legacy = before.kind === 'none' ? readLegacy(props, key) : null;
  if (keep === 'current') {
    if (old) previous = old.current;
    else if (legacy?.kind === 'text') {
      // The older layout's text becomes a version of its own, so it can be restored.
      const slot = writeSlot(props, key, next, asciiJson(legacy.text));
      written.push(slot);
      previous = slot;
      next++;
    } else if (legacy?.kind === 'none') previous = { v: 0 };
  } else if (keep === 'previous') previous = old?.previous ?? null;

  let manifest: Manifest | null = null;
  try {
    const current = writeSlot(props, key, next, text);
    written.push(current);
    manifest = { format: 1, current, previous };
    props.setProperty(manifestKey(key), JSON.stringify(manifest)); // the switch
  } catch (e) {
    // A service may fail after storing the value: only a manifest that was not written means "not saved".
    const raw = manifest ? safeGet(props, manifestKey(key)) : null;
    if (!manifest || raw !== JSON.stringify(manifest)) {
      // Not switched: the version in force is unchanged; what was written for this save is removed.
      for (const s of written) bestEffort(() => deleteParts(props, key, s.v, s.n));
      throw e;
    }
  }

  const kept = new Set(slots(manifest).map((s) => s.v));
  for (const s of slots(old)) if (!kept.has(s.v)) bestEffort(() => deleteParts(props, key, s.v, s.n));
  for (const s of written) bestEffort(() => deleteBeyond(props, key, s.v, s.n));
  if (before.kind !== 'ok') bestEffort(() => deleteLegacy(props, key));
  return manifest as Manifest;
}

/** Swaps the current and previous versions (undo, and undo of the undo). False when there is no previous. */
export function swapPrevious(props: PropertyStore, key: string): boolean {
  const before = readManifest(props, key);
  if (before.kind !== 'ok' || before.manifest.previous === null) return false;
  const { current, previous } = before.manifest;
  const manifest: Manifest = { format: 1, current: previous, previous: current };
  props.setProperty(manifestKey(key), JSON.stringify(manifest));
  return true;
}
