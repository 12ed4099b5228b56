import { beforeAll, describe, expect, it } from 'vitest';
import { MAPPING_PROPERTY } from '../../apps-script/src/workbook/saved-mapping';
import { ensureBuilt, loadSandbox, type Sandbox } from '../../tools/apps-script-sandbox/sandbox';
import { messyEmployees, messyIndicators } from './fixtures/messy-sheets';
import { openPage } from './sidebar-page';

beforeAll(ensureBuilt);

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

/** The built column-mapping sidebar against the sandbox. */
const openSidebar = (box: Sandbox) => openPage(box, 'Mapping');

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

describe('every sidebar control has a label tied to it', () => {
  /** Controls without a <label for> naming them and without an aria-label. */
  const unlabelled = (doc: ReturnType<typeof openPage>): string[] =>
    [...doc.querySelectorAll('input, select, textarea')]
      .filter((c) => {
        const id = c.getAttribute('id');
        const label = id ? doc.querySelector(`label[for="${id}"]`) : null;
        return !label?.textContent?.trim() && !c.getAttribute('aria-label')?.trim();
      })
      .map((c) => c.outerHTML.slice(0, 80));

  it('in Petakan kolom: the kind of data by its label, each column field by its column', async () => {
    const box = loadSandbox({ sheets: [messyEmployees, messyIndicators] });
    const doc = openSidebar(box);
    await tick();
    expect(doc.querySelectorAll('select').length).toBeGreaterThan(2);
    expect(unlabelled(doc)).toEqual([]);
    const fieldOfC = doc.querySelectorAll('table')[0]!.querySelectorAll('select')[2]!;
    expect(fieldOfC.getAttribute('aria-label')).toBe('Isian untuk kolom C ("Pegawai / NIP")');
    expect(doc.querySelector('label[for="role-0"]')?.textContent).toBe('Jenis data:');
  });

  it('in Pengaturan kebijakan: every input, its error as its description, and the import box', async () => {
    const box = loadSandbox({ sheets: [messyEmployees, messyIndicators] });
    const doc = openPage(box, 'Policy');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(doc.querySelectorAll('input').length).toBeGreaterThan(5);
    expect(unlabelled(doc)).toEqual([]);
    for (const input of doc.querySelectorAll('#app input')) {
      const described = input.getAttribute('aria-describedby') ?? '';
      expect(doc.getElementById(described)?.className).toBe('field-error');
    }
  });
});
