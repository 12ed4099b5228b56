import { beforeAll, describe, expect, it } from 'vitest';
import { MAPPING_PROPERTY } from '../../apps-script/src/workbook/saved-mapping';
import { ensureBuilt, loadSandbox, plain, type Sandbox } from '../../tools/apps-script-sandbox/sandbox';
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
    const headings = [...doc.querySelectorAll('#app h2')].map((h) => h.textContent);
    // Each table is named by its sheet and range: a sheet may hold several tables.
    expect(headings).toEqual(['Data Pegawai 2025 · A3:F10', 'SKP 2025 · A1:H5']);
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
      'Pemetaan kolom disimpan untuk 2 tabel. Lanjutkan dengan Periksa data.',
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

  it('saves two tables given the same kind, and Periksa data says which one is read', async () => {
    const box = loadSandbox({ sheets: [messyEmployees, messyIndicators] });
    const doc = openSidebar(box);
    await tick();
    const roleSelects = [...doc.querySelectorAll('select')].filter((s) =>
      [...s.querySelectorAll('option')].some((o) => o.getAttribute('value') === 'employees'),
    ) as unknown as HTMLSelectElement[];
    roleSelects[1]!.value = 'employees';
    (doc.getElementById('save') as unknown as HTMLButtonElement).click();
    await tick();
    // A role may span several tables (the same table continued over sheets), so the mapping is saved...
    expect(doc.getElementById('status')?.textContent).toContain('disimpan untuk 2 tabel');
    expect(box.documentProperties.store.has(MAPPING_PROPERTY)).toBe(true);
    // ...and with different columns only one is read: the other is named in "Masalah Data", never merged.
    box.call('periksaData');
    const problems = plain(box.book.sheets.find((s) => s.name === 'Masalah Data')!.snapshot()) as string[][];
    expect(
      problems.some(
        (r) => r[0] === 'SKP 2025' && String(r[4]).includes('berisi jenis data yang sama dengan tabel'),
      ),
    ).toBe(true);
  });
});

describe('mapping sidebar: Ekspor / Impor pemetaan (JSON)', () => {
  const button = (doc: ReturnType<typeof openSidebar>, id: string) =>
    doc.getElementById(id) as unknown as HTMLButtonElement;
  /** The pilot: the messy sheets with the proposed mapping saved from the sidebar. */
  async function pilotJson(): Promise<string> {
    const box = loadSandbox({ sheets: [messyEmployees, messyIndicators] });
    const doc = openSidebar(box);
    await tick();
    button(doc, 'save').click();
    await tick();
    button(doc, 'export').click();
    await tick();
    const exported = doc.getElementById('export-json') as unknown as HTMLTextAreaElement;
    expect(doc.querySelector('label[for="export-json"]')?.textContent).toBe('Pemetaan kolom (JSON)');
    const link = doc.querySelector('a.download')!;
    expect(link.getAttribute('download')).toBe('nilai-kerja-pemetaan.json');
    expect(decodeURIComponent(link.getAttribute('href')!.split(',').slice(1).join(','))).toBe(exported.value);
    return exported.value;
  }

  it('shows both buttons, each input tied to its label', async () => {
    const doc = openSidebar(loadSandbox({ sheets: [messyEmployees, messyIndicators] }));
    await tick();
    expect(doc.getElementById('transfer-title')?.textContent).toBe('Pindahkan pemetaan');
    expect(button(doc, 'export').textContent).toBe('Ekspor pemetaan (JSON)');
    expect(button(doc, 'import').textContent).toBe('Impor pemetaan (JSON)');
    expect(doc.querySelector('label[for="import-file"]')?.textContent).toBe('Pilih berkas pemetaan (.json):');
    expect(doc.getElementById('import-file')?.getAttribute('type')).toBe('file');
    expect(doc.querySelector('label[for="import-json"]')?.textContent).toBe(
      'Atau tempel JSON pemetaan (hasil ekspor):',
    );
  });

  it('says so when exporting before anything was saved', async () => {
    const doc = openSidebar(loadSandbox({ sheets: [messyEmployees, messyIndicators] }));
    await tick();
    button(doc, 'export').click();
    await tick();
    expect(doc.getElementById('status')?.textContent).toContain('Belum ada pemetaan kolom yang disimpan');
    expect(doc.getElementById('export-json')).toBeNull();
  });

  it('imports a pasted export only after the admin confirms, then shows the saved mapping', async () => {
    const json = await pilotJson();
    const box = loadSandbox({ sheets: [messyEmployees, messyIndicators] });
    const doc = openSidebar(box);
    await tick();
    (doc.getElementById('import-json') as unknown as HTMLTextAreaElement).value = json;
    button(doc, 'import').click();
    await tick();
    const confirm = doc.getElementById('confirm') as unknown as HTMLElement;
    expect(confirm.hidden).toBe(false);
    expect(confirm.textContent).toContain('Ganti pemetaan kolom?');
    expect(confirm.textContent).toContain(
      'Data Pegawai 2025: Data pegawai; judul di baris 3-4; 5 kolom dipetakan.',
    );
    button(doc, 'confirm-no').click();
    expect(doc.getElementById('status')?.textContent).toBe('Impor dibatalkan; pemetaan tidak diubah.');
    expect(box.documentProperties.store.has(MAPPING_PROPERTY)).toBe(false);

    button(doc, 'import').click();
    await tick();
    button(doc, 'confirm-yes').click();
    await tick();
    await tick();
    expect(doc.getElementById('status')?.textContent).toBe(
      'Pemetaan kolom dari berkas disimpan untuk 2 tabel. Lanjutkan dengan Periksa data.',
    );
    expect(box.documentProperties.store.has(MAPPING_PROPERTY)).toBe(true);
    expect([...doc.querySelectorAll('#app h2')].map((h) => h.textContent)).toEqual([
      'Data Pegawai 2025 · A3:F10',
      'SKP 2025 · A1:H5',
    ]);
  });

  it('reads a chosen file in the sidebar and lists each changed header, saving nothing', async () => {
    const json = await pilotJson();
    const renamed = {
      ...messyIndicators,
      rows: [
        ['NIP', 'RHK', 'Indikator', 'Target', 'Real.', 'Satuan', 'Polaritas', 'Keterangan'],
        ...messyIndicators.rows.slice(1),
      ],
    };
    const box = loadSandbox({ sheets: [messyEmployees, renamed] });
    const doc = openSidebar(box);
    await tick();
    const file = doc.getElementById('import-file')!;
    Object.defineProperty(file, 'files', {
      value: [{ text: () => Promise.resolve(json) }],
    });
    file.dispatchEvent(new doc.defaultView!.Event('change'));
    await tick();
    expect((doc.getElementById('import-json') as unknown as HTMLTextAreaElement).value).toBe(json);
    button(doc, 'import').click();
    await tick();
    const status = doc.getElementById('status')!;
    expect(status.textContent).toContain('Judul 1 kolom berbeda dari saat pemetaan diekspor');
    expect(status.className).toContain('error');
    expect([...doc.querySelectorAll('#import-problems li')].map((li) => li.textContent)).toEqual([
      'Sheet "SKP 2025", kolom D (Target): judul saat ekspor "Tgt", sekarang "Target".',
    ]);
    expect((doc.getElementById('confirm') as unknown as HTMLElement).hidden).toBe(true);
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
    expect(doc.querySelectorAll('input[type="file"], textarea').length).toBe(2);
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
