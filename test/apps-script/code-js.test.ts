import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { readGlobals } from '../../apps-script/build';
import { MENU } from '../../apps-script/src/menu';
import { t } from '../../shared/messages/format';
import { codeJs, DIST, ensureBuilt, loadSandbox } from '../../tools/apps-script-sandbox/sandbox';

beforeAll(ensureBuilt);

/** Top-level declarations of the built file, read by the TypeScript parser as Apps Script would see them. */
function topLevel(code: string): { functions: string[]; variables: string[]; other: number } {
  const source = ts.createSourceFile('Code.js', code, ts.ScriptTarget.ES2019, false, ts.ScriptKind.JS);
  const functions: string[] = [];
  const variables: string[] = [];
  let other = 0;
  for (const s of source.statements) {
    if (ts.isFunctionDeclaration(s) && s.name) functions.push(s.name.text);
    else if (ts.isVariableStatement(s))
      for (const d of s.declarationList.declarations) variables.push(d.name.getText(source));
    else if (!(ts.isExpressionStatement(s) && ts.isStringLiteral(s.expression))) other++;
  }
  return { functions, variables, other };
}

describe('built Code.js', () => {
  it('declares exactly the functions of globals.ts and one private variable', () => {
    const declared = readGlobals().map((g) => g.name);
    const { functions, variables, other } = topLevel(codeJs());
    expect(functions.sort()).toEqual([...declared].sort());
    expect(variables).toEqual(['NilaiKerja_']);
    expect(other).toBe(0);
  });

  it('exposes the same globals at run time, and nothing else', () => {
    const box = loadSandbox();
    expect(box.globalFunctions().sort()).toEqual(
      readGlobals()
        .map((g) => g.name)
        .sort(),
    );
  });

  it('keeps the @customfunction JSDoc right above each custom function', () => {
    const code = codeJs();
    const custom = readGlobals()
      .filter((g) => g.customFunction)
      .map((g) => g.name);
    expect(custom.sort()).toEqual(
      [
        'CAPAIAN',
        'CEK_DISTRIBUSI',
        'KATEGORI_CAPAIAN',
        'NILAI_IKI',
        'NILAI_SAKIP',
        'PREDIKAT_KINERJA',
        'PREDIKAT_SAKIP',
        'RATING_HASIL',
      ].sort(),
    );
    for (const name of custom) {
      const doc = new RegExp(`/\\*\\*((?!\\*/)[\\s\\S])*@customfunction\\s*\\*/\\s*function ${name}\\(`);
      expect(code, name).toMatch(doc);
    }
    expect(code).toMatch(/@param \{[^}]+\} target Target/);
    expect(code).toMatch(/function CAPAIAN\(target, realisasi, polaritas, periode, kumulatif, satuan\)/);
  });

  it('uses no eval and runs in a context that forbids code generation', () => {
    const code = codeJs();
    expect(code).not.toMatch(/\beval\s*\(|new Function\s*\(/);
    expect(() => loadSandbox()).not.toThrow();
  });

  it('ships a V8 manifest with only the two narrow scopes', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'appsscript.json'), 'utf8'));
    expect(manifest).toMatchObject({
      runtimeVersion: 'V8',
      timeZone: 'Asia/Jakarta',
      exceptionLogging: 'STACKDRIVER',
    });
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
  });

  it('builds a self-contained mapping sidebar that never writes innerHTML', () => {
    const html = readFileSync(join(DIST, 'Mapping.html'), 'utf8');
    // No CDN: nothing loaded from elsewhere (catalog texts may mention example URLs, attributes may not).
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|(src|href)\s*=\s*["']?https?:/);
    expect(html).not.toMatch(/\.innerHTML\s*=/);
    expect(html).toContain('ambilUsulanPemetaan');
    expect(html).toContain('simpanPemetaan');
    for (const name of ['eksporPemetaan', 'periksaImporPemetaan', 'imporPemetaan'])
      expect(html).toContain(name);
  });
});

describe('menu', () => {
  it('onOpen builds the add-on menu in Indonesian and touches nothing else', () => {
    const box = loadSandbox({ sheets: [{ name: 'Pegawai', rows: [['NIP', 'Nama']] }] });
    box.call('onOpen', { authMode: 'NONE' });
    expect(box.ui.menus).toHaveLength(1);
    const menu = box.ui.menus[0]!;
    expect(menu.kind).toBe('addon');
    const captions = menu.items
      .filter((i) => i !== 'separator')
      .map((i) => (i as { caption: string }).caption);
    expect(captions).toEqual([
      'Siapkan templat',
      'Petakan kolom...',
      'Periksa data',
      'Siapkan Catatan Pembinaan',
      'Hitung nilai',
      'Dasbor',
      'Daftar reward & punishment',
      'Evaluasi SAKIP',
      'Siapkan kertas rapat',
      'Cetak kertas (PDF A4)',
      'Siapkan LKE RB',
      'Evaluasi RB',
      'Siapkan Rencana Aksi RB',
      'Pantau rencana aksi',
      'Pengaturan kebijakan...',
      'Ekspor untuk ekstensi',
      'Ekspor paket OPD',
      'Rekap OPD (Sekda)...',
      'Ekspor riwayat',
      'Impor riwayat...',
      'Bantuan',
      'Hapus data Nilai Kerja',
    ]);
    const touched = box.rec.calls.map((c) => c.name);
    expect(touched.every((n) => n.startsWith('Ui.') || n === 'SpreadsheetApp.getUi')).toBe(true);
  });

  it('every menu item calls a declared global', () => {
    const box = loadSandbox();
    box.call('onInstall', {});
    const fns = box.ui.menus[0]!.items.filter((i) => i !== 'separator').map((i) => (i as { fn: string }).fn);
    expect(fns).toEqual(MENU.filter((m) => m !== null).map((m) => m!.fn));
    for (const fn of fns) expect(box.globalFunctions()).toContain(fn);
  });

  it('onOpen without a Ui (trigger context) does not throw', () => {
    const box = loadSandbox({ withUi: false });
    expect(() => box.call('onOpen', {})).not.toThrow();
    expect(box.ui.menus).toHaveLength(0);
  });

  it('every menu action answers under its own title and never throws, even on an empty spreadsheet', () => {
    for (const item of MENU) {
      if (!item) continue;
      const box = loadSandbox();
      const text = box.call(item.fn);
      if (typeof text === 'string' && text !== '') expect(text.split('\n')[0], item.fn).toBe(t(item.label));
    }
  });

  it('runs headless from a trigger: no Ui, the outcome goes to the log', () => {
    const box = loadSandbox({ withUi: false });
    const text = box.call('bantuan') as string;
    expect(text).toContain('Periksa data');
    expect(box.logs).toEqual([text]);
  });

  it('refuses to run while another run holds the document lock', () => {
    const box = loadSandbox();
    box.lock.heldElsewhere = true;
    const text = box.call('siapkanTemplat') as string;
    expect(text).toContain('sedang berjalan');
    expect(box.book.sheets).toHaveLength(0);
  });
});
