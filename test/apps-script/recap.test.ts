/**
 * Issue 12 through the BUILT Code.js: OPD workbooks export their OPD package (Ekspor paket OPD); the
 * Sekda's workbook imports them (Rekap OPD sidebar calls) and writes the recap: OPDs ranked by SAKIP with
 * I/II/III, kecamatan ranked among kecamatan, both "Sekretariat" units kept apart, the OPD that sent
 * nothing, reward and punishment candidates across OPDs; importing again changes nothing; a damaged or
 * foreign package is refused with a message and nothing written.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../shared/messages';
import { type OpdPackage, OpdPackageSchema } from '../../shared/recap/schema';
import { SAMPLE_RB_SHEET, sampleRbActionGrid, sampleRbLke } from '../../shared/sample';
import type { FakeSheet } from '../../tools/apps-script-sandbox/fake-gas/spreadsheet';
import { ensureBuilt, loadSandbox, plain, type Sandbox } from '../../tools/apps-script-sandbox/sandbox';
import {
  BKPSDM,
  DINSOS,
  DISHUB,
  KEC_SELATAN,
  KEC_UTARA,
  OPDS,
  opdListSheet,
  opdWorkbook,
} from './fixtures/opd-workbooks';
import { bookState, sheetNamed } from './output-state';
import { openPage } from './sidebar-page';

beforeAll(ensureBuilt);

interface ExportReply {
  ok: boolean;
  message?: string;
  needs?: string;
  files: { opd: string; period: string; employees: number; named: number; fileName: string; json: string }[];
  notes: string[];
}
interface ImportReply {
  ok: boolean;
  message?: string;
  lines: string[];
  files: { file: string; ok: boolean; message: string }[];
}

const exportFrom = (box: Sandbox, request?: unknown): ExportReply =>
  plain(
    request === undefined ? box.call('ambilPaketOpd') : box.call('ambilPaketOpd', request),
  ) as ExportReply;

function exportOpd(key: keyof typeof OPDS, month = 'Maret 2025') {
  const box = loadSandbox({ sheets: opdWorkbook(OPDS[key], month) });
  const reply = exportFrom(box);
  expect(reply.message ?? '', key).toBe('');
  expect(reply.ok).toBe(true);
  return { box, reply, files: reply.files.map((f) => ({ name: f.fileName, text: f.json })) };
}

const text = (sheet: FakeSheet): string[][] => sheet.cells.map((r) => r.map((c) => String(c.v)));
const rowOf = (rows: string[][], first: string): string[] | undefined => rows.find((r) => r.includes(first));

describe('Ekspor paket OPD (built Code.js)', () => {
  it('writes a versioned, valid package of the OPD and its period, with its SAKIP and units', () => {
    const { reply } = exportOpd('dinsos');
    expect(reply.files).toHaveLength(1);
    const pkg = OpdPackageSchema.parse(JSON.parse(reply.files[0]!.json));
    expect(pkg.format).toBe('nilai-kerja/opd');
    expect(pkg.opd).toEqual({ name: DINSOS, kind: 'dinas' });
    expect(pkg.period).toEqual({ key: '2025-03', label: 'Maret 2025' });
    expect(pkg.sakip).toMatchObject({ score: 71, source: 'lke' });
    expect(pkg.units.map((u) => [u.name, u.predikat])).toEqual([
      ['Sekretariat', 'baik'],
      ['Bidang Rehabilitasi Sosial', 'butuh_perbaikan'],
    ]);
    expect(pkg.totals.employees).toBe(4);
    expect(reply.files[0]!.fileName).toBe('paket-opd-dinas-sosial-kabupaten-sukamaju-2025-03.json');
    // Only candidates are named by default (policy.recap.packageEmployees 'kandidat'): not everyone.
    expect(pkg.employeesScope).toBe('kandidat');
    expect(pkg.employees.length).toBeLessThan(4);
    for (const e of pkg.employees)
      expect(['penghargaan', 'pembinaan', 'teguran', 'sanksi']).toContain(e.recommendation);
  });

  it('without result data still builds the package (discipline, SAKIP, units) and says it holds no predikat', () => {
    const sheets = opdWorkbook(OPDS.dinsos, 'Maret 2025').filter((s) => s.name !== 'Rekap Capaian');
    const box = loadSandbox({ sheets });
    const reply = exportFrom(box, { periode: 'Maret 2025' });
    expect(reply.message ?? '').toBe('');
    expect(reply.ok).toBe(true);
    const warning = t('RECAP_EXPORT_NO_RESULTS', { sheet: 'Indikator' }, 'id');
    expect(reply.notes[0]).toBe(warning);
    const pkg = OpdPackageSchema.parse(JSON.parse(reply.files[0]!.json));
    expect(pkg.sakip).toMatchObject({ score: 71, source: 'lke' });
    expect(pkg.totals.employees).toBe(4);
    // With its results the package carries no such warning.
    expect(exportOpd('dinsos').reply.notes).not.toContain(warning);
  });

  it('asks for the OPD name when nothing in the workbook names it, and remembers it', () => {
    const sheets = opdWorkbook(OPDS.dinsos, 'Maret 2025').map((s) => ({
      ...s,
      rows: s.rows.filter((r) => r[0] !== 'SKPD'),
    }));
    const box = loadSandbox({ sheets });
    const first = exportFrom(box);
    expect(first.ok).toBe(false);
    expect(first.needs).toBe('opd');
    expect(first.message).toContain('Nama OPD');
    const named = exportFrom(box, { opd: 'Dinas Sosial Kabupaten Sukamaju' });
    expect(named.ok).toBe(true);
    expect(JSON.parse(named.files[0]!.json).opd.name).toBe(DINSOS);
    expect(exportFrom(box).ok).toBe(true);
  });

  it('says why a typed period cannot be read, never with an empty detail', () => {
    const box = loadSandbox({ sheets: opdWorkbook(OPDS.dinsos, 'Maret 2025') });
    const yearless = exportFrom(box, { periode: 'Maret' });
    expect(yearless.ok).toBe(false);
    expect(yearless.message).toBe(
      'Periode "Maret" tidak dapat dibaca: tidak ada bulan, triwulan, semester atau tahun beserta tahunnya. Tulis satu periode, mis. "Maret 2025", "Triwulan I 2025" atau "2025".',
    );
    expect(exportFrom(box, { periode: 'Januari s.d. Maret 2025' }).message).toContain(
      'tidak dapat dibaca: teks itu menyebut rentang atau lebih dari satu periode.',
    );
  });

  it('one workbook with an OPD column gives one package per OPD, each with its own Sekretariat', () => {
    const a = OPDS.dinsos;
    const b = OPDS.dishub;
    const roster = [
      ['No', 'NIP', 'Nama', 'Jabatan', 'OPD', 'Unit Kerja', 'NIP Atasan'],
      ...[...a.people.map((p) => ({ ...p, opd: a.opd })), ...b.people.map((p) => ({ ...p, opd: b.opd }))].map(
        (p, i) => [i + 1, p.nip, p.nama, p.jabatan, p.opd, p.unit, p.atasan],
      ),
    ];
    const [, recapA] = opdWorkbook(a, 'Maret 2025');
    const [, recapB] = opdWorkbook(b, 'Maret 2025');
    const results = {
      name: 'Rekap Capaian',
      rows: [
        ...recapA!.rows.slice(0, 5).map((r) => (r[0] === 'SKPD' ? ['Pemerintah Kabupaten Sukamaju'] : r)),
        ...recapA!.rows.slice(5),
        ...recapB!.rows.slice(5),
      ],
    };
    const units = {
      name: 'Unit Kerja',
      rows: [
        ['Unit Kerja', 'Predikat Organisasi'],
        [`${a.opd} / Sekretariat`, 'Baik'],
        [`${a.opd} / Bidang Rehabilitasi Sosial`, 'Butuh Perbaikan'],
        [`${b.opd} / Sekretariat`, 'Istimewa'],
        [`${b.opd} / Bidang Lalu Lintas`, 'Baik'],
      ],
    };
    const box = loadSandbox({ sheets: [{ name: 'Pegawai', rows: roster }, results, units] });
    const reply = exportFrom(box);
    expect(reply.message ?? '').toBe('');
    const pkgs = reply.files.map((f) => OpdPackageSchema.parse(JSON.parse(f.json)));
    expect(pkgs.map((p) => p.opd.name).sort()).toEqual([DINSOS, DISHUB].sort());
    const sekretariat = (p: OpdPackage) => p.units.find((u) => u.name.startsWith('Sekretariat'));
    expect(sekretariat(pkgs.find((p) => p.opd.name === DINSOS)!)?.predikat).toBe('baik');
    expect(sekretariat(pkgs.find((p) => p.opd.name === DISHUB)!)?.predikat).toBe('istimewa');
    expect(pkgs.find((p) => p.opd.name === DINSOS)!.totals.employees).toBe(4);
    expect(pkgs.find((p) => p.opd.name === DISHUB)!.totals.employees).toBe(3);
  });
});

describe('Rekap OPD: importing packages into the Sekda workbook (built Code.js)', () => {
  const files = () => (['dinsos', 'dishub', 'utara', 'selatan'] as const).flatMap((k) => exportOpd(k).files);

  function recapBox() {
    const box = loadSandbox({ sheets: [opdListSheet()] });
    return box;
  }
  const importInto = (box: Sandbox, f: unknown): ImportReply =>
    plain(box.call('imporPaketOpd', f)) as ImportReply;

  it('ranks OPDs by SAKIP with I, II, III, ranks kecamatan apart and lists the OPD that sent nothing', () => {
    const box = recapBox();
    const reply = importInto(box, files());
    expect(reply.message ?? '').toBe('');
    expect(reply.ok).toBe(true);
    expect(reply.lines[0]).toContain('4 OPD mengirim paket, 1 belum');
    const rekap = text(sheetNamed(box, 'Rekap OPD'));
    expect(rekap[0]?.[0]).toBe('Rekap OPD periode Maret 2025: 4 dari 5 OPD mengirim paket');
    const lines = rekap.map((r) => r[0]);
    expect(lines).toContain(`Terbaik I: ${DISHUB} (80,00, BB)`);
    expect(lines).toContain(`Terbaik II: ${DINSOS} (71,00, BB)`);
    expect(lines).toContain(`Terbaik III: ${KEC_SELATAN} (68,50, B)`);
    expect(rowOf(rekap, DISHUB)?.[0]).toBe('1');
    expect(rowOf(rekap, KEC_UTARA)?.[0]).toBe('4');
    // The silent OPD, from Daftar OPD.
    const silent = rowOf(rekap, BKPSDM);
    expect(silent).toBeDefined();
    expect(silent).toContain('belum pernah');
    // Kecamatan ranked among kecamatan only.
    const kec = text(sheetNamed(box, 'Rekap Kecamatan'));
    expect(rowOf(kec, KEC_SELATAN)?.[0]).toBe('1');
    expect(rowOf(kec, KEC_UTARA)?.[0]).toBe('2');
    expect(rowOf(kec, DINSOS)).toBeUndefined();
    // The meeting paper: print-ready A4, fit to width, the same winners and the silent OPD.
    const paper = sheetNamed(box, 'Kertas Rapat Koordinasi');
    const layout = JSON.parse(
      paper.metadata.find((m) => m.getKey() === 'nilaiKerja.print')?.getValue() ?? '{}',
    );
    expect(layout).toMatchObject({ paper: 'A4', fitToWidth: true, orientation: 'landscape' });
    const paperText = text(paper).flat();
    expect(paperText).toContain(`Terbaik I: ${DISHUB} (80,00, BB)`);
    expect(paperText.some((c) => c.startsWith(BKPSDM))).toBe(true);
    // Cetak kertas (PDF A4) prints it: it refused the Sekda's paper and sent staff to "Siapkan kertas rapat".
    box.book.active = paper;
    box.call('cetakKertas');
    const html = String(box.ui.dialogs.at(-1)?.html.content);
    expect(html).toContain('Unduh &#34;Kertas Rapat Koordinasi&#34; sebagai PDF A4 (mendatar, ');
    expect(html).toContain(`gid=${paper.id}`);
  });

  it("shows an OPD's draft SAKIP (its self-assessment, no final round yet) but never ranks it against final scores", () => {
    // Dinas Perhubungan's KKE with only PENILAIAN MANDIRI filled: the verval and final columns blank.
    const sheets = opdWorkbook(OPDS.dishub, 'Maret 2025').map((sheet) =>
      sheet.name === 'RESUME'
        ? {
            ...sheet,
            rows: sheet.rows.map((r, i) => (i < 2 ? r : r.map((c, j) => (j === 6 || j === 7 ? '' : c)))),
          }
        : sheet,
    );
    const reply = exportFrom(loadSandbox({ sheets }), undefined);
    expect(reply.ok).toBe(true);
    const pkg = OpdPackageSchema.parse(JSON.parse(reply.files[0]!.json));
    expect(pkg.sakip).toMatchObject({ source: 'lke', draft: { round: expect.stringMatching(/mandiri/i) } });
    const draft = reply.files.map((f) => ({ name: f.fileName, text: f.json }));
    const others = (['dinsos', 'utara', 'selatan'] as const).flatMap((k) => exportOpd(k).files);
    const box = recapBox();
    const imported = importInto(box, [...draft, ...others]);
    expect(imported.ok).toBe(true);
    expect(imported.lines.join('\n')).toContain(`SAKIP ${DISHUB} (`);
    const rekap = text(sheetNamed(box, 'Rekap OPD'));
    const lines = rekap.map((r) => r[0]);
    // Dinas Sosial is first among final scores; the draft is listed, unranked, its source said.
    expect(lines).toContain(`Terbaik I: ${DINSOS} (71,00, BB)`);
    expect(lines.some((l) => l?.includes(`${DISHUB} (`) && l.startsWith('Terbaik'))).toBe(false);
    const row = rowOf(rekap, DISHUB);
    expect(row?.[0]).toBe('');
    expect(row?.join(' ')).toMatch(/belum final/);
  });

  it('keeps the two Sekretariat units apart, each with its own predikat and distribution', () => {
    const box = recapBox();
    importInto(box, files());
    const dist = text(sheetNamed(box, 'Rekap Predikat OPD'));
    const dinsos = rowOf(dist, DINSOS);
    const dishub = rowOf(dist, DISHUB);
    expect(dinsos?.[1]).toBe('4');
    expect(dishub?.[1]).toBe('3');
    const archive = text(sheetNamed(box, 'Arsip Paket OPD'));
    const pkgs = archive.slice(1).map((r) => OpdPackageSchema.parse(JSON.parse(r[9]!)));
    const sek = (opd: string) =>
      pkgs.find((p) => p.opd.name === opd)?.units.find((u) => u.name === 'Sekretariat');
    expect(sek(DINSOS)?.predikat).toBe('baik');
    expect(sek(DISHUB)?.predikat).toBe('istimewa');
  });

  it('names reward and punishment candidates across OPDs with their reasons', () => {
    const box = recapBox();
    importInto(box, files());
    const cand = text(sheetNamed(box, 'Kandidat Lintas OPD'));
    const yudi = rowOf(cand, 'Yudi Prasetyo, S.Sos.');
    expect(yudi?.[1]).toBe(DINSOS);
    expect(yudi?.[8]).not.toBe('');
    const rahmat = rowOf(cand, 'Rahmat Hidayat, A.Md.');
    expect(rahmat?.[1]).toBe(DISHUB);
    expect(cand.some((r) => r[0] === 'Penghargaan')).toBe(true);
  });

  it('importing the same packages again changes nothing', () => {
    const box = recapBox();
    const f = files();
    importInto(box, f);
    const before = bookState(box);
    const again = importInto(box, f);
    expect(again.ok).toBe(true);
    expect(again.lines[0]).toContain('4 paket sama persis');
    expect(bookState(box)).toEqual(before);
  });

  it('a package of an earlier period goes into history and gives the most improved', () => {
    const box = recapBox();
    const feb = {
      ...OPDS.dinsos,
      people: OPDS.dinsos.people.map((p) => ({ ...p, capaian: p.capaian - 0.2 })),
    };
    const febBox = loadSandbox({ sheets: opdWorkbook(feb, 'Februari 2025') });
    const febFiles = exportFrom(febBox).files.map((x) => ({ name: x.fileName, text: x.json }));
    importInto(box, [...febFiles, ...files()]);
    const rekap = text(sheetNamed(box, 'Rekap OPD'));
    expect(rekap[0]?.[0]).toContain('Maret 2025');
    expect(rekap.map((r) => r[0]).some((l) => l?.startsWith(`${DINSOS}: rata-rata capaian`))).toBe(true);
    const archive = text(sheetNamed(box, 'Arsip Paket OPD'));
    expect(archive.filter((r) => r[1] === DINSOS).map((r) => r[3])).toEqual(['2025-02', '2025-03']);
  });

  it("carries the OPD's LKE RB and action plans, and shows RB per OPD with the pilots first (issue 13)", () => {
    const box = loadSandbox({
      sheets: [
        ...opdWorkbook(OPDS.dinsos, 'Maret 2025'),
        sampleRbLke(),
        { name: SAMPLE_RB_SHEET, rows: sampleRbActionGrid() },
      ],
    });
    const reply = exportFrom(box);
    expect(reply.message ?? '').toBe('');
    const pkg = OpdPackageSchema.parse(JSON.parse(reply.files[0]!.json));
    expect(pkg.rb?.lke).toMatchObject({ score: 78.5, max: 100, grade: 'BB' });
    expect(pkg.rb?.lke?.areas).toHaveLength(8);
    expect(pkg.rb?.actions).toMatchObject({ total: 30, done: 14 });
    expect(pkg.rb?.actions?.pilots.length).toBeGreaterThan(0);
    const recap = recapBox();
    const others = (['dishub', 'utara', 'selatan'] as const).flatMap((k) => exportOpd(k).files);
    const imported = importInto(recap, [
      { name: reply.files[0]!.fileName, text: reply.files[0]!.json },
      ...others,
    ]);
    expect(imported.ok).toBe(true);
    const rb = text(sheetNamed(recap, 'Rekap RB OPD'));
    // Dinas Sosial is a pilot in Daftar OPD: first, with its LKE index and its plans side by side.
    expect(rb[2]?.slice(0, 7)).toEqual([DINSOS, 'Ya', '78.5', '100', 'BB (Baik)', '30', '14']);
    expect(rowOf(rb, DISHUB)?.[1]).toBe('Tidak');
    expect(rowOf(rb, DISHUB)?.[2]).toBe('');
  });

  it('waits for the document lock: another run holding it means a busy answer and nothing written', () => {
    const box = recapBox();
    const f = files();
    box.lock.heldElsewhere = true;
    const before = bookState(box);
    const busy = importInto(box, f);
    expect(busy.ok).toBe(false);
    expect(busy.message).toContain('sedang');
    expect(bookState(box)).toEqual(before);
    box.lock.heldElsewhere = false;
    expect(importInto(box, f).ok).toBe(true);
    expect(box.lock.held).toBe(false);
  });

  it('refuses a damaged or foreign package with a message and writes nothing', () => {
    const box = recapBox();
    importInto(box, files());
    const before = bookState(box);
    const good = exportOpd('dinsos').files[0]!;
    const cut = { name: 'terpotong.json', text: good.text.slice(0, good.text.length / 2) };
    const edited = JSON.parse(good.text);
    edited.totals.employees = 40;
    const tampered = { name: 'diubah.json', text: JSON.stringify(edited) };
    const supervisorBox = loadSandbox({ sheets: opdWorkbook(OPDS.dinsos, 'Maret 2025') });
    const results = plain(supervisorBox.call('ambilPaketEkspor')) as { packages: { json: string }[] };
    const foreign = { name: 'atasan.json', text: results.packages[0]!.json };
    const other = { name: 'lain.json', text: JSON.stringify({ format: 'aplikasi-lain', data: [] }) };
    for (const bad of [cut, tampered, foreign, other]) {
      const reply = importInto(box, [bad, good]);
      expect(reply.ok, bad.name).toBe(false);
      expect(reply.message).toContain('tidak ada yang ditulis');
      expect(reply.files.find((f) => f.file === bad.name)?.ok).toBe(false);
      expect(bookState(box), bad.name).toEqual(before);
    }
    const messages = [cut, tampered, foreign, other].map(
      (bad) => importInto(box, [bad]).files[0]?.message ?? '',
    );
    expect(messages[0]).toContain('bukan JSON yang utuh');
    expect(messages[1]).toContain('rusak atau diubah tangan');
    expect(messages[2]).toContain('paket atasan untuk ekstensi');
    expect(messages[3]).toContain('bukan paket OPD');
  });
});

describe('the pages (built dialog and sidebar, happy-dom, talking to the built Code.js)', () => {
  const settle = (ms = 60) => new Promise((resolve) => setTimeout(resolve, ms));

  it('the export dialog asks for the OPD name when the data names none, then offers the package', async () => {
    const sheets = opdWorkbook(OPDS.utara, 'Maret 2025').map((s) => ({
      ...s,
      rows: s.rows.filter((r) => r[0] !== 'SKPD'),
    }));
    const box = loadSandbox({ sheets });
    box.call('eksporPaketOpd');
    expect(box.ui.dialogs).toHaveLength(1);
    const doc = openPage(box, 'OpdExport');
    await settle();
    const input = doc.getElementById('opd') as unknown as HTMLInputElement;
    expect(input).toBeTruthy();
    input.value = KEC_UTARA;
    (doc.getElementById('ask') as unknown as HTMLFormElement).dispatchEvent(
      new (doc.defaultView as unknown as { Event: typeof Event }).Event('submit', { cancelable: true }),
    );
    await settle();
    const link = doc.querySelector('a.download') as unknown as HTMLAnchorElement;
    expect(link.getAttribute('download')).toBe('paket-opd-kecamatan-sukamaju-utara-2025-03.json');
    const json = decodeURIComponent(
      (link.getAttribute('href') ?? '').replace(/^data:application\/json;charset=utf-8,/, ''),
    );
    expect(OpdPackageSchema.parse(JSON.parse(json)).opd).toEqual({ name: KEC_UTARA, kind: 'kecamatan' });
  });

  it('the recap sidebar reads the chosen files, shows each verdict, and imports on the button', async () => {
    const box = recapBoxForPages();
    box.call('rekapOpd');
    expect(box.ui.sidebars).toHaveLength(1);
    const doc = openPage(box, 'RecapImport');
    const win = doc.defaultView as unknown as { File: typeof File; Event: typeof Event };
    const chosen = [
      ...exportOpd('dinsos').files,
      ...exportOpd('dishub').files,
      { name: 'catatan.json', text: '{"bukan": "paket"' },
    ].map((f) => new win.File([f.text], f.name, { type: 'application/json' }));
    const input = doc.getElementById('files') as unknown as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: chosen, configurable: true });
    input.dispatchEvent(new win.Event('change'));
    await settle(200);
    const rows = [...doc.querySelectorAll('#verdicts tr[data-ok]')];
    expect(rows.map((r) => r.getAttribute('data-ok'))).toEqual(['true', 'true', 'false']);
    expect(rows[2]?.textContent).toContain('bukan JSON yang utuh');
    const button = doc.getElementById('import') as unknown as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(box.book.sheets.map((s) => s.name)).toEqual(['Daftar OPD']);
    // Without the damaged file the import goes through.
    Object.defineProperty(input, 'files', { value: chosen.slice(0, 2), configurable: true });
    input.dispatchEvent(new win.Event('change'));
    await settle(200);
    expect(button.disabled).toBe(false);
    button.click();
    await settle(300);
    expect(doc.getElementById('lines')?.textContent).toContain(
      'Rekap OPD periode Maret 2025: 2 OPD mengirim paket',
    );
    expect(box.book.sheets.map((s) => s.name)).toContain('Rekap OPD');
  });
});

function recapBoxForPages() {
  return loadSandbox({ sheets: [opdListSheet()] });
}
