import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { useExtension } from './fixture';
import {
  externalRequests,
  OTHER_SUPERVISOR,
  readStorage,
  SAMPLE_SUPERVISOR,
  sampleResultsPackage,
  wholeOpdPackage,
  writeRawStorage,
} from './harness';

const browser = useExtension();
let options: Page;
const warnings: string[] = [];

const NATIONAL = 'Bawaan nasional (PermenPANRB 6/2022, SE MenPANRB 3/2023)';

async function openOptions(): Promise<Page> {
  const page = await browser.ext.newPage();
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await page.goto(browser.ext.extensionUrl('src/options/options.html'));
  await page.locator('#policy').waitFor();
  return page;
}

/** Picks a file to import and waits for the page's answer: a confirmation or a message. */
async function pickFile(page: Page, name: string, content: string): Promise<void> {
  await page.evaluate(() => document.getElementById('message')?.replaceChildren());
  await page
    .getByLabel(/Impor berkas JSON/)
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
  await page.locator('#confirm, #message .notice').first().waitFor();
}

/** The message after an import, confirming the replacement when the page asks ("Terapkan"). */
async function importFile(page: Page, name: string, content: string): Promise<string> {
  await pickFile(page, name, content);
  if ((await page.locator('#confirm').count()) > 0)
    await page.getByRole('button', { name: 'Terapkan' }).click();
  const message = page.locator('#message .notice');
  await message.waitFor();
  return (await message.textContent()) ?? '';
}

/** The confirmation's rows: field, now, after. */
const changeRows = (page: Page) =>
  page
    .locator('#changes tr[data-field]')
    .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent)));

const policyValue = (page: Page, field: string) =>
  page.locator(`#policy [data-field="${field}"] dd`).textContent();

/** Says who the user is on the options page: the supervisor the sample packages are for. */
async function giveNip(page: Page, nip: string = SAMPLE_SUPERVISOR.nip): Promise<string> {
  await page.evaluate(() => document.getElementById('message')?.replaceChildren());
  await page.getByLabel('NIP Anda (atasan yang memakai ekstensi ini)').fill(nip);
  await page.getByRole('button', { name: 'Simpan NIP' }).click();
  const message = page.locator('#message .notice');
  await message.waitFor();
  return (await message.textContent()) ?? '';
}

beforeEach(async () => {
  await browser.ext.worker.evaluate(() => chrome.storage.local.clear());
  await options?.close();
  options = await openOptions();
});

describe('options page: policy import', () => {
  it('shows the national defaults in Indonesian on a fresh install', async () => {
    expect(await options.getAttribute('html', 'lang')).toBe('id');
    expect(await policyValue(options, 'name')).toBe(NATIONAL);
    expect(await policyValue(options, 'tpp-shares')).toBe('60 % / 40 %');
    expect(await policyValue(options, 'aggregation-cap')).toBe('120 %');
    expect(await policyValue(options, 'rating-bands')).toBe('110 % / 90 %');
  });

  it('imports a regional policy file, saves it and shows its numbers', async () => {
    const policy = {
      version: 1,
      name: 'Perbup Tulang Bawang 2024',
      discipline: { tpp: { disciplineShare: 0.3, performanceShare: 0.7 } },
    };
    const message = await importFile(options, 'perbup-tuba-2024.json', JSON.stringify(policy));
    // It names no preset: read as "nasional" with its own values, so kept as custom, as the add-on says.
    expect(message).toBe(
      'Kebijakan "Perbup Tulang Bawang 2024" diimpor dan disimpan. Nilai kebijakan ini berbeda dari preset "nasional", jadi kebijakan ini dicatat sebagai kebijakan kustom (preset "kustom"), bukan "nasional".',
    );
    await expect.poll(() => policyValue(options, 'tpp-shares')).toBe('70 % / 30 %');
    const stored = (await readStorage(browser.ext)).policy as { name: string; discipline: { tpp: unknown } };
    expect(stored.name).toBe('Perbup Tulang Bawang 2024');
    expect(stored.discipline.tpp).toMatchObject({ disciplineShare: 0.3, performanceShare: 0.7 });
  });

  it('rejects an invalid policy, naming the field in Indonesian, and keeps the saved one', async () => {
    await importFile(options, 'ok.json', JSON.stringify({ version: 1, name: 'Perbup Tulang Bawang 2024' }));
    const bad = { version: 1, name: 'Perbup salah ketik', discipline: { tpp: { disciplineShare: 1.5 } } };
    const message = await importFile(options, 'perbup-salah.json', JSON.stringify(bad));
    expect(message).toContain('Berkas "perbup-salah.json" tidak diimpor');
    expect(message).toContain('isian "discipline.tpp.disciplineShare"');
    expect(message).toContain('terlalu besar');
    expect(((await readStorage(browser.ext)).policy as { name: string }).name).toBe(
      'Perbup Tulang Bawang 2024',
    );
  });

  it('rejects a damaged results package, naming the field', async () => {
    await giveNip(options);
    const pkg = sampleResultsPackage([
      { nip: '199003152015032002', nama: 'Siti Rahmawati, S.E.', capaian: 1 },
    ]);
    (pkg.employees as Record<string, unknown>[])[0]!.predikat = 'istimewa sekali';
    const message = await importFile(options, 'hasil-rusak.json', JSON.stringify(pkg));
    expect(message).toContain('Paket hasil, isian "employees.0.predikat" tidak sah');
    expect((await readStorage(browser.ext)).resultsPackage).toBeUndefined();
  });

  it('rejects a file that is not JSON with advice to export again', async () => {
    const message = await importFile(options, 'kebijakan.json', '{ "name": "Perbup", }');
    expect(message).toContain('bukan JSON yang sah');
    expect((await readStorage(browser.ext)).policy).toBeUndefined();
  });

  it('imports a results package from the Sheets add-on together with its policy', async () => {
    await giveNip(options);
    const pkg = sampleResultsPackage([
      { nip: '199003152015032002', nama: 'Siti Rahmawati, S.E.', capaian: 1.02, predikat: 'baik' },
      { nip: '198507242010011003', nama: 'Andi Baso Pallawa', capaian: 1.15, predikat: 'sangat_baik' },
      {
        nip: '199211302019032005',
        nama: 'Nurul Hidayah, S.Kom.',
        capaian: 0.78,
        predikat: 'butuh_perbaikan',
      },
    ]);
    const message = await importFile(options, 'hasil-opd.json', JSON.stringify(pkg));
    expect(message).toBe('Paket hasil diimpor dan disimpan (3 pegawai), beserta kebijakannya.');
    await expect.poll(() => policyValue(options, 'name')).toBe('Perbup Barru 2025');
    await expect
      .poll(() => options.locator('#package').textContent())
      .toBe(
        `Paket hasil untuk Hj. Rosmiati, S.Sos., M.Si. (NIP ${SAMPLE_SUPERVISOR.nip}): 3 pegawai, dibuat 2026-11-20T08:00:00+07:00, kebijakan "Perbup Barru 2025".`,
      );
    await options.getByRole('button', { name: 'Hapus paket hasil' }).click();
    await expect.poll(async () => (await readStorage(browser.ext)).resultsPackage).toBeNull();
    await expect.poll(() => options.locator('#package').textContent()).toBe('Belum ada paket hasil.');
  });

  it('turns a full storage into a clear Indonesian message instead of a silent failure', async () => {
    await giveNip(options);
    // chrome.storage.local holds 10 MB without unlimitedStorage; a package past what is left must be
    // refused kindly. The storage is nearly full first: the page reads no file over 5 MB (EXT_IMPORT_TOO_LARGE).
    await browser.ext.worker.evaluate(() => chrome.storage.local.set({ filler: 'x'.repeat(9_600_000) }));
    const pkg = sampleResultsPackage([
      {
        nip: '199003152015032002',
        nama: 'Siti Rahmawati, S.E.',
        capaian: 1,
        reasons: ['x'.repeat(1_000_000)],
      },
    ]);
    const message = await importFile(options, 'hasil-besar.json', JSON.stringify(pkg));
    expect(message).toContain('Ruang penyimpanan ekstensi penuh');
    expect(message).toContain('Hapus paket hasil lama');
    expect((await readStorage(browser.ext)).resultsPackage).toBeUndefined();
  }, 120_000);
});

describe("options page: only the user's own results package", () => {
  const SITI = { nip: '199003152015032002', nama: 'Siti Rahmawati, S.E.', capaian: 1.02 };

  it('asks who the user is before importing a package, taking them to the NIP field', async () => {
    expect(await options.locator('#user-nip-help').textContent()).toContain(
      'Belum ada NIP tersimpan: isi NIP Anda sebelum mengimpor paket hasil.',
    );
    const message = await importFile(
      options,
      'hasil-rosmiati.json',
      JSON.stringify(sampleResultsPackage([SITI])),
    );
    expect(message).toContain('Berkas "hasil-rosmiati.json" tidak diimpor');
    expect(message).toContain('isi dan simpan dulu NIP Anda di bagian "Identitas Anda"');
    expect(await options.evaluate(() => document.activeElement?.id)).toBe('user-nip');
    expect((await readStorage(browser.ext)).resultsPackage).toBeUndefined();
  });

  it("checks the NIP with the core's parser", async () => {
    const message = await giveNip(options, '3201011505900001');
    expect(message).toContain('NIP tidak disimpan');
    expect(message).toContain('tampaknya NIK KTP, bukan NIP');
    expect((await readStorage(browser.ext)).userNip).toBeUndefined();
    expect(await giveNip(options, '19780514 200501 2 004')).toBe(`NIP ${SAMPLE_SUPERVISOR.nip} disimpan.`);
    expect((await readStorage(browser.ext)).userNip).toBe(SAMPLE_SUPERVISOR.nip);
    await expect
      .poll(() => options.locator('#user-nip-help').textContent())
      .toContain(`NIP tersimpan: ${SAMPLE_SUPERVISOR.nip}.`);
  });

  it("refuses another supervisor's package and accepts the user's own", async () => {
    await giveNip(options);
    const other = sampleResultsPackage([SITI], 'Perbup Barru 2025', OTHER_SUPERVISOR);
    const refused = await importFile(options, 'hasil-arief.json', JSON.stringify(other));
    expect(refused).toBe(
      `Berkas "hasil-arief.json" tidak diimpor: Paket ini untuk atasan lain, Muhammad Arief, S.T. (NIP ${OTHER_SUPERVISOR.nip}), bukan untuk NIP Anda ${SAMPLE_SUPERVISOR.nip}, jadi tidak diimpor: data bawahan atasan lain tidak disimpan di sini. Minta admin OPD paket untuk NIP Anda.`,
    );
    expect(await options.locator('#confirm').count()).toBe(0);
    expect((await readStorage(browser.ext)).resultsPackage).toBeUndefined();
    expect((await readStorage(browser.ext)).policy).toBeUndefined();

    await pickFile(options, 'hasil-rosmiati.json', JSON.stringify(sampleResultsPackage([SITI])));
    expect(await options.locator('#confirm').textContent()).toContain(
      'Paket hasil untuk Hj. Rosmiati, S.Sos., M.Si. berisi 1 pegawai',
    );
    await options.getByRole('button', { name: 'Terapkan' }).click();
    await expect
      .poll(
        async () => ((await readStorage(browser.ext)).resultsPackage as { for?: unknown } | undefined)?.for,
      )
      .toEqual(SAMPLE_SUPERVISOR);
    await expect
      .poll(() => options.locator('#package').textContent())
      .toContain('Hj. Rosmiati, S.Sos., M.Si.');
  });

  it('refuses a whole-OPD package of the old format, asking for a new export', async () => {
    await giveNip(options);
    const wholeOpd = wholeOpdPackage([SITI]);
    const message = await importFile(options, 'hasil-opd.json', JSON.stringify(wholeOpd));
    expect(message).toContain(
      'Paket ini berisi seluruh pegawai OPD (format lama, versi 1), jadi tidak diimpor',
    );
    expect(message).toContain('Minta admin OPD mengekspor ulang');
    expect((await readStorage(browser.ext)).resultsPackage).toBeUndefined();
  });

  it('removes a stored whole-OPD package when the page opens, and a package for the old NIP when the NIP changes', async () => {
    const wholeOpd = wholeOpdPackage([SITI]);
    await writeRawStorage(browser.ext, { resultsPackage: wholeOpd });
    await options.reload();
    await expect
      .poll(() => options.locator('#message').textContent())
      .toContain('Paket hasil lama untuk seluruh OPD (versi 1) dihapus dari ekstensi demi privasi.');
    expect((await readStorage(browser.ext)).resultsPackage).toBeNull();

    await giveNip(options);
    await importFile(options, 'hasil-rosmiati.json', JSON.stringify(sampleResultsPackage([SITI])));
    const changed = await giveNip(options, OTHER_SUPERVISOR.nip);
    expect(changed).toBe(
      `NIP ${OTHER_SUPERVISOR.nip} disimpan. Paket hasil tersimpan untuk Hj. Rosmiati, S.Sos., M.Si. (NIP ${SAMPLE_SUPERVISOR.nip}) bukan untuk NIP ini, jadi dihapus.`,
    );
    expect((await readStorage(browser.ext)).resultsPackage).toBeNull();
  });
});

describe('options page: confirmation and restore', () => {
  const TUBA = {
    version: 1,
    name: 'Perbup Tulang Bawang 2024',
    discipline: { tpp: { disciplineShare: 0.3, performanceShare: 0.7 } },
  };

  it('shows what an import changes and keeps the policy when the admin cancels', async () => {
    await pickFile(options, 'perbup-tuba-2024.json', JSON.stringify(TUBA));
    const confirm = (await options.locator('#confirm').textContent()) ?? '';
    expect(confirm).toContain(
      `Berkas "perbup-tuba-2024.json": kebijakan "${NATIONAL}" akan diganti dengan "Perbup Tulang Bawang 2024".`,
    );
    expect(confirm).toContain('Kebijakan yang berlaku sekarang disimpan sebagai kebijakan sebelumnya');
    expect(await changeRows(options)).toEqual([
      ['Nama kebijakan', NATIONAL, 'Perbup Tulang Bawang 2024'],
      ['Porsi TPP kinerja / disiplin', '60 % / 40 %', '70 % / 30 %'],
    ]);
    expect((await readStorage(browser.ext)).policy).toBeUndefined();
    await options.getByRole('button', { name: 'Batal' }).click();
    await expect
      .poll(() => options.locator('#message').textContent())
      .toBe('Dibatalkan; tidak ada yang diubah.');
    expect(await options.locator('#confirm').count()).toBe(0);
    expect((await readStorage(browser.ext)).policy).toBeUndefined();
    expect(await policyValue(options, 'tpp-shares')).toBe('60 % / 40 %');
  });

  it('names other changed values when the numbers shown stay the same', async () => {
    await pickFile(
      options,
      'apel.json',
      JSON.stringify({ version: 1, name: NATIONAL, legacy: { enabled: true } }),
    );
    expect(await changeRows(options)).toEqual([]);
    expect(await options.locator('#confirm').textContent()).toContain(
      '1 isian lain juga berubah: legacy.enabled.',
    );
  });

  it('restores the previous policy after an import, and the restore can be undone', async () => {
    await importFile(options, 'tuba.json', JSON.stringify(TUBA));
    await importFile(options, 'barru.json', JSON.stringify({ version: 1, name: 'Perbup Barru 2025' }));
    await expect.poll(() => policyValue(options, 'name')).toBe('Perbup Barru 2025');
    expect(await options.locator('#previous-policy').textContent()).toContain(
      'Kebijakan sebelumnya: "Perbup Tulang Bawang 2024"',
    );
    await options.getByRole('button', { name: 'Pulihkan kebijakan sebelumnya' }).click();
    await options.locator('#confirm').waitFor();
    expect(await options.locator('#confirm').textContent()).toContain(
      'Kebijakan "Perbup Barru 2025" akan diganti dengan kebijakan sebelumnya "Perbup Tulang Bawang 2024".',
    );
    expect(await changeRows(options)).toContainEqual([
      'Porsi TPP kinerja / disiplin',
      '60 % / 40 %',
      '70 % / 30 %',
    ]);
    await options.getByRole('button', { name: 'Terapkan' }).click();
    await expect.poll(() => policyValue(options, 'name')).toBe('Perbup Tulang Bawang 2024');
    await expect
      .poll(() => options.locator('#message').textContent())
      .toContain('Kebijakan sebelumnya "Perbup Tulang Bawang 2024" dipulihkan');
    const stored = await readStorage(browser.ext);
    expect((stored.policy as { name: string }).name).toBe('Perbup Tulang Bawang 2024');
    expect((stored.previousPolicy as { name: string }).name).toBe('Perbup Barru 2025');
  });

  it('refuses an imported policy with a misspelt key or a formula-like label, naming the field', async () => {
    const misspelt = await importFile(
      options,
      'salah-ketik.json',
      JSON.stringify({ version: 1, discipline: { tpp: { disciplineShare: 0.3, performanceShar: 0.7 } } }),
    );
    expect(misspelt).toContain('kunci "discipline.tpp.performanceShar" tidak dikenal');
    expect(misspelt).toContain('Mungkin maksudnya "discipline.tpp.performanceShare"?');
    const hostile = await importFile(
      options,
      'label.json',
      JSON.stringify({
        version: 1,
        capaian: {
          categories: [
            { id: 'tinggi', label: '@SUM(1+1)', min: 0.76 },
            { id: 'rendah', label: 'Rendah', min: 0 },
          ],
        },
      }),
    );
    expect(hostile).toContain('isian "capaian.categories.0.label": teks "@SUM(1+1)" diawali "@"');
    expect((await readStorage(browser.ext)).policy).toBeUndefined();
  });
});

describe('options page: settings', () => {
  it('falls back to defaults when stored settings are damaged, and says so in the log', async () => {
    await writeRawStorage(browser.ext, {
      policy: { version: 1, capaian: 'rusak' },
      lang: 'jawa',
      overlayEnabled: 'ya',
      sites: 'semua',
    });
    await options.reload();
    await options.locator('#policy').waitFor();
    expect(await policyValue(options, 'name')).toBe(NATIONAL);
    expect(await options.getAttribute('html', 'lang')).toBe('id');
    expect(await options.getByLabel('Tampilkan penilaian di halaman').isChecked()).toBe(true);
    expect(warnings.some((w) => w.includes('Pengaturan "policy" yang tersimpan rusak'))).toBe(true);
    // Not only in the log: the page says the stored policy is not used, and which field is wrong.
    const damaged = (await options.locator('#policy-damaged').textContent()) ?? '';
    expect(damaged).toContain('Kebijakan yang tersimpan di ekstensi rusak, jadi tidak dipakai');
    expect(damaged).toContain('isian "capaian"');
    expect(warnings.some((w) => w.includes('Pengaturan "lang" yang tersimpan rusak'))).toBe(true);
  });

  it('switches to English and back, with every control labelled', async () => {
    await options.getByLabel('Bahasa', { exact: true }).selectOption('en');
    await expect.poll(() => options.locator('h1').textContent()).toBe('Nilai Kerja: options');
    expect(await options.getByLabel('Show scoring on the page').count()).toBe(1);
    expect(await options.getByLabel(/Import a JSON file/).count()).toBe(1);
    await options.getByLabel('Language', { exact: true }).selectOption('id');
    await expect.poll(() => options.locator('h1').textContent()).toBe('Nilai Kerja: opsi');
    const unlabelled = await options.evaluate(
      () =>
        [...document.querySelectorAll('input, select')].filter(
          (c) => !(c as HTMLInputElement).labels?.length && !c.getAttribute('aria-label'),
        ).length,
    );
    expect(unlabelled).toBe(0);
  });

  it('lists the built-in sites and resets everything to the national defaults', async () => {
    expect(await options.locator('#sites li.builtin').allTextContents()).toContain(
      'https://kinerja.bkn.go.id (bawaan)',
    );
    await importFile(options, 'tuba.json', JSON.stringify({ version: 1, name: 'Perbup Tulang Bawang 2024' }));
    await options.getByLabel('Tampilkan penilaian di halaman').uncheck();
    await expect.poll(async () => (await readStorage(browser.ext)).overlayEnabled).toBe(false);
    await options.getByRole('button', { name: 'Kembalikan ke bawaan' }).click();
    // A reset replaces the policy: it is confirmed first, and the policy it replaces can be restored.
    await options.locator('#confirm').waitFor();
    expect(await options.locator('#confirm').textContent()).toContain(
      'Kebijakan "Perbup Tulang Bawang 2024" akan diganti dengan "Bawaan nasional',
    );
    await options.getByRole('button', { name: 'Terapkan' }).click();
    await expect.poll(() => policyValue(options, 'name')).toBe(NATIONAL);
    expect(await options.getByLabel('Tampilkan penilaian di halaman').isChecked()).toBe(true);
    await expect.poll(() => options.locator('#message').textContent()).toContain('dikembalikan ke bawaan');
    expect(await options.locator('#previous-policy').textContent()).toContain(
      'Kebijakan sebelumnya: "Perbup Tulang Bawang 2024"',
    );
  });

  it('runs under the strict CSP: no eval on extension pages, no request leaving the computer', async () => {
    // An inline script is what an injected page string would become: the CSP must refuse it.
    const evalBlocked = await options.evaluate(
      () =>
        new Promise<boolean>((done) => {
          document.addEventListener('securitypolicyviolation', (e) =>
            done(e.effectiveDirective.startsWith('script-src')),
          );
          const script = document.createElement('script');
          script.textContent = 'document.title = "dijalankan";';
          document.body.append(script);
          setTimeout(() => done(false), 5000);
        }),
    );
    expect(evalBlocked).toBe(true);
    expect(browser.ext.pageErrors).toEqual([]);
    expect(externalRequests(browser.ext.requests)).toEqual([]);
  });
});
