/**
 * A small seeded generator (mulberry32) so the sample OPD and the bench province are the same on every
 * run and on every surface. Not for anything that needs real randomness.
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** Uniform in [min, max). */
  between(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    between: (min, max) => min + next() * (max - min),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    chance: (p) => next() < p,
  };
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/**
 * An 18-digit NIP as BKN issues it: birth date yyyymmdd, appointment (TMT CPNS) yyyymm, sex digit
 * (1 man, 2 woman), 3-digit sequence.
 */
export function makeNip(
  random: Random,
  sex: 1 | 2,
  sequence: number,
  birthYears: readonly [number, number],
): string {
  const birthYear = random.int(birthYears[0], birthYears[1]);
  const appointmentYear = Math.min(2023, birthYear + random.int(23, 30));
  return (
    pad(birthYear, 4) +
    pad(random.int(1, 12), 2) +
    pad(random.int(1, 28), 2) +
    pad(appointmentYear, 4) +
    pad(random.int(1, 12), 2) +
    String(sex) +
    pad((sequence % 999) + 1, 3)
  );
}
