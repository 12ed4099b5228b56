/** Output grids of any height: the widest row is found without passing every row as an argument. */
import { describe, expect, it } from 'vitest';
import { rectangular, widestRow } from '../../apps-script/src/output/sheet';

describe('rectangular / widestRow', () => {
  it('pads every row to the widest, on a grid of 300,000 rows (a spread into Math.max overflowed the stack)', () => {
    const rows = Array.from({ length: 300_000 }, (_, i) =>
      i === 123_456 ? ['NIP', 'Nama', 'Capaian'] : ['x'],
    );
    expect(widestRow(rows)).toBe(3);
    const grid = rectangular(rows);
    expect(grid).toHaveLength(300_000);
    expect(grid[0]).toEqual(['x', '', '']);
    expect(grid.every((r) => r.length === 3)).toBe(true);
  });

  it('is at least one column wide, for an empty grid or empty rows', () => {
    expect(widestRow([])).toBe(1);
    expect(rectangular([[], []])).toEqual([[''], ['']]);
  });
});
