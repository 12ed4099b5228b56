import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { useExtension } from './fixture';
import { readStorage, SAMPLE_SUPERVISOR, sampleResultsPackage } from './harness';

/**
 * Through the options page in Chromium: a hand-edited package whose employees the overlay would drop or
 * guess is refused with its catalog message, and nothing is stored (the previous package stays).
 */

const browser = useExtension();
let options: Page;

const SITI = { nip: '199003152015032002', nama: 'Siti Rahmawati, S.E.', capaian: 1.02 };
const ANDI = { nip: '198507242010011003', nama: 'Andi Baso Pallawa', capaian: 1.15 };

async function say(page: Page, act: () => Promise<void>): Promise<string> {
  await page.evaluate(() => document.getElementById('message')?.replaceChildren());
  await act();
  await page.locator('#confirm, #message .notice').first().waitFor();
  if ((await page.locator('#confirm').count()) > 0)
    await page.getByRole('button', { name: 'Terapkan' }).click();
  const message = page.locator('#message .notice');
  await message.waitFor();
  return (await message.textContent()) ?? '';
}

const pick = (page: Page, name: string, pkg: unknown) =>
  say(page, () =>
    page
      .getByLabel(/Impor berkas JSON/)
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pkg)) }),
  );

const storedNips = async (): Promise<string[] | undefined> =>
  (
    (await readStorage(browser.ext)).resultsPackage as { employees: { nip: string }[] } | undefined
  )?.employees.map((e) => e.nip);

beforeEach(async () => {
  await browser.ext.worker.evaluate(() => chrome.storage.local.clear());
  await options?.close();
  options = await browser.ext.newPage();
  await options.goto(browser.ext.extensionUrl('src/options/options.html'));
  await options.locator('#policy').waitFor();
  await say(options, async () => {
    await options.getByLabel('NIP Anda (atasan yang memakai ekstensi ini)').fill(SAMPLE_SUPERVISOR.nip);
    await options.getByRole('button', { name: 'Simpan NIP' }).click();
  });
});

describe('options page: the employees of a results package', () => {
  it('refuses a duplicate NIP, a NIP that is no NIP and a capaian of 1000, keeping the stored package', async () => {
    expect(await pick(options, 'hasil.json', sampleResultsPackage([SITI, ANDI]))).toContain(
      'Paket hasil diimpor dan disimpan (2 pegawai)',
    );
    await expect.poll(storedNips).toEqual([SITI.nip, ANDI.nip]);

    const duplicate = sampleResultsPackage([SITI, { ...ANDI, nip: SITI.nip }]);
    expect(await pick(options, 'hasil-ganda.json', duplicate)).toBe(
      'Berkas "hasil-ganda.json" tidak diimpor: Paket hasil: NIP 199003152015032002 tercantum dua kali, pada pegawai ke-1 (Siti Rahmawati, S.E., isian "employees.0.nip") dan pegawai ke-2 (Andi Baso Pallawa, isian "employees.1.nip"), jadi paket tidak diimpor: ekstensi tidak menebak hasil mana yang benar. Ekspor ulang paket dari add-on Sheets lalu impor lagi, tanpa menyunting berkasnya.',
    );
    expect(await options.locator('#confirm').count()).toBe(0);

    const notNip = sampleResultsPackage([SITI, { ...ANDI, nip: 'abc' }]);
    expect(await pick(options, 'hasil-nip.json', notNip)).toContain(
      'isian "employees.1.nip" (pegawai ke-2, Andi Baso Pallawa): "abc" bukan NIP 18 angka yang sah',
    );

    const tooHigh = sampleResultsPackage([SITI, { ...ANDI, capaian: 1000 }]);
    expect(await pick(options, 'hasil-capaian.json', tooHigh)).toContain(
      'capaian 1.000 berarti 100.000 %, di luar 0 sampai 10 (0 % sampai 1.000 %)',
    );

    expect(await pick(options, 'hasil-kosong.json', sampleResultsPackage([]))).toContain(
      'tidak memuat satu pegawai pun (isian "employees" kosong)',
    );
    // The package imported first is still the one stored.
    expect(await storedNips()).toEqual([SITI.nip, ANDI.nip]);
  });
});
