/**
 * Rekap OPD through the BUILT Code.js, on what a hand, a stale file or a second paste does to the recap:
 * packages whose numbers do not add up are refused with what does not add up; a version that is missing
 * or text is said as such; an older export never replaces a newer one; a row pasted twice in the archive
 * is read once; the previous period is the latest one known; an OPD spelt otherwise than in Daftar OPD is
 * named, not counted; one OPD's package of another period does not take the recap over.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { FakeSheet } from '../../tools/apps-script-sandbox/fake-gas/spreadsheet';
import { ensureBuilt, loadSandbox, plain, type Sandbox } from '../../tools/apps-script-sandbox/sandbox';
import { BKPSDM, DINSOS, KEC_UTARA, OPDS, opdListSheet, opdWorkbook } from './fixtures/opd-workbooks';
import { bookState, sheetNamed } from './output-state';

interface ImportReply {
  ok: boolean;
  message?: string;
  lines: string[];
  files: { file: string; ok: boolean; message: string }[];
}
interface File {
  name: string;
  text: string;
}

function exportOpd(key: keyof typeof OPDS, month = 'Maret 2025'): File[] {
  const box = loadSandbox({ sheets: opdWorkbook(OPDS[key], month) });
  const reply = plain(box.call('ambilPaketOpd')) as {
    ok: boolean;
    message?: string;
    files: { fileName: string; json: string }[];
  };
  expect(reply.message ?? '', key).toBe('');
  return reply.files.map((f) => ({ name: f.fileName, text: f.json }));
}

const importInto = (box: Sandbox, f: unknown): ImportReply =>
  plain(box.call('imporPaketOpd', f)) as ImportReply;
const text = (sheet: FakeSheet): string[][] => sheet.cells.map((r) => r.map((c) => String(c.v)));
const rowOf = (rows: string[][], first: string): string[] | undefined => rows.find((r) => r.includes(first));
// biome-ignore lint/suspicious/noExplicitAny: a package edited by hand, as a user would in a text editor.
type Json = any;

let base: File[] = [];
let dinsos: Json;
const edited = (name: string, edit: (p: Json) => void): File => {
  const p = structuredClone(dinsos);
  edit(p);
  return { name, text: JSON.stringify(p) };
};
/** A Sekda workbook with Daftar OPD and the four sample OPDs' March packages imported. */
function imported(): Sandbox {
  const box = loadSandbox({ sheets: [opdListSheet()] });
  expect(importInto(box, base).ok).toBe(true);
  return box;
}

beforeAll(() => {
  ensureBuilt();
  base = (['dinsos', 'dishub', 'utara', 'selatan'] as const).flatMap((k) => exportOpd(k));
  dinsos = JSON.parse(base[0]!.text);
  expect(dinsos.opd.name).toBe(DINSOS);
});

describe('Rekap OPD refuses a package whose numbers do not add up (built Code.js)', () => {
  const refusedWith = (file: File, ...parts: string[]) => {
    const box = imported();
    const before = bookState(box);
    const reply = importInto(box, [file]);
    expect(reply.ok).toBe(false);
    const message = reply.files[0]?.message ?? '';
    expect(message).toContain(`Berkas "${file.name}" rusak atau diubah tangan`);
    for (const part of parts) expect(message).toContain(part);
    expect(message).not.toMatch(/NaN|undefined|Infinity/);
    expect(bookState(box)).toEqual(before);
  };

  it('a unit whose predikat counts exceed its employees', () => {
    refusedWith(
      edited('unit.json', (p) => {
        p.units[0].predikatCounts.sangat_baik = 7;
      }),
      'unit "Sekretariat": jumlah predikat dan yang belum berpredikat (8) tidak sama dengan jumlah pegawainya (2)',
      'predikat Sangat Baik: jumlah di semua unit (7) tidak sama dengan total OPD (1)',
    );
  });

  it('every unit marked as meeting SE 3/2023 while its counts break it', () => {
    refusedWith(
      edited('se.json', (p) => {
        for (const u of p.units) {
          u.distributionOk = true;
          u.offRules = [];
        }
      }),
      'hasil SE 3/2023 unit "Sekretariat", "Bidang Rehabilitasi Sosial" tidak sesuai',
    );
    refusedWith(
      edited('se2.json', (p) => {
        p.units[0].distributionOk = false;
        p.units[0].offRules = [];
      }),
      'unit "Sekretariat" tertulis melanggar SE 3/2023 tanpa menyebut aturan yang dilanggar',
    );
  });

  it('more scored than employees, and a mean capaian out of any sane range', () => {
    refusedWith(
      edited('x.json', (p) => {
        p.totals.scored = 400;
        p.totals.averageCapaian = 1e300;
      }),
      'pegawai dinilai (400) lebih banyak dari jumlah pegawai (4)',
      'totals.averageCapaian: nilai 1e+300 di luar batas 0 sampai 10',
    );
    refusedWith(
      edited('n.json', (p) => {
        p.totals.averageCapaian = -5;
      }),
      'nilai -5 di luar batas 0 sampai 10',
    );
  });

  it('a trend with one period twice, out of order, or after the package', () => {
    const entry = (key: string, averageCapaian: number) => ({
      key,
      label: key,
      averageCapaian,
      employees: 4,
    });
    refusedWith(
      edited('t.json', (p) => {
        p.trend = [entry('2025-02', 0.5), entry('2025-02', 0.9)];
      }),
      'periode 2025-02 tertulis dua kali di tren',
    );
    refusedWith(
      edited('t2.json', (p) => {
        p.trend = [entry('2025-02', 0.5), entry('2025-01', 0.9)];
      }),
      'periode 2025-01 di tren tidak berurutan (tertulis sesudah 2025-02)',
    );
    refusedWith(
      edited('t3.json', (p) => {
        p.trend = [entry('2025-04', 0.5)];
      }),
      'periode 2025-04 di tren sesudah periode paket (2025-03)',
    );
  });

  it('the packages the OPD workbooks export pass every check, trend included', () => {
    for (const f of base) {
      const p = JSON.parse(f.text);
      expect(new Set(p.trend.map((t: { key: string }) => t.key)).size).toBe(p.trend.length);
    }
    const box = loadSandbox({ sheets: [opdListSheet()] });
    expect(importInto(box, base).files.every((f) => f.ok)).toBe(true);
  });
});

describe('Rekap OPD file messages (built Code.js)', () => {
  it('says a version is missing or not a number, never "undefined" or "1 ... versi 1"', () => {
    const box = imported();
    const message = (file: File) => importInto(box, [file]).files[0]?.message ?? '';
    expect(
      message(
        edited('v.json', (p) => {
          p.version = '1';
        }),
      ),
    ).toBe(
      'Berkas "v.json" menulis versi paket sebagai "1", bukan angka; add-on ini membaca versi 1. Berkas itu diubah tangan atau bukan dari menu Ekspor paket OPD: minta OPD mengekspor ulang.',
    );
    expect(
      message(
        edited('v.json', (p) => {
          delete p.version;
        }),
      ),
    ).toBe(
      'Berkas "v.json" tanpa nomor versi paket, sedangkan add-on ini membaca versi 1. Berkas itu diubah tangan atau bukan dari menu Ekspor paket OPD: minta OPD mengekspor ulang.',
    );
    expect(
      message(
        edited('v.json', (p) => {
          p.version = 2;
        }),
      ),
    ).toContain('memakai versi paket 2, sedangkan add-on ini membaca versi 1');
  });

  it('refuses an older export of an OPD and period the archive holds newer, and writes nothing', () => {
    const box = imported();
    const before = bookState(box);
    const old = edited('lama.json', (p) => {
      p.generatedAt = '2024-01-01T00:00:00.000Z';
      p.sakip.score = 50;
    });
    const reply = importInto(box, [old]);
    expect(reply.ok).toBe(false);
    const message = reply.files[0]?.message ?? '';
    expect(message).toContain(
      `Berkas "lama.json" adalah paket ${DINSOS} Maret 2025 yang dibuat 2024-01-01 00:00, lebih lama dari paket yang sudah ada di arsip (dibuat ${dinsos.generatedAt.slice(0, 16).replace('T', ' ')})`,
    );
    expect(message).toContain('hapus dulu baris');
    expect(message).toContain('"Arsip Paket OPD"');
    expect(bookState(box)).toEqual(before);
    // A newer export still replaces the older one.
    const newer = edited('baru.json', (p) => {
      p.generatedAt = '2099-01-01T00:00:00.000Z';
    });
    expect(importInto(box, [newer]).ok).toBe(true);
  });
});

describe('Rekap OPD archive read back (built Code.js)', () => {
  const archiveRows = (box: Sandbox) => text(sheetNamed(box, 'Arsip Paket OPD'));
  const rebuild = (box: Sandbox) => plain(box.call('buatUlangRekapOpd')) as ImportReply;

  it('reads a row pasted twice once, says so once located, and keeps the OPD in the recap', () => {
    const box = imported();
    const rows = archiveRows(box);
    const sheet = box.book.getSheetByName('Arsip Paket OPD') as unknown as {
      getRange(r: number, c: number, h: number, w: number): { setValues(v: unknown[][]): void };
    };
    sheet.getRange(rows.length + 1, 1, 1, rows[1]!.length).setValues([rows[1]!]);
    const reply = rebuild(box);
    expect(reply.ok).toBe(true);
    const rekap = text(sheetNamed(box, 'Rekap OPD'));
    expect(rekap[0]?.[0]).toBe('Rekap OPD periode Maret 2025: 4 dari 5 OPD mengirim paket');
    const note = reply.lines.find((l) => l.includes('sama persis dengan baris 2'));
    expect(note).toBe(
      `Sheet "Arsip Paket OPD", baris ${rows.length + 1}: baris ini sama persis dengan baris 2 (paket ${rows[1]![0]}); dibaca sekali dan ditulis sekali saat arsip ditulis ulang.`,
    );
    // The rewritten archive holds the row once.
    expect(archiveRows(box)).toHaveLength(rows.length);
  });

  it('an OPD whose archived package is damaged is said so, once located, never "belum pernah"', () => {
    const box = imported();
    const rows = archiveRows(box);
    const at = rows.findIndex((r) => r[1] === KEC_UTARA);
    const sheet = box.book.getSheetByName('Arsip Paket OPD') as unknown as {
      getRange(r: number, c: number): { setValue(v: unknown): void };
    };
    sheet.getRange(at + 1, 10).setValue('{"rusak": ');
    const reply = rebuild(box);
    expect(reply.ok).toBe(true);
    const warning = reply.lines.find((l) => l.includes('tidak dapat dibaca'));
    expect(warning?.startsWith(`Sheet "Arsip Paket OPD", baris ${at + 1}: paket `)).toBe(true);
    expect(warning?.match(/baris/g)).toHaveLength(2);
    const silent = rowOf(text(sheetNamed(box, 'Rekap OPD')), KEC_UTARA);
    expect(silent?.[2]).toBe('paket rusak di arsip (Maret 2025)');
    const paper = text(sheetNamed(box, 'Kertas Rapat Koordinasi')).flat();
    expect(paper.some((c) => c.includes(`${KEC_UTARA} (Paket terakhir: paket rusak di arsip`))).toBe(true);
  });
});

describe('Rekap OPD periods and names (built Code.js)', () => {
  it("compares the capaian against the package's own last month, not a year-old package", () => {
    const old = edited('lama.json', (p) => {
      p.period = { key: '2024-03', label: 'Maret 2024' };
      p.totals.averageCapaian = 0.5;
      p.trend = [];
    });
    const now = edited('baru.json', (p) => {
      p.trend = [
        { key: '2025-02', label: 'Februari 2025', averageCapaian: 0.9, employees: 4 },
        { key: '2025-03', label: 'Maret 2025', averageCapaian: p.totals.averageCapaian, employees: 4 },
      ];
    });
    const box = loadSandbox({ sheets: [opdListSheet()] });
    expect(importInto(box, [old, now, ...base.slice(1)]).ok).toBe(true);
    const rekap = text(sheetNamed(box, 'Rekap OPD'));
    const change = Number(rowOf(rekap, DINSOS)?.[9]);
    expect(change).toBeCloseTo((dinsos.totals.averageCapaian - 0.9) * 100, 6);
    const line = rekap.map((r) => r[0]).find((l) => l?.startsWith(`${DINSOS}: rata-rata capaian`));
    expect(line).toContain('dibanding Februari 2025');
  });

  it('names a package whose OPD Daftar OPD spells otherwise, and counts the OPDs from the list', () => {
    const variant = edited('varian.json', (p) => {
      p.opd.name = 'Dinas Sosial Kab. Sukamaju';
    });
    const box = loadSandbox({ sheets: [opdListSheet()] });
    const reply = importInto(box, [variant, ...base.slice(1)]);
    expect(reply.ok).toBe(true);
    expect(reply.lines).toContain(
      `Berkas "varian.json": OPD "Dinas Sosial Kab. Sukamaju" tidak ada di sheet "Daftar OPD"; nama terdekat di daftar: "${DINSOS}". Paket ini tidak dihitung sebagai "${DINSOS}" dan tidak menambah jumlah OPD. Bila OPD yang sama, samakan nama di "Daftar OPD" dengan nama di paket (atau minta OPD mengekspor ulang dengan nama di daftar), lalu buat ulang rekap.`,
    );
    const rekap = text(sheetNamed(box, 'Rekap OPD'));
    expect(rekap[0]?.[0]).toBe('Rekap OPD periode Maret 2025: 3 dari 5 OPD mengirim paket');
    // Rebuilt from the archive, the warning names the package (no file any more).
    const again = plain(box.call('buatUlangRekapOpd')) as ImportReply;
    expect(
      again.lines.some((l) => l.startsWith('Paket Dinas Sosial Kab. Sukamaju periode Maret 2025 di arsip')),
    ).toBe(true);
  });

  it("one OPD's package of a later period does not take the recap over; it is named", () => {
    const april = exportOpd('utara', 'April 2025');
    const box = loadSandbox({ sheets: [opdListSheet()] });
    const reply = importInto(box, [
      ...base.filter((f) => !f.text.includes(`"name":"${KEC_UTARA}"`)),
      ...april,
    ]);
    expect(reply.ok).toBe(true);
    const rekap = text(sheetNamed(box, 'Rekap OPD'));
    expect(rekap[0]?.[0]).toBe('Rekap OPD periode Maret 2025: 3 dari 5 OPD mengirim paket');
    expect(reply.lines.some((l) => l.includes(`tidak masuk rekap ini: ${KEC_UTARA} (April 2025)`))).toBe(
      true,
    );
    expect(rowOf(rekap, KEC_UTARA)?.[2]).toBe('April 2025');
    expect(rowOf(rekap, BKPSDM)?.[2]).toBe('belum pernah');
  });
});
