import { type BadgeData, createBadge, updateBadge } from './badge';
import { isBadgeCopy, removeBadgeCopies } from './owned';

/**
 * Keeps one badge per key (a row, an RHK, a person) and writes only when its data changed, so the
 * overlay's own writes stay minimal and a re-scan of unchanged rows touches nothing. Whatever the page
 * does to the row, its cell ends up with exactly one badge: ours (copies the page made by cloning
 * or re-rendering the row are removed when the badge is written).
 */
export class BadgeSlots<K extends object> {
  private readonly badges = new WeakMap<K, { element: HTMLElement; data: BadgeData; at?: object }>();

  /** Whether `key` already shows exactly `data` in a badge still in the page (at `at`, when given). */
  isCurrent(key: K, data: BadgeData, at?: object): boolean {
    const slot = this.badges.get(key);
    if (slot?.element.isConnected !== true || !sameBadge(slot.data, data)) return false;
    if (at !== undefined && slot.at !== at) return false;
    return !hasCopyBeside(slot.element);
  }

  /**
   * Returns the write that shows `data` for `key` (placing a new badge with `place`), or undefined
   * when the page already shows it. A new badge can be built ahead, detached (prepareWrite: no layout,
   * no style, the page untouched), so that the write itself only inserts it: the overlay runs writes
   * together in animation frames, where every millisecond delays the paint. `at`: where the badge
   * belongs (a person's first row); when it moved, the badge moves with it instead of staying behind.
   */
  write(key: K, data: BadgeData, place: (badge: HTMLElement) => void, at?: object): (() => void) | undefined {
    if (this.isCurrent(key, data, at)) return undefined;
    let built: HTMLElement | undefined;
    const write = (): void => {
      // Looked up when the write runs, not when it was planned: the overlay runs writes a frame later,
      // possibly after an earlier write for the same key placed a badge (one built ahead is dropped).
      const slot = this.badges.get(key);
      // The place it belongs to moved (a person's first row): the old badge goes, a new one is placed.
      if (slot?.element.isConnected && at !== undefined && slot.at !== at) slot.element.remove();
      if (slot?.element.isConnected) {
        if (sameBadge(slot.data, data) && slot.element.parentElement) {
          removeBadgeCopies(slot.element.parentElement);
          return;
        }
        updateBadge(slot.element, data);
        if (slot.element.parentElement) removeBadgeCopies(slot.element.parentElement);
        slot.data = data;
        return;
      }
      const element = built ?? createBadge(document, data);
      place(element);
      if (element.parentElement) removeBadgeCopies(element.parentElement);
      this.badges.set(key, at === undefined ? { element, data } : { element, data, at });
    };
    preparers.set(write, () => {
      if (!built && this.badges.get(key)?.element.isConnected !== true) built = createBadge(document, data);
    });
    return write;
  }

  /** Removes the badge of `key`, if any (a row that stopped being an indicator). */
  remove(key: K): void {
    const slot = this.badges.get(key);
    if (!slot) return;
    slot.element.remove();
    this.badges.delete(key);
  }
}

/** How to build ahead the badge a planned write will insert (writes that insert a new badge). */
const preparers = new WeakMap<() => void, () => void>();

/**
 * Builds, detached, the badge that a write planned by BadgeSlots will insert (nothing for other
 * writes): the overlay does this in short tasks before the frame that runs the writes.
 */
export function prepareWrite(write: () => void): void {
  const prepare = preparers.get(write);
  preparers.delete(write);
  prepare?.();
}

/** Whether the page put a copy of a badge next to ours (a badge cloned into the same cell). */
function hasCopyBeside(badge: Element): boolean {
  for (let sibling = badge.parentElement?.firstElementChild; sibling; sibling = sibling.nextElementSibling)
    if (isBadgeCopy(sibling)) return true;
  return false;
}

/**
 * Whether two scores show the same badge: every field a badge writes but its tone, which follows from
 * them under one policy (a new policy is a new settings revision: every row is scored again).
 * Compared field by field: no signature string is joined for each of a big table's badges.
 */
function sameBadge(a: BadgeData, b: BadgeData): boolean {
  return (
    a === b ||
    (a.kind === b.kind &&
      a.capaian === b.capaian &&
      a.kategori === b.kategori &&
      (a.nip ?? '') === (b.nip ?? '') &&
      a.nilai === b.nilai &&
      a.label === b.label &&
      a.tooltip === b.tooltip &&
      a.flags.length === b.flags.length &&
      a.flags.every((flag, i) => flag === b.flags[i]))
  );
}
