/**
 * Older periods into "Riwayat" through the BUILT Code.js (issue 11): last year's workbook kept October to
 * December in its own Riwayat; this year's workbook gets them either as a copied sheet (Sheets' "Salin ke >
 * Spreadsheet yang ada": "Salinan dari Riwayat", with or without the add-on's mark) read by Hitung nilai,
 * or as a file (Ekspor riwayat, Impor riwayat). A period this workbook already holds keeps its rows and is
 * named; rows that are not history are reported with their place; a bad file writes nothing; the same
 * file twice changes nothing; the copy and the input sheets are never written. Stagnation and the year's
 * TK days then count the older periods.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparePeriods } from '../../shared/history/period-keys';
import type { HistoryRow } from '../../shared/history/rows';
import {
  addOlderPeriods,
  HistoryFileSchema,
  historyFileOf,
  readHistoryFile,
} from '../../shared/history/transfer';
import type { FakeSheet, SeedCell, SheetSeed } from '../../tools/apps-script-sandbox/fake-gas/spreadsheet';
import { ensureBuilt, loadSandbox, plain, type Sandbox } from '../../tools/apps-script-sandbox/sandbox';
import { dailyAttendance, unitMonthRecap } from './fixtures/families';
import { compute, type Row, rowsOf } from './fixtures/sandbox-run';
import { bookState, sheetNamed, sheetState } from './output-state';
import { openPage } from './sidebar-page';

// The workbooks are computed while the tests are collected: the add-on must be built before that.
await ensureBuilt();

const OPD = 'Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Sukamaju';
const MARK = 'nilaiKerja.output';

/** Three employees: Agus below target every month, Wulan rising, Dedi steady above target. */
const PEOPLE = [
  { nip: '198207152008011003', nama: 'Agus Salim Nasution, S.T.', unit: 'Bidang Bina Marga' },
  { nip: '199104222016022001', nama: 'Wulan Sari Handayani, S.E.', unit: 'Bidang Bina Marga' },
  { nip: '198612032010011005', nama: 'Dedi Kurniawan, A.Md.', unit: 'Sekretariat' },
] as const;

type Month = 'Oktober' | 'November' | 'Desember';
/** Each month's capaian per employee, in PEOPLE order. */
const CAPAIAN: Record<Month, readonly number[]> = {
  Oktober: [0.8, 1.0, 1.1],
  November: [0.85, 1.05, 1.1],
  Desember: [0.9, 1.1, 1.1],
};

/** One month's recap of results per employee, with its period in the title. */
function monthSheet(month: Month, capaian: readonly number[] = CAPAIAN[month]): SheetSeed {
  return unitMonthRecap(OPD, month, PEOPLE, (i) => capaian[i] as number);
}

/** Last year's workbook, computed: its Riwayat holds the months given. */
function lastYear(months: readonly SheetSeed[]): Sandbox {
  const box = loadSandbox({ sheets: [...months] });
  compute(
    box,
    months.map((m) => m.name),
  );
  return box;
}

/** The sheet as Sheets' "Salin ke" makes it in another spreadsheet: the same cells, values and display. */
function copyOf(sheet: FakeSheet, name: string): SheetSeed {
  return {
    name,
    rows: sheet.cells.map((row) => row.map((c): SeedCell => (c.d === undefined ? c.v : { v: c.v, d: c.d }))),
  };
}

/** Adds the copy to `box`, with the add-on's mark on it when Sheets kept the developer metadata. */
function addCopy(box: Sandbox, seed: SheetSeed, keepsMark: boolean): void {
  const sheet = box.book.addSheet(seed);
  if (keepsMark) sheet.addDeveloperMetadata(MARK, 'history');
}

const historyKeys = (box: Sandbox, nip: string) =>
  rowsOf(box, 'Riwayat')
    .filter((r) => r.NIP === nip)
    .map((r) => [r['Kode periode'], r.Capaian]);

const problemMessages = (box: Sandbox): Row[] => rowsOf(box, 'Masalah Data');

const trendOf = (box: Sandbox, nip: string): string =>
  String(rowsOf(box, 'Hasil Pegawai').find((r) => r.NIP === nip)?.Tren ?? '');

const AGUS_STAGNANT =
  'Stagnan: capaian 3 periode berturut-turut di bawah 100% (Oktober 2025 80%, November 2025 85%, Desember 2025 90%).';

describe('a Riwayat sheet copied from last year`s workbook', () => {
  const previous = lastYear([monthSheet('Oktober'), monthSheet('November')]);
  const copied = copyOf(sheetNamed(previous, 'Riwayat'), 'Salinan dari Riwayat');

  it('without the copy, December alone says nothing of stagnation (the control)', () => {
    const box = loadSandbox({ sheets: [monthSheet('Desember')] });
    compute(box, ['Rekap Desember']);
    expect(historyKeys(box, PEOPLE[0].nip)).toEqual([['2025-12', 0.9]]);
    expect(trendOf(box, PEOPLE[0].nip)).toBe('');
  });

  for (const keepsMark of [false, true]) {
    describe(keepsMark ? 'the copy kept the add-on`s mark' : 'the copy lost the add-on`s mark', () => {
      const name = keepsMark ? 'Copy of Riwayat' : 'Salinan dari Riwayat';
      const box = loadSandbox({ sheets: [monthSheet('Desember')] });
      addCopy(box, { ...copied, name }, keepsMark);
      const text = compute(box, ['Rekap Desember', name]);

      it('adds its periods to Riwayat once, and the next run writes them there', () => {
        expect(historyKeys(box, PEOPLE[0].nip)).toEqual([
          ['2025-10', 0.8],
          ['2025-11', 0.85],
          ['2025-12', 0.9],
        ]);
        expect(rowsOf(box, 'Riwayat')).toHaveLength(9);
        expect(text).toContain('Riwayat diperbarui untuk Desember 2025');
        const added = problemMessages(box).find((p) => p.Sheet === name);
        expect(String(added?.Masalah)).toContain(
          `Sheet "${name}" dibaca sebagai riwayat lama: periode Oktober 2025, November 2025 ditambahkan ke Riwayat (6 baris).`,
        );
      });

      it('flags an employee below target in October and November there and December here as stagnant', () => {
        expect(trendOf(box, PEOPLE[0].nip)).toContain(AGUS_STAGNANT);
        expect(trendOf(box, PEOPLE[1].nip)).toBe('');
        expect(text).toContain('1 pegawai stagnan');
      });

      it('never reads the copy as employees or results: Hasil Pegawai holds December`s three people', () => {
        const results = rowsOf(box, 'Hasil Pegawai');
        expect(results.map((r) => [r.NIP, r.Capaian])).toEqual(
          PEOPLE.map((p, i) => [p.nip, CAPAIAN.Desember[i]]),
        );
        String(box.call('periksaData'));
        expect(rowsOf(box, 'Tabel Terbaca').map((r) => r.Sheet)).toEqual(['Rekap Desember']);
      });

      it('a second run finds every period of the copy already in Riwayat and changes nothing in it', () => {
        const before = rowsOf(box, 'Riwayat');
        compute(box, ['Rekap Desember', name]);
        expect(rowsOf(box, 'Riwayat')).toEqual(before);
        const skipped = problemMessages(box).find((p) => p.Sheet === name);
        expect(String(skipped?.Masalah)).toContain(
          `Sheet "${name}": periode Oktober 2025, November 2025 sudah ada di Riwayat`,
        );
      });
    });
  }

  it.each([
    [false, 'Salinan dari Riwayat'],
    [true, 'Copy of Riwayat'],
  ])(
    'keeps this workbook`s rows for a period both hold, and names the periods skipped (mark kept: %s)',
    (keepsMark, name) => {
      // Last year's workbook held October to December; this one recomputed November (Agus corrected to 95 %)
      // and holds December with its own figures.
      const fuller = lastYear([
        monthSheet('Oktober'),
        monthSheet('November'),
        monthSheet('Desember', [0.5, 0.5, 0.5]),
      ]);
      const copy = copyOf(sheetNamed(fuller, 'Riwayat'), name);
      const box = loadSandbox({
        sheets: [monthSheet('November', [0.95, 1.05, 1.1]), monthSheet('Desember')],
      });
      compute(box, ['Rekap November', 'Rekap Desember']);
      box.book.deleteSheet(sheetNamed(box, 'Rekap November'));
      addCopy(box, copy, keepsMark);
      // The admin dragged the copy's tab to the front: it is still not the current Riwayat.
      box.book.sheets.unshift(box.book.sheets.pop() as FakeSheet);
      compute(box, ['Rekap Desember', name]);
      expect(historyKeys(box, PEOPLE[0].nip)).toEqual([
        ['2025-10', 0.8],
        ['2025-11', 0.95],
        ['2025-12', 0.9],
      ]);
      const messages = problemMessages(box)
        .filter((p) => p.Sheet === name)
        .map((p) => String(p.Masalah));
      expect(messages.some((m) => m.includes('periode Oktober 2025 ditambahkan ke Riwayat (3 baris)'))).toBe(
        true,
      );
      expect(
        messages.some((m) =>
          m.includes('periode November 2025, Desember 2025 sudah ada di Riwayat atau di data workbook ini'),
        ),
      ).toBe(true);
    },
  );

  it('reports each row that is not history with sheet, row and column, and still adds the valid ones', () => {
    const bad = copyOf(sheetNamed(previous, 'Riwayat'), 'Salinan dari Riwayat');
    const rows = bad.rows as SeedCell[][];
    // Row 2: a period written as people read it; row 3: the NIP deleted; row 5: a capaian typed as words.
    (rows[1] as SeedCell[])[0] = 'Okt 2025';
    (rows[2] as SeedCell[])[2] = '';
    (rows[4] as SeedCell[])[5] = 'delapan puluh lima';
    // Row 8: the last row pasted twice.
    rows.push([...(rows[6] as SeedCell[])]);
    const box = loadSandbox({ sheets: [monthSheet('Desember')] });
    addCopy(box, bad, false);
    compute(box, ['Rekap Desember', 'Salinan dari Riwayat']);
    const problems = problemMessages(box)
      .filter((p) => p.Sheet === 'Salinan dari Riwayat' && p.Baris !== '')
      .map((p) => [p.Baris, p.Kolom, String(p.Masalah).slice(0, 40)]);
    expect(problems).toEqual([
      [2, 'A', 'Kode periode "Okt 2025" tidak dapat diba'],
      [3, 'C', 'Baris periode 2025-10 tanpa NIP, jadi ti'],
      [5, 'F', 'Capaian "delapan puluh lima" bukan angka'],
      [8, 'C', `NIP ${PEOPLE[2].nip} tercatat dua kali`],
    ]);
    // Three rows of six were not history: October keeps one row, November two, none invented.
    const periods = rowsOf(box, 'Riwayat').map((r) => r['Kode periode']);
    expect(periods.filter((p) => p === '2025-10')).toHaveLength(1);
    expect(periods.filter((p) => p === '2025-11')).toHaveLength(2);
  });
});

/** Daily attendance of one month, as offices keep it: a column per day, TK on the days given. */
function attendance(month: 'Oktober' | 'Desember', tk: Record<string, number[]>): SheetSeed {
  // 1 October 2025 is a Wednesday, 1 December 2025 a Monday.
  const weekend = month === 'Oktober' ? [4, 5, 11, 12, 18, 19, 25, 26] : [6, 7, 13, 14, 20, 21, 27, 28];
  return dailyAttendance(`Absensi ${month}`, OPD, `${month} 2025`, 31, new Set(weekend), PEOPLE, (p, d) =>
    tk[p.nip]?.includes(d) ? 'TK' : undefined,
  );
}

describe('TK days of last year`s months count in their year', () => {
  const dedi = PEOPLE[2].nip;
  const previous = lastYear([attendance('Oktober', { [dedi]: [14, 15] })]);
  const december = attendance('Desember', { [dedi]: [9, 10] });
  const reasonOf = (box: Sandbox) =>
    String(rowsOf(box, 'Hasil Pegawai').find((r) => r.NIP === dedi)?.Alasan ?? '');

  it('2 days in October (copied Riwayat) and 2 in December add up to 4 and propose a teguran tertulis', () => {
    const box = loadSandbox({ sheets: [december] });
    addCopy(box, copyOf(sheetNamed(previous, 'Riwayat'), 'Salinan dari Riwayat'), false);
    compute(box, [december.name, 'Salinan dari Riwayat']);
    expect(reasonOf(box)).toContain(
      'Tidak masuk kerja tanpa keterangan (TK) 4 hari dalam tahun 2025: Oktober 2025 2 hari (tanggal 14/10/2025, 15/10/2025); Desember 2025 2 hari (tanggal 09/12/2025, 10/12/2025).',
    );
    expect(reasonOf(box)).toContain('teguran tertulis');
  });

  it('without the copy December`s 2 days alone propose no teguran tertulis (the control)', () => {
    const box = loadSandbox({ sheets: [december] });
    compute(box, [december.name]);
    expect(reasonOf(box)).not.toContain('4 hari dalam tahun 2025');
    expect(reasonOf(box)).not.toContain('teguran tertulis');
  });
});

interface FileReply {
  ok: boolean;
  fileName?: string;
  json?: string;
  help?: string;
  notes?: string[];
  message?: string;
}
interface ImportReply {
  ok: boolean;
  lines?: string[];
  added?: number;
  message?: string;
}

describe('Ekspor riwayat and Impor riwayat', () => {
  const previous = lastYear([monthSheet('Oktober'), monthSheet('November')]);
  const exported = plain(previous.call('ambilBerkasRiwayat')) as FileReply;
  const file = { name: exported.fileName ?? '', text: exported.json ?? '' };

  /** This year's workbook with December computed. */
  const thisYear = (): Sandbox => {
    const box = loadSandbox({ sheets: [monthSheet('Desember')] });
    compute(box, ['Rekap Desember']);
    return box;
  };
  const importInto = (box: Sandbox, request: unknown): ImportReply =>
    plain(box.call('imporBerkasRiwayat', request)) as ImportReply;

  it('writes the Riwayat as a versioned file the core validates, with the OPD and every row', () => {
    expect(exported.ok).toBe(true);
    expect(exported.fileName).toBe(
      'riwayat-dinas-pekerjaan-umum-dan-penataan-ruang-kabupaten-2025-10-2025-11.json',
    );
    const parsed = HistoryFileSchema.parse(JSON.parse(file.text));
    expect(parsed).toMatchObject({ format: 'nilai-kerja/riwayat', version: 1, opd: OPD });
    expect(parsed.rows).toHaveLength(6);
    expect(parsed.rows[0]).toMatchObject({
      period: '2025-10',
      label: 'Oktober 2025',
      nip: PEOPLE[0].nip,
      capaian: 0.8,
    });
    expect(exported.help).toContain(`Riwayat ${OPD}: 2 periode (Oktober 2025 s.d. November 2025), 6 baris.`);
  });

  it('opens the download dialog from the menu, and reports the file from a trigger', () => {
    const box = lastYear([monthSheet('Oktober')]);
    box.call('eksporRiwayat');
    expect(box.ui.dialogs.map((d) => d.title)).toEqual(['Ekspor riwayat']);
    const headless = loadSandbox({ sheets: [monthSheet('Oktober')], withUi: false });
    compute(headless, ['Rekap Oktober']);
    expect(String(headless.call('eksporRiwayat'))).toContain('Berkas riwayat dibuat: 1 periode, 3 baris');
  });

  it('refuses to export a workbook without Riwayat', () => {
    const box = loadSandbox({ sheets: [monthSheet('Desember')] });
    const reply = plain(box.call('ambilBerkasRiwayat')) as FileReply;
    expect(reply).toEqual({
      ok: false,
      message: expect.stringContaining('Belum ada Riwayat untuk diekspor'),
    });
  });

  it('checks a file first and writes nothing, then imports its new periods into Riwayat', () => {
    const box = thisYear();
    const before = bookState(box);
    const check = plain(box.call('periksaBerkasRiwayat', file)) as ImportReply;
    expect(check.ok).toBe(true);
    expect(check.added).toBe(2);
    expect(check.lines).toContain('Akan ditambahkan ke Riwayat: Oktober 2025, November 2025 (6 baris).');
    expect(bookState(box)).toEqual(before);

    const input = sheetState(sheetNamed(box, 'Rekap Desember'));
    const reply = importInto(box, file);
    expect(reply.ok).toBe(true);
    expect(reply.lines?.[0]).toContain('Riwayat di sheet "Riwayat" kini memuat 2 periode baru (6 baris)');
    expect(sheetState(sheetNamed(box, 'Rekap Desember'))).toBe(input);
    expect(historyKeys(box, PEOPLE[0].nip)).toEqual([
      ['2025-10', 0.8],
      ['2025-11', 0.85],
      ['2025-12', 0.9],
    ]);
    // The next Hitung nilai reads them: Agus below target three months running.
    compute(box, ['Rekap Desember']);
    expect(trendOf(box, PEOPLE[0].nip)).toContain(AGUS_STAGNANT);
    expect(rowsOf(box, 'Riwayat')).toHaveLength(9);
  });

  it('importing the same file twice changes nothing', () => {
    const box = thisYear();
    expect(importInto(box, file).added).toBe(2);
    const before = bookState(box);
    const again = importInto(box, file);
    expect(again).toMatchObject({ ok: true, added: 0 });
    expect(again.lines).toContain('Semua periode dalam berkas sudah ada di Riwayat; tidak ada yang ditulis.');
    expect(bookState(box)).toEqual(before);
  });

  it('keeps the rows of a period Riwayat already holds and names it', () => {
    const box = loadSandbox({ sheets: [monthSheet('November', [0.95, 1.05, 1.1]), monthSheet('Desember')] });
    compute(box, ['Rekap November', 'Rekap Desember']);
    const reply = importInto(box, file);
    expect(reply.ok).toBe(true);
    expect(reply.lines).toContain('Sudah ada di Riwayat, tidak diubah: November 2025.');
    expect(historyKeys(box, PEOPLE[0].nip)).toEqual([
      ['2025-10', 0.8],
      ['2025-11', 0.95],
      ['2025-12', 0.9],
    ]);
  });

  it('refuses a damaged or foreign file with a message and writes nothing', () => {
    const box = thisYear();
    const before = bookState(box);
    const valid = JSON.parse(file.text) as { rows: Record<string, unknown>[]; version: number };
    const damaged = structuredClone(valid);
    (damaged.rows[2] as Record<string, unknown>).capaian = 'delapan puluh';
    const twice = structuredClone(valid);
    twice.rows.push({ ...(twice.rows[0] as Record<string, unknown>) });
    const cases: [string, string, string][] = [
      ['riwayat.json', file.text.slice(0, 200), 'bukan JSON yang utuh'],
      [
        'paket.json',
        JSON.stringify({ format: 'nilai-kerja/opd', version: 1 }),
        'bukan berkas riwayat Nilai Kerja (formatnya "nilai-kerja/opd")',
      ],
      [
        'baru.json',
        JSON.stringify({ ...valid, version: 2 }),
        'memakai versi 2, sedangkan add-on ini membaca versi 1',
      ],
      ['rusak.json', JSON.stringify(damaged), 'rusak atau telah diubah (rows.2.capaian'],
      ['ganda.json', JSON.stringify(twice), 'rusak atau telah diubah (rows.6.nip'],
      ['kosong.json', '', 'Belum ada berkas yang dipilih.'],
    ];
    for (const [name, text, message] of cases) {
      const check = plain(box.call('periksaBerkasRiwayat', { name, text })) as ImportReply;
      expect(check, name).toEqual({ ok: false, message: expect.stringContaining(message) });
      const reply = importInto(box, { name, text });
      expect(reply, name).toEqual({ ok: false, message: expect.stringContaining(message) });
      expect(bookState(box), name).toEqual(before);
    }
    expect(importInto(box, { name: 'x.json' })).toMatchObject({ ok: false });
    expect(importInto(box, 'riwayat')).toMatchObject({ ok: false });
    expect(bookState(box)).toEqual(before);
  });
});

describe('the Impor riwayat sidebar and the Ekspor riwayat dialog', () => {
  const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

  it('the dialog offers the Riwayat file as a download', async () => {
    const box = lastYear([monthSheet('Oktober')]);
    const doc = openPage(box, 'HistoryExport');
    await settle();
    const link = doc.getElementById('download') as unknown as HTMLAnchorElement;
    expect(link.getAttribute('download')).toMatch(/^riwayat-.*-2025-10-2025-10\.json$/);
    const json = decodeURIComponent(
      (link.getAttribute('href') ?? '').replace(/^data:application\/json;charset=utf-8,/, ''),
    );
    expect(HistoryFileSchema.parse(JSON.parse(json)).rows).toHaveLength(3);
  });

  it('the sidebar opens from the menu with the file picker and its help', () => {
    const box = loadSandbox({ sheets: [monthSheet('Desember')] });
    box.call('imporRiwayat');
    expect(box.ui.sidebars).toHaveLength(1);
    const doc = openPage(box, 'HistoryImport');
    expect(doc.body.textContent).toContain('Pilih berkas riwayat (.json)');
    expect((doc.getElementById('import') as unknown as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('the merge rule and the file format (properties)', () => {
  const period = fc.constantFrom('2024-12', '2025-01', '2025-Q1', '2025-S1', '2025');
  const row = fc.record({
    period,
    label: fc.constant('Periode'),
    nip: fc.constantFrom(...PEOPLE.map((p) => p.nip)),
    nama: fc.constantFrom('Agus Salim Nasution, S.T.', 'Wulan Sari Handayani, S.E.'),
    unit: fc.constantFrom('Bidang Bina Marga', 'Sekretariat'),
    capaian: fc.option(fc.double({ min: 0, max: 2, noNaN: true }), { nil: null }),
    kategori: fc.constantFrom('', 'Tinggi'),
    predikat: fc.constantFrom('', 'Baik'),
    potongan: fc.double({ min: 0, max: 1, noNaN: true }),
    tkDays: fc.integer({ min: 0, max: 5 }),
  });
  /** Rows with one verdict per employee and period, as history keeps them. */
  const history = fc
    .array(row, { maxLength: 20 })
    .map((rows) => [...new Map(rows.map((r) => [`${r.period}|${r.nip}`, r])).values()] as HistoryRow[]);

  it('keeps every period history holds exactly, adds the others whole, and adding twice is adding once', () => {
    fc.assert(
      fc.property(history, history, (kept, older) => {
        const once = addOlderPeriods(kept, older);
        const held = new Set(kept.map((r) => r.period));
        expect(once.rows.filter((r) => held.has(r.period))).toEqual(
          [...kept].sort((a, b) => comparePeriods(a.period, b.period)),
        );
        expect(once.rows.filter((r) => !held.has(r.period))).toHaveLength(
          older.filter((r) => !held.has(r.period)).length,
        );
        expect(new Set([...once.added, ...once.skipped])).toEqual(new Set(older.map((r) => r.period)));
        expect(addOlderPeriods(once.rows, older).rows).toEqual(once.rows);
      }),
    );
  });

  it('reads back exactly the rows it wrote', () => {
    fc.assert(
      fc.property(history, (rows) => {
        const text = JSON.stringify(historyFileOf(rows, OPD, '2026-01-05T08:00:00.000Z'));
        const read = readHistoryFile('riwayat.json', text);
        expect(read.ok && read.file.rows).toEqual(rows);
      }),
    );
  });
});
