import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, loadSandbox } from '../../tools/apps-script-sandbox/sandbox';
import { BAD_SHEETS } from './fixtures/bad-sheets';

beforeAll(ensureBuilt);

describe('the corpus of bad sheets gets the right message at the right cell', () => {
  it.each(BAD_SHEETS)('$name', ({ sheets, expect: expected }) => {
    const box = loadSandbox({ sheets });
    box.call('periksaData');
    const rows = box.book.sheets
      .find((s) => s.name === 'Masalah Data')!
      .snapshot()
      .map((r) => r.map(String));
    for (const e of expected) {
      const hit = rows.find(
        (r) =>
          r[0] === e.sheet &&
          (e.row === undefined || r[1] === String(e.row)) &&
          (e.column === undefined || r[2] === e.column) &&
          (r[4] ?? '').includes(e.says),
      );
      expect(
        hit,
        `${e.sheet} ${e.column ?? ''}${e.row ?? ''}: ${e.says}\n${rows.map((r) => r.join(' | ')).join('\n')}`,
      ).toBeDefined();
    }
  });
});
