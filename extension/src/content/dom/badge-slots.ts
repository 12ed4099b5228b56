import { type BadgeData, createBadge, updateBadge } from './badge';
import { isBadgeCopy, removeBadgeCopies } from './owned';

/**
 * Keeps one badge per key (a row, an RHK, a person) and writes only when its data changed, so the
 * overlay's own writes stay minimal and a re-scan of unchanged rows touches nothing. Whatever the page
 * does to the row, its cell ends up with exactly one badge: ours (copies the page made by cloning
 * or re-rendering the row are removed when the badge is written).
 */
export class BadgeSlots<K extends object> {
  private readonly badges = new WeakMap<K, { element: HTMLElement; signature: string }>();

  /** Whether `key` already shows exactly `data` in a badge still in the page. */
  isCurrent(key: K, data: BadgeData): boolean {
    const slot = this.badges.get(key);
    if (slot?.element.isConnected !== true || slot.signature !== signatureOf(data)) return false;
    return !hasCopyBeside(slot.element);
  }

  /**
   * Returns the write that shows `data` for `key` (placing a new badge with `place`), or undefined
   * when the page already shows it.
   */
  write(key: K, data: BadgeData, place: (badge: HTMLElement) => void): (() => void) | undefined {
    if (this.isCurrent(key, data)) return undefined;
    const signature = signatureOf(data);
    return () => {
      // Looked up when the write runs, not when it was planned: the overlay may run a write a task
      // later (writes are spread over tasks), after an earlier write for the same key placed a badge.
      const slot = this.badges.get(key);
      if (slot?.element.isConnected) {
        if (slot.signature === signature && slot.element.parentElement) {
          removeBadgeCopies(slot.element.parentElement);
          return;
        }
        updateBadge(slot.element, data);
        if (slot.element.parentElement) removeBadgeCopies(slot.element.parentElement);
        slot.signature = signature;
        return;
      }
      const element = createBadge(document, data);
      place(element);
      if (element.parentElement) removeBadgeCopies(element.parentElement);
      this.badges.set(key, { element, signature });
    };
  }

  /** Removes the badge of `key`, if any (a row that stopped being an indicator). */
  remove(key: K): void {
    const slot = this.badges.get(key);
    if (!slot) return;
    slot.element.remove();
    this.badges.delete(key);
  }
}

/** Whether the page put a copy of a badge next to ours (a badge cloned into the same cell). */
function hasCopyBeside(badge: Element): boolean {
  for (let sibling = badge.parentElement?.firstElementChild; sibling; sibling = sibling.nextElementSibling)
    if (isBadgeCopy(sibling)) return true;
  return false;
}

/** Signatures per scored badge: scores are cached, so a re-scan of unchanged rows joins nothing. */
const signatures = new WeakMap<BadgeData, string>();

function signatureOf(data: BadgeData): string {
  let signature = signatures.get(data);
  if (signature === undefined) {
    signature = joinSignature(data);
    signatures.set(data, signature);
  }
  return signature;
}

function joinSignature(data: BadgeData): string {
  return [
    data.kind,
    data.capaian,
    data.kategori,
    data.flags.join(' '),
    data.nip ?? '',
    data.nilai ?? '',
    data.label,
    data.tooltip,
  ].join('\u0001');
}
