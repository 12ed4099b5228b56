/**
 * The meeting papers (issue 12 point 5, OPD side) through the BUILT Code.js: "Siapkan kertas rapat" writes
 * "Daftar Penghargaan", "Draf Surat" and "Slip Hasil" as print-ready A4 sheets, and "Cetak kertas (PDF A4)"
 * shows the link to Sheets' own PDF export with the same settings.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PrintLayout } from '../../apps-script/src/port/types';
import { workbookGrids } from '../../scripts/sample-sheets';
import { t } from '../../shared/messages';
import { generateProvince } from '../../shared/sample';
import type { FakeSheet } from '../../tools/apps-script-sandbox/fake-gas/spreadsheet';
import { ensureBuilt, loadSandbox, plain, type Sandbox } from '../../tools/apps-script-sandbox/sandbox';
import { bookState, INPUT_SHEETS, sampleBox, sheetNamed, sheetState } from './output-state';

beforeAll(ensureBuilt);

const PAPERS = ['Daftar Penghargaan', 'Draf Surat', 'Slip Hasil'] as const;
/** A4 inside 15 mm margins at 96 px per inch. */
const PRINTABLE = {
  portrait: { width: (180 / 25.4) * 96, height: (267 / 25.4) * 96 },
  landscape: { width: (267 / 25.4) * 96, height: (180 / 25.4) * 96 },
};
const FORMULA = /^[\s\u200B-\u200D\u2060]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;

const layoutOf = (sheet: FakeSheet): PrintLayout => {
  const json = sheet.metadata.find((m) => m.getKey() === 'nilaiKerja.print')?.getValue();
  expect(json, `${sheet.name} keeps its print layout`).toBeTruthy();
  return JSON.parse(String(json)) as PrintLayout;
};

const textOf = (sheet: FakeSheet): string[][] =>
  (plain(sheet.snapshot()) as unknown[][]).map((r) => r.map((c) => String(c ?? '')));

/** The rows (1-based) where column A starts with `prefix`. */
const rowsStarting = (sheet: FakeSheet, prefix: string): number[] =>
  textOf(sheet).flatMap((r, i) => (r[0]?.startsWith(prefix) ? [i + 1] : []));

const nipsOf = (lines: readonly number[], sheet: FakeSheet): string[] => {
  const text = textOf(sheet);
  return lines.map((row) => {
    const after = text.slice(row - 1).find((r) => r[0]?.startsWith('NIP: '));
    return after?.[0]?.slice('NIP: '.length) ?? '';
  });
};

const hasilPegawai = (box: Sandbox): Map<string, { kind: string; capaian: unknown }> => {
  const [header = [], ...rows] = plain(sheetNamed(box, 'Hasil Pegawai').snapshot()) as unknown[][];
  const col = (name: string) => header.indexOf(name);
  return new Map(
    rows.map((r) => [
      String(r[col('NIP')]),
      { kind: String(r[col('Rekomendasi')]), capaian: r[col('Capaian')] },
    ]),
  );
};

describe('Siapkan kertas rapat on the sample OPD', () => {
  const box = sampleBox();
  const inputsBefore = INPUT_SHEETS.map((n) => sheetState(sheetNamed(box, n)));
  const text = String(box.call('siapkanKertasRapat'));
  box.call('hitungNilai');
  const results = hasilPegawai(box);

  it('writes the three papers and says what is in them', () => {
    expect(text).toContain('Kertas rapat siap: 10 pegawai di "Daftar Penghargaan"');
    expect(text).toContain('12 draf surat di "Draf Surat", 40 slip di "Slip Hasil"');
    for (const name of PAPERS) expect(sheetNamed(box, name).lastRow()).toBeGreaterThan(0);
  });

  it.each(PAPERS)(
    '%s: A4, fit to width, widths within the printable width, pages no taller than a page',
    (name) => {
      const sheet = sheetNamed(box, name);
      const layout = layoutOf(sheet);
      expect(layout).toMatchObject({ paper: 'A4', fitToWidth: true });
      const area = PRINTABLE[layout.orientation];
      const width = [...sheet.columnWidths.values()].reduce((a, b) => a + b, 0);
      expect(width).toBeLessThanOrEqual(area.width);
      expect(width).toBeGreaterThan(area.width - 2);
      expect([...sheet.columnWidths.values()]).toEqual(layout.columnWidths);
      // Every row forced to one height, and a page holds exactly rowsPerPage of them: the next would not fit.
      expect(sheet.rowHeights).toEqual([{ start: 1, count: layout.rows, height: layout.rowHeight }]);
      expect(layout.rowsPerPage * layout.rowHeight).toBeLessThanOrEqual(area.height);
      expect((layout.rowsPerPage + 1) * layout.rowHeight).toBeGreaterThan(area.height);
      expect(sheet.hiddenGridlines).toBe(true);
      expect(sheet.frozenRows).toBe(layout.headerRows);
      // Pages start one page-body apart after the repeated header rows.
      const body = layout.rowsPerPage - layout.headerRows;
      layout.pageStarts.slice(1).forEach((start, k) => {
        expect(start).toBe(layout.headerRows + 1 + (k + 1) * body);
      });
      expect(layout.pageStarts.at(-1)).toBeLessThanOrEqual(sheet.lastRow());
    },
  );

  it('the penghargaan list repeats its title and table header on every page', () => {
    const sheet = sheetNamed(box, 'Daftar Penghargaan');
    const layout = layoutOf(sheet);
    expect(layout.orientation).toBe('landscape');
    expect(layout.headerRows).toBeGreaterThanOrEqual(3);
    const rows = textOf(sheet);
    expect(rows[0]?.[0]).toBe('DAFTAR USULAN PENGHARGAAN PEGAWAI');
    expect(rows[layout.headerRows - 1]).toEqual([
      'No.',
      'Nama / NIP',
      'Unit kerja',
      'Usulan dan alasannya',
      'Bukti',
    ]);
    const named = rows.filter((r) => r[1]?.startsWith('NIP ')).map((r) => r[1]?.slice(4));
    const proposed = [...results]
      .filter(([, e]) => /penghargaan|Apresiasi/i.test(e.kind))
      .map(([nip]) => nip);
    expect(named.sort()).toEqual(proposed.sort());
    expect(rows.map((r) => r[4]).join(' ')).toMatch(/\d+ dari \d+ indikator berbukti\s+dukung/);
  });

  it('a draft letter only for the employees the facts call for, each on a new page, with the rules quoted', () => {
    const sheet = sheetNamed(box, 'Draf Surat');
    const layout = layoutOf(sheet);
    const starts = rowsStarting(sheet, 'DRAF - BUKAN KEPUTUSAN');
    expect(starts).toHaveLength(12);
    for (const row of starts) expect(layout.pageStarts).toContain(row);
    const called = [...results]
      .filter(([, e]) => /Pembinaan|Teguran|sanksi/i.test(e.kind))
      .map(([nip]) => nip);
    expect(nipsOf(starts, sheet).sort()).toEqual(called.sort());
    const all = textOf(sheet)
      .map((r) => r[0])
      .join('\n');
    expect(all).toContain('DRAF SURAT TEGURAN');
    expect(all).toContain('DRAF USULAN PENJATUHAN HUKUMAN DISIPLIN');
    expect(all).toContain('PP 94/2021');
    expect(all).toContain('Nomor: ....');
    expect(all).toContain('[ ] Disetujui');
    // Each letter fits its page: the next one starts exactly one page later.
    starts.slice(1).forEach((row, i) => {
      expect(row - (starts[i] ?? 0)).toBe(layout.rowsPerPage);
    });
  });

  it('a slip per employee, each starting a page, whose capaian equals Hasil Pegawai', () => {
    const sheet = sheetNamed(box, 'Slip Hasil');
    const layout = layoutOf(sheet);
    const starts = rowsStarting(sheet, 'SLIP HASIL PENILAIAN KINERJA PEGAWAI');
    expect(starts).toHaveLength(40);
    for (const row of starts) expect(layout.pageStarts).toContain(row);
    const rows = plain(sheet.snapshot()) as unknown[][];
    const nips = nipsOf(starts, sheet);
    starts.forEach((start, i) => {
      const end = starts[i + 1] ?? rows.length + 1;
      const slip = rows.slice(start - 1, end - 1);
      const total = slip.find((r) => r[0] === 'Capaian keseluruhan');
      const expected = results.get(nips[i] ?? '');
      expect(expected, nips[i]).toBeDefined();
      expect(total?.[3] === '-' ? '' : total?.[3]).toEqual(expected?.capaian);
      expect(slip.some((r) => String(r[0]).startsWith('Bila tidak sependapat'))).toBe(true);
      expect(slip.some((r) => String(r[0]).includes('14 hari'))).toBe(true);
    });
    // Indicator rows: numbered lines with target, realisasi and a capaian formatted as a percentage.
    const indicator = rows.findIndex((r) => /^1\. /.test(String(r[0])));
    expect(typeof rows[indicator]?.[3]).toBe('number');
    expect(sheet.peek(indicator + 1, 4)?.format).toBe('0.0%');
    expect(sheet.peek(indicator + 1, 2)?.format).toBe('@');
  });

  it('leaves the input sheets untouched', () => {
    expect(INPUT_SHEETS.map((n) => sheetState(sheetNamed(box, n)))).toEqual(inputsBefore);
  });
});

describe('writing the papers', () => {
  it('writes a name like =HYPERLINK(...) as text, never as a formula', () => {
    const grids = workbookGrids(generateProvince(6, 2, 11));
    const pegawai = grids.find((g) => g.name === 'Pegawai');
    const header = (pegawai?.rows[0] ?? []).map(String);
    const nama = header.findIndex((h) => /nama/i.test(h));
    const first = pegawai?.rows[1];
    if (first) first[nama] = '=HYPERLINK("http://x.invalid","Klik")';
    const box = loadSandbox({ sheets: grids.map((g) => ({ name: g.name, rows: g.rows })) });
    box.call('siapkanKertasRapat');
    const cells = PAPERS.flatMap((n) => textOf(sheetNamed(box, n)).flat());
    expect(cells.filter((c) => FORMULA.test(c))).toEqual([]);
    expect(cells.join('\n')).toContain('=HYPERLINK("http://x.invalid","Klik")');
  });

  it('makes as many service calls for 300 employees as for 40 (one setValues per paper)', () => {
    const count = (employees: number) => {
      const grids = workbookGrids(generateProvince(employees, 2, 5));
      const box = loadSandbox({ sheets: grids.map((g) => ({ name: g.name, rows: g.rows })), withUi: false });
      box.call('siapkanKertasRapat');
      box.rec.reset();
      box.call('siapkanKertasRapat');
      const writes = box.rec.calls.filter((c) => PAPERS.some((p) => c.sheet === p));
      expect(writes.filter((c) => c.name === 'Range.setValues')).toHaveLength(3);
      return writes.length;
    };
    expect(count(300)).toBe(count(40));
  });

  it('writes the papers of 8,000 employees: a few hundred thousand rows in one setValues per paper', () => {
    // Slips that long once overflowed the stack (a spread into Math.max) and wrote nothing.
    const grids = workbookGrids(generateProvince(8000, 2, 3));
    const box = loadSandbox({ sheets: grids.map((g) => ({ name: g.name, rows: g.rows })), withUi: false });
    const text = String(box.call('siapkanKertasRapat'));
    expect(text).toMatch(/\b8\.?000 slip/);
    expect(textOf(sheetNamed(box, 'Slip Hasil')).length).toBeGreaterThan(8000 * 10);
  });

  it('a failure leaves the previous papers as they were', () => {
    const box = sampleBox();
    box.call('siapkanKertasRapat');
    const before = bookState(box);
    box.rec.failOn((c) => c.name === 'Range.setValues' && c.sheet === 'Slip Hasil (sedang ditulis)');
    const text = String(box.call('siapkanKertasRapat'));
    expect(text).toContain('hasil sebelumnya tetap utuh di sheet');
    expect(bookState(box)).toEqual(before);
  });
});

/** Empties every row of a sheet below its header, as an admin clearing the data would. */
const clearRows = (sheet: FakeSheet): void => {
  const rows = sheet.lastRow() - 1;
  const width = sheet.lastColumn();
  sheet
    .getRange(2, 1, rows, width)
    .setValues(Array.from({ length: rows }, () => Array<string>(width).fill('')));
};

describe('a workbook without result data', () => {
  it('refuses with what to do, writes nothing, and the previous papers stay as they were', () => {
    const box = sampleBox();
    box.call('siapkanKertasRapat');
    // No indicator rows and no supervisor's rating hasil (Perilaku): the roster and attendance remain.
    clearRows(sheetNamed(box, 'Indikator'));
    clearRows(sheetNamed(box, 'Perilaku'));
    const before = bookState(box);
    const text = String(box.call('siapkanKertasRapat'));
    expect(text).toContain(t('PAPERS_NO_RESULTS', { sheet: 'Indikator' }, 'id'));
    expect(text).not.toContain('Kertas rapat siap');
    expect(bookState(box)).toEqual(before);
    // One rule: "Periksa data" calls this workbook one without result data too.
    box.call('periksaData');
    const problems = textOf(sheetNamed(box, 'Masalah Data')).flat();
    expect(problems).toContain(t('SHEETS_CHECK_NO_RESULTS', { sheet: 'Indikator' }, 'id'));
  });

  it("prepares them from the supervisor's rating hasil alone, which gives a predikat", () => {
    const box = sampleBox();
    clearRows(sheetNamed(box, 'Indikator'));
    const text = String(box.call('siapkanKertasRapat'));
    expect(text).toContain('Kertas rapat siap');
    expect(text).toContain('40 slip di "Slip Hasil"');
  });
});

describe('Cetak kertas (PDF A4)', () => {
  it('shows the PDF export link of the open paper with A4, fit to width, margins, no gridlines', () => {
    const box = sampleBox();
    box.call('siapkanKertasRapat');
    const slips = sheetNamed(box, 'Slip Hasil');
    box.book.active = slips;
    box.rec.reset();
    box.call('cetakKertas');
    const dialog = box.ui.dialogs.at(-1);
    expect(dialog?.title).toBe('Cetak kertas rapat (PDF A4)');
    const html = String(dialog?.html.content);
    const hrefs = [...html.matchAll(/href="([^"]+)"/g)].map((m) => (m[1] ?? '').replaceAll('&#38;', '&'));
    expect(hrefs).toHaveLength(1);
    const url = new URL(hrefs[0] ?? '');
    expect(url.origin + url.pathname).toBe(`https://docs.google.com/spreadsheets/d/${box.book.id}/export`);
    // 15 mm margins are 0.591 inch, as the export takes them.
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      format: 'pdf',
      gid: String(slips.id),
      size: 'A4',
      portrait: 'true',
      fitw: 'true',
      gridlines: 'false',
      fzr: 'true',
      top_margin: '0.591',
      left_margin: '0.591',
    });
    expect(html).toContain('Unduh &#34;Slip Hasil&#34; sebagai PDF A4 (tegak, ');
    expect(html).not.toContain('Draf Surat');
    // Nothing is fetched or written: only reads, the dialog and the lock.
    expect(box.rec.calls.filter((c) => /set|insert|add|delete|UrlFetch/i.test(c.name))).toEqual([]);
  });

  it('lists every paper when the open sheet is not one, and says so', () => {
    const box = sampleBox();
    box.call('siapkanKertasRapat');
    box.book.active = sheetNamed(box, 'Pegawai');
    box.call('cetakKertas');
    const html = String(box.ui.dialogs.at(-1)?.html.content);
    expect(html).toContain('Sheet &#34;Pegawai&#34; yang terbuka bukan kertas rapat');
    expect(html.match(/<a href=/g)).toHaveLength(3);
    expect(html).toContain('portrait=false');
  });

  it('says what to do when there are no papers yet', () => {
    const box = sampleBox();
    expect(String(box.call('cetakKertas'))).toContain(
      'Jalankan menu "Siapkan kertas rapat" dulu (di spreadsheet OPD), atau "Rekap OPD (Sekda)..."',
    );
  });
});

describe('a slip for an indicator whose capaian was not computed', () => {
  it('says which indicator and why, from the problem reported on its row', () => {
    const box = sampleBox();
    const indikator = sheetNamed(box, 'Indikator');
    const header = textOf(indikator)[0] ?? [];
    const realisasi = header.findIndex((h) => /^realisasi/i.test(h));
    const nip = header.findIndex((h) => /^nip/i.test(h));
    const nipOfRow = textOf(indikator)[1]?.[nip] ?? '';
    indikator.getRange(2, realisasi + 1, 1, 1).setValues([['banyak sekali']]);
    box.call('siapkanKertasRapat');
    const slips = textOf(sheetNamed(box, 'Slip Hasil'));
    // The employee's slip: from their NIP line to the next slip's title.
    const start = slips.findIndex((r) => r.some((c) => c.includes(nipOfRow.replace(/\D/g, '').slice(0, 8))));
    expect(start).toBeGreaterThan(0);
    const title = slips[0]?.[0] ?? '';
    const end = slips.findIndex((r, i) => i > start && r[0] === title);
    const text = slips
      .slice(start, end < 0 ? undefined : end)
      .flat()
      .join('\n');
    expect(text).toMatch(/Indikator 1: capaian tidak dihitung\. .*banyak sekali/);
  });
});
