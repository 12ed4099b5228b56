import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findByName } from '../../shared/org/names';
import { componentsByName, componentNamed as namedIn } from '../../shared/org/sakip';
import { defaultPolicy } from '../../shared/policy/schema';

/*
 * SAKIP worksheets name a component in many ways ("1. Perencanaan Kinerja", "PERENCANAAN  kinerja",
 * "Evaluasi AKIP"): componentNamed, over the policy's names normalised once, finds the component
 * findByName finds, for every text and for a policy whose names overlap.
 */

const components = defaultPolicy().sakip.components;
/** componentNamed over the names of `list` normalised for this call (a NameCache keeps them for a run). */
const componentNamed = (list: typeof components, text: string) => namedIn(componentsByName(list), text);
/** Two components sharing a name: the first one keeps it, as findByName's order says. */
const overlapping = [
  { id: 'perencanaan', label: 'Perencanaan Kinerja', weight: 30, aliases: ['Rencana'] },
  { id: 'rencana', label: 'Rencana', weight: 10, aliases: ['Perencanaan Kinerja', ''] },
  { id: 'evaluasi', label: 'Evaluasi  Internal', weight: 25, aliases: ['1. Evaluasi'] },
];
const NAMES = [
  ...components.flatMap((c) => [c.id, c.label, ...c.aliases]),
  ...overlapping.flatMap((c) => [c.id, c.label, ...c.aliases]),
  'Pelaporan',
  'Kinerja',
  'Lain-lain',
];
const written = fc
  .tuple(
    fc.constantFrom('', '1. ', 'a) ', 'II. ', ' ', '_', '12.'),
    fc.constantFrom(...NAMES),
    fc.nat(),
    fc.constantFrom('', ' ', '  ', '\u00a0', '\n', '_'),
  )
  .map(([lead, name, bits, tail]) => {
    const cased = [...name].map((ch, i) => ((bits >> (i % 30)) & 1 ? ch.toUpperCase() : ch.toLowerCase()));
    return `${lead}${cased.join('').replace(/ /g, bits % 3 === 0 ? '  ' : ' ')}${tail}`;
  });

describe('componentNamed', () => {
  it('finds the component findByName finds, in the default policy and in one whose names overlap', () => {
    fc.assert(
      fc.property(fc.oneof(written, fc.string({ maxLength: 30 })), (text) => {
        expect(componentNamed(components, text)).toBe(findByName(components, text));
        expect(componentNamed(overlapping, text)).toBe(findByName(overlapping, text));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads the usual ways of writing a component', () => {
    expect(componentNamed(components, '1. PERENCANAAN  Kinerja')?.id).toBe('perencanaan');
    expect(componentNamed(components, 'Evaluasi AKIP')?.id).toBe(findByName(components, 'Evaluasi AKIP')?.id);
    expect(componentNamed(components, '')).toBeUndefined();
    expect(componentNamed(overlapping, 'Perencanaan Kinerja')?.id).toBe('perencanaan');
    expect(componentNamed(overlapping, 'rencana')?.id).toBe('perencanaan');
  });
});
