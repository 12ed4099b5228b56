/**
 * The roster's employees by NIP, as a Map<string, EmployeeRecord> would answer, kept in one array of slots.
 *
 * A Map of 20,000 NIPs is rebuilt eleven times as it grows (each table twice the last, every entry three
 * words): ~2 MB allocated per run for an index the run reads mostly through its neighbour shortcut
 * (people.ts, rosterNeighbourOf). Here a slot holds the employee's position in the roster's list, plus one
 * (0: empty), in an Int32Array sized once for the rows the roster can hold: a quarter of a megabyte for the
 * bench province, allocated once. Open addressing with linear probing over a mixed hash of the NIP's
 * characters (NIPs follow each other by one in their last digits: the mix spreads them).
 */

/** What the roster's NIP index answers: a Map of records satisfies it (tests build rosters from Maps). */
export interface RosterNips<R extends { nip: string }> {
  get(nip: string): R | undefined;
  has(nip: string): boolean;
  readonly size: number;
}

/** A 32-bit hash of a text: multiply-add over its characters, then a final mix (MurmurHash3's). */
function hashOf(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Smallest power of two holding `count` entries at most half full (16 at least). */
function capacityFor(count: number): number {
  let capacity = 16;
  while (capacity < count * 2) capacity *= 2;
  return capacity;
}

export class NipIndex<R extends { nip: string }> implements RosterNips<R> {
  /** Position in `list` plus one, 0 for an empty slot. */
  private slots: Int32Array;
  private mask: number;
  size = 0;

  /**
   * An index over `list`, whose records' NIPs never change once added. `expected`: how many records it
   * will hold at most, when known (a table's row count); it grows past that when needed.
   */
  constructor(
    private readonly list: readonly R[],
    expected = 0,
  ) {
    this.slots = new Int32Array(capacityFor(expected));
    this.mask = this.slots.length - 1;
  }

  get(nip: string): R | undefined {
    const slots = this.slots;
    const mask = this.mask;
    for (let s = hashOf(nip) & mask; ; s = (s + 1) & mask) {
      const k = slots[s] as number;
      if (k === 0) return undefined;
      const record = this.list[k - 1] as R;
      if (record.nip === nip) return record;
    }
  }

  has(nip: string): boolean {
    return this.get(nip) !== undefined;
  }

  /** Adds the record at `position` in the list, whose NIP the index does not hold yet (the caller checked). */
  add(position: number): void {
    if ((this.size + 1) * 2 > this.slots.length) this.grow();
    this.place(position);
    this.size++;
  }

  private place(position: number): void {
    const slots = this.slots;
    const mask = this.mask;
    let s = hashOf((this.list[position] as R).nip) & mask;
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = position + 1;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = this.slots.length - 1;
    for (let s = 0; s < old.length; s++) {
      const k = old[s] as number;
      if (k !== 0) this.place(k - 1);
    }
  }
}
