import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAPPING_PROPERTY } from '../../apps-script/src/workbook/saved-mapping';
import { messyEmployees, messyIndicators } from './fixtures/messy-sheets';
import { DIST, ensureBuilt, loadSandbox, type Sandbox } from './sandbox';

beforeAll(ensureBuilt);

/**
 * google.script.run as the sidebar sees it: asynchronous, arguments and results serialised, calling
 * the top-level functions of the built Code.js in the sandbox.
 */
function scriptRun(box: Sandbox) {
  const runner = (onOk: (v: unknown) => void, onFail: (e: Error) => void): unknown =>
    new Proxy(
      {},
      {
        get: (_, name: string) => {
          if (name === 'withSuccessHandler') return (fn: (v: unknown) => void) => runner(fn, onFail);
          if (name === 'withFailureHandler') return (fn: (e: Error) => void) => runner(onOk, fn);
          return (...args: unknown[]) =>
            setTimeout(() => {
              try {
                const result = box.call(name, ...JSON.parse(JSON.stringify(args)));
                onOk(JSON.parse(JSON.stringify(result ?? null)));
              } catch (e) {
                onFail(e as Error);
              }
            }, 0);
        },
      },
    );
  return runner(
    () => {},
    () => {},
  );
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

/** Loads the built sidebar page into happy-dom and runs its inline script against the sandbox. */
function openSidebar(box: Sandbox) {
  const html = readFileSync(join(DIST, 'Mapping.html'), 'utf8');
  const script = /<script>([\s\S]*)<\/script>/.exec(html)?.[1] ?? '';
  const window = new Window();
  window.document.write(html.replace(/<script>[\s\S]*<\/script>/, ''));
  const google = { script: { run: scriptRun(box) } };
  new Function('document', 'google', 'window', script)(window.document, google, window);
  return window.document;
}

describe('mapping sidebar (built page against the built add-on)', () => {
  it('shows each sheet with its proposed fields, then saves what the admin confirms', async () => {
    const box = loadSandbox({ sheets: [messyEmployees, messyIndicators] });
    const doc = openSidebar(box);
    expect(doc.getElementById('status')?.textContent).toBe('Membaca sheet...');
    await tick();
    const headings = [...doc.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings).toEqual(['Data Pegawai 2025', 'SKP 2025']);
    const selects = [
      ...doc.querySelectorAll('table')[0]!.querySelectorAll('select'),
    ] as unknown as HTMLSelectElement[];
    expect(selects.map((s) => s.value)).toEqual(['nomor', 'nama', 'nip', 'jabatan', 'unit', '']);
    expect(doc.body.textContent).toContain('tersembunyi (baris 8)');

    // The admin maps "Keterangan" (F) to Umpan Balik, then saves.
    selects[5]!.value = 'umpan_balik';
    const save = doc.getElementById('save') as unknown as HTMLButtonElement;
    expect(save.disabled).toBe(false);
    save.click();
    await tick();
    expect(doc.getElementById('status')?.textContent).toBe(
      'Pemetaan kolom disimpan untuk 2 sheet. Lanjutkan dengan Periksa data.',
    );
    const saved = JSON.parse(box.documentProperties.store.get(MAPPING_PROPERTY)!);
    expect(saved.sheets[0]).toMatchObject({
      sheet: 'Data Pegawai 2025',
      role: 'employees',
      headerRow: 3,
      headerRowCount: 2,
    });
    expect(saved.sheets[0].columns).toMatchObject({ nama: 1, nip: 2, umpan_balik: 5 });
  });

  it('shows the refusal when two sheets are given the same kind of data', async () => {
    const box = loadSandbox({ sheets: [messyEmployees, messyIndicators] });
    const doc = openSidebar(box);
    await tick();
    const roleSelects = [...doc.querySelectorAll('select')].filter((s) =>
      [...s.querySelectorAll('option')].some((o) => o.getAttribute('value') === 'employees'),
    ) as unknown as HTMLSelectElement[];
    roleSelects[1]!.value = 'employees';
    (doc.getElementById('save') as unknown as HTMLButtonElement).click();
    await tick();
    const status = doc.getElementById('status')!;
    expect(status.textContent).toContain('jenis data yang sama');
    expect(status.className).toContain('error');
    expect(box.documentProperties.store.has(MAPPING_PROPERTY)).toBe(false);
  });
});
