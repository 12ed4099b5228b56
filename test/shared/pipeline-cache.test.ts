import { describe, expect, it } from 'vitest';
import { scoreOrganisation } from '../../shared/pipeline';
import { cachedParser } from '../../shared/pipeline/cells';
import { defaultPolicy } from '../../shared/policy/schema';
import { generateProvince } from '../../shared/sample';

/** A parser that counts its calls. */
function counted(): { parse: (text: string) => string; calls: () => number } {
  let calls = 0;
  return {
    parse: (text) => {
      calls++;
      return text.toUpperCase();
    },
    calls: () => calls,
  };
}

describe('cachedParser: a cache per run that only remembers while remembering pays', () => {
  it('parses each distinct text once when texts repeat', () => {
    const { parse, calls } = counted();
    const cached = cachedParser(parse);
    for (let i = 0; i < 10_000; i++)
      expect(cached(['Positif', 'Negatif', 'positif'][i % 3] as string)).toBe(
        ['POSITIF', 'NEGATIF', 'POSITIF'][i % 3],
      );
    expect(calls()).toBe(3);
  });

  it('stops remembering a column whose texts do not repeat, and tries again later', () => {
    const { parse, calls } = counted();
    const cached = cachedParser(parse);
    // A window of texts seen once: the cache gives up remembering (and forgets what it held).
    for (let i = 0; i < 1024; i++) cached(`text ${i}`);
    expect(calls()).toBe(1024);
    cached('text 1');
    cached('text 2');
    cached('text 1');
    expect(calls()).toBe(1027);
    // After its pause (16 windows) it remembers again.
    for (let i = 0; i < 16 * 1024 - 3; i++) cached(`other ${i}`);
    const before = calls();
    cached('again');
    cached('between');
    cached('again');
    expect(calls()).toBe(before + 2);
  });

  it('answers a repeated text from the last call without a lookup, remembering or not', () => {
    const { parse, calls } = counted();
    const cached = cachedParser(parse);
    for (let i = 0; i < 2048; i++) cached(`text ${i}`);
    const before = calls();
    cached('same');
    cached('same');
    expect(calls()).toBe(before + 1);
  });

  it('is bounded: past its limit it starts afresh', () => {
    const { parse, calls } = counted();
    const cached = cachedParser(parse, 4);
    for (const text of ['a', 'b', 'c', 'd', 'e', 'a']) cached(text);
    expect(calls()).toBe(6);
  });
});

describe('caches belong to a run', () => {
  it('gives the same result for the all-distinct province, and the one with only its numbers so, as for the usual one (no cache helps or harms)', () => {
    const policy = defaultPolicy();
    const usual = scoreOrganisation(generateProvince(300, 5, 11), policy);
    const distinct = scoreOrganisation(generateProvince(300, 5, 11, { distinct: true }), policy);
    const scores = (r: typeof usual) =>
      r.employees.map((e) => [e.nip, e.capaian, e.predikat, e.tpp?.total, e.discipline.fraction, e.activity]);
    expect(scores(distinct)).toEqual(scores(usual));
    expect(distinct.issues).toEqual(usual.issues);
    // Only its numbers so: they change, the NIPs and labels stay as written, the scores stay.
    const numbers = generateProvince(300, 5, 11, { distinct: 'numbers' });
    const plain = generateProvince(300, 5, 11);
    expect(numbers.indicators.rows.map((r) => r.values.target)).not.toEqual(
      plain.indicators.rows.map((r) => r.values.target),
    );
    expect(numbers.indicators.rows.map((r) => [r.values.nip, r.values.polaritas])).toEqual(
      plain.indicators.rows.map((r) => [r.values.nip, r.values.polaritas]),
    );
    const numbersResult = scoreOrganisation(numbers, policy);
    expect(scores(numbersResult)).toEqual(scores(usual));
    expect(numbersResult.issues).toEqual(usual.issues);
  });
});
