// @vitest-environment happy-dom
/**
 * The period a page names, read from its key/value lines (period/lines.ts) by the add-on's own rule
 * (shared/columns periodOfLines): the same lines on a page and in a sheet name the same period. A key
 * whose value follows its colon is a line of its own; only a bare key takes the element after it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { keyValueLines, pageTitles } from '../../extension/src/content/period/lines';
import { periodOfLines } from '../../shared/columns';

afterEach(() => {
  document.body.innerHTML = '';
});

const pagePeriod = (html: string) => {
  document.body.innerHTML = html;
  return periodOfLines(keyValueLines(document, []), pageTitles(document, [])).period;
};

describe('the period a page names', () => {
  it('completes a yearless month with the year another line states, whatever line comes between', () => {
    const may = { kind: 'month', year: 2025, index: 5 };
    expect(
      pagePeriod('<p>Periode : Mei</p><p>Unit Kerja : Dinas Kesehatan</p><p>Tahun Anggaran : 2025</p>'),
    ).toMatchObject(may);
    expect(pagePeriod('<p>Bulan : Mei</p><p>Jabatan : Analis</p><p>Tahun : 2025</p>')).toMatchObject(may);
    expect(
      pagePeriod('<p>Periode : Mei</p><p>Status : Disetujui 12 Juni 2025</p><p>Tahun : 2025</p>'),
    ).toMatchObject(may);
  });

  it('reads a bare key with the value beside it (a label and its text or its dropdown)', () => {
    expect(
      pagePeriod('<div><label>Periode Penilaian :</label><span>Triwulan I 2025</span></div>'),
    ).toMatchObject({ kind: 'quarter', year: 2025, index: 1 });
    expect(
      pagePeriod(
        '<div><label>Periode</label><select><option>Triwulan I 2025</option><option selected>Triwulan II 2025</option></select></div>',
      ),
    ).toMatchObject({ kind: 'quarter', year: 2025, index: 2 });
  });
});
