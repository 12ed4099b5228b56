import { type BadgeData, createBadge, updateBadge } from './badge';

/**
 * Keeps one badge per key (a row, an RHK, a person) and writes only when its data changed, so the
 * overlay's own writes stay minimal and a re-scan of unchanged rows touches nothing.
 */
export class BadgeSlots<K extends object> {
  private readonly badges = new WeakMap<K, { element: HTMLElement; signature: string }>();

  /** Whether `key` already shows exactly `data` in a badge still in the page. */
  isCurrent(key: K, data: BadgeData): boolean {
    const slot = this.badges.get(key);
    return slot?.element.isConnected === true && slot.signature === signatureOf(data);
  }

  /**
   * Returns the write that shows `data` for `key` (placing a new badge with `place`), or undefined
   * when the page already shows it.
   */
  write(key: K, data: BadgeData, place: (badge: HTMLElement) => void): (() => void) | undefined {
    if (this.isCurrent(key, data)) return undefined;
    const slot = this.badges.get(key);
    const signature = signatureOf(data);
    return () => {
      if (slot?.element.isConnected) {
        updateBadge(slot.element, data);
        slot.signature = signature;
        return;
      }
      const element = createBadge(document, data);
      place(element);
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

function signatureOf(data: BadgeData): string {
  return [
    data.kind,
    data.capaian,
    data.kategori,
    data.flags.join(' '),
    data.nip ?? '',
    data.label,
    data.tooltip,
  ].join('\u0001');
}
