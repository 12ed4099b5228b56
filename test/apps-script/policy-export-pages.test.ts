/** The built policy sidebar and export dialog in happy-dom, talking to the built add-on in the sandbox. */
import { beforeAll, describe, expect, it } from 'vitest';
import { readStoredPolicy } from '../../apps-script/src/settings/policy-store';
import { workbookGrids } from '../../scripts/sample-sheets';
import { ResultsPackageSchema } from '../../shared/pipeline/schema';
import { sampleWorkbook } from '../../shared/sample';
import { ensureBuilt, loadSandbox } from '../../tools/apps-script-sandbox/sandbox';
import { openPage } from './sidebar-page';

beforeAll(ensureBuilt);

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

const sampleBox = () =>
  loadSandbox({ sheets: workbookGrids(sampleWorkbook()).map((g) => ({ name: g.name, rows: g.rows })) });

/** The input right after the label with this text. */
function inputAfter(doc: ReturnType<typeof openPage>, label: string): HTMLInputElement {
  const found = [...doc.querySelectorAll('label')].find((l) => l.textContent === label);
  if (!found) throw new Error(`no label ${label}`);
  return found.nextElementSibling as unknown as HTMLInputElement;
}

describe('policy sidebar', () => {
  it('shows fractions as percentages, names a bad field next to its input, then saves', async () => {
    const box = sampleBox();
    const doc = openPage(box, 'Policy');
    await settle();
    expect(doc.body.textContent).toContain('Belum ada kebijakan tersimpan: dipakai bawaan nasional');
    const diAtas = inputAfter(doc, 'Di Atas Ekspektasi bila capaian paling sedikit (%)');
    expect(diAtas.value).toBe('110');
    expect(inputAfter(doc, 'Unit Istimewa: Sangat Baik paling banyak (%)').value).toBe('70');

    const low = inputAfter(doc, 'Hasil rendah bila capaian kurang dari (%)');
    low.value = '-50';
    (doc.getElementById('save') as unknown as HTMLButtonElement).click();
    await settle();
    const error = low.nextElementSibling;
    expect(error?.textContent).toContain('Hasil rendah bila capaian kurang dari (%)');
    expect(error?.textContent).toContain('terlalu kecil');
    expect(doc.getElementById('status')?.className).toContain('error');
    expect(readStoredPolicy(box.documentProperties).status).toBe('default');

    inputAfter(doc, 'Hasil rendah bila capaian kurang dari (%)').value = '70';
    inputAfter(doc, 'Nama kebijakan').value = 'Perbup Kabupaten Contoh 2025';
    (doc.getElementById('save') as unknown as HTMLButtonElement).click();
    await settle();
    expect(doc.getElementById('status')?.textContent).toContain(
      'Kebijakan "Perbup Kabupaten Contoh 2025" disimpan',
    );
    const stored = readStoredPolicy(box.documentProperties);
    expect(stored.status).toBe('saved');
    expect(stored.policy.busy.maxCapaian).toBeCloseTo(0.7, 10);
    expect(stored.policy.rating.hasilBands.diAtasMin).toBeCloseTo(1.1, 10);
  });

  it('applies a preset and exports the policy as a download link', async () => {
    const box = sampleBox();
    const doc = openPage(box, 'Policy');
    await settle();
    const preset = doc.querySelector('select') as unknown as HTMLSelectElement;
    preset.value = 'tulang_bawang';
    const apply = [...doc.querySelectorAll('button')].find((b) => b.textContent === 'Pakai preset');
    (apply as unknown as HTMLButtonElement).click();
    await settle();
    expect(readStoredPolicy(box.documentProperties).policy.discipline.table.id).toBe('tulang_bawang');
    const exportButton = [...doc.querySelectorAll('button')].find((b) => b.textContent === 'Ekspor JSON');
    (exportButton as unknown as HTMLButtonElement).click();
    await settle();
    const link = doc.querySelector('a.download') as unknown as HTMLAnchorElement;
    expect(link.getAttribute('href')).toMatch(/^data:application\/json;charset=utf-8,/);
    const json = decodeURIComponent((link.getAttribute('href') ?? '').split(',').slice(1).join(','));
    expect(JSON.parse(json).preset).toBe('tulang_bawang');
  });
});

describe('export dialog', () => {
  it('offers the results package to download and copy', async () => {
    const box = sampleBox();
    const doc = openPage(box, 'Export');
    await settle();
    expect(doc.body.textContent).toContain('Paket berisi 40 pegawai');
    const link = doc.querySelector('a.download') as unknown as HTMLAnchorElement;
    expect(link.getAttribute('download')).toBe('nilai-kerja-hasil.json');
    const text = (doc.querySelector('textarea') as unknown as HTMLTextAreaElement).value;
    expect(ResultsPackageSchema.safeParse(JSON.parse(text)).success).toBe(true);
  });
});
